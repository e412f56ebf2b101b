import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findReaderArticle } from "@/lib/articles/queries";
import { getAuthorListing } from "@/lib/authors/queries";
import { nextScheduledPublication } from "@/lib/cache/schedule";
import type { StoryQuery } from "@/lib/content-api/query";
import { getApiStory, listApiStories } from "@/lib/content-api/stories";
import { listApiAuthors, listApiTags } from "@/lib/content-api/taxonomy";
import { BASE_DATE, seedLargeNewsroom } from "@/lib/demo/large-newsroom";
import { listFeedStories } from "@/lib/feeds/queries";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getHomePage } from "@/lib/home/queries";
import { describeProblems, type PlanAllowance, planProblems } from "@/lib/perf/query-plans";
import { searchTerms } from "@/lib/search/query";
import { searchStories } from "@/lib/search/search";
import { findSectionRedirect, getSectionListing, listSections } from "@/lib/sections/queries";
import { newsSitemapUrls, sitemapUrls } from "@/lib/seo/sitemap-entries";
import { sitemapFileXml, sitemapXml } from "@/lib/seo/sitemap-files";
import { getTagListing } from "@/lib/tags/queries";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { type RecordedQuery, recordingClient } from "@/lib/testing/query-recorder";

/**
 * The SQL that Prisma (and our raw queries) send for each page a reader can
 * ask for, explained by SQLite on a real migrated database: a full scan of a
 * big table, a range walk per row or a sort of everything found fails the
 * test, named after the page (see lib/perf/query-plans.ts for the rules).
 *
 * Which plan SQLite picks depends on its statistics, so every query is checked
 * twice:
 * - without statistics, as on any database that was never ANALYZEd (Byline
 *   never runs ANALYZE): the planner then assumes fixed sizes whatever the
 *   tables hold, so these plans are the ones a 100,000-story site gets today;
 * - with sqlite_stat1 as ANALYZE wrote it for the generated 100,000-story
 *   newsroom (NEWSROOM_STATISTICS below), as a site that runs ANALYZE or
 *   PRAGMA optimize would get. Refresh them after changing indexes:
 *   `sqlite3 <db> "ANALYZE; SELECT tbl, idx, stat FROM sqlite_stat1"` on a
 *   copy of that database. (sqlite_stat4 is left out: it only sharpens range
 *   estimates from sampled values.)
 */

const NEWSROOM_STATISTICS: [table: string, index: string, stat: string][] = [
  ["Article", "Article_createdById_idx", "100019 100019"],
  ["Article", "Article_headline_idx", "100019 1"],
  ["Article", "Article_publishedAt_id_status_idx", "100019 1 1 1"],
  ["Article", "Article_sectionId_publishedAt_id_status_idx", "100019 20004 1 1 1"],
  ["Article", "Article_slug_key", "100019 1"],
  ["Article", "Article_updatedAt_id_idx", "100019 1 1"],
  ["Article", "sqlite_autoindex_Article_1", "100019 1"],
  ["ArticleAuthor", "ArticleAuthor_authorId_visibleFrom_articleId_idx", "109886 1616 1 1"],
  ["ArticleAuthor", "sqlite_autoindex_ArticleAuthor_1", "109886 1 1"],
  ["ArticleRelation", "ArticleRelation_toId_idx", "89727 2"],
  ["ArticleRelation", "sqlite_autoindex_ArticleRelation_1", "89727 3 1"],
  ["ArticleTag", "ArticleTag_tagId_visibleFrom_articleId_idx", "243623 595 1 1"],
  ["ArticleTag", "sqlite_autoindex_ArticleTag_1", "243623 3 1"],
  ["Author", "Author_kind_name_idx", "71 36 1"],
  ["Author", "Author_slug_key", "71 1"],
  ["Author", "Author_userId_key", "71 18"],
  ["Author", "sqlite_autoindex_Author_1", "71 1"],
  ["Correction", "Correction_articleId_correctedAt_idx", "940 1 1"],
  ["Correction", "sqlite_autoindex_Correction_1", "940 1"],
  ["Media", "Media_createdAt_idx", "19 1"],
  ["Media", "Media_fileName_key", "19 1"],
  ["Media", "sqlite_autoindex_Media_1", "19 1"],
  ["Revision", "Revision_articleId_version_key", "104527 1 1"],
  ["Revision", "sqlite_autoindex_Revision_1", "104527 1"],
  ["Section", "Section_name_key", "5 1"],
  ["Section", "Section_position_idx", "5 1"],
  ["Section", "Section_slug_key", "5 1"],
  ["Section", "sqlite_autoindex_Section_1", "5 1"],
  ["Tag", "Tag_name_key", "410 1"],
  ["Tag", "Tag_slug_key", "410 1"],
  ["Tag", "sqlite_autoindex_Tag_1", "410 1"],
];

