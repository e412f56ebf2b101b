/**
 * `npm run db:copy -- --to postgresql://…`: copies the configured SQLite
 * database (DATABASE_URL, or the data folder's) into a PostgreSQL database,
 * migrating that first; it must be empty. Stop the site first, so nothing is
 * written to SQLite during the copy. See lib/database-copy/copy.ts.
 */
import "dotenv/config";
import { existsSync } from "node:fs";
import { CopyRefusal, copyDatabase } from "@/lib/database-copy/copy";
import { createPrismaClient } from "@/lib/db";
import { databaseFile, databaseProvider, databaseUrl, providerOf } from "@/lib/env";
import { migrationsDirFor } from "@/lib/migrations/configured";
import { MigrationError } from "@/lib/migrations/migrate";
import { applyPostgresMigrations } from "@/lib/migrations/migrate-postgres";
import { fail, parseCommandLine } from "./cli";

const USAGE = "Usage: npm run db:copy -- --to postgresql://user:password@host/database";

const { values } = parseCommandLine({ options: { to: { type: "string" } }, allowPositionals: false }, USAGE);
const to = values.to;
if (!to) fail(USAGE);
if (providerOf(to) !== "postgresql") fail(`--to must be a PostgreSQL URL starting with postgresql://. ${USAGE}`);
if (databaseProvider() !== "sqlite") fail("DATABASE_URL must name the SQLite database to copy from.");
// Opening a missing file would make an empty one.
if (!existsSync(databaseFile()))
  fail(`There is no SQLite database at ${databaseFile()}: set DATABASE_URL or BYLINE_DATA_DIR.`);

const source = createPrismaClient(databaseUrl());
const target = createPrismaClient(to);
try {
  const migrated = await applyPostgresMigrations({
    url: to,
    migrationsDir: migrationsDirFor("postgresql"),
  });
  if (migrated.applied.length > 0) console.log(`Migrated the PostgreSQL database (${migrated.applied.join(", ")}).`);
  const started = Date.now();
  const counts = await copyDatabase({
    source,
    target,
    sourceMigrationsDir: migrationsDirFor("sqlite"),
    log: (line) => console.log(`  ${line}`),
  });
  const rows = counts.reduce((sum, { rows: n }) => sum + n, 0);
  console.log(
    `Copied ${rows} rows in ${counts.length} tables in ${((Date.now() - started) / 1000).toFixed(1)} s; every table's count matches. ` +
      "Point DATABASE_URL at the PostgreSQL database and start the site.",
  );
} catch (error) {
  if (error instanceof CopyRefusal || error instanceof MigrationError) fail(error.message);
  fail(`The copy failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await source.$disconnect();
  await target.$disconnect();
}
