import { sectionFeedPath } from "@/lib/articles/paths";

export type FeedLink = { type: string; path: string; title: string; label: string };

export const RSS_TYPE = "application/rss+xml";
export const ATOM_TYPE = "application/atom+xml";
export const JSON_FEED_TYPE = "application/feed+json";

export const SITE_FEED_PATHS = { rss: "/feed.xml", atom: "/atom.xml", json: "/feed.json" } as const;

/** The site's feeds, for <link rel="alternate"> tags and the footer. */
export function siteFeeds(siteName: string): FeedLink[] {
  return [
    { type: RSS_TYPE, path: SITE_FEED_PATHS.rss, title: `${siteName} (RSS)`, label: "RSS feed" },
    { type: ATOM_TYPE, path: SITE_FEED_PATHS.atom, title: `${siteName} (Atom)`, label: "Atom feed" },
    { type: JSON_FEED_TYPE, path: SITE_FEED_PATHS.json, title: `${siteName} (JSON Feed)`, label: "JSON Feed" },
  ];
}

export function sectionFeed(siteName: string, section: { name: string; slug: string }): FeedLink {
  return {
    type: RSS_TYPE,
    path: sectionFeedPath(section.slug),
    title: `${siteName}: ${section.name} (RSS)`,
    label: `${section.name} RSS feed`,
  };
}
