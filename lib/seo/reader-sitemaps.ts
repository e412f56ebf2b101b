import { readForReaders } from "@/lib/cache/reader-cache";
import { ARTICLE_LISTS, TAXONOMY } from "@/lib/cache/tags";
import { siteInfo } from "@/lib/seo/site";
import { countSitemapGroups, newsSitemapUrls, sitemapUrls } from "@/lib/seo/sitemap-entries";
import { sitemapFileCount, sliceGroups } from "@/lib/seo/sitemap-plan";
import { newsSitemapXml, sitemapIndexXml, urlsetXml } from "@/lib/seo/sitemap-xml";

const SITEMAP_TAGS = [ARTICLE_LISTS, TAXONOMY];

export function sitemapFilePath(fileNumber: number): string {
  return `/sitemaps/${fileNumber}.xml`;
}

/**
 * /sitemap.xml: every URL, or, once a site has more than a file can hold, a
 * sitemap index of /sitemaps/1.xml, /sitemaps/2.xml, …
 */
export async function loadSitemap(): Promise<string> {
  const site = siteInfo();
  return readForReaders(
    async (now) => {
      const sizes = await countSitemapGroups(now);
      const files = sitemapFileCount(sizes.reduce((sum, size) => sum + size, 0));
      if (files > 1)
        return sitemapIndexXml(Array.from({ length: files }, (_, index) => `${site.url}${sitemapFilePath(index + 1)}`));
      return urlsetXml(await sitemapUrls(sliceGroups(sizes, 0), site.url, now));
    },
    () => SITEMAP_TAGS,
    urlsetXml([]),
  );
}

/** One file of a split sitemap, counted from 1; null when there is no such file. */
export async function loadSitemapFile(fileNumber: number): Promise<string | null> {
  const site = siteInfo();
  return readForReaders(
    async (now) => {
      const sizes = await countSitemapGroups(now);
      const files = sitemapFileCount(sizes.reduce((sum, size) => sum + size, 0));
      // A site that fits one file has it all in /sitemap.xml.
      if (files === 1 || fileNumber < 1 || fileNumber > files) return null;
      return urlsetXml(await sitemapUrls(sliceGroups(sizes, fileNumber - 1), site.url, now));
    },
    () => SITEMAP_TAGS,
    null,
  );
}

export async function loadNewsSitemap(): Promise<string> {
  const site = siteInfo();
  const urls = await readForReaders(
    (now) => newsSitemapUrls(site.url, now),
    () => [ARTICLE_LISTS],
    [],
  );
  return newsSitemapXml({ name: site.name, language: site.language }, urls);
}
