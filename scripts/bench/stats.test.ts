import { describe, expect, it } from "vitest";
import { interleavedOrder, median, pairedRatio } from "./stats";

describe("median", () => {
  it("takes the middle value of an odd count, in any order", () => {
    expect(median([900, 100, 300])).toBe(300);
  });

  it("takes the mean of the middle two of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("is NaN for no values, rather than a made-up zero", () => {
    expect(median([])).toBeNaN();
  });
});

describe("pairedRatio", () => {
  it("divides sample by sample and takes the median, so a slow minute for both cancels out", () => {
    // Sample 2 was slow for both servers: its ratio is still 0.5.
    expect(pairedRatio([500, 100, 540], [1000, 200, 1000])).toBe(0.5);
  });

  it("differs from the ratio of medians when the load changed between rounds", () => {
    const measured = [100, 900, 950];
    const reference = [200, 1000, 2000];
    expect(median(measured) / median(reference)).toBe(0.9);
    expect(pairedRatio(measured, reference)).toBe(0.5); // 0.5, 0.9, 0.475
  });

  it("skips samples whose reference answered nothing, and is NaN when none is left", () => {
    expect(pairedRatio([100, 50], [0, 100])).toBe(0.5);
    expect(pairedRatio([100], [0])).toBeNaN();
  });
});

describe("interleavedOrder", () => {
  it("rotates by one each round, so every server takes every place in turn", () => {
    const servers = ["next", "varnish", "floor"];
    expect(interleavedOrder(servers, 0)).toEqual(["next", "varnish", "floor"]);
    expect(interleavedOrder(servers, 1)).toEqual(["varnish", "floor", "next"]);
    expect(interleavedOrder(servers, 2)).toEqual(["floor", "next", "varnish"]);
    expect(interleavedOrder(servers, 3)).toEqual(servers);
  });

  it("leaves the list it was given alone", () => {
    const servers = ["a", "b"];
    interleavedOrder(servers, 1);
    expect(servers).toEqual(["a", "b"]);
  });
});
