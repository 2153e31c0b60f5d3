import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatToken, parseToken } from './token-format.js';

test('formats and parses [[TYPE_hex]] tokens as the de-identification engine writes them', () => {
  assert.equal(formatToken('NAME', '7f3a9c01b2d4'), '[[NAME_7f3a9c01b2d4]]');
  assert.deepEqual(parseToken('[[NAME_7f3a9c01b2d4]]'), { type: 'NAME', hex: '7f3a9c01b2d4' });
  for (const bad of ['[[NAME_7f3a]]', '[[name_7f3a9c01b2d4]]', '[[NAME_7F3A9C01B2D4]]', 'x[[NAME_7f3a9c01b2d4]]', `[[NAME_${'a'.repeat(65)}]]`, '[[N_7f3a9c01b2d4]]']) {
    assert.equal(parseToken(bad), undefined, bad);
  }
});

test('round trip (property)', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[A-Z]{2,12}$/), fc.stringMatching(/^[0-9a-f]{12,64}$/), (type, hex) => {
      assert.deepEqual(parseToken(formatToken(type, hex)), { type, hex });
    }),
  );
});
