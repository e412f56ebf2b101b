import { spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lockStoppedSite } from "@/lib/backup/site-lock";
import { createTestSite, type TestSite, tagNames } from "@/lib/backup/test-site";

let site: TestSite;

beforeEach(() => {
  site = createTestSite();
});

afterEach(() => {
  site.dispose();
});

/** Another process with the database open and idle, as a running site between requests. */
async function holdOpenInAnotherProcess(databaseFile: string) {
  const script = `
    const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve("better-sqlite3"))});
    const db = new Database(${JSON.stringify(databaseFile)});
    db.pragma("journal_mode = WAL");
    db.prepare('SELECT COUNT(*) FROM "Tag"').get();
    process.stdout.write("open\\n");
    process.stdin.on("end", () => { db.close(); process.exit(0); });
    process.stdin.resume();
  `;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["pipe", "pipe", "inherit"] });
  await once(child.stdout, "data");
  return {
    close: async () => {
      child.stdin.end();
      await once(child, "exit");
    },
  };
}

describe("lockStoppedSite", () => {
  it("refuses while another process has the database open, and locks once it has closed it", async () => {
    const running = await holdOpenInAnotherProcess(site.databaseFile);
    try {
      expect(() => lockStoppedSite(site.databaseFile)).toThrow(/has .*byline\.db open\. Stop the site first/);
    } finally {
      await running.close();
    }

    const lock = lockStoppedSite(site.databaseFile);
    expect(lock).not.toBeNull();
    try {
      // While locked, no one else can even read: a site starting now would wait, not open it.
      const other = new Database(site.databaseFile, { timeout: 0 });
      try {
        expect(() => other.prepare('SELECT COUNT(*) FROM "Tag"').get()).toThrow(/database is locked/);
      } finally {
        other.close();
      }
    } finally {
      lock?.release();
    }
    expect(tagNames(site.databaseFile)).toEqual([]);
  });

  it("has nothing to lock when there is no database yet", () => {
    fs.rmSync(site.databaseFile);
    expect(lockStoppedSite(site.databaseFile)).toBeNull();
    expect(fs.existsSync(site.databaseFile)).toBe(false);
  });

  it("refuses, saying what to do, when the current file is not a database", () => {
    fs.writeFileSync(site.databaseFile, "not a database ".repeat(100));
    expect(() => lockStoppedSite(site.databaseFile)).toThrow(/cannot open the current database .*move the file/);
    expect(fs.readdirSync(path.dirname(site.databaseFile))).toEqual(["byline.db", "media"]);
  });
});
