import { XMLParser, XMLValidator } from "fast-xml-parser";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { renderFeed, storyId } from "@/lib/feeds/build";
import type { FeedStory } from "@/lib/feeds/queries";
import { TEST_SITE } from "@/lib/seo/test-site";

const putin: FeedStory = {
  id: "cm0putin",
  slug: "putin-invites-trump-to-moscow",
  headline: "Putin Invites Trump to Moscow",
  dek: "A standing invitation & a warm reply.",
  bodyText: "Body.",
  seoDescription: "",
  publishedAt: new Date("2018-07-28T10:00:00.000Z"),
  updatedAt: new Date("2018-07-29T08:00:00.000Z"),
  createdAt: new Date("2018-07-28T09:00:00.000Z"),
  section: { name: "World", slug: "world" },
  authors: [
    { author: { name: "Reuters", slug: "reuters" } },
    { author: { name: "Leila Haddad", slug: "leila-haddad" } },
  ],
  tags: [{ tag: { name: "Russia", slug: "russia" } }],
};
const bare: FeedStory = {
  ...putin,
  id: "cm0bare",
  slug: "bare",
  headline: "No Byline",
  dek: "",
  bodyText: "Only a body.",
  section: null,
  authors: [],
  tags: [],
};

const channel = {
  title: "Byline",
  description: "Latest stories",
  pagePath: "/",
  feedPaths: { rss: "/feed.xml", atom: "/atom.xml", json: "/feed.json" },
};
const stories = [putin, bare];

describe("RSS 2.0", () => {
  const xml = renderFeed("rss", channel, stories, TEST_SITE);

  it("parses with a feed reader and carries each story's fields", async () => {
    const parsed = await new Parser({
      customFields: { item: [["dc:creator", "creators", { keepArray: true }]] },
    }).parseString(xml);
    expect(parsed.title).toBe("Byline");
    expect(parsed.link).toBe("https://news.example.com/");
    const [item] = parsed.items;
    expect(item).toMatchObject({
      title: "Putin Invites Trump to Moscow",
      link: "https://news.example.com/articles/putin-invites-trump-to-moscow",
      guid: "tag:news.example.com,2018-07-28:article:cm0putin",
      pubDate: "Sat, 28 Jul 2018 10:00:00 GMT",
      content: "A standing invitation & a warm reply.",
    });
    expect(
      item?.categories?.map((category: string | { _: string }) =>
        typeof category === "string" ? category : category._,
      ),
    ).toEqual(["World", "Russia"]);
    expect(item?.creators).toEqual(["Reuters", "Leila Haddad"]);
  });

  it("is well-formed XML with every prefix declared", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
    expect(rss["@_version"]).toBe("2.0");
    expect(rss.channel["@_xmlns:dc"]).toBe("http://purl.org/dc/elements/1.1/");
    expect(rss["@_xmlns:atom"]).toBe("http://www.w3.org/2005/Atom");
    // Bylines are dc:creator in RSS; its <author> would have to be an email address.
    expect(xml).not.toContain("<author>");
  });
});

describe("Atom 1.0", () => {
  it("parses and dates each entry by publication and last change", () => {
    const xml = renderFeed("atom", channel, stories, TEST_SITE);
    expect(XMLValidator.validate(xml)).toBe(true);
    const atom = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ["entry", "author", "category"].includes(name),
    }).parse(xml).feed;
    expect(atom["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const [entry] = atom.entry;
    expect(entry.id).toBe("tag:news.example.com,2018-07-28:article:cm0putin");
    expect(entry.published).toBe("2018-07-28T10:00:00.000Z");
    expect(entry.updated).toBe("2018-07-29T08:00:00.000Z");
    expect(entry.author.map((author: { name: string }) => author.name)).toEqual(["Reuters", "Leila Haddad"]);
    expect(entry.category.map((category: Record<string, string>) => category["@_term"])).toEqual(["world", "russia"]);
    // A story without bylines falls back to the feed's author, as Atom requires.
    expect(atom.author[0].name).toBe("Byline");
  });
});

describe("JSON Feed 1.1", () => {
  it("declares version 1.1 and lists every byline", () => {
    const json = JSON.parse(renderFeed("json", channel, stories, TEST_SITE));
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.language).toBe("en");
    expect(json.feed_url).toBe("https://news.example.com/feed.json");
    expect(json.items[0]).toMatchObject({
      id: "tag:news.example.com,2018-07-28:article:cm0putin",
      url: "https://news.example.com/articles/putin-invites-trump-to-moscow",
      title: "Putin Invites Trump to Moscow",
      date_published: "2018-07-28T10:00:00.000Z",
      date_modified: "2018-07-29T08:00:00.000Z",
      tags: ["World", "Russia"],
      authors: [
        { name: "Reuters", url: "https://news.example.com/authors/reuters" },
        { name: "Leila Haddad", url: "https://news.example.com/authors/leila-haddad" },
      ],
    });
    expect(json.items[1].authors).toEqual([]);
    expect(json.items[1].content_html).toBe("Only a body.");
  });
});

describe("storyId", () => {
  it("stays the same when the story's slug changes", () => {
    expect(storyId({ ...putin, slug: "renamed" } as FeedStory, TEST_SITE)).toBe(storyId(putin, TEST_SITE));
  });
});
