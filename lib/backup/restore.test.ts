import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBackup } from "@/lib/backup/backup";
import { appliedMigrations, integrityProblems } from "@/lib/backup/database-facts";
import { restoreBackup } from "@/lib/backup/restore";
import {
  addTags,
  backupDatabase,
  createTestSite,
  damageTable,
  fingerprint,
  MIGRATIONS_DIR,
  refreshManifest,
  type TestSite,
  tagNames,
  withDatabase,
  writeMedia,
} from "@/lib/backup/test-site";

let site: TestSite;

beforeEach(() => {
  site = createTestSite();
});

afterEach(() => {
  site.dispose();
});

async function backUp(): Promise<string> {
  const { folder } = await createBackup({
    databaseFile: site.databaseFile,
    mediaDir: site.mediaDir,
    destinationDir: site.backupsDir,
    bylineVersion: "9.9.9",
    now: new Date("2026-12-03T23:00:00Z"),
  });
  return folder;
}

function restore(backupDir: string, migrationsDir = MIGRATIONS_DIR) {
  return restoreBackup({
    backupDir,
    databaseFile: site.databaseFile,
    mediaDir: site.mediaDir,
    migrationsDir,
    now: new Date("2026-12-04T08:30:00Z"),
  });
}

/** The site's state after the backup: one tag more, one image gone, one image new. */
function changeTheSite(): void {
  withDatabase(site.databaseFile, (db) => addTags(db, ["Added after"]));
  fs.rmSync(path.join(site.mediaDir, "2026/12/harbour.webp"));
  writeMedia(site.mediaDir, "2026/12/new.webp", "uploaded after the backup");
}

