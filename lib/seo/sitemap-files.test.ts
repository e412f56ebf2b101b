import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_DATE, seedLargeNewsroom } from "@/lib/demo/large-newsroom";
import { countSitemapGroups, sitemapUrls } from "@/lib/seo/sitemap-entries";
import { sitemapFileXml, sitemapXml } from "@/lib/seo/sitemap-files";
import { URLS_PER_SITEMAP } from "@/lib/seo/sitemap-plan";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

const SITE = "https://news.example.com";
const now = new Date(BASE_DATE.getTime() + 60_000);
const parser = new XMLParser({ isArray: (name) => name === "url" || name === "sitemap" });
let large: TestDatabase;
let small: TestDatabase;

const locations = (xml: string | null): string[] =>
  (parser.parse(xml ?? "").urlset?.url ?? []).map((url: { loc: string }) => url.loc);

beforeAll(async () => {
  large = createTestDatabase();
  small = createTestDatabase();
  // Enough stories for two files of URLS_PER_SITEMAP.
  await seedLargeNewsroom({ stories: 1100, log: () => {} }, large.client);
  await seedLargeNewsroom({ stories: 3, log: () => {} }, small.client);
}, 60_000);

afterAll(async () => {
  await large.dispose();
  await small.dispose();
});

describe("a sitemap split into files", () => {
  it("lists its files in the index, and the files hold every URL exactly once, in order", async () => {
    const sizes = await countSitemapGroups(now, large.client);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    expect(total).toBeGreaterThan(URLS_PER_SITEMAP);
    expect(total).toBeLessThanOrEqual(2 * URLS_PER_SITEMAP);

    const index = parser.parse(await sitemapXml(SITE, now, large.client)).sitemapindex;
    expect(index.sitemap).toEqual([{ loc: `${SITE}/sitemaps/1.xml` }, { loc: `${SITE}/sitemaps/2.xml` }]);

    const first = locations(await sitemapFileXml(1, SITE, now, large.client));
    const second = locations(await sitemapFileXml(2, SITE, now, large.client));
    expect(first).toHaveLength(URLS_PER_SITEMAP);
    const everything = sizes.map((size) => ({ skip: 0, take: size }));
    const all = (await sitemapUrls(everything, SITE, now, large.client)).map((url) => url.loc);
    expect([...first, ...second]).toEqual(all);
    expect(new Set(all).size).toBe(total);
  });

  it("has no file 0 and none past the last", async () => {
    expect(await sitemapFileXml(0, SITE, now, large.client)).toBeNull();
    expect(await sitemapFileXml(3, SITE, now, large.client)).toBeNull();
  });

  it("is one urlset at /sitemap.xml, with no numbered files, while it fits one file", async () => {
    const xml = await sitemapXml(SITE, now, small.client);
    expect(locations(xml)).toContain(`${SITE}/`);
    expect(await sitemapFileXml(1, SITE, now, small.client)).toBeNull();
  });
});
