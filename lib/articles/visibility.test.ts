import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listStoryPage, type StoryListing } from "@/lib/articles/queries";
import { linkVisible, readerVisible } from "@/lib/articles/visibility";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

const now = new Date("2026-03-01T12:00:00.000Z");
const hours = (count: number) => new Date(now.getTime() + count * 3_600_000);
let database: TestDatabase;
let tagId = "";
let authorId = "";

async function story(slug: string, status: ArticleStatus, publishedAt: Date | null) {
  await database.client.article.create({
    data: {
      slug,
      headline: slug,
      body: '{"type":"doc","content":[]}',
      status,
      publishedAt,
      tags: { create: { tagId, position: 0 } },
      authors: { create: { authorId, position: 0 } },
    },
  });
}

/** Slugs readers may see by the rule on Article, and through each link table. */
async function visibleEveryWay() {
  const { client } = database;
  const slugs = (rows: { article: { slug: string } }[]) => rows.map((row) => row.article.slug).sort();
  const select = { article: { select: { slug: true } } };
  return {
    articles: (await client.article.findMany({ where: readerVisible(now), select: { slug: true } }))
      .map((row) => row.slug)
      .sort(),
    tag: slugs(await client.articleTag.findMany({ where: { tagId, ...linkVisible(now) }, select })),
    author: slugs(await client.articleAuthor.findMany({ where: { authorId, ...linkVisible(now) }, select })),
  };
}

beforeAll(async () => {
  database = createTestDatabase();
  ({ id: tagId } = await database.client.tag.create({ data: { name: "Russia", slug: "russia" } }));
  ({ id: authorId } = await database.client.author.create({ data: { name: "Reuters", slug: "reuters" } }));
  await story("draft", "DRAFT", null);
  await story("in-review", "IN_REVIEW", hours(-5));
  await story("published", "PUBLISHED", hours(-2));
  await story("published-later", "PUBLISHED", hours(3));
  await story("scheduled-past", "SCHEDULED", hours(-1));
  await story("scheduled-future", "SCHEDULED", hours(1));
  await story("unpublished", "UNPUBLISHED", hours(-3));
});

afterAll(async () => {
  await database.dispose();
});

describe("linkVisible", () => {
  it("shows through a tag or an author exactly the stories readerVisible shows", async () => {
    const seen = await visibleEveryWay();
    expect(seen.articles).toEqual(["published", "scheduled-past"]);
    expect(seen.tag).toEqual(seen.articles);
    expect(seen.author).toEqual(seen.articles);
  });

  it("follows a story's status and time as they change, and links made later", async () => {
    const { client } = database;
    await client.article.update({ where: { slug: "draft" }, data: { status: "PUBLISHED", publishedAt: hours(-4) } });
    await client.article.update({ where: { slug: "published" }, data: { status: "UNPUBLISHED" } });
    await client.article.update({ where: { slug: "scheduled-future" }, data: { publishedAt: hours(-6) } });
    await client.article.update({ where: { slug: "scheduled-past" }, data: { publishedAt: hours(2) } });
    const seen = await visibleEveryWay();
    expect(seen.articles).toEqual(["draft", "scheduled-future"]);
    expect(seen.tag).toEqual(seen.articles);
    expect(seen.author).toEqual(seen.articles);

    // A save replaces a story's links: the new ones start with the right copy.
    const { id } = await client.article.findUniqueOrThrow({ where: { slug: "draft" } });
    await client.articleTag.deleteMany({ where: { articleId: id } });
    await client.articleTag.createMany({ data: [{ articleId: id, tagId, position: 0 }] });
    expect((await visibleEveryWay()).tag).toEqual(seen.articles);
  });
});

describe("listStoryPage by tag and by author", () => {
  it("lists what readers may see, newest first, ties by id, twenty a page", async () => {
    const { client } = database;
    const tag = await client.tag.create({ data: { name: "Paging", slug: "paging" } });
    const author = await client.author.create({ data: { name: "Pager", slug: "pager" } });
    for (let index = 0; index < 23; index += 1)
      await client.article.create({
        data: {
          id: `paging-${String(index).padStart(2, "0")}`,
          slug: `paging-${index}`,
          headline: `Paging ${index}`,
          body: '{"type":"doc","content":[]}',
          status: index === 5 ? "DRAFT" : "PUBLISHED",
          // Two stories at each hour, so ties are ordered by id.
          publishedAt: hours(-10 - Math.floor(index / 2)),
          tags: { create: { tagId: tag.id, position: 0 } },
          authors: { create: { authorId: author.id, position: 0 } },
        },
      });
    const expected = Array.from({ length: 23 }, (_, index) => index)
      .filter((index) => index !== 5)
      .map((index) => `paging-${index}`);
    for (const listing of [{ tagId: tag.id }, { authorId: author.id }] satisfies StoryListing[]) {
      const first = await listStoryPage(listing, 1, now, client);
      const second = await listStoryPage(listing, 2, now, client);
      expect(first.page).toEqual({ number: 1, count: 2 });
      expect([...first.stories, ...second.stories].map((card) => card.slug)).toEqual(expected);
      expect((await listStoryPage(listing, 3, now, client)).stories).toEqual([]);
    }
  });
});
