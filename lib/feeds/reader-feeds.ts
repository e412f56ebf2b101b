import { sectionFeedPath, sectionPath } from "@/lib/articles/paths";
import { readForReaders } from "@/lib/cache/reader-cache";
import { ARTICLE_LISTS, TAXONOMY } from "@/lib/cache/tags";
import { type FeedFormat, renderFeed } from "@/lib/feeds/build";
import { ATOM_TYPE, JSON_FEED_TYPE, RSS_TYPE, SITE_FEED_PATHS, sectionFeed } from "@/lib/feeds/links";
import { listFeedStories } from "@/lib/feeds/queries";
import { findSectionRedirect, getSection } from "@/lib/sections/queries";
import { absoluteUrl, siteInfo } from "@/lib/seo/site";

// Feeds name sections and tags, so they carry the names' tag as well as the lists'.
const FEED_TAGS = [ARTICLE_LISTS, TAXONOMY];

/** The site's feed of its newest stories. */
export async function siteFeedResponse(format: FeedFormat): Promise<Response> {
  const site = await siteInfo();
  const stories = await readForReaders(
    (now) => listFeedStories({ now }),
    () => FEED_TAGS,
    [],
  );
  const channel = {
    title: site.name,
    description: `The latest stories from ${site.name}.`,
    pagePath: "/",
    feedPaths: SITE_FEED_PATHS,
  };
  return feedResponse(renderFeed(format, channel, stories, site), format);
}

/**
 * A section's RSS feed; at a renamed section's former slug a 308 to its feed
 * now (absolute, for feed readers); else a 404.
 */
export async function sectionFeedResponse(slug: string): Promise<Response> {
  const site = await siteInfo();
  const found = await readForReaders(
    async (now) => {
      const section = await getSection(slug);
      if (!section) return { section: null, movedTo: await findSectionRedirect(slug) };
      return { section, stories: await listFeedStories({ sectionId: section.id, now }) };
    },
    () => FEED_TAGS,
    { section: null, movedTo: null },
  );
  if (!found.section) {
    if (found.movedTo)
      return new Response(null, { status: 308, headers: { Location: absoluteUrl(sectionFeedPath(found.movedTo)) } });
    return new Response("There is no such section.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const { section, stories } = found;
  const channel = {
    title: `${site.name}: ${section.name}`,
    description: section.description || `The latest ${section.name} stories from ${site.name}.`,
    pagePath: sectionPath(section.slug),
    feedPaths: { rss: sectionFeed(site.name, section).path },
  };
  return feedResponse(renderFeed("rss", channel, stories, site), "rss");
}

const CONTENT_TYPES: Record<FeedFormat, string> = { rss: RSS_TYPE, atom: ATOM_TYPE, json: JSON_FEED_TYPE };

function feedResponse(body: string, format: FeedFormat): Response {
  return new Response(body, { headers: { "Content-Type": `${CONTENT_TYPES[format]}; charset=utf-8` } });
}
