// The per-key token bucket: a burst, then refusals with a retry time, refilled over time, keys apart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PhigateError } from '../errors.js';
import { RateLimiter } from './rate-limit.js';

test('burst, refusal with retry time, refill, and separate keys', () => {
  const r = new RateLimiter({ perMinute: 60, burst: 3 });
  for (let i = 0; i < 3; i++) r.take('a', 0);
  assert.throws(() => r.take('a', 0), (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_RATE_LIMITED' && e.details?.['retryAfterS'] === 1);
  r.take('b', 0);
  assert.throws(() => r.take('a', 999), { code: 'PHIGATE_RATE_LIMITED' });
  // Two seconds after the start two tokens have come back (the refused request took none).
  r.take('a', 2000);
  r.take('a', 2000);
  assert.throws(() => r.take('a', 2000), { code: 'PHIGATE_RATE_LIMITED' });
});

test('perMinute 0 switches the limit off', () => {
  const r = new RateLimiter({ perMinute: 0, burst: 1 });
  for (let i = 0; i < 100; i++) r.take('a', 0);
});

test('a clock that steps back does not drain the bucket', () => {
  const r = new RateLimiter({ perMinute: 60, burst: 2 });
  r.take('a', 10_000);
  r.take('a', 5_000);
  assert.throws(() => r.take('a', 5_000), { code: 'PHIGATE_RATE_LIMITED' });
  r.take('a', 11_000);
});
