// The credentials after a person's name ("Ana Ruiz, MD"): the analyzer's last step leaves them out of NAME
// findings. Apart from name-title.ts because it reads the word tables, which the gateway's event loop never loads.
import { getDictionaries, lexicon, WORD_FIRST, WORD_SUR } from './dictionaries/index.js';
import type { Finding } from './types.js';

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
