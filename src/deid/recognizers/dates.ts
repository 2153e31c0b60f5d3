// Dates in the formats clinical text uses, and ages over 89. Every element of a date but the year is an
// identifier, so a day and month without a year count; a year alone does not.
import { lexicon } from '../dictionaries/index.js';
import { charAt, indexWithin, isBlank, isDigit, lastIndexWithin } from '../text/chars.js';
import { onFirstUse } from './machine-code.js';
import { atSomeDigitRun, contextBefore, patternRecognizer, unparsedRegex, type PatternSpec } from './pattern.js';
import { adjustCandidates, candidate, type Candidate, type DocumentView, type Recognizer } from './types.js';
import { productExpiry } from './product-dates.js';

// Round 79: with the misspellings patients type most ("janurary", "feburary", "febuary", "agust", "septmber",
// "ocotber", "novemeber", "decemeber"), which are no other word. Round 112: and a letter dropped ("novmber", "decmber",
// "septembr", "octobr", "febrary", "janury"), as texts and family logs type them.
const MONTH =
  '(?:jan(?:uary|urary)?|feb(?:ruary|urary|uary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|agust|sep(?:t(?:ember)?|tmber)?|oct(?:ober)?|ocotber|nov(?:ember|emeber|mber)?|dec(?:ember|emeber|mber)?|septembr|octobr|febrary|janury)';
const ORD = '(?:st|nd|rd|th)?';
/**
 * Round 79: what a text puts before a lower-case short month and its day besides DATE_CUES: a weekday ("sat oct 17",
 * "thurs jan 9"), "by", or a plan to come ("cant make it jan 6", "can drive me mar 9", "see us jan 4"); not "dec 3+
 * reflexes" or "may 2 times", which have none of these before them.
 */
const LOWER_MONTH_CUE_BEFORE = /(?:^|[^a-z])(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?,?|by|make[ \t]it|(?:drive|bring|see|take|call|text)[ \t]{1,2}(?:me|us))[ \t]{1,2}$/;
/**
 * Round 112: a family's or a caregiver's log row headed by a lower-case month and day, then a spaced dash or a colon
 * and a word ("sept 22 - started eye drops", "dec 9: fever"); "may 2 - 3 times" has a number after its dash. A dose's
 * or an exam's line reads the same ("may 2 - twice daily", "dec 3 - reflexes"), so another line within 400
 * characters must head with the same month and another day, as a log's rows do.
 */
/**
 * Round 138: an age to be reached or just reached, then "in" before a month: "be 94 in", "turns ninety-one in".
 * Round 140: or "come" as a preposition of time ("be 96 come", "ninety-one come"), after the verb or after an age over
 * 89 alone, as a fragment says it.
 */
const AGE_REACHED_IN_BEFORE = /(?:^|[^a-z])(?:(?:be|turns?|turning|turned)[ \t]{1,2}(?:\d{2,3}|(?:ninety|ninty|eighty|seventy|a[ \t]hundred|one[ \t]hundred)[a-z\- ]{0,12}?)[ \t]{1,2}(?:in|come)|(?:9\d|1[01]\d|(?:ninety|ninty|a[ \t]hundred|one[ \t]hundred)[a-z\- ]{0,12}?)[ \t]{1,2}come)[ \t]{1,2}$/;
const LOWER_MONTH_ROW_AFTER = /^(?:[ \t]{0,2}:|[ \t]{1,2}[\-–—])[ \t]{1,2}[a-z]/;
const MONTH_ROW_HEAD = /(?:^|\n)[ \t]{0,4}([a-z]{3})[a-z]{0,7}\.?[ \t]{1,2}(\d{1,2})(?!\d)/g;
function lowerMonthLogRow(doc: DocumentView, start: number, end: number): boolean {
  if (!LINE_HEAD_BEFORE.test(doc.text.slice(Math.max(0, start - 8), start)) || !LOWER_MONTH_ROW_AFTER.test(doc.lower.slice(end, end + 8))) return false;
  const own = /^([a-z]{3})[a-z]{0,7}\.?[ \t]{1,2}(\d{1,2})/.exec(doc.lower.slice(start, end));
  if (own === null) return false;
  const from = Math.max(0, start - 400);
  const region = doc.lower.slice(from, Math.min(doc.lower.length, end + 400));
  MONTH_ROW_HEAD.lastIndex = 0;
  for (let m = MONTH_ROW_HEAD.exec(region); m !== null; m = MONTH_ROW_HEAD.exec(region)) {
    if (m[1] === own[1] && m[2] !== own[2]) return true;
  }
  return false;
}
const EVENT_WORDS = ['alive', 'died', 'deceased', 'passed', 'living', 'widowed', 'retired', 'birthday', 'bday', 'd'];
/** Every spelling MONTH matches, for anchoring month-led patterns on word tokens. */
export const MONTH_WORDS = ['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december', 'janurary', 'feburary', 'febuary', 'agust', 'septmber', 'ocotber', 'novemeber', 'decemeber', 'novmber', 'decmber', 'septembr', 'octobr', 'febrary', 'janury'];
const YEAR = "(?:'\\d{2}|\\d{4})";
/** Days of the month spelled out, as dictation writes them ("thirteenth", "twenty-eighth"). */
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth'];
const ORDINAL_WORD = `(?:(?:twenty|thirty)[\\- ]?)?(?:${ORDINAL_WORDS.join('|')})`;
const SPOKEN_UNIT = '(?:one|two|three|four|five|six|seven|eight|nine)';
const SPOKEN_TENS = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \\t\\-]${SPOKEN_UNIT})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
/** A year read aloud: "nineteen fifty-nine", "twenty oh four", "two thousand nineteen". */
const SPOKEN_YEAR = `(?:(?:nineteen|twenty)[ \\t\\-](?:oh[ \\t\\-]${SPOKEN_UNIT}|${SPOKEN_TENS})|two[ \\t]thousand(?:[ \\t](?:and[ \\t])?(?:${SPOKEN_TENS}|${SPOKEN_UNIT}))?)`;
/** A month as an ordinal read aloud (round 157): "the third of the fourth" is the third of April. */
const ORDINAL_MONTH = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)';
/** A month as a number read aloud: "six", "ten", "oh seven", "one one" (November), "one two". */
const SPOKEN_MONTH_NUMBER = '(?:oh[ \\t\\-](?:one|two|three|four|five|six|seven|eight|nine)|one[ \\t\\-](?:oh|one|two)|ten|eleven|twelve|one|two|three|four|five|six|seven|eight|nine)';
/** A day of the month read aloud: "thirty one", "twelve", "two three" (23), "oh five", "fifth". */
const SPOKEN_DAY = `(?:${ORDINAL_WORD}|oh[ \\t\\-]${SPOKEN_UNIT}|(?:one|two)[ \\t\\-](?:oh|${SPOKEN_UNIT})|three[ \\t\\-](?:oh|one)|twenty(?:[ \\t\\-]${SPOKEN_UNIT})?|thirty(?:[ \\t\\-]one)?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${SPOKEN_UNIT})`;
/** A birth year read aloud, whole or by its last two digits: "nineteen seventy", "two thousand five", "sixty seven", "eighty". */
const SPOKEN_BIRTH_YEAR = `(?:${SPOKEN_YEAR}|oh[ \\t\\-]${SPOKEN_UNIT}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \\t\\-]${SPOKEN_UNIT})?)`;
/** Every word a spoken birth date can open with: a month number, a month, an ordinal day (alone or after twenty or thirty), a year. */
const SPOKEN_DATE_OPENERS = [...new Set(['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'nineteen', 'twenty', 'thirty',
  ...MONTH_WORDS, ...ORDINAL_WORDS, ...ORDINAL_WORDS.flatMap((o) => [`twenty${o}`, `thirty${o}`])])];
/** Between the spoken parts of a date: a blank, a comma, a dash. */
const SPOKEN_SEP = '(?:,?[ \\t]{1,2}|[ \\t]?[\\-\\/][ \\t]?)';
/** A birth date asked for or named just before: "date of birth?", "DOB", "born", "birthday is". */
/** Round 48: a disease's onset age before a relative's age now: "ovarian cancer at 58", "dx at 52", "onset at 48". */
const ONSET_AGE_BEFORE = /\b(?:cancer|carcinoma|diagnosed|dx|onset|affected|lymphoma|leukemia|melanoma|dementia|chorea)\b[^.;\n]{0,24}\bat[ \t]{1,2}(?:age[ \t]{1,2})?\d{2}\b/;
const BIRTH_CUE_BEFORE = /(?:birth|\bdob\b|d\.o\.b|\bborn\b)[^\n]{0,40}(?:\r?\n[^\n]{0,30})?$/;
/** Month names in German, French, Spanish, Portuguese, Italian, Dutch and Welsh that English does not share. */
const FOREIGN_MONTH_WORDS = [
  'januar', 'jänner', 'februar', 'märz', 'maerz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'januari', 'februari', 'maart', 'mei', 'augustus',
  // Welsh, as bilingual letters from Wales date them ("25 Tachwedd 2026").
  'ionawr', 'chwefror', 'mawrth', 'ebrill', 'mehefin', 'gorffennaf', 'awst', 'medi', 'hydref', 'tachwedd', 'rhagfyr',
  // Round 171: Haitian Creole, as bilingual discharge sheets in Boston and Miami date them ("28 novanm 2026"); the
  // months that are English or French words ("mas", "me", "out", "avril") are left to the French list or out.
  'janvye', 'fevriye', 'jen', 'jiyè', 'jiye', 'septanm', 'oktòb', 'novanm', 'desanm',
];
const FOREIGN_MONTH = `(?:${[...FOREIGN_MONTH_WORDS].sort((a, b) => b.length - a.length).join('|')})`;
/** Spanish and Portuguese months that a preposition makes a date alone ("en enero", "desde diciembre"). */
const FOREIGN_MONTHS_ALONE = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro'];
/** Tagalog and Spanish months that open a month-day date ("Nobyembre 22"); not the ones that are names ("Julio", "Mayo"). */
const FOREIGN_MONTHS_FIRST = ['enero', 'pebrero', 'febrero', 'marso', 'marzo', 'hunyo', 'junio', 'hulyo', 'agosto', 'setyembre', 'septiembre', 'oktubre', 'octubre', 'nobyembre', 'noviembre', 'disyembre', 'diciembre'];
/** Foreign month words that are also names or words ("Mars", "Mayo", "mei"): only with a year. */
const AMBIGUOUS_FOREIGN_MONTH = /(?:mars|mai|mayo|mei|maio|aout)$/i;
/** The dot of an abbreviated month ("Mar.", "Sept."); after a full month word ("in March.") it ends the sentence. */
/** What follows "May" when it is the month alone: the clause's end or a word that goes on with a time ("seen in May.",
 * "in May, then", "in May and June", "in May for a check-up"); not a possessive ("in May's room") nor a verb ("In May
 * reported cases rose"); a clause's subject may follow ("Since May she has had pain"). */
const MAY_AS_MONTH_AFTER = /^(?:[.,;:)!?]|$|[ \t]\((?!\d{1,3}\))|[ \t](?:and|or|of|for|when|after|before|to|at|with|while|she|he|they|we|I|the|her|his|pt|patient)\b)/;
const MONTH_DOT = '(?:(?<![a-z]{4}|may)\\.|(?<=sept)\\.)?';

const DATE_CUES = [
  'on', 'since', 'from', 'until', 'till', 'til', 'through', 'thru', 'dated', 'date', 'dob', 'd.o.b', 'born', 'birth',
  'admitted', 'admission', 'discharged', 'discharge', 'seen', 'visit', 'surgery', 'procedure', 'expired', 'died',
  'death', 'deceased', 'started', 'stopped', 'starting', 'beginning', 'ending', 'due', 'scheduled',
  'appt', 'appointment', 'f/u', 'fu', 'follow-up', 'followup', 'collected', 'drawn', 'performed', 'done', 'signed',
  'effective', 'as of', 'dos', 'doa', 'dod', 'edc', 'lmp', 'edd', 'vaccinated', 'given',
  // A birthday or an anniversary without its year is still the date of a person: "grandson's bday is 6/14".
  'birthday', 'bday', 'b-day', 'birthday is', 'bday is', 'b-day is', 'anniversary', 'anniversary is',
  // "liquid diet starts 12/1", "cycle begins 3/9".
  'starts', 'begins',
  // "Procedures: 4/15 partial ray amputation; 4/18 closure": a discharge summary's list of what was done, by day.
  'procedures',
  // Round 46: the day of an injury, as farm-injury and school-nurse notes write it: "Injured 10/24 in football game",
  // "DOI 6/19". Not "injury", "hurt" or "onset", which a pain score follows ("pain at onset 8/10").
  'injured', 'doi',
  // Round 152: an admission's label in a referral's or a transfer's line ("Admit: 11/21, s/p fall"); not "adm", which a
  // MAR writes for "administered" ("adm 2/3 doses given", a fixture's negative).
  'admit',
  // Round 88: a note's heading day, as outreach and home-visit notes write it ("Visit note 9/14.").
  'note',
  // The lead (2026-12-01): the day of a meeting about the patient ("presented at tumor board 12/3", "care conference
  // 3/14"), under the same fraction guards. Not "meeting", a verb too ("meeting 2/4 SIRS criteria"), nor a bed board alone
  // ("Board 2/5 beds open").
  'tumor board', 'tumour board', 'conference',
  // Round 112: the day blood is to be drawn, as families relay it ("wants bloodwork 6/12").
  'bloodwork',
  // Round 153: a lab's or a laboratory slip's received field, with its colon only ("Lab rec'd: 11/25", "Received:
  // 12/1"); "received 2/3 doses" is a share.
  'received:', "rec'd:", 'recd:', 'rcvd:',
];

