/** The first retry waits this long; each one after waits twice as long as the one before, up to RETRY_CAP_MS. */
export const RETRY_BASE_MS = 30_000;
const RETRY_CAP_MS = 4 * 60 * 60_000;
/** Retries stop this long after a delivery was first due: about 14 attempts in all. */
export const RETRY_WINDOW_MS = 24 * 60 * 60_000;

/** When to try again after `attempts` failed tries, or null when the window has closed. */
export function nextAttempt(dueAt: Date, attempts: number, now: Date): Date | null {
  const wait = Math.min(RETRY_BASE_MS * 2 ** (attempts - 1), RETRY_CAP_MS);
  const next = new Date(now.getTime() + wait);
  return next.getTime() > dueAt.getTime() + RETRY_WINDOW_MS ? null : next;
}
