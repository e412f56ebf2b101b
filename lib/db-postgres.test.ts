import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { storageFailureOf } from "@/lib/db-errors";
import { WRITE_LOCK_KEY } from "@/lib/db-postgres";
import { createTestDatabase, runsOnPostgres, type TestDatabase } from "@/lib/testing/database";
import { errorOf } from "@/lib/testing/error-of";

let database: TestDatabase;

describe.skipIf(!runsOnPostgres)("the PostgreSQL connection", () => {
  beforeAll(() => {
    database = createTestDatabase();
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("stores a NUL as U+FFFD instead of failing, inside and outside transactions", async () => {
    const tag = await database.client.tag.create({ data: { name: "a\u0000b", slug: "a-b" } });
    expect(tag.name).toBe("a\uFFFDb");
    expect(await database.client.tag.findUnique({ where: { id: "\u0000" } })).toBeNull();
    const renamed = await database.client.$transaction((tx) =>
      tx.tag.update({ where: { id: tag.id }, data: { name: "\u0000\u0000" } }),
    );
    expect(renamed.name).toBe("\uFFFD\uFFFD");
  });

  it("lets writers take turns: a transaction waits for another's advisory lock, then sees its write", async () => {
    const order: string[] = [];
    let releaseFirst = () => {};
    const firstHolds = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    // A second client on the same database, as another app server would have.
    const second = createPrismaClient(database.url);
    const first = database.client.$transaction(async (tx) => {
      await tx.section.create({ data: { name: "First", slug: "first" } });
      order.push("first wrote");
      await firstHolds;
      order.push("first commits");
    });
    // Give the first transaction time to take the lock.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const secondDone = second.$transaction(async (tx) => {
      order.push("second started");
      return tx.section.count({ where: { slug: "first" } });
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    releaseFirst();
    await first;
    expect(await secondDone).toBe(1);
    expect(order).toEqual(["first wrote", "first commits", "second started"]);
    await second.$disconnect();
  });

  it("reports a write lock held past lock_timeout as busy, and a read-only database as unwritable", async () => {
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`);
      const busy = await errorOf(database.client.$transaction((tx) => tx.tag.count()));
      expect(storageFailureOf(busy)).toMatchObject({ kind: "busy", code: "55P03" });
      await holder.query("ROLLBACK");

      await holder.query(
        `ALTER DATABASE "${new URL(database.url).pathname.slice(1)}" SET default_transaction_read_only = on`,
      );
      const readOnly = createPrismaClient(database.url);
      try {
        const refused = await errorOf(readOnly.tag.create({ data: { name: "Nope", slug: "nope" } }));
        expect(storageFailureOf(refused)).toMatchObject({ kind: "unwritable", code: "25006" });
      } finally {
        await readOnly.$disconnect();
      }
    } finally {
      await holder.end();
    }
  }, 20_000);
});
