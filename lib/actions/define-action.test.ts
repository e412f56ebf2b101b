import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineAction, defineFormAction } from "@/lib/actions/define-action";
import { saveArticle } from "@/lib/articles/save";
import type { SaveRequest } from "@/lib/articles/schema";
import { createPrismaClient } from "@/lib/db";
import { failure, success } from "@/lib/forms/form-results";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, runsOnPostgres, type TestDatabase } from "@/lib/testing/database";
import { databaseFingerprint } from "@/lib/testing/database-fingerprint";
import { type Newsroom, seedNewsroom } from "@/lib/testing/newsroom";
import { makeReadOnly } from "@/lib/testing/read-only-file";
import { request } from "@/lib/testing/request-doubles";
import { storyForm } from "@/lib/testing/story-form";

// The request around an action, as lib/security/*.test.ts stands it in; the database and the save are real.
vi.mock("@/lib/db", async (original) => ({
  ...(await original<typeof import("@/lib/db")>()),
  db: (await import("@/lib/testing/request-doubles")).currentDatabase,
}));
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session")>()),
  ...(await import("@/lib/testing/request-doubles")).sessionLookups,
}));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: vi.fn() }));
vi.mock("@/lib/cache/revalidate", () => ({ revalidate: vi.fn() }));

const CANNOT_WRITE =
  "Byline could not save: the database cannot be written just now (the disk may be full or read-only). Nothing was changed; your text is still here. Try again, or tell an administrator.";
const BUSY =
  "Byline could not save: the database is busy just now. Nothing was changed; your text is still here. Try again in a moment, or tell an administrator if it keeps happening.";

let database: TestDatabase;
let newsroom: Newsroom;
let log: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  database = createTestDatabase();
  newsroom = await seedNewsroom(database.client);
  request.client = database.client;
  request.user = newsroom.users.EDITOR;
  log = vi.spyOn(console, "error").mockImplementation(() => {});
});

afterEach(async () => {
  vi.restoreAllMocks();
  request.client = null;
  await database.dispose();
});

/** The editor's save with defineAction's steps (lib/articles/save-route.ts runs the same), on a database of the test's choosing. */
function saveStoryOn(client: PrismaClient) {
  return defineAction({
    policy: "checked-by-handler",
    input: z.custom<SaveRequest>(),
    handler: (input, { actor, ip }) => saveArticle(client, actor, input, { ip }),
  });
}

/** A new story whose body needs pages of its own, so saving it must grow the database. */
function newStory(): SaveRequest {
  const paragraph = { type: "paragraph", content: [{ type: "text", text: "The timetable changes. ".repeat(400) }] };
  return {
    articleId: null,
    baseVersion: null,
    action: "save",
    fields: storyForm({
      sectionId: newsroom.sectionIds.world,
      bylines: [{ kind: "agency", name: "Reuters" }],
      body: { type: "doc", content: Array.from({ length: 4 }, () => paragraph) },
    }),
  };
}

async function countRows(client: PrismaClient) {
  const [articles, revisions, auditEvents] = await Promise.all([
    client.article.count(),
    client.revision.count(),
    client.auditEvent.count(),
  ]);
  return { articles, revisions, auditEvents };
}

async function pageCount(client: PrismaClient): Promise<bigint> {
  const [row] = await client.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count");
  return row?.page_count ?? 0n;
}

describe.skipIf(runsOnPostgres)("defineAction, when SQLite refuses the write", () => {
  it("answers a save on a full disk with a clear refusal, and writes nothing", async () => {
    const { client } = database;
    const fingerprint = await databaseFingerprint(client);
    const before = { rows: await countRows(client), everything: await fingerprint() };
    // The database may not grow past the pages it has: what a full disk does to a write.
    await client.$queryRawUnsafe(`PRAGMA max_page_count = ${await pageCount(client)}`);

    const answer = await saveStoryOn(client)(newStory());

    expect(answer).toEqual({ ok: false, error: "storage", message: CANNOT_WRITE });
    expect(await countRows(client)).toEqual(before.rows);
    expect(await fingerprint()).toEqual(before.everything);
    expect(log).toHaveBeenCalledExactlyOnceWith(
      "[storage] A server action's write failed: SQLITE_FULL: database or disk is full",
    );

    // Room again: the same save goes through on the same connection, so the refusal left nothing open.
    await client.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
    expect(await saveStoryOn(client)(newStory())).toMatchObject({ ok: true, created: true });
    expect(await countRows(client)).toMatchObject({
      articles: before.rows.articles + 1,
      revisions: before.rows.revisions + 1,
    });
  });

  it("answers a save on a read-only database with the same refusal", async (context) => {
    await database.client.$disconnect();
    const undo = makeReadOnly(database.file);
    if (!undo) context.skip("this process can write to a file whatever its mode");
    const readOnly = createPrismaClient(`file:${database.file}`);
    try {
      const before = await countRows(readOnly);
      expect(await saveStoryOn(readOnly)(newStory())).toEqual({ ok: false, error: "storage", message: CANNOT_WRITE });
      expect(await countRows(readOnly)).toEqual(before);
      expect(log).toHaveBeenCalledExactlyOnceWith(expect.stringContaining("SQLITE_READONLY"));
    } finally {
      await readOnly.$disconnect();
      undo?.();
    }
  });

  it("says the database is busy when another process holds the write lock", async () => {
    const before = await countRows(database.client);
    const otherProcess = new Database(database.file);
    otherProcess.exec("BEGIN IMMEDIATE");
    try {
      expect(await saveStoryOn(database.client)(newStory())).toEqual({ ok: false, error: "storage", message: BUSY });
    } finally {
      otherProcess.exec("ROLLBACK");
      otherProcess.close();
    }
    expect(await countRows(database.client)).toEqual(before);
    expect(log).toHaveBeenCalledExactlyOnceWith(expect.stringContaining("SQLITE_BUSY"));
  }, 20_000);

  it("lets any other error through, as the bug it is", async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    const broken = defineAction({
      policy: "checked-by-handler",
      input: z.object({}),
      handler: async () => {
        throw bug;
      },
    });
    await expect(broken({})).rejects.toBe(bug);
    expect(log).not.toHaveBeenCalled();
  });
});

describe.skipIf(runsOnPostgres)("defineFormAction, when SQLite refuses the write", () => {
  const renameSection = (client: PrismaClient) =>
    defineFormAction({
      policy: "taxonomy.manage",
      fields: ["name"],
      input: z.object({ name: z.string().min(1) }),
      handler: async ({ name }) => {
        await client.$transaction((tx) =>
          tx.section.update({ where: { id: newsroom.sectionIds.world }, data: { name: name.repeat(2000) } }),
        );
        return name ? success("Renamed.") : failure("No name.");
      },
    });

  it("answers with the message and keeps what was typed", async () => {
    request.user = newsroom.users.ADMIN;
    const { client } = database;
    await client.$queryRawUnsafe(`PRAGMA max_page_count = ${await pageCount(client)}`);
    const form = new FormData();
    form.set("name", "World news ");
    expect(await renameSection(client)({ status: "idle" }, form)).toEqual({
      status: "error",
      message: CANNOT_WRITE,
      values: { name: "World news " },
    });
    expect((await client.section.findUniqueOrThrow({ where: { id: newsroom.sectionIds.world } })).name).toBe("World");
  });
});
