import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { type Newsroom, seedNewsroom } from "@/lib/testing/newsroom";
import { addSoakEditors, copyDataSet, readerWorld } from "./data-set";

let database: TestDatabase;
let newsroom: Newsroom;
let workDir: string;

beforeEach(async () => {
  database = createTestDatabase();
  newsroom = await seedNewsroom(database.client);
  workDir = mkdtempSync(path.join(os.tmpdir(), "byline-soak-test-"));
});

afterEach(async () => {
  await database.dispose();
  rmSync(workDir, { recursive: true, force: true });
});

describe("copyDataSet", () => {
  it("copies the database and the media, and the copy's writes stay in the copy", async () => {
    const mediaDir = path.join(workDir, "site-media");
    mkdirSync(mediaDir);
    writeFileSync(path.join(mediaDir, "photo.webp"), "bytes");
    const copy = await copyDataSet({ databaseFile: database.file, mediaDir }, path.join(workDir, "soak"), () => {});

    expect(readFileSync(path.join(copy.mediaDir, "photo.webp"), "utf8")).toBe("bytes");
    const copied = new Database(copy.databaseFile);
    copied.prepare(`DELETE FROM "Article"`).run();
    copied.close();
    expect(await database.client.article.count()).toBeGreaterThan(0);
  });

  it("refuses a database that is not there, saying how to point at one", async () => {
    await expect(
      copyDataSet({ databaseFile: path.join(workDir, "none.db"), mediaDir: workDir }, workDir, () => {}),
    ).rejects.toThrow(/There is no database at .*none\.db: set DATABASE_URL/);
  });
});

describe("addSoakEditors", () => {
  it("adds active editors with staff bylines who sign in with the run's password", async () => {
    const editors = await addSoakEditors(database.file, 3, () => {});

    expect(editors).toHaveLength(3);
    for (const editor of editors) {
      const user = await database.client.user.findUniqueOrThrow({
        where: { email: editor.email },
        include: { author: true },
      });
      expect(user).toMatchObject({ role: "EDITOR", status: "ACTIVE", name: editor.name });
      expect(user.author?.id).toBe(editor.authorId);
      expect(await verifyPassword(user.passwordHash, editor.password)).toBe(true);
    }
  });

  it("lifts a two-factor requirement for editors in the copy, and says so", async () => {
    await database.client.siteSettings.create({
      data: { id: "site", name: "Byline", twoFactorRoles: JSON.stringify(["ADMIN", "EDITOR"]) },
    });
    const lines: string[] = [];
    await addSoakEditors(database.file, 1, (line) => lines.push(line));

    const settings = await database.client.siteSettings.findUniqueOrThrow({ where: { id: "site" } });
    expect(JSON.parse(settings.twoFactorRoles)).toEqual(["ADMIN"]);
    expect(lines.join("\n")).toContain("two-factor");
  });
});

describe("readerWorld", () => {
  it("lists the published story, its section, tag and author, searches and feeds; never a draft", async () => {
    const published = newsroom.storyIds.published;
    await database.client.article.update({
      where: { id: published },
      data: {
        headline: "Harbour Ferries Return",
        sectionId: newsroom.sectionIds.world,
        tags: { create: { tagId: newsroom.tagIds.politics, position: 0 } },
        authors: { create: { authorId: newsroom.authorIds.colleague, position: 0 } },
      },
    });

    const world = readerWorld(database.file);

    expect(world.paths).toEqual(
      expect.arrayContaining([
        "/",
        "/feed.xml",
        "/sitemap.xml",
        "/articles/colleagues-story",
        "/sections/world",
        "/sections/world/feed.xml",
        "/tags/politics",
        "/authors/colin",
        "/search?q=harbour",
        "/search?q=ferries",
      ]),
    );
    expect(world.paths).not.toContain("/articles/writers-draft");
    expect(world.paths).not.toContain("/sections/sport");
    expect(world.placement).toEqual({ sectionId: newsroom.sectionIds.sport, tagName: "Politics" });
  });
});
