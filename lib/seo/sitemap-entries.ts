import { subHours } from "date-fns";
import { articlePath, authorPath, sectionPath, tagPath } from "@/lib/articles/paths";
import { readerVisible } from "@/lib/articles/visibility";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isoWithTimeZone, lastModified } from "@/lib/seo/dates";
import type { Slice } from "@/lib/seo/sitemap-plan";
import type { NewsSitemapUrl, SitemapUrl } from "@/lib/seo/sitemap-xml";

type Dated = { publishedAt: Date | null; updatedAt: Date };

/** A listing changes when its newest story does: that story's last change is the page's lastmod. */
function newestStory(now: Date) {
  return {
    where: readerVisible(now),
    orderBy: { publishedAt: "desc" as const },
    take: 1,
    select: { publishedAt: true, updatedAt: true },
  };
}

/** The same, for tags and authors, which reach their stories through a link table. */
function newestLinkedStory(now: Date) {
  return {
    where: { article: readerVisible(now) },
    orderBy: { article: { publishedAt: "desc" as const } },
    take: 1,
    select: { article: { select: { publishedAt: true, updatedAt: true } } },
  };
}

/** Tags and authors with at least one published story. */
function withVisibleStories(now: Date) {
  return { articles: { some: { article: readerVisible(now) } } };
}

function lastmod(stories: readonly Dated[]): string | undefined {
  const [story] = stories;
  return story?.publishedAt
    ? isoWithTimeZone(lastModified({ publishedAt: story.publishedAt, updatedAt: story.updatedAt }))
    : undefined;
}

/**
 * How many URLs each group of the sitemap has, in order: the home page,
 * sections, tags and authors that have published stories, and the stories.
 */
export async function countSitemapGroups(now: Date, client: PrismaClient = db): Promise<number[]> {
  const visible = readerVisible(now);
  return Promise.all([
    1,
    client.section.count({ where: { articles: { some: visible } } }),
    client.tag.count({ where: withVisibleStories(now) }),
    client.author.count({ where: withVisibleStories(now) }),
    client.article.count({ where: visible }),
  ]);
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
    rows(home, () => client.article.findMany(newestStory(now))),
    rows(sections, (slice) =>
      client.section.findMany({
        where: { articles: { some: visible } },
        orderBy: { slug: "asc" },
        ...slice,
        select: { slug: true, articles: newestStory(now) },
      }),
    ),
    rows(tags, (slice) =>
      client.tag.findMany({
        where: withVisibleStories(now),
        orderBy: { slug: "asc" },
        ...slice,
        select: { slug: true, articles: newestLinkedStory(now) },
      }),
    ),
    rows(authors, (slice) =>
      client.author.findMany({
        where: withVisibleStories(now),
        orderBy: { slug: "asc" },
        ...slice,
        select: { slug: true, articles: newestLinkedStory(now) },
      }),
    ),
    // Oldest first, so a new story joins the last file and earlier files stay as they were.
    rows(stories, (slice) =>
      client.article.findMany({
        where: visible,
        orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
        ...slice,
        select: { slug: true, publishedAt: true, updatedAt: true },
      }),
    ),
  ]);

  return [
    ...(home && home.take > 0 ? [{ loc: absolute("/"), lastmod: lastmod(homeRows) }] : []),
    ...sectionRows.map((section) => ({ loc: absolute(sectionPath(section.slug)), lastmod: lastmod(section.articles) })),
    ...tagRows.map((tag) => ({
      loc: absolute(tagPath(tag.slug)),
      lastmod: lastmod(tag.articles.map((link) => link.article)),
    })),
    ...authorRows.map((author) => ({
      loc: absolute(authorPath(author.slug)),
      lastmod: lastmod(author.articles.map((link) => link.article)),
    })),
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
            publishedAt: isoWithTimeZone(story.publishedAt),
          },
        ]
      : [],
  );
}
