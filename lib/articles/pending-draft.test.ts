import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/articles/audit";
import { discardPendingDraft, pendingChangesForEditor, savePendingDraft } from "@/lib/articles/pending-draft";
import type { ArticleFormValues } from "@/lib/articles/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { storyForm } from "@/lib/testing/story-form";

const NOW = new Date("2026-03-01T12:00:00Z");

let database: TestDatabase;
let editor: StaffActor;
let writer: StaffActor;
let liveId: string;
let relatedId: string;

beforeEach(async () => {
  database = createTestDatabase();
  const { client } = database;
  const makeUser = async (name: string, role: StaffActor["role"]) => {
    const user = await client.user.create({
      data: { email: `${name.toLowerCase()}@example.com`, name, role, status: "ACTIVE" },
    });
    return { id: user.id, email: user.email, role };
  };
  editor = await makeUser("Elena", "EDITOR");
  writer = await makeUser("Walt", "WRITER");
  const article = (slug: string, createdById: string | null) =>
    client.article.create({
      data: {
        slug,
        headline: slug,
        body: JSON.stringify({ type: "doc", content: [] }),
        status: "PUBLISHED",
        publishedAt: new Date("2026-02-01T00:00:00Z"),
        createdById,
      },
    });
  liveId = (await article("ferries", writer.id)).id;
  relatedId = (await article("ferry-strike", null)).id;
});

afterEach(async () => {
  await database.dispose();
});

function fields(overrides: Partial<ArticleFormValues> = {}): ArticleFormValues {
  return storyForm({
    slug: "ferries",
    tags: ["Transport"],
    relatedIds: [relatedId],
    publishAt: "2026-02-01T00:00",
    ...overrides,
  });
}

describe("pending changes as the editor opens them", () => {
  it("are the form as typed, with the related stories' headlines and who saved them when", async () => {
    expect(await pendingChangesForEditor(database.client, liveId, NOW)).toBeNull();
    await savePendingDraft(database.client, editor, { articleId: liveId, baseVersion: 1, fields: fields() }, NOW);
    expect(await pendingChangesForEditor(database.client, liveId, NOW)).toEqual({
      values: fields(),
      related: [{ id: relatedId, headline: "ferry-strike", live: true }],
      heroPreview: null,
      savedBy: "Elena",
      savedAt: NOW,
      baseVersion: 1,
      stale: false,
    });
  });

  it("keep only the form's fields, whatever else the request carried", async () => {
    const padded = {
      ...fields(),
      status: "DRAFT",
      version: 99,
      body: { ...(fields().body as object), extra: 1n },
      headline: "  Ferries Run Every Forty Minutes ",
    };
    await savePendingDraft(database.client, editor, { articleId: liveId, baseVersion: 1, fields: padded }, NOW);
    const stored = await database.client.pendingDraft.findUniqueOrThrow({ where: { articleId: liveId } });
    expect(JSON.parse(stored.fields)).toEqual(fields());
  });

  it("are stale once the story is saved past the version they were made on", async () => {
    await savePendingDraft(database.client, editor, { articleId: liveId, baseVersion: 1, fields: fields() }, NOW);
    await database.client.article.update({ where: { id: liveId }, data: { version: 2 } });
    expect(await pendingChangesForEditor(database.client, liveId, NOW)).toMatchObject({ baseVersion: 1, stale: true });
  });

  it("leave out a related story deleted since", async () => {
    await savePendingDraft(database.client, editor, { articleId: liveId, baseVersion: 1, fields: fields() }, NOW);
    await database.client.article.delete({ where: { id: relatedId } });
    expect(await pendingChangesForEditor(database.client, liveId, NOW)).toMatchObject({ related: [] });
  });
});

describe("discarding pending changes", () => {
  it("deletes them for whoever may edit the story, and no other story's", async () => {
    await savePendingDraft(database.client, editor, { articleId: liveId, baseVersion: 1, fields: fields() }, NOW);
    await database.client.pendingDraft.create({
      data: { articleId: relatedId, baseVersion: 1, fields: "{}", savedById: editor.id, savedAt: NOW },
    });
    expect(await discardPendingDraft(database.client, editor, { articleId: liveId }, NOW)).toMatchObject({ ok: true });
    expect((await database.client.pendingDraft.findMany()).map((row) => row.articleId)).toEqual([relatedId]);
    const event = await database.client.auditEvent.findFirstOrThrow({ where: { action: "article.autosave_discard" } });
    expect(event).toMatchObject({ actorId: editor.id, targetType: "article", targetId: liveId });
    expect(JSON.parse(event.details)).toEqual({ savedBy: "Elena", savedById: editor.id, savedAt: NOW.toISOString() });

    // Nothing left to discard: nothing to record.
    expect(await discardPendingDraft(database.client, editor, { articleId: liveId }, NOW)).toMatchObject({ ok: true });
    expect(await database.client.auditEvent.count({ where: { action: "article.autosave_discard" } })).toBe(1);
  });

  it("is refused to a writer once their story is published, recording the refusal only", async () => {
    await savePendingDraft(database.client, editor, { articleId: liveId, baseVersion: 1, fields: fields() }, NOW);
    const outcome = await discardPendingDraft(database.client, writer, { articleId: liveId }, NOW);
    expect(outcome).toMatchObject({ ok: false, error: "forbidden" });
    expect(await database.client.pendingDraft.count()).toBe(1);
    expect(await database.client.auditEvent.count({ where: { action: "article.denied" } })).toBe(1);
  });

  it("is refused while someone else holds the story's lock", async () => {
    await savePendingDraft(database.client, editor, { articleId: liveId, baseVersion: 1, fields: fields() }, NOW);
    await database.client.storyLock.create({
      data: { articleId: liveId, userId: writer.id, tabId: "a-tab", acquiredAt: NOW, heartbeatAt: NOW },
    });
    expect(await discardPendingDraft(database.client, editor, { articleId: liveId }, NOW)).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await database.client.pendingDraft.count()).toBe(1);
  });

  it("says so for a story that is gone", async () => {
    expect(await discardPendingDraft(database.client, editor, { articleId: "gone" }, NOW)).toMatchObject({
      ok: false,
      error: "not_found",
    });
  });
});
