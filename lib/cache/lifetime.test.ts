import { describe, expect, it } from "vitest";
import { LONGEST_READER_CACHE_SECONDS, readerCacheSeconds } from "@/lib/cache/lifetime";

const now = new Date("2026-03-01T12:00:00.000Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("readerCacheSeconds", () => {
  it("keeps pages for the longest lifetime when nothing is scheduled", () => {
    expect(readerCacheSeconds(null, now)).toBe(LONGEST_READER_CACHE_SECONDS);
  });

  it("keeps pages for the longest lifetime when the next publication is further away", () => {
    expect(readerCacheSeconds(later(3_600_000), now)).toBe(LONGEST_READER_CACHE_SECONDS);
  });

  it("ends the lifetime at the next scheduled publication, rounded up to whole seconds", () => {
    expect(readerCacheSeconds(later(5_000), now)).toBe(5);
    expect(readerCacheSeconds(later(4_200), now)).toBe(5);
  });

  it("never asks for less than a second, even for a publication due this instant", () => {
    expect(readerCacheSeconds(later(0), now)).toBe(1);
    expect(readerCacheSeconds(later(10), now)).toBe(1);
  });
});
