import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESK_LIST_SIZE, type Desk, getDesk } from "@/lib/articles/desk";
import type { Actor } from "@/lib/auth/policy";
import type { ArticleStatus, Role } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

const now = new Date("2026-03-01T12:00:00.000Z");
const minutes = (count: number) => new Date(now.getTime() + count * 60_000);
const hours = (count: number) => minutes(count * 60);
const days = (count: number) => hours(count * 24);

let database: TestDatabase;
let writer: Actor;
let colleague: Actor;
let editor: Actor;
let slugs = 0;

async function person(role: Role, name: string): Promise<Actor> {
  const user = await database.client.user.create({
    data: { email: `${name.replace(/\W/g, "").toLowerCase()}@example.com`, name, role, status: "ACTIVE" },
  });
  return { id: user.id, role };
}

async function story(
  headline: string,
  owner: Actor,
  status: ArticleStatus,
  times: { publishedAt?: Date; updatedAt?: Date; submitted?: { by: Actor; at: Date } } = {},
) {
  await database.client.article.create({
    data: {
      slug: `story-${slugs++}`,
      headline,
      body: "{}",
      status,
      createdById: owner.id,
      publishedAt: times.publishedAt ?? null,
      updatedAt: times.updatedAt ?? now,
      submittedById: times.submitted?.by.id ?? null,
      submittedAt: times.submitted?.at ?? null,
    },
  });
}

const headlines = (desk: Desk) => ({
  needsReview: desk.needsReview.map((row) => row.headline),
  scheduled: desk.scheduled.map((row) => row.headline),
  drafts: desk.drafts.map((row) => row.headline),
  published: desk.published.map((row) => row.headline),
});

beforeAll(async () => {
  database = createTestDatabase();
  writer = await person("WRITER", "Wanda Writer");
  colleague = await person("WRITER", "Colin Colleague");
  editor = await person("EDITOR", "Ed Editor");

  await story("Writer's review, sent 5 hours ago", writer, "IN_REVIEW", { submitted: { by: writer, at: hours(-5) } });
  await story("Colleague's review, sent an hour ago", colleague, "IN_REVIEW", {
    submitted: { by: colleague, at: hours(-1) },
  });
  // Sent back to review by the editor: the submitter is whoever sent it, not the owner.
  await story("Writer's story the editor resubmitted", writer, "IN_REVIEW", {
    submitted: { by: editor, at: hours(-3) },
  });

  await story("Writer's story in two hours", writer, "SCHEDULED", { publishedAt: hours(2) });
  await story("Colleague's story in an hour", colleague, "SCHEDULED", { publishedAt: hours(1) });
  await story("Writer's story in exactly seven days", writer, "SCHEDULED", { publishedAt: days(7) });
  await story("Colleague's story a minute past seven days", colleague, "SCHEDULED", {
    publishedAt: minutes(7 * 24 * 60 + 1),
  });
  // Its time has come: readers see it, so it is published, not scheduled.
  await story("Writer's scheduled story that went out an hour ago", writer, "SCHEDULED", { publishedAt: hours(-1) });

  await story("Writer's older draft", writer, "DRAFT", { updatedAt: hours(-4) });
  await story("Writer's newer draft", writer, "DRAFT", { updatedAt: hours(-2) });
  await story("Colleague's draft", colleague, "DRAFT", { updatedAt: hours(-1) });
  await story("Editor's draft", editor, "DRAFT", { updatedAt: hours(-3) });

  await story("Colleague's story published two hours ago", colleague, "PUBLISHED", { publishedAt: hours(-2) });
  await story("Writer's story published three days ago", writer, "PUBLISHED", { publishedAt: days(-3) });
  await story("Writer's unpublished story", writer, "UNPUBLISHED", { publishedAt: hours(-30) });
});

afterAll(async () => {
  await database.dispose();
});

describe("getDesk", () => {
  it("shows an editor everyone's stories in review, scheduled and published, in each list's order, and their own drafts", async () => {
    expect(headlines(await getDesk(editor, now, database.client))).toEqual({
      needsReview: [
        "Writer's review, sent 5 hours ago",
        "Writer's story the editor resubmitted",
        "Colleague's review, sent an hour ago",
      ],
      scheduled: [
        "Colleague's story in an hour",
        "Writer's story in two hours",
        "Writer's story in exactly seven days",
      ],
      drafts: ["Editor's draft"],
      published: [
        "Writer's scheduled story that went out an hour ago",
        "Colleague's story published two hours ago",
        "Writer's story published three days ago",
      ],
    });
  });

  it("shows a writer only their own stories in every list", async () => {
    expect(headlines(await getDesk(writer, now, database.client))).toEqual({
      needsReview: ["Writer's review, sent 5 hours ago", "Writer's story the editor resubmitted"],
      scheduled: ["Writer's story in two hours", "Writer's story in exactly seven days"],
      drafts: ["Writer's newer draft", "Writer's older draft"],
      published: ["Writer's scheduled story that went out an hour ago", "Writer's story published three days ago"],
    });
    expect(headlines(await getDesk(colleague, now, database.client)).drafts).toEqual(["Colleague's draft"]);
    expect((await getDesk(writer, now, database.client)).everyone).toBe(false);
    expect((await getDesk(editor, now, database.client)).everyone).toBe(true);
  });

  it("says who submitted each story for review, and when", async () => {
    const { needsReview } = await getDesk(editor, now, database.client);
    expect(needsReview.map((row) => [row.submittedBy, row.submittedAt])).toEqual([
      ["Wanda Writer", hours(-5)],
      ["Ed Editor", hours(-3)],
      ["Colin Colleague", hours(-1)],
    ]);
  });

  it("looks seven days ahead of the time it is given, no further", async () => {
    const scheduledAt = async (at: Date) =>
      (await getDesk(editor, at, database.client)).scheduled.map((row) => row.headline);
    // At `now` the last one is a minute too far (the first test); a minute later it is in.
    expect(await scheduledAt(minutes(1))).toEqual([
      "Colleague's story in an hour",
      "Writer's story in two hours",
      "Writer's story in exactly seven days",
      "Colleague's story a minute past seven days",
    ]);
    // A story due this very moment is going out, not ahead.
    expect(await scheduledAt(hours(1))).toEqual([
      "Writer's story in two hours",
      "Writer's story in exactly seven days",
      "Colleague's story a minute past seven days",
    ]);
    expect(await scheduledAt(days(8))).toEqual([]);
  });

  it("keeps each list to its size, the first stories in its order", async () => {
    expect(headlines(await getDesk(editor, now, database.client, 1))).toEqual({
      needsReview: ["Writer's review, sent 5 hours ago"],
      scheduled: ["Colleague's story in an hour"],
      drafts: ["Editor's draft"],
      published: ["Writer's scheduled story that went out an hour ago"],
    });
    const busy = await person("EDITOR", "Busy Editor");
    for (let n = 0; n < DESK_LIST_SIZE + 3; n++)
      await story(`Busy draft ${n}`, busy, "DRAFT", { updatedAt: minutes(-n) });
    const { drafts } = await getDesk(busy, now, database.client);
    expect(drafts.map((row) => row.headline)).toEqual(
      Array.from({ length: DESK_LIST_SIZE }, (_, n) => `Busy draft ${n}`),
    );
  });
});