describe("restoreBackup", () => {
  it("puts the backup's rows and media back and keeps what it replaced", async () => {
    withDatabase(site.databaseFile, (db) => addTags(db, ["Politics", "Sport"]));
    const backup = await backUp();
    changeTheSite();

    const result = await restore(backup);

    expect(tagNames(site.databaseFile)).toEqual(["Politics", "Sport"]);
    expect(integrityProblems(site.databaseFile)).toEqual([]);
    expect(fs.readFileSync(path.join(site.mediaDir, "2026/12/harbour.webp"), "utf8")).toBe("harbour photo bytes");
    expect(fs.existsSync(path.join(site.mediaDir, "2026/12/new.webp"))).toBe(false);

    const replaced = path.join(site.dataDir, "replaced-2026-12-04T083000Z");
    expect(result.replacedDir).toBe(replaced);
    expect(tagNames(path.join(replaced, "byline.db"))).toEqual(["Added after", "Politics", "Sport"]);
    expect(fs.readFileSync(path.join(replaced, "media/2026/12/new.webp"), "utf8")).toBe("uploaded after the backup");
    expect(result.appliedMigrations).toEqual([]);
    // No staging folder is left behind.
    expect(fs.readdirSync(site.dataDir).sort()).toEqual(["byline.db", "media", "replaced-2026-12-04T083000Z"]);
  });

  it("restores into an empty data folder, with nothing to keep", async () => {
    withDatabase(site.databaseFile, (db) => addTags(db, ["Politics"]));
    const backup = await backUp();
    fs.rmSync(site.dataDir, { recursive: true });

    const result = await restore(backup);

    expect(result.replacedDir).toBeNull();
    expect(tagNames(site.databaseFile)).toEqual(["Politics"]);
    expect(fs.readdirSync(path.join(site.mediaDir, "2026/12")).sort()).toEqual(["harbour-640.webp", "harbour.webp"]);
  });

  it("brings a backup made before a migration up to this checkout's schema", async () => {
    const all = fs
      .readdirSync(MIGRATIONS_DIR)
      .filter((name) => /^\d+_/.test(name))
      .sort();
    const newest = all.at(-1)!;
    const olderMigrations = fs.mkdtempSync(path.join(os.tmpdir(), "byline-older-migrations-"));
    for (const name of all.slice(0, -1)) {
      fs.cpSync(path.join(MIGRATIONS_DIR, name), path.join(olderMigrations, name), { recursive: true });
    }
    site.dispose();
    site = createTestSite(olderMigrations);
    fs.rmSync(olderMigrations, { recursive: true });
    const backup = await backUp();

    const result = await restore(backup);

    expect(result.appliedMigrations).toEqual([newest]);
    expect(withDatabase(site.databaseFile, appliedMigrations)).toEqual(all);
  });

  describe("refuses, changing nothing,", () => {
    let backup: string;
    let before: Record<string, string>;

    beforeEach(async () => {
      withDatabase(site.databaseFile, (db) => addTags(db, ["Politics"]));
      backup = await backUp();
      changeTheSite();
      before = await fingerprint(site.dataDir);
    });

    async function expectRefusal(message: RegExp): Promise<void> {
      await expect(restore(backup)).rejects.toThrow(message);
      expect(await fingerprint(site.dataDir)).toEqual(before);
      expect(tagNames(site.databaseFile)).toEqual(["Added after", "Politics"]);
    }

    it("while a site holds the database open", async () => {
      const running = new Database(site.databaseFile);
      try {
        running.prepare("SELECT 1").get();
        before = await fingerprint(site.dataDir);
        await expect(restore(backup)).rejects.toThrow(/has .*byline\.db open\. Stop the site first/);
        expect(await fingerprint(site.dataDir)).toEqual(before);
      } finally {
        running.close();
      }
      expect(tagNames(site.databaseFile)).toEqual(["Added after", "Politics"]);
    });

    it("a backup whose manifest names a migration this checkout does not have", async () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(backup, "manifest.json"), "utf8"));
      await refreshManifest(backup, { migrations: [...manifest.migrations, "29991231000000_from_the_future"] });
      await expectRefusal(/made by a newer Byline: .*29991231000000_from_the_future/);
    });

    it("a backup whose database has a migration this checkout does not have", async () => {
      withDatabase(backupDatabase(backup), (db) =>
        db
          .prepare(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
             VALUES ('future', 'x', 1, '29991231000000_from_the_future', 1, 1)`,
          )
          .run(),
      );
      await refreshManifest(backup);
      await expectRefusal(/made by a newer Byline: .*29991231000000_from_the_future/);
    });

    it("a backup whose database has a changed byte", async () => {
      const fd = fs.openSync(backupDatabase(backup), "r+");
      fs.writeSync(fd, Buffer.from([0x42]), 0, 1, 5000);
      fs.closeSync(fd);
      await expectRefusal(/byline\.db does not match the checksum in its manifest/);
    });

    it("a backup with a changed media file", async () => {
      fs.appendFileSync(path.join(backup, "media/2026/12/harbour.webp"), "!");
      await expectRefusal(/media\/2026\/12\/harbour\.webp does not match the checksum/);
    });

    it("a backup missing a file its manifest lists", async () => {
      fs.rmSync(path.join(backup, "media/2026/12/harbour-640.webp"));
      await expectRefusal(/incomplete: media\/2026\/12\/harbour-640\.webp is listed .* but missing/);
    });

    it("a backup whose manifest is not JSON", async () => {
      fs.writeFileSync(path.join(backup, "manifest.json"), '{"formatVersion": 1, "files": [');
      await expectRefusal(/manifest\.json is not valid JSON/);
    });

    it("a backup whose manifest does not describe a backup", async () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(backup, "manifest.json"), "utf8"));
      manifest.files.push({ path: "../../byline.db", size: 1, sha256: "0".repeat(64) });
      fs.writeFileSync(path.join(backup, "manifest.json"), JSON.stringify(manifest));
      await expectRefusal(
        /not a Byline backup manifest[\s\S]*"\.\.\/\.\.\/byline\.db" is not a path inside the backup folder/,
      );
    });

    it("a folder that is not a backup", async () => {
      fs.rmSync(path.join(backup, "manifest.json"));
      await expectRefusal(/is not a Byline backup: it has no manifest\.json/);
    });

    it("a backup whose database is damaged though its checksums match", async () => {
      damageTable(backupDatabase(backup), "Tag");
      await refreshManifest(backup);
      await expectRefusal(/fails SQLite's integrity check .* though its checksum matches/);
    });
  });
});
