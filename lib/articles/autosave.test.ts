import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/articles/audit";
import { autosaveArticle } from "@/lib/articles/autosave";
import { type SaveOutcome, saveArticle } from "@/lib/articles/save";
import type { SaveRequest } from "@/lib/articles/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { storyForm } from "@/lib/testing/story-form";

const NOW = new Date("2026-03-01T12:00:00Z");

let database: TestDatabase;
let editor: StaffActor;
let writer: StaffActor;
let otherWriter: StaffActor;

beforeEach(async () => {
  database = createTestDatabase();
  const makeUser = async (name: string, role: StaffActor["role"]) => {
    const user = await database.client.user.create({
      data: { email: `${name.toLowerCase()}@example.com`, name, role, status: "ACTIVE" },
    });
    return { id: user.id, email: user.email, role };
  };
  editor = await makeUser("Elena", "EDITOR");
  writer = await makeUser("Walt", "WRITER");
  otherWriter = await makeUser("Olga", "WRITER");
});

afterEach(async () => {
  await database.dispose();
});

async function saved(outcome: Promise<SaveOutcome>) {
  const result = await outcome;
  if (!result.ok) throw new Error(`expected a save, got ${result.error}: ${result.message}`);
  return result.story;
}

/** A story by `author`, saved with `action` by `by`. */
async function story(author: StaffActor, action: SaveRequest["action"] = "save", by: StaffActor = author) {
  const draft = await saved(
    saveArticle(
      database.client,
      author,
      { articleId: null, baseVersion: null, action: "save", fields: storyForm() },
      { now: NOW },
    ),
  );
  if (action === "save") return draft;
  const publishAt = action === "schedule" ? "2026-03-02T09:00" : "";
  return saved(
    saveArticle(
      database.client,
      by,
      { articleId: draft.id, baseVersion: draft.version, action, fields: storyForm({ publishAt }) },
      { now: NOW },
    ),
  );
}

/** Everything an autosave could touch. */
async function everything() {
  const { client } = database;
  return {
    articles: await client.article.findMany({ orderBy: { id: "asc" } }),
    revisions: await client.revision.findMany({ orderBy: [{ articleId: "asc" }, { version: "asc" }] }),
    pending: await client.pendingDraft.findMany(),
    audit: await client.auditEvent.count(),
  };
}

const typed = storyForm({ headline: "Ferries Run Every Forty Minutes From November", dek: "Longer waits." });

