import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { saveArticle } from "@/lib/articles/save";
import { AUDIT_EVENTS_PER_PAGE, listAuditActions, listAuditEvents } from "@/lib/audit/queries";
import { recordAudit } from "@/lib/audit/record";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { storyForm } from "@/lib/testing/story-form";

let database: TestDatabase;
let admin: { id: string; email: string };
let writer: { id: string; email: string };
beforeEach(async () => {
  database = createTestDatabase();
  admin = await database.client.user.create({ data: { email: "a@example.com", name: "A", role: "ADMIN" } });
  writer = await database.client.user.create({ data: { email: "w@example.com", name: "W" } });
  await database.client.$transaction(async (tx) => {
    await recordAudit(tx, { action: "auth.signin", actor: admin, targetType: "user", targetId: admin.id });
    await recordAudit(tx, {
      action: "user.disable",
      actor: admin,
      targetType: "user",
      targetId: writer.id,
      details: { email: writer.email },
    });
    await recordAudit(tx, {
      action: "auth.signin_failed",
      targetType: "user",
      targetId: writer.id,
      details: { email: writer.email },
      ip: "203.0.113.4",
    });
  });
});
afterEach(() => database.dispose());

describe("listAuditEvents", () => {
  it("filters by action and names the target", async () => {
    const { events, total } = await listAuditEvents({ action: "user.disable", page: 1 }, database.client);
    expect(total).toBe(1);
    expect(events[0]).toMatchObject({
      actorEmail: "a@example.com",
      targetLabel: "w@example.com",
      details: { email: "w@example.com" },
    });
  });

  it("finds what a user did and what was done to them", async () => {
    const { events } = await listAuditEvents({ user: writer.id, page: 1 }, database.client);
    expect(events.map((e) => e.action).sort()).toEqual(["auth.signin_failed", "user.disable"]);
  });

  it("pages through the log, newest first", async () => {
    await database.client.$transaction(async (tx) => {
      for (let i = 0; i < AUDIT_EVENTS_PER_PAGE; i++)
        await recordAudit(tx, { action: "access.denied", details: { i } });
    });
    const first = await listAuditEvents({ page: 1 }, database.client);
    const second = await listAuditEvents({ page: 2 }, database.client);
    expect(first.pageCount).toBe(2);
    expect(first.events).toHaveLength(AUDIT_EVENTS_PER_PAGE);
    expect(second.events).toHaveLength(3);
    expect(await listAuditActions(database.client)).toEqual([
      "access.denied",
      "auth.signin",
      "auth.signin_failed",
      "user.disable",
    ]);
  });
});

describe("story events", () => {
  it("show the story's headline, as written by the editor's save", async () => {
    const editor = await database.client.user.create({
      data: { email: "e@example.com", name: "E", role: "EDITOR", status: "ACTIVE" },
    });
    const outcome = await saveArticle(
      database.client,
      { id: editor.id, email: editor.email, role: "EDITOR" },
      {
        articleId: null,
        baseVersion: null,
        action: "publish",
        fields: storyForm({
          headline: "Ferries Return to the Strait",
          slug: "ferries-return-to-the-strait",
          slugFollowsHeadline: true,
          body: { type: "doc", content: [] },
        }),
      },
    );
    expect(outcome).toMatchObject({ ok: true });
    const { events } = await listAuditEvents({ action: "article.publish", page: 1 }, database.client);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ targetType: "article", targetLabel: "Ferries Return to the Strait" });
  });
});

describe("events about an image", () => {
  it("name it by its uploaded file's name", async () => {
    const media = await database.client.media.create({
      data: {
        fileName: "a1b2c3d4e5f6a7b8c9d0.webp",
        originalName: "cave.jpg",
        mime: "image/webp",
        size: 1,
        width: 1,
        height: 1,
      },
    });
    await database.client.$transaction((tx) =>
      recordAudit(tx, { action: "media.update", actor: admin, targetType: "media", targetId: media.id }),
    );
    const { events } = await listAuditEvents({ action: "media.update", page: 1 }, database.client);
    expect(events[0]).toMatchObject({ targetType: "media", targetLabel: "cave.jpg" });
  });
});

describe("events about a webhook", () => {
  it("name it by its address, even once it is deleted", async () => {
    await database.client.$transaction((tx) =>
      recordAudit(tx, {
        action: "webhook.delete",
        actor: admin,
        targetType: "webhook",
        targetId: "a-deleted-webhook",
        details: { url: "https://hooks.example.com/byline" },
      }),
    );
    const { events } = await listAuditEvents({ action: "webhook.delete", page: 1 }, database.client);
    expect(events[0]).toMatchObject({ targetType: "webhook", targetLabel: "https://hooks.example.com/byline" });
  });
});
