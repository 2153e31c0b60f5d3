// Dictionaries the recognizers consult, built once per process from the generated lists and the
// hand-written lexicon. The one file read is the word-table snapshot the build packages next to this
// module (see snapshot.ts); without it, or when it does not match this code, the tables are built here.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import * as lexicon from './lexicon.js';
import { sourceDigest } from '../source-digest.js';
import { type TableSnapshot, SNAPSHOT_HEADER_BYTES, decodeSnapshot, encodeSnapshot, snapshotHeaderHolds } from './snapshot.js';
import { WordTable } from './word-table.js';

/** Membership test over one of the word lists (backed by a shared map, so it costs no extra set). */
export interface WordList {
  has(word: string): boolean;
}

export interface Dictionaries {
  readonly firstNames: WordList;
  readonly surnames: WordList;
  /** Common English words (lower case): a capitalised one is a name only with more evidence. */
  readonly commonWords: WordList;
  /** US cities with several ZIP codes, and the lexicon's large cities: places found alone. */
  readonly majorCities: WordList;
  /** Every US city name of a ZIP code, and the lexicon's cities: places with a state, a cue or an address around them. */
  readonly allCities: WordList;
  /**
   * Towns outside the US (GeoNames) that are no US city name: read by the place recognizers only, never as a
   * sign that a word is no person's name (allCities is).
   */
  readonly worldTowns: WordList;
  /** Of worldTowns, the capitals and admin seats of a million people or more that are no word or name: found alone. */
  readonly worldMajorTowns: WordList;
  /** Towns outside the US whose one-word name is a word or a name ("Split", "Bath"): only with a strong town cue or a country. */
  readonly worldTownWords: WordList;
  /** allCities and worldMajorTowns: the towns phrase look-ups find on every capitalised word (see cityStarts). */
  readonly citiesAlone: WordList;
  /** allCities, worldTowns and worldTownWords together: the towns looked up after a cue. */
  readonly anyTowns: WordList;
  /** Longest city name in words (US and world towns), to bound phrase look-ups. */
  readonly maxCityWords: number;
  /**
   * For each first word of a US city or major world town (citiesAlone) or known facility, the most words
   * such a phrase has. The word table's flags carry cityStarts' counts, so a token costs no probe.
   */
  readonly cityStarts: PhraseStarts;
  /**
   * The same for every town of anyTowns. The tokens' flags do not carry it (some 40,000 first words of world
   * towns would fill the per-token word table): a recognizer probes it only after a place cue.
   */
  readonly townStarts: PhraseStarts;
  readonly facilityStarts: PhraseStarts;
  /** word -> bit set of WORD_FIRST | WORD_SUR | WORD_COMMON: one look-up per token instead of three. */
  readonly wordClass: WordTable;
}

/** First word of a phrase -> the most words a listed phrase starting with it has. */
export interface PhraseStarts {
  get(word: string): number | undefined;
  has(word: string): boolean;
}

export const WORD_FIRST = 1;
export const WORD_SUR = 2;
export const WORD_COMMON = 4;
/** Set on words some recognizer looks up by position (see markIndexWords). */
export const WORD_INDEXED = 8;
// Lexicon words the recognizers test on most tokens, so the view's one probe per token answers them too.
/** In lexicon.TITLES. */
export const WORD_TITLE = 16;
/** The lower case of one of lexicon.CREDENTIALS (which are case-sensitive: check the spelling). */
export const WORD_CREDENTIAL = 32;
/** A facility head word, or the first word of a multi-word head (lexicon.FACILITY_HEADS). */
export const WORD_FACILITY_HEAD = 64;
/** The first word of a known facility (lexicon.KNOWN_FACILITIES). */
export const WORD_FACILITY_START = 128;
/** A word that can end a name cue (see nameCueWords): the name recognizer probes the cue sets only then. */
export const WORD_NAME_CUE = 512;
/** In lexicon.EPONYMS. */
export const WORD_EPONYM = 1024;
/**
 * Three bits: the most words a city starting with this word has (cityStarts' value), so that phraseAt needs
 * no second probe; CITY_WORDS_SATURATED means that many or more, and the table is asked.
 */