describe("autosaving a story readers do not see", () => {
  it("saves it as a revision marked as an autosave, and leaves it a draft", async () => {
    const draft = await story(writer);
    const outcome = await autosaveArticle(
      database.client,
      writer,
      { articleId: draft.id, baseVersion: draft.version, fields: typed },
      { now: NOW },
    );
    expect(outcome).toMatchObject({ ok: true, kind: "revision", version: draft.version + 1 });
    const article = await database.client.article.findUniqueOrThrow({ where: { id: draft.id } });
    expect(article).toMatchObject({
      headline: typed.headline,
      dek: "Longer waits.",
      status: "DRAFT",
      publishedAt: null,
    });
    const revisions = await database.client.revision.findMany({
      where: { articleId: draft.id },
      orderBy: { version: "asc" },
    });
    expect(revisions.map((revision) => [revision.version, revision.autosave])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(await database.client.pendingDraft.count()).toBe(0);
  });

  it("never publishes, even with a publication time that has passed", async () => {
    const draft = await story(editor);
    const outcome = await autosaveArticle(
      database.client,
      editor,
      { articleId: draft.id, baseVersion: draft.version, fields: storyForm({ publishAt: "2026-02-01T09:00" }) },
      { now: NOW },
    );
    expect(outcome.ok).toBe(true);
    const article = await database.client.article.findUniqueOrThrow({ where: { id: draft.id } });
    expect(article.status).toBe("DRAFT");
    expect(article.firstPublishedAt).toBeNull();
    expect(await database.client.auditEvent.count({ where: { action: "article.publish" } })).toBe(0);
  });
});

describe("autosaving a live story", () => {
  it.each(["publish", "schedule"] as const)(
    "after %s: keeps the form as pending changes and leaves the story and its revisions untouched",
    async (action) => {
      const live = await story(writer, action, editor);
      const before = await everything();
      const outcome = await autosaveArticle(
        database.client,
        editor,
        { articleId: live.id, baseVersion: live.version, fields: typed },
        { now: NOW },
      );
      expect(outcome).toEqual({ ok: true, kind: "pending" });
      const after = await everything();
      expect(after.articles).toEqual(before.articles);
      expect(after.revisions).toEqual(before.revisions);
      expect(after.pending).toEqual([
        {
          articleId: live.id,
          baseVersion: live.version,
          fields: JSON.stringify(typed),
          savedById: editor.id,
          savedAt: NOW,
        },
      ]);
    },
  );

  it("replaces its own pending changes on the next autosave", async () => {
    const live = await story(writer, "publish", editor);
    const request = { articleId: live.id, baseVersion: live.version };
    await autosaveArticle(database.client, editor, { ...request, fields: typed }, { now: NOW });
    const later = storyForm({ headline: "Ferries Run Every Half Hour" });
    await autosaveArticle(database.client, editor, { ...request, fields: later }, { now: NOW });
    const pending = await database.client.pendingDraft.findMany();
    expect(pending.map((row) => JSON.parse(row.fields).headline)).toEqual(["Ferries Run Every Half Hour"]);
  });

  it.each(["save", "unpublish"] as const)("drops the pending changes when the story is then %sd", async (action) => {
    const live = await story(writer, "publish", editor);
    await autosaveArticle(
      database.client,
      editor,
      { articleId: live.id, baseVersion: live.version, fields: typed },
      { now: NOW },
    );
    expect(await database.client.pendingDraft.count()).toBe(1);
    const publishAt = (await database.client.article.findUniqueOrThrow({ where: { id: live.id } })).publishedAt;
    expect(publishAt).not.toBeNull();
    await saved(
      saveArticle(
        database.client,
        editor,
        { articleId: live.id, baseVersion: live.version, action, fields: { ...typed, publishAt: "2026-03-01T12:00" } },
        { now: NOW },
      ),
    );
    expect(await database.client.pendingDraft.count()).toBe(0);
  });
});

describe("an autosave that writes nothing", () => {
  it.each(["save", "publish"] as const)(
    "a form older than the story (%s): the conflict, naming who saved",
    async (action) => {
      // A draft saved twice; a story saved, then published.
      const current =
        action === "save"
          ? await saved(
              saveArticle(
                database.client,
                editor,
                { articleId: (await story(writer)).id, baseVersion: 1, action, fields: storyForm() },
                { now: NOW },
              ),
            )
          : await story(writer, action, editor);
      const before = await everything();
      const outcome = await autosaveArticle(
        database.client,
        editor,
        { articleId: current.id, baseVersion: current.version - 1, fields: typed },
        { now: NOW },
      );
      expect(outcome).toMatchObject({
        ok: false,
        error: "conflict",
        latestVersion: current.version,
        message: expect.stringMatching(/saved this story at .+, after you opened it/),
      });
      expect(await everything()).toEqual(before);
    },
  );

  it.each(["save", "publish"] as const)("invalid fields (%s): says which and why", async (action) => {
    const current = await story(writer, action, editor);
    const before = await everything();
    const outcome = await autosaveArticle(
      database.client,
      editor,
      { articleId: current.id, baseVersion: current.version, fields: storyForm({ headline: " ", sectionId: "gone" }) },
      { now: NOW },
    );
    expect(outcome).toMatchObject({ ok: false, error: "invalid", fieldErrors: { headline: "Headline is required." } });
    expect(await everything()).toEqual(before);
  });

  it("a section that no longer exists, on a live story", async () => {
    const live = await story(writer, "publish", editor);
    const before = await everything();
    const outcome = await autosaveArticle(
      database.client,
      editor,
      { articleId: live.id, baseVersion: live.version, fields: storyForm({ sectionId: "gone" }) },
      { now: NOW },
    );
    expect(outcome).toMatchObject({ ok: false, error: "invalid", fieldErrors: { sectionId: expect.any(String) } });
    expect(await everything()).toEqual(before);
  });

  it("a request that is not understood", async () => {
    const before = await everything();
    const outcome = await autosaveArticle(database.client, editor, { articleId: "", baseVersion: "one" });
    expect(outcome).toMatchObject({ ok: false, error: "invalid" });
    expect(await everything()).toEqual(before);
  });

  it("a story that is gone", async () => {
    const outcome = await autosaveArticle(database.client, editor, {
      articleId: "gone",
      baseVersion: 1,
      fields: typed,
    });
    expect(outcome).toMatchObject({ ok: false, error: "not_found" });
  });
});

describe("who may autosave", () => {
  const cases: [string, () => StaffActor, () => StaffActor, SaveRequest["action"]][] = [
    ["another writer's draft", () => otherWriter, () => writer, "save"],
    ["a writer's own story once published", () => writer, () => writer, "publish"],
    ["another writer's published story", () => otherWriter, () => writer, "publish"],
  ];

  it.each(cases)(
    "a writer is refused %s, and nothing but the refusal is recorded",
    async (_name, actor, author, action) => {
      const current = await story(author(), action, editor);
      const before = await everything();
      const outcome = await autosaveArticle(
        database.client,
        actor(),
        { articleId: current.id, baseVersion: current.version, fields: typed },
        { now: NOW },
      );
      expect(outcome).toMatchObject({ ok: false, error: "forbidden" });
      const after = await everything();
      expect({ ...after, audit: 0 }).toEqual({ ...before, audit: 0 });
      expect(after.audit).toBe(before.audit + 1);
    },
  );

  it("nobody autosaves a story someone else is editing (holds its lock)", async () => {
    const live = await story(writer, "publish", editor);
    await database.client.storyLock.create({
      data: { articleId: live.id, userId: writer.id, tabId: "a-tab", acquiredAt: NOW, heartbeatAt: NOW },
    });
    const before = await everything();
    const outcome = await autosaveArticle(
      database.client,
      editor,
      { articleId: live.id, baseVersion: live.version, fields: typed },
      { now: NOW },
    );
    expect(outcome).toMatchObject({
      ok: false,
      error: "forbidden",
      message: expect.stringMatching(/is editing this story/),
    });
    expect(await everything()).toEqual(before);
  });
});
