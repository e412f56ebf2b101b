import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSearchParams } from "@/lib/search/params";
import { SEARCH_MAX_LENGTH, searchTerms, searchTextSchema, toMatchExpression } from "@/lib/search/query";
import { expectLinearGrowth, repeatTo } from "@/lib/testing/growth";

/** What a reader's input becomes on SQLite: the FTS5 expression for its terms, or null. */
function matchExpression(input: string): string | null {
  const terms = searchTerms(input);
  return terms && toMatchExpression(terms);
}

const query = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc
    .array(fc.constantFrom('"', "*", "-", "(", ")", "OR", "NEAR", " ", "\t", "\u0000", "word", "é", "東京", "🙂"), {
      maxLength: 60,
    })
    .map((pieces) => pieces.join("")),
);
const hugeQuery = fc
  .tuple(
    fc.string({ unit: "binary", minLength: 1, maxLength: 20 }),
    fc.constantFrom(2 * SEARCH_MAX_LENGTH + 1, 1_000_000),
  )
  .map(([piece, size]) => repeatTo(piece, size));

/** FTS5 phrases: each a double-quoted string with its inner quotes doubled, joined by OR. */
const MATCH_EXPRESSION = /^"(?:[^"]|"")*"(?: OR "(?:[^"]|"")*")*$/;

describe("the FTS5 expression of arbitrary text", () => {
  it("gives null or a well-formed FTS5 expression", () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 9, arbitrary: query }, { weight: 1, arbitrary: hugeQuery }), (text) => {
        const match = matchExpression(text);
        if (match !== null) expect(match).toMatch(MATCH_EXPRESSION);
      }),
      { numRuns: 300 },
    );
  });
});

describe("readSearchParams on arbitrary text", () => {
  it("runs a query of up to the limit and explains a longer one", () => {
    fc.assert(
      fc.property(fc.oneof(query, hugeQuery), (text) => {
        const request = readSearchParams({ q: text });
        expect(request.error === undefined).toBe(searchTextSchema.safeParse(text).success);
        if (text.length > 2 * SEARCH_MAX_LENGTH) expect(request.error).toMatch(/at most 1,000 characters/);
      }),
      { numRuns: 100 },
    );
  });
});

describe("searchTerms takes linear time on hostile text", () => {
  it.each<[string, (size: number) => string]>([
    ["a run of spaces", (n) => `a${" ".repeat(n)}b`],
    ["control characters", (n) => repeatTo("\u0000a", n)],
    ["quotes", (n) => repeatTo('"', n)],
    ["many words", (n) => repeatTo("a b ", n)],
  ])("%s", (_name, make) => {
    expectLinearGrowth(make, matchExpression);
  });
});
