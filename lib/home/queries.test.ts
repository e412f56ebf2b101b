import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listStoryPage } from "@/lib/articles/queries";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { getHomePage, HOME_LAYOUT } from "@/lib/home/queries";
import { getSectionListing } from "@/lib/sections/queries";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

const now = new Date("2026-03-01T12:00:00.000Z");
let database: TestDatabase;

/** Stories an hour apart, the first `firstHoursAgo` hours old: prefix-1 is the newest. */
async function stories(
  prefix: string,
  count: number,
  section: string,
  firstHoursAgo: number,
  status: ArticleStatus = "PUBLISHED",
) {
  const { id: sectionId } = await database.client.section.findUniqueOrThrow({ where: { slug: section } });
  for (let index = 1; index <= count; index += 1) {
    await database.client.article.create({
      data: {
        slug: `${prefix}-${index}`,
        headline: `${prefix} ${index}`,
        body: '{"type":"doc","content":[]}',
        status,
        sectionId,
        publishedAt: new Date(now.getTime() - (firstHoursAgo + index - 1) * 3_600_000),
      },
    });
  }
}

beforeAll(async () => {
  database = createTestDatabase();
  await database.client.section.createMany({
    data: [
      { name: "World", slug: "world", position: 1 },
      { name: "Science", slug: "science", position: 2 },
      { name: "Empty", slug: "empty", position: 3 },
    ],
  });
  await stories("world", 45, "world", 1);
  await stories("science", 2, "science", 2.5);
  await stories("draft", 3, "empty", 0, "DRAFT");
});

afterAll(async () => {
  await database.dispose();
});

describe("listStoryPage", () => {
  it("pages through a listing twenty at a time, newest first", async () => {
    const { id } = await database.client.section.findUniqueOrThrow({ where: { slug: "world" } });
    const first = await listStoryPage({ sectionId: id }, 1, now, database.client);
    expect(first.page).toEqual({ number: 1, count: 3 });
    expect(first.stories.map((story) => story.slug).slice(0, 2)).toEqual(["world-1", "world-2"]);
    expect(first.stories).toHaveLength(20);
    const last = await listStoryPage({ sectionId: id }, 3, now, database.client);
    expect(last.stories.map((story) => story.slug)).toEqual([
      "world-41",
      "world-42",
      "world-43",
      "world-44",
      "world-45",
    ]);
  });

  it("returns no stories past the end or before the start, with the page count to explain", async () => {
    const { id } = await database.client.section.findUniqueOrThrow({ where: { slug: "world" } });
    expect(await listStoryPage({ sectionId: id }, 4, now, database.client)).toEqual({
      stories: [],
      page: { number: 4, count: 3 },
    });
    expect(await listStoryPage({ sectionId: id }, 0, now, database.client)).toEqual({
      stories: [],
      page: { number: 0, count: 3 },
    });
  });
});

describe("getSectionListing", () => {
  it("is null for an unknown section and empty for one without published stories", async () => {
    expect(await getSectionListing("nowhere", 1, now, database.client)).toBeNull();
    const empty = await getSectionListing("empty", 1, now, database.client);
    expect(empty?.section.name).toBe("Empty");
    expect(empty?.stories).toEqual([]);
    expect(empty?.page).toEqual({ number: 1, count: 0 });
  });
});

describe("getHomePage", () => {
  it("leads with the newest story, then top stories, section blocks without repeats, and the latest list", async () => {
    const home = await getHomePage(now, database.client);
    expect(home.lead?.slug).toBe("world-1");
    expect(home.top.map((story) => story.slug)).toEqual(["world-2", "science-1", "world-3"]);
    expect(home.sections.map((section) => [section.name, section.stories.map((story) => story.slug)])).toEqual([
      ["World", ["world-4", "world-5", "world-6"]],
      ["Science", ["science-2"]],
    ]);
    expect(home.latest).toHaveLength(HOME_LAYOUT.latest);
    expect(home.latest[0]?.slug).toBe("world-1");
  });
});
