import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * When the next scheduled story becomes visible to readers, if any. A story
 * is visible once its publication time passes (lib/articles/visibility.ts),
 * so this is the moment cached reader pages go out of date on their own.
 */
export async function nextScheduledPublication(now: Date, client: PrismaClient = db): Promise<Date | null> {
  const next = await client.article.findFirst({
    where: { status: "SCHEDULED", publishedAt: { gt: now } },
    orderBy: { publishedAt: "asc" },
    select: { publishedAt: true },
  });
  return next?.publishedAt ?? null;
}
