import { subHours } from "date-fns";
import { articlePath, authorPath, sectionPath, tagPath } from "@/lib/articles/paths";
import { linkVisible, readerVisible } from "@/lib/articles/visibility";
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { isoWithTimeZone, lastModified } from "@/lib/seo/dates";
import type { Slice } from "@/lib/seo/sitemap-plan";
import type { NewsSitemapUrl, SitemapUrl } from "@/lib/seo/sitemap-xml";

type Dated = { publishedAt: Date | null; updatedAt: Date };

/** A listing changes when its newest story does: that story's last change is the page's lastmod. */
function newestStory(where: Prisma.ArticleWhereInput, now: Date, client: PrismaClient) {
  return client.article.findMany({
    where: { ...where, ...readerVisible(now) },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: 1,
    select: { publishedAt: true, updatedAt: true },
  });
}

/** Sitemaps are read by machines: their times are instants, written in UTC whatever the newsroom's zone. */
const SITEMAP_ZONE = "UTC";

/** Tags and authors with at least one published story. */
function withVisibleStories(now: Date) {
  return { articles: { some: linkVisible(now) } };
}

function lastmod(stories: readonly Dated[]): string | undefined {
  const [story] = stories;
  return story?.publishedAt
    ? isoWithTimeZone(lastModified({ publishedAt: story.publishedAt, updatedAt: story.updatedAt }), SITEMAP_ZONE)
    : undefined;
}

/**
 * Tags or authors (by slug) that have published stories, each with its
 * newest one: one query, whose subquery takes the first entry of the link
 * table's index per row. Prisma's nested `take: 1` would load every link of
 * every tag (18 s on 100,000 stories). The names interpolated are the two
 * link tables of this file, never input.
 */
async function newestLinkedStories(
  kind: "Tag" | "Author",
  slice: Slice,
  now: Date,
  client: PrismaClient,
): Promise<{ slug: string; publishedAt: Date; updatedAt: Date }[]> {
  const owners = Prisma.raw(`"${kind}"`);
  const links = Prisma.raw(`"Article${kind}"`);
  const ownerId = Prisma.raw(`"${kind.toLowerCase()}Id"`);
  return client.$queryRaw`
    SELECT owner."slug", story."publishedAt", story."updatedAt"
    FROM ${owners} AS owner
    JOIN "Article" AS story ON story."id" = (
      SELECT link."articleId" FROM ${links} AS link
      WHERE link.${ownerId} = owner."id" AND link."visibleFrom" <= ${now}
      ORDER BY link."visibleFrom" DESC, link."articleId" ASC
      LIMIT 1
    )
    ORDER BY owner."slug" ASC
    LIMIT ${slice.take} OFFSET ${slice.skip}`;
}

/** How many URLs the groups before the stories have: the home page, and sections, tags and authors with published stories. */
export async function countPageGroups(now: Date, client: PrismaClient = db): Promise<number[]> {
  return Promise.all([
    1,
    client.section.count({ where: { articles: { some: readerVisible(now) } } }),
    client.tag.count({ where: withVisibleStories(now) }),
    client.author.count({ where: withVisibleStories(now) }),
  ]);
}

/**
 * How many URLs each group of the sitemap has, in order: the home page,
 * sections, tags and authors that have published stories, and the stories.
 */
export async function countSitemapGroups(now: Date, client: PrismaClient = db): Promise<number[]> {
  const [pages, stories] = await Promise.all([
    countPageGroups(now, client),
    client.article.count({ where: readerVisible(now) }),
  ]);
  return [...pages, stories];
}

/** The URLs of one sitemap file, given which rows of each group it holds (see sliceGroups). */
export async function sitemapUrls(
  [home, sections, tags, authors, stories]: readonly Slice[],
  siteUrl: string,
  now: Date,
  client: PrismaClient = db,
): Promise<SitemapUrl[]> {
  const visible = readerVisible(now);
  const rows = <T>(slice: Slice | undefined, load: (slice: Slice) => Promise<T[]>): Promise<T[]> =>
    slice && slice.take > 0 ? load(slice) : Promise.resolve([]);
  const absolute = (path: string) => `${siteUrl}${path}`;

  const [homeRows, sectionRows, tagRows, authorRows, storyRows] = await Promise.all([
    rows(home, () => newestStory({}, now, client)),
    rows(sections, async (slice) =>
      Promise.all(
        (
          await client.section.findMany({
            where: { articles: { some: visible } },
            orderBy: { slug: "asc" },
            ...slice,
            select: { id: true, slug: true },
          })
        ).map(async ({ id, slug }) => ({ slug, newest: await newestStory({ sectionId: id }, now, client) })),
      ),
    ),
    rows(tags, (slice) => newestLinkedStories("Tag", slice, now, client)),
    rows(authors, (slice) => newestLinkedStories("Author", slice, now, client)),
    // Oldest first, so a new story joins the last file and earlier files stay
    // as they were. Ties go by id descending: that is Article_publishedAt_id_status_idx
    // read backwards, so a file deep in the list skips index entries only.
    rows(stories, (slice) =>
      client.article.findMany({
        where: visible,
        orderBy: [{ publishedAt: "asc" }, { id: "desc" }],
        ...slice,
        select: { slug: true, publishedAt: true, updatedAt: true },
      }),
    ),
  ]);

  return [
    ...(home && home.take > 0 ? [{ loc: absolute("/"), lastmod: lastmod(homeRows) }] : []),
    ...sectionRows.map((section) => ({ loc: absolute(sectionPath(section.slug)), lastmod: lastmod(section.newest) })),
    ...tagRows.map((tag) => ({ loc: absolute(tagPath(tag.slug)), lastmod: lastmod([tag]) })),
    ...authorRows.map((author) => ({ loc: absolute(authorPath(author.slug)), lastmod: lastmod([author]) })),
    ...storyRows.map((story) => ({ loc: absolute(articlePath(story.slug)), lastmod: lastmod([story]) })),
  ];
}

/** Google News sitemaps list stories published in the last two days, at most 1,000. */
export const NEWS_SITEMAP_HOURS = 48;
export const NEWS_SITEMAP_LIMIT = 1000;

export async function newsSitemapUrls(
  siteUrl: string,
  now: Date,
  client: PrismaClient = db,
): Promise<NewsSitemapUrl[]> {
  const stories = await client.article.findMany({
    where: { AND: [readerVisible(now), { publishedAt: { gte: subHours(now, NEWS_SITEMAP_HOURS) } }] },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: NEWS_SITEMAP_LIMIT,
    select: { slug: true, headline: true, publishedAt: true },
  });
  return stories.flatMap((story) =>
    story.publishedAt
      ? [
          {
            loc: `${siteUrl}${articlePath(story.slug)}`,
            title: story.headline,
            publishedAt: isoWithTimeZone(story.publishedAt, SITEMAP_ZONE),
          },
        ]
      : [],
  );
}
