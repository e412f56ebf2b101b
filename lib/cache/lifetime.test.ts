import { describe, expect, it } from "vitest";
import { READER_EXPIRE_SECONDS, READER_REVALIDATE_SECONDS, readerLifetime } from "@/lib/cache/lifetime";

const now = new Date("2026-03-01T12:00:00.000Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("readerLifetime", () => {
  it("refreshes in the background after a while and serves a copy for a day when nothing is scheduled", () => {
    expect(readerLifetime(null, now)).toEqual({ revalidate: READER_REVALIDATE_SECONDS, expire: READER_EXPIRE_SECONDS });
    expect(READER_REVALIDATE_SECONDS).toBeLessThan(READER_EXPIRE_SECONDS);
  });

  it("serves no copy past the next scheduled publication", () => {
    expect(readerLifetime(later(3_600_000), now)).toEqual({ revalidate: READER_REVALIDATE_SECONDS, expire: 3_600 });
    expect(readerLifetime(later(10 * 86_400_000), now)).toEqual({
      revalidate: READER_REVALIDATE_SECONDS,
      expire: READER_EXPIRE_SECONDS,
    });
  });

  it("ends both at a publication due sooner than the refresh, rounded up to whole seconds", () => {
    expect(readerLifetime(later(5_000), now)).toEqual({ revalidate: 5, expire: 5 });
    expect(readerLifetime(later(4_200), now)).toEqual({ revalidate: 5, expire: 5 });
  });

  it("never asks for less than a second, even for a publication due this instant", () => {
    expect(readerLifetime(later(0), now)).toEqual({ revalidate: 1, expire: 1 });
    expect(readerLifetime(later(10), now)).toEqual({ revalidate: 1, expire: 1 });
  });
});
