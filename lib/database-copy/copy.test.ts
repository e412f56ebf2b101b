import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo/seed";
import { searchStories } from "@/lib/search/search";
import {
  createSqliteTestDatabase,
  createTestDatabase,
  runsOnPostgres,
  type TestDatabase,
} from "@/lib/testing/database";
import { CopyRefusal, copyDatabase } from "./copy";

const SQLITE_MIGRATIONS = path.resolve("prisma/migrations");
const now = new Date();

let source: TestDatabase;
let target: TestDatabase;

describe.skipIf(!runsOnPostgres)("copyDatabase, SQLite to PostgreSQL", () => {
  beforeAll(async () => {
    source = createSqliteTestDatabase();
    target = createTestDatabase();
    await seedDemo(() => {}, source.client);
    // What the demo lacks: a correction, a tag link on a scheduled story, a NUL PostgreSQL cannot hold.
    const story = await source.client.article.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    await source.client.correction.create({
      data: { articleId: story.id, text: "An earlier version misspelt a name." },
    });
    await source.client.tag.create({ data: { name: "Odd\u0000name", slug: "odd-name" } });
  }, 120_000);

  afterAll(async () => {
    await source?.dispose();
    await target?.dispose();
  });

  it("copies every row, rebuilds what triggers derive, and leaves the site reading the same", async () => {
    const counts = await copyDatabase({
      source: source.client,
      target: target.client,
      sourceMigrationsDir: SQLITE_MIGRATIONS,
    });
    const byTable = Object.fromEntries(counts.map(({ table, rows }) => [table, rows]));
    expect(byTable.Article).toBeGreaterThan(10);
    expect(byTable.ArticleAuthor).toBeGreaterThan(10);
    for (const { table, rows } of counts) {
      const delegate = (target.client as unknown as Record<string, { count(): Promise<number> }>)[
        table.charAt(0).toLowerCase() + table.slice(1)
      ];
      expect(await delegate?.count(), table).toBe(rows);
    }

    // Values keep their types and instants, and the links' visibility is made again by the triggers.
    const select = { include: { authors: true, tags: true, corrections: true } } as const;
    const before = await source.client.article.findMany({ ...select, orderBy: { id: "asc" } });
    const after = await target.client.article.findMany({ ...select, orderBy: { id: "asc" } });
    expect(after).toEqual(before);
    expect((await target.client.tag.findUniqueOrThrow({ where: { slug: "odd-name" } })).name).toBe("Odd\uFFFDname");

    // Search finds the same stories (bm25 and ts_rank_cd may order equal-looking body matches apart).
    for (const terms of [["Moscow"], ["election"], ["invitation", "summit"]] as const) {
      const slugs = async (database: TestDatabase) =>
        (await searchStories(terms, 1, now, database.client)).hits.map((hit) => hit.story.slug).sort();
      expect(await slugs(target), terms.join(" ")).toEqual(await slugs(source));
    }
  }, 120_000);

  it("refuses a database that is not empty, copying nothing", async () => {
    const stories = await target.client.article.count();
    await expect(
      copyDatabase({ source: source.client, target: target.client, sourceMigrationsDir: SQLITE_MIGRATIONS }),
    ).rejects.toBeInstanceOf(CopyRefusal);
    await expect(
      copyDatabase({ source: source.client, target: target.client, sourceMigrationsDir: SQLITE_MIGRATIONS }),
    ).rejects.toThrow(/The PostgreSQL database is not empty \(.*Article: \d+/);
    expect(await target.client.article.count()).toBe(stories);
  });

  it("refuses a SQLite database with migrations still to apply", async () => {
    const empty = createTestDatabase();
    const migrations = mkdtempSync(path.join(os.tmpdir(), "byline-copy-migrations-"));
    try {
      cpSync(SQLITE_MIGRATIONS, migrations, { recursive: true });
      mkdirSync(path.join(migrations, "29990101000000_later"));
      writeFileSync(path.join(migrations, "29990101000000_later", "migration.sql"), "SELECT 1;");
      await expect(
        copyDatabase({ source: source.client, target: empty.client, sourceMigrationsDir: migrations }),
      ).rejects.toThrow(/not up to date \(pending: 29990101000000_later\)\. Run npm run db:migrate/);
      expect(await empty.client.user.count()).toBe(0);
    } finally {
      rmSync(migrations, { recursive: true, force: true });
      await empty.dispose();
    }
  });
});
