// Names written in lower case in full ("eva lindqvist lives at") and lists of names ("Lamovec and Morales",
// "J.K., Maribel, Theo W., and Dustin").
import { lexicon } from '../dictionaries/index.js';
import type { Token } from '../text/tokens.js';
import { COUNTRY_NAMES } from './cities.js';
import { pushName, startsLine, LETTERS_ONLY, oneSpace } from './name-emit.js';
import { TWO_LETTER_ACRONYMS } from './name-messages.js';
import { CLINICAL_ENDING } from './name-relations.js';
import { mayHaveNameShape, nameShape, NO_SHAPE, STRONG_SHAPE } from './name-shape.js';
import {
  REPLY_OPENERS,
  opensClause,
  CALENDAR_WORDS,
  DOTTED_NON_INITIALS,
  FUNCTION_WORDS,
  FOREIGN_COMMON_WORDS,
  acronym,
  endsName,
  isCredential,
  isTitle,
  isUpperLetter,
  functionOrCalendar,
  lexical,
  shaped,
  wholeEponym,
} from './name-words.js';
import type { Candidate, DocumentView } from './types.js';

/** A lower-case word that may be a name part: letters only, not a function, calendar, title or credential word. */
function lowerWord(doc: DocumentView, t: Token): boolean {
  return !shaped(doc, t) && !t.single && t.text.length >= 3 && LETTERS_ONLY.test(t.text) && !functionOrCalendar(t) && !FOREIGN_COMMON_WORDS.has(t.lower) && !isTitle(doc, t) && !isCredential(doc, t);
}

/** "group", "groups", "type", "system" after "blood": a blood group system's head (round 82). */
const BLOOD_GROUP_AFTER = /^ (?:groups?|types?|systems?|antigens?)\b/;
/** Lower-case particles that are also given names ("Del"): "teléfono del esposo", "cuadrilla del mayordomo". */
const ROMANCE_PARTICLES = new Set(['del', 'dela', 'della', 'dos', 'das']);

/** Vietnamese middle names that mark a man's or a woman's name, in lower case as typed ("van", "thi"). */
const VIETNAMESE_MIDDLE = new Set(['van', 'thi', 'văn', 'thị']);

/** 4e. A full name written in lower case: "eva lindqvist lives at", "bertram m. holm", "olga krylova's". */
/** 4e''. "pham van duc", "nguyen thi lan": Vietnamese order in lower case, a listed surname, "van" or "thi", a given name. */
function lowerVietnameseNameRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const m = tokens[i + 1];
  const g = tokens[i + 2];
  if (m === undefined || g === undefined || !VIETNAMESE_MIDDLE.has(m.text) || !lowerWord(doc, t)) return -1;
  if (m.start !== t.end + 1 || g.start !== m.end + 1 || doc.text.charCodeAt(t.end) !== 32 || doc.text.charCodeAt(m.end) !== 32) return -1;
  if (!lowerWord(doc, g) || doc.isCommon[i + 2] === 1) return -1;
  pushName(doc, out, i, i + 2, 0.72, { kind: 'dictionary', detail: 'lower-case-vietnamese-name' });
  return i + 2;
}

/** An amount and its unit, or the word dose, right after a word: what follows a drug's name, never a person's. */
const DOSE_AFTER_DRUG = /^[ \t]{1,2}(?:\d{1,5}(?:[.,]\d{1,3})?[ \t]?(?:mg|mcg|g|ml|mL|units?|iu|IU|%)(?![\p{L}])|doses?\b|dosing\b)/u;

const PREFIXED_WORD = /^(?:re|pre|post|non|co|un|self|over|under|mis|de|dis|anti|semi|sub|multi)-/;

/** Round 143: a time unit's abbreviation after its count, a listed given name too ("~25 min downtime", "3 mo course"). */
const TIME_UNITS = new Set(['min', 'mins', 'hr', 'hrs', 'sec', 'secs', 'mo', 'mos', 'wk', 'wks', 'yr', 'yrs']);
const COUNT_BEFORE = /\d[ \t]?$/;

function lowerFullNameRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (doc.isFirst[i] !== 1 || doc.isCommon[i] === 1 || !lowerWord(doc, t) || ROMANCE_PARTICLES.has(t.lower)) return -1;
  if (TIME_UNITS.has(t.text) && COUNT_BEFORE.test(doc.text.slice(Math.max(0, t.start - 2), t.start))) return -1;
  let k = i + 1;
  const m = tokens[k];
  // "bertram m. holm", "leidy t muris": a middle initial between the two words.
  if (m?.single && !isUpperLetter(m.text) && /^[ \t]$/.test(doc.text.slice(t.end, m.start)) && /^\.?[ \t]$/.test(doc.text.slice(m.end, tokens[k + 1]?.start ?? m.end))) k++;
  const n = tokens[k];
  if (!n || !/^\.?[ \t]$/.test(doc.text.slice((tokens[k - 1] as Token).end, n.start)) || (k === i + 1 && doc.text.charCodeAt(t.end) !== 32)) return -1;
  if (!lowerWord(doc, n) || doc.isCommon[k] === 1 || doc.dict.allCities.has(`${t.lower} ${n.lower}`)) return -1;
  const listed = doc.isSur[k] === 1 || doc.isFirst[k] === 1;
  // A verb or adjective made with a prefix is no surname: "marisol re-updated", "jo pre-op'd", "ana non-verbal".
  if (!listed && (n.text.length < 4 || lexical(doc, tokens, k).eponymHere || PREFIXED_WORD.test(n.lower))) return -1;
  // "max simvastatin 20 mg", "max gabapentin dose": a drug before its dose, after "max" (a given name and maximum).
  if (DOSE_AFTER_DRUG.test(doc.text.slice(n.end, n.end + 16))) return -1;
  pushName(doc, out, i, k, 0.7, { kind: 'dictionary', detail: 'lower-case-full-name' });
  return k;
}

/**
 * 4e'. A lower-case full name whose given name no list holds, found from its surname: "jorunn b lindgren"
 * (a middle initial between), "alvar pedersen" (a surname's ending). The given name is no English word; the
 * surname a listed one, no eponym ("foley", "ross") but after an initial.
 */
function lowerSurnameBackRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const p = tokens[i - 1] as Token;
  if (t.text.length < 4) return -1;
  let g = i - 1;
  if (p.single) {
    // "jorunn b lindgren": the initial is no article or pronoun ("a", "i").
    if (p.lower === 'a' || p.lower === 'i' || p.text !== p.lower || !/^\.?[ \t]$/.test(doc.text.slice(p.end, t.start))) return -1;
    g = i - 2;
  } else if (nameShape(doc, tokens, i) !== STRONG_SHAPE && !(doc.isSur[i] === 1 && doc.isCommon[i] === 0 && patientCueBefore(doc, tokens, i - 1))) return -1;
  // An eponym that is a surname too counts after a middle initial ("codey m ross"): no disease is written so.
  if (!lowerWord(doc, t) || !LETTERS_ONLY.test(t.text) || (lexicon.EPONYMS.has(t.fold) && g === i - 1)) return -1;
  const given = tokens[g];
  if (given === undefined || given.end + 1 !== (tokens[g + 1] as Token).start || doc.text.charCodeAt(given.end) !== 32) return -1;
  if (!lowerWord(doc, given) || doc.isCommon[g] === 1 || doc.isFirst[g] === 1 || !LETTERS_ONLY.test(given.text) || CLINICAL_ENDING.test(given.lower)) return -1;
  if (lexical(doc, tokens, i).eponymHere) return -1;
  pushName(doc, out, g, i, 0.65, { kind: 'pattern', detail: 'lower-case-name-by-surname' });
  return i;
}

/** Words right before a lower-case name that make it the patient's: "pt delroy campbell", "refill for delroy campbell". */
const PATIENT_CUES_BEFORE = new Set(['pt', 'patient', 'for', 'resident', 'client']);

/**
 * Token g (a given name no list holds) comes right after a patient's cue in lower case, or after a label's colon
 * ("Varicella at school: ayaan siddiqui"): then a listed surname that no English list holds follows it as a name.
 */
function patientCueBefore(doc: DocumentView, tokens: readonly Token[], g: number): boolean {
  const given = tokens[g];
  const cue = tokens[g - 1];
  if (given === undefined || cue === undefined) return false;
  const gap = doc.text.slice(cue.end, given.start);
  if (gap === ' ') return cue.text === cue.lower && PATIENT_CUES_BEFORE.has(cue.lower);
  return gap === ': ' && !cue.single && /^\p{Ll}+$/u.test(cue.text);
}

