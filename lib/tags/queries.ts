import { listStoryPage } from "@/lib/articles/queries";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function getTag(slug: string, client: PrismaClient = db) {
  return client.tag.findUnique({ where: { slug }, select: { id: true, name: true, slug: true } });
}

/** A tag's page of stories, or null if there is no such tag. */
export async function getTagListing(slug: string, pageNumber: number, now: Date, client: PrismaClient = db) {
  const tag = await getTag(slug, client);
  return tag && { tag, ...(await listStoryPage({ tagId: tag.id }, pageNumber, now, client)) };
}
