import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readGhostExport } from "./ghost";
import type { SourceExport } from "./source";

const fixture = readFileSync(new URL("./fixtures/ghost-export.json", import.meta.url), "utf8");

function read(json: string): SourceExport {
  const result = readGhostExport(json);
  if (!result.ok) throw new Error(result.message);
  return result.source;
}

const post = (source: SourceExport, id: string) => source.posts.find((candidate) => candidate.sourceId === id);

describe("a Ghost post for members only", () => {
  it("is imported as a draft, with a note, since every Byline story is open to all", () => {
    const data = JSON.parse(fixture);
    const posts = data.db[0].data.posts as { id: string; visibility: string; status: string }[];
    const g1 = posts.find((candidate) => candidate.id === "g1");
    if (!g1) throw new Error("the fixture lost g1");
    g1.visibility = "paid";
    const source = read(JSON.stringify(data));
    expect(post(source, "g1")).toMatchObject({ status: "draft" });
    expect(post(source, "g1")?.notes).toContain(
      "for paid readers only on Ghost: imported as a draft, as every Byline story is open to all; publish it if it may be",
    );
    expect(post(source, "g2")?.notes.join()).not.toContain("readers only");
  });
});

describe("readGhostExport on our own export", () => {
  const source = read(fixture);

  it("reads every post but pages, newsletters and the unreadable, saying why of each", () => {
    expect(source.posts.map((candidate) => candidate.sourceId)).toEqual(["g1", "g2", "g3", "g4", "g5", "g7", "g8"]);
    expect(source.skipped).toEqual([
      { sourceId: "g6", title: "About us", reason: "a page, not a post" },
      { sourceId: "g9", title: "Members' letter", reason: "sent as a newsletter only, never published on the site" },
      {
        sourceId: "post 10",
        title: "A post without an id or status",
        reason: expect.stringMatching(/^not readable as a Ghost post: id/),
      },
    ]);
  });

  it("makes the primary tag (the first public one by sort order) the section, the rest tags", () => {
    expect(post(source, "g1")).toMatchObject({
      section: "Eastwick",
      tags: ["Weather"],
      notes: ['internal tag "#featured" left out'],
    });
    expect(post(source, "g2")).toMatchObject({ section: "Transport", tags: [] });
    expect(post(source, "g3")).toMatchObject({ section: null, tags: [] });
  });

  it("gives the authors in their order, with their Ghost slugs and bios", () => {
    expect(post(source, "g1")?.authors).toEqual([
      { slug: "mira-holt", name: "Mira Holt", bio: "Covers the coast." },
      { slug: "tom", name: "Tom Reyes", bio: "" },
    ]);
  });

  it("keeps slugs, statuses and dates as the file has them, missing ones missing", () => {
    expect(post(source, "g1")).toMatchObject({
      slug: "harbour-reopens-after-the-storm",
      status: "published",
      publishedAt: new Date("2025-03-03T09:30:00Z"),
      dek: "Three days of gales closed the quay.",
      sourceUrl: "https://www.eastwick-post.example.org/harbour",
    });
    expect(post(source, "g3")).toMatchObject({ publishedAt: null, createdAt: new Date("2025-02-10T12:00:00Z") });
    expect(post(source, "g4")).toMatchObject({ status: "scheduled", publishedAt: new Date("2099-04-01T07:00:00Z") });
    expect(post(source, "g5")?.slug).toBe("harbour-reopens-after-the-storm");
    expect(post(source, "g8")?.slug).toBe("Café Opens!");
  });

  it("reads HTML when Ghost rendered it, Lexical when that is all there is", () => {
    expect(post(source, "g1")?.content.format).toBe("html");
    expect(post(source, "g2")?.content.format).toBe("lexical");
  });

  it("takes the featured image's place below content/images, with its alt text and caption from posts_meta", () => {
    expect(post(source, "g1")?.hero).toEqual({
      url: "__GHOST_URL__/content/images/2025/03/harbour.png",
      path: "2025/03/harbour.png",
      alt: "Boats tied up at the quay",
      caption: "Eastwick harbour, photo by the harbour office",
    });
  });
});

describe("readGhostExport on odd files", () => {
  it("accepts the inner { meta, data } alone, old millisecond dates and page flags", () => {
    const source = read(
      JSON.stringify({
        data: {
          posts: [
            {
              id: 1,
              title: "Old",
              slug: "old",
              html: "<p>x</p>",
              status: "published",
              published_at: 1420070400000,
              page: 0,
            },
            { id: 2, title: "Old page", slug: "old-page", html: "", status: "published", page: 1 },
          ],
        },
      }),
    );
    expect(source.posts).toMatchObject([{ sourceId: "1", publishedAt: new Date("2015-01-01T00:00:00Z") }]);
    expect(source.skipped).toMatchObject([{ sourceId: "2", reason: "a page, not a post" }]);
  });

  it("skips a post with Mobiledoc only, and notes tags and authors the file does not have", () => {
    const source = read(
      JSON.stringify({
        db: [
          {
            data: {
              posts: [
                { id: "a", title: "Mobile", slug: "mobile", mobiledoc: "{}", status: "published" },
                { id: "b", title: "Orphan", slug: "orphan", html: "<p>x</p>", status: "draft" },
              ],
              posts_tags: [{ post_id: "b", tag_id: "gone" }],
              posts_authors: [{ post_id: "b", author_id: "nobody" }],
            },
          },
        ],
      }),
    );
    expect(source.skipped[0]?.reason).toMatch(/Mobiledoc only/);
    expect(source.posts[0]).toMatchObject({
      authors: [],
      notes: ["tag gone is not in the file: left out", "author nobody is not in the file: left out"],
    });
  });

  it("skips a post whose status it does not know, even one named like an object property", () => {
    const source = read(
      JSON.stringify({ data: { posts: [{ id: "c", title: "Odd", slug: "odd", html: "", status: "constructor" }] } }),
    );
    expect(source.skipped).toEqual([
      { sourceId: "c", title: "Odd", reason: 'its status "constructor" is not one Byline knows' },
    ]);
  });

  it("refuses a file that is not JSON, or not a Ghost export, with a message", () => {
    expect(readGhostExport("{ nope")).toEqual({ ok: false, message: expect.stringMatching(/^The file is not JSON/) });
    expect(readGhostExport('{"posts": []}')).toEqual({
      ok: false,
      message: expect.stringMatching(/^The file is not a Ghost export/),
    });
  });
});
