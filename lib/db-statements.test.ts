import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { reusePreparedStatements } from "@/lib/db-statements";
import { createTestDatabase, runsOnPostgres, type TestDatabase } from "@/lib/testing/database";

let dir: string;
let connection: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "byline-statements-"));
  connection = new Database(path.join(dir, "test.db"));
  connection.exec("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)");
});

afterEach(() => {
  connection.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What the adapter does with a query (node_modules/@prisma/adapter-better-sqlite3): prepare, bind, then run or read. */
function adapterQuery(sql: string, args: unknown[]) {
  const statement = connection.prepare(sql).bind(args);
  if (!statement.reader) return statement.run();
  return { columns: statement.columns().map((column) => column.name), rows: statement.raw().all() };
}

describe("reusePreparedStatements", () => {
  it("prepares each SQL text once and runs it with each query's own arguments", () => {
    const prepare = vi.spyOn(connection, "prepare");
    reusePreparedStatements(connection);
    adapterQuery("INSERT INTO note (text) VALUES (?)", ["first"]);
    adapterQuery("INSERT INTO note (text) VALUES (?)", ["second"]);
    expect(adapterQuery("SELECT id, text FROM note WHERE text = ?", ["second"])).toEqual({
      columns: ["id", "text"],
      rows: [[2, "second"]],
    });
    expect(adapterQuery("SELECT id, text FROM note WHERE text = ?", ["first"])).toEqual({
      columns: ["id", "text"],
      rows: [[1, "first"]],
    });
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it("runs a statement without arguments, as the adapter's BEGIN", () => {
    reusePreparedStatements(connection);
    connection.prepare("BEGIN").run();
    adapterQuery("INSERT INTO note (text) VALUES (?)", ["inside"]);
    connection.prepare("ROLLBACK").run();
    connection.prepare("BEGIN").run();
    connection.prepare("ROLLBACK").run();
    expect(adapterQuery("SELECT COUNT(*) FROM note", [])).toMatchObject({ rows: [[0]] });
  });

  it("can run a kept statement again after it failed", () => {
    reusePreparedStatements(connection);
    const insert = "INSERT INTO note (text) VALUES (?)";
    adapterQuery(insert, ["same"]);
    expect(() => adapterQuery(insert, ["same"])).toThrow(/UNIQUE/);
    expect(adapterQuery(insert, ["other"])).toMatchObject({ changes: 1 });
  });

  it("keeps at most the limit, letting the least recently used go", () => {
    const prepare = vi.spyOn(connection, "prepare");
    reusePreparedStatements(connection, 2);
    const select = (n: number) => adapterQuery(`SELECT ${n}`, []);
    select(1);
    select(2);
    select(1); // 2 is now the least recently used
    select(3); // lets 2 go
    select(1);
    expect(prepare).toHaveBeenCalledTimes(3);
    select(2);
    expect(prepare).toHaveBeenCalledTimes(4);
  });

  it("sees a table changed after the statement was kept", () => {
    reusePreparedStatements(connection);
    adapterQuery("INSERT INTO note (text) VALUES (?)", ["before"]);
    expect(adapterQuery("SELECT * FROM note", [])).toMatchObject({ columns: ["id", "text"] });
    connection.exec("ALTER TABLE note ADD COLUMN extra TEXT");
    expect(adapterQuery("SELECT * FROM note", [])).toEqual({
      columns: ["id", "text", "extra"],
      rows: [[1, "before", null]],
    });
  });
});

describe.skipIf(runsOnPostgres)("the app's SQLite connections", () => {
  let database: TestDatabase;
  beforeEach(() => {
    database = createTestDatabase();
  });
  afterEach(async () => {
    await database.dispose();
  });

  it("prepare each query's SQL once through Prisma", async () => {
    const prepare = vi.spyOn(Database.prototype, "prepare");
    const { client } = database;
    await client.section.create({ data: { name: "World", slug: "world" } });
    await client.section.findMany({ where: { slug: "world" } });
    const afterFirst = prepare.mock.calls.length;
    for (const slug of ["world", "business", "sport"]) {
      await client.section.findMany({ where: { slug } });
      await client.$transaction((tx) => tx.section.count());
    }
    await client.section.findMany({ where: { slug: "world" } });
    expect(afterFirst).toBeGreaterThan(0);
    // Only the transaction's own statements are new: its BEGIN, lock and COMMIT, and the count, once each.
    const later = prepare.mock.calls.slice(afterFirst).map(([sql]) => sql);
    expect(new Set(later).size).toBe(later.length);
    prepare.mockRestore();
  });
});
