// WordTable.get answers from its table of recent words exactly as the table itself does, also after a change.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WordTable } from './word-table.js';

test('get gives every word its value, or undefined, whatever was asked before (recent words included)', () => {
  const table = new WordTable(2000);
  const want = new Map<string, number>();
  // Short Latin-1 words (kept among the recent ones), long ones and wider ones (never kept), many sharing a recent slot.
  const words: string[] = [];
  for (let k = 0; k < 3000; k++) words.push(`w${k}`, `längerwort${k}`, `é${k}`, `名${k}`);
  for (let k = 0; k < words.length; k += 2) {
    table.orWords([words[k] as string], (k % 7) + 1);
    want.set(words[k] as string, (k % 7) + 1);
  }
  let seed = 11;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
  for (let round = 0; round < 3; round++) {
    for (let k = 0; k < 40000; k++) {
      const w = words[next(words.length)] as string;
      assert.equal(table.get(w), want.get(w), w);
    }
    // A change after asks: get must not answer from what it remembered.
    for (let k = 1; k < words.length; k += 97) {
      table.orWords([words[k] as string], 8);
      want.set(words[k] as string, (want.get(words[k] as string) ?? 0) | 8);
    }
  }
  assert.equal(table.get(''), undefined);
  assert.equal(table.get('w0'), want.get('w0'));
});

test('a word asked again after a change gets its new value', () => {
  const table = new WordTable(16);
  assert.equal(table.get('smith'), undefined);
  table.orWords(['smith'], 2);
  assert.equal(table.get('smith'), 2);
  table.maxWords(['smith'], 5);
  assert.equal(table.get('smith'), 5);
});

test('a state keeps only pooled keys, Latin-1 ones apart from wider ones, and a table read from it finds every key, also after new words', () => {
  const table = new WordTable(64);
  const words = ['ab', 'zürich', 'longerthaneight', 'bielsko-biała', 'łódź', 'hà nội', 'münchengladbach'];
  words.forEach((w, k) => table.orWords([w], k + 1));
  table.orWords(['ab', 'longerthaneight'], 16); // repeated lines: their second copies are not kept
  const state = table.toState();
  assert.deepEqual(state.pool.split('\n').sort(), ['longerthaneight', 'münchengladbach']);
  assert.deepEqual(state.widePool.split('\n').sort(), ['bielsko-biała', 'hà nội', 'łódź']);
  assert.ok(![...state.pool].some((c) => c.charCodeAt(0) > 0xff), 'the pool is Latin-1');
  const restored = WordTable.fromState(state);
  for (const w of words) assert.equal(restored.get(w), table.get(w), w);
  restored.orWords(['kraków', 'anotherlongword'], 32);
  for (const w of words) assert.equal(restored.get(w), table.get(w), `${w} after new words`);
  assert.equal(restored.get('kraków'), 32);
  assert.equal(restored.get('anotherlongword'), 32);
  const keys = new Map<string, number>();
  restored.forEach((w, v) => keys.set(w, v));
  assert.equal(keys.get('łódź'), table.get('łódź'));
  assert.equal(keys.size, words.length + 2);
});

test('fit shrinks a table sized for more words to the fewest slots at load 1/2, every word keeping its value', () => {
  const table = new WordTable(100_000);
  const words = Array.from({ length: 5000 }, (_, k) => (k % 3 === 0 ? `längerwort${k}` : k % 3 === 1 ? `w${k}` : `名${k}`));
  words.forEach((w, k) => table.orWords([w], (k % 9) + 1));
  const before = table.toState().size;
  table.fit();
  const after = table.toState();
  assert.ok(after.size < before && after.size === 16384, `${before} -> ${after.size} slots`);
  words.forEach((w, k) => assert.equal(table.get(w), (k % 9) + 1, w));
  assert.equal(table.get('absent'), undefined);
  table.orWords(['added', ...words.slice(0, 10)], 16);
  assert.equal(table.get('added'), 16);
  assert.equal(table.get(words[0] as string), 1 | 16);
  const small = new WordTable(10);
  small.fit();
  assert.equal(small.toState().size, 1024, 'never under 1,024 slots');
});
