// phraseAt and headAt answer from the view's flags and from slices of the lower case where they can; here
// they are checked against the plain look-ups (every phrase length joined word by word, the head lists
// asked for every word) on place-like texts, with blanks, hyphens, apostrophes, accents and line breaks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createDocumentView } from '../analyze.js';
import { fold } from '../text/tokens.js';
import { lexicon } from '../dictionaries/index.js';
import { headAt, MULTI_HEADS, phraseAt, spells, wordsFrom } from './place-words.js';
import type { DocumentView } from './types.js';

/** phraseAt as a plain look-up: the longest phrase from i, every length's words joined again. */
function plainPhraseAt(doc: DocumentView, i: number, set: { has(word: string): boolean }, max: number, starts: { get(w: string): number | undefined; has(w: string): boolean }): number {
  const t = doc.tokens[i];
  if (!t) return 0;
  let longest = Math.max(starts.get(t.lower) ?? 0, starts.get(t.fold) ?? 0);
  if (longest === 0) {
    const hyphen = t.lower.indexOf('-');
    if (hyphen <= 0 || !starts.has(t.lower.slice(0, hyphen))) return 0;
    longest = 1;
  }
  for (let n = Math.min(max, longest); n >= 1; n--) {
    const w = wordsFrom(doc, i, n);
    if (w === undefined) continue;
    if (set.has(w) || (n > 1 && w.includes(' - ') && set.has(w.replace(/ - /g, '-'))) || (n === 1 && w.includes('-') && set.has(w.replace(/-/g, ' ')))) return n;
    if ((w.includes("'") || w.includes('’')) && set.has(w.replace(/['’]/g, ' '))) return n;
    if (/[^\x00-\x7f]/.test(w) && set.has(fold(w))) return n;
  }
  return 0;
}

function plainHeadAt(doc: DocumentView, i: number): number {
  const t = doc.tokens[i];
  if (!t) return 0;
  for (const h of MULTI_HEADS.get(t.lower) ?? []) if (spells(doc, i, h)) return h.length;
  return lexicon.FACILITY_HEADS.has(t.lower) ? 1 : 0;
}

const words = fc.constantFrom('New', 'York', 'new', 'york', 'San', 'Francisco', 'Salt', 'Lake', 'City', 'Winston', 'Salem', 'Winston-Salem', "Coeur d'Alene", 'Coeur', 'd', 'Alene',
  'St.', 'Paul', 'Mount', 'Vernon', 'Mercy', 'Hospital', 'Medical', 'Center', 'Primary', 'Care', 'Mayo', 'Clinic', 'Kāneʻohe', 'São', 'Paulo', 'Boston', 'of', 'the', 'Home', 'x');
const gaps = fc.constantFrom(' ', ' ', ' ', '  ', ' - ', '-', '. ', '\n', ', ', ' & ');
const placeText = fc.array(fc.tuple(words, gaps), { minLength: 1, maxLength: 10 }).map((parts) => parts.map(([w, g]) => w + g).join(''));

test('phraseAt finds what the plain look-up finds, for cities and known facilities', () => {
  fc.assert(
    fc.property(placeText, (text) => {
      const doc = createDocumentView(text);
      for (let i = 0; i < doc.tokens.length; i++) {
        for (const max of [1, 3, 5]) {
          assert.equal(phraseAt(doc, i, doc.dict.allCities, max, doc.dict.cityStarts), plainPhraseAt(doc, i, doc.dict.allCities, max, doc.dict.cityStarts), `cities, ${JSON.stringify(text)} at ${i}, max ${max}`);
        }
        assert.equal(phraseAt(doc, i, lexicon.KNOWN_FACILITIES, 4, doc.dict.facilityStarts), plainPhraseAt(doc, i, lexicon.KNOWN_FACILITIES, 4, doc.dict.facilityStarts), `facilities, ${JSON.stringify(text)} at ${i}`);
      }
    }),
    { numRuns: 400 },
  );
  // The cases the generator must reach: a multi-word city joined by single blanks, and by a hyphen.
  const doc = createDocumentView('lives in Salt Lake City and Winston-Salem');
  assert.equal(phraseAt(doc, 2, doc.dict.allCities, 5, doc.dict.cityStarts), 3);
});

test('headAt finds what the head lists find', () => {
  fc.assert(
    fc.property(placeText, (text) => {
      const doc = createDocumentView(text);
      for (let i = 0; i <= doc.tokens.length; i++) assert.equal(headAt(doc, i), plainHeadAt(doc, i), `${JSON.stringify(text)} at ${i}`);
    }),
    { numRuns: 400 },
  );
  const doc = createDocumentView('Mercy Hospital and Primary Care');
  assert.equal(headAt(doc, 1), 1);
});
