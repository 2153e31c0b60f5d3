// Census, handoff and header lines: a patient's name right before their age and sex, or before the label of a
// birth date or record number, in whatever case the line was typed ("bed 3: maria lopez 45F", "rm 12 - jones,
// 67M", "Koa Hope (DOB 03/04/1950)"), and the name line of a letter's address block, above the street line.
// Such lines write names without cues before them; what follows is the cue.
import { lexicon } from '../dictionaries/index.js';
import { isDigit } from '../text/chars.js';
import { firstTokenAt, type Token } from '../text/tokens.js';
import { COUNTRY_NAMES } from './cities.js';
import { CLINICAL_ACRONYMS } from './name-messages.js';
import { FUNCTION_WORDS, isCredential, isTitle, lexical, RELATIONS } from './name-words.js';
import { candidate, type Candidate, type DocumentView, type Recognizer } from './types.js';

const ID = 'name-before-age';
// After the age: its unit or the sex ("81 y/o", "52 yo m", "67M", "45 F", "90-year-old").
// A pasted row may part them by a comma or a slash: "KAUR,HARPREET,72,F", "Abernathy, Clay / 62 / M".
// Round 86: no letter of any script after the sex ("ETT du 12 février" is a French date, not "12 f").
const AGE_MARK = /^(?:[ \t]?(?:y\/o|y\.o\.|yo|yrs?|years?[ \t\-]old|-year-old)(?![\p{L}])|[ \t]?[MFmf](?![\p{L}\p{N}])|[ \t]?[,\/][ \t]?[MF](?![\p{L}\p{N}]))/u;
// Between the name and the age: a comma, blanks, a bracket ("Will Brown (62M)").
const NAME_AGE_GAP = /^(?:,?[ \t]{1,2}|[ \t]?\(|,|[ \t]\/[ \t])$/;
// Round 54: a census row may give the age bare, with what the patient has right after it ("bed 2 Lindiwe Mahlangu 29
// postpartum hemorrhage", "rm 4 Ode Falk 101 CAP"): only after a bed or room label and its number (see afterBedLabel),
// one blank between, and a word or an acronym after ("bed 2 Hgb 29 today" has no name: the acronym is clinical).
const BARE_AGE_AFTER = /^[ \t](?:\p{Ll}{3,}|\p{Lu}{2,6}(?![\p{L}\d]))/u;
const BARE_AGE_GAP = /^[ \t]$/;
const BED_LABELS = new Set(['bed', 'rm', 'room', 'bay']);

/** The name starting at offset `start` follows a bed or room label and its number: "bed 2 ", "Rm 14B ". */
function afterBedLabel(doc: DocumentView, start: number): boolean {
  const i = firstTokenAt(doc.tokens, start);
  const prev = doc.tokens[i - 1];
  return prev !== undefined && BED_LABELS.has(prev.lower) && /^[.:#]?[ \t]{0,2}\d{1,4}[A-Za-z]?[ \t]{1,2}$/.test(doc.text.slice(prev.end, start));
}

// Labels that follow a patient's name on a header line, and what may stand between: blanks, a comma, a bracket, a dash.
const LABELS_AFTER_NAME = ['dob', 'mrn', 'd.o.b'];
const NAME_LABEL_GAP = /^(?:,?[ \t]{1,8}|[ \t]?\(|[ \t]{1,2}[\-–|][ \t]{1,2})$/;
// Where a line's entry starts: the line's start, its list number ("2. "), or a separator (after a bed label).
// Round 75: or a question's or sentence's end, as a clinician asks first and names the patient after ("...on apixaban?
// Ada Lind, DOB ..."): a "?" or "!", or a full stop after a lower-case word or a number, then a blank.
// Round 163: or a CSV cell's opening quote ('701,"Quarshie, Ebenezer (MRN ...)"').
const ENTRY_START = /(?:^|[\n:,|•*#)\-–—]|(?:^|\n)[ \t]{0,4}\d{1,3}[.)]|[?!](?=[ \t])|(?<=[a-z\d]{2})\.(?=[ \t])|(?<=[\n,\t])")[ \t]{0,3}$/;
const PLACE_LABELS = new Set(['bed', 'rm', 'room', 'bay', 'pod', 'cubicle', 'stretcher', 'pt', 'patient']);
// Parts of an address before a number and a letter ("Bldg 38F", "Suite 4F"): no name.
const UNIT_WORDS = new Set(['bldg', 'building', 'floor', 'fl', 'flr', 'suite', 'ste', 'apt', 'unit', 'wing', 'tower', 'level', 'lvl', 'dept', 'box', 'lot', 'space', 'gate', 'door', 'ward', 'station']);
const LETTERS = /^[\p{L}\p{M}'’\-]{2,30}$/u;
/** Words of the name: four at most. */
const MAX_WORDS = 4;

/** Token k can be a word of a name here: letters, no function word, title, credential, relation or clinical acronym. */
function nameWord(doc: DocumentView, t: Token): boolean {
  return LETTERS.test(t.text) && !scaleBeforeClass(doc, t) && !FUNCTION_WORDS.has(t.lower) && !RELATIONS.has(t.lower) && !UNIT_WORDS.has(t.lower) && !PLACE_LABELS.has(t.lower) && !isTitle(doc, t) && !isCredential(doc, t) && !CLINICAL_ACRONYMS.has(t.text.toUpperCase());
}

/** Round 144: a scale's name of no given-name list right before its class ("Bosniak 2F cyst"), which reads as age and sex. */
function scaleBeforeClass(doc: DocumentView, t: Token): boolean {
  return lexicon.SCORE_NAMES.has(t.lower) && doc.isFirst[t.index] === 0 && doc.text.charCodeAt(t.end) === 32 && isDigit(doc.text.charCodeAt(t.end + 1));
}

// Round 128: a schedule's slot at a line's head, before the patient: a clock time, maybe after a room's, lab's or
// chair's label and its number or letter ("OR 2  0730  ", "Rm 1 0800 ", "Lab A  0730  ", "0901  ").
const SCHEDULE_SLOT = /(?:^|\n)[ \t]{0,4}(?:[A-Za-z]{1,6}\.?[ \t]?(?:\d{1,2}|[A-H])[ \t]{1,4})?(?:[01]\d|2[0-3])(?::?[0-5]\d)[ \t]{1,6}$/;

/** The entry starts right before token i: a line's start, a separator, or a bed/room label and its number. */
function entryStartsAt(doc: DocumentView, i: number): boolean {
  const t = doc.tokens[i] as Token;
  const before = doc.text.slice(Math.max(0, t.start - 12), t.start);
  if (ENTRY_START.test(before) || t.start === 0) return true;
  // No eponym after a slot: "0730  Foley, 16F  placed" is a catheter's French size, not a patient's age and sex.
  if (!lexicon.EPONYMS.has(t.lower) && SCHEDULE_SLOT.test(doc.text.slice(Math.max(0, t.start - 26), t.start))) return true;
  // "rm 7 okafor", "pt maria lopez": a label, maybe its number, then the name.
  const prev = doc.tokens[i - 1];
  if (prev === undefined || !PLACE_LABELS.has(prev.lower)) return false;
  const gap = doc.text.slice(prev.end, t.start);
  return /^[.:]?[ \t]{1,2}$/.test(gap) || /^[.:#]?[ \t]{0,2}\d{1,4}[A-Za-z]?[ \t]{1,2}$/.test(gap);
}

// Field labels that give the patient's name ("Patient:", "Name:", "Pt Name:").
const PERSON_LABELS = new Set(['patient', 'pt', 'name']);

/** The token before i is a patient's or name's label with a colon: "Patient: ", "Name: ". */
function personLabelBefore(doc: DocumentView, i: number): boolean {
  const prev = doc.tokens[i - 1];
  return prev !== undefined && PERSON_LABELS.has(prev.lower) && /^:[ \t]{1,3}$/.test(doc.text.slice(prev.end, (doc.tokens[i] as Token).start));
}

/** A word written as a name's part: capitalised, in capitals, or a capital initial. */
const capitalShaped = (t: Token): boolean => t.capitalized || t.upper || (t.single && t.text !== t.lower);

/** Tokens s..k are capitalised or in capitals, and none is an eponym's word ("Foley"). */
function allCapitalised(doc: DocumentView, s: number, k: number): boolean {
  for (let i = s; i <= k; i++) {
    const t = doc.tokens[i] as Token;
    if (!(t.capitalized || t.upper) || lexical(doc, doc.tokens, i).eponymHere) return false;
  }
  return true;
}

/**
 * The name that ends at token k, when the entry starts with it: words of a name one blank apart, a listed
 * name among them (or a capitalised word of no list, or capitalised words all listed), no common word.
 */
function nameEndingAt(doc: DocumentView, k: number, dobBracket = false): Candidate | undefined {
  const { text, tokens } = doc;
  // A middle initial may close the name: "LE, CHASE S  MRN: N7062272".
  const last = tokens[k] as Token;
  if (last.single && last.text !== last.lower && k > 0 && /^[ \t]$/.test(text.slice((tokens[k - 1] as Token).end, last.start))) k--;
  // Back over the words of the name, one blank apart.
  let s = k;
  while (s > 0 && k - s + 1 < MAX_WORDS && nameWord(doc, tokens[s] as Token)) {
    const prev = tokens[s - 1] as Token;
    if (!nameWord(doc, prev) || !/^[ \t]$/.test(text.slice(prev.end, (tokens[s] as Token).start))) break;
    s--;
  }
  if (!nameWord(doc, tokens[s] as Token)) return undefined;
  // "HOPE, KOA": a surname and a comma before the given names.
  const sur = tokens[s - 1];
  // A pasted row writes it without the blank: "KAUR,HARPREET,72,F".
  const surGap = sur === undefined ? '' : text.slice(sur.end, (tokens[s] as Token).start);
  if (sur !== undefined && nameWord(doc, sur) && (surGap === ', ' || surGap === ',') && entryStartsAt(doc, s - 1)) s--;
  // The entry starts with the name (the line's start, a separator, a bed label): not a sentence's words.
  while (s <= k && !entryStartsAt(doc, s)) s++;
  // Round 145: a nursery's "BG" or "BB" (baby girl, baby boy) opens the entry but is no part of the name ("BG Farraday MRN").
  if (s < k && ((tokens[s] as Token).text === 'BG' || (tokens[s] as Token).text === 'BB')) s++;
  if (s > k) return undefined;
  let named = false;
  let prose = false;
  let capitalizedNames = 0;
  for (let i = s; i <= k; i++) {
    const t = tokens[i] as Token;
    const lx = lexical(doc, tokens, i);
    if (lx.eponymHere) prose = true;
    if ((lx.first || lx.sur) && !lx.common) named = true;
    else if (lx.common && !(lx.first || lx.sur)) prose = true;
    else if (!lx.common && (t.capitalized || t.upper) && t.text.length >= 3) named = true;
    if ((lx.first || lx.sur) && (t.capitalized || t.upper)) capitalizedNames++;
  }
  // Capitalised words that are all listed names, however common ("Will Brown (62M)").
  if (!named && k > s && capitalizedNames === k - s + 1) named = true;
  // Framed on both sides, the patient's label before and the age or record label after, capitalised words
  // are the name whatever lists hold them: "Patient: Skip Price  MRN: 1696406".
  if ((!named || prose) && !(k > s && personLabelBefore(doc, s) && allCapitalised(doc, s, k)) && !(dobBracket && wordGivenBeforeUnlistedSurname(doc, s, k))) return undefined;
  return candidate((tokens[s] as Token).start, last.end, 'NAME', 0.75, ID, { kind: 'context', detail: 'before-age' });
}

/**
 * Round 105: a message that opens with the patient and the birth date in brackets ("Marigold Estabrook (DOB 3/4/51)
 * needs ..."): capitalised words whose last is no English word (a listed surname or none), though the given name before it
 * is a word. Only before a bracketed label; "Discharge Summary (DOB ...)" ends in a word and stays.
 */
function wordGivenBeforeUnlistedSurname(doc: DocumentView, s: number, k: number): boolean {
  if (k === s || !allCapitalised(doc, s, k)) return false;
  const last = doc.tokens[k] as Token;
  const lx = lexical(doc, doc.tokens, k);
  return last.capitalized && last.text.length >= 3 && !lx.common && !lx.eponymHere && !lexicon.EPONYMS.has(last.lower);
}

// The street line of a letter's address block: its house number, a street's name, and a suffix on the same line.
const STREET_LINE_START = /^[A-Za-z]?[ \t]{1,2}(?:[NSEW]\.?[ \t])?\p{Lu}/u;
// A line of these is an organisation's, not a person's: "Riverside Family Medicine", "Billing Department".
const ORGANISATION_WORDS = new Set(['department', 'dept', 'office', 'services', 'service', 'center', 'centre', 'associates', 'group', 'inc', 'llc', 'ltd', 'company', 'pharmacy', 'medicine', 'health', 'care', 'billing', 'records', 'attn', 'attention', 'address', 'mailing', 'home', 'suite', 'floor', 'building', 'county', 'city', 'state', 'university', 'school', 'church', 'bank', 'insurance', 'plan']);

/**
 * The line from `from` on holds a street: a street suffix among its next eight words. Reads only those words
 * and the gaps between them, never ahead to the line's end, so a text without line breaks stays linear.
 */
function streetOnLine(doc: DocumentView, from: number): boolean {
  const { text, tokens } = doc;
  let prevEnd = from;
  for (let i = firstTokenAt(tokens, from), n = 0; i < tokens.length && n < 8; i++, n++) {
    const t = tokens[i] as Token;
    for (let c = prevEnd; c < t.start; c++) if (text.charCodeAt(c) === 10) return false;
    if (lexicon.STREET_SUFFIXES.has(t.lower) && (t.capitalized || t.upper)) return true;
    prevEnd = t.end;
  }
  return false;
}

/**
 * Tokens first..last are a person's name as an address block writes it: two to four capitalised words one
 * blank (or a comma) apart, an initial allowed among them, one of them a listed name or no English word, and
 * no organisation's, facility's or street's word.
 */
function addresseeName(doc: DocumentView, first: number, last: number): boolean {
  const { text, tokens } = doc;
  let words = 0;
  let named = false;
  for (let i = first; i <= last; i++) {
    const t = tokens[i] as Token;
    if (i > first && !/^\.?,?[ \t]{1,2}$/.test(text.slice((tokens[i - 1] as Token).end, t.start))) return false;
    if (!capitalShaped(t)) return false;
    if (t.single) continue; // a middle initial
    if (!nameWord(doc, t) || ORGANISATION_WORDS.has(t.lower) || lexicon.FACILITY_HEADS.has(t.lower) || lexicon.STREET_SUFFIXES.has(t.lower)) return false;
    const lx = lexical(doc, tokens, i);
    if (lx.eponymHere || (lx.common && !(lx.first || lx.sur))) return false;
    if (lx.first || lx.sur || !lx.common) named = true;
    words++;
  }
  return words >= 2 && words <= 4 && named;
}

/**
 * The person a street address belongs to, as a letter's address block writes it: the name on the line right
 * above the street line ("Rusty Lindqvist" over "793 Pine Parkway"), or before it and a comma on the same line
 * ("sent to Rusty Lindqvist, 793 Pine Parkway").
 */
function addresseeBeforeStreet(doc: DocumentView, at: number, len: number): Candidate | undefined {
  const { text, tokens } = doc;
  let p = at;
  while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
  const c = p > 0 ? text.charCodeAt(p - 1) : -1;
  if ((c !== 10 && c !== 44) || !STREET_LINE_START.test(text.slice(at + len, at + len + 6)) || !streetOnLine(doc, at + len)) return undefined;
  if (c === 44) {
    // The name's words back from the comma, after a lower-case word, a stop or the line's start.
    const last = firstTokenAt(tokens, p - 1) - 1;
    if (last < 0 || (tokens[last] as Token).end !== p - 1) return undefined;
    let first = last;
    while (first > 0 && last - first < 4 && /^[ \t]$/.test(text.slice((tokens[first - 1] as Token).end, (tokens[first] as Token).start))) {
      const prev = tokens[first - 1] as Token;
      if (!capitalShaped(prev) || !nameWord(doc, prev)) break;
      const lx = lexical(doc, tokens, first - 1);
      if (lx.common && !lx.first && !lx.sur) break; // "Sent", "Letter": the sentence before the name
      first--;
    }
    if (first > 0) {
      const prev = tokens[first - 1] as Token;
      const gap = text.slice(prev.end, (tokens[first] as Token).start);
      if (!(prev.text === prev.lower || /[:;(\n]/.test(gap))) return undefined;
    }
    if (!addresseeName(doc, first, last)) return undefined;
    return candidate((tokens[first] as Token).start, (tokens[last] as Token).end, 'NAME', 0.72, ID, { kind: 'context', detail: 'before-street' });
  }
  let e = p - 1;
  if (e > 0 && text.charCodeAt(e - 1) === 13) e--;
  const s = text.lastIndexOf('\n', e - 1) + 1;
  if (e - s < 5 || e - s > 48) return undefined;
  const first = firstTokenAt(tokens, s);
  let k = first;
  while (k < tokens.length && (tokens[k] as Token).end <= e) k++;
  const last = k - 1;
  if (last < first || !/^[ \t]*$/.test(text.slice(s, (tokens[first] as Token).start)) || !/^[.]?[ \t]*\r?$/.test(text.slice((tokens[last] as Token).end, e + (text.charCodeAt(e) === 13 ? 1 : 0)))) return undefined;
  if (!addresseeName(doc, first, last)) return undefined;
  return candidate((tokens[first] as Token).start, (tokens[last] as Token).end, 'NAME', 0.72, ID, { kind: 'context', detail: 'above-street-line' });
}

// After a person's name in prose: ", born 21 November 1990", " (born 3/4/1961)", ", born on May 2, 1950".
const BORN_AFTER = /^,?[ \t]?\(?born[ \t](?:on[ \t])?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]\d)/i;

/**
 * The name right before ", born <date>" in a letter's sentence ("confirms that Thandiwe Rose Dlamini, born 21
 * November 1990"): two to four capitalised words one blank apart, one a listed name or no English word, none a
 * common word alone, an eponym, a state or a country, and not a town's name as a whole ("Kansas City, born ...").
 */
function nameBeforeBorn(doc: DocumentView, j: number): Candidate | undefined {
  const { text, tokens } = doc;
  const k = j - 1;
  if (k < 0 || !BORN_AFTER.test(text.slice((tokens[k] as Token).end, (tokens[j] as Token).end + 16))) return undefined;
  let s = k;
  while (s >= 0 && k - s < MAX_WORDS) {
    const t = tokens[s] as Token;
    if (!t.capitalized || !nameWord(doc, t) || ORGANISATION_WORDS.has(t.lower) || lexicon.FACILITY_HEADS.has(t.lower)) break;
    const lx = lexical(doc, tokens, s);
    if (lx.eponymHere || (lx.common && !(lx.first || lx.sur)) || lexicon.US_STATES.has(t.lower) || COUNTRY_NAMES.has(t.fold)) break;
    if (s > 0 && !/^[ \t]$/.test(text.slice((tokens[s - 1] as Token).end, t.start))) {
      s--;
      break;
    }
    s--;
  }
  const first = s + 1;
  if (k - first < 1) return undefined;
  let named = false;
  for (let i = first; i <= k; i++) {
    const lx = lexical(doc, tokens, i);
    if (((lx.first || lx.sur) && !lx.common) || (!lx.common && (tokens[i] as Token).text.length >= 3)) named = true;
  }
  const words = text.slice((tokens[first] as Token).start, (tokens[k] as Token).end).toLowerCase();
  if (!named || doc.dict.allCities.has(words)) return undefined;
  return candidate((tokens[first] as Token).start, (tokens[k] as Token).end, 'NAME', 0.72, ID, { kind: 'context', detail: 'before-born' });
}

/**
 * A listed given name, capitalised after a lower-case word and before ", who" ("a special thank-you to Precious,
 * who stayed past her shift"): the relative pronoun says a person, though the name is also an English word. Not a
 * service or a body ("referred to Cardiology, who", "called the Pharmacy, who": "the" says a thing).
 */
function givenNameBeforeWho(doc: DocumentView, j: number): Candidate | undefined {
  const { text, tokens } = doc;
  const k = j - 1;
  if (k < 1 || text.slice((tokens[k] as Token).end, (tokens[j] as Token).start) !== ', ') return undefined;
  const t = tokens[k] as Token;
  const prev = tokens[k - 1] as Token;
  if (!t.capitalized || t.upper || doc.allCaps || !/^[a-z]{2,}$/.test(prev.text) || text.slice(prev.end, t.start) !== ' ') return undefined;
  if (FUNCTION_WORDS.has(prev.lower) && !WHO_CUES.has(prev.lower)) return undefined;
  const lx = lexical(doc, tokens, k);
  if (!lx.first || lx.eponymHere || !nameWord(doc, t) || ORGANISATION_WORDS.has(t.lower) || lexicon.FACILITY_HEADS.has(t.lower) || lexicon.US_STATES.has(t.lower) || doc.dict.allCities.has(t.lower)) return undefined;
  return candidate(t.start, t.end, 'NAME', 0.7, ID, { kind: 'context', detail: 'before-who' });
}
// Prepositions a thanked or named person follows ("thank-you to Precious, who"), though function words.
const WHO_CUES = new Set(['to', 'with', 'from', 'by', 'and']);

/**
 * Round 144: a note's header row with no labels, "SURNAME, Given   <record number>   <date>" ("Fitzwilliam, Cosmo
 * 4400921   11/04/2026"): a name written surname first with its comma at the line's head, then blanks, a number of six
 * to ten digits, blanks and a date. A lab table's rows have no comma-parted name before their numbers.
 */
const HEADER_ROW_DATE_AFTER = /^(?:[ \t]{2,8}|\t)\d{1,2}\/\d{1,2}\/\d{2,4}(?!\d)/;
const HEADER_ROW_GAP = /^(?:[ \t]{2,8}|\t)$/;
function headerRowName(doc: DocumentView, at: number, len: number): Candidate | undefined {
  const { text, tokens } = doc;
  const c = text.charCodeAt(at - 1);
  if ((c !== 32 && c !== 9) || !HEADER_ROW_DATE_AFTER.test(text.slice(at + len, at + len + 20))) return undefined;
  const k = firstTokenAt(tokens, at) - 1;
  if (k < 1 || !HEADER_ROW_GAP.test(text.slice((tokens[k] as Token).end, at))) return undefined;
  const name = nameEndingAt(doc, k);
  if (!name) return undefined;
  const lineStart = text.lastIndexOf('\n', name.start - 1) + 1;
  return /^[ \t]{0,4}$/.test(text.slice(lineStart, name.start)) && text.slice(name.start, name.end).includes(', ') ? name : undefined;
}

export function findNamesBeforeAge(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  const { text, tokens, digitRuns, digitRunLengths } = doc;
  for (let r = 0; r < digitRuns.length; r++) {
    const len = digitRunLengths[r] as number;
    const at = digitRuns[r] as number;
    // A house number (one to six digits) may have its addressee before it; else a number of one to three, an age.
    if (len <= 6) {
      const addressee = addresseeBeforeStreet(doc, at, len);
      if (addressee) {
        out.push(addressee);
        continue;
      }
    }
    if (len >= 6 && len <= 10) {
      const row = headerRowName(doc, at, len);
      if (row) out.push(row);
      continue;
    }
    if (len > 3) continue;
    const end = at + len;
    const c = text.charCodeAt(end); // most runs are followed by none of: blank, y, M, F, m, f, -
    if (!(c === 32 || c === 9 || c === 121 || c === 77 || c === 70 || c === 109 || c === 102 || c === 45 || c === 44 || c === 47)) continue;
    if (Number(text.slice(at, end)) > 120) continue;
    const marked = AGE_MARK.test(text.slice(end, end + 12));
    if (!marked && !BARE_AGE_AFTER.test(text.slice(end, end + 12))) continue;
    const k = firstTokenAt(tokens, at) - 1; // the word before the age (digits are no tokens)
    if (k < 0 || !(marked ? NAME_AGE_GAP : BARE_AGE_GAP).test(text.slice((tokens[k] as Token).end, at))) continue;
    const name = nameEndingAt(doc, k);
    if (!name || !(marked || afterBedLabel(doc, name.start))) continue;
    out.push(name);
    // The bare age itself, over 89, is an identifier too ("bed 3 Ode Falk 101 CAP"); a marked one is the age patterns'.
    if (!marked && Number(text.slice(at, end)) >= 90) out.push(candidate(at, end, 'AGE', 0.75, ID, { kind: 'context', detail: 'census-bare-age' }));
  }
  // The same before a birth date's or record number's label: "Koa Hope (DOB 03/04/1950)", "Koa Hope  MRN 123456".
  for (const label of LABELS_AFTER_NAME) {
    const list = doc.wordIndex.get(label);
    if (list === undefined) continue;
    for (const j of list) {
      const k = j - 1;
      if (k < 0 || !NAME_LABEL_GAP.test(text.slice((tokens[k] as Token).end, (tokens[j] as Token).start))) continue;
      const name = nameEndingAt(doc, k, doc.text.charCodeAt((tokens[j] as Token).start - 1) === 40);
      if (name) out.push(name);
    }
  }
  for (const j of doc.wordIndex.get('who') ?? []) {
    const name = givenNameBeforeWho(doc, j);
    if (name) out.push(name);
  }
  for (const j of doc.wordIndex.get('born') ?? []) {
    const name = nameBeforeBorn(doc, j);
    if (name) out.push(name);
  }
  rotaNames(doc, out);
  return out;
}

export const NAME_BEFORE_AGE_RECOGNIZER: Recognizer = { id: ID, types: ['NAME'], indexWords: [...LABELS_AFTER_NAME, 'born', 'who', ...lexicon.WEEKDAYS], find: findNamesBeforeAge };

/**
 * Round 63: a caregiver rota, one weekday a line and a shift a column ("Mon     Rosario        Tom     family (Jeanette)"):
 * its cells are the aides' and the family's given names, with no cue before them. Only a line that opens with a
 * weekday and parts its cells by two blanks or a tab, in a note with two such lines of two cells or more; a cell is
 * one listed given name alone or in brackets after a word ("family (Carol)"). "Mon  Off  Clinic", "Mon  Coumadin 5 mg"
 * hold no given name alone in a cell.
 */
const ROTA_ROW = /^[ \t]{0,4}\p{L}{3,9}\.?(?:[ \t]{2,}|\t)(?=\S)/u;
const ROTA_CELL = /^(?:\p{L}{2,20}[ \t])?\(?(\p{Lu}\p{Ll}{1,19})\)?$/u;
function rotaRows(doc: DocumentView): Array<{ start: number; cells: Array<[number, string]> }> {
  const rows: Array<{ start: number; cells: Array<[number, string]> }> = [];
  for (const w of lexicon.WEEKDAYS) {
    for (const i of doc.wordIndex.get(w) ?? []) {
      const t = doc.tokens[i] as Token;
      const lineStart = doc.text.lastIndexOf('\n', t.start - 1) + 1;
      if (!/^[ \t]{0,4}$/.test(doc.text.slice(lineStart, t.start))) continue;
      const m = ROTA_ROW.exec(doc.text.slice(lineStart, lineStart + 16));
      if (m === null) continue;
      const lineEnd = doc.text.indexOf('\n', t.end);
      const from = lineStart + m[0].length;
      const line = doc.text.slice(from, lineEnd < 0 ? doc.text.length : Math.min(lineEnd, from + 200));
      const cells: Array<[number, string]> = [];
      const parts = /[^ \t]+(?: [^ \t]+)*/g;
      for (let c = parts.exec(line); c !== null; c = parts.exec(line)) cells.push([from + c.index, c[0]]);
      if (cells.length >= 2) rows.push({ start: lineStart, cells });
    }
  }
  return rows;
}
function rotaNames(doc: DocumentView, out: Candidate[]): void {
  const rows = rotaRows(doc);
  if (rows.length < 2) return;
  for (const row of rows) {
    for (const [at, cell] of row.cells) {
      const m = ROTA_CELL.exec(cell);
      if (m === null) continue;
      const name = m[1] as string;
      const lower = name.toLowerCase();
      if (!doc.dict.firstNames.has(lower) || lexicon.WEEKDAYS.has(lower) || lexicon.TITLES.has(lower) || lexicon.US_STATES.has(lower) || FUNCTION_WORDS.has(lower)) continue;
      const start = at + cell.lastIndexOf(name);
      out.push(candidate(start, start + name.length, 'NAME', 0.72, ID, { kind: 'context', detail: 'rota-cell' }));
    }
  }
}
