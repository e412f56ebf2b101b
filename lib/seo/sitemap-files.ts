import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { countPageGroups, countSitemapGroups, sitemapUrls } from "@/lib/seo/sitemap-entries";
import { sitemapFileCount, sliceGroups, URLS_PER_SITEMAP } from "@/lib/seo/sitemap-plan";
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

/**
 * One file of a split sitemap, counted from 1; null when there is no such
 * file. It does not count the stories (a walk of every published story,
 * half the cost of a file on 100,000): it asks for its own slice of them plus
 * one, and that one says whether a later file exists.
 */
export async function sitemapFileXml(
  fileNumber: number,
  siteUrl: string,
  now: Date,
  client: PrismaClient = db,
): Promise<string | null> {
  if (fileNumber < 1) return null;
  const pages = await countPageGroups(now, client);
  const slices = sliceGroups([...pages, Number.MAX_SAFE_INTEGER], fileNumber - 1);
  const stories = slices.at(-1) ?? { skip: 0, take: 0 };
  const urls = await sitemapUrls(
    [...slices.slice(0, -1), { skip: stories.skip, take: stories.take + 1 }],
    siteUrl,
    now,
    client,
  );
  const laterFile = urls.length > URLS_PER_SITEMAP;
  // No URL: past the last file. File 1 and no later file: the site fits /sitemap.xml.
  if (urls.length === 0 || (fileNumber === 1 && !laterFile)) return null;
  return urlsetXml(laterFile ? urls.slice(0, URLS_PER_SITEMAP) : urls);
}
