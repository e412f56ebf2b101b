import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/lib/db";
import type { DatabaseProvider } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { migrationsDirFor } from "@/lib/migrations/configured";
import { applyMigrations } from "@/lib/migrations/migrate";
import { postgresBinDir } from "@/lib/testing/postgres-cluster";
import { POSTGRES_TEMPLATE_DATABASE, TEST_POSTGRES_DIR, testPostgresUrl } from "@/lib/testing/postgres-tests";

export type TestDatabase = {
  client: PrismaClient;
  /** The DATABASE_URL of this database, for a child process. */
  url: string;
  /** The SQLite file (SQLite only: a test that opens the file itself is a SQLite test). */
  file: string;
  dispose: () => Promise<void>;
};

/**
 * Which database the unit tests run on: SQLite, unless `npm run test:unit`'s
 * PostgreSQL pass started a throwaway cluster (lib/testing/postgres-tests.ts).
 */
export function testDatabaseProvider(): DatabaseProvider {
  return process.env[TEST_POSTGRES_DIR] ? "postgresql" : "sqlite";
}

/** A real database with every migration applied, for tests that touch the database. */
export function createTestDatabase(): TestDatabase {
  if (testDatabaseProvider() === "postgresql") return createPostgresTestDatabase(POSTGRES_TEMPLATE_DATABASE);
  return createSqliteTestDatabase();
}

/** A migrated SQLite database whichever pass runs, for tests that need SQLite beside PostgreSQL (db:copy). */
export function createSqliteTestDatabase(): TestDatabase {
  const file = newSqliteFile();
  applyMigrations({ databaseFile: file, migrationsDir: migrationsDirFor("sqlite"), log: () => {} });
  return sqliteTestDatabase(file);
}

/** A copy of a test database as it stands, so each case can start from the same data without making it again. */
export async function cloneTestDatabase(source: TestDatabase): Promise<TestDatabase> {
  if (testDatabaseProvider() === "postgresql") {
    // PostgreSQL copies a database only while nobody is connected to it; the source reconnects when next used.
    await source.client.$disconnect();
    const name = newPostgresDatabaseName();
    await (await clusterConnection()).query(
      `CREATE DATABASE "${name}" TEMPLATE "${new URL(source.url).pathname.slice(1)}" ${COPY_FILES}`,
    );
    return postgresTestDatabase(name);
  }
  const file = newSqliteFile();
  await source.client.$executeRawUnsafe(`VACUUM INTO '${file.replaceAll("'", "''")}'`);
  return sqliteTestDatabase(file);
}

/** Where a test's SQLite file goes: a folder of its own, removed with it. */
function newSqliteFile(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), "byline-test-")), "test.db");
}

function sqliteTestDatabase(file: string): TestDatabase {
  const url = `file:${file}`;
  const client = createPrismaClient(url);
  return {
    client,
    url,
    file,
    dispose: async () => {
      await client.$disconnect();
      rmSync(path.dirname(file), { recursive: true, force: true });
    },
  };
}

let created = 0;

function newPostgresDatabaseName(): string {
  return `test_${process.pid}_${++created}`;
}

let connection: Promise<pg.Client> | undefined;

/**
 * One connection per test worker for making and dropping databases: a case
 * that clones a database (policy coverage makes some 400) would otherwise
 * start psql twice, which cost more than the copy itself.
 */
function clusterConnection(): Promise<pg.Client> {
  connection ??= (async () => {
    const client = new pg.Client({ connectionString: testPostgresUrl("postgres") });
    // A dropped connection is made again at the next use, instead of ending the worker.
    client.on("error", () => {
      connection = undefined;
    });
    await client.connect();
    return client;
  })().catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
  return connection;
}

/**
 * How test databases are copied: file by file, which on the test cluster
 * (no fsync) took 17 ms a copy and 7 ms a drop, against 28 and 14 ms for
 * PostgreSQL 15's default, WAL_LOG, which writes every page to the WAL.
 */
const COPY_FILES = "STRATEGY FILE_COPY";

/** A copy of the migrated template database, dropped by dispose. */
function createPostgresTestDatabase(template: string): TestDatabase {
  const name = newPostgresDatabaseName();
  psql(`CREATE DATABASE "${name}" TEMPLATE "${template}" ${COPY_FILES}`);
  return postgresTestDatabase(name);
}

function postgresTestDatabase(name: string): TestDatabase {
  const url = testPostgresUrl(name);
  const client = createPrismaClient(url);
  return {
    client,
    url,
    get file(): string {
      throw new Error("This test reads the SQLite file itself: skip it on PostgreSQL (testDatabaseProvider()).");
    },
    dispose: async () => {
      await client.$disconnect();
      await (await clusterConnection()).query(`DROP DATABASE "${name}" WITH (FORCE)`);
    },
  };
}

function psql(statement: string): void {
  const dir = process.env[TEST_POSTGRES_DIR] ?? "";
  const result = spawnSync(
    path.join(postgresBinDir() ?? "", "psql"),
    ["-h", dir, "-U", "byline", "-d", "postgres", "-qAt", "-c", statement],
    { encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`psql: ${statement} failed: ${result.stderr || result.error?.message}`);
}

/** For the few tests of what only SQLite has (its files, PRAGMAs, query plans, errors): `it.skipIf(runsOnPostgres)`. */
export const runsOnPostgres = testDatabaseProvider() === "postgresql";
