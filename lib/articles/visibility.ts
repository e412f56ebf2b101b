import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What readers may see. A scheduled story is simply one whose publication
 * time is still ahead: it becomes visible the moment that time passes, with
 * no job flipping its status.
 */
export function readerVisible(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { status: { in: ["PUBLISHED", "SCHEDULED"] }, publishedAt: { lte: now } };
}
