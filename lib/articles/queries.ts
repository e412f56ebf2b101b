import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readerVisible } from "@/lib/articles/visibility";
import { articlePath } from "@/lib/articles/paths";
import { collectReferences, emptyDocument, parseBody, type BodyDocument } from "@/lib/content/schema";
import { mediaSource, type MediaSource } from "@/lib/media/urls";

const cardSelect = {
  id: true,
  slug: true,
  headline: true,
  dek: true,
  publishedAt: true,
  heroAlt: true,
  section: { select: { name: true, slug: true } },
  heroMedia: { select: { fileName: true, width: true, height: true, variants: true } },
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

export async function listLatestArticles({ take, skip = 0 }: { take: number; skip?: number }): Promise<ArticleCard[]> {
  const rows = await db.article.findMany({
    where: readerVisible(),
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take,
    skip,
    select: cardSelect,
  });
  return rows.map(toCard);
}

export async function getHomePage(): Promise<{ lead: ArticleCard | null; latest: ArticleCard[] }> {
  const [lead = null, ...latest] = await listLatestArticles({ take: 21 });
  return { lead, latest };
}

const articleInclude = {
  section: { select: { name: true, slug: true } },
  heroMedia: { select: { fileName: true, width: true, height: true, variants: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { id: true, name: true, slug: true, kind: true } } } },
  tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true, slug: true } } } },
  corrections: { orderBy: { correctedAt: "asc" }, select: { id: true, text: true, correctedAt: true } },
} satisfies Prisma.ArticleInclude;

type ArticleRow = Prisma.ArticleGetPayload<{ include: typeof articleInclude }>;

export type ReaderArticle = Omit<ArticleRow, "body" | "heroMedia" | "authors" | "tags" | "publishedAt"> & {
  publishedAt: Date;
  doc: BodyDocument;
  hero: MediaSource | null;
  authors: ArticleRow["authors"][number]["author"][];
  tags: ArticleRow["tags"][number]["tag"][];
  related: ArticleCard[];
  /** What the body's inline blocks point at, for the renderer. */
  references: {
    relatedArticles: Map<string, { headline: string; href: string }>;
    media: Map<string, MediaSource>;
  };
};

/** A published story by its current slug, with everything its page shows. */
export async function getReaderArticle(slug: string): Promise<ReaderArticle | null> {
  const now = new Date();
  const row = await db.article.findFirst({ where: { slug, ...readerVisible(now) }, include: articleInclude });
  if (!row) return null;

  const parsed = parseBody(JSON.parse(row.body));
  if (!parsed.ok) console.error(`Article ${row.id} has an invalid body: ${parsed.message}`);
  const doc = parsed.ok ? parsed.doc : emptyDocument();
  const { articleIds, mediaIds } = collectReferences(doc);

  const [relations, inlineArticles, inlineMedia] = await Promise.all([
    db.articleRelation.findMany({
      where: { fromId: row.id, to: readerVisible(now) },
      orderBy: { position: "asc" },
      select: { to: { select: cardSelect } },
    }),
    db.article.findMany({ where: { id: { in: articleIds }, ...readerVisible(now) }, select: { id: true, slug: true, headline: true } }),
    db.media.findMany({ where: { id: { in: mediaIds } }, select: { id: true, fileName: true, width: true, height: true, variants: true } }),
  ]);

  const { body: _body, heroMedia, authors, tags, publishedAt, ...rest } = row;
  return {
    ...rest,
    publishedAt: publishedAt ?? now,
    doc,
    hero: heroMedia ? mediaSource(heroMedia) : null,
    authors: authors.map((link) => link.author),
    tags: tags.map((link) => link.tag),
    related: relations.map((relation) => toCard(relation.to)),
    references: {
      relatedArticles: new Map(inlineArticles.map((a) => [a.id, { headline: a.headline, href: articlePath(a.slug) }])),
      media: new Map(inlineMedia.map((m) => [m.id, mediaSource(m)])),
    },
  };
}

/** The current slug of a published story that used to live at `oldSlug`. */
export async function findRedirectedSlug(oldSlug: string): Promise<string | null> {
  const redirect = await db.slugRedirect.findFirst({
    where: { slug: oldSlug, article: readerVisible() },
    select: { article: { select: { slug: true } } },
  });
  return redirect?.article.slug ?? null;
}