const STORIES = 150;
const now = new Date(BASE_DATE.getTime() + 60_000);
const SITE = "https://news.example.com";

type HotQuery = { name: string; run: (client: PrismaClient) => Promise<unknown>; allow?: PlanAllowance[] };

let database: TestDatabase;
let storySlug = "";
let oldSlug = "";

const HOT_QUERIES: HotQuery[] = [
  { name: "home page", run: (client) => getHomePage(now, client) },
  { name: "section navigation", run: (client) => listSections(client) },
  { name: "story page", run: (client) => findReaderArticle(storySlug, now, client) },
  { name: "story page at a renamed slug", run: (client) => findReaderArticle(oldSlug, now, client) },
  { name: "section page 3", run: (client) => getSectionListing("world", 3, now, client) },
  { name: "section page at a former slug", run: (client) => findSectionRedirect("planet", client) },
  { name: "tag page 2", run: (client) => getTagListing("election", 2, now, client) },
  { name: "author page 2", run: (client) => getAuthorListing("reuters", 2, now, client) },
  {
    name: "search",
    run: (client) => searchStories(searchTerms("election border") ?? ["election"], 1, now, client),
  },
  { name: "site feed", run: (client) => listFeedStories({ now }, client) },
  {
    name: "section feed",
    run: async (client) => {
      const section = await client.section.findUniqueOrThrow({ where: { slug: "world" } });
      return listFeedStories({ sectionId: section.id, now }, client);
    },
  },
  { name: "news sitemap", run: (client) => newsSitemapUrls(SITE, now, client) },
  {
    name: "sitemap index",
    run: (client) => sitemapXml(SITE, now, client),
    allow: [
      {
        rule: "range-walk",
        table: "Article",
        why: "the sitemap counts the published stories: one walk of Article_publishedAt_id_status_idx, reading no rows",
      },
    ],
  },
  { name: "sitemap file", run: (client) => sitemapFileXml(1, SITE, now, client) },
  {
    name: "sitemap URLs, every group, from an offset",
    run: (client) =>
      sitemapUrls(
        [
          { skip: 0, take: 1 },
          { skip: 1, take: 3 },
          { skip: 2, take: 5 },
          { skip: 1, take: 5 },
          { skip: 40, take: 20 },
        ],
        SITE,
        now,
        client,
      ),
  },
  { name: "next scheduled publication", run: (client) => nextScheduledPublication(now, client) },
  ...contentApiQueries(),
];

/** The content API's story lists (lib/content-api/stories.ts), each filter, on a second page. */
function contentApiQueries(): HotQuery[] {
  const stories = (query: Partial<StoryQuery>) => async (client: PrismaClient) => {
    const first = await listApiStories(client, { limit: 5, ...query }, now);
    const cursor = first.ok ? (first.next_cursor ?? undefined) : undefined;
    return listApiStories(client, { limit: 5, ...query, cursor }, now);
  };
  const since = new Date(now.getTime() - 86_400_000).toISOString();
  return [
    { name: "content API: stories", run: stories({}) },
    { name: "content API: a section's stories", run: stories({ section: "world" }) },
    { name: "content API: a tag's stories", run: stories({ tag: "election" }) },
    { name: "content API: a byline's stories", run: stories({ author: "reuters" }) },
    { name: "content API: a tag's stories by a byline", run: stories({ tag: "election", author: "reuters" }) },
    { name: "content API: stories changed since", run: stories({ updated_since: since }) },
    { name: "content API: a story", run: (client) => getApiStory(client, { slug: storySlug }, now) },
    { name: "content API: tags", run: (client) => listApiTags(client, { limit: 5 }) },
    { name: "content API: bylines", run: (client) => listApiAuthors(client, { limit: 5 }) },
  ];
}

async function checkAll(file: string): Promise<Map<string, { queries: RecordedQuery[]; problems: string }>> {
  const recorder = recordingClient(file);
  const results = new Map<string, { queries: RecordedQuery[]; problems: string }>();
  try {
    for (const hot of HOT_QUERIES) {
      const queries = await recorder.record(hot.run);
      if (process.env.SHOW_PLANS)
        for (const query of queries)
          console.log(
            `${hot.name}\n  ${query.sql.slice(0, 300)}\n    ${query.plan.map((row) => row.detail).join("\n    ")}`,
          );
      results.set(hot.name, {
        queries,
        problems: describeProblems(queries.flatMap((query) => planProblems(query, hot.allow))),
      });
    }
  } finally {
    await recorder.client.$disconnect();
  }
  return results;
}

