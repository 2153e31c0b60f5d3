// Lists of names (rule 4f in name-lists.ts): what closes a list and what is no entry of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyze.js';

const analyzer = createAnalyzer();
const spans = (text: string): string[] => analyzer.analyze(text).map((f) => text.slice(f.start, f.end));

test('a dotted degree between two signers is no entry of a list of names', () => {
  const found = spans('Seen by Amy Lee, D.O. and John Park, M.D. today.');
  assert.ok(!found.some((s) => s.includes('D.O.')), found.join(' | '));
  assert.ok(found.includes('Amy Lee') && found.some((s) => s.includes('John')), found.join(' | '));
  // Dotted capitals that are initials still open a list.
  assert.ok(spans('Seen with J.K., T.R. and Abel Kowalczyk today.').includes('T.R.'));
});

test('a surname that is also a word closes a list after a given name, a weekday does not', () => {
  assert.ok(spans('Seen with Ann, Bo and Abel Moss today.').includes('Abel Moss'));
  const weekday = spans('Called Ann, Bo and Abel Monday.');
  assert.ok(weekday.includes('Abel') && !weekday.some((s) => s.includes('Monday')), weekday.join(' | '));
});

test('a known hospital that is an eponym, paired with another before their head, names formulas', () => {
  assert.deepEqual(spans('Fluids per the Parkland and Brooke formulas.'), []);
  assert.ok(spans('Transferred to Parkland and Grady hospitals.').some((s) => s.startsWith('Parkland')));
});
