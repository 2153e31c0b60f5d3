// Dictionaries the recognizers consult, built once per process from the generated lists and the
// hand-written lexicon. Pure data: loading is a module import, never file I/O.
import commonWordsText from './generated/common-words.js';
import firstNamesText from './generated/first-names.js';
import surnamesText from './generated/surnames.js';
import citiesAllText from './generated/us-cities-all.js';
import citiesMajorText from './generated/us-cities-major.js';
import * as lexicon from './lexicon.js';

export interface Dictionaries {
  readonly firstNames: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
  /** Common English words (lower case): a capitalised one is a name only with more evidence. */
  readonly commonWords: ReadonlySet<string>;
  readonly majorCities: ReadonlySet<string>;
  readonly allCities: ReadonlySet<string>;
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

/** Index of phrases by first word, so a phrase look-up costs one map probe for most tokens. */
export function phraseStarts(phrases: Iterable<string>): Map<string, number> {
  const starts = new Map<string, number>();
  for (const p of phrases) {
    const words = p.split(' ');
    const first = words[0] as string;
    starts.set(first, Math.max(starts.get(first) ?? 0, words.length));
  }
  return starts;
}

const lines = (text: string): string[] => text.split('\n').filter((l) => l.length > 0);

let cached: Dictionaries | undefined;

function classify(lists: [ReadonlySet<string>, number][]): Map<string, number> {
  const classes = new Map<string, number>();
  for (const [words, bit] of lists) for (const w of words) classes.set(w, (classes.get(w) ?? 0) | bit);
  return classes;
}

/** Built on first use (about 20 ms) and shared: the sets are immutable after construction. */
export function getDictionaries(): Dictionaries {
  if (cached) return cached;
  const commonWords = new Set(lines(commonWordsText));
  for (const w of lexicon.EXTRA_COMMON_WORDS) commonWords.add(w);
  const firstNames = new Set(lines(firstNamesText));
  for (const w of lexicon.EXTRA_FIRST_NAMES) firstNames.add(w);
  const surnames = new Set(lines(surnamesText));
  for (const w of lexicon.EXTRA_SURNAMES) surnames.add(w);
  const allCities = new Set(lines(citiesAllText));
  const majorCities = new Set(lines(citiesMajorText));
  for (const c of lexicon.EXTRA_CITIES) {
    allCities.add(c);
    majorCities.add(c);
  }
  let maxCityWords = 1;
  for (const c of allCities) maxCityWords = Math.max(maxCityWords, c.split(' ').length);
  cached = {
    firstNames,
    surnames,
    commonWords,
    majorCities,
    allCities,
    maxCityWords,
    cityStarts: phraseStarts(allCities),
    facilityStarts: phraseStarts(lexicon.KNOWN_FACILITIES),
    wordClass: classify([
      [firstNames, WORD_FIRST],
      [surnames, WORD_SUR],
      [commonWords, WORD_COMMON],
    ]),
  };
  return cached;
}

export { lexicon };