const CITY_WORDS_SHIFT = 11;
export const WORD_CITY_WORDS = 7 << CITY_WORDS_SHIFT;
export const CITY_WORDS_SATURATED = 7;
/** The city-start word count carried in a token's flags (0: no city starts with the word). */
export const cityWordsOf = (flags: number): number => (flags & WORD_CITY_WORDS) >> CITY_WORDS_SHIFT;
/** The bits above from WORD_TITLE on, which the view keeps per token (DocumentView.wordFlags). */
export const WORD_LEXICON = WORD_TITLE | WORD_CREDENTIAL | WORD_FACILITY_HEAD | WORD_FACILITY_START | WORD_NAME_CUE | WORD_EPONYM | WORD_CITY_WORDS;
const CITY = 1;
const MAJOR_CITY = 2;
const WORLD_TOWN = 4;
const WORLD_MAJOR = 8;
const WORLD_WORD = 16;

/** Index of phrases by first word, so a phrase look-up costs one map probe for most tokens. */
export function phraseStarts(phrases: Iterable<string>): Map<string, number> {
  const starts = new Map<string, number>();
  for (const p of phrases) addPhraseStart(starts, p);
  return starts;
}

function addPhraseStart(starts: Map<string, number>, phrase: string): void {
  const space = phrase.indexOf(' ');
  const first = space < 0 ? phrase : phrase.slice(0, space);
  let words = 1;
  for (let i = space; i >= 0; i = phrase.indexOf(' ', i + 1)) words++;
  const known = starts.get(first);
  if (known === undefined || known < words) starts.set(first, words);
}

const bitList = (table: WordTable, bit: number): WordList => ({
  has: (word) => ((table.get(word) ?? 0) & bit) !== 0,
});

let cached: Dictionaries | undefined;
let fromSnapshot = false;

/** Whether this process's word tables came from the packaged snapshot (for tests and diagnostics). */
export const tablesFromSnapshot = (): boolean => fromSnapshot;

/** Built on first use and shared: word tables (words, towns, town start words) with bit flags, immutable after construction. */
export function getDictionaries(): Dictionaries {
  if (cached) return cached;
  const snapshot = readTablesSnapshot();
  fromSnapshot = snapshot !== undefined;
  const { tables, maxCityWords } = snapshot ?? buildTables();
  const [wordClass, cities, cityStarts, townStarts] = tables as [WordTable, WordTable, WordTable, WordTable];
  cached = {
    firstNames: bitList(wordClass, WORD_FIRST),
    surnames: bitList(wordClass, WORD_SUR),
    commonWords: bitList(wordClass, WORD_COMMON),
    majorCities: bitList(cities, MAJOR_CITY),
    allCities: bitList(cities, CITY),
    worldTowns: bitList(cities, WORLD_TOWN),
    worldMajorTowns: bitList(cities, WORLD_MAJOR),
    worldTownWords: bitList(cities, WORLD_WORD),
    citiesAlone: bitList(cities, CITY | WORLD_MAJOR),
    anyTowns: bitList(cities, CITY | WORLD_TOWN | WORLD_WORD),
    maxCityWords,
    cityStarts,
    townStarts,
    facilityStarts: phraseStarts(lexicon.KNOWN_FACILITIES),
    wordClass,
  };
  return cached;
}

/** The generated word lists, one word or phrase a line. */
interface WordLists {
  readonly commonWords: string;
  readonly firstNames: string;
  readonly surnames: string;
  readonly citiesAll: string;
  readonly citiesMajor: string;
  readonly worldTowns: string;
  readonly worldMajor: string;
  readonly worldWords: string;
}

async function importWordLists(): Promise<WordLists> {
  const [commonWords, firstNames, surnames, citiesAll, citiesMajor, worldTowns, worldMajor, worldWords] = await Promise.all([
    import('./generated/common-words.js'),
    import('./generated/first-names.js'),
    import('./generated/surnames.js'),
    import('./generated/us-cities-all.js'),
    import('./generated/us-cities-major.js'),
    import('./generated/world-towns.js'),
    import('./generated/world-towns-major.js'),
    import('./generated/world-towns-words.js'),
  ]);
  return {
    commonWords: commonWords.default,
    firstNames: firstNames.default,
    surnames: surnames.default,
    citiesAll: citiesAll.default,
    citiesMajor: citiesMajor.default,
    worldTowns: worldTowns.default,
    worldMajor: worldMajor.default,
    worldWords: worldWords.default,
  };
}

/**
 * The lists' text, imported only when the tables will be built here: a process that reads the packaged snapshot never
 * holds it (some 9 MiB of module source in every thread that imports the engine, the gateway's main thread included,
 * which never analyses). Decided while this module loads, from the snapshot's header alone (its digest).
 */
let wordLists: WordLists | undefined;

