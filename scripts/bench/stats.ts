/**
 * The statistics of `npm run bench`: medians over interleaved samples, and
 * ratios taken sample by sample, so each ratio compares two numbers measured
 * seconds apart on a machine whose load changes from minute to minute.
 */

/** The median (the mean of the middle two for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The median of `measured[i] / reference[i]`: sample i of both was taken in
 * the same round, seconds apart. NaN when there is no pair with a reference
 * above zero.
 */
export function pairedRatio(measured: readonly number[], reference: readonly number[]): number {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(measured.length, reference.length); i++) {
    const a = measured[i] as number;
    const b = reference[i] as number;
    if (b > 0) ratios.push(a / b);
  }
  return median(ratios);
}

/**
 * The order in which round `round` measures the servers: rotated by one each
 * round, so no server is always measured first (on a machine still busy with
 * the previous load) or always right after the same other one.
 */
export function interleavedOrder<T>(items: readonly T[], round: number): T[] {
  if (items.length === 0) return [];
  const shift = round % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
