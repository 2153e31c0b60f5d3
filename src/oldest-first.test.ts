// Eviction order of OldestFirst: insertion order, an entry set again counts as new, entries set after the
// iterator reached the end are still found, and eviction from a churning full map stays cheap.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OldestFirst } from './oldest-first.js';

test('evicts in insertion order; an entry set again moves to the end', () => {
  const m = new Map<string, number>([['a', 1], ['b', 2], ['c', 3]]);
  const o = new OldestFirst(m);
  assert.deepEqual(o.evict(), ['a', 1]);
  m.delete('b');
  m.set('b', 20);
  assert.deepEqual(o.evict(), ['c', 3]);
  assert.deepEqual(o.evict(), ['b', 20]);
  assert.equal(o.evict(), undefined);
  assert.equal(m.size, 0);
  m.set('d', 4);
  assert.deepEqual(o.evict(), ['d', 4], 'entries set after the end was reached are found');
  assert.equal(o.evict(), undefined);
});

test('entries deleted by others are skipped; a cleared map starts over', () => {
  const m = new Map<number, number>();
  for (let i = 0; i < 10; i++) m.set(i, i);
  const o = new OldestFirst(m);
  assert.deepEqual(o.evict(), [0, 0]);
  m.delete(1);
  m.delete(5);
  assert.deepEqual(o.evict(), [2, 2]);
  m.clear();
  m.set(42, 42);
  assert.deepEqual(o.evict(), [42, 42]);
});

test('a full map that evicts on every insert keeps its bound and its order, in linear time', () => {
  const max = 50_000;
  const m = new Map<string, number>();
  const o = new OldestFirst(m);
  const started = process.cpuUsage();
  for (let i = 0; i < 4 * max; i++) {
    m.set(`k${i}`, i);
    if (m.size > max) o.evict();
  }
  const used = process.cpuUsage(started);
  assert.equal(m.size, max);
  assert.equal(m.keys().next().value, `k${3 * max}`, 'the newest entries are the ones kept');
  // map.keys().next() took seconds here (up to 170 µs per eviction); a constant-time eviction takes tens of ms.
  assert.ok(used.user + used.system < 2_000_000, `200,000 inserts with eviction took ${(used.user + used.system) / 1000} ms of CPU`);
});
