import { describe, expect, it } from "vitest";
import { sitemapFileCount, sliceGroups, URLS_PER_SITEMAP } from "@/lib/seo/sitemap-plan";

describe("sliceGroups", () => {
  it("puts everything in the first file when it fits", () => {
    expect(sliceGroups([1, 5, 10, 8, 40], 0)).toEqual([
      { skip: 0, take: 1 },
      { skip: 0, take: 5 },
      { skip: 0, take: 10 },
      { skip: 0, take: 8 },
      { skip: 0, take: 40 },
    ]);
  });

  it("splits groups across files at the file size", () => {
    const sizes = [1, 2, 3, 10];
    expect(sliceGroups(sizes, 0, 4)).toEqual([
      { skip: 0, take: 1 },
      { skip: 0, take: 2 },
      { skip: 0, take: 1 },
      { skip: 0, take: 0 },
    ]);
    expect(sliceGroups(sizes, 1, 4)).toEqual([
      { skip: 0, take: 0 },
      { skip: 0, take: 0 },
      { skip: 1, take: 2 },
      { skip: 0, take: 2 },
    ]);
    expect(sliceGroups(sizes, 3, 4)).toEqual([
      { skip: 0, take: 0 },
      { skip: 0, take: 0 },
      { skip: 0, take: 0 },
      { skip: 6, take: 4 },
    ]);
  });

  it("covers every URL exactly once over all files", () => {
    const sizes = [1, 7, 0, 13, 120_001];
    const total = sizes.reduce((sum, size) => sum + size, 0);
    const files = sitemapFileCount(total);
    const taken = Array.from({ length: files }, (_, index) => sliceGroups(sizes, index)).flat();
    expect(taken.reduce((sum, slice) => sum + slice.take, 0)).toBe(total);
    expect(files).toBe(121);
  });
});

describe("sitemapFileCount", () => {
  it("needs one file up to 1,000 URLs and another for each 1,000 more", () => {
    expect(URLS_PER_SITEMAP).toBe(1000);
    expect(sitemapFileCount(0)).toBe(1);
    expect(sitemapFileCount(1000)).toBe(1);
    expect(sitemapFileCount(1001)).toBe(2);
    expect(sitemapFileCount(100_016)).toBe(101);
  });

  it("still allows sitemaps.org's 50,000 URLs a file when asked", () => {
    expect(sitemapFileCount(50_000, 50_000)).toBe(1);
    expect(sitemapFileCount(50_001, 50_000)).toBe(2);
  });
});
