/**
 * Latency statistics of `npm run soak`: exact percentiles over every timed
 * request (a soak makes thousands, not millions, so all are kept).
 */

/** The nearest-rank percentile: the smallest value at or above p % of the values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export type Latencies = { p50: number; p95: number; p99: number; max: number };

export function latencies(values: readonly number[]): Latencies {
  return {
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: percentile(values, 100),
  };
}
