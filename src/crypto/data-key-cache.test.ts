import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DataKeyCache } from './data-key-cache.js';

test('bounded by size: least recently used keys go first, and are zeroed', () => {
  let now = 0;
  const c = new DataKeyCache({ maxEntries: 2, ttlMs: 100_000, now: () => now });
  const a = Buffer.alloc(32, 1);
  c.set('a', a, 't');
  c.set('b', Buffer.alloc(32, 2), 't');
  now = 5000;
  assert.ok(c.get('a')); // a is now most recent
  c.set('c', Buffer.alloc(32, 3), 't');
  assert.equal(c.size, 2);
  assert.equal(c.get('b'), undefined);
  now = 10_000;
  assert.ok(c.get('a') && c.get('c'));
  c.set('d', Buffer.alloc(32, 4), 't');
  c.set('e', Buffer.alloc(32, 5), 't');
  assert.equal(c.get('a'), undefined);
  assert.ok(a.every((x) => x === 0), 'evicted key material is wiped');
});

test('bounded by time', () => {
  let now = 0;
  const c = new DataKeyCache({ maxEntries: 10, ttlMs: 100, now: () => now });
  const k = Buffer.alloc(32, 9);
  c.set('k', k, 'tenant-x');
  now = 99;
  assert.equal(c.get('k')?.tenant, 'tenant-x');
  now = 100;
  assert.equal(c.get('k'), undefined);
  assert.ok(k.every((x) => x === 0));
  assert.equal(c.size, 0);
});

test('clear wipes everything', () => {
  const c = new DataKeyCache();
  const k = Buffer.alloc(32, 7);
  c.set('k', k, 't');
  c.clear();
  assert.equal(c.size, 0);
  assert.ok(k.every((x) => x === 0));
});
