import type { Finding } from './types.js';
// No import of the dictionaries here: the gateway's event loop keeps titles in clear with this module while
// its analysis threads hold the engine, so the credentials after a name (which need the word tables) live in
// name-credentials.ts, the analyzer's.

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
