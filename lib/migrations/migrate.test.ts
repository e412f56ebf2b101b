import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations, MigrationError } from "./migrate";

const root = fileURLToPath(new URL("../..", import.meta.url));
const REAL_MIGRATIONS = path.join(root, "prisma/migrations");
const INIT = "20261128000000_init";

let tmp: string;
let migrationsDir: string;
let databaseFile: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "byline-migrate-"));
  // A copy of the first migration, so tests can edit, add and remove migrations freely.
  migrationsDir = path.join(tmp, "migrations");
  fs.cpSync(path.join(REAL_MIGRATIONS, INIT), path.join(migrationsDir, INIT), { recursive: true });
  // A directory that does not exist yet: applyMigrations must create it.
  databaseFile = path.join(tmp, "data", "byline.db");
});

afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function migrate(log?: (line: string) => void) {
  return applyMigrations({ databaseFile, migrationsDir, log });
}

function addMigration(name: string, sql: string): void {
  fs.mkdirSync(path.join(migrationsDir, name));
  fs.writeFileSync(path.join(migrationsDir, name, "migration.sql"), sql);
}

function withDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(databaseFile);
  try {
    db.pragma("foreign_keys = ON");
    return fn(db);
  } finally {
    db.close();
  }
}

function tableExists(name: string): boolean {
  return withDb(
    (db) => db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined,
  );
}

interface Row {
  id: string;
  checksum: string;
  migration_name: string;
  started_at: number;
  finished_at: number | null;
  rolled_back_at: number | null;
  logs: string | null;
  applied_steps_count: number;
}

function historyRows(): Row[] {
  return withDb((db) => db.prepare(`SELECT * FROM "_prisma_migrations" ORDER BY started_at`).all() as Row[]);
}

function captureError(fn: () => unknown): MigrationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(MigrationError);
    return error as MigrationError;
  }
  throw new Error("expected a MigrationError, but nothing was thrown");
}

