// The vault cache: repeated values and tokens skip the store, scopes stay separate, entries expire
// after their time and the cache stays within its bound.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TokenScope, TokenizeItem } from '../../vault/index.js';
import type { VaultPort } from './redact.js';
import { CachedVault } from './vault-cache.js';

function countingVault(): VaultPort & { calls: number } {
  const byValue = new Map<string, string>();
  const byToken = new Map<string, { value: string; type: string; scope: string }>();
  const v = {
    calls: 0,
    async tokenizeMany(items: readonly TokenizeItem[], scope: TokenScope) {
      v.calls++;
      return items.map((it) => {
        const k = `${scope.id}|${it.type}|${it.value}`;
        let t = byValue.get(k);
        if (!t) {
          t = `[[${it.type}_${String(byValue.size).padStart(12, '0')}]]`;
          byValue.set(k, t);
          byToken.set(t, { value: it.value, type: it.type, scope: scope.id });
        }
        return t;
      });
    },
    async detokenizeMany(tokens: readonly string[], scope: TokenScope) {
      v.calls++;
      return new Map(tokens.flatMap((t) => {
        const e = byToken.get(t);
        return e && e.scope === scope.id ? [[t, { value: e.value, type: e.type }] as const] : [];
      }));
    },
  };
  return v;
}

const s1: TokenScope = { tenant: 't', kind: 'conversation', id: 'a' };
const s2: TokenScope = { tenant: 't', kind: 'conversation', id: 'b' };

test('repeats skip the store; scopes stay separate; entries expire', async () => {
  let now = 1000;
  const inner = countingVault();
  const v = new CachedVault(inner, { ttlMs: 100, now: () => now });
  const [t1] = await v.tokenizeMany([{ value: 'Ada', type: 'NAME' }], s1);
  assert.equal(inner.calls, 1);
  assert.deepEqual(await v.tokenizeMany([{ value: 'Ada', type: 'NAME' }], s1), [t1]);
  assert.deepEqual((await v.detokenizeMany([t1 as string], s1)).get(t1 as string), { value: 'Ada', type: 'NAME' });
  assert.equal(inner.calls, 1, 'both directions came from the cache');
  assert.equal((await v.detokenizeMany([t1 as string], s2)).size, 0, 'another scope does not resolve it');
  assert.equal(inner.calls, 2);
  now += 100;
  await v.tokenizeMany([{ value: 'Ada', type: 'NAME' }], s1);
  assert.equal(inner.calls, 3, 'expired entries go back to the store');
});

test('the cache stays within its bound', async () => {
  const inner = countingVault();
  const v = new CachedVault(inner, { ttlMs: 60_000, maxEntries: 10 });
  for (let i = 0; i < 50; i++) await v.tokenizeMany([{ value: `v${i}`, type: 'NAME' }], s1);
  const before = inner.calls;
  await v.tokenizeMany([{ value: 'v0', type: 'NAME' }], s1);
  assert.equal(inner.calls, before + 1, 'the oldest entries were evicted');
  await v.tokenizeMany([{ value: 'v49', type: 'NAME' }], s1);
  assert.equal(inner.calls, before + 1, 'the newest are kept');
});

test('scopes keep their own entries when the cache has forgotten older scopes', async () => {
  const inner = countingVault();
  const v = new CachedVault(inner, { ttlMs: 60_000 });
  const [t1] = await v.tokenizeMany([{ value: 'Ada', type: 'NAME' }], s1);
  // More scopes than the cache numbers (10,000): s1's number is forgotten, and numbers are never reused.
  for (let i = 0; i < 10_050; i++) await v.tokenizeMany([{ value: 'Ada', type: 'NAME' }], { tenant: 't', kind: 'conversation', id: `c${i}` });
  const calls = inner.calls;
  assert.equal((await v.detokenizeMany([t1 as string], s2)).size, 0, 'another scope does not resolve it');
  assert.deepEqual((await v.detokenizeMany([t1 as string], s1)).get(t1 as string), { value: 'Ada', type: 'NAME' }, 'its own scope still does (from the store)');
  assert.equal(inner.calls, calls + 2, 'both went to the store: the forgotten scope left nothing reachable');
  assert.deepEqual(await v.tokenizeMany([{ value: 'Ada', type: 'NAME' }], s1), [t1]);
});
