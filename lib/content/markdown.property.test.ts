import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectLinearGrowth, repeatTo } from "@/lib/testing/growth";
import { markdownToBody } from "./markdown";
import { MARKDOWN_LIMITS } from "./markdown-budget";
import { toPlainText } from "./plain-text";
import { parseBody } from "./schema";

const PIECES = [
  "\n",
  "\n\n",
  " ",
  "    ",
  "\t",
  "word",
  "Word.",
  "# ",
  "> ",
  "- ",
  "* ",
  "1. ",
  "```",
  "~~~",
  "---",
  "***",
  "*",
  "_",
  "**",
  "__",
  "[",
  "]",
  "(",
  ")",
  "](",
  "[a]: https://example.org\n",
  "<",
  ">",
  "<b>",
  "`",
  "``",
  "!",
  "![",
  "&amp;",
  "&#",
  "\\",
  "https://example.org",
  "javascript:x",
  "\u0000",
  "\uD800",
  "é",
];
const markdown = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((pieces) => pieces.join("")),
  fc.string({ unit: "binary", maxLength: 300 }),
);

describe("markdownToBody on arbitrary text", () => {
  it("always gives a valid body", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const checked = parseBody(markdownToBody(text));
        expect(checked.ok ? "valid" : checked.message).toBe("valid");
      }),
      { numRuns: 400 },
    );
  });

  it("keeps the words of text over the Markdown budget", () => {
    const hostile = `${repeatTo("*a_", MARKDOWN_LIMITS.maxMarkup * 3)} end`;
    expect(toPlainText(markdownToBody(hostile))).toBe(hostile);
    const long = `${"word ".repeat(MARKDOWN_LIMITS.maxLineLength / 4)}*still words*`;
    expect(toPlainText(markdownToBody(long))).toBe(long.trim());
  });

  it("still reads Markdown up to the budget", () => {
    const body = markdownToBody(`${"*a* ".repeat(50)}\n\n${"- item\n".repeat(100)}`);
    expect(body.content.map((block) => block.type)).toEqual(["paragraph", "bulletList"]);
  });

  it("handles 1 MB of text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }), (pieces) => {
        expect(markdownToBody(repeatTo(pieces.join(""), 1_000_000)).type).toBe("doc");
      }),
      { numRuns: 3 },
    );
  }, 60_000); // three megabyte conversions: the limit only catches a hang
});

describe("markdownToBody takes linear time on hostile text", () => {
  it.each<[string, (size: number) => string]>([
    ["a run of spaces in a paragraph", (n) => `a${" ".repeat(n)}b\nc`],
    ["emphasis delimiters", (n) => repeatTo("*a_", n)],
    ["asterisk pairs", (n) => repeatTo("*a", n)],
    ["one line opening many lists", (n) => `${repeatTo("- ", n)}a`],
    ["one line opening many quotes", (n) => `${repeatTo("> ", n)}a`],
    ["link brackets", (n) => repeatTo("](", n)],
    ["image brackets", (n) => repeatTo("![", n)],
    ["code spans", (n) => repeatTo("`a``", n)],
  ])("%s", (_name, make) => {
    expectLinearGrowth(make, markdownToBody);
  });

  // Slower per character (micromark spends up to 100 µs on a line), so smaller.
  it.each<[string, (size: number) => string]>([
    ["a long nested list", (n) => repeatTo("- - a\n", n)],
    ["nested list items between blank lines", (n) => repeatTo("- - - a\n\n", n)],
    ["many short lines", (n) => repeatTo("[a\n", n)],
    ["many paragraphs", (n) => repeatTo("a\n\n", n)],
  ])(
    "%s",
    (_name, make) => {
      expectLinearGrowth(make, markdownToBody, { size: 10_000, repetitions: 3 });
    },
    30_000,
  );
});
