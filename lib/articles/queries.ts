import { articlePath } from "@/lib/articles/paths";
import { linkVisible, readerVisible } from "@/lib/articles/visibility";
import { type BodyDocument, collectReferences, emptyDocument, parseBody } from "@/lib/content/schema";
import { db } from "@/lib/db";
import { parseUrlList } from "@/lib/forms/url-lines";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { type MediaSource, mediaSource } from "@/lib/media/urls";
import { type PageInfo, pageCount, pageOffset, STORIES_PER_PAGE } from "@/lib/pagination/pages";

/**
 * What readers see of stories. Every query takes the time it treats as "now",
 * so a page's stories and its cache lifetime (lib/cache) agree, and the
 * database last (the app's own by default; tests pass theirs).
 */

const heroSelect = { select: { fileName: true, width: true, height: true, variants: true } } as const;

const cardSelect = {
  id: true,
  slug: true,
  headline: true,
  dek: true,
  publishedAt: true,
  heroAlt: true,
  section: { select: { name: true, slug: true } },
  heroMedia: heroSelect,
  authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, slug: true, kind: true } } } },
} satisfies Prisma.ArticleSelect;

type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

export type ArticleCard = Omit<CardRow, "heroMedia" | "authors" | "publishedAt"> & {
  publishedAt: Date;
  href: string;
  hero: MediaSource | null;
  authors: CardRow["authors"][number]["author"][];
};

function toCard(row: CardRow): ArticleCard {
  const { heroMedia, authors, publishedAt, ...rest } = row;
  return {
    ...rest,
    // readerVisible() guarantees a publication time.
    publishedAt: publishedAt ?? new Date(0),
    href: articlePath(row.slug),
    hero: heroMedia ? mediaSource(heroMedia) : null,
    authors: authors.map((link) => link.author),
  };
}

export const NEWEST_FIRST = [{ publishedAt: "desc" }, { id: "asc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];
// The same order on a link table, whose visibleFrom is the story's publishedAt (see linkVisible).
export const LINKS_NEWEST_FIRST = [{ visibleFrom: "desc" as const }, { articleId: "asc" as const }];

/**
 * Published stories matching `where`, newest first. One query that walks an
 * index in this order (Article_publishedAt_id_status_idx, or the section's),
 * so `where` should be a section or nothing, plus conditions on the row.
 */
export async function listPublishedCards(
  { where = {}, take, skip = 0, now }: { where?: Prisma.ArticleWhereInput; take: number; skip?: number; now: Date },
  client: PrismaClient = db,
): Promise<ArticleCard[]> {
  const rows = await client.article.findMany({
    where: { AND: [readerVisible(now), where] },
    orderBy: NEWEST_FIRST,
    take,
    skip,
    select: cardSelect,
  });
  return rows.map(toCard);
}

/**
 * Cards of these stories in this order, leaving out any readers may not see.
 * The caller has ranked them (a listing's index, search); the query only
 * looks them up by id, with no ORDER BY that could tempt SQLite into walking
 * a date index instead.
 */
export async function cardsInOrder(
  ids: readonly string[],
  now: Date,
  client: PrismaClient = db,
): Promise<ArticleCard[]> {
  if (ids.length === 0) return [];
  const rows = await client.article.findMany({
    where: { id: { in: [...ids] }, ...readerVisible(now) },
    select: cardSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toCard(row)] : [];
  });
}

/** Whose stories a listing shows: a section's, a tag's or an author's. */
export type StoryListing = { sectionId: string } | { tagId: string } | { authorId: string };

/**
 * A listing's story ids, newest first, and how many it has. Sections walk
 * Article's section index; tags and authors walk their link table's index
 * (which carries visibleFrom), so a page deep in an archive reads only index
 * entries up to it and then 20 stories.
 */
function listingQueries(listing: StoryListing, now: Date, client: PrismaClient) {
  if ("sectionId" in listing) {
    const where = { sectionId: listing.sectionId, ...readerVisible(now) };
    return {
      count: () => client.article.count({ where }),
      ids: async (slice: { skip: number; take: number }) =>
        (await client.article.findMany({ where, orderBy: NEWEST_FIRST, ...slice, select: { id: true } })).map(
          (row) => row.id,
        ),
    };
  }
  const articleIds = (rows: { articleId: string }[]) => rows.map((row) => row.articleId);
  if ("tagId" in listing) {
    const where = { tagId: listing.tagId, ...linkVisible(now) };
    return {
      count: () => client.articleTag.count({ where }),
      ids: async (slice: { skip: number; take: number }) =>
        articleIds(
          await client.articleTag.findMany({
            where,
            orderBy: LINKS_NEWEST_FIRST,
            ...slice,
            select: { articleId: true },
          }),
        ),
    };
  }
  const where = { authorId: listing.authorId, ...linkVisible(now) };
  return {
    count: () => client.articleAuthor.count({ where }),
    ids: async (slice: { skip: number; take: number }) =>
      articleIds(
        await client.articleAuthor.findMany({
          where,
          orderBy: LINKS_NEWEST_FIRST,
          ...slice,
          select: { articleId: true },
        }),
      ),
  };
}

export type StoryPage = { stories: ArticleCard[]; page: PageInfo };

/** One page of a listing (a section, a tag, an author). */
export async function listStoryPage(
  listing: StoryListing,
  pageNumber: number,
  now: Date,
  client: PrismaClient = db,
): Promise<StoryPage> {
  const queries = listingQueries(listing, now, client);
  const total = await queries.count();
  const page = { number: pageNumber, count: pageCount(total) };
  if (pageNumber < 1 || pageNumber > page.count) return { stories: [], page };
  const ids = await queries.ids({ skip: pageOffset(pageNumber), take: STORIES_PER_PAGE });
  return { stories: await cardsInOrder(ids, now, client), page };
}

/** What a story's page reads of its own row (see readerArticleOf). */
export const readerArticleInclude = {
  section: { select: { name: true, slug: true } },
  heroMedia: heroSelect,
  authors: {
    orderBy: { position: "asc" },
    select: {
      author: {
        select: {
          id: true,
          name: true,
          slug: true,
          kind: true,
          url: true,
          jobTitle: true,
          links: true,
          photo: { select: { fileName: true, width: true, height: true, variants: true } },
        },
      },
    },
  },
  tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true, slug: true } } } },
  corrections: { orderBy: { correctedAt: "asc" }, select: { id: true, text: true, correctedAt: true } },
} satisfies Prisma.ArticleInclude;

