import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { indexWithin, lastIndexWithin } from './chars.js';

// The bounded searches must answer as lastIndexOf / indexOf would inside the window, and -1 for what lies outside.
test('lastIndexWithin and indexWithin agree with lastIndexOf and indexOf inside their window', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '(', ' '), maxLength: 60 }), fc.integer({ min: -2, max: 62 }), fc.integer({ min: 0, max: 30 }), (text, at, within) => {
      const back = text.lastIndexOf('\n', at);
      const expectedBack = at < 0 ? -1 : back >= Math.max(0, at - within) ? back : -1;
      assert.equal(lastIndexWithin(text, 10, at, within), at < 0 ? -1 : expectedBack);
      const fwd = text.indexOf('\n', Math.max(0, at));
      assert.equal(indexWithin(text, 10, at, within), fwd >= 0 && fwd < at + within ? fwd : -1);
    }),
  );
});

test('a window past the text ends at the text, and an empty window finds nothing', () => {
  assert.equal(lastIndexWithin('ab\ncd', 10, 99, 200), 2);
  assert.equal(indexWithin('ab\ncd', 10, 0, 0), -1);
  assert.equal(indexWithin('ab\ncd', 10, 0, 3), 2);
  assert.equal(lastIndexWithin('ab\ncd', 10, 4, 1), -1);
});
