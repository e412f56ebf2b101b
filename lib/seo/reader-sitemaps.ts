import { readForReaders } from "@/lib/cache/reader-cache";
import { ARTICLE_LISTS, TAXONOMY } from "@/lib/cache/tags";
import { siteInfo } from "@/lib/seo/site";
import { newsSitemapUrls } from "@/lib/seo/sitemap-entries";
import { sitemapFileXml, sitemapXml } from "@/lib/seo/sitemap-files";
import { newsSitemapXml, urlsetXml } from "@/lib/seo/sitemap-xml";

const SITEMAP_TAGS = [ARTICLE_LISTS, TAXONOMY];

/** /sitemap.xml, cached like the pages (see lib/seo/sitemap-files.ts). */
export async function loadSitemap(): Promise<string> {
  const site = await siteInfo();
  return readForReaders(
    (now) => sitemapXml(site.url, now),
    () => SITEMAP_TAGS,
    urlsetXml([]),
  );
}

/** One file of a split sitemap, counted from 1; null when there is no such file. */
export async function loadSitemapFile(fileNumber: number): Promise<string | null> {
  const site = await siteInfo();
  return readForReaders(
    (now) => sitemapFileXml(fileNumber, site.url, now),
    () => SITEMAP_TAGS,
    null,
  );
}

export async function loadNewsSitemap(): Promise<string> {
  const site = await siteInfo();
  const urls = await readForReaders(
    (now) => newsSitemapUrls(site.url, now),
    () => [ARTICLE_LISTS],
    [],
  );
  return newsSitemapXml({ name: site.name, language: site.language }, urls);
}
