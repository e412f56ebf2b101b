import { describe, expect, it } from "vitest";
import { tagsToExpire } from "@/lib/cache/tags";

describe("tagsToExpire", () => {
  it("reaches a story's pages and every list when stories change", () => {
    expect(tagsToExpire({ articleIds: ["a1", "a2", "a1"], taxonomy: false })).toEqual([
      "articles",
      "article:a1",
      "article:a2",
    ]);
  });

  it("reaches every page when sections, tags or authors change", () => {
    expect(tagsToExpire({ articleIds: [], taxonomy: true })).toEqual(["taxonomy", "articles"]);
  });

  it("expires nothing for a change readers cannot see", () => {
    expect(tagsToExpire({ articleIds: [], taxonomy: false })).toEqual([]);
  });
});
