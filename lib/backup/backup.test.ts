import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBackup } from "@/lib/backup/backup";
import { integrityProblems } from "@/lib/backup/database-facts";
import { BackupError } from "@/lib/backup/errors";
import { sha256OfFile } from "@/lib/backup/files";
import { readManifest } from "@/lib/backup/manifest";
import {
  addTags,
  backupDatabase,
  createTestSite,
  damageTable,
  MIGRATIONS_DIR,
  type TestSite,
  tagNames,
  withDatabase,
} from "@/lib/backup/test-site";

let site: TestSite;

beforeEach(() => {
  site = createTestSite();
});

afterEach(() => {
  site.dispose();
});

function backUp(now = new Date("2026-12-03T23:10:10.500Z")) {
  return createBackup({
    databaseFile: site.databaseFile,
    mediaDir: site.mediaDir,
    destinationDir: site.backupsDir,
    bylineVersion: "9.9.9",
    now,
  });
}

describe("createBackup", () => {
  it("takes a consistent copy while another connection keeps writing", async () => {
    const writer = new Database(site.databaseFile);
    writer.pragma("journal_mode = WAL");
    let pairsWrittenDuringBackup = 0;
    let backingUp = true;
    // Each write adds two tags in one transaction: a copy holding an odd number saw half a transaction.
    // Writes between backup steps restart a copy made in several steps, so this also hangs (and times out)
    // a backup that does not copy in one step.
    const writeAPair = () => {
      if (!backingUp) return;
      addTags(writer, [`First ${pairsWrittenDuringBackup}`, `Second ${pairsWrittenDuringBackup}`]);
      pairsWrittenDuringBackup += 1;
      setImmediate(writeAPair);
    };
    addTags(writer, ["Before"]);
    setImmediate(writeAPair);
    const { folder, manifest } = await backUp().finally(() => {
      backingUp = false;
    });
    addTags(writer, ["After"]);
    writer.close();

    expect(pairsWrittenDuringBackup).toBeGreaterThan(0);
    const copied = tagNames(backupDatabase(folder));
    expect(copied).toContain("Before");
    expect(copied).not.toContain("After");
    expect((copied.length - 1) % 2).toBe(0);
    expect(manifest.rowCounts.Tag).toBe(copied.length);
    expect(integrityProblems(backupDatabase(folder))).toEqual([]);
  });

  it("writes a dated folder with the database, the media and a manifest that describes them", async () => {
    const { folder, manifest } = await backUp();

    expect(path.basename(folder)).toBe("byline-2026-12-03T231010Z");
    expect(fs.readdirSync(site.backupsDir)).toEqual(["byline-2026-12-03T231010Z"]);
    expect(readManifest(folder)).toEqual(manifest);
    expect(manifest).toMatchObject({ formatVersion: 1, createdAt: "2026-12-03T23:10:10.500Z", bylineVersion: "9.9.9" });
    const localMigrations = fs.readdirSync(MIGRATIONS_DIR).filter((name) => /^\d+_/.test(name));
    expect(manifest.migrations).toEqual(localMigrations.sort());
    expect(manifest.rowCounts).toMatchObject({ Tag: 0, Article: 0, _prisma_migrations: localMigrations.length });
    expect(manifest.files.map((file) => file.path)).toEqual([
      "byline.db",
      "media/2026/12/harbour-640.webp",
      "media/2026/12/harbour.webp",
    ]);
    for (const file of manifest.files) {
      const copy = path.join(folder, file.path);
      expect(fs.statSync(copy).size).toBe(file.size);
      expect(await sha256OfFile(copy)).toBe(file.sha256);
    }
    expect(fs.readFileSync(path.join(folder, "media/2026/12/harbour.webp"), "utf8")).toBe("harbour photo bytes");
    // One self-contained file: it opens without a write-ahead log beside it.
    expect(withDatabase(backupDatabase(folder), (db) => db.pragma("journal_mode", { simple: true }))).toBe("delete");
  });

  it("backs up a site that has no media folder yet", async () => {
    fs.rmSync(site.mediaDir, { recursive: true });
    const { folder, manifest } = await backUp();
    expect(manifest.files.map((file) => file.path)).toEqual(["byline.db"]);
    expect(fs.readdirSync(path.join(folder, "media"))).toEqual([]);
  });

  it("refuses when there is no database, writing nothing", async () => {
    fs.rmSync(site.databaseFile);
    await expect(backUp()).rejects.toThrow(/There is no database at .*nothing to back up/);
    expect(fs.existsSync(site.backupsDir) ? fs.readdirSync(site.backupsDir) : []).toEqual([]);
  });

  it("refuses to overwrite a backup of the same second", async () => {
    await backUp();
    await expect(backUp()).rejects.toThrow(/already exists/);
    expect(fs.readdirSync(site.backupsDir)).toEqual(["byline-2026-12-03T231010Z"]);
  });

  it("refuses a damaged database and leaves no partial backup", async () => {
    withDatabase(site.databaseFile, (db) => addTags(db, ["Politics", "Sport"]));
    damageTable(site.databaseFile, "Tag");

    const attempt = backUp();
    await expect(attempt).rejects.toBeInstanceOf(BackupError);
    await expect(attempt).rejects.toThrow(/failed SQLite's integrity check.*No backup was written/s);
    expect(fs.readdirSync(site.backupsDir)).toEqual([]);
  });
});
