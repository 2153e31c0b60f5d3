// Surrogate facilities, towns and street addresses: named words are replaced by invented place
// words (keyed per word, so a place is consistent everywhere), generic words ("Hospital", "Street",
// "Apt") and the shape (numbers, punctuation, case) are kept.
import { applyCaseStyle, caseStyleOf } from './case-style.js';
import { KeyedDraw, type TransformKey } from './keyed.js';
import { ADDRESS_KEEP_WORDS, FACILITY_KEEP_WORDS, STREET_NAMES, TOWN_ENDS, TOWN_STARTS } from './surrogate-lists.js';

const PLACE_TOKEN = /\d+|[\p{L}\p{M}'’]+|[^\d\p{L}\p{M}'’]+/gu;
const IS_WORD = /^[\p{L}\p{M}'’]+$/u;
const IS_DIGITS = /^\d+$/;

type WordKind = 'town' | 'street';

const LOCATION_KEEP_WORDS: ReadonlySet<string> = new Set([
  'of', 'the', 'upon', 'on', 'and', 'county', 'city', 'town', 'township', 'parish', 'borough',
]);

function fold(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/['’]s$/, '');
}

function townName(draw: KeyedDraw): string {
  return draw.pick(TOWN_STARTS) + draw.pick(TOWN_ENDS);
}

function wordFor(word: string, kind: WordKind, key: TransformKey, attempt: number): string {
  const draw = new KeyedDraw(key, `surrogate/place-${kind}`, fold(word), String(attempt));
  const style = caseStyleOf(word);
  const letters = [...word];
  // Short all-capital words are acronyms (UCLA, NYU): replace them letter for letter.
  if (letters.length === 1 || (style === 'upper' && letters.length <= 5)) {
    let out = word;
    while (out.toUpperCase() === word.toUpperCase()) out = letters.map(() => draw.upper()).join('');
    return style === 'lower' ? out.toLowerCase() : out;
  }
  let out = word;
  while (fold(out) === fold(word)) out = kind === 'town' ? townName(draw) : draw.pick(STREET_NAMES);
  const possessive = /['’]s$/.exec(word)?.[0] ?? '';
  return applyCaseStyle(out, style) + (style === 'upper' ? possessive.toUpperCase() : possessive);
}

function digitsFor(run: string, key: TransformKey, attempt: number): string {
  const draw = new KeyedDraw(key, 'surrogate/place-number', run, String(attempt));
  let out = run;
  while (out === run) out = [...run].map((_, i) => draw.digit(i === 0 && run[0] !== '0')).join('');
  return out;
}

function replaceWords(
  value: string,
  keep: ReadonlySet<string>,
  kindAt: (index: number, tokens: readonly string[]) => WordKind,
  key: TransformKey,
  attempt: number,
  isKept: (token: string, index: number, tokens: readonly string[]) => boolean = stateCode,
): { text: string; changed: boolean } {
  const tokens = value.match(PLACE_TOKEN) ?? [];
  let changed = false;
  const text = tokens
    .map((t, i) => {
      if (IS_DIGITS.test(t)) {
        changed = true;
        return digitsFor(t, key, attempt);
      }
      if (!IS_WORD.test(t) || keep.has(t.toLowerCase().replace(/['’]/g, '')) || isKept(t, i, tokens)) return t;
      changed = true;
      return wordFor(t, kindAt(i, tokens), key, attempt);
    })
    .join('');
  return { text, changed };
}

/** A two-letter capital code after a comma (", MA"): a state, which Safe Harbor does not protect. */
function stateCode(t: string, i: number, tokens: readonly string[]): boolean {
  return /^[A-Z]{2}$/.test(t) && i > 0 && /,\s*$/.test(tokens[i - 1] ?? '');
}

const town = (): WordKind => 'town';

function prependTown(value: string, key: TransformKey, attempt: number): string {
  const draw = new KeyedDraw(key, 'surrogate/place-prefix', value.toLowerCase(), String(attempt));
  return `${applyCaseStyle(townName(draw), caseStyleOf(value.replace(/[^\p{L}]/gu, '') || 'A'))} ${value}`;
}

/**
 * "Massachusetts General Hospital" -> "Fairbrook General Hospital". A name made only of generic words
 * ("Children's Hospital") gets a town in front, so it is the one surrogate that contains its original:
 * those words say what kind of place it is, not which.
 */
export function surrogateFacility(value: string, key: TransformKey, attempt = 0): string {
  const { text, changed } = replaceWords(value, FACILITY_KEEP_WORDS, town, key, attempt);
  return changed ? text : prependTown(value, key, attempt);
}

/** A town, county or neighbourhood; a trailing ", MA"-style state code is kept (states are not PHI). */
export function surrogateLocation(value: string, key: TransformKey, attempt = 0): string {
  const { text, changed } = replaceWords(value, LOCATION_KEEP_WORDS, town, key, attempt);
  return changed ? text : prependTown(value, key, attempt);
}

/** "123 Main St., Apt 4B" -> "871 Maple St., Apt 7K": numbers and named words change, the shape stays. */
export function surrogateAddress(value: string, key: TransformKey, attempt = 0): string {
  // Words before the first comma or line break name the street; after it, the town.
  let firstBreak: number | undefined;
  const kindAt = (i: number, tokens: readonly string[]): WordKind => {
    firstBreak ??= tokens.findIndex((t) => /[,\n]/.test(t));
    return firstBreak !== -1 && i > firstBreak ? 'town' : 'street';
  };
  const { text, changed } = replaceWords(value, ADDRESS_KEEP_WORDS, kindAt, key, attempt);
  return changed ? text : prependTown(value, key, attempt);
}
