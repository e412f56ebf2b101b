import { describe, expect, it } from "vitest";
import { isSafeHref, isSafeResourceUrl } from "./links";
import { BODY_LIMITS, type BodyDocument, collectReferences, emptyDocument, parseBody } from "./schema";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const para = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string, marks?: unknown[]) =>
  marks ? { type: "text", text: value, marks } : { type: "text", text: value };
const link = (href: string) => ({ type: "link", attrs: { href } });

function expectInvalid(json: unknown, pattern: RegExp): void {
  const result = parseBody(json);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message).toMatch(pattern);
}

const everyNode: BodyDocument = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "A council meets" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Plain, " },
        { type: "text", text: "bold", marks: [{ type: "bold" }] },
        { type: "text", text: "italic", marks: [{ type: "italic" }] },
        { type: "hardBreak" },
        { type: "text", text: "linked", marks: [{ type: "link", attrs: { href: "https://example.org/a?b=c" } }] },
        { type: "text", text: "mail", marks: [{ type: "link", attrs: { href: "mailto:desk@example.org" } }] },
      ],
    },
    { type: "paragraph" },
    { type: "heading", attrs: { level: 4 } },
    { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "Quoted." }] }] },
    {
      type: "bulletList",
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "One" }] }] }],
    },
    {
      type: "orderedList",
      attrs: { start: 3 },
      content: [
        {
          type: "listItem",
          content: [
            { type: "paragraph", content: [{ type: "text", text: "Three" }] },
            { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
          ],
        },
      ],
    },
    {
      type: "image",
      attrs: { mediaId: "media-1", alt: "A harbour at dawn", caption: "The harbour.", credit: "Staff" },
    },
    { type: "relatedArticle", attrs: { articleId: "article-9" } },
  ],
};

