import { describe, expect, it } from "vitest";
import { latencies, percentile } from "./stats";

describe("percentile", () => {
  const oneToHundred = Array.from({ length: 100 }, (_, index) => 100 - index);

  it("takes the nearest rank, whatever the order of the values", () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 95)).toBe(95);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
  });

  it("answers a real value, never one between two", () => {
    expect(percentile([10, 20], 50)).toBe(10);
    expect(percentile([10, 20, 30, 40], 95)).toBe(40);
  });

  it("answers the lowest value at p0 and the only value of one", () => {
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([7], 99)).toBe(7);
  });

  it("is NaN for no values", () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("latencies", () => {
  it("gives p50, p95, p99 and the maximum", () => {
    const values = [...Array.from({ length: 98 }, () => 5), 200, 900];
    expect(latencies(values)).toEqual({ p50: 5, p95: 5, p99: 200, max: 900 });
  });
});