describe("applyMigrations", () => {
  it("creates every table on a fresh database and records the migration as Prisma does", () => {
    const before = Date.now();
    const result = migrate();
    const after = Date.now();

    expect(result).toEqual({ applied: [INIT], alreadyApplied: [] });
    // The tables the first migration creates; later ones add theirs (schema-drift.test.ts checks them all).
    const tables = [
      ...fs
        .readFileSync(path.join(REAL_MIGRATIONS, INIT, "migration.sql"), "utf8")
        .matchAll(/^CREATE (?:VIRTUAL )?TABLE "(\w+)"/gm),
    ].map((m) => m[1]);
    expect(tables.length).toBeGreaterThan(10);
    for (const table of [...tables, "ArticleSearch", "_prisma_migrations"]) {
      expect(tableExists(table!), `table ${table}`).toBe(true);
    }

    const rows = withDb((db) =>
      db
        .prepare(
          `SELECT *, typeof(started_at) AS startedType, typeof(finished_at) AS finishedType FROM "_prisma_migrations"`,
        )
        .all(),
    ) as (Row & { startedType: string; finishedType: string })[];
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    const file = fs.readFileSync(path.join(migrationsDir, INIT, "migration.sql"));
    expect(row.migration_name).toBe(INIT);
    expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
    expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Epoch milliseconds stored as integers, like Prisma's SQLite engine.
    expect([row.startedType, row.finishedType]).toEqual(["integer", "integer"]);
    expect(row.started_at).toBeGreaterThanOrEqual(before);
    expect(row.finished_at).toBeGreaterThanOrEqual(row.started_at);
    expect(row.finished_at).toBeLessThanOrEqual(after);
    expect(row).toMatchObject({ logs: null, rolled_back_at: null, applied_steps_count: 1 });

    expect(withDb((db) => db.pragma("journal_mode", { simple: true }))).toBe("wal");
  });

  it("applies nothing when run again", () => {
    migrate();
    expect(migrate()).toEqual({ applied: [], alreadyApplied: [INIT] });
    expect(historyRows()).toHaveLength(1);
  });

  it("refuses a migration edited after it was applied, and applies nothing", () => {
    migrate();
    fs.appendFileSync(path.join(migrationsDir, INIT, "migration.sql"), "\n-- a late tweak\n");
    addMigration("20261201000000_next", `CREATE TABLE "Next" ("id" TEXT NOT NULL PRIMARY KEY);\n`);

    const error = captureError(() => migrate());
    expect(error.message).toContain(`${INIT} was edited after it was applied`);
    expect(error.message).toContain("add a new migration instead");
    expect(tableExists("Next")).toBe(false);
    expect(historyRows()).toHaveLength(1);
  });

  it("does not treat converted line endings (git autocrlf) as an edit", () => {
    migrate();
    const file = path.join(migrationsDir, INIT, "migration.sql");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replaceAll("\n", "\r\n"));
    expect(migrate()).toEqual({ applied: [], alreadyApplied: [INIT] });
  });

  it("rolls back a failing migration, records the failure, and refuses to go on until it is resolved", () => {
    migrate();
    const bad = "20261201000000_bad";
    addMigration(bad, `CREATE TABLE "Good" ("id" TEXT NOT NULL PRIMARY KEY);\nCREATE TABLE "Broken" (;\n`);
    addMigration("20261202000000_later", `CREATE TABLE "Later" ("id" TEXT NOT NULL PRIMARY KEY);\n`);

    const error = captureError(() => migrate());
    expect(error.message).toContain(bad);
    expect(error.message).toContain("syntax error");
    expect(tableExists("Good")).toBe(false);
    expect(tableExists("Later")).toBe(false);
    const failed = historyRows().find((row) => row.migration_name === bad);
    expect(failed).toMatchObject({ finished_at: null, rolled_back_at: null, applied_steps_count: 0 });
    expect(failed?.logs).toContain("syntax error");

    const refusal = captureError(() => migrate());
    expect(refusal.message).toContain(`Migration ${bad} failed`);
    expect(refusal.message).toContain(`prisma migrate resolve --rolled-back ${bad}`);

    // The fix the message describes: correct the file, mark the failure rolled back, run again.
    fs.writeFileSync(
      path.join(migrationsDir, bad, "migration.sql"),
      `CREATE TABLE "Good" ("id" TEXT NOT NULL PRIMARY KEY);\n`,
    );
    const markSql = /sqlite3 \S+ "(.+)"$/m.exec(refusal.message)?.[1];
    expect(markSql).toBeDefined();
    withDb((db) => db.exec(markSql!));
    expect(migrate()).toEqual({ applied: [bad, "20261202000000_later"], alreadyApplied: [INIT] });
    expect(tableExists("Good")).toBe(true);
  });

  it("warns about an applied migration missing locally and still applies new ones", () => {
    migrate();
    fs.rmSync(path.join(migrationsDir, INIT), { recursive: true });
    addMigration("20261201000000_next", `CREATE TABLE "Next" ("id" TEXT NOT NULL PRIMARY KEY);\n`);
    const lines: string[] = [];

    expect(migrate((line) => lines.push(line))).toEqual({ applied: ["20261201000000_next"], alreadyApplied: [] });
    expect(lines.some((line) => line.includes(INIT) && line.includes("missing from the migrations directory"))).toBe(
      true,
    );
  });

  it("rebuilds a parent table the way Prisma's SQLite migrations do without cascading deletes", () => {
    migrate();
    withDb((db) =>
      db.exec(`
        INSERT INTO "Article" ("id", "slug", "headline", "body", "updatedAt") VALUES ('a1', 'a1', 'A', '{}', 0);
        INSERT INTO "Tag" ("id", "name", "slug") VALUES ('t1', 'Weather', 'weather');
        INSERT INTO "ArticleTag" ("articleId", "tagId", "position") VALUES ('a1', 't1', 0);
      `),
    );
    // Shape of a `prisma migrate dev` "RedefineTables" step. DROP TABLE with
    // foreign keys on would cascade-delete the ArticleTag row.
    addMigration(
      "20261201000000_tag_colour",
      `-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Tag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "colour" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Tag" ("createdAt", "id", "name", "slug") SELECT "createdAt", "id", "name", "slug" FROM "Tag";
DROP TABLE "Tag";
ALTER TABLE "new_Tag" RENAME TO "Tag";
CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");
CREATE UNIQUE INDEX "Tag_slug_key" ON "Tag"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
`,
    );
    migrate();
    expect(withDb((db) => db.prepare(`SELECT "articleId", "tagId" FROM "ArticleTag"`).all())).toEqual([
      { articleId: "a1", tagId: "t1" },
    ]);
  });

  it("refuses a migration that leaves rows pointing at nothing", () => {
    migrate();
    addMigration(
      "20261201000000_orphan",
      `INSERT INTO "Article" ("id", "slug", "headline", "body", "updatedAt") VALUES ('a1', 'a1', 'A', '{}', 0);
INSERT INTO "ArticleTag" ("articleId", "tagId", "position") VALUES ('a1', 'no-such-tag', 0);
`,
    );
    const error = captureError(() => migrate());
    expect(error.message).toContain("20261201000000_orphan");
    expect(error.message).toContain("FOREIGN KEY");
    expect(withDb((db) => db.prepare(`SELECT count(*) AS n FROM "Article"`).get())).toEqual({ n: 0 });
  });
});

