/**
 * `npm run bench:queries`: how long the reader site's database work takes on
 * the configured database (BYLINE_DATA_DIR / DATABASE_URL), timed on the
 * domain functions themselves: no HTTP, no Next cache, so every run is what a
 * cache miss costs. Meant for the large newsroom
 * (`npm run db:seed -- --stories 100000`); prints p50/p95/max per query as a
 * Markdown table. Not part of `npm test`: the numbers depend on the machine.
 *
 * BENCH_RUNS (default 30) runs per query after one unmeasured warm-up run;
 * BENCH_NOW (ISO time) is "now" for every query, by default one minute after
 * the newest published story, so the news sitemap and the home page see the
 * newsroom as it was when its last story went out.
 */
import "dotenv/config";
import { z } from "zod";
import { findReaderArticle } from "@/lib/articles/queries";
import { getAuthorListing } from "@/lib/authors/queries";
import { nextScheduledPublication } from "@/lib/cache/schedule";
import { db } from "@/lib/db";
import { listFeedStories } from "@/lib/feeds/queries";
import { getHomePage } from "@/lib/home/queries";
import { STORIES_PER_PAGE } from "@/lib/pagination/pages";
import { searchTerms, toMatchExpression } from "@/lib/search/query";
import { searchStories } from "@/lib/search/search";
import { getSectionListing } from "@/lib/sections/queries";
import { newsSitemapUrls } from "@/lib/seo/sitemap-entries";
import { sitemapFileXml, sitemapXml } from "@/lib/seo/sitemap-files";
import { getTagListing } from "@/lib/tags/queries";
import { fail } from "./cli";

const settings = z
  .object({
    BENCH_RUNS: z.coerce.number().int().min(1).max(1000).default(30),
    BENCH_NOW: z.iso.datetime({ offset: true }).optional(),
  })
  .safeParse(process.env);
if (!settings.success) fail(`Invalid settings: ${settings.error.issues.map((issue) => issue.message).join("; ")}`);
const { BENCH_RUNS: runs, BENCH_NOW } = settings.data;

/** Typical two-word searches: common words, words of one desk, rarer ones, and a place name. */
const SEARCHES = [
  "government report",
  "election border",
  "market inflation",
  "climate glacier",
  "software privacy",
  "vaccine patients",
  "tax reform",
  "harbour ferry",
  "lithium steel",
  "pulsar nebula",
  "Femlelt election",
  "lighthouse quarry",
];
const SITE = "https://news.example.com";

const newest = await db.article.findFirst({
  where: { status: "PUBLISHED" },
  orderBy: { publishedAt: "desc" },
  select: { publishedAt: true },
});
if (!newest?.publishedAt)
  fail("The database has no published stories. Run `npm run db:seed -- --stories 100000` first.");
const now = BENCH_NOW ? new Date(BENCH_NOW) : new Date(newest.publishedAt.getTime() + 60_000);

/** The biggest section, tag and author, and a page deep in each archive (page 2,000 where it exists). */
function deepPage(count: number): number {
  return Math.max(1, Math.min(2000, Math.ceil(count / STORIES_PER_PAGE)));
}
const [section] = await db.section.findMany({
  orderBy: { articles: { _count: "desc" } },
  take: 1,
  select: { slug: true, _count: { select: { articles: true } } },
});
const [tag] = await db.tag.findMany({
  orderBy: { articles: { _count: "desc" } },
  take: 1,
  select: { slug: true, _count: { select: { articles: true } } },
});
const [author] = await db.author.findMany({
  orderBy: { articles: { _count: "desc" } },
  take: 1,
  select: { slug: true, _count: { select: { articles: true } } },
});
const story = await db.article.findFirst({
  where: { status: "PUBLISHED", relatedTo: { some: {} }, body: { contains: '"relatedArticle"' } },
  orderBy: { publishedAt: "desc" },
  select: { slug: true },
});
if (!section || !tag || !author || !story) fail("The database has no sections, tags, authors or stories to measure.");

const sitemapIndex = await sitemapXml(SITE, now);
const sitemapFiles = sitemapIndex.match(/<sitemap>/g)?.length ?? 0;

type Measurement = { name: string; first: number; times: number[] };
const measurements: Measurement[] = [];

async function measure(name: string, work: () => Promise<unknown>): Promise<void> {
  let started = performance.now();
  const result = await work();
  if (result === null) fail(`${name} found nothing to show.`);
  const first = performance.now() - started;
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  measurements.push({ name, first, times });
  process.stderr.write(".");
}

const sectionPage = deepPage(section._count.articles);
const tagPage = deepPage(tag._count.articles);
const authorPage = deepPage(author._count.articles);
const newestFile = Math.max(1, sitemapFiles);

await measure("home", () => getHomePage(now));
await measure("story page", () => findReaderArticle(story.slug, now));
await measure(`section ${section.slug} page ${sectionPage}`, () => getSectionListing(section.slug, sectionPage, now));
await measure(`tag ${tag.slug} page ${tagPage}`, () => getTagListing(tag.slug, tagPage, now));
await measure(`author ${author.slug} page ${authorPage}`, () => getAuthorListing(author.slug, authorPage, now));
await measure("site feed (50 stories)", () => listFeedStories({ now }));
const sectionRow = await db.section.findUniqueOrThrow({ where: { slug: section.slug }, select: { id: true } });
await measure(`section feed ${section.slug}`, () => listFeedStories({ sectionId: sectionRow.id, now }));
await measure("news sitemap", () => newsSitemapUrls(SITE, now));
await measure(`sitemap index (${sitemapFiles} files)`, () => sitemapXml(SITE, now));
if (sitemapFiles > 0) {
  await measure("sitemap file 1 (taxonomy)", () => sitemapFileXml(1, SITE, now));
  await measure(`sitemap file ${newestFile}`, () => sitemapFileXml(newestFile, SITE, now));
}
await measure("next scheduled publication", () => nextScheduledPublication(now));
const searchTimes: number[] = [];
for (const query of SEARCHES) {
  const terms = searchTerms(query);
  if (!terms) continue;
  const match = toMatchExpression(terms);
  // How many stories FTS5 has to rank: what a search's time mostly depends on.
  const [counted] = await db.$queryRaw<{ matches: number }[]>`
    SELECT count(*) AS matches FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match}`;
  await measure(`search "${query}" (${Number(counted?.matches).toLocaleString("en")} matches)`, () =>
    searchStories(terms, 1, now),
  );
  searchTimes.push(...(measurements.at(-1)?.times ?? []));
}
measurements.push({ name: "search, all queries above", first: Number.NaN, times: searchTimes });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
const ms = (value: number) => (Number.isNaN(value) ? "" : value.toFixed(1));
const stories = await db.article.count();
console.log(
  `\n\nReader queries on ${stories.toLocaleString("en")} stories, now = ${now.toISOString()}, ${runs} runs each after a first run\n`,
);
console.log("| query | first ms | p50 ms | p95 ms | max ms |");
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const { name, first, times } of measurements) {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `| ${name} | ${ms(first)} | ${ms(percentile(sorted, 0.5))} | ${ms(percentile(sorted, 0.95))} | ${ms(sorted.at(-1) ?? 0)} |`,
  );
}
await db.$disconnect();