describe("parseBody: valid documents", () => {
  it("accepts every node type and returns it unchanged", () => {
    const result = parseBody(everyNode);
    expect(result).toEqual({ ok: true, doc: everyNode });
  });

  it("accepts an empty draft and the editor's empty document", () => {
    expect(parseBody(doc()).ok).toBe(true);
    expect(parseBody(emptyDocument())).toEqual({ ok: true, doc: emptyDocument() });
  });

  it("accepts Tiptap's extra attrs and strips them", () => {
    const result = parseBody(
      doc(
        {
          type: "paragraph",
          attrs: { textAlign: "left" },
          content: [
            text("x", [
              { type: "link", attrs: { href: "https://example.org", target: "_blank", rel: "noopener", class: null } },
            ]),
          ],
        },
        {
          type: "orderedList",
          attrs: { start: 1, type: null },
          content: [{ type: "listItem", content: [{ type: "paragraph" }] }],
        },
        { type: "heading", attrs: { level: 3, id: "h-1" }, content: [text("H")] },
        { type: "image", attrs: { mediaId: "m", alt: null, caption: null, credit: "C", title: "t" } },
      ),
    );
    expect(result).toEqual({
      ok: true,
      doc: doc(
        { type: "paragraph", content: [text("x", [link("https://example.org")])] },
        { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
        { type: "heading", attrs: { level: 3 }, content: [text("H")] },
        { type: "image", attrs: { mediaId: "m", alt: "", caption: "", credit: "C" } },
      ),
    });
  });

  it("drops duplicate and empty mark lists", () => {
    const result = parseBody(doc(para(text("a", []), text("b", [{ type: "bold" }, { type: "bold" }]))));
    expect(result.ok && result.doc.content[0]).toEqual(para(text("a"), text("b", [{ type: "bold" }])));
  });

  it("trims spaces around a pasted link", () => {
    const result = parseBody(doc(para(text("a", [link("  https://example.org/x ")]))));
    expect(result.ok && result.doc.content[0]).toEqual(para(text("a", [link("https://example.org/x")])));
  });
});

describe("parseBody: invalid documents", () => {
  it("rejects non-documents", () => {
    expectInvalid(null, /^Body must be a document/);
    expectInvalid("<p>hi</p>", /^Body must be a document/);
    expectInvalid({ type: "page", content: [] }, /type "doc"/);
  });

  it("rejects an unknown node type, naming it and its position", () => {
    expectInvalid(doc(para(text("a")), { type: "table" }), /^Body: block 2 has an unknown type "table"$/);
    expectInvalid(doc(para({ type: "mention" })), /inline node at paragraph 1 has an unknown type "mention"/);
    expectInvalid(doc(para(text("a", [{ type: "underline" }]))), /mark at paragraph 1 has an unknown type "underline"/);
  });

  it.each([1, 5, "2", undefined])("rejects heading level %s", (level) => {
    expectInvalid(doc({ type: "heading", attrs: { level } }), /^Body: heading 1 must have level 2, 3 or 4$/);
  });

  it("rejects text nodes without text", () => {
    expectInvalid(doc(para({ type: "text" })), /text at paragraph 1 must have text/);
    expectInvalid(doc(para(text(""))), /text at paragraph 1 must not be empty/);
  });

  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "\u0001javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "/relative/path",
    "relative",
    "//example.org/protocol-relative",
    "https:example.org",
    "https://",
    "mailto:",
    "#",
    "",
  ])("rejects the link %j", (href) => {
    expectInvalid(
      doc(para(text("a")), para(text("b")), para(text("x", [link(href)]))),
      /^Body: link at paragraph 3 must start with http, https or mailto$/,
    );
  });

  it("locates problems inside nested blocks", () => {
    const nested = doc(para(text("a")), {
      type: "bulletList",
      content: [{ type: "listItem", content: [para(text("b", [link("javascript:x")]))] }],
    });
    expectInvalid(nested, /^Body: link at paragraph 1 in list item 1 in bullet list 2 must start/);
  });

  it("rejects empty containers and bad list starts", () => {
    expectInvalid(doc({ type: "blockquote", content: [] }), /quote 1 must contain at least one block/);
    expectInvalid(doc({ type: "bulletList", content: [] }), /bullet list 1 must contain at least one item/);
    expectInvalid(
      doc({ type: "orderedList", attrs: { start: 0 }, content: [{ type: "listItem", content: [para()] }] }),
      /start at 1 or more/,
    );
  });

  it("rejects images and related articles without ids", () => {
    expectInvalid(
      doc({ type: "image", attrs: { mediaId: "", alt: "", caption: "", credit: "" } }),
      /image 1 must have a media id/,
    );
    expectInvalid(doc({ type: "relatedArticle", attrs: {} }), /related article 1 must have an article id/);
  });

  it("rejects nesting beyond the limit with a message instead of a crash", () => {
    let node: unknown = para(text("deep"));
    for (let i = 0; i < 200_000; i++) node = { type: "blockquote", content: [node] };
    expectInvalid(doc(node), /nested too deeply/);
  });

  it("accepts nesting up to the limit", () => {
    let node: unknown = para(text("deep")); // paragraph + text = 2 levels
    for (let i = 0; i < BODY_LIMITS.maxDepth - 2; i++) node = { type: "blockquote", content: [node] };
    expect(parseBody(doc(node)).ok).toBe(true);
    expectInvalid(doc({ type: "blockquote", content: [node] }), /nested too deeply/);
  });

  it("rejects oversized documents and text nodes", () => {
    expectInvalid(doc(...Array.from({ length: BODY_LIMITS.maxNodes + 1 }, () => para())), /too large/);
    expectInvalid(doc(para(text("x".repeat(BODY_LIMITS.maxTextLength + 1)))), /longer than/);
  });
});

describe("collectReferences", () => {
  it("lists related article and media ids once, in document order, including nested ones", () => {
    const related = (id: string) => ({ type: "relatedArticle", attrs: { articleId: id } });
    const image = (id: string) => ({ type: "image", attrs: { mediaId: id, alt: "", caption: "", credit: "" } });
    const result = parseBody(
      doc(
        related("b"),
        image("m2"),
        { type: "blockquote", content: [related("a"), image("m1")] },
        related("b"),
        image("m2"),
      ),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(collectReferences(result.doc)).toEqual({ articleIds: ["b", "a"], mediaIds: ["m2", "m1"] });
  });
});

describe("link helpers", () => {
  it("allow only absolute http(s) and mailto links", () => {
    expect(isSafeHref("HTTPS://Example.org/Path")).toBe(true);
    expect(isSafeHref("mailto:desk@example.org")).toBe(true);
    expect(isSafeHref("javascript://example.org/%0aalert(1)")).toBe(false);
  });

  it("allow site-relative resource paths but not protocol-relative ones", () => {
    expect(isSafeResourceUrl("/media/photo.jpg")).toBe(true);
    expect(isSafeResourceUrl("//evil.example/x.jpg")).toBe(false);
    expect(isSafeResourceUrl("javascript:alert(1)")).toBe(false);
  });
});
