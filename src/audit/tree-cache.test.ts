// TreeCache against the naive reference: every root and a spread of proofs over random-sized trees,
// with a tiny tile cache so eviction and re-reads are exercised, and a count of storage reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { rfc9162 } from './hasher.js';
import { consistencyPlan, inclusionPlan } from './proof.js';
import { TreeCache } from './tree-cache.js';
import * as ref from '../../test/audit/reference.js';

const LEAVES = ref.leafInputs(1300);
const HASHES = LEAVES.map((l) => ref.leafHash(l));

/** A tree over HASHES that counts storage reads; no leaf tier unless asked, so eviction and re-reads are exercised. */
function cache(tileCacheSize: number, tileHeight?: number, leafCacheEntries = 0): { tree: TreeCache; reads: () => number; ranges: Array<[number, number]> } {
  let reads = 0;
  const ranges: Array<[number, number]> = [];
  const tree = new TreeCache(
    async (s, e) => {
      reads++;
      ranges.push([s, e]);
      return HASHES.slice(s, e);
    },
    rfc9162,
    { tileCacheSize, leafCacheEntries, ...(tileHeight ? { tileHeight } : {}) },
  );
  return { tree, reads: () => reads, ranges };
}

test('roots of every size up to 1300 match the reference, for several tile heights', async () => {
  for (const height of [1, 3, 6, 8]) {
    const { tree } = cache(2, height);
    for (let size = 0; size <= 1300; size += size < 300 ? 1 : 37) {
      assert.deepEqual(Buffer.from(await tree.root(size)), ref.mth(LEAVES.slice(0, size)), `height ${height}, size ${size}`);
    }
  }
  assert.throws(() => cache(2, 11), RangeError);
});

test('random proofs match the reference with a two-tile cache (property)', async () => {
  const trees = [cache(2).tree, cache(2, 8).tree];
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 1, max: 1300 }), fc.nat(), fc.nat(), fc.boolean(), async (size, a, b, which) => {
      const tree = trees[which ? 1 : 0] as TreeCache;
      const index = a % size;
      const old = b % (size + 1);
      const incl = await tree.proof(inclusionPlan(index, size), size);
      assert.deepEqual(incl.map((h) => Buffer.from(h).toString('hex')), ref.path(index, LEAVES.slice(0, size)).map((h) => h.toString('hex')));
      const cons = await tree.proof(consistencyPlan(old, size), size);
      assert.deepEqual(cons.map((h) => Buffer.from(h).toString('hex')), ref.consistency(old, LEAVES.slice(0, size)).map((h) => h.toString('hex')));
    }),
    { numRuns: 150 },
  );
});

test('a proof at a large size costs a handful of reads once warm', async () => {
  const { tree, reads } = cache(64);
  await tree.root(1300);
  const before = reads();
  await tree.proof(inclusionPlan(700, 1300), 1300);
  assert.ok(reads() - before <= 2, `${reads() - before} reads`);
  const again = reads();
  await tree.proof(inclusionPlan(701, 1300), 1300);
  assert.equal(reads() - again, 0, 'same tile, cached');
});

test('nodes outside the tree are refused', async () => {
  const { tree } = cache(4);
  await assert.rejects(tree.nodeHash({ level: 2, index: 3 }, 15), RangeError);
});

test('the leaf tier serves proofs for the most recent tiles without a read, and older tiles with one', async () => {
  // A one-tile node cache, and leaf hashes kept for the last 128 entries (two tiles of 64).
  const { tree, ranges } = cache(1, undefined, 128);
  await tree.root(1300); // folds in tiles 0-19 (1,280 leaves); the leaf tier keeps tiles 18 and 19
  ranges.length = 0;
  for (const index of [1152, 1279, 1200, 1160]) {
    const proof = await tree.proof(inclusionPlan(index, 1280), 1280);
    assert.deepEqual(proof.map((h) => Buffer.from(h).toString('hex')), ref.path(index, LEAVES.slice(0, 1280)).map((h) => h.toString('hex')));
  }
  assert.deepEqual(ranges, [], 'recent tiles came from memory');
  const old = await tree.proof(inclusionPlan(100, 1280), 1280);
  assert.deepEqual(old.map((h) => Buffer.from(h).toString('hex')), ref.path(100, LEAVES.slice(0, 1280)).map((h) => h.toString('hex')));
  assert.deepEqual(ranges, [[64, 128]], 'an older tile is one range read');
  assert.throws(() => new TreeCache(async () => [], rfc9162, { leafCacheEntries: -1 }), RangeError);
});
