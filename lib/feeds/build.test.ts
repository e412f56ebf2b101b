import fc from "fast-check";
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
    expect(json.items[1].content_text).toBe("Only a body.");
    // The summary is plain text: in content_html a dek's "<b>" would be markup.
    expect(json.items[1].content_html).toBeUndefined();
  });
});

describe("storyId", () => {
  it("stays the same when the story's slug changes", () => {
    expect(storyId({ ...putin, slug: "renamed" } as FeedStory, TEST_SITE)).toBe(storyId(putin, TEST_SITE));
  });
});

describe("text a writer typed", () => {
  const hostile = "Ends]]> here <script>alert(1)</script> & again]]><b>bold</b>";
  const tagged: FeedStory = {
    ...putin,
    headline: hostile,
    dek: `Dek ${hostile}`,
    authors: [{ author: { name: "Wire <script>x</script> & Co]]>", slug: "wire" } }],
    tags: [{ tag: { name: 'A <b>"tag"</b>]]>', slug: "a-tag" } }],
  };
  const parser = new Parser({ customFields: { item: [["dc:creator", "creators", { keepArray: true }]] } });

  /** The names of every element in the document: markup smuggled out of a text would add some. */
  function elementNames(xml: string): string[] {
    const names: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object")
        for (const [key, value] of Object.entries(node)) {
          if (key === "#text" || key === ":@" || key === "__cdata") continue;
          names.push(key);
          walk(value);
        }
    };
    walk(new XMLParser({ preserveOrder: true, cdataPropName: "__cdata" }).parse(xml));
    return names;
  }

  it.each(["rss", "atom"] as const)("stays text in %s: titles and descriptions read back exactly", async (format) => {
    const xml = renderFeed(format, channel, [tagged], TEST_SITE);
    expect(XMLValidator.validate(xml)).toBe(true);
    const [item] = (await parser.parseString(xml)).items;
    expect(item?.title).toBe(hostile);
    expect(format === "rss" ? item?.content : item?.summary).toBe(`Dek ${hostile}`);
    expect(elementNames(xml)).not.toContain("script");
    expect(elementNames(xml)).not.toContain("b");
  });

  it("keeps bylines and tag names as text", async () => {
    const rss = await parser.parseString(renderFeed("rss", channel, [tagged], TEST_SITE));
    expect(rss.items[0]?.creators).toEqual(["Wire <script>x</script> & Co]]>"]);
    const atom = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "category" }).parse(
      renderFeed("atom", channel, [tagged], TEST_SITE),
    ).feed;
    expect(atom.entry.author.name).toBe("Wire <script>x</script> & Co]]>");
    // No attribute may hold "<": that name goes without a label, its slug still the term.
    expect(atom.entry.category.map((category: Record<string, string>) => category["@_term"])).toEqual([
      "world",
      "a-tag",
    ]);
    expect(atom.entry.category[1]["@_label"]).toBeUndefined();
  });

  it("reads back any headline exactly, in both formats", async () => {
    const pieces = fc.constantFrom("]]>", "]", ">", "<", "&", "<![CDATA[", "<script>", "</title>", '"', "a", " ", "é");
    const headline = fc
      .array(pieces, { minLength: 1, maxLength: 12 })
      .map((parts) => parts.join("").trim())
      .filter((text) => text.length > 0);
    await fc.assert(
      fc.asyncProperty(headline, async (text) => {
        for (const format of ["rss", "atom"] as const) {
          const xml = renderFeed(format, channel, [{ ...bare, headline: text, bodyText: text }], TEST_SITE);
          const [item] = (await parser.parseString(xml)).items;
          expect(item?.title).toBe(text);
        }
      }),
    );
  });

  it("leaves out characters XML cannot carry, so one headline cannot break the feed", async () => {
    const xml = renderFeed("rss", channel, [{ ...bare, headline: "Bell\u0007 rings\uFFFF" }], TEST_SITE);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect((await parser.parseString(xml)).items[0]?.title).toBe("Bell rings");
  });
});
