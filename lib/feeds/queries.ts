import { readerVisible } from "@/lib/articles/visibility";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** Feeds carry the newest stories, as feed readers expect. */
export const FEED_SIZE = 50;

const feedStorySelect = {
  id: true,
  slug: true,
  headline: true,
  dek: true,
  bodyText: true,
  seoDescription: true,
  publishedAt: true,
  updatedAt: true,
  createdAt: true,
  section: { select: { name: true, slug: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, slug: true } } } },
  tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true, slug: true } } } },
} satisfies Prisma.ArticleSelect;

export type FeedStory = Omit<Prisma.ArticleGetPayload<{ select: typeof feedStorySelect }>, "publishedAt"> & {
  publishedAt: Date;
};

/** The newest published stories, of one section or of the whole site. */
export async function listFeedStories(
  { sectionId, now }: { sectionId?: string; now: Date },
  client: PrismaClient = db,
): Promise<FeedStory[]> {
  const rows = await client.article.findMany({
    where: { ...readerVisible(now), ...(sectionId && { sectionId }) },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: FEED_SIZE,
    select: feedStorySelect,
  });
  // readerVisible() guarantees a publication time.
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt ?? now }));
}
