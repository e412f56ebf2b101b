/**
 * The server Playwright tests talk to: a fresh SQLite file and media folder
 * for this run, migrated and seeded, served by `next start` from the
 * production build.
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { nextServerEnv, nextStartCommand } from "./servers";

const dataDir = process.env.E2E_DATA_DIR;
if (!dataDir) throw new Error("E2E_DATA_DIR is not set; run the end-to-end tests with `npm run test:e2e`.");
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

process.env.BYLINE_DATA_DIR = dataDir;
process.env.DATABASE_URL = `file:${path.join(dataDir, "byline.db")}`;
process.env.MEDIA_DIR = path.join(dataDir, "media");
process.env.SITE_URL ??= `http://127.0.0.1:${process.env.PORT ?? 3100}`;

const { prepareDatabase } = await import("./prepare-database");
await prepareDatabase();

const server = spawn(...nextStartCommand(process.env.PORT ?? "3100", "127.0.0.1"), {
  stdio: "inherit",
  env: nextServerEnv(),
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
