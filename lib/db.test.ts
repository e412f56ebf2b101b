import { execFileSync, spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, runsOnPostgres, type TestDatabase } from "@/lib/testing/database";

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.dispose();
  database = undefined;
});

async function pragma(name: string): Promise<unknown> {
  const rows = await database!.client.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
  const value = Object.values(rows[0] ?? {})[0];
  return typeof value === "bigint" ? Number(value) : value;
}

describe.skipIf(runsOnPostgres)("every SQLite connection", () => {
  it("runs with the settings the README explains", async () => {
    database = createTestDatabase();
    expect(await pragma("journal_mode")).toBe("wal");
    expect(await pragma("synchronous")).toBe(2); // FULL
    expect(await pragma("busy_timeout")).toBe(5000);
    expect(await pragma("foreign_keys")).toBe(1);
    expect(await pragma("wal_autocheckpoint")).toBe(1000);
    expect(await pragma("journal_size_limit")).toBe(64 * 1024 * 1024);
  });

  it("is closed when the process exits, so the WAL is checkpointed and removed", async () => {
    database = createTestDatabase();
    const wal = `${database.file}-wal`;
    // A process that writes and exits without disconnecting, as Next does after SIGTERM.
    const script = [
      "(async () => {",
      `const { createPrismaClient } = await import(${JSON.stringify(path.resolve("lib/db.ts"))});`,
      `const client = createPrismaClient(${JSON.stringify(`file:${database.file}`)});`,
      `await client.$executeRawUnsafe("CREATE TABLE probe (word TEXT)");`,
      `await client.$executeRawUnsafe("INSERT INTO probe (word) VALUES ('kept')");`,
      "const fs = await import('node:fs');",
      `console.log(fs.statSync(${JSON.stringify(wal)}).size);`,
      "process.exit(0);",
      "})();",
    ].join("\n");
    const walWhileRunning = execFileSync("npx", ["tsx", "--conditions=react-server", "--eval", script], {
      encoding: "utf8",
    });
    expect(Number(walWhileRunning)).toBeGreaterThan(0);
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    expect(await database.client.$queryRawUnsafe("SELECT word FROM probe")).toEqual([{ word: "kept" }]);
  });
});

describe("a transaction in progress", () => {
  async function withOpenTransaction(during: () => Promise<void>): Promise<void> {
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    let begun!: () => void;
    const begin = new Promise<void>((resolve) => {
      begun = resolve;
    });
    const transaction = database!.client.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("INSERT INTO probe (word) VALUES ('uncommitted')");
      begun();
      await finished;
      throw new Error("the save failed");
    });
    await begin;
    const outside = during();
    // Give the query outside every chance to run while the transaction is still open.
    await new Promise((resolve) => setTimeout(resolve, 50));
    finish();
    await expect(transaction).rejects.toThrow("the save failed");
    await outside;
  }

  it("is not seen by a query made outside it, and does not take that query's write down with it", async () => {
    database = createTestDatabase();
    await database.client.$executeRawUnsafe("CREATE TABLE probe (word TEXT)");
    let seen: unknown;
    await withOpenTransaction(async () => {
      seen = await database!.client.$queryRawUnsafe("SELECT word FROM probe");
      await database!.client.$executeRawUnsafe("INSERT INTO probe (word) VALUES ('acknowledged')");
    });
    expect(seen).toEqual([]);
    expect(await database.client.$queryRawUnsafe("SELECT word FROM probe")).toEqual([{ word: "acknowledged" }]);
  });
});

describe.skipIf(runsOnPostgres)("a SQLite transaction that reads before it writes", () => {
  it("waits for another process's write lock instead of failing at once, and without blocking the server", async () => {
    database = createTestDatabase();
    await database.client.$executeRawUnsafe("CREATE TABLE probe (word TEXT)");
    await database.client.$queryRawUnsafe("SELECT COUNT(*) FROM probe");
    // Another program (an import, a script) holds the write lock for half a second.
    const holder = spawn(process.execPath, [
      "-e",
      [
        `const db = new (require(${JSON.stringify(require.resolve("better-sqlite3"))}))(${JSON.stringify(database.file)});`,
        "db.exec(\"BEGIN IMMEDIATE; INSERT INTO probe (word) VALUES ('imported')\");",
        "console.log('locked');",
        "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);",
        "db.exec('COMMIT'); db.close();",
      ].join("\n"),
    ]);
    const holderDone = new Promise((resolve) => holder.once("exit", resolve));
    await new Promise<void>((resolve) => holder.stdout.once("data", () => resolve()));

    // The server goes on answering while the save waits: its event loop is not blocked.
    let ticks = 0;
    const ticker = setInterval(() => {
      ticks++;
    }, 10);
    await database.client.$transaction(async (tx) => {
      await tx.$queryRawUnsafe("SELECT COUNT(*) FROM probe");
      await tx.$executeRawUnsafe("INSERT INTO probe (word) VALUES ('saved')");
    });
    clearInterval(ticker);
    await holderDone;
    expect(ticks).toBeGreaterThan(10);
    expect(await database.client.$queryRawUnsafe("SELECT word FROM probe ORDER BY rowid")).toEqual([
      { word: "imported" },
      { word: "saved" },
    ]);
  });
});
