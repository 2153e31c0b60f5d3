import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { WireDigest, sha256 } from './digest.js';

const reference = (...pieces: string[]): string => {
  const h = createHash('sha256');
  for (const p of pieces) h.update(p);
  return h.digest('hex');
};

test('a wire digest equals SHA-256 of the bytes given, in one piece, in several, or none', () => {
  const one = new WireDigest();
  one.update(Buffer.from('{"model":"m"}'));
  assert.equal(one.hex(), reference('{"model":"m"}'));
  const three = new WireDigest();
  for (const p of ['data: {"a":1}\n\n', 'data: {"b":2}\n\n', 'data: [DONE]\n\n']) three.update(Buffer.from(p));
  assert.equal(three.hex(), reference('data: {"a":1}\n\n', 'data: {"b":2}\n\n', 'data: [DONE]\n\n'));
  assert.equal(new WireDigest().hex(), reference());
});

test('a wire digest can be read before the last piece and again after it', () => {
  const d = new WireDigest();
  d.update(Buffer.from('first'));
  assert.equal(d.hex(), reference('first'));
  d.update(Buffer.from('second'));
  assert.equal(d.hex(), reference('first', 'second'));
  assert.equal(d.hex(), reference('first', 'second'));
  d.update(Buffer.from('third'));
  assert.equal(d.hex(), reference('first', 'second', 'third'));
});

test('the one-shot digest hashes strings as UTF-8, in the encoding asked for', () => {
  assert.equal(sha256('Grüße', 'hex'), createHash('sha256').update('Grüße', 'utf8').digest('hex'));
  assert.equal(sha256('phg_key', 'base64'), createHash('sha256').update('phg_key').digest('base64'));
});
