import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_SLUG_LENGTH, slugFromHeadline, slugSchema } from "@/lib/articles/slug";
import { expectLinearGrowth, repeatTo } from "@/lib/testing/growth";

const headline = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc
    .array(fc.constantFrom("-", " ", "--", "a", "Z", "9", "é", "ß", "İ", "&", "'", "\u0000", "東京", "🙂"), {
      maxLength: 80,
    })
    .map((pieces) => pieces.join("")),
);
const huge = fc
  .tuple(fc.string({ unit: "binary", minLength: 1, maxLength: 20 }), fc.constantFrom(5_000, 1_000_000))
  .map(([piece, size]) => repeatTo(piece, size));

describe("slugs from arbitrary text", () => {
  it("slugFromHeadline always gives a slug that slugSchema accepts", () => {
    fc.assert(
      fc.property(fc.oneof(headline, huge), (text) => {
        const slug = slugFromHeadline(text);
        expect(slugSchema.safeParse(slug).success).toBe(true);
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      }),
      { numRuns: 200 },
    );
  });

  it("slugSchema answers with a message, never an exception", () => {
    fc.assert(
      fc.property(fc.oneof(headline, huge), (text) => {
        const checked = slugSchema.safeParse(text);
        if (!checked.success) expect(checked.error.issues[0]?.message).toMatch(/^Slug /);
      }),
      { numRuns: 200 },
    );
  });
});

describe("slugs take linear time on hostile text", () => {
  it.each<[string, (size: number) => string, (text: string) => unknown]>([
    ["a slug of words that ends badly", (n) => `${repeatTo("a-", n)}!`, (text) => slugSchema.safeParse(text)],
    ["a slug of hyphens", (n) => `a${"-".repeat(n)}!`, (text) => slugSchema.safeParse(text)],
    ["a headline of hyphens", (n) => `a${"-".repeat(n)}`, slugFromHeadline],
    ["a headline of spaced words", (n) => repeatTo("a - ", n), slugFromHeadline],
  ])("%s", (_name, make, run) => {
    expectLinearGrowth(make, run);
  });
});
