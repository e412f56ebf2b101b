import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectLinearGrowth, repeatTo } from "@/lib/testing/growth";
import { parseWireStory, resolveWireBody, WIRE_LIMITS } from "./wire";
import { inlinePlainText, matchByline, matchCredit, matchRelatedLine, matchSourceLine } from "./wire-lines";

// Pieces of wire copy and Markdown, so generated text reaches every recogniser.
const PIECES = [
  "# ",
  "## ",
  "#",
  "\n",
  "\n\n",
  "\r\n",
  " ",
  "   ",
  "\t",
  "\u00a0",
  "\u200b",
  "a",
  "Word",
  "x.",
  "By ",
  "Reuters",
  " and ",
  ", ",
  "July 28, 2018",
  "3 March 2024",
  "2018-07-28",
  "Photo: ",
  "Related article: ",
  "**Related**: ",
  "Original url: ",
  "Source: ",
  "<https://example.org/a>",
  "https://example.org",
  "[",
  "]",
  "(",
  ")",
  "](",
  "](#)",
  '"',
  "*",
  "_",
  "**",
  "`",
  "<",
  ">",
  "> ",
  "- ",
  "1. ",
  "!",
  "&amp;",
  "\\",
  "=",
  "---",
];
const wireText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join(""));
const anyText = fc.oneof(wireText, fc.string({ unit: "binary", maxLength: 200 }), fc.string({ maxLength: 200 }));
/** A pattern repeated to around 1 MB: some a little over the limit, most under it. */
const megabyteText = fc
  .tuple(
    wireText.filter((text) => text.length > 0),
    fc.constantFrom(400_000, 999_000, 1_000_001),
  )
  .map(([piece, size]) => `# Headline\n\n${repeatTo(piece, size)}`);

function expectResultOrDomainError(input: string): void {
  const result = parseWireStory(input);
  if (result.ok) {
    expect(result.story.headline.length).toBeGreaterThan(0);
    resolveWireBody(result.story.blocks, () => undefined);
  } else {
    expect(result.message).toMatch(/^[A-Z].*[.?]$/);
  }
}

describe("parseWireStory on arbitrary text", () => {
  it("gives a story or a message, never an exception", () => {
    fc.assert(fc.property(anyText, expectResultOrDomainError), { numRuns: 400 });
  });

  // Four megabyte parses take seconds on a busy two-core machine: the limit only catches a hang.
  it("does so for text of up to 1 MB too", () => {
    fc.assert(fc.property(megabyteText, expectResultOrDomainError), { numRuns: 4 });
  }, 60_000);

  it("refuses more than 1 MB with a message", () => {
    expect(parseWireStory(`# Big\n\n${"é".repeat(WIRE_LIMITS.maxBytes / 2)}`)).toMatchObject({ ok: false });
  });
});

const STORY = "# Headline\n\nA body.\n\n";

describe("parseWireStory takes linear time on hostile text", () => {
  it.each<[string, (size: number) => string]>([
    ["a related link of many '](' (the reported one)", (n) => `${STORY}Related: [${repeatTo("](", n)}`],
    ["a related label before a run of spaces", (n) => `${STORY}Related${" ".repeat(n)}x`],
    ["a source label before a run of spaces", (n) => `${STORY}Source${" ".repeat(n)}x`],
    ["a run of spaces inside a line", (n) => `${STORY}a${" ".repeat(n)}x`],
    ["a dek with a run of spaces", (n) => `# Headline\n\n## a${" ".repeat(n)}b\n\nA body.`],
    ["a related headline of asterisks", (n) => `${STORY}Related: ${"*".repeat(n)}x`],
  ])("%s", (_name, make) => {
    expectLinearGrowth(make, parseWireStory);
  });

  // Slower per character (each line is parsed as Markdown), so smaller.
  it.each<[string, (size: number) => string]>([
    ["many related lines of asterisks", (n) => `${STORY}${repeatTo(`Related: ${"*".repeat(200)}x\n`, n)}`],
    ["many paragraphs broken mid-sentence", (n) => `${STORY}${repeatTo("a\n\n", n)}`],
    ["many source lines of spaces", (n) => `${STORY}${repeatTo(`Source${" ".repeat(2_900)}x\n`, n)}`],
  ])(
    "%s",
    (_name, make) => {
      expectLinearGrowth(make, parseWireStory, { size: 40_000, repetitions: 3 });
    },
    30_000,
  );
});

// The line recognisers are also checked without the line-length cap in front
// of them, so a quadratic pattern cannot hide behind it.
describe("the wire line recognisers take linear time on long lines", () => {
  it.each<[string, (size: number) => string, (line: string) => unknown]>([
    ["related link of '](' ", (n) => `Related: [${repeatTo("](", n)}`, matchRelatedLine],
    ["related label and spaces", (n) => `Related${" ".repeat(n)}x`, matchRelatedLine],
    ["related label, emphasis and spaces", (n) => `**Related**${" ".repeat(n)}x`, matchRelatedLine],
    ["related link with spaces in its target", (n) => `Related: [a](${" ".repeat(n)}x)`, matchRelatedLine],
    ["related asterisks", (n) => `Related: ${"*".repeat(n)}x`, matchRelatedLine],
    ["source label and spaces", (n) => `Original url${" ".repeat(n)}x`, matchSourceLine],
    ["source with trailing emphasis", (n) => `Source: <https://a.org/${"_".repeat(n)}x>`, matchSourceLine],
    ["byline of dots", (n) => `By A${".".repeat(n)}x`, matchByline],
    ["credit in brackets", (n) => `[${repeatTo("a](", n)}`, matchCredit],
    ["inline emphasis runs", (n) => repeatTo("*a_", n), inlinePlainText],
  ])("%s", (_name, make, recognise) => {
    expectLinearGrowth(make, recognise);
  });
});

describe("parseWireStory on a paste of many related links", () => {
  it("links the first ones and keeps the rest as text, with a warning", () => {
    const related = Array.from({ length: 1_000 }, (_, i) => `Related article: Story ${i}\n`).join("");
    const result = parseWireStory(`# Headline\n\nA body.\n\n${related}`);
    if (!result.ok) throw new Error(result.message);
    const links = result.story.blocks.filter((block) => block.type === "relatedLink");
    expect(links).toHaveLength(WIRE_LIMITS.maxRelatedLinks);
    expect(JSON.stringify(result.story.blocks)).toContain("Story 999");
    expect(result.warnings).toContainEqual(expect.stringMatching(/Only the first 50 related articles/));
  });
});
