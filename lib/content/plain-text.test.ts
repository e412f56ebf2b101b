import { describe, expect, it } from "vitest";
import { summarize, toPlainText } from "./plain-text";
import type { BodyDocument } from "./schema";

describe("toPlainText", () => {
  it("separates blocks with blank lines, keeps hard breaks and skips embeds", () => {
    const doc: BodyDocument = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Harbour reopens" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "  The ferry " },
            { type: "text", text: "returns", marks: [{ type: "bold" }] },
            { type: "text", text: "." },
          ],
        },
        { type: "paragraph" },
        { type: "image", attrs: { mediaId: "m", alt: "Boats", caption: "A caption", credit: "Staff" } },
        { type: "relatedArticle", attrs: { articleId: "a" } },
        {
          type: "blockquote",
          content: [
            {
              type: "paragraph",
              content: [{ type: "text", text: "Line one" }, { type: "hardBreak" }, { type: "text", text: "line two" }],
            },
          ],
        },
        {
          type: "bulletList",
          content: [
            { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "First" }] }] },
            { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Second" }] }] },
          ],
        },
      ],
    };
    expect(toPlainText(doc)).toBe("Harbour reopens\n\nThe ferry returns.\n\nLine one\nline two\n\nFirst\n\nSecond");
  });

  it("is empty for an empty document", () => {
    expect(toPlainText({ type: "doc", content: [] })).toBe("");
  });
});

describe("summarize", () => {
  it("returns short text unchanged, with whitespace collapsed", () => {
    expect(summarize("A short\n\nstory.")).toBe("A short story.");
  });

  it("cuts at a word boundary and adds an ellipsis within the limit", () => {
    const text =
      "The harbour council voted on Monday to reopen the northern ferry route, ending a closure that lasted most of the winter and cut off two villages.";
    const summary = summarize(text, 60);
    expect(summary).toBe("The harbour council voted on Monday to reopen the northern…");
    expect(summary.length).toBeLessThanOrEqual(60);
  });

  it("drops a dangling comma before the ellipsis", () => {
    expect(summarize("One two three, four five six", 16)).toBe("One two three…");
  });

  it("hard-cuts one enormous word and never splits an emoji", () => {
    expect(summarize("x".repeat(300), 10)).toBe(`${"x".repeat(9)}…`);
    const summary = summarize(`${"a".repeat(8)}😀tail`, 10);
    expect(summary).toBe(`${"a".repeat(8)}…`);
  });

  it("uses 160 characters by default", () => {
    expect(summarize("word ".repeat(100)).length).toBeLessThanOrEqual(160);
  });
});