/** Index of the next entry of a list after token k ("A, B", "A and B", "A, and B"), or -1. By char codes: every capitalised word asks. */
function nextEntry(doc: DocumentView, tokens: readonly Token[], k: number): number {
  const t = tokens[k] as Token;
  const n = tokens[k + 1];
  if (!n) return -1;
  const text = doc.text;
  // An entry ending in an initial ("Theo W.,", "J.K.,") goes on after its period.
  const e = t.single && t.dotAfter ? t.end + 1 : t.end;
  const comma = n.start === e + 2 && text.charCodeAt(e) === 44 && text.charCodeAt(e + 1) === 32;
  const space = n.start === e + 1 && text.charCodeAt(e) === 32;
  if (!comma && !space) return -1;
  if (n.lower === 'and' || n.lower === 'or') {
    const after = tokens[k + 2];
    return after !== undefined && after.start === n.end + 1 && text.charCodeAt(n.end) === 32 ? k + 2 : -1;
  }
  return comma ? k + 1 : -1;
}

/** An entry of a list of names: one word, no place, no ordinary word unless a given name ("Sherry"). */
function listEntry(doc: DocumentView, tokens: readonly Token[], k: number, caps: boolean): boolean {
  const t = tokens[k] as Token;
  if (t.single || !LETTERS_ONLY.test(t.text) || (caps ? !t.capitalized : !lowerWord(doc, t))) return false;
  // "this is Jen, I'm writing": a pronoun's contraction is no entry.
  if (FUNCTION_WORDS.has(t.lower)) return false;
  // "dialysis Tue, Thu, Sat", "seen Mon and Fri": weekdays list a schedule.
  if (lexicon.WEEKDAYS.has(t.lower)) return false;
  // "Pt: Yeah, Deirdre O'Sullivan.", "Provider: So, Agnieszka, you had...": a reply's opening word before a name.
  if (REPLY_OPENERS.has(t.lower) && opensClause(doc.text, t.start)) return false;
  const lx = lexical(doc, tokens, k);
  if (lx.eponymHere || (lx.common && !lx.first) || (!caps && lx.common) || lexicon.US_STATES.has(t.lower)) return false;
  // A town named like a person ("Becker", "Christopher") may be a name in a list; another entry must say so.
  if (doc.dict.allCities.has(t.lower) && !(lx.first || lx.sur)) return false;
  return !endsName(doc, t) && !isTitle(doc, t);
}

const isInitial = (t: Token | undefined): boolean => t !== undefined && t.single && t.dotAfter && isUpperLetter(t.text);

/**
 * The last token of the list entry starting at k by shape alone, or -1: a word, a word and an initial
 * ("Theo W."), or capitals with periods ("J.K."; capitalised lists only).
 */
function entryEnd(doc: DocumentView, tokens: readonly Token[], k: number, caps: boolean): number {
  const t = tokens[k] as Token;
  if (t.single) {
    if (!caps || !isInitial(t)) return -1;
    let j = k;
    while (j < k + 2 && isInitial(tokens[j + 1]) && (tokens[j + 1] as Token).start === (tokens[j] as Token).end + 1) j++;
    // "Amy Lee, D.O. and John Park": a degree, a time or a service in dotted capitals is no one's initials.
    return j > k && !DOTTED_NON_INITIALS.test(doc.text.slice(t.start, (tokens[j] as Token).end + 1)) ? j : -1;
  }
  if (caps ? !t.capitalized : shaped(doc, t)) return -1;
  const n = tokens[k + 1];
  return caps && isInitial(n) && (n as Token).start === t.end + 1 && doc.text.charCodeAt(t.end) === 32 ? k + 1 : k;
}

/**
 * A bound on nameListRule by char codes and the per-token flags: the chain of list gaps from i, cut at words
 * listEntry rejects by shape, is long enough and holds enough listed uncommon names. Most words fail here.
 */
