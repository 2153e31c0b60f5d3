// What every name rule shares: char tests, adding a found name (never a country or a holiday, but after a
// title), and cutting a lower-case run before a reporting verb.
import type { Token } from '../text/tokens.js';
import type { Evidence } from '../types.js';
import { countryOrHoliday } from './name-propagation.js';
import {
  QUOTE_VERBS,
  ID,
  SUBJECT_VERBS,
  endOf,
  shaped,
} from './name-words.js';
import { candidate, type Candidate, type DocumentView } from './types.js';

/** The char code at i, or -1 past the end. */
export const charAt = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : -1);
export const isBlank = (c: number): boolean => c === 32 || c === 9;
export const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** A country ("Spain", "Costa Rica") or a holiday word ("Merry Christmas") is never a name, but after a title. */
function notAName(doc: DocumentView, i: number, j: number, evidence: readonly Evidence[]): boolean {
  const found = countryOrHoliday(doc, i, j);
  return found === 1 || (found === 2 && !evidence[0]?.detail.startsWith('title:'));
}

/** Adds the name spanning tokens i..j. */
export function pushName(doc: DocumentView, out: Candidate[], i: number, j: number, score: number, ...evidence: Evidence[]): void {
  if (notAName(doc, i, j, evidence)) return;
  out.push(candidate((doc.tokens[i] as Token).start, endOf(doc, doc.tokens[j] as Token), 'NAME', score, ID, ...evidence));
}

/** The last token of the run i..j before a lower-case reporting verb: "pt tom states" ("states" is also a surname). */
export function cutAtVerb(doc: DocumentView, tokens: readonly Token[], i: number, j: number): number {
  for (let k = i + 1; k <= j; k++) {
    const t = tokens[k] as Token;
    if (!shaped(doc, t) && (SUBJECT_VERBS.has(t.lower) || QUOTE_VERBS.has(t.lower))) return k - 1;
  }
  return j;
}

/** A word of letters, with apostrophes and hyphens inside. */
export const LETTERS_ONLY = /^\p{L}[\p{L}'’\-]*$/u;
