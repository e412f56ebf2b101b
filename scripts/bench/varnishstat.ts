/**
 * What Varnish did with the bench's requests, from its own counters
 * (`varnishstat -1 -j`): hits, misses and passes say whether the cache
 * answered at all; gunzips say how many hits were unzipped on the way out.
 * Varnish asks Next for gzip and stores it, so a client that sends no
 * Accept-Encoding (wrk, like the floors' bytes) costs a gunzip per hit.
 */

export const VARNISH_COUNTERS = {
  hits: "MAIN.cache_hit",
  misses: "MAIN.cache_miss",
  passes: "MAIN.s_pass",
  gunzips: "MAIN.n_gunzip",
} as const;

export type VarnishCounts = Record<keyof typeof VARNISH_COUNTERS, number>;

export function varnishstatArguments(workDir: string): string[] {
  return ["-n", workDir, "-1", "-j", ...Object.values(VARNISH_COUNTERS).flatMap((counter) => ["-f", counter])];
}

/** The counters from varnishstat's JSON (a missing counter reads 0). */
export function parseVarnishstat(json: string): VarnishCounts {
  const counters = (JSON.parse(json) as { counters?: Record<string, { value?: number }> }).counters ?? {};
  const value = (name: string) => Number(counters[name]?.value ?? 0);
  return {
    hits: value(VARNISH_COUNTERS.hits),
    misses: value(VARNISH_COUNTERS.misses),
    passes: value(VARNISH_COUNTERS.passes),
    gunzips: value(VARNISH_COUNTERS.gunzips),
  };
}

/** What happened between two readings. */
export function countsBetween(before: VarnishCounts, after: VarnishCounts): VarnishCounts {
  return {
    hits: after.hits - before.hits,
    misses: after.misses - before.misses,
    passes: after.passes - before.passes,
    gunzips: after.gunzips - before.gunzips,
  };
}

/** One line per route: what Varnish did during that route's samples. */
export function renderVarnishCounts(byRoute: Record<string, VarnishCounts>): string {
  return Object.entries(byRoute)
    .map(
      ([route, counts]) =>
        `varnish, ${route}: ${counts.hits} hits, ${counts.misses} misses, ${counts.passes} passes, ` +
        `${counts.gunzips} gunzipped on the way out`,
    )
    .join("\n");
}
