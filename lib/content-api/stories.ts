import "server-only";
import { articlePath, authorPath } from "@/lib/articles/paths";
import { type ReaderArticle, readerArticleInclude, readerArticleOf } from "@/lib/articles/queries";
import { readerVisible } from "@/lib/articles/visibility";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { MediaSource } from "@/lib/media/urls";
import { absoluteUrl } from "@/lib/seo/site";
import { bodyHtml } from "./body-html";
import { decodeStoryCursor, encodeStoryCursor } from "./cursor";
import type { StoryQuery } from "./query";
import type { Story } from "./schemas";
import type { Page } from "./taxonomy";

export type StoryPage = Page<Story>;

/** Published stories newest first, filtered as the query asks, one page after the cursor. */
export async function listApiStories(client: PrismaClient, query: StoryQuery, now: Date): Promise<StoryPage> {
  const after = query.cursor === undefined ? null : decodeStoryCursor(query.cursor);
  if (query.cursor !== undefined && !after) return { ok: false, badCursor: true };
  const where: Prisma.ArticleWhereInput = {
    ...readerVisible(now),
    ...(query.section && { section: { slug: query.section } }),
    ...(query.tag && { tags: { some: { tag: { slug: query.tag } } } }),
    ...(query.author && { authors: { some: { author: { slug: query.author } } } }),
    ...(query.updated_since && { updatedAt: { gte: new Date(query.updated_since) } }),
    ...(after && {
      OR: [{ publishedAt: { lt: after.publishedAt } }, { publishedAt: after.publishedAt, id: { gt: after.id } }],
    }),
  };
  const rows = await client.article.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: query.limit + 1,
    include: readerArticleInclude,
  });
  const page = rows.slice(0, query.limit);
  const stories = await Promise.all(page.map((row) => readerArticleOf(row, readerVisible(now), now, client)));
  const last = stories.at(-1);
  return {
    ok: true,
    data: stories.map(toApiStory),
    next_cursor: rows.length > query.limit && last ? encodeStoryCursor(last) : null,
  };
}

/** One published story by its current slug, or null. */
export async function getApiStory(client: PrismaClient, slug: string, now: Date): Promise<Story | null> {
  const row = await client.article.findFirst({ where: { slug, ...readerVisible(now) }, include: readerArticleInclude });
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
