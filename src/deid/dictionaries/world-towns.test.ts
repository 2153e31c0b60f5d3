// The towns outside the US (GeoNames, scripts/build-dictionaries.mjs): which tier each kind of name lands in,
// that the per-token start flags carry only the towns found alone, and how the city recognizer reads them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyze.js';
import { cityWordsOf, getDictionaries } from './index.js';

const dict = getDictionaries();

test('a town outside the US lands in one tier: listed, a word or a name, or large enough to be found alone', () => {
  // (Tarnów is also a US ZIP town: the US tier reads it, and names.ts may too.)
  for (const town of ['stornoway', 'darkhan', 'erdenet', 'the pas', 'burntisland', 'lerwick', 'kottayam']) {
    assert.ok(dict.worldTowns.has(town), town);
    assert.ok(dict.anyTowns.has(town), town);
    assert.ok(!dict.allCities.has(town), `${town} is no US city: names.ts must not read it as one`);
  }
  // A well-known spelling of the same town, chosen by rule (close to the name, same first and last letters).
  assert.ok(dict.worldTowns.has('ulaanbaatar') && dict.worldTowns.has('ulan bator'));
  // One-word names that are English words or census names: only after a strong town cue or before a country.
  for (const word of ['split', 'batman', 'kano', 'mendoza']) {
    assert.ok(dict.worldTownWords.has(word) && !dict.worldTowns.has(word), word);
  }
  assert.ok(dict.worldTowns.has('tarnow') && dict.allCities.has('tarnow'), 'a US town name stays the US tier');
  // Large capitals and admin seats that are no word or name are found alone; their other spellings are not.
  for (const city of ['gaziantep', 'faisalabad', 'ulaanbaatar', 'kano', 'erdenet']) assert.equal(dict.worldMajorTowns.has(city), city === 'gaziantep' || city === 'faisalabad', city);
  assert.ok(dict.citiesAlone.has('gaziantep') && !dict.citiesAlone.has('stornoway'));
});

test('the start words of towns found only after a cue cost no per-token flag', () => {
  // cityStarts (carried by the word table's flags) holds US cities and major world towns; townStarts every town.
  assert.equal(dict.cityStarts.get('stornoway'), undefined);
  assert.equal(dict.townStarts.get('stornoway'), 1);
  assert.ok((dict.townStarts.get('the') ?? 0) >= 2, 'The Pas');
  assert.equal(cityWordsOf(dict.wordClass.get('stornoway') ?? 0), 0);
  assert.ok(cityWordsOf(dict.wordClass.get('gaziantep') ?? 0) >= 1);
});

test('world towns are found after a cue, before a region or a country, and not where the word is something else', () => {
  const analyzer = createAnalyzer();
  const places = (text: string) =>
    analyzer
      .analyze(text)
      .filter((f) => f.type === 'LOCATION')
      .map((f) => text.slice(f.start, f.end));
  assert.deepEqual(places('Her brother lives in Stornoway; parents in Erdenet.'), ['Stornoway', 'Erdenet']);
  assert.deepEqual(places('Grew up in The Pas, Manitoba.'), ['The Pas']);
  assert.deepEqual(places('Father farms near Kottayam, Kerala.'), ['Kottayam']);
  assert.deepEqual(places('They moved to Split last spring.'), ['Split']);
  assert.deepEqual(places('Gaziantep is far away.'), ['Gaziantep']);
  // Without a cue a listed town is not found alone; nor is a word that is also a town.
  assert.deepEqual(places('Stornoway and Erdenet were discussed.'), []);
  assert.deepEqual(places('Split dose prep tolerated. Bath salts suspected. Nice to see improvement.'), []);
  // A surname that is also a town before a credential is a clinician: "Rivera, MD".
  assert.deepEqual(places('Dictated by Lisa Mendoza, MD; cc: Ana Rivera, MD'), []);
});
