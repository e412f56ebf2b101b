import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type RenderContext, renderBody } from "./render";
import type { Block, BodyDocument } from "./schema";

const emptyContext: RenderContext = { relatedArticles: new Map(), media: new Map() };

function html(content: Block[], context: RenderContext = emptyContext): string {
  const doc: BodyDocument = { type: "doc", content };
  return renderToStaticMarkup(renderBody(doc, context));
}

describe("renderBody", () => {
  it("renders paragraphs, headings, quotes and lists as semantic elements", () => {
    const out = html([
      { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Harbour reopens" }] },
      {
        type: "paragraph",
        content: [{ type: "text", text: "First line" }, { type: "hardBreak" }, { type: "text", text: "second line" }],
      },
      { type: "paragraph" },
      { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "We are ready." }] }] },
      {
        type: "bulletList",
        content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Ferries" }] }] }],
      },
      {
        type: "orderedList",
        attrs: { start: 4 },
        content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Fourth" }] }] }],
      },
    ]);
    expect(out).toBe(
      "<h3>Harbour reopens</h3><p>First line<br/>second line</p><blockquote><p>We are ready.</p></blockquote>" +
        '<ul><li><p>Ferries</p></li></ul><ol start="4"><li><p>Fourth</p></li></ol>',
    );
  });

  it("nests marks in a fixed order and keeps a link split by formatting as one anchor", () => {
    const href = "https://example.org/report";
    const out = html([
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Read ", marks: [{ type: "link", attrs: { href } }] },
          {
            type: "text",
            text: "the report",
            marks: [{ type: "italic" }, { type: "link", attrs: { href } }, { type: "bold" }],
          },
          { type: "text", text: " now", marks: [{ type: "bold" }] },
        ],
      },
    ]);
    expect(out).toBe(
      `<p><a href="${href}" rel="noopener noreferrer">Read <strong><em>the report</em></strong></a><strong> now</strong></p>`,
    );
  });

  it("does not link an unsafe href even if validation was skipped", () => {
    const out = html([
      {
        type: "paragraph",
        content: [{ type: "text", text: "click", marks: [{ type: "link", attrs: { href: " javascript:alert(1)" } }] }],
      },
    ]);
    expect(out).toBe("<p>click</p>");
  });

  it("escapes text instead of injecting HTML", () => {
    const out = html([{ type: "paragraph", content: [{ type: "text", text: '<script>alert("x")</script>' }] }]);
    expect(out).not.toContain("<script>");
    expect(out).toContain("&lt;script&gt;");
  });

  it("renders a related article from the context", () => {
    const context: RenderContext = {
      ...emptyContext,
      relatedArticles: new Map([
        ["a1", { headline: "Harbour council votes <today>", href: "/articles/harbour-council-votes" }],
      ]),
    };
    const out = html([{ type: "relatedArticle", attrs: { articleId: "a1" } }], context);
    expect(out).toBe(
      '<aside><p><strong>Related article:</strong> <a href="/articles/harbour-council-votes">Harbour council votes &lt;today&gt;</a></p></aside>',
    );
  });

  it("renders nothing for a related article that is not published", () => {
    expect(html([{ type: "relatedArticle", attrs: { articleId: "gone" } }])).toBe("");
  });

  it("renders an image with alt, caption and credit", () => {
    const context: RenderContext = {
      ...emptyContext,
      media: new Map([
        [
          "m1",
          {
            src: "/media/harbour.jpg",
            srcSet: "/media/harbour-640.jpg 640w, /media/harbour.jpg 1600w",
            width: 1600,
            height: 900,
          },
        ],
      ]),
    };
    const out = html(
      [
        {
          type: "image",
          attrs: { mediaId: "m1", alt: "Boats at dawn", caption: "The harbour on Monday.", credit: "Jo Staff" },
        },
      ],
      context,
    );
    expect(out).toContain(
      '<figure><img src="/media/harbour.jpg" srcSet="/media/harbour-640.jpg 640w, /media/harbour.jpg 1600w"',
    );
    expect(out).toContain('width="1600" height="900" alt="Boats at dawn" loading="lazy" decoding="async"/>');
    expect(out).toContain("sizes=");
    expect(out).toContain(
      '<figcaption>The harbour on Monday. <span><span class="sr-only">Image credit: </span>Jo Staff</span></figcaption></figure>',
    );
  });

  it("omits the caption when empty and the figure when the media is missing", () => {
    const context: RenderContext = {
      ...emptyContext,
      media: new Map([["m1", { src: "/media/a.jpg", width: 10, height: 10 }]]),
    };
    const image = (mediaId: string): Block => ({ type: "image", attrs: { mediaId, alt: "", caption: "", credit: "" } });
    expect(html([image("m1")], context)).toBe(
      '<figure><img src="/media/a.jpg" width="10" height="10" alt="" loading="lazy" decoding="async"/></figure>',
    );
    expect(html([image("missing")], context)).toBe("");
  });
});
