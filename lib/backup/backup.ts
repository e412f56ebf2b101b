import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { appliedMigrations, integrityProblems, rowCounts } from "@/lib/backup/database-facts";
import { BackupError } from "@/lib/backup/errors";
import { describeFile, fileStamp, listFiles } from "@/lib/backup/files";
import {
  DATABASE_FILE,
  MANIFEST_FORMAT_VERSION,
  type Manifest,
  MEDIA_FOLDER,
  writeManifest,
} from "@/lib/backup/manifest";

export interface BackupOptions {
  databaseFile: string;
  mediaDir: string;
  /** The backup goes into a new folder inside this one. */
  destinationDir: string;
  bylineVersion: string;
  now?: Date;
}

export interface BackupResult {
  folder: string;
  manifest: Manifest;
}

/**
 * Writes `<destinationDir>/byline-<UTC time>/`: a consistent copy of the
 * database taken while the site may be writing, the media folder, and a
 * manifest. The folder is built under a hidden temporary name and renamed
 * only once complete, so a folder named byline-… is always a whole backup.
 */
export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const createdAt = options.now ?? new Date();
  if (!fs.existsSync(options.databaseFile)) {
    throw new BackupError(
      `There is no database at ${options.databaseFile}, so there is nothing to back up. Check DATABASE_URL or BYLINE_DATA_DIR.`,
    );
  }
  fs.mkdirSync(options.destinationDir, { recursive: true });
  const name = `byline-${fileStamp(createdAt)}`;
  const folder = path.join(options.destinationDir, name);
  if (fs.existsSync(folder)) {
    throw new BackupError(
      `A backup named ${name} already exists in ${options.destinationDir}; run the backup again in a second.`,
    );
  }
  const partial = path.join(options.destinationDir, `.${name}.partial`);
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial);
  try {
    const databaseCopy = path.join(partial, DATABASE_FILE);
    await copyLiveDatabase(options.databaseFile, databaseCopy);
    const problems = integrityProblems(databaseCopy);
    if (problems.length > 0) {
      throw new BackupError(
        `The copy of ${options.databaseFile} failed SQLite's integrity check, so the database itself is probably damaged: ${problems.slice(0, 5).join("; ")}. ` +
          "No backup was written. Keep your earlier backups; restore the latest good one (npm run db:restore).",
      );
    }
    const schema = readSchema(databaseCopy);
    copyMedia(options.mediaDir, path.join(partial, MEDIA_FOLDER));
    const files = [];
    for (const file of listFiles(partial)) files.push(await describeFile(partial, file));
    const manifest: Manifest = {
      formatVersion: MANIFEST_FORMAT_VERSION,
      createdAt: createdAt.toISOString(),
      bylineVersion: options.bylineVersion,
      ...schema,
      files,
    };
    writeManifest(partial, manifest);
    fs.renameSync(partial, folder);
    return { folder, manifest };
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

/**
 * SQLite's online backup of a database other processes may be writing.
 * A write by another connection between two steps restarts the copy, so the
 * whole file is copied in one step, which reads one snapshot and cannot be
 * restarted. A read-write connection rather than a read-only one, though it
 * writes nothing: only it can tidy up the -wal and -shm files it opens when
 * no site is running.
 */
async function copyLiveDatabase(source: string, destination: string): Promise<void> {
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    await db.backup(destination, { progress: () => Number.MAX_SAFE_INTEGER });
  } finally {
    db.close();
  }
  // The copy keeps the live file's WAL mode; a backup is one self-contained file instead.
  const copy = new Database(destination);
  try {
    copy.pragma("journal_mode = DELETE");
  } finally {
    copy.close();
  }
}

function readSchema(databaseCopy: string): Pick<Manifest, "migrations" | "rowCounts"> {
  const db = new Database(databaseCopy, { readonly: true, fileMustExist: true });
  try {
    return { migrations: appliedMigrations(db), rowCounts: rowCounts(db) };
  } finally {
    db.close();
  }
}

/** A site without uploads has no media folder yet; its backup has an empty one. */
function copyMedia(mediaDir: string, destination: string): void {
  if (fs.existsSync(mediaDir)) fs.cpSync(mediaDir, destination, { recursive: true, dereference: true });
  else fs.mkdirSync(destination);
}
