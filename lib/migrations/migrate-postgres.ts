import { randomUUID } from "node:crypto";
import pg from "pg";
import {
  type ApplyMigrationsResult,
  checksum,
  finishedMigrations,
  type LocalMigration,
  MigrationError,
  type MigrationRow,
  readLocalMigrations,
} from "@/lib/migrations/migrate";

/**
 * `applyMigrations` for PostgreSQL: prisma/postgresql/migrations applied to
 * the database `url` names, recorded in `_prisma_migrations` as Prisma's
 * PostgreSQL engine records them, so `prisma migrate deploy` (where its
 * engine can be downloaded) and this agree on what is applied.
 *
 * As on SQLite, each migration runs in one transaction with its history row
 * (PostgreSQL's DDL is transactional), an edited migration is refused, and a
 * failure is recorded as Prisma would. Two servers starting together take
 * turns through a session advisory lock.
 */

// The statement of Prisma's PostgreSQL schema engine, so the table is the same whichever tool created it.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Any constant names the lock; this one reads "migra" in hex, to be recognisable in pg_locks. */
const MIGRATION_LOCK_KEY = 0x6d69677261;

export interface ApplyPostgresMigrationsOptions {
  url: string;
  migrationsDir: string;
  log?: (line: string) => void;
}

export async function applyPostgresMigrations(options: ApplyPostgresMigrationsOptions): Promise<ApplyMigrationsResult> {
  const log = options.log ?? (() => {});
  const local = readLocalMigrations(options.migrationsDir, log);
  const client = new pg.Client({ connectionString: options.url, application_name: "byline-migrate" });
  try {
    await client.connect();
  } catch (error) {
    throw new MigrationError(`Cannot connect to the PostgreSQL database: ${describe(error)}`);
  }
  try {
    await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<MigrationRow>(
      `SELECT migration_name, checksum, started_at, finished_at, rolled_back_at
       FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
    );
    const finished = finishedMigrations(rows, local, {
      where: "the database",
      markRolledBack: (name) =>
        `  psql "$DATABASE_URL" -c "UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '${name}' AND finished_at IS NULL AND rolled_back_at IS NULL"`,
      log,
    });
    const alreadyApplied = local.filter((m) => finished.has(m.name)).map((m) => m.name);
    const applied: string[] = [];
    for (const migration of local) {
      if (finished.has(migration.name)) continue;
      await applyOne(client, migration);
      applied.push(migration.name);
      log(`Applied ${migration.name}`);
    }
    return { applied, alreadyApplied };
  } finally {
    // Ending the session also releases its advisory lock.
    await client.end();
  }
}

async function applyOne(client: pg.Client, migration: LocalMigration): Promise<void> {
  const startedAt = new Date();
  try {
    await client.query("BEGIN");
    // A script without parameters goes as one simple query: every statement in it, in order.
    await client.query(migration.script.toString("utf8"));
    await insertRow(client, migration, { startedAt, finishedAt: new Date(), logs: null, steps: 1 });
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const message = describe(error);
    await insertRow(client, migration, { startedAt, finishedAt: null, logs: message, steps: 0 });
    throw new MigrationError(
      `Migration ${migration.name} failed and was rolled back: ${message}. Nothing from it was applied; ` +
        `fix prisma/postgresql/migrations/${migration.name}/migration.sql (the next run explains how to clear the failure).`,
    );
  }
}

async function insertRow(
  client: pg.Client,
  migration: LocalMigration,
  row: { startedAt: Date; finishedAt: Date | null; logs: string | null; steps: number },
): Promise<void> {
  await client.query(
    `INSERT INTO "_prisma_migrations"
       (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
     VALUES ($1, $2, $3, $4, $5, NULL, $6, $7)`,
    [randomUUID(), checksum(migration.script), row.finishedAt, migration.name, row.logs, row.startedAt, row.steps],
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
