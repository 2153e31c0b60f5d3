// The code cache's checks: a cache is used only with the header of this bundle, this Node and these heap flags.
// (test/deid/compiled.test.ts loads a real bundle and cache, stale and fresh.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cacheDataFor, cacheFile, cacheFlags, cacheHeader } from './engine-bundle.js';

const bundle = Buffer.from('exports.x = 1;');
const data = Buffer.from('v8 code cache bytes');

test('a cache whose header matches the bundle, the Node and the flags gives its V8 data', () => {
  const header = cacheHeader(bundle, []);
  assert.deepEqual(cacheDataFor(Buffer.concat([header, data]), header), data);
});

test('a cache made for another bundle, or under other heap flags, or cut short, is not used', () => {
  const header = cacheHeader(bundle, []);
  const other = cacheHeader(Buffer.from('exports.x = 2;'), []);
  assert.equal(cacheDataFor(Buffer.concat([other, data]), header), undefined);
  const flagged = cacheHeader(bundle, ['--max-old-space-size=1024']);
  assert.equal(cacheDataFor(Buffer.concat([flagged, data]), header), undefined);
  assert.equal(cacheDataFor(header, header), undefined, 'a header without data');
  assert.equal(cacheDataFor(undefined, header), undefined);
});

test('the cache file is named for the heap flags V8 checks, whatever else node was given', () => {
  assert.equal(cacheFile([]), 'engine-bundle-default.v8cache');
  assert.equal(cacheFile(['--input-type=module', '-e', 'x', '--v8-pool-size=1']), 'engine-bundle-default.v8cache');
  const lean = cacheFile(['--max-semi-space-size=4', '--v8-pool-size=1', '--max-old-space-size=1024']);
  assert.notEqual(lean, 'engine-bundle-default.v8cache');
  assert.equal(cacheFile(['--max-old-space-size=1024', '--max-semi-space-size=4']), lean, 'order does not matter');
  assert.equal(cacheFlags(['--max-old-space-size=1024', '--stack-size=900']), '--max-old-space-size=1024');
});
