import { formatDistanceStrict } from "date-fns";

/**
 * Brute-force protection, as arithmetic on one counter per account and per
 * address. Five failures within fifteen minutes lock the key; each lock-out
 * in a row lasts twice as long as the one before, up to a day. Attempts
 * during a lock-out are refused without checking the password.
 */
export const SIGN_IN_LIMITS = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  firstLockoutMs: 5 * 60_000,
  maxLockoutMs: 24 * 60 * 60_000,
  /** A key that has stayed out of trouble this long starts again from the first lock-out. */
  forgetLockoutsAfterMs: 24 * 60 * 60_000,
} as const;

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
  const doubled = SIGN_IN_LIMITS.firstLockoutMs * 2 ** Math.max(0, lockouts - 1);
  return Math.min(doubled, SIGN_IN_LIMITS.maxLockoutMs);
}

/** The state after one more failed attempt; `locked` says whether this failure started a lock-out. */
export function registerFailure(state: ThrottleState | null, now: Date): { state: ThrottleState; locked: boolean } {
  const windowOver = !state || now.getTime() - state.windowStartsAt.getTime() >= SIGN_IN_LIMITS.windowMs;
  const forgiven =
    !state?.lockedUntil || now.getTime() - state.lockedUntil.getTime() >= SIGN_IN_LIMITS.forgetLockoutsAfterMs;
  const lockouts = forgiven ? 0 : (state?.lockouts ?? 0);
  const failures = (windowOver ? 0 : (state?.failures ?? 0)) + 1;
  const windowStartsAt = windowOver ? now : state.windowStartsAt;

  if (failures < SIGN_IN_LIMITS.maxFailures) {
    return { state: { failures, windowStartsAt, lockedUntil: state?.lockedUntil ?? null, lockouts }, locked: false };
  }
  // The count starts again after a lock-out: five more failures once it ends lock the key for twice as long.
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
