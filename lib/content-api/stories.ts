import "server-only";
import { articlePath, authorPath } from "@/lib/articles/paths";
import {
  LINKS_NEWEST_FIRST,
  NEWEST_FIRST,
  type ReaderArticle,
  readerArticleInclude,
  readerArticleOf,
} from "@/lib/articles/queries";
import { linkVisible, readerVisible } from "@/lib/articles/visibility";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { MediaSource } from "@/lib/media/urls";
import { absoluteUrl } from "@/lib/seo/site";
import { bodyHtml } from "./body-html";
import { decodeStoryCursor, encodeStoryCursor, type StoryOrder } from "./cursor";
import type { StoryQuery } from "./query";
import type { Story } from "./schemas";
import type { Page } from "./taxonomy";

export type StoryPage = Page<Story>;

type Position = { at: Date; id: string };
const after = (field: string, idField: string, position: Position | null) =>
  position ? { OR: [{ [field]: { lt: position.at } }, { [field]: position.at, [idField]: { gt: position.id } }] } : {};

/**
 * The ids of one page of stories and where each stands in the page's order.
 * Each query walks one index in its own order and stops after the page, on
 * 100,000 stories as on the demo (lib/perf/query-plans.test.ts):
 * - `updated_since`: Article's updatedAt index, oldest change first, the
 *   order a copy kept in step wants;
 * - a tag or a byline: its link table's index, which carries the story's
 *   visibility time, newest first;
 * - otherwise Article's publication index (the section's, with `section`).
 */
async function pageIds(
  client: PrismaClient,
  query: StoryQuery,
  from: Position | null,
  now: Date,
): Promise<{ id: string; at: Date }[]> {
  const take = query.limit + 1;
  const section = query.section ? { section: { slug: query.section } } : {};
  if (query.updated_since) {
    const rows = await client.article.findMany({
      where: {
        ...readerVisible(now),
        ...section,
        ...(query.tag && { tags: { some: { tag: { slug: query.tag } } } }),
        ...(query.author && { authors: { some: { author: { slug: query.author } } } }),
        AND: [
          { updatedAt: { gte: new Date(query.updated_since) } },
          from ? { OR: [{ updatedAt: { gt: from.at } }, { updatedAt: from.at, id: { gt: from.id } }] } : {},
        ],
      },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take,
      select: { id: true, updatedAt: true },
    });
    return rows.map((row) => ({ id: row.id, at: row.updatedAt }));
  }
  if (query.tag || query.author) {
    const article = {
      ...section,
      ...(query.tag && query.author && { authors: { some: { author: { slug: query.author } } } }),
    };
    const where = { ...linkVisible(now), ...after("visibleFrom", "articleId", from), article };
    const select = { articleId: true, visibleFrom: true } as const;
    const rows = query.tag
      ? await client.articleTag.findMany({
          where: { tag: { slug: query.tag }, ...where },
          orderBy: LINKS_NEWEST_FIRST,
          take,
          select,
        })
      : await client.articleAuthor.findMany({
          where: { author: { slug: query.author }, ...where },
          orderBy: LINKS_NEWEST_FIRST,
          take,
          select,
        });
    return rows.map((row) => ({ id: row.articleId, at: row.visibleFrom ?? now }));
  }
  const rows = await client.article.findMany({
    where: { ...readerVisible(now), ...section, ...after("publishedAt", "id", from) },
    orderBy: NEWEST_FIRST,
    take,
    select: { id: true, publishedAt: true },
  });
  return rows.map((row) => ({ id: row.id, at: row.publishedAt ?? now }));
}

/** Published stories as the query asks, one page after the cursor. */
export async function listApiStories(client: PrismaClient, query: StoryQuery, now: Date): Promise<StoryPage> {
  const order: StoryOrder = query.updated_since ? "updated" : "published";
  const from = query.cursor === undefined ? null : decodeStoryCursor(query.cursor);
  if (query.cursor !== undefined && from?.order !== order) return { ok: false, badCursor: true };
  const positions = await pageIds(client, query, from, now);
  const page = positions.slice(0, query.limit);
  const rows = await client.article.findMany({
    where: { id: { in: page.map((position) => position.id) } },
    include: readerArticleInclude,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const stories = await Promise.all(
    page.flatMap((position) => {
      const row = byId.get(position.id);
      return row ? [readerArticleOf(row, readerVisible(now), now, client)] : [];
    }),
  );
  const last = page.at(-1);
  return {
    ok: true,
    data: stories.map(toApiStory),
    next_cursor: positions.length > query.limit && last ? encodeStoryCursor({ order, ...last }) : null,
  };
}

/** One published story by its current slug (or, for a webhook's payload, its id), or null. */
export async function getApiStory(
  client: PrismaClient,
  which: { slug: string } | { id: string },
  now: Date,
): Promise<Story | null> {
  const row = await client.article.findFirst({
    where: { ...which, ...readerVisible(now) },
    include: readerArticleInclude,
  });
  return row && toApiStory(await readerArticleOf(row, readerVisible(now), now, client));
}

const absoluteSource = (media: MediaSource): MediaSource => ({
  ...media,
  src: absoluteUrl(media.src),
  srcSet: media.srcSet
    .split(", ")
    .filter(Boolean)
    .map((candidate) => absoluteUrl(candidate))
    .join(", "),
});

export function toApiStory(article: ReaderArticle): Story {
  const { relatedArticles, media } = article.references;
  return {
    id: article.id,
    slug: article.slug,
    url: absoluteUrl(articlePath(article.slug)),
    headline: article.headline,
    dek: article.dek,
    dateline: article.dateline,
    published_at: article.publishedAt.toISOString(),
    first_published_at: (article.firstPublishedAt ?? article.publishedAt).toISOString(),
    updated_at: article.updatedAt.toISOString(),
    section: article.section && { slug: article.section.slug, name: article.section.name },
    bylines: article.authors.map((author) => ({
      slug: author.slug,
      name: author.name,
      kind: author.kind === "AGENCY" ? "agency" : "staff",
      url: absoluteUrl(authorPath(author.slug)),
    })),
    tags: article.tags.map((tag) => ({ slug: tag.slug, name: tag.name })),
    hero_image: article.hero && {
      url: absoluteUrl(article.hero.src),
      width: article.hero.width,
      height: article.hero.height,
      alt: article.heroAlt,
      caption: article.heroCaption,
      credit: article.heroCredit,
    },
    source: { name: article.sourceName, url: article.sourceUrl },
    related: article.related.map((card) => ({
      slug: card.slug,
      headline: card.headline,
      url: absoluteUrl(card.href),
    })),
    corrections: article.corrections.map((correction) => ({
      text: correction.text,
      corrected_at: correction.correctedAt.toISOString(),
    })),
    body: article.doc,
    body_html: bodyHtml(article.doc, {
      relatedArticles: new Map(
        [...relatedArticles].map(([id, link]) => [id, { ...link, href: absoluteUrl(link.href) }] as const),
      ),
      media: new Map([...media].map(([id, source]) => [id, absoluteSource(source)] as const)),
    }),
  };
}