/** Imports the generated lists if this process has not (for building tables, e.g. a snapshot, without one beside the module). */
export async function loadWordLists(): Promise<void> {
  wordLists ??= await importWordLists();
}

/** The four word tables (word classes, US and world towns, and the start words of each) from the lists, as no snapshot was used. */
export function buildTables(): TableSnapshot {
  const lists = wordLists;
  // Only a snapshot whose header matches this code but whose body does not decode gets here without the lists.
  if (!lists) throw new Error(`the word-table snapshot ${SNAPSHOT_URL.pathname} is damaged: rebuild it (npm run build)`);
  const { commonWords: commonWordsText, firstNames: firstNamesText, surnames: surnamesText, citiesAll: citiesAllText, citiesMajor: citiesMajorText, worldTowns: worldTownsText, worldMajor: worldMajorText, worldWords: worldWordsText } = lists;
  const wordClass = new WordTable(100_000);
  wordClass.orLines(commonWordsText, WORD_COMMON);
  wordClass.orWords(lexicon.EXTRA_COMMON_WORDS, WORD_COMMON);
  wordClass.orLines(firstNamesText, WORD_FIRST);
  wordClass.orWords(lexicon.EXTRA_FIRST_NAMES, WORD_FIRST);
  wordClass.orLines(surnamesText, WORD_SUR);
  wordClass.orWords(lexicon.EXTRA_SURNAMES, WORD_SUR);
  const firstWord = (phrase: string): string => phrase.split(' ')[0] as string;
  wordClass.orWords([...lexicon.TITLES], WORD_TITLE);
  wordClass.orWords([...lexicon.CREDENTIALS].map((c) => c.toLowerCase()), WORD_CREDENTIAL);
  wordClass.orWords([...lexicon.FACILITY_HEADS].map(firstWord), WORD_FACILITY_HEAD);
  wordClass.orWords([...lexicon.KNOWN_FACILITIES].map(firstWord), WORD_FACILITY_START);
  const cities = new WordTable(70_000);
  cities.orLines(citiesAllText, CITY);
  cities.orWords(lexicon.EXTRA_CITIES, CITY);
  cities.orLines(citiesMajorText, CITY | MAJOR_CITY);
  cities.orWords(lexicon.EXTRA_CITIES, CITY | MAJOR_CITY);
  // The world lists hold no US city name (the build leaves those out), so the two tiers never mix in one key.
  cities.orLines(worldTownsText, WORLD_TOWN);
  cities.orLines(worldMajorText, WORLD_TOWN | WORLD_MAJOR);
  cities.orLines(worldWordsText, WORLD_WORD);
  // First word of each city -> its most words, grouped by word count so each group is one table update: US
  // cities and major world towns in cityStarts (found on every word), every town in townStarts (after a cue).
  const firstWordsByCount: string[][] = [];
  const townFirstWordsByCount: string[][] = [];
  cities.forEach((city, bits) => {
    const words = city.split(' ');
    (townFirstWordsByCount[words.length] ??= []).push(words[0] as string);
    if ((bits & (CITY | WORLD_MAJOR)) !== 0) (firstWordsByCount[words.length] ??= []).push(words[0] as string);
  });
  const cityStarts = new WordTable(40_000);
  firstWordsByCount.forEach((firstWords, words) => cityStarts.maxWords(firstWords, words));
  const townStarts = new WordTable(60_000);
  townFirstWordsByCount.forEach((firstWords, words) => townStarts.maxWords(firstWords, words));
  // Each start word once, in the group of its largest count: the count field is then ORed into zero bits.
  const cityStartsByCount: string[][] = [];
  cityStarts.forEach((word, words) => (cityStartsByCount[Math.min(words, CITY_WORDS_SATURATED)] ??= []).push(word));
  cityStartsByCount.forEach((starts, words) => wordClass.orWords(starts, words << CITY_WORDS_SHIFT));
  wordClass.orWords(nameCueWords(), WORD_NAME_CUE);
  wordClass.orWords([...lexicon.EPONYMS], WORD_EPONYM);
  // Sized when built for their words, not for the guesses above (-3.5 MiB per thread that reads them).
  for (const table of [wordClass, cities, cityStarts, townStarts]) table.fit();
  return { tables: [wordClass, cities, cityStarts, townStarts], maxCityWords: Math.max(1, townFirstWordsByCount.length - 1) };
}

/** Where the build writes the snapshot: beside this module (dist/deid/dictionaries/). */
export const SNAPSHOT_URL = new URL('./word-tables.bin', import.meta.url);

