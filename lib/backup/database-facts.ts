import Database from "better-sqlite3";
import { BackupError } from "@/lib/backup/errors";
import { localMigrationNames } from "@/lib/migrations/migrate";

/**
 * What `PRAGMA integrity_check` finds wrong with a database file; empty when
 * it answers "ok". A file too damaged to be read at all is a problem too.
 */
export function integrityProblems(file: string): string[] {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    const findings = rows.map((row) => row.integrity_check);
    return findings.length === 1 && findings[0] === "ok" ? [] : findings;
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    db?.close();
  }
}

/** Migrations recorded in `_prisma_migrations` as finished and not rolled back, in the order they ran. */
export function appliedMigrations(db: Database.Database): string[] {
  const history = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '_prisma_migrations'`).get();
  if (!history) return [];
  const rows = db
    .prepare(
      `SELECT DISTINCT migration_name FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
       ORDER BY started_at, migration_name`,
    )
    .all() as { migration_name: string }[];
  return rows.map((row) => row.migration_name);
}

/** Rows in every table, SQLite's own excepted, by table name. */
export function rowCounts(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    counts[name] = (db.prepare(`SELECT COUNT(*) AS count FROM ${quoted}`).get() as { count: number }).count;
  }
  return counts;
}

/**
 * Refuses a database whose schema has migrations this checkout does not
 * know: this code cannot tell what they changed, so it must not run on it.
 */
export function refuseNewerSchema(applied: string[], migrationsDir: string): void {
  const known = new Set(localMigrationNames(migrationsDir));
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new BackupError(
      `This backup was made by a newer Byline: its database has migration${unknown.length === 1 ? "" : "s"} ${unknown.join(", ")}, which this checkout does not have. ` +
        "Update Byline to the version that made the backup (or later), then restore it. Nothing was changed.",
    );
  }
}