/** Round 51: a form's number and the bracket of its edition ("form cms-484 (", "(rev. "), lower case. */
const FORM_EDITION_BEFORE = /(?:\bform[ \t]{1,2}[a-z]{0,6}-?\d{1,6}[a-z]?[ \t]{1,2}\((?:rev\.?[ \t]{0,2})?|\(rev(?:\.|ision|ised)?[ \t]{0,2}:?[ \t]{0,2})$/;
const CUE_RIGHT_BEFORE = new RegExp(`(?:^|[^a-z])(?:${DATE_CUES_FOR_REGEX()})[ \\t]{0,2}[:#]?[ \\t]{0,2}$`);

/**
 * Round 147: a printed form's edition, revision or expiry after its number, in or out of a bracket ("Form UM-201 (Rev.
 * 03/2025)", "USCIS Form I-693   Edition 01/20/25", "Form CMS-10146 (Exp. 08/31/2027)", "(MCH 213G, rev 07/2024)"):
 * the same on every copy. The form's word or a bracket must open the code right before the revision's word, so a
 * revision surgery's day stays ("L TKA rev 03/2025", "consent form signed, rev 03/2025"). After the fresh set, the code
 * may hold a second group of letters ("Form LDB-PT2 (rev. 06/2024)", "(form JURY-M1, rev 01/2024)").
 */
const FORM_CODE_EDITION_BEFORE = /(?:\b(?:form|omb)[ \t]{1,2}(?:no\.?[ \t]?|#[ \t]?)?|\()[a-z]{0,6}(?:[ \-][a-z]{1,6})?[ \-]?\d{1,6}[a-z0-9.\-]{0,6}[ \t,]{0,4}\(?[ \t]{0,2}(?:rev(?:\.|ision|ised)?|edition|ed\.|exp(?:\.|ires|iration)?)[ \t]{0,2}:?[ \t]{0,2}$/;
/**
 * Round 149: a drug's, a kit's or an extract's lot, then its expiry ("Epi 0.3 mg lot 3KX219 exp 04/2027", "Kit lot:
 * Tri-Tech OR-SAK 2024-B, exp 09/2027"): the product's date, the same on every box. "lot" must be a word before it on
 * the line, within 32 characters; "exp 04/2027" alone (a card's or a prescription's expiry) stays.
 */
const LOT_EXPIRY_BEFORE = /\blot\b[:#]?[^\n]{1,32}?[ \t,;(]exp(?:\.|ires|iration|iry)?[ \t]{0,2}:?[ \t]{0,2}$/;
/**
 * Round 166: a product's or a reagent's expiry on its label with no lot named ("Glucose strips EXP: 11/30/2026", "Insulin
 * pen Exp 11/2027", "Hemoccult developer exp 10/27"): the product's word within 32 characters before "exp" on the line.
 * A card's or a prescription's "exp" stays, as round 149 left it.
 */
const PRODUCT_EXPIRY_BEFORE = /\b(?:strips?|reagents?|kits?|cartridges?|pens?|vials?|bottles?|developer|controls?|cassettes?|solution|swabs?|tubes?|syringes?|ampou?les?|canisters?|inhalers?|auto-?injectors?|epipen|cuvettes?|lancets?|sensors?|multistix|hemoccult|media|diluent|buffer|calibrators?|test[ \t]cards?)\b[^\n]{0,32}?[ \t,;(]exp(?:\.|ires|iration|iry)?[ \t]{0,2}:?[ \t]{0,2}$/;
/**
 * Round 166: a form's or a handout's revision right after its word ("Patient rights form Rev. 03/2019", "handout (rev
 * 10/21)"), and a revision's own line ("Revised: 3/2023" alone): a document's date. A word between the form and the
 * revision ("consent form signed, rev 03/2025") keeps round 147's reading (a revision surgery's day).
 */
const FORM_WORD_REVISION_BEFORE = /\b(?:form|handout|leaflet|brochure|info[ \t]sheet|fact[ \t]sheet|packet|insert|questionnaire)[ \t]{1,2}\(?(?:rev(?:\.|ision|ised)?|edition|ed\.)[ \t]{0,2}:?[ \t]{0,2}$/;
// The line's own revision: "Revised" or "Revision" in full (a bare "Rev:" may be a review's day) and a month and a year
// closing the line ("Revised: 3/2023"; "Revised: 3/14/2023" and "Revised: 3/2023 by RN after fall" stay).
const REVISION_LINE_BEFORE = /^[ \t]{0,4}(?:revised|revision(?:[ \t]date)?|edition)[ \t]{0,2}:[ \t]{0,2}$/;
const DATE_ENDS_LINE = /^\d{1,2}[\/.\-](?:19|20)\d{2}[ \t]*(?:\r?\n|$)/;
function formEdition(lower: string, start: number): boolean {
  const from = Math.max(0, start - 48);
  const lineStart = lower.lastIndexOf('\n', start - 1) + 1;
  const before = lower.slice(Math.max(from, lineStart), start);
  return FORM_CODE_EDITION_BEFORE.test(before) || LOT_EXPIRY_BEFORE.test(before) || PRODUCT_EXPIRY_BEFORE.test(before) || FORM_WORD_REVISION_BEFORE.test(before) ||
    (lineStart >= from && REVISION_LINE_BEFORE.test(before) && DATE_ENDS_LINE.test(lower.slice(start, start + 16)));
}

/**
 * Round 149: a log's row in pipes whose first cell after an opening pipe, or second after a record's number, is the month/day ("#G-4419 |
 * 11/24 | <name> | ...", "| 11/4 | 2-wk call |"), as grievance and call logs are kept; the caller refuses shares and
 * scores ("| 7/10 |").
 */
function pipeCellDay(text: string, start: number, end: number): boolean {
  if (!/^[ \t]{0,2}\|/.test(text.slice(end, end + 3))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  if (!/(?:^|\|)[ \t]{0,2}$/.test(before)) return false;
  const firstPipe = before.indexOf('|');
  // A row with no opening pipe ("10/19 | n/a | self | 3 EDTA") is read by the table's own rules (the fixtures leave it).
  if (firstPipe === -1 || before.indexOf('|', firstPipe + 1) !== -1) return false;
  const head = before.slice(0, firstPipe);
  // The first cell after an opening pipe ("| 11/4 | 2-wk call |"), or the second after a record's number ("#G-4419 |
  // 11/24"), not after a word ("Histamine | 7/22 |").
  return /^[ \t]*$/.test(head) || /\d/.test(head);
}

// A log row's clock after its month/day: blanks of a column, four digits of a 24-hour time, blanks again.
const LOG_ROW_TIME_AFTER = /^[ \t]{2,8}(?:[01]\d|2[0-3])[0-5]\d[ \t]{2}/;
/** A capitalised name ending in a hospital's or clinic's head word right before a month/day: "Pine Ridge Hospital 12/9". */
const FACILITY_HEAD_BEFORE = onFirstUse(String.raw`\p{Lu}[\p{L}'’.\-]{1,20}[ \t](?:Hospital|Clinic|Medical Center|Health Center|Center|Centre)[ \t]{1,2}$`, 'u');

/** " at " and a capitalised name ending in a hospital's or clinic's head word right after a month/day: "12/2 at Kearney Family Center". */
const FACILITY_AFTER = /^ at[ \t]{1,2}(?:the[ \t])?\p{Lu}[^\n.;:,()]{0,48}?[ \t](?:Hospital|Clinic|Medical Center|Health Center|Center|Centre)(?![\p{L}])/u;

/** The letter before the blanks before `start` can end UNIT_BEFORE: a capital, or the "t" of "visit" (by char code, before any slice). */
function unitLetterBefore(text: string, start: number): boolean {
  let p = start - 1;
  while (p >= 0 && p >= start - 2 && isBlank(text.charCodeAt(p))) p--;
  const c = text.charCodeAt(p);
  return p < start - 1 && ((c >= 65 && c <= 90) || c === 116);
}

/** An emergency or intensive care unit in capitals right before a month/day: "ED 11/2", "ICU 3/14". */
const UNIT_BEFORE = /(?:^|[^A-Za-z])(?:ED|ER|ICU|MICU|SICU|CCU|NICU|PICU|L&D|ED visit|ER visit)[ \t]{1,2}$/;
/**
 * Round 70: an ambulance's or a fire company's call sign and a comma before a month/day, as a run is cited in a
 * review or a hand-off ("(Ambulance 7, 10/14)", "Engine 22, 9/3"): the day of that run.
 */
const CALL_SIGN_BEFORE = /(?:^|[^a-z])(?:medic|ambulance|amb|engine|rescue|truck|ladder|squad|battalion|air ?med|life ?flight)[ \t]\d{1,3}[a-z]?,[ \t]{1,2}$/;

// The same cue at the end of the line before ("Cr peaked 2.1 on\n11/6").
const CUE_LINE_BEFORE = new RegExp(`(?:^|[^a-z])(?:${DATE_CUES_FOR_REGEX()})[ \\t]{0,2}[:#]?[ \\t]{0,2}\\r?\\n[ \\t]{0,4}$`);
// Only blanks, a bullet or a dash between a line start and a month/day.
const LINE_HEAD_BEFORE = /(?:^|\n)[ \t]{0,4}(?:[\-*•][ \t]{1,2})?$/;

function DATE_CUES_FOR_REGEX(): string {
  return DATE_CUES.filter((c) => c !== 'last' && c !== 'next')
    .map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}

// Follow-up cues before a month/day without a year ("Return 12/8", "RTC 1/15", "recheck on 3/9"; "on", "due",
// "by" and "until" are read below); the fraction guard after still applies ("recheck 2/3 doses").
// Round 45: "restart chemo on schedule 12/8": the day a plan keeps to.
const FOLLOW_UP_BEFORE = /(?:^|[^a-z])(?:return(?:s|ing)?(?:[ \t]visit)?|rtc|f\/u|fu|follow[ \-]?up|see[ \t]again|recheck|re-check|check(?:[ \-]?up)?|checkup|revisit|next[ \t](?:visit|appt|appointment)|(?:on[ \t])?schedule)(?:[ \t](?:on|by))?(?:[ \t](?:w\/|with)[ \t]?[a-z.]{1,12}(?:[ \t][a-z.]{1,12})?)?(?:[ \t]{1,2}(?:in[ \t])?\d{1,2}[ \t]?(?:d|days?|wks?|weeks?|mos?|months?|sem|semanas?)\.?,?)?[ \t]{0,2}[:\-]?[ \t]{0,2}$/;
// Round 37: an outbreak's line list writes the first sign or the exposure before the day too ("rash 2/18", "exposed 3/2").
const ONSET_BEFORE = /(?:^|[^a-z])(?:onset|began|rash|fever|exposed|exposure|symptomatic)[ \t]{0,2}:?[ \t]{0,2}$/;
/** A result's word heading a list of days: "positive 11/21 and 11/23", "collected 3/2, 3/9" (round 37; two items or more). */
const RESULT_HEAD_BEFORE = /(?:^|[^a-z])(?:positive|negative|tested|collected|drawn)[ \t]{1,2}$/;
const FOLLOW_UP_FRACTION_AFTER = /^[ \t]{0,2}(?:of\b|pain\b|%|x\b|times\b|tabs?\b|tablets?\b|caps?\b|doses?\b|strength|cups?\b|pills?\b|days?\b|weeks?\b|wks?\b|months?\b|mos?\b|hours?\b|hrs?\b)/;
// "Fri 11/28", "Tuesday, 3/4": a weekday names a day (lower-case abbreviations are words: "sat", "sun"; the
// other five are not, and lower-case logs write them: "tues 11/18").
const WEEKDAY_BEFORE = /(?:^|[^A-Za-z])(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN|mon|tue|tues|wed|thu|thur|thurs|fri)\.?|(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY),?[ \t]{1,2}$/;
// "last Tuesday (4/8)", "since last Tues (11/5)": the weekday's own day in brackets after it.
// A part of the day may stand between: "Sunday night (3/8)", "Tues pm (11/5)".
const WEEKDAY_PAREN_BEFORE = new RegExp(WEEKDAY_BEFORE.source.replace(/\$$/, '(?:(?:night|morning|evening|afternoon|eve|am|pm)[ \\t]{1,2})?\\($'));
// Round 52: a day named relative to the note's ("today", "yesterday evening", "last night") before ", 11/29" or " (11/29)".
// Round 54: and ahead of it, as a plan or a list of discharges says it ("three discharges tomorrow (11/21)").
const RELATIVE_DAY_SCORE_BEFORE = /(?:^|[^a-z])(?:gcs|nihss|apgars?|strength|power|score|ps|ecog)(?![a-z])/;
const RELATIVE_DAY_BEFORE = /(?:^|[^a-z])(?:today|tonight|tomorrow|yesterday|(?:this|yesterday|last|tomorrow)[ \t](?:morning|afternoon|evening|night))(?:,[ \t]{1,2}|[ \t]{1,2}\()$/;
// Round 97: or the day a text says it is ("it's now 11/14", "today is 11/3" is CUE_RIGHT_BEFORE's).
const RELATIVE_DAY_BLANK_BEFORE = /(?:^|[^a-z])(?:today|tonight|tonite|tomorrow|tmrw|tmw|yesterday|yday|(?:it['’]?s|it[ \t]is)[ \t]now) $/;
// The same in French, Spanish, Italian and German ("le mardi 24/11", "el martes 24/11", "Dienstag, 24.11.").
const FOREIGN_WEEKDAY_BEFORE = /(?:^|[^\p{L}])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?[ \t]{1,2}$/u;
/** A weekday in another language right before `start` (the shortest such day needs four characters before it). */
const foreignWeekdayBefore = (lower: string, start: number): boolean => start > 3 && FOREIGN_WEEKDAY_BEFORE.test(lower.slice(Math.max(0, start - 16), start));
// "Next group 12/1", "next session 3/9": "next" and a noun (follow-up visits are FOLLOW_UP_BEFORE's).
const NEXT_NOUN_BEFORE = /(?:^|[^a-z])next[ \t][a-z]{3,14}[ \t]{1,2}(?:on[ \t]{1,2})?$/;
// "last HD session 11/27", "last dose 11/29)": the day of the latest of something (a word of two to five letters, as
// "HD" or "IV", may stand before the noun). Read with a day over 12 when the noun counts things ("dose 2/3", "session
// 3/12" are parts), and never out of ten ("pain last 8/10" has no noun between).
const LAST_NOUN_BEFORE = /(?:^|[^a-z])last[ \t](?:[a-z]{2,5}[ \t])?([a-z]{3,14})[ \t]{1,2}(?:(?:on|was)[ \t]{1,2})?$/;
// A clock right before a month/day: "moved to 02:00 12/1", "21:00 11/30" (a log writes the time first).
const CLOCK_BEFORE = /(?:^|[^\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?:[ \t]?(?:am|pm))?[ \t]{1,2}$/;
// "night of 11/28", "week of 3/9", "shift of 12/1": a span of time named by its day (handoff lists, schedules).
const SPAN_OF_BEFORE = /(?:^|[^a-z])(?:night|morning|evening|afternoon|weekend|week|wk|shift|day|eve)[ \t]{1,2}of[ \t]{1,2}$/;
// "GBS neg 11/3", "UA negative 2/7": a result and the day it was taken.
const RESULT_BEFORE = /(?:^|[^a-z])(?:neg|pos|negative|positive|normal|nl|wnl|nonreactive|non-reactive|reactive|unremarkable|detected|not detected|undetectable)[ \t]{1,2}(?:on[ \t]{1,2})?$/;
// What ends such a date: punctuation, a line end, a time, a part of the day or a place ("12/1 at the site",
// "3/20 morning"); not "neg 2/3 cultures".
// A dash between blanks ("BAL 11/18 — MSSA") and a 24-hour clock ("11/14 1820") end one too.
// The discharge after an admission's day ends it: "adm 10/3 d/c 10/7".
// Round 81: a plan's condition after it ("d/c 6/22 if afebrile", "repeat 12/1 pending cx").
// Round 97: another day offered after "or" ("pick her up 12/2 or 12/3"), not a choice of doses ("1/2 or 3/4 tab").
// Round 71: a carrier or a channel after it too, as a pharmacy's call notes write a shipment ("mailed 6/9 via USPS").
// Round 139: "after" ends one too ("discharged from <program> 10/28 after 28 days"); shares stay by FRACTION_AFTER and their shape.
// And a clock said as about a time ("last drink 11/16 approx 2300").
// Round 140: a question or a reason closing the day ("was it sent 11/29?", "move the visit to 12/4 because", "refusing
// since 11/26"): "?" before a blank or the end, and "because" or "since" after it.
// Round 141: a count of times after it ("fell 12/2 x2 per night RN", "HH start 12/2 x2/wk"); shares and scores stay by their guards.
// The lead (2026-12-02): "re" (regarding) after it ("called 9/21 re: refill", "hearing 12/9 re guardianship"), and a
// day given as the earliest ("told may be 12/8 or later", "by 12/3 or so").
const DATE_END_AFTER = /^(?:$|[ \t]*[.,;:)\]|\r\n]|\?(?:\s|$)|[ \t]{1,2}(?:at|in|with|via|@|and|but|to|per|from|by|for|when|while|if|unless|pending|after|morning|afternoon|evening|night|overnight|because|since)\b|[ \t]{1,2}d\/c\b|[ \t]{1,2}w\/|[ \t]{1,2}re\b(?![\-'’])|[ \t]{1,2}or[ \t]{1,2}(?:later|after|so)\b|[ \t]{1,2}\d{1,2}:\d{2}|[ \t]{1,2}[\-–—]{1,2}[ \t]|[ \t]{1,2}(?:(?:approx\.?|approximately|around|about|~)[ \t]{0,2})?(?:[01]\d|2[0-3])[0-5]\d(?![\d:\/.])|[ \t]{1,2}or[ \t]{1,2}\d{1,2}\/\d{1,2}(?![\d\/]|\.\d|[ \t]{0,2}(?:tabs?|tablets?|caps?|pills?|of)\b)|[ \t]{1,2}x[ \t]?\d(?![\d.]))/;
/** Words around "24/7" that say "all day, every day" ("available 24/7", "staffed 24/7", "24/7 nurse line"). */
const ALWAYS_BEFORE = /(?:^|[^a-z])(?:available|avail|open|staffed|reachable|accessible|monitored|call|support|help|coverage|there|running|working|access)[ \t]{1,2}$/;
const ALWAYS_AFTER = /^[ \t]{1,2}(?:access|support|care|coverage|monitoring|line|service|hotline|availability|nurse|help|staffing|on[ \t]call)\b/;
// A time of day right after a month/day makes it a date: "2/14 06:00", "6/2 at 9:15", "3/9 @ 0930", "4/1 10am".
// A bare 24-hour clock counts when it ends there, not as an amount ("11/14 1820–2350"; not "1/2 1000 mL").
const TIME_AFTER = /^[ \t]{1,2}(?:(?:at|@)[ \t]{0,2})?(?:\d{1,2}:\d{2}|\d{1,2}[ \t]?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])|(?<=@[ \t]{0,2}|at[ \t]{1,2})(?:[01]\d|2[0-3])[0-5]\d(?![\d:])|(?:[01]\d|2[0-3])[0-5]\d(?=$|[ \t,;:)\]\r\n–—\-]|\.(?!\d))(?![ \t]{0,2}(?:mg|ml|mcg|cc|kg|gm?|u|iu|units?|l|lbs?|mmol|meq|mosm|kcal|cal|steps|ft|m)\b))/;
// A past-tense event right before a month/day ("canister changed 8/20", "films taken 6/18", "passed 5/28.", "presented 11/20 with"),
// or an admission's short forms ("adm 10/3 d/c 10/7", "admit 2/9, fell at home"),
// read with DATE_END_AFTER and FRACTION_AFTER: "passed 4/5 trials", "completed 8/12 sessions" stay amounts.
// Round 67: "Betamethasone course complete 3/12.": a course finished, as "completed" is.
// Round 86: a dose's change on a day, as medication lists and triage notes write it ("torsemide 20 mg daily (increased
// 5/17)", "prednisone tapered 3/9;", "insulin adjusted 1/14."): not out of ten ("pain increased 3/10 to 7/10"), and
// no score's shape or counted thing after (see eventDate).
const DOSE_CHANGE_BEFORE = /(?:^|[^a-z])(?:increased|decreased|reduced|titrated|uptitrated|up-titrated|tapered|adjusted|lowered|raised|doubled|halved|switched)(?:[ \t]{1,2}(?:on|to))?[ \t]{1,2}$/;
// Round 77: what a review, a device or a message thread says happened on a day: "leak found 6/21.", "sync failed
// 4/30;", "Dr. Ivey wrote 7/8:", "form submitted 5/19 by", "kit ships 3/6.".
// Round 80: a work status's last day after "to", as comp notes write it ("restrictions to 1/19.", "light duty to
// 1/4;", "extended to 3/2 per"); "restricted to 3/4 of a tab" stays an amount.
// Round 82: a blood bank's issue of a unit ("RBC unit issued 9/26 to"). Round 79: a post's day ("posted 6/14 by").
// Round 78: a pharmacy's pickup ("counseled at pickup 5/14.", "picked up 4/2;").
const NEWLINE = 10;
/** Round 91: whether the month/day cell at `start` is one of three or more side by side in one month, the days rising. */
function risingDayCells(text: string, start: number): boolean {
  // A window of the line around the cell, so that a long line of cells is not split at each of them.
  // Bounded searches: on a line of megabytes, lastIndexOf and indexOf would scan all of it for every cell.
  const back = lastIndexWithin(text, NEWLINE, start, 96);
  const lineStart = back >= 0 ? back + 1 : Math.max(0, start - 96);
  const fwd = indexWithin(text, NEWLINE, start, 96);
  const cells = text.slice(lineStart, fwd >= 0 ? fwd : Math.min(text.length, start + 96)).split('|');
  let at = text.slice(lineStart, start).split('|').length - 1;
  const md = (c: string | undefined): [number, number] | undefined => {
    const m = c === undefined ? null : /^[ \t]{0,3}(\d{1,2})\/(\d{1,2})[ \t]{0,3}$/.exec(c);
    return m === null ? undefined : [Number(m[1]), Number(m[2])];
  };
  while (at > 0 && md(cells[at - 1]) !== undefined) at--;
  let run = 0;
  let prev: [number, number] | undefined;
  for (let k = at; k < cells.length; k++) {
    const d = md(cells[k]);
    if (d === undefined) break;
    if (prev !== undefined && (d[0] !== prev[0] || d[1] <= prev[1])) return false;
    prev = d;
    run++;
  }
  return run >= 3;
}

/** The verbs of EVENT_VERB_BEFORE, regex alternatives a line at a time, so that a new verb is a line's edit. */
const EVENT_VERBS: readonly string[] = [
  'd\\/c|adm|admit|anticipated|expected|planned|scheduled|sched|booked|avail|available|changed|taken',
  'passed|placed|removed|inserted|repeated|obtained|completed|complete|received|sent|faxed|mailed',
  'returned|resolved|closed|delivered|transferred|extubated|intubated|ordered|reviewed|updated|renewed',
  'administered|injected|applied|initiated|restarted|resumed|discontinued|filled|refilled|dispensed',
  'uploaded|reported|confirmed|diagnosed|hospitalized|hospitalised|immunized|immunised|screened|tested',
  'examined|evaluated|enrolled|randomized|randomised|consented|notified|contacted|cancel(?:l)?ed',
  'rescheduled|implanted|explanted|replaced|excised|biopsied|vaccinated|boosted|presented|arrived',
  // Round 91: a pharmacist's follow-up call ("Follow-up call 12/3 by"); "call" alone is no event ("on call 24/7").
  'arrives|arriving|readmitted|re-admitted|fell|visited|(?:follow-up|follow[ \\t]up|f\\/u|phone|return)[ \\t]call|called|operated|stopped|started|held|quit',
  'discharged|shipped|missed|skipped|found|failed|wrote|submitted|ships|issued|posted|pickup|pick-up',
  // Round 138: a dose or a test refused on a day, as nursing notes and caregivers' calls write it ("refused 10/14",
  // "pt refused lasix 10/14 and 10/15"); "refused 2/3 meals" is a share (see eventDate).
  'refused|declined',
  // Round 150: a registry or a record looked up on a day, as a pasted reconciliation writes it ("PDMP checked 12/2.",
  // "queried 11/30"); "checked 2/3 boxes" is a share (see eventDate).
  'checked|queried',
  'picked[ \\t]up',
  // Round 97: who is fetched on a day ("can pick her up 12/2", "pick up 11/4.").
  'pick(?:[ \\t]{1,2}(?:her|him|them|me|us|it))?[ \\t]{1,2}up',
  '(?:moved|pushed|bumped|postponed|delayed|deferred)[ \\t]{1,2}(?:back[ \\t]{1,2})?(?:to|until|till)',
  // Round 140: a visit asked to be moved to a day ("can we move the visit to 12/4 because", "push my appt to 12/9?").
  '(?:move|push|bump|change|reschedule)[ \\t]{1,2}(?:(?:the|her|his|my|our|their)[ \\t]{1,2})?(?:visit|appt|appointment|surgery|procedure)[ \\t]{1,2}(?:back[ \\t]{1,2})?(?:to|until|till)',
  '(?:restrictions|restricted|duty|extended)[ \\t]{1,2}(?:to|till)',
  // Round 139: a placement's acceptance and a return home, as care management and home health write them ("SNF
  // accepted 11/19.", "came home 11/14 from rehab").
  'accepted|(?:came|went|got|sent)[ \\t]home',
  // Round 141: a day told as likely ("Told may be 12/5 pending PT eval", "said it will be 12/3.").
  '(?:told|said|says)[ \\t]{1,2}(?:it[ \\t]{1,2})?(?:may|might|will|would|could|should)[ \\t]{1,2}be',
];
// Round 140: "at home" may stand between an event and its day ("pt fell at home 11/29.", "passed at home 12/1").
const EVENT_VERB_BEFORE = new RegExp(`(?:^|[^a-z])(?:${EVENT_VERBS.join('|')})(?:[ \\t]{1,2}(?:on|by|at[ \\t]{1,2}home))?[ \\t]{1,2}$`);
// The same with what the event happened to between the verb and the day: "stopped oxycodone 10/2", "sent to ins 11/3",
// "shipped to our lab 11/12". Round 82: what a person lost on a day ("lost housing 4/23;", "lost coverage 6/1.").
// Round 140: the dose's time of day before it ("refused am insulin 12/3", "held pm lasix 12/1.").
// Round 150: a plan's imperative restart of a drug on a day ("restart warfarin 12/4, bridge with enoxaparin").
// Round 164: a call log's tries ('Called pt 11/3 - no answer', 'texted mom 12/2.', 'refilled lisinopril 9/4').
const EVENT_VERB_OBJECT_BEFORE =
  /(?:^|[^a-z])(?:called|texted|phoned|paged|emailed|messaged|refilled|filled|placed|removed|inserted|sent|faxed|mailed|shipped|stopped|started|held|discontinued|restarted|resumed|quit|changed|replaced|implanted|missed|skipped|lost|refused|declined|restart|resume)[ \t]{1,2}(?:to[ \t]{1,2})?(?:(?:the|our|his|her|their)[ \t]{1,2})?(?:(?:am|pm|hs|qhs|morning|evening|bedtime|noon)[ \t]{1,2})?[a-z][a-z\-]{1,20}[ \t]{1,2}$/;
// Round 82: a journey's day after where it goes or comes from, as travel medicine writes it ("leaves for <town>
// 11/3,", "flies to <city> 6/2 with", "returned from <country> 9/28."): one or two words of the place between.
// Round 139: and a discharge from a program or a hospital ("since discharge from <name> Detox 9/30.").
const TRAVEL_TO_BEFORE =
  /(?:^|[^a-z])(?:leaves|leaving|left|flies|flying|flew|travels|traveling|travelling|traveled|travelled|returns|returning|returned|departs|departing|departed|arrives|arriving|arrived|heads|heading|headed|discharged|discharge|released)[ \t]{1,2}(?:for|to|from|in)[ \t]{1,2}[a-z][a-z.'\-]{1,14}(?:[ \t]{1,2}[a-z][a-z.'\-]{1,14})?[ \t]{1,2}(?:on[ \t]{1,2})?$/;
// "s/p primary LTCS ", "s/p L TKA ": status post and an operation's name of one to three words (round 38).
// Round 45: "post hip ORIF (11/21)", "status post CABG 3/14": "post" spelled out, and the day in brackets after the name.
const STATUS_POST_BEFORE = /(?:^|[^a-z])(?:s\/p|post|status[ \t]post)[ \t]{1,2}(?:[a-z][a-z0-9\-]{0,14}[ \t]{1,2}){0,2}[a-z][a-z0-9\-]{0,14}(?:[ \t]{1,2}|[ \t]?\()$/;
// "Echo 6/1", "repeat CT on 9/14", "colonoscopy 3/2": a test or procedure and the day it was done.
// Round 81: a left or right heart catheterisation ("LHC 9/14 80% mid RCA"), as "cath" is.
// Round 73: a pregnancy's scans ("dating US 5/2", "growth u/s 9/30", "TVUS 4/8", "NST 11/2"); "US" only after the
// scan's kind, since "us" alone is the pronoun. Not "BPP 8/8", a score.
// Round 80: a tilt table and an audiogram, which count nothing ("tilt table 5/13 positive", "audiogram 3/9 shows").
// Round 148: a head, renal or abdominal ultrasound by its short form ("Head US 11/29 grade I IVH", "renal US 3/4:").
// Round 149: a CT or an MRI with the part it imaged ("CT sinus 11/10 at <imaging centre>", "MRI brain 3/14.").
// Round 150: an endoscopy by its short name ("hold until GI scope 12/7, then DOAC").
const TEST_BEFORE = /(?:^|[^a-z])(?:(?:ct|cta|mri|mra)[ \t](?:sinus|sinuses|head|brain|chest|neck|abd|abdomen|pelvis|spine|c-spine|l-spine|t-spine|orbits?)|(?:anatomy|anatomic|dating|growth|ob|pelvic|tv|fetal|detailed|viability|head|cranial|renal|abd|abdominal|ruq|bladder|hip|spine)[ \t](?:us|u\/s)|tvus|nst|echo|lhc|rhc|echocardiogram|tte|tee|ekg|ecg|eeg|emg|cxr|ct|cta|mri|mra|pet|x-?ray|ultrasound|sonogram|mammogram|mammo|dexa|colonoscopy|egd|endoscopy|ercp|mrcp|eus|bronchoscopy|bronch|cystoscopy|paracentesis|thoracentesis|lp|cath|angiogram|angioplasty|fistulogram|holter|pfts?|biopsy|labs|scan|ebus|fna|tbna|mpi|spect|hida|tilt[ \t]table|audiogram|(?:gi|upper|lower)[ \t]scope)[ \t]{1,2}(?:(?:on|done|dated)[ \t]{1,2})?$/;
// Round 73: a glucose tolerance test and its day ("3 hr GTT 9/12", "1h GCT 8/14"); its count of abnormal values is
// written the same way ("GTT 2/4 abnormal"), so not a part over a whole of five or less (see eventDate).
const GLUCOSE_TEST_BEFORE = /(?:^|[^a-z])(?:gtt|ogtt|gct)[ \t]{1,2}(?:(?:on|done|dated)[ \t]{1,2})?$/;
// "seen in urgent care 9/18 for AOM", "treated at St. Mary's 3/14": where a visit happened, then its day.
const SEEN_AT_BEFORE = /(?:^|[^a-z])(?:seen|treated|evaluated|admitted|hospitali[sz]ed)[ \t]{1,2}(?:in|at|by)[ \t]{1,2}(?:the[ \t]{1,2})?[a-z][a-z.'\-]{0,14}(?:[ \t]{1,2}[a-z][a-z.'\-]{0,14})?[ \t]{1,2}$/;
// "ROP exam 5/19:", "hearing screen 9/26", "newborn screen #1 4/7,", "HepB 5/8 (lot ...)": exams, screens and
// vaccines, whose numbers are as often scores ("motor exam 5/5", "screen 2/4 positive"): see eventDate.
// Round 77: a culture's day, as infection-control reviews write it ("wound culture 3/22 with MRSA"; "culture 2/4" is a count).
// Round 72: a hematology or oncology note's marrow and molecular tests and its treatment phases ("BM 3/8,",
// "NGS 2/6:", "induction 8/4 at our center", "transplant 1/9."), read the same way.
// Round 75: an infusion's day ("iron infusion 4/23, premedicated"), read the same way ("infusion 3/4" stays a count).
// Round 80: employee health's tests ("fit test 9/14.", "QFT 2/3;", "titer 8/5."), read the same way
// ("spirometry 2/3 efforts" stays a count).
// Round 141: care management's review, a court's hearing, a discharge and a service's start ("Concurrent review 12/2:",
// "guardianship hearing 12/10.", "Ready for dc 12/3.", "HH start 12/2 x2/wk", "SOC 12/4"), read the same way ("review 2/3" stays).
// Round 149: an IVF cycle's oocyte retrieval and a log's week ("Retrieval 11/30:", "(week of 11/23)"), read the same way.
// Round 143: a child-abuse work-up's skeletal survey, a transplant's crossmatch and a last dialysis session ("skeletal
// survey 11/29;", "crossmatch 11/18 negative", "last HD 12/1."), read the same way ("survey 2/4 items" stays).
// Round 154: a respirator's refit or fit check, a skin test's reading and a shot clinic's day ("Mask refit 10/3.",
// "N95 fit check 9/22;", "PPD read 11/6.", "Flu clinic 10/14."), read the same way ("refit 2/3 staff" stays).
const EXAM_BEFORE =
  /(?:^|[^a-z])(?:refit|re-fit|fit[ \t]check|(?:ppd|tst|tb|skin[ \t]test)[ \t]read|(?:flu|vaccine|shot|immuni[sz]ation|covid)[ \t]clinic|bm|bmbx|bmb|marrow|ngs|cytogenetics|mrd|infusion|induction|re-?induction|consolidation|conditioning|transplant|hsct|sct|bmt|apheresis|leukapheresis|exam|screen|screening|consult|hus|abr|oct|psg|bmp|cmp|cbc|tdap|dtap|mmr|hepb|hep[ \t]b|ipv|hib|pcv(?:13|15|20)?|ppsv23|shingrix|varicella|menacwy|influenza|flu[ \t]shot|booster|monitoring|fall|idt|huddle|care[ \t]conference|culture|family[ \t]meeting|(?:known|seen)[ \t]alive|last[ \t]known[ \t]well|lkw|spirometry|fit[ \t]test|quantiferon|qft|titers?|review|hearing|dc|start|soc|survey|crossmatch|last[ \t]hd|retrieval|week[ \t]{1,2}of)(?:[ \t]{1,2}#\d{1,2})?[ \t]{1,2}(?:(?:on|done|dated)[ \t]{1,2})?$/;
// Round 145: an event a log or a history dates by its noun alone, as recovery courts, NICU event logs, examiners and
// crisis responders write them ("Relapse 11/22.", "Seizure 3/14.", "Overdose 9/2,", "Cardiac arrest 11/29,", "Suicide
// attempt 12/1 by overdose"); read as the verbs are, needing a date's end and no share or score ("relapse 2/3 weeks",
// "apnea 2/24 h", "seizure 1/2 min" stay), nor a pain score out of ten ("Pain since injury 7/10,").
// Round 148: a history's or a log's bleeds, strokes and clots by their short forms ("Hx: ICH 11/28;", "TIA 5/6,", "PE
// 10/2.", "GI bleed 9/14;").
const EVENT_NOUN_BEFORE =
  /(?:^|[^a-z])(?:relapsed?|seizure|sz|overdose|od|arrest|attempt|assault|brady|bradycardia|apnea|desat|syncope|stroke|cva|mi|ich|sah|sdh|tia|pe|dvt|gib|(?:gi[ \t])?bleed|stemi|nstemi|mva|mvc|gsw|injury|accident|incident|intubation|extubation|intubated|extubated|readmission|readmit|code)[ \t]{1,2}(?:(?:on|was)[ \t]{1,2})?$/;
/** Round 148: words that end an event's day as a date's end does (see eventDate). */
const EVENT_DATE_END_AFTER = /^[ \t]{1,2}(?:also|before)\b/;
/** Round 142: what an exam found, right after its day: "stage 1", "zone II", "grade 2", "showed", "revealed". */
const EXAM_FINDING_AFTER = /^[ \t]{1,2}(?:showed|shows|revealed|reveals|stage|zone|grade)\b/;
// "last dose of warfarin 3/4;": the day of a dose, ending where a date ends (not "dose of warfarin 1/2 tab").
const DOSE_OF_BEFORE = /(?:^|[^a-z])dose[ \t]{1,2}of[ \t]{1,2}[a-z][a-z\-]{2,24}[ \t]{1,2}(?:(?:on|was)[ \t]{1,2})?$/;
/** Round 164: "last dose ", "first dose given " right before a month/day (see eventDate). */
const LAST_DOSE_BEFORE = /(?:^|[^a-z])(?:last|final|first|next)[ \t]{1,2}dose[ \t]{1,2}(?:(?:on|was|given|due)[ \t]{1,2})?$/;
/** "prior " right before a month/day: the day of an earlier visit or reading. */
const PRIOR_BEFORE = /(?:^|[^a-z])prior[ \t]{1,2}$/;
// "results back 2/6", "came back on 3/14": a test's result returned on that day (see eventDate).
const RESULT_BACK_BEFORE = /(?:^|[^a-z])back[ \t]{1,2}(?:on[ \t]{1,2})?$/;
// "Dates of service: 1/3, 1/10": the head of a list of month/days.
// Round 69: a form's days away in its label: "Dates absent: 10/27, 10/28", "Date(s) missed:", "Dates of absence:".
const DATES_HEAD_BEFORE = /(?:^|[^a-z])dates?(?:\(s\))?(?:[ \t]{1,2}of[ \t]{1,2}(?:service|visits?|treatment|infusions?|admission|absence|leave)|[ \t]{1,2}(?:absent|missed|excused|off|away))?[ \t]{0,2}[:\-]?[ \t]{0,2}$/;
// One earlier item of such a list, right before this one ("1/3, ", "1/10 and ").
// Round 97: or the other day offered ("pick her up 12/2 or 12/3"); an amount after it keeps a choice of doses
// ("changed 1/2 or 3/4 tab") out (see listAfterCue).
const LIST_ITEM_BEFORE = /(?<![\d\/.])\d{1,2}\/\d{1,2}(?:,[ \t]{0,2}(?:(?:and|or)[ \t]{1,2})?|[ \t]{1,2}(?:and|or)[ \t]{1,2})$/;

// "Nurse home visits 2/5, 3/4 and 5/13", "sessions 11/3, 11/10": visits or sessions in the plural heading a list of
// days; read only as a list (two items or more), since "sessions 3/12" alone may count sessions.
const VISITS_HEAD_BEFORE = /(?:^|[^a-z])(?:visits|sessions|appointments|appts|treatments|infusions)[ \t]{0,2}(?:on[ \t]{1,2})?:?[ \t]{0,2}$/;
// The next item of such a list, right after this one (", 3/4", " and 5/13").
const LIST_ITEM_AFTER = /^(?:,[ \t]{0,2}(?:and[ \t]{1,2})?|[ \t]{1,2}and[ \t]{1,2})\d{1,2}\/\d{1,2}(?![\d\/])/;

/**
 * Round 108: a day offered for a visit or a shift: after "I'm free", "we're available", "she's off" ("free 12/4 or
 * 12/5"), or after another day written with its month's name ("nov 21 or 11/24", "dec 2, 12/9"). Read with no share's
 * or score's shape and no amount after it ("off 1/2 dose", "free 3/4 of the time" stay).
 */
const AVAILABLE_BEFORE = /(?:^|[^a-z])(?:i['’]?m|i[ \t]am|we['’]?re|we[ \t]are|(?:she|he|they)['’](?:s|re)|is|are)[ \t]{1,2}(?:free|available|off|around)[ \t]{1,2}(?:on[ \t]{1,2})?$/;
// Round 132: or the day corrected ("jan 9 not jan 19").
/**
 * Round 134: a lower-case ambiguous month's day in a text, after the test, event or shift it dates and ending where a
 * date ends ("ur mri is jan 22 at", "dad has his cath dec 3 so", "swallow study jan 19", "can u cover my 7a dec 22?",
 * "pt eval moved to dec 3 at 10"). "dec 3 units" is refused by the pattern; "cath dec 2" before a word that goes on
 * ("dec 2 sizes") stays.
 */
const CHAT_EVENT_BEFORE = /(?:^|[^a-z])(?:study|eval|shots?|(?:moved|pushed|bumped|changed|switched)[ \t]{1,2}to|\d{1,2}[ap])[ \t]{1,2}$/;
const LINKING_VERB_BEFORE = /[ \t]{1,2}(?:is|was|r|are|now)[ \t]{1,2}$/;
const CHAT_DATE_END_AFTER = /^(?:[?!]|[ \t]{1,2}(?:so|then|bc|cuz|too|also|lol)\b|[ \t]{1,2}at[ \t]{1,2}\d{1,2}(?![\d.:\/]|[ \t]{0,2}(?:mg|mcg|ml|units?|u|%)\b))/;
/** "7a dec 2 at 10 units": a dose lowered at a time, no day. */
const DOSE_AT_AFTER = /^[ \t]{1,2}at[ \t]{1,2}\d{1,3}(?:\.\d)?[ \t]{0,2}(?:mg|mcg|ml|units?|u|%)\b/;
function chatEventMonthDay(doc: DocumentView, start: number, end: number): boolean {
  const after = doc.lower.slice(end, end + 12);
  if ((!DATE_END_AFTER.test(after) && !CHAT_DATE_END_AFTER.test(after)) || DOSE_AT_AFTER.test(after)) return false;
  let before = doc.lower.slice(Math.max(0, start - 28), start);
  const linking = LINKING_VERB_BEFORE.exec(before);
  if (linking !== null) before = before.slice(0, linking.index + 1);
  return CHAT_EVENT_BEFORE.test(before) || TEST_BEFORE.test(before) || EXAM_BEFORE.test(before) || EVENT_VERB_BEFORE.test(before);
}
const MONTH_DAY_OFFERED_BEFORE = new RegExp(`(?:^|[^a-z])${MONTH}\\.?[ \\t]{1,2}\\d{1,2}${ORD}(?:,[ \\t]{0,2}(?:or[ \\t]{1,2})?|[ \\t]{1,2}(?:or|and|not)[ \\t]{1,2})$`);
/** a/b ending at `end` reads as a share of five or less, a score out of ten, or a fraction of what follows: no day. */
function shareScoreOrFraction(lower: string, end: number, a: number, b: number): boolean {
  return (a <= b && b <= 5) || b === 10 || FRACTION_AFTER.test(lower.slice(end, end + 12));
}
function offeredDay(lower: string, start: number, end: number, a: number, b: number): boolean {
  if (shareScoreOrFraction(lower, end, a, b)) return false;
  const before = lower.slice(Math.max(0, start - 24), start);
  return AVAILABLE_BEFORE.test(before) || MONTH_DAY_OFFERED_BEFORE.test(before);
}

/** A month/day after "dates of service:", or in a list ("1/3, 1/10, 1/17") whose head stands after a date cue. */
function listAfterCue(lower: string, start: number, end: number): boolean {
  let at = start;
  for (let n = 0; n < 40; n++) {
    const m = LIST_ITEM_BEFORE.exec(lower.slice(Math.max(0, at - 12), at));
    if (!m) break;
    at -= m[0].length;
  }
  if (at < start && / or[ \t]/.test(lower.slice(at, start)) && FRACTION_AFTER.test(lower.slice(end, end + 12))) return false;
  const before = lower.slice(Math.max(0, at - 30), at);
  if (DATES_HEAD_BEFORE.test(before)) return true;
  if (VISITS_HEAD_BEFORE.test(before) && (at < start || LIST_ITEM_AFTER.test(lower.slice(end, end + 12)))) return true;
  // "HUS 4/13 and 5/4", "changed 8/20 and 8/24", "Next sessions 12/2, 12/4": the head of the list is a test, an event or a next one.
  if (at < start && (CUE_RIGHT_BEFORE.test(before) || AVAILABLE_BEFORE.test(before.slice(-24)) || RESULT_HEAD_BEFORE.test(before) || ONSET_BEFORE.test(before) || TEST_BEFORE.test(before.slice(-24)) || EXAM_BEFORE.test(before) || EVENT_VERB_BEFORE.test(before) || NEXT_NOUN_BEFORE.test(before.slice(-24)))) return true;
  // Or where the patient was seen ("Seen in clinic 11/3, 11/5."), each later day no share, score or fraction.
  if (at < start && SEEN_AT_BEFORE.test(before)) {
    const [a = 0, b = 0] = numericParts(lower.slice(start, end));
    return !shareScoreOrFraction(lower, end, a, b);
  }
  // Round 138: or an event with what it happened to ("refused lasix 10/14 and 10/15,", "held coumadin 12/2, 12/3."),
  // when this day ends as a date and is no share or score ("held metoprolol 1/2 and 1/4 tab" stays).
  if (at === start || !EVENT_VERB_OBJECT_BEFORE.test(before)) return false;
  const [a = 0, b = 0] = numericParts(lower.slice(start, end));
  return DATE_END_AFTER.test(lower.slice(end, end + 12)) && !shareScoreOrFraction(lower, end, a, b);
}

/**
 * A month/day after a test or procedure name, "dose of <drug>", an exam, screen or vaccine, or a past-tense
 * event, unless an amount follows. The last three need a date's end, and no score shape (a part over a
 * whole of five or less: "exam 4/5.", "passed 2/2.").
 */
function eventDate(lower: string, start: number, end: number, a: number, b: number): boolean {
  // Halves are too often amounts ("labs 1/2 done").
  if (a === 1 && b === 2) return false;
  const before = lower.slice(Math.max(0, start - 40), start);
  const after = lower.slice(end, end + 12);
  // "in" after a part over a whole that no rule measures in ("Fall 10/31 in bathroom", "Fall 12/4 in bathroom"; not
  // "3/4 in") is a preposition.
  if (FRACTION_AFTER.test(after) && !(INCHES_AFTER.test(after) && !inchFraction(a, b))) return false;
  if (TEST_BEFORE.test(before.slice(-24))) return true;
  if (!(a <= b && b <= 5) && (SEEN_AT_BEFORE.test(before) || GLUCOSE_TEST_BEFORE.test(before.slice(-16)))) return true;
  // Round 152: a wound or a skin photo's day after the image's file name, as a photo log lists them ("IMG_0412  11/18
  // sacral", "PXL_20261118.jpg | 11/18 |"); no share of five or less, no score out of ten ("IMG_0412 3/4 of wound").
  if (!(a <= b && b <= 5) && b !== 10 && PHOTO_FILE_BEFORE.test(before.slice(-32))) return true;
  // Round 142: an exam's or a screen's day before what it found ("ROP exam 11/28 stage 1", "hearing screen 11/28 showed
  // refer"); not a share of five or less nor a score out of ten ("motor exam 4/5 shows", "screen 7/10 stage").
  if (!(a <= b && b <= 5) && b !== 10 && EXAM_FINDING_AFTER.test(after) && EXAM_BEFORE.test(before.slice(-28))) return true;
  // "HepB 5/8 (lot B77)", "passed 5/28 (90 min)": a bracket opens after the date, not a share ("(67%)").
  // Round 148: "also" and "before" may end an event's day too ("Fall 11/30 also, per wife", "Next review 12/8 before
  // Judge ..."), not a score's ("pain 7/10 also").
  if (!DATE_END_AFTER.test(after) && !/^[ \t]{1,2}\((?![\d.])/.test(after) && !(b !== 10 && EVENT_DATE_END_AFTER.test(after))) return false;
  if (DOSE_OF_BEFORE.test(before)) return DATE_END_AFTER.test(after);
  if (a <= b && b <= 5) return false;
  // Round 164: a course's first or last dose ("last dose 12/4.", "final dose given 11/30"); no score out of ten.
  if (b !== 10 && LAST_DOSE_BEFORE.test(before.slice(-24))) return true;
  // Round 146: an earlier visit's or reading's day after "prior" ("seen in our ED prior 10/14.", "wt (prior 11/24: 186
  // lb)"); a score out of ten stays ("pain 3/10, prior 7/10.").
  if (b !== 10 && PRIOR_BEFORE.test(before.slice(-10))) return true;
  // Round 72: a result that came back on a day ("NGS (NL-4410) back 2/6:", "flow came back 3/14."); a pain score of
  // the back ("low back 6/10.") stays.
  if (b !== 10 && RESULT_BACK_BEFORE.test(before.slice(-12))) return true;
  return EXAM_BEFORE.test(before.slice(-28)) || (b !== 10 && EVENT_NOUN_BEFORE.test(before.slice(-28))) || EVENT_VERB_BEFORE.test(before.slice(-28)) || EVENT_VERB_OBJECT_BEFORE.test(before) || (b !== 10 && (TRAVEL_TO_BEFORE.test(before) || DOSE_CHANGE_BEFORE.test(before.slice(-20))));
}

/** Round 154: an initial, its dot and a capitalised surname (one hyphen at most), then a comma, right before a day. */
const SIGN_OFF_NAME_BEFORE = /(?:^|[^A-Za-z.])[A-Z]\.[ \t]?[A-Z][a-z'’]{1,20}(?:-[A-Z][a-z'’]{1,20})?,[ \t]{1,2}$/;
/** Round 152: an image file's name right before a day: a camera's prefix and its number, perhaps an extension. */
const PHOTO_FILE_BEFORE = /(?:^|[^a-z0-9_])(?:img|dsc|dscn|dscf|pxl|photo|pic|image)[_\-]?\d{2,8}(?:\.(?:jpe?g|png|heic|tiff?))?[ \t]{1,4}(?:\|[ \t]{1,4})?$/;
/** Round 75: " am", " pm", " a.m." right after a month/day, ending there. */
// Round 86: a month/day alone in brackets after a hospital or post-operative day's count ("POD 5 (8/8):", "HD 4
// (6/2)", "DOL 3 (1/9)") or after a measure with its unit ("Wt 70.2 kg (7/3) vs 72.5 kg (6/19)", "Cr 1.8 mg/dL
// (4/4)"): the day it was on or measured. The bracket must close right after the day, so "(1/2 tab)", "(3/4 of
// baseline)" stay, and a half stays whatever follows.
const DAY_COUNT_PAREN_BEFORE = /(?:^|[^a-z])(?:pod|hd|dol|hospital[ \t]day|post-?op(?:erative)?[ \t]day)[ \t]{0,2}#?\d{1,3}[ \t]{1,2}\($/;
// Round 132: a pharmacy's fill history, each drug's strength then the day it was filled ("lisinopril 20 mg (10/21)");
// only where the text speaks of fills (FILL_HISTORY_CUE), since "20 mg (1/2 tab)" reads alike.
const DOSE_PAREN_BEFORE = /\d(?:\.\d{1,3})?[ \t]?(?:mg|mcg|ml|units?|tabs?|caps?)[ \t]{1,2}\($/;
const FILL_HISTORY_CUE = /\b(?:fills?|filled|refills?|refilled|dispensed|pharmacy|picked[ \t]up)\b/;
const MEASURE_PAREN_BEFORE = /\d(?:\.\d{1,2})?[ \t]?(?:kg|kgs|lbs?|g\/dl|mg\/dl|mmol\/l|meq\/l|ng\/ml|pg\/ml|u\/l|iu\/l)[ \t]{1,2}\($/;
const SCORE_ARROW_BEFORE = /\d\/10[ \t]{0,2}(?:->|→|=>|>)[ \t]{0,2}$/;
const HALF_DAY_AFTER = /^[ \t](?:am|pm|a\.m\.|p\.m\.)(?![a-z])/;
/** A bracket holding three to eight month/days and nothing else, commas or "and" between them. */
const BRACKETED_DAYS = /^\((\d{1,2}\/\d{1,2}(?:(?:,[ \t]{0,2}(?:and[ \t]{1,2})?|[ \t]{1,2}and[ \t]{1,2})\d{1,2}\/\d{1,2}){2,7})\)/;
/**
 * Round 75: the month/day at start..end is one of a bracket's list of days of one month, each later than the one
 * before: missed visits or doses written "(3/5, 3/12, 3/19)". A month of 1 stays out ("(1/2, 1/3, 1/4)" are
 * fractions); scores repeat or fall ("(4/5, 4/5, 5/5)").
 */
function bracketedDays(text: string, start: number, end: number): boolean {
  const open = lastIndexWithin(text, 40 /* ( */, start, 48);
  if (open < 0) return false;
  const m = BRACKETED_DAYS.exec(text.slice(open, end + 48));
  if (m === null || open + 1 + (m[1] as string).length < end) return false;
  let month = -1;
  let day = 0;
  for (const item of (m[1] as string).split(/,[ \t]{0,2}(?:and[ \t]{1,2})?|[ \t]{1,2}and[ \t]{1,2}/)) {
    const [a = 0, b = 0] = numericParts(item);
    if (a < 2 || a > 12 || b > 31 || b <= day || (month >= 0 && a !== month)) return false;
    month = a;
    day = b;
  }
  return true;
}

/** A second day of the same shape joined after a month/day: " and 9/8", ", 9/8", " & 9/8". */
const PAIRED_DAY_AFTER = /^(?:,|[ \t]{1,2}(?:and|&))[ \t]{1,2}(\d{1,2})\/(\d{1,2})(?![\d\/])/;
// Full slash dates ("04/06/2025", "3/9/24"): a note holding two writes its dates this way.
const FULL_SLASH_DATE = /(?<![\d\/.])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/(?:19|20)?\d{2}(?![\d\/])/g;
// Per document: the months its full slash dates name (bit m set for month m), with bit 0 set when it writes only
// one, or 0 when it writes none.
const slashDatedMonths = new WeakMap<DocumentView, number>();
// Scores and measures that a month/day shape follows ("pain 6/10", "strength 4/5", "Apgars 8/9", "STOP-BANG 6/8").
// A named instrument before it, hyphenated or numbered ("PHQ-2: 1/6", "M-CHAT-R 1/20") or with a colon, is one too;
// so is a count of days or cycles ("cefazolin day 4/7", "cycle 3/6").
// Round 86: "ADLs 4/6", "IADLs 2/8" (Katz and Lawton's counts of activities done alone).
const SCORE_WORDS = String.raw`(?:adls?|iadls?|pain|strength|str|power|motor|apgars?|reflexes|dtrs?|grade|graded|score|scored|scale|rated|ratio|ess|bang|murmur|vision|acuity|va|sensation|pulses?|mmse|moca|slums|braden|morse|cage|crafft|epds|bims|isi|of|x|×|=|\/|day|dose|cycle|week|wk|session|visit|fraction|fx)[ \t:#]{0,3}$`;
const SCORE_BEFORE = new RegExp(String.raw`${SCORE_WORDS}|[a-z]\w*[\-\d]\w*[ \t]{0,2}:?[ \t]{0,2}$|\w:[ \t]{0,2}$`);
// Only a word and its blanks: a hyphenated word such as "A-line" is no instrument when its month is the note's.
const SCORE_WORD_BEFORE = new RegExp(String.raw`(?:^|[^a-z])${SCORE_WORDS}|\d[ \t]{0,2}:?[ \t]{0,2}$|\w:[ \t]{0,2}$`);

/**
 * A month/day that its words make a share or a score: a counted thing or a measure after it ("1/2 tab", "4/5
 * strength", "2/3 cultures"; FRACTION_AFTER) or a score's name before it ("pain 6/10", "ADLs 4/6"; SCORE_WORD_BEFORE).
 */
function countedOrScored(lower: string, start: number, end: number): boolean {
  return FRACTION_AFTER.test(lower.slice(end, end + 12)) || SCORE_WORD_BEFORE.test(lower.slice(Math.max(0, start - 16), start));
}

/**
 * A month/day of a score's or a share's shape by its numbers alone: a part over a whole of five or less, out of ten,
 * equal parts, or a day under 5 when the month is under 6 ("passed 4/5", "pain 7/10", "2/2", "5/4").
 */
function scoreShaped(a: number, b: number): boolean {
  return (b < 5 && a < 6) || b === 10 || a === b || (b === 5 && a < 5);
}

function documentMonths(doc: DocumentView): number {
  let months = slashDatedMonths.get(doc);
  if (months === undefined) {
    let n = 0;
    let bits = 0;
    FULL_SLASH_DATE.lastIndex = 0;
    for (let m = FULL_SLASH_DATE.exec(doc.text); m && n < 50; m = FULL_SLASH_DATE.exec(doc.text), n++) bits |= 1 << Number.parseInt(m[0], 10);
    // "Record date: 2088-06-14", "Date of service: 11/03/2069" heading the note: the note's own day dates what it
    // tells, as a second full date would ("Echo (5/28)", "IUD placed 9/20.").
    const heading = NOTE_DATE_HEADING.exec(doc.text.slice(0, 400));
    if (heading !== null) {
      const iso = /^(?:19|20|21)\d{2}-(\d{2})/.exec(heading[1] as string);
      bits |= 1 << Number.parseInt(iso === null ? (heading[1] as string) : (iso[1] as string), 10);
      n += 2;
    }
    months = n >= 2 ? bits : n === 1 ? bits | 1 : 0;
    slashDatedMonths.set(doc, months);
  }
  return months;
}

/** A note's own date on a line of its head: "Record date: 2088-06-14", "Date of service: 11/03/2069", "DOS: 3/9/24". */
const NOTE_DATE_HEADING =
  /(?:^|\n)[ \t]{0,4}(?:record[ \t]date|date[ \t]of[ \t](?:service|visit|encounter)|visit[ \t]date|encounter[ \t]date|service[ \t]date|dos)[ \t]{0,2}:[ \t]{0,3}((?:19|20|21)\d{2}-(?:0[1-9]|1[0-2])-[0-3]\d|(?:0?[1-9]|1[0-2])\/[0-3]?\d\/(?:\d{4}|\d{2}))(?![\d\/\-])/i;
// Full dates whose year is written (sticky: tried at runs of digits): ISO "2088-06-14", "6/10/88", "11/03/2069"; their years' last two digits.
const YEARED_DATE = /(?<![\d\/.\-])(?:(?:19|20|21)(\d{2})-(?:0[1-9]|1[0-2])-[0-3]\d|(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/(?:19|20|21)?(\d{2}))(?![\d\/])/iy;
/** Per document: the two-digit years its full dates name (index y is 1), or undefined when it names none. */
const documentShortYearSets = new WeakMap<DocumentView, Uint8Array | null>();

function documentShortYears(doc: DocumentView): Uint8Array | null {
  let years = documentShortYearSets.get(doc);
  if (years === undefined) {
    let found: Uint8Array | null = null;
    let n = 0;
    // Every match opens a run of digits: tried at the runs only, the first 50 as a scan of the text finds them.
    matchesAtDigitRuns(doc, YEARED_DATE, (m) => {
      (found ??= new Uint8Array(100))[Number.parseInt((m[1] ?? m[2]) as string, 10)] = 1;
      return ++n < 50;
    });
    documentShortYearSets.set(doc, (years = found));
  }
  return years;
}

/**
 * The matches a global scan of the text would find, in order and without overlaps, for a sticky regex whose every
 * match starts a run of digits (a digit first, no digit before it): tried at the view's runs only. `each` returns
 * false to stop.
 */
function matchesAtDigitRuns(doc: DocumentView, sticky: RegExp, each: (m: RegExpExecArray) => boolean): void {
  const runs = doc.digitRuns;
  let free = 0;
  for (let r = 0; r < runs.length; r++) {
    const s = runs[r] as number;
    if (s < free) continue;
    sticky.lastIndex = s;
    const m = sticky.exec(doc.text);
    if (m === null) continue;
    free = s + m[0].length;
    if (!each(m)) return;
  }
}

/** What /\d[\/.\- ][IVX]/ finds, read after a run of digits (atSomeDigitRun): "/", ".", "-" or a space, then I, V or X. */
function romanAfterRun(text: string, s: number, n: number): boolean {
  const c = text.charCodeAt(s + n);
  const d = text.charCodeAt(s + n + 1);
  return (c === 47 || c === 46 || c === 45 || c === 32) && (d === 73 || d === 86 || d === 88);
}

/**
 * "Echo 4/88 EF 50-55%", "A1c 8.1 (11/87)", "ICD (3/68, Medtronic)": a month and a two-digit year, in a note whose
 * full dates name that year or one of the three before it (a note of 2088 tells of 11/87). Not a score's or a dose's
 * pair ("pain 8/10", "Vytorin 10/20 mg"), nor a pair on a line of measures.
 */
function shortYearDate(doc: DocumentView, start: number, end: number, month: number, yy: number): boolean {
  if (yy <= 12 || month === yy) return false;
  const years = documentShortYears(doc);
  if (years === null || !nearNoteYear(years, yy)) return false;
  if (countedOrScored(doc.lower, start, end)) return false;
  // The pair is itself one no day can be ("4/88"), and so may be others on its line that are such dates too
  // ("EF 20% 1/69, now 30% 6/69"): only the rest make it a measure.
  return !measuresOnLine(doc, start, end, (at) => shortYearPairAt(doc.text, at, years));
}

function nearNoteYear(years: Uint8Array, yy: number): boolean {
  for (let k = 0; k <= 3; k++) if (years[(yy + k) % 100] === 1) return true;
  return false;
}

const SHORT_YEAR_PAIR = /^(0?[1-9]|1[0-2])\/(\d{2})(?![\d\/])/;
/** An impossible pair at `at` that is a month and a two-digit year near the note's own. */
function shortYearPairAt(text: string, at: number, years: Uint8Array): boolean {
  const m = SHORT_YEAR_PAIR.exec(text.slice(at, at + 6));
  return m !== null && nearNoteYear(years, Number.parseInt(m[2] as string, 10));
}

// Full slash dates, either order: "14/02/1934", "03/11/2026" (day first in a note that writes a day over 12 first).
const FULL_SLASH_PARTS = /(?<![\d\/.])(\d{1,2})\/(\d{1,2})\/(?:19|20)\d{2}(?![\d\/])/g;
const dayFirstMonths = new WeakMap<DocumentView, number>();

/** The months (bit m) of a note's full dates when it writes them day first ("20/11/2026"), else 0; found once per note. */
function documentDayFirstMonths(doc: DocumentView): number {
  let months = dayFirstMonths.get(doc);
  if (months === undefined) {
    let bits = 0;
    let dayFirst = false;
    let n = 0;
    FULL_SLASH_PARTS.lastIndex = 0;
    for (let m = FULL_SLASH_PARTS.exec(doc.text); m && n < 50; m = FULL_SLASH_PARTS.exec(doc.text), n++) {
      const day = Number.parseInt(m[1] as string, 10);
      const month = Number.parseInt(m[2] as string, 10);
      if (month > 12) {
        dayFirst = false;
        break;
      }
      if (day > 12) dayFirst = true;
      bits |= 1 << month;
    }
    months = dayFirst ? bits : 0;
    dayFirstMonths.set(doc, months);
  }
  return months;
}

/**
 * "Recent fall at home 16/11, no head strike": in a note whose full dates are written day first, a day over 12
 * before a month those dates name, ending as a date ends, is one of its dates.
 */
function dayFirstDocumentDate(doc: DocumentView, start: number, end: number, a: number, b: number): boolean {
  if (a <= 12 || b < 1 || b > 12 || (documentDayFirstMonths(doc) & (1 << b)) === 0) return false;
  const after = doc.lower.slice(end, end + 12);
  if (!DATE_END_AFTER.test(after) || countedOrScored(doc.lower, start, end)) return false;
  return !measuresOnLine(doc, start, end);
}

/**
 * "surfactant x1 (4/6)", "full feeds 5/22.": in a note that writes two full slash dates, a month/day that ends
 * where a date ends, without a score's shape (a part over a whole of five or less, out of ten, equal parts,
 * a whole of three or less as in pupils "4/3") or a score's name before it, is one of its dates too. When its
 * month is one the note's full dates name, it need not end as a date does ("blood cx 11/19 NGTD"). A note with
 * one full date lends only its month, to a day that ends as a date.
 */
function datedDocumentDate(doc: DocumentView, start: number, end: number, a: number, b: number): boolean {
  // scoreShaped but for "5/4" (a day under 5 in May), which this rule has always left to the tests below.
  if (scoreShaped(a, b) && !(a === 5 && b === 4)) return false;
  if (measuresOnLine(doc, start, end)) return false;
  const after = doc.lower.slice(end, end + 12);
  if (FRACTION_AFTER.test(after)) return false;
  const months = documentMonths(doc);
  if (months === 0) return false;
  // Round 81: the first three days of one of the note's own months ("10/2:", "(10/1)" in a note dated 10/06/2026 and
  // 10/19/2026): a month of 6 or more over them is no share of a whole; it must end as a date.
  if (b <= 3 && (months & (1 << a)) === 0) return false;
  const before = doc.lower.slice(Math.max(0, start - 16), start);
  const sameMonth = (months & (1 << a)) !== 0 && b > 12 && !SCORE_WORD_BEFORE.test(before);
  // A note with one full date ("DOB: 11/26/2026"): only a day of its month that ends as a date ("passed 11/27.").
  if ((months & 1) !== 0) return sameMonth && DATE_END_AFTER.test(after);
  if (sameMonth) return true;
  if (!(DATE_END_AFTER.test(after) || /^[ \t]{1,2}\((?![\d.])/.test(after))) return false;
  return !SCORE_BEFORE.test(before);
}

// Month/days that a time after them, a line's head, a cue, a test, an exam or an event dates ("extubated 3/14 @ 1015",
// "3/18: pt asked for", "Fri 3/21", "to screen 3/15."), and the months of a note's ISO dates ("[2101-3-14]"): the months a shift or progress note is written in.
const CUED_MONTH_DAY = /(?<![\d\/.\-])(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?![\d\/])/g;
const ISO_MONTH = /(?<![\d\/.\-])(?:19|20|21)\d{2}-(0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\d\/\-])/g;
const cuedMonths = new WeakMap<DocumentView, number>();

/** Per document: the months (bit m) of its month/days dated by a time, a line's head or a cue, and of its ISO dates. */
function documentCuedMonths(doc: DocumentView): number {
  let months = cuedMonths.get(doc);
  if (months === undefined) {
    months = 0;
    let n = 0;
    CUED_MONTH_DAY.lastIndex = 0;
    for (let m = CUED_MONTH_DAY.exec(doc.text); m && n < 200; m = CUED_MONTH_DAY.exec(doc.text), n++) {
      const a = Number.parseInt(m[1] as string, 10);
      const b = Number.parseInt(m[2] as string, 10);
      // A score's shape (a part over a whole of five or less, out of ten, equal parts) dates nothing: "passed 4/5".
      if (scoreShaped(a, b)) continue;
      const start = m.index;
      const end = start + m[0].length;
      const before = doc.lower.slice(Math.max(0, start - 24), start);
      const after = doc.lower.slice(end, end + 12);
      if (FRACTION_AFTER.test(after)) continue;
      if (TIME_AFTER.test(after) || CUE_RIGHT_BEFORE.test(before) || (DATE_END_AFTER.test(after) && (TEST_BEFORE.test(before) || EXAM_BEFORE.test(before) || EVENT_VERB_BEFORE.test(before))) || WEEKDAY_BEFORE.test(doc.text.slice(Math.max(0, start - 24), start)) || (LINE_HEAD_BEFORE.test(before) && /^:[ \t]/.test(after))) months |= 1 << a;
    }
    ISO_MONTH.lastIndex = 0;
    for (let m = ISO_MONTH.exec(doc.text); m && n < 250; m = ISO_MONTH.exec(doc.text), n++) months |= 1 << Number.parseInt(m[1] as string, 10);
    cuedMonths.set(doc, months);
  }
  return months;
}

/**
 * "last BM 3/12.", "afib 3/13 converted", "s/p drowning 3/15 at ...": in a note that dates another day of the same
 * month by a time, a line's head or a cue, or writes an ISO date in it, a month/day (US order) ending as a date ends
 * is one of its dates, when no score's shape (a day under 5, out of ten, equal parts), score word or measure is by it.
 * A day over 12 need not end as a date ("afib 3/13 converted": no fraction is written so).
 */
function cuedMonthDate(doc: DocumentView, start: number, end: number, a: number, b: number): boolean {
  // Round 81: a day under 5 when the month is 6 or more ("MRI brain 10/2:", "first negative set (10/1)"): a part over
  // a whole is never larger than it, so no score or count is written so.
  if (a < 1 || a > 12 || scoreShaped(a, b)) return false;
  const months = documentCuedMonths(doc);
  if ((months & (1 << a)) === 0) return false;
  if (countedOrScored(doc.lower, start, end)) return false;
  const after = doc.lower.slice(end, end + 12);
  if (!(b > 12 || DATE_END_AFTER.test(after) || /^[ \t]{1,2}\((?![\d.])/.test(after))) return false;
  return !measuresOnLine(doc, start, end);
}

// A pair that no date can be, a zero or a part over a whole past 31 ("saline 0/0", "cat 12/40"): the pairs on its
// line are measures. Not a blood pressure's large over small ("120/80"), which stands beside dates.
// Round 166: a part of 31 or less only: two readings both past 31 ("TcPO2 38/42") are a pair of values, as a blood
// pressure's are, and say nothing of the line's other pairs.
const IMPOSSIBLE_PAIR = /(?<![\d\/.])(?:0\d{0,2}\/\d{1,3}|\d{1,3}\/0|(?:[12]?\d|3[01])\/(?:3[2-9]|[4-9]\d|\d{3}))(?![\d\/])/y;
/** Per document: where its impossible pairs start, in text order (found once, when a bare month/day first asks). */
const impossiblePairs = new WeakMap<DocumentView, number[]>();
/** How far from a month/day on its line such a pair is looked for. */
const MEASURE_REACH = 160;

/** Skin-test wheals and flares, counts: a pair no date can be on the month/day's line, within MEASURE_REACH of it. */
function measuresOnLine(doc: DocumentView, start: number, end: number, ignore?: (at: number) => boolean): boolean {
  let pairs = impossiblePairs.get(doc);
  if (pairs === undefined) {
    const found: number[] = [];
    // Every match opens a run of digits: tried at the runs only, as a scan of the text would find them.
    matchesAtDigitRuns(doc, IMPOSSIBLE_PAIR, (m) => found.push(m.index) > 0);
    impossiblePairs.set(doc, (pairs = found));
  }
  if (pairs.length === 0) return false;
  // The first pair at or after start - MEASURE_REACH (binary search), then the few up to end + MEASURE_REACH.
  let lo = 0;
  let hi = pairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((pairs[mid] as number) < start - MEASURE_REACH) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < pairs.length && (pairs[k] as number) < end + MEASURE_REACH; k++) {
    const p = pairs[k] as number;
    if (ignore !== undefined && ignore(p)) continue;
    const gap = p < start ? doc.text.slice(p, start) : doc.text.slice(end, p);
    if (!gap.includes('\n')) return true;
  }
  return false;
}

// "her 9/14 visit", "his 11/14 ER visit", "the 6/20 return to the OR": a possessive or "the", the month/day, then
// the encounter it dates (not "her 1/2 dose", "the 3/4 tabs": no encounter word follows those).
// Round 71: a pharmacy's events too, "her 6/3 shipment", "the 7/22 delivery", "his 5/30 pickup".
// Round 77: a quality meeting's day, as reviewers cite their cases: "the 4/9 M&M", "the 6/17 safety huddle", "our 2/8 tumor board".
const ATTRIBUTIVE_BEFORE = /(?:^|[^a-z])(?:her|his|their|my|your|our|the)[ \t]{1,2}$/;
const ENCOUNTER_AFTER =
  /^[ \t]{1,2}(?:(?:er|ed|clinic|office|video|phone|telehealth|follow[ \-]?up|f\/u|pre-?op|post-?op|well|annual|prenatal|infusion|lab|quality|safety|surgery|surgical|morbidity|case|staff|team)[ \t]{1,2})?(?:visit|appt|appointment|admission|readmission|surgery|procedure|colonoscopy|endoscopy|mammogram|labs|biopsy|scan|mri|echo|infusion|injection|return|discharge|encounter|consult|call|bill|refill|shipment|delivery|pickup|pick-up|ultrasound|x-?ray|ct[ \t]scan|m&m|huddle|conference(?![ \t]rooms?)|tumou?r[ \t]board)(?![a-z\-])/;
// "from 6/2 to 6/9", "between 3/1 and 3/14": the second month/day of a range whose first one a cue dates.
const RANGE_END_BEFORE = /(?:^|[^a-z])(?:from|between)[ \t]{1,2}\d{1,2}\/\d{1,2}[ \t]{1,2}(?:to|and|through|thru|until|till)[ \t]{1,2}$/;
/** Round 49: "through", "to" or "until" and a month/day/year after a month/day: the range's first day. */
const RANGE_TO_FULL_DATE_AFTER = /^[ \t]{1,2}(?:through|thru|to|until|till)[ \t]{1,2}\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?![\d\/])/;
const TIME_PREPOSITION_BEFORE = /(?:^|[^a-z])(?:in|for|by|before|after|until|till|last|since)[ \t]{1,2}$/;
// "pain last 3/10", "score since 4/5": a score's last value, not a date.
const SCORE_THEN_LAST = /(?:pain|score|scored|rated|strength|grade)[ \t:]{0,3}(?:last|since)[ \t]{1,2}$/;
/**
 * "over the last 3/7", "since 2/52": a British count of days, weeks or months (3/7 is three days), not a date.
 * Round 74: the whole of the span too ("over the last 7/7", a week), a course's length after its dose or frequency
 * ("20mg for 4/7", "BD for 3/7") and a review's interval ("review in 9/12", "r/v in 6/52"), as British letters write
 * them ("discharged for 5/7" and "seen in 3/12" keep their dates: a date may follow "for" and "in" too).
 */
const BRITISH_SPAN_BEFORE = /(?:(?:\d[ \t]?(?:mg|mcg|g|ml)|\b(?:od|bd|tds|qds|nocte|daily|prn))[ \t]{1,2}for|\b(?:review|r\/v|rv|f\/u|fu|follow[ \-]?up|reassess|repeat)[ \t]{1,2}in)[ \t]{1,2}$/;
const lastDuration = (lower: string, start: number, a: number, b: number): boolean => (b === 7 || b === 12 || b === 52) && a <= b &&
  (/(?:last|since)[ \t]{1,2}$/.test(lower.slice(Math.max(0, start - 8), start)) || BRITISH_SPAN_BEFORE.test(lower.slice(Math.max(0, start - 24), start)));
// Counted things after a fraction: "2/3 bottles", "8/12 sessions", "3/4 cores" (round 81: a cath's "2/3 vessels").
const SALINE_AFTER = /^[ \t]{0,2}(?:ns|nss|normal[ \t]saline)\b/;

/** An en dash or a hyphen (the separators of a range of days). */
const isDash = (c: number): boolean => c === 45 || c === 8211;
/** Whether a line feed stands in the `span` characters before `start` (read in place, no slice). */
function lineFeedWithin(text: string, start: number, span: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - span; i--) if (text.charCodeAt(i) === 10) return true;
  return false;
}
/** Whether an "n" follows `end` after at most two blanks: SALINE_AFTER's first letter. */
function letterNAfterBlanks(lower: string, end: number): boolean {
  let i = end;
  while (i < end + 2 && isBlank(charAt(lower, i))) i++;
  return charAt(lower, i) === 110;
}
/**
 * The lead (twenty-first session): a month and a day past the 12th that no cue dated ("Started abx 11/28 x 7d", "PCP
 * f/u (~12/17)"). No fraction a note writes has that shape unless a score, a count or a setting says so: a score's or
 * a setting's word before it ("GCS 8/15", "PHQ-9 11/27", "BiPAP 12/16"), a number right before it (a table of
 * counts), or a counted thing after it ("12/14 cores"). "x" and a number after it are a course's length, not a product.
 */
function bareMonthDay(doc: DocumentView, start: number, end: number, a: number, b: number): boolean {
  if (!(a >= 1 && a <= 12 && b > 12 && b <= 31)) return false;
  const near = undatedDayNear(doc, start, end);
  if (near === undefined) return false;
  if (!EVENT_LABEL_BEFORE.test(near) && SCORE_WORD_BEFORE.test(near.slice(-24))) return false;
  if (!SETTING_EVENT_BEFORE.test(near) && SCORE_OR_SETTING_BEFORE.test(near)) return false;
  return !countedAfterUndatedDay(doc, start, end, false);
}
/**
 * Round 166: what makes a number or a count's word before an undated month/day a label of the day, not a count: a
 * cycle's or a treatment day's label ("C2 11/17", "cycle 3 12/1", "D8 11/24") and a dose named by its amount or its
 * place ("1/2 dose 11/30", "full dose 12/1", "2nd dose 11/20"), not "dose 3/14" or "day 11/30" (counts).
 */
const EVENT_LABEL_BEFORE = /(?:^|[^a-z\d\/])(?:(?:c|cyc|cycle|d|tx|inf|infusion)[ \t#]?\d{1,2}[ \t]{1,2}|(?:\d\/\d|half|full|double|extra|missed|make-?up|loading|booster|single|next|first|\d(?:st|nd|rd|th))[ \t]{1,2}dose[ \t:]{1,2})$/;
/**
 * Round 166: an event of a setting's machine between its word and the day ("CPAP set-up 10/28", "BiPAP delivered
 * 11/14", "CPAP download 12/15"): the day is the event's, not a setting's pressure pair.
 */
const SETTING_EVENT_BEFORE = /(?:^|[^a-z])(?:set-?up|setup|delivered|delivery|issued|dispensed|download(?:ed)?|fitted|refit|returned|picked[ \t]up)[ \t:]{1,2}(?:on[ \t]{1,2})?$/;
/**
 * The 32 characters before a month/day that stands where bareMonthDay and improperMonthDay read one: after a blank,
 * a line's start, "(" or "~", ending as a date ends, and outside a table's cell (pipeCellDay reads those by their
 * column's head); undefined otherwise.
 */
function undatedDayNear(doc: DocumentView, start: number, end: number): string | undefined {
  let before = start > 0 ? doc.text.charCodeAt(start - 1) : 10;
  // Round 168: markdown's emphasis around the day, as a model heads a list's item with it ("1. **3/2** — ED visit",
  // "- *12/4*: CT"): read what stands outside the asterisks.
  const emphasis = before === 42 ? (doc.text.charCodeAt(start - 2) === 42 ? 2 : 1) : 0;
  if (emphasis > 0) before = start - emphasis > 0 ? doc.text.charCodeAt(start - emphasis - 1) : 10;
  if (!(isBlank(before) || before === 10 || before === 40 || before === 126)) return undefined;
  if (emphasis > 0 ? !EMPHASIS_CLOSE_AFTER.test(doc.text.slice(end, end + 4 + emphasis)) : !BARE_DAY_END_AFTER.test(doc.text.slice(end, end + 3))) return undefined;
  const lower = doc.lower;
  // Round 168: a day closing a cell after the cell's words is read as in prose ("| DKA resolving, off drip 12/2 |", a
  // model's handoff table); one opening its cell is its column's.
  if (/\|[ \t]*$/.test(lower.slice(Math.max(0, start - 4), start)) || (/^[ \t]*\|/.test(lower.slice(end, end + 4)) && !WORDS_IN_CELL_BEFORE.test(lower.slice(Math.max(0, start - 24), start)))) return undefined;
  return lower.slice(Math.max(0, start - 32), start);
}
/**
 * Whether what follows such a month/day makes it a count, a rate or (with `units`) a measure, or its line is one of
 * measures ("histamine 6/22, ... cat 12/40" holds a pair no date can be); "x 7d" after it is a course's length.
 */
function countedAfterUndatedDay(doc: DocumentView, start: number, end: number, units: boolean): boolean {
  const after = doc.lower.slice(end, end + 16);
  if (COURSE_LENGTH_AFTER.test(after)) return false;
  return FRACTION_AFTER.test(after) || PER_TIME_AFTER.test(after) || COUNTED_PLURAL_AFTER.test(after) || (units && MEASURE_UNIT_AFTER.test(after)) || measuresOnLine(doc, start, end, (at) => countedPairAt(doc, at));
}
/**
 * Round 166: a pair no date can be that counts things ("0/4 items", "0/3 cultures"): a count of its own, which makes
 * no other pair on its line a measure.
 */
function countedPairAt(doc: DocumentView, at: number): boolean {
  let i = at;
  const lim = Math.min(doc.text.length, at + 8);
  while (i < lim && (isDigit(doc.text.charCodeAt(i)) || doc.text.charCodeAt(i) === 47)) i++;
  const after = doc.lower.slice(i, i + 16);
  return FRACTION_AFTER.test(after) || COUNTED_PLURAL_AFTER.test(after);
}
/**
 * Round 164: a month over a smaller day, both 12 or less ("Called again 11/4 - left VM", "12/2  60 mL", "Tx 12/3:"):
 * no score, share or count is larger than its whole, so only a setting (BiPAP 12/6, PEEP 10/5, PS 12/5), a pair of
 * sides or readings (pupils 4/3, reflexes 3/2, Apgars 9/8, IOP 12/11) or a measure's unit writes that shape. Gated
 * as bareMonthDay is, with those settings' and readings' words before it and a unit after it.
 */
function improperMonthDay(doc: DocumentView, start: number, end: number, a: number, b: number): boolean {
  if (!(a >= 2 && a <= 12 && b >= 1 && b < a)) return false;
  const near = undatedDayNear(doc, start, end);
  // A count's word ("day", "dose", "cycle") cannot hold a larger part than its whole; a score's word and a number can.
  if (near === undefined || (!EVENT_LABEL_BEFORE.test(near) && IMPROPER_SCORE_BEFORE.test(near.slice(-24)))) return false;
  if (!SETTING_EVENT_BEFORE.test(near) && (SCORE_OR_SETTING_BEFORE.test(near) || PAIRED_READING_BEFORE.test(near))) return false;
  return !countedAfterUndatedDay(doc, start, end, true);
}
/**
 * Round 166: a proper month/day ("11/12") in a list of one month's days, in order, whose neighbour (the next or the
 * one before, through up to five items) is a bare or an improper month/day ("11/10 A, 11/12 P, 11/17 P"; "Attended
 * 11/3 P, 11/5 P, 11/12 P"): a list of scores shares no numerator in rising order with a day past the 12th or one over
 * a smaller day. Gated as those shapes are ("PHQ 5/9, 5/27" stays, as its 5/27 does).
 */
function listedMonthDay(doc: DocumentView, start: number, end: number, a: number, b: number): boolean {
  if (!(a >= 1 && a <= 12 && b >= a && b <= 12)) return false;
  const near = undatedDayNear(doc, start, end);
  if (near === undefined || SCORE_WORD_BEFORE.test(near.slice(-24)) || SCORE_OR_SETTING_BEFORE.test(near) || PAIRED_READING_BEFORE.test(near)) return false;
  if (countedAfterUndatedDay(doc, start, end, true)) return false;
  // Forward: the next items, each of the same month and a later day.
  let e = end;
  let day = b;
  for (let k = 0; k < 5; k++) {
    const m = LISTED_DAY_AFTER.exec(doc.text.slice(e, e + 16));
    if (m === null || Number(m[1]) !== a || Number(m[2]) <= day) break;
    const s2 = e + m[0].length - (m[1] as string).length - (m[2] as string).length - 1;
    e += m[0].length;
    day = Number(m[2]);
    if (bareMonthDay(doc, s2, e, a, day) || improperMonthDay(doc, s2, e, a, day)) return true;
  }
  // Backward: the items before, each of the same month and an earlier day.
  let s = start;
  day = b;
  for (let k = 0; k < 5; k++) {
    const m = LISTED_DAY_BEFORE.exec(doc.text.slice(Math.max(0, s - 16), s));
    if (m === null || Number(m[1]) !== a || Number(m[2]) >= day) break;
    s -= m[0].length;
    day = Number(m[2]);
    const e2 = s + (m[1] as string).length + 1 + (m[2] as string).length;
    if (bareMonthDay(doc, s, e2, a, day) || improperMonthDay(doc, s, e2, a, day)) return true;
  }
  return false;
}
/** The next item of a list of days: a short mark ("A", "P", "x"), a comma or semicolon, the month/day. */
const LISTED_DAY_AFTER = /^(?:[ \t]{1,2}[A-Za-z]{1,3})?[ \t]{0,2}[,;][ \t]{0,2}(\d{1,2})\/(\d{1,2})(?![\d\/])/;
const LISTED_DAY_BEFORE = /(?<![\d\/.])(\d{1,2})\/(\d{1,2})(?:[ \t]{1,2}[A-Za-z]{1,3})?[ \t]{0,2}[,;][ \t]{0,2}$/;
/** SCORE_WORD_BEFORE without the counts' words, which a month over a smaller day cannot be. */
// Round 166: after a colon only a short head's ("R:", "OD:", "RLE:") reads as a reading's; a longer word's colon is a
// label's ("OB visit line: 12/1", "Group attendance: 11/10").
const IMPROPER_SCORE_BEFORE = new RegExp(String.raw`(?:^|[^a-z])(?:adls?|iadls?|pain|strength|str|power|motor|apgars?|reflexes|reflex|clonus|beats|tone|dtrs?|grade|graded|score|scored|scale|rated|ratio|vision|acuity|va|sensation|pulses?|murmur|of|x|×|=|\/|fraction)[ \t:#]{0,3}$|\d[ \t]{0,2}:?[ \t]{0,2}$|(?:^|[^a-z])[a-z]{1,3}:[ \t]{0,2}$|[^a-z\s]:[ \t]{0,2}$`);
/** Round 164: readings of two sides or two settings that put a larger number first (see improperMonthDay). */
const PAIRED_READING_BEFORE = /(?:^|[^a-z])(?:pupils?|perrla?|iop|tonometry|ps|psv|pressure[ \t]support|nippv|niv|avaps|apap|hfnc|flow|rate|bath|dialysate|wheal|flare|histamine|prick|skin[ \t]test|ciwa|cows|flacc|cpot|bps|rom|flexion|extension|grip|pinch|gloves?|size|sizes|gauge|ett|trach|split|ratios?|tanner|weaned|wean|weaning|set|liters?|lpm|leak|hearing|whisper(?:ed)?|diet|fasting|dressings?|g\d|p\d|vs|versus)\b[^\n]{0,20}$/;
/** A measure's unit or a reading's word right after the pair ("4/3 mm", "12/5 cmH2O", "3/2 brisk", "7/3 shift"). */
const MEASURE_UNIT_AFTER = /^[ \t]{0,2}(?:mm|cm|kg|lbs?|mmhg|cmh2o|h2o|mg|mcg|ml|l|units?|u|fr|g|gauge|brisk|sluggish|reactive|nr|deg|degrees|gauze|fasting|whisper(?:ed)?|on[ \t]{1,2}(?:hfnc|bipap|cpap|niv|nippv|the[ \t]vent|vent|ps|psv)|shifts?|split|diet|rotation|schedule|on[ \t]{1,2}\d)\b|^[ \t]{0,2}°/;
/** "2/24 h", "3/16 min": so many per a span of time. */
const PER_TIME_AFTER = /^[ \t]{0,2}(?:h|hr|min|mins|d|wk|mo)\b/;
/** "5/28 readings", "10/19 tubes": a count of plural things (a day's "labs", "vitals", "notes" or "orders" stay dates). */
const COUNTED_PLURAL_AFTER = /^[ \t]{1,2}(?!(?:labs|vitals|notes|orders|meds|results|films|images|records)\b)[a-z]{2,}s\b/;
/** Where a bare month/day may end: the text's or the line's end, a blank, a stop, a comma, a bracket. */
const BARE_DAY_END_AFTER = /^(?:$|[ \t\r\n,;:)\]]|\.(?!\d))/;
/** Round 168: two words of the cell before a day that closes it, with no pipe between ("off drip 12/2 |"). */
const WORDS_IN_CELL_BEFORE = /[a-z]{2,}[^|\n\d]{0,6}[a-z]{2,}[ \t]{1,2}$/;
/** Round 168: the emphasis closing right after the day, then where a bare day may end ("**3/2** —", "**12/4**:"). */
const EMPHASIS_CLOSE_AFTER = /^\*{1,2}(?:$|[ \t\r\n,;:)\]]|\.(?!\d))/;
/** Scores and settings written as a part over a whole (see bareMonthDay). */
const SCORE_OR_SETTING_BEFORE = /(?:^|[^a-z])(?:gcs|phq-?\d{0,2}|gad-?\d?|audit(?:-c)?|cam(?:-icu)?|rass|nihss|mmse|moca|slums|sbt|tanner|bipap|cpap|ipap|epap|peep|simv|prvc|vent|settings?|fio2|i:e|ratio|passed|correct|recalled?|named|items?|cores?|nodes?|score[ds]?|total)\b[^\n]{0,20}$/;
/** "x 7d", "x7 days", "x 2 wks": a course's length after its first day. */
const COURSE_LENGTH_AFTER = /^[ \t]{0,2}x[ \t]?\d/;
/** A birthday's nearness after an age (see age-over-89-birthday): "next week", "tomorrow", "on her birthday". */
const BIRTHDAY_NEAR_AFTER = /^[ \t]{1,2}(?:(?:next|this)[ \t]{1,2}(?:week|month|year|spring|summer|fall|autumn|winter)\b|tomorrow\b|on[ \t]{1,2}(?:my|his|her|their)[ \t]{1,2}(?:birthday|bday)\b)/;
const INCHES_AFTER = /^[ \t]{0,2}in\b/;
/** A part over a whole that a ruler measures in: a proper fraction of halves to 32nds ("3/4 in", not "12/4 in"). */
const inchFraction = (a: number, b: number): boolean => a < b && (b === 2 || b === 4 || b === 8 || b === 16 || b === 32);
const FRACTION_AFTER = /^[ \t]{0,2}(?:of\b|%|x\b|times\b|cases?\b|patients?\b|pts?\b|tabs?\b|tablets?\b|caps?\b|doses?\b|hours?\b|hrs?\b|days?\b|weeks?\b|wks?\b|months?\b|mos?\b|years?\b|yrs?\b|inch|in\b|cm\b|cups?\b|strength|view|ratio|bottles?\b|sets?\b|samples?\b|specimens?\b|cultures?\b|sessions?\b|trials?\b|attempts?\b|items?\b|criteria\b|cores?\b|nodes?\b|slides?\b|lobes?\b|visits?\b|questions?\b|points?\b|vessels?\b|grafts?\b|lesions?\b)/;

/** Month 1-12 and day 1-31 in either order (US m/d and international d/m). */
function plausibleDayMonth(a: number, b: number): boolean {
  return (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31);
}

function numericParts(v: string): number[] {
  return v.split(/[\/.\-]/).map((p) => Number.parseInt(p, 10));
}

const MAY_AS_VERB = /^may$/;
/** Months written in full that are no other English word, read in lower case after a preposition of time (round 69). */
const LOWER_MONTH_ALONE: ReadonlySet<string> = new Set(['january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** "9 May" or "20 MAR" written as a date: the month capitalised, after a date cue or before the clause's end. */
function dayMonthAlone(v: string, doc: DocumentView, start: number): boolean {
  if (!/[ \t](?:May|MAY|Mar|MAR)$/.test(v)) return false;
  return CLAUSE_END_AFTER.test(doc.text.slice(start + v.length, start + v.length + 3)) || contextBefore(doc.lower, start, DATE_CUES, 16) !== undefined;
}
const CLAUSE_END_AFTER = /^(?:[ \t]?[,;)\]]|\.(?!\d)|[ \t]*\r?\n|$)/;

// A claim form's boxed dates (date-form-boxes): the other end of a from-to range, or a date word before.
const FORM_BOX_RANGE_AFTER = /^[ \t]{1,2}(?:-|to|thru)[ \t]{1,2}(?:0[1-9]|1[0-2]) (?:0[1-9]|[12]\d|3[01]) \d{2}/;
const FORM_BOX_RANGE_BEFORE = /(?:0[1-9]|1[0-2]) (?:0[1-9]|[12]\d|3[01]) \d{2,4}[ \t]{1,2}(?:-|to|thru)[ \t]{1,2}$/;
const FORM_BOX_CUE_BEFORE = /(?:date|dob|birth|birthdate|dos|from|thru|through|illness|injury|onset|accident|admitted|discharged|signed)[ \t]{0,2}(?:[:#]|\(?(?:mm dd yy(?:yy)?|qual[ \t]\d{3})\)?)?[ \t]{0,3}$/;
// A UB-04's MMDDYY (date-form-mmddyy): a date word right before, or an occurrence field and its two-digit code.
const FORM_MMDDYY_CUE_BEFORE = /(?:(?:date|dob|birthdate|period|thru|through|from|dos)[ \t]{0,2}:?|occurrence(?:[ \t]code)?[ \t]{0,2}:?[ \t]{1,3}\d{2})[ \t]{1,3}$/;

/**
 * A month/day after a weekday, "next <noun>" or a test result ("Fri 11/28", "Tues (11/5)", "Next group 12/1", "GBS neg 11/3"),
 * ending where a date ends (not "5/5 strength", "neg 2/3 cultures"). The character before the blank gates it.
 */
function noCueDate(text: string, lower: string, start: number, end: number, a: number, b: number): boolean {
  const c = lower.charCodeAt(start - 2);
  // "el martes 24/11 a las 17:30": a weekday named in another language, unless an amount follows.
  if ((c > 127 || (c >= 97 && c <= 122)) && !(a === 1 && b === 2) && foreignWeekdayBefore(lower, start) && !FRACTION_AFTER.test(lower.slice(end, end + 12))) return true;
  if (c === 32 && lower.charCodeAt(start - 1) === 40 && lower.charCodeAt(end) === 41 && WEEKDAY_PAREN_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true;
  // Round 52: "headache yesterday evening, 11/29", "vision loss this morning (11/30)": a relative day, then its calendar
  // day after a comma or in brackets; not a score out of 5, 10 or 15 ("pain today, 7/10", "strength today, 4/5",
  // "GCS last night (3/15)") nor a small fraction.
  if ((c === 44 || (c === 32 && lower.charCodeAt(start - 1) === 40 && lower.charCodeAt(end) === 41)) && b > 5 && b !== 10 &&
    RELATIVE_DAY_BEFORE.test(lower.slice(Math.max(0, start - 28), start)) && DATE_END_AFTER.test(lower.slice(end, end + 12)) &&
    !RELATIVE_DAY_SCORE_BEFORE.test(lower.slice(Math.max(0, start - 40), start))) return true;
  if (start < 3 || !((c >= 97 && c <= 122) || c === 44 || c === 46)) return false;
  // Round 68: a staff message's "INR yesterday 10/22 read 3.4", "echo tmrw 12/8": the relative day and its
  // calendar day after one blank, whatever word follows, unless it is counted ("today 2/6 bottles") or a score's
  // ("pain today 7/10", "strength today 4/5": no share of five or less, no part of ten).
  if (c >= 97 && lower.charCodeAt(start - 1) === 32 && !(a <= b && b <= 5) && b !== 10 && RELATIVE_DAY_BLANK_BEFORE.test(lower.slice(Math.max(0, start - 12), start)) &&
    !FRACTION_AFTER.test(lower.slice(end, end + 12)) && !RELATIVE_DAY_SCORE_BEFORE.test(lower.slice(Math.max(0, start - 40), start))) return true;
  // "admitted Sat 10/19 for DKA": after a weekday the day is named whatever word follows, unless counted things do
  // ("Fri 2/3 doses").
  // After a weekday "in" is a preposition, never inches ("Seen Thu 12/4 in clinic").
  if (WEEKDAY_BEFORE.test(text.slice(Math.max(0, start - 24), start))) {
    const after = lower.slice(end, end + 12);
    return !FRACTION_AFTER.test(after) || INCHES_AFTER.test(after);
  }
  if (!DATE_END_AFTER.test(lower.slice(end, end + 12))) return false;
  // A fraction has a part over a larger whole ("pos 1/2", "2/2"): without a weekday only other shapes count.
  if (a <= b && (b < 5 || a === b)) return false;
  const lb = lower.slice(Math.max(0, start - 24), start);
  if (NEXT_NOUN_BEFORE.test(lb) || RESULT_BEFORE.test(lb) || SPAN_OF_BEFORE.test(lb)) return true;
  if (b === 10) return false;
  const last = LAST_NOUN_BEFORE.exec(lb);
  return last !== null && (b > 12 || !SCORE_WORD_BEFORE.test(`${last[1]} `));
}

/** A month/day after a clock ("dose moved to 02:00 12/1."), ending as a date ends, of no score's or share's shape. */
function clockDate(lower: string, start: number, end: number, a: number, b: number): boolean {
  if (b === 10 || (a <= b && b <= 5) || !isDigit(lower.charCodeAt(start - 2))) return false;
  const after = lower.slice(end, end + 12);
  return DATE_END_AFTER.test(after) && !FRACTION_AFTER.test(after) && CLOCK_BEFORE.test(lower.slice(Math.max(0, start - 12), start));
}

/**
 * Round 58: a staff message's heading dated by month/day: "Huddle 0645 12/4 3W", "Pharmacy queue — 1530
 * 12/4", "Bed board 12/6", "Staffing — nights 12/5", "Vocera log 12/3". A heading word within the line's first 32
 * characters, no digit before it; a 24-hour clock right before the day takes any month/day ending as a date or before
 * a unit ("3W"), without one the day must be over 5 and not 10 and the line end or a clock follow; "Census 26/32",
 * "huddle: falls 3/4 units" stay.
 */
function staffHeadingDate(lower: string, start: number, end: number, a: number, b: number): boolean {
  const before = lower.slice(Math.max(0, start - 56), start);
  const m = STAFF_HEADING_BEFORE.exec(before);
  if (m === null || FRACTION_AFTER.test(lower.slice(end, end + 12))) return false;
  if (m[1] !== undefined) return DATE_END_AFTER.test(lower.slice(end, end + 12)) || /^[ \t]\d{1,2}[a-z]{1,2}\b/.test(lower.slice(end, end + 6));
  return b !== 10 && !(a <= b && b <= 5) && (/^(?:[ \t]*(?:\r?\n|$)|[ \t]{1,2}(?:[01]\d|2[0-3])[0-5]\d(?![\d:\/.]))/.test(lower.slice(end, end + 8)) || HEADING_DAY_NEXT.test(lower.slice(end, end + 4)));
}
// Round 103: and a board's "text updates", a dispatch log's and a swap list's heading ("OR BOARD TEXT UPDATES 11/26",
// "TRANSPORT DISPATCH 11/28").
/** Round 103: a verb of trading shifts right before a month/day: "swapping ", "picking up ", "takes her ", "cover ". */
/**
 * Round 119: a month-day a few words after its cue, as texts and sticky notes write it: a visit's or a test's noun and
 * "is"/"was" ("next INR is 8/19", "eye appt is 4-27", "warfarin clinic next is 9/8"), or what is ready or aimed at
 * ("refill ready 7/6", "d/c goal 2/17"). The fraction guards still apply ("ready 1/2 tab" stays).
 */
/**
 * Round 170: a test's or a visit's noun, then "was"/"is" ("his last PFT was 9/9", "echo is 12/4"), read as
 * COPULA_DAY_CUE_BEFORE is but with no score's or share's shape ("MRI was 3/4 positive" stays).
 */
const TEST_COPULA_BEFORE = /(?:^|[^a-z])(?:pfts?|mri|cxr|echo|ekg|ecg|eeg|egd|colonoscopy|mammo(?:gram)?|dexa|ultrasound|x-?ray|physical|check-?up|infusion)[ \t]{1,2}(?:is|was|will[ \t]be)(?:[ \t]{1,2}on)?[ \t]{1,2}$/;
/** Round 170: a reply's opening word right before a day ("Yes ", "ok, ", "Sure - "). */
const REPLY_WORD_BEFORE = /(?:^|[^a-z])(?:yes|yeah|yep|yup|ok|okay|sure|great|perfect)[,!.]?[ \t\-–]{1,3}$/;
/** Round 170: agreement right after a day ("12/8 works", "is fine", "would work", "sounds good"). */
const DAY_AGREED_AFTER = /^[ \t]{1,2}(?:works|would[ \t]{1,2}work|is[ \t]{1,2}(?:good|fine|perfect|great|better)|sounds[ \t]{1,2}(?:good|great))\b/;
export const COPULA_DAY_CUE_BEFORE = /(?:^|[^a-z])(?:(?:next|appt|appointment|visit|clinic|inr|labs?|bloodwork|surgery|procedure|recital|party|bday|birthday|mtg|meeting)(?:[ \t]{1,2}[a-z\/]{2,12})?[ \t]{1,2}(?:is|was|will[ \t]be)(?:[ \t]{1,2}on)?|ready|d\/c[ \t]{1,2}goal|goal[ \t]{1,2}d\/c)[ \t]{1,2}$/;
/**
 * Round 119: a month-day right after a chat's speaker label ("Odile: 6/28 works", "tom b: 9-7 ok?", "2/9/26, 7:41 PM
 * - Odette: 6/28 or ..."): the label opens two lines or more of the text (a thread, not a form's "Pain: 4/10") and is no
 * common word unless a listed given name; a score's or a share's shape (b 10, a over b up to 5) stays.
 */
const SPEAKER_LABEL_BEFORE = /(?:^|\n|[\]\-–][ \t])[ \t]{0,2}([A-Za-z]{2,15}(?:[._][A-Za-z]{1,2}|[ \t][A-Za-z]\.?)?):[ \t]{1,2}$/;
export function speakerLabelDay(doc: DocumentView, start: number, a: number, b: number): boolean {
  if (b === 10 || (a <= b && b <= 5) || a > 12 || doc.text.charCodeAt(start - 2) !== 58 && doc.text.charCodeAt(start - 3) !== 58) return false;
  const m = SPEAKER_LABEL_BEFORE.exec(doc.text.slice(Math.max(0, start - 40), start));
  if (m === null) return false;
  const label = m[1] as string;
  const head = (/^[A-Za-z]+/.exec(label) as RegExpExecArray)[0].toLowerCase();
  if (doc.dict.commonWords.has(head) && !doc.dict.firstNames.has(head)) return false;
  // Two lines or more open with the label, or the thread mentions it too ("@rquinlan can you" ... "rquinlan: 8/26 yes").
  let n = doc.text.includes(`@${label}`) ? 1 : 0;
  for (let at = doc.text.indexOf(`${label}:`); at >= 0 && n < 2; at = doc.text.indexOf(`${label}:`, at + 1)) {
    const c = doc.text.charCodeAt(at - 1);
    if (at === 0 || c === 10 || c === 32 || c === 9) n++;
  }
  return n >= 2;
}
const SHIFT_SWAP_BEFORE = /(?<![a-z])(?:swap(?:ping|ped|s)?|trad(?:e|ing)|picking[ \t]up|pick[ \t]up|picked[ \t]up|takes?[ \t](?:her|his|my|your|their)|cover(?:ing|s)?|work(?:ing|s)?)[ \t]{1,2}$/;
// Round 160: and a caseload's, a request list's or a call list's heading ("REHAB CASELOAD — 12/3 —", "TODAY'S REQUESTS
// 12/3 —", "FAMILY UPDATE CALL LIST — 12/3 (day shift"), a unit's code may open the line ("5C FAMILY ...").
const STAFF_HEADING_BEFORE = /(?:^|\n)(?:[1-9][a-z]{1,2}[ \t])?[^\n\d]{0,48}(?<![a-z])(?:huddle|sign-?out|hand-?off|board|queue|log|call-?outs?|assignments?|staffing|nights|days|debrief|chat|census|handover|updates|dispatch|swaps?|caseload|requests|worklist|roster|call[ \t]list)(?![a-z])[^\n\d]{0,12}((?:[01]\d|2[0-3])[0-5]\d[ \t]{1,2})?$/;
/** Round 160: what closes a heading's day besides the line's end: a dash before the next field, or a bracket ("— 12/3 — PT:", "log 12/3 (diet clerk"). */
const HEADING_DAY_NEXT = /^[ \t]{1,2}(?:[—–\-][ \t]|\((?!\d))/;

// "on the 12th;", "Monday the 3rd": a day of the month alone. Not "on the 3rd attempt", "the 3rd, 4th and 5th digits".
/** A day ordinal's suffix is a word token of its own ("12th": "12" is a digit run, "th" a word). */
const DAY_ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th'];
// Round 61: or a text's short weekday: "wed the 17th", "thurs the 2nd", "sat the 23rd".
const ORDINAL_WEEKDAY_BEFORE = /(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?<![a-z])(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?),?[ \t]{1,2}the[ \t]{1,2}$/;
// Round 69: a weekday written in full right before the ordinal, without "the" ("on Wednesday 11th.", "until monday
// 9th."), ending the clause as date-ordinal-day's other cues do; not "Monday 3rd floor".
const ORDINAL_WEEKDAY_BARE_BEFORE = /(?:^|[^a-z])(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]{1,2}$/;
// Round 97: a day put off or brought forward ("pushed to the 20th.", "moved to the 16th", "rescheduled to the 9th") and
// a day bounding another ("after the fifteenth?", "before the 3rd."), as texts and voicemails say them; ORDINAL_END_AFTER
// still closes the clause, so "moved to the 4th floor", "after the 3rd dose" stay.
// Round 112: a day booked ("scheduled for the twenty sixth but") and a day something recurred ("fell on the 4th and
// then again the 11th it was worse"); ORDINAL_END_AFTER still closes the clause ("then again the 2nd dose" stays).
// Round 140: a day asked about ("was it the 29th?", "is it the 3rd or the 4th?").
// Round 141: a day said again as a correction ("no, the 29th i think", "actually the 3rd").
// Round 164: an event's day after its verb ("discharged the 5th", "ortho consult the 29th", "seen the 3rd.");
// ORDINAL_END_AFTER still closes the clause ("seen the 3rd time", "called the 2nd number" stay).
// Round 108: a shift or a day held or given up, as staff chat writes it ("Dana has the 10th but", "but not the 4th.",
// "we're off the 23rd"); ORDINAL_END_AFTER still closes the clause ("has the 3rd floor", "off the 2nd step" stay).
// Round 168: and an event's label and its colon, markdown's bold closing it ("**Discharge:** the 15th").
const ORDINAL_CUE_BEFORE = /(?:^|[^a-z])(?:(?:was|is|wasn['’]?t|isn['’]?t)[ \t]{1,2}it|on|since|between|until|till|til|by|from|around|starting|through|after|before|has|have|had|off|(?:but|and|or)[ \t]{1,2}not|(?:moved|pushed|bumped|changed|switched|rescheduled|postponed|delayed)(?:[ \t]{1,2}(?:it|back|up))?[ \t]{1,2}to|(?:scheduled|booked|set|planned)[ \t]{1,2}for|(?:i['’]d|i[ \t]{1,2}would|i['’]ll|let['’]s|we['’]ll)[ \t]{1,2}(?:pick|take|choose|prefer|go[ \t]{1,2}with)|(?:then|and)[ \t]{1,2}again|again[ \t]{1,2}on|no,|nope,|no[ \t]{1,2}it['’]?s|actually|discharged|admitted|readmitted|transferred|consult|consulted|seen|called|delivered|extubated|intubated|operated|(?:discharge|admission|admit|surgery|procedure|follow[ \-]?up|visit|appointment|appt|due)[ \t]{0,2}:(?:\*\*)?)[ \t]{1,2}the[ \t]{1,2}$/;
/**
 * Round 55: a stay's or a course's last day after its first with a month ("her stay was July ninth to the fifteenth",
 * "March 3rd through the 9th"): the month before the range's "to the" makes the ordinal a day, as "on the" does.
 */
const MONTH_RANGE_TO_THE = new RegExp(`\\b${MONTH}\\.?[ \\t]{1,2}(?:\\d{1,2}${ORD}|${ORDINAL_WORD})[ \\t]{1,2}(?:to|through|thru|till|until|-)[ \\t]{1,2}the[ \\t]{1,2}$`);
/** A day's ordinal at `start` has its cue before it: "on the", "since the", or a month's range (see MONTH_RANGE_TO_THE). */
function ordinalCueAt(doc: DocumentView, start: number): boolean {
  return ORDINAL_CUE_BEFORE.test(doc.lower.slice(Math.max(0, start - 24), start)) || MONTH_RANGE_TO_THE.test(doc.lower.slice(Math.max(0, start - 48), start)) ||
    MOVED_OBJECT_TO_THE.test(doc.lower.slice(Math.max(0, start - 64), start));
}
/** Round 166: a moved appointment named between the verb and "to the" ("moved his appt to the 18th"). */
const MOVED_OBJECT_TO_THE = /(?:^|[^a-z])(?:moved|pushed|bumped|changed|switched|rescheduled|postponed|delayed)[ \t]{1,2}(?:his|her|my|their|your|our|the)[ \t]{1,2}(?:(?:follow[ \-]?up|f\/u|clinic|office|mri|ct|pt|ot)[ \t]{1,2})?(?:appt|appointment|visit|surgery|procedure|f\/u|follow[ \-]?up|infusion|session|scan|mri|cath|scope|colonoscopy|eval|evaluation|consult|class)[ \t]{1,2}(?:back[ \t]{1,2}|up[ \t]{1,2})?to[ \t]{1,2}the[ \t]{1,2}$/;
/**
 * Round 166: an admission's or a discharge's day, then where the patient went or came from ("discharged the 5th to
 * Cedar Ridge Rehab", "transferred the 2nd from St. Luke's"): ORDINAL_END_AFTER is shared and "to" closes no other
 * clause ("the 3rd to 5th ribs", "the 2nd to last"). Read on the text as written: a capitalised place or a place's word.
 */
const MOVE_ORDINAL_BEFORE = /(?:^|[^a-z])(?:discharged|admitted|readmitted|transferred|transfered)[ \t]{1,2}the[ \t]{1,2}$/;
const TO_PLACE_AFTER = /^[ \t]{1,2}(?:to|from|into)[ \t]{1,2}(?:[A-Z](?!\d)|(?:home|rehab|snf|hospice|ltach|ltc|acute|inpatient|assisted|nursing|skilled|(?:a|an|the|her|his)[ \t]{1,2}(?:snf|rehab|nursing|skilled|group|memory|ltach|hospice|facility|home))\b)/;
/**
 * Round 108: two days of the month as a range ("from the 9th to the 16th.", "off the 23rd thru the 27th,"): the first
 * has its cue, the second ends the clause, and each is read as the other's ("from the 3rd to the 5th rib" stays).
 */
// Round 140: or a choice of two days, "or" and the second with no "the" ("was it the 29th or 30th?").
const ORDINAL_RANGE_AFTER = /^[ \t]{1,2}(?:(?:to|thru|through|till|until|and)[ \t]{1,2}the|or(?:[ \t]{1,2}the)?)[ \t]{1,2}\d{1,2}(?:st|nd|rd|th)\b/;
// Round 119: "between the 5th and the 12th" joins its two days with "and".
const ORDINAL_RANGE_BEFORE = /(?:^|[^\d.,\/])(\d{1,2})(?:st|nd|rd|th)[ \t]{1,2}(?:(?:to|thru|through|till|until|and)[ \t]{1,2}the|or(?:[ \t]{1,2}the)?)[ \t]{1,2}$/;
// Round 138: or the second day names its month relative to the note's ("missed it the 2nd and the 3rd of last month"),
// which makes both days ("the 3rd and the 4th of the following ribs" has no month).
function ordinalRange(doc: DocumentView, start: number, end: number): boolean {
  const m = ORDINAL_RANGE_AFTER.exec(doc.lower.slice(end, end + 24));
  if (m !== null) {
    const after = doc.lower.slice(end + m[0].length, end + m[0].length + 36);
    // Round 170: or the range's second day names its month ("the 3rd through the 28th of July"): the first is a day of it.
    return ((ordinalCueAt(doc, start) || OF_RELATIVE_MONTH_AFTER.test(after)) && ORDINAL_END_AFTER.test(after)) || OF_NAMED_MONTH_AFTER.test(after);
  }
  const b = ORDINAL_RANGE_BEFORE.exec(doc.lower.slice(Math.max(0, start - 24), start));
  if (b === null || !ORDINAL_END_AFTER.test(doc.lower.slice(end, end + 24))) return false;
  return ordinalCueAt(doc, start - b[0].length + (isDigit(b[0].charCodeAt(0)) ? 0 : 1));
}
// "that" opens what happened then: "a report on the 9th that a registrar...".
// Round 42: "but" too: "transfer was discussed on the 15th but family declined" (not "the 3rd attempt but").
// "and" before no other number: "seen on the 9th and again on the 14th" (not "the 3rd and 4th digits", "the 1st and only").
// Round 69: "to" and a verb of what the writer did that day ("stopped by on the 4th to drop off the form", "came in on the
// 9th to get my shot"); not "the 2nd to last", "the 3rd to 5th ribs".
// Round 61: "because", and "by" before who did it ("switched on the 22nd by dr kamara", "skipped on the 5th because").
// Round 108: "pending", as a day waits on something ("pushed to the 7th pending PT clearance").
// Round 97: "so", as a text goes on ("isnt ready til the 3rd so i only have").
// Round 79: "then", as a text goes on ("staying with my aunt till the 16th then back home"); "the 4th then the 5th" is a list of days too.
// Round 50: a dictation's punctuation said aloud closes the clause as its mark would ("hurt it on the fourteenth
// period", "seen on the twentieth comma", "... new paragraph"); not "the second period of the game" (no "of" after).
// Round 168: a dash after a blank ("On the 12th — transferred", a model's list), and "after" and what it is after, as a model's summary goes on ("on the 27th after a held dose", "on the 3rd
// after missed doses"); not "the 2nd after" before a number or a bare word ("the 3rd after 5", "the 2nd after surgery").
const ORDINAL_END_AFTER = /^(?:$|[ \t]{0,2}[.;:?!)\]\r\n"”]|[ \t]{1,2}[—–\-][ \t](?![ \t]{0,2}\d)|,(?![ \t]{0,2}(?:\d|and\b|or\b))|[ \t]{1,2}(?:(?:period|comma|semicolon|full[ \t]stop)(?![ \t]{1,2}of\b)|new[ \t](?:paragraph|line)|next[ \t]line|at|with|when|while|that|then|so|but|because|bc|pending|after[ \t]{1,2}(?:a|an|the|his|her|their|my|missed|held|holding|starting|stopping|being)|by[ \t]{1,2}(?:dr|the|my|her|his|your)|to[ \t]{1,2}(?:cancel|reschedule|confirm|ask|say|see|get|pick|drop|check|let|tell|book|change|move)|she|he|they|we|i|it|and[ \t]{1,2}(?![\d(]|only\b|last\b|final\b)|of[ \t]{1,2}(?:this|last|next)[ \t]{1,2}month)\b)/;

// Round 97: "the 29th at 10", "the 3rd @ 2pm": a clock time after "the" and the ordinal makes it a day, whatever stands
// before ("Correct, the 29th at 10."); not "the 4th at 10 mg", "the 2nd at 30 weeks".
const THE_BEFORE = /(?:^|[^a-z])the[ \t]{1,2}$/;
const ORDINAL_AT_CLOCK_AFTER = /^[ \t]{1,2}(?:at|@)[ \t]{0,2}(?:[01]?\d|2[0-3])(?::[0-5]\d)?(?:[ \t]?(?:am|pm|a\.m\.|p\.m\.))?(?![\d\/%:]|\.\d|[ \t]{0,2}(?:mg|mcg|ml|cm|mm|kg|lbs?|units?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|percent|degrees)\b)/;
const theOrdinalAtClock = (lower: string, start: number, end: number): boolean => THE_BEFORE.test(lower.slice(Math.max(0, start - 6), start)) && ORDINAL_AT_CLOCK_AFTER.test(lower.slice(end, end + 24));

/** Another ordinal after a comma: a list of things counted ("the second, third and fourth toes"), not a day. */
// Round 86: a day of a month named relative to another ("the 20th of the following month", "the 3rd of the previous
// month", "the 9th of this month"): the phrase itself says a day of a month, whatever stands before.
const OF_NAMED_MONTH_AFTER = new RegExp(`^[ \\t]{1,2}of[ \\t]{1,2}${MONTH}(?![a-z])`);
const OF_RELATIVE_MONTH_AFTER = /^[ \t]{1,2}of[ \t]{1,2}(?:this|last|next|that|the[ \t]{1,2}(?:following|previous|prior|same|next|preceding))[ \t]{1,2}month\b/;
const ORDINAL_WORD_NEXT = new RegExp(`^,[ \\t]{0,2}${ORDINAL_WORD}\\b`);

/** Round 108: a log row's word after its heading that makes hours of it ("9-5: shift", "7-3: staff"), and capitals. */
const LOG_HEADING_NOT_AFTER = /^[ \t]{0,2}(?::|[\-–—])[ \t]{1,2}(?:[A-Z]|(?:shifts?|staff|coverage|aides?|nurses?|rns?|cnas?|techs?|team|crew|float|charge)\b)/;
/**
 * Another line, within 400 characters, headed by a day of the same month (weekday optional) and a colon or a dash:
 * a log's earlier day before it or later day after it ("11-7:", "11-8:"). A week of hours repeats its rows, changes
 * the first number or goes back ("Mon 9-5:", "Tue 9-5:", "Sat 9-1:"; "1.5 - ", "2.5 - ").
 */
const LOG_HEADING_LINE = /(?:^|\n)[ \t]{0,4}(?:(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\.?,?[ \t]{1,2})?(\d{1,2})[\-.\/](\d{1,2})(?:[ \t]{0,2}:[ \t]|[ \t]{1,2}[\-–—][ \t])/gi;
function logHeadingSibling(text: string, start: number, end: number): boolean {
  const [month = 0, day = 0] = numericParts(text.slice(start, end));
  const from = Math.max(0, start - 400);
  const region = text.slice(from, Math.min(text.length, end + 400));
  LOG_HEADING_LINE.lastIndex = 0;
  for (let m = LOG_HEADING_LINE.exec(region); m !== null; m = LOG_HEADING_LINE.exec(region)) {
    const at = from + m.index + m[0].length;
    if (Number(m[1]) === month && (at <= start ? Number(m[2]) < day : at - m[0].length > end && Number(m[2]) > day)) return true;
  }
  return false;
}

/**
 * Round 112: a scheduling word right before a month-day written with a hyphen or a dot and no year, as texts,
 * whiteboards and hand-offs write it ("f/u moved to 4-17", "seen 2.26", "d/c plan 10-6", "family mtg 10.4", "INR
 * due 8-19"). Words that take an amount ("given", "on", "started") are left out: "given 2.5", "on 1-2 L".
 */
const DASHED_DAY_CUE_BEFORE = /(?:^|[^a-z])(?:seen|due|appts?|appointments?|f\/u|fu|follow-?up|visits?|scheduled|(?:re)?scheduled[ \t]for|(?:moved|pushed|changed|rescheduled|bumped)[ \t]{1,2}to|mtg|meeting[ \t]{1,2}(?:is|on)|d\/c(?:[ \t]{1,2}(?:plan|date))?|discharged?|admitted|pick-?up|surgery|procedure|bday|birthday|anniversary|dob|born|last[ \t]{1,2}seen|next(?:[ \t]{1,2}(?:visit|appt))?)[ \t]{0,2}:?[ \t]{1,2}$/;
/** What makes an amount or a range of counts of the same shape ("seen 2-3 times", "next 3-5 days", "due 1.5 hrs",
 * "seen 1-2 per week"); "per chart" is no amount. */
const DASHED_DAY_AMOUNT_AFTER = /^(?:[\-\/.:]\d|[ \t]{0,2}(?:%|x\b|(?:mg|mcg|ml|l|units?|tabs?|tablets?|caps?|puffs?|drops?|kg|lbs?|mm|cm|times|days?|weeks?|wks?|months?|mos?|hours?|hrs?|h|min|mins|minutes|years?|yrs?|am|pm|of|out|more|doses?|visits?|pts?|patients?|ph|version|v|release|update)\b|[ \t]{1,2}(?:per|a|an)[ \t]{1,2}(?:day|week|wk|hour|hr|month|dose|min)\b|\/(?:d|day|wk|week|h|hr|mo|month)\b))/;
/** A hyphen's day and month that read as a small range after "next" ("next 2-4"), which only a strong cue dates. */
const DASHED_WEAK_CUE_BEFORE = /(?:^|[^a-z])next[ \t]{0,2}:?[ \t]{1,2}$/;
/**
 * Round 132: "next session on 12.6", "off until 11-4", "from 12-18 to 12-27": prepositions that put a day, and as
 * often an amount ("on 2-3 L", "from 10-12 units"), so only a day no small range or decimal reads: a hyphen's month
 * after its day or a day over 12, a dot's month of two digits ("on 12.6"; not "on 1.5").
 */
const DASHED_PREPOSITION_CUE_BEFORE = /(?:^|[^a-z])(?:on|until|till|til|from)[ \t]{1,2}$/;
/** Round 142: a reading with a decimal point, then "from" or "to": the other reading of a change ("Hgb 9.8 from 11.4", "from 9.8 to 11.4"). */
const READING_CHANGE_BEFORE = /\d\.\d{1,3}[ \t]{0,2}(?:[a-z%\/]{1,6}[ \t]{0,2})?[ \t](?:down[ \t]{1,2}|up[ \t]{1,2})?(?:from|to)[ \t]{1,2}$/;
/**
 * Round 144: a reading's earlier value after "from", a number or a trend's word before it ("Hgb 9.3 from 11.6", "Cr down
 * from 12.4"): a decimal, no day ("seen from 12.6 to 12.9" keeps no number before "from").
 */
const READING_FROM_BEFORE = /(?:\d|(?:^|[^a-z])(?:up|down|improved|improving|decreased|increased|rose|fell|dropped|trended|trending|risen))[ \t]{1,2}from[ \t]{1,2}$/;
function prepositionDashedDay(before: string, v: string, a: number, b: number): boolean {
  if (!DASHED_PREPOSITION_CUE_BEFORE.test(before)) return false;
  if (v.includes('.')) return a >= 10 && !VERSION_BEFORE.test(before) && !READING_CHANGE_BEFORE.test(before) && !READING_FROM_BEFORE.test(before);
  return a > b || b > 12;
}
/** Round 160: the month-day [start, end) of a and b is one of two days joined by an arrow, the second the next day or soon after it. */
function arrowDayPair(text: string, start: number, end: number): boolean {
  const [a = 0, b = 0] = numericParts(text.slice(start, end));
  const next = ARROW_DAY_AFTER.exec(text.slice(end, end + 8));
  if (next !== null) return daysFollow(a, b, Number(next[1]), Number(next[2]));
  const prev = ARROW_DAY_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  return prev !== null && daysFollow(Number(prev[1]), Number(prev[2]), a, b);
}
/** Round 160: a ventilator's, a pressure's or a score's word before a pair of readings ("PEEP 5/8->6/9", "BiPAP 12/6→14/8"). */
const SETTING_BEFORE = /(?:^|[^a-z])(?:peep|cpap|bipap|ipap|epap|ps|vent|settings?|bp|pressures?|pain|score|ratio|strength|wean(?:ed|ing)?|fio2|rate|titrat(?:ed|ing))\b[^\n]{0,12}$/;
const ARROW_DAY_AFTER = /^(?:→|->)(\d{1,2})\/(\d{1,2})(?![\d\/])/;
const ARROW_DAY_BEFORE = /(?<![\d\/])(\d{1,2})\/(\d{1,2})(?:→|->)$/;
/** The day m2/d2 comes within a week after m1/d1 (both real US month-days): a ventilator's "10/5->12/6" does not. */
function daysFollow(m1: number, d1: number, m2: number, d2: number): boolean {
  if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) return false;
  if (m1 === m2) return d2 > d1 && d2 - d1 <= 7;
  return (m2 === m1 + 1 || (m1 === 12 && m2 === 1)) && d1 >= 25 && d2 <= 7;
}
/** Round 163: "swap <Name> <-> <Name> " before a month-day: a shift swap's day (the words capitalised, no acronym: "swap AM <-> PM 3/4" stays). */
const SWAP_DAY_BEFORE = onFirstUse(String.raw`(?:^|[^A-Za-z])[Ss]wap(?:ped|s)?:?[ \t]{1,2}\p{Lu}\p{Ll}[\p{L}'\-]{0,23}[ \t]<->[ \t]\p{Lu}\p{Ll}[\p{L}'\-]{0,23}[ \t]$`, 'u');
/** Round 160: a 24-hour clock with its colon right after a month-day: " 22:47", " 06:05]". */
const STAMP_CLOCK_AFTER = /^[ \t]{1,2}(?:[01]\d|2[0-3]):[0-5]\d(?![\d:.])/;
function cuedDashedDay(doc: DocumentView, start: number, end: number, v: string): boolean {
  const [a = 0, b = 0] = numericParts(v);
  if (a < 1 || a > 12 || b < 1 || b > 31) return false;
  const before = doc.lower.slice(Math.max(0, start - 28), start);
  if (DASHED_DAY_AMOUNT_AFTER.test(doc.lower.slice(end, end + 10))) return false;
  // Round 160: a page's or a log's stamp, the month-day before its clock with a colon ("ALPHA PAGE 12-02 22:47"); a
  // short range of small counts stays ("1-2 08:00").
  if (v.includes('-') && STAMP_CLOCK_AFTER.test(doc.text.slice(end, end + 8))) return !(a < b && b - a <= 3 && b <= 6);
  // Round 119: "appt is 7-29", "tom b: 9-7 ok?" (see COPULA_DAY_CUE_BEFORE and speakerLabelDay).
  if (!v.includes('.') && (COPULA_DAY_CUE_BEFORE.test(doc.lower.slice(Math.max(0, start - 36), start)) || speakerLabelDay(doc, start, a, b))) return !(a < b && b - a <= 3 && b <= 6);
  if (!DASHED_DAY_CUE_BEFORE.test(before)) return prepositionDashedDay(before, v, a, b);
  // A dot is a decimal point more often than not: a version's, or a reading's after a cue ("due 0.5").
  if (v.includes('.') && VERSION_BEFORE.test(before)) return false;
  // "seen 2-3", "appt 1-2": a short range of small counts after any cue ("seen 4-17" stays).
  if (v.includes('-') && a < b && b - a <= 3 && (b <= 6 || DASHED_WEAK_CUE_BEFORE.test(before))) return false;
  return true;
}
/**
 * Round 112: a sticky note's or a whiteboard's four-digit month and day after a test or a visit it dates ("f/u 0527",
 * "labs 1009", "echo 0214"). A 24-hour clock writes the same, so not a round clock minute (00, 15, 30, 45: "labs 0830",
 * "visit 0845"), nor a time's word after it ("0310 hrs", "1009 am") or "at"/"@" before.
 */
const FOUR_DIGIT_DAY_CUE_BEFORE = /(?:^|[^a-z])(?:f\/u|fu|follow-?up|appt|labs|bloodwork|echo|mri|ct|cxr|x-?ray|ultrasound|colonoscopy|egd|eeg|ekg|ecg|pet|dexa|mammo(?:gram)?|stress[ \t]test|due|rtc)[ \t]{0,2}:?[ \t]{1,2}$/;
const FOUR_DIGIT_TIME_AFTER = /^(?:[\-:.\/]\d|[ \t]{0,2}(?:h|hrs?|hours?|am|pm|a\.m\.|p\.m\.|z|mg|ml|units?)\b)/;

const VERSION_BEFORE = /(?:^|[^a-z])(?:version|ver\.?|v\.?|vers\.?|release|rel\.?|build|firmware|software|sw|fw|update|upgrade|patch|rev\.?|revision|epic|cerner|app|ios|android|windows|os)[ \t:]{1,3}$/;

// A stage's, class's, grade's or type's numeral before a Roman month-year's shape.
const ROMAN_CLASS_BEFORE = /(?:^|[^a-z])(?:stage|stadium|class|klasse|grade|grado|type|typ|phase|level|tier|nyha|figo|gold|cn|factor|part|chapter|vol|volume|section|annex|schedule|kategorie|category)\.?[ \t]{0,2}$/;

const WORD_BEFORE_BRACKET = /(?<![\p{L}'’\-])\p{Lu}\p{Ll}[\p{L}'’\-]{0,29}[ \t]?\($/u;

/**
 * Round 121: "on the" and a day, then the clause's own verb of telling or needing ("his PET/CT on the 26th requires
 * fasting?", "seen on the 4th said"); only after "on the", as "after the 2nd showed" may be a second scan.
 */
const ON_THE_BEFORE = /(?:^|[^a-z])on[ \t]{1,2}the[ \t]{1,2}$/;
/**
 * Round 138: a month named earlier in the same clause, after a preposition of time, then "the" and the day ("follow up
 * in november, likely the 18th.", "since March, maybe the 2nd"); ORDINAL_END_AFTER still closes the clause, so "in
 * March, the 2nd dose" stays.
 */
const MONTH_EARLIER_THE_BEFORE = new RegExp(`(?:^|[^a-z])(?:in|of|since|during|until|till|by|early|late|mid|this|next|last)[ \\t\\-]{1,2}${MONTH}(?![a-z])[^.;!?\\n\\d]{0,32}[ \\t]the[ \\t]{1,2}$`);
const ORDINAL_VERB_AFTER = /^[ \t]{1,2}(?:said|says|requires?|required|needs?|needed|showed|shows|called|asked|reported|noted|revealed)\b/;

const DATE_PATTERNS: readonly PatternSpec[] = [
  {
    id: 'date-ordinal-day',
    firstRun: [1, 2],
    anchor: 'digit',
    type: 'DATE',
    // "the" before it is the validator's (a lookbehind here would run at every short digit run).
    regex: /(?<![\d.,\/])(?:(?:[4-9]|1\d|20|2[4-9]|30)th|(?:1|21|31)st|(?:2|22)nd|(?:3|23)rd)\b/gi,
    needsWords: DAY_ORDINAL_SUFFIXES,
    score: 0.7,
    validate: (_v, doc, start, end) => {
      const before = doc.lower.slice(Math.max(0, start - 24), start);
      // Round 108: a log's spaced dash before a word is no range's ("sat the 1st - better"; "sat the 1st - 3rd" stays).
      if (ORDINAL_WEEKDAY_BEFORE.test(before)) return !/^[ \t]{0,2}(?:,[ \t]{0,2}\d|[\-–](?![ \t]{1,2}[a-z])|(?:and|or|&)[ \t]{1,2}\d)/.test(doc.lower.slice(end, end + 8));
      if (OF_RELATIVE_MONTH_AFTER.test(doc.lower.slice(end, end + 36)) || theOrdinalAtClock(doc.lower, start, end)) return true;
      if (MOVE_ORDINAL_BEFORE.test(before) && TO_PLACE_AFTER.test(doc.text.slice(end, end + 24))) return true;
      return ((ordinalCueAt(doc, start) || ORDINAL_WEEKDAY_BARE_BEFORE.test(before) || MONTH_EARLIER_THE_BEFORE.test(doc.lower.slice(Math.max(0, start - 60), start))) && ORDINAL_END_AFTER.test(doc.lower.slice(end, end + 24))) || ordinalRange(doc, start, end) ||
        (ORDINAL_VERB_AFTER.test(doc.lower.slice(end, end + 12)) && ON_THE_BEFORE.test(before));
    },
  },
  {
    // A day of the month said in words, alone: "discharged him on the twenty third", "stop it on the first.": after
    // "on/since/until/by the", closing the clause as date-ordinal-day's digits do (not "on the first attempt", "on
    // the third floor", "on the second, third and fourth toes").
    id: 'date-ordinal-day-word',
    type: 'DATE',
    // Tried at the ordinal's first word ("the" is in every note). The day only, as date-ordinal-day writes "on the
    // [9th]"; "Saturday the fourteenth" is date-weekday-word-ordinal's.
    anchor: { words: [...ORDINAL_WORDS, 'twenty', 'thirty'] },
    regex: unparsedRegex(`\\b${ORDINAL_WORD}\\b`, 'gi'),
    score: 0.7,
    validate: (_v, doc, start, end) => {
      const after = doc.lower.slice(end, end + 24);
      // Round 108: and "the twenty-second of last month", as the digits' "the 20th of last month" is read.
      return (ordinalCueAt(doc, start) && ORDINAL_END_AFTER.test(after) && !ORDINAL_WORD_NEXT.test(after)) || theOrdinalAtClock(doc.lower, start, end) || (THE_BEFORE.test(doc.lower.slice(Math.max(0, start - 6), start)) && OF_RELATIVE_MONTH_AFTER.test(doc.lower.slice(end, end + 36)));
    },
  },
  {
    // Round 108: a caregiver's or a staff log's rows headed by a month-day with a hyphen or a dot and no year ("thurs
    // 11-7: mom refused", "11.8 - eating better"), a colon or a spaced dash and a lower-case word after it. Hours,
    // doses and shifts write the same ("Mon 9-5: front desk", "1.5 - take with food", "11-7 shift"), so the row must
    // be one of a log: another line of the text within 400 characters heads the same way (see logHeadingSibling).
    id: 'date-log-heading',
    firstRun: [1, 2],
    anchor: 'digit',
    type: 'DATE',
    regex: /(?<=(?:^|\n)[ \t]{0,4}(?:(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\.?,?[ \t]{1,2})?)(?:1[0-2]|0?[1-9])[\-.](?:3[01]|[12]\d|0?[1-9])(?=[ \t]{0,2}:[ \t]{1,2}[a-z]|[ \t]{1,2}[\-–—][ \t]{1,2}[a-z])/gi,
    score: 0.7,
    validate: (_v, doc, start, end) => !LOG_HEADING_NOT_AFTER.test(doc.text.slice(end, end + 16)) && logHeadingSibling(doc.text, start, end),
  },
  {
    // Round 112: a month-day with a hyphen or a dot right after a scheduling word (see DASHED_DAY_CUE_BEFORE).
    id: 'date-cued-dashed-day',
    firstRun: [1, 2],
    anchor: 'digit',
    runTest: (text, start, length) => {
      const c = text.charCodeAt(start + length);
      return (c === 45 || c === 46) && isBlank(text.charCodeAt(start - 1));
    },
    type: 'DATE',
    regex: /(?<![\d.\/\-])(?:1[0-2]|0?[1-9])[\-.](?:3[01]|[12]\d|0?[1-9])(?![\d\/]|[\-.]\d)/g,
    score: 0.7,
    validate: (v, doc, start, end) => cuedDashedDay(doc, start, end, v),
  },
  {
    // Round 112: four digits for a month and day after a test or a visit (see FOUR_DIGIT_DAY_CUE_BEFORE).
    id: 'date-cued-four-digit-day',
    firstRun: [4, 4],
    anchor: 'digit',
    runTest: (text, start) => isBlank(text.charCodeAt(start - 1)),
    type: 'DATE',
    regex: /(?<![\w.\/\-@])(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w\/]|[.,]\d)/g,
    score: 0.65,
    validate: (v, doc, start, end) => {
      if (/(?:00|15|30|45)$/.test(v) || FOUR_DIGIT_TIME_AFTER.test(doc.lower.slice(end, end + 8))) return false;
      const before = doc.lower.slice(Math.max(0, start - 24), start);
      return FOUR_DIGIT_DAY_CUE_BEFORE.test(before);
    },
  },
  {
    // 03/04/1950, 3-4-50, 03.04.1950, on10/14/82
    id: 'date-numeric',
    firstRun: [1, 2],
    anchor: 'digit',
    type: 'DATE',
    regex: /(?<![\d\/.]|\d-(?=\d{1,2}-))\d{1,2}([\/.\-])\d{1,2}\1(?:\d{4}|\d{2})(?![\d\/]|\.\d|(?<=-\d{2}|-\d{4})-\d)/g,
    score: 0.9,
    validate: (v, doc, start) => {
      const [a = 0, b = 0] = numericParts(v);
      if (!plausibleDayMonth(a, b)) return false;
      if (formEdition(doc.lower, start)) return false;
      // "AC 500x14/5/40%", "SIMV 450x12/8/50%": a ventilator's rate, PEEP and FiO2, not a day, month and year.
      if (doc.text.charCodeAt(start + v.length) === 37 || /\dx$/i.test(doc.text.slice(Math.max(0, start - 2), start))) return false;
      // Round 153: a newborn's Apgar scores at one, five and ten minutes ("Apgars 8/9/10", "Apgar scores of 7/9/9"):
      // three scores of ten or less, no day. "Apgars 8/9 born 8/9/10" keeps the birth's day.
      if (APGAR_BEFORE.test(doc.lower.slice(Math.max(0, start - 24), start)) && v.split(/[\/.\-]/).every((n) => Number(n) <= 10)) return false;
      // Dotted short forms like 1.2.3 are version numbers more often than dates; after "v" or a version
      // word ("firmware 3.10.22", "Epic 10.2.15") they are nothing else.
      if (v.includes('.') && v.length < 8) {
        const c = doc.text.charCodeAt(start - 1);
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || VERSION_BEFORE.test(doc.lower.slice(Math.max(0, start - 24), start))) return false;
        return 0.6;
      }
      return true;
    },
  },
  {
    // A date written in a form's boxes or read off one, a blank each side of its slashes: "04 / 11 / 1992",
    // "12 / 31 / 2027". A four-digit year, so that "1 / 2 / 3" lists stay prose.
    id: 'date-numeric-spaced',
    firstRun: [1, 2],
    anchor: 'digit',
    type: 'DATE',
    runTest: (text, start, length) => text.charCodeAt(start + length) === 32,
    regex: /(?<![\d\/.])\d{1,2}[ \t]{1,2}\/[ \t]{1,2}\d{1,2}[ \t]{1,2}\/[ \t]{1,2}(?:19|20)\d{2}(?![\d\/]|\.\d)/g,
    score: 0.85,
    validate: (v) => {
      const [a = 0, b = 0] = numericParts(v.replace(/[ \t]/g, ''));
      return plausibleDayMonth(a, b);
    },
  },
  {
    // A claim form's dates in boxes, read off as two-digit month, day and year with blanks between (the CMS-1500's
    // "3. PATIENT'S BIRTH DATE: 07 22 1988", "14. DATE OF CURRENT ILLNESS: 09 28 2026", box 24A's "10 07 26 - 10 07
    // 26"): dated by a date word just before, or by being one end of a from-to range of the same shape. Numbers in
    // a row without either ("10 12 2020 units", "codes 01 05 2026") stay.
    id: 'date-form-boxes',
    firstRun: [2, 2],
    anchor: 'digit',
    type: 'DATE',
    runTest: (text, start, length) => text.charCodeAt(start + length) === 32,
    regex: /(?<![\d\/.\-:])(?:0[1-9]|1[0-2]) (?:0[1-9]|[12]\d|3[01]) (?:(?:19|20)\d{2}|\d{2})(?![\d\/.:]|-\d)/g,
    score: 0.85,
    validate: (v, doc, start) => {
      const end = start + v.length;
      if (FORM_BOX_RANGE_AFTER.test(doc.text.slice(end, end + 14)) || FORM_BOX_RANGE_BEFORE.test(doc.text.slice(Math.max(0, start - 14), start))) return true;
      return FORM_BOX_CUE_BEFORE.test(doc.lower.slice(Math.max(0, start - 32), start));
    },
  },
  {
    // Round 155: a birth date typed with blanks for its slashes right after "DOB", as a relay call's caller types it
    // ("DOB 8 22 41", "DOB: 1 30 52"): month and day of one or two digits, a year of two or four. Only after the cue:
    // "8 22 41" alone is three numbers, and a dose after "DOB" for dobutamine ("DOB 2 5 10 mcg/kg/min") stays.
    id: 'date-dob-spaced',
    type: 'DATE',
    // Tried at a first run of one or two digits with a blank after it, in notes that say "DOB" (a literal gate).
    anchor: 'digit',
    firstRun: [1, 2],
    runTest: (text, start, length) => text.charCodeAt(start + length) === 32,
    trigger: /DOB/i,
    regex: /(?<=\bDOB[ \t]{0,2}:?[ \t]{1,2})(?:0?[1-9]|1[0-2]) (?:0?[1-9]|[12]\d|3[01]) (?:(?:19|20)\d{2}|\d{2})(?![\w\/:\-]|\.\d| ?(?:lb|lbs|oz|kg|g|mg|mcg|ml|units?|min|wk|wks|weeks?|days?)\b)/gi,
    score: 0.85,
  },
  {
    // A UB-04's six-digit MMDDYY after its field's date word: "FL6 STATEMENT PERIOD: 100426 THRU 101026", "FL12
    // ADMISSION DATE 100426", an occurrence code and its date ("FL31 OCCURRENCE: 11 100126"). Not any six digits
    // ("Batch 100426", "Auth 447120").
    id: 'date-form-mmddyy',
    firstRun: [6, 6],
    anchor: 'digit',
    type: 'DATE',
    regex: /(?<![\w\-\/.])(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{2}(?![\w\-\/]|\.\d)/g,
    score: 0.8,
    validate: (_v, doc, start) => FORM_MMDDYY_CUE_BEFORE.test(doc.lower.slice(Math.max(0, start - 28), start)),
  },
  {
    // 2020-03-04, 2020/03/04, 2020-03-04T10:00:00Z (a time stamp is kept whole); years from 1900 to 2199, since the
    // shifted dates of de-identified research notes run into the 2100s ("[2101-3-14]").
    id: 'date-iso',
    firstRun: [4, 4],
    anchor: 'digit',
    type: 'DATE',
    regex: /(?<![\d\/.\-])(?:19|20|21)\d{2}([\/.\-])\d{1,2}\1\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+\-]\d{2}:?\d{2})?)?(?![\d\/]|\.\d)/g,
    score: 0.92,
    validate: (v, doc, start) => {
      const [, m = 0, d = 0] = numericParts(v);
      return m >= 1 && m <= 12 && d >= 1 && d <= 31 && !productExpiry(doc, start);
    },
  },
  {
    // Lead's probe: an ISO 8601 week date in its extended form, the week and perhaps its day of a year ("1950-W10-3",
    // "2026-W48"): the week names a week of days, an element of a date smaller than the year. Not the basic form,
    // which a wattage shares ("2000W40").
    id: 'date-iso-week',
    firstRun: [4, 4],
    anchor: 'digit',
    type: 'DATE',
    trigger: /\d-W\d/,
    regex: /(?<![\w\-\/.])(?:19|20|21)\d{2}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-[1-7])?(?![\w\-\/])/g,
    score: 0.9,
  },
  {
    // 20200304 in date context
    id: 'date-compact',
    firstRun: [8, 8],
    anchor: 'digit',
    type: 'DATE',
    regex: /(?<![\w\-])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w\-])/g,
    score: 0.45,
    context: DATE_CUES,
    contextWindow: 20,
    contextBoost: 0.35,
  },
  {
    // HL7 v2 date and time stamps between field or component separators: "|20261110041522|", "^202611092215|",
    // "|19550412|" (YYYYMMDD[HHMM[SS]], an optional fraction and zone).
    id: 'date-hl7-timestamp',
    firstRun: [8, 14],
    anchor: 'digit',
    type: 'DATE',
    trigger: /\|\d{8}/,
    regex: /(?<=[|^])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d(?:\.\d{1,4})?)?)?(?:[+\-]\d{4})?(?=[|^~\r\n]|$)/g,
    score: 0.85,
    validate: (_v, doc, start) => !productExpiry(doc, start),
  },
  {
    // ISO 8601's basic format, a date and a time of day joined by "T": iCalendar's "DTSTART:20240319T104500",
    // "DTSTAMP:20240305T181522Z", file names and logs ("scan_20240312T1405.dcm"). The T makes eight digits a date.
    id: 'date-basic-timestamp',
    firstRun: [8, 8],
    anchor: 'digit',
    runTest: (text, start) => text.charCodeAt(start + 8) === 84,
    type: 'DATE',
    regex: /(?<![A-Za-z\d\-])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d(?:\.\d{1,6})?)?(?:Z|[+\-]\d{4})?(?![A-Za-z\d])/g,
    score: 0.85,
  },
  {
    // A German day and month with their dots after "vom", "seit", "am", "ab": "vom 16.11. bis 24.11.2026", "seit 3.10.";
    // or after a German weekday, abbreviated with a capital ("geplant Sa 28.11.", "Di, 3.12."; not "Do" and "So",
    // which are English words: "So 3.5. was the last K").
    id: 'date-de-day-month-dotted',
    type: 'DATE',
    // Tried only at the cue's word: notes without one never call it.
    anchor: { words: ['vom', 'von', 'seit', 'am', 'ab', 'bis', 'mo', 'di', 'mi', 'fr', 'sa'] },
    regex: unparsedRegex(String.raw`\b(?:vom|von|seit|am|ab|bis|(?:Mo|Di|Mi|Fr|Sa)\.?,?)[ \t]{1,2}((?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.)(?=[ \t]{1,2}\p{L}|[,;)]|\.(?:\s|$)|[ \t]*$)`, 'gmu'),
    group: 1,
    score: 0.8,
  },
  {
    // German days and months in a list or a range without a cue: "Drei Hämodialysen (03.03., 04.03., 06.03.)",
    // "03.03.–06.03.2024". Two or more, each zero-padded with both its dots: a list of values is written otherwise.
    id: 'date-de-day-month-list',
    firstRun: [2, 2],
    anchor: 'digit',
    // Two digits, a dot, two digits, a dot: most runs of two are tested on two characters.
    runTest: (text, start) => text.charCodeAt(start + 2) === 46 && text.charCodeAt(start + 5) === 46,
    type: 'DATE',
    regex: /(?<![\d.,])(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.(?:(?:,[ \t]{0,2}|[ \t]?[–\-][ \t]?|[ \t]{1,2}(?:und|and|u\.)[ \t]{1,2})(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.){1,12}(?:(?:19|20)\d{2})?(?![\d])/g,
    score: 0.8,
  },
  {
    // HL7 v3 / C-CDA time stamps in an XML attribute: <time value="20261118143000-0600"/>, <low value="202611181430"/>.
    id: 'date-xml-timestamp',
    type: 'DATE',
    // Tried only at the attribute's name: notes without "value" never call it.
    anchor: { words: ['value'] },
    regex: /\bvalue="((?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d(?:\.\d{1,4})?)?)?(?:[+\-]\d{4})?)(?=")/g,
    group: 1,
    score: 0.85,
  },
  {
    // March 4th, 2020 / Mar. 4 / May 30th, 2022 / Jan 9th '23 / August 11-15, 2026 (a range of days with its year)
    // Round 75: or hyphenated through its year, as some systems print it ("Jan-09-23", "Oct-3-2023"); "Mar-5" alone stays.
    id: 'date-month-day',
    type: 'DATE',
    anchor: { words: MONTH_WORDS },
    regex: unparsedRegex(`\\b${MONTH}\\.?(?:-(?=\\d{1,2}-(?:\\d{4}|\\d{2})(?!\\d))|[ \\t]{0,3})(?:the[ \\t]{1,2}(?=\\d{1,2}(?:st|nd|rd|th)\\b))?\\d{1,2}${ORD}(?!\\d|:\\d|[ \\t]?(?:mg|mcg|ml|units?|tabs?|caps?|puffs?|drops?|%|kg|lbs?|mm|cm|times|x)\\b)(?:[–\\-]\\d{1,2}${ORD}(?![\\d\\/:]|\\.\\d|[ \\t]?(?:mg|mcg|ml|units?|tabs?|caps?|puffs?|drops?|%|kg|lbs?|mm|cm|times|x|days?|weeks?|wks?|hours?|hrs?|min)\\b))?(?:,?[ \\t]{0,3}${YEAR}(?!\\d)|(?<=[a-z]-\\d{1,2})-\\d{4}(?!\\d))?\\b`, 'gi'),
    score: 0.88,
    validate: (v, doc, start) => {
      const day = Number.parseInt(/\d{1,2}/.exec(v)?.[0] ?? '0', 10);
      if (day < 1 || day > 31) return false;
      const word = /^[a-z]+/i.exec(v)?.[0] ?? '';
      // "may 2 times", "mar 5 lesions": lower-case ambiguous month words need a year, an ordinal or a cue.
      if (word === word.toLowerCase() && /^(?:may|mar|jun|jan|dec|sept?)$/.test(word)) {
        const strong = /(?:st|nd|rd|th)\b|['\d]{3,}$/.test(v) || contextBefore(doc.lower, start, DATE_CUES, 16) || LOWER_MONTH_CUE_BEFORE.test(doc.lower.slice(Math.max(0, start - 16), start)) || lowerMonthLogRow(doc, start, start + v.length) ||
          // Round 132: a clock time after it ("dec 3 at 2pm") or another month's day offered before it ("december 2nd or dec 4").
          TIME_AFTER.test(doc.lower.slice(start + v.length, start + v.length + 12)) || MONTH_DAY_OFFERED_BEFORE.test(doc.lower.slice(Math.max(0, start - 24), start)) ||
          chatEventMonthDay(doc, start, start + v.length) ||
          // Round 138: a dose held, resumed or refused on that day, as nursing notes write it ("coumadin held dec 3 per
          // md", "resumed eliquis sept 29 at 12.5"); "dec 3+ reflexes" has no event before it.
          (doc.text.charCodeAt(start + v.length) !== 43 && (EVENT_VERB_BEFORE.test(doc.lower.slice(Math.max(0, start - 28), start)) || EVENT_VERB_OBJECT_BEFORE.test(doc.lower.slice(Math.max(0, start - 40), start))));
        if (!strong) return false;
      }
      if (MAY_AS_VERB.test(word) && !/\d{4}|'\d{2}|(?:st|nd|rd|th)$/.test(v) && !contextBefore(doc.lower, start, DATE_CUES, 16)) {
        return 0.6;
      }
      return true;
    },
  },
  {
    // 4 Mar 1950 / 5th January 2021 / 4th of March / 04-MAR-1950 / 4-Mar / 19NOV26 and 4-Mar-50 (a two-digit year
    // right after the month or its hyphen)
    id: 'date-day-month',
    firstRun: [1, 2],
    anchor: 'digit',
    type: 'DATE',
    regex: unparsedRegex(`(?<![\\d.,:])(?:\\d{1,2}${ORD}[ \\t]?[–\\-][ \\t]?)?\\d{1,2}${ORD}(?:[ \\t]{1,2}of)?[ \\t\\-\\/.]{0,2}${MONTH}(?![a-z])${MONTH_DOT}(?:,?[ \\t\\-\\/]{0,2}${YEAR}(?!\\d)|(?<=[a-z])[\\-\\/]?\\d{2}(?![\\d:\\/]|\\.\\d))?`, 'gi'),
    score: 0.86,
    validate: (v, doc, start) => {
      const day = Number.parseInt(v, 10);
      if (day < 1 || day > 31) return false;
      // Round 75: a military-style day and month run together, the month capitalised ("12Aug25", "30Sep") as well as in
      // capitals ("19NOV26"); not a lower-case run ("3mar", "4may").
      if (/^\d{1,2}[a-z]/i.test(v) && !/^\d{1,2}(?:st|nd|rd|th)?[A-Z](?:[A-Z]{2}|[a-z]{2}(?![A-Z]))/.test(v) && !/^\d{1,2}(?:st|nd|rd|th)/i.test(v)) return false;
      // "5 may", "2 mar" (verb / abbreviation) without a year are weak, unless the month is capitalised and a
      // date cue comes before or the clause ends after it ("dose 2 due 9 May", "HbA1c 9.4% on 20 May)").
      if (/^\d{1,2}\s+(?:may|mar)$/i.test(v)) return dayMonthAlone(v, doc, start) ? true : 0.4;
      // Round 61: a sentence's last number before one opening with "May I" ("send the form by July 3. May I fax it instead?").
      // Round 85: a count's full stop, then the verb in a note typed in lower case ("voided x2. may need bladder scan").
      if (/^\d{1,2}\.[ \t]{1,2}may$/.test(v)) return false;
      if (/^\d{1,2}\.[ \t]{1,2}may$/i.test(v) && /^[ \t]{1,2}(?:i|we|you|he|she|they)\b/i.test(doc.text.slice(start + v.length, start + v.length + 6))) return false;
      return true;
    },
  },
  {
    // "4. März 1987", "12 de marzo de 2020", "1er janvier 2019", "3 giugno 1990": a day and a month named in
    // German, French, Spanish, Portuguese, Italian or Dutch (spellings English shares are the patterns above).
    id: 'date-foreign-month',
    firstRun: [1, 2],
    anchor: 'digit',
    type: 'DATE',
    needsWords: FOREIGN_MONTH_WORDS,
    regex: unparsedRegex(`(?<![\\d.,:])\\d{1,2}(?:\\.|er|º)?[ \\t]{1,2}(?:de[ \\t]{1,2})?${FOREIGN_MONTH}(?![\\p{L}])(?:,?[ \\t]{1,2}(?:de[ \\t]{1,2})?\\d{4}(?!\\d))?`, 'giu'),
    score: 0.85,
    validate: (v, doc, start) => {
      const day = Number.parseInt(v, 10);
      if (day < 1 || day > 31) return false;
      if (/\d{4}$/.test(v)) return true;
      // Without a year: a month that is no other word, after a dotted or "de" day ("4. März", "12 de marzo") or
      // in lower case as French, Spanish and Italian write it ("10 novembre"; not "bed 2 Julio").
      // "le 3 mars", "au 1er mai": after a French article the word is the month.
      // "el 9 de mayo", "dia 3 de maio": after a "de" day the lower-case word is the month, not the name (round 41).
      if (AMBIGUOUS_FOREIGN_MONTH.test(v)) return /^\d{1,2}[ \t]{1,2}de[ \t]{1,2}\p{Ll}+$/u.test(v) || (/(?:^|[^\p{L}])(?:le|du|au)[ \t]$/u.test(doc.lower.slice(Math.max(0, start - 4), start)) && /[ \t]\p{Ll}+$/u.test(v));
      return /^\d{1,2}(?:\.|er|º|[ \t]{1,2}de)[ \t]/i.test(v) || /[ \t]\p{Ll}+$/u.test(v);
    },
  },
  {
    // Round 171: a Tagalog or Spanish month before its day, as Filipino families and Spanglish messages write it
    // ("noong Nobyembre 22", "Disyembre 3, 2026", "cita diciembre 10"). Not "Julio", "Mayo", "Abril" (names too), nor a
    // number going on ("Marso 12.5", "octubre 10:30" keeps the day; the time is no part of it).
    id: 'date-foreign-month-first',
    type: 'DATE',
    anchor: { words: FOREIGN_MONTHS_FIRST },
    regex: unparsedRegex(`(?<![\\p{L}])(?:${FOREIGN_MONTHS_FIRST.join('|')})[ \\t]{1,2}\\d{1,2}(?!\\d|[.,:]\\d|[\\p{L}])(?:,?[ \\t]{1,2}\\d{4}(?!\\d))?`, 'giu'),
    score: 0.8,
    // Not a surname after a title ("Dr. Agosto 2 days ago") nor a count going on ("Agosto 3 semanas", "octubre 2 mg").
    validate: (v, doc, start, end) => {
      const day = Number.parseInt(v.replace(/^\p{L}+[ \t]{1,2}/u, ''), 10);
      if (day < 1 || day > 31) return false;
      if (/(?:^|[^\p{L}])(?:dr|dra|sr|sra|mr|mrs|ms|don|doña)\.?[ \t]{1,2}$/iu.test(doc.text.slice(Math.max(0, start - 6), start))) return false;
      return !/^[ \t]{1,2}(?:days?|d[ií]as|weeks?|semanas|months?|meses|mg|mcg|ml|tabs?|pills?|pastillas|veces|times|x)(?![\p{L}])/iu.test(doc.text.slice(end, end + 12));
    },
  },
  {
    // "le dijo en enero", "no falls since diciembre", "mejorado mucho desde diciembre", "a finales de agosto": a Spanish
    // or Portuguese month alone after a preposition is a date, as "in March" is. The months that are also names
    // ("mayo", "abril", "maio") only in lower case ("en mayo", not "Clínica en Mayo") (round 41).
    id: 'date-foreign-month-alone',
    type: 'DATE',
    anchor: { words: FOREIGN_MONTHS_ALONE },
    regex: unparsedRegex(String.raw`(?<=(?:^|[^\p{L}])(?:en|desde|hasta|para|since|in|until|em|até|antes[ \t]de|después[ \t]de|despues[ \t]de|principios[ \t]de|finales[ \t]de|mediados[ \t]de|fines[ \t]de)[ \t]{1,2})(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)(?![\p{L}])`, 'giu'),
    score: 0.6,
    validate: (v) => !/^(?:mayo|abril|maio)$/i.test(v) || /^\p{Ll}/u.test(v),
  },
  {
    // July 2022 / Mar-2020 / Mar '20 / Sept. 2019
    id: 'date-month-year',
    type: 'DATE',
    anchor: { words: MONTH_WORDS },
    // A range of months shares the year: "Jan-Aug 2023".
    // Round 102: or the year said in words ("March of twenty twenty-five", "June nineteen ninety").
    regex: unparsedRegex(`\\b${MONTH}\\.?(?:[ \\t]?[\\-–][ \\t]?${MONTH}\\.?(?![a-z]))?(?:(?:,?[ \\t]{1,2}|[\\-\\/'][ \\t]?)(?:of[ \\t]{1,2})?${YEAR}(?!\\d)|,?[ \\t]{1,2}(?:of[ \\t]{1,2})?${SPOKEN_YEAR}\\b)`, 'gi'),
    score: 0.85,
    // Round 165: a printed form's revision written with its month's name ("(Form WH-380-E, Revised June 2020)"), as
    // formEdition refuses it in figures.
    validate: (_v, doc, start) => !formEdition(doc.lower, start),
  },
  {
    // "last December", "since March", "early June": a month tied to an event (weekdays alone are not PHI).
    // The preposition is not part of the date; "last"/"next" are (they fix which December).
    id: 'date-relative',
    type: 'DATE',
    anchor: { words: [...MONTH_WORDS, 'last', 'next', 'this'] },
    // Finds the month (with last/next); the preposition before it is checked by the validator.
    // "last Friday", "this past Tuesday": a weekday counted back from the note's day fixes that day (capitalised
    // only: "last friday" is as often a shift's or a diet's as a day's).
    regex: unparsedRegex(`\\b(?:(?:(?:last|next|this past|this coming)[ \\t]{1,2})?${MONTH}\\b${MONTH_DOT}|(?:last|this past)[ \\t]{1,2}(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)`, 'gi'),
    score: 0.6,
    validate: (v, doc, start) => {
      const word = /[a-z]+\.?$/i.exec(v)?.[0]?.replace('.', '') ?? '';
      const relative = /^(?:last|next|this)/i.test(v);
      // "the last Sunday before Labor Day", "the last Friday of the month": a weekday counted in a period, not back from today.
      if (relative && /day$/i.test(v) && /(?:^|[^a-z])the[ \t]{1,2}$/i.test(doc.text.slice(Math.max(0, start - 6), start))) return false;
      // Round 138: the month an age is reached in, whatever its case ("she'll be ninety-four in may", "turns 91 in
      // jan"): a birthday's month. Round 140: or reached "come" that month ("Ninety-one come January").
      if (!relative && AGE_REACHED_IN_BEFORE.test(doc.lower.slice(Math.max(0, start - 40), start))) return true;
      // Round 155: "around", "through", "thru" and "till" too ("after I retired, so around June", "PT through August").
      const prep = /(?:in|on|by|before|after|during|since|until|till|early|late|mid|around|through|thru)[ \t\-]{1,2}$/i.test(doc.text.slice(Math.max(0, start - 8), start));
      if (!relative && !prep) return false;
      // Month words that are also common words need a capital letter ("in May", not "in may"); round 69: a month named
      // in full that is no other word may be typed in lower case ("since july", "back in october"), not "may" or "march".
      if (!/^[A-Z]/.test(word) && !LOWER_MONTH_ALONE.has(word)) return false;
      // Abbreviated months alone ("in Mar") are too ambiguous without a day or year; "May" is whole ("seen in May."),
      // but not a person's possessive ("in May's room").
      if (word.length <= 3 && !relative && word !== 'May') return false;
      if (word === 'May' && !v.includes(' ') && !MAY_AS_MONTH_AFTER.test(doc.text.slice(start + v.length, start + v.length + 7))) return false;
      return true;
    },
  },
  {
    // Dictated dates: "November thirteenth", "October the eighth", "December twenty-eighth, twenty twenty-six".
    // A capitalised month or one that is no verb ("may first" is prose).
    id: 'date-month-word-ordinal',
    type: 'DATE',
    anchor: { words: MONTH_WORDS },
    regex: unparsedRegex(`\\b${MONTH}[ \\t]{1,2}(?:the[ \\t]{1,2})?${ORDINAL_WORD}\\b(?:,?[ \\t]{1,2}${SPOKEN_YEAR}\\b)?`, 'gi'),
    score: 0.8,
    validate: (v) => !/^(?:may|mar|jan|jun|dec)[ \t]/.test(v),
  },
  {
    // "the twenty-first of May", "the fourth of July 2019", "the fourteenth of March nineteen fifty-nine"
    id: 'date-word-ordinal',
    type: 'DATE',
    trigger: /\bof[ \t]{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
    regex: unparsedRegex(
      `\\b${ORDINAL_WORD}[ \\t]{1,2}of[ \\t]{1,2}${MONTH}\\b(?:,?[ \\t]{1,2}(?:${YEAR}|${SPOKEN_YEAR}\\b))?`,
      'gi',
    ),
    score: 0.85,
  },
  {
    // A birth date read aloud right after it is asked for or named: "Date of birth? - ten thirty one, sixty seven",
    // "DOB: Six twelve eighty", "one one, two three, two thousand five", "Oh seven, nineteen, nineteen seventy",
    // "april one, nineteen thirty", "Eighteenth of February, eighty seven", "nineteen eighty four, December
    // second". Month, day and year as numbers in words, or a month's name with a day and a year; only within a
    // turn or two of "birth", "DOB", "born" or "birthday" ("ten thirty one" alone is a time).
    id: 'date-spoken-birth',
    type: 'DATE',
    trigger: /birth|\bdob\b|d\.o\.b|\bborn\b/i,
    // Tried only at a word a spoken date can open (a month, a number word, an ordinal): most notes name a birth date
    // in figures, and a scan of the whole note cost 1% of the archive's time.
    anchor: { words: SPOKEN_DATE_OPENERS },
    regex: unparsedRegex(
      `\\b(?:${SPOKEN_MONTH_NUMBER}${SPOKEN_SEP}${SPOKEN_DAY}${SPOKEN_SEP}${SPOKEN_BIRTH_YEAR}` +
        `|${MONTH}[ \\t]{1,2}(?:the[ \\t]{1,2})?${SPOKEN_DAY},?[ \\t]{1,2}${SPOKEN_BIRTH_YEAR}` +
        `|${ORDINAL_WORD}[ \\t]{1,2}of[ \\t]{1,2}${MONTH},?[ \\t]{1,2}${SPOKEN_BIRTH_YEAR}` +
        // Round 157: the month as an ordinal too, "the eleventh of the eleventh, forty-four", "born the third of the fourth."
        // (with no year, a clause's end must follow: "the fifth of the twelfth visits" stays).
        `|${ORDINAL_WORD}[ \\t]{1,2}of[ \\t]{1,2}the[ \\t]{1,2}${ORDINAL_MONTH}(?:,?[ \\t]{1,2}${SPOKEN_BIRTH_YEAR}|(?=[ \\t]{0,2}(?:[.,;:?!)"\\r\\n]|$)))` +
        `|${SPOKEN_YEAR},?[ \\t]{1,2}(?:${MONTH}[ \\t]{1,2}(?:the[ \\t]{1,2})?${SPOKEN_DAY}|(?:the[ \\t]{1,2})?${ORDINAL_WORD}[ \\t]{1,2}of[ \\t]{1,2}${MONTH}))\\b` +
        `(?![ \\t\\-]{1,2}(?:${SPOKEN_UNIT}|percent|weeks?|days?|months?|years?|pounds?|ounces?|grams?|kilos?|minutes?|hours?|o'clock)\\b)`,
      'gi',
    ),
    score: 0.8,
    validate: (_v, doc, start) => BIRTH_CUE_BEFORE.test(doc.lower.slice(Math.max(0, start - 90), start)),
  },
  {
    // "this 14th day of October, 2025", "on the 3rd day of March, 2025", "the fourteenth day of May": the form of
    // affidavits, notarial jurats and court orders. A month must follow "day of" ("the 3rd day of admission" stays).
    id: 'date-day-of-month',
    type: 'DATE',
    // Every match holds "day" as a word of its own: notes without one skip the trigger's scan.
    needsWords: ['day'],
    trigger: /\bday[ \t]{1,2}of[ \t]{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
    regex: unparsedRegex(
      `(?:(?<![\\d\\/.\\-])(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?|\\b${ORDINAL_WORD})[ \\t]{1,2}day[ \\t]{1,2}of[ \\t]{1,2}${MONTH}\\b${MONTH_DOT}(?:,?[ \\t]{1,2}(?:(?:19|20)\\d{2}(?!\\d)|${SPOKEN_YEAR}\\b))?`,
      'gi',
    ),
    score: 0.85,
  },
  {
    // 2019-05 (year and month)
    id: 'date-year-month',
    firstRun: [4, 4],
    anchor: 'digit',
    type: 'DATE',
    regex: /(?<![\d\/.\-])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?![\d\/\-]|\.\d)/g,
    score: 0.7,
  },
  {
    // 03/2020
    id: 'date-month-slash-year',
    firstRun: [1, 2],
    anchor: 'digit',
    type: 'DATE',
    // Either end of a range of the same shape ("01/2024-06/2024", "3/2025–5/2025") is one too.
    regex: /(?:(?<![\d\/.\-])|(?<=(?<![\d\/.\-])(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}[\-–]))(?:0?[1-9]|1[0-2])[\/\-](?:19|20)\d{2}(?![\d\/]|[\-–](?!(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}(?![\d\/\-])))/g,
    score: 0.8,
    validate: (_v, doc, start) => !formEdition(doc.lower, start),
  },
  {
    // 4/88, 11/87: a month and a two-digit year the note's own full dates make likely (see shortYearDate).
    id: 'date-month-slash-short-year',
    firstRun: [1, 2],
    anchor: 'digit',
    // Only a run with a slash and two digits right after it ("4/88") is tried.
    runTest: (text, start, length) => text.charCodeAt(start + length) === 47 && isDigit(text.charCodeAt(start + length + 2)) && !isDigit(text.charCodeAt(start + length + 3)),
    type: 'DATE',
    regex: /(?<![\d\/.:+\-])(?:0?[1-9]|1[0-2])\/\d{2}(?![\d\/+%]|\.\d|[ \t]?(?:mg|mcg|ml|units?|po|tabs?|daily|bid|tid|qd)\b)/gi,
    score: 0.7,
    validate: (v, doc, start, end) => {
      const [month = 0, yy = 0] = numericParts(v);
      return shortYearDate(doc, start, end, month, yy);
    },
  },
  {
    // Round 91: a medication administration record's or a flow sheet's days as column heads ("| Time | 11/3 | 11/4 |
    // 11/5 |"): three or more month/day cells side by side, one month, the days rising. A grade's row ("| 5/5 | 5/5 |
    // 4/5 |") or a count's ("| 1/5 | 2/5 | 3/5 |") has no rising days in one month.
    id: 'date-column-days',
    type: 'DATE',
    anchor: 'digit',
    regex: /(?<=\|[ \t]{0,3})(?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])(?=[ \t]{0,3}\|)/g,
    score: 0.8,
    validate: (_v, doc, start) => risingDayCells(doc.text, start),
  },
  {
    // "UNK/06/2021", "UN-JUN-2021", "UK/03/2024": a case report form's partial date, the day unknown and written so;
    // the month and year are still a date's elements. "UNK/UNK/2019" holds a year only and stays.
    id: 'date-unknown-day',
    type: 'DATE',
    anchor: { words: ['unk', 'un', 'uk'] },
    regex: /\b(?:UNK|Unk|unk|UN|UK)([\/\-])(?:0?[1-9]|1[0-2]|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\1(?:19|20)\d{2}(?![\d\/\-])/g,
    score: 0.85,
  },
  {
    // "on Monday the thirty-first", "Friday the second": a day of the month read aloud after its weekday
    // (voicemail and dictation), ending a clause ("Friday the second dose" counts doses); the weekday stays outside.
    id: 'date-weekday-word-ordinal',
    type: 'DATE',
    anchor: { words: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
    regex: unparsedRegex(`\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \\t]{1,2}the[ \\t]{1,2}(${ORDINAL_WORD})(?=[ \\t]{0,2}(?:[.,;:)\\]"”]|\\r?\\n|$)|[ \\t]{1,2}(?:and|at|when|while|of|in|or|we|she|he|they|i|you)\\b)`, 'gi'),
    group: 1,
    score: 0.8,
  },
  {
    // "14/XI/24", "3.IV.1950", "2-VII-2019": a Roman month between day and year, as Central and Eastern Europe write it.
    id: 'date-roman-month',
    firstRun: [1, 2],
    anchor: 'digit',
    type: 'DATE',
    // Most notes have no Roman month: one look after each digit run spares a try at every short one.
    trigger: (doc) => atSomeDigitRun(doc, romanAfterRun),
    // Spaces part them too ("4 XI 2020", as Polish and Czech letters write it), then only before a four-digit year of
    // this or the last century and not before a dose's unit ("1 IV 2000 units"), nor after a class word.
    regex: /(?<![\d\/.\-])\d{1,2}(?:([\/.\-])(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\1(?:\d{4}|\d{2})|[ \t](?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[ \t](?:19|20)\d{2}(?![ \t]?(?:mg|mcg|ml|mL|units?|u|g|cc|L|mmol|meq|mEq)\b))(?![\d\/]|\.\d)/g,
    score: 0.85,
    validate: (v, doc, start) => {
      const day = Number.parseInt(v, 10);
      if (day < 1 || day > 31) return false;
      return !/^\d{1,2}[ \t]/.test(v) || !ROMAN_CLASS_BEFORE.test(doc.lower.slice(Math.max(0, start - 16), start));
    },
  },
  {
    // Round 86: a Roman month and a year without the day ("cholecystectomy VII.2016", "op. IV/2021"), as the same
    // letters write an earlier event; capitals only, and not a stage's, class's or grade's numeral ("NYHA III.2019"
    // is no way to write a class, but "Stage II/2020 staging" guards it).
    id: 'date-roman-month-year',
    anchor: { digitsAfter: /[IVX.\/]/, maxBack: 5 },
    type: 'DATE',
    trigger: /[IVX][.\/](?:19|20)\d\d/,
    regex: unparsedRegex(String.raw`(?<![\p{L}\d.\/\-])(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[.\/](?:19|20)\d{2}(?![\d\/]|\.\d)`, 'gu'),
    score: 0.8,
    validate: (_v, doc, start) => !ROMAN_CLASS_BEFORE.test(doc.lower.slice(Math.max(0, start - 16), start)),
  },
  {
    // "2024年10月2日", "令和6年10月2日", "10月2日": year, month and day marked by 年, 月 and 日 (Japanese, Chinese), an
    // era name before the year; "2024年10月" is a month and year.
    id: 'date-cjk',
    type: 'DATE',
    trigger: /月/,
    regex: /(?:(?:令和|平成|昭和|大正|明治)?(?:\d{1,4}|元)年[ \t]?)?(?<!\d)\d{1,2}月(?:[ \t]?\d{1,2}日|(?<=年[ \t]?\d{1,2}月))/g,
    score: 0.85,
    validate: (v) => {
      const m = /(\d{1,2})月(?:[ \t]?(\d{1,2})日)?/.exec(v);
      const month = Number(m?.[1] ?? 0);
      const day = m?.[2] === undefined ? 1 : Number(m[2]);
      return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    },
  },
  {
    // "Showa 22.4.3", "Heisei 12/3/4": a Japanese era year with month and day.
    id: 'date-japanese-era',
    type: 'DATE',
    anchor: { words: ['meiji', 'taisho', 'showa', 'heisei', 'reiwa'] },
    regex: /\b(?:meiji|taisho|showa|heisei|reiwa)[ \t]?\d{1,2}[.\/\-]\d{1,2}[.\/\-]\d{1,2}(?![\d\/]|\.\d)/gi,
    score: 0.85,
  },
  {
    // 3/4, 10/14 without a year: a date only after a date cue (else a ratio, score or fraction)
    id: 'date-day-month-numeric',
    firstRun: [1, 2],
    anchor: 'digit',
    type: 'DATE',
    // After a hyphen only as the end of a range of the same shape ("3/4-3/9").
    regex: /(?<![\d\/.:+]|(?<!\d\/\d{1,2})-)\d{1,2}\/\d{1,2}(?![\d\/+]|\.\d|\s?(?:mg|ml|mcg|tab|murmur|strength|cm|mm))/gi,
    score: 0.3,
    validate: (v, doc, start, end) => {
      const [a = 0, b = 0] = numericParts(v);
      // "Started RHZE 23/10", "el martes 24/11": a day over 12 first, as most of the world writes it, is read
      // with the same cues (a part over a smaller whole is no fraction); a note's own months are US-ordered.
      const dayFirst = !(a >= 1 && a <= 12 && b >= 1 && b <= 31);
      if (dayFirst && !(a <= 31 && b >= 1 && b <= 12)) return false;
      // Most tests below are regexes anchored on a side of the match that open (or close) with a blank, a dash or a
      // line break: the neighbouring characters are read once and rule out most of them before any slice is made.
      const blankBefore = start > 0 && isBlank(doc.lower.charCodeAt(start - 1));
      const blankAfter = isBlank(charAt(doc.lower, end));
      let fractionAfterMemo: boolean | undefined;
      const fractionAfter = (): boolean => (fractionAfterMemo ??= FRACTION_AFTER.test(doc.lower.slice(end, end + 12)));
      // "3/12 ago", "2/7 ago": British notes' months and days as fractions of a year and a week, a time span.
      if (blankAfter && /^[ \t]{1,2}ago\b/.test(doc.lower.slice(end, end + 8))) return false;
      // The lead (2026-12-01): "available 24/7", "24/7 nurse line": all day, every day ("on 24/7 she fell" stays 24 July).
      if (a === 24 && b === 7 && (ALWAYS_BEFORE.test(doc.lower.slice(Math.max(0, start - 16), start)) || ALWAYS_AFTER.test(doc.lower.slice(end, end + 16)))) return false;
      // "on 1/2NS w/ 20K", "D5 1/4 NS": half and quarter normal saline, whatever cue stands before.
      if (letterNAfterBlanks(doc.lower, end) && SALINE_AFTER.test(doc.lower.slice(end, end + 16))) return false;
      if (dayFirst && foreignWeekdayBefore(doc.lower, start)) return 0.7;
      // Round 86: a score out of ten after another and an arrow ("pain 8/10 -> 3/10 at 0620"): the score it fell to.
      if (b === 10 && SCORE_ARROW_BEFORE.test(doc.lower.slice(Math.max(0, start - 14), start))) return false;
      // "2/14 06:00", "6/2 at 9:15", "3/4-3/9": a time or a range of the same shape makes it a date.
      if ((isDash(charAt(doc.text, end)) && /^[–\-]\d{1,2}\/\d{1,2}/.test(doc.text.slice(end, end + 6))) || (blankAfter && TIME_AFTER.test(doc.lower.slice(end, end + 12)))) return 0.8;
      // Round 160: a night's two days joined by an arrow ("night of 12/1→12/2", "12/31->1/1"): the second day follows the first.
      if (!dayFirst && b !== 10 && !(a <= b && b <= 5) && arrowDayPair(doc.text, start, end) && !SETTING_BEFORE.test(doc.lower.slice(Math.max(0, start - 24), start))) return 0.8;
      // Round 163: the day of an on-call swap after its two names ("Swap: Brennan <-> Thibodeaux 12/10").
      if (!dayFirst && blankBefore && SWAP_DAY_BEFORE().test(doc.text.slice(Math.max(0, start - 48), start))) return 0.8;
      if (start > 0 && isDash(doc.text.charCodeAt(start - 1)) && /\d{1,2}\/\d{1,2}[–\-]$/.test(doc.text.slice(Math.max(0, start - 6), start))) return 0.8;
      // Round 75: "fell 4/17 pm": a day of the month (over 12, so no share of a whole) and the half of the day.
      if (!dayFirst && b > 12 && blankAfter && HALF_DAY_AFTER.test(doc.lower.slice(end, end + 6))) return 0.7;
      if (!dayFirst && !(a === 1 && b === 2) && doc.text.charCodeAt(end) === 41 && doc.text.charCodeAt(start - 1) === 40) {
        const near = doc.lower.slice(Math.max(0, start - 24), start);
        if (DAY_COUNT_PAREN_BEFORE.test(near) || MEASURE_PAREN_BEFORE.test(near)) return 0.7;
        if (!scoreShaped(a, b) && DOSE_PAREN_BEFORE.test(near) && FILL_HISTORY_CUE.test(doc.lower.slice(Math.max(0, start - 600), start + 200))) return 0.7;
      }
      // Round 75: "(3/5, 3/12, 3/19)": a bracket holding only days of one month, in order (see bracketedDays).
      if (!dayFirst && bracketedDays(doc.text, start, end)) return 0.7;
      // "Outpatient lactation 12/2 at Kearney Lactation & Family Center": a visit's day before the named place it is
      // kept at (a half is too often a dose: "1/2 at Mercy Clinic" stays).
      if (!(a === 1 && b === 2) && !dayFirst && doc.text.startsWith(' at ', end) && FACILITY_AFTER.test(doc.text.slice(end, end + 72))) return 0.7;
      // The cue must stand right before the date ("on 3/4", "DOB: 3/4"), not anywhere near it.
      const before = doc.lower.slice(Math.max(0, start - 24), start);
      // Round 51: a printed form's edition in brackets after its number ("Form CMS-484 (09/09)", "(Rev. 02/12)"):
      // the month and year the form was revised, on every copy.
      if (doc.text.charCodeAt(end) === 41 && FORM_EDITION_BEFORE.test(before)) return false;
      // Round 166: a label's expiry or a form's revision as a month and a two-digit year ("developer Exp 10/27").
      if (formEdition(doc.lower, start)) return false;
      if (CUE_RIGHT_BEFORE.test(before)) return true;
      // Round 165: a form's date label of more words than the cue ("Date submitted: 11/29", "Date of request: 11/28",
      // "Date of injury: 11/2"), and a pharmacy's fill ("Last fill 11/10 here", "prior fill: 10/14"); no share or score.
      if (!dayFirst && !(a <= b && (b <= 5 || b === 10)) && (DATE_LABEL_BEFORE.test(doc.lower.slice(Math.max(0, start - 36), start)) || FILL_DAY_BEFORE.test(before)) && !fractionAfter()) return 0.75;
      // "peaked 2.1 on\n11/6", "Date:\n03/14": the cue ends the line before.
      if (lineFeedWithin(doc.lower, start, 5) && CUE_LINE_BEFORE.test(before) && !fractionAfter()) return 0.75;
      // "renew 01/01", "seen 09/14": a zero-padded month or day is written as a date, not as a fraction.
      if (v.length === 5 && (v.charCodeAt(0) === 48 || v.charCodeAt(3) === 48) && !fractionAfter()) return 0.7;
      if ((start <= 7 || lineFeedWithin(doc.lower, start, 8)) && LINE_HEAD_BEFORE.test(before)) {
        // "9/26: passed", "3/12 - seen in clinic": a month/day heading a line.
        if (/^(?::[ \t]|[ \t]{1,2}[\-–—]{1,2}[ \t])/.test(doc.text.slice(end, end + 4))) return 0.7;
        // A log's row: a month/day heading the line, then its column's 24-hour clock ("11/18     0312  HOLLING, Verna").
        if (LOG_ROW_TIME_AFTER.test(doc.text.slice(end, end + 14))) return 0.7;
        // Round 66: a disclosure log's row, its month/day the first column of an unbordered pipe table ("10/14 |
        // Pennington, Aurelio | MRN ..."), a capitalised cell (a name, a requester) after it; not a half or a score
        // heading the row ("1/2 | tab", "4/5 | Strength"), nor a row of no one ("10/19 | n/a | self").
        if (!dayFirst && !(a <= b && b <= 5) && (b !== 10 || a > 10) && /^[ \t]{1,2}\|[ \t]{1,2}\p{Lu}/u.test(doc.text.slice(end, end + 6))) return 0.7;
        // Round 88: a text thread's row, its month/day heading the line before the sender's name and a colon ("12/14
        // Ana: running late", "12/14 Clinic: Sure"); not a half or a score heading the row ("1/2 Tab:", "4/5 Strength:").
        if (!dayFirst && !(a <= b && b <= 5) && (b !== 10 || a > 10) && /^[ \t]\p{Lu}[\p{Ll}'’\-]{1,20}(?:[ \t]\p{Lu}[\p{Ll}'’\-]{1,20})?:[ \t]/u.test(doc.text.slice(end, end + 46))) return 0.7;
      }
      // "last saw Dr. Choi in 8/27", "scheduled for 7/3": a preposition of time, unless what follows makes it
      // a fraction or an amount ("in 2/3 of patients", "for 1/2 tab"); halves are too often fractions.
      // 44 characters: "Follow-up with Dr. Ahrens 11/26" puts a title and a surname between the cue and the day.
      if (FOLLOW_UP_BEFORE.test(doc.lower.slice(Math.max(0, start - 44), start)) && !FOLLOW_UP_FRACTION_AFTER.test(doc.lower.slice(end, end + 12))) return 0.75;
      // "| 4/8 | Eusebio Portillo | Chaparral |": the first cell of a table's row, under a date's column (round 41).
      if (!dayFirst && !(a === 1 && b === 2) && tableDateCell(doc.text, start, end)) return 0.7;
      if (!dayFirst && !(a === 1 && b === 2) && tableDateColumnCell(doc.text, start, end)) return 0.7;
      if (!dayFirst && dateHeaderRow(doc.text, start)) return 0.7;
      if (noCueDate(doc.text, doc.lower, start, end, a, b)) return 0.7;
      if (clockDate(doc.lower, start, end, a, b)) return 0.7;
      if (!dayFirst && staffHeadingDate(doc.lower, start, end, a, b)) return 0.7;
      // Round 103: a schedule's swap of shifts ("swapping 12/6 (D)", "picking up 12/9 N", "can cover if someone takes her
      // 12/31"); "picking up 3/4 of the shifts", "covering 2/3 shifts" are shares.
      if (!dayFirst && !(a <= b && b <= 5) && b !== 10 && blankBefore && SHIFT_SWAP_BEFORE.test(doc.lower.slice(Math.max(0, start - 24), start)) && !fractionAfter() && !/^[ \t]{0,2}shifts?\b/.test(doc.lower.slice(end, end + 10))) return 0.7;
      // Round 119: "next INR is 8/19", "refill ready 7/6" (see COPULA_DAY_CUE_BEFORE); "Odile: 6/28 works" (see speakerLabelDay).
      if (!dayFirst && !(a === 1 && b === 2) && b !== 10 && COPULA_DAY_CUE_BEFORE.test(doc.lower.slice(Math.max(0, start - 36), start)) && !fractionAfter()) return 0.7;
      if (!dayFirst && speakerLabelDay(doc, start, a, b) && !fractionAfter()) return 0.7;
      if (!dayFirst && !(a <= b && b <= 5) && b !== 10 && TEST_COPULA_BEFORE.test(doc.lower.slice(Math.max(0, start - 24), start)) && !fractionAfter()) return 0.7;
      // Round 170: a day agreed to in a reply ("Yes 12/8 works", "ok, 11/30 is fine", "sure 12/3 would work"): a
      // reply's word before, agreement after; no score's or share's shape.
      if (!dayFirst && !(a <= b && b <= 5) && b !== 10 && blankAfter && DAY_AGREED_AFTER.test(doc.lower.slice(end, end + 20)) && REPLY_WORD_BEFORE.test(doc.lower.slice(Math.max(0, start - 12), start))) return 0.7;
      // Round 140: a day asked about ("was it 11/30?", "is it on 12/9?"): the question closes right after it.
      if (!dayFirst && !(a <= b && b <= 5) && b !== 10 && doc.text.charCodeAt(end) === 63 && DAY_ASKED_BEFORE.test(doc.lower.slice(Math.max(0, start - 16), start))) return 0.7;
      // An outbreak interview's or a history's "onset: 11/11", "symptoms began 3/2", unless a pain score ("onset
      // 8/10") or an amount ("began 1/4 tab") follows.
      if (b !== 10 && ONSET_BEFORE.test(before) && !FOLLOW_UP_FRACTION_AFTER.test(doc.lower.slice(end, end + 12))) return 0.7;
      // "St. Luke's ED 11/2", "OSH ER 3/14": a visit to an emergency or intensive care unit, dated.
      // "eye clinic at Pine Ridge Hospital 12/9.": a named hospital or clinic, then the day, ending as a date.
      if (b > 5 && a <= 12 && start > 0 && isBlank(doc.text.charCodeAt(start - 1)) && FACILITY_HEAD_BEFORE().test(doc.text.slice(Math.max(0, start - 24), start)) && DATE_END_AFTER.test(doc.lower.slice(end, end + 12)) && !fractionAfter()) return 0.7;
      if (!(a === 1 && b === 2) && blankBefore && CALL_SIGN_BEFORE.test(before) && !fractionAfter()) return 0.7;
      if (unitLetterBefore(doc.text, start) && UNIT_BEFORE.test(doc.text.slice(Math.max(0, start - 8), start)) && !fractionAfter() && !/^[ \t]{0,2}(?:beds?|pain)\b/.test(doc.lower.slice(end, end + 8))) return 0.7;
      // Round 154: a sign-off's day after a clinician's initial and surname ("C. Underhill, 12/1.", "-- R. Oyelaran-Diaz,
      // 11/30"): the day ends the line or the sentence; no share of five or less, no score out of ten.
      if (!dayFirst && !(a <= b && b <= 5) && b !== 10 && SIGN_OFF_NAME_BEFORE.test(doc.text.slice(Math.max(0, start - 32), start)) && /^(?:[ \t]*(?:\r?\n|$)|\.(?:\s|$))/.test(doc.text.slice(end, end + 3))) return 0.7;
      if (eventDate(doc.lower, start, end, a, b) || listAfterCue(doc.lower, start, end) || (!dayFirst && offeredDay(doc.lower, start, end, a, b))) return 0.7;
      if (!(a <= b && b <= 5) && b !== 10 && pipeCellDay(doc.text, start, end)) return 0.7;
      // Round 38: "s/p primary LTCS 2/27 for arrest", "s/p lap chole 11/14 with": an operation's day after "s/p" and
      // its name (one to three words), unless a score's or a count's word stands right before ("s/p chemo cycle 4/6").
      if (!(a <= b && b <= 5) && b !== 10 && (blankBefore || doc.lower.charCodeAt(start - 1) === 40) && STATUS_POST_BEFORE.test(doc.lower.slice(Math.max(0, start - 48), start)) && !countedOrScored(doc.lower, start, end)) return 0.7;
      if (!(a === 1 && b === 2)) {
        // The encounter word is singular ("visit", not "visits"): a share of things counts them in the plural.
        if (blankBefore && ATTRIBUTIVE_BEFORE.test(doc.lower.slice(Math.max(0, start - 8), start)) && ENCOUNTER_AFTER.test(doc.lower.slice(end, end + 32))) return 0.7;
        if (blankBefore && RANGE_END_BEFORE.test(doc.lower.slice(Math.max(0, start - 28), start)) && !fractionAfter()) return 0.7;
        // Round 49: a range's first day before "through" and a full date ("off work 11/20 through 12/4/2026",
        // "3/2 to 3/16/26"): the year written once, at the end.
        if (!dayFirst && blankAfter && RANGE_TO_FULL_DATE_AFTER.test(doc.lower.slice(end, end + 24))) return 0.7;
      }
      // "in 8/27", "in 11/1": after a preposition of time, a day of 3 or more, or a month over its day (no fraction is
      // written so), unless counted things follow ("in 1/2 of patients").
      if ((b >= 3 || (a > b && !dayFirst)) && blankBefore && TIME_PREPOSITION_BEFORE.test(doc.lower.slice(Math.max(0, start - 8), start)) && !fractionAfter() && !SCORE_THEN_LAST.test(doc.lower.slice(Math.max(0, start - 20), start)) && !lastDuration(doc.lower, start, a, b)) return 0.7;
      // Round 53: a meeting's or a hand-off's heading dated after a dash at the line's end ("Night float sign-out —
      // Medicine team B — 11/27", "Tumour board – 3/14"); not a score ("Rounds: grip strength — 4/5", "pain — 7/10").
      if (!dayFirst && !(a <= b && b <= 5) && b !== 10 && /^[ \t]*(?:\r?\n|$)/.test(doc.text.slice(end, end + 3)) && MEETING_HEADING_BEFORE.test(doc.lower.slice(Math.max(0, start - 72), start))) return 0.7;
      // Round 140: a list's heading opening its line, dated, then a colon and the line's end ("Task list 12/2:", "To do
      // 11/30:"); "Checklist 4/5:" is a score's shape and stays.
      if (!dayFirst && !(a <= b && b <= 5) && b !== 10 && /^:?[ \t]*(?:\r?\n|$)/.test(doc.text.slice(end, end + 4)) && LIST_HEADING_BEFORE.test(doc.lower.slice(Math.max(0, start - 24), start))) return 0.7;
      // Round 142: a note's own heading, its kind opening the line, then the day closing it ("NICU progress, 12/2", "PICU
      // update - 11/30", "Progress note, 12/2"); "Progress 4/5" and "update 7/10" are scores' shapes and stay.
      if (!dayFirst && !(a <= b && b <= 5) && b !== 10 && /^:?[ \t]*(?:\r?\n|$)/.test(doc.text.slice(end, end + 4)) && NOTE_KIND_HEADING_BEFORE.test(doc.lower.slice(Math.max(0, start - 48), start))) return 0.7;
      if (!dayFirst && !(a <= b && b <= 5) && (b !== 10 || a > 10) && stageRowDay(doc, start, end)) return 0.7;
      if (!dayFirst && cuedMonthDate(doc, start, end, a, b)) return 0.6;
      if (dayFirst) return dayFirstDocumentDate(doc, start, end, a, b) ? 0.6 : false;
      if (datedDocumentDate(doc, start, end, a, b)) return 0.6;
      // "(9/1 and 9/8)": the first of two days of one month, joined, in a dated note, when the second is a date.
      const pair = PAIRED_DAY_AFTER.exec(doc.text.slice(end, end + 14));
      if (pair !== null && Number(pair[1]) === a && Number(pair[2]) > b && Number(pair[2]) >= 5) {
        const start2 = end + pair[0].length - (pair[2] as string).length - (pair[1] as string).length - 1;
        // Round 164: an undated pair falls through to the bare and improper shapes ("cx'd 11/9 and 11/23").
        if (datedDocumentDate(doc, start2, end + pair[0].length, a, Number(pair[2]))) return 0.6;
      }
      if (bareMonthDay(doc, start, end, a, b)) return 0.5;
      if (improperMonthDay(doc, start, end, a, b)) return 0.5;
      if (listedMonthDay(doc, start, end, a, b)) return 0.5;
      return false;
    },
    context: DATE_CUES,
    contextWindow: 14,
    contextBoost: 0.45,
  },
];

/**
 * Round 83: a cumulative lab report's header row, "DATE   6/3   6/5   6/8" or "Collected:  3/4   3/9": a line
 * holding only a date label and two or more month/days in columns, each the heading of its results below.
 */
const DATE_HEADER_ROW = /^[ \t]{0,4}(?:date|dates|collected|coll(?:ection)? date|drawn|specimen date)[ \t]{0,2}:?(?:[ \t]{1,12}\d{1,2}\/\d{1,2}){2,12}[ \t]*$/i;
function dateHeaderRow(text: string, start: number): boolean {
  // Bounded to the 160 characters a header row may have (a line of megabytes is scanned once, not per day).
  const back = lastIndexWithin(text, NEWLINE, start, 121);
  if (back < 0 && start > 120) return false;
  const from = back + 1;
  const fwd = indexWithin(text, NEWLINE, start, from + 161 - start);
  const to = fwd >= 0 ? fwd : text.length;
  return to - from <= 160 && DATE_HEADER_ROW.test(text.slice(from, to).replace(/\r$/, ''));
}

/**
 * Round 53: a meeting's or a hand-off's name on the line, then a dash right before its month/day. Round 138: or the
 * meeting's name and "summary" or "notes" right before it, as a heading ends ("Family meeting summary 11/20").
 */
const MEETING_HEADING_BEFORE = /(?:^|[^a-z])(?:sign-?out|hand-?off|handover|rounds|conference|m ?& ?m|board|huddle|minutes|meeting|committee|census|journal club)(?![a-z])(?:[^\n]{0,48}[ \t][—–\-][ \t]{1,2}|[ \t]{1,2}(?:summary|notes?)[ \t]{0,2}:?[ \t]{1,2})$/;

/** Round 140: a list's heading at a line's start before its day: "Task list ", "To-do ", "Checklist for ". */
/**
 * Round 165: a form's label of a date with a word or two after "date", its colon right before the day ("Date submitted:",
 * "Date of request:", "Date reported:"); "date" opens the label (a line's start, a blank, a pipe or a bracket before it).
 */
const DATE_LABEL_BEFORE = /(?:^|[\n|(\t ])date[ \t](?:of[ \t])?[a-z][a-z'’\-]{2,15}(?:[ \t][a-z][a-z'’\-]{1,15})?[ \t]?:[ \t]{0,3}$/;
/** Round 165: a pharmacy's last or earlier fill before its day ("Last fill 11/10", "prior fill: 10/14", "last refill on 9/2"). */
const FILL_DAY_BEFORE = /(?:^|[^a-z])(?:last|prior|previous|earlier)[ \t](?:fill|filled|refill|refilled|fill[ \t]date)[ \t]{0,2}:?[ \t]{0,2}(?:on[ \t])?$/;
const LIST_HEADING_BEFORE = /(?:^|\n)[ \t]{0,4}(?:task[ \t]list|to-?do(?:[ \t]list)?|todo(?:[ \t]list)?|checklist|reminders)[ \t]{0,2}(?:for[ \t]{1,2})?$/;
/**
 * Round 142: a note's kind heading its line before the day: up to three words of a unit or a service ("NICU", "PICU
 * daily"), then "progress", "update", "addendum" or "note", and a comma, a dash or a blank.
 */
/**
 * Round 151: a stage table's row, a stage's or a step's number (its word may head the column instead) and the bare
 * month/day it was reached, then a column's gap or the line's end ("Stage 1  11/10  symptom-limited", "2  11/11" under
 * "Stage  Date", "1 11/10  2 11/11" in a return-to-play plan); the table's word must stand within the lines before.
 * "Stage 3 12/15 nodes" (one blank: a count of nodes), "Stage 2  3/4", "Step 1  7/10 pain" stay.
 */
const STAGE_ROW_BEFORE = /(?:^|\n|[ \t]{2}|\t)[ \t]{0,4}(?:(?:stage|step|phase)[ \t]{1,2})?\d{1,2}[.):]?[ \t]{1,4}$/;
const STAGE_WORDS = /\b(?:stages?|steps?|phases?)\b/;
function stageRowDay(doc: DocumentView, start: number, end: number): boolean {
  if (!/^(?:[ \t]{2}|\t|[ \t]*(?:\r?\n|$))/.test(doc.text.slice(end, end + 3))) return false;
  const before = doc.lower.slice(Math.max(0, start - 16), start);
  if (!STAGE_ROW_BEFORE.test(before)) return false;
  return STAGE_WORDS.test(doc.lower.slice(Math.max(0, start - 240), start));
}

const NOTE_KIND_HEADING_BEFORE = /(?:^|\n)[ \t]{0,4}(?:[a-z&\/]{1,12}[ \t]{1,2}){0,3}(?:progress|update|addendum|note)(?:[ \t]{1,2}note)?[ \t]{0,2}[,\-–—]?[ \t]{1,2}$/;
/** Round 140: a question's words before its day: "was it ", "is it on ", "wasn't it ". */
const DAY_ASKED_BEFORE = /(?:^|[^a-z])(?:was|is|wasn['’]?t|isn['’]?t)[ \t]{1,2}it(?:[ \t]{1,2}on)?[ \t]{1,2}$/;

/** A table's header naming a date's column: "| Fecha | Cliente |", "| Date | Client |", "| DOS | ...". */
const DATE_COLUMN_HEADER = /^[ \t]*\|[ \t]*(?:fecha|date|dos|d[ií]a|data|day|visit(?: date)?|encounter date)[ \t]*\|/i;
/**
 * The month/day at start..end fills the first cell of a row of a pipe table ("| 4/8 | ...") whose header row, at
 * the top of the same block of rows, names that column a date. Reads back at most 40 lines.
 */
const APGAR_BEFORE = /(?:^|[^a-z])apgars?(?:[ \t]{1,2}(?:scores?|of|were|was))*[ \t]{0,2}:?[ \t]{0,2}$/;

/** A date's header cell: "Date", "Fecha", "DOS", "Visit date", "Date given". */
const DATE_HEADER_CELL = /^[ \t]*(?:fecha|date|dos|d[ií]a|data|day|visit(?: date)?|encounter date|date (?:given|seen|done|of service))[ \t]*$/i;
/**
 * Round 153: a month/day filling any cell of a pipe table's row (a pipe each side) whose header row, at the top of the
 * same block of rows, names that column a date ("| Tx # | Date | Start |" over "| 18 | 11/30 | 08:02 |", a
 * hyperbaric log). The cell is found by counting the pipes before the day on its line (lines over 400 characters are
 * not read); a rule line under the header is skipped. "| 18 | 3/4 |" under "| Tx # | Dose |" stays.
 */
function tableDateColumnCell(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (i < 0 || text.charCodeAt(i) !== 124 /* | */) return false;
  if (!/^[ \t]*\|/.test(text.slice(end, end + 4))) return false;
  const lineStart = lastIndexWithin(text, NEWLINE, start, 401) + 1;
  if (lineStart === 0 && start > 400) return false;
  const before = text.slice(lineStart, start);
  if (!/^[ \t]*\|/.test(before)) return false;
  let column = 0;
  for (let k = 0; k < before.length; k++) if (before.charCodeAt(k) === 124) column++;
  let ls = lineStart;
  for (let n = 0; n < 40 && ls > 0; n++) {
    const prev = lastIndexWithin(text, NEWLINE, ls - 2, 401) + 1;
    if (prev === 0 && ls - 2 > 400) return false;
    if (!/^[ \t]*\|/.test(text.slice(prev, prev + 8))) break;
    ls = prev;
  }
  if (ls === lineStart) return false;
  const lineEnd = indexWithin(text, NEWLINE, ls, 401);
  if (lineEnd < 0 && text.length - ls > 400) return false;
  const cells = text.slice(ls, lineEnd < 0 ? text.length : lineEnd).split('|');
  return column < cells.length && DATE_HEADER_CELL.test(cells[column] ?? '');
}

function tableDateCell(text: string, start: number, end: number): boolean {
  // Only blanks and one pipe between the line's start and the day, read backwards from the day: slicing from the
  // line's start would copy a line of megabytes for every candidate on it.
  let i = start - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (i < 0 || text.charCodeAt(i) !== 124 /* | */) return false;
  i--;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (i >= 0 && text.charCodeAt(i) !== NEWLINE) return false;
  const lineStart = i + 1;
  if (!/^[ \t]*\|/.test(text.slice(end, end + 4))) return false;
  let ls = lineStart;
  for (let n = 0; n < 40 && ls > 0; n++) {
    const prev = text.lastIndexOf('\n', ls - 2) + 1;
    const line = text.slice(prev, ls - 1);
    if (!/^[ \t]*\|/.test(line)) break;
    ls = prev;
  }
  return ls !== lineStart && DATE_COLUMN_HEADER.test(text.slice(ls, text.indexOf('\n', ls) >>> 0));
}

// Holidays fix a day: a date element with a year ("Thanksgiving 2026") or right after a date cue
// ("admitted Christmas Eve", "the day after Easter"), not in "Christmas tree" or "merry Christmas".
// Round 59: Veterans Day, Juneteenth and Presidents' Day too ("seen at the VA on Veterans Day 2025"); not "Veterans Day parade".
// Round 117: "by" is a cue too ("off the steroid by Easter", "decide by Independence Day"), and "the Easter holiday" is
// the day itself ("the Christmas holidays" stay a season).
// Round 86: the Commonwealth's Boxing, Canada, Anzac and Remembrance Days, as GP letters write them ("seen over
// Boxing Day", "fell on Canada Day"); not "Remembrance Day service".
export const HOLIDAY_WORDS = ['thanksgiving', 'christmas', 'xmas', 'new', 'easter', 'memorial', 'labor', 'labour', 'independence', 'halloween', 'valentine', 'valentines', 'mother', 'mothers', 'father', 'fathers', 'veterans', 'veteran', "veteran's", 'juneteenth', 'presidents', 'president', "president's", 'boxing', 'canada', 'anzac', 'remembrance'];
const HOLIDAY_CUE_BEFORE =
  /(?:^|[^a-z])(?:on|since|over|after|before|until|till|through|thru|during|around|by|admitted|discharged|seen|born|died|expired|passed|(?:morning|evening|night|afternoon|weekend|week|day)[ \t]{1,2}(?:of|after|before))[ \t]{1,2}(?:the[ \t]{1,2})?$/;
// Round 145: an office's or a service's holiday closing dates no one ("office closed on Thanksgiving", "clinic closing
// over Christmas", "holiday closure through New Year's Day"): the closing word in the same clause, a few words before.
const HOLIDAY_CLOSING_BEFORE = /(?:^|[^a-z])(?:closed|closing|closes|closure|shut|reopens?|reopening)(?:[ \t]{1,2}[a-z'’]{1,12}){0,4}[ \t]{1,2}$/;
const HOLIDAY_PATTERN: PatternSpec = {
  id: 'date-holiday',
  type: 'DATE',
  anchor: { words: HOLIDAY_WORDS },
  regex:
    unparsedRegex(String.raw`\b(?:thanksgiving(?:[ \t]day)?|christmas(?:[ \t](?:eve|day))?|xmas(?:[ \t](?:eve|day))?|new[ \t]year(?:['’]?s)?(?:[ \t](?:eve|day))?|easter(?:[ \t]sunday)?|memorial[ \t]day|labou?r[ \t]day|independence[ \t]day|halloween|valentine(?:['’]?s)?[ \t]day|(?:mother|father)(?:['’]?s)?[ \t]day|veteran(?:s['’]?|['’]s)?[ \t]day|juneteenth|president(?:s['’]?|['’]s)?[ \t]day|(?:boxing|canada|anzac|remembrance)[ \t]day)(?![\p{L}\-]|[ \t]{1,2}(?:trees?|lights?|decorations?|ornaments?|part(?:y|ies)|cards?|gifts?|presents?|music|carols?|shopping|cookies|cand(?:y|ies)|costumes?|parade|sales?|spirit|season|holidays|break|vacation|eggs?|bunny|basket|lilies|lily)(?![\p{L}]))(?:,?[ \t]{1,2}(?:19|20)\d{2}(?!\d))?`, 'giu'),
  score: 0.8,
  validate: (v, doc, start) => {
    if (/\d{4}$/.test(v)) return true;
    // "New Year" without the possessive or Eve/Day is mostly "the new year"; only with a year.
    if (/^new[ \t]year$/i.test(v)) return false;
    if (HOLIDAY_CLOSING_BEFORE.test(doc.lower.slice(Math.max(0, start - 72), start))) return false;
    return HOLIDAY_CUE_BEFORE.test(doc.lower.slice(Math.max(0, start - 24), start)) ? 0.72 : false;
  },
};

/** "M/", "F / " right before the digit run at `start` (by char code: it runs at every run of two or three digits). */
function sexSlashBefore(text: string, start: number): boolean {
  let p = start - 1;
  if (isBlank(text.charCodeAt(p))) p--;
  if (text.charCodeAt(p) !== 47) return false;
  p--;
  if (isBlank(text.charCodeAt(p))) p--;
  const c = text.charCodeAt(p);
  return c === 77 || c === 70;
}

/** Round 145: a person's label heading a header's line ("Decedent:", "Pt:", "Client:", "Name:"). */
const HEADER_PERSON_CUE = /^(?:decedent|deceased|patient|pt|client|resident|name|member|subject|conservatee|ward|participant)[ \t]{0,2}:/;
const AGE_HEADER_CUE = /(?:^|[^a-z])(?:dob|d\.o\.b\.?|birth|born|age|sex|gender)\b/;
const YTTRIUM_AFTER = /^[ \t\-]{0,2}(?:radio|micro|sirt|glass|resin|therap|treat|dose|embol|spheres?|ibritumomab|seeds?)/;
const BIRTH_CUE = /(?:^|[^a-z])(?:dob|d\.o\.b\.?|birth|born)\b/;
const WORD_UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
/** "ninety", and "ninty" as it is often typed, dictated or scanned. */
const NINETY = 'nine?ty';
/**
 * An age over 89 in words, as a regex source with no group: "ninety", "ninety-two", "one hundred", "one hundred and
 * twelve"; `hundredOpeners` also admits "a hundred" where speech says it ("she's a hundred and one").
 */
function agesOver89InWords(hundredOpeners: 'one' | '(?:one|a)'): string {
  return `${NINETY}(?:[ \\t\\-]${WORD_UNITS})?|${hundredOpeners}[ \\t\\-]hundred(?:[ \\t\\-](?:and[ \\t\\-])?(?:${WORD_UNITS}|ten|eleven|twelve))?`;
}
/** The words an age's predicate starts with, as tokens ("He's" is one). */
/** What families call a parent or grandparent in their own language: "Appa is 91", "Nonna is 96", "my abuela's 93". */
const ELDER_KIN_NAMES = ['appa', 'amma', 'nana', 'nanna', 'papa', 'granny', 'gran', 'grandad', 'granddad', 'gramma', 'grampa', 'abuela', 'abuelo', 'oma', 'opa', 'nonna', 'nonno', 'bubbe', 'zayde', 'yiayia', 'pappou', 'tutu'];
const AGE_PREDICATE_SUBJECTS = ['he', 'she', "he's", "she's", 'hes', 'shes', 'he’s', 'she’s', "i'm", 'i’m', 'husband', 'wife', 'spouse', 'partner', 'mother', 'father', 'mom', 'dad', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'aunt', 'uncle', 'sister', 'brother', 'patient', 'pt', 'turned', 'resident', 'client', 'participant', 'ward', 'veteran', 'turns', 'who', 'neighbor', 'neighbour', 'turning', "i'll", 'i’ll', 'i', "she'll", 'she’ll', "he'll", 'he’ll', ...ELDER_KIN_NAMES];
/** The two words of a name before "is", "was", "turned" ("Irena Novak is ", "Beatriz Alvarado, is "), at the end of a slice. */
/** Relatives before a bare age: "mother (91, dementia)", "grandfather 96 w/ CHF". */
const KIN_AGE_WORDS = ['husband', 'wife', 'spouse', 'mother', 'father', 'mom', 'dad', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'aunt', 'uncle', 'sister', 'brother', ...ELDER_KIN_NAMES];
/** Round 138: what a person is said to be doing well for an age: "not bad for 91", "sharp for 96". */
const FOR_AGE_WORDS = ['bad', 'good', 'sharp', 'spry', 'great', 'healthy', 'fit', 'strong', 'young', 'amazing', 'remarkable', 'impressive', 'lucid'];
const PLACE_AFTER_AGE = /^[ \t]{0,2}(?:in|at)[ \t]{1,2}/i;
const CAPITAL_AFTER_AGE = /^[ \t]{0,2}(?:in|at)[ \t]{1,2}\p{Lu}/u;
const MONTH_AFTER_AGE = /^[ \t]{0,2}in[ \t]{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
const AGE_PATTERNS: readonly PatternSpec[] = [
  {
    // 92 y/o, 92-year-old, 95 yo, 101 years old, 93yo
    id: 'age-over-89',
    firstRun: [2, 3],
    anchor: 'digit',
    type: 'AGE',
    // German, French, Italian, Spanish and Dutch too: "90-jährige", "92 ans", "92 anni", "95 años", "91 Jahre", "90 jaar".
    regex: /(?<![\d.,])\d{2,3}[ \t]{0,2}(?:-[ \t]{0,2})?(?:y\/o|y\.o\.?|yo|yrs?\.?|years?|yr|j(?:ä|ae)hrige?[nrs]?|ans|anni|años|anos|jahre|jaar)(?:[ \t\-]{1,2}old)?(?:(?<=yo)[mf])?(?![a-z])/gi,
    score: 0.85,
    validate: (v) => {
      const n = Number.parseInt(v, 10);
      return n >= 90 && n <= 130;
    },
  },
  {
    // Round 136: "At 93, he still insisted ...", "even at 95, she walked daily": a bare number after "at" opening
    // the sentence (or after "even", "still", "now"), then a comma and the person as the subject, is the age
    // ("At 95, his heart rate" or "at 95 bpm" has no pronoun subject after the comma).
    id: 'age-over-89-at',
    type: 'AGE',
    trigger: /\b[Aa]t[ \t]{1,2}(?:9\d|1[01]\d),[ \t]/,
    regex: /(?<=(?:(?:^|[.!?:;]["”’)]?[ \t]{1,3}|\n[ \t]{0,8})At|(?:[Ee]ven|[Ss]till|[Nn]ow|[Aa]lready)[ \t]{1,2}at)[ \t]{1,2})(?:9\d|1[01]\d)(?=,[ \t]{1,2}(?:he|she|they|I|[A-Z][a-z]{1,20}[ \t]{1,2}(?:still|was|is|had|has|lived|walked|drove))\b)/g,
    score: 0.8,
  },
  {
    // 97F, 92M, 95/F, 95Y F, Age/Sex: 95/F (not a temperature: no T/temp/degree sign before it)
    id: 'age-over-89-sex',
    firstRun: [2, 3],
    anchor: 'digit',
    type: 'AGE',
    // Not inside a word or code: "Quarrington-a94f." (a random suffix) holds no age.
    // Round 128: a wristband's "95Y F" puts the years' letter between the age and the sex.
    regex: /(?<![A-Za-z\d.,°\-])(?:9\d|1[01]\d)(?:[Yy][ \t]{1,2}|[ \t]?\/?[ \t]?)(?:M|F|m|f)\b(?![\/.]\d)/g,
    score: 0.75,
    // Nor a threshold ("fever over 101 F", "temp > 100.4", "above 102 F"): an age is not compared.
    validate: (v, doc, start) =>
      !/(?:\bt|temp|temperature|tmax|fever|febrile|°)[ \t:]{0,3}(?:(?:over|above|of|to|>=?|≥)[ \t]{1,2})?$|(?:\bover|\babove|>=?|≥)[ \t]{0,2}$/i.test(doc.text.slice(Math.max(0, start - 20), start)),
  },
  {
    // "F/92 with CHF", "M / 95": the sex, a slash and an age over 89 (not a blood pressure: a letter before the slash).
    id: 'age-over-89-after-sex',
    firstRun: [2, 3],
    anchor: 'digit',
    needsWords: ['m', 'f'],
    runTest: sexSlashBefore,
    type: 'AGE',
    regex: /(?<=(?<![A-Za-z\d\/])[MF][ \t]?\/[ \t]?)(?:9\d|1[01]\d)(?![\d\/]|\.\d|[ \t]?(?:mmhg|bpm|%))/g,
    score: 0.75,
  },
  {
    // "Sex/Age: M/91", "SEX/AGE: F / 93": the age after the sex, as the field's label orders them.
    id: 'age-over-89-sex-first',
    type: 'AGE',
    // Tried only at the label's "Sex": notes without the word never call it.
    anchor: { words: ['sex'] },
    regex: /\b(?:[Ss]ex|SEX)[ \t]?\/[ \t]?(?:[Aa]ge|AGE)[ \t]{0,2}:?[ \t]{0,3}(?:[MF]|[Mm]ale|[Ff]emale|MALE|FEMALE)[ \t]?[\/,][ \t]?(9\d|1[01]\d)(?!\d|\.\d)/g,
    group: 1,
    score: 0.8,
  },
  {
    // "Lupe Fa'asavalu, 91, lives at": an age set off by commas after a word
    // Round 53: or with a bare "y" for years ("Pt: Svetlana Morozova, 90 y, from"), as board minutes abbreviate it.
    id: 'age-over-89-apposition',
    firstRun: [2, 3],
    anchor: 'digit',
    type: 'AGE',
    regex: unparsedRegex(String.raw`(?<=\p{L}\.?,[ \t])(?:9\d|1[01]\d)(?=,[ \t]\p{L}|[ \t]?(?:M|F|yo|y\/o)\b|[ \t]y,)`, 'gu'),
    score: 0.7,
  },
  {
    // Round 145: a header's or a log's name, a comma and the age closing the line or its field ("Decedent: Whitcombe,
    // Harold, 96", "Pt: Kowalski, Stanislaw, 90", "Client: Ruth Albers, 96   Worker:"): surname and given name with a
    // comma between, or a person's cue at the line's head; "Room Air, 96" after no cue, a reading after it stay.
    id: 'age-over-89-header-name',
    firstRun: [2, 3],
    anchor: 'digit',
    runTest: (text, start) => text.charCodeAt(start - 2) === 44,
    type: 'AGE',
    regex: unparsedRegex(String.raw`(?<=\p{Lu}\p{Ll}[\p{L}'’\-]{0,20},?[ \t]\p{Lu}\p{Ll}[\p{L}'’\-]{0,20}(?:[ \t]\p{Lu}\.?)?,[ \t])(?:9\d|1[01]\d)(?=[ \t]*(?:\r?\n|$)|[ \t]{2,}\S)`, 'gu'),
    score: 0.7,
    validate: (v, doc, start) => {
      const lineStart = doc.text.lastIndexOf('\n', start) + 1;
      const line = doc.lower.slice(Math.max(lineStart, start - 60), start);
      return /^\p{L}[\p{L}'’\-]*,[ \t]/u.test(doc.text.slice(Math.max(lineStart, start - 60), start).replace(/^.*:[ \t]{0,3}/, '')) || HEADER_PERSON_CUE.test(line);
    },
  },
  {
    // Round 49: a family history's vital status, a comma and the relative's age ("grandmother Consuelo living, 90.",
    // "(alive, 96)", "deceased, 93"); a reading after it ("alive, 94% on RA") is no age.
    id: 'age-over-89-vital-status',
    firstRun: [2, 3],
    anchor: 'digit',
    // The comma stands two or three characters before the age: most runs of digits have none there.
    runTest: (text, start) => text.charCodeAt(start - 2) === 44 || text.charCodeAt(start - 3) === 44,
    type: 'AGE',
    regex: unparsedRegex(String.raw`(?<=(?:^|[^\p{L}])(?:living|alive|deceased|surviving)[ \t]?,[ \t]{1,2})(?:9\d|1[01]\d)(?![\d.,]\d|\d|[ \t]?(?:%|(?:mg|kg|lbs?|bpm|mmhg|mm|cm)\b))`, 'giu'),
    score: 0.7,
  },
  {
    // "DOB: 12-Jan-1931 (95Y)", "Age/Sex: 95 Y F", "DOB 01/12/1931 (95)": a bare Y, or a bracketed number after
    // a date, beside a birth, age or sex cue ("90Y" alone is yttrium-90).
    id: 'age-over-89-header',
    firstRun: [2, 3],
    anchor: 'digit',
    type: 'AGE',
    regex: /(?<![\w.,\-\/])(?:9\d|1[0-2]\d)(?:[ \t]?[Yy](?:[ \t]?\/?[ \t]?[MFmf])?)?(?![\w\/%]|[.,]\d|-\w)/g,
    score: 0.8,
    validate: (v, doc, start, end) => {
      const y = v.includes('Y') || v.includes('y');
      // Without a Y: only "(95)" right after a date ("1931 (95)", "12-Jan-1931 (95)").
      if (!y) {
        if (doc.text.charCodeAt(end) !== 41 || !/\d[ \t]?\($/.test(doc.text.slice(Math.max(0, start - 3), start))) return false;
        return BIRTH_CUE.test(doc.lower.slice(Math.max(0, start - 40), start));
      }
      if (/^[ \t]?\/?[ \t]?(?:[mf]|male|female)\b/i.test(doc.text.slice(end, end + 8))) return true;
      // "90Y radioembolization", "90Y microspheres": yttrium-90; the cue must stand on the same line.
      if (YTTRIUM_AFTER.test(doc.lower.slice(end, end + 20))) return false;
      // The sex before it, as a specimen label or a wristband prints them: "ESPERANZA   F  92Y" (not "101 F 92Y").
      if (/(?:^|[^\w.])[MF][ \t]{1,3}$/.test(doc.text.slice(Math.max(0, start - 5), start)) && !/\d[ \t]{0,2}[MF][ \t]{1,3}$/.test(doc.text.slice(Math.max(0, start - 8), start))) return true;
      const before = doc.lower.slice(Math.max(0, start - 40), start);
      return AGE_HEADER_CUE.test(before.slice(before.lastIndexOf('\n') + 1));
    },
  },
  {
    // "Carmen Herrera (93)", "(95 yo)"
    id: 'age-over-89-parenthesised',
    firstRun: [2, 3],
    anchor: 'digit',
    type: 'AGE',
    // "(age 93)", "(aged 91)": the age in brackets after "age" too (round 37).
    // Spanish and Portuguese too: "(94 a.)", "(91 años)" (round 41).
    // Round 63: or the age a route sheet says a patient turns soon, a month after it ("Ada Greenlee (100 in Dec!)").
    regex: unparsedRegex(String.raw`(?<=\p{L}[ \t]?\((?:(?:age|aged)[ \t])?)(?:9\d|1[01]\d)(?:[ \t]?(?:yo|y\/o|years?|a\.|años|anos))?(?=\)|[ \t]in[ \t](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[!)])`, 'gu'),
    score: 0.75,
  },
  {
    // Round 97: the birthday's number alone, as the labels want it ("grandma's [91]st birthday").
    // alive at 94, died at 95, her 100th birthday ("102nd bday"), died aged 92; in a pedigree "d. 93" (died at 93), and "d. at 94" (round 51). "lived to 97" is
    // age-over-89-reached's, which leaves out "lived to 90 days".
    id: 'age-over-89-event',
    type: 'AGE',
    needsWords: EVENT_WORDS,
    regex: /\b(?:(?:alive|died|deceased|passed|living|widowed|retired)[ \t]{1,2}(?:at|aged)[ \t]{1,2}(?:9\d|1[01]\d)|(?<![a-z.])d\.[ \t]{1,2}(?:(?:at|aged?)[ \t]{1,2})?(?:9\d|1[01]\d)(?![\d.%\/]))\b|(?<![\d.,\/])(?:9\d|1[01]\d)(?=(?:st|nd|rd|th)[ \t]{1,2}(?:birthday|bday)\b)/gi,
    score: 0.8,
  },
  {
    // age 95, aged 92, Age: 93
    id: 'age-over-89-cue',
    type: 'AGE',
    firstRun: [2, 3],
    // "age/d.o.b", blanks, "=" or ":" at most between the start and the number.
    anchor: { digitsAfter: /[A-Za-z:=.\/() \t]/, maxBack: 22 },
    // "Age/DOB: 95 / ...", "AGE/SEX: 95", "Age (years): 96" (a form's unit in brackets)
    regex: /\bage[ds]?(?:[ \t]?\/[ \t]?(?:sex|gender|dob|d\.o\.b\.?))?(?:[ \t]{0,2}\((?:years?|yrs?|y)\))?(?![\w\-])[ \t]{0,2}[:=]?[ \t]{0,2}(\d{2,3})(?!\d|\.\d)/gi,
    group: 1,
    score: 0.85,
    validate: (v) => {
      const n = Number.parseInt(/\d+/.exec(v)?.[0] ?? '0', 10);
      return n >= 90 && n <= 130;
    },
  },
  {
    // ninety-two year old, one hundred and one years old, ninety-four y.o.; "ninty" as typed or scanned
    id: 'age-over-89-words',
    type: 'AGE',
    trigger: /ninety|ninty|hundred/i,
    regex: unparsedRegex(
      `\\b(?:${agesOver89InWords('one')})[ \\t\\-]{1,2}(?:(?:years?|yrs?)(?:[ \\t\\-]{1,2}old)?\\b|y\\/o\\b|yo\\b|y\\.[ \\t]?o\\b)`,
      'gi',
    ),
    score: 0.85,
  },
  {
    // "her husband is ninety-one", "she's ninety-three", "she turned ninety", "aged one hundred and two", "age ninety
    // two": an age in words after a person and a verb of age, or after "turned", "aged" or "age" ("pulse was ninety"
    // has no person before it). Round 112: "shes ninety-three" as texts drop the apostrophe, and a quote opening the
    // age ('he's "ninety-six and counting"'). Round 75: or right after "someone" as a question puts it ("hip fracture in someone
    // ninety-nine?"), or "a woman aged ...".
    // Round 170: an adverb between the verb and the age ("He's actually ninety-two", "she's just ninety-one").
    // Round 138: "I am ninety-two and I still mow", "when i was ninety i still drove": the speaker's own age, now or
    // then ("I was ninety pounds" stays an amount).
    id: 'age-over-89-words-predicate',
    type: 'AGE',
    trigger: /ninety|ninty|hundred/i,
    regex: unparsedRegex(
      `\\b(?:(?:he|she|husband|wife|spouse|partner|mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|aunt|uncle|sister|brother|patient|pt|who|resident|client|participant|member|neighbou?r|ward|veteran)(?:['’]s|[ \\t]{1,2}(?:is|was|will[ \\t]be))|someone|somebody|(?:an?[ \\t]{1,2})?(?:man|woman|lady|gentleman)[ \\t]{1,2}(?:who[ \\t]{1,2}is|aged?)|(?:he|she|i)['’]ll[ \\t]be|i['’]m|i[ \\t]{1,2}(?:am|was)|(?:he|she)s|(?:passed(?:[ \\t]away)?|died)[ \\t]at|turn(?:s|ed|ing)?|aged|age:?)(?:[ \\t]{1,2}(?:actually|now|just|only|really|nearly|almost))?[ \\t]{1,2}["“]?(${agesOver89InWords('(?:one|a)')})\\b(?!-)(?![ \\t\\-]{1,2}(?:percent|per|degrees|over|mg|milligrams|pounds|lbs|kg|kilograms|minutes|seconds|beats|miles|dollars|days|times|units))`,
      'gi',
    ),
    group: 1,
    score: 0.8,
  },
  {
    // Round 63: a person named by a given name or a surname, then a verb of age and the age in words, as bereavement
    // letters and day programme notes write it: "Harold was ninety-seven and spoke of you", "Mrs. Thorvaldsen is
    // ninety-two". The name must be listed and no common word, or follow a courtesy title ("Pulse was ninety", "Score
    // is one hundred" stay); amounts after the number stay too ("Rose was ninety pounds").
    id: 'age-over-89-words-named',
    type: 'AGE',
    trigger: /ninety|ninty|hundred/i,
    regex: unparsedRegex(
      `\\b([A-Z][a-z]{1,20})[ \\t]{1,2}(?:is|was|turned|turns|will[ \\t]be)[ \\t]{1,2}(${agesOver89InWords('(?:one|a)')})\\b(?!-)(?![ \\t\\-]{1,2}(?:percent|per|degrees|over|mg|milligrams|pounds|lbs|kg|kilograms|minutes|seconds|beats|miles|dollars|days|times|units|points|feet|ft|yards|meters))`,
      'g',
    ),
    group: 2,
    score: 0.8,
    validate: (_v, doc, start) => {
      const m = /(M(?:rs?|s|iss)\.?[ \t]{1,2})?([A-Z][a-z]{1,20})[ \t]{1,2}\S{2,6}(?:[ \t]be)?[ \t]{1,2}$/.exec(doc.text.slice(Math.max(0, start - 40), start));
      const name = m?.[2]?.toLowerCase();
      if (name === undefined) return false;
      // After a courtesy title any surname counts ("Mrs. Thorvaldsen was ninety-seven").
      return m?.[1] !== undefined || ((doc.dict.firstNames.has(name) || doc.dict.surnames.has(name)) && !doc.dict.commonWords.has(name));
    },
  },
  {
    // Round 86: an age in words in brackets after a capitalised name, as visit logs and headers write it ("Resident
    // Ilse Varga (ninety-six)", "Mrs. Ode (one hundred and one)"); the bracket holds the age alone, and the
    // word before it is no acronym ("HR (ninety)").
    id: 'age-over-89-words-parenthesised',
    type: 'AGE',
    trigger: /ninety|ninty|hundred/i,
    regex: unparsedRegex(`(?<=\\p{L}[ \\t]?\\()(?:${agesOver89InWords('(?:one|a)')})(?=\\))`, 'giu'),
    score: 0.75,
    // Case-sensitive, unlike the regex: a capital then a small letter opens the word before the bracket.
    validate: (_v, doc, start) => WORD_BEFORE_BRACKET.test(doc.text.slice(Math.max(0, start - 34), start)),
  },
  {
    // An age over 89 in words answering "how old": "Doctor: How old are you now? - Patient: A hundred and one.",
    // "Ninety, believe it or not.", "CALLER: ninety six."; the number opens the reply's turn and ends its clause
    // ("Patient: Ninety percent better" stays).
    id: 'age-over-89-words-reply',
    type: 'AGE',
    trigger: /how[ \t]old/i,
    regex: unparsedRegex(
      `(?<=(?:^|[\\r\\n])[ \\t]{0,4}(?:\\[[\\d:]{4,8}\\][ \\t]{1,2})?[A-Za-z][A-Za-z ._]{0,20}\\d?:[ \\t]{1,3}(?:(?:I['’]m|I[ \\t]am|(?:s?he|it)['’]s|(?:well|oh|um|uh),?)[ \\t]{1,2})?)(?:${agesOver89InWords('(?:one|a)')})(?=[ \\t]{0,2}(?:[.,!;]|$|\\r?\\n|(?:years?|now|next|last|in)\\b))`,
      'gim',
    ),
    score: 0.8,
    validate: (_v, doc, start) => /how[ \t]old|\bage\b/.test(doc.lower.slice(Math.max(0, start - 140), start)),
  },
  {
    // Round 44: a neighbour the writer asks about too ("my neighbor is 102, she fell").
    // "He's 91 and lives with us", "her mother is 96, widowed", "dad turned 100 today", a portal message's "I'm 93.": a person, a verb of age and a
    // number, then what ends a clause or goes on about the person, a day ("Resident turns 91 on 12/2", "turns 97 on Jan 9") or a month ("turned 95 in March"; not "she is 92 on
    // room air", "pt is 95%"). "my father, who is 92, was left": a relative clause about the person.
    // Round 97: "turning 92 next week", "I'll be 91 in May", "her husband is 99!!".
    // Round 79: "shes 91 so were worried" (a text's "she's" without its apostrophe, "so" going on), "turns 95 next
    // week", "turns 90 on the 8th".
    // Round 134: a text's "!" may stand a blank after the age ("shes turning 91 !!").
    // Round 138: a quote closing on the age ('pt states "I'm 92" and', “I'm 91”), "I am 93." as a transcript's answer
    // says it, and "now" after the verb ("pt is now 95."); "I'm 95% sure" and "I am 92 lbs" stay. A full stop before
    // the closing quote ends the clause too ('"she's 97."').
    id: 'age-over-89-predicate',
    type: 'AGE',
    // Tried only at the person's word: most numbers of two or three digits have none before them.
    anchor: { words: AGE_PREDICATE_SUBJECTS },
    regex: /\b(?:(?:he|she)s|(?:he|she|husband|wife|spouse|partner|mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|aunt|uncle|sister|brother|patient|pt|resident|client|participant|ward|veteran|who|neighbou?r|appa|amma|nanna|nana|papa|granny|gran|grandad|granddad|gramma|grampa|abuela|abuelo|oma|opa|nonna|nonno|bubbe|zayde|yiayia|pappou)(?:['’]s|[ \t]{1,2}(?:is|was|will[ \t]be|turned|turns|turning))|i['’]m|i[ \t]{1,2}am|(?:he|she|i)['’]ll[ \t]be|turned|turns|turning)(?:[ \t]{1,2}(?:now|actually|just|only|really|nearly|almost))?[ \t]{1,2}(9\d|1[01]\d)(?=[ \t]{0,2}(?:,[ \t]|["”](?![ \t]{0,2}(?:%|percent|mg|kg|lbs?)\b)|and\b|now\b|today\b|(?:he|she)\b|(?:him|her)self\b|this\b|last\b|next\b|so\b(?![ \t]{1,2}far\b)|per[ \t]{1,2}(?!cent\b)[a-z]|on[ \t]{1,2}\d{1,2}[\/\-.]\d{1,2}(?![\d%])|on[ \t]{1,2}the[ \t]{1,2}\d{1,2}(?:st|nd|rd|th)\b|in[ \t]{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b|(?:in|at)[ \t]{1,2}[A-Z]|on[ \t]{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]{1,2}\d|years?\b|yrs?\b|yo\b|y\/o\b|not[ \t]{1,2}(?:9\d|1[01]\d)(?![\d%]))|\.["”]?(?:\s|$)|[ \t]?!|\?(?:\s|$)|[ \t]{0,2}(?:;|\r?\n|$))/gi,
    group: 1,
    score: 0.8,
    // "(in|at) <capital>" above is read case-blind: only a capitalised place after it ("she's 98 in Maple Knoll
    // Village", "He's 93 at Brookdale"), not "he is 95 at rest" or "she is 92 in room air".
    validate: (_v, doc, _start, end) => !PLACE_AFTER_AGE.test(doc.text.slice(end, end + 8)) || CAPITAL_AFTER_AGE.test(doc.text.slice(end, end + 8)) || MONTH_AFTER_AGE.test(doc.lower.slice(end, end + 8)),
  },
  {
    // "Achterberg (DOB 9-2-1933), now 91, her daughter...", "born 3/4/1931, now 94 and": the age reached since a birth
    // date said just before; "SpO2 88, now 92," has no birth before it.
    id: 'age-over-89-now',
    type: 'AGE',
    anchor: { words: ['now'] },
    regex: /\bnow[ \t]{1,2}(9\d|1[01]\d)(?=[ \t]{0,2}(?:,[ \t]|;|\.(?:\s|$)|(?:years?|yrs?|yo|y\/o|and)\b))/gi,
    group: 1,
    score: 0.8,
    // Round 48: or an onset age said before it, as pedigrees write a relative's history ("breast cancer at 44 and is
    // now 91", "dx at 52, now 93"); "SpO2 at 88, now 92" names no disease.
    validate: (_v, doc, start) => {
      const before = doc.lower.slice(Math.max(0, start - 60), start);
      return BIRTH_CUE.test(before) || ONSET_AGE_BEFORE.test(before);
    },
  },
  {
    // Round 119: an age said as disputed, "he's 97 not 96": the second age after a first one's "(s)he's" and "not"; the
    // first is the predicate's ("not" now ends its clause). "she's 95 not 95%" stays.
    id: 'age-over-89-disputed',
    type: 'AGE',
    trigger: /[ \t]not[ \t]{1,2}(?:9\d|1[01]\d)/i,
    regex: /(?<=\b(?:he|she)['’]?s[ \t]{1,2}(?:9\d|1[01]\d)[ \t]{1,2}not[ \t]{1,2})(9\d|1[01]\d)(?![\d%.,]\d|[ \t]{0,2}(?:%|percent|lbs?|kg|mg|min))/gi,
    group: 1,
    score: 0.75,
  },
  {
    // Round 119: a board's or a chat's bare "pt 97, hospice", "pt 92 and agitated", "(pt is 99)", "(pt 96)": the
    // patient's word in lower case or capitalised (not "PT 90, OT 60", therapy minutes), then the age and a comma, a
    // closing bracket or "and" and a word; "pt 95%", "pt 92 lbs" and "pt 90 and 95" stay.
    id: 'age-over-89-pt-bare',
    type: 'AGE',
    anchor: { words: ['pt', 'patient'] },
    regex: unparsedRegex(String.raw`(?<![\p{L}\d])(?:pt|Pt|patient|Patient)(?:[ \t]{1,2}is)?[ \t]{1,2}(9\d|1[01]\d)(?=,[ \t]|\)|[ \t]{1,2}and[ \t]{1,2}\p{L})`, 'gu'),
    group: 1,
    score: 0.75,
  },
  {
    // "cares for her mother (91, dementia)", "mother 91 w/ dementia at home", "FH: father 94, HTN": a relative,
    // then the age with no verb between, bracketed or not, then a comma, a closing bracket or "w/"/"with" (what the
    // relative has; a line may break before it). Not an amount: "mother 90 lbs", "wife (90 kg)", "father 95% sure".
    id: 'age-over-89-kin',
    type: 'AGE',
    anchor: { words: KIN_AGE_WORDS },
    regex: unparsedRegex(`\\b(?:${KIN_AGE_WORDS.join('|')})[ \\t]{1,2}\\(?(9\\d|1[01]\\d)(?=[ \\t]{0,2}(?:,[ \\t]|\\))|(?:[ \\t]{1,2}|[ \\t]?\\r?\\n[ \\t]{0,4})(?:w\\/|with\\b))`, 'gi'),
    group: 1,
    score: 0.8,
  },
  {
    // Round 54: a census or rounding list's entry gives the bed or room, then the age, then what the patient has:
    // "(bed 12, 96, delirium)", "(rm 220, 90)", "Room 4B, 93, CHF"; not a reading ("bed 3, 95% on RA", "rm 2, 98.6").
    id: 'age-over-89-census-entry',
    type: 'AGE',
    anchor: { words: ['bed', 'rm', 'room'] },
    regex: unparsedRegex(String.raw`\b(?:bed|rm|room)\.?[ \t]{0,2}#?\d{1,4}[A-Za-z]?,[ \t]{1,2}(9\d|1[01]\d)(?=\)|,[ \t]{1,2}\p{L})`, 'giu'),
    group: 1,
    score: 0.75,
  },
  {
    // An age reached, said of a life: "she made it to 96 on her own terms", "lived to 93", "lived to be 101"; not a
    // measure ("made it to 92% on room air", "lived to 90 days").
    id: 'age-over-89-reached',
    type: 'AGE',
    anchor: { words: ['made', 'lived'] },
    regex: /\b(?:made[ \t]{1,2}it[ \t]{1,2}to|lived[ \t]{1,2}to(?:[ \t]{1,2}be)?)[ \t]{1,2}(9\d|1[01]\d)(?![\d.,]\d|[ \t]{0,2}[%°]|[ \t]{0,2}(?:percent|mg|ml|kg|lbs?|pounds|degrees|mph|miles|feet|ft|minutes|min|hours|hrs?|days|weeks|wks|months|points|pts|beats|bpm|mmhg)\b|\d)/gi,
    group: 1,
    score: 0.8,
  },
  {
    // Round 140: an age to be reached on a birthday, "be" or "turn" with no subject before it, as a fragment, a quote or a
    // text says it ("Be 94 in June.", '"be 97 in March," per son', "I'll be 96 come February", "i turn 90 on the 15th"):
    // only before a month's name or "on the <ordinal>", so "should be 92 in a week" and "turn 90 degrees" stay.
    id: 'age-over-89-birthday',
    type: 'AGE',
    anchor: { words: ['be', 'turn'] },
    // Or, after "turn" only, before the birthday's nearness ("I turn 90 next week", "turn 92 on my birthday"): "should be
    // 92 tomorrow" may be a reading.
    regex: /\b(?:be|turn)[ \t]{1,2}(9\d|1[01]\d)(?=[ \t]{1,2}(?:(?:in|come|on)[ \t]{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b|on[ \t]{1,2}the[ \t]{1,2}\d{1,2}(?:st|nd|rd|th)\b|(?:next|this)[ \t]{1,2}(?:week|month|year|spring|summer|fall|autumn|winter)\b|tomorrow\b|on[ \t]{1,2}(?:my|his|her|their)[ \t]{1,2}(?:birthday|bday)\b))/gi,
    group: 1,
    score: 0.75,
    validate: (_v, doc, start, end) => !(BIRTHDAY_NEAR_AFTER.test(doc.lower.slice(end, end + 24)) && /be[ \t]{1,2}$/.test(doc.lower.slice(Math.max(0, start - 5), start))),
  },
  {
    // Round 138: an age a person is doing well for, as patients and therapists say it ("Not bad for 91, huh?", "pretty
    // sharp for 96!", "spry for a 93 year old"); the number closes the clause or is said as years, so a span of time or
    // an amount stays ("good for 90 days", "not bad for 92%", "good for 90.5").
    id: 'age-over-89-for-age',
    type: 'AGE',
    anchor: { words: FOR_AGE_WORDS },
    regex: unparsedRegex(`\\b(?:${FOR_AGE_WORDS.join('|')})[ \\t]{1,2}for[ \\t]{1,2}(?:an?[ \\t]{1,2})?(9\\d|1[01]\\d)(?=[ \\t]{0,2}(?:[.!?;)"”](?!\\d)|,(?![ \\t]?\\d)|\\r?\\n|$)|[ \\t\\-]{1,2}(?:years?|yrs?|y\\/o|yo)\\b)`, 'gi'),
    group: 1,
    score: 0.75,
  },
  {
    // Round 138: an age in words opening a sentence or a reply, then the month or the time it is reached in, as
    // interviews answer "how old" ("Ninety-eight. Ninety-eight in August.", "A hundred and one next month."); "pulse
    // ninety in March" has a word before it.
    id: 'age-over-89-words-month',
    type: 'AGE',
    trigger: /ninety|ninty|hundred/i,
    regex: unparsedRegex(
      `(?<=(?:^|[.!?:]|[.!?:]["”])[ \\t]{0,3})(?:${agesOver89InWords('(?:one|a)')})(?=[ \\t]{1,2}(?:(?:in|on|come)[ \\t]{1,2}(?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:next|this)[ \\t]{1,2}(?:month|week|year|spring|summer|fall|autumn|winter))\\b)`,
      'gim',
    ),
    score: 0.75,
  },
  {
    // Korean, Japanese and Chinese write the age with a counter right after it: "94세", "92歳", "95岁".
    id: 'age-over-89-cjk',
    type: 'AGE',
    trigger: /[세歳岁]/,
    regex: /(?<![\d.,])(9\d|1[01]\d)[ \t]?[세歳岁]/g,
    group: 1,
    score: 0.85,
  },
  {
    // French: "(quatre-vingt-treize ans)": ninety to ninety-nine spelled out before "ans" (years); "93 ans" is age-over-89's.
    id: 'age-over-89-french',
    type: 'AGE',
    trigger: /quatre[ \-]vingt/i,
    regex: /(?<![\w\-])(?:quatre[ \-]vingt[ \-](?:dix(?:[ \-](?:sept|huit|neuf))?|et[ \-]onze|onze|douze|treize|quatorze|quinze|seize))(?=[ \t]ans\b)/gi,
    score: 0.8,
  },
  {
    // Spanish and Portuguese: "ya tiene 96, no queremos hospital", "tengo ya 93", "ya cumplió 91": "ya" (already) with
    // "tiene/tengo/cumplió/tem" is said of a person's age; not an amount ("ya tiene 100 de azúcar", "95%") (round 41).
    id: 'age-over-89-spanish-predicate',
    type: 'AGE',
    indexWords: ['ya'],
    trigger: (doc) => doc.wordIndex.has('ya'),
    regex: unparsedRegex(String.raw`(?<=(?:^|[^\p{L}])(?:ya[ \t]{1,2}(?:tiene|tengo|cumplió|cumple|tem|tenía)|(?:tiene|tengo|tem)[ \t]{1,2}ya)[ \t]{1,2})(?:9\d|1[01]\d)(?![\d.,]\d|[ \t]{0,2}(?:de(?![\p{L}])|%|mg|kg|lb|\/|grados))`, 'giu'),
    score: 0.8,
  },
  {
    // Spanish and Portuguese in words: "ya tengo noventa y cuatro", "tiene noventa años", "noventa e dois anos": after
    // "tiene/tengo/cumplió/tem" or before "años/anos" (round 41).
    id: 'age-over-89-spanish-words',
    type: 'AGE',
    indexWords: ['noventa'],
    trigger: (doc) => doc.wordIndex.has('noventa'),
    regex: unparsedRegex(String.raw`(?:(?<=(?:^|[^\p{L}])(?:tiene|tengo|tenía|cumplió|cumple|tem|tinha|fez|completou)[ \t]{1,2}(?:ya[ \t]{1,2})?)noventa(?:[ \t](?:y|e)[ \t](?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|um|dois|três|quatro|sete|oito|nove))?(?![\p{L}])|(?<![\p{L}])noventa(?:[ \t](?:y|e)[ \t](?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|um|dois|três|quatro|sete|oito|nove))?(?=[ \t](?:años|anos)(?![\p{L}])))`, 'giu'),
    score: 0.8,
  },
  {
    // "in her nineties", "a nonagenarian", "centenarian", "a ninety-something widow"
    id: 'age-over-89-decade',
    type: 'AGE',
    // "narian", not "genarian": a centenarian's word has no "g".
    trigger: /nineties|90'?s|narian|ninety|90[ \t\-]?something/i,
    // "a 90s female", "90's M": the decade as an age, before the sex.
    regex: /\b(?:(?:(?:in|into)[ \t]{1,2}(?:his|her|their|the)[ \t]{1,2}(?:early[ \t]|mid[ \t\-]|late[ \t])?(?:nineties|90s|90's))|nonagenarian|centenarian|supercentenarian|(?:ninety|90)[ \t\-]?something|(?<!(?:sbp|dbp|bp|map|hr|sats?|spo2|o2|pulse|glucose|bg|rr|cbg|fsbs)[ \t:]{1,3})90'?s(?=[ \t]{1,2}(?:female|male|woman|man|lady|gentleman|f|m|yo|y\/o)\b))\b/gi,
    score: 0.75,
  },
];

export const DATE_AND_AGE_PATTERNS: readonly PatternSpec[] = [...DATE_PATTERNS, HOLIDAY_PATTERN, ...AGE_PATTERNS];
export const DATE_RECOGNIZERS: readonly Recognizer[] = DATE_AND_AGE_PATTERNS.map((spec) => (spec.type === 'DATE' ? withWeekday(patternRecognizer(spec)) : patternRecognizer(spec)));

/** "Mon 9/8/2025", "Thursday 23 Oct 2025", "Tue., 11/24": the weekday before a date names the same day, and goes with it. */
function withWeekday(r: Recognizer): Recognizer {
  return adjustCandidates(r, (doc, c) => {
    // A weekday and its gap take 3 to 13 characters, and a blank ends the gap.
    if (c.start < 4 || !isBlankCode(doc.text.charCodeAt(c.start - 1))) return c;
    const before = doc.text.slice(Math.max(0, c.start - 14), c.start);
    const m = WEEKDAY_BEFORE.exec(before);
    if (!m) return c;
    const lead = /^[A-Za-z]/.test(m[0]) ? 0 : 1;
    return { ...c, start: c.start - before.length + m.index + lead };
  });
}
const isBlankCode = (c: number): boolean => c === 32 || c === 9;

/**
 * The age said right after a found name: "Mrs. Novak is 92 and still drives", "Tran is 104 per her son", "Kirchner
 * turned 98 today". The age rules read a pronoun or a kin word before the verb; a name is known only once the name
 * rules have run, so this reads the text after each NAME candidate. The same ends as the predicate's: a clause's end,
 * "and", "per", a day or "years"; not "is 92% on room air" or "is 95 minutes away". A quick message puts the age
 * right after the name, with or without a comma ("Waleed Mansour 91 took a double dose", "bill summers 90 w dementia",
 * "Hiroshi Tanaka, 90, worsening edema"): read only before a comma or a word that goes on about the person (with, at,
 * on, from, took, has...), so "Sato 95 mg" and "Lee 100%" stay amounts. In a bracket, the age closes it ("(Ruth
 * Abernathy, 90)"); in words, set off by commas or going on about the person ("Mr. Stone Adeyemi-Clarke, ninety-two,
 * gets...", "Augustin Wolfe, ninety-one, still drives"; not "Pulse, ninety" after no name). A bracketed nickname may
 * come between, and a figure after a comma may close the sentence ("Samuel Oyelowo (Sam), 99."). In brackets, "now",
 * "age" or "aged" before the number ("Pearl Fields (now 96)"), and an age in words after the verb ("Dolores is
 * ninety-six and ...").
 * Round 82: a record number or a birth date in brackets may come between too ("<name> (MRN <digits>), 94, posterior
 * bleed"), as a nickname may.
 */
// Run after the first NAME of most notes: made on first use, as machine code (see machine-code.ts).
const ageAfterName = onFirstUse(
  String.raw`^(?:[ \t]\((?:[A-Z][a-z]{1,12}|(?:MRN|MR|DOB|chart|ID)[ \t#:]{1,3}[\w\/\-.]{1,20})\))?(?:(?:['’]s|,?[ \t]{1,2}(?:is|was|turned|turns|will[ \t]be))[ \t]{1,2}(9\d|1[01]\d)(?=[ \t]{0,2}(?:,[ \t]|(?:and|per|now|today|this|last|years?|yrs?|yo|y\/o)\b|on[ \t]{1,2}\d{1,2}[\/\-.]\d{1,2}(?![\d%]))|\.(?:\s|$)|[ \t]{0,2}(?:;|\r?\n|$))|,?[ \t](9\d|1[01]\d)(?=,[ \t]|!?\)|[ \t](?:w\/|(?:w|with|at|on|from|in|took|takes|has|had|fell|lives|presents|presented|who|here|now)(?![a-z\/])))|,[ \t]{1,2}((?:${agesOver89InWords('one')})(?=,[ \t]|\)|[ \t]{1,2}(?:years?\b|yrs?\b|yo\b|and\b|who\b|with\b|lives\b|has\b|is\b|was\b|still\b|gets\b|had\b)))|,[ \t](9\d|1[01]\d)(?=\.(?:[ \t]{1,2}[A-Z]|\r?\n|$))|[ \t]\((?:now|age|aged)[ \t](9\d|1[01]\d)(?=\))|,?[ \t]{1,2}(?:is|was|turned|turns)[ \t]{1,2}(${agesOver89InWords('one')})(?=[ \t]{0,2}(?:[,.;!)]|(?:and|now|today|this|last|per|years?|yrs?)\b|$)))`,
  'i',
);

/** The recognizer whose reading this extends, and whose id its findings carry (see analyze.ts). */
export const AGE_AFTER_NAME_RECOGNIZER = 'age-over-89-predicate';

/** AGE candidates for the ages said right after NAME candidates (of `found`, offsets in `text` moved by `offset`). */
export function agesAfterNames(text: string, offset: number, found: readonly Candidate[], from: number): Candidate[] {
  const ages: Candidate[] = [];
  for (let k = from; k < found.length; k++) {
    const c = found[k] as Candidate;
    if (c.type !== 'NAME') continue;
    const end = c.end - offset;
    const m = ageAfterName().exec(text.slice(end, end + 64));
    if (m === null) continue;
    const age = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]) as string;
    const at = end + m[0].length - age.length;
    ages.push(candidate(offset + at, offset + at + age.length, 'AGE', 0.8, AGE_AFTER_NAME_RECOGNIZER, { kind: 'context', detail: 'age-after-name' }));
  }
  return ages;
}