/** Every module the tables are made from: the word lists, the lexicon, and the code that builds, writes and reads them. */
const TABLE_MODULES = [
  './index', './lexicon', './word-table', './snapshot',
  './generated/common-words', './generated/first-names', './generated/surnames', './generated/us-cities-all', './generated/us-cities-major',
  './generated/world-towns', './generated/world-towns-major', './generated/world-towns-words',
];

/** The digest a snapshot of this code's tables carries (see source-digest.ts); undefined when a module cannot be read. */
export function tablesDigest(here: string = import.meta.url): Uint8Array | undefined {
  if (here !== import.meta.url) return sourceDigest(here, TABLE_MODULES, 'phigate word tables');
  // This module's own digest is asked twice at start-up (the snapshot's header while loading, the whole snapshot in
  // getDictionaries): its sources do not change while the process runs, so they are read and hashed once.
  if (ownDigest === null) ownDigest = sourceDigest(here, TABLE_MODULES, 'phigate word tables');
  return ownDigest;
}
/** tablesDigest() of this module once computed (null: not yet). */
let ownDigest: Uint8Array | undefined | null = null;

/**
 * The snapshot of buildTables' tables that scripts/build-startup-snapshots.mjs writes to SNAPSHOT_URL, with
 * `indexWords` flagged WORD_INDEXED already (the build passes the default analyzer's, markedIndexWords()): the
 * first view then finds them flagged and markIndexWords adds nothing. Extra flags change no finding (see markIndexWords).
 */
export async function encodeTablesSnapshot(indexWords: Iterable<string> = []): Promise<Uint8Array> {
  const digest = tablesDigest();
  if (!digest) throw new Error('word table snapshot: the modules the tables are made from cannot be read');
  await loadWordLists();
  const built = buildTables();
  const words = [...indexWords];
  if (words.length > 0) (built.tables[0] as WordTable).orWords(words, WORD_INDEXED);
  return encodeSnapshot(built, digest);
}

/** Whether `file` starts with the header of a snapshot of this code's tables (read: its first bytes only). */
function snapshotHeaderMatches(file: URL): boolean {
  const header = new Uint8Array(SNAPSHOT_HEADER_BYTES);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    if (readSync(fd, header, 0, header.length, 0) !== header.length) return false;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const digest = tablesDigest();
  return digest !== undefined && snapshotHeaderHolds(header, digest);
}

if (!snapshotHeaderMatches(SNAPSHOT_URL)) await loadWordLists();

/** The snapshot in `file` when there is one and it matches this code; undefined otherwise (e.g. run from source). */
export function readTablesSnapshot(file: URL | string = SNAPSHOT_URL): TableSnapshot | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const digest = tablesDigest();
  return digest && decodeSnapshot(bytes, digest);
}

/**
 * The words a name cue can end with (isCue in name-words.ts): the one-word cues, and the last words of
 * the two-word strong cues. Other phrases there never match a token's lower case.
 */
function nameCueWords(): string[] {
  const words = [...lexicon.NAME_CUES_BEFORE, ...lexicon.STRONG_NAME_CUES].filter((c) => !c.includes(' '));
  for (const c of lexicon.STRONG_NAME_CUES) if (c.split(' ').length === 2) words.push(c.split(' ')[1] as string);
  words.push(...lexicon.VALEDICTIONS, 'you'); // "Best,\nKalani", "Thank you,\nSiosaia"
  return words;
}

/**
 * Flags `words` as indexed in the shared word map, so documents index them with the same single probe
 * that reads the name lists. Idempotent; it only ever adds the flag, so analyzers built with fewer
 * index words are unaffected (they ignore positions they never ask for).
 */
export function markIndexWords(dict: Dictionaries, words: Iterable<string>): void {
  const table = dict.wordClass;
  // Only the words not flagged yet: adding words to a table read from the snapshot copies its key pool, and the
  // snapshot the build writes has the default analyzer's index words flagged (see encodeTablesSnapshot).
  const missing: string[] = [];
  for (const w of words) {
    markedWords.add(w);
    if (((table.get(w) ?? 0) & WORD_INDEXED) === 0) missing.push(w);
  }
  if (missing.length > 0) table.orWords(missing, WORD_INDEXED);
}

/** Every word markIndexWords was given in this process. */
const markedWords = new Set<string>();

/** The words flagged as indexed in this process so far (for the build: see encodeTablesSnapshot). */
export const markedIndexWords = (): string[] => [...markedWords];

export type { WordTable };

export { lexicon };
