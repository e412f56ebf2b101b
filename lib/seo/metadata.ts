import type { Metadata } from "next";
import { articlePath, authorPath } from "@/lib/articles/paths";
import type { ReaderArticle } from "@/lib/articles/queries";
import { type FeedLink, siteFeeds } from "@/lib/feeds/links";
import { isOutOfRange, type PageInfo, pageHref } from "@/lib/pagination/pages";
import { isoWithTimeZone, lastModified } from "@/lib/seo/dates";
import { articleDescription } from "@/lib/seo/descriptions";
import { absoluteUrl, siteInfo } from "@/lib/seo/site";

type PageDetails = {
  /** Goes through the root layout's "%s | Site" template unless `absoluteTitle`. */
  title: string;
  absoluteTitle?: boolean;
  description: string;
  /** The page's own address (relative; made absolute from SITE_URL). */
  path: string;
  /** Feeds besides the site's own, such as a section's. */
  feeds?: FeedLink[];
  /** Pages that should not appear in search results (an empty search, a page past the end). */
  noindex?: boolean;
};

/**
 * Metadata every reader page carries: title, description, canonical URL,
 * feed links, Open Graph and Twitter cards. Relative URLs are made absolute
 * by the root layout's metadataBase (SITE_URL).
 */
export async function readerMetadata({
  title,
  absoluteTitle,
  description,
  path,
  feeds = [],
  noindex,
}: PageDetails): Promise<Metadata> {
  const site = await siteInfo();
  const fullTitle = absoluteTitle ? title : `${title} | ${site.name}`;
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const feed of [...siteFeeds(site.name), ...feeds]) {
    types[feed.type] = [...(types[feed.type] ?? []), { url: feed.path, title: feed.title }];
  }
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: path, types },
    openGraph: { type: "website", siteName: site.name, locale: "en_US", url: path, title: fullTitle, description },
    twitter: { card: "summary", title: fullTitle, description },
    ...(noindex && { robots: { index: false, follow: true } }),
  };
}

/** A story page: og:type article with its dates, bylines, section and tags, and a large image card. */
export async function articleMetadata(article: ReaderArticle, feeds: FeedLink[]): Promise<Metadata> {
  const title = article.seoTitle || article.headline;
  const description = articleDescription(article);
  const base = await readerMetadata({ title, description, path: articlePath(article.slug), feeds });
  const site = await siteInfo();
  const images = article.hero
    ? [{ url: article.hero.src, width: article.hero.width, height: article.hero.height, alt: article.heroAlt }]
    : [];
  return {
    ...base,
    authors: article.authors.map((author) => ({ name: author.name, url: authorPath(author.slug) })),
    openGraph: {
      type: "article",
      siteName: site.name,
      locale: "en_US",
      url: articlePath(article.slug),
      title,
      description,
      publishedTime: isoWithTimeZone(article.publishedAt, site.timeZone),
      modifiedTime: isoWithTimeZone(lastModified(article), site.timeZone),
      authors: article.authors.map((author) => `${site.url}${authorPath(author.slug)}`),
      ...(article.section && { section: article.section.name }),
      tags: article.tags.map((tag) => tag.name),
      images,
    },
    twitter: { card: images.length > 0 ? "summary_large_image" : "summary", title, description, images },
  };
}

/** A page of a listing: numbered title, its own canonical address, rel prev/next, and no indexing past the end. */
export async function listingMetadata({
  name,
  description,
  path,
  page,
  feeds,
}: {
  name: string;
  description: string;
  path: string;
  page: PageInfo;
  feeds?: FeedLink[];
}): Promise<Metadata> {
  const later = page.number > 1;
  const outOfRange = isOutOfRange(page);
  return {
    ...(await readerMetadata({
      title: later ? `${name}, page ${page.number}` : name,
      description: later ? `${description} Page ${page.number}.` : description,
      path: pageHref(path, page.number),
      feeds,
      noindex: outOfRange,
    })),
    pagination: {
      previous: later && !outOfRange ? absoluteUrl(pageHref(path, page.number - 1)) : null,
      next: page.number >= 1 && page.number < page.count ? absoluteUrl(pageHref(path, page.number + 1)) : null,
    },
  };
}

/** For a reader page whose subject does not exist (its 404 page). */
export const NOT_FOUND_METADATA: Metadata = { title: "Page not found", robots: { index: false, follow: true } };