function mayBeList(doc: DocumentView, tokens: readonly Token[], i: number, caps: boolean): boolean {
  let n = 0;
  let listed = 0;
  let unknown = 0;
  let conjunction = false;
  for (let k = i; k >= 0 && n < 8; ) {
    const e = entryEnd(doc, tokens, k, caps);
    if (e < 0) break;
    n++;
    if ((doc.isFirst[k] === 1 || doc.isSur[k] === 1) && doc.isCommon[k] === 0 && !(tokens[k] as Token).single) listed++;
    else if (caps && doc.isCommon[k] === 0 && mayHaveNameShape(tokens[k] as Token)) unknown++;
    k = nextEntry(doc, tokens, e);
    if (k === e + 2) conjunction = true;
  }
  return n >= (caps ? 2 : 3) && (listed >= (caps ? 1 : 2) || (caps && conjunction && unknown > 0));
}

/** A named test, scale or inventory in capitals ("Boston Naming Test", "Geriatric Depression Scale"). */
const NAMED_TEST_NEAR = /\p{Lu}\p{Ll}+[ \t](?:Test|Scale|Inventory|Battery|Figure|Task)\b/u;
/** Round 122: a named test near the span [start, end): eponyms there are tests' authors ("Stroop, Rey Complex Figure"). */
export function namedTestNear(doc: DocumentView, start: number, end: number): boolean {
  return NAMED_TEST_NEAR.test(doc.text.slice(Math.max(0, start - 120), end + 60));
}

/** A score's value closing its clause after the eponyms: "Hoehn and Yahr 2.5,", "Hunt and Hess II;" (not "Smith and Jones 2 days ago"). */
export const SCORE_VALUE = /^[ \t]{1,2}(?:\d{1,2}(?:\.\d)?|I{1,3}|IV|V)(?:[,;.)]|[ \t]*$|[ \t]*\r?\n)/;

/**
 * 4f. A list of names: "Lamovec and Morales", "Kónya, Becker and Vasquez", "silvana, adam, kristina and caleb".
 * Capitalised: two or more entries, one a listed name that is no word. Lower case: three or more, two listed given names.
 */
function nameListRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const caps = t.capitalized || t.single;
  if (!caps && doc.isFirst[i] !== 1) return -1;
  if (caps && (acronym(doc, t) || doc.allCaps)) return -1;
  if (!mayBeList(doc, tokens, i, caps)) return -1; // spare listEntry's look-ups
  const entries: number[] = [];
  const ends: number[] = [];
  let conjunction = false;
  for (let k = i; k >= 0 && entries.length < 8; ) {
    const e = entryEnd(doc, tokens, k, caps);
    if (e < 0 || !((tokens[k] as Token).single || listEntry(doc, tokens, k, caps))) break;
    entries.push(k);
    ends.push(e);
    k = nextEntry(doc, tokens, e);
    if (k === e + 2) conjunction = true;
  }
  if (entries.length < (caps ? 2 : 3)) return -1;
  let listed = 0;
  let inLists = 0;
  let accented = 0;
  for (const k of entries) {
    const t = tokens[k] as Token;
    if (doc.isFirst[k] === 1 || doc.isSur[k] === 1) inLists++;
    if ((doc.isFirst[k] === 1 || doc.isSur[k] === 1) && doc.isCommon[k] === 0 && !t.single && !doc.dict.allCities.has(t.lower)) listed++;
    // "Dragomirova and Pike": a surname's ending vouches for a list that has its "and" ("in Kraków, Sunvale is"
    // is a place and a firm); an accent only beside a word of the name lists ("Hrubá and Thorne", not
    // "Crème, Keflex and Bactrim").
    else if (caps && conjunction) {
      const shape = nameShape(doc, tokens, k);
      if (shape === STRONG_SHAPE) listed++;
      else if (shape !== NO_SHAPE) accented++;
    }
  }
  if (accented > 0 && inLists > 0) listed++;
  if (listed < (caps ? 1 : 2)) return -1;
  // "speaks Burmese and Karen": a language no name list holds makes the list one of languages (Karen, Chin are given names too).
  if (entries.some((k) => doc.isFirst[k] === 0 && doc.isSur[k] === 0 && lexicon.LANGUAGES.has((tokens[k] as Token).lower))) return -1;
  // "Reflexes absent: Babinski, Hoffmann": every entry an eponym, one of them no listed name, lists signs ("Murphy, Bell" may be people).
  if (entries.every((k) => lexicon.EPONYMS.has((tokens[k] as Token).fold)) && entries.some((k) => doc.isFirst[k] === 0 && doc.isSur[k] === 0)) return -1;
  // Round 122: "Trail Making Test A and B, Stroop, Rey Complex Figure": eponyms listed among named tests are tests.
  if (entries.every((k) => lexicon.EPONYMS.has((tokens[k] as Token).fold)) && namedTestNear(doc, t.start, (tokens[ends[ends.length - 1] as number] as Token).end)) return -1;
  // Round 93: "Diseases: Addison, Cushing, Conn, Graves, Hashimoto, Kawasaki": four one-word entries or more, three
  // in four of them eponyms (a hyphened one by its parts: "Guillain-Barré", "Child-Pugh"), list diseases, signs or
  // scores; people are listed with given names ("Ann Wilson, Bo Graves") or in fewer.
  if (entries.length >= 4 && entries.every((k, n) => k === ends[n]) && entries.filter((k) => wholeEponym(doc, tokens[k] as Token)).length * 4 >= entries.length * 3) return -1;
  // "sons Brendan and Fergus Mulcahy": the family's surname after the last given name belongs to the list.
  const lastEnd = ends[ends.length - 1] as number;
  const sur = tokens[lastEnd + 1];
  // "Kell, Duffy, Kidd phenotyping", "Babinski, Hoffmann signs": a clinical head word in lower case after the last
  // entry makes every entry an eponym of it (blood group systems, signs, criteria), whatever the name lists say.
  if (sur !== undefined && sur.text === sur.lower && oneSpace(doc, tokens[lastEnd] as Token, sur) && lexicon.EPONYM_HEADS.has(sur.lower)) return -1;
  // Round 82: "Kell and Duffy blood group antigens", "Kidd, Lewis blood groups": the blood group systems by their name.
  if (sur !== undefined && sur.lower === 'blood' && oneSpace(doc, tokens[lastEnd] as Token, sur) && BLOOD_GROUP_AFTER.test(doc.text.slice(sur.end, sur.end + 10))) return -1;
  // "Neer and Hawkins impingement signs", "Truelove and Witts severe criteria": one describing word before the head.
  const head2 = tokens[lastEnd + 2];
  if (sur !== undefined && head2 !== undefined && /^\p{Ll}{4,}$/u.test(sur.text) && !FUNCTION_WORDS.has(sur.lower) && oneSpace(doc, tokens[lastEnd] as Token, sur) &&
    oneSpace(doc, sur, head2) && head2.text === head2.lower && lexicon.EPONYM_HEADS.has(head2.lower)) return -1;
  // "Hoehn and Yahr 2.5", "Hunt and Hess 2": a pair of eponyms before the score's value.
  if (entries.every((k) => lexicon.EPONYMS.has((tokens[k] as Token).fold)) && SCORE_VALUE.test(doc.text.slice((tokens[lastEnd] as Token).end, (tokens[lastEnd] as Token).end + 12))) return -1;
  if (caps && sur !== undefined && sur.capitalized && !sur.single && oneSpace(doc, tokens[lastEnd] as Token, sur) &&
    // A surname that is also a word closes the list after a given name ("Ann, Bo and Abel Moss"), as it does one name alone.
    (doc.isCommon[lastEnd + 1] === 0 || (doc.isFirst[lastEnd] === 1 && doc.isSur[lastEnd + 1] === 1 && !CALENDAR_WORDS.has(sur.lower))) && !isTitle(doc, sur) && !endsName(doc, sur) &&
    (doc.isSur[lastEnd + 1] === 1 || nameShape(doc, tokens, lastEnd + 1) === STRONG_SHAPE)) {
    ends[ends.length - 1] = lastEnd + 1;
  }
  // "in Haifa, Israel": a town and its country, when the country is a given name too ("Maria, Israel and Jose" are people).
  const lastEntry = entries[entries.length - 1] as number;
  const lastFold = (tokens[lastEntry] as Token).fold;
  if (entries.length === 2 && lastEntry === lastEnd && COUNTRY_NAMES.has(lastFold) && doc.dict.firstNames.has(lastFold) && doc.isFirst[i] === 0) return -1;
  // "traveled to India and Thailand": countries only, after a preposition of place, are the countries.
  const before = tokens[(entries[0] as number) - 1];
  if (before !== undefined && (before.lower === 'to' || before.lower === 'from' || before.lower === 'in' || before.lower === 'visited') &&
    entries.every((k, n) => k === ends[n] && COUNTRY_NAMES.has((tokens[k] as Token).fold))) return -1;
  // "from Puno, Perú": a country closing the list is the place, not a person.
  entries.forEach((k, n) => {
    if (k === ends[n] && COUNTRY_NAMES.has((tokens[k] as Token).fold) && !doc.dict.firstNames.has((tokens[k] as Token).fold)) return;
    pushName(doc, out, k, ends[n] as number, 0.62, { kind: 'context', detail: 'name-list' });
  });
  return ends[ends.length - 1] as number;
}

