// Products, operations, stages and streets that look like names or postal codes: typed as what they are.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyze.js';

const analyzer = createAnalyzer();
const spans = (text: string): string[] => analyzer.analyze(text).map((f) => text.slice(f.start, f.end));

test('two unknown capitalised words before a dose are a product; before other words they stay a name', () => {
  assert.deepEqual(spans('Started Zembrel Inhalus 2 puffs bid.'), []);
  assert.deepEqual(spans('Continue Korvanta Duotab 20 mg daily.'), []);
  assert.deepEqual(spans('Seen with Jouni Hahli 40 mg given.').length, 1, 'a cue still names them');
});

test('an eponym before a lower-case operation word is the operation', () => {
  assert.deepEqual(spans('Laparoscopic Nissen fundoplication for GERD.'), []);
  assert.deepEqual(spans('Seen by Ottoline Nissen today.'), ['Ottoline Nissen']);
});

test('an unspaced TNM stage is no Canadian postal code; a spaced code still is', () => {
  assert.deepEqual(spans('Adenocarcinoma T2N0M0, stage IB.'), []);
  assert.deepEqual(spans('Postal code T2N 1N4.'), ['T2N 1N4']);
});

test('a person the street is named for is typed with the street', () => {
  const typed = (text: string): string[] => analyzer.analyze(text).map((f) => `${f.type} ${text.slice(f.start, f.end)}`);
  assert.deepEqual(typed('Lives at 1819 Martin Luther King Jr. Way with his wife.'), ['ADDRESS 1819 Martin Luther King Jr. Way']);
  assert.deepEqual(typed('Lives at 4998 Monroe St. with his wife.'), ['ADDRESS 4998 Monroe St.']);
  assert.deepEqual(typed('Seen with Martin Luther today.'), ['NAME Martin Luther'], 'no house number: the person');
});

test('a town after a journey or an origin cue is typed as the place, though its name is also a person\'s', () => {
  const typed = (text: string): string[] => analyzer.analyze(text).map((f) => `${f.type} ${text.slice(f.start, f.end)}`);
  assert.deepEqual(typed('She moved to Boston last fall.'), ['LOCATION Boston']);
  assert.deepEqual(typed('Originally from Austin.'), ['LOCATION Austin']);
  assert.deepEqual(typed('We returned to kiel by helicopter.').length, 1, 'a lower-case town stays found');
  assert.deepEqual(typed('Referred to Austin for a second opinion.'), ['NAME Austin'], 'no town cue: the person');
});
