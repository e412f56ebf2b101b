import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What readers may see. A scheduled story is simply one whose publication
 * time is still ahead: it becomes visible the moment that time passes, with
 * no job flipping its status.
 */
export function readerVisible(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { status: { in: ["PUBLISHED", "SCHEDULED"] }, publishedAt: { lte: now } };
}

/**
 * The same rule on a story's link to a tag or an author. The link carries
 * visibleFrom, the story's publishedAt while its status is one of those
 * above, copied by triggers (prisma/migrations/…_link_visibility), so
 * `visibleFrom <= now` holds exactly when readerVisible(now) holds for the
 * story. Change both together: visibility.test.ts checks they agree.
 */
export function linkVisible(now: Date = new Date()): { visibleFrom: { lte: Date } } {
  return { visibleFrom: { lte: now } };
}
