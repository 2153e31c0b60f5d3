// forEachIndexedWord matches a long word list from the document's side (a note indexes a handful of words): the
// visits must stay those of the list's own order, word by word, then token by token, as the rules were written for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createDocumentView } from '../analyze.js';
import { forEachIndexedWord, type DocumentView } from './types.js';

const WORDS = ['hospital', 'clinic', 'hospice', 'center', 'pharmacy', 'lab', 'unit', 'ward', 'home', 'school', 'church', 'office'];
const INDEXED = new Set(WORDS);

/** The visits of the plain loop over the list, the order the rules rely on. */
function listOrder(doc: DocumentView, words: readonly string[]): number[] {
  const out: number[] = [];
  for (const w of words) for (const i of doc.wordIndex.get(w) ?? []) out.push(i);
  return out;
}

function visits(doc: DocumentView, words: Iterable<string>): number[] {
  const out: number[] = [];
  forEachIndexedWord(doc, words, (i) => out.push(i));
  return out;
}

test('a long list is visited in its own order, not the text\'s', () => {
  const doc = createDocumentView('the clinic near the hospital, then the clinic again', INDEXED);
  // "hospital" comes first in the list: its token first, then both of "clinic"'s.
  assert.deepEqual(visits(doc, WORDS), [4, 1, 7]);
  assert.deepEqual(visits(doc, new Set(WORDS)), [4, 1, 7]);
});

test('any note and any list: the same visits as the plain loop', () => {
  const list = fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: WORDS.length });
  const text = fc.array(fc.constantFrom(...WORDS, 'the', 'Dr', 'and', '12'), { maxLength: 30 }).map((w) => w.join(' '));
  fc.assert(
    fc.property(list, text, (words, t) => {
      const doc = createDocumentView(t, INDEXED);
      assert.deepEqual(visits(doc, words), listOrder(doc, words));
      assert.deepEqual(visits(doc, new Set(words)), listOrder(doc, words));
    }),
    { numRuns: 300 },
  );
});

test('a list that holds a word twice visits its tokens twice, as the plain loop does', () => {
  const words = [...WORDS, 'clinic'];
  const doc = createDocumentView('clinic', INDEXED);
  assert.deepEqual(visits(doc, words), [0, 0]);
});
