// The address tail after a unit number, and the sentence period after a month word.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyze.js';

const analyzer = createAnalyzer();
const spans = (text: string): string[] => analyzer.analyze(text).map((f) => text.slice(f.start, f.end));

test('a month word ending a sentence leaves the period outside the date', () => {
  assert.deepEqual(spans('She died in March.\n'), ['March']);
  assert.deepEqual(spans('Seen 4 June. Stable.'), ['4 June']);
  assert.ok(spans('Seen 4 Mar. 2020 and again.').includes('4 Mar. 2020'));
});

test('town, country and postal code after a unit number belong to the address', () => {
  const found = spans('Send to 12 Kirkeveien 41 Apt. 12, Drammen, Norway 3015');
  assert.ok(found.some((s) => s.endsWith('Drammen, Norway 3015')), found.join(' | '));
});

test('prose after a unit number is not taken', () => {
  assert.deepEqual(spans('Seen in Suite 4 with her daughter.'), ['Suite 4']);
  assert.deepEqual(spans('Lives at 12 Elm St Apt 4. She reports pain.'), ['12 Elm St Apt 4']);
});

test("a letter's dateline names its town, not a weekday or a form's word", () => {
  const typed = (text: string): string[] => analyzer.analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
  assert.ok(typed('Huisarts\nUtrecht, 19 november 2026\n').includes('LOCATION:Utrecht'));
  assert.ok(typed('  Paris, le 3 mars 2026\n').includes('LOCATION:Paris'));
  const weekday = typed('Monday, 3 November 2026\nSigned, 11/20/2026\n');
  assert.ok(!weekday.some((s) => s.startsWith('LOCATION')), weekday.join(' | '));
});

test('a date and a titled surname that is a street suffix stay a date and a name, not a street', () => {
  assert.deepEqual(spans('On 2/12/2019 Ms Hill underwent cardiac catheterization.'), ['2/12/2019', 'Ms Hill']);
  assert.deepEqual(spans('On Aug 9, 2016 Ms Street underwent a fundoplication.'), ['Aug 9, 2016', 'Ms Street']);
  assert.deepEqual(spans('Lives at 4410 Willow Creek, Apt 2. Stable.'), ['4410 Willow Creek, Apt 2']);
});

test('a lower-case court with its house number, its town and ZIP, a unit, and a street a home stands on', () => {
  assert.deepEqual(spans('mail it to our home, 305 heron court, sallisaw 74955 thanks'), ['305 heron court', 'sallisaw 74955']);
  assert.deepEqual(spans('she rents the place on cherry hill lane now'), ['cherry hill lane']);
  assert.deepEqual(spans('we moved to 18 vine st apt 2 last year'), ['18 vine st apt 2']);
  assert.deepEqual(spans('out on the basketball court; a trip down memory lane'), []);
});

test('a lower-case street after a building and a comma or "address is", not a dose after a comma', () => {
  assert.deepEqual(spans('she is in bldg D, 5120 wexford ln, eldersburg 21784 now'), ['5120 wexford ln', 'eldersburg 21784']);
  assert.deepEqual(spans('my new address is 1407 s harmon ridge rd'), ['1407 s harmon ridge rd']);
  assert.deepEqual(spans('gave 2, 40 units st. then held it'), []);
});
