import { formatDistanceStrict } from "date-fns";

/**
 * Brute-force protection, as arithmetic on one failure counter per key. A key
 * is an account, an address signing in, or an address trying one-time links,
 * and each kind has its own threshold (MAX_FAILURES); reaching it within
 * fifteen minutes locks the key. Each lock-out in a row lasts twice as long
 * as the one before, up to a day. Attempts during a lock-out are refused
 * before any password is hashed or checked.
 */
export const THROTTLE_TIMING = {
  windowMs: 15 * 60_000,
  firstLockoutMs: 5 * 60_000,
  maxLockoutMs: 24 * 60 * 60_000,
  /** A key that has stayed out of trouble this long starts again from the first lock-out. */
  forgetLockoutsAfterMs: 24 * 60 * 60_000,
} as const;

/**
 * Failures within the window that lock a key. An account is a guess at one
 * password, so five is enough. An address is often a whole newsroom behind
 * one NAT, so its limit is ten people's worth of typos: high enough that one
 * colleague cannot lock everyone out, low enough to stop a script trying
 * many accounts. One-time links carry 256 random bits and arrive by mail,
 * so nobody honest opens many unknown ones: ten from one address are a probe.
 */
export const MAX_FAILURES = { account: 5, address: 50, linkAddress: 10 } as const;

export type ThrottleKind = keyof typeof MAX_FAILURES;

export type ThrottleState = {
  failures: number;
  windowStartsAt: Date;
  lockedUntil: Date | null;
  lockouts: number;
};

/** Milliseconds until the key may try again; 0 when it is not locked. */
export function lockoutRemainingMs(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

/** How long the n-th lock-out in a row lasts (n ≥ 1). */
export function lockoutDurationMs(lockouts: number): number {
  const doubled = THROTTLE_TIMING.firstLockoutMs * 2 ** Math.max(0, lockouts - 1);
  return Math.min(doubled, THROTTLE_TIMING.maxLockoutMs);
}

/**
 * The moment from which a state no longer affects anything: its window is
 * over and its last lock-out is forgotten, so a failure then counts exactly as
 * a first failure would. Rows that old can be deleted.
 */
export function forgottenBefore(now: Date): Date {
  return new Date(now.getTime() - Math.max(THROTTLE_TIMING.windowMs, THROTTLE_TIMING.forgetLockoutsAfterMs));
}

/** The state after one more failed attempt; `locked` says whether this failure started a lock-out. */
export function registerFailure(
  state: ThrottleState | null,
  now: Date,
  maxFailures: number,
): { state: ThrottleState; locked: boolean } {
  const windowOver = !state || now.getTime() - state.windowStartsAt.getTime() >= THROTTLE_TIMING.windowMs;
  const forgiven =
    !state?.lockedUntil || now.getTime() - state.lockedUntil.getTime() >= THROTTLE_TIMING.forgetLockoutsAfterMs;
  const lockouts = forgiven ? 0 : (state?.lockouts ?? 0);
  const lockedUntil = forgiven ? null : (state?.lockedUntil ?? null);
  const failures = (windowOver ? 0 : (state?.failures ?? 0)) + 1;
  const windowStartsAt = windowOver ? now : state.windowStartsAt;

  if (failures < maxFailures) {
    return { state: { failures, windowStartsAt, lockedUntil, lockouts }, locked: false };
  }
  // The count starts again after a lock-out: as many failures once it ends lock the key for twice as long.
  const nextLockouts = lockouts + 1;
  return {
    state: {
      failures: 0,
      windowStartsAt: now,
      lockedUntil: new Date(now.getTime() + lockoutDurationMs(nextLockouts)),
      lockouts: nextLockouts,
    },
    locked: true,
  };
}

/** "5 minutes", "2 hours": how long a locked-out user has to wait, rounded up, at least a minute. */
export function describeWait(ms: number): string {
  return formatDistanceStrict(0, Math.max(ms, 60_000), { roundingMethod: "ceil" });
}
