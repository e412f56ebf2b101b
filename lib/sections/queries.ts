import { listStoryPage } from "@/lib/articles/queries";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type SectionLink = { id: string; name: string; slug: string };

/** Sections in navigation order. */
export async function listSections(client: PrismaClient = db): Promise<SectionLink[]> {
  return client.section.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, slug: true },
  });
}

export async function getSection(slug: string, client: PrismaClient = db) {
  return client.section.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true, description: true },
  });
}

/** A section's page of stories, or null if there is no such section. */
export async function getSectionListing(slug: string, pageNumber: number, now: Date, client: PrismaClient = db) {
  const section = await getSection(slug, client);
  return section && { section, ...(await listStoryPage({ sectionId: section.id }, pageNumber, now, client)) };
}
