// Word tokens for the dictionary-driven recognizers. One linear pass; offsets are UTF-16 like the text.
import { hasNonAscii, isDigit } from './chars.js';

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

/** Index of the first token starting at or after `start` (binary search: tokens are in text order). */
export function firstTokenAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER_ONLY = /^[\p{Lu}\p{M}'’\-]+$/u;
// Accents, and the Hawaiian ʻokina and its look-alike ʼ, which the gazetteers and name lists leave out ("Kāneʻohe" is "kaneohe").
const FOLDED_AWAY = /[\p{M}\u02BB\u02BC]/gu;
export function fold(word: string): string {
  return hasNonAscii(word) ? word.normalize('NFD').replace(FOLDED_AWAY, '') : word;
}

/** Shape flags of a word holding letters beyond ASCII (ASCII words take theirs from scanWord's counts). */
function wideShape(word: string): { capitalized: boolean; upper: boolean; letters: number } {
  const letters = word.replace(/['’\-]/g, '').length;
  return {
    capitalized: UPPER_START.test(word) && HAS_LOWER.test(word),
    upper: letters >= 2 && HAS_UPPER_ONLY.test(word),
    letters,
  };
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const MARK = /^\p{M}$/u;

/** Letter test by char code for ASCII, by Unicode property otherwise (surrogate pairs included). */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_MARK.test(text.slice(i, i + 2)) ? 2 : 0;
  return LETTER_OR_MARK.test(text[i] as string) ? 1 : 0;
}

// Letter counts of the word scanWord last read: the scan classifies each ASCII letter as it passes, so
// shapes of ASCII words need no second walk. `wideCount`: code units beyond ASCII (letters and ’ or ·).
let upperCount = 0;
let lowerCount = 0;
let wideCount = 0;

/** Where the word that starts at `start` (a letter) ends, with the counts above. */
function scanWord(text: string, start: number, n: number): number {
  upperCount = 0;
  lowerCount = 0;
  wideCount = 0;
  let end = start;
  for (;;) {
    end = scanLetters(text, end, n);
    // A joiner counts only between letters: O'Brien, Smith-Jones. (Reads stay inside the text: a read
    // past its end throws this function's optimized code away.)
    const c = end < n ? text.charCodeAt(end) : -1;
    if ((c === 39 || c === 0x2019 || c === 45 || c === 0xb7) && end + 1 < n && letterAt(text, end + 1) > 0) {
      if (c >= 128) wideCount++;
      end++;
      continue;
    }
    return end;
  }
}

/** The end of the run of letters from `end`, counting them (in locals: module variables are slower to bump). */
function scanLetters(text: string, end: number, n: number): number {
  let lower = 0;
  let upper = 0;
  for (; end < n; end++) {
    const c = text.charCodeAt(end);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c < 128) break;
    else {
      const w = letterAt(text, end);
      if (w === 0) break;
      wideCount++;
      end += w - 1;
    }
  }
  lowerCount += lower;
  upperCount += upper;
  return end;
}

/** Every ASCII letter of a text is in some word: the tokenizer counts them for the caller (allCaps). */
export interface LetterCounts {
  upper: number;
  lower: number;
}

/** The runs of a text without digits: empty, so sharing it is safe. */
const NO_RUNS = new Int32Array(0);

/**
 * Maximal runs of ASCII digits, gathered by tokenize: its scan passes every digit anyway (no word holds
 * one), so a second pass over the text is saved. Reused across documents; read out by `starts`/`lengths`.
 */
export class DigitRuns {
  count = 0;
  /** Bit min(length, 31) set for each run length (DocumentView.digitRunMask). */
  mask = 0;
  private scratch = new Int32Array(128);

  reset(): void {
    this.count = 0;
    this.mask = 0;
  }

  add(start: number, length: number): void {
    if (2 * this.count + 2 > this.scratch.length) this.grow();
    this.scratch[2 * this.count] = start;
    this.scratch[2 * this.count + 1] = length;
    this.mask |= 1 << (length < 31 ? length : 31);
    this.count++;
  }

  /** Run starts, copied out at their exact count. */
  starts(): Int32Array {
    if (this.count === 0) return NO_RUNS;
    const out = new Int32Array(this.count);
    for (let r = 0; r < this.count; r++) out[r] = this.scratch[2 * r] as number;
    return out;
  }

  lengths(): Int32Array {
    if (this.count === 0) return NO_RUNS;
    const out = new Int32Array(this.count);
    for (let r = 0; r < this.count; r++) out[r] = this.scratch[2 * r + 1] as number;
    return out;
  }

  private grow(): void {
    const grown = new Int32Array(this.scratch.length * 2);
    grown.set(this.scratch);
    this.scratch = grown;
  }
}

/** The end of the run of ASCII digits at `start`, added to `runs`. */
function digitRun(text: string, start: number, n: number, runs: DigitRuns): number {
  let i = start + 1;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  runs.add(start, i - start);
  return i;
}


/**
 * Words of letters (any script, with combining marks) joined by apostrophes or hyphens, found by one
 * scan over char codes: the hot path of every document, so no regex and no backtracking. With `counts`,
 * the numbers of ASCII capitals and small letters of the whole text; with `runs`, its runs of digits.
 */
export function tokenize(text: string, lower: string = text.toLowerCase(), counts?: LetterCounts, runs?: DigitRuns): Token[] {
  const tokens: Token[] = [];
  const sameLength = lower.length === text.length;
  const n = text.length;
  let upper = 0;
  let small = 0;
  let i = 0;
  while (i < n) {
    if (letterAt(text, i) === 0) {
      i = runs !== undefined && isDigit(text.charCodeAt(i)) ? digitRun(text, i, n, runs) : i + 1;
      continue;
    }
    // Round 168: a mark opens no word. After an emoji its variation selector ("🗓️", "✔️") or a keycap's ring is a mark of
    // its own, which was read as a word of one letter (and found as a name); a mark after a letter is inside that word.
    const c0 = text.charCodeAt(i);
    if (c0 >= 0x300 && (c0 < 0xd800 || c0 > 0xdfff) && MARK.test(text[i] as string)) {
      i++;
      continue;
    }
    const start = i;
    const end = scanWord(text, start, n);
    upper += upperCount;
    small += lowerCount;
    i = end;
    let wordEnd = end;
    // "Smith's" -> "Smith": a possessive is not part of the name.
    const last = text.charCodeAt(end - 1);
    const prev = end >= 2 ? text.charCodeAt(end - 2) : -1;
    if ((last === 115 || last === 83) && (prev === 39 || prev === 0x2019) && end - start > 3) {
      wordEnd = end - 2;
      if (last === 115) lowerCount--;
      else upperCount--;
      if (prev === 0x2019) wideCount--;
    }
    const word = text.slice(start, wordEnd);
    tokens.push(wideCount === 0 ? asciiToken(text, lower, sameLength, start, wordEnd, word, tokens.length) : wideToken(text, lower, sameLength, start, wordEnd, word, tokens.length));
  }
  if (counts) {
    counts.upper = upper;
    counts.lower = small;
  }
  return tokens;
}

/** Arabic surnames keep their article in lower case: "al-Zubaidi", "el-Sayed", "bin-Laden" are written as names. */
const ARTICLE_CAPITAL = /^(?:al|el|ul|ad|ar|ash|az|abu|ibn|bin|bint)-[A-Z][a-z]/;

/** A token of ASCII letters and joiners, its shape from the counts of scanWord. */
function asciiToken(text: string, lower: string, sameLength: boolean, start: number, end: number, word: string, index: number): Token {
  const first = text.charCodeAt(start);
  // Most words are written in lower case: then the word is its lower case, and no second copy is made.
  const lw = upperCount === 0 ? word : sameLength ? lower.slice(start, end) : word.toLowerCase();
  return {
    start,
    end,
    text: word,
    lower: lw,
    fold: lw, // lower case of ASCII is ASCII: nothing to fold
    capitalized: (first >= 65 && first <= 90 && lowerCount > 0) || (first >= 97 && upperCount > 0 && ARTICLE_CAPITAL.test(word)),
    upper: upperCount >= 2 && lowerCount === 0,
    single: upperCount + lowerCount === 1,
    dotAfter: end < text.length && text.charCodeAt(end) === 46,
    index,
  };
}

/** A token with a code unit beyond ASCII (scanWord's wideCount), so its shape comes from Unicode tests. */
function wideToken(text: string, lower: string, sameLength: boolean, start: number, end: number, word: string, index: number): Token {
  const s = wideShape(word);
  const lw = sameLength ? lower.slice(start, end) : word.toLowerCase();
  return {
    start,
    end,
    text: word,
    lower: lw,
    fold: fold(lw),
    capitalized: s.capitalized,
    upper: s.upper,
    single: s.letters === 1,
    dotAfter: end < text.length && text.charCodeAt(end) === 46,
    index,
  };
}