type ArticleRow = Prisma.ArticleGetPayload<{ include: typeof readerArticleInclude }>;

export type ReaderArticle = Omit<ArticleRow, "body" | "heroMedia" | "authors" | "tags" | "publishedAt"> & {
  publishedAt: Date;
  doc: BodyDocument;
  hero: MediaSource | null;
  authors: ReaderAuthor[];
  tags: ArticleRow["tags"][number]["tag"][];
  related: ArticleCard[];
  /** What the body's inline blocks point at, for the renderer. */
  references: {
    relatedArticles: Map<string, { headline: string; href: string }>;
    media: Map<string, MediaSource>;
  };
};

type AuthorRow = ArticleRow["authors"][number]["author"];

/** A byline as a story shows it, and as its structured data describes the person or agency. */
export type ReaderAuthor = Omit<AuthorRow, "links" | "photo"> & { links: string[]; photo: MediaSource | null };

function toReaderAuthor({ links, photo, ...author }: AuthorRow): ReaderAuthor {
  return { ...author, links: parseUrlList(links), photo: photo && mediaSource(photo) };
}

/** A published story by its current slug, with everything its page shows. */
export async function getReaderArticle(
  slug: string,
  now: Date,
  client: PrismaClient = db,
): Promise<ReaderArticle | null> {
  const row = await client.article.findFirst({
    where: { slug, ...readerVisible(now) },
    include: readerArticleInclude,
  });
  return row && readerArticleOf(row, readerVisible(now), now, client);
}

/**
 * A story's row with everything its page shows. `linkable` is which stories
 * its related cards and inline links may show: readers get those they can see
 * now; the newsroom's preview (lib/articles/preview.ts) also those its viewer
 * may see before readers can.
 */
export async function readerArticleOf(
  row: ArticleRow,
  linkable: Prisma.ArticleWhereInput,
  now: Date,
  client: PrismaClient = db,
): Promise<ReaderArticle> {
  const parsed = parseBody(JSON.parse(row.body));
  if (!parsed.ok) console.error(`Article ${row.id} has an invalid body: ${parsed.message}`);
  const doc = parsed.ok ? parsed.doc : emptyDocument();
  const { articleIds, mediaIds } = collectReferences(doc);

  const [relations, inlineArticles, inlineMedia] = await Promise.all([
    client.articleRelation.findMany({
      where: { fromId: row.id, to: linkable },
      orderBy: { position: "asc" },
      select: { to: { select: cardSelect } },
    }),
    // Most bodies link to nothing: no query then (Prisma would still send one, planned as a walk of all stories).
    articleIds.length === 0
      ? []
      : client.article.findMany({
          where: { id: { in: articleIds }, ...linkable },
          select: { id: true, slug: true, headline: true },
        }),
    mediaIds.length === 0
      ? []
      : client.media.findMany({
          where: { id: { in: mediaIds } },
          select: { id: true, fileName: true, width: true, height: true, variants: true },
        }),
  ]);

  // A story not published yet (only a preview shows one) is shown as if published now.
  const { body: _body, heroMedia, authors, tags, publishedAt, ...rest } = row;
  return {
    ...rest,
    publishedAt: publishedAt ?? now,
    doc,
    hero: heroMedia ? mediaSource(heroMedia) : null,
    authors: authors.map((link) => toReaderAuthor(link.author)),
    tags: tags.map((link) => link.tag),
    related: relations.map(({ to }) => toCard({ ...to, publishedAt: to.publishedAt ?? now })),
    references: {
      relatedArticles: new Map(inlineArticles.map((a) => [a.id, { headline: a.headline, href: articlePath(a.slug) }])),
      media: new Map(inlineMedia.map((m) => [m.id, mediaSource(m)])),
    },
  };
}

/** Every story a reader article page shows, for its cache tags: itself and the stories it links to. */
export function storiesShownWith(article: ReaderArticle): string[] {
  return [article.id, ...article.related.map((story) => story.id), ...article.references.relatedArticles.keys()];
}

/** The current slug of a published story that used to live at `oldSlug`. */
export async function findRedirectedSlug(
  oldSlug: string,
  now: Date,
  client: PrismaClient = db,
): Promise<string | null> {
  const redirect = await client.slugRedirect.findFirst({
    where: { slug: oldSlug, article: readerVisible(now) },
    select: { article: { select: { slug: true } } },
  });
  return redirect?.article.slug ?? null;
}

export type ArticleLookup = { article: ReaderArticle } | { article: null; redirectTo: string | null };

export const ARTICLE_NOT_FOUND: ArticleLookup = { article: null, redirectTo: null };

/** What a story address shows: the story, or where it moved, or nothing. */
export async function findReaderArticle(slug: string, now: Date, client: PrismaClient = db): Promise<ArticleLookup> {
  const article = await getReaderArticle(slug, now, client);
  return article ? { article } : { article: null, redirectTo: await findRedirectedSlug(slug, now, client) };
}
