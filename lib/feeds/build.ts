import { Feed, type Item } from "feed";
import { articlePath, authorPath, sectionPath, tagPath } from "@/lib/articles/paths";
import type { FeedStory } from "@/lib/feeds/queries";
import { lastModified } from "@/lib/seo/dates";
import { articleDescription } from "@/lib/seo/descriptions";
import type { SiteInfo } from "@/lib/seo/site";

export type FeedChannel = {
  title: string;
  description: string;
  /** The HTML page the feed mirrors (home, a section). */
  pagePath: string;
  /** Where each format of this feed lives; at least the RSS one. */
  feedPaths: { rss: string; atom?: string; json?: string };
};

const DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

export type FeedFormat = "rss" | "atom" | "json";

/**
 * A feed of stories, written with the `feed` package: RSS 2.0, Atom 1.0 or
 * JSON Feed 1.1. Each story gives its title, link, a stable id, its
 * publication and last-change times, bylines, section and tags as categories,
 * and a summary.
 */
export function renderFeed(
  format: FeedFormat,
  channel: FeedChannel,
  stories: readonly FeedStory[],
  site: SiteInfo,
): string {
  const absolute = (path: string) => `${site.url}${path}`;
  const plain = plainText(format);
  const feed = new Feed({
    id: absolute(channel.pagePath),
    title: plain(channel.title),
    description: plain(channel.description),
    link: absolute(channel.pagePath),
    language: site.language,
    image: site.logo.url,
    copyright: `© ${site.name}`,
    generator: site.name,
    updated:
      stories.length > 0 ? new Date(Math.max(...stories.map((story) => lastModified(story).getTime()))) : undefined,
    feedLinks: Object.fromEntries(Object.entries(channel.feedPaths).map(([kind, path]) => [kind, absolute(path)])),
    author: { name: site.name, link: site.url },
  });
  // RSS 2.0 has no element for a byline by name (<author> is an email
  // address), so there bylines go in Dublin Core's dc:creator, declared on the channel.
  if (format === "rss") feed.addExtension({ name: "_attributes", objects: { "xmlns:dc": DUBLIN_CORE } });
  for (const story of stories) feed.addItem(feedItem(story, site, format));
  switch (format) {
    case "rss":
      return feed.rss2();
    case "atom":
      return feed.atom1();
    case "json":
      return toJsonFeed(feed);
  }
}

function feedItem(story: FeedStory, site: SiteInfo, format: FeedFormat): Item {
  const absolute = (path: string) => `${site.url}${path}`;
  const plain = plainText(format);
  const authors = story.authors.map(({ author }) => ({ ...author, name: plain(author.name) }));
  const cdata = (value: string) => (format === "json" ? value : cdataText(xmlText(value)));
  const label = (name: string) => (format === "atom" ? attributeText(xmlText(name)) : plain(name));
  return {
    title: cdata(story.headline),
    id: storyId(story, site),
    link: absolute(articlePath(story.slug)),
    date: lastModified(story),
    published: story.publishedAt,
    description: cdata(articleDescription(story)),
    category: [
      ...(story.section
        ? [
            {
              name: label(story.section.name),
              term: story.section.slug,
              domain: absolute(sectionPath("")),
              scheme: absolute(sectionPath("")),
            },
          ]
        : []),
      ...story.tags.map(({ tag }) => ({
        name: label(tag.name),
        term: tag.slug,
        domain: absolute(tagPath("")),
        scheme: absolute(tagPath("")),
      })),
    ],
    ...(format === "rss"
      ? // The package hands extensions to xml-js, which writes an array as repeated elements: one <dc:creator> per byline.
        {
          extensions: [
            {
              name: "dc:creator",
              objects: authors.map((author) => ({ _text: author.name })) as unknown as Record<string, unknown>,
            },
          ],
        }
      : // (The package's JSON Feed writer fails on an empty author list.)
        authors.length > 0 && {
          author: authors.map((author) => ({ name: author.name, link: absolute(authorPath(author.slug)) })),
        }),
  };
}

/** Characters XML 1.0 cannot carry, escaped or not: one in a headline would make the whole feed unreadable. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xmlText(text: string): string {
  return text.replace(NOT_XML, "");
}

/** Text the package escapes itself (names, the channel's title and description). */
function plainText(format: FeedFormat): (text: string) => string {
  return format === "json" ? (text) => text : xmlText;
}

const CDATA_END = "]]>";
const CDATA_SPLIT = "]]]]><![CDATA[>";

/**
 * Text the `feed` package writes in a CDATA section (an item's title and
 * description in RSS and Atom). Its XML writer, xml-js, splits only the first
 * "]]>" of a section (String.replace with a string), so a second one would
 * close the section and let the rest of a headline through as markup. This
 * splits every later one the same way and leaves the first to xml-js
 * (build.test.ts reads the feeds back, and fails if xml-js ever splits them all).
 */
function cdataText(text: string): string {
  const [first = "", ...rest] = text.split(CDATA_END);
  return rest.length === 0 ? text : `${first}${CDATA_END}${rest.join(CDATA_SPLIT)}`;
}

/**
 * A section's or tag's name as an Atom category label: the package escapes
 * "&" in it and xml-js '"', but neither "<", which no attribute may hold.
 * The label is optional (the slug is the term), so a name with "<" goes without.
 */
function attributeText(name: string): string | undefined {
  return name.includes("<") ? undefined : name;
}

/**
 * A tag: URI (RFC 4151) from the site's host, the day the story was created
 * and its database id: unlike its URL, it survives a change of slug, so feed
 * readers never show a renamed story twice.
 */
export function storyId(story: Pick<FeedStory, "id" | "createdAt">, site: SiteInfo): string {
  return `tag:${new URL(site.url).hostname},${story.createdAt.toISOString().slice(0, 10)}:article:${story.id}`;
}

type JsonFeedAuthor = { name?: string; url?: string };
type JsonFeed = {
  author?: JsonFeedAuthor;
  items: ({ author?: JsonFeedAuthor; content_html?: string } & Record<string, unknown>)[];
} & Record<string, unknown>;

/**
 * JSON Feed 1.1: the `feed` package writes version 1, with a single author.
 * Adds what 1.1 asks for (every byline under `authors`, the language) and
 * keeps `author` for readers of version 1. The package puts the summary in
 * content_html, but it is plain text (a dek may mention "<script>"), so it
 * goes in content_text.
 */
function toJsonFeed(feed: Feed): string {
  const json = JSON.parse(feed.json1()) as JsonFeed;
  return JSON.stringify({
    ...json,
    version: "https://jsonfeed.org/version/1.1",
    language: feed.options.language,
    authors: json.author ? [json.author] : [],
    items: json.items.map(({ content_html, ...item }, index) => ({
      ...item,
      content_text: content_html,
      authors: (feed.items[index]?.author ?? []).map((author) => ({ name: author.name, url: author.link })),
    })),
  });
}
