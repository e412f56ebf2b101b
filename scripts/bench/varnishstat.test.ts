import { describe, expect, it } from "vitest";
import { countsBetween, parseVarnishstat, renderVarnishCounts, varnishstatArguments } from "./varnishstat";

// Printed by varnishstat 7.1 here (shortened) while wrk loaded a story page through Varnish.
const OUTPUT = JSON.stringify({
  version: 1,
  timestamp: "2026-12-02T20:27:34",
  counters: {
    "MAIN.cache_hit": { description: "Cache hits", flag: "c", format: "i", value: 88925 },
    "MAIN.cache_miss": { description: "Cache misses", flag: "c", format: "i", value: 1 },
    "MAIN.n_gunzip": { description: "Gunzip operations", flag: "c", format: "i", value: 88925 },
  },
});

describe("varnishstat", () => {
  it("asks one reading of the four counters, as JSON, from the bench's own Varnish", () => {
    expect(varnishstatArguments("/tmp/b/varnish/work")).toEqual([
      ...["-n", "/tmp/b/varnish/work", "-1", "-j"],
      ...["-f", "MAIN.cache_hit", "-f", "MAIN.cache_miss", "-f", "MAIN.s_pass", "-f", "MAIN.n_gunzip"],
    ]);
  });

  it("reads the counters, a missing one as 0", () => {
    expect(parseVarnishstat(OUTPUT)).toEqual({ hits: 88925, misses: 1, passes: 0, gunzips: 88925 });
  });

  it("counts what happened between two readings, and prints it per route", () => {
    const before = { hits: 100, misses: 1, passes: 0, gunzips: 100 };
    const counts = countsBetween(before, parseVarnishstat(OUTPUT));
    expect(counts).toEqual({ hits: 88825, misses: 0, passes: 0, gunzips: 88825 });
    expect(renderVarnishCounts({ story: counts })).toBe(
      "varnish, story: 88825 hits, 0 misses, 0 passes, 88825 gunzipped on the way out",
    );
  });
});
