import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";

describe("RateLimiter", () => {
  it("allows a burst up to the allowance, then refuses with the wait until one more is allowed", () => {
    const limiter = new RateLimiter(3);
    expect(limiter.take("key", 0)).toEqual({ ok: true, limit: 3, remaining: 2 });
    expect(limiter.take("key", 0)).toEqual({ ok: true, limit: 3, remaining: 1 });
    expect(limiter.take("key", 0)).toEqual({ ok: true, limit: 3, remaining: 0 });
    // Three a minute: one comes back every 20 seconds.
    expect(limiter.take("key", 0)).toEqual({ ok: false, limit: 3, retryAfterSeconds: 20 });
    expect(limiter.take("key", 15_000)).toEqual({ ok: false, limit: 3, retryAfterSeconds: 5 });
    expect(limiter.take("key", 20_000)).toMatchObject({ ok: true, remaining: 0 });
  });

  it("keeps each key's allowance apart", () => {
    const limiter = new RateLimiter(1);
    expect(limiter.take("a", 0).ok).toBe(true);
    expect(limiter.take("a", 0).ok).toBe(false);
    expect(limiter.take("b", 0).ok).toBe(true);
  });

  it("refills to the allowance and no further", () => {
    const limiter = new RateLimiter(2);
    limiter.take("key", 0);
    expect(limiter.take("key", 10 * 60_000)).toEqual({ ok: true, limit: 2, remaining: 1 });
  });

  it("holds at most maxBuckets, dropping idle ones first", () => {
    const limiter = new RateLimiter(5, 2);
    limiter.take("idle", 0);
    limiter.take("busy", 59_000);
    limiter.take("new", 61_000);
    expect(limiter.size).toBe(2);
    // "busy" kept what it had used; "idle" would start full again anyway.
    expect(limiter.take("busy", 61_000)).toMatchObject({ ok: true, remaining: 3 });
  });
});
