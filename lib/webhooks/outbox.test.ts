import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/articles/audit";
import { addCorrection } from "@/lib/articles/corrections";
import { deleteArticle } from "@/lib/articles/delete";
import { instantToNewsroomTime } from "@/lib/articles/publication-time";
import { saveArticle } from "@/lib/articles/save";
import type { ArticleFormValues } from "@/lib/articles/schema";
import type { SaveAction } from "@/lib/articles/workflow";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { storyForm } from "@/lib/testing/story-form";
import { dispatchDueEvents } from "./dispatch";

const NOW = new Date("2026-12-04T12:00:00Z");
const LATER = new Date("2026-12-05T08:00:00Z");

let database: TestDatabase;
let editor: StaffActor;

beforeEach(async () => {
  database = createTestDatabase();
  const user = await database.client.user.create({
    data: { email: "editor@example.com", name: "Elena", role: "EDITOR", status: "ACTIVE" },
  });
  editor = { id: user.id, email: user.email, role: "EDITOR" };
});

afterEach(async () => {
  await database.dispose();
});

let version: number | null = null;
let articleId: string | null = null;

const HEADLINE = "Ferries Run Every Forty Minutes";

async function press(
  action: SaveAction,
  now: Date,
  publishAt: Date | null = null,
  changes: Partial<ArticleFormValues> = {},
) {
  const outcome = await saveArticle(
    database.client,
    editor,
    {
      articleId,
      baseVersion: version,
      action,
      fields: storyForm({ publishAt: publishAt ? instantToNewsroomTime(publishAt, "UTC") : "", ...changes }),
    },
    { now },
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  articleId = outcome.story.id;
  version = outcome.story.version;
}

/** The outbox as [type, when it may be sent, the headline it names]. */
async function outbox() {
  const events = await database.client.webhookEvent.findMany({ orderBy: [{ availableAt: "asc" }, { id: "asc" }] });
  return events.map((event) => {
    expect(event.dispatchedAt).toBeNull();
    return [event.type, event.availableAt.toISOString(), JSON.parse(event.subject).headline];
  });
}

beforeEach(() => {
  version = null;
  articleId = null;
});

describe("the webhook outbox", () => {
  it("records what readers see happen to a story, each in the change's own transaction", async () => {
    await press("save", NOW);
    expect(await outbox()).toEqual([]);
    await press("publish", NOW);
    await press("save", new Date(NOW.getTime() + 60_000), NOW);
    await addCorrection(
      database.client,
      editor,
      { articleId, text: "An earlier version gave the wrong day." },
      { now: LATER },
    );
    // Unpublished with a new headline readers never saw: the event names the story as they knew it.
    await press("unpublish", LATER, null, { headline: "Ferries Cut to Once an Hour" });
    expect(await outbox()).toEqual([
      ["story.published", NOW.toISOString(), HEADLINE],
      ["story.updated", "2026-12-04T12:01:00.000Z", HEADLINE],
      ["correction.added", LATER.toISOString(), HEADLINE],
      ["story.unpublished", LATER.toISOString(), HEADLINE],
    ]);
    const correction = await database.client.webhookEvent.findFirstOrThrow({ where: { type: "correction.added" } });
    expect(JSON.parse(correction.subject)).toMatchObject({
      slug: "ferries-run-every-forty-minutes",
      headline: "Ferries Run Every Forty Minutes",
      correctionId: expect.any(String),
    });
  });

  it("holds a scheduled publication until its time, and takes it back when the schedule changes or is dropped", async () => {
    await press("schedule", NOW, LATER);
    expect(await outbox()).toEqual([["story.published", LATER.toISOString(), HEADLINE]]);

    const later = new Date(LATER.getTime() + 3_600_000);
    await press("save", NOW, later);
    expect(await outbox()).toEqual([["story.published", later.toISOString(), HEADLINE]]);

    await press("unpublish", NOW);
    expect(await outbox()).toEqual([]);
  });

  it("never takes back a publication already given its deliveries, even by a change that waited past its time", async () => {
    await press("schedule", NOW, LATER);
    await dispatchDueEvents(database.client, LATER);
    // Its "now" was read before the publication's time came, as a save waiting for the write lock would.
    await press("unpublish", NOW);
    const [published] = await database.client.webhookEvent.findMany({ where: { type: "story.published" } });
    expect(published?.dispatchedAt).toEqual(LATER);
  });

  it("says a live story was deleted, and a scheduled one that never went live leaves nothing behind", async () => {
    await press("schedule", NOW, LATER);
    await deleteArticle(database.client, editor, { articleId, baseVersion: version }, { now: NOW });
    expect(await outbox()).toEqual([]);

    version = null;
    articleId = null;
    await press("publish", NOW);
    await deleteArticle(database.client, editor, { articleId, baseVersion: version }, { now: LATER });
    expect((await outbox()).map(([type]) => type)).toEqual(["story.published", "story.deleted"]);
    const deleted = await database.client.webhookEvent.findFirstOrThrow({ where: { type: "story.deleted" } });
    expect(deleted.articleId).toBe(articleId);
  });

  it("writes nothing for a change that rolls back", async () => {
    await expect(
      saveArticle(
        database.client,
        editor,
        { articleId: null, baseVersion: null, action: "publish", fields: storyForm() },
        {
          now: NOW,
          onSaved: async () => {
            throw new Error("the disk filled up");
          },
        },
      ),
    ).rejects.toThrow("the disk filled up");
    expect(await database.client.article.count()).toBe(0);
    expect(await outbox()).toEqual([]);
  });
});
