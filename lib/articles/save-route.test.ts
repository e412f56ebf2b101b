import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SIGNED_OUT_MESSAGE } from "@/lib/actions/define-action";
import { STAFF_REQUEST_LIMIT_BYTES } from "@/lib/actions/define-route";
import { SAVE_STORY_API } from "@/lib/articles/history-paths";
import { saveStoryRoute } from "@/lib/articles/save-route";
import type { SaveRequest } from "@/lib/articles/schema";
import { revalidate } from "@/lib/cache/revalidate";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { databaseFingerprint } from "@/lib/testing/database-fingerprint";
import { type Newsroom, seedNewsroom } from "@/lib/testing/newsroom";
import { request } from "@/lib/testing/request-doubles";
import { storyForm } from "@/lib/testing/story-form";

// The request around the route, as lib/security/*.test.ts stands it in; the database and the save are real.
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

function post(body: string, headers: Record<string, string> = {}) {
  return saveStoryRoute(
    new NextRequest(`${SITE}${SAVE_STORY_API}`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", origin: SITE, ...headers },
    }),
  );
}

const newStory = (): SaveRequest => ({
  articleId: null,
  baseVersion: null,
  action: "save",
  fields: storyForm({ sectionId: newsroom.sectionIds.world, bylines: [{ kind: "agency", name: "Reuters" }] }),
});

async function answerOf(response: Response) {
  return { status: response.status, body: await response.json() };
}

describe("the story editor's save route", () => {
  it("saves, and answers the outcome as the editor reads it", async () => {
    const { status, body } = await answerOf(await post(JSON.stringify(newStory())));
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, created: true, story: { version: 1, status: "DRAFT" } });
    expect(await database.client.article.count({ where: { id: body.story.id } })).toBe(1);
  });

  it("expires the reader pages a live save changed", async () => {
    const live = { id: newsroom.storyIds.published, slug: "colleagues-story" };
    const stored = await database.client.article.findUniqueOrThrow({ where: { id: live.id } });
    const save: SaveRequest = {
      articleId: live.id,
      baseVersion: stored.version,
      action: "save",
      fields: storyForm({
        slug: live.slug,
        sectionId: newsroom.sectionIds.world,
        bylines: [{ kind: "agency", name: "Reuters" }],
        publishAt: "2026-01-05T09:00",
      }),
    };
    const { status, body } = await answerOf(await post(JSON.stringify(save)));
    expect(status, JSON.stringify(body)).toBe(200);
    expect(revalidate).toHaveBeenCalledExactlyOnceWith({ articleIds: [live.id], taxonomy: false });
  });

  it("answers each refusal with its status and message, and writes nothing", async () => {
    const fingerprint = await databaseFingerprint(database.client);
    const before = await fingerprint();

    expect(await answerOf(await post("{not json"))).toMatchObject({ status: 422, body: { error: "invalid" } });
    const tooLarge = JSON.stringify({ ...newStory(), padding: "x".repeat(STAFF_REQUEST_LIMIT_BYTES) });
    expect(await answerOf(await post(tooLarge))).toMatchObject({ status: 413, body: { error: "too_large" } });
    expect(await answerOf(await post(JSON.stringify({ articleId: 7 })))).toMatchObject({
      status: 422,
      body: { ok: false, error: "invalid" },
    });
    const stale = { ...newStory(), articleId: newsroom.storyIds.published, baseVersion: 999 };
    expect(await answerOf(await post(JSON.stringify(stale)))).toMatchObject({
      status: 409,
      body: { error: "conflict" },
    });
    const gone = { ...newStory(), articleId: "no-such-story", baseVersion: 1 };
    expect(await answerOf(await post(JSON.stringify(gone)))).toMatchObject({
      status: 404,
      body: { error: "not_found" },
    });
    expect(
      await answerOf(await post(JSON.stringify(newStory()), { origin: "https://elsewhere.example" })),
    ).toMatchObject({ status: 403, body: { error: "forbidden" } });
    request.user = null;
    expect(await answerOf(await post(JSON.stringify(newStory())))).toEqual({
      status: 401,
      body: { ok: false, error: "signed_out", message: SIGNED_OUT_MESSAGE },
    });
    // Signed out, a body is not even read: the answer is the same for one past the limit.
    expect(await answerOf(await post(tooLarge))).toMatchObject({ status: 401, body: { error: "signed_out" } });

    expect(await fingerprint()).toEqual(before);
    expect(revalidate).not.toHaveBeenCalled();
  });
});
