// Surrogate person names. Each word of a name maps on its own (keyed by the word, case-folded), so
// "John Smith", "JOHN SMITH", "Smith, John" and "Mr. Smith" all stay consistent with each other;
// titles and suffixes are kept, initials stay initials, and the original case style is kept.
import { applyCaseStyle, caseStyleOf } from './case-style.js';
import { KeyedDraw, type TransformKey } from './keyed.js';
import { EITHER_HINTS, FEMALE_HINTS, GIVEN_FEMALE, GIVEN_MALE, MALE_HINTS, SURNAMES } from './surrogate-lists.js';

// Titles, suffixes and credentials. Name particles (van, de, le, al...) are not kept: many are also
// names in their own right (Van, Le), and replacing one costs nothing but a little realism.
const KEEP = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam', 'rev', 'fr', 'jr', 'sr', 'ii', 'iii', 'iv',
  'md', 'phd', 'rn', 'np', 'pa', 'dds', 'dmd', 'esq', 'facs', 'mph', 'msn', 'bsn', 'lpn', 'cnm', 'pharmd',
]);
const lower = (names: readonly string[]): string[] => names.map((n) => n.toLowerCase());
const MALE = new Set([...lower(GIVEN_MALE), ...MALE_HINTS]);
const FEMALE = new Set([...lower(GIVEN_FEMALE), ...FEMALE_HINTS]);
const EITHER = new Set(EITHER_HINTS);
const GIVEN_EITHER = [...GIVEN_MALE, ...GIVEN_FEMALE];

/** The pool a name word is replaced from: a man's, a woman's or any given name, else a surname. */
function poolFor(folded: string): readonly string[] {
  if (EITHER.has(folded)) return GIVEN_EITHER;
  if (MALE.has(folded)) return GIVEN_MALE;
  if (FEMALE.has(folded)) return GIVEN_FEMALE;
  return SURNAMES;
}

// Words include combining marks and apostrophes (O'Brien); everything else is kept as written.
const NAME_TOKEN = /[\p{L}\p{M}'’]+|[^\p{L}\p{M}'’]+/gu;
const IS_WORD = /^[\p{L}\p{M}'’]+$/u;

function fold(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

function initialFor(letter: string, key: TransformKey, attempt: number): string {
  const draw = new KeyedDraw(key, 'surrogate/name-initial', fold(letter), String(attempt));
  let out = draw.upper();
  while (out === letter.toUpperCase()) out = draw.upper();
  return letter === letter.toLowerCase() && letter !== letter.toUpperCase() ? out.toLowerCase() : out;
}

/** The surrogate of one name word: a given name of the same kind for known given names, else a surname. */
export function nameWordFor(word: string, key: TransformKey, attempt = 0): string {
  const folded = fold(word);
  const pool = poolFor(folded);
  const draw = new KeyedDraw(key, 'surrogate/name-word', folded, String(attempt));
  let out = draw.pick(pool);
  while (out.toLowerCase() === folded) out = draw.pick(pool);
  return applyCaseStyle(out, caseStyleOf(word));
}

function isInitial(word: string): boolean {
  return [...word].length === 1;
}

/** A surrogate for a person-name span, never equal to it (ignoring case) when it has any letter. */
export function surrogateName(value: string, key: TransformKey, attempt = 0): string {
  const tokens = value.match(NAME_TOKEN) ?? [];
  const words = tokens.filter((t) => IS_WORD.test(t));
  // Keep titles and suffixes only if something else in the span changes ("Dr." alone must change).
  const keepTitles = words.some((w) => !KEEP.has(fold(w).replace(/['’]/g, '')));
  let changed = false;
  const out = tokens.map((t) => {
    if (!IS_WORD.test(t)) return t;
    if (keepTitles && KEEP.has(fold(t).replace(/['’]/g, ''))) return t;
    changed = true;
    return isInitial(t) ? initialFor(t, key, attempt) : nameWordFor(t, key, attempt);
  });
  return changed ? out.join('') : value;
}
