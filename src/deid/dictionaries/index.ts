// Dictionaries the recognizers consult, built once per process from the generated lists and the
// hand-written lexicon. Pure data: loading is a module import, never file I/O.
import commonWordsText from './generated/common-words.js';
import firstNamesText from './generated/first-names.js';
import surnamesText from './generated/surnames.js';
import citiesAllText from './generated/us-cities-all.js';
import citiesMajorText from './generated/us-cities-major.js';
import * as lexicon from './lexicon.js';

/** Membership test over one of the word lists (backed by a shared map, so it costs no extra set). */
export interface WordList {
  has(word: string): boolean;
}

export interface Dictionaries {
  readonly firstNames: WordList;
  readonly surnames: WordList;
  /** Common English words (lower case): a capitalised one is a name only with more evidence. */
  readonly commonWords: WordList;
  readonly majorCities: WordList;
  readonly allCities: WordList;
  /** Longest city name in words, to bound phrase look-ups. */
  readonly maxCityWords: number;
  /** For each first word of a multi-word city or known facility, the most words such a phrase has. */
  readonly cityStarts: ReadonlyMap<string, number>;
  readonly facilityStarts: ReadonlyMap<string, number>;
  /** word -> bit set of WORD_FIRST | WORD_SUR | WORD_COMMON: one look-up per token instead of three. */
  readonly wordClass: ReadonlyMap<string, number>;
}

export const WORD_FIRST = 1;
export const WORD_SUR = 2;
export const WORD_COMMON = 4;
/** Set on words some recognizer looks up by position (see markIndexWords). */
export const WORD_INDEXED = 8;
const CITY = 1;
const MAJOR_CITY = 2;

/** Index of phrases by first word, so a phrase look-up costs one map probe for most tokens. */
export function phraseStarts(phrases: Iterable<string>): Map<string, number> {
  const starts = new Map<string, number>();
  for (const p of phrases) addPhraseStart(starts, p);
  return starts;
}

function addPhraseStart(starts: Map<string, number>, phrase: string): number {
  const space = phrase.indexOf(' ');
  const first = space < 0 ? phrase : phrase.slice(0, space);
  let words = 1;
  for (let i = space; i >= 0; i = phrase.indexOf(' ', i + 1)) words++;
  const known = starts.get(first);
  if (known === undefined || known < words) starts.set(first, words);
  return words;
}

/** Adds each line of a generated list (and the extras) to `into` with the given bit. */
function addLines(into: Map<string, number>, text: string, extra: readonly string[], bit: number): void {
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to > from) {
      const w = text.slice(from, to);
      into.set(w, (into.get(w) ?? 0) | bit);
    }
    from = to + 1;
  }
  for (const w of extra) into.set(w, (into.get(w) ?? 0) | bit);
}

const bitList = (map: ReadonlyMap<string, number>, bit: number): WordList => ({
  has: (word) => ((map.get(word) ?? 0) & bit) !== 0,
});

let cached: Dictionaries | undefined;

/** Built on first use and shared: two maps (words, cities) with bit flags, immutable after construction. */
export function getDictionaries(): Dictionaries {
  if (cached) return cached;
  const wordClass = new Map<string, number>();
  addLines(wordClass, commonWordsText, lexicon.EXTRA_COMMON_WORDS, WORD_COMMON);
  addLines(wordClass, firstNamesText, lexicon.EXTRA_FIRST_NAMES, WORD_FIRST);
  addLines(wordClass, surnamesText, lexicon.EXTRA_SURNAMES, WORD_SUR);
  const cities = new Map<string, number>();
  addLines(cities, citiesAllText, lexicon.EXTRA_CITIES, CITY);
  addLines(cities, citiesMajorText, lexicon.EXTRA_CITIES, CITY | MAJOR_CITY);
  const cityStarts = new Map<string, number>();
  let maxCityWords = 1;
  for (const c of cities.keys()) maxCityWords = Math.max(maxCityWords, addPhraseStart(cityStarts, c));
  cached = {
    firstNames: bitList(wordClass, WORD_FIRST),
    surnames: bitList(wordClass, WORD_SUR),
    commonWords: bitList(wordClass, WORD_COMMON),
    majorCities: bitList(cities, MAJOR_CITY),
    allCities: bitList(cities, CITY),
    maxCityWords,
    cityStarts,
    facilityStarts: phraseStarts(lexicon.KNOWN_FACILITIES),
    wordClass,
  };
  return cached;
}

/**
 * Flags `words` as indexed in the shared word map, so documents index them with the same single probe
 * that reads the name lists. Idempotent; it only ever adds the flag, so analyzers built with fewer
 * index words are unaffected (they ignore positions they never ask for).
 */
export function markIndexWords(dict: Dictionaries, words: Iterable<string>): void {
  const map = dict.wordClass as Map<string, number>;
  for (const w of words) {
    const bits = map.get(w) ?? 0;
    if ((bits & WORD_INDEXED) === 0) map.set(w, bits | WORD_INDEXED);
  }
}

export { lexicon };
