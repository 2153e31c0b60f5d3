// Rate limits per API key: a token bucket per credential, refilled continuously at `perMinute`, holding
// at most `burst`. Pure apart from the clock passed in; buckets idle long enough to be full are dropped.
import { PhigateError } from '../errors.js';

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  readonly #perMs: number;
  readonly #burst: number;
  readonly #buckets = new Map<string, Bucket>();

  constructor(opts: { perMinute: number; burst: number }) {
    this.#perMs = opts.perMinute / 60_000;
    this.#burst = opts.burst;
  }

  /** Takes one request from `key`'s bucket or throws PHIGATE_RATE_LIMITED with when to retry. */
  take(key: string, now: number): void {
    if (this.#perMs <= 0) return;
    const b = this.#buckets.get(key) ?? { tokens: this.#burst, at: now };
    // A clock that steps back (NTP, tests) neither drains nor fills the bucket.
    b.tokens = Math.min(this.#burst, b.tokens + Math.max(0, now - b.at) * this.#perMs);
    b.at = Math.max(b.at, now);
    if (b.tokens < 1) {
      this.#buckets.set(key, b);
      const retryMs = Math.ceil((1 - b.tokens) / this.#perMs);
      throw new PhigateError('PHIGATE_RATE_LIMITED', `Too many requests for this API key; retry after ${Math.ceil(retryMs / 1000)} s`, { details: { retryAfterS: Math.ceil(retryMs / 1000) } });
    }
    b.tokens -= 1;
    this.#buckets.set(key, b);
    if (this.#buckets.size > 100_000) this.#sweep(now);
  }

  #sweep(now: number): void {
    const full = this.#burst / this.#perMs;
    for (const [k, b] of this.#buckets) if (now - b.at >= full) this.#buckets.delete(k);
  }
}
