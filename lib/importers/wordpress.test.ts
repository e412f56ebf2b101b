import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SourceExport } from "./source";
import { readWordPressExport } from "./wordpress";

const fixture = readFileSync(new URL("./fixtures/wordpress-export.xml", import.meta.url), "utf8");

function read(xml: string): SourceExport {
  const result = readWordPressExport(xml);
  if (!result.ok) throw new Error(result.message);
  return result.source;
}

const post = (source: SourceExport, id: string) => source.posts.find((candidate) => candidate.sourceId === id);

describe("readWordPressExport on our own export", () => {
  const source = read(fixture);

  it("reads the posts; pages, trash and menu items are skipped with why, attachments are no posts", () => {
    expect(source.posts.map((candidate) => candidate.sourceId)).toEqual(["101", "102", "103", "104", "105", "106"]);
    expect(source.skipped).toEqual([
      { sourceId: "107", title: "Contact us", reason: "a page, not a post" },
      { sourceId: "108", title: "Old rumour", reason: "in WordPress's trash" },
      { sourceId: "109", title: "Home", reason: "a nav_menu_item, not a post" },
    ]);
  });

  it("makes the first category the section, further categories and post tags tags", () => {
    expect(post(source, "101")).toMatchObject({ section: "Local", tags: ["River", "Museums"] });
    expect(post(source, "103")).toMatchObject({
      section: "Local",
      tags: ["Environment", "River"],
      notes: ['category "Environment" kept as a tag: a story has one section'],
    });
    // WordPress's default category is no section.
    expect(post(source, "102")).toMatchObject({ section: null, tags: [] });
  });

  it("gives the author by login, with the display name", () => {
    expect(post(source, "101")?.authors).toEqual([{ slug: "ada", name: "Ada Lindqvist", bio: "" }]);
    expect(post(source, "103")?.authors).toEqual([{ slug: "bokafor", name: "Ben Okafor", bio: "" }]);
    expect(post(source, "106")?.notes).toContain('author "ghostwriter" is not among the file\'s authors: left out');
  });

  it("finds the featured image through _thumbnail_id, with its file, alt text and caption", () => {
    expect(post(source, "101")?.hero).toEqual({
      url: "https://courier.example.com/wp-content/uploads/2024/03/mill-front.png",
      path: "2024/03/mill-front.png",
      alt: "The mill's brick front with new windows",
      caption: "The mill seen from the bridge",
    });
  });

  it("keeps statuses: drafts, pending (for review), future (scheduled), private as a draft", () => {
    expect(source.posts.map((candidate) => [candidate.sourceId, candidate.status])).toEqual([
      ["101", "published"],
      ["102", "draft"],
      ["103", "review"],
      ["104", "scheduled"],
      ["105", "published"],
      ["106", "draft"],
    ]);
    expect(post(source, "106")?.notes[0]).toBe("private in WordPress: imported as a draft, which readers do not see");
  });

  it("reads GMT dates, and a draft's 0000-00-00 date as none", () => {
    expect(post(source, "101")?.publishedAt).toEqual(new Date("2024-03-16T10:15:00Z"));
    expect(post(source, "103")?.publishedAt).toEqual(new Date("2024-04-02T07:45:00Z"));
    expect(post(source, "102")).toMatchObject({
      publishedAt: null,
      createdAt: new Date("2024-03-20T09:00:00Z"),
      slug: "",
    });
  });

  it("names the site by its blog's own address, without the scheme, for the stories' provenance", () => {
    expect(source.site).toBe("courier.example.com");
    // On a multisite every blog shares the network's site address; each blog has its own blog address.
    const blog = read(
      fixture.replace(
        "<wp:base_blog_url>https://courier.example.com</wp:base_blog_url>",
        "<wp:base_blog_url>https://courier.example.com/sport</wp:base_blog_url>",
      ),
    );
    expect(blog.site).toBe("courier.example.com/sport");
  });

  it("hands the content on with the site's address for relative links, and the excerpt as text", () => {
    expect(post(source, "101")).toMatchObject({
      content: { format: "wordpress", baseUrl: "https://courier.example.com" },
      dek: "The weaving museum opens.",
      seoDescription: "Millbrook's mill is now a museum.",
    });
  });
});

