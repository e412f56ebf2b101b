import { describe, expect, it } from "vitest";
import { SEARCH_MAX_LENGTH, searchTerms, searchTextSchema, toMatchExpression } from "@/lib/search/query";

/** What a reader's input becomes on SQLite: the FTS5 expression for its terms, or null. */
function matchExpression(input: string): string | null {
  const terms = searchTerms(input);
  return terms && toMatchExpression(terms);
}

describe("searchTerms as an FTS5 expression", () => {
  it("quotes each word as a phrase and joins them with OR", () => {
    expect(matchExpression("Kremlin invitation Moscow")).toBe('"Kremlin" OR "invitation" OR "Moscow"');
  });

  it("treats FTS5 syntax as plain text", () => {
    expect(matchExpression('"unbalanced')).toBe('"""unbalanced"');
    expect(matchExpression("a -b")).toBe('"a" OR "-b"');
    expect(matchExpression("cats OR dogs NOT birds")).toBe('"cats" OR "OR" OR "dogs" OR "NOT" OR "birds"');
    expect(matchExpression("NEAR(a b)")).toBe('"NEAR(a" OR "b)"');
    expect(matchExpression("col:value ^start")).toBe('"col:value" OR "^start"');
  });

  it("keeps words with apostrophes or hyphens together as one phrase", () => {
    expect(matchExpression("Putin's well-known")).toBe(`"Putin's" OR "well-known"`);
  });

  it("has nothing to search for in punctuation, symbols, emoji or blank input", () => {
    for (const input of ["", "   ", "(*)", "* - ( )", '""', "🙂 🚀", "\u0000"]) {
      expect(matchExpression(input), JSON.stringify(input)).toBeNull();
    }
  });

  it("searches words in any script and drops control characters", () => {
    expect(matchExpression("Москва 東京 café")).toBe('"Москва" OR "東京" OR "café"');
    expect(matchExpression("moon\u0000eclipse")).toBe('"moon" OR "eclipse"');
  });

  it("does not repeat a phrase", () => {
    expect(matchExpression("mars Mars mars")).toBe('"mars" OR "Mars"');
  });
});

describe("searchTextSchema", () => {
  it(`accepts up to ${SEARCH_MAX_LENGTH} characters and explains the limit beyond`, () => {
    expect(searchTextSchema.safeParse("x".repeat(SEARCH_MAX_LENGTH)).success).toBe(true);
    const tooLong = searchTextSchema.safeParse("x".repeat(SEARCH_MAX_LENGTH + 1));
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.message).toMatch(/at most 1,000 characters/);
  });
});
