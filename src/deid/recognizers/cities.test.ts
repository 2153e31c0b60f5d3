// A town before a state code that is also a clinician's credential: a person's initial or a clinician's act before it
// makes the pair a signer's name and degree, not a town in Maryland or Pennsylvania.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyze.js';

const analyzer = createAnalyzer();
const typed = (text: string): string[] => analyzer.analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

test('an initial and a surname before ", MD" are a doctor, not a town and its state', () => {
  assert.deepEqual(typed('Seen by J. Smith, MD today.'), ['NAME:J. Smith']);
  assert.deepEqual(typed('Electronically signed: R. Salem, MD'), ['NAME:R. Salem']);
  // An accented initial is an initial too (it was read as a town in Maryland).
  assert.deepEqual(typed('Dictated by É. Salem, MD on rounds.'), ['NAME:É. Salem']);
});

test('a listed surname after a clinical act and "by" before ", MD" is the doctor', () => {
  assert.deepEqual(typed('Dictated by Columbia, MD'), ['NAME:Columbia']);
});

test('a town and its state stay a place: no initial, a direction, or no act before "by"', () => {
  assert.deepEqual(typed('Moved to Columbia, MD last year.'), ['LOCATION:Columbia, MD']);
  assert.deepEqual(typed('Lives in N. Bethesda, MD'), ['LOCATION:N. Bethesda, MD']);
  assert.deepEqual(typed('We drove by Columbia, MD on the way.'), ['LOCATION:Columbia, MD']);
});