describe("readWordPressExport on odd files", () => {
  const wxr = (items: string) =>
    `<rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><link>https://x.example</link>${items}</channel></rss>`;

  it("skips an item without an id and goes on; notes a featured image the file lacks", () => {
    const source = read(
      wxr(
        "<item><title>No id</title></item>" +
          "<item><title>Kept</title><wp:post_id>5</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>" +
          "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>99</wp:meta_value></wp:postmeta></item>",
      ),
    );
    expect(source.skipped).toEqual([
      { sourceId: "item 1", title: "", reason: "not readable as a WordPress item: has no wp:post_id" },
    ]);
    expect(source.posts).toMatchObject([
      { sourceId: "5", title: "Kept", hero: null, notes: ["featured image (attachment 99) is not in the file"] },
    ]);
  });

  it("reads a date without its UTC time in the site's offset, from the item nearest in time that has both", () => {
    const item = (id: number, status: string, local: string, utc: string) =>
      `<item><title>Post ${id}</title><wp:post_id>${id}</wp:post_id><wp:status>${status}</wp:status><wp:post_type>post</wp:post_type>` +
      `<wp:post_date>${local}</wp:post_date><wp:post_date_gmt>${utc}</wp:post_date_gmt></item>`;
    const never = "0000-00-00 00:00:00";
    const source = read(
      wxr(
        // A site in Berlin: UTC+01:00 in winter, UTC+02:00 in summer.
        item(1, "publish", "2024-01-10 12:00:00", "2024-01-10 11:00:00") +
          item(2, "publish", "2024-07-10 12:00:00", "2024-07-10 10:00:00") +
          item(3, "publish", "2024-07-20 09:00:00", never) +
          item(4, "publish", "2024-01-20 09:00:00", never) +
          item(5, "draft", "2024-07-21 09:00:00", never),
      ),
    );
    expect(post(source, "3")).toMatchObject({
      publishedAt: null,
      createdAt: new Date("2024-07-20T07:00:00Z"),
      notes: ["its date has no UTC time in the file: read as UTC+02:00, the site's offset then"],
    });
    expect(post(source, "4")).toMatchObject({ createdAt: new Date("2024-01-20T08:00:00Z") });
    // A draft's date is not used: no note.
    expect(post(source, "5")).toMatchObject({ createdAt: new Date("2024-07-21T07:00:00Z"), notes: [] });

    const alone = read(wxr(item(6, "publish", "2024-07-20 09:00:00", never)));
    expect(post(alone, "6")).toMatchObject({
      createdAt: new Date("2024-07-20T09:00:00Z"),
      notes: ["its date has no UTC time in the file, nor has any other item's to show the site's offset: read as UTC"],
    });
  });

  it("keeps a password-protected post a draft, and reads WordPress.com's https namespace", () => {
    const source = read(
      wxr(
        "<item><title>Members</title><wp:post_id>7</wp:post_id><wp:status>publish</wp:status>" +
          "<wp:post_password>enter</wp:post_password></item>" +
          "<item><title>Open</title><wp:post_id>8</wp:post_id><wp:status>publish</wp:status><wp:post_password/></item>",
      ).replace("http://wordpress.org/export/1.2/", "https://wordpress.org/export/1.2/"),
    );
    expect(source.posts).toMatchObject([
      {
        sourceId: "7",
        status: "draft",
        notes: [expect.stringContaining("password-protected in WordPress: imported as a draft")],
      },
      { sourceId: "8", status: "published", notes: [] },
    ]);
  });

  it("keeps slugs that look like numbers as text", () => {
    const source = read(
      wxr(
        "<item><title>Year</title><wp:post_id>6</wp:post_id><wp:post_name>2024</wp:post_name><wp:status>draft</wp:status></item>",
      ),
    );
    expect(source.posts[0]?.slug).toBe("2024");
  });

  it("refuses broken XML and XML that is not an export, with a message", () => {
    expect(readWordPressExport("<rss><channel></rss>")).toEqual({
      ok: false,
      message: expect.stringMatching(/^The file is not well-formed XML: .* \(line 1\)\.$/),
    });
    expect(readWordPressExport("<rss><channel><item/></channel></rss>")).toEqual({
      ok: false,
      message: expect.stringMatching(/^The file is not a WordPress export \(WXR\)/),
    });
  });
});
