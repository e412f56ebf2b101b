import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/articles/audit";
import { addCorrection } from "@/lib/articles/corrections";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

const NOW = new Date("2026-03-01T12:00:00Z");
const TEXT = "An earlier version of this story gave the wrong day for the rescue.";

let database: TestDatabase;
let editor: StaffActor;
let writer: StaffActor;

beforeEach(async () => {
  database = createTestDatabase();
  const makeUser = async (role: StaffActor["role"]) => {
    const user = await database.client.user.create({
      data: { email: `${role.toLowerCase()}@example.com`, name: role, role, status: "ACTIVE" },
    });
    return { id: user.id, email: user.email, role };
  };
  editor = await makeUser("EDITOR");
  writer = await makeUser("WRITER");
});

afterEach(async () => {
  await database.dispose();
});

async function story(
  status: ArticleStatus,
  publishedAt: Date | null = new Date("2018-07-10T19:00:00Z"),
): Promise<string> {
  const slug = `story-${status.toLowerCase()}-${publishedAt?.getTime() ?? "none"}`;
  const article = await database.client.article.create({
    data: {
      slug,
      headline: "Boys Rescued From Cave",
      body: JSON.stringify({ type: "doc", content: [] }),
      status,
      publishedAt,
      createdById: writer.id,
    },
  });
  return article.id;
}

const auditActions = async () =>
  (await database.client.auditEvent.findMany({ select: { action: true } })).map((event) => event.action);

describe("addCorrection", () => {
  it("lets an editor correct a published story, dated now, with an audit event", async () => {
    const articleId = await story("PUBLISHED");
    const outcome = await addCorrection(
      database.client,
      editor,
      { articleId, text: `  ${TEXT}  ` },
      { now: NOW, ip: "203.0.113.9" },
    );

    expect(outcome).toMatchObject({
      ok: true,
      correction: { text: TEXT, correctedAt: NOW },
      revalidate: { articleIds: [articleId], taxonomy: false },
    });
    const rows = await database.client.correction.findMany({ where: { articleId } });
    expect(rows).toEqual([expect.objectContaining({ text: TEXT, correctedAt: NOW, createdById: editor.id })]);
    const event = await database.client.auditEvent.findFirstOrThrow({ where: { action: "article.correct" } });
    expect(event).toMatchObject({ actorId: editor.id, targetType: "article", targetId: articleId, ip: "203.0.113.9" });
    expect(JSON.parse(event.details)).toEqual({ correctionId: rows[0]?.id, text: TEXT });
  });

  it("counts a scheduled story whose time has passed as published", async () => {
    const articleId = await story("SCHEDULED", new Date("2026-03-01T11:00:00Z"));
    expect(await addCorrection(database.client, editor, { articleId, text: TEXT }, { now: NOW })).toMatchObject({
      ok: true,
    });
  });

  it("refuses a writer and writes no correction", async () => {
    const articleId = await story("PUBLISHED");
    const outcome = await addCorrection(database.client, writer, { articleId, text: TEXT }, { now: NOW });

    expect(outcome).toEqual({ ok: false, error: "forbidden", message: "Only editors and admins may add corrections." });
    expect(await database.client.correction.count()).toBe(0);
    expect(await auditActions()).toEqual(["article.denied"]);
  });

  it("refuses text too short to explain anything, saying so beside the field", async () => {
    const articleId = await story("PUBLISHED");
    const outcome = await addCorrection(database.client, editor, { articleId, text: "  Typo.    " }, { now: NOW });

    expect(outcome).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { text: expect.stringMatching(/at least 10 characters/) },
    });
    expect(await database.client.correction.count()).toBe(0);
    expect(await auditActions()).toEqual([]);
  });

  it("refuses text longer than 2,000 characters", async () => {
    const articleId = await story("PUBLISHED");
    const outcome = await addCorrection(database.client, editor, { articleId, text: "x".repeat(2_001) }, { now: NOW });
    expect(outcome).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { text: expect.stringMatching(/at most 2000 characters/) },
    });
  });

  it("says so when the story does not exist", async () => {
    const outcome = await addCorrection(
      database.client,
      editor,
      { articleId: "no-such-story", text: TEXT },
      { now: NOW },
    );
    expect(outcome).toMatchObject({
      ok: false,
      error: "not_found",
      message: expect.stringMatching(/no longer exists/),
    });
    expect(await database.client.correction.count()).toBe(0);
  });

  it.each([
    ["a draft", "DRAFT", null],
    ["a story scheduled for later", "SCHEDULED", new Date("2026-03-02T09:00:00Z")],
  ] as const)("refuses %s, which readers have not seen", async (_name, status, publishedAt) => {
    const articleId = await story(status, publishedAt);
    const outcome = await addCorrection(database.client, editor, { articleId, text: TEXT }, { now: NOW });

    expect(outcome).toMatchObject({
      ok: false,
      error: "not_live",
      message: expect.stringMatching(/Only a published story/),
    });
    expect(await database.client.correction.count()).toBe(0);
    expect(await auditActions()).toEqual([]);
  });
});
