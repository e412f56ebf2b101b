import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  describeWait,
  forgottenBefore,
  lockoutDurationMs,
  lockoutRemainingMs,
  MAX_FAILURES,
  registerFailure,
  THROTTLE_TIMING,
  type ThrottleState,
} from "@/lib/auth/throttle";

const MINUTE = 60_000;
const start = new Date("2026-01-01T12:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);

/** Applies failures at the given minutes after `start`, returning the final state and which ones locked. */
function failAt(minutes: number[], initial: ThrottleState | null = null, maxFailures: number = MAX_FAILURES.account) {
  let state = initial;
  const locks: number[] = [];
  for (const minute of minutes) {
    const next = registerFailure(state, at(minute), maxFailures);
    if (next.locked) locks.push(minute);
    state = next.state;
  }
  return { state: state!, locks };
}

describe("registerFailure", () => {
  it("counts failures without locking below five", () => {
    const { state, locks } = failAt([0, 1, 2, 3]);
    expect(locks).toEqual([]);
    expect(state.failures).toBe(4);
    expect(lockoutRemainingMs(state, at(3))).toBe(0);
  });

  it("locks on the fifth failure within fifteen minutes, for five minutes", () => {
    const { state, locks } = failAt([0, 1, 2, 3, 14]);
    expect(locks).toEqual([14]);
    expect(state.lockedUntil).toEqual(at(19));
    expect(lockoutRemainingMs(state, at(14))).toBe(5 * MINUTE);
    expect(lockoutRemainingMs(state, at(18))).toBe(MINUTE);
    expect(lockoutRemainingMs(state, at(19))).toBe(0);
  });

  it("starts a new window when the old one is over", () => {
    const { state, locks } = failAt([0, 1, 2, 3, 15]);
    expect(locks).toEqual([]);
    expect(state.failures).toBe(1);
    expect(state.windowStartsAt).toEqual(at(15));
  });

  it("doubles each lock-out in a row", () => {
    const first = failAt([0, 0, 0, 0, 0]);
    expect(first.state.lockedUntil).toEqual(at(5));
    const second = failAt([6, 6, 6, 6, 6], first.state);
    expect(second.locks).toEqual([6]);
    expect(second.state.lockouts).toBe(2);
    expect(second.state.lockedUntil).toEqual(at(16));
    const third = failAt([17, 17, 17, 17, 17], second.state);
    expect(third.state.lockedUntil).toEqual(at(37));
  });

  it("forgets earlier lock-outs after a quiet day", () => {
    const first = failAt([0, 0, 0, 0, 0]);
    const dayLater = 5 + 24 * 60;
    const again = failAt([dayLater, dayLater, dayLater, dayLater, dayLater], first.state);
    expect(again.state.lockouts).toBe(1);
    expect(again.state.lockedUntil).toEqual(at(dayLater + 5));
  });
});

describe("thresholds", () => {
  it("lets an address fail 49 times in the window and locks it on the 50th", () => {
    const minutes = Array.from({ length: 49 }, (_, i) => i * 0.25);
    expect(failAt(minutes, null, MAX_FAILURES.address).locks).toEqual([]);
    expect(failAt([...minutes, 14], null, MAX_FAILURES.address).locks).toEqual([14]);
  });
});

describe("forgottenBefore", () => {
  it("marks states that count no more than no state at all, so they can be deleted", () => {
    const now = at(3 * 24 * 60);
    const cutoff = forgottenBefore(now).getTime();
    const before = fc.integer({ min: cutoff - 10 * 24 * 60 * MINUTE, max: cutoff - 1 }).map((ms) => new Date(ms));
    const forgotten = fc.record({
      failures: fc.integer({ min: 0, max: 60 }),
      windowStartsAt: before,
      lockedUntil: fc.option(before),
      lockouts: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(forgotten, fc.constantFrom(...Object.values(MAX_FAILURES)), (state, max) => {
        expect(registerFailure(state, now, max)).toEqual(registerFailure(null, now, max));
      }),
    );
  });
});

describe("lockoutDurationMs", () => {
  it("grows from five minutes and stops at a day", () => {
    expect([1, 2, 3, 4].map(lockoutDurationMs)).toEqual([5, 10, 20, 40].map((m) => m * MINUTE));
    expect(lockoutDurationMs(20)).toBe(THROTTLE_TIMING.maxLockoutMs);
  });
});

describe("lockoutRemainingMs", () => {
  it("is zero for a key with no record or no lock", () => {
    expect(lockoutRemainingMs(null, start)).toBe(0);
    expect(lockoutRemainingMs({ failures: 3, windowStartsAt: start, lockedUntil: null, lockouts: 0 }, start)).toBe(0);
  });
});

describe("describeWait", () => {
  it("rounds up to whole minutes or hours", () => {
    expect(describeWait(5 * MINUTE)).toBe("5 minutes");
    expect(describeWait(4 * MINUTE + 1000)).toBe("5 minutes");
    expect(describeWait(1000)).toBe("1 minute");
    expect(describeWait(90 * MINUTE)).toBe("2 hours");
  });
});
