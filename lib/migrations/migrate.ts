import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Applies the committed SQL migrations in prisma/migrations to a SQLite file.
 *
 * Prisma's own `migrate deploy` needs a native schema engine this machine
 * cannot download, so this does the same job and keeps `_prisma_migrations`
 * exactly as Prisma would: a database migrated here is seen as up to date by
 * `prisma migrate deploy` on a machine that has the engine, and vice versa.
 *
 * Deliberate differences from Prisma (each one stricter or safer):
 * - Each migration runs in a transaction with its history row, so a failing
 *   script leaves no half-applied schema (Prisma runs SQLite scripts bare).
 * - An applied migration whose file changed is refused; `migrate deploy`
 *   ignores edits silently.
 * - Foreign keys are off while a script runs and checked before it commits
 *   (see applyOne for why).
 * Because of the transaction, a migration.sql must not contain its own
 * BEGIN/COMMIT (Prisma never generates them for SQLite).
 */

export class MigrationError extends Error {
  override name = "MigrationError";
}

export interface ApplyMigrationsOptions {
  databaseFile: string;
  migrationsDir: string;
  log?: (line: string) => void;
}

export interface ApplyMigrationsResult {
  /** Migrations this run applied, in order. */
  applied: string[];
  /** Local migrations the database already had. */
  alreadyApplied: string[];
}

export interface LocalMigration {
  name: string;
  script: Buffer;
}

type StoredTime = number | string | Date;

export interface MigrationRow {
  migration_name: string;
  checksum: string;
  started_at: StoredTime;
  finished_at: StoredTime | null;
  rolled_back_at: StoredTime | null;
}

// Byte-for-byte the statement of Prisma's SQLite schema engine, so the table
// definition in sqlite_master is the same whichever tool created it.
// (SQLite drops "IF NOT EXISTS" from the stored text.)
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export function applyMigrations(options: ApplyMigrationsOptions): ApplyMigrationsResult {
  const log = options.log ?? (() => {});
  const local = readLocalMigrations(options.migrationsDir, log);

  fs.mkdirSync(path.dirname(options.databaseFile), { recursive: true });
  const db = new Database(options.databaseFile);
  try {
    // busy_timeout first: switching to WAL needs a lock another process may hold.
    db.pragma("busy_timeout = 5000");
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    db.exec(CREATE_MIGRATIONS_TABLE);

    const finished = checkHistory(db, local, options.databaseFile, log);
    const alreadyApplied = local.filter((m) => finished.has(m.name)).map((m) => m.name);
    const applied: string[] = [];
    for (const migration of local) {
      if (finished.has(migration.name)) continue;
      if (applyOne(db, migration)) {
        applied.push(migration.name);
        log(`Applied ${migration.name}`);
      } else {
        alreadyApplied.push(migration.name);
      }
    }
    return { applied, alreadyApplied };
  } finally {
    db.close();
  }
}

/**
 * Names of the subdirectories of `migrationsDir` holding a migration.sql, in
 * the order Prisma's CLI uses (what `npm run db:migrate` applies; readiness and
 * the restore compare a database with them).
 */
export function localMigrationNames(migrationsDir: string, log: (line: string) => void = () => {}): string[] {
  const names: string[] = [];
  for (const entry of fs.readdirSync(migrationsDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    if (!fs.existsSync(path.join(migrationsDir, entry.name, "migration.sql"))) {
      log(`Warning: skipping ${entry.name}: it has no migration.sql.`);
      continue;
    }
    names.push(entry.name);
  }
  // Prisma's CLI sorts with localeCompare; the same order keeps both tools agreeing.
  return names.sort((a, b) => a.localeCompare(b));
}

export function readLocalMigrations(migrationsDir: string, log: (line: string) => void): LocalMigration[] {
  if (!fs.existsSync(migrationsDir)) {
    throw new MigrationError(`The migrations directory ${migrationsDir} does not exist.`);
  }
  return localMigrationNames(migrationsDir, log).map((name) => ({
    name,
    script: fs.readFileSync(path.join(migrationsDir, name, "migration.sql")),
  }));
}

function checkHistory(
  db: Database.Database,
  local: LocalMigration[],
  databaseFile: string,
  log: (line: string) => void,
): Set<string> {
  const rows = db
    .prepare(
      `SELECT migration_name, checksum, started_at, finished_at, rolled_back_at
       FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
    )
    .all() as MigrationRow[];
  return finishedMigrations(rows, local, {
    where: databaseFile,
    markRolledBack: (name) =>
      `  sqlite3 ${databaseFile} "UPDATE _prisma_migrations SET rolled_back_at = CAST(strftime('%s','now') AS INTEGER) * 1000 WHERE migration_name = '${name}' AND finished_at IS NULL AND rolled_back_at IS NULL;"`,
    log,
  });
}

/**
 * Refuses to go on from a failed or edited migration, and returns the names
 * of the migrations that are finished. Rows marked rolled back do not count:
 * like Prisma, such a migration is applied again. `advice` words the way out
 * of a failure for the database at hand.
 */
export function finishedMigrations(
  rows: MigrationRow[],
  local: LocalMigration[],
  advice: { where: string; markRolledBack: (name: string) => string; log: (line: string) => void },
): Set<string> {
  const log = advice.log;
  const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    const name = failed.migration_name;
    throw new MigrationError(
      [
        `Migration ${name} failed (started ${formatTime(failed.started_at)}) and is recorded as failed in _prisma_migrations, so no migrations were applied.`,
        `If db:migrate ran it, its changes were rolled back; if \`prisma migrate deploy\` did, check ${advice.where} for partial changes first.`,
        `To go on, fix the migration.sql of ${name}, mark the failure rolled back, and run the migrations again. To mark it:`,
        `  npx prisma migrate resolve --rolled-back ${name}`,
        `or, where the Prisma schema engine is unavailable:`,
        advice.markRolledBack(name),
      ].join("\n"),
    );
  }

  const localByName = new Map(local.map((m) => [m.name, m]));
  const finished = new Set<string>();
  for (const row of rows) {
    if (row.rolled_back_at !== null) continue;
    finished.add(row.migration_name);
    const migration = localByName.get(row.migration_name);
    if (!migration) {
      // Prisma applies new migrations anyway; the database is simply ahead of
      // this checkout (e.g. an older branch). Nothing local can be compared.
      log(
        `Warning: migration ${row.migration_name} is applied to the database but missing from the migrations directory.`,
      );
      continue;
    }
    if (!matchesChecksum(migration.script, row.checksum)) {
      throw new MigrationError(
        `Migration ${row.migration_name} was edited after it was applied; restore the original file and add a new migration instead. ` +
          `No migrations were applied.`,
      );
    }
  }
  return finished;
}

