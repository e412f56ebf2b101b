import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describeFile, listFiles } from "@/lib/backup/files";
import { DATABASE_FILE, MANIFEST_FILE, type Manifest, readManifest, writeManifest } from "@/lib/backup/manifest";
import { applyMigrations } from "@/lib/migrations/migrate";

/** The migrations this checkout ships. */
export const MIGRATIONS_DIR = path.resolve("prisma", "migrations");

/** A data folder of a stopped site in a temporary directory: a migrated database and a few media files. */
export interface TestSite {
  root: string;
  dataDir: string;
  databaseFile: string;
  mediaDir: string;
  backupsDir: string;
  dispose(): void;
}

export function createTestSite(migrationsDir = MIGRATIONS_DIR): TestSite {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "byline-backup-"));
  const dataDir = path.join(root, "data");
  const databaseFile = path.join(dataDir, "byline.db");
  const mediaDir = path.join(dataDir, "media");
  applyMigrations({ databaseFile, migrationsDir });
  writeMedia(mediaDir, "2026/12/harbour.webp", "harbour photo bytes");
  writeMedia(mediaDir, "2026/12/harbour-640.webp", "harbour photo, 640 wide");
  return {
    root,
    dataDir,
    databaseFile,
    mediaDir,
    backupsDir: path.join(root, "backups"),
    dispose: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

export function writeMedia(mediaDir: string, relativePath: string, content: string): void {
  const file = path.join(mediaDir, relativePath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

export function withDatabase<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file, { fileMustExist: true });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

export function addTags(db: Database.Database, names: string[]): void {
  const insert = db.prepare(`INSERT INTO "Tag" (id, name, slug) VALUES (?, ?, ?)`);
  db.transaction(() => {
    for (const name of names) insert.run(`tag-${name}`, name, name.toLowerCase());
  })();
}

export function tagNames(file: string): string[] {
  return withDatabase(file, (db) =>
    (db.prepare(`SELECT name FROM "Tag" ORDER BY name`).all() as { name: string }[]).map((row) => row.name),
  );
}

/** Every file under dir with its checksum, to show a refused restore changed nothing. */
export async function fingerprint(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const file of listFiles(dir)) files[file] = (await describeFile(dir, file)).sha256;
  return files;
}

/** Overwrites the b-tree page header of a table's root page: the file still opens, the table is damaged. */
export function damageTable(databaseFile: string, table: string): void {
  const { rootpage, pageSize } = withDatabase(databaseFile, (db) => ({
    rootpage: (db.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = ?`).get(table) as { rootpage: number })
      .rootpage,
    pageSize: db.pragma("page_size", { simple: true }) as number,
  }));
  const fd = fs.openSync(databaseFile, "r+");
  try {
    fs.writeSync(fd, Buffer.alloc(8, 0xff), 0, 8, (rootpage - 1) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a backup's manifest match its files again (and apply changes), as a forger would. */
export async function refreshManifest(backupDir: string, changes: Partial<Manifest> = {}): Promise<void> {
  const files = [];
  for (const file of listFiles(backupDir).filter((name) => name !== MANIFEST_FILE)) {
    files.push(await describeFile(backupDir, file));
  }
  writeManifest(backupDir, { ...readManifest(backupDir), ...changes, files });
}

export function backupDatabase(backupDir: string): string {
  return path.join(backupDir, DATABASE_FILE);
}
