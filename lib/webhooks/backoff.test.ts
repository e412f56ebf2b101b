import { describe, expect, it } from "vitest";
import { nextAttempt, RETRY_BASE_MS, RETRY_WINDOW_MS } from "./backoff";

describe("webhook retry backoff", () => {
  const dueAt = new Date("2026-12-04T00:00:00Z");

  it("doubles the wait after each failure, from 30 seconds, up to four hours", () => {
    const waits = [1, 2, 3, 4, 12].map((attempts) => nextAttempt(dueAt, attempts, dueAt)!.getTime() - dueAt.getTime());
    expect(waits).toEqual([RETRY_BASE_MS, 2 * RETRY_BASE_MS, 4 * RETRY_BASE_MS, 8 * RETRY_BASE_MS, 4 * 60 * 60_000]);
  });

  it("keeps trying for 24 hours after the delivery was due, then gives up", () => {
    let now = dueAt;
    let attempts = 0;
    for (;;) {
      attempts += 1;
      const next = nextAttempt(dueAt, attempts, now);
      if (!next) break;
      now = next;
    }
    expect(now.getTime() - dueAt.getTime()).toBeLessThanOrEqual(RETRY_WINDOW_MS);
    expect(now.getTime() - dueAt.getTime()).toBeGreaterThan(RETRY_WINDOW_MS - 4 * 60 * 60_000);
    expect(attempts).toBe(14);
  });
});
