// Char-code tests shared by the tokenizer and the recognizers: the hot paths read char codes rather than
// one-character strings or regexes.

/** The char code at i, or -1 past the end. */
export const charAt = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : -1);
/** A space or a tab. */
export const isBlank = (c: number): boolean => c === 32 || c === 9;
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
