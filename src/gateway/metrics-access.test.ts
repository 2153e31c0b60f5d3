// The /metrics access rule as a pure decision: which peers are loopback, and the token check.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PhigateError } from '../errors.js';
import { isLoopback, metricsGuard } from './metrics-access.js';

test('loopback peers: 127.0.0.0/8, ::1 and IPv4-mapped 127.x; nothing else, and an unknown peer is not', () => {
  for (const a of ['127.0.0.1', '127.5.6.7', '::1', '::ffff:127.0.0.1', '::FFFF:127.0.0.1']) assert.equal(isLoopback(a), true, a);
  for (const a of [undefined, '', '10.0.0.1', '192.0.2.2', '::ffff:10.0.0.1', 'fd00::2', '127.0.0.1.evil', '1127.0.0.1', '::2']) assert.equal(isLoopback(a), false, String(a));
});

test('each mode decides as documented', () => {
  const open = metricsGuard({ access: 'open', token: null });
  assert.equal(open('192.0.2.2', null), null);
  const loopback = metricsGuard({ access: 'loopback', token: null });
  assert.equal(loopback('127.0.0.1', null), null);
  assert.equal(loopback('192.0.2.2', 'Bearer anything')?.status, 403);
  assert.equal(loopback(undefined, null)?.status, 403, 'a peer the server did not name is refused');
  const io = { readFile: () => new TextEncoder().encode('s3cret\n'), env: {} };
  const token = metricsGuard({ access: 'token', token: { kind: 'file', path: '/run/secrets/metrics' } }, io);
  assert.equal(token('192.0.2.2', 'Bearer s3cret'), null, 'a file token loses its trailing newline');
  assert.equal(token('192.0.2.2', 'bearer  s3cret'), null);
  assert.equal(token('127.0.0.1', null)?.status, 401, 'loopback is no exception');
  assert.equal(token('127.0.0.1', 'Bearer s3cre')?.status, 401);
  assert.equal(token('127.0.0.1', 'Bearer s3cret extra')?.status, 401);
  // A long header of spaces is read in linear time (no backtracking blow-up).
  assert.equal(token('127.0.0.1', `Bearer${' '.repeat(100_000)}x${' '.repeat(100_000)}y`)?.status, 401);
});

test('a scrape token that is not set stops start-up with an error naming the field and the variable, not a value', () => {
  const refusal = (env: Record<string, string>): PhigateError | undefined => {
    try {
      metricsGuard({ access: 'token', token: { kind: 'env', name: 'METRICS_TOKEN' } }, { readFile: () => new Uint8Array(), env });
    } catch (err) {
      return err as PhigateError;
    }
    return undefined;
  };
  assert.equal(refusal({ METRICS_TOKEN: 'set' }), undefined);
  for (const env of [{}, { METRICS_TOKEN: '' }] as Record<string, string>[]) {
    const err = refusal(env);
    assert.equal(err?.code, 'PHIGATE_KEY_MISSING');
    assert.match(err?.message ?? '', /^server\.metrics\.token: environment variable METRICS_TOKEN is not set or empty$/);
  }
});
