import os from "node:os";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { storageFailureOf, unlessStorageFails } from "@/lib/db-errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, runsOnPostgres, type TestDatabase } from "@/lib/testing/database";
import { errorOf } from "@/lib/testing/error-of";
import { makeReadOnly } from "@/lib/testing/read-only-file";

let database: TestDatabase | undefined;
let undoReadOnly: (() => void) | null = null;
afterEach(async () => {
  undoReadOnly?.();
  undoReadOnly = null;
  await database?.dispose();
  database = undefined;
  vi.restoreAllMocks();
});

const writeAudit = (client: PrismaClient) =>
  client.$transaction((tx) => tx.auditEvent.create({ data: { action: "test.write", details: "x".repeat(8000) } }));

describe.skipIf(runsOnPostgres)("storageFailureOf, on errors SQLite really raises through Prisma", () => {
  it("finds SQLITE_READONLY when the database file cannot be written", async (context) => {
    database = createTestDatabase();
    await database.client.$disconnect();
    undoReadOnly = makeReadOnly(database.file);
    if (!undoReadOnly) context.skip("this process can write to a file whatever its mode");
    const client = createPrismaClient(`file:${database.file}`);
    try {
      expect(await client.auditEvent.count()).toBe(0);
      expect(storageFailureOf(await errorOf(writeAudit(client)))).toEqual({
        kind: "unwritable",
        code: "SQLITE_READONLY",
        detail: "attempt to write a readonly database",
      });
    } finally {
      await client.$disconnect();
    }
  });

  it("finds SQLITE_FULL when the database may not grow", async () => {
    database = createTestDatabase();
    const pages = await database.client.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count");
    await database.client.$queryRawUnsafe(`PRAGMA max_page_count = ${pages[0]?.page_count}`);
    expect(storageFailureOf(await errorOf(writeAudit(database.client)))).toEqual({
      kind: "unwritable",
      code: "SQLITE_FULL",
      detail: "database or disk is full",
    });
  });

  it("finds SQLITE_BUSY when another process holds the write lock past busy_timeout", async () => {
    database = createTestDatabase();
    const otherProcess = new Database(database.file);
    otherProcess.exec("BEGIN IMMEDIATE");
    try {
      expect(storageFailureOf(await errorOf(writeAudit(database.client)))).toEqual({
        kind: "busy",
        code: "SQLITE_BUSY",
        detail: "database is locked",
      });
    } finally {
      otherProcess.exec("ROLLBACK");
      otherProcess.close();
    }
  }, 20_000);

  it("finds SQLITE_CANTOPEN when the database cannot be opened", async () => {
    // A folder where the file should be: SQLite cannot open it, whoever runs this.
    const client = createPrismaClient(`file:${os.tmpdir()}`);
    try {
      expect(storageFailureOf(await errorOf(client.auditEvent.count()))).toMatchObject({
        kind: "unwritable",
        code: "SQLITE_CANTOPEN",
      });
    } finally {
      await client.$disconnect();
    }
  });

  it("is null for the errors of a mistake in the code", async () => {
    database = createTestDatabase();
    const client = database.client;
    await client.auditEvent.create({ data: { id: "taken", action: "test.write" } });
    const mistakes = [
      await errorOf(client.auditEvent.create({ data: { id: "taken", action: "test.write" } })),
      await errorOf(client.$queryRawUnsafe(`SELECT * FROM "NoSuchTable"`)),
      await errorOf(client.$executeRawUnsafe(`INSERT INTO "SiteSettings" ("id") VALUES (1)`)),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/editor;307;" }),
      "a string",
      null,
    ];
    for (const mistake of mistakes) expect(storageFailureOf(mistake)).toBeNull();
  });
});

describe("storageFailureOf, on the other shapes the code can arrive in", () => {
  it("reads better-sqlite3's own errors, extended and unnamed codes included", () => {
    const ioError = new Database.SqliteError("disk I/O error", "SQLITE_IOERR_WRITE");
    expect(storageFailureOf(ioError)).toEqual({
      kind: "unwritable",
      code: "SQLITE_IOERR_WRITE",
      detail: "disk I/O error",
    });
    // 517 is SQLITE_BUSY_SNAPSHOT: 5 in the low byte.
    expect(storageFailureOf(new Database.SqliteError("locked", "UNKNOWN_SQLITE_ERROR_517"))?.kind).toBe("busy");
    expect(storageFailureOf(new Database.SqliteError("constraint", "SQLITE_CONSTRAINT_CHECK"))).toBeNull();
  });

  it("reads a disk that refuses a file write (an image upload) from Node's error", async () => {
    const { writeFile } = await import("node:fs/promises");
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
      syscall: "write",
    });
    expect(storageFailureOf(full)).toMatchObject({ kind: "unwritable", code: "ENOSPC" });
    // A missing folder is a mistake in the set-up, not a full disk.
    const missing = await errorOf(writeFile("/no-such-folder/for-byline/file", "x"));
    expect(storageFailureOf(missing)).toBeNull();
  });

  it("reads Prisma giving up waiting for the connection as busy, and no other transaction error", () => {
    const waited = Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), {
      code: "P2028",
    });
    expect(storageFailureOf(waited)?.kind).toBe("busy");
    const closed = Object.assign(new Error("Transaction API error: Transaction already closed."), { code: "P2028" });
    expect(storageFailureOf(closed)).toBeNull();
  });

  it("looks through a wrapper's cause, as Auth.js wraps what authorize() throws", () => {
    const full = new Database.SqliteError("database or disk is full", "SQLITE_FULL");
    expect(storageFailureOf(new Error("sign-in failed", { cause: { err: full } }))?.code).toBe("SQLITE_FULL");
    expect(storageFailureOf(new Error("outer", { cause: full }))?.code).toBe("SQLITE_FULL");
  });
});

describe("unlessStorageFails", () => {
  it("logs a write the disk refused and carries on", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const refused = new Database.SqliteError("attempt to write a readonly database", "SQLITE_READONLY");
    await expect(unlessStorageFails("Marking a session as seen", () => Promise.reject(refused))).resolves.toBe(
      undefined,
    );
    expect(log).toHaveBeenCalledExactlyOnceWith(
      "[storage] Marking a session as seen failed: SQLITE_READONLY: attempt to write a readonly database",
    );
  });

  it("throws any other error on", async () => {
    const bug = new TypeError("not a storage failure");
    await expect(unlessStorageFails("Marking a session as seen", () => Promise.reject(bug))).rejects.toBe(bug);
  });
});
