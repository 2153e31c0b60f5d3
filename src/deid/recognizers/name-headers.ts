// Note headers that give the patient as "SURNAME, GIVEN, 77 yo F" ("BRYANT, JUNE, 77 yo F, MRN ...",
// "Fisher, Lars, 84 yo M"): the age and sex after the second comma say that the two words before it are a
// person's name, even when neither has a cue, a title or mixed case. The name lists keep "CHF, COPD,
// 77 yo F" out: a part must be a listed name, and no part may be an ordinary word that is not one.
import { fold } from '../text/tokens.js';
import { patternRecognizer } from './pattern.js';
import type { DocumentView, Recognizer } from './types.js';

const PART = "\\p{Lu}[\\p{L}'’\\-]{1,30}";
// Group 1: "Surname[ Surname2], Given[ Middle][ I.]"; then the age (and usually the sex) as a lookahead.
const HEADER = new RegExp(
  `(?<![\\p{L}\\d'’\\-])(${PART}(?:[ \\t]${PART})?,[ \\t]{1,2}${PART}(?:[ \\t]${PART})?(?:[ \\t]\\p{Lu}\\.?)?),[ \\t]{1,2}(?=\\d{1,3}[ \\t]?(?:yo|y\\/o|y\\.o\\.|yrs?|years?[ \\-]old|year-old)(?![\\p{L}]))`,
  'gu',
);

function partsAreNames(value: string, doc: DocumentView): boolean {
  const words = value.split(/[,\s]+/).filter((w) => w.length > 1 || !/^\p{Lu}\.?$/u.test(w));
  let listed = 0;
  for (const w of words) {
    const key = fold(w.replace(/[.'’]+$/u, '')).toLowerCase();
    const name = doc.dict.firstNames.has(key) || doc.dict.surnames.has(key);
    if (name) listed++;
    else if (doc.dict.commonWords.has(key)) return false;
  }
  return listed > 0;
}

export const NAME_HEADER_RECOGNIZER: Recognizer = patternRecognizer({
  id: 'name-age-header',
  type: 'NAME',
  regex: HEADER,
  group: 1,
  score: 0.9,
  evidence: 'header',
  // Only documents that give an age this way.
  trigger: /\d[ \t]?(?:yo|y\/o|y\.o\.|yrs?|years?[ \-]old|year-old)(?![a-z])/i,
  validate: (value, doc) => partsAreNames(value, doc),
});
