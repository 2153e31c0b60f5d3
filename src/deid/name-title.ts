import { getDictionaries, lexicon, WORD_FIRST, WORD_SUR } from './dictionaries/index.js';
import type { Finding } from './types.js';

// The titles before a person's name ("Dr.", "Mrs.", "Sister"): no identifier, and what tells a reader who a
// person is (a clinician, a patient, a nun). The engine's NAME findings hold them, as ASQ-PHI labels most
// names; a caller that swaps the name for a token keeps them in clear, so "Dr. [[NAME_..]]" still reads as
// a doctor and "Mr. Vance" and "Vance" get the same token.

/**
 * Titles that open a name and are never a given name themselves. Words that are both ("Hon", "Major",
 * "Chief", "Coach", "Judge" as a surname...) are left out: a title kept in clear must never be a name.
 */
const TITLES: ReadonlySet<string> = new Set([
  'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'mister', 'prof', 'professor', 'nurse', 'rev', 'reverend', 'fr', 'father', 'sister',
  'sr', 'sra', 'srta', 'dra', 'mme', 'mlle', 'dame', 'sir', 'herr', 'frau', 'det', 'detective', 'officer', 'sgt', 'sergeant', 'capt',
  'captain', 'col', 'colonel', 'lt', 'lieutenant', 'rabbi', 'pastor', 'imam', 'atty', 'deputy', 'sheriff', 'trooper',
  'madame', 'monsieur', 'mademoiselle', 'señora', 'señor', 'señorita',
]);

/** One title word, its period, then spaces: "Dr. ", "MRS ", "Sister ". Bounded, so linear. */
const TITLE_AT = /^(\p{L}{1,12})(\.?)[ \t\u00a0]{1,3}/u;

/**
 * How many UTF-16 units of `value` (a NAME finding's text) are titles before the name: 4 for "Dr. Ana Ruiz",
 * 8 for "Rev. Dr. Ng", 0 when none or when nothing with a letter would be left ("Dr. " alone).
 */
export function leadingTitleLength(value: string): number {
  let at = 0;
  for (let n = 0; n < 3; n++) {
    const m = TITLE_AT.exec(value.slice(at));
    if (m === null || !TITLES.has((m[1] as string).toLowerCase())) break;
    at += m[0].length;
  }
  return at > 0 && /\p{L}/u.test(value.slice(at)) ? at : 0;
}

/** Where a finding's replacement starts: after a NAME's titles, else at the finding's start. */
export function replacedFrom(text: string, f: Pick<Finding, 'start' | 'end' | 'type'>): number {
  return f.type === 'NAME' ? f.start + leadingTitleLength(text.slice(f.start, f.end)) : f.start;
}

/** One credential after a name: its separator (a comma, or blanks only), then the word, at the end. Bounded, so linear. */
const CREDENTIAL_AT_END = /(,?)[ \t\u00a0]{1,3}([A-Za-z][A-Za-z.\-\/()]{0,9})$/;

/**
 * How many UTF-16 units at the end of `value` (a NAME finding's text) are credentials after the name: 4 for
 * "Ana Ruiz, MD", 9 for "Ana Ruiz, MD, PhD", 0 when none or when no letter would be left. Like a title, a
 * credential says who the person is and identifies no one; no labelled set puts it in a name's span. Credentials
 * are matched in their written case ("MD", not "Md"). A surname may be written in capitals ("Lan DO", "LEE MA"):
 * after blanks only, a credential that is also a listed name, or any in a name written in capitals, is kept; after
 * a comma, only one that is a listed name in a name written in capitals.
 */
export function trailingCredentialLength(value: string): number {
  const capitals = value === value.toUpperCase();
  let end = value.length;
  for (let n = 0; n < 3; n++) {
    const m = CREDENTIAL_AT_END.exec(value.slice(0, end));
    if (m === null) break;
    const word = m[2] as string;
    if (!lexicon.CREDENTIALS.has(word)) break;
    const listedName = ((getDictionaries().wordClass.get(word.toLowerCase()) ?? 0) & (WORD_FIRST | WORD_SUR)) !== 0;
    if (m[1] === '' ? capitals || listedName : capitals && listedName) break;
    end = m.index;
  }
  return end < value.length && /\p{L}/u.test(value.slice(0, end)) ? value.length - end : 0;
}

/**
 * NAME findings without the credentials after them ("Ana Ruiz[, MD]"), the rest unchanged: the analyzer's last
 * step. The credential's evidence stays in the finding's reason. Titles before a name stay inside the finding:
 * ASQ-PHI labels most of them as part of the name, and the transforms keep them in clear (replacedFrom).
 */
export function withoutTrailingCredentials(text: string, findings: Finding[]): Finding[] {
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    // Cheap gate: a credential ends in a capital letter, a period or a closing parenthesis.
    if (f.type !== 'NAME' || !/[A-Z.)]/.test(text[f.end - 1] ?? '')) continue;
    const cut = trailingCredentialLength(text.slice(f.start, f.end));
    if (cut > 0) findings[i] = { ...f, end: f.end - cut, evidence: [...f.evidence, { kind: 'context', detail: 'credential after the name (left out of the span)' }] };
  }
  return findings;
}
