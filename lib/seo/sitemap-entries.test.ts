import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { countSitemapGroups, newsSitemapUrls, sitemapUrls } from "@/lib/seo/sitemap-entries";
import { sitemapFileCount, sliceGroups } from "@/lib/seo/sitemap-plan";
import { NEWS_NAMESPACE, newsSitemapXml, SITEMAP_NAMESPACE, sitemapIndexXml, urlsetXml } from "@/lib/seo/sitemap-xml";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

const SITE = "https://news.example.com";
const now = new Date("2026-03-01T12:00:00.000Z");
let database: TestDatabase;

async function story(
  slug: string,
  status: ArticleStatus,
  publishedAt: Date | null,
  links: { section?: string; tag?: string; author?: string } = {},
) {
  const { client } = database;
  const section = links.section ? await client.section.findUniqueOrThrow({ where: { slug: links.section } }) : null;
  await client.article.create({
    data: {
      slug,
      headline: `Headline of ${slug} & more`,
      body: '{"type":"doc","content":[]}',
      status,
      publishedAt,
      sectionId: section?.id ?? null,
      updatedAt: publishedAt ?? now,
      ...(links.tag && { tags: { create: { position: 0, tag: { connect: { slug: links.tag } } } } }),
      ...(links.author && { authors: { create: { position: 0, author: { connect: { slug: links.author } } } } }),
    },
  });
}

beforeAll(async () => {
  database = createTestDatabase();
  const { client } = database;
  await client.section.createMany({
    data: [
      { name: "World", slug: "world" },
      { name: "Empty", slug: "empty" },
    ],
  });
  await client.tag.createMany({
    data: [
      { name: "Russia", slug: "russia" },
      { name: "Unused", slug: "unused" },
    ],
  });
  await client.author.createMany({
    data: [
      { name: "Reuters", slug: "reuters", kind: "AGENCY" },
      { name: "Drafty", slug: "drafty" },
    ],
  });
  await story("old", "PUBLISHED", new Date("2018-07-28T10:00:00Z"), {
    section: "world",
    tag: "russia",
    author: "reuters",
  });
  await story("fresh", "PUBLISHED", new Date("2026-03-01T06:00:00Z"), { section: "world" });
  await story("yesterday-ish", "SCHEDULED", new Date("2026-02-27T13:00:00Z"));
  await story("too-old-for-news", "PUBLISHED", new Date("2026-02-27T11:59:00Z"));
  await story("draft", "DRAFT", null, { section: "empty", tag: "unused", author: "drafty" });
  await story("later", "SCHEDULED", new Date("2026-03-02T00:00:00Z"), { section: "empty" });
});

afterAll(async () => {
  await database.dispose();
});

describe("the sitemap", () => {
  it("lists home, the sections, tags and authors with published stories, and every published story", async () => {
    const sizes = await countSitemapGroups(now, database.client);
    expect(sizes).toEqual([1, 1, 1, 1, 4]);
    const urls = await sitemapUrls(sliceGroups(sizes, 0), SITE, now, database.client);
    expect(urls.map((url) => url.loc)).toEqual([
      `${SITE}/`,
      `${SITE}/sections/world`,
      `${SITE}/tags/russia`,
      `${SITE}/authors/reuters`,
      `${SITE}/articles/old`,
      `${SITE}/articles/too-old-for-news`,
      `${SITE}/articles/yesterday-ish`,
      `${SITE}/articles/fresh`,
    ]);
    expect(urls[0]?.lastmod).toBe("2026-03-01T06:00:00Z");
    expect(urls[1]?.lastmod).toBe("2026-03-01T06:00:00Z");
    expect(urls[2]?.lastmod).toBe("2018-07-28T10:00:00Z");
    expect(urls.every((url) => url.lastmod)).toBe(true);
    expect(sitemapFileCount(sizes.reduce((sum, size) => sum + size, 0))).toBe(1);
  });

  it("writes a valid urlset", async () => {
    const sizes = await countSitemapGroups(now, database.client);
    const xml = urlsetXml(await sitemapUrls(sliceGroups(sizes, 0), SITE, now, database.client));
    expect(XMLValidator.validate(xml)).toBe(true);
    const urlset = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "url" }).parse(xml).urlset;
    expect(urlset["@_xmlns"]).toBe(SITEMAP_NAMESPACE);
    expect(urlset.url).toHaveLength(8);
    for (const url of urlset.url) {
      expect(url.loc).toMatch(/^https:\/\/news\.example\.com\//);
      expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
    }
  });

  it("writes a valid sitemap index", () => {
    const xml = sitemapIndexXml([`${SITE}/sitemaps/1.xml`, `${SITE}/sitemaps/2.xml`]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const index = new XMLParser({ ignoreAttributes: false }).parse(xml).sitemapindex;
    expect(index["@_xmlns"]).toBe(SITEMAP_NAMESPACE);
    expect(index.sitemap).toEqual([{ loc: `${SITE}/sitemaps/1.xml` }, { loc: `${SITE}/sitemaps/2.xml` }]);
  });
});

describe("the news sitemap", () => {
  it("lists stories published in the last 48 hours, newest first, with publication, date and title", async () => {
    const urls = await newsSitemapUrls(SITE, now, database.client);
    expect(urls.map((url) => url.loc)).toEqual([`${SITE}/articles/fresh`, `${SITE}/articles/yesterday-ish`]);
    const xml = newsSitemapXml({ name: "Byline", language: "en" }, urls);
    expect(XMLValidator.validate(xml)).toBe(true);
    const urlset = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "url" }).parse(xml).urlset;
    expect(urlset["@_xmlns"]).toBe(SITEMAP_NAMESPACE);
    expect(urlset["@_xmlns:news"]).toBe(NEWS_NAMESPACE);
    expect(urlset.url[0]["news:news"]).toEqual({
      "news:publication": { "news:name": "Byline", "news:language": "en" },
      "news:publication_date": "2026-03-01T06:00:00Z",
      "news:title": "Headline of fresh & more",
    });
  });
});
