import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testDatabaseProvider } from "@/lib/testing/database";
import { testPostgresUrl } from "@/lib/testing/postgres-tests";
import { applyPostgresMigrations } from "./migrate-postgres";

let dir: string;
let database: string;
let count = 0;

async function query(db: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: testPostgresUrl(db) });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

function migration(name: string, sql: string): void {
  mkdirSync(path.join(dir, name), { recursive: true });
  writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

const apply = () => applyPostgresMigrations({ url: testPostgresUrl(database), migrationsDir: dir });

describe.skipIf(testDatabaseProvider() !== "postgresql")("applyPostgresMigrations", () => {
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "byline-pg-migrations-"));
    database = `migrate_${process.pid}_${++count}`;
    await query("postgres", `CREATE DATABASE "${database}"`);
  });

  afterEach(async () => {
    rmSync(dir, { recursive: true, force: true });
    await query("postgres", `DROP DATABASE "${database}" WITH (FORCE)`);
  });

  it("applies each migration once, in order, recorded as Prisma records them", async () => {
    migration("1_first", 'CREATE TABLE "A" ("id" TEXT PRIMARY KEY);');
    migration(
      "2_second",
      `ALTER TABLE "A" ADD COLUMN "n" INTEGER NOT NULL DEFAULT 0;
      CREATE FUNCTION "twice"(x INTEGER) RETURNS INTEGER LANGUAGE plpgsql AS $$ BEGIN RETURN x * 2; END; $$;`,
    );
    expect(await apply()).toEqual({ applied: ["1_first", "2_second"], alreadyApplied: [] });
    expect(await apply()).toEqual({ applied: [], alreadyApplied: ["1_first", "2_second"] });
    const rows = await query(
      database,
      `SELECT migration_name, length(checksum) AS checksum, finished_at IS NOT NULL AS finished, applied_steps_count
       FROM "_prisma_migrations" ORDER BY started_at`,
    );
    expect(rows).toEqual([
      { migration_name: "1_first", checksum: 64, finished: true, applied_steps_count: 1 },
      { migration_name: "2_second", checksum: 64, finished: true, applied_steps_count: 1 },
    ]);
    expect(await query(database, `SELECT "twice"(21) AS n`)).toEqual([{ n: 42 }]);
  });

  it("rolls a failing migration back whole, records the failure, and refuses to go on until it is resolved", async () => {
    migration("1_first", 'CREATE TABLE "A" ("id" TEXT PRIMARY KEY);');
    migration("2_broken", 'CREATE TABLE "B" ("id" TEXT); INSERT INTO "Nowhere" VALUES (1);');
    await expect(apply()).rejects.toThrow(/2_broken failed and was rolled back: relation "Nowhere" does not exist/);
    expect(await query(database, `SELECT to_regclass('"B"') AS b, to_regclass('"A"')::text AS a`)).toEqual([
      { b: null, a: '"A"' },
    ]);
    await expect(apply()).rejects.toThrow(/2_broken failed .* recorded as failed[\s\S]*psql "\$DATABASE_URL"/);
    await query(database, `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE finished_at IS NULL`);
    migration("2_broken", 'CREATE TABLE "B" ("id" TEXT);');
    expect(await apply()).toEqual({ applied: ["2_broken"], alreadyApplied: ["1_first"] });
  });

  it("refuses a migration edited after it was applied", async () => {
    migration("1_first", 'CREATE TABLE "A" ("id" TEXT PRIMARY KEY);');
    await apply();
    migration("1_first", 'CREATE TABLE "A" ("id" TEXT PRIMARY KEY, "extra" TEXT);');
    await expect(apply()).rejects.toThrow(/1_first was edited after it was applied/);
  });

  it("lets two servers starting together apply each migration once", async () => {
    migration("1_first", 'CREATE TABLE "A" ("id" TEXT PRIMARY KEY); SELECT pg_sleep(0.2);');
    const results = await Promise.all([apply(), apply()]);
    expect(results.flatMap((result) => result.applied)).toEqual(["1_first"]);
    expect(await query(database, `SELECT count(*)::int AS n FROM "_prisma_migrations"`)).toEqual([{ n: 1 }]);
  });

  it("says so plainly when the database cannot be reached", async () => {
    await expect(
      applyPostgresMigrations({ url: testPostgresUrl("no_such_database"), migrationsDir: dir }),
    ).rejects.toThrow(/Cannot connect to the PostgreSQL database: database "no_such_database" does not exist/);
  });
});
