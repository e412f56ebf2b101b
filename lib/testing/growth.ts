import { expect } from "vitest";

/**
 * Checks that `run` takes about linear time on inputs built by `make`: with
 * twice the input it may take at most three times as long (a quadratic
 * pattern takes four times, and far more in absolute terms). Times are the
 * best of several runs, the two sizes taking turns, to see past garbage
 * collection and other processes; `slackMs` absorbs what noise is left in
 * runs of a few milliseconds. Absolute times are never compared, as machines
 * differ.
 */
export function expectLinearGrowth(
  make: (size: number) => string,
  run: (input: string) => unknown,
  { size = 100_000, repetitions = 7, slackMs = 20 } = {},
): void {
  const small = make(size);
  const large = make(2 * size);
  run(make(size / 10)); // warm up the JIT
  let smallTime = Number.POSITIVE_INFINITY;
  let largeTime = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repetitions; i++) {
    smallTime = Math.min(
      smallTime,
      timeOf(() => run(small)),
    );
    largeTime = Math.min(
      largeTime,
      timeOf(() => run(large)),
    );
  }
  expect(
    largeTime,
    `${size} characters: ${smallTime.toFixed(1)} ms, twice as many: ${largeTime.toFixed(1)} ms`,
  ).toBeLessThanOrEqual(3 * smallTime + slackMs);
}

function timeOf(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** `piece` repeated to `size` characters (cut there). */
export function repeatTo(piece: string, size: number): string {
  return piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
}
