import { describe, expect, it } from "vitest";
import { readerResponseHeaders } from "@/lib/cache/dynamic-headers";
import { tagsToExpire } from "@/lib/cache/tags";

describe("readerResponseHeaders", () => {
  const search = readerResponseHeaders().find((rule) => rule.source === "/search");
  const header = (key: string) => search?.headers.find((h) => h.key === key)?.value ?? "";

  it("lets the HTTP cache in front keep a search answer briefly", () => {
    expect(header("Cache-Control")).toMatch(/^public, s-maxage=\d+$/);
  });

  it("tags search answers so that any story change purges them", () => {
    const purgedByAPublish = tagsToExpire({ articleIds: ["a1"], taxonomy: false });
    expect(
      header("xkey")
        .split(" ")
        .some((tag) => purgedByAPublish.includes(tag)),
    ).toBe(true);
  });
});
