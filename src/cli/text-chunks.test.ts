import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { TextChunker, findCut } from './text-chunks.js';

function chunkAll(parts: readonly string[], max: number): string[] {
  const c = new TextChunker(max);
  return [...parts.flatMap((p) => c.push(p)), ...c.end()];
}

describe('findCut prefers the safest boundary in the window', () => {
  test('a blank line wins over a later line end', () => {
    const text = 'para one\n\npara two line a\npara two line b continues';
    assert.equal(findCut(text, 30), 10); // just after "\n\n"
  });
  test('a blank line with spaces or \\r in it still counts', () => {
    assert.equal(findCut('aaa\r\n \r\nbbb ccc ddd', 12), 8);
  });
  test('else the last line end', () => {
    assert.equal(findCut('line one\nline two\nline three', 20), 18);
  });
  test('else the last whitespace', () => {
    assert.equal(findCut('word word word', 12), 10);
  });
  test('else a hard cut, never inside a surrogate pair', () => {
    assert.equal(findCut('x'.repeat(20), 8), 8);
    assert.equal(findCut('xxxxxxx😀xx', 8), 7); // the emoji occupies 7..8
  });
});

describe('TextChunker', () => {
  test('small inputs come back whole at the end', () => {
    assert.deepEqual(chunkAll(['short ', 'note'], 100), ['short note']);
    assert.deepEqual(chunkAll([], 100), []);
  });
  test('pieces split at paragraph breaks', () => {
    const paras = Array.from({ length: 10 }, (_, i) => `Paragraph ${i} mentions someone.`);
    const pieces = chunkAll([paras.join('\n\n')], 80);
    assert.ok(pieces.length > 3);
    for (const p of pieces.slice(0, -1)) assert.ok(p.endsWith('\n\n'), JSON.stringify(p));
  });
  test('property: pieces rebuild the input exactly, stay under the limit and never split a surrogate pair', () => {
    const unit = fc.constantFrom('a', 'b', ' ', '\n', '\n\n', '\r\n', '\t', '😀', 'é', 'word ');
    fc.assert(
      fc.property(fc.array(fc.array(unit, { maxLength: 40 }).map((a) => a.join('')), { maxLength: 12 }), fc.integer({ min: 2, max: 50 }), (parts, max) => {
        const pieces = chunkAll(parts, max);
        assert.equal(pieces.join(''), parts.join(''));
        for (const p of pieces) {
          assert.ok(p.length > 0 && p.length <= max);
          const last = p.charCodeAt(p.length - 1);
          assert.ok(!(last >= 0xd800 && last <= 0xdbff), 'piece ends inside a surrogate pair');
        }
      }),
      { numRuns: 500 },
    );
  });
});
