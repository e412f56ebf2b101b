/**
 * Each API key's allowance: a bucket of `perMinute` requests that refills
 * evenly over a minute, so a client may burst up to its allowance and then
 * goes at the refill rate. Kept in this server's memory: with several app
 * servers, each allows its own share (README, "Content API").
 */
export type RateDecision =
  | { ok: true; limit: number; remaining: number }
  | { ok: false; limit: number; retryAfterSeconds: number };

type Bucket = { tokens: number; updatedMs: number };

export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();

  constructor(
    readonly perMinute: number,
    /** Buckets kept at most; beyond it, those idle long enough to be full again are dropped. */
    readonly maxBuckets = 10_000,
  ) {}

  take(key: string, nowMs: number): RateDecision {
    const refillPerMs = this.perMinute / 60_000;
    const bucket = this.#buckets.get(key) ?? { tokens: this.perMinute, updatedMs: nowMs };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (nowMs - bucket.updatedMs) * refillPerMs);
    bucket.updatedMs = nowMs;
    if (!this.#buckets.has(key)) this.#remember(key, bucket, nowMs);
    if (bucket.tokens < 1) {
      return {
        ok: false,
        limit: this.perMinute,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)),
      };
    }
    bucket.tokens -= 1;
    return { ok: true, limit: this.perMinute, remaining: Math.floor(bucket.tokens) };
  }

  get size(): number {
    return this.#buckets.size;
  }

  #remember(key: string, bucket: Bucket, nowMs: number): void {
    if (this.#buckets.size >= this.maxBuckets) {
      const fullAgainMs = 60_000;
      for (const [other, { updatedMs }] of this.#buckets) {
        if (nowMs - updatedMs >= fullAgainMs) this.#buckets.delete(other);
      }
      // Still full of busy keys: forget the oldest, which at worst gives it a fresh allowance.
      if (this.#buckets.size >= this.maxBuckets) {
        const oldest = this.#buckets.keys().next().value;
        if (oldest !== undefined) this.#buckets.delete(oldest);
      }
    }
    this.#buckets.set(key, bucket);
  }
}
