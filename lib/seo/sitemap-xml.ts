import { XMLBuilder } from "fast-xml-parser";

/** Sitemap formats: https://www.sitemaps.org/protocol.html and Google News sitemaps. */
export const SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
export const NEWS_NAMESPACE = "http://www.google.com/schemas/sitemap-news/0.9";

export type SitemapUrl = { loc: string; lastmod?: string };
export type NewsSitemapUrl = { loc: string; title: string; publishedAt: string };

const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });
const declaration = { "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" } };

export function urlsetXml(urls: readonly SitemapUrl[]): string {
  return builder.build({ ...declaration, urlset: { "@_xmlns": SITEMAP_NAMESPACE, url: urls } });
}

export function sitemapIndexXml(sitemapUrls: readonly string[]): string {
  return builder.build({
    ...declaration,
    sitemapindex: { "@_xmlns": SITEMAP_NAMESPACE, sitemap: sitemapUrls.map((loc) => ({ loc })) },
  });
}

export function newsSitemapXml(
  publication: { name: string; language: string },
  urls: readonly NewsSitemapUrl[],
): string {
  return builder.build({
    ...declaration,
    urlset: {
      "@_xmlns": SITEMAP_NAMESPACE,
      "@_xmlns:news": NEWS_NAMESPACE,
      url: urls.map((url) => ({
        loc: url.loc,
        "news:news": {
          "news:publication": { "news:name": publication.name, "news:language": publication.language },
          "news:publication_date": url.publishedAt,
          "news:title": url.title,
        },
      })),
    },
  });
}

export const XML_HEADERS = { "Content-Type": "application/xml; charset=utf-8" };
