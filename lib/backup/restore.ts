import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { appliedMigrations, integrityProblems, refuseNewerSchema } from "@/lib/backup/database-facts";
import { BackupError } from "@/lib/backup/errors";
import { fileStamp, sha256OfFile } from "@/lib/backup/files";
import { type BackupFile, DATABASE_FILE, type Manifest, MEDIA_FOLDER, readManifest } from "@/lib/backup/manifest";
import { lockStoppedSite } from "@/lib/backup/site-lock";
import { applyMigrations, MigrationError } from "@/lib/migrations/migrate";

export interface RestoreOptions {
  backupDir: string;
  databaseFile: string;
  mediaDir: string;
  migrationsDir: string;
  now?: Date;
}

export interface RestoreResult {
  manifest: Manifest;
  /** Where the database and media that were replaced are kept; null when there were none. */
  replacedDir: string | null;
  /** Migrations of this checkout the backup did not have, applied to it before it went in. */
  appliedMigrations: string[];
}

/**
 * Puts a backup in place of the database and media of a stopped site.
 *
 * Everything that can refuse happens before anything is replaced: the
 * manifest is validated, no site may hold the database, the backup is copied
 * beside its destination and that copy's checksums, integrity and schema are
 * checked, and this checkout's pending migrations are applied to it. Only
 * then are the current files moved into `replaced-<time>/` and the copy
 * renamed into place, with the database still locked against a site starting.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const manifest = readManifest(options.backupDir);
  // Checked first from the manifest so a newer backup is refused before gigabytes are copied.
  refuseNewerSchema(manifest.migrations, options.migrationsDir);

  const stamp = fileStamp(options.now ?? new Date());
  const dataDir = path.dirname(options.databaseFile);
  fs.mkdirSync(dataDir, { recursive: true });
  // Staged beside where each goes, so putting it in place is a rename within one file system.
  const databaseStaging = path.join(dataDir, `.restore-${stamp}`);
  const mediaStaging = path.join(path.dirname(options.mediaDir), `.restore-${stamp}`);
  const stagedDatabase = path.join(databaseStaging, DATABASE_FILE);
  const stagedMedia = path.join(mediaStaging, MEDIA_FOLDER);

  const lock = lockStoppedSite(options.databaseFile);
  try {
    fs.mkdirSync(databaseStaging, { recursive: true });
    fs.mkdirSync(stagedMedia, { recursive: true });
    for (const file of manifest.files) {
      const destination =
        file.path === DATABASE_FILE ? stagedDatabase : path.join(stagedMedia, ...file.path.split("/").slice(1));
      await copyVerified(options.backupDir, file, destination);
    }
    const applied = prepareDatabase(stagedDatabase, options.migrationsDir);
    lock?.checkpoint();
    const replacedDir = swapIn({
      databaseFile: options.databaseFile,
      mediaDir: options.mediaDir,
      stagedDatabase,
      stagedMedia,
      replacedDir: path.join(dataDir, `replaced-${stamp}`),
    });
    return { manifest, replacedDir, appliedMigrations: applied };
  } finally {
    lock?.release();
    for (const dir of new Set([databaseStaging, mediaStaging])) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Checksums are taken of the copy, not the original, so what is verified is exactly what goes in. */
async function copyVerified(backupDir: string, file: BackupFile, destination: string): Promise<void> {
  const source = path.join(backupDir, ...file.path.split("/"));
  if (!fs.existsSync(source)) {
    throw new BackupError(
      `The backup is incomplete: ${file.path} is listed in its manifest but missing. Nothing was changed.`,
    );
  }
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  fs.copyFileSync(source, destination);
  const size = fs.statSync(destination).size;
  if (size !== file.size || (await sha256OfFile(destination)) !== file.sha256) {
    throw new BackupError(
      `The backup is damaged: ${file.path} does not match the checksum in its manifest (it was changed or corrupted after the backup was made). ` +
        "Restore another backup. Nothing was changed.",
    );
  }
}

/** Refuses a damaged or too new database, then brings an older one up to this checkout's schema. */
function prepareDatabase(stagedDatabase: string, migrationsDir: string): string[] {
  const problems = integrityProblems(stagedDatabase);
  if (problems.length > 0) {
    throw new BackupError(
      `The backup's database fails SQLite's integrity check (${problems.slice(0, 5).join("; ")}), though its checksum matches: ` +
        "it was damaged before it was backed up. Restore an older backup. Nothing was changed.",
    );
  }
  const db = new Database(stagedDatabase, { readonly: true });
  try {
    refuseNewerSchema(appliedMigrations(db), migrationsDir);
  } finally {
    db.close();
  }
  try {
    return applyMigrations({ databaseFile: stagedDatabase, migrationsDir }).applied;
  } catch (error) {
    if (!(error instanceof MigrationError)) throw error;
    throw new BackupError(
      `The backup's database could not be brought up to this version of Byline: ${error.message} Nothing was changed.`,
    );
  }
}

interface Swap {
  databaseFile: string;
  mediaDir: string;
  stagedDatabase: string;
  stagedMedia: string;
  replacedDir: string;
}

/**
 * Renames only, so each step is atomic; if one fails, the steps already
 * taken are undone and the data folder is as it was.
 */
function swapIn(swap: Swap): string | null {
  const current = ["", "-wal", "-shm"].map((suffix) => `${swap.databaseFile}${suffix}`).filter(fs.existsSync);
  const currentMedia = fs.existsSync(swap.mediaDir);
  const keepsSomething = current.length > 0 || currentMedia;
  let madeReplacedDir = false;
  const done: { from: string; to: string }[] = [];
  const move = (from: string, to: string) => {
    fs.renameSync(from, to);
    done.push({ from, to });
  };
  try {
    if (keepsSomething) {
      fs.mkdirSync(swap.replacedDir);
      madeReplacedDir = true;
      for (const file of current) move(file, path.join(swap.replacedDir, path.basename(file)));
      if (currentMedia) move(swap.mediaDir, path.join(swap.replacedDir, MEDIA_FOLDER));
    }
    fs.mkdirSync(path.dirname(swap.mediaDir), { recursive: true });
    move(swap.stagedDatabase, swap.databaseFile);
    move(swap.stagedMedia, swap.mediaDir);
  } catch (error) {
    for (const { from, to } of done.reverse()) fs.renameSync(to, from);
    if (madeReplacedDir) fs.rmdirSync(swap.replacedDir);
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupError(
      `The backup could not be put in place (${reason}); the current database and media were put back as they were. Nothing was changed.`,
    );
  }
  return keepsSomething ? swap.replacedDir : null;
}
