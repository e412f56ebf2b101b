import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * Files about what only SQLite has, left out of the PostgreSQL pass: its
 * query plans (EXPLAIN QUERY PLAN) and the soak test's copies of its file.
 * Other tests of SQLite-only behaviour skip themselves (runsOnPostgres).
 */
const SQLITE_ONLY = [
  "lib/articles/desk.plan.test.ts",
  "lib/articles/history.plan.test.ts",
  "lib/perf/query-plans.test.ts",
  "scripts/soak/data-set.test.ts",
  "scripts/soak/verify.test.ts",
];

const TEST_FILES = ["lib/**/*.test.ts", "lib/**/*.test.tsx", "scripts/**/*.test.ts", "prisma/**/*.test.ts"];

/**
 * The PostgreSQL pass runs only the test files that open a test database
 * (they import lib/testing/database); the rest test code that never meets a
 * database, and running them twice would only add minutes to every run.
 */
function testFilesOpeningADatabase(): string[] {
  return ["lib", "scripts", "prisma"].flatMap((root) =>
    readdirSync(path.join(import.meta.dirname, root), { recursive: true, encoding: "utf8" })
      .map((file) => path.join(root, file))
      .filter((file) => /\.test\.tsx?$/.test(file) && !file.includes("node_modules"))
      .filter((file) => readFileSync(path.join(import.meta.dirname, file), "utf8").includes('"@/lib/testing/database"'))
      .filter((file) => !SQLITE_ONLY.includes(file)),
  );
}

const onPostgres = process.env.BYLINE_TEST_DATABASE === "postgresql";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // Tests run on the server side, where "server-only" is an empty module (its react-server export).
      "server-only": path.join(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: onPostgres ? testFilesOpeningADatabase() : TEST_FILES,
    exclude: configDefaults.exclude,
    environment: "node",
    // next-auth imports "next/server" without an extension, which Node's ESM loader refuses; Vite resolves it.
    server: { deps: { inline: ["next-auth"] } },
    pool: "forks",
    // Vitest's default, one fewer worker than cores, runs one test file at a
    // time on a two-core machine and left one core idle; with two, both stay
    // busy (README, Performance: the test suite's time).
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    // Starts a throwaway PostgreSQL cluster when BYLINE_TEST_DATABASE=postgresql.
    globalSetup: ["lib/testing/postgres-tests.ts"],
    // Unit tests never write into the project's own data folder.
    env: { MEDIA_DIR: path.join(os.tmpdir(), `byline-unit-media-${process.pid}`) },
  },
});
