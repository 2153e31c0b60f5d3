// Word tokens for the dictionary-driven recognizers. One linear pass; offsets are UTF-16 like the text.

export interface Token {
  readonly start: number;
  readonly end: number;
  /** The word as written, without a trailing possessive ('s). */
  readonly text: string;
  readonly lower: string;
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

// Letters (any script, with combining marks), joined by apostrophes, hyphens or periods between
// single letters are separate tokens. Each repetition starts with a separator, so matching is linear.
const WORD = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER_ONLY = /^[\p{Lu}\p{M}'’\-]+$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    let end = m.index + word.length;
    // "Smith's" -> "Smith": a possessive is not part of the name.
    if (/['’][sS]$/.test(word) && word.length > 3) {
      word = word.slice(0, -2);
      end -= 2;
    }
    const letters = word.replace(/['’\-]/g, '');
    const upper = letters.length >= 2 && HAS_UPPER_ONLY.test(word);
    tokens.push({
      start: m.index,
      end,
      text: word,
      lower: word.toLowerCase(),
      capitalized: UPPER_START.test(word) && HAS_LOWER.test(word),
      upper,
      single: letters.length === 1,
      dotAfter: text.charCodeAt(end) === 46,
      index: tokens.length,
    });
  }
  return tokens;
}

/** The characters between two tokens (empty string when adjacent). */
export function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}
