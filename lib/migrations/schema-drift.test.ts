import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import internals from "@prisma/internals";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "./migrate";
import { type Datamodel, findSchemaDrift } from "./schema-drift";

const { getDMMF } = internals;

const root = fileURLToPath(new URL("../..", import.meta.url));
const migrationsDir = path.join(root, "prisma/migrations");

// Tables the migrations create on purpose outside schema.prisma: Prisma's
// history, and the FTS5 search table with the shadow tables FTS5 keeps.
const isUnmanaged = (table: string) =>
  table === "_prisma_migrations" || /^ArticleSearch(_(data|idx|content|docsize|config|key))?$/.test(table);

let datamodel: Datamodel;
let tmp: string;

beforeAll(async () => {
  const dmmf = await getDMMF({ datamodel: fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8") });
  datamodel = dmmf.datamodel;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "byline-drift-"));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function migratedDatabase(): Database.Database {
  const databaseFile = path.join(tmp, `${Date.now()}-${Math.random().toString(36).slice(2)}.db`);
  applyMigrations({ databaseFile, migrationsDir });
  return new Database(databaseFile);
}

describe("prisma/migrations against prisma/schema.prisma", () => {
  it("build exactly the schema's tables, columns, keys and indexes", () => {
    const db = migratedDatabase();
    try {
      expect(findSchemaDrift(datamodel, db, { ignoreTable: isUnmanaged })).toEqual([]);
    } finally {
      db.close();
    }
  });

  it("leave the search, link-visibility and body-image triggers in place", () => {
    // A later migration that rebuilds "Article", "ArticleAuthor" or
    // "ArticleTag" (Prisma's RedefineTables) drops their triggers; it must
    // create them again.
    const db = migratedDatabase();
    try {
      const triggers = db
        .prepare(`SELECT tbl_name AS "table", name FROM sqlite_master WHERE type = 'trigger' ORDER BY tbl_name, name`)
        .all();
      expect(triggers).toEqual([
        { table: "Article", name: "Article_bodyImages_insert" },
        { table: "Article", name: "Article_bodyImages_update" },
        { table: "Article", name: "Article_search_delete" },
        { table: "Article", name: "Article_search_insert" },
        { table: "Article", name: "Article_search_update" },
        { table: "Article", name: "Article_visibleFrom_update" },
        { table: "ArticleAuthor", name: "ArticleAuthor_visibleFrom_insert" },
        { table: "ArticleAuthor", name: "ArticleAuthor_visibleFrom_update" },
        { table: "ArticleTag", name: "ArticleTag_visibleFrom_insert" },
        { table: "ArticleTag", name: "ArticleTag_visibleFrom_update" },
      ]);
    } finally {
      db.close();
    }
  });
});

describe("findSchemaDrift", () => {
  /** Replaces text that must occur exactly once, so a stale edit cannot silently do nothing. */
  function edit(sql: string, from: string, to: string): string {
    expect(sql.split(from), `"${from}" should occur once`).toHaveLength(2);
    return sql.replace(from, to);
  }

  it("reports each way a database can drift from the schema", () => {
    let sql = fs.readFileSync(path.join(migrationsDir, "20261128000000_init/migration.sql"), "utf8");
    sql = edit(sql, `"passwordHash" TEXT,`, `"passwordHash" TEXT NOT NULL,`);
    sql = edit(sql, `"lastSignInAt" DATETIME,`, `"lastSignInAt" TEXT,`);
    sql = edit(sql, `PRIMARY KEY ("articleId", "tagId")`, `PRIMARY KEY ("articleId")`);
    sql = edit(sql, `REFERENCES "Author" ("id") ON DELETE RESTRICT`, `REFERENCES "Author" ("id") ON DELETE CASCADE`);
    sql = edit(sql, `CREATE INDEX "Article_headline_idx" ON "Article"("headline");`, "");
    const db = new Database(":memory:");
    try {
      db.exec(sql);
      db.exec(`
        DROP INDEX "Tag_slug_key";
        ALTER TABLE "Tag" DROP COLUMN "slug";
        ALTER TABLE "Tag" ADD COLUMN "legacy" TEXT;
        CREATE INDEX "Tag_createdAt_idx" ON "Tag"("createdAt");
        DROP TABLE "SignInThrottle";
        CREATE TABLE "Stray" ("id" TEXT);
      `);

      // arrayContaining, not an exact list: later migrations may change the
      // schema beyond what the init migration alone builds.
      const problems = findSchemaDrift(datamodel, db, { ignoreTable: isUnmanaged });
      expect(problems).toEqual(
        expect.arrayContaining([
          `column "User"."passwordHash" is NOT NULL, expected nullable`,
          `column "User"."lastSignInAt" is TEXT, expected DATETIME`,
          `"ArticleTag" primary key is ("articleId"), expected ("articleId", "tagId")`,
          `foreign key "ArticleAuthor"("authorId") (relation ArticleAuthor.author) is ON DELETE CASCADE, expected ON DELETE RESTRICT`,
          `"Article" has no index on ("headline")`,
          `column "Tag"."slug" is missing`,
          `"Tag" has no unique index on ("slug")`,
          `column "Tag"."legacy" is not in the schema`,
          `index "Tag_createdAt_idx" on "Tag" ("createdAt") is not in the schema`,
          `table "SignInThrottle" (model SignInThrottle) is missing`,
          `table "Stray" is not in the schema`,
        ]),
      );
    } finally {
      db.close();
    }
  });
});
