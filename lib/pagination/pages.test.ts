import { describe, expect, it } from "vitest";
import {
  isOutOfRange,
  pageCount,
  pageHref,
  pageOffset,
  parsePageNumber,
  STORIES_PER_PAGE,
} from "@/lib/pagination/pages";

describe("parsePageNumber", () => {
  it("reads plain whole numbers", () => {
    expect(parsePageNumber("3")).toBe(3);
    expect(parsePageNumber(["2", "5"])).toBe(2);
  });

  it("falls back to the first page for anything else", () => {
    for (const value of [undefined, "", "abc", "-1", "1.5", "2e3", " 2", "1234567", "０"]) {
      expect(parsePageNumber(value), String(value)).toBe(1);
    }
  });

  it("keeps 0 and numbers past the end, for the page to explain", () => {
    expect(parsePageNumber("0")).toBe(0);
    expect(parsePageNumber("999999")).toBe(999999);
  });
});

describe("page arithmetic", () => {
  it("counts pages of STORIES_PER_PAGE", () => {
    expect(STORIES_PER_PAGE).toBe(20);
    expect(pageCount(0)).toBe(0);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
    expect(pageOffset(1)).toBe(0);
    expect(pageOffset(3)).toBe(40);
  });

  it("knows which pages are past the end", () => {
    expect(isOutOfRange({ number: 1, count: 0 })).toBe(false);
    expect(isOutOfRange({ number: 2, count: 2 })).toBe(false);
    expect(isOutOfRange({ number: 3, count: 2 })).toBe(true);
    expect(isOutOfRange({ number: 2, count: 0 })).toBe(true);
    expect(isOutOfRange({ number: 0, count: 2 })).toBe(true);
  });
});

describe("pageHref", () => {
  it("gives the first page its plain address and later pages ?page=n", () => {
    expect(pageHref("/sections/world", 1)).toBe("/sections/world");
    expect(pageHref("/sections/world", 2)).toBe("/sections/world?page=2");
    expect(pageHref("/search?q=mars", 3)).toBe("/search?q=mars&page=3");
  });
});
