import { listStoryPage } from "@/lib/articles/queries";
import { db } from "@/lib/db";
import { ignoringCase } from "@/lib/db-provider";
import type { NameFilter } from "@/lib/forms/name-filter";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { hasReaderVisibleStory } from "@/lib/taxonomy/reader-visible";
import { findTaxonomyRedirect } from "@/lib/taxonomy/redirects";

/**
 * A tag's page of stories, or null if there is no such tag or readers see
 * none of its stories yet (see hasReaderVisibleStory).
 */
export async function getTagListing(slug: string, pageNumber: number, now: Date, client: PrismaClient = db) {
  const tag = await client.tag.findUnique({ where: { slug }, select: { id: true, name: true, slug: true } });
  if (!tag || !(await hasReaderVisibleStory({ tagId: tag.id }, now, client))) return null;
  return { tag, ...(await listStoryPage({ tagId: tag.id }, pageNumber, now, client)) };
}

/** The current slug of the tag that used to answer at `slug` (renamed, or merged into another). */
export async function findTagRedirect(slug: string, client: PrismaClient = db): Promise<string | null> {
  return findTaxonomyRedirect(client, "TAG", slug);
}

export const TAGS_PER_PAGE = 50;

/** The editors' list of tags with their number of stories, searched by name. */
export async function listTagsForAdmin(filter: NameFilter, client: PrismaClient = db) {
  const where: Prisma.TagWhereInput = filter.q ? { name: ignoringCase(client, { contains: filter.q }) } : {};
  const [tags, total] = await Promise.all([
    client.tag.findMany({
      where,
      orderBy: { name: "asc" },
      skip: (filter.page - 1) * TAGS_PER_PAGE,
      take: TAGS_PER_PAGE,
      select: { id: true, name: true, slug: true, _count: { select: { articles: true } } },
    }),
    client.tag.count({ where }),
  ]);
  return { tags, total, pageCount: Math.max(1, Math.ceil(total / TAGS_PER_PAGE)) };
}
export type TagAdminRow = Awaited<ReturnType<typeof listTagsForAdmin>>["tags"][number];

/** One tag to edit, with its number of stories. */
export async function getTagForAdmin(id: string, client: PrismaClient = db) {
  return client.tag.findUnique({
    where: { id },
    select: { id: true, name: true, slug: true, _count: { select: { articles: true } } },
  });
}
