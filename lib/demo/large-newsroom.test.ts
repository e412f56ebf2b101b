import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toPlainText } from "@/lib/content/plain-text";
import { collectReferences, parseBody } from "@/lib/content/schema";
import { articleId, BASE_DATE, STORY_INTERVAL_MS, seedLargeNewsroom } from "@/lib/demo/large-newsroom";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

const STORIES = 300;
let first: TestDatabase;
let second: TestDatabase;
const quiet = () => {};

/** What a reader could tell apart, by slugs rather than the taxonomy's database ids. */
async function contents(client: PrismaClient) {
  return client.article.findMany({
    orderBy: { id: "asc" },
    select: {
      id: true,
      slug: true,
      headline: true,
      dek: true,
      body: true,
      bodyText: true,
      publishedAt: true,
      updatedAt: true,
      section: { select: { slug: true } },
      authors: { orderBy: { position: "asc" }, select: { author: { select: { slug: true } } } },
      tags: { orderBy: { position: "asc" }, select: { tag: { select: { slug: true } } } },
      relatedTo: { orderBy: { position: "asc" }, select: { toId: true } },
      revisions: { orderBy: { version: "asc" }, select: { id: true, version: true } },
      corrections: { select: { text: true, correctedAt: true } },
    },
  });
}

beforeAll(async () => {
  first = createTestDatabase();
  second = createTestDatabase();
  await seedLargeNewsroom({ stories: STORIES, batchSize: 70, log: quiet }, first.client);
  await seedLargeNewsroom({ stories: STORIES, log: quiet }, second.client);
}, 60_000);

afterAll(async () => {
  await first.dispose();
  await second.dispose();
});

describe("seedLargeNewsroom", () => {
  it("writes the same stories for the same input, whatever the batch size", async () => {
    const [one, two] = [await contents(first.client), await contents(second.client)];
    expect(one).toHaveLength(STORIES);
    expect(two).toEqual(one);
  });

  it("writes published stories with valid bodies, their plain text, bylines, tags and a revision", async () => {
    const stories = await contents(first.client);
    const ids = new Set(stories.map((story) => story.id));
    for (const story of stories) {
      const parsed = parseBody(JSON.parse(story.body));
      expect(parsed.ok, story.slug).toBe(true);
      if (!parsed.ok) continue;
      expect(story.bodyText).toBe(toPlainText(parsed.doc));
      expect(story.bodyText.length).toBeGreaterThan(500);
      expect(story.bodyText.length).toBeLessThan(3500);
      expect(story.section).not.toBeNull();
      expect(story.authors.length).toBeGreaterThanOrEqual(1);
      expect(story.tags.length).toBeGreaterThanOrEqual(1);
      expect(story.revisions.at(-1)?.version).toBe(story.revisions.length);
      // Inline and listed related stories point at stories that exist.
      for (const id of collectReferences(parsed.doc).articleIds) expect(ids.has(id)).toBe(true);
      for (const { toId } of story.relatedTo) expect(ids.has(toId)).toBe(true);
    }
    const count = (test: (story: (typeof stories)[number]) => boolean) => stories.filter(test).length;
    expect(count((story) => story.body.includes('"relatedArticle"'))).toBeGreaterThan(STORIES * 0.1);
    expect(count((story) => story.relatedTo.length > 0)).toBeGreaterThan(STORIES * 0.3);
    expect(count((story) => story.revisions.length > 1)).toBeGreaterThan(0);
    expect(await first.client.article.count({ where: { status: "PUBLISHED" } })).toBe(STORIES);
    expect(new Set(stories.map((story) => story.section?.slug)).size).toBe(5);
  });

  it("spreads publication times back from the base date, newest first by number", async () => {
    const newest = await first.client.article.findUniqueOrThrow({ where: { id: articleId(0) } });
    const oldest = await first.client.article.findUniqueOrThrow({ where: { id: articleId(STORIES - 1) } });
    expect(newest.publishedAt!.getTime()).toBeLessThanOrEqual(BASE_DATE.getTime());
    expect(BASE_DATE.getTime() - oldest.publishedAt!.getTime()).toBeGreaterThan((STORIES - 1) * STORY_INTERVAL_MS);
    expect(oldest.publishedAt!.getTime()).toBeLessThan(newest.publishedAt!.getTime());
  });

  it("indexes the stories for search", async () => {
    const [row] = await first.client.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "ArticleSearch"`;
    expect(Number(row?.n)).toBe(STORIES);
  });

  it("adds nothing when run again, and only the missing stories for a larger count", async () => {
    const before = await contents(first.client);
    const lines: string[] = [];
    const again = await seedLargeNewsroom({ stories: STORIES, log: (line) => lines.push(line) }, first.client);
    expect(again).toEqual({ added: 0, existing: STORIES });
    expect(lines).toEqual([`The ${STORIES} generated stories are already loaded.`]);
    expect(await contents(first.client)).toEqual(before);

    const more = await seedLargeNewsroom({ stories: STORIES + 20, log: quiet }, first.client);
    expect(more).toEqual({ added: 20, existing: STORIES });
    expect(await first.client.article.count()).toBe(STORIES + 20);
  });
});
