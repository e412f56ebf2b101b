import { describe, expect, it } from "vitest";
import { SEARCH_MAX_LENGTH, searchTextSchema, toMatchExpression } from "@/lib/search/query";

describe("toMatchExpression", () => {
  it("quotes each word as a phrase and joins them with OR", () => {
    expect(toMatchExpression("Kremlin invitation Moscow")).toBe('"Kremlin" OR "invitation" OR "Moscow"');
  });

  it("treats FTS5 syntax as plain text", () => {
    expect(toMatchExpression('"unbalanced')).toBe('"""unbalanced"');
    expect(toMatchExpression("a -b")).toBe('"a" OR "-b"');
    expect(toMatchExpression("cats OR dogs NOT birds")).toBe('"cats" OR "OR" OR "dogs" OR "NOT" OR "birds"');
    expect(toMatchExpression("NEAR(a b)")).toBe('"NEAR(a" OR "b)"');
    expect(toMatchExpression("col:value ^start")).toBe('"col:value" OR "^start"');
  });

  it("keeps words with apostrophes or hyphens together as one phrase", () => {
    expect(toMatchExpression("Putin's well-known")).toBe(`"Putin's" OR "well-known"`);
  });

  it("has nothing to search for in punctuation, symbols, emoji or blank input", () => {
    for (const input of ["", "   ", "(*)", "* - ( )", '""', "🙂 🚀", "\u0000"]) {
      expect(toMatchExpression(input), JSON.stringify(input)).toBeNull();
    }
  });

  it("searches words in any script and drops control characters", () => {
    expect(toMatchExpression("Москва 東京 café")).toBe('"Москва" OR "東京" OR "café"');
    expect(toMatchExpression("moon\u0000eclipse")).toBe('"moon" OR "eclipse"');
  });

  it("does not repeat a phrase", () => {
    expect(toMatchExpression("mars Mars mars")).toBe('"mars" OR "Mars"');
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