/** 4e and 4f behind their first tests, so most tokens make one call instead of two. */
export function lowerOrListRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (doc.isSur[i] === 1 && doc.isCommon[i] === 0 && !shaped(doc, t)) {
    const j = lowerVietnameseNameRule(doc, tokens, i, out);
    if (j >= 0) return j;
  }
  if (doc.isFirst[i] === 1 && doc.isCommon[i] === 0 && !shaped(doc, t)) {
    const j = lowerFullNameRule(doc, tokens, i, out);
    if (j >= 0) return j;
  }
  if (doc.isSur[i] === 1 && doc.isCommon[i] === 0 && i > 0 && !shaped(doc, t) && !t.single) {
    const j = lowerSurnameBackRule(doc, tokens, i, out);
    if (j >= 0) return j;
  }
  return (t.capitalized ? !doc.allCaps : t.single ? t.dotAfter && !doc.allCaps : doc.isFirst[i] === 1) ? nameListRule(doc, tokens, i, out) : -1;
}

/** Labels that head a list of the people present: "Present: Jade, Marcus, Faith (excused), Tom." */
export const ATTENDANCE_LABELS = ['present', 'absent', 'excused', 'attendees', 'attending', 'participants', 'attendance', 'members'];
/** The label's colon, maybe after a bracketed aside, and the blanks before the first entry. */
const LABEL_COLON = /^[ \t]?(?:\([^()\n]{1,60}\)[ \t]?)?:[ \t]{1,3}(?=\S)/;
/** A bracketed note after an entry of such a list: "(excused)", "(RN)", "(by phone)"; short, no line break. */
const ENTRY_NOTE = /^[ \t]?\([^()\n]{1,20}\)/;
/** What may follow an entry: a separator, the sentence's or the line's end. */
const ENTRY_CLOSE = /^(?:[ \t]?[,;/.]|[ \t]{1,2}(?:and|&)[ \t]|[ \t]*(?:\r?\n|$))/;
/** What separates the list's entries: a comma, a semicolon, "and", a slash. */
const ENTRY_GAP = /^(?:[ \t]?[,;/][ \t]{0,2}(?:and[ \t]{1,2})?|[ \t]{1,2}and[ \t]{1,2}|[ \t]{1,2}&[ \t]{1,2})$/;

/**
 * 4g. The people of an attendance list, after its label and a colon, to the line's end: each entry opens with a
 * listed given name or surname, even one that is a word ("Faith", "Jade", "Bell"), and may take a surname ("Kofi Mensah"). Reads each
 * token of the line once; the walk ends at the first entry that opens otherwise, or where no separator follows.
 */
export function attendanceListNames(doc: DocumentView, out: Candidate[]): void {
  const tokens = doc.tokens;
  for (const label of ATTENDANCE_LABELS) {
    const at = doc.wordIndex.get(label);
    if (at === undefined) continue;
    for (const l of at) {
      const lt = tokens[l] as Token;
      // The colon may follow a bracketed aside: "Members present (first names only): Jade, Dusty".
      const colon = LABEL_COLON.exec(doc.text.slice(lt.end, lt.end + 72));
      if (colon === null || !attendanceLabelAt(doc, l)) continue;
      let k = l + 1;
      while (k < tokens.length && (tokens[k] as Token).start < lt.end + colon[0].length) k++;
      while (k < tokens.length) {
        const t = tokens[k] as Token;
        if (!attendee(doc, k)) break;
        let end = k;
        const n = tokens[k + 1];
        // "Kofi Mensah": a surname after the given name may be in no list.
        if (n !== undefined && oneSpace(doc, t, n) && n.capitalized && (attendee(doc, k + 1) || surnameWord(doc, k + 1))) end = k + 1;
        // Past an entry's bracketed note to the separator and the next entry.
        let from = (tokens[end] as Token).end;
        const note = ENTRY_NOTE.exec(doc.text.slice(from, from + 24));
        if (note) from += note[0].length;
        // An entry that opens with a surname ends where an entry ends: "Bell and", not "Brown stools", "Moore sign".
        if (doc.isFirst[k] === 0 && !ENTRY_CLOSE.test(doc.text.slice(from, from + 6))) break;
        pushName(doc, out, k, end, 0.7, { kind: 'context', detail: `attendance:${label}` });
        let j = end + 1;
        while (j < tokens.length && (tokens[j] as Token).start < from) j++;
        if (tokens[j]?.lower === 'and') j++; // the gap to the next entry spans "and"
        const nt = tokens[j];
        if (nt === undefined || !ENTRY_GAP.test(doc.text.slice(from, nt.start))) break;
        k = j;
      }
    }
  }
}

