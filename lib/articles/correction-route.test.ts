import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { addCorrectionRoute } from "@/lib/articles/correction-route";
import { ADD_CORRECTION_API } from "@/lib/articles/history-paths";
import { revalidate } from "@/lib/cache/revalidate";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { databaseFingerprint } from "@/lib/testing/database-fingerprint";
import { type Newsroom, seedNewsroom } from "@/lib/testing/newsroom";
import { request } from "@/lib/testing/request-doubles";

// The request around the route, as lib/security/*.test.ts stands it in; the database and the correction are real.
vi.mock("@/lib/db", async (original) => ({
  ...(await original<typeof import("@/lib/db")>()),
  db: (await import("@/lib/testing/request-doubles")).currentDatabase,
}));
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session")>()),
  ...(await import("@/lib/testing/request-doubles")).sessionLookups,
}));
vi.mock("@/lib/cache/revalidate", () => ({ revalidate: vi.fn() }));

const SITE = "http://localhost:3000";
const TEXT = "An earlier version gave the wrong date for the visit.";

let database: TestDatabase;
let newsroom: Newsroom;

beforeEach(async () => {
  process.env.SITE_URL = SITE;
  database = createTestDatabase();
  newsroom = await seedNewsroom(database.client);
  request.client = database.client;
  request.user = newsroom.users.EDITOR;
});

afterEach(async () => {
  vi.clearAllMocks();
  await database.dispose();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await addCorrectionRoute(
    new NextRequest(`${SITE}${ADD_CORRECTION_API}`, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", origin: SITE, ...headers },
    }),
  );
  return { status: response.status, body: await response.json() };
}

describe("the editor's corrections route", () => {
  it("adds the correction, answers it for the form to list, and expires the story's reader pages", async () => {
    const articleId = newsroom.storyIds.published;
    const { status, body } = await post({ articleId, text: `  ${TEXT} ` });
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, correction: { text: TEXT }, message: expect.stringContaining("added") });
    expect(new Date(body.correction.correctedAt).toISOString()).toBe(body.correction.correctedAt);
    const stored = await database.client.correction.findUniqueOrThrow({ where: { id: body.correction.id } });
    expect(stored).toMatchObject({ articleId, text: TEXT, createdById: newsroom.users.EDITOR.id });
    expect(await database.client.auditEvent.count({ where: { action: "article.correct" } })).toBe(1);
    expect(revalidate).toHaveBeenCalledWith({ articleIds: [articleId], taxonomy: false });
  });

  it("refuses a correction too short to say anything, naming the field, and writes nothing", async () => {
    const fingerprint = await databaseFingerprint(database.client);
    const before = await fingerprint();
    const { status, body } = await post({ articleId: newsroom.storyIds.published, text: "Typo." });
    expect(status).toBe(422);
    expect(body).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { text: expect.stringMatching(/at least/) },
    });
    expect(await fingerprint()).toEqual(before);
    expect(revalidate).not.toHaveBeenCalled();
  });

  it("refuses a story readers have not seen, and a writer, with the policy's words", async () => {
    const draft = await post({ articleId: newsroom.storyIds.writersDraft, text: TEXT });
    expect(draft.status).toBe(400);
    expect(draft.body).toMatchObject({ ok: false, error: "not_live" });

    request.user = newsroom.users.WRITER;
    const writer = await post({ articleId: newsroom.storyIds.published, text: TEXT });
    expect(writer.status).toBe(403);
    expect(writer.body).toMatchObject({ ok: false, error: "forbidden", message: expect.stringContaining("editors") });
    expect(await database.client.correction.count()).toBe(0);
  });

  it("refuses a request from another site's page before reading it", async () => {
    const forged = await post(
      { articleId: newsroom.storyIds.published, text: TEXT },
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    );
    expect(forged.status).toBe(403);
    expect(await database.client.correction.count()).toBe(0);
  });
});