/**
 * Runs one script and records it in one transaction. Returns false when
 * another process applied it first (two app instances starting together).
 *
 * Foreign keys are switched off around the transaction because
 * `PRAGMA foreign_keys` is a no-op inside one, and Prisma's SQLite scripts
 * rebuild tables with DROP TABLE, which with foreign keys on would
 * cascade-delete every child row. `foreign_key_check` before COMMIT still
 * refuses a migration that leaves a dangling reference (SQLite's documented
 * procedure for schema changes).
 */
function applyOne(db: Database.Database, migration: LocalMigration): boolean {
  const startedAt = Date.now();
  db.pragma("foreign_keys = OFF");
  try {
    // IMMEDIATE takes the write lock now, so the check below cannot race.
    db.exec("BEGIN IMMEDIATE");
    try {
      const done = db
        .prepare(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ? AND rolled_back_at IS NULL`)
        .get(migration.name);
      if (done) {
        db.exec("ROLLBACK");
        return false;
      }
      db.exec(migration.script.toString("utf8"));
      const violations = db.pragma("foreign_key_check") as { table: string; parent: string }[];
      const first = violations[0];
      if (first) {
        throw new Error(
          `FOREIGN KEY constraint failed: ${violations.length} row(s) violate foreign keys, e.g. in "${first.table}" referencing "${first.parent}"`,
        );
      }
      insertRow(db, migration, { startedAt, finishedAt: Date.now(), logs: null, steps: 1 });
      db.exec("COMMIT");
      return true;
    } catch (error) {
      if (db.inTransaction) db.exec("ROLLBACK");
      const message = error instanceof Error ? error.message : String(error);
      // Recorded like Prisma records a failure, so `prisma migrate status`
      // and the next run here both see it.
      insertRow(db, migration, { startedAt, finishedAt: null, logs: message, steps: 0 });
      throw new MigrationError(
        `Migration ${migration.name} failed and was rolled back: ${message}. Nothing from it was applied; ` +
          `fix prisma/migrations/${migration.name}/migration.sql (the next run explains how to clear the failure).`,
      );
    }
  } finally {
    db.pragma("foreign_keys = ON");
  }
}

function insertRow(
  db: Database.Database,
  migration: LocalMigration,
  row: { startedAt: number; finishedAt: number | null; logs: string | null; steps: number },
): void {
  // Prisma's native SQLite engine stores DATETIME values as epoch milliseconds.
  db.prepare(
    `INSERT INTO "_prisma_migrations"
       (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`,
  ).run(randomUUID(), checksum(migration.script), row.finishedAt, migration.name, row.logs, row.startedAt, row.steps);
}

export function checksum(script: Buffer): string {
  return createHash("sha256").update(script).digest("hex");
}

/**
 * Like Prisma, a checkout that converted line endings (git autocrlf) is not
 * an edit: the file also matches as CRLF→LF and LF→CRLF. latin1 maps bytes
 * one to one, so the conversion cannot alter any other byte.
 */
export function matchesChecksum(script: Buffer, expected: string): boolean {
  const text = script.toString("latin1");
  const variants = [
    script,
    Buffer.from(text.replaceAll("\r\n", "\n"), "latin1"),
    Buffer.from(text.replaceAll("\n", "\r\n"), "latin1"),
  ];
  return variants.some((variant) => checksum(variant) === expected.toLowerCase());
}

/** SQLite rows may hold epoch milliseconds (Prisma's native engine, this tool) or ISO text (driver adapters). */
function formatTime(value: StoredTime): string {
  const date =
    value instanceof Date ? value : new Date(typeof value === "number" || !/^\d+$/.test(value) ? value : Number(value));
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
}
