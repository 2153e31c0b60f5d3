// Address blocks written one part a line, streets named after an address cue, and the numbers of places in
// running text; and clinical lines of the same shapes, which none of them takes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyze.js';
import { findAddressBlocks, findPlaceNumbers } from './address-block.js';
import { findCueAddresses } from './address-cues.js';
import { createDocumentView } from '../analyze.js';

const analyzer = createAnalyzer();
const spans = (text: string): string[] => analyzer.analyze(text).map((f) => text.slice(f.start, f.end));
const covered = (text: string, part: string): boolean => {
  const at = text.indexOf(part);
  return analyzer.analyze(text).some((f) => f.start <= at && at + part.length <= f.end);
};
const INDEX = new Set(['apt', 'apartment', 'suite', 'ste', 'flat', 'box', 'postbox', 'norway', 'lives', 'address', 'corner', 'moved']);
const own = (find: (doc: ReturnType<typeof createDocumentView>) => readonly { start: number; end: number }[], text: string): string[] =>
  find(createDocumentView(text, INDEX)).map((c) => text.slice(c.start, c.end));

test('the lines of a block around a unit line are taken, quote marks left out', () => {
  const text = 'Write to:\n> Holmgatan 7\n> Suite 4\n> Storvik\n> Norway 4321\nThanks';
  for (const part of ['Holmgatan 7', 'Suite 4', 'Storvik', '4321']) assert.ok(covered(text, part), part);
  assert.ok(!own(findAddressBlocks, text).some((s) => s.includes('>') || s.includes('Thanks') || s.includes('Write')));
});

test('a street after prose opens a block; the prose is not taken', () => {
  const text = 'Please send it to 41 Tannery Row\nApt 3\nMillhaven, VT 05401';
  assert.deepEqual(own(findAddressBlocks, text).slice(0, 2), ['41 Tannery Row', 'Apt 3']);
});

test('a postcode before its town, and the country line after it', () => {
  const text = 'Lindholmvej 12\n8260 Viborgdal\nDenmark';
  assert.deepEqual(own(findAddressBlocks, text), ['Lindholmvej 12', '8260 Viborgdal', 'Denmark']);
});

test('clinical lines of the same shapes make no block', () => {
  for (const text of [
    'Plan:\nFollow up in 2 weeks\nSuite of labs ordered',
    'Vitals:\nHR 88\nBP 132/84\nRR 16\nTemp 98.6',
    'Medications:\nLisinopril 10 mg daily\nMetoprolol 25 mg BID\nAspirin 81',
    'Labs:\nMCV 90\nPlatelets 45000\nRDW 14\nFerritin 223 ng/mL',
    'Assessment\nStable.\nPlan\nDischarge home 2 days',
  ]) {
    assert.deepEqual(own(findAddressBlocks, text), [], text);
    assert.deepEqual(own(findPlaceNumbers, text), [], text);
  }
});

test('a street in European order after an address cue, with its town', () => {
  assert.deepEqual(own(findCueAddresses, 'He lives at Orvokkitie 4, Kallioinen since May.'), ['Orvokkitie 4', 'Kallioinen']);
  assert.deepEqual(own(findCueAddresses, 'She lives at home with 2 dogs.'), []);
  assert.deepEqual(own(findCueAddresses, 'Found at the corner of Ashby Rd and 9th St, unresponsive.'), ['Ashby Rd and 9th St']);
  assert.deepEqual(own(findCueAddresses, 'Erythema at the corner of the mouth.'), []);
});

test('numbers of places in running text', () => {
  assert.deepEqual(own(findPlaceNumbers, 'Moved to Lindner Strasse 41 last year.'), ['Lindner Strasse 41']);
  assert.deepEqual(own(findPlaceNumbers, 'an office in Kettleby 4721 since May'), ['Kettleby', '4721']);
  assert.deepEqual(own(findPlaceNumbers, 'Mail it to Calle Sol 3, Ronda Alta, Spain 29400.'), ['Spain 29400']);
  assert.deepEqual(own(findPlaceNumbers, 'Built in Cerner 2015; switch in Keflex 1000 mg; visited Spain 2019.'), []);
});

test('a town after a strong place cue, not a ward or a country', () => {
  assert.ok(spans('She grew up in Kilbarragh and moved here at 20.').includes('Kilbarragh'));
  assert.deepEqual(spans('Arrived at Triage, returned to Baseline; lives in Assisted Living.'), []);
});

test('a year after a word of time is no house number before a place of two words', () => {
  const analyzer = createAnalyzer();
  const spans = (text: string): string[] => analyzer.analyze(text).map((f) => text.slice(f.start, f.end));
  assert.ok(!spans('Followed at the clinic since 2019 Silver Creek Manor hosted it.').some((s) => s.startsWith('2019')));
  assert.ok(spans('Her address is 2019 Silver Creek Manor, apt 4.').some((s) => s.startsWith('2019 Silver Creek Manor')));
  assert.ok(spans('Lives at 2205 Sycamore Bend, Decatur.').some((s) => s.startsWith('2205 Sycamore Bend')));
});
