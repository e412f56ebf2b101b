import { listStoryPage } from "@/lib/articles/queries";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { findTaxonomyRedirect } from "@/lib/taxonomy/redirects";

export type SectionLink = { id: string; name: string; slug: string };

const NAVIGATION_ORDER = [{ position: "asc" as const }, { name: "asc" as const }];

/** The sections the navigation and the home page show, in their order. */
export async function listSections(client: PrismaClient = db): Promise<SectionLink[]> {
  return client.section.findMany({
    where: { inNavigation: true },
    orderBy: NAVIGATION_ORDER,
    select: { id: true, name: true, slug: true },
  });
}

export async function getSection(slug: string, client: PrismaClient = db) {
  return client.section.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true, description: true },
  });
}

/** The current slug of the section that used to answer at `slug` (renamed, or deleted into another). */
export async function findSectionRedirect(slug: string, client: PrismaClient = db): Promise<string | null> {
  return findTaxonomyRedirect(client, "SECTION", slug);
}

/** A section's page of stories, or null if there is no such section. */
export async function getSectionListing(slug: string, pageNumber: number, now: Date, client: PrismaClient = db) {
  const section = await getSection(slug, client);
  return section && { section, ...(await listStoryPage({ sectionId: section.id }, pageNumber, now, client)) };
}

/** Every section with its number of stories, for /admin/sections. */
export async function listSectionsForAdmin(client: PrismaClient = db) {
  return client.section.findMany({
    orderBy: NAVIGATION_ORDER,
    select: {
      id: true,
      name: true,
      slug: true,
      description: true,
      inNavigation: true,
      _count: { select: { articles: true } },
    },
  });
}
export type SectionAdminRow = Awaited<ReturnType<typeof listSectionsForAdmin>>[number];

/** One section to edit, with its number of stories. */
export async function getSectionForAdmin(id: string, client: PrismaClient = db) {
  return client.section.findUnique({
    where: { id },
    select: { id: true, name: true, slug: true, description: true, _count: { select: { articles: true } } },
  });
}
