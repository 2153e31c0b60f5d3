import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Candidate } from './recognizers/types.js';
import { resolveOverlaps } from './resolve.js';
import type { EntityType } from './types.js';

/** A candidate over the first occurrence of `part` in `text`. */
function at(text: string, part: string, type: EntityType, score: number, recognizer = type.toLowerCase()): Candidate {
  const start = text.indexOf(part);
  assert.ok(start >= 0, `${part} in the text`);
  return { start, end: start + part.length, type, score, recognizer, evidence: [] };
}

describe('overlap resolution', () => {
  test('overlapping candidates merge into one span; disjoint ones stay apart', () => {
    const text = 'Seen by Ann Lee at Akron, OH 44368.';
    const out = resolveOverlaps(text, [at(text, 'Ann Lee', 'NAME', 0.8), at(text, 'Lee', 'NAME', 0.7), at(text, 'Akron, OH', 'LOCATION', 0.85), at(text, '44368', 'ZIP', 0.9)]);
    assert.deepEqual(out.map((f) => [text.slice(f.start, f.end), f.type]), [['Ann Lee', 'NAME'], ['Akron, OH', 'LOCATION'], ['44368', 'ZIP']]);
  });

  test('a span holding more than its most confident candidate takes the type of the candidate covering it', () => {
    // A ZIP typed over a whole address line would be generalised to "12 Elm St, Akron, OH 443**".
    const text = 'Address: 12 Elm St, Akron, OH 44368';
    const out = resolveOverlaps(text, [at(text, '44368', 'ZIP', 0.9), at(text, '12 Elm St, Akron, OH 44368', 'ADDRESS', 0.78), at(text, 'Akron, OH', 'LOCATION', 0.85)]);
    assert.equal(out.length, 1);
    assert.equal(out[0]?.type, 'ADDRESS');
    assert.equal(out[0]?.recognizer, 'address');
    assert.equal(text.slice(out[0]?.start, out[0]?.end), '12 Elm St, Akron, OH 44368');
  });

  test('the most confident candidate keeps its type when the rest is punctuation', () => {
    const text = 'MRN: #SF-998877';
    const out = resolveOverlaps(text, [at(text, 'SF-998877', 'MRN', 0.9), at(text, '#SF-998877', 'ID', 0.6)]);
    assert.deepEqual(out.map((f) => [text.slice(f.start, f.end), f.type]), [['#SF-998877', 'MRN']]);
  });

  test('with no candidate covering the merged span, the longest types it', () => {
    const text = 'lives at 846 Rue Al Bakri Lennox';
    const out = resolveOverlaps(text, [at(text, 'Bakri Lennox', 'NAME', 0.9), at(text, '846 Rue Al Bakri', 'ADDRESS', 0.8)]);
    assert.deepEqual(out.map((f) => [text.slice(f.start, f.end), f.type]), [['846 Rue Al Bakri Lennox', 'ADDRESS']]);
  });

  test('the input order does not matter', () => {
    const text = 'Address: 12 Elm St, Akron, OH 44368';
    const cands = [at(text, '44368', 'ZIP', 0.9), at(text, '12 Elm St, Akron, OH 44368', 'ADDRESS', 0.78), at(text, 'Akron, OH', 'LOCATION', 0.85), at(text, '12 Elm St, Akron, OH 44368', 'ADDRESS', 0.8, 'street')];
    const expected = resolveOverlaps(text, cands);
    assert.equal(expected[0]?.recognizer, 'street', 'the more confident of two covering candidates');
    for (let k = 0; k < cands.length; k++) assert.deepEqual(resolveOverlaps(text, [...cands.slice(k), ...cands.slice(0, k)]), expected);
  });
});
