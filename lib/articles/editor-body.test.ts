import { getSchema } from "@tiptap/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bodyExtensions } from "@/components/editor/body-extensions";
import { decorateBody } from "@/lib/articles/editor-body";
import { type BodyDocument, parseBody } from "@/lib/content/schema";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";

const noop = () => {};
const tiptapSchema = getSchema(bodyExtensions({ openLink: noop, openImage: noop, openRelated: noop }));

/** Every node and mark of the stored format once. */
const FULL: BodyDocument = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "A heading" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Bold", marks: [{ type: "bold" }] },
        { type: "hardBreak" },
        // In ProseMirror's order of marks (the schema's), so the round trip is exact.
        {
          type: "text",
          text: "linked",
          marks: [{ type: "link", attrs: { href: "https://example.com/a" } }, { type: "italic" }],
        },
      ],
    },
    { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "A quote." }] }] },
    {
      type: "bulletList",
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "One" }] }] }],
    },
    {
      type: "orderedList",
      attrs: { start: 3 },
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Three" }] }] }],
    },
    { type: "image", attrs: { mediaId: "media-1", alt: "A harbour", caption: "At dawn.", credit: "Byline" } },
    { type: "relatedArticle", attrs: { articleId: "story-1" } },
  ],
};

describe("the Tiptap schema of the story editor", () => {
  it("holds every node and mark of the stored body, and what it gives back parses to the same document", () => {
    const roundTripped = tiptapSchema.nodeFromJSON(FULL).toJSON();
    expect(parseBody(roundTripped)).toEqual({ ok: true, doc: FULL });
  });

  it("writes every attribute of the embedded blocks into their DOM, from which ProseMirror rebuilds them", () => {
    const related = tiptapSchema.nodeFromJSON({
      type: "relatedArticle",
      attrs: { articleId: "story-1", headline: "Elsewhere", live: false },
    });
    const image = tiptapSchema.nodeFromJSON({
      type: "image",
      attrs: { mediaId: "media-1", alt: "A harbour", caption: "At dawn.", credit: "Byline", src: "/media/x.webp" },
    });
    const domAttributes = (node: typeof related) => (node.type.spec.toDOM!(node) as readonly unknown[])[1];
    expect(domAttributes(related)).toMatchObject({
      "data-article-id": "story-1",
      "data-headline": "Elsewhere",
      "data-live": "false",
    });
    expect(domAttributes(image)).toMatchObject({
      "data-media-id": "media-1",
      "data-alt": "A harbour",
      "data-caption": "At dawn.",
      "data-credit": "Byline",
      "data-src": "/media/x.webp",
    });
  });

  it("has nothing the stored format lacks", () => {
    expect(Object.keys(tiptapSchema.nodes).sort()).toEqual(
      [
        "blockquote",
        "bulletList",
        "doc",
        "hardBreak",
        "heading",
        "image",
        "listItem",
        "orderedList",
        "paragraph",
        "relatedArticle",
        "text",
      ].sort(),
    );
    expect(Object.keys(tiptapSchema.marks).sort()).toEqual(["bold", "italic", "link"]);
  });
});

describe("decorateBody", () => {
  let database: TestDatabase;
  beforeEach(() => {
    database = createTestDatabase();
  });
  afterEach(async () => {
    await database.dispose();
  });

  it("adds what the editor shows (headline, whether it is live, image address), and saving drops it again", async () => {
    const { client } = database;
    await client.article.create({
      data: { id: "story-1", slug: "s", headline: "A draft next door", body: "{}", status: "DRAFT" },
    });
    await client.media.create({
      data: {
        id: "media-1",
        fileName: "abcdefghij0123456789.webp",
        mime: "image/webp",
        size: 1,
        width: 10,
        height: 10,
      },
    });

    const decorated = await decorateBody(client, FULL);
    const blocks = (decorated as BodyDocument).content;
    expect(blocks[5]).toMatchObject({ attrs: { src: "/media/abcdefghij0123456789.webp" } });
    expect(blocks[6]).toEqual({
      type: "relatedArticle",
      attrs: { articleId: "story-1", headline: "A draft next door", live: false },
    });

    const edited = tiptapSchema.nodeFromJSON(decorated).toJSON();
    expect(parseBody(edited)).toEqual({ ok: true, doc: FULL });
  });
});
