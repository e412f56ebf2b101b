import { describe, expect, it } from "vitest";
import { markdownToBody } from "./markdown";
import { type Block, BODY_LIMITS, parseBody } from "./schema";

function blocks(markdown: string): Block[] {
  const doc = markdownToBody(markdown);
  const checked = parseBody(doc);
  expect(checked.ok ? "valid" : checked.message).toBe("valid");
  return doc.content;
}

describe("markdownToBody", () => {
  it("converts paragraphs with emphasis, strong, links and hard breaks", () => {
    expect(
      blocks(
        "Ferries *resume* on **Monday**, the [council](https://example.org/council) said\nin a statement.  \nMore later.",
      ),
    ).toEqual([
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Ferries " },
          { type: "text", text: "resume", marks: [{ type: "italic" }] },
          { type: "text", text: " on " },
          { type: "text", text: "Monday", marks: [{ type: "bold" }] },
          { type: "text", text: ", the " },
          { type: "text", text: "council", marks: [{ type: "link", attrs: { href: "https://example.org/council" } }] },
          { type: "text", text: " said in a statement." },
          { type: "hardBreak" },
          { type: "text", text: "More later." },
        ],
      },
    ]);
  });

  it("clamps heading levels to 2..4", () => {
    const levels = blocks("# One\n\n## Two\n\n### Three\n\n###### Six").map(
      (block) => block.type === "heading" && block.attrs.level,
    );
    expect(levels).toEqual([2, 2, 3, 4]);
  });

  it("converts quotes and nested, numbered lists", () => {
    expect(blocks("> Quoted words.\n\n3. third\n4. fourth\n   - inner")).toEqual([
      { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "Quoted words." }] }] },
      {
        type: "orderedList",
        attrs: { start: 3 },
        content: [
          { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "third" }] }] },
          {
            type: "listItem",
            content: [
              { type: "paragraph", content: [{ type: "text", text: "fourth" }] },
              {
                type: "bulletList",
                content: [
                  { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "inner" }] }] },
                ],
              },
            ],
          },
        ],
      },
    ]);
  });

  it("keeps the words of unsafe and placeholder links, never a # href", () => {
    const doc = blocks("[Agency](#) and [click](javascript:alert(1)) and [ref][r]\n\n[r]: https://example.org/ref");
    expect(JSON.stringify(doc)).not.toContain('"href":"#"');
    expect(doc).toEqual([
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Agency and click and " },
          { type: "text", text: "ref", marks: [{ type: "link", attrs: { href: "https://example.org/ref" } }] },
        ],
      },
    ]);
  });

  it("drops images and raw HTML, and turns code into text", () => {
    expect(
      blocks(
        "Before ![a boat](boat.jpg) after <b>bold</b>\n\n<div>block html</div>\n\n---\n\n```\nline 1\nline 2\n```",
      ),
    ).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "Before after bold" }] },
      {
        type: "paragraph",
        content: [{ type: "text", text: "line 1" }, { type: "hardBreak" }, { type: "text", text: "line 2" }],
      },
    ]);
  });

  it("returns an empty document for empty input", () => {
    expect(markdownToBody("  \n\n")).toEqual({ type: "doc", content: [] });
  });

  it("flattens nesting deeper than the body allows instead of failing", () => {
    const doc = blocks(`${"> ".repeat(5_000)}deep`);
    expect(JSON.stringify(doc)).toContain('"text":"deep"');
  });

  it("converts a few hundred thousand paragraphs without running out of stack", () => {
    // More than a body may hold: the save refuses it with a message, the conversion must not crash.
    expect(markdownToBody("a\n\n".repeat(300_000)).content).toHaveLength(300_000);
  });

  it("splits text longer than a text node may be", () => {
    const doc = blocks("word ".repeat(BODY_LIMITS.maxTextLength / 2));
    const first = doc[0];
    expect(first?.type === "paragraph" && (first.content?.length ?? 0) > 1).toBe(true);
  });
});
