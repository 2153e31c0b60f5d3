// Word tokens for the dictionary-driven recognizers. One linear pass; offsets are UTF-16 like the text.

export interface Token {
  readonly start: number;
  readonly end: number;
  /** The word as written, without a trailing possessive ('s). */
  readonly text: string;
  readonly lower: string;
  /** `lower` without accents ("josé" -> "jose"), for dictionary look-ups. Same string when ASCII. */
  readonly fold: string;
  /** First letter upper case and at least one lower-case letter after it (Smith, O'Brien, McDonald). */
  readonly capitalized: boolean;
  /** Two or more letters, all upper case (SMITH, UCSF). */
  readonly upper: boolean;
  /** A single letter. */
  readonly single: boolean;
  /** The token is followed directly by a period. */
  readonly dotAfter: boolean;
  /** Index of the token in the token list. */
  readonly index: number;
}

/**
 * tokens[i], or undefined outside the list. Checked by hand: the first read past the end of an array
 * throws the optimized code of the function that does it away, and the recognizers are large functions.
 */
export function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  return i >= 0 && i < tokens.length ? tokens[i] : undefined;
}

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER_ONLY = /^[\p{Lu}\p{M}'’\-]+$/u;
const NON_ASCII = /[^\x00-\x7f]/;

export function fold(word: string): string {
  return NON_ASCII.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
}

/**
 * Shape flags by char codes for ASCII words (the common case), by Unicode regexes otherwise. `lowerCase`:
 * ASCII without capitals, so the word is its own lower case.
 */
function shape(word: string): { capitalized: boolean; upper: boolean; letters: number; ascii: boolean; lowerCase: boolean } {
  let up = 0;
  let low = 0;
  let i = 0;
  for (; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) up++;
    else if (c >= 97 && c <= 122) low++;
    else if (c > 127) break;
  }
  if (i === word.length) {
    const first = word.charCodeAt(0);
    return { capitalized: first >= 65 && first <= 90 && low > 0, upper: up >= 2 && low === 0, letters: up + low, ascii: true, lowerCase: up === 0 };
  }
  const letters = word.replace(/['’\-]/g, '').length;
  return {
    capitalized: UPPER_START.test(word) && HAS_LOWER.test(word),
    upper: letters >= 2 && HAS_UPPER_ONLY.test(word),
    letters,
    ascii: false,
    lowerCase: false,
  };
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Letter test by char code for ASCII, by Unicode property otherwise (surrogate pairs included). */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_MARK.test(text.slice(i, i + 2)) ? 2 : 0;
  return LETTER_OR_MARK.test(text[i] as string) ? 1 : 0;
}

/**
 * Words of letters (any script, with combining marks) joined by apostrophes or hyphens, found by one
 * scan over char codes: the hot path of every document, so no regex and no backtracking.
 */
export function tokenize(text: string, lower: string = text.toLowerCase()): Token[] {
  const tokens: Token[] = [];
  const sameLength = lower.length === text.length;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = letterAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    for (;;) {
      while (w > 0) {
        end += w;
        w = end < n ? letterAt(text, end) : 0;
      }
      // A joiner counts only between letters: O'Brien, Smith-Jones. (Reads stay inside the text: a read
      // past its end throws this function's optimized code away.)
      const c = end < n ? text.charCodeAt(end) : -1;
      if ((c === 39 || c === 0x2019 || c === 45 || c === 0xb7) && end + 1 < n) {
        const next = letterAt(text, end + 1);
        if (next > 0) {
          end += 1;
          w = next;
          continue;
        }
      }
      break;
    }
    i = end;
    let wordEnd = end;
    // "Smith's" -> "Smith": a possessive is not part of the name.
    const last = text.charCodeAt(end - 1);
    const prev = end >= 2 ? text.charCodeAt(end - 2) : -1;
    if ((last === 115 || last === 83) && (prev === 39 || prev === 0x2019) && end - start > 3) wordEnd = end - 2;
    const word = text.slice(start, wordEnd);
    const s = shape(word);
    // Most words are written in lower case: then the word is its lower case, and no second copy is made.
    const lw = s.lowerCase ? word : sameLength ? lower.slice(start, wordEnd) : word.toLowerCase();
    tokens.push({
      start,
      end: wordEnd,
      text: word,
      lower: lw,
      fold: s.ascii ? lw : fold(lw), // lower case of ASCII is ASCII: nothing to fold
      capitalized: s.capitalized,
      upper: s.upper,
      single: s.letters === 1,
      dotAfter: wordEnd < n && text.charCodeAt(wordEnd) === 46,
      index: tokens.length,
    });
  }
  return tokens;
}