/**
 * Token k can open an entry: a capitalised listed given name or surname, even one that is a word or an eponym
 * ("Faith", "Sunny", "Murphy, Bell and Graves"), not before an eponym's head.
 */
function attendee(doc: DocumentView, k: number): boolean {
  const t = doc.tokens[k] as Token;
  // Round 57: a huddle's note lists its staff as they sign chat, in lower case or by initials: "Present: deb, marcus,
  // Priyanka, LJ". A lower-case given name of no English list, or two capitals that are no clinical abbreviation.
  if (!t.capitalized && !t.single && LETTERS_ONLY.test(t.text) && doc.isFirst[k] === 1 && doc.isCommon[k] === 0 && !functionOrCalendar(t)) return true;
  if (t.upper && t.text.length === 2 && LETTERS_ONLY.test(t.text) && !TWO_LETTER_ACRONYMS.has(t.text) && !doc.allCaps && !isCredential(doc, t)) return true;
  if (!t.capitalized || t.single || !LETTERS_ONLY.test(t.text) || isTitle(doc, t) || isCredential(doc, t) || functionOrCalendar(t)) return false;
  return (doc.isFirst[k] === 1 || doc.isSur[k] === 1) && !lexical(doc, doc.tokens, k).eponymHere;
}

/** Token k, after a given name, can be its surname: a capitalised word of the surname list or of no English list. */
function surnameWord(doc: DocumentView, k: number): boolean {
  const t = doc.tokens[k] as Token;
  return t.capitalized && LETTERS_ONLY.test(t.text) && (doc.isSur[k] === 1 || doc.isCommon[k] === 0) && !lexical(doc, doc.tokens, k).eponymHere;
}

/** Words before "present:" or "absent:" that make it a list of people, not of findings ("Pulses present:"). */
const PEOPLE_BEFORE_LABEL = new Set(['members', 'member', 'staff', 'also', 'family', 'people', 'persons', 'those', 'group', 'participants', 'attendees', 'others']);

/** Token l is an attendance label: a people word before "present"/"absent"/"excused", or the label opens its line. */
function attendanceLabelAt(doc: DocumentView, l: number): boolean {
  const lt = doc.tokens[l] as Token;
  if (lt.lower !== 'present' && lt.lower !== 'absent' && lt.lower !== 'excused') return true;
  const p = doc.tokens[l - 1];
  if (p !== undefined && PEOPLE_BEFORE_LABEL.has(p.lower)) return true;
  // At the line's start ("Present: Jade, ..."), where a list of findings would name what is present.
  if (startsLine(doc.text, lt.start)) return true;
  // Round 64: capitalised after a sentence that listed the group's members: "Members present (6): Ignacio, Luis.
  // Absent: Dwayne (excused)"; an exam's "Pulses present. Absent: clubbing" lists no members before it.
  return lt.capitalized && /[.;][ \t]{1,2}$/.test(doc.text.slice(Math.max(0, lt.start - 3), lt.start)) && MEMBERS_LISTED_BEFORE.test(doc.text.slice(Math.max(0, lt.start - 240), lt.start));
}
const MEMBERS_LISTED_BEFORE = /\b(?:members|attendees|participants|group[ \t]members)[ \t]{1,2}(?:present|attending)?[^:\n]{0,30}:/i;
