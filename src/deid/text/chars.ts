// Char-code tests shared by the tokenizer and the recognizers: the hot paths read char codes rather than
// one-character strings or regexes.

/** The char code at i, or -1 past the end. */
export const charAt = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : -1);
/** A space or a tab. */
export const isBlank = (c: number): boolean => c === 32 || c === 9;
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Where the line holding `at` ends: the next line feed at or after `at`, or the end of the text. */
export function lineBreakAfter(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}
/**
 * The last `code` in text[max(0, at - within) .. at], `at` included as lastIndexOf(ch, at) includes it, or -1. A
 * bounded search for callers that only read a window near `at`: lastIndexOf itself would scan back over a text
 * with no such character (a megabyte with no line feed) once per candidate.
 */
export function lastIndexWithin(text: string, code: number, at: number, within: number): number {
  for (let i = Math.min(at, text.length - 1), from = Math.max(0, at - within); i >= from; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}
/** The first `code` in text[at, at + within), or -1: indexOf bounded to the window a caller reads. */
export function indexWithin(text: string, code: number, at: number, within: number): number {
  for (let i = Math.max(0, at), to = Math.min(text.length, at + within); i < to; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}
/** The end of a line's content, given where the line ends (lineBreakAfter): before a carriage return there. */
export const contentEnd = (text: string, lineEnd: number): number => (text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);

/** text[from, to) is one blank or more (spaces or tabs): /^[ \t]+$/ on the slice, without making it. */
export function blanksOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}
/** Some code unit of `s` is beyond ASCII (what /[^\x00-\x7f]/ tests, without a regex call on a hot path). */
export function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
}

/**
 * A set of char codes as a table: membership is one array read, where a Set of numbers hashes every probe
 * (these sets are asked about most characters or words of a note).
 */
export class CharCodeSet {
  private readonly table: Uint8Array;
  constructor(codes: Iterable<number>) {
    const list = [...codes];
    this.table = new Uint8Array(Math.max(0, ...list) + 1);
    for (const c of list) this.table[c] = 1;
  }
  /** Like Set.has: false for codes outside the table, -1 and NaN (a read past a string's end) included. */
  has(c: number): boolean {
    return c >= 0 && c < this.table.length && this.table[c] === 1;
  }
}

/** The char codes of the characters of `chars`. */
export const charCodesOf = (chars: string): number[] => [...chars].map((c) => c.charCodeAt(0));

/** A line that opens at `at` with a labelled field ("Med Rec #: 6907406286", "Unit No: 44"): no name or place wraps onto it. */
export const fieldLineAt = (text: string, at: number): boolean => FIELD_LINE.test(text.slice(at, at + 24));
const FIELD_LINE = /^[^\n:#]{0,16}[:#]/;