let withoutStatistics: Awaited<ReturnType<typeof checkAll>>;
let withStatistics: Awaited<ReturnType<typeof checkAll>>;

beforeAll(async () => {
  database = createTestDatabase();
  const { client } = database;
  await seedLargeNewsroom({ stories: STORIES, log: () => {} }, client);
  // A scheduled story, a draft and a renamed slug, so every reader query has something to find.
  const section = await client.section.findUniqueOrThrow({ where: { slug: "world" } });
  for (const [slug, status, publishedAt] of [
    ["scheduled-story", "SCHEDULED", new Date(now.getTime() + 3_600_000)],
    ["draft-story", "DRAFT", null],
  ] as const)
    await client.article.create({
      data: { slug, headline: slug, body: '{"type":"doc","content":[]}', status, publishedAt, sectionId: section.id },
    });
  // A story with everything its page loads: related stories, an inline link and a correction.
  const story = await client.article.findFirstOrThrow({
    where: { body: { contains: '"relatedArticle"' }, relatedTo: { some: {} } },
  });
  await client.correction.create({ data: { articleId: story.id, text: "A figure was wrong; it is fixed." } });
  storySlug = story.slug;
  oldSlug = "an-earlier-slug";
  await client.slugRedirect.create({ data: { slug: oldSlug, articleId: story.id } });

  withoutStatistics = await checkAll(database.file);

  const sqlite = new Database(database.file);
  try {
    sqlite.exec("ANALYZE; DELETE FROM sqlite_stat1;");
    if (sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat4'").get())
      sqlite.exec("DELETE FROM sqlite_stat4");
    const insert = sqlite.prepare("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)");
    for (const row of NEWSROOM_STATISTICS) insert.run(...row);
  } finally {
    sqlite.close();
  }
  // A new connection reads the statistics.
  withStatistics = await checkAll(database.file);
}, 60_000);

afterAll(async () => {
  await database.dispose();
});

describe.each([
  ["without statistics", () => withoutStatistics],
  ["with the 100,000-story newsroom's statistics", () => withStatistics],
])("reader queries %s", (_mode, results) => {
  it.each(HOT_QUERIES.map((hot) => hot.name))("%s: no full scan, range walk per row or sort of everything", (name) => {
    const result = results().get(name);
    expect(result?.queries.length, "the page sent no query to check").toBeGreaterThan(0);
    expect(result?.problems, `${name}:\n${result?.problems}`).toBe("");
  });
});

describe("the plan check", () => {
  let scratch: TestDatabase;
  beforeAll(() => {
    scratch = createTestDatabase();
  });
  afterAll(async () => {
    await scratch.dispose();
  });

  async function problemsOf(run: (client: PrismaClient) => Promise<unknown>) {
    const recorder = recordingClient(scratch.file);
    try {
      return (await recorder.record(run)).flatMap((query) => planProblems(query));
    } finally {
      await recorder.client.$disconnect();
    }
  }

  it("fails a query that scans stories, or sorts all it finds", async () => {
    const scan = await problemsOf((client) => client.article.findMany({ where: { bodyText: { contains: "x" } } }));
    expect(scan.map((problem) => [problem.rule, problem.table])).toContainEqual(["scan", "Article"]);
    const sort = await problemsOf((client) =>
      client.article.findMany({ where: { sectionId: "s" }, orderBy: { dek: "asc" }, take: 5 }),
    );
    expect(sort.map((problem) => problem.rule)).toContain("temp-sort");
  });

  it("fails the related-stories plan that an index starting with status gave", async () => {
    // The index this change removed: SQLite, without statistics, drove the join from it.
    const sqlite = new Database(scratch.file);
    sqlite.exec(`CREATE INDEX "Article_status_publishedAt_idx" ON "Article"("status", "publishedAt")`);
    sqlite.close();
    const problems = await problemsOf((client) =>
      client.articleRelation.findMany({
        where: { fromId: "some-story", to: { status: { in: ["PUBLISHED", "SCHEDULED"] }, publishedAt: { lte: now } } },
        orderBy: { position: "asc" },
      }),
    );
    expect(problems.map((problem) => problem.rule)).toContain("range-walk");
  });
});
