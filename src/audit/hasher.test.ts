// Expected roots for trees of 0..8 leaves written out by hand from the RFC 9162 definition of MTH,
// then checked against the published RFC 6962 vectors and against CompactRange.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { rfc9162, toHex } from './hasher.js';
import { CompactRange } from './proof.js';

const sha = (...parts: Uint8Array[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const L = (d: Uint8Array): Buffer => sha(Buffer.from([0]), d); // leaf
const N = (l: Uint8Array, r: Uint8Array): Buffer => sha(Buffer.from([1]), l, r); // node

const vectors = JSON.parse(readFileSync(new URL('../../test/vectors/rfc6962-roots.json', import.meta.url), 'utf8')) as {
  leaves: string[];
  roots: string[];
};
const d = vectors.leaves.map((h) => Buffer.from(h, 'hex'));
const [d0, d1, d2, d3, d4, d5, d6, d7] = d as [Buffer, Buffer, Buffer, Buffer, Buffer, Buffer, Buffer, Buffer];

// MTH(D[n]) = HASH(0x01 || MTH(D[0:k]) || MTH(D[k:n])) with k the largest power of two below n,
// expanded by hand for each size.
const byHand: Buffer[] = [
  sha(),
  L(d0),
  N(L(d0), L(d1)),
  N(N(L(d0), L(d1)), L(d2)),
  N(N(L(d0), L(d1)), N(L(d2), L(d3))),
  N(N(N(L(d0), L(d1)), N(L(d2), L(d3))), L(d4)),
  N(N(N(L(d0), L(d1)), N(L(d2), L(d3))), N(L(d4), L(d5))),
  N(N(N(L(d0), L(d1)), N(L(d2), L(d3))), N(N(L(d4), L(d5)), L(d6))),
  N(N(N(L(d0), L(d1)), N(L(d2), L(d3))), N(N(L(d4), L(d5)), N(L(d6), L(d7)))),
];

test('hand-derived roots for 0..8 leaves match the published RFC 6962 vectors', () => {
  assert.deepEqual(byHand.map((b) => b.toString('hex')), vectors.roots);
});

test('CompactRange computes the same roots as the hand derivation', () => {
  const range = new CompactRange(rfc9162);
  assert.equal(toHex(range.root()), byHand[0]?.toString('hex'));
  for (let n = 1; n <= 8; n++) {
    range.append(rfc9162.hashLeaf(d[n - 1] as Buffer));
    assert.equal(toHex(range.root()), byHand[n]?.toString('hex'), `size ${n}`);
  }
});

test('leaf and node hashing are domain separated', () => {
  const a = rfc9162.hashLeaf(Buffer.alloc(64, 7));
  const b = rfc9162.hashChildren(Buffer.alloc(32, 7), Buffer.alloc(32, 7));
  assert.notEqual(toHex(a), toHex(b));
  assert.equal(toHex(rfc9162.emptyRoot()), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});

test('hashLeaf handles inputs longer than its scratch buffer and stays correct afterwards', () => {
  const big = Buffer.alloc(1000, 9);
  assert.equal(toHex(rfc9162.hashLeaf(big)), L(big).toString('hex'));
  assert.equal(toHex(rfc9162.hashLeaf(d1)), L(d1).toString('hex'));
});

test('CompactRange visits every completed node with its coordinates', () => {
  const range = new CompactRange(rfc9162);
  const seen: string[] = [];
  for (let i = 0; i < 4; i++) range.append(rfc9162.hashLeaf(d[i] as Buffer), (level, index, hash) => seen.push(`${level}/${index}/${toHex(hash).slice(0, 8)}`));
  assert.deepEqual(seen, [
    `0/0/${L(d0).toString('hex').slice(0, 8)}`,
    `0/1/${L(d1).toString('hex').slice(0, 8)}`,
    `1/0/${N(L(d0), L(d1)).toString('hex').slice(0, 8)}`,
    `0/2/${L(d2).toString('hex').slice(0, 8)}`,
    `0/3/${L(d3).toString('hex').slice(0, 8)}`,
    `1/1/${N(L(d2), L(d3)).toString('hex').slice(0, 8)}`,
    `2/0/${byHand[4]?.toString('hex').slice(0, 8)}`,
  ]);
});