describe("ArticleSearch full-text index", () => {
  function search(db: Database.Database, query: string): string[] {
    const rows = db.prepare(`SELECT article_id FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ?`).all(query) as {
      article_id: string;
    }[];
    return rows.map((row) => row.article_id);
  }

  it("follows inserts, updates and deletes of articles", () => {
    migrate();
    withDb((db) => {
      db.prepare(
        `INSERT INTO "Article" ("id", "slug", "headline", "dek", "body", "bodyText", "updatedAt")
         VALUES ('a1', 'storm', 'Storm floods the harbour', 'Café owners count the cost', '{}', 'Residents were running for cover.', ?)`,
      ).run(Date.now());
      expect(search(db, "harbour")).toEqual(["a1"]);
      expect(search(db, "cafe")).toEqual(["a1"]); // remove_diacritics
      expect(search(db, "run")).toEqual(["a1"]); // porter stemming
      expect(search(db, "bridge")).toEqual([]);

      db.prepare(`UPDATE "Article" SET "headline" = 'Storm closes the bridge' WHERE "id" = 'a1'`).run();
      expect(search(db, "harbour")).toEqual([]);
      expect(search(db, "bridge")).toEqual(["a1"]);

      db.prepare(`UPDATE "Article" SET "status" = 'PUBLISHED' WHERE "id" = 'a1'`).run();
      db.prepare(`UPDATE "Article" SET "bodyText" = 'Ferries were cancelled.' WHERE "id" = 'a1'`).run();
      expect(search(db, "ferries")).toEqual(["a1"]);
      expect(search(db, "running")).toEqual([]);
      expect(db.prepare(`SELECT count(*) AS n FROM "ArticleSearch"`).get()).toEqual({ n: 1 });

      db.prepare(`DELETE FROM "Article" WHERE "id" = 'a1'`).run();
      expect(search(db, "bridge")).toEqual([]);
      expect(db.prepare(`SELECT count(*) AS n FROM "ArticleSearch"`).get()).toEqual({ n: 0 });
    });
  });

  it("relabels story audit events recorded before target types were lowercase", () => {
    migrate();
    withDb((db) =>
      db.exec(`
        INSERT INTO "AuditEvent" ("id", "action", "targetType", "targetId", "createdAt")
        VALUES ('e1', 'article.publish', 'Article', 'a1', 0), ('e2', 'user.disable', 'user', 'u1', 0);
      `),
    );
    const relabel = "20261202000000_audit_article_target";
    fs.cpSync(path.join(REAL_MIGRATIONS, relabel), path.join(migrationsDir, relabel), { recursive: true });
    expect(migrate()).toEqual({ applied: [relabel], alreadyApplied: [INIT] });
    const types = withDb((db) => db.prepare(`SELECT "targetType" FROM "AuditEvent" ORDER BY "id"`).pluck().all());
    expect(types).toEqual(["article", "user"]);
  });

  it("dates stories already in review by their last save, so the desk lists them under Needs review", () => {
    const desk = "20261206000200_desk_indexes";
    for (const name of fs.readdirSync(REAL_MIGRATIONS))
      if (/^\d/.test(name) && name < desk && name !== INIT)
        fs.cpSync(path.join(REAL_MIGRATIONS, name), path.join(migrationsDir, name), { recursive: true });
    migrate();
    withDb((db) =>
      db.exec(`
        INSERT INTO "User" ("id", "email", "name", "role", "status", "createdAt", "updatedAt")
        VALUES ('u1', 'wanda@example.com', 'Wanda', 'WRITER', 'ACTIVE', 0, 0);
        INSERT INTO "Article" ("id", "slug", "headline", "body", "status", "updatedById", "createdAt", "updatedAt")
        VALUES ('a1', 'in-review', 'In review', '{}', 'IN_REVIEW', 'u1', 0, 1764590400000),
               ('a2', 'a-draft', 'A draft', '{}', 'DRAFT', 'u1', 0, 1764590400000);
      `),
    );
    fs.cpSync(path.join(REAL_MIGRATIONS, desk), path.join(migrationsDir, desk), { recursive: true });
    expect(migrate().applied).toEqual([desk]);
    const rows = withDb((db) =>
      db.prepare(`SELECT "id", "submittedById", "submittedAt" FROM "Article" ORDER BY "id"`).all(),
    );
    expect(rows).toEqual([
      { id: "a1", submittedById: "u1", submittedAt: 1764590400000 },
      { id: "a2", submittedById: null, submittedAt: null },
    ]);
  });
});
