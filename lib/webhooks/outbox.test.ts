import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/articles/audit";
import { addCorrection } from "@/lib/articles/corrections";
import { deleteArticle } from "@/lib/articles/delete";
import { instantToNewsroomTime } from "@/lib/articles/publication-time";
import { saveArticle } from "@/lib/articles/save";
import type { SaveAction } from "@/lib/articles/workflow";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { storyForm } from "@/lib/testing/story-form";
import type { WebhookEventType } from "./events";

const NOW = new Date("2026-12-04T12:00:00Z");
const LATER = new Date("2026-12-05T08:00:00Z");

let database: TestDatabase;
let editor: StaffActor;
let hookIds: { everything: string; publications: string; paused: string };

beforeEach(async () => {
  database = createTestDatabase();
  const { client } = database;
  const user = await client.user.create({
    data: { email: "editor@example.com", name: "Elena", role: "EDITOR", status: "ACTIVE" },
  });
  editor = { id: user.id, email: user.email, role: "EDITOR" };
  const hook = async (events: WebhookEventType[], disabledAt: Date | null = null) =>
    (
      await client.webhook.create({
        data: { url: "https://hooks.example.com/", events: JSON.stringify(events), secret: "sealed", disabledAt },
      })
    ).id;
  hookIds = {
    everything: await hook([
      "story.published",
      "story.updated",
      "story.unpublished",
      "story.deleted",
      "correction.added",
    ]),
    publications: await hook(["story.published"]),
    paused: await hook(["story.published", "story.updated"], NOW),
  };
});

afterEach(async () => {
  await database.dispose();
});

let version: number | null = null;
let articleId: string | null = null;

async function press(action: SaveAction, now: Date, publishAt: Date | null = null) {
  const outcome = await saveArticle(
    database.client,
    editor,
    {
      articleId,
      baseVersion: version,
      action,
      fields: storyForm({ publishAt: publishAt ? instantToNewsroomTime(publishAt, "UTC") : "" }),
    },
    { now },
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  articleId = outcome.story.id;
  version = outcome.story.version;
}

/** The outbox as [type, when it may be sent, which endpoints get it]. */
async function outbox() {
  const events = await database.client.webhookEvent.findMany({
    orderBy: [{ occurredAt: "asc" }, { availableAt: "asc" }],
    include: { deliveries: { select: { webhookId: true, dueAt: true, nextAttemptAt: true, status: true } } },
  });
  return events.map((event) => {
    const receivers = event.deliveries.map((delivery) => {
      expect(delivery).toMatchObject({ status: "PENDING", dueAt: event.availableAt, nextAttemptAt: event.availableAt });
      return Object.entries(hookIds).find(([, id]) => id === delivery.webhookId)?.[0];
    });
    return [event.type, event.availableAt.toISOString(), receivers.sort()];
  });
}

beforeEach(() => {
  version = null;
  articleId = null;
});

describe("the webhook outbox", () => {
  it("records what readers see happen to a story, for the endpoints that want it, never for a paused one", async () => {
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
    await press("unpublish", LATER);
    expect(await outbox()).toEqual([
      ["story.published", NOW.toISOString(), ["everything", "publications"]],
      ["story.updated", "2026-12-04T12:01:00.000Z", ["everything"]],
      ["correction.added", LATER.toISOString(), ["everything"]],
      ["story.unpublished", LATER.toISOString(), ["everything"]],
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
    expect(await outbox()).toEqual([["story.published", LATER.toISOString(), ["everything", "publications"]]]);

    const later = new Date(LATER.getTime() + 3_600_000);
    await press("save", NOW, later);
    expect(await outbox()).toEqual([["story.published", later.toISOString(), ["everything", "publications"]]]);

    await press("unpublish", NOW);
    expect(await outbox()).toEqual([]);
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

  it("keeps no event that no endpoint wants", async () => {
    await database.client.webhook.deleteMany({ where: { id: { not: hookIds.publications } } });
    await press("publish", NOW);
    await press("save", LATER, NOW);
    expect((await outbox()).map(([type]) => type)).toEqual(["story.published"]);
  });
});

describe("an endpoint's stored events", () => {
  it("that cannot be read send nothing and never stop a save", async () => {
    await database.client.webhook.updateMany({ data: { events: "not json" } });
    await press("publish", NOW);
    expect(await database.client.article.count()).toBe(1);
    expect(await outbox()).toEqual([]);
  });
});
