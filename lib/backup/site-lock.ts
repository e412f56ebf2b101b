import fs from "node:fs";
import Database from "better-sqlite3";
import { BackupError } from "@/lib/backup/errors";

export interface SiteLock {
  /** Copies the write-ahead log into the database file, so the file is complete on its own. */
  checkpoint(): void;
  release(): void;
}

/**
 * Takes the database for this process alone, proving no site is using it.
 *
 * A running site always holds its database open (instrumentation.ts), and in
 * WAL mode even an idle connection keeps a shared lock, so an exclusive lock
 * taken without waiting fails with SQLITE_BUSY exactly while a site (or any
 * other program) has the file open. With `locking_mode = EXCLUSIVE` the lock
 * outlives the transaction that took it and is kept until release, so no site
 * can start in the middle of a restore.
 *
 * Returns null when there is no database file yet (nothing to protect).
 */
export function lockStoppedSite(databaseFile: string): SiteLock | null {
  if (!fs.existsSync(databaseFile)) return null;
  const db = new Database(databaseFile, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 0");
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("COMMIT");
  } catch (error) {
    db.close();
    throw refusal(databaseFile, error);
  }
  return {
    checkpoint: () => {
      db.pragma("wal_checkpoint(TRUNCATE)");
    },
    release: () => db.close(),
  };
}

function refusal(databaseFile: string, error: unknown): BackupError {
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"))) {
    return new BackupError(
      `A site (or another program) has ${databaseFile} open. Stop the site first, then run the restore again. Nothing was changed.`,
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new BackupError(
    `Byline cannot open the current database ${databaseFile} to make sure no site is using it (${reason}). ` +
      "If it is damaged, stop the site, move the file (with its -wal and -shm files) out of the way, and run the restore again. Nothing was changed.",
  );
}
