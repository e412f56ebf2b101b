import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { countSitemapGroups, sitemapUrls } from "@/lib/seo/sitemap-entries";
import { sitemapFileCount, sliceGroups } from "@/lib/seo/sitemap-plan";
import { sitemapIndexXml, urlsetXml } from "@/lib/seo/sitemap-xml";

export function sitemapFilePath(fileNumber: number): string {
  return `/sitemaps/${fileNumber}.xml`;
}

/**
 * /sitemap.xml: every URL, or, once a site has more than a file can hold, a
 * sitemap index of /sitemaps/1.xml, /sitemaps/2.xml, …
 */
export async function sitemapXml(siteUrl: string, now: Date, client: PrismaClient = db): Promise<string> {
  const sizes = await countSitemapGroups(now, client);
  const files = sitemapFileCount(sizes.reduce((sum, size) => sum + size, 0));
  if (files > 1)
    return sitemapIndexXml(Array.from({ length: files }, (_, index) => `${siteUrl}${sitemapFilePath(index + 1)}`));
  return urlsetXml(await sitemapUrls(sliceGroups(sizes, 0), siteUrl, now, client));
}

/** One file of a split sitemap, counted from 1; null when there is no such file. */
export async function sitemapFileXml(
  fileNumber: number,
  siteUrl: string,
  now: Date,
  client: PrismaClient = db,
): Promise<string | null> {
  const sizes = await countSitemapGroups(now, client);
  const files = sitemapFileCount(sizes.reduce((sum, size) => sum + size, 0));
  // A site that fits one file has it all in /sitemap.xml.
  if (files === 1 || fileNumber < 1 || fileNumber > files) return null;
  return urlsetXml(await sitemapUrls(sliceGroups(sizes, fileNumber - 1), siteUrl, now, client));
}
