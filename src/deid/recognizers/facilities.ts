// Facilities: hospitals, clinics, practices and homes, found from their head words ("Mercy Hospital",
// "UCSF Med Ctr"), well-known health systems, "St. Mary's", and names after care verbs ("treated at X").
import { lexicon, WORD_FACILITY_HEAD, WORD_FACILITY_START } from '../dictionaries/index.js';
import { firstTokenAt, tokenAt, type Token } from '../text/tokens.js';
import { CharCodeSet, charCodesOf, fieldLineAt } from '../text/chars.js';
import { ABBREVIATIONS, REGION_OPENERS, publisherAfter, CAPS_RUN_BREAKERS, CARE_PREPOSITIONS, CARE_VERBS, FACILITY_CONNECTORS, STRONG_HEADS, headAt, stJudeDevice, instrumentAfter, phraseAt, placeShaped, wordsFrom } from './place-words.js';
import { CALENDAR_WORDS, FUNCTION_WORDS, eponymPairFirst, inPersonNamedFirm, isTitle, isUpperLetter, surnameNamingFacility } from './name-words.js';
import { bareStreetAnyEnd, bareStreetEnd } from './address-cues.js';
import { candidate, forEachIndexedWord, type Candidate, type DocumentView } from './types.js';
import { describesFaith } from './congregations.js';
import { MONTH_WORDS } from './dates.js';
import { COUNTRY_NAMES } from './cities.js';
import { CLINICAL_ACRONYMS } from './name-messages.js';
import { NOT_TOWNS } from './address-block.js';
import { KIN_WORDS } from './name-relations.js';
import { onFirstUse } from './machine-code.js';

/** Words in the longest known facility's name ("Jewish Family and Children's Service"): phraseAt reads no further. */
export const KNOWN_FACILITY_WORDS = Math.max(...[...lexicon.KNOWN_FACILITIES].map((p) => p.split(' ').length));

// Three passes, each its own function: the optimizer compiles (and, on a path first taken late,
// recompiles) each alone instead of one large function.
export function findFacilities(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  namedFacilities(doc, out);
  childrensFacilities(doc, out);
  careVerbFacilities(doc, out);
  saintPossessives(doc, out);
  veteransAffairs(doc, out);
  forEachIndexedWord(doc, SCHOOL_SHORT_LEVELS, (i) => schoolShortForm(doc, i, out));
  forEachIndexedWord(doc, POLICE_ABBREVIATIONS, (i) => policeDepartment(doc, i, out));
  forEachIndexedWord(doc, POST_ACUTE_KINDS, (i) => postAcuteAt(doc, i, out));
  practiceNames(doc, out);
  lowerCaseFacilities(doc, out);
  labelledFacilities(doc, out);
  forEachIndexedWord(doc, PRACTICE_SERVICE_HEADS, (h) => serviceNamedFacility(doc, h, out));
  forEachIndexedWord(doc, SYSTEM_CAMPUS_WORDS, (i) => systemBeforeCampus(doc, i, out));
  forEachIndexedWord(doc, LOWER_SITE_HEADS_ALL, (h) => lowerNamedCareSite(doc, h, out));
  forEachIndexedWord(doc, DEVOTIONAL_HOSPITAL_OPENERS, (i) => lowerDevotionalHospital(doc, i, out));
  forEachIndexedWord(doc, LOWER_HOME_SECOND_WORDS, (h) => lowerLandscapeHome(doc, h, out));
  forEachIndexedWord(doc, RELEASE_WORDS, (i) => remainsReleasedTo(doc, i, out));
  companyLetterhead(doc, out);
  forEachIndexedWord(doc, PAYEE_WORDS, (i) => ledgerPayee(doc, i, out));
  forEachIndexedWord(doc, TREATMENT_STAY_WORDS, (i) => treatmentProgramAt(doc, i, out));
  forEachIndexedWord(doc, PARATRANSIT_WORDS, (i) => paratransitService(doc, i, out));
  forEachIndexedWord(doc, HIM_WORDS, (i) => healthInformationDept(doc, i, out));
  unlistedTownAfterFacility(doc, out);
  townAfterFacilityName(doc, out);
  systemBeforeDashedCampus(doc, out);
  ampersandTail(doc, out);
  return out.filter((c) => !(c.type === 'FACILITY' && GENERIC_CAMPUS.test(doc.text.slice(c.start, c.end))));
}

/**
 * Round 152: a campus named by a generic word alone ("Employee Health - Main Campus", "parking at North Campus") names
 * no one place among a system's sites; with the system before it ("MERIDIAN HEALTH - MAIN CAMPUS") the longer span stays.
 */
const GENERIC_CAMPUS = /^(?:Main|MAIN|North|NORTH|South|SOUTH|East|EAST|West|WEST|Central|CENTRAL|Downtown|DOWNTOWN|Upper|UPPER|Lower|LOWER|Old|OLD|New|NEW)[ \t](?:Campus|CAMPUS)$/;

/**
 * Round 152: a practice's name that goes on after its head with "&" and one more word of what it does ("Brightpath
 * Psychiatry & TMS", "Twin Rivers Acupuncture & Herbs", "Foothills Pulmonary & Sleep"): the word, capitalised or in
 * capitals, ends the name where the line, a column's gap or a clause's stop does. A word that runs on ("Summit
 * Neurology & Dr. Ames", "Valley Clinic & Hospital staff") or a lower-case one ("Mercy Clinic & home") is not taken.
 */
const AMPERSAND_TAIL = /^[ \t]&[ \t](?:\p{Lu}\p{Ll}{2,14}|\p{Lu}{2,5})(?=[ \t]{2}|\t|[ \t]*\r?\n|[ \t]*$|[,;:)]|\.(?:[ \t]|$))/u;
function ampersandTail(doc: DocumentView, out: Candidate[]): void {
  const n = out.length;
  for (let k = 0; k < n; k++) {
    const c = out[k] as Candidate;
    if (c.type !== 'FACILITY' || doc.text.charCodeAt(c.end) !== 32) continue;
    const m = AMPERSAND_TAIL.exec(doc.text.slice(c.end, c.end + 24));
    if (m === null) continue;
    // The head must close the found name: a practice's word, not a town or a system named alone.
    const last = doc.lower.slice(Math.max(c.start, c.end - 24), c.end).split(/[ \t]/).pop() ?? '';
    if (!lexicon.FACILITY_HEADS.has(last)) continue;
    out.push(candidate(c.start, c.end + m[0].length, 'FACILITY', c.score, 'facility', { kind: 'context', detail: 'ampersand-tail' }));
  }
}

/**
 * Round 150: an EHR printout's letterhead names the system, a dash and the campus ("MERIDIAN HEALTH - RIVERBEND
 * CAMPUS", "Northfield Health System - Lakeside Campus"): a found campus takes in the one or two capitalised words and
 * the system word before the dash. "Campus Health - Riverbend Campus" needs them capitalised; "home health - Riverbend
 * Campus" stays the campus alone.
 */
const SYSTEM_BEFORE_DASH = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}'’\-]{1,20}[ \t]){1,2}(?:HEALTH(?:CARE)?(?:[ \t]SYSTEM)?|Health(?:care)?(?:[ \t]System)?|MEDICAL|Medical|HOSPITALS?|Hospitals?))[ \t]{1,2}[\-\u2013\u2014][ \t]{1,2}$/u;
function systemBeforeDashedCampus(doc: DocumentView, out: Candidate[]): void {
  const n = out.length;
  for (let k = 0; k < n; k++) {
    const c = out[k] as Candidate;
    if (c.type !== 'FACILITY' || !/[ \t](?:CAMPUS|Campus)$/.test(doc.text.slice(c.end - 7, c.end))) continue;
    const m = SYSTEM_BEFORE_DASH.exec(doc.text.slice(Math.max(0, c.start - 60), c.start));
    if (m === null) continue;
    // A department's English word opening it ("Employee Health - Main Campus") is no system's name but in a capitals letterhead.
    const first = (m[1] as string).split(/[ \t]/)[0] as string;
    if (doc.dict.commonWords.has(first.toLowerCase()) && first !== first.toUpperCase()) continue;
    const start = c.start - (m[0].length - m[0].indexOf(m[1] as string));
    out.push(candidate(start, c.end, 'FACILITY', c.score, 'facility', { kind: 'context', detail: 'system-dash-campus' }));
  }
}

/**
 * Round 151: a treatment program named by one word of no list after a stay's word and "at" ("residential treatment at
 * <Maryhaven>.", "detox at <Hazelden>, then IOP"): addiction and behavioural programs take one coined word as their
 * name. A listed word of any kind ("treatment at home", "rehab at Kindred" of its own rule, "detox at Ohio") is left to
 * its rules.
 */
/**
 * Round 151: a payment ledger's payee, "Paid to" and a provider's capitalised name before the column of amounts
 * ("11/02  Paid to Concord Orthopaedics  $45.00", "Payment to Capital Region PT   60.00"): an auto or health insurer's
 * ledger pays the practices that saw the patient. "Paid to date  $45.00", "Paid to Patient  $20.00", "paid to the
 * member" stay.
 */
export const PAYEE_WORDS = ['paid', 'payment'];
const PAYEE_NAME_AFTER = /^[ \t](?:to|TO)[ \t](\p{Lu}[\p{L}&'’.\-]{1,24}(?:[ \t](?:\p{Lu}[\p{L}&'’.\-]{0,24}|&|of|and)){0,5})(?=[ \t]{2,}|\t)[ \t]*\$?[ \t]?\d/u;
const NOT_PAYEES = new Set(['date', 'patient', 'pt', 'member', 'subscriber', 'provider', 'claimant', 'insured', 'policyholder', 'beneficiary', 'guarantor', 'self', 'you', 'medicare', 'medicaid', 'the']);
function ledgerPayee(doc: DocumentView, i: number, out: Candidate[]): void {
  const t = doc.tokens[i] as Token;
  if (!(t.capitalized || t.upper) || (t.lower === 'payment' && (doc.tokens[i + 1] as Token | undefined)?.lower !== 'to')) return;
  const m = PAYEE_NAME_AFTER.exec(doc.text.slice(t.end, t.end + 140));
  if (m === null) return;
  const name = m[1] as string;
  const first = name.split(/[ \t]/)[0]?.toLowerCase() ?? '';
  if (NOT_PAYEES.has(first) || PAYER_FIRST_WORDS.has(first)) return;
  const start = t.end + m[0].indexOf(name);
  out.push(candidate(start, start + name.length, 'FACILITY', 0.68, 'facility', { kind: 'context', detail: 'ledger-payee' }));
}

/**
 * Round 151: a company's letterhead opening a letter, its name closed by a company's suffix above a street line
 * ("NORTHWIND LOGISTICS INC\n1200 Commerce Way", "Northwind Logistics, LLC\n44 Pier Rd"): an employer's or a firm's
 * letter, as round 147's return-to-work papers came; the firm locates its worker. Only the document's first line, and
 * not a payer's ("AETNA INC" of an insurer's letter stays, as payers do); a suffix alone, or a line with no street after
 * it, stays.
 */
const COMPANY_LETTERHEAD = /^[ \t]*(\p{Lu}[\p{L}&'’\-]{1,20}(?:[ \t]\p{Lu}[\p{L}&'’\-]{1,20}){0,3},?[ \t](?:INC|Inc|LLC|L\.L\.C|CORP|Corp|CORPORATION|Corporation|COMPANY|Company|CO|Co|LTD|Ltd|LLP|LP)\.?)[ \t]*\r?\n[ \t]*\d{1,6}[ \t]{1,2}\p{Lu}/u;
function companyLetterhead(doc: DocumentView, out: Candidate[]): void {
  let a = 0;
  while (a < doc.text.length && (doc.text.charCodeAt(a) === 10 || doc.text.charCodeAt(a) === 13)) a++;
  const m = COMPANY_LETTERHEAD.exec(doc.text.slice(a, a + 140));
  if (m === null) return;
  const name = m[1] as string;
  const start = a + m[0].indexOf(name);
  const first = firstTokenAt(doc.tokens, start);
  const t = doc.tokens[first];
  if (t === undefined || t.start !== start || PAYER_FIRST_WORDS.has(t.lower)) return;
  out.push(candidate(start, start + name.length - (name.endsWith('.') ? 1 : 0), 'FACILITY', 0.7, 'facility', { kind: 'pattern', detail: 'company-letterhead' }));
}

/**
 * Round 151: a transit agency's paratransit service by the agency's name ("Cherriots LIFT", "TriMet LIFT", "Kitsap
 * Paratransit"): the agency serves one town or county, so it locates the rider. The agency's word is of no English or
 * given-name list and "LIFT" is in capitals in mixed-case text; a patient lift's maker ("Hoyer LIFT", "Arjo LIFT") and
 * "sit to stand LIFT" stay.
 */
export const PARATRANSIT_WORDS = ['lift', 'paratransit'];
/**
 * Round 166: a hospital's health information management office, "HIM" in capitals after its hospital's name ("Records
 * sent to MERCY LAKES HIM for release", "from Mercy Lakes HIM"): up to four capitalised or upper-case words after "to",
 * "from", "at" or "via", one of them a facility's prefix, a known facility's word or a listed town, none a function
 * word. In a text typed all in capitals "HIM" is the pronoun as often, so there the office's word must follow ("DEPT",
 * "RELEASE", "ROI", "RECORDS", "FAX"); "GAVE IT TO HIM" has no such run.
 */
export const HIM_WORDS = ['him'];
const HIM_OFFICE_AFTER = /^[ \t]{1,2}(?:dept\b|department\b|office\b|for[ \t]{1,2}(?:release|roi)\b|roi\b|records\b|fax\b)/i;
const HIM_CARE_CUES: ReadonlySet<string> = new Set(['to', 'from', 'at', 'via', 'by']);
function healthInformationDept(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const him = tokens[i] as Token;
  if (him.text !== 'HIM' || i < 2) return;
  if (doc.allCaps && !HIM_OFFICE_AFTER.test(doc.text.slice(him.end, him.end + 16))) return;
  let k = i;
  let named = false;
  while (k > 0 && i - k < 4) {
    const w = tokens[k - 1] as Token;
    if (w.end + 1 !== (tokens[k] as Token).start || !(w.capitalized || w.upper) || FUNCTION_WORDS_FOR_HIM.has(w.lower) || HIM_CARE_CUES.has(w.lower)) break;
    if (lexicon.FACILITY_PREFIXES.has(w.lower) || lexicon.KNOWN_FACILITIES.has(w.lower) || doc.dict.allCities.has(w.lower)) named = true;
    k--;
  }
  if (k === i || !named || k === 0 || !HIM_CARE_CUES.has((tokens[k - 1] as Token).lower)) return;
  // The cue in capitals too: the line is typed in capitals, where the office's word must follow.
  if ((tokens[k - 1] as Token).upper && !HIM_OFFICE_AFTER.test(doc.text.slice(him.end, him.end + 16))) return;
  out.push(candidate((tokens[k] as Token).start, him.end, 'FACILITY', 0.8, 'facility', { kind: 'pattern', detail: 'him-office' }));
}
const FUNCTION_WORDS_FOR_HIM: ReadonlySet<string> = new Set(['it', 'them', 'her', 'me', 'us', 'you', 'and', 'or', 'the', 'a', 'an', 'for', 'with', 'of', 'call', 'tell', 'told', 'ask', 'asked', 'give', 'gave', 'let', 'see', 'saw', 'help', 'helped', 'take', 'took', 'send', 'sent', 'bring', 'brought', 'wife', 'son', 'dad', 'mom', 'daughter']);
const LIFT_MAKERS = new Set(['hoyer', 'arjo', 'maxi', 'sara', 'stryker', 'invacare', 'molift', 'liko', 'golvo', 'hill-rom', 'medline', 'drive', 'sit', 'stand', 'ceiling', 'patient', 'bed', 'chair', 'stair']);
function paratransitService(doc: DocumentView, i: number, out: Candidate[]): void {
  const t = doc.tokens[i] as Token;
  if (i === 0 || doc.allCaps || (t.text !== 'LIFT' && t.text !== 'Paratransit' && t.text !== 'PARATRANSIT')) return;
  const p = doc.tokens[i - 1] as Token;
  if (p.end + 1 !== t.start || doc.text.charCodeAt(p.end) !== 32 || !/^\p{Lu}[\p{L}\-]{2,20}$/u.test(p.text) || p.upper) return;
  if (doc.isCommon[i - 1] === 1 || doc.isFirst[i - 1] === 1 || LIFT_MAKERS.has(p.lower) || lexicon.US_STATES.has(p.lower)) return;
  out.push(candidate(p.start, t.end, 'FACILITY', 0.66, 'facility', { kind: 'context', detail: 'paratransit-service' }));
}

export const TREATMENT_STAY_WORDS = ['treatment', 'rehab', 'detox', 'residential', 'iop', 'php'];
const PROGRAM_AT_AFTER = /^[ \t](?:at|AT)[ \t](\p{Lu}\p{Ll}{4,20})(?=$|[.,;:)]|[ \t]*\r?\n|[ \t](?:and|then|for|until|since|x\d|in|on|from|with)(?![\p{L}]))/u;
function treatmentProgramAt(doc: DocumentView, i: number, out: Candidate[]): void {
  const t = doc.tokens[i] as Token;
  const m = PROGRAM_AT_AFTER.exec(doc.text.slice(t.end, t.end + 30));
  if (m === null) return;
  const w = (m[1] as string).toLowerCase();
  const d = doc.dict;
  if (d.commonWords.has(w) || d.firstNames.has(w) || d.surnames.has(w) || d.allCities.has(w) || CALENDAR_WORDS.has(w) || lexicon.US_STATES.has(w) || lexicon.LANGUAGES.has(w)) return;
  const start = t.end + m[0].length - (m[1] as string).length;
  out.push(candidate(start, start + (m[1] as string).length, 'FACILITY', 0.66, 'facility', { kind: 'context', detail: 'treatment-program-at' }));
}

/**
 * Round 146: a found facility, " in " and one capitalised word of no list closing the clause is the facility's town,
 * which the town lists may lack ("St. Brigid's Parish in <Milwaukie>.", "Mercy Clinic in <Zorbtown>, then"). A listed
 * word of any kind (an English word, a name, a month or a state: "in Spanish", "in May", "in Ohio") is left to its rules.
 */
const UNLISTED_TOWN_AFTER = /^ in (\p{Lu}\p{Ll}{3,20})(?=$|[.,;:)]|[ \t]*\r?\n|[ \t](?:and|on|for|since|until|with|from|where|when|yesterday|today|last)(?![\p{L}]))/u;
function unlistedTownAfterFacility(doc: DocumentView, out: Candidate[]): void {
  if (doc.allCaps) return;
  const n = out.length;
  for (let k = 0; k < n; k++) {
    const c = out[k] as Candidate;
    if (c.type !== 'FACILITY' || doc.text.charCodeAt(c.end + 1) !== 105) continue; // "i" of " in "
    const m = UNLISTED_TOWN_AFTER.exec(doc.text.slice(c.end, c.end + 30));
    if (m === null) continue;
    const w = (m[1] as string).toLowerCase();
    const d = doc.dict;
    if (d.commonWords.has(w) || d.firstNames.has(w) || d.surnames.has(w) || d.allCities.has(w) || CALENDAR_WORDS.has(w) || lexicon.US_STATES.has(w) || lexicon.LANGUAGES.has(w)) continue;
    const start = c.end + 4;
    out.push(candidate(start, start + (m[1] as string).length, 'LOCATION', 0.66, 'facility', { kind: 'context', detail: 'unlisted-town-after-facility' }));
  }
}

/**
 * Round 165: a found facility's town written after its name, as letterheads, death notes and transfer lists write it:
 * - a comma and one capitalised word closing the clause, a listed town or a word of no list ("Kutis Funeral Home,
 *   <Affton>.", "Lakeside Clinic, <Zorbtown>;"): no English word, given name, calendar word, state or language
 *   ("Valley Clinic, Tuesday.", "Mercy Clinic, Cardiology." stay), a surname only when it is a listed town;
 * - a dash and a listed town of one or two words before a column's gap, the line's end or a stop ("UnityPoint
 *   Occupational Health - <Muscatine>   Phone");
 * - right after a saint's or a children's possessive name, a listed town before a lower-case word or a stop ("St.
 *   Luke's <McCall> sending 1 STEMI", "Children's <Minneapolis> NICU" is not: NICU is in capitals).
 */
const COMMA_TOWN_AFTER = /^, (\p{Lu}\p{Ll}{3,20})(?=[.;:)]|[ \t]*\r?\n|$)/u;
const DASH_TOWN_AFTER = /^[ \t][-–][ \t](\p{Lu}\p{Ll}{2,20}(?: \p{Lu}\p{Ll}{2,20})?)(?=[ \t]{2,}|[ \t]*\r?\n|$|[.,;)])/u;
const POSSESSIVE_TOWN_AFTER = /^ (\p{Lu}(?:c\p{Lu})?\p{Ll}{2,20})(?= [a-z]|[.,;:)]|[ \t]*\r?\n|$)/u;
function townAfterFacilityName(doc: DocumentView, out: Candidate[]): void {
  if (doc.allCaps) return;
  const n = out.length;
  const d = doc.dict;
  const notTown = (w: string): boolean => d.commonWords.has(w) || d.firstNames.has(w) || CALENDAR_WORDS.has(w) || lexicon.US_STATES.has(w) || lexicon.LANGUAGES.has(w);
  for (let k = 0; k < n; k++) {
    const c = out[k] as Candidate;
    if (c.type !== 'FACILITY') continue;
    const next = doc.text.charCodeAt(c.end);
    const after = doc.text.slice(c.end, c.end + 44);
    let m: RegExpExecArray | null = null;
    let offset = 0;
    if (next === 44) {
      m = COMMA_TOWN_AFTER.exec(after);
      if (m !== null) {
        const w = (m[1] as string).toLowerCase();
        if (notTown(w) || (d.surnames.has(w) && !d.allCities.has(w))) m = null;
      }
      offset = 2;
    } else if (next === 32 || next === 9) {
      m = DASH_TOWN_AFTER.exec(after);
      if (m !== null) {
        const w = (m[1] as string).toLowerCase();
        if (!d.allCities.has(w) || notTown(w)) m = null;
        else offset = m[0].length - (m[1] as string).length;
      } else if (/['’]s$/.test(doc.text.slice(c.start, c.end))) {
        m = POSSESSIVE_TOWN_AFTER.exec(after);
        if (m !== null && (!d.allCities.has((m[1] as string).toLowerCase()) || notTown((m[1] as string).toLowerCase()))) m = null;
        offset = 1;
      }
    }
    if (m === null) continue;
    const start = c.end + offset;
    out.push(candidate(start, start + (m[1] as string).length, 'LOCATION', 0.7, 'facility', { kind: 'context', detail: 'town-after-facility-name' }));
  }
}

/** A district's number after its head, not a count or a day ("District 1", "District No. 3"; not "District 1/2"). */
const DISTRICT_NUMBER_AFTER = /^[ \t](?:No\.[ \t]|#)?\d{1,3}(?![\d\/.:\-]|[ \t]?(?:%|mi|miles|km|yrs?|years?)\b)/;
/** Round 143: the word a death record releases a body with ("Body released to Chapel of the Chimes"). */
export const RELEASE_WORDS = ['released'];
const REMAINS_BEFORE = /(?:^|[^a-z])(?:body|remains|decedent)(?![a-z])[^.\n]{0,30}$/;
const RELEASED_TO_NAME = /^[ \t](?:to|TO)[ \t](?:the[ \t])?(\p{Lu}[\p{L}'’\-]{1,24}(?:[ \t](?:\p{Lu}[\p{L}'’\-]{1,24}|&|of|the|and)){0,5})/u;
/** Who a body is released to when it names no business: the examiner, the coroner, the family, an office. */
const REMAINS_CUSTODIANS: ReadonlySet<string> = new Set(['medical', 'examiner', "examiner's", 'coroner', "coroner's", 'office', 'funeral', 'home', 'family', 'morgue',
  'hospital', 'county', 'state', 'police', 'department', 'the', 'of', 'and', '&', 'next', 'kin', 'spouse', 'opo', 'me', 'transport', 'services', 'staff', 'pathology', 'autopsy']);
/**
 * Round 143: a body, the remains or a decedent "released to" a capitalised name: a funeral home, a mortuary or a
 * removal service, whatever its name's words ("Body released to Chapel of the Chimes", "decedent released to McCall &
 * Sons"). Not the examiner's or coroner's office, the family or a funeral home unnamed ("released to Medical Examiner",
 * "released to Funeral Home of family's choice"), nor a person ("released to Dr. Lee", "released to Mary Stone").
 */
function remainsReleasedTo(doc: DocumentView, i: number, out: Candidate[]): void {
  const t = doc.tokens[i] as Token;
  if (!REMAINS_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 40), t.start))) return;
  const m = RELEASED_TO_NAME.exec(doc.text.slice(t.end, t.end + 160));
  if (m === null) return;
  const value = (m[1] as string).replace(/(?:[ \t](?:&|of|the|and))+$/u, '');
  const words = value.split(/[ \t]/);
  const first = words[0] as string;
  if (lexicon.TITLES.has(first.toLowerCase()) || words.every((w) => REMAINS_CUSTODIANS.has(w.toLowerCase()))) return;
  if (words.length <= 3 && doc.dict.firstNames.has(first.toLowerCase()) && !words.includes('&')) return;
  const at = t.end + m[0].length - (m[1] as string).length;
  out.push(candidate(at, at + value.length, 'FACILITY', 0.74, 'facility', { kind: 'context', detail: 'remains-released-to' }));
}

/**
 * Round 137: health systems and dialysis chains whose one word is an English word or a surname, so that no list of
 * known systems holds it alone ("Mercy", "Banner", "Sanford", "DaVita"): before a listed town, a compass word between
 * or not, they name one campus ("Mercy Iowa City", "UnityPoint Cedar Rapids", "DaVita Glendale", "Fresenius North
 * Phoenix"); after a care preposition or a label's colon, before a landscape word or a word of no list, too ("from
 * Banner Desert", "Sending: Banner Estrella"). The brand alone stays a brand ("DaVita and Fresenius are in network").
 */
// Round 146: Seattle's Swedish names its campuses so ("Swedish Cherry Hill", "Swedish Edmonds").
/** A region's name of a prefix and a capitalised word, as campuses are named: "Tri-Valley", "Mid-Columbia", "Tri-Cities". */
// The region's word is a land's ("Level" of "Mid-Level providers" is none).
const REGION_CAMPUS = /^(?:Tri|Mid|TRI|MID)-(?:Valley|Cities|City|County|Counties|State|Lakes|Rivers|Coast|Peninsula|Island|Bay|Plains|Columbia|Hudson|Atlantic|Michigan|Ohio|Missouri|Willamette|VALLEY|CITIES|CITY|COUNTY|STATE|COAST)$/;
export const SYSTEM_CAMPUS_WORDS = ['mercy', 'banner', 'sanford', 'unitypoint', 'davita', 'fresenius', 'abrazo', 'bellin', 'carle', 'swedish'];
/** After a place's name: the clause ends, or lower-case prose, a bracket or a dash goes on ("treated at <Canyon Vista> for"). */
const PLACE_NAME_CLOSES = String.raw`$|[.,;:)\]?]|[ \t]*\r?\n|[ \t]{1,2}[\p{Ll}(\-–]`;
/** After a campus: as after a place's name, or a unit in capitals. */
// Round 146: or a column's gap, as a run sheet's heading sets it ("DaVita Rainier   Chair 7").
const AFTER_SYSTEM_CAMPUS = new RegExp(String.raw`^(?:${PLACE_NAME_CLOSES}|[ \t]{2,}|[ \t](?:ED|ER|ICU|NICU|PICU|CCU|L&D|OR)(?![\p{L}]))`, 'u');
function systemBeforeCampus(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const t = tokens[i] as Token;
  if (doc.allCaps || !t.capitalized) return;
  const prev = tokenAt(tokens, i - 1);
  // A title or a given name before it makes it a surname ("Dr. Sanford", "Rose Banner").
  if (prev !== undefined && (isTitle(doc, prev) || (placeShaped(doc, prev) && prev.end + 1 === t.start && doc.text.charCodeAt(prev.end) === 32))) return;
  let k = i + 1;
  const joined = (a: Token, b: Token | undefined): b is Token => b !== undefined && b.start === a.end + 1 && doc.text.charCodeAt(a.end) === 32 && b.capitalized;
  let c = tokenAt(tokens, k);
  if (!joined(t, c)) return;
  if (CAMPUS_COMPASS.has(c.lower) && joined(c, tokenAt(tokens, k + 1))) k++;
  let last = -1;
  const town = phraseAt(doc, k, doc.dict.allCities, 3, doc.dict.cityStarts);
  if (town > 0) last = k + town - 1;
  else {
    c = tokens[i + 1] as Token;
    const cued = prev !== undefined && (CARE_PREPOSITIONS.has(prev.lower) || prev.lower === 'via') || /:[ \t]{1,2}$/.test(doc.text.slice(Math.max(0, t.start - 3), t.start));
    const campusWord = LANDSCAPE_NAME_WORDS.has(c.lower) || CAMPUS_SITES.has(c.lower) || (doc.isCommon[c.index] === 0 && doc.isFirst[c.index] === 0 && c.text.length >= 4);
    if (cued && campusWord && !SPECIALTY_WORDS.has(c.lower) && !SPECIALTY_ENDING.test(c.lower) && ((doc.wordFlags[i + 1] as number) & WORD_FACILITY_HEAD) === 0) last = i + 1;
  }
  if (last < 0) return;
  const lastTok = tokens[last] as Token;
  const after = doc.text.slice(lastTok.end, lastTok.end + 6);
  const next = tokenAt(tokens, last + 1);
  // Or a department in capitals after it ("Sanford Fargo Neurology"): the system and campus are the place.
  const department = next !== undefined && joined(lastTok, next) && (SPECIALTY_WORDS.has(next.lower) || SPECIALTY_ENDING.test(next.lower));
  if (!department && !AFTER_SYSTEM_CAMPUS.test(after)) return;
  out.push(candidate(t.start, lastTok.end, 'FACILITY', 0.66, 'facility', { kind: 'context', detail: 'system-campus' }));
}

/** Head words of named apartment buildings ("Riverbend Towers", "Elm Court"). */
export const BUILDING_HEADS = ['towers', 'tower', 'apartments', 'apts', 'manor', 'village', 'court', 'terrace', 'commons', 'gardens', 'place', 'estates', 'lofts'];
const BUILDING_HEAD_SET: ReadonlySet<string> = new Set(BUILDING_HEADS);
/** Building heads that name where people live, not a court or a square: "Maple Knoll Village in Springdale" (not "Superior Court in Springfield"). */
const RESIDENCE_HEADS: ReadonlySet<string> = new Set(['towers', 'apartments', 'apts', 'manor', 'village', 'terrace', 'commons', 'gardens', 'estates', 'lofts']);
/** Round 120: a label of where a person lives before a residence's name ("Previous residence: <name> Estates"). */
const RESIDENCE_LABEL_BEFORE = /(?:^|[^a-z])(?:residence|address|home|housing|lives)[ \t]?:[ \t]{1,2}$/i;
/** A flat's number right after a residence's name, after a comma or in brackets. */
const UNIT_AFTER_RESIDENCE = /^(?:,[ \t]{1,2}|[ \t]{1,2}\(|[ \t]{1,2})(?:apt|apartment|unit|suite|ste|flat)\.?[ \t]{0,2}#?[ \t]?\d{1,4}[A-Za-z]?(?![\p{L}\d])/iu;
/** Words before "at" that say a home follows ("apt at", "lives at"). */
const HOME_AT = new Set(['apt', 'apartment', 'lives', 'living', 'resides', 'residing', 'unit', 'condo', 'moved', 'stays', 'staying']);

/**
 * "apt at Riverbend Towers, 55 Canal St": a named building, one to three capitalised words and a head word,
 * right before a street number or after "lives at" / "apt at". Found from the head words in the index.
 */
export function findBuildings(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  // Called only for notes holding a head word (see locations.ts): from the indexed words, a handful.
  for (const [w, list] of doc.wordIndex) if (BUILDING_HEAD_SET.has(w)) for (const i of list) building(doc, i, out);
  return out;
}

function building(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const head = tokens[i] as Token;
  if (i === 0 || !placeShaped(doc, head)) return;
  const text = doc.text;
  // Back over one to three capitalised words joined by single blanks.
  let k = i;
  while (k > 0 && i - k < 3) {
    const p = tokens[k - 1] as Token;
    if (p.end + 1 !== (tokens[k] as Token).start || text.charCodeAt(p.end) !== 32 || !placeShaped(doc, p) || p.single || isTitle(doc, p)) break;
    k--;
  }
  if (k === i) return;
  const before = tokenAt(tokens, k - 1);
  // "lives at the Parkview Towers": "the" may stand between "at" and the name.
  const at = before?.text === 'the' ? k - 2 : k - 1;
  const afterHome = (tokenAt(tokens, at)?.lower === 'at' && HOME_AT.has(tokenAt(tokens, at - 1)?.lower ?? '')) ||
    (RESIDENCE_HEADS.has(head.lower) && (RESIDENCE_LABEL_BEFORE.test(text.slice(Math.max(0, (tokens[k] as Token).start - 30), (tokens[k] as Token).start)) || (before !== undefined && residentOf(doc, k)) ||
      // A flat's number after the residence's name: "the Parkview Towers, Apt 12C", "Elm Manor (unit 4)".
      UNIT_AFTER_RESIDENCE.test(text.slice(head.end, head.end + 16))));
  // "she's 98 in Maple Knoll Village in Springdale": the building's town after "in" names it as a place too.
  if (!afterHome && !streetNumberAt(text, head.end) && !(k < i - 1 && RESIDENCE_HEADS.has(head.lower) && townAfterIn(doc, i + 1, head.end) > head.end)) return;
  if (before !== undefined && !afterHome && /^\d/.test(before.text)) return; // "55 Oak Court" is the street itself
  out.push(candidate((tokens[k] as Token).start, head.end, 'ADDRESS', 0.72, 'building', { kind: 'pattern', detail: 'named-building' }));
}

/**
 * Round 121: a residence's name after a care home's own words: "a resident of Maple Terrace", "residents at Laurelwood
 * Gardens", "our facility, Laurelwood Gardens,"; a court or a square has no residents here.
 */
const RESIDENT_OF_BEFORE = /(?<![a-z])(?:residents?[ \t]{1,2}(?:of|at)|(?:facility|community|home)[ \t]{0,2},)[ \t]{1,2}$/;
function residentOf(doc: DocumentView, k: number): boolean {
  const start = (doc.tokens[k] as Token).start;
  return RESIDENT_OF_BEFORE.test(doc.lower.slice(Math.max(0, start - 16), start));
}

/** Round 42: kinds of supported housing written in lower case after their name ("Harbor House group home"). */
// Round 120: and where people live or spend their days, named before a kind that ends the name: a subdivision, a
// condominium, an adult day programme in lower case ("<Heron Bay> subdivision", "<Open Door> adult day"); a day
// programme's capitalised head ("<Silver Birch> Day Services", "<Kind Hands> Day Habilitation"); a mobile home park's
// letters after a preposition of place ("at <Shady Acres> MHP").
export const GROUP_HOME_KINDS = ['group', 'foster', 'halfway', 'sober', 'boarding', 'recovery', 'subdivision', 'condominiums', 'condos', 'adult', 'day', 'mhp', 'memory', 'assisted', 'independent'];
/** Lower-case levels of care that end a community's name as its kind ("<Cedar Brook> memory care"), with their second word. */
const CARE_KIND_SECOND: ReadonlyMap<string, string> = new Map([['adult', 'day'], ['memory', 'care'], ['assisted', 'living'], ['independent', 'living']]);
/** Capitalised verbs that open a sentence before a name and are no part of it ("Attends <name> Day Services"). */
const CUE_VERBS_BEFORE_NAME: ReadonlySet<string> = new Set(['attends', 'attended', 'attending', 'attend', 'lives', 'lived', 'resides', 'resided', 'moved', 'moving', 'returns', 'returned', 'discharged', 'transferred', 'admitted', 'toured', 'prefers', 'preferred', 'goes', 'went', 'visits', 'visited', 'joined', 'joins', 'left', 'enrolled', 'referred']);
/** Lower-case kinds that end a dwelling's name alone ("Heron Bay subdivision"). */
const DWELLING_KINDS: ReadonlySet<string> = new Set(['subdivision', 'condominiums', 'condos']);
/** A day programme's capitalised last word after "Day" ("Day Services", "Day Program", "Day Habilitation"). */
const DAY_PROGRAM_HEADS: ReadonlySet<string> = new Set(['services', 'program', 'programs', 'programme', 'habilitation', 'hab']);
const GROUP_HOME_NOUNS: ReadonlySet<string> = new Set(['home', 'house', 'residence', 'living']);

/**
 * "discharged to Harbor House group home", "returns to Maplewood sober living", "Casa Esperanza halfway house": one
 * to three capitalised words right before a lower-case kind of supported housing name where the patient lives. One
 * word must be in no list of common words ("Harbor House" are two; not "Discharged group home", "DDS group home",
 * "The group home").
 */
export function findGroupHomes(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  for (const [w, list] of doc.wordIndex) {
    if (!GROUP_HOME_KINDS.includes(w)) continue;
    for (let g of list) {
      const kind = tokens[g] as Token;
      const noun = tokenAt(tokens, g + 1);
      const last = kindEnd(doc, g);
      if (last < 0) {
        if (g === 0 || kind.text !== kind.lower || noun === undefined || noun.text !== noun.lower || !GROUP_HOME_NOUNS.has(noun.lower) || noun.start !== kind.end + 1) continue;
      } else if (last === 0) continue;
      // "Kindred Hearts Adult Day Program": the name stands before "Adult".
      if (kind.text === 'Day' && (tokens[g - 1] as Token | undefined)?.text === 'Adult' && joinedByBlank(doc, g - 1, g)) g--;
      let k = g;
      while (k > 0 && g - k < 3) {
        const p = tokens[k - 1] as Token;
        if (p.end + 1 !== (tokens[k] as Token).start || doc.text.charCodeAt(p.end) !== 32 || !placeShaped(doc, p) || p.single || isTitle(doc, p) || NOT_FIRST.has(p.lower) || NEVER_FIRST.has(p.lower) || CUE_VERBS_BEFORE_NAME.has(p.lower)) break;
        if (p.upper && p.text.length <= 4 && !doc.allCaps) break; // "DDS group home", "ICF group home": a program's letters
        k--;
      }
      if (k === g) continue;
      const words = tokens.slice(k, g);
      if (words.length === 1 && (doc.isCommon[k] === 1 || lexicon.WEEKDAYS.has(words[0]!.lower))) continue;
      if (words.every((x) => CARE_LEVELS.has(x.lower) || CARE_SETTING_HEADS.has(x.lower) || DAY_CARE_WORDS.has(x.lower))) continue;
      if (kind.lower === 'mhp' && !placePrepositionBefore(doc, tokenAt(tokens, k - 1), tokens[k] as Token)) continue;
      const end = last > 0 ? (tokens[last] as Token).end : (noun as Token).end;
      out.push(candidate((tokens[k] as Token).start, end, 'FACILITY', 0.8, 'facility', { kind: 'pattern', detail: 'group-home' }));
      if (last > 0 && (DWELLING_KINDS.has(kind.text) || kind.text === 'MHP')) townAfterDwelling(doc, last, out);
    }
  }
  return out;
}

/** After a dwelling's kind, "in" or a comma and its town: "<name> subdivision in <town>", "<name> subdivision, <town>". */
const IN_OR_COMMA = /^(?:[ \t]in[ \t]|,[ \t])$/;
/**
 * Round 120: the town or district after a dwelling's kind, one or two capitalised words that end the clause or go on
 * in lower case; no state, country, month or weekday ("subdivision in Texas", "subdivision, March 2019" stay).
 */
function townAfterDwelling(doc: DocumentView, last: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const first = tokenAt(tokens, last + 1);
  const t = first !== undefined && first.text === 'in' ? tokenAt(tokens, last + 2) : first;
  if (t === undefined || !IN_OR_COMMA.test(doc.text.slice((tokens[last] as Token).end, t.start))) return;
  let e = t.index;
  const second = tokenAt(tokens, e + 1);
  if (second !== undefined && joinedByBlank(doc, e, e + 1) && placeShaped(doc, second) && !isTitle(doc, second)) e++;
  for (let i = t.index; i <= e; i++) {
    const w = tokens[i] as Token;
    if (!placeShaped(doc, w) || w.upper || isTitle(doc, w) || CALENDAR_WORDS.has(w.lower) || lexicon.WEEKDAYS.has(w.lower)) return;
  }
  const name = tokens.slice(t.index, e + 1).map((x) => x.lower).join(' ');
  if (lexicon.US_STATES.has(name) || lexicon.WORLD_STATES.has(name) || COUNTRY_NAMES.has(name)) return;
  const end = (tokens[e] as Token).end;
  if (!AFTER_RESIDENCE_TOWN.test(doc.text.slice(end, end + 3))) return;
  out.push(candidate(t.start, end, 'LOCATION', 0.7, 'facility', { kind: 'context', detail: 'town-after-dwelling' }));
}

/** Who attends a day programme or what it offers, not its name: "Adult Day Services", "Senior Day Program". */
const DAY_CARE_WORDS: ReadonlySet<string> = new Set(['adult', 'adults', 'senior', 'seniors', 'day', 'youth', 'children', 'community', 'medical', 'social', 'respite', 'dementia', 'memory', 'ddd', 'dd', 'idd']);

/**
 * Round 120: the last token of a dwelling or day programme's kind starting at token g ("subdivision", "adult day",
 * "Day Services", "MHP"), 0 when g is such an index word but no kind, -1 when g is a group home's kind word.
 */
function kindEnd(doc: DocumentView, g: number): number {
  const kind = doc.tokens[g] as Token;
  if (DWELLING_KINDS.has(kind.text)) return g;
  const second = CARE_KIND_SECOND.get(kind.text);
  if (second !== undefined) return tokenAt(doc.tokens, g + 1)?.text === second && joinedByBlank(doc, g, g + 1) ? g + 1 : 0;
  if (kind.text === 'Day') {
    const h = tokenAt(doc.tokens, g + 1);
    return h !== undefined && h.capitalized && DAY_PROGRAM_HEADS.has(h.lower) && joinedByBlank(doc, g, g + 1) ? g + 1 : 0;
  }
  if (kind.text === 'MHP') return g;
  return CARE_KIND_SECOND.has(kind.lower) || kind.lower === 'day' || kind.lower === 'mhp' || DWELLING_KINDS.has(kind.lower) ? 0 : -1;
}

/**
 * Round 46: rural landmarks named in lower case after their family's or their town's name, as rural notes give
 * directions and worksites: "the old Hollister farm", "the Rasmussen place", "the Ahtanum grange", "the Ansley sale
 * barn", "the Rough Rock windmill", "the Togo rink". After "the", one to three capitalised words, one at least no
 * common word or all together a listed town; a faith, a breed or a people is no owner ("the Amish farm", "the
 * Holstein dairy", "the Hutterite colony").
 */
/** Operating-room words near a lower-case "elevator": the instrument, not a grain elevator (round 65). */
const SURGICAL_CONTEXT = /periosteal|dissect|rongeur|retractor|osteotome|curette|incision|electrocautery|bovie|instrument|kerrison|penfield|freer|fluoroscop/i;
function surgicalElevator(doc: DocumentView, head: Token): boolean {
  return (head.text === 'elevator' || head.text === 'elevators') && SURGICAL_CONTEXT.test(doc.text.slice(Math.max(0, head.start - 200), head.end + 200));
}
export const RURAL_LANDMARK_NOUNS = ['farm', 'ranch', 'place', 'homestead', 'dairy', 'feedlot', 'grange', 'elevator', 'co-op', 'coop', 'mill', 'windmill', 'rink', 'creamery', 'quarry', 'barn', 'colony', 'orchard'];
const NOT_LANDMARK_OWNERS: ReadonlySet<string> = new Set(['amish', 'mennonite', 'hutterite', 'lutheran', 'catholic', 'baptist', 'methodist', 'mormon', 'lds', 'holstein', 'angus', 'hereford', 'jersey', 'guernsey', 'charolais', 'simmental', 'duroc', 'yorkshire', 'hampshire', 'limousin', 'brahman', 'organic']);
export function findRuralLandmarks(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  forEachIndexedWord(doc, RURAL_LANDMARK_NOUNS, (g) => {
    const noun = tokens[g] as Token;
    if (noun.text !== noun.lower || g < 2) return;
    // "the Ansley sale barn": "barn" only after "sale".
    let h = g;
    if (noun.lower === 'barn') {
      const sale = tokens[g - 1] as Token;
      if (sale.text !== 'sale' || sale.end + 1 !== noun.start) return;
      h = g - 1;
    }
    let k = h;
    while (k > 0 && h - k < 3) {
      const p = tokens[k - 1] as Token;
      if (p.end + 1 !== (tokens[k] as Token).start || doc.text.charCodeAt(p.end) !== 32 || !p.capitalized || !placeShaped(doc, p) || p.single || isTitle(doc, p) || NOT_FIRST.has(p.lower) || NEVER_FIRST.has(p.lower) || NOT_LANDMARK_OWNERS.has(p.lower)) break;
      if (p.upper && !doc.allCaps) break; // "the ICU place", "the VA farm": a program's letters
      k--;
    }
    if (k === h || k === 0) return;
    // "the Hollister farm", "the old Hollister farm": an article, perhaps with "old", before the name.
    let a = k - 1;
    if ((tokens[a] as Token).text === 'old' && a > 0) a--;
    if ((tokens[a] as Token).lower !== 'the' || doc.text.slice((tokens[a] as Token).end, (tokens[k] as Token).start).length > 5) return;
    const words = tokens.slice(k, h);
    const named = words.some((_, j) => doc.isCommon[k + j] === 0) || doc.dict.allCities.has(words.map((w) => w.lower).join(' '));
    if (!named || words.some((w) => lexicon.WEEKDAYS.has(w.lower) || MONTH_WORDS.includes(w.lower) || COUNTRY_NAMES.has(w.lower) || lexicon.US_STATES.has(w.lower))) return;
    out.push(candidate((tokens[k] as Token).start, noun.end, 'FACILITY', 0.74, 'facility', { kind: 'pattern', detail: 'rural-landmark' }));
  });
  return out;
}

/** Only blanks between the line's start and `at`. */
function lineHeadAt(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Round 63: the labels post-acute paperwork puts before the facility, agency or vendor it names. */
// Round 143: "hospital" ("Donor hospital: Providence Sacred Heart", "Receiving hospital: ..."), not before a single word.
// Round 146: "Clinic:" heading a line of discharge papers ("Clinic: Valley View", "Clinic: Kessler Wellness").
// Round 153: "Provider:" too, only before a firm's legal form ("Provider: Blue Heron Transit LLC", a transport
// company's trip sheet); "Provider: Dana Reyes, NP" and "Provider: Home Health Services" stay.
export const FACILITY_LABEL_WORDS = ['facility', 'community', 'agency', 'vendor', 'supplier', 'hospital', 'clinic', 'provider'];
/** The label's colon, then one to six capitalised words ("&", "of", "the", "at", "on" between them) to the field's end. */
const LABELLED_NAME = /^[ \t]{0,2}:[ \t]{1,3}(\p{Lu}[\p{L}'’\-]{0,24}(?:[ \t](?:\p{Lu}[\p{L}'’\-]{0,24}|&|of|the|at|on)){0,5})(?=$|[ \t]*[,;(|\r\n]|[ \t]{2,}|[ \t][\-–][ \t])/u;
/** Words that name a kind of care or supply, not whose it is: "Agency: Home Health", "Vendor: Durable Medical Equipment". */
const GENERIC_CARE_WORDS: ReadonlySet<string> = new Set(['home', 'health', 'care', 'healthcare', 'hospice', 'nursing', 'skilled', 'assisted', 'living', 'senior',
  'adult', 'day', 'services', 'service', 'agency', 'medical', 'equipment', 'durable', 'supply', 'supplies', 'oxygen', 'respiratory', 'pharmacy', 'rehab',
  'rehabilitation', 'therapy', 'facility', 'center', 'centre', 'community', 'memory', 'residential', 'long', 'term', 'long-term', 'transitional', 'infusion',
  'dme', 'snf', 'alf', 'ltc', 'vna', 'visiting', 'nurse', 'nurses', 'association', 'local', 'county', 'state', 'other', 'unknown', 'pending', 'none',
  'private', 'public', 'mail', 'order', 'retail', 'specialty', 'the', 'of', '&', 'at', 'on', 'and', 'not', 'applicable', 'same', 'above', 'see', 'name']);
/**
 * "Facility: Larchmont Transitional Care, Ames", "Agency: Silver Birch Companions   Office ...", "Vendor:
 * Medline": the capitalised words a field labelled facility, community, agency, vendor or supplier holds, up to the
 * field's end. The label is capitalised; one word at least names no kind of care ("Agency: Home Health",
 * "Facility: Skilled Nursing" stay), and no title or month opens it ("Facility: Dr. Lee's office" is the name rule's).
 */
function labelledFacilities(doc: DocumentView, out: Candidate[]): void {
  const tokens = doc.tokens;
  forEachIndexedWord(doc, FACILITY_LABEL_WORDS, (g) => {
    const label = tokens[g] as Token;
    // A capitalised word may open a two-word label in lower case ("Donor hospital:", "Home health agency:").
    const opener = tokens[g - 1];
    if (!label.capitalized && !label.upper && !(opener !== undefined && (opener.capitalized || opener.upper) && opener.end + 1 === label.start && doc.text.charCodeAt(opener.end) === 32)) return;
    const m = LABELLED_NAME.exec(doc.text.slice(label.end, label.end + 200));
    if (m === null) return;
    const value = (m[1] as string).replace(/(?:[ \t](?:&|of|the|at|on))+$/u, '');
    const words = value.split(/[ \t]/);
    const first = (words[0] as string).toLowerCase().replace(/\.$/, '');
    if (lexicon.TITLES.has(first) || MONTH_WORDS.includes(first) || lexicon.WEEKDAYS.has(first) || lexicon.US_STATES.has(value.toLowerCase())) return;
    if (words.every((w) => GENERIC_CARE_WORDS.has(w.toLowerCase()))) return;
    const at = label.end + m[0].length - (m[1] as string).length;
    // "Hospital: Yes", "Hospital: Memorial" answer a form's question or name too little: two words at least.
    if (label.lower === 'hospital' && words.length < 2) return;
    if (label.lower === 'provider' && (words.length < 2 || !LEGAL_FORMS.has((words[words.length - 1] as string).toLowerCase().replace(/\.$/, '')))) return;
    // "Clinic:" only as a line's own label, and a service in common words names no clinic ("Clinic: Wound Care",
    // "Clinic: Cardiology"): a word of no English list, or a listed town, says whose it is.
    if (label.lower === 'clinic' && (!label.capitalized || !lineHeadAt(doc.text, label.start) || !(words.some((w) => !doc.dict.commonWords.has(w.toLowerCase())) || doc.dict.allCities.has(value.toLowerCase())))) return;
    out.push(candidate(at, at + value.length, 'FACILITY', 0.75, 'facility', { kind: 'pattern', detail: 'labelled-facility' }));
  });
}

/** ", 55 Canal" or " 55 Canal" at `at`: a street number and a capitalised word. */
function streetNumberAt(text: string, at: number): boolean {
  let p = at;
  if (text.charCodeAt(p) === 44) p++;
  if (text.charCodeAt(p) !== 32) return false;
  p++;
  const d = p;
  while (p < text.length && p - d < 6 && text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57) p++;
  if (p === d || text.charCodeAt(p) !== 32) return false;
  const c = text.charCodeAt(p + 1);
  return c >= 65 && c <= 90;
}

/**
 * "the VA", "at the va in palo alto": Veterans Affairs with an article is a facility; "VA 20/40" (visual
 * acuity) and "VA" the state have no article or have a number after them.
 */
function veteransAffairs(doc: DocumentView, out: Candidate[]): void {
  const list = doc.wordIndex.get('va');
  if (!list) return;
  for (const i of list) {
    const t = doc.tokens[i] as Token;
    const prev = tokenAt(doc.tokens, i - 1);
    if (prev !== undefined && VA_PLACE_CUES.has(prev.lower) && t.text === 'VA' && doc.text.slice(prev.end, t.start) === ' ') {
      const end = vaSystemEnd(doc, i);
      if (end > i) out.push(candidate(t.start, (doc.tokens[end] as Token).end, 'FACILITY', 0.75, 'facility', { kind: 'pattern', detail: 'va-system' }));
      continue;
    }
    if (prev?.lower !== 'the' || doc.text.slice(prev.end, t.start) !== ' ') continue;
    if (/^[ \t:]{0,2}(?:\d|[ \t]{0,2}(?:od|os|ou|cc|sc|right|left)\b)/i.test(doc.text.slice(t.end, t.end + 8))) continue;
    out.push(candidate(t.start, t.end, 'FACILITY', 0.7, 'facility', { kind: 'pattern', detail: 'the-va' }));
  }
}

/** Round 59: a school's level word that stands for "... School" ("at Tolland County High", "attends Roosevelt Middle"). */
export const SCHOOL_SHORT_LEVELS = ['high', 'middle'];
const SCHOOL_SHORT_CUES: ReadonlySet<string> = new Set(['at', 'attends', 'attending', 'from', 'to', 'for']);
/**
 * Round 59: "Student seen at Tolland County High today": one to three capitalised words before a capitalised
 * "High" or "Middle" that no capitalised word follows, after a cue of place or attendance, one of them a county's word
 * or a word of no English list; "at Baseline High", "High School" (the head rule's) and "at High risk" stay.
 */
function schoolShortForm(doc: DocumentView, i: number, out: Candidate[]): void {
  const t = doc.tokens[i] as Token;
  if (t.text !== 'High' && t.text !== 'Middle') return;
  const next = tokenAt(doc.tokens, i + 1);
  if (next !== undefined && next.start === t.end + 1 && (next.capitalized || next.upper)) return;
  let s = i;
  let named = false;
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    const p = doc.tokens[k] as Token;
    if (!p.capitalized || doc.text.slice(p.end, (doc.tokens[k + 1] as Token).start) !== ' ') break;
    s = k;
    if (p.lower === 'county' || doc.isCommon[k] === 0) named = true;
  }
  const cue = tokenAt(doc.tokens, s - 1);
  if (s === i || !named || cue === undefined || !SCHOOL_SHORT_CUES.has(cue.lower)) return;
  out.push(candidate((doc.tokens[s] as Token).start, t.end, 'FACILITY', 0.72, 'facility', { kind: 'pattern', detail: 'school-short-form' }));
}

/** A trauma centre's level: "1" to "4" or "I" to "IV", then no further digit or letter. */
const TRAUMA_LEVEL_AFTER = /^[ \t](?:[1-4]|I{1,3}|IV)(?![\w])/;
/** Round 70: token t is "Level" and a trauma centre's level follows it. */
function traumaLevelAt(doc: DocumentView, t: Token): boolean {
  return t.lower === 'level' && TRAUMA_LEVEL_AFTER.test(doc.text.slice(t.end, t.end + 5));
}

/** Round 70: a police department's abbreviation after its town's name ("Millbrook PD"). */
// Round 143: a fire department's too ("pronounced by Tacoma FD Medic 12").
export const POLICE_ABBREVIATIONS = ['pd', 'fd'];
/** What a fire department's abbreviation stands before: its apparatus, crew or station. */
const FIRE_WORD_AFTER = /^(?:,[ \t]{0,2}|[ \t]{1,2})(?:medics?|engine|ladder|truck|squad|rescue|ambulance|unit|crew|station|battalion|paramedics?|ems|incident|report)(?![a-z])/i;
const FIRE_WORD_BEFORE = /(?:^|[^a-z])(?:paramedics?|medics?|ems|firefighters?|crew|pronounced|transported|brought)(?![a-z])[^\n]{0,48}$/;
/** What an agency's abbreviation stands before in a police or EMS record: its officer, unit, case or report. */
const POLICE_WORD_AFTER = /^(?:,[ \t]{0,2}|[ \t]{1,2})(?:officers?|ofc|sgt|sergeant|det|detectives?|deputy|patrol|unit|case|report|badge|dispatch|incident|event)(?![a-z])/i;
/** An officer's title or badge earlier on the line, before the agency. */
const POLICE_WORD_BEFORE = /(?:^|[^a-z])(?:officer|ofc|sgt|sergeant|det|detective|trooper|badge|police)(?![a-z])[^\n]{0,48}$/;
/**
 * Round 70: "applied by Millbrook PD officer Lane", "Badge #2210, Lakeside Heights PD, Unit 3B": one to three
 * capitalised words before "PD" in capitals, an officer's word or a badge beside it; "Parkinson PD", "on home PD"
 * (peritoneal dialysis) stand with no police word. The address patterns' town-police reads "PD" alone after a listed
 * town (the town is the cities'); a town no list holds needs its words in this span, which that word-anchored
 * pattern cannot reach back to.
 */
function policeDepartment(doc: DocumentView, i: number, out: Candidate[]): void {
  const t = doc.tokens[i] as Token;
  if ((t.text !== 'PD' && t.text !== 'FD') || i === 0) return;
  let s = i;
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    const p = doc.tokens[k] as Token;
    if (!p.capitalized || p.upper || FUNCTION_WORDS.has(p.lower) || isTitle(doc, p) || doc.text.slice(p.end, (doc.tokens[k + 1] as Token).start) !== ' ') break;
    s = k;
  }
  if (s === i) return;
  const first = doc.tokens[s] as Token;
  const fire = t.text === 'FD';
  if (!(fire ? FIRE_WORD_AFTER : POLICE_WORD_AFTER).test(doc.text.slice(t.end, t.end + 14)) && !(fire ? FIRE_WORD_BEFORE : POLICE_WORD_BEFORE).test(doc.lower.slice(Math.max(0, first.start - 64), first.start))) return;
  out.push(candidate(first.start, t.end, 'FACILITY', 0.72, 'facility', { kind: 'pattern', detail: fire ? 'fire-department' : 'police-department' }));
}

/** Round 59: the words before a VA system's name ("seen at VA Palo Alto", "transferred from VA Greater Los Angeles"). */
const VA_PLACE_CUES: ReadonlySet<string> = new Set(['at', 'from', 'to', 'via']);
/** Words that open a VA system's regional name though English lists hold them ("VA Greater Los Angeles", "VA Northern Indiana"). */
const VA_REGION_OPENERS: ReadonlySet<string> = new Set(['greater', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'new', 'upstate', 'long', 'san', 'st', 'saint', 'ann', 'palo', 'puget', 'hudson', 'black', 'white', 'gulf', 'sierra', 'tennessee', 'orlando']);
/**
 * Round 59: the last token of a VA system's place name after "VA" at token i ("VA Palo Alto", "VA Palo Alto Health
 * Care System"): capitalised words, the first a listed town, a word of no English list or a region's opener; -1 when
 * none ("at VA Benefits office", "to VA Disability", "from VA 20/40").
 */
function vaSystemEnd(doc: DocumentView, i: number): number {
  const first = tokenAt(doc.tokens, i + 1);
  if (first === undefined || !first.capitalized || first.upper || doc.text.slice((doc.tokens[i] as Token).end, first.start) !== ' ') return -1;
  const opens = VA_REGION_OPENERS.has(first.lower) || doc.dict.allCities.has(first.lower) || (doc.isCommon[i + 1] === 0 && !lexicon.FACILITY_HEADS.has(first.lower) && !lexicon.US_STATES.has(first.lower));
  if (!opens) return -1;
  let j = i + 1;
  for (let k = i + 2; k < i + 7; k++) {
    const n = tokenAt(doc.tokens, k);
    if (n === undefined || !n.capitalized || doc.text.slice((doc.tokens[k - 1] as Token).end, n.start) !== ' ') break;
    j = k;
  }
  return j;
}

/** Connectors that open no facility name before a head word ("The Memory Care unit"; "LA Medical Center" may). */
const NOT_FIRST = new Set(['the', 'of', 'and', 'for', '&']);
/** Round 80: a clinician's credential before a specialty: "Board Certified", "Fellowship-Trained". */
const CREDENTIAL_WORDS = new Set(['certified', 'board-certified', 'trained', 'fellowship-trained', 'eligible', 'board-eligible']);
/** Prepositions capitalised at a sentence's start open no name at all: "Per Cardiology recs, continue", "By Mercy Hospital staff". */
// Round 42: a form's answers too ("[X] Yes  Hospice? No").
const NEVER_FIRST = new Set(['per', 'with', 'from', 'by', 'yes', 'no',
  // A question's first word opens no name either: "What OSHA medical surveillance applies?", "Which VA clinic...".
  'what', 'which', 'how', 'why', 'when', 'where', 'whose', 'does', 'did', 'should', 'could', 'would',
  // Round 44: a trial's report opens with its site: "Site University of Vermont Medical Center reported...".
  'site']);
/** A French elision before a capital: "d'Alene", "l'Hôtel-Dieu". */
const ELIDED_NAME = /^[dl]['’]\p{Lu}/u;
// Verbs that open a note's sentences before a place's name, capitalised there: never a name's first word.
const NOTE_VERBS = new Set(['call', 'contact', 'visit', 'schedule', 'bring', 'consult', 'consulted', 'refer', 'page', 'notify', 'discussed', 'called', 'contacted', 'reviewed', 'faxed', 'phoned', 'emailed', 'e-mailed', 'messaged', 'texted', 'visited', 'notified',
  'paged', 'informed', 'requested', 'received', 'obtained', 'sent', 'transferred', 'referred', 'discharged', 'admitted', 'attended', 'left', 'went', 'spoke',
  // A social history's present tense: "Attends St. Stanislaus Basilica", "Prefers St. Joseph Medical Center".
  'attends', 'visits', 'prefers', 'sees', 'needs', 'calls', 'follows', 'receives', 'gets', 'uses', 'wants', 'likes', 'loves', 'declines', 'requests', 'frequents',
  // Round 43: a request's imperative before a level of care, "Need SNF placement for ...", "Arrange SNF bed",
  // "Find ALF options"; "Needham Rehab" is no verb.
  'need', 'arrange', 'find', 'request',
  // Round 114: a consult's thanks before the service it thanks ("Appreciate Pulmonary recs").
  'appreciate', 'appreciated', 'thank']);
/** Round 142: discharge's shortened verb as notes type it: "Dc", "DC'd", "dcd". */
const DISCHARGE_SHORT = new Set(['dc', "dc'd", 'dc’d', 'dcd', 'dced']);
// Field labels before "of": "Date of Surgery", "Type of Procedure", "Reason for Surgery" head a form field.
const FIELD_OPENERS = new Set(['date', 'dates', 'time', 'type', 'day', 'reason', 'site', 'side', 'mode', 'place', 'name', 'length', 'duration']);

/** The first token from i on that can start a facility head word, or past the end. */
function headFrom(doc: DocumentView, i: number): number {
  const flags = doc.wordFlags;
  const n = doc.tokens.length;
  while (i < n && ((flags[i] as number) & WORD_FACILITY_HEAD) === 0) i++;
  return i < n ? i : n + 100;
}

/** Token p, right before t, is a given name ("Lisa Jackson") or a middle initial ("Lisa K. Jackson"). */
function afterGivenName(doc: DocumentView, p: Token, t: Token): boolean {
  const gap = t.start - p.end;
  return (doc.isFirst[p.index] === 1 && gap === 1) || (p.single && p.dotAfter && isUpperLetter(p.text) && gap === 2);
}

/** Token i is followed, after one blank, by a capitalised surname-shaped word of no list: no town, head or English word. */
function givenBeforeUnlistedSurname(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const n = tokenAt(tokens, i + 1);
  if (n === undefined || n.start !== t.end + 1 || doc.text.charCodeAt(t.end) !== 32 || !(t.upper ? n.upper : n.capitalized) || n.text.length < 4) return false;
  if (doc.isCommon[i + 1] !== 0 || ((doc.wordFlags[i + 1] as number) & (WORD_FACILITY_HEAD | WORD_FACILITY_START)) !== 0) return false;
  return !doc.dict.allCities.has(n.lower) && !lexicon.STREET_SUFFIXES.has(n.lower) && !CALENDAR_MONTHS.has(n.lower) && !lexicon.WEEKDAYS.has(n.lower);
}

/** A run of capitalised words ending at a head word ("Mercy Hospital"), or a known facility. */
function namedFacilities(doc: DocumentView, out: Candidate[]): void {
  const tokens = doc.tokens;
  // The next token at or after i that can start a facility head word (a head word, or the first word of a
  // multi-word one); past the end when none. Only moves forward, so no per-document array.
  let nextHead = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (nextHead < i) nextHead = headFrom(doc, i);
    if (nextHead > i + 8 && ((doc.wordFlags[i] as number) & WORD_FACILITY_START) === 0 && !ourLadyAt(doc, i)) continue; // facilityStarts.has
    const t = tokens[i] as Token;
    if (!placeShaped(doc, t) || (isTitle(doc, t) && !lexicon.FACILITY_PREFIXES.has(t.lower))) continue;
    if ((NOT_FIRST.has(t.lower) && headAt(doc, i + 1) > 0) || NEVER_FIRST.has(t.lower)) continue; // "The Memory Care unit" names nothing
    if (lexicon.WEEKDAYS.has(t.lower)) continue; // "Mon/Wed/Fri and clinic Tue/Thu": a schedule, no name
    if (KIN_WORDS.has(t.lower)) continue; // "Mother-in-law's house", "Grandma's house": a relative's home, no named place
    // Round 114: "Adult Day Health", "Adult Day Services": a kind of care, whose "Day" opens no name.
    if (t.lower === 'day' && i > 0 && DAY_CARE_WORDS.has((tokens[i - 1] as Token).lower) && (tokens[i - 1] as Token).end + 1 === t.start) continue;
    // Round 120: nor does whom it serves ("Senior Day Program", "Adult Day Services and Senior Day Program").
    if (DAY_CARE_WORDS.has(t.lower) && tokens[i + 1]?.lower === 'day' && t.end + 1 === (tokens[i + 1] as Token).start) continue;
    if (DAY_PROGRAM_HEADS.has(t.lower) && i > 0 && (tokens[i - 1] as Token).lower === 'day') continue;
    // Round 80: a signature's board credential opens no name, nor does the specialty after it ("Board Certified
    // Orthopaedic Surgery", "Fellowship-Trained Hand Surgery", "Board-certified Internal Medicine").
    if (CREDENTIAL_WORDS.has(t.lower) || CREDENTIAL_WORDS.has(tokens[i + 1]?.lower ?? '') || (i > 0 && CREDENTIAL_WORDS.has((tokens[i - 1] as Token).lower))) continue;
    // "Our hospice medical director", "Our clinic": the pronoun before a lower-case word is prose; "Our Lady of
    // Lourdes" and "Our Savior's" are names.
    if (t.lower === 'our' && tokens[i + 1] !== undefined && (tokens[i + 1] as Token).text === (tokens[i + 1] as Token).lower) continue;
    if (ORG_OPENERS.has(t.lower) && (tokens[i + 1] as Token | undefined)?.lower === 'college') continue; // "American College of Surgeons": a society
    if (NOTE_VERBS.has(t.lower)) continue; // "Called Cuyahoga Housing Authority": a sentence's verb, then the name
    // Round 142: discharge's short verb before "home" ("Dc home with kick counts", "DC'd home today"); "DC Home Health"
    // (a capitalised word after "Home") stays a name.
    if (DISCHARGE_SHORT.has(t.lower) && tokens[i + 1]?.lower === 'home' && !(tokenAt(tokens, i + 2)?.capitalized === true && (tokens[i + 1] as Token).capitalized)) continue;
    // Round 115: a care plan's order and its preposition open no name ("Continue Skilled Nursing", "Follow Up With
    // Neurology", "Resume Therapy At Valley View Nursing Home": the name, if any, starts after them).
    if (ORDER_OPENERS.has(t.lower)) continue;
    if (FIELD_OPENERS.has(t.lower) && ((tokens[i + 1] as Token | undefined)?.lower === 'of' || (tokens[i + 1] as Token | undefined)?.lower === 'for')) continue;
    // A run of capitalised words, connectors and prefixes, ending at a head word.
    let j = i;
    let named = 0; // words that are not heads, connectors or prefixes
    let rare = 0; // named words in no dictionary of common words ("Lakeshore", "Meir")
    let headings = 0; // common words in capitals inside mixed-case text ("DEVICE CLINIC" heads a section)
    let known = phraseAt(doc, i, lexicon.KNOWN_FACILITIES, KNOWN_FACILITY_WORDS, doc.dict.facilityStarts);
    // Round 154: "Penn State" named as a university or for its equation and questionnaire ("per Penn State 2003b", "Penn
    // State Worry Questionnaire"), no place of care; "Penn State Health" and "Penn State Hershey" stay.
    if (known === 1 && t.text === 'Penn' && PENN_STATE_NOT_CARE.test(doc.text.slice(t.end, t.end + 24))) continue;
    // "Dr. Esperanza Jackson at ...", "Gloria D. Jackson": a known facility's one word right after a given name or
    // a middle initial is the surname.
    if (known === 1 && i > 0 && afterGivenName(doc, tokens[i - 1] as Token, t) && surnameNamingFacility(doc, tokens, i)) known = 0;
    // Round 135: "Pt Jackson Ravenhurst in 5B", "Dear Jackson Quarternight,": a known system's one word that is a listed
    // given name, before a capitalised word no list holds (no town, head or English word), is the given name; a campus
    // is a town or a word of the system's own ("Jackson South", "Wellstar Kennestone" keep theirs).
    if (known === 1 && doc.isFirst[i] === 1 && givenBeforeUnlistedSurname(doc, tokens, i)) known = 0;
    // "lives on Jackson St in Salem", "Grady Ave": a street named like the system, its suffix right after the one word.
    // ("Mayo St. Marys": "St." before a capitalised word is a saint's, a campus.)
    if (known === 1 && tokenAt(tokens, i + 1)?.start === t.end + 1 && lexicon.STREET_SUFFIXES.has((tokens[i + 1] as Token).lower) && !((tokens[i + 1] as Token).lower === 'st' && tokenAt(tokens, i + 2)?.capitalized === true)) known = 0;
    // Round 39: "St. Jude dual-chamber", "a St. Jude ICD": the maker of cardiac devices before its device, no hospital.
    if (known === 2 && stJudeDevice(doc, i)) continue;
    let end = -1;
    let strong = false;
    let k = i;
    while (k < tokens.length && k < i + 8) {
      const tk = tokens[k] as Token;
      // One blank, the usual gap, passes both tests below: no slice for it.
      if (k > i && !(tk.start === (tokens[k - 1] as Token).end + 1 && doc.text.charCodeAt(tk.start - 1) === 32)) {
        const gap = doc.text.slice((tokens[k - 1] as Token).end, tk.start);
        // A line break inside a name only before its head word, after at least two words of it ("Columbus
        // Heart\nAssociates"): one word and a break is a heading or a signature ("## Data\nLabs today").
        // Not a head that opens its own name on the next line ("...FOLLOW-UP\nUniversity of Colorado ...").
        // A lower-case head opening the next line starts a sentence or a field ("...Eye Associates\nhospital: afib").
        // Only a name still waiting for its head wraps ("Oakridge Surgery Center\nHOSPITAL DISCHARGE SUMMARY" has
        // its head), and never onto a labelled field ("Name: Keala Morris\nMed Rec #: 6907").
        const wrapped = gap.includes('\n') && end < 0 && k - i >= 2 && /^[ \t]?\r?\n[ \t]{0,8}$/.test(gap) && headAt(doc, k) > 0 && placeShaped(doc, tk) && tokenAt(tokens, k + 1)?.lower !== 'of' &&
          !fieldLineAt(doc.text, tk.start) &&
          // Not a heading in capitals above a name in mixed case: "NOTA DE CONSULTA\nClínica Familiar del Valle" (round 41).
          !((tokens[i] as Token).upper && (tokens[k - 1] as Token).upper && !tk.upper);
        // " & " joins the parts of a name: "Rehab & Sports PT", "Spine & Sport".
        // " - " after a system's one-word name at a care preposition: "at Banner - University Medical Center".
        const systemDash = k === i + 1 && /^[ \t][\-–][ \t]$/.test(gap) && i > 0 && CARE_PREPOSITIONS.has((tokens[i - 1] as Token).lower);
        // Round 51: a letterhead in capitals writes the possessive in capitals ("ST. BRENDAN'S MEDICAL CENTER").
        // Round 73: the slash of "OB/GYN" inside a practice's name ("Northgate OB/GYN Associates").
        const obGyn = gap === '/' && tk.lower === 'gyn' && (tokens[k - 1] as Token).lower === 'ob';
        // Round 154: the plus sign inside a known system's name ("LAC+USC").
        const plus = gap === '+' && k < i + known;
        if (!wrapped && !systemDash && !obGyn && !plus && (gap.length > 4 || !/^(?:['’][sS])?\.?[ \t\-]{0,2}$|^[ \t]&[ \t]$/.test(gap))) break;
        // Round 146: a heading in capitals and a column's gap before a name in mixed case ("WOUND CARE NOTE  Swedish
        // Cherry Hill Wound Clinic"): the name starts after the gap.
        if (!doc.allCaps && gap.length >= 2 && (tokens[k - 1] as Token).upper && !tk.upper && /^[ \t]{2}$/.test(gap)) break;
        // A period ends the name unless it closes an abbreviation ("St. Mary's", "Med. Ctr."); after a possessive
        // too ("Attends St. Luke's. Visits ...").
        if (gap.includes('.') && (gap.charCodeAt(0) !== 46 || !ABBREVIATIONS.has((tokens[k - 1] as Token).lower))) break;
      }
      const h = headAt(doc, k);
      // Round 146: once the name has its head, a lower-case head after a connector starts prose ("the Utah Motorsports
      // Campus and farm machinery", "Valley Medical Center and home").
      if (h > 0 && end >= 0 && k > end + 1 && !doc.allCaps && !(tokens[k] as Token).capitalized && !(tokens[k] as Token).upper) break;
      if (h > 1 && k === i && known === 0) {
        k += h; // "Nursing home resident": a head on its own names nothing
        continue;
      }
      // Round 56: a lower-case "the" right before a head opens a new phrase: "4 West and the Transitional Care Unit".
      if (h > 0 && k > i && known === 0 && (tokens[k - 1] as Token).text === 'the') break;
      // Round 65: a surgeon's "Cobb elevator", "Woodson elevator" among other instruments, no grain elevator.
      if (h > 0 && known === 0 && surgicalElevator(doc, tokens[k] as Token)) break;
      if (h > 0 && (k > i || known > 0)) {
        const headWord = (tokens[k] as Token).lower;
        // Round 114: "<region> Infectious Disease" is weak as one word heads are: "Pediatric Infectious Disease" stays.
        const isStrong = STRONG_HEADS.has(headWord) || (h > 1 && headWord !== 'infectious') || !lexicon.WEAK_FACILITY_HEADS.has(headWord);
        // "Lakeshore Primary Care", "Golda Meir School"; not "Pediatric Primary Care", "High School".
        // "Desert View Elementary", "Pine Ridge Academy": two capitalised words before the head name a school too.
        // After a school's label one word will do: "School: Highlands Elementary", "attends Oak Grove Academy".
        // Round 37: an inn, hotel, market or mall of two common words named by its town after a comma ("Parkway Plaza
        // Hotel, Bronx"): the town says it is a place, as a rare word would.
        // A cuisine before a restaurant's head names a kind of food ("Greek Diner", "Thai Cafe"), not the place.
        // Round 156: a hospital's own lab by its section ("sent to the Core Laboratory", "Central Lab"), no place.
        const cuisineOnly = h === 1 && named === 1 && EATERY_HEADS.has(headWord) && (lexicon.LANGUAGES.has(t.lower) || CUISINES.has(t.lower));
        const labSection = h === 1 && named === 1 && known === 0 && k === i + 1 && LAB_HEADS.has(headWord) && LAB_SECTIONS.has(t.lower);
        const allowed = !labSection && (!cuisineOnly && (known > 0 || rare > 0) || (h === 1 && named >= 2 && RARE_NAME_HEADS.has(headWord) && headings === 0 && commaListedTownAfter(doc, k)) || (headings === 0 && SCHOOL_HEADS.has(headWord) && (named >= 2 ? schoolName(doc, i, k) || schoolOfTown(doc, i, k) : named === 1 && !SCHOOL_LEVELS.has(t.lower) && (SCHOOL_LABEL_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 12), t.start)) || schoolOfTown(doc, i, k)))) || (headings === 0 && HOUSING_HEADS.has(headWord) && named >= 2 && schoolName(doc, i, k) && allCapitalised(doc, i, k)) || (headWord === 'primary' && h > 1 && townNamed(doc, i, k)) || !(h === 1 ? RARE_NAME_HEADS.has(headWord) : headWord === 'primary'));
        // Round 84: a weak head before a body's word names the body ("Nursing Practice Council", "Clinical Group
        // Committee"), no place; a strong one stays ("Mercy Hospital Foundation" names the hospital).
        const nb = tokenAt(tokens, k + h);
        // Round 156: or before a role's or a panel's word ("HSE APPROVED MEDICAL EXAMINER", "Texas Medical Disclosure Panel").
        const body = !isStrong && known === 0 && nb !== undefined && (nb.capitalized || nb.upper) && (ORG_WORDS.has(nb.lower) || ROLE_AFTER_WEAK_HEAD.has(nb.lower)) && doc.text.slice((tokens[k + h - 1] as Token).end, nb.start) === ' ';
        if (allowed && !body && (named > 0 || known > 0 || isStrong)) {
          end = k + h - 1;
          strong = strong || isStrong;
        }
        k += h;
        continue;
      }
      if (doc.allCaps && CAPS_RUN_BREAKERS.has(tk.lower) && known === 0) break;
      if (k > i && FACILITY_CONNECTORS.has(tk.lower) && !placeShaped(doc, tk)) {
        k++;
        continue;
      }
      // "Coeur d'Alene Dialysis Center": a French elision inside the name is written in lower case.
      if (!placeShaped(doc, tk) && !lexicon.FACILITY_PREFIXES.has(tk.lower) && !(k > i && ELIDED_NAME.test(tk.text))) break;
      // Round 78: an abbreviation in capitals that is also a rank, after a rare word of a name and right before its
      // head, is the kind of store ("Ravensmoor LTC Pharmacy": long-term care, not a lieutenant colonel).
      if (isTitle(doc, tk) && !lexicon.FACILITY_PREFIXES.has(tk.lower) && !(k > i && tk.upper && tk.text.length > 2 && doc.isCommon[k - 1] === 0 && doc.text.charCodeAt(tk.end) === 32 && headAt(doc, k + 1) > 0)) break; // "Dr. Lee at UCSF"
      // Words that name a facility; a common word in capitals inside mixed-case text is a heading ("PAST MEDICAL").
      // Round 146: a compound of common words too ("SPEECH-LANGUAGE PATHOLOGY" heads a note).
      const heading = tk.upper && !doc.allCaps && (doc.isCommon[tk.index] === 1 || (tk.lower.includes('-') && tk.lower.split('-').every((p) => p.length > 1 && doc.dict.commonWords.has(p))));
      // "Mercy Health", "Trinity Health": a hospital's one-word name names a system before a weak head.
      if (HOSPITAL_WORDS.has(tk.lower) && !heading) named++;
      else if (!lexicon.FACILITY_PREFIXES.has(tk.lower) && !FACILITY_CONNECTORS.has(tk.lower) && !lexicon.FACILITY_HEADS.has(tk.lower)) {
        if (heading) headings++;
        else {
          named++;
          if (doc.isCommon[tk.index] === 0) rare++;
        }
      }
      k++;
    }
    // A known system's whole name belongs to it even when its first word is a head ("Memorial Hermann").
    if (known > 0 && end < i + known - 1) end = i + known - 1;
    // "Memorial Hermann Southeast", "Kaiser Permanente West": a known system's campus named by a compass word.
    if (known > 0 && end === i + known - 1) {
      const c = tokenAt(tokens, end + 1);
      if (c !== undefined && c.capitalized && c.start === (tokens[end] as Token).end + 1 && doc.text.charCodeAt(c.start - 1) === 32 && CAMPUS_COMPASS.has(c.lower)) end++;
    }
    // "Wellstar Kennestone", "Rush Copley", "UCSF Parnassus", "OSF Saint Francis Peoria": a known system's campus named by its town or a word no list holds.
    if (known > 0 && end === i + known - 1) end = systemCampusEnd(doc, end);
    // Round 59: "Amedisys Healthcare Tulsa", "Banner Health Tucson": a system named by its head "Health" or
    // "Healthcare" takes its campus's town or region word the same way.
    else if (known === 0 && end > i && SYSTEM_HEADS.has((tokens[end] as Token).lower)) end = systemCampusEnd(doc, end);
    // "Our Lady of the Lake", "Our Lady of Lourdes Medical Center": the Catholic hospitals' and parishes' name, read
    // as far as its "of" and the capitalised words after it (below); not the devotion ("a statue of Our Lady of
    // Guadalupe", "prays to Our Lady of Fatima").
    if (end < 0 && !devotionBefore(doc, i) && ourLadyAt(doc, i)) {
      end = i + 1;
      strong = true;
    }
    // "Open MRI of Garland", "Urgent Care of Tulsa": a head of two words or more on its own, named by the town after "of"
    // (round 37; a head alone names nothing).
    if (end < 0 && known === 0) {
      const h0 = headAt(doc, i);
      if (h0 > 1 && townAfterOf(doc, i + h0 - 1) >= 0) end = i + h0 - 1;
      else end = servicesOfCounty(doc, i);
    }
    // "Hospice of the Valley", "Hospital of the Good Shepherd": a head word first, then "of".
    // "University of Iowa", "College of Charleston": a school named by its place, the place capitalised.
    // Not a society of a profession: "College of American Pathologists", "Royal College of Surgeons".
    if (end < 0 && (STRONG_HEADS.has(t.lower) || ((t.lower === 'university' || t.lower === 'college') && t.capitalized && schoolPlaceAfterOf(doc, i))) && tokenAt(tokens, i + 1)?.lower === 'of') end = i;
    // "Hospital San Pablo", "Centro de Salud Familiar de Bayamón", "Clínica Santa María": Spanish, Portuguese,
    // French and Italian put the head first.
    if (end < 0 && placeShaped(doc, t) && (ROMANCE_HEADS.has(t.fold) || (t.lower === 'centro' && headAt(doc, i) > 1))) end = romanceNameEnd(doc, i);
    if (end < 0) continue;
    end = known === 0 ? campusEnd(doc, end) : hyphenCampusEnd(doc, end);
    const lastTok = tokens[end] as Token;
    // "Durable Power of Attorney for Health Care": a legal document, not a place of care.
    if (known === 0 && tokens.slice(i, end).some((x) => x.lower === 'attorney')) continue;
    // Round 115: a programme, a form or a piece of equipment in Title Case ("Phase II Cardiac Rehab", "Hospital Bed
    // Semi Electric", "Aftercare Following Joint Replacement Surgery", "Best Practice Advisory"): a word no place's
    // name holds, and no rare word of a name in the run. A state before a body's word ("Missouri Alliance for Home
    // Care", "Texas Medical Association") is an association, no place of care.
    if (known === 0 && notPlaceRun(doc, i, end)) {
      i = end;
      continue;
    }
    // Round 166: a state's health department ("Minnesota Department of Health", "Texas Department of State Health
    // Services", "the State Dept. of Public Health") and a national reference laboratory named in full ("Mayo Clinic
    // Laboratories"): an agency and a send-out laboratory, no place (docs/deid-conventions.md, "Engine differs").
    if (stateHealthAgency(doc, i, end) || stateAgencyOfBefore(doc, i, end)) {
      i = stateHealthAgencyEnd(doc, i, end);
      continue;
    }
    if (namedReferenceLab(doc, i, end)) {
      i = end;
      continue;
    }
    // Round 83: "ADMITTED VIA THE EMERGENCY DEPARTMENT", "THROUGH THE ED" in a dictation in capitals: a preposition and
    // "the" before a kind of place run in as words of its name.
    if (known === 0 && end > i + 1 && PREPOSITIONS_BEFORE_THE.has(t.lower) && tokenAt(tokens, i + 1)?.lower === 'the') continue;
    // Round 38: an EHR's field label, a word of the record's own before a head and a colon: "Preferred Pharmacy:",
    // "Recent Labs:", "Employer Group:", "Mail Order Pharmacy:" (not "Mercy Pharmacy:", "Recent Clinic of Dayton").
    if (known === 0 && end > i && end <= i + 2 && tokens.slice(i, end).every((x) => EHR_FIELD_WORDS.has(x.lower)) && /^[ \t]{0,2}:/.test(doc.text.slice((tokens[end] as Token).end, (tokens[end] as Token).end + 3))) continue;
    // Round 38: a record system's maker in a printout's banner: "NextGen Healthcare", "Oracle Health (Cerner)".
    if (known === 0 && end === i + 1 && EHR_VENDORS.has(t.lower) && /^health(?:care)?$/.test((tokens[end] as Token).lower)) continue;
    // "Depakote ER 1000 mg": extended release before a dose, not an emergency room.
    if (lastTok.text === 'ER' && end > i && /^[ \t]{1,2}\d[\d,.]*[ \t]?(?:mg|mcg|g|units?)\b/i.test(doc.text.slice(lastTok.end, lastTok.end + 16))) continue;
    // "DEVICE CLINIC - ICD INTERROGATION": a section heading of common words; "MERCY HOSPITAL" keeps its prefix.
    // Inside a lower-case sentence, two or more such words before the head are a name typed in capitals:
    // "lives at SHADY ACRES TRAILER PARK with his wife".
    if (
      headings > 0 && named === 0 && known === 0 && lastTok.upper &&
      !tokens.slice(i, end).some((x) => lexicon.FACILITY_PREFIXES.has(x.lower)) &&
      !(headings >= 2 && capsInProse(doc, i, end)) &&
      !letterheadAboveStreet(doc, i, end)
    ) {
      continue;
    }
    // Round 49: "Explain the Canadian health system", "the Mexican health system's coverage": a nation's adjective
    // before a lower-case head names a country's system of care, not a place (only sentence words besides it).
    if (
      !placeShaped(doc, lastTok) &&
      known === 0 &&
      tokens.slice(i, end).some((x) => lexicon.NATION_ADJECTIVES.has(x.lower)) &&
      tokens.slice(i, end).every((x) => lexicon.NATION_ADJECTIVES.has(x.lower) || !placeShaped(doc, x) || doc.isCommon[x.index] === 1)
    ) {
      continue;
    }
    // "Spanish-speaking clinic", "Church-run clinic": a capitalised word joined to a participle describes the service's
    // language or who runs it before a lower-case head, no name (the lead's probe, eleventh session).
    if (!placeShaped(doc, lastTok) && known === 0 && end === i + 1 && DESCRIBED_BY_PARTICIPLE.test(t.text)) continue;
    // "Call the clinic", "Repeat labs": a capitalised common word then a lower-case head is prose.
    if (
      !placeShaped(doc, lastTok) &&
      known === 0 &&
      !lexicon.FACILITY_PREFIXES.has(t.lower) &&
      tokens.slice(i, end).every((x) => !placeShaped(doc, x) || doc.isCommon[x.index] === 1) &&
      !doc.dict.majorCities.has(t.lower)
    ) {
      continue;
    }
    // "Certification of Health Care Provider", "Serious Health Condition": a head that qualifies the noun after it.
    if (known === 0 && CARE_WORD_HEADS.has(lastTok.lower) && HEAD_QUALIFIES.has(tokenAt(tokens, end + 1)?.lower ?? '') && (tokens[end + 1] as Token).start === lastTok.end + 1) continue;
    // Round 66: a form's title, capitalised: "Report of Medical Examination", "DRIVER MEDICAL EVALUATION",
    // "Independent Medical Exam" (not "Lakeside Medical exam on 3/4", a visit there).
    if (known === 0 && CARE_WORD_HEADS.has(lastTok.lower) && (tokens[end + 1] as Token | undefined)?.start === lastTok.end + 1 && FORM_TITLE_NOUNS.has((tokens[end + 1] as Token).lower) && ((tokens[end + 1] as Token).capitalized || (tokens[end + 1] as Token).upper)) continue;
    // "Public Health follow-up", "Mental Health referral": a field of health, named by nothing else.
    if (known === 0 && lastTok.lower === 'health' && end > i && tokens.slice(i, end).every((x) => HEALTH_FIELDS.has(x.lower))) continue;
    // "Medicare Hospice Benefit", "Medicaid Home Health": a payer's program, not a place.
    if (known === 0 && (t.lower === 'medicare' || t.lower === 'medicaid')) continue;
    // Round 40: "Cigna Healthcare", "Priority Health", "GEICO General", "Louisiana Healthcare Connections": a health
    // plan's, an auto insurer's or a Medicaid plan's name ends in a facility's head word but names a payer.
    // A payer is an employer too after a word of work or place ("a year at Allstate Insurance Group", "Employer: Cigna
    // Healthcare"), and stays found there. The whole run is passed over, so no head word after the payer's is read alone.
    if (known === 0 && payerNamed(tokens, i, end) && !EMPLOYER_CUE_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 14), t.start))) {
      i = end;
      continue;
    }
    // Round 151: a national reference laboratory named alone ("sent to NMS Labs", "ARUP Laboratories confirmed"): it
    // takes specimens from everywhere and sees no one, so it is left unlabelled as payers are (rounds 40, 143, 147). A
    // chain's draw site where the patient goes ("labs at Quest Diagnostics") is no such laboratory and stays a place.
    if (known === 0 && end === i + 1 && REFERENCE_LABS.has(t.lower) && LAB_HEADS.has((tokens[end] as Token).lower)) {
      i = end;
      continue;
    }
    // Round 137: a pharmacy benefit's processor control number and its group ("BIN 610011, PCN MEDDPRIME Group RX4455"):
    // the run opens on the field's label, or right after it; codes of a claim's routing, no place.
    if (known === 0 && (BENEFIT_ROUTING_LABELS.has(t.text) || BENEFIT_LABEL_BEFORE.test(doc.text.slice(Math.max(0, t.start - 8), t.start)))) {
      i = end;
      continue;
    }
    // "Kutupalong camp" names a (refugee) camp; "Summer Camp", "Boot Camp", "diabetes camp" are kinds of camp.
    if (known === 0 && (lastTok.lower === 'camp') && tokens.slice(i, end).every((x) => doc.isCommon[x.index] === 1 || !placeShaped(doc, x))) continue;
    // "Public Health Department", "the County Health Dept": an office named by its level of government only.
    if (known === 0 && (lastTok.lower === 'department' || lastTok.lower === 'dept') && tokens.slice(i, end).every((x) => GOVERNMENT_LEVELS.has(x.lower) || GOVERNMENT_OFFICE_WORDS.has(x.lower))) continue;
    // "the County Parole & Probation office", "State Parole and Probation": the same, for the supervising office.
    if (known === 0 && lastTok.lower === 'probation' && tokens.slice(i, end).every((x) => GOVERNMENT_LEVELS.has(x.lower) || PROBATION_WORDS.has(x.lower))) continue;
    // "Religion: Southern Baptist", "devout Methodist": the faith, not a congregation or a hospital.
    if (known === 0 && end > i && describesFaith(doc, i, end)) continue;
    // "HF clinic", "GI lab", "ENT clinic": a service's abbreviation before a lower-case head names a service.
    // A place's abbreviation keeps it ("our NYC clinic", "the VA clinic").
    if (known === 0 && !placeShaped(doc, lastTok) && serviceAbbreviations(doc, i, end)) continue;
    // "American Board of Internal Medicine", "National Society of Genetic Counselors": bodies, not places.
    // So is a run that holds one: "College of American Pathologists and the Royal College of Surgeons".
    if (known === 0 && ((ORG_OPENERS.has(t.lower) && tokens.slice(i + 1, end).some((x) => ORG_WORDS.has(x.lower))) || bodyInRun(tokens, i, end))) {
      i = end;
      continue;
    }
    // "Occupational Medicine", "Pediatric Cardiology" after a signature: a specialty, named by nothing else.
    // A strong head in lower case is a common noun after a specialty ("Ortho clinic"), not a clinic's name.
    // "Anticoagulation Clinic", "Cardiac Device Clinic": a clinic named only by its service, no word of a place or name before it.
    const wordBefore = tokenAt(tokens, i - 1)?.lower ?? '';
    const serviceNamed = SERVICE_HEADS.has(lastTok.lower) && end > i && tokenAt(tokens, end + 1)?.lower !== 'of' && (!capitalisedBefore(doc, i) || SPECIALTY_WORDS.has(wordBefore) || SERVICE_CLINIC_WORDS.has(wordBefore));
    const serviceClinic = serviceNamed && (lastTok.lower === 'clinic' || lastTok.lower === 'clinics');
    // Round 122: "MD (Gen Med)", "MS (Gen Surg)": a degree's subject in brackets after the degree, as Indian letters sign.
    if (known === 0 && !STRONG_HEADS.has(lastTok.lower) && doc.text.charCodeAt(t.start - 1) === 40 && DEGREE_BEFORE_BRACKET.test(doc.text.slice(Math.max(0, t.start - 8), t.start))) continue;
    // Round 122: "Department of Respiratory Medicine", "Division of Acute Medicine": a letterhead's department, the same.
    const departmentOf = end > i + 1 && DEPARTMENT_OPENERS.has(t.lower) && tokenAt(tokens, i + 1)?.lower === 'of';
    // Round 131: an office or a doctor of a department ("the Head of Cardiology", "The Secretary of Health", "Dr. Hale
    // of Pulmonology"): a person's role, no place.
    if (known === 0 && officeOfField(doc, i, end)) {
      i = end;
      continue;
    }
    if (known === 0 && (!STRONG_HEADS.has(lastTok.lower) || lastTok.text === lastTok.lower || serviceClinic) && !(end === i && tokenAt(tokens, i + 1)?.lower === 'of') && tokens.slice(departmentOf ? i + 2 : i, end).every((x) => SPECIALTY_WORDS.has(x.lower) || SPECIALTY_ENDING.test(x.lower) || FACILITY_CONNECTORS.has(x.lower) || (serviceNamed && (SERVICE_CLINIC_WORDS.has(x.lower) || SERVICE_HEADS.has(x.lower))))) continue;
    // "Zoom for Healthcare", "Webex for Healthcare": a video platform's edition, no place.
    if (known === 0 && VIDEO_PLATFORMS.has(t.lower) && tokenAt(tokens, i + 1)?.lower === 'for') continue;
    // "Acute Rehab", "Inpatient Hospice", "Skilled Nursing Facility": a level of care, named by nothing else. A
    // capitalised word right before it may be a name the run could not take ("Coeur d'Alene Skilled Nursing Facility").
    if (known === 0 && CARE_SETTING_HEADS.has(lastTok.lower) && end > i && !capitalisedBefore(doc, i) && tokens.slice(i, end).every((x) => CARE_LEVELS.has(x.lower) || CARE_SETTING_HEADS.has(x.lower))) continue;
    // Round 42: "LONG-TERM ACUTE CARE HOSPITAL DISCHARGE", "TRANSFER SUMMARY - ACUTE TO INPATIENT HOSPICE", "SNF/NF TO
    // HOSPITAL TRANSFER FORM": a form's heading in capitals that names levels of care and settings only, no place
    // ("MERCY HOSPITAL", "ST. JUDE HOSPICE" keep a word of a name).
    if (known === 0 && lastTok.upper && end > i && tokens.slice(i, end + 1).every((x) => x.upper && (CARE_LEVELS.has(x.lower) || CARE_SETTING_HEADS.has(x.lower) || CARE_HEADING_WORDS.has(x.lower)))) continue;
    const after = tokenAt(tokens, end + 1);
    // "Grade Group 3", "Risk Group", "Support Group": a class or a meeting, not a practice.
    // Round 139: any group of the run so named ("Early Recovery group and group therapy").
    if (known === 0 && lastTok.lower === 'group' && end > i && tokens.slice(i, end).some((x, k) => NOT_PRACTICE_GROUPS.has(x.lower) && tokens[i + k + 1]?.lower === 'group')) continue;
    // Round 70: "Offline medical direction", "Base Medical Command", "CHW Home Visit": EMS oversight by a
    // physician and a visit's kind, no place.
    if (after !== undefined && after.start === lastTok.end + 1 && ((lastTok.lower === 'medical' && MEDICAL_OVERSIGHT_AFTER.has(after.lower)) || (lastTok.lower === 'home' && (after.lower === 'visit' || after.lower === 'visits')))) continue;
    // "Summit Crest Health Plan", "Delta Dental PPO": a payer, not a place of care.
    if ((lastTok.lower === 'health' || lastTok.lower === 'dental') && after !== undefined && PAYER_AFTER.has(after.lower) && after.start === lastTok.end + 1) continue;
    // Round 82: "World Health Organization", "Pan American Health Organization": a body that advises, no place of care.
    if (lastTok.lower === 'health' && after !== undefined && after.start === lastTok.end + 1 && (after.lower === 'organization' || after.lower === 'organisation')) continue;
    // "Mayo Clinic Proceedings", "Cleveland Clinic Journal of Medicine": a journal's title, no place.
    if (after && after.start === lastTok.end + 1 && after.capitalized && PUBLICATION_WORDS.has(after.lower)) continue;
    if (tokens.slice(i, end).some((x) => x.capitalized && PUBLICATION_WORDS.has(x.lower))) continue;
    // Round 93: "Society of Critical Care Medicine", "College of American Pathologists": a body's word opening the run before "of".
    if (known === 0 && end > i && ORG_WORDS.has(t.lower) && tokenAt(tokens, i + 1)?.lower === 'of') continue;
    if (known === 0 && !JOURNAL_NOT_BEFORE.has(lastTok.lower) && tokens.slice(i, end).some((x) => (x.capitalized || (x.upper && !doc.allCaps)) && JOURNAL_TITLE_WORDS.has(x.lower))) continue;
    // "Good rehab potential", "Fair Rehabilitation Potential": a prognosis, not a rehabilitation center.
    if (after && after.start === lastTok.end + 1 && after.lower === 'potential') continue;
    // "Duke Score"; not "...Medical Center.\nProcedure: EVAR" (the next word in another sentence). Round 70: nor a
    // trauma centre's designation after its name ("Harmon County Medical Center Level IV", "... Centre LEVEL 3").
    if (after && !STRONG_HEADS.has(lastTok.lower) && after.start === lastTok.end + 1 && !traumaLevelAt(doc, after) && instrumentAfter(doc, end + 1)) continue;
    // "the Parkland and Brooke formulas": a known hospital's one word that is an eponym, paired with another before their head.
    if (end === i && eponymPairFirst(doc, tokens, i)) continue;
    // "Mohs surgery", "Whipple surgery": eponyms before a weak head word name a procedure, not a place.
    if (!strong && known === 0 && end > i && tokens.slice(i, end).every((x) => lexicon.EPONYMS.has(x.lower) || lexicon.EPONYMS.has(x.fold))) continue;
    // "Children's Hospital of Philadelphia": "of" and up to three capitalised words.
    let of = tokenAt(tokens, end + 2);
    let ofGap = ' of ';
    if (of?.lower === 'the' && tokenAt(tokens, end + 3)?.capitalized) {
      of = tokenAt(tokens, end + 3);
      ofGap = ' of the ';
    }
    // Compared in lower case: "SUNRISE SENIOR LIVING OF LA JOLLA".
    if (after?.lower === 'of' && of && placeShaped(doc, of) && doc.lower.slice(lastTok.end, of.start) === ofGap) {
      end = of.index; // the word after "of" (one past it crossed a sentence end: "of Nevada. Please")
      while (end + 1 < tokens.length && end < i + 10 && placeShaped(doc, tokens[end + 1] as Token) && doc.text.slice((tokens[end] as Token).end, (tokens[end + 1] as Token).start) === ' ') end++;
    }
    // "Riley Hospital for Children", "Hospital for Special Surgery", "Pavilion for Women": a strong or known head,
    // "for" and whom it serves, capitalised (not "Hospital for 3 days", "Institute for Healthcare Improvement").
    const forWord = tokenAt(tokens, end + 1);
    const served = tokenAt(tokens, end + 2);
    if ((strong || known > 0) && forWord?.text === 'for' && served !== undefined && doc.text.slice((tokens[end] as Token).end, served.start) === ' for ' && served.capitalized && SERVED_WORDS.has(served.lower)) {
      end = served.index;
      while (end + 1 < tokens.length && end < served.index + 2 && placeShaped(doc, tokens[end + 1] as Token) && (tokens[end + 1] as Token).capitalized && doc.text.slice((tokens[end] as Token).end, (tokens[end + 1] as Token).start) === ' ') end++;
    }
    // Don't start on a connector; trim trailing connectors.
    j = end;
    const last = tokens[j] as Token;
    let stop = last.end;
    // Include a trailing possessive/period that belongs to the name ("St. Mary's", "Med. Ctr.").
    if (/^['’]s/.test(doc.text.slice(stop, stop + 2))) stop += 2;
    if (stop < doc.text.length && doc.text.charCodeAt(stop) === 46 && /^(?:ctr|cntr|hosp|med|inst)$/.test(last.lower)) stop += 1;
    // "Silver Fern Home Health Services", "Lakeside Medical Associates, Inc.": a business word after the head.
    const next = tokenAt(tokens, j + 1);
    if (next !== undefined && next.start === stop + 1 && doc.text.charCodeAt(stop) === 32 && placeShaped(doc, next) && TRAILING_BUSINESS_WORDS.has(next.lower)) {
      stop = next.end;
      j++;
    }
    // Round 71: "MARLOWE PHARMACY #2217", "Ridgeway Pharmacy Store 0418": a pharmacy's number names the branch, as
    // a label or a receipt prints it; a count stays out ("Pharmacy 24 hours" has no sign or store word).
    if (last.lower === 'pharmacy' && known === 0) {
      const branch = PHARMACY_BRANCH_NUMBER.exec(doc.text.slice(stop, stop + 20));
      if (branch !== null) stop += branch[0].length;
    }
    // "Cascade Neurology Partners, PLLC", "Harbor Dental, Inc.": a company's legal form after a comma.
    const form = tokenAt(tokens, j + 1);
    if (form !== undefined && form.start === stop + 2 && doc.text.charCodeAt(stop) === 44 && doc.text.charCodeAt(stop + 1) === 32 && LEGAL_FORMS.has(form.lower) && (form.upper || form.capitalized)) {
      stop = form.end;
      j++;
    }
    // "Mayo Clinic in Rochester, MN": carry on over " in <City>[, ST]".
    let hospitalAfterTown = false;
    const tail = /^,?[ \t]{1,2}(in|at)[ \t]{1,2}/.exec(doc.text.slice(stop, stop + 8));
    if (tail) {
      let next = j + 1;
      while (next < tokens.length && next < j + 4 && (tokens[next] as Token).start < stop + tail[0].length) next++;
      const nt = tokenAt(tokens, next);
      if (nt && nt.start === stop + tail[0].length) {
        // Not a month the towns' list holds too: "Mercy Hospital in May 2020" is when.
        const cityLen = placeShaped(doc, nt) && !CALENDAR_WORDS.has(nt.lower) ? phraseAt(doc, next, doc.dict.allCities, 4, doc.dict.cityStarts) : 0;
        // "Northside Cancer Institute at Mercy-Linwood": after a strong head, a campus that no list holds, ending the clause.
        if (cityLen === 0 && strong && tail[1] === 'at' && campusAt(doc, nt)) {
          stop = nt.end;
          j = next;
        } else if (cityLen > 0 || lexicon.STATE_CODES.has(nt.text)) {
          const lastCity = tokens[next + Math.max(cityLen, 1) - 1] as Token;
          stop = lastCity.end;
          const st = /^,[ \t]{1,2}[A-Z]{2}\b/.exec(doc.text.slice(stop, stop + 5));
          if (st && lexicon.STATE_CODES.has(st[0].slice(-2))) stop += st[0].length;
          j = next + Math.max(cityLen, 1) - 1;
          // "Women's Imaging Center at Valley View Hospital": the town names the hospital the service is in, and
          // that hospital's head (and its campus, below) is the facility's too.
          const head = tokenAt(tokens, j + 1);
          if (!st && cityLen > 0 && head !== undefined && head.start === stop + 1 && doc.text.charCodeAt(stop) === 32 && head.capitalized && STRONG_HEADS.has(head.lower)) {
            stop = head.end;
            j++;
            hospitalAfterTown = true;
          }
        }
      }
    }
    // "General Hospital, Ikorodu", "Royal Infirmary, Dumfries": a strong head, a comma and a town no list holds,
    // which ends the phrase.
    if (!tail || hospitalAfterTown) {
      const nt = tokenAt(tokens, j + 1);
      const comma = nt !== undefined && nt.start === stop + 2 && doc.text.charCodeAt(stop) === 44 && doc.text.charCodeAt(stop + 1) === 32;
      // "Fairview Infusion Center - Edina", "Ochsner Medical Center – Kenner": a dash between blanks, as a campus is written.
      const dash = nt !== undefined && nt.start === stop + 3 && CAMPUS_DASH.test(doc.text.slice(stop, stop + 3));
      if (comma || dash) {
        // "Sunnyslope Pediatrics, Phoenix", "Alaska Native Medical Center, Anchorage)": after any head, a listed
        // town that ends the clause (even one that is a word); the rules after it read a comma only.
        const cityLen = placeShaped(doc, nt as Token) ? phraseAt(doc, j + 1, doc.dict.allCities, 4, doc.dict.cityStarts) : 0;
        const cityEnd = cityLen > 0 ? (tokens[j + cityLen] as Token) : undefined;
        if (cityEnd !== undefined && (AFTER_COMMA_TOWN.test(doc.text.slice(cityEnd.end, cityEnd.end + 7)) || (comma && UNIT_AFTER_COMMA_TOWN.test(doc.text.slice(cityEnd.end, cityEnd.end + 14))))) {
          stop = cityEnd.end;
          j += cityLen;
        } else if (comma && (STRONG_HEADS.has((tokens[j] as Token).lower) || COMMA_TOWN_HEADS.has((tokens[j] as Token).lower)) && commaTown(doc, nt as Token)) {
          stop = nt.end;
          j++;
        } else if (comma && (STRONG_HEADS.has((tokens[j] as Token).lower) || COMMA_TOWN_HEADS.has((tokens[j] as Token).lower)) && commaNeighbourhood(doc, nt as Token)) {
          // "Maimonides Medical Center, Borough Park": a neighbourhood of two words, the second a place's head.
          stop = (tokens[j + 2] as Token).end;
          j += 2;
        } else if (dash && (known > 0 || STRONG_HEADS.has((tokens[j] as Token).lower) || DASH_CAMPUS_HEADS.has((tokens[j] as Token).lower)) && dashCampus(doc, nt as Token)) {
          // "Piedmont Columbus Regional – Northside", "Levine Cancer Institute – Ballantyne site": a campus that no
          // list of towns holds, after a dash.
          stop = (nt as Token).end;
          j++;
        }
      } else if (nt !== undefined && nt.start === stop + 1 && doc.text.charCodeAt(stop) === 32 && placeShaped(doc, nt) && (strong || (tokens[j] as Token).lower === 'center' || (tokens[j] as Token).lower === 'health')) {
        // "University Medical Center Phoenix.": a listed town right after the head, ending the clause; one that is no
        // English word also before prose ("Passport Health Tacoma last spring", "Mercy Hospital Aspen yesterday").
        const cityLen = phraseAt(doc, j + 1, doc.dict.allCities, 4, doc.dict.cityStarts);
        const cityEnd = cityLen > 0 ? (tokens[j + cityLen] as Token) : undefined;
        const after = cityEnd === undefined ? '' : doc.text.slice(cityEnd.end, cityEnd.end + 3);
        const plainTown = cityLen > 1 || doc.isCommon[j + 1] === 0 || (tokens[j] as Token).lower === 'hospital';
        if (cityEnd !== undefined && (/^(?:$|[.,;:)\]]|[ \t]*\r?\n)/.test(after) || (plainTown && /^ \p{Ll}/u.test(after)))) {
          stop = cityEnd.end;
          j += cityLen;
        } else if (cityLen === 0 && known > 0 && REGION_CAMPUS.test(nt.text) && /^(?:$|[.,;:)\]]|[ \t]*\r?\n| \p{Ll})/u.test(doc.text.slice(nt.end, nt.end + 3))) {
          // Round 151: a known system's campus named for its region, which no list of towns holds ("Stanford Health Care
          // Tri-Valley", "Providence Mid-Valley"), before a clause's end or prose.
          stop = nt.end;
          j++;
        }
      }
    }
    // Round 62: "MSK: Lytic lesion ...": a report's musculoskeletal section opening its line, not Memorial Sloan Kettering.
    if (known > 0 && j === i && t.text === 'MSK' && doc.text.charCodeAt(t.end) === 58 && (t.start === 0 || doc.text.charCodeAt(t.start - 1) === 10)) continue;
    // Round 93: an institution named as a publisher or an authority ("The Mayo Clinic recommends home monitoring",
    // "the Cleveland Clinic leaflet on Lyme disease", "Memorial Sloan Kettering Cancer Center nomograms"): a source,
    // not where a patient was seen. A past "recommended" or a comma keeps it ("Mercy Hospital recommended", "seen at
    // Mayo Clinic, recommends").
    if (publisherAfter(doc.text, stop)) continue;
    // Round 93: a drug or device maker named for people before a firm's word ("Baxter Healthcare", "Roche Group",
    // "Lilly Research Laboratories"); "Baxter Regional Medical Center" keeps a place's word and stays.
    if (known === 0 && j > i && tokens.slice(i, j).every((x) => inPersonNamedFirm(doc, tokens, x.index))) continue;
    // Round 154: a device maker's or a disinfectant's "Healthcare" arm ("Clorox Healthcare", "GE Healthcare", "Philips
    // Healthcare"): a brand, no place of care.
    if (known === 0 && j === i + 1 && MAKER_HEALTHCARE.has(t.lower) && (tokens[j] as Token).lower === 'healthcare') continue;
    // Round 93: a national institute ("National Institutes of Health", "National Cancer Institute", "the National
    // Heart, Lung, and Blood Institute"): a federal agency, no place of care.
    if (known === 0 && tokens.slice(i, j + 1).some((x) => INSTITUTE_HEADS.has(x.lower)) && (ORG_OPENERS.has(t.lower) || NATIONAL_LIST_BEFORE.test(doc.text.slice(Math.max(0, t.start - 40), t.start)))) continue;
    // Round 96: a health system or plan named as a payer ("Insurer: Kaiser Permanente, member ID", "Kaiser Permanente
    // members are referred back", "Geisinger Health Plan"), and a cooperative research group ("Children's Oncology
    // Group", "Southwest Oncology Group"): an organisation, no place of care. "transferred to Kaiser Permanente West" and
    // "Lakeside Oncology Group" (a town's or a name's word in it: a practice) stay.
    if (payerRole(doc, i, j, stop) || researchGroup(doc, i, j)) continue;
    const score = strong || known > 0 ? 0.88 : 0.72;
    // Round 143: a numbered district's number ("Clackamas Fire District 1", "Pine County Ambulance District No. 3").
    if ((tokens[j] as Token).lower === 'district') {
      const numbered = DISTRICT_NUMBER_AFTER.exec(doc.text.slice(stop, stop + 10));
      if (numbered !== null) stop += numbered[0].length;
    }
    out.push(candidate(t.start, stop, 'FACILITY', score, 'facility', { kind: known > 0 ? 'dictionary' : 'pattern', detail: known > 0 ? 'known-facilities' : 'facility-head' }));
    i = j;
  }
}

/** A capitalised word joined to a participle that describes a service: "Spanish-speaking", "Church-run", "VA-affiliated". */
const DESCRIBED_BY_PARTICIPLE = /^\p{Lu}[\p{L}]*-(?:speaking|based|run|owned|only|led|affiliated|funded|sponsored|operated|supported|certified)$/u;

/** Round 96: a payer's label before the name, or a member's or a benefit's word after it. */
const PAYER_LABEL_BEFORE = /(?:insurer|insurance|payer|payor|carrier|health plan)[ \t]?:[ \t]{0,2}$/i;
const PAYER_ROLE_AFTER = /^(?:[ \t]{1,2}|[ \t]?\r?\n)(?:members?|enrollees|formulary|coverage|benefits?|medical policy|prior authori[sz]ation)\b/i;
function payerRole(doc: DocumentView, i: number, j: number, stop: number): boolean {
  const tokens = doc.tokens;
  // "Geisinger Health Plan and Intermountain Health": a health plan inside a run joined by "and" (PAYER_AFTER).
  for (let k = Math.max(0, i - 1); k < j; k++) if ((tokens[k] as Token).lower === 'health' && PAYER_AFTER.has((tokens[k + 1] as Token).lower)) return true;
  const first = tokens[i] as Token;
  return PAYER_LABEL_BEFORE.test(doc.text.slice(Math.max(0, first.start - 20), first.start)) || PAYER_ROLE_AFTER.test(doc.text.slice(stop, stop + 30));
}
/** The words a cooperative research group's name ends in: "Oncology Group", "Cooperative Group" ("Study Group" is NOT_PRACTICE_GROUPS'). */
const RESEARCH_GROUP_KINDS = new Set(['oncology', 'cooperative', 'trials']);
function researchGroup(doc: DocumentView, i: number, j: number): boolean {
  const tokens = doc.tokens;
  if (j - i < 2 || (tokens[j] as Token).lower !== 'group' || !RESEARCH_GROUP_KINDS.has((tokens[j - 1] as Token).lower)) return false;
  // Every word before is an English word ("Children's", "Southwest", "Gynecologic"), no town's nor surname's.
  for (let k = i; k < j - 1; k++) if (doc.isCommon[k] !== 1 || doc.isSur[k] === 1 || doc.dict.allCities.has((tokens[k] as Token).lower)) return false;
  return true;
}

/**
 * Pharmacy, laboratory and grocery chains, by the words of their names (lower case); a store is a place, and
 * names the patient's neighbourhood, when a cue makes it one: "picks up at Walgreens", "CVS #2119", "Rite Aid on
 * Elm St", "labs at Quest". Alone ("Walgreens brand saline", "a CVS card") the chain is a brand. So is a chain of
 * clinics inside pharmacies ("walked into MinuteClinic on Grand Ave").
 */
export const RETAIL_CHAIN_WORDS = ['cvs', 'walgreens', 'walmart', 'costco', 'kroger', 'publix', 'safeway', 'labcorp', 'meijer', 'wegmans', 'albertsons', 'rite', 'duane', 'quest', 'hy-vee', 'h-e-b', 'heb', 'circle', 'wawa', 'sheetz', 'dollar', 'minuteclinic', 'qfc', 'aldi', 'target', 'longs', 'bartell', 'vons', 'ralphs', 'winco', 'shoprite', 'hannaford',
  // Round 43: optical chains, where a contact-lens fitting or an eye exam took place ("Visionworks store 1162").
  'visionworks', 'lenscrafters',
  // Regional grocery chains with pharmacies, named by two words (see CHAIN_SECOND) or by one no English list holds.
  'giant', 'harris', 'food', 'king', 'price', 'piggly', 'ingles', 'schnucks', 'winn-dixie', 'jewel-osco',
  // Round 150: home-improvement stores where a fall or an injury happened ("fall at Menards on 10/12", "hurt at Home
  // Depot"), and a mail-order pharmacy in a fill history ("Express Scripts (mail)").
  'menards', 'home', 'lowes', 'express'];
/** Chains of two words: the first word -> the second. */
// Convenience and discount stores too, where a death or an overdose investigation says the patient was last seen.
const CHAIN_SECOND: ReadonlyMap<string, string> = new Map([['rite', 'aid'], ['duane', 'reade'], ['circle', 'k'], ['dollar', 'general'],
  ['giant', 'eagle'], ['harris', 'teeter'], ['food', 'lion'], ['king', 'soopers'], ['price', 'chopper'], ['piggly', 'wiggly'], ['home', 'depot'], ['express', 'scripts']]);
/** Words that are English alone: only capitalised in mixed-case text, and with their second word ("Quest Diagnostics" or a cue). */
const CHAIN_WORDS_IN_ENGLISH = new Set(['quest', 'rite', 'duane', 'circle', 'dollar', 'target', 'longs', 'giant', 'harris', 'food', 'king', 'price', 'home', 'express']);
const CHAIN_CUE_BEFORE = new Set(['at', 'from', 'to', 'near', 'via']);
/** Round 83: prepositions that open no facility's name before "the". */
const PREPOSITIONS_BEFORE_THE: ReadonlySet<string> = new Set(['via', 'through', 'thru', 'into', 'from', 'to', 'at', 'in', 'toward', 'towards', 'across', 'past', 'per']);
// After the name: a store number ("#2119", "store 4471", "Store #0912") or a street ("on Appleway", "on Mass Ave").
// Round 139: or an ordinal street after "on" ("the CVS on 5th not picked up").
const CHAIN_AFTER = /^(?:[ \t]{0,2}(?:#|store[ \t]{0,2}#?|no\.[ \t]?)[ \t]?\d|[ \t](?:on|at)[ \t]\p{Lu}|[ \t]on[ \t]\d{1,3}(?:st|nd|rd|th)(?![\p{L}\d]|[ \t]{1,2}(?:floor|fl|of|day|week|dose)(?![\p{L}])))/iu;
/** The kind of store between a chain's name and its number in an EHR's pharmacy field (round 38). */
const STORE_WORD_AFTER = /^(?:\/pharmacy|[ \t](?:drug[ \t]stores?|drugstore|pharmacy|pharmacies|pharmacy[ \t]&[ \t]wellness))(?=[ \t]{0,2}#[ \t]?\d)/i;
/**
 * Round 43: the store's number after the kind of store, with or without "#": "CVS store #4471", "Kroger Pharmacy
 * 0329 in Westerville", "Visionworks store 1162". The number names the branch, so it belongs to the place; not a
 * count ("Walgreens pharmacy 24 hours", "CVS pharmacy 100 tablets").
 */
const STORE_NUMBER_AFTER = /^[ \t](?:store|pharmacy|drug[ \t]store|drugstore)[ \t]{1,2}(?:#|no\.[ \t]?)?[ \t]?\d{3,6}(?![\d\p{L}\-\/]|[.,]\d|[ \t]{1,2}(?:hours?|hrs?|days?|miles?|mg|mcg|ml|tablets?|tabs?|pills?|units?|doses?)\b)/iu;
/** A store's "#" and number right after a chain's name, and a town in brackets after it: " #208", " #5106 (Gansevoort)". */
const CHAIN_HASH_NUMBER = /^([ \t]{0,2})(#[ \t]?\d{1,6})(?![\d\p{L}\-\/.])(?:[ \t]{1,2}\((\p{Lu}\p{Ll}{2,20}(?:[ \t]\p{Lu}\p{Ll}{2,20})?)\))?/u;
/** A dash and the branch's street after a chain's name: " - Skibo Rd", " - 1200 Elm St" (round 38). */
const CHAIN_DASH_STREET = /^([ \t]{1,2}[\-–][ \t]{1,2})(?:\d{1,6}[ \t])?\p{Lu}[\p{L}'’\-]{1,20}(?:[ \t]\p{Lu}[\p{L}'’\-]{1,20})?[ \t](?:Rd|St|Ave|Blvd|Dr|Hwy|Pkwy|Road|Street|Avenue|Drive|Lane|Ln|Way|Pike|RD|ST|AVE|BLVD|DR|HWY|PKWY)(?![\p{L}\d])/u;
/** After the store's number: " - <TOWN>, <ST> - " (the town in one to three words, the state's code between dashes). */
const EHR_STORE_TOWN = /^([ \t]{0,2}#[ \t]?\d{1,6}[ \t]{1,2}[\-–][ \t]{1,2})(\p{Lu}[\p{L}.'’\-]{1,24}(?:[ \t]\p{Lu}[\p{L}.'’\-]{1,24}){0,2}),[ \t]{1,2}([A-Z]{2})[ \t]{1,2}[\-–][ \t]/u;
/** The town a store stands in, after it: "Costco in Tukwila", "the Walgreens in Elmhurst" (one or two capitalised words). */
const CHAIN_TOWN_AFTER = /^[ \t]in[ \t]((?:\p{Lu}[\p{Ll}'’\-]{2,20})(?:[ \t]\p{Lu}[\p{Ll}'’\-]{2,20})?)(?=$|[.,;:!?)]|[ \t]*\r?\n|[ \t]\p{Ll})/u;

export function findRetailChains(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  forEachIndexedWord(doc, RETAIL_CHAIN_WORDS, (i) => retailChain(doc, i, out));
  forEachIndexedWord(doc, LODGING_CHAIN_WORDS, (i) => lodgingChain(doc, i, out));
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/**
 * Round 134: hotel chains where a family stays near the patient ("i'll be at the hampton inn by the hospital",
 * "staying at the marriott on hwy 41"): the chain after "at", "in", "to" or "from" and "the", in any case; a
 * two-word chain needs its second word ("the holiday inn", not "the holiday"). Alone ("a hilton card", "hampton
 * roads") it names a brand or a town.
 */
const LODGING_CHAINS: ReadonlyMap<string, string> = new Map([['hampton', 'inn'], ['holiday', 'inn'], ['days', 'inn'], ['comfort', 'inn'], ['quality', 'inn'], ['fairfield', 'inn'], ['residence', 'inn'],
  ['best', 'western'], ['la', 'quinta'], ['red', 'roof'], ['embassy', 'suites'], ['homewood', 'suites'], ['extended', 'stay'], ['marriott', ''], ['hilton', ''], ['hyatt', ''], ['sheraton', ''], ['westin', ''], ['ramada', ''], ['doubletree', '']]);
export const LODGING_CHAIN_WORDS: readonly string[] = [...LODGING_CHAINS.keys()];
const LODGING_CUE_BEFORE: ReadonlySet<string> = new Set(['at', 'in', 'to', 'from']);
function lodgingChain(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const t = tokens[i] as Token;
  const second = LODGING_CHAINS.get(t.lower);
  const the = tokenAt(tokens, i - 1);
  const cue = tokenAt(tokens, i - 2);
  if (second === undefined || the === undefined || cue === undefined || the.lower !== 'the' || the.end !== t.start - 1 || cue.end !== the.start - 1 || !LODGING_CUE_BEFORE.has(cue.lower)) return;
  let last = t;
  if (second !== '') {
    const n = tokenAt(tokens, i + 1);
    if (n === undefined || n.lower !== second || n.start !== t.end + 1) return;
    last = n;
  }
  out.push(candidate(t.start, last.end, 'FACILITY', 0.68, 'retail-chain', { kind: 'context', detail: 'lodging-chain' }));
}

// In lower-case writing the street the store stands on is the cue: "the cvs on harlan rd", "walgreens on 5th st".
const LOWER_CHAIN_STREET = /^[ \t]on[ \t](?:(\d{1,3}(?:st|nd|rd|th)(?:[ \t](?:st|street|ave|avenue))?)|([a-z]{3,20}[ \t](?:st|rd|ave|blvd|boulevard|street|road|avenue|dr|drive|hwy|highway|pkwy|ln|lane|way)))(?![\p{L}\d])/u;

// Round 89: a bare street of one or two lower-case words after "the <chain> on", ending the clause or before a word of
// when or where ("the walmart on <fairview> yesterday", "the walgreens on <bryn> <mawr>.").
// Round 139: "not" and "parking" too ("the CVS on 5th not picked up", "the Kroger on Elm parking lot").
// Round 146: or the store's own word as its subject ("the Walmart on Maloney says I can come back", "CVS on Elm called").
const BARE_STREET_END = '(?:yesterday|today|tomorrow|tonight|and|by|near|in|at|for|to|so|but|then|last|this|next|after|before|or|not|parking|says|said|told|called)(?![\\p{L}\\d])';
const LOWER_CHAIN_BARE_STREET = new RegExp(`^[ \\t]on[ \\t]([a-z]{3,20}(?:[ \\t](?!${BARE_STREET_END})[a-z]{3,20})?)(?=[.,;:!?)]|[ \\t]*\\r?\\n|$|[ \\t]${BARE_STREET_END})`, 'u');
/** Words after "the <chain> on" that name no street: "on sale", "on hold", "on my way", "on sunday". */
const NOT_BARE_STREET = new Set(['sale', 'hold', 'call', 'time', 'line', 'file', 'order', 'record', 'it', 'there', 'here', 'the', 'my', 'our', 'his', 'her', 'their', 'your', 'its', 'way', 'weekends', 'weekdays', 'top', 'site', 'duty', 'board', 'delivery', 'auto', 'refill', 'backorder', 'break', 'lunch', 'me', 'him', 'us', 'them']);

/**
 * Round 89: in lower case, "the" and a chain and a bare street after "on": the street is the place (the store is a
 * brand alone and stays out, as elsewhere). The street's first word is no English word ("on sale", "on elm"
 * stay) and no month or weekday; a second word may be anything the first one allows.
 */
function lowerChainBareStreet(doc: DocumentView, i: number, out: Candidate[]): void {
  const t = doc.tokens[i] as Token;
  const prev = tokenAt(doc.tokens, i - 1);
  if (prev === undefined || prev.lower !== 'the' || prev.end !== t.start - 1) return;
  const m = LOWER_CHAIN_BARE_STREET.exec(doc.text.slice(t.end, t.end + 48));
  if (m === null) return;
  const words = (m[1] as string).split(/[ \t]/);
  const first = words[0] as string;
  if (doc.dict.commonWords.has(first) || words.some((w) => NOT_BARE_STREET.has(w) || CALENDAR_WORDS.has(w))) return;
  const start = t.end + 4;
  out.push(candidate(start, start + (m[1] as string).length, 'ADDRESS', 0.7, 'retail-chain', { kind: 'context', detail: 'retail-chain-bare-street' }));
}

/**
 * Round 137: capitalised, the bare street after a store and "on" is one however common its words ("the Walgreens on
 * <Elm> by mistake", "CVS on <Desert Springs>."), ending the clause or before a word of when or where; not a weekday, a
 * month or a holiday ("Walgreens on Sunday"), nor a payer's or a state's name ("CVS on Medicare", "Kroger on Ohio").
 */
const CAPITAL_CHAIN_BARE_STREET = new RegExp(`^[ \\t]on[ \\t]((?:\\p{Lu}[\\p{Ll}'’]{2,20}|\\d{1,3}(?:st|nd|rd|th))(?:[ \\t](?!${BARE_STREET_END})\\p{Lu}[\\p{Ll}'’]{2,20})?)(?=[.,;:!?)]|[ \\t]*\\r?\\n|$|[ \\t]${BARE_STREET_END})`, 'u');
function capitalBareStreet(doc: DocumentView, at: number, out: Candidate[]): void {
  if (doc.allCaps) return;
  const m = CAPITAL_CHAIN_BARE_STREET.exec(doc.text.slice(at, at + 48));
  if (m === null) return;
  const words = (m[1] as string).toLowerCase().split(/[ \t]/);
  if (words.some((w) => NOT_BARE_STREET.has(w) || CALENDAR_WORDS.has(w) || lexicon.US_STATES.has(w) || PAYER_FIRST_WORDS.has(w) || EHR_VENDORS.has(w) || w === 'medicare' || w === 'medicaid')) return;
  const start = at + 4;
  out.push(candidate(start, start + (m[1] as string).length, 'ADDRESS', 0.7, 'retail-chain', { kind: 'context', detail: 'retail-chain-capital-street' }));
}

/**
 * A store's number or its street after it (CHAIN_AFTER). Round 137: a weekday, a month, a holiday or a payer after "on"
 * is when or how, no street ("Walgreens on Sunday was closed", "CVS on Medicare Part D").
 */
function chainAfter(doc: DocumentView, at: number): boolean {
  if (!CHAIN_AFTER.test(doc.text.slice(at, at + 12))) return false;
  const word = /^[ \t](?:on|at)[ \t](\p{Lu}[\p{L}]{1,20})/u.exec(doc.text.slice(at, at + 28));
  if (word === null) return true;
  const w = (word[1] as string).toLowerCase();
  return !(CALENDAR_WORDS.has(w) || w === 'medicare' || w === 'medicaid' || PAYER_FIRST_WORDS.has(w));
}

/** The town right after a store ("Costco in Tukwila"), not a month or a weekday ("Target in May"). */
function chainTown(doc: DocumentView, at: number): RegExpExecArray | null {
  if (doc.text.charCodeAt(at + 1) !== 105) return null; // "i" of " in "
  const town = CHAIN_TOWN_AFTER.exec(doc.text.slice(at, at + 48));
  return town !== null && !CALENDAR_WORDS.has(((town[1] as string).split(/[ \t]/)[0] ?? '').toLowerCase()) ? town : null;
}

function retailChain(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const t = tokens[i] as Token;
  if (!placeShaped(doc, t)) {
    // Round 134: a two-word chain in lower case after "at the", "from the" ("the dollar general in <town>").
    const second = CHAIN_SECOND.get(t.lower);
    const n = tokenAt(tokens, i + 1);
    if (second !== undefined && second.length > 1 && n !== undefined && n.text === second && n.start === t.end + 1 && t.text === t.lower && tokenAt(tokens, i - 1)?.text === 'the' && CHAIN_CUE_BEFORE.has(tokenAt(tokens, i - 2)?.text ?? '')) {
      out.push(candidate(t.start, n.end, 'FACILITY', 0.7, 'retail-chain', { kind: 'context', detail: 'retail-chain-lower-pair' }));
      return;
    }
    const lower = second !== undefined || CHAIN_WORDS_IN_ENGLISH.has(t.lower) ? null : LOWER_CHAIN_STREET.exec(doc.text.slice(t.end, t.end + 40));
    if (!lower) {
      if (!CHAIN_SECOND.has(t.lower) && !CHAIN_WORDS_IN_ENGLISH.has(t.lower)) lowerChainBareStreet(doc, i, out);
      return;
    }
    out.push(candidate(t.start, t.end, 'FACILITY', 0.7, 'retail-chain', { kind: 'context', detail: 'retail-chain-lower' }));
    // An ordinal street no street rule reads without its capital: "on 5th", "on 5th st".
    if (lower[1] !== undefined) out.push(candidate(t.end + 4, t.end + 4 + lower[1].length, 'ADDRESS', 0.7, 'retail-chain', { kind: 'context', detail: 'retail-chain-street' }));
    // Round 134: a named street too, which the street rules leave when its word is English ("the walmart on canal rd").
    else if (lower[2] !== undefined && !CALENDAR_WORDS.has((lower[2].split(/[ \t]/)[0] as string))) out.push(candidate(t.end + 4, t.end + 4 + lower[2].length, 'ADDRESS', 0.7, 'retail-chain', { kind: 'context', detail: 'retail-chain-street' }));
    return;
  }
  let last = t;
  const second = CHAIN_SECOND.get(t.lower);
  if (second !== undefined) {
    const n = tokenAt(tokens, i + 1);
    if (n === undefined || n.lower !== second || n.start !== t.end + 1 || !(placeShaped(doc, n) || (n.single && n.text === 'K'))) return;
    last = n;
  }
  const n = tokenAt(tokens, i + 1);
  if (t.lower === 'quest' && n?.lower === 'diagnostics' && n.start === t.end + 1) last = n;
  if (CHAIN_WORDS_IN_ENGLISH.has(t.lower) && !t.capitalized && !doc.allCaps) return;
  // Round 38: "WALGREENS DRUG STORE #10482", "CVS/pharmacy #9932", "RITE AID PHARMACY #05521": an EHR's pharmacy
  // field writes the kind of store between the chain and its number.
  const storeWord = STORE_WORD_AFTER.exec(doc.text.slice(last.end, last.end + 40)) ?? STORE_NUMBER_AFTER.exec(doc.text.slice(last.end, last.end + 24));
  const nameEnd = storeWord === null ? last.end : last.end + storeWord[0].length;
  // The town follows the store's number when there is one: "Kroger Pharmacy 0329 in Westerville".
  const numbered = storeWord !== null && /\d$/.test(storeWord[0]);
  const townAt = numbered ? nameEnd : last.end;
  const prev = tokenAt(tokens, i - 1);
  // Round 38: "LabCorp - Skibo Rd", "Quest - 1200 Elm St": a branch named by its street after a dash, as an EHR's
  // lab or pharmacy field writes it.
  const dashStreet = CHAIN_DASH_STREET.exec(doc.text.slice(nameEnd, nameEnd + 48));
  // "at Walgreens", and "at the Giant Eagle pharmacy".
  const cue = prev?.text === 'the' && prev.end === t.start - 1 ? tokenAt(tokens, i - 2) : prev;
  const cued = (cue !== undefined && CHAIN_CUE_BEFORE.has(cue.lower) && cue.end === (cue === prev ? t.start : (prev as Token).start) - 1) || doc.text.charCodeAt(t.start - 1) === 64 || doc.text.charCodeAt(t.start - 2) === 64 || chainAfter(doc, nameEnd) || chainTown(doc, townAt) !== null || dashStreet !== null || numbered;
  // "Quest Diagnostics" names the laboratory outright.
  if (!cued && !(last !== t && t.lower === 'quest')) return;
  out.push(candidate(t.start, nameEnd, 'FACILITY', 0.7, 'retail-chain', { kind: 'context', detail: 'retail-chain' }));
  capitalBareStreet(doc, nameEnd, out);
  if (dashStreet !== null) {
    const streetStart = nameEnd + (dashStreet[1] as string).length;
    out.push(candidate(streetStart, nameEnd + dashStreet[0].length, 'ADDRESS', 0.7, 'retail-chain', { kind: 'context', detail: 'retail-chain-street' }));
  }
  // Round 38: "#10482 - BALLWIN, MO - 14805 MANCHESTER RD": an EHR's pharmacy line puts the store's town and state
  // between dashes after its number, then the street (the street rules' part).
  const epic = EHR_STORE_TOWN.exec(doc.text.slice(nameEnd, nameEnd + 64));
  if (epic !== null && lexicon.STATE_CODES.has(epic[3] as string) && !lexicon.US_STATES.has((epic[2] as string).toLowerCase())) {
    const townStart = nameEnd + (epic[1] as string).length;
    out.push(candidate(townStart, townStart + (epic[2] as string).length, 'LOCATION', 0.8, 'retail-chain', { kind: 'context', detail: 'retail-chain-ehr-town' }));
  }
  // Round 78: the store's number right after the name ("H-E-B #208", "Kroger #62"), which the hash-number rule leaves
  // below four digits, and the store's town in brackets after it ("Rite Aid #5106 (Gansevoort)"), a word no list of
  // common words holds ("#5106 (Closed)", "#52 (Main)" stay).
  const hash = storeWord === null ? CHAIN_HASH_NUMBER.exec(doc.text.slice(last.end, last.end + 40)) : null;
  if (hash !== null) {
    const hashStart = last.end + (hash[1] as string).length;
    out.push(candidate(hashStart, hashStart + (hash[2] as string).length, 'ID', 0.7, 'retail-chain', { kind: 'context', detail: 'retail-chain-number' }));
    const paren = hash[3];
    if (paren !== undefined && paren.split(/[ \t]/).every((w) => !doc.dict.commonWords.has(w.toLowerCase()))) {
      const townStart = last.end + hash[0].length - paren.length - 1;
      out.push(candidate(townStart, townStart + paren.length, 'LOCATION', 0.7, 'retail-chain', { kind: 'context', detail: 'retail-chain-town' }));
    }
  }
  // "Costco in Tukwila": the town the store stands in, listed or not (a month or a weekday is when: "Target in May").
  const town = chainTown(doc, townAt);
  if (town !== null) out.push(candidate(townAt + 4, townAt + 4 + (town[1] as string).length, 'LOCATION', 0.7, 'retail-chain', { kind: 'context', detail: 'retail-chain-town' }));
  // "Walgreens on Appleway": the street the store stands on names the neighbourhood.
  const on = /^[ \t]on[ \t]/.exec(doc.text.slice(townAt, townAt + 4));
  let street = on ? bareStreetEnd(doc, townAt + 4) : -1;
  // Round 61: a street that is an English word too, when the store's town follows it: "the Walgreens on Chestnut in Fairhaven".
  if (on && street < 0 && !CALENDAR_WORDS.has(doc.lower.slice(townAt + 4, townAt + 14).split(/[^a-z]/)[0] ?? '')) {
    const end = bareStreetAnyEnd(doc, townAt + 4);
    const streetTown = end > 0 ? chainTown(doc, end) : null;
    if (streetTown !== null) {
      street = end;
      out.push(candidate(end + 4, end + 4 + (streetTown[1] as string).length, 'LOCATION', 0.7, 'retail-chain', { kind: 'context', detail: 'retail-chain-town' }));
    }
  }
  if (street > 0) out.push(candidate(townAt + 4, street, 'ADDRESS', 0.7, 'retail-chain', { kind: 'context', detail: 'retail-chain-street' }));
}

/** Words that open an EHR's field label before a facility's head ("Preferred Pharmacy:", "Recent Labs:"; round 38). */
const EHR_FIELD_WORDS = new Set(['preferred', 'recent', 'employer', 'pending', 'outside', 'prior', 'previous', 'current', 'default', 'ordering', 'performing', 'resulting', 'external', 'referring', 'mail', 'order', 'retail', 'specialty', 'other', 'additional', 'secondary', 'alternate', 'backup', 'local']);
/** Makers of record systems whose names a printout's banner carries before "Health" or "Healthcare" (round 38). */
const EHR_VENDORS = new Set(['nextgen', 'oracle', 'cerner', 'meditech', 'allscripts', 'veradigm', 'eclinicalworks', 'athenahealth', 'netsmart', 'pointclickcare', 'nextech', 'modmed', 'epic']);
/** Words after "medical" that name a physician's oversight of EMS ("Offline medical direction"), no place (round 70). */
const MEDICAL_OVERSIGHT_AFTER: ReadonlySet<string> = new Set(['control', 'command', 'direction', 'director', 'oversight']);
/** Words after "Health" or "Dental" that make the name a payer's. */
// Round 151: "Lakeshore Dental Benefits", "Summit Health Benefits": a dental or health benefits company pays, no one is seen there.
const PAYER_AFTER = new Set(['plan', 'plans', 'insurance', 'ppo', 'hmo', 'epo', 'benefits']);

/** Words before "Group" that make it a class, a cohort or a meeting. */
const NOT_PRACTICE_GROUPS = new Set(['grade', 'stage', 'risk', 'age', 'blood', 'prognostic', 'treatment', 'control', 'study', 'support', 'focus', 'peer', 'therapy', 'process', 'working', 'interest', 'anatomic', 'tnm', 'who', 'gleason',
  // Round 139: therapy groups by their topic ("Early Recovery group", "Relapse Prevention group", "DBT Skills group").
  'recovery', 'prevention', 'skills', 'aftercare', 'coping', 'grief', 'management', 'education', 'psychoeducation']);

/** Heads that Romance languages write before the name (folded: "clínica" is "clinica"). */
const ROMANCE_HEADS = new Set(['hospital', 'clinica', 'sanatorio', 'policlinica', 'hopital', 'ospedale', 'hospitais']);
/** Lower-case words between the parts of a Romance facility's name ("de", "del", "da"). */
const ROMANCE_CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'do', 'da', 'dos', 'das', 'di', 'du', 'des', 'e']);

/**
 * The last token of a name after the head at i ("Hospital San Pablo"): capitalised words and lower-case
 * connectors joined by single blanks, at least one of them a saint's prefix or a word of no common list
 * ("Hospital Course", "Hospital Day" name nothing); -1 if none.
 */
function romanceNameEnd(doc: DocumentView, i: number): number {
  const tokens = doc.tokens;
  // A letterhead in capitals ("CLINICA FAMILIAR DEL VALLE", "CENTRO DE SALUD LA FE"): the name's words and its
  // connectors in capitals too, in a note that is not all in capitals; "HOSPITAL" (an English word heading sections,
  // "HOSPITAL COURSE") only with a connector in the name (round 41).
  const caps = (tokens[i] as Token).upper && !doc.allCaps;
  let connector = false;
  let end = -1;
  let proper = false;
  for (let k = i + 1; k < tokens.length && k <= i + 7; k++) {
    const w = tokens[k] as Token;
    const p = tokens[k - 1] as Token;
    if (w.start !== p.end + 1 || doc.text.charCodeAt(p.end) !== 32) break;
    if ((w.text === w.lower || (caps && w.upper)) && ROMANCE_CONNECTORS.has(w.lower)) {
      connector = true;
      continue;
    }
    if (!(caps ? w.upper && w.text.length > 1 : w.capitalized) || isTitle(doc, w)) break;
    if (lexicon.FACILITY_PREFIXES.has(w.lower) || doc.isCommon[k] === 0) proper = true;
    end = k;
  }
  if (caps && (tokens[i] as Token).fold === 'hospital' && !connector) return -1;
  return proper ? end : -1;
}

// What may follow a town named after a facility's comma: the end of a clause or a line, or a word that goes on with the sentence.
/** Tokens i..end are in capitals between lower-case words of one line: emphasis in prose, not a heading. */
function capsInProse(doc: DocumentView, i: number, end: number): boolean {
  const before = tokenAt(doc.tokens, i - 1);
  const first = doc.tokens[i] as Token;
  const last = doc.tokens[end] as Token;
  if (before === undefined || before.upper || before.capitalized || !/^[ \t]{1,2}$/.test(doc.text.slice(before.end, first.start))) return false;
  const after = tokenAt(doc.tokens, end + 1);
  const gap = doc.text.slice(last.end, after?.start ?? doc.text.length);
  if (/^[.,;)]?[ \t]*(?:\r?\n|$)|^[.,;)][ \t]/.test(gap)) return true; // the sentence (or clause) ends with the name
  return after !== undefined && !after.upper && !after.capitalized && /^[ \t]{1,2}$/.test(gap);
}

/** A house number and a capitalised word, or a post box, opening a line: a street address's line. */
const STREET_LINE_OPENING = String.raw`[ \t]{0,8}(?:\d{1,6}[A-Za-z]?[ \t]{1,2}(?:[NSEW]\.?[ \t]{1,2})?\p{Lu}|P\.?[ \t]?O\.?[ \t]{0,2}Box\b)`;
const STREET_LINE_START = new RegExp(`^${STREET_LINE_OPENING}`, 'u');
/**
 * Round 136: tokens i..end, in capitals, are a whole line right above a street address's line: a letterhead
 * ("SUNRISE FAMILY CLINIC\n5801 W. Thunderbird Rd", "CASCADE VALLEY CARDIOLOGY\n2210 Riverside Parkway"), whose
 * common words name the practice, no section heading ("DEVICE CLINIC\nInterrogation today").
 */
function letterheadAboveStreet(doc: DocumentView, i: number, end: number): boolean {
  const first = doc.tokens[i] as Token;
  const last = doc.tokens[end] as Token;
  if (doc.allCaps || !doc.tokens.slice(i, end + 1).every((x) => x.upper)) return false;
  const lineStart = doc.text.lastIndexOf('\n', first.start - 1) + 1;
  if (!/^[ \t]*$/.test(doc.text.slice(lineStart, first.start))) return false;
  const rest = /^[ \t]*\r?\n/.exec(doc.text.slice(last.end, last.end + 12));
  return rest !== null && STREET_LINE_START.test(doc.text.slice(last.end + rest[0].length, last.end + rest[0].length + 80));
}

/** A dash between blanks before a facility's campus town: " - ", " – ", " — ". */
const CAMPUS_DASH = /^ [\-–—] $/;

/** Whom a hospital is "for" in its name: "for Children", "for Sick Children", "for Women", "for Special Surgery". */
const SERVED_WORDS = new Set(['children', 'women', 'infants', 'kids', 'sick', 'special']);
/** Token i opens "Our Lady of": capitalised, as a name writes it. */
function ourLadyAt(doc: DocumentView, i: number): boolean {
  return doc.tokens[i]?.text === 'Our' && tokenAt(doc.tokens, i + 1)?.text === 'Lady' && tokenAt(doc.tokens, i + 2)?.lower === 'of';
}
const DEVOTION_WORDS = new Set(['of', 'statue', 'image', 'icon', 'devotion', 'devoted', 'feast', 'prayer', 'prayers', 'novena', 'medal', 'apparition']);
/** "a statue of Our Lady", "prays to Our Lady": the word before token i names the devotion, not a place. */
function devotionBefore(doc: DocumentView, i: number): boolean {
  const p = tokenAt(doc.tokens, i - 1);
  if (p === undefined) return false;
  if (DEVOTION_WORDS.has(p.lower)) return true;
  return p.lower === 'to' && /^pray/.test(tokenAt(doc.tokens, i - 2)?.lower ?? '');
}

/** Token t, after "<Institute> at ", names a campus: capitalised, hyphenated or in no list of words, and ends the clause. */
function campusAt(doc: DocumentView, t: Token): boolean {
  if (!placeShaped(doc, t) || isTitle(doc, t) || !(t.text.includes('-') || doc.isCommon[t.index] === 0)) return false;
  return AFTER_COMMA_TOWN.test(doc.text.slice(t.end, t.end + 7));
}

// A head joined by a hyphen to the town of its campus: "Baptist Memorial Hospital-Collierville", "Methodist Hospital-Germantown".
const HEAD_TO_CAMPUS = /^(?:Hospital|Clinic|Center|Centre|Infirmary)-\p{Lu}\p{Ll}{2,}$/u;
// A clause's end after a campus's compass word: "Mercy Hospital South, St. Louis" (not "Hospital North Tower").
// Round 38: a printout's banner goes on after a dash between blanks or a column ("Mercy Clinic West - Geriatric
// Medicine", "Mercy Hospital South   Page 2", "Mercy Clinic West | Cardiology").
const CLAUSE_END = /^(?:$|[.,;:)\]|]|[ \t]*\r?\n|[ \t][\-–—][ \t]|[ \t]{2,}|[ \t]\|)/;

/**
 * The last token of a facility name ending at `end`, taken on over what names its campus or finishes its Spanish
 * name: a compass word after a strong head that ends the clause ("Mercy Hospital South,"), a head joined to a town
 * by a hyphen ("Baptist Memorial Hospital-Collierville"), or a Spanish head's "del"/"de la" and its capitalised
 * words ("Nuestra Clínica del Valle", which the run of capitalised words had ended at "Clínica").
 */
function campusEnd(doc: DocumentView, end: number): number {
  const last = doc.tokens[end] as Token;
  const next = tokenAt(doc.tokens, end + 1);
  if (next === undefined || next.start !== last.end + 1 || doc.text.charCodeAt(last.end) !== 32) return unitEnd(doc, end);
  if (STRONG_HEADS.has(last.lower) && next.capitalized && CAMPUS_COMPASS.has(next.lower) && CLAUSE_END.test(doc.text.slice(next.end, next.end + 3))) return unitEnd(doc, end + 1);
  // Round 56: a system's campus after a weaker head ("Lakeside Medical Center East has left", "Oakhaven Health
  // Southwest ED", "Lindenhurst Healthcare Southeast (skilled nursing)"): the compass word, then the clause ends, a
  // bracket opens, lower-case prose or an emergency department goes on (not "Medical Center North Tower").
  if (CAMPUS_HEADS.has(last.lower) && next.capitalized && CAMPUS_COMPASS.has(next.lower) && AFTER_COMPASS_CAMPUS.test(doc.text.slice(next.end, next.end + 12))) return unitEnd(doc, end + 1);
  if (HEAD_TO_CAMPUS.test(next.text)) return hyphenCampusEnd(doc, end);
  if (ROMANCE_HEADS.has(last.fold) && next.text === next.lower && ROMANCE_CONNECTORS.has(next.lower)) {
    const romance = romanceNameEnd(doc, end);
    if (romance > end) return romance;
  }
  return end;
}

/** Round 56: heads after which a compass word names a campus, when prose or a bracket follows it (see campusEnd). */
const CAMPUS_HEADS = new Set(['center', 'centre', 'health', 'healthcare', 'hospital', 'hospitals', 'clinic']);
const AFTER_COMPASS_CAMPUS = /^(?:$|[.,;:)\]|(]|[ \t]*\r?\n|[ \t][\-–—][ \t]|[ \t]{2,}|[ \t]\(|[ \t]+\p{Ll}|[ \t]+(?:ED|ER)(?![\p{L}])| (?=(?:[1-9]|1\d) (?:North|South|East|West)\b))/u;
/** A ward named by its floor and wing ("4 West", "7 South"), then the clause ends or prose or a room goes on. */
const FLOOR_WING = /^ (?:[1-9]|1\d) (?:North|South|East|West)(?=$|[.,;:)\]]|[ \t]*\r?\n|[ \t]+[\p{Ll}(]|[ \t]+(?:ICU|PCU|CCU)\b)/u;

/**
 * Round 56: a ward within a named hospital, by its floor and wing ("Fairholm Medical Center 3 East", "... Center South
 * 4 West"): the last token of the wing, or `end`. A ward alone ("4 West 28/30") is no place.
 */
function unitEnd(doc: DocumentView, end: number): number {
  const last = doc.tokens[end] as Token;
  const m = FLOOR_WING.exec(doc.text.slice(last.end, last.end + 12));
  return m === null ? end : end + 1; // digits are no tokens: the wing is the next one
}

/**
 * The last token of a facility name ending at `end` whose head is joined by a hyphen to its campus's town after it
 * ("Baptist Memorial Hospital-Collierville"), with the town's second word when the two are a known town ("Baptist
 * Health Medical Center-Little Rock", "Mercy Hospital-North Little Rock" reads "North Little" and stops); `end` when
 * no such head follows. A known system's name reaches here too ("Baptist Health" is known, "Medical" its head).
 */
function hyphenCampusEnd(doc: DocumentView, end: number): number {
  const last = doc.tokens[end] as Token;
  const next = tokenAt(doc.tokens, end + 1);
  if (next === undefined || next.start !== last.end + 1 || doc.text.charCodeAt(last.end) !== 32 || !HEAD_TO_CAMPUS.test(next.text)) return end;
  const more = tokenAt(doc.tokens, end + 2);
  if (more === undefined || !more.capitalized || more.start !== next.end + 1 || doc.text.charCodeAt(next.end) !== 32) return end + 1;
  return doc.dict.allCities.has(`${next.lower.slice(next.lower.indexOf('-') + 1)} ${more.lower}`) ? end + 2 : end + 1;
}

/** What may follow a campus's name: the clause ends, or a preposition or dash goes on ("Rush Copley on Dec 30"). */
const AFTER_CAMPUS = /^(?:[.,;:)]|[ \t]+(?:on|in|for|and|with|from|to|at|since|until|-|–)(?![\p{L}\d])|$)/u;

/**
 * The last token of a known system's name at `end` and the campus after it: one to three capitalised words, the
 * last one or two a known town ("Sutter Roseville", "OSF Saint Francis Peoria", "NewYork-Presbyterian Queens"),
 * or one word in no list of words, given names or towns ("Wellstar Kennestone", "UCSF Parnassus"), then the end of
 * the clause. `end` when none: "Mayo Clinic Proceedings", "Duke Activity Status Index", "at Stanford Dr. Lee",
 * "551 Jackson Circle" (a street) and "Emory Healthcare's policy" name no campus.
 */
function systemCampusEnd(doc: DocumentView, end: number): number {
  const tokens = doc.tokens;
  let k = end;
  while (k < end + 3) {
    const c = tokenAt(tokens, k + 1);
    const p = tokens[k] as Token;
    if (c === undefined || !c.capitalized || c.start !== p.end + 1 || doc.text.charCodeAt(p.end) !== 32 || !placeShaped(doc, c) || isTitle(doc, c) || lexicon.WEEKDAYS.has(c.lower) || CALENDAR_MONTHS.has(c.lower)) break;
    if (((doc.wordFlags[k + 1] as number) & WORD_FACILITY_HEAD) !== 0) break; // a head word: the facility rules read it
    if (lexicon.STREET_SUFFIXES.has(c.lower)) break; // "Jackson Pkwy", "Jefferson Pike": a street named like the system
    k++;
  }
  for (let last = k; last > end; last--) {
    if (!AFTER_CAMPUS.test(doc.text.slice((tokens[last] as Token).end, (tokens[last] as Token).end + 8))) continue;
    const t = tokens[last] as Token;
    const town = doc.dict.allCities.has(t.lower) || (last - 1 > end && doc.dict.allCities.has(`${(tokens[last - 1] as Token).lower} ${t.lower}`));
    const rareWord = last === end + 1 && doc.isCommon[last] === 0 && doc.isFirst[last] === 0 && t.text.length >= 4;
    // Round 59: a system's department after its head "Health" ("Banner Health Cardiology", "Geisinger Health Dermatology").
    const department = last === end + 1 && SYSTEM_HEADS.has((tokens[end] as Token).lower) && (SPECIALTY_ENDING.test(t.lower) || SYSTEM_DEPARTMENTS.has(t.lower));
    if (town || rareWord || department) return last;
  }
  // A campus named as hospitals are, whatever follows ("UPMC Mercy 9/2025", "UPMC Presbyterian"): an English word, but a hospital's.
  return k > end && HOSPITAL_WORDS.has((tokens[end + 1] as Token).lower) ? end + 1 : end;
}
const CALENDAR_MONTHS: ReadonlySet<string> = new Set(MONTH_WORDS);
/** Round 59: the heads a health system's name ends with, before its campus or department. */
const SYSTEM_HEADS: ReadonlySet<string> = new Set(['health', 'healthcare']);
/** Round 59: departments after a system's name that no "-ology" ending marks. */
const SYSTEM_DEPARTMENTS: ReadonlySet<string> = new Set(['allergy', 'rehabilitation', 'rehab', 'dialysis', 'transplant', 'hospice', 'imaging', 'orthopedics', 'orthopaedics', 'pediatrics', 'paediatrics']);

/** A pharmacy's branch number after its name: " #2217", "  Store 0418", " store #77", " No. 512". */
// Round 169: a letter and a dash before the number after "#" ("Kroger Pharmacy #J-772").
const PHARMACY_BRANCH_NUMBER = /^[ \t]{1,2}(?:[Ss]tore[ \t]{1,2}(?:#[ \t]?)?|STORE[ \t]{1,2}(?:#[ \t]?)?|#[ \t]?(?:[A-Z]-)?|[Nn]o\.[ \t]?)\d{2,6}(?![\d\p{L}\-\/]|[.,]\d)/u;
/** Heads after which a town no list holds may follow the comma too: "Zola Community Health Centre, Soweto", "West Bar Surgery, Banbury." */
const COMMA_TOWN_HEADS = new Set(['centre', 'center', 'surgery', 'centers', 'centres']);
// Round 71: or a dash or a table's bar between blanks, as a list of pharmacies or a monitoring report's row goes on
// ("Okonkwo Family Pharmacy, Socorro - (555) 555-0143", "| Quarles Pharmacy, Socorro | 604417 |").
const AFTER_COMMA_TOWN = /^(?:[.,;:)]|[ \t]*\r?\n|[ \t]+(?:by|on|in|for|and|with|from|to)[ \t]|[ \t]{1,2}[|\-–—][ \t]|$)/;

// Round 148: a hospital's unit after the town its campus stands in ("St. Joseph Medical Center, Tacoma ICU,"): the town
// is the facility's, the unit no name.
const UNIT_AFTER_COMMA_TOWN = /^[ \t](?:ICU|NICU|PICU|CICU|MICU|SICU|CVICU|ED|ER|PACU)(?:[.,;:)]|[ \t]*\r?\n|$)/;

/** Heads after which a dash may name a campus no list holds ("Columbus Regional – Northside", "Kidney Centers – Scribner"). */
const DASH_CAMPUS_HEADS = new Set(['centre', 'center', 'centers', 'centres', 'surgery', 'regional']);
// After a dash's campus: the clause ends (a question's mark too), or the campus is called one ("– Ballantyne site").
const AFTER_DASH_CAMPUS = /^(?:[.,;:?)]|[ \t]*\r?\n|[ \t]+(?:site|campus|location|by|on|in|for|and|with|from|to)\b|$)/;

/**
 * Token t, after "<Facility> – ": a campus, one capitalised word in no list of words or given names, no title,
 * ending the clause. Not "Mercy Hospital – Discharge Summary" (a word), nor "Clinic – Maria called" (a given name).
 */
function dashCampus(doc: DocumentView, t: Token): boolean {
  if (!t.capitalized || doc.isCommon[t.index] === 1 || doc.isFirst[t.index] === 1 || isTitle(doc, t)) return false;
  return AFTER_DASH_CAMPUS.test(doc.text.slice(t.end, t.end + 10));
}

/** Second words of a neighbourhood's name ("Borough Park", "Jackson Heights", "Crown Hill", "Dyker Village"). */
const NEIGHBOURHOOD_HEADS = new Set(['park', 'heights', 'hill', 'hills', 'village', 'slope', 'point', 'harbor', 'harbour', 'springs', 'falls', 'gardens', 'beach', 'valley', 'ridge', 'flats']);

/** Token t and the next, after "<Facility>, ": a capitalised word and a neighbourhood's head, ending the clause. */
function commaNeighbourhood(doc: DocumentView, t: Token): boolean {
  const n = tokenAt(doc.tokens, t.index + 1);
  if (n === undefined || !t.capitalized || !n.capitalized || n.start !== t.end + 1 || doc.text.charCodeAt(t.end) !== 32 || isTitle(doc, t)) return false;
  return NEIGHBOURHOOD_HEADS.has(n.lower) && AFTER_COMMA_TOWN.test(doc.text.slice(n.end, n.end + 7));
}

/** Token t, after "<Facility>, ", is a town: capitalised, in no list of words or given names, no title, ending a clause. */
/** After token k: a comma, a listed town of one to three words, then the clause ends (", Bronx.", ", Port Angeles,"). */
function commaListedTownAfter(doc: DocumentView, k: number): boolean {
  const head = doc.tokens[k] as Token;
  const t = tokenAt(doc.tokens, k + 1);
  if (t === undefined || t.start !== head.end + 2 || doc.text.charCodeAt(head.end) !== 44 || !placeShaped(doc, t)) return false;
  const len = phraseAt(doc, k + 1, doc.dict.allCities, 3, doc.dict.cityStarts);
  if (len === 0) return false;
  const e = doc.tokens[k + len] as Token;
  return AFTER_COMMA_TOWN.test(doc.text.slice(e.end, e.end + 7));
}

function commaTown(doc: DocumentView, t: Token): boolean {
  if (!t.capitalized || doc.isCommon[t.index] === 1 || doc.isFirst[t.index] === 1 || isTitle(doc, t)) return false;
  return AFTER_COMMA_TOWN.test(doc.text.slice(t.end, t.end + 7));
}

/**
 * "treated at Sunnybrook", "transferred from Good Samaritan", "rehab at Spaulding": a care verb, then
 * at/from/to, then a capitalised word that is no common word, name or place.
 */
/** A medical center's initials in capitals: "UMC", "HMC", "VUMC", "UMMC". */
const MEDICAL_CENTER_INITIALS = /^[A-Z]{1,4}MC$/;

const PENN_STATE_NOT_CARE = /^ State\b(?! (?:Health|Hershey|Medical|Children|Cancer|Milton))/;
/** Round 154: makers whose "Healthcare" arm names a brand of devices, wipes or gloves. */
const MAKER_HEALTHCARE = new Set(['clorox', 'ge', 'philips', 'siemens', 'medline', 'cardinal', 'baxter', 'stryker', 'kimberly-clark', 'halyard', 'ecolab', 'diversey', 'metrex', 'pdi']);
/** Round 154: the words before an ambulance company that carried a patient, and a crew's words after it. */
const AMBULANCE_CARRIER_BEFORE = new Set(['via', 'by', 'per']);
const AMR_NOT_AMBULANCE_AFTER = /^[ \t](?:team|program|programme|stewardship|surveillance|rates?|data|genes?|panel|testing|screening|trends?)\b/i;
const AMBULANCE_CREW_AFTER = /^[ \t](?:Unit|unit|crew|Crew|ambulance|Ambulance|medics?|Medics?|paramedics?|Paramedics?|rig|EMTs?)\b/;

function careVerbFacilities(doc: DocumentView, out: Candidate[]): void {
  const tokens = doc.tokens;
  // Round 154: an ambulance company by its initials ("via AMR", "transported by AMR", "AMR Unit 14", "AMR crew"): a
  // carrier's word before it or a crew's word after; "AMR" alone is also antimicrobial resistance ("AMR surveillance",
  // "by AMR team").
  if (!doc.allCaps && doc.text.includes('AMR')) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.text !== 'AMR') continue;
      const after = doc.text.slice(t.end, t.end + 16);
      const carried = i > 0 && AMBULANCE_CARRIER_BEFORE.has((tokens[i - 1] as Token).lower) && t.start === (tokens[i - 1] as Token).end + 1 && !AMR_NOT_AMBULANCE_AFTER.test(after);
      if (carried || AMBULANCE_CREW_AFTER.test(after)) out.push(candidate(t.start, t.end, 'FACILITY', 0.74, 'facility', { kind: 'context', detail: 'ambulance-initials' }));
    }
  }
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prep = tokens[i - 1] as Token;
    // "ex-lap at UMC Tucson", "transferred to HMC Seattle": a medical center's initials, then its town (round 37).
    if (t.upper && !doc.allCaps && MEDICAL_CENTER_INITIALS.test(t.text) && t.start === prep.end + 1 && CARE_PREPOSITIONS.has(prep.lower)) {
      const town = tokenAt(tokens, i + 1);
      const len = town !== undefined && town.start === t.end + 1 && placeShaped(doc, town) ? phraseAt(doc, i + 1, doc.dict.allCities, 3, doc.dict.cityStarts) : 0;
      if (len > 0) {
        out.push(candidate(t.start, (tokens[i + len] as Token).end, 'FACILITY', 0.7, 'facility', { kind: 'context', detail: `care-verb:${prep.lower}` }));
        continue;
      }
    }
    // Round 81: "(Dr Amadi, Good Sam)", "Dr. Okafor, Mercy.": a doctor's name, a comma, then the hospital's own
    // one-word name (or Good Samaritan) ending the clause, as a history names who operated and where.
    if (t.capitalized && t.start === prep.end + 2 && doc.text.charCodeAt(prep.end) === 44 && doc.text.charCodeAt(prep.end + 1) === 32 && doctorBefore(doc, i - 1)) {
      const sam = tokenAt(tokens, i + 1);
      const good = t.text === 'Good' && sam !== undefined && (sam.text === 'Sam' || sam.text === 'Samaritan') && sam.start === t.end + 1;
      const end = good ? (sam as Token).end : t.end;
      if ((good || HOSPITAL_WORDS.has(t.lower)) && /^[ \t]{0,2}(?:[.,;)\]]|$)/.test(doc.text.slice(end, end + 3))) {
        out.push(candidate(t.start, end, 'FACILITY', 0.62, 'facility', { kind: 'context', detail: 'doctor-comma' }));
        continue;
      }
    }
    if (t.text === 'of') {
      personOfTown(doc, i, out);
      continue;
    }
    // Round 154: an ambulance company by its initials ("via AMR", "transported by AMR", "AMR Unit 14", "AMR crew"): a
    // carrier's word before it or a crew's word after; "AMR" alone is also antimicrobial resistance ("AMR surveillance").
    if (t.upper && careVerbAcronym(doc, i, prep)) {
      out.push(candidate(t.start, t.end, 'FACILITY', 0.66, 'facility', { kind: 'context', detail: `care-verb-acronym:${prep.lower}` }));
      continue;
    }
    if (!t.capitalized || !(t.start === prep.end + 1 && doc.text.charCodeAt(prep.end) === 32) || !CARE_PREPOSITIONS.has(prep.lower)) continue;
    let verb = false;
    for (let k = i - 2; k >= 0 && k >= i - 4; k--) if (CARE_VERBS.has((tokens[k] as Token).lower)) verb = true;
    // "AAA repair 2014 at Maimonides", "CABG 2019 at Mercy": a past treatment dated by its year, then where.
    if (!verb && prep.lower === 'at' && YEAR_BEFORE.test(doc.text.slice(Math.max(0, prep.start - 6), prep.start))) verb = true;
    // "CABG at Mercy 2019", "seen at Trinity ED": a hospital's one-word name, dated or with its department after it.
    // Right after "at" it needs neither ("She was recently at Mercy", "Cath at Baptist in 2019"): people are
    // seen *by*, so a capitalised "at Memorial" is a place (a church or college of that name is one too). Not a
    // payer: "at Kaiser" keeps needing a verb ("premiums at Kaiser").
    const atHospital = prep.lower === 'at' && t.lower !== 'kaiser';
    if (HOSPITAL_WORDS.has(t.lower) && (verb || atHospital || dateOrDepartmentAfter(doc, t))) {
      const next = tokenAt(tokens, i + 1);
      // "Pre-op clinic at Mercy West", "transferred to Baptist East": the hospital's campus by a compass word (round
      // 37; not "Methodist West Virginia").
      if (next !== undefined && next.start === t.end + 1 && next.capitalized && (CAMPUS_COMPASS.has(next.lower) || CAMPUS_SITES.has(next.lower)) && tokenAt(tokens, i + 2)?.lower !== 'virginia') {
        out.push(candidate(t.start, next.end, 'FACILITY', 0.62, 'facility', { kind: 'context', detail: `care-verb:${prep.lower}` }));
        continue;
      }
      if (next === undefined || next.start !== t.end + 1 || !next.capitalized || DEPARTMENTS.has(next.lower)) {
        out.push(candidate(t.start, t.end, 'FACILITY', 0.62, 'facility', { kind: 'context', detail: `care-verb:${prep.lower}` }));
        continue;
      }
    }
    // "was at Good Sam", "from Good Sam": the Good Samaritan hospitals' short name, a place with no verb too.
    // Round 42: the full name as well, and the town after "in" ("Transfer to Good Samaritan in Kearney"; not "a good
    // Samaritan stopped", in lower case).
    if (t.text === 'Good') {
      const sam = tokenAt(tokens, i + 1);
      if (sam !== undefined && (sam.text === 'Sam' || sam.text === 'Samaritan') && doc.text.slice(t.end, sam.start) === ' ') {
        out.push(candidate(t.start, townAfterIn(doc, i + 2, sam.end), 'FACILITY', 0.62, 'facility', { kind: 'context', detail: `care-verb:${prep.lower}` }));
        continue;
      }
    }
    // "pediatrician Dr. Hope Kalama at Kapiolani": where a named doctor works.
    if (!verb && prep.lower === 'at') verb = doctorBefore(doc, i - 2);
    if (!verb) continue;
    // "discharged to Inpatient Rehab", "transferred to Ortho": a level of care or a service, no place's name.
    if (CARE_LEVELS.has(t.lower) || SPECIALTY_WORDS.has(t.lower)) continue;
    // Surnames are allowed ("rehab at Spaulding", "treated at Mayo"): people are seen *by*, places *at*.
    const plain = (x: Token): boolean =>
      x.capitalized && doc.isCommon[x.index] === 0 && doc.isFirst[x.index] === 0 && !doc.dict.allCities.has(x.lower) && !lexicon.US_STATES.has(x.lower);
    const prefix = lexicon.FACILITY_PREFIXES.has(t.lower);
    const next = tokenAt(tokens, i + 1);
    const joined = next !== undefined && next.capitalized && doc.text.slice(t.end, next.start) === ' ';
    if (plain(t)) {
      // Round 137: or a residence's word ("discharged to <Tamarac Gardens>").
      const end = joined && (plain(next as Token) || LANDSCAPE_SECOND_WORDS.has((next as Token).lower)) ? (next as Token).end : t.end;
      out.push(candidate(t.start, end, 'FACILITY', 0.62, 'facility', { kind: 'context', detail: `care-verb:${prep.lower}` }));
    } else if (prefix && joined && (plain(next as Token) || /^(?:west|east|north|south|samaritan)$/.test((next as Token).lower))) {
      out.push(candidate(t.start, (next as Token).end, 'FACILITY', 0.62, 'facility', { kind: 'context', detail: `care-verb:${prep.lower}` }));
    } else {
      landscapeNamedPlace(doc, i, out);
    }
  }
  // Round 137: where pill packs come from and where a person was housed or is referred ("pill packs from <Desert Senita>",
  // "previously at <Quail Run>"): the cues of a landscape-named place only (see landscapeNamedPlace).
  for (let i = 2; i < tokens.length; i++) {
    const prep = tokens[i - 1] as Token;
    if (!CARE_PREPOSITIONS.has(prep.lower) || !(tokens[i] as Token).capitalized) continue;
    const cue = tokens[i - 2] as Token;
    if (LANDSCAPE_PLACE_CUES.has(cue.lower) && cue.end + 1 === prep.start) landscapeNamedPlace(doc, i, out);
  }
  // Round 141: the other placement a referral names ("Alternate was <Cedar Ridge>.", "alternate: <Willow Creek>"), and a
  // care home's own shape before what its admissions desk did ("<Rosewood> admissions to review", "<Brookdale>
  // reviewing", "<Sunny Acres> declined"), as care management writes a second mention with no preposition, or the
  // last of a list of places.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.capitalized || t.upper) continue;
    const cue = tokenAt(tokens, i - 1);
    const alt = cue === undefined ? undefined : cue.lower === 'alternate' ? cue : i >= 2 && (cue.lower === 'was' || cue.lower === 'is') ? tokens[i - 2] : undefined;
    if (alt !== undefined && alt.lower === 'alternate' && /^(?:[ \t]{0,2}:|[ \t](?:was|is))[ \t]{1,2}$/i.test(doc.text.slice(alt.end, t.start))) landscapeNamedPlace(doc, i, out);
    else landscapeHomeBeforeDesk(doc, i, out);
  }
}

/** Round 141: what a care home's admissions desk does, right after its name. */
const HOME_DESK_AFTER = /^[ \t]{1,2}(?:admissions?|declined|accepted|reviewing|denied)\b/;
function landscapeHomeBeforeDesk(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const t = tokens[i] as Token;
  if (doc.allCaps) return;
  const prev = tokenAt(tokens, i - 1);
  if (prev !== undefined && prev.capitalized && prev.end + 1 === t.start) return;
  let end = -1;
  if (LANDSCAPE_COMPOUND.test(t.lower)) end = t.end;
  else if (RESIDENCE_OPENING_WORDS.has(t.lower) || LANDSCAPE_NAME_WORDS.has(t.lower)) {
    const next = tokenAt(tokens, i + 1);
    if (next !== undefined && next.capitalized && !next.upper && next.start === t.end + 1 && next.lower !== t.lower && (LANDSCAPE_NAME_WORDS.has(next.lower) || LANDSCAPE_SECOND_WORDS.has(next.lower))) end = next.end;
  }
  if (end < 0) return;
  // Or the last of a list of places closing its clause ("referral to Autumn Ridge and <Sunny Acres>.", "sent to
  // Brookhaven Health and Rehab and <Rosewood>.").
  const before = i >= 2 ? (tokens[i - 2] as Token) : undefined;
  const listed = prev !== undefined && before !== undefined && (prev.lower === 'and' || prev.lower === 'or') && before.capitalized && before.end + 1 === prev.start && prev.end + 1 === t.start &&
    /^(?:[.;,]|[ \t]*(?:\r?\n|$))/.test(doc.text.slice(end, end + 3));
  if (!listed && !HOME_DESK_AFTER.test(doc.text.slice(end, end + 14))) return;
  out.push(candidate(t.start, end, 'FACILITY', 0.62, 'facility', { kind: 'context', detail: listed ? 'home-listed' : 'home-desk' }));
}


/** Round 129: verbs of where a person was or is cared for, before "at", "from" or "to" and a hospital's acronym. */
const WHERE_CARED_VERBS = new Set(['seen', 'treated', 'admitted', 'transferred', 'followed', 'follows', 'hospitalized', 'hospitalised', 'discharged',
  'delivered', 'born', 'evaluated', 'operated', 'listed', 'opinion', 'transplanted', 'cathed', 'intubated', 'resected']);
/** Capitals that follow such a verb but name a unit, a level of care or a programme, no hospital: "admitted to PCU", "referred to CBT". */
const NOT_PLACE_ACRONYMS = new Set(['PHP', 'IOP', 'CBT', 'DBT', 'MAT', 'OTP', 'ACT', 'PACT', 'EMDR', 'SUD', 'PCU', 'IMCU', 'IMU', 'SDU', 'CDU', 'EDOU', 'TCU', 'MSICU',
  'NSICU', 'TICU', 'CICU', 'CTICU', 'RICU', 'BMT', 'OBS', 'LDRP', 'IRF', 'LTAC', 'ICF', 'PMR', 'OBGYN', 'HEME', 'ONC', 'PEDS', 'NEURO', 'CVA', 'TBI', 'VOC', 'DVR', 'ECMO', 'CABG', 'PCI',
  'TAVR', 'TKA', 'THA', 'ORIF', 'ERCP', 'EUS', 'PEG', 'ASAP', 'NOS', 'AMA', 'UNOS', 'OPO', 'MELD', 'HLA',
  // Round 131: kinds of centre named by their initials (a hemophilia, a federally qualified, a community mental health, a residential treatment centre).
  'HTC', 'FQHC', 'CMHC', 'RTC']);
/**
 * Round 129: "transferred from BVMC", "admitted to MGMC", "seen at KHVI", "second opinion at MDACC", "Hepatology at
 * UHSM": three to six capitals right after "at", "from" or "to" that a verb of where a person was cared for (or a
 * field in -ology) precedes within three words. Not a clinical, agency or unit acronym ("seen at ED" is too short;
 * "transferred to MICU", "discharged to SNF", "referred to CBT", "followed at VAMC"), nor joined to a code.
 */
function careVerbAcronym(doc: DocumentView, i: number, prep: Token): boolean {
  const t = doc.tokens[i] as Token;
  if (doc.allCaps || t.text.length < 3 || t.text.length > 6 || !CARE_PREPOSITIONS.has(prep.lower) || t.start !== prep.end + 1 || doc.text.charCodeAt(prep.end) !== 32) return false;
  if (!/^[A-Z]+$/.test(t.text) || CLINICAL_ACRONYMS.has(t.text) || CLINICAL_H_ACRONYMS.has(t.text) || NOT_PLACE_ACRONYMS.has(t.text) || NOT_TOWNS.has(t.lower) || POST_ACUTE_KINDS.includes(t.lower)) return false;
  if (ACRONYM_JOINED.test(doc.text.charAt(t.end)) || /^[ \t]\p{Lu}/u.test(doc.text.slice(t.end, t.end + 2))) return false;
  for (let k = i - 2; k >= 0 && k >= i - 4; k--) {
    const v = doc.tokens[k] as Token;
    // The verb must be in the same clause ("UMC protocol followed; sent to HMC" is a tally, no visit).
    if (/[.;:,!?\n]/.test(doc.text.slice(v.end, prep.start))) return false;
    if (WHERE_CARED_VERBS.has(v.lower) || (k === i - 2 && SPECIALTY_ENDING.test(v.lower))) return true;
  }
  return false;
}

/** Words after "of" that name a department or a field, not a town: "Dr. Lee of Cardiology", "Mr. Pike of Counsel". */
const NOT_TOWN_AFTER_OF = new Set(['counsel', 'record', 'service', 'staff', 'surgery', 'medicine', 'nursing', 'pharmacy', 'radiology', 'anesthesia', 'anesthesiology']);
/** Where a person-of-town phrase ends: the clause, or a verb or conjunction in lower case. */
const AFTER_PERSON_TOWN = /^(?:$|[.,;:)]|[ \t]*\r?\n|[ \t](?:and|who|is|was|has|had|will|to|for|in|on|at|since)(?![\p{L}]))/u;
/**
 * Round 129: "Mr. Everett Pike of Granvale", "Dr. Suresh Pillai of Stanwick": a title, one or two capitalised words
 * of a name, "of", then one or two capitalised words ending the clause, the first in no list of common words (a town no
 * gazetteer holds); not a field or department ("Dr. Lee of Cardiology", "Dr. Ruiz of Infectious Disease").
 */
function personOfTown(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const town = tokenAt(tokens, i + 1);
  const of = tokens[i] as Token;
  if (doc.allCaps || town === undefined || i < 2 || town.start !== of.end + 1 || !town.capitalized || doc.isCommon[town.index] !== 0) return;
  if (SPECIALTY_WORDS.has(town.lower) || SPECIALTY_ENDING.test(town.lower) || HEALTH_FIELDS.has(town.lower) || NOT_TOWN_AFTER_OF.has(town.lower) || lexicon.US_STATES.has(town.lower) || COUNTRY_NAMES.has(town.lower)) return;
  // Back over the name (one or two capitalised words joined by blanks) to a title.
  let k = i - 1;
  if (!(tokens[k] as Token).capitalized || (tokens[k] as Token).end + 1 !== of.start) return;
  const given = tokens[k - 1] as Token;
  if (k >= 2 && given.capitalized && !isTitle(doc, given) && given.end + 1 === (tokens[k] as Token).start) k--;
  const title = tokenAt(tokens, k - 1);
  if (title === undefined || !isTitle(doc, title) || !/^\.?[ \t]$/.test(doc.text.slice(title.end, (tokens[k] as Token).start))) return;
  let end = town.end;
  const second = tokenAt(tokens, i + 2);
  if (second !== undefined && second.capitalized && second.start === town.end + 1 && !CALENDAR_WORDS.has(second.lower)) end = second.end;
  if (!AFTER_PERSON_TOWN.test(doc.text.slice(end, end + 8))) return;
  out.push(candidate(town.start, end, 'LOCATION', 0.66, 'facility', { kind: 'context', detail: 'person-of-town' }));
}

/**
 * Round 124: a service a practice's short name ends on ("Riverside Heart", "Lakeside Imaging", "Ostrom
 * Behavioral", "Cedar Hill ED", "Pinecrest Bone & Joint", "Birch Eye"), right after "at", "from" or "to".
 */
export const PRACTICE_SERVICE_HEADS = ['imaging', 'heart', 'counseling', 'behavioral', 'joint', 'eye', 'ed', 'er', 'vascular', 'vein', 'dermatology', 'cardiology', 'orthopedics', 'ortho', 'urology', 'oncology', 'pediatrics', 'radiology', 'wellness',
  // Round 129: "Lakeshore Endocrine", "Summit Cardiac", "Brookfield Surgical", "Hartline Sleep".
  'endocrine', 'cardiac', 'surgical', 'sleep', 'pulmonary', 'spine',
  // Round 137: "Pinnacle Pain", "Summit Digestive".
  'pain', 'digestive',
  // Round 139: treatment programs ("Pinnacle Detox", "Lighthouse Recovery"); see TREATMENT_PROGRAM_HEADS.
  'detox', 'recovery'];
/**
 * Round 139: heads a behavioural-health or addiction program's short name ends on. One word before them that names
 * (a landscape word or a word of TREATMENT_NAME_WORDS) makes a program wherever it stands ("number for Pinnacle
 * Detox", "transport by Summit Wellness van"); a word of no list needs a cue before it (TREATMENT_PROGRAM_CUES).
 * "Early Recovery group", "Cognitive Behavioral", "Medical Detox", "Spiritual Wellness" name nothing.
 */
const TREATMENT_PROGRAM_HEADS: ReadonlySet<string> = new Set(['behavioral', 'behavioural', 'detox', 'recovery', 'wellness']);
/** The hopeful, nautical and guiding words such programs take their names from ("Lighthouse", "Serenity", "Keystone"). */
const TREATMENT_NAME_WORDS: ReadonlySet<string> = new Set(['lighthouse', 'beacon', 'anchor', 'compass', 'serenity', 'harmony', 'horizon', 'horizons', 'pathway', 'pathways',
  'bridges', 'bridgeway', 'keystone', 'cornerstone', 'gateway', 'landmark', 'northstar', 'lodestar', 'evergreen', 'sunrise', 'phoenix', 'genesis', 'renewal', 'tranquility',
  'solace', 'oasis', 'sanctuary', 'refuge', 'haven', 'crossroads', 'journey', 'turning', 'milestone', 'meridian', 'peak', 'apex', 'sequoia', 'redwood', 'lakeview', 'riverbend',
  'clearview', 'brightview', 'bayview', 'harborview', 'safe', 'new']);
/** Words right before a program's name of no list ("waitlist for <Northstar> Detox", "then <Riverbend> Recovery", "Called <Bridgeway> Behavioral"). */
const TREATMENT_PROGRAM_CUES: ReadonlySet<string> = new Set(['at', 'from', 'to', 'for', 'with', 'by', 'via', 'into', 'then', 'or', 'and', 'called', 'call', 'consider', 'contacted', 'completed', 'attended', 'attends', 'left']);
/** Round 141: labels of a treatment history before a colon and a program's name ("Prior tx:", "Hx:", "Referral:"). */
const TREATMENT_LABELS: ReadonlySet<string> = new Set(['tx', 'treatment', 'treatments', 'hx', 'history', 'program', 'programs', 'placement', 'referral', 'referred', 'rehab', 'detox', 'previous', 'prior']);
/** What a detox or a recovery is of, no program's name ("Hx: Opioid Detox", "Tx: Fentanyl Recovery"). */
const SUBSTANCE_WORDS: ReadonlySet<string> = new Set(['opioid', 'opioids', 'opiate', 'opiates', 'benzo', 'benzodiazepine', 'fentanyl', 'heroin', 'meth', 'methamphetamine', 'stimulant',
  'cannabis', 'etoh', 'alcohol', 'cocaine', 'xanax', 'kratom', 'polysubstance']);
/** Landscape words that open practices' names though English ("Riverside Heart", "Lakeside Imaging", "Cedar Hill ED"). */
const PLACE_NAME_WORDS_LIST = ['valley', 'mission', 'hill', 'hills', 'summit', 'lakeside', 'riverside', 'river', 'lake', 'cedar', 'pine', 'oak', 'oaks', 'maple',
  'harbor', 'harbour', 'bay', 'ridge', 'creek', 'meadow', 'meadows', 'springs', 'brook', 'grove', 'highland', 'highlands', 'coastal', 'prairie', 'canyon', 'mesa',
  'bluff', 'glen', 'forest', 'quarry', 'willow', 'birch', 'aspen', 'sierra', 'cascade', 'pinnacle', 'crossroads', 'heartland', 'piedmont', 'tidewater', 'bayside', 'parkside', 'hillside', 'northgate', 'southgate'];
const PLACE_NAME_WORDS: ReadonlySet<string> = new Set(PLACE_NAME_WORDS_LIST);
/** Round 137: landscape words, plants and birds that name care homes, rehabs and practices ("Canyon Vista", "Sagebrush"). */
const LANDSCAPE_NAME_WORDS: ReadonlySet<string> = new Set([...PLACE_NAME_WORDS_LIST, 'desert', 'vista', 'sage', 'sagebrush', 'mesquite', 'juniper', 'cottonwood', 'quail', 'heron', 'eagle',
  'willow', 'willows', 'sunset', 'heritage', 'haven', 'crest', 'view', 'ridgeview', 'parkview', 'lakeview', 'fairview']);
/** Second words of such names: another landscape word, a residence's word ("Gardens", "Village"), a run or a point. */
const LANDSCAPE_SECOND_WORDS: ReadonlySet<string> = new Set(['run', 'point', 'pointe', 'landing', 'crossing', 'gardens', 'village', 'manor', 'terrace', 'commons', 'place', 'court', 'estates', 'heights', 'woods', 'trace',
  // Round 139: "Sunny Acres", "Whispering Pines".
  'acres', 'pines']);
/**
 * Round 139: the pleasant words care homes open their names with, before a landscape or a residence's word ("Sunny
 * Acres", "Golden Meadows", "Pleasant View"); alone they name nothing ("discharged to Golden" is no place).
 */
const RESIDENCE_OPENING_WORDS: ReadonlySet<string> = new Set(['sunny', 'golden', 'pleasant', 'shady', 'green', 'silver', 'rolling', 'peaceful', 'quiet', 'serene', 'tranquil',
  'whispering', 'fair', 'royal', 'autumn', 'evergreen', 'happy', 'twin', 'rose', 'sunnyside', 'mountain', 'country', 'shady']);
/** Round 139: a plant's or a landscape's word run into a landscape's ending names a care home alone ("Rosewood", "Oakcrest", "Brookdale"). */
const LANDSCAPE_COMPOUND = /^(?:rose|oak|elm|pine|maple|cedar|birch|ash|holly|brook|glen|fair|green|sun|hill|lake|river|park|spring|briar|willow|laurel|aspen)(?:wood|woods|crest|dale|brook|view|haven|glen|ridge|field|mont|moor|gate|side)$/;
/** Nouns and adverbs right before "from", "at" or "to" and such a name: supplies fetched, a stay before, a referral. */
const LANDSCAPE_PLACE_CUES: ReadonlySet<string> = new Set(['packs', 'refills', 'meds', 'medications', 'supplies', 'previously', 'housed', 'stayed', 'referral', 'refer', 'return', 'returns', 'returned',
  // Round 139: "back to <Maple Grove>", "came back from", "respite stay at", "the DON at <Pleasant View>".
  'back', 'stay', 'don', 'admissions', 'administrator']);
const AFTER_LANDSCAPE_NAME = new RegExp(`^(?:${PLACE_NAME_CLOSES})`, 'u');
/**
 * Round 137: after a care verb and its preposition, a place named by a landscape word and nothing else ("treated at
 * <Canyon Vista> for", "discharged to <Sagebrush> pending auth", "pill packs from <Desert Senita>"): one such word, or
 * two with a word of no list, a town's or a residence's word second, then the clause ends or prose goes on. Not a level
 * of care, a service or a unit ("discharged to Inpatient Rehab", "transferred to Valley ICU" ends on a unit in capitals).
 */
/**
 * Round 139: the same names typed in lower case after "to", "at", "from" or "into" ("wants mom to go to sunny acres for
 * rehab", "back at maple grove"): a pleasant or landscape word, then a landscape's or a residence's word, then the
 * clause ends or prose goes on. "a room with a lake view", "in the pine woods" have no such preposition before them.
 */
export const LOWER_HOME_SECOND_WORDS: readonly string[] = [...new Set([...LANDSCAPE_NAME_WORDS, ...LANDSCAPE_SECOND_WORDS])];
const LOWER_HOME_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'at', 'from', 'into']);
function lowerLandscapeHome(doc: DocumentView, h: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const second = tokens[h] as Token;
  if (h < 2 || second.text !== second.lower || !lowerJoined(doc, h - 1, h) || !lowerJoined(doc, h - 2, h - 1)) return;
  const first = tokens[h - 1] as Token;
  if (!(RESIDENCE_OPENING_WORDS.has(first.text) || LANDSCAPE_NAME_WORDS.has(first.text)) || first.text === second.text) return;
  if (!LOWER_HOME_PREPOSITIONS.has((tokens[h - 2] as Token).text) || !AFTER_LANDSCAPE_NAME.test(doc.text.slice(second.end, second.end + 3))) return;
  out.push(candidate(first.start, second.end, 'FACILITY', 0.66, 'facility', { kind: 'context', detail: 'lower-landscape-home' }));
}
function landscapeNamedPlace(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const t = tokens[i] as Token;
  if (doc.allCaps || !t.capitalized || t.upper) return;
  const next = tokenAt(tokens, i + 1);
  // A town's or a word of no list before a residence's word names one too ("<Shawnee Gardens>", "<Sunnyslope Village>").
  const residence = next !== undefined && LANDSCAPE_SECOND_WORDS.has(next.lower) && (doc.dict.allCities.has(t.lower) || (doc.isCommon[i] === 0 && doc.isFirst[i] === 0));
  // Round 139: a pleasant word before a landscape's or a residence's word ("<Sunny Acres>", "<Golden Meadows>").
  const opening = RESIDENCE_OPENING_WORDS.has(t.lower) && next !== undefined && next.capitalized && next.start === t.end + 1 && (LANDSCAPE_NAME_WORDS.has(next.lower) || LANDSCAPE_SECOND_WORDS.has(next.lower));
  if (!LANDSCAPE_NAME_WORDS.has(t.lower) && !residence && !opening && !LANDSCAPE_COMPOUND.test(t.lower)) return;
  let last = i;
  if (next !== undefined && next.capitalized && !next.upper && next.start === t.end + 1 && doc.text.charCodeAt(t.end) === 32) {
    const second = LANDSCAPE_NAME_WORDS.has(next.lower) || LANDSCAPE_SECOND_WORDS.has(next.lower) || doc.dict.allCities.has(next.lower) ||
      (doc.isCommon[next.index] === 0 && doc.isFirst[next.index] === 0);
    if (!second || SPECIALTY_WORDS.has(next.lower) || CARE_LEVELS.has(next.lower) || CALENDAR_WORDS.has(next.lower)) return;
    last = i + 1;
  }
  const end = (tokens[last] as Token).end;
  if (!AFTER_LANDSCAPE_NAME.test(doc.text.slice(end, end + 3))) return;
  out.push(candidate(t.start, end, 'FACILITY', 0.62, 'facility', { kind: 'context', detail: 'care-verb-landscape' }));
}
function serviceNamedFacility(doc: DocumentView, h: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const head = tokens[h] as Token;
  if (doc.allCaps || h < 1) return;
  // "ED", "ER" in capitals only; the rest capitalised, not in capitals ("IMAGING" is a heading).
  if (head.lower === 'ed' || head.lower === 'er' ? head.text !== head.text.toUpperCase() : !head.capitalized || head.upper) return;
  // Back over "Bone &" ("Pinecrest Bone & Joint"), then one or two name words joined by single blanks.
  let k = h;
  if (head.lower === 'joint') {
    const b = tokens[h - 1]?.text === '&' ? h - 2 : h - 1;
    if (b >= 0 && doc.text.slice((tokens[b] as Token).end, head.start) === ' & ' && (tokens[b] as Token).capitalized) k = b;
  }
  let first = k;
  let named = false;
  while (first > 0 && k - first < 2) {
    const p = tokens[first - 1] as Token;
    if (p.end + 1 !== (tokens[first] as Token).start || doc.text.charCodeAt(p.end) !== 32 || !p.capitalized || p.upper || p.single) break;
    if (SPECIALTY_WORDS.has(p.lower) || CARE_LEVELS.has(p.lower) || HEALTH_FIELDS.has(p.lower) || FUNCTION_WORDS.has(p.lower) || CALENDAR_WORDS.has(p.lower) || lexicon.US_STATES.has(p.lower)) break;
    // Round 129: a hospital's own name opens a practice's too ("Mercy Imaging").
    // Round 137: a symptom's head takes a landscape word, a hospital's or a town's only ("Pinnacle Pain"; "due to
    // Neuropathic Pain" is the symptom, however rare its adjective).
    if (PLACE_NAME_WORDS.has(p.lower) || HOSPITAL_WORDS.has(p.lower) || (doc.isCommon[p.index] === 0 && head.lower !== 'pain') || doc.dict.allCities.has(p.lower)) named = true;
    if (TREATMENT_PROGRAM_HEADS.has(head.lower) && (TREATMENT_NAME_WORDS.has(p.lower) || LANDSCAPE_NAME_WORDS.has(p.lower))) named = true;
    first--;
  }
  if (first === k || !named) return;
  if (TREATMENT_PROGRAM_HEADS.has(head.lower) && treatmentProgram(doc, h)) {
    out.push(candidate((tokens[h - 1] as Token).start, head.end, 'FACILITY', 0.66, 'facility', { kind: 'context', detail: 'treatment-program' }));
    return;
  }
  const prep = tokenAt(tokens, first - 1);
  // Round 134: or the practice as a text message's sender, opening its line before a colon ("Riverside Ortho: Your
  // appointment on ...").
  const sender = doc.text.charCodeAt(head.end) === 58 && /(?:^|\n)[ \t]{0,3}$/.test(doc.text.slice(Math.max(0, (tokens[first] as Token).start - 4), (tokens[first] as Token).start));
  if (!sender && (prep === undefined || !CARE_PREPOSITIONS.has(prep.text) || prep.end + 1 !== (tokens[first] as Token).start)) return;
  out.push(candidate((tokens[first] as Token).start, head.end, 'FACILITY', 0.66, 'facility', { kind: 'context', detail: sender ? 'service-named-sender' : 'service-named' }));
}

/**
 * Round 139: a program's one-word name before its head (see TREATMENT_PROGRAM_HEADS): a listed word anywhere but after
 * another capitalised word or before one ("Harbor Behavioral Health" is the facility rule's), a word of no list after
 * a cue. "Early Recovery", "Medical Detox" and "Cognitive Behavioral" are common words of no list.
 */
function treatmentProgram(doc: DocumentView, h: number): boolean {
  const name = doc.tokens[h - 1] as Token;
  const head = doc.tokens[h] as Token;
  const prep = tokenAt(doc.tokens, h - 2);
  const next = tokenAt(doc.tokens, h + 1);
  if (next !== undefined && next.start === head.end + 1 && next.capitalized) return false;
  // Round 141: or a treatment history's label and its colon ("Prior tx: <Quillfeather> Detox"), not a substance's word.
  const cue = prep !== undefined && (TREATMENT_PROGRAM_CUES.has(prep.lower) ? /^[ \t]{1,2}$/.test(doc.text.slice(prep.end, name.start)) :
    TREATMENT_LABELS.has(prep.lower) && !SUBSTANCE_WORDS.has(name.lower) && /^:[ \t]{1,2}$/.test(doc.text.slice(prep.end, name.start)));
  if (!cue && prep !== undefined && prep.end + 1 === name.start && prep.capitalized) return false;
  // Round 141: a plant's or landscape's word names one as well ("Juniper Detox", "Sagebrush Recovery").
  if (TREATMENT_NAME_WORDS.has(name.lower) || LANDSCAPE_NAME_WORDS.has(name.lower)) return true;
  return cue && doc.isCommon[name.index] === 0 && doc.isFirst[name.index] === 0;
}

/**
 * Round 134: a hospital or practice texted in lower case, named before its department, its wing or its service ("took
 * her to mercy general er", "he's at good sam er", "his pcp is at harborview east", "mri at valley imaging"): after
 * a preposition of care, one or two lower-case words of which one names (a hospital's word, a landscape's or a
 * compound opening on one, a listed name or town of no English word); "general", "memorial", "regional" or
 * "childrens" may stand before the head after such a word. A saint and its possessive need no preposition ("he
 * wants st luke's south"). "to the er", "at 4 east", "to peds er", "to county general er", "at stepdown east" stay.
 */
const DIRECTIONS: ReadonlySet<string> = new Set(['east', 'west', 'north', 'south']);
const LOWER_WINGS: ReadonlySet<string> = new Set(['er', 'ed', ...DIRECTIONS]);
export const LOWER_SITE_HEAD_WORDS: readonly string[] = [...LOWER_WINGS];
const LOWER_SITE_HEADS_ALL: readonly string[] = [...new Set([...LOWER_WINGS, ...PRACTICE_SERVICE_HEADS])];
const LOWER_HOSPITAL_DESCRIPTORS: ReadonlySet<string> = new Set(['general', 'memorial', 'regional', 'childrens', 'community', 'university']);
const LOWER_SITE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'to', 'from', 'into', 'in', 'go']);
function lowerNamedCareSite(doc: DocumentView, h: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const head = tokens[h] as Token;
  if (doc.allCaps || h < 2 || head.text !== head.lower || !(LOWER_WINGS.has(head.text) || PRACTICE_SERVICE_HEADS.includes(head.text))) return;
  // "st luke's south": the saint's name, its possessive, the head.
  const saint = tokens[h - 1] as Token;
  const st = tokens[h - 2] as Token;
  if ((st.text === 'st' || st.text === 'saint') && /^['’]s $/.test(doc.text.slice(saint.end, head.start)) && lowerJoined(doc, h - 2, h - 1) && saint.text === saint.lower && (doc.isFirst[h - 1] === 1 || doc.isSur[h - 1] === 1)) {
    out.push(candidate(st.start, head.end, 'FACILITY', 0.7, 'facility', { kind: 'context', detail: 'lower-saint-wing' }));
    return;
  }
  let first = h;
  let named = false;
  while (first > 0 && h - first < 2 && lowerJoined(doc, first - 1, first)) {
    const w = tokens[first - 1] as Token;
    const describes = LOWER_HOSPITAL_DESCRIPTORS.has(w.text);
    if (!describes && !messageNameWord(w)) break;
    if (describes && first !== h) break;
    // "at childrens east": a children's hospital named by its wing alone.
    if ((!describes && lowerSiteNameWord(doc, w)) || (w.text === 'childrens' && DIRECTIONS.has(head.text))) named = true;
    first--;
  }
  if (!named || (LOWER_HOSPITAL_DESCRIPTORS.has((tokens[first] as Token).text) && (tokens[first] as Token).text !== 'childrens')) return;
  const prep = tokenAt(tokens, first - 1);
  if (prep === undefined || !LOWER_SITE_PREPOSITIONS.has(prep.text) || !lowerJoined(doc, first - 1, first)) return;
  // The department is no part of the name ("mercy general" of "mercy general er"); a wing is ("harborview east").
  const end = head.text === 'er' || head.text === 'ed' ? (tokens[h - 1] as Token).end : head.end;
  out.push(candidate((tokens[first] as Token).start, end, 'FACILITY', 0.66, 'facility', { kind: 'context', detail: 'lower-named-site' }));
}
/** A lower-case word that names a site: a hospital's or landscape's word, a compound opening on one ("harborview"), a listed name or town of no English word. */
function lowerSiteNameWord(doc: DocumentView, w: Token): boolean {
  if (HOSPITAL_WORDS.has(w.text) || PLACE_NAME_WORDS.has(w.text)) return true;
  for (let k = 3; k <= w.text.length - 3; k++) if (PLACE_NAME_WORDS.has(w.text.slice(0, k)) && doc.dict.commonWords.has(w.text.slice(k))) return true;
  return doc.isCommon[w.index] === 0 && (doc.isFirst[w.index] === 1 || doc.isSur[w.index] === 1 || doc.dict.allCities.has(w.text)) && !lexicon.EPONYMS.has(w.fold);
}

/** Fields of health that name no place before "Health": "Public Health", "Behavioral Health", "Women's Health". */
/** Heads that are also adjectives of care ("health care provider"). */
const CARE_WORD_HEADS = new Set(['health', 'care', 'healthcare', 'medical']);
/** Nouns such a head qualifies, never the next word of a place's name. */
const HEAD_QUALIFIES = new Set(['provider', 'providers', 'professional', 'professionals', 'proxy', 'agent', 'surrogate', 'worker', 'workers', 'directive',
  'directives', 'condition', 'conditions', 'information', 'insurance', 'coverage', 'decisions', 'decision', 'needs', 'costs', 'expenses']);
/** Round 66: nouns of a form's or a report's title after "Medical", "Health" ("Medical Examination", "Health Statement"). */
const FORM_TITLE_NOUNS = new Set(['examination', 'examinations', 'exam', 'exams', 'evaluation', 'evaluations', 'report', 'reports', 'certification',
  'certificate', 'statement', 'questionnaire', 'form', 'opinion', 'clearance', 'review', 'assessment',
  // Round 136: "Letter of Medical Necessity", "Certificate of Medical Necessity": the payer's form, no practice.
  'necessity']);
const HEALTH_FIELDS = new Set(['public', 'mental', 'behavioral', 'behavioural', 'occupational', 'community', 'global', 'population', 'oral', 'digital',
  'employee', 'student', 'school', 'men', 'mens', 'women', 'womens', 'child', 'maternal', 'environmental', 'sexual', 'reproductive', 'rural', 'urban',
  'tribal', 'integrative', 'home', 'allied', 'bone', 'brain', 'heart', 'lung', 'skin', 'eye', 'foot', 'spine', 'vascular', 'pelvic', 'travel', 'correctional', 'prison', 'inmate']);

/**
 * Round 104: a post-acute bed's kind, then "at" and where ("accepted for LTACH at Kindred Lakes", "SNF bed at Cedar
 * Hollow", "IRF at Mount Carmel"): the kind says a facility's own name follows, however common its words. One to
 * three capitalised words joined by single blanks; no weekday, month, state, level of care or setting's word ("SNF at
 * Discharge", "LTACH at Home", "ALF at Baseline" stay), no word in capitals of four letters or fewer after the first.
 */
export const POST_ACUTE_KINDS = ['ltach', 'ltac', 'snf', 'irf', 'alf', 'tcu'];
const NOT_POST_ACUTE_NAMES = new Set(['discharge', 'home', 'baseline', 'this', 'that', 'time', 'present', 'least', 'risk', 'last', 'first', 'our', 'your', 'their', 'his', 'her', 'the', 'a', 'an', 'same', 'level', 'admission', 'transfer', 'bedside']);
function postAcuteAt(doc: DocumentView, g: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  if (doc.allCaps) return;
  let a = g + 1;
  if (tokenAt(tokens, a)?.lower === 'bed' || tokenAt(tokens, a)?.lower === 'placement') a++;
  const at = tokenAt(tokens, a);
  if (at === undefined || at.text !== 'at' || doc.text.slice((tokens[a - 1] as Token).end, at.start) !== ' ') return;
  let k = a + 1;
  let prevEnd = at.end;
  while (k <= a + 3 && k < tokens.length) {
    const x = tokens[k] as Token;
    if (x.start !== prevEnd + 1 || doc.text.charCodeAt(prevEnd) !== 32 || !x.capitalized || x.single || NOT_POST_ACUTE_NAMES.has(x.lower) || CALENDAR_WORDS.has(x.lower) || lexicon.US_STATES.has(x.lower) || CARE_LEVELS.has(x.lower) || CARE_SETTING_HEADS.has(x.lower) || FUNCTION_WORDS.has(x.lower)) break;
    prevEnd = x.end;
    k++;
  }
  if (k === a + 1) return;
  out.push(candidate((tokens[a + 1] as Token).start, (tokens[k - 1] as Token).end, 'FACILITY', 0.7, 'facility', { kind: 'context', detail: 'post-acute-at' }));
}

/**
 * Round 139: a practice's office named by its town ("seen at our <Concord> office", "intake at the <Lowell> site",
 * "the <Dover> branch"): "our" or "the", a listed town of one or two words, the lower-case word. The town is a
 * LOCATION; "the Billing office", "our Main office", "the Ohio office" name no town.
 */
const OFFICE_SITE_WORDS_LIST = ['office', 'site', 'branch'];
const OFFICE_SITE_WORDS: ReadonlySet<string> = new Set(OFFICE_SITE_WORDS_LIST);
function townOffice(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  for (const n of [1, 2]) {
    const first = i - n;
    const the = tokenAt(tokens, first - 1);
    if (the === undefined) continue;
    // Round 146: or a practice's name and a dash, as a letterhead or a note's title writes the site ("Summit
    // Orthopedics - <Bend> office", "Kindred at Home - <Ellensburg> branch").
    const dashed = the.capitalized && CAMPUS_DASH.test(doc.text.slice(the.end, (tokens[first] as Token).start));
    if (the.text !== 'our' && the.text !== 'the' && !dashed) continue;
    let joinedRun = true;
    for (let k = first - 1; k < i; k++) if (!(k === first - 1 && dashed) && (!/^ $/.test(doc.text.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start)) || (k >= first && !(tokens[k] as Token).capitalized))) joinedRun = false;
    if (!joinedRun) continue;
    const town = tokens.slice(first, i).map((x) => x.lower).join(' ');
    if (!doc.dict.allCities.has(town) || lexicon.US_STATES.has(town) || NOT_SITE_NAMES.has(town)) continue;
    out.push(candidate((tokens[first] as Token).start, (tokens[i - 1] as Token).end, 'LOCATION', 0.72, 'facility', { kind: 'context', detail: 'town-office' }));
    return;
  }
}

/**
 * Round 110: a practice's or a chain's site named before a lower-case "location" ("seen at the Riverbend location",
 * "drive her to the Maple Hollow location"): "the", then one or two capitalised words joined by single blanks, then
 * "location". No direction, "Downtown", "Main", facility head, weekday, month, state or function word ("the North
 * location", "the Main location", "the Pharmacy location" stay).
 */
export const SITE_LOCATION_WORDS = ['location', ...OFFICE_SITE_WORDS_LIST];
const NOT_SITE_NAMES = new Set(['downtown', 'main', 'new', 'old', 'other', 'same', 'original', 'current', 'previous', 'primary', 'nearest', 'closest', 'satellite', 'uptown', 'midtown', 'suburban', 'rural', 'urban']);
export function findSiteLocations(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  if (doc.allCaps) return out;
  const tokens = doc.tokens;
  forEachIndexedWord(doc, SITE_LOCATION_WORDS, (i) => {
    const loc = tokens[i] as Token;
    if (OFFICE_SITE_WORDS.has(loc.text)) {
      townOffice(doc, i, out);
      return;
    }
    if (loc.text !== 'location') return;
    let k = i - 1;
    let nextStart = loc.start;
    while (k >= i - 2 && k >= 0) {
      const x = tokens[k] as Token;
      if (x.end !== nextStart - 1 || doc.text.charCodeAt(x.end) !== 32 || !x.capitalized || x.upper || x.single || NOT_SITE_NAMES.has(x.lower) || REGION_OPENERS.has(x.lower) || lexicon.FACILITY_HEADS.has(x.lower) || CALENDAR_WORDS.has(x.lower) || lexicon.US_STATES.has(x.lower) || FUNCTION_WORDS.has(x.lower)) break;
      nextStart = x.start;
      k--;
    }
    const the = tokenAt(tokens, k);
    if (k === i - 1 || the === undefined || the.text !== 'the' || the.end !== nextStart - 1 || doc.text.charCodeAt(the.end) !== 32) return;
    out.push(candidate(nextStart, loc.end, 'FACILITY', 0.7, 'facility', { kind: 'context', detail: 'site-location' }));
  });
  return out;
}

/** A year right before a word: "2014 at". */
const YEAR_BEFORE = /(?:^|[^\d\/.\-])(?:19|20)\d\d $/;

/** Words that name a hospital on their own in speech ("transferred to Mercy", "delivered at Presbyterian"). */
const HOSPITAL_WORDS = new Set(['mercy', 'providence', 'trinity', 'methodist', 'baptist', 'presbyterian', 'presby', 'sinai', 'kaiser', 'lutheran', 'samaritan',
  'memorial', 'deaconess']);
/** Departments written after a hospital's name: "Trinity ED". */
const DEPARTMENTS = new Set(['ed', 'er', 'icu', 'nicu', 'picu', 'ccu', 'or', 'pacu', 'l&d', 'ob', 'ortho', 'cath', 'lab', 'main', 'downtown']);
/** After token t: a year, a date or a department, a blank apart ("Mercy 2019", "Mercy 11/2", "Mercy ED"). */
const dateOrDepartmentAfter = (doc: DocumentView, t: Token): boolean => /^ (?:(?:19|20)\d\d\b|\d{1,2}\/\d{1,4}\b|(?:ED|ER|ICU|NICU|PICU|CCU|PACU|L&D)\b)/.test(doc.text.slice(t.end, t.end + 7));

/** Token k ends a doctor's name: "Dr." or "Doctor" and up to three capitalised words or initials. */
function doctorBefore(doc: DocumentView, k: number): boolean {
  for (let m = k; m >= 0 && m >= k - 3; m--) {
    const x = doc.tokens[m] as Token;
    if (x.lower === 'dr' || x.lower === 'doctor') return m < k && x.capitalized;
    if (!x.capitalized) return false;
  }
  return false;
}

/**
 * Round 37: restaurants, an outbreak's exposure sites and workplaces, named like a housing complex by two capitalised
 * words of their own however common ("Golden Dragon Buffet", "Blue Moon Diner"); one word says which kind ("Chinese
 * Buffet", "Hospital Cafe").
 */
const EATERY_HEADS_LIST = ['restaurant', 'buffet', 'diner', 'cafe', 'café', 'grill', 'tavern', 'bistro', 'pizzeria', 'bakery', 'steakhouse', 'cantina'];
const EATERY_HEADS: ReadonlySet<string> = new Set(EATERY_HEADS_LIST);
/** Cuisines that no list of languages holds ("Mexican Grill", "Cajun Cafe"). */
const CUISINES = new Set(['mexican', 'indian', 'cajun', 'creole', 'soul', 'southern', 'mediterranean', 'asian', 'american', 'tex-mex', 'latin', 'caribbean', 'ethiopian', 'lebanese', 'persian', 'moroccan', 'peruvian', 'cuban', 'brazilian', 'hawaiian', 'irish', 'french', 'spanish', 'filipino', 'vegan', 'vegetarian', 'seafood', 'family']);
/** One-word heads that name a place only after a word in no common-word list (so does "Primary Care"). */
// Heads that name a place only after a word in no dictionary: "Seabreeze Inn", "Tri-County EMS", "Northgate Market"; not "Holiday Inn" (a common word), "Farmers Market", "EMS" alone.
// "Lincoln Elementary": a school named after a common word needs a rare one with it ("Public Elementary" names nothing).
// "Church" and "Chapel" are no heads: they are surnames too ("Dr. Maria M. Church").
// Round 70: a liquor store by its owner's or its street's name ("Pruitt Liquor", "Alvarado Liquors"); "Hard Liquor" is a drink.
const RARE_NAME_HEADS = new Set(['imaging', 'school', 'academy', 'inn', 'hotel', 'motel', 'ems', 'elementary', 'market', 'supermarket', 'grocery', 'mall', 'stadium', 'arena', 'apartments', 'apts', 'liquor', 'liquors', ...EATERY_HEADS_LIST]);
// A housing complex is named by two words of its own, however common ("Pearl Court Apartments"); one word before
// the head says which kind ("Senior Apartments", "List of Apartments").
const HOUSING_HEADS = new Set(['apartments', 'apts', ...EATERY_HEADS_LIST]);
const SCHOOL_HEADS = new Set(['school', 'academy', 'elementary']);
// Round 72: where someone teaches or works ("teacher at Maplewood Elementary", "works at Cedar Academy").
const SCHOOL_LABEL_BEFORE = /(?:^|[^a-z])(?:school[ \t]{0,2}:|attends|attending|goes[ \t]to|(?:teacher|teaches|teaching|works|worked|employed)[ \t]at)[ \t]{1,2}$/;
// Round 84: journals and textbooks named with a specialty's head ("JAMA Internal Medicine", "The Lancet Oncology",
// "Annals of Family Medicine", "Harrison's Principles of Internal Medicine"), cited in abstracts and teaching notes.
// A place's head after them names a hospital or a practice ("Lancet Memorial Hospital"), so these count only before a
// specialty's head ("Medicine", "Oncology").
const PUBLICATION_WORDS = new Set(['proceedings', 'journal', 'bulletin', 'gazette']);
const JOURNAL_TITLE_WORDS = new Set(['annals', 'archives', 'lancet', 'jama', 'bmj', 'nejm', 'principles', 'textbook', 'handbook']);
const JOURNAL_NOT_BEFORE = new Set(['hospital', 'hospitals', 'clinic', 'clinics', 'center', 'centre', 'infirmary', 'practice', 'associates', 'group', 'institute', 'pharmacy']);

/** Words that say which school, not whose: "High School", "Public Elementary". */
const SCHOOL_LEVELS = new Set(['high', 'middle', 'junior', 'senior', 'public', 'private', 'primary', 'secondary', 'grammar', 'elementary', 'charter', 'magnet', 'day', 'boarding', 'special', 'education', 'medical', 'nursing', 'graduate', 'law', 'summer', 'sunday', 'night']);

/** Tokens [from, head) are a town's name, all capitalised: "Oak Ridge Primary Care" (both words common ones). */
function townNamed(doc: DocumentView, from: number, head: number): boolean {
  if (head - from > 3 || !allCapitalised(doc, from, head)) return false;
  return doc.dict.allCities.has(doc.lower.slice((doc.tokens[from] as Token).start, (doc.tokens[head - 1] as Token).end));
}

/** Tokens [from, head) are all capitalised: "Pearl Court", not "Low-income". */
function allCapitalised(doc: DocumentView, from: number, head: number): boolean {
  for (let k = from; k < head; k++) if (!(doc.tokens[k] as Token).capitalized) return false;
  return true;
}

/**
 * Round 46: tokens [from, head) are a listed town's one word and a school's level: "Liberty Elementary School", "Hope
 * High School", as small towns name their schools; not "Public Elementary School", "Graduated High School".
 */
function schoolOfTown(doc: DocumentView, from: number, head: number): boolean {
  let town = -1;
  let level = SCHOOL_LEVELS.has((doc.tokens[head] as Token).lower);
  for (let k = from; k < head; k++) {
    const w = doc.tokens[k] as Token;
    if (SCHOOL_LEVELS.has(w.lower) || lexicon.FACILITY_PREFIXES.has(w.lower)) {
      level ||= SCHOOL_LEVELS.has(w.lower);
      continue;
    }
    if (town >= 0 || !w.capitalized || w.upper) return false;
    town = k;
  }
  return town >= 0 && level && doc.dict.allCities.has((doc.tokens[town] as Token).lower) && !lexicon.US_STATES.has((doc.tokens[town] as Token).lower);
}

/** Tokens [from, head) hold two words that name a school, no level and no verb's form ("Graduated High School"). */
function schoolName(doc: DocumentView, from: number, head: number): boolean {
  let names = 0;
  for (let k = from; k < head; k++) {
    const w = doc.tokens[k] as Token;
    if (SCHOOL_LEVELS.has(w.lower) || FACILITY_CONNECTORS.has(w.lower)) continue;
    if (/(?:ed|ing)$/.test(w.lower)) return false;
    names++;
  }
  return names >= 2;
}

/**
 * "Children's Mercy Kansas City", "Children's Minnesota": "Children's" then a prefix word, a state or a city,
 * then more such words; not "Children's Tylenol" (a drug, in none of those lists).
 */
function childrensFacilities(doc: DocumentView, out: Candidate[]): void {
  const tokens = doc.tokens;
  const text = doc.text;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text.length !== 8 || !placeShaped(doc, t) || t.lower !== 'children' || !isApostropheS(text, t.end)) continue;
    const n = tokenAt(tokens, i + 1);
    let j = i;
    // "Children's Mercy": the possessive and one blank between the words ("... to Dayton Children's." may end the note).
    if (n !== undefined && n.start === t.end + 3 && text.charCodeAt(t.end + 2) === 32) {
      for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
        const w = tokens[k] as Token;
        if (!placeShaped(doc, w) || (k > i + 1 && w.start !== (tokens[k - 1] as Token).end + 1)) break;
        if (!lexicon.FACILITY_PREFIXES.has(w.lower) && !lexicon.US_STATES.has(w.lower) && !doc.dict.allCities.has(w.lower) && w.lower !== 'national') break;
        j = k;
      }
    }
    if (j === i) {
      const from = namedBeforeChildrens(doc, i);
      if (from < i) out.push(candidate((tokens[from] as Token).start, t.end + 2, 'FACILITY', 0.8, 'facility', { kind: 'pattern', detail: 'childrens' }));
      continue;
    }
    out.push(candidate(t.start, (tokens[j] as Token).end, 'FACILITY', 0.8, 'facility', { kind: 'pattern', detail: 'childrens' }));
    i = j;
  }
}

/**
 * "Seattle Children's", "Lurie Children's", "Phoenix Children's": a hospital called by its town or its donor's name
 * and "Children's" alone. The first of one or two capitalised words right before it that are a town, a state, a
 * known system or no common word; not "Our Children's", "Infants' and Children's" (common words).
 * i is the index of "Children"; returns i when no such name stands before it.
 */
function namedBeforeChildrens(doc: DocumentView, i: number): number {
  const tokens = doc.tokens;
  let from = i;
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const p = tokens[k] as Token;
    if (p.end + 1 !== (tokens[k + 1] as Token).start || doc.text.charCodeAt(p.end) !== 32 || !placeShaped(doc, p) || p.single || isTitle(doc, p)) break;
    const naming = doc.dict.allCities.has(p.lower) || lexicon.US_STATES.has(p.lower) || lexicon.KNOWN_FACILITIES.has(p.lower) || doc.isCommon[k] === 0;
    if (!naming || NOT_FIRST.has(p.lower) || NEVER_FIRST.has(p.lower) || NOTE_VERBS.has(p.lower)) break;
    from = k;
  }
  return from;
}

const isApostropheS = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return (c === 39 || c === 0x2019) && text.charCodeAt(at + 1) === 115;
};

// A saint's parish after the saint's name: up to two more capitalised words, then the head ("Vianney Catholic Church").
const SAINT_CHURCH = /^([ \t]\p{Lu}[\p{Ll}'’\-]{1,20}){0,2}[ \t](?:(?:Catholic|Orthodox|Episcopal|Lutheran|Ukrainian|Polish|Greek)[ \t])?(?:Church|Parish|Chapel|Cathedral|Basilica|Shrine|Abbey)\b/u;

/**
 * The end of " in <listed town>" right after a facility's name that ends at `stop` (its last token before token
 * `from`), as "Mayo Clinic in Rochester" is one span: "St. Luke's in Bethlehem". `stop` when no town follows.
 */
function townAfterIn(doc: DocumentView, from: number, stop: number): number {
  const tail = /^[ \t]{1,2}in[ \t]{1,2}/.exec(doc.text.slice(stop, stop + 6));
  if (tail === null) return stop;
  const tokens = doc.tokens;
  let next = from;
  while (next < tokens.length && next < from + 4 && (tokens[next] as Token).start < stop + tail[0].length) next++;
  const nt = tokenAt(tokens, next);
  if (nt === undefined || nt.start !== stop + tail[0].length || !placeShaped(doc, nt)) return stop;
  const cityLen = phraseAt(doc, next, doc.dict.allCities, 4, doc.dict.cityStarts);
  return cityLen > 0 ? (tokens[next + cityLen - 1] as Token).end : stop;
}

/** Round 137: a compass word after a saint's possessive, naming the hospital's campus. */
const SAINT_CAMPUS_AFTER = /^ (?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central|Downtown|Midtown|Uptown)(?![\p{L}\d'’])/u;
/** The words before a saint typed in lower case that make it a place (round 69). */
// Round 139: "admitted via st francis er".
const LOWER_SAINT_CUES: ReadonlySet<string> = new Set(['at', 'to', 'from', 'in', 'via']);
/** Round 166: the words of care before a saint's hospital and its town ("from St. Charles Bend"); not "in" (a town's). */
const SAINT_TOWN_CUES: ReadonlySet<string> = new Set(['at', 'to', 'from', 'via', 'into']);
/** The clause's end or a lower-case word after the town ("Bend for cath", "Billings."); not a capitalised word. */
const SAINT_TOWN_END_AFTER = /^(?:$|[.,;:)\r\n]|[ \t]+(?:[a-z]|ED\b|ER\b|\())/;
/**
 * Round 139: the devotional names hospitals share, typed in lower case after a preposition of care ("brought to holy
 * cross er", "detox at holy cross (x1)", "BIBA from good sam urgent care"): first word indexed, the pair listed.
 * "the holy cross on the wall", "a good sam stopped" have no preposition of care before them.
 */
const DEVOTIONAL_HOSPITAL_NAMES: ReadonlySet<string> = new Set(['holy cross', 'holy family', 'holy name', 'holy redeemer', 'holy spirit', 'holy rosary', 'sacred heart',
  'good sam', 'good samaritan', 'good shepherd']);
export const DEVOTIONAL_HOSPITAL_OPENERS: readonly string[] = [...new Set([...DEVOTIONAL_HOSPITAL_NAMES].map((n) => n.split(' ')[0] as string))];
const DEVOTIONAL_CUES: ReadonlySet<string> = new Set([...LOWER_SAINT_CUES, 'into', 'go']);
function lowerDevotionalHospital(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const t = tokens[i] as Token;
  const n = tokenAt(tokens, i + 1);
  if (i === 0 || n === undefined || t.text !== t.lower || !lowerJoined(doc, i, i + 1) || !DEVOTIONAL_HOSPITAL_NAMES.has(`${t.text} ${n.text}`)) return;
  const prep = tokens[i - 1] as Token;
  if (!DEVOTIONAL_CUES.has(prep.text) || prep.end + 1 !== t.start) return;
  out.push(candidate(t.start, n.end, 'FACILITY', 0.7, 'facility', { kind: 'context', detail: 'lower-devotional' }));
}

/**
 * The lead (2026-12-01): a saint's given name typed with its possessive's "s" and no apostrophe ("at st lukes", "to st
 * marys", "at st joes"); not an English word, and not the herb ("st johns wort").
 */
function plainSaintPossessive(doc: DocumentView, n: Token): boolean {
  return n.text.length >= 4 && n.text.endsWith('s') && doc.dict.firstNames.has(n.text.slice(0, -1)) && doc.isCommon[n.index] === 0 && !/^[ \t]+wort\b/.test(doc.text.slice(n.end, n.end + 8));
}

/** "St. Mary's", "Saint Jude's" without a head word. */
function saintPossessives(doc: DocumentView, out: Candidate[]): void {
  const tokens = doc.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const n = tokens[i + 1] as Token;
    if (t.lower !== 'st' && t.lower !== 'saint' && t.lower !== 'ste') continue;
    // Round 51: a letterhead in capitals writes the saint and the possessive in capitals ("ST. BRENDAN'S").
    const caps = n.upper && t.upper && !n.single;
    if (!/^\.?[ \t]{1,2}$/.test(doc.text.slice(t.end, n.start))) continue;
    if (!(n.capitalized || caps)) {
      // Round 69: typed in lower case after "at", "to" or "from", a saint's given name is the hospital or the parish
      // ("by ambulance to st. raphael's", "the ER at st vincent kept her"); not "st john's wort", nor a street ("main st mark").
      // "in" too, unless the saint and the word name a town ("in st paul", "in st louis": the towns' rule reads those).
      if (t.text === t.lower && n.text === n.lower && (doc.isFirst[i + 1] === 1 || plainSaintPossessive(doc, n)) && i > 0 && LOWER_SAINT_CUES.has((tokens[i - 1] as Token).lower) &&
        !/^['’]s[ \t]+wort\b/.test(doc.text.slice(n.end, n.end + 10)) && !((tokens[i - 1] as Token).lower === 'in' && doc.dict.allCities.has(`st ${n.lower}`))) {
        const poss = /^['’]s\b/.test(doc.text.slice(n.end, n.end + 3));
        out.push(candidate(t.start, poss ? n.end + 2 : n.end, 'FACILITY', 0.72, 'facility', { kind: 'pattern', detail: 'saint-lower' }));
      }
      continue;
    }
    if ((caps ? /^['’]S\b/ : /^['’]s\b/).test(doc.text.slice(n.end, n.end + 3)) && !/^['’]s[ \t]+wort\b/i.test(doc.text.slice(n.end, n.end + 10))) {
      // "St. Mary's Church": the parish's head word belongs to the name.
      const head = SAINT_CHURCH.exec(doc.text.slice(n.end + 2, n.end + 44));
      let stop = n.end + 2 + (head !== null && head[1] === undefined ? head[0].length : 0);
      // Round 137: the hospital's campus by a compass word ("St. Luke's East where", "St. Vincent's North,"), as after a
      // head (AFTER_COMPASS_CAMPUS); not a building or a wing ("St. Mary's North Tower").
      const campus = head === null ? SAINT_CAMPUS_AFTER.exec(doc.text.slice(stop, stop + 12)) : null;
      if (campus !== null && AFTER_COMPASS_CAMPUS.test(doc.text.slice(stop + campus[0].length, stop + campus[0].length + 12))) stop += campus[0].length;
      out.push(candidate(t.start, townAfterIn(doc, i + 2, stop), 'FACILITY', 0.8, 'facility', { kind: 'pattern', detail: 'saint-possessive' }));
      continue;
    }
    // "St. Stanislaus Church", "Saint Anne Parish", "St. John Vianney Catholic Church": a parish named for its saint.
    const church = SAINT_CHURCH.exec(doc.text.slice(n.end, n.end + 44));
    if (church !== null) {
      out.push(candidate(t.start, n.end + church[0].length, 'FACILITY', 0.8, 'facility', { kind: 'pattern', detail: 'saint-church' }));
      continue;
    }
    // Round 166: a saint's hospital named with its town after a preposition of care ("transferred from St. Charles Bend
    // for cath", "to St. Vincent Billings."): the saint's name, a listed town, then the clause's end or a lower-case word.
    if (i > 0 && SAINT_TOWN_CUES.has((tokens[i - 1] as Token).lower) && n.capitalized && doc.isFirst[i + 1] === 1 && /^[ \t]$/.test(doc.text.slice(n.end, n.end + 1))) {
      const len = phraseAt(doc, i + 2, doc.dict.anyTowns, 3, doc.dict.townStarts);
      const town = len > 0 ? (tokens[i + 1 + len] as Token) : undefined;
      if (town !== undefined && (tokens[i + 2] as Token).start === n.end + 1 && SAINT_TOWN_END_AFTER.test(doc.text.slice(town.end, town.end + 4))) {
        out.push(candidate(t.start, town.end, 'FACILITY', 0.8, 'facility', { kind: 'pattern', detail: 'saint-town' }));
        i = i + 1 + len;
        continue;
      }
    }
    // "St. Bridget of Kildare", "Saint Clare of Assisi", "St. Mary of the Woods": a parish, convent or school
    // named for a saint and where the saint came from.
    const of = /^[ \t]{1,2}of[ \t]{1,2}(?:the[ \t]{1,2})?(?=\p{Lu})/u.exec(doc.text.slice(n.end, n.end + 12));
    if (of === null) continue;
    let last = -1;
    for (let k = i + 2; k < tokens.length && k <= i + 6; k++) {
      const w = tokens[k] as Token;
      if (w.start < n.end + of[0].length) continue; // "of", "the"
      if (!w.capitalized || (last >= 0 && w.start !== (tokens[last] as Token).end + 1)) break;
      last = k;
    }
    if (last < 0) continue;
    out.push(candidate(t.start, (tokens[last] as Token).end, 'FACILITY', 0.8, 'facility', { kind: 'pattern', detail: 'saint-of-place' }));
    i = last;
  }
}

/** Tokens i..end are short upper-case abbreviations of no place, and lower-case heads or connectors ("HF clinic and GI clinic"). */
function serviceAbbreviations(doc: DocumentView, i: number, end: number): boolean {
  // Round 38: before a lab in lower case a panel's or a syndrome's letters run longer ("HELLP labs", "COAGS lab").
  const longest = /^labs?$/.test((doc.tokens[end] as Token).text) ? 6 : 4;
  for (let k = i; k <= end; k++) {
    const x = doc.tokens[k] as Token;
    if (placeShaped(doc, x)) {
      if (!x.upper || x.text.length > longest || lexicon.STATE_CODES.has(x.text) || doc.dict.allCities.has(x.lower)) return false;
    } else if (!FACILITY_CONNECTORS.has(x.lower) && headAt(doc, k) === 0) {
      return false;
    }
  }
  return true;
}

/**
 * Words that may follow a facility's head word and still belong to its name. Round 122: and a specialist's "Rooms",
 * as Australian and British consultants name their private practice ("Brindabella Cardiology Rooms").
 */
const TRAILING_BUSINESS_WORDS = new Set(['services', 'service', 'associates', 'partners', 'network', 'inc', 'llc', 'pllc', 'ltd', 'rooms']);
/** A company's legal form, written after a comma ("PLLC", "Inc"): "PA" is no such word here, it is a state too. */
const LEGAL_FORMS = new Set(['inc', 'llc', 'pllc', 'ltd', 'llp', 'lp', 'pc', 'psc', 'sc']);

/** Tokens i..end-1 hold an organisation's opener right before one of its words ("Royal College"): by index, no copy. */
function bodyInRun(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i; k < end; k++) if (ORG_OPENERS.has((tokens[k] as Token).lower) && ORG_WORDS.has((tokens[k + 1] as Token).lower)) return true;
  return false;
}

/** "University of Iowa", "College of Charleston": token i+2 is capitalised, no organisation's opener, and no profession in plural follows. */
function schoolPlaceAfterOf(doc: DocumentView, i: number): boolean {
  const p = tokenAt(doc.tokens, i + 2);
  if (p === undefined || !p.capitalized || ORG_OPENERS.has(p.lower) || (i > 0 && ORG_OPENERS.has((doc.tokens[i - 1] as Token).lower))) return false;
  for (let k = i + 2; k < i + 5; k++) {
    const w = tokenAt(doc.tokens, k);
    if (w === undefined || !w.capitalized) break;
    if (/(?:ists|ians|ons|ors|ers|nurses)$/.test(w.lower)) return false;
  }
  return true;
}

/** First words of national bodies, and the words that make them boards or societies rather than places. */
const INSTITUTE_HEADS = new Set(['institute', 'institutes']);
/** "National Heart, Lung, and ": the words of a national institute's name before the run. */
const NATIONAL_LIST_BEFORE = /\bNational[ \t](?:[A-Z][a-z]+,?[ \t]){0,4}(?:and[ \t])?$/;
const ORG_OPENERS = new Set(['american', 'national', 'international', 'european', 'world', 'canadian', 'british', 'royal']);
/** Round 115: words of orders, programmes, forms and equipment that no facility's name holds (lower case). */
/** Round 115: orders of a care plan and the prepositions after them, in any case (lower case here). */
const ORDER_OPENERS = new Set(['continue', 'start', 'resume', 'discontinue', 'follow', 'ask', 'leave', 'recommend', 'consider', 'up', 'with', 'about']);
const NOT_PLACE_WORDS = new Set(['aftercare', 'following',
  'replacement', 'phase', 'durable', 'semi', 'electric', 'skills', 'dialectical', 'bundle', 'protocol', 'advisory', 'withdrawal', 'session', 'sessions']);
/** A phase's or a level's Roman numeral ("Phase II"). */
const ROMAN_CLASS = /^(?:I{1,3}|IV|V)$/;
/** Bodies' words after a state's name ("Missouri Alliance", "Ohio Association"). */
const STATE_BODY_WORDS = new Set(['alliance', 'association', 'society', 'coalition', 'council', 'federation', 'board']);
/**
 * Round 166: a state (or "State") opening the run, then "Department" or "Dept" and "of", a health word within the three
 * words after "of" ("of Health", "of Public Health", "of State Health Services", "of Health and Human Services"). A
 * county's or a town's health office is no such agency and stays a place ("Hennepin County Public Health").
 */
function stateHealthAgency(doc: DocumentView, i: number, end: number): boolean {
  const tokens = doc.tokens;
  const t = tokens[i] as Token;
  let k = i + 1;
  const two = tokenAt(tokens, i + 1);
  if (two !== undefined && lexicon.US_STATES.has(`${t.lower} ${two.lower}`)) k = i + 2;
  else if (!(lexicon.US_STATES.has(t.lower) || t.lower === 'state')) return false;
  if (tokenAt(tokens, k)?.lower === 'state') k++;
  const dept = tokenAt(tokens, k)?.lower;
  if (!(dept === 'department' || dept === 'dept') || k > end + 1) return false;
  let of = k + 1;
  if (tokenAt(tokens, of)?.text === '.') of++;
  if (tokenAt(tokens, of)?.lower !== 'of') return false;
  for (let h = of + 1; h <= of + 3; h++) if (tokenAt(tokens, h)?.lower === 'health') return true;
  return false;
}
/** Or the run is the health words after such an agency's "Dept. of" ("Texas Dept. of [State Health Services]"). */
const DEPT_OF_BEFORE = /(?:^|[^a-z])((?:[a-z]+[ \t])?[a-z]+)[ \t]{1,2}(?:department|dept\.?)[ \t]{1,2}of[ \t]{1,2}$/;
function stateAgencyOfBefore(doc: DocumentView, i: number, end: number): boolean {
  const t = doc.tokens[i] as Token;
  const m = DEPT_OF_BEFORE.exec(doc.lower.slice(Math.max(0, t.start - 40), t.start));
  if (m === null) return false;
  const words = (m[1] as string).split(/[ \t]/);
  const last = words[words.length - 1] as string;
  if (!(lexicon.US_STATES.has(m[1] as string) || lexicon.US_STATES.has(last) || last === 'state')) return false;
  for (let h = i; h <= end + 1 && h < i + 4; h++) if (tokenAt(doc.tokens, h)?.lower === 'health') return true;
  return false;
}
/** The last word of such an agency's name from its first (`i`): the capitalised words after "of", "and" or "&" between. */
function stateHealthAgencyEnd(doc: DocumentView, i: number, end: number): number {
  const tokens = doc.tokens;
  let k = i;
  while (k < tokens.length && k - i < 6 && tokenAt(tokens, k)?.lower !== 'of') k++;
  // The run holds no "of" when it follows the agency's "Dept. of" (stateAgencyOfBefore): its words from its first.
  if (tokenAt(tokens, k)?.lower !== 'of') k = i - 1;
  let last = Math.max(end, k);
  for (let h = k + 1; h < tokens.length && h - k < 8; h++) {
    const x = tokens[h] as Token;
    if (x.capitalized || x.upper) last = h;
    else if (!(x.lower === 'and' || x.text === '&')) break;
  }
  return last;
}
/** Round 166: national reference laboratories named in more than one word, with their head ("Mayo Clinic Laboratories"). */
// Round 169: Cleveland Clinic's reference laboratory ("Cleveland Clinic Laboratories"), as round 166 did for Mayo's.
const REFERENCE_LAB_NAMES = new Set(['mayo clinic', 'mayo medical', 'cleveland clinic']);
function namedReferenceLab(doc: DocumentView, i: number, end: number): boolean {
  const tokens = doc.tokens;
  const a = tokens[i] as Token;
  const b = tokenAt(tokens, i + 1);
  const head = tokenAt(tokens, i + 2);
  return b !== undefined && head !== undefined && i + 2 >= end && REFERENCE_LAB_NAMES.has(`${a.lower} ${b.lower}`) && LAB_HEADS.has(head.lower) && head.start === b.end + 1 &&
    !TOWN_NAMED_AFTER.test(doc.text.slice(head.end, head.end + 8));
}
/** A town named after a laboratory's name: its draw site, a place ("Mayo Clinic Laboratory in Eau Claire", "..., Rochester"). */
const TOWN_NAMED_AFTER = /^(?:[ \t]{0,2}[,\-–][ \t]{0,2}|[ \t]{1,2}(?:in|at|of)[ \t]{1,2})\p{Lu}/u;
function notPlaceRun(doc: DocumentView, i: number, end: number): boolean {
  const run = doc.tokens.slice(i, end + 1);
  if (lexicon.US_STATES.has((run[0] as Token).lower) && run.some((x) => STATE_BODY_WORDS.has(x.lower))) return true;
  // The word right after the head counts too: "Best Practice Advisory", "Clinical Institute Withdrawal Assessment".
  const last = run[run.length - 1] as Token;
  const after = doc.tokens[end + 1];
  const orderAfter = after !== undefined && after.start === last.end + 1 && NOT_PLACE_WORDS.has(after.lower);
  return (orderAfter || run.some((x) => NOT_PLACE_WORDS.has(x.lower))) &&
    run.every((x) => doc.isCommon[x.index] === 1 || !x.capitalized || NOT_PLACE_WORDS.has(x.lower) || SPECIALTY_WORDS.has(x.lower) || lexicon.FACILITY_HEADS.has(x.lower) || ROMAN_CLASS.test(x.text));
}
/** Round 156: a role or a panel after a weak head names a person's function or a body, no place. */
const ROLE_AFTER_WEAK_HEAD = new Set(['examiner', 'examiners', 'officer', 'officers', 'director', 'directors', 'disclosure', 'panel', 'referee', 'assessor', 'adviser', 'advisor', 'certifier']);
/** Round 156: a hospital's lab sections named before "Laboratory" or "Lab". */
const LAB_SECTIONS = new Set(['core', 'central', 'main', 'stat', 'satellite', 'reference', 'clinical', 'hospital', 'research', 'special', 'esoteric', 'chemistry', 'microbiology', 'hematology', 'haematology', 'cytology', 'molecular', 'cath', 'sleep', 'vascular', 'skills', 'simulation']);
const ORG_WORDS = new Set(['board', 'boards', 'society', 'association', 'college', 'academy', 'federation', 'council', 'commission', 'committee', 'congress', 'foundation', 'library']);
/** Adjectives that name a specialty before a specialty head ("Occupational Medicine", "Internal Medicine"). */
const SPECIALTY_WORDS = new Set(['occupational', 'internal', 'family', 'emergency', 'sports', 'preventive', 'physical', 'pain', 'sleep', 'pulmonary', 'infectious',
  'critical', 'vascular', 'plastic', 'general', 'thoracic', 'pediatric', 'paediatric', 'geriatric', 'nuclear', 'tropical', 'travel', 'addiction', 'adolescent',
  'integrative', 'palliative', 'reproductive', 'behavioral', 'behavioural', 'respiratory', 'interventional', 'transplant', 'hospital', 'care', 'medicine',
  // Round 120: the inpatient physicians' service ("Hospitalist Medicine aware", "From: <hospital>, Hospitalist Medicine").
  'hospitalist', 'hospitalists',
  // Round 139: geriatrics as clinicians shorten it ("Geri clinic consult", "Geri psych").
  'geri', 'gero', 'geripsych',
  'surgical', 'surgery', 'neonatal', 'maternal', 'fetal', 'adult', 'child', 'invasive', 'diagnostic', 'clinical', 'community', 'primary', 'urgent',
  // Teams and clinic kinds of hospice and pre-operative care ("Interdisciplinary Group", "Pre-admission Group").
  // Round 37: the clinics before surgery and the employees' clinic ("Pre-op clinic", "Pre-anesthesia clinic", "Occ health").
  // Round 136: the subspecialties a signature names under its name ("Pediatric Neuromuscular Medicine", "Cardiovascular Medicine").
  'neuromuscular', 'cardiovascular', 'cardiothoracic', 'neurovascular', 'musculoskeletal', 'metabolic', 'developmental', 'perinatal', 'hepatobiliary', 'colorectal',
  'pre-op', 'preop', 'pre-operative', 'preoperative', 'pre-anesthesia', 'preanesthesia', 'pre-anaesthesia', 'pre-anesthetic', 'pre-surgical', 'presurgical',
  // Round 60: the clinic a patient returns to, as a schedule's column heads it ("Follow-up Clinic").
  'follow-up', 'followup',
  'post-op', 'postop', 'occ', 'interdisciplinary', 'multidisciplinary', 'pre-admission', 'preadmission', 'hereditary', 'chronic', 'psychiatry', 'psychiatric',
  'vitreoretinal', 'retina', 'retinal', 'oculoplastic', 'cornea', 'corneal', 'glaucoma', 'neuro-ophthalmology', 'refractive', 'hand', 'spine', 'colorectal', 'bariatric', 'endocrine',
  // A hospital's procedure rooms: "Cath Lab", "Echo Lab", "Cardiac Cath Lab", "Motility Lab".
  'cath', 'catheterization', 'echo', 'echocardiography', 'electrophysiology', 'motility', 'stress', 'noninvasive', 'cardiac',
  // Round 144: electrophysiology as report headings shorten it ("EP LAB REPORT", "EP Lab").
  'ep',
  // Round 131: a lab named by the test it runs ("Pulmonary Function Lab", "Vascular Physiology Lab", "Gait Lab").
  'function', 'physiology', 'gait', 'swallow',
  // British wards and services: "Ward 14 (Acute Medicine)", "Elderly Care Medicine".
  'acute', 'elderly',
  // Round 117: the metabolic clinics ("Obesity Medicine", "Lipid & Metabolism Clinic", "Weight Management Clinic").
  'obesity', 'lipid', 'lipids', 'metabolism', 'metabolic', 'weight', 'diabetes', 'anticoagulation',
  // Round 73: the obstetric services now that obstetrics and midwifery are heads ("Operative Obstetrics", "Women's
  // Obstetrics", "Nurse Midwifery", "Perinatal Obstetrics"), and "Maternal-Fetal Medicine" in one word.
  'operative', 'women', 'womens', 'perinatal', 'high-risk', 'obstetric', 'nurse', 'midwifery', 'obstetrics', 'maternal-fetal', 'academic', 'planning',
  ...lexicon.SPECIALTY_SHORTHAND,
  // Services named by their setting or programme: "Inpatient Dermatology", "Bloodless Medicine".
  'inpatient', 'outpatient', 'bloodless',
  // Kinds of centre and service that name no place alone: "Stroke Center protocol", "Radiation Oncology".
  'stroke', 'trauma', 'burn', 'cancer', 'wound', 'dialysis', 'infusion', 'comprehensive', 'heart', 'breast', 'memory', 'epilepsy', 'radiation',
  // "Diabetes Center - Glenwood Clinic": a department's heading, its hospital or clinic named after it.
  'diabetes', 'fertility', 'allergy', 'headache',
  // "Outpatient Wound & Hyperbaric Center", "Cardiac Device Clinic", "Community health clinic".
  'hyperbaric', 'device', 'pacemaker', 'anticoagulation', 'lactation', 'ostomy', 'health',
  // "Specialty Pharmacy", "Dermatologic Surgery", "Employee Health", "OBSTETRICS AND PEDIATRICS": services, no place.
  'specialty', 'pharmacy', 'transfer', 'dermatologic', 'employee', 'obstetrics', 'gynecologic', 'oncologic', 'orthopedic', 'orthopaedic', 'neurologic',
  // Round 62: pathology's and radiology's sections ("Molecular Pathology", "Anatomic Pathology", "GI Pathology").
  'molecular', 'anatomic', 'anatomical', 'gastrointestinal', 'genomic', 'forensic', 'cytopathology', 'hematopathology', 'dermatopathology',
  'neuropathology', 'transfusion', 'genitourinary',
  // A report's heading for the lab that ran it ("CYTOGENETICS LABORATORY REPORT", "Microbiology Lab").
  'cytogenetics', 'cytogenetic', 'microbiology', 'hematology', 'haematology', 'chemistry', 'immunology', 'histocompatibility', 'toxicology',
  'virology', 'serology', 'coagulation', 'genetics', 'immunohematology', 'andrology', 'embryology', 'histology']);
/**
 * What a clinic, centre or unit is for, when nothing else names it: the condition it follows, the drug it starts or
 * monitors, the programme it runs, who staffs it and when ("Asthma Clinic", "Warfarin clinic", "INR Clinic", "HIV
 * Clinic", "Vaccine Clinic", "Resident Clinic", "Same-Day Clinic", "Rapid Access Clinic", "Detox Center"). A
 * hospital's service, not a place: "Mercy Asthma Clinic" keeps its place's word and is still found.
 */
const SERVICE_HEADS: ReadonlySet<string> = new Set(['clinic', 'clinics', 'center', 'centre', 'unit']);
const SERVICE_CLINIC_WORDS = new Set(['asthma', 'copd', 'hypertension', 'lipid', 'lipids', 'obesity', 'weight', 'smoking', 'cessation', 'falls',
  'continence', 'incontinence', 'osteoporosis', 'bone', 'kidney', 'renal', 'liver', 'thyroid', 'ivf', 'hiv', 'std', 'sti', 'tb', 'tuberculosis',
  'hepatitis', 'prep', 'ulcer', 'foot', 'lung', 'arthritis', 'gout', 'migraine', 'seizure', 'concussion', 'scoliosis', 'autism', 'adhd', 'eating',
  'disorder', 'disorders', 'opioid', 'alcohol', 'substance', 'psoriasis', 'eczema', 'vein', 'lymphedema', 'lymphoedema', 'spasticity', 'tremor',
  'dementia', 'prostate', 'bladder', 'menopause', 'contraception', 'colposcopy', 'antenatal', 'postnatal', 'newborn', 'transgender', 'gender',
  'refugee', 'sickle', 'cell', 'hemophilia', 'haemophilia', 'lupus', 'failure', 'anticoag', 'coumadin', 'warfarin', 'inr', 'clozapine', 'lithium',
  'methadone', 'suboxone', 'buprenorphine', 'insulin', 'biologic', 'biologics', 'botox', 'ketamine', 'methotrexate', 'amiodarone', 'heparin',
  'testosterone', 'hormone', 'antibiotic', 'opat', 'vaccine', 'vaccination', 'immunization', 'immunisation', 'injection', 'depot', 'chemo',
  'chemotherapy', 'infliximab', 'dmard',
  // Who runs it, when and how: kinds of clinic every hospital has. Not the words that are also towns or surnames
  // ("Mobile", "Stone", "Day", "Bridge"): a clinic may be named after those.
  'management', 'walk-in', 'walkin', 'women\'s', 'women’s', 'womens', 'student', 'telehealth', 'video', 'resident', 'residents',
  'continuity', 'transition', 'transitions', 'post-discharge', 'same-day', 'after-hours', 'virtual', 'nurse-led', 'procedure',
  'procedures', 'rapid', 'access', 'one-stop', 'pre-assessment', 'fracture', 'chest', 'eye', 'infectious', 'disease', 'stoma', 'medication', 'wellness',
  'detox', 'crisis', 'ambulatory', 'injuries', 'injury', 'pregnancy', 'assessment', 'triage', 'observation', 'decision', 'treatment']);
// Specialties named by their ending ("Urology and Radiation Oncology").
const SPECIALTY_ENDING = /(?:ology|iatrics|iatry|pedics|paedics)$/;
/** The word before token i holds a capital ("Coeur d'Alene") and stands one space before it. */
function capitalisedBefore(doc: DocumentView, i: number): boolean {
  const p = tokenAt(doc.tokens, i - 1);
  // Round 115: an order opening the line is no word of a name ("Continue Skilled Nursing").
  return p !== undefined && doc.text.slice(p.end, (doc.tokens[i] as Token).start) === ' ' && /\p{Lu}/u.test(p.text) && !ORDER_OPENERS.has(p.lower);
}
/** Compass words naming a system's campus after its name. */
const CAMPUS_COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'central', 'downtown', 'midtown', 'uptown']);
/** Round 117: the lie of the land a hospital's short name may end on ("admitted at Providence Point", "seen at Trinity Valley"). */
const CAMPUS_SITES = new Set(['ridge', 'valley', 'hill', 'hills', 'heights', 'park', 'point', 'crest', 'springs', 'view', 'grove']);
/** Levels of government that name no particular health department ("Public", "County", "State Health Department"). */
const GOVERNMENT_LEVELS = new Set(['public', 'county', 'state', 'city', 'local', 'tribal', 'municipal', 'district', 'regional', 'the']);
const PROBATION_WORDS = new Set(['parole', 'and', '&', 'adult', 'juvenile', 'probation']);
/** Round 122: a medical degree right before a bracket ("MD (", "MS (", "DNB ("). */
const DEGREE_BEFORE_BRACKET = /(?<![\p{L}])(?:MD|MS|DNB|DM|MCh|DCH)[ \t]?\($/u;
/** Round 122: the words that open a hospital's department before "of" ("Department of", "Division of"). */
const DEPARTMENT_OPENERS: ReadonlySet<string> = new Set(['department', 'dept', 'division', 'directorate']);
/** Round 137: a pharmacy benefit's routing fields in capitals (processor control number, bank identification number, group). */
const BENEFIT_ROUTING_LABELS: ReadonlySet<string> = new Set(['PCN', 'BIN', 'RxPCN', 'RxBIN', 'RxGrp', 'RXPCN', 'RXBIN', 'RXGRP']);
const BENEFIT_LABEL_BEFORE = /(?<![\p{L}])(?:PCN|BIN|RxPCN|RXPCN)[ \t]?[:#]?[ \t]{1,2}$/u;
/** Round 131: offices held by a person, named "of" a department or field ("Chief of Medicine", "Head of Cardiology"). */
const OFFICE_HOLDER_WORDS: ReadonlySet<string> = new Set(['head', 'chief', 'director', 'secretary', 'chair', 'chairman', 'chairwoman', 'chairperson', 'dean',
  'president', 'professor', 'lead', 'deputy', 'minister', 'commissioner', 'manager', 'supervisor']);
/** Nouns of a field after "of" that no specialty list holds ("Secretary of Health", "Chief of Infectious Disease"). */
const FIELD_NOUNS: ReadonlySet<string> = new Set(['health', 'disease', 'diseases', 'staff', 'nursing', 'quality', 'services', 'surgery', 'pharmacy', 'medicine']);
/**
 * Round 131: tokens i..end read "<office> of <field>" ("the Head of Cardiology", "The Secretary of Health") or "<surname>
 * of <field>" after a person's title ("Dr. Hale of Pulmonology"): the words after "of" only a specialty's or a field of
 * health's, so the run is a role; "Dr. Hale of Westbury Clinic" has a place's word and stays.
 */
function officeOfField(doc: DocumentView, i: number, end: number): boolean {
  const tokens = doc.tokens;
  // Round 137: the run may open on the field itself, its office just before ("The Chief of <Surgery and the Director of
  // Pharmacy>"): the field's words, and any second office, make a role too.
  if (i >= 2 && (tokens[i - 1] as Token).lower === 'of' && OFFICE_HOLDER_WORDS.has((tokens[i - 2] as Token).lower)) return tokens.slice(i, end + 1).every(officeOrField);
  let k = i;
  if ((tokens[k] as Token).lower === 'the') k++;
  const of = tokenAt(tokens, k + 1);
  if (of === undefined || of.lower !== 'of' || k + 2 > end) return false;
  const opener = tokens[k] as Token;
  const personBefore = k === i && i > 0 && isTitle(doc, tokens[i - 1] as Token) && /^\.?[ \t]$/.test(doc.text.slice((tokens[i - 1] as Token).end, opener.start));
  if (!OFFICE_HOLDER_WORDS.has(opener.lower) && !personBefore) return false;
  // A second office may follow ("Head of Nephrology and the Secretary of Health").
  return tokens.slice(k + 2, end + 1).every(officeOrField);
}
/** A word of an office or of the field it heads ("Head", "of", "Nephrology", "and", "the", "Secretary", "Health"). */
const officeOrField = (x: Token): boolean => SPECIALTY_WORDS.has(x.lower) || SPECIALTY_ENDING.test(x.lower) || HEALTH_FIELDS.has(x.lower) || FIELD_NOUNS.has(x.lower)
  || OFFICE_HOLDER_WORDS.has(x.lower) || FACILITY_CONNECTORS.has(x.lower) || x.lower === 'the';
const GOVERNMENT_OFFICE_WORDS = new Set(['health', 'department', 'dept', 'and', 'of', '&', 'environmental', 'human', 'services']);
/** Video-visit platforms sold in editions "for Healthcare". */
/**
 * Payers by their first word: health plans, auto insurers, Medicare contractors (round 40). Words that also open a
 * hospital's name (Nationwide Children's, Hartford Hospital, Palmetto Health) are left out.
 */
const PAYER_FIRST_WORDS = new Set(['cigna', 'aetna', 'humana', 'unitedhealthcare', 'anthem', 'wellcare', 'ambetter', 'centene', 'elevance', 'highmark',
  'caresource', 'amerigroup', 'optum', 'tricare', 'regence', 'premera', 'emblemhealth', 'selecthealth', 'healthfirst', 'fidelis', 'geico', 'allstate',
  'usaa', 'noridian', 'novitas',
  // Round 147: the Medicare contractors a Summary Notice sends appeals to.
  'wps']);
/** National reference laboratories by their first word, which take send-out specimens only (round 151). */
const REFERENCE_LABS = new Set(['nms', 'arup', 'viracor', 'medtox', 'myriad', 'invitae', 'genedx', 'ambry', 'natera', 'guardant', 'fulgent', 'caris', 'neogenomics',
  'bioreference', 'aegis', 'psychemedics', 'eurofins']);
const LAB_HEADS = new Set(['labs', 'lab', 'laboratories', 'laboratory']);
/** Words before an organisation that make it a person's employer or place (round 40's payer exclusion keeps these). */
const EMPLOYER_CUE_BEFORE = /(?:^|[^a-z])(?:at|for|with|employer|employed[ \t]by|works|worked|joined)[ \t]{0,2}:?[ \t]{1,2}(?:the[ \t])?$/;
/** Payers whose first word is a common word or a place: the first two words (round 40). */
const PAYER_FIRST_TWO = new Set(['priority health', 'select health', 'florida blue', 'louisiana healthcare', 'sunshine health', 'peach state', 'buckeye health',
  'superior healthplan', 'health net', 'independence blue', 'horizon blue', 'excellus bluecross', 'capital blue', 'blue shield', 'blue cross',
  'state farm', 'liberty mutual', 'farmers insurance', 'hawaii employers',
  'wisconsin physicians', 'palmetto gba', 'national government', 'first coast', 'cgs administrators']);
function payerNamed(tokens: readonly Token[], i: number, end: number): boolean {
  const first = tokens[i] as Token;
  if (PAYER_FIRST_WORDS.has(first.lower)) return true;
  const second = end > i ? (tokens[i + 1] as Token) : undefined;
  return second !== undefined && second.start === first.end + 1 && PAYER_FIRST_TWO.has(`${first.lower} ${second.lower}`);
}
const VIDEO_PLATFORMS = new Set(['zoom', 'webex', 'teams', 'vidyo', 'doxy.me', 'amwell']);
/** Levels of care before a care setting's head ("Acute Rehab", "Subacute Rehab", "Skilled Nursing Facility"). */
const CARE_LEVELS = new Set(['acute', 'subacute', 'sub-acute', 'inpatient', 'outpatient', 'skilled', 'residential', 'intensive', 'short-term', 'long-term']);
/** Words of a care-transition form's heading in capitals: levels of care, settings' abbreviations and heads. */
const CARE_HEADING_WORDS = new Set(['long', 'short', 'term', 'to', 'from', 'and', 'nf', 'ltach', 'ltc', 'ltcf', 'icf', 'hospital', 'hospitals', 'services', 'service', 'unit', 'center', 'centre', 'correctional', 'transitional', 'swing', 'bed', 'post-acute', 'ed', 'er', 'icu']);
/** Heads of care settings, and the words of "nursing facility" and "home health" that precede the last one. */
const CARE_SETTING_HEADS = new Set(['rehab', 'rehabilitation', 'hospice', 'nursing', 'facility', 'home', 'health', 'care', 'snf', 'alf', 'irf']);

/**
 * Head words of practices, laboratories and suppliers that the facility lexicon lacks: "Brookside Family
 * Dentistry", "Meridian Reference Laboratories", "Quiet Harbor Sleep Diagnostics", "Summit Motion Physical
 * Therapy". They are common words in titles and headings ("Pediatric Dentistry", "Continue Physical
 * Therapy"), so the name before them must hold a word in no common-word list or two naming words.
 */
const PRACTICE_HEADS = new Set(['dentistry', 'dental', 'orthodontics', 'endodontics', 'periodontics', 'optometry', 'eyecare', 'audiology', 'podiatry',
  'chiropractic', 'laboratories', 'diagnostics', 'consultants', 'specialists', 'pavilion', 'apothecary', 'drugstore', 'counseling', 'counselling', 'therapy', 'care',
  // "Chowdhury Allergy & Asthma", "Lakeside Allergy and Asthma": the specialty's pair as a practice's name (see ALLERGY_BEFORE).
  'asthma']);
/** "Asthma" heads a practice only after "Allergy &" or "Allergy and" ("Exercise Induced Asthma" is a diagnosis). */
const ALLERGY_BEFORE = /allergy (?:&|and) $/;
/** Words before "Care" that make it a practice's head ("Kessler Family Eye Care", "Summit Foot Care"), not a kind of care. */
const CARE_KINDS = new Set(['eye', 'vision', 'hearing', 'foot', 'skin', 'dental']);
/** Words before "Therapy" that make it a practice's head ("Physical Therapy"), not a treatment ("Radiation Therapy"). */
const THERAPY_KINDS = new Set(['physical', 'occupational', 'speech', 'hand', 'aquatic', 'pediatric']);
/** Words that describe a practice without naming it ("Family", "Sleep", "Outpatient"). */
const PRACTICE_DESCRIPTORS = new Set([...SPECIALTY_WORDS, 'outpatient', 'inpatient', 'home', 'speech', 'hand', 'oral', 'eye', 'vision', 'hearing', 'foot',
  'ankle', 'spine', 'women', 'womens', 'children', 'childrens', 'senior', 'mental', 'molecular', 'cosmetic', 'implant', 'laser', 'advanced',
  'comprehensive', 'integrated', 'total', 'complete', 'specialty', 'imaging', 'cancer', 'heart', 'kidney', 'lung', 'skin', 'allergy', 'asthma', 'wound',
  'infusion', 'rehab', 'rehabilitation', 'recovery', 'wellness', 'health', 'healthcare', 'medical', 'dental', 'genetic', 'clinical', 'research', 'lab',
  'laboratory', 'infectious', 'disease', 'diseases', 'digestive', 'liver', 'endocrine', 'diabetes', 'blood', 'bone', 'joint', 'the', 'and', '&', 'of']);

/** After token h, " of " and a known town of one to three capitalised words: the town's last token, or -1. */
function townAfterOf(doc: DocumentView, h: number): number {
  const tokens = doc.tokens;
  const of = tokenAt(tokens, h + 1);
  if (of === undefined || of.text !== 'of' || of.start !== (tokens[h] as Token).end + 1 || doc.text.charCodeAt(of.end) !== 32) return -1;
  let words = '';
  for (let k = h + 2; k < h + 5; k++) {
    const w = tokenAt(tokens, k);
    if (w === undefined || !w.capitalized || w.start !== (tokens[k - 1] as Token).end + 1) break;
    // Round 43: a county or parish too ("Meals on Wheels of Lane County", "Urgent Care of Acadia Parish").
    if (k > h + 2 && (w.lower === 'county' || w.lower === 'parish')) return k;
    // Round 59: a metro area named by "Greater" and its town ("Sleep Disorders Center of Greater Toledo").
    if (k === h + 2 && w.text === 'Greater') continue;
    words = words === '' ? w.lower : `${words} ${w.lower}`;
    if (doc.dict.allCities.has(words) && !CAPITALISED_AFTER.test(doc.text.slice(w.end, w.end + 3))) return k;
  }
  return -1;
}
/**
 * Round 146: a county's agency named by its services and the county after "of" ("Behavioral Health Services of Marion
 * County", "Family Services of Lane County"): two to four capitalised words ending in a word of service, then "of", a
 * name and "County" or "Parish". The agency ends at the county's word; "Services of Marion" with no county stays.
 */
const SERVICE_WORDS = new Set(['services', 'service', 'programs', 'agency', 'alliance', 'network']);
function servicesOfCounty(doc: DocumentView, i: number): number {
  const tokens = doc.tokens;
  if (NOT_FIRST.has((tokens[i] as Token).lower)) return -1;
  for (let k = i + 1; k < i + 4; k++) {
    const w = tokenAt(tokens, k);
    if (w === undefined || !w.capitalized || w.start !== (tokens[k - 1] as Token).end + 1 || doc.text.charCodeAt(w.start - 1) !== 32) return -1;
    if (!SERVICE_WORDS.has(w.lower)) continue;
    const m = townAfterOf(doc, k);
    const last = tokenAt(tokens, m);
    return last !== undefined && (last.lower === 'county' || last.lower === 'parish') ? m : -1;
  }
  return -1;
}

/** A dash between a practice and its town ("<name> Physical Therapy - <town>"). */
const PRACTICE_TOWN_DASH = /^[ \t][\-–][ \t]$/;
/** After head h, a blank or a dash and a listed town that ends the name: the town's last token, or -1. */
function townAfterPractice(doc: DocumentView, h: number): number {
  const next = tokenAt(doc.tokens, h + 1);
  if (next === undefined) return -1;
  const gap = doc.text.slice((doc.tokens[h] as Token).end, next.start);
  return gap === ' ' || PRACTICE_TOWN_DASH.test(gap) ? townEndingName(doc, h + 1) : -1;
}
/**
 * Round 151: a clinic chain's site, "<Word> Care <town>", heading its line or after "at" or a label ("Zoom Care
 * Hawthorne" as a visit's heading, "seen at Zoom Care Hawthorne"): the chain's word is any capitalised word but a
 * practice's descriptor ("Urgent Care", "Primary Care"), and the town a listed one. "Zoom care conference" and
 * "Comfort Care plan" stay.
 */
/** Words that say which care, not whose ("Patient Care Salem" heads a unit's note, no chain). */
const KINDS_OF_CARE = new Set(['patient', 'nursing', 'home', 'comfort', 'palliative', 'hospice', 'wound', 'self', 'foster', 'respite', 'day', 'child', 'skilled',
  'personal', 'critical', 'intensive', 'acute', 'primary', 'urgent', 'managed', 'health', 'medical', 'senior', 'memory', 'transitional', 'supportive', 'standard',
  'usual', 'routine', 'total', 'direct', 'family', 'community', 'express', 'immediate', 'convenient', 'quick', 'walk-in', 'after-hours', 'continuing', 'spiritual']);
function careChainSite(doc: DocumentView, h: number): boolean {
  const p = doc.tokens[h - 1] as Token;
  const head = doc.tokens[h] as Token;
  if (p.end + 1 !== head.start || !p.capitalized || PRACTICE_DESCRIPTORS.has(p.lower) || FACILITY_CONNECTORS.has(p.lower) || KINDS_OF_CARE.has(p.lower)) return false;
  const lineStart = doc.text.lastIndexOf('\n', p.start - 1) + 1;
  if (!(/^[ \t]*$/.test(doc.text.slice(lineStart, p.start)) || placeOrLabelBefore(doc, h - 1))) return false;
  return townAfterPractice(doc, h) >= 0;
}
/** Token k follows a preposition of place or a label's colon ("at <name>", "Clinic: <name>"). */
function placeOrLabelBefore(doc: DocumentView, k: number): boolean {
  const t = doc.tokens[k] as Token;
  return placePrepositionBefore(doc, tokenAt(doc.tokens, k - 1), t) || LABEL_OR_COMMA_BEFORE.test(doc.text.slice(Math.max(0, t.start - 3), t.start)) && doc.text.charCodeAt(t.start - 2) === 58;
}
/** A capitalised word right after: the town read so far is only the start of a longer name. */
const CAPITALISED_AFTER = /^ \p{Lu}\p{Ll}/u;

function practiceNames(doc: DocumentView, out: Candidate[]): void {
  const tokens = doc.tokens;
  const text = doc.text;
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h] as Token;
    // Capitalised and four letters or more before the set is asked ("Care" is the shortest head).
    if (head.text.length < 4 || !placeShaped(doc, head) || !PRACTICE_HEADS.has(head.lower)) continue;
    if (head.lower === 'therapy' && !THERAPY_KINDS.has(tokenAt(tokens, h - 1)?.lower ?? '')) continue;
    if (head.lower === 'asthma' && !ALLERGY_BEFORE.test(doc.lower.slice(Math.max(0, head.start - 12), head.start))) continue;
    const careSite = head.lower === 'care' && !CARE_KINDS.has(tokenAt(tokens, h - 1)?.lower ?? '') && careChainSite(doc, h);
    if (head.lower === 'care' && !CARE_KINDS.has(tokenAt(tokens, h - 1)?.lower ?? '') && !careSite) continue;
    // Round 151: "Lakeshore Dental Benefits", "Delta Dental PPO": a dental payer, not a practice (PAYER_AFTER).
    const payerWord = tokenAt(tokens, h + 1);
    if (payerWord !== undefined && payerWord.start === head.end + 1 && PAYER_AFTER.has(payerWord.lower)) continue;
    // "ARUP Laboratories": a national reference laboratory named alone (REFERENCE_LABS).
    if (LAB_HEADS.has(head.lower) && REFERENCE_LABS.has(tokenAt(tokens, h - 1)?.lower ?? '')) continue;
    // Round 166: and one named in two words before its head ("Mayo Clinic Laboratories").
    if (LAB_HEADS.has(head.lower) && h >= 2 && namedReferenceLab(doc, h - 2, h)) continue;
    let k = h;
    let named = 0;
    let rare = 0;
    while (k > 0 && h - k < 4) {
      const p = tokens[k - 1] as Token;
      const gap = text.slice(p.end, (tokens[k] as Token).start);
      // "Brookside Family Dentistry", "St. Brendan's Women's Pavilion"; "&" between two descriptors ("Foot & Ankle
      // Specialists"), not between two names ("Smith & Nephew Diagnostics" is a company).
      const describedPair = gap === ' & ' && PRACTICE_DESCRIPTORS.has(p.lower) && PRACTICE_DESCRIPTORS.has((tokens[k] as Token).lower);
      if (gap !== ' ' && gap !== "'s " && gap !== '’s ' && !describedPair && !(gap === '. ' && ABBREVIATIONS.has(p.lower))) break;
      if (!placeShaped(doc, p) || isTitle(doc, p) || (doc.allCaps && CAPS_RUN_BREAKERS.has(p.lower))) break;
      k--;
      if (PRACTICE_DESCRIPTORS.has(p.lower) || PRACTICE_HEADS.has(p.lower)) continue;
      named++;
      if (doc.isCommon[p.index] === 0) rare++;
    }
    // "Foot & Ankle Specialists of Yakima", "Allergy Consultants of Edison": a practice of descriptors alone is named
    // by the town after "of", which the name takes on.
    let town = rare === 0 && named < 2 && k < h ? townAfterOf(doc, h) : -1;
    // Round 120: a practice of one common word before its listed town, after a preposition of place or a label
    // ("PT at Keystone Physical Therapy <town>", "Clinic: Harbor Physical Therapy - <town>").
    if (town < 0 && rare === 0 && named === 1 && (careSite || placeOrLabelBefore(doc, k))) town = townAfterPractice(doc, h);
    if (rare === 0 && named < 2 && town < 0) continue;
    // Leading descriptors and connectors stay outside ("The Brookside Dental").
    while (k < h && (tokens[k] as Token).lower === 'the') k++;
    const last = town >= 0 ? (tokens[town] as Token) : head;
    out.push(candidate((tokens[k] as Token).start, last.end, 'FACILITY', rare > 0 ? 0.75 : 0.68, 'facility', { kind: 'pattern', detail: 'practice-head' }));
  }
}

// Institutions that write their kind first: Quebec's in capitals ("CLSC Plateau-Mont-Royal", "CIUSSS du Centre-Sud-
// de-l'Île-de-Montréal", "GMF des Faubourgs") and European hospitals ("Centre hospitalier de Rouen", "Hôpital
// Lariboisière", "Ospedale di Circolo", "Klinikum Kempten", "Szpital Wojewódzki"). The name is one to four capitalised words after it.
// Round 49: the Dutch university medical centres and Belgian university hospitals ("UMC Utrecht", "UZ Leuven"), and
// France's regional university centres ("CHRU Brest").
const CAPS_KINDS = new Set(['clsc', 'chsld', 'ciusss', 'cisss', 'gmf', 'chu', 'chum', 'chus', 'ciusss-cisss', 'umc', 'uz', 'chru']);
// Spanish and English kinds written first ("Hospital Auxilio Mutuo", "Farmacia El Amal", "Centro Médico Menonita") are
// also English words that head sections and services ("Hospital Course", "Hospital Medicine"): their name must open
// on a word that is no English word.
// A German practice too ("Praxis am Schlossberg", "Praxis Dr. Weber"): "praxis" is an English word as well.
const WORD_KINDS = new Set(['hospital', 'farmacia', 'centro', 'praxis']);
// Quebec's and France's old hospitals keep the name "Hôtel-Dieu" ("Hôtel-Dieu de Lévis").
// The lead's probe (eleventh session): Spanish, Portuguese and Italian clinics ("Clínica Sierra Vista", "Policlínica
// Metropolitana") and Vietnam's hospitals, whose kind is two words ("Bệnh viện Bạch Mai", "Benh vien Viet Tiep").
export const HEAD_FIRST_KINDS = [...CAPS_KINDS, ...WORD_KINDS, 'hôpital', 'hopital', 'clinique', 'ospedale', 'policlinico', 'klinikum', 'krankenhaus', 'hospitalier', 'szpital', 'ziekenhuis', 'hôtel-dieu', 'hotel-dieu', 'clínica', 'clinica', 'policlínica', 'policlinica', 'viện', 'vien'];
/** The first word of Vietnamese "bệnh viện" (hospital), written with its marks or without. */
const VIETNAMESE_KIND_FIRST: ReadonlySet<string> = new Set(['bệnh', 'benh']);
// Inside the name, a town after a short preposition: "Szpital Uniwersytecki w Krakowie", "Klinikum rechts der Isar";
// German places after "am", "im", "an der" ("Praxis am Markt").
// Round 74: Quebec's clinics put a lower-case word of their kind before the name ("Clinique médicale Saint-Louis",
// "Clinique dentaire Laval", "Clinique familiale Aylmer").
const HEAD_FIRST_NAME = onFirstUse(String.raw`(?:[ \t](?:médicale|medicale|dentaire|familiale|pédiatrique|externe))?(?:[ \t]{1,2}(?:du|des|de[ \t]la|de|di|del|della|dell['’]|degli|am|im|an[ \t]der|zum|zur)[ \t]{1,2}|[ \t]{1,2}(?:de[ \t]l|d)['’]|[ \t]{1,2})(\p{Lu}[\p{L}\p{M}'’\-]{0,60}(?:[ \t](?:(?:w|we|im|am|an|der)[ \t])?\p{Lu}[\p{L}\p{M}'’\-]{0,40}){0,3})`, 'uy');

/** Only notes holding one of HEAD_FIRST_KINDS call it (the analyzer's word gate). */
export function findHeadFirstFacilities(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  forEachIndexedWord(doc, HEAD_FIRST_KINDS, (i) => headFirstFacility(doc, i, out));
  return out;
}

function headFirstFacility(doc: DocumentView, i: number, out: Candidate[]): void {
  const head = doc.tokens[i] as Token;
  let start = head.start;
  if (CAPS_KINDS.has(head.lower)) {
    // The kind in capitals, as the institutions write it ("CLSC", not "clsc" in a sentence about them).
    if (!head.upper) return;
  } else if (head.lower === 'hospitalier') {
    // "Centre hospitalier de Rouen": the kind is two words.
    const centre = tokenAt(doc.tokens, i - 1);
    if (centre?.lower !== 'centre' || !centre.capitalized || doc.text.slice(centre.end, head.start) !== ' ') return;
    start = centre.start;
  } else if (head.lower === 'viện' || head.lower === 'vien') {
    // "Bệnh viện Bạch Mai": the kind is two words, the first capitalised.
    const first = tokenAt(doc.tokens, i - 1);
    if (first === undefined || !VIETNAMESE_KIND_FIRST.has(first.lower) || !first.capitalized || doc.text.slice(first.end, head.start) !== ' ') return;
    start = first.start;
  } else if (!head.capitalized && !head.upper) return;
  // Round 49: "University Hospital Galway", "University Hospital Limerick": Ireland's and Britain's university
  // hospitals put "University" before the kind and the town after it.
  const kindBefore = tokenAt(doc.tokens, i - 1);
  if (head.lower === 'hospital' && kindBefore?.text === 'University' && doc.text.slice(kindBefore.end, head.start) === ' ') start = kindBefore.start;
  HEAD_FIRST_NAME().lastIndex = head.end;
  const m = HEAD_FIRST_NAME().exec(doc.text);
  if (!m) return;
  const name = (m[1] as string).replace(/[\-'’]+$/, '');
  // "CLSC Tel: ...", "Klinikum Verwaltung": a single common word after the kind is a label, no name; after "de" or
  // "du", or the clinic's lower-case kind, it is the town the institution serves (Round 74: "CLSC de Gaspé",
  // "Clinique médicale Gap").
  if (!name.includes('-') && !name.includes(' ') && doc.dict.commonWords.has(name.toLowerCase()) && !/^[ \t]\p{Ll}{6,12}[ \t]|[ \t](?:de|du|des)[ \t]{1,2}$/u.test(m[0].slice(0, m[0].length - (m[1] as string).length))) return;
  if (WORD_KINDS.has(head.lower) && (!head.capitalized || doc.dict.commonWords.has((/^[^ \t]+/.exec(name) as RegExpExecArray)[0].toLowerCase()))) return;
  out.push(candidate(start, head.end + m[0].length - (m[1] as string).length + name.length, 'FACILITY', 0.8, 'facility-head-first', { kind: 'pattern', detail: 'kind-first' }));
}

// Heads that end a facility's name written in lower case, as dictation and quick notes write it.
// Round 50: home-care agencies named in a lower-case dictation or voicemail ("from mercy home health", "through
// northshore visiting nurses"): the same listed name or place before them.
const LOWER_HEADS = new Set(['hospital', 'clinic', 'hospice', 'infirmary', 'internal medicine', 'family practice', 'family medicine', 'medical center',
  'health center', 'medical group', 'urgent care', 'home health', 'visiting nurses', 'visiting nurse',
  // Round 67: a child's school in a parent's lower-case message ("her teacher at hawthorne elementary", "at mckinley
  // middle school"): the same listed name or place before the school's level.
  'elementary', 'middle school', 'high school', 'preschool', 'daycare',
  // Round 127: a practice a parent or patient texts in lower case ("our pediatrician at <town> pediatrics", "at <town> surgical associates").
  'pediatrics', 'associates']);
/** Their first words, indexed for the facility recognizer (see locations.ts). */
export const LOWER_HEAD_WORDS = [...new Set([...LOWER_HEADS].map((h) => h.split(' ')[0] as string))];
/** Words between a lower-case facility's name and its head that describe the service ("heart failure clinic"). */
const SERVICE_DESCRIPTORS: ReadonlySet<string> = new Set([...PRACTICE_DESCRIPTORS, 'failure']);
// Round 104: and a lower-case hospital's own words between its town and its head ("seen at the norman regional urgent
// care", "at billings memorial hospital"); the town's word before them is still required ("the county general hospital"
// stays). A texted facility's name may hold them ("going to weiss memorial hospital"): see messageNameWord.
const LOWER_DESCRIPTORS: ReadonlySet<string> = new Set([...SERVICE_DESCRIPTORS, 'regional', 'memorial', 'general', 'community']);

/**
 * "at bayview internal medicine", "the saint vincent heart failure clinic": in lower case, a head word after up to
 * two describing words and a word that is a listed name or place (five letters or more, no eponym or common word),
 * with "saint" or "st" before it. Clinical words before a head ("lipid clinic", "ortho clinic") are in no such list.
 */
function lowerCaseFacilities(doc: DocumentView, out: Candidate[]): void {
  const before = out.length;
  forEachIndexedWord(doc, LOWER_HEAD_WORDS, (h) => lowerCaseFacility(doc, h, out));
  // A message typed with no capital at all, and only if the rule above found nothing in it.
  if (out.length === before && doc.text === doc.lower) forEachIndexedWord(doc, MESSAGE_HEAD_WORDS, (h) => lowerMessageFacility(doc, h, out));
}

/**
 * Texted questions typed with no capital at all ("nursing home pt at green acres manor o2 sat 86", "should she go
 * coney island hospital", "at mercy clinic joplin"): after "at", "to", "go", "from" or "in", one or two words and a
 * head. A home's head (manor, villa, lodge) is named by any words; a hospital or clinic only by a word of no English
 * list, or with a town after it, since "at walk in clinic", "at lipid clinic", "to county hospital" name kinds.
 */
function lowerMessageFacility(doc: DocumentView, h: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const head = tokens[h] as Token;
  if (h < 2 || !MESSAGE_HEADS.has(head.text)) return;
  // Round 88: a park is a home's only as a mobile home, trailer or RV park ("were at <name> <name> mobile home park");
  // the name is read before those words, and the span ends at the park.
  const park = head.text === 'park' ? parkKindBefore(doc, h) : 0;
  if (head.text === 'park' && park === 0) return;
  h -= park;
  let k = h;
  while (k > 0 && h - k < 2 && lowerJoined(doc, k - 1, k) && messageNameWord(tokens[k - 1] as Token)) k--;
  if (k === h || k === 0 || !lowerJoined(doc, k - 1, k) || !MESSAGE_PLACE_PREPOSITIONS.has((tokens[k - 1] as Token).text)) return;
  let end = h;
  const town = tokens[h + 1];
  if (town !== undefined && lowerJoined(doc, h, h + 1) && doc.dict.allCities.has(town.text) && doc.isCommon[h + 1] === 0) end = h + 1;
  if (!HOME_HEADS.has(head.text) && end === h) {
    let rare = false;
    for (let i = k; i < h; i++) if (doc.isCommon[i] === 0 && (tokens[i] as Token).text.length >= 4) rare = true;
    if (!rare) return;
  }
  out.push(candidate((tokens[k] as Token).start, (tokens[park > 0 ? h + park : end] as Token).end, 'FACILITY', 0.68, 'facility', { kind: 'context', detail: 'lower-case-message' }));
}

/** The count of words naming a park's kind of home right before token h ("mobile home", "trailer", "rv"); 0 when none. */
function parkKindBefore(doc: DocumentView, h: number): number {
  const tokens = doc.tokens;
  const w1 = tokens[h - 1] as Token;
  if (!lowerJoined(doc, h - 1, h)) return 0;
  if (w1.text === 'trailer' || w1.text === 'rv') return 1;
  return w1.text === 'home' && h >= 3 && (tokens[h - 2] as Token).text === 'mobile' && lowerJoined(doc, h - 2, h - 1) ? 2 : 0;
}

// Round 88: apartments and mobile home parks are homes named by any words too ("at <name> <name> apartments").
const HOME_HEADS: ReadonlySet<string> = new Set(['manor', 'villa', 'lodge', 'apartments', 'apts', 'park']);
const MESSAGE_HEADS: ReadonlySet<string> = new Set(['hospital', 'clinic', ...HOME_HEADS]);
export const MESSAGE_HEAD_WORDS: readonly string[] = [...MESSAGE_HEADS];
const MESSAGE_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'to', 'go', 'from', 'in']);
/** Words that say what kind of place, or whose, rather than name it: "at our clinic", "to the county hospital". */
const KIND_WORDS: ReadonlySet<string> = new Set(['local', 'nearby', 'nearest', 'closest', 'our', 'their', 'his', 'her', 'my', 'your', 'free', 'same', 'other',
  'another', 'this', 'that', 'new', 'old', 'big', 'small', 'county', 'city', 'state', 'community', 'general', 'regional', 'university', 'private', 'public',
  'walk', 'walkin', 'urgent', 'methadone', 'vet', 'animal', 'teaching', 'psych', 'psychiatric', 'rural', 'main', 'previous', 'different', 'outside', 'big',
  'lipid', 'anticoag', 'coumadin', 'warfarin', 'hiv', 'std', 'prenatal', 'vaccine', 'flu', 'covid', 'travel', 'refugee', 'student', 'employee', 'teen',
  'baby', 'mens', 'va', 'er', 'ed', 'ob', 'gyn', 'ent', 'eye', 'pain', 'wound', 'sleep', 'fertility', 'family', 'kids', 'dental', 'ortho', 'peds', 'derm',
  'cardiac', 'heart', 'cancer', 'dialysis', 'infusion', 'transplant', 'rehab', 'nursing', 'retirement', 'senior', 'group', 'the', 'a', 'an',
  // Round 88: what kind of apartments or park, not whose name: "at low income apartments", "to the dog park".
  'low', 'income', 'subsidized', 'section', 'housing', 'cheap', 'nice', 'furnished', 'studio', 'affordable', 'assisted', 'living', 'dog', 'water',
  'skate', 'amusement', 'theme', 'national', 'ball', 'car', 'parking', 'trailer', 'mobile', 'rv', 'home']);

/** A lower-case word that may be part of a texted facility's name: letters only, no function, kind or describing word. */
function messageNameWord(t: Token): boolean {
  return t.text.length >= 3 && /^[a-z]+$/.test(t.text) && !FUNCTION_WORDS.has(t.text) && !KIND_WORDS.has(t.text) && !SERVICE_DESCRIPTORS.has(t.text) && !MESSAGE_HEADS.has(t.text);
}

/** The lower-case facility whose head word is token h, if any. */
function lowerCaseFacility(doc: DocumentView, h: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const head = tokens[h] as Token;
  if (h === 0 || head.text !== head.lower) return;
  let n = headAt(doc, h);
  // Round 50: two-word heads the facility lexicon does not hold as heads ("home health", "visiting nurses").
  if (n === 0 || !LOWER_HEADS.has(wordsFrom(doc, h, n) ?? '')) n = LOWER_HEADS.has(wordsFrom(doc, h, 2) ?? '') ? 2 : 0;
  if (n === 0) return;
  let k = h;
  while (k > 0 && h - k < 2 && lowerJoined(doc, k - 1, k) && LOWER_DESCRIPTORS.has((tokens[k - 1] as Token).text)) k--;
  if (k === 0 || !lowerJoined(doc, k - 1, k) || !lowerPlaceName(doc, tokens[k - 1] as Token)) return;
  k--;
  const p = tokenAt(tokens, k - 1);
  if (p !== undefined && (p.text === 'saint' || p.text === 'st') && lowerJoined(doc, k - 1, k)) k--;
  out.push(candidate((tokens[k] as Token).start, (tokens[h + n - 1] as Token).end, 'FACILITY', 0.7, 'facility', { kind: 'context', detail: 'lower-case-head' }));
}

/** Tokens a and b (= a + 1) are lower-case words one blank apart. */
function lowerJoined(doc: DocumentView, a: number, b: number): boolean {
  const x = doc.tokens[a] as Token;
  const y = doc.tokens[b] as Token;
  return x.text === x.lower && y.start === x.end + 1 && doc.text.charCodeAt(x.end) === 32;
}

/** A lower-case word that names a facility: a listed name or place of five letters or more, no common word or eponym. */
function lowerPlaceName(doc: DocumentView, t: Token): boolean {
  if (t.text.length < 5 || doc.isCommon[t.index] === 1 || t.lower.includes('-') || lexicon.EPONYMS.has(t.fold)) return false;
  return doc.isFirst[t.index] === 1 || doc.isSur[t.index] === 1 || doc.dict.allCities.has(t.lower);
}

/**
 * Senior-living and home-care brands (lower case) that name a community or a franchise by the town it serves
 * ("Sunrise of Silver Spring", "BrightStar Care of Naperville") or write the town right after the brand
 * ("Brookdale Kenwood"). Only those that are no English word stand before a bare town.
 */
const RESIDENCE_BRANDS = new Set(['sunrise', 'brookdale', 'atria', 'brightstar', 'emeritus', 'silverado', 'kisco', 'manorcare', 'amedisys', 'aegis', 'griswold', 'homewatch', 'firstlight', 'interim', 'synergy']);
// Round 110: oxygen, DME and home-infusion suppliers' branches by the town they serve ("O2 via Lincare Yakima", "DME
// from Apria Boise", "supplies via Coram Eugene"); the brand alone stays a brand (round 88).
// Round 114: "Option Care <town>", the two-word infusion brand ("option" is indexed, "Care" must follow).
const BRANDS_BEFORE_TOWN = new Set(['brookdale', 'atria', 'brightstar', 'emeritus', 'silverado', 'kisco', 'manorcare', 'amedisys', 'apria', 'lincare', 'coram', 'option']);
/** Round 114: a label's colon or an appositive's comma before the brand ("pharmacy: Option Care <town>", "the branch, Lincare <town>"). */
const LABEL_OR_COMMA_BEFORE = /[:,][ \t]{1,2}$/;
/** Last words of residences' and care franchises' names before "of <town>" ("Arden Courts of", "Heritage Pointe of"). */
const RESIDENCE_WORDS = new Set(['care', 'courts', 'court', 'pointe', 'place', 'village', 'gardens', 'commons', 'living', 'heights', 'terrace', 'estates', 'crossing', 'landing', 'meadows', 'caregivers', 'homecare', 'healthcare', 'residence', 'residences', 'suites', 'cottages']);
/**
 * Round 37: the last word of a practice, centre or service named by the town it serves, before "of <town>" ("Breast
 * Center of Naples", "Radiology Associates of Macon", "Diagnostic Imaging of Tacoma", "The Orthopedic Surgery Center
 * of Tulsa"), whose other words may all be common ones.
 */
const SERVICE_WORDS_BEFORE_TOWN = new Set(['center', 'centre', 'centers', 'associates', 'imaging', 'clinic', 'clinics', 'specialists', 'consultants', 'laboratories', 'diagnostics', 'partners', 'physicians', 'surgeons', 'radiology', 'pathology', 'hospice', 'dialysis', 'urology', 'dermatology', 'cardiology', 'oncology', 'orthopedics', 'orthopaedics', 'pediatrics', 'obstetrics', 'gynecology']);
/** Where a person lives or who cares for them: the word before such a name. */
// Round 104: a home-care agency's branch a service is sent through ("home health PT/OT via Amedisys Waterloo").
const RESIDENCE_PREPOSITIONS = new Set(['at', 'to', 'from', 'into', 'with', 'in', 'via', 'through']);
// After the town: the clause ends, or lower-case prose or a number goes on ("of Kenwood on Jan 9").
// A bracket may open after it too ("Diagnostic Imaging of Tacoma (15 March 2025)", round 37).
const AFTER_RESIDENCE_TOWN = /^(?:$|[.,;:?!)\]]|[ \t]*\r?\n|[ \t]+[\p{Ll}\d\-–—(])/u;

/** The indexed words the residence recognizer starts from: "of", and the brands written before a bare town. */
/**
 * Round 37: senior-living communities named "The <words> at <place>" ("The Arbors at Westfield", "The Gardens at
 * Eastview", "The Village at Mill Creek"): the residence's last word before "at".
 */
// Round 120: "villas" ("the Villas at <place>").
const RESIDENCE_AT_WORDS = ['arbors', 'gardens', 'village', 'terrace', 'commons', 'pointe', 'landing', 'meadows', 'oaks', 'pines', 'willows', 'woods', 'glen', 'reserve', 'residences', 'courtyard', 'lakes', 'springs', 'crossing', 'heights', 'estates', 'manor', 'cottages', 'suites', 'villas'];
/** Verbs of where a person lives, before "in the", "at the", "to the" and a residence ("lives in the Willows"). */
const DWELLING_VERBS: ReadonlySet<string> = new Set(['live', 'lives', 'lived', 'living', 'reside', 'resides', 'resided', 'residing', 'moved', 'moving', 'move', 'stays', 'staying']);
export const RESIDENCE_INDEX_WORDS = ['of', ...BRANDS_BEFORE_TOWN, ...RESIDENCE_AT_WORDS, ...DWELLING_VERBS];

/**
 * "lives at Heritage Pointe of Fort Wayne", "aide from BrightStar Care of Naperville", "returns to Arden Courts of
 * Kenwood", "at Brookdale Kenwood": one to three capitalised words after a preposition of place, holding a brand, a
 * residence's word or a word of no English list, then "of" and a listed town that ends the name. Not "Bank of
 * America" (no town), "State of Washington" or "Duke of Wellington" (common words, no brand).
 */
export function findResidencesOfTown(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  const ofs = doc.wordIndex.get('of');
  if (ofs) for (const o of ofs) residenceOfTown(doc, o, out);
  for (const w of BRANDS_BEFORE_TOWN) {
    const list = doc.wordIndex.get(w);
    if (list) for (const i of list) brandBeforeTown(doc, i, out);
  }
  for (const w of RESIDENCE_AT_WORDS) {
    const list = doc.wordIndex.get(w);
    if (list) for (const i of list) {
      residenceAtPlace(doc, i, out);
      theResidence(doc, i, out, true);
    }
  }
  for (const w of DWELLING_VERBS) {
    const list = doc.wordIndex.get(w);
    if (list) for (const v of list) if (v + 3 < doc.tokens.length && !RESIDENCE_AT_WORDS.includes((doc.tokens[v + 3] as Token).lower)) theResidence(doc, v + 3, out, false);
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/** The end token of a listed town starting at token k that ends the name, or -1. */
function townEndingName(doc: DocumentView, k: number): number {
  const t = tokenAt(doc.tokens, k);
  if (t === undefined || !placeShaped(doc, t)) return -1;
  const len = phraseAt(doc, k, doc.dict.allCities, 4, doc.dict.cityStarts);
  if (len === 0) return -1;
  const e = doc.tokens[k + len - 1] as Token;
  return AFTER_RESIDENCE_TOWN.test(doc.text.slice(e.end, e.end + 3)) ? k + len - 1 : -1;
}

/** Token p is a lower-case preposition of place one blank before token t. */
function placePrepositionBefore(doc: DocumentView, p: Token | undefined, t: Token): boolean {
  return p !== undefined && p.text === p.lower && RESIDENCE_PREPOSITIONS.has(p.lower) && t.start === p.end + 1 && doc.text.charCodeAt(p.end) === 32;
}

function residenceOfTown(doc: DocumentView, o: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const of = tokens[o] as Token;
  if (of.text !== 'of' || o === 0) return;
  const first = tokens[o - 1] as Token;
  if (first.end + 1 !== of.start || doc.text.charCodeAt(first.end) !== 32) return;
  const e = townEndingName(doc, o + 1);
  if (e < 0 || (tokens[o + 1] as Token).start !== of.end + 1) return;
  // Back over one to three capitalised words joined by single blanks.
  let k = o - 1;
  let qualifies = false;
  for (;;) {
    const t = tokens[k] as Token;
    if (!placeShaped(doc, t) || t.single || isTitle(doc, t) || NOT_FIRST.has(t.lower) || lexicon.WEEKDAYS.has(t.lower)) return;
    if (RESIDENCE_BRANDS.has(t.lower) || RESIDENCE_WORDS.has(t.lower) || (doc.isCommon[k] === 0 && doc.isFirst[k] === 0) || (k === o - 1 && SERVICE_WORDS_BEFORE_TOWN.has(t.lower))) qualifies = true;
    const p = tokenAt(tokens, k - 1);
    if (placePrepositionBefore(doc, p, t)) break;
    // "at The Orthopedic Surgery Center of Tulsa": a capitalised article after the preposition belongs to the name.
    if (p !== undefined && p.text === 'The' && p.end + 1 === t.start && doc.text.charCodeAt(p.end) === 32 && placePrepositionBefore(doc, tokenAt(tokens, k - 2), p)) {
      k--;
      break;
    }
    if (p === undefined || o - k >= 3 || p.end + 1 !== t.start || doc.text.charCodeAt(p.end) !== 32) return;
    k--;
  }
  if (!qualifies) return;
  out.push(candidate((tokens[k] as Token).start, (tokens[e] as Token).end, 'FACILITY', 0.8, 'residence-of-town', { kind: 'pattern', detail: 'residence-of-town' }));
}

/**
 * "lives at The Arbors at Westfield", "moved to The Village at Mill Creek.": a capitalised "The" after a preposition of
 * place, up to two capitalised words ending in a residence's word, "at", and one to three capitalised words that end
 * the clause. Not "the gardens at home" (lower case), nor "The Village at 5 pm" (no capitalised place).
 */
/** Times and settings after "at" that name no place: "The Commons at Noon", "The Village at Home". */
const TIMES_AFTER_AT = new Set(['noon', 'midnight', 'night', 'dawn', 'dusk', 'bedtime', 'home', 'work', 'lunch', 'dinner', 'breakfast', 'rest']);
function residenceAtPlace(doc: DocumentView, w: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const word = tokens[w] as Token;
  const at = tokenAt(tokens, w + 1);
  if (!placeShaped(doc, word) || at === undefined || at.text !== 'at' || at.start !== word.end + 1 || doc.text.charCodeAt(word.end) !== 32) return;
  // Back to "The": the residence's word itself or one or two capitalised words before it.
  let k = w;
  while (k > 0 && w - k < 3) {
    const p = tokens[k - 1] as Token;
    if (p.end + 1 !== (tokens[k] as Token).start || doc.text.charCodeAt(p.end) !== 32) return;
    if (p.text === 'The' || p.text === 'the') break;
    if (!placeShaped(doc, p) || isTitle(doc, p) || lexicon.WEEKDAYS.has(p.lower)) return;
    k--;
  }
  const the = tokenAt(tokens, k - 1);
  if (the === undefined || !placePrepositionBefore(doc, tokenAt(tokens, k - 2), the)) return;
  // Round 120: a lower-case "the" after a dwelling verb ("moved into the Residences at Fox Run"), the span without it.
  const lowerThe = the.text === 'the' && DWELLING_VERBS.has(tokenAt(tokens, k - 3)?.lower ?? '') && joinedByBlank(doc, k - 3, k - 2);
  if (the.text !== 'The' && !lowerThe) return;
  // After "at": one to three capitalised words, no month, weekday or title, then the clause ends.
  let e = w + 1;
  for (let n = w + 2; n < w + 5; n++) {
    const t = tokenAt(tokens, n);
    if (t === undefined || !placeShaped(doc, t) || t.start !== (tokens[n - 1] as Token).end + 1 || doc.text.charCodeAt(t.start - 1) !== 32) break;
    if (isTitle(doc, t) || CALENDAR_WORDS.has(t.lower) || TIMES_AFTER_AT.has(t.lower)) return;
    e = n;
  }
  if (e === w + 1 || !AFTER_RESIDENCE_TOWN.test(doc.text.slice((tokens[e] as Token).end, (tokens[e] as Token).end + 3))) return;
  out.push(candidate(lowerThe ? (tokens[k] as Token).start : the.start, (tokens[e] as Token).end, 'FACILITY', 0.8, 'residence-of-town', { kind: 'pattern', detail: 'residence-at-place' }));
}

/** Tokens a and b (= a + 1) are one blank apart. */
function joinedByBlank(doc: DocumentView, a: number, b: number): boolean {
  const x = doc.tokens[a] as Token;
  return (doc.tokens[b] as Token).start === x.end + 1 && doc.text.charCodeAt(x.end) === 32;
}

const DWELLING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'to', 'into']);
/**
 * Round 114: a community named by one residence's word after a dwelling verb and "the" ("we live in the <Pines>",
 * "moved to the <Willows> last year"), the span without "the" as the corpora label it. Not "lives in the woods" (lower
 * case), nor "The Oaks" with no dwelling verb before it.
 */
// Round 120: or a plural word of no such list ("moved to the <Sycamores>"), no country or people ("the Philippines",
// "the States", "the Smiths'" is a family's home, a place too); the residence's word list is the common case.
const NOT_RESIDENCE_PLURALS: ReadonlySet<string> = new Set(['states', 'us', 'islands', 'tropics', 'suburbs', 'projects', 'streets', 'woods', 'mountains', 'hills', 'plains', 'boonies', 'sticks', 'barracks', 'dorms', 'apartments', 'towers']);
function theResidence(doc: DocumentView, w: number, out: Candidate[], listed: boolean): void {
  const tokens = doc.tokens;
  const word = tokens[w] as Token;
  if (w < 3 || doc.allCaps || word.upper || !placeShaped(doc, word)) return;
  if (!listed && (!/^\p{Lu}\p{Ll}{3,20}s$/u.test(word.text) || NOT_RESIDENCE_PLURALS.has(word.lower) || COUNTRY_NAMES.has(word.lower) || CALENDAR_WORDS.has(word.lower) || isTitle(doc, word))) return;
  // "moved into the Residences at Fox Run": the residence-at-place rule takes it whole.
  if (!listed && tokenAt(tokens, w + 1)?.text === 'at') return;
  const the = tokens[w - 1] as Token;
  const prep = tokens[w - 2] as Token;
  const verb = tokens[w - 3] as Token;
  if (the.text !== 'the' || !DWELLING_PREPOSITIONS.has(prep.text) || !DWELLING_VERBS.has(verb.lower)) return;
  if (!joinedByBlank(doc, w - 3, w - 2) || !joinedByBlank(doc, w - 2, w - 1) || !joinedByBlank(doc, w - 1, w)) return;
  if (!AFTER_RESIDENCE_TOWN.test(doc.text.slice(word.end, word.end + 3))) return;
  out.push(candidate(word.start, word.end, 'FACILITY', 0.75, 'residence-of-town', { kind: 'context', detail: 'the-residence' }));
}

function brandBeforeTown(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const t = tokens[i] as Token;
  if (!placeShaped(doc, t) || (!placePrepositionBefore(doc, tokenAt(tokens, i - 1), t) && !LABEL_OR_COMMA_BEFORE.test(doc.text.slice(Math.max(0, t.start - 3), t.start)))) return;
  // "Option" is a brand only with its "Care": "Option Care <town>".
  const last = t.lower === 'option' ? i + 1 : i;
  if (last > i && !(tokenAt(tokens, last)?.text === 'Care' && joinedByBlank(doc, i, last))) return;
  const n = tokenAt(tokens, last + 1);
  if (n === undefined || !joinedByBlank(doc, last, last + 1)) return;
  const e = townEndingName(doc, last + 1);
  if (e < 0) return;
  out.push(candidate(t.start, (tokens[e] as Token).end, 'FACILITY', 0.8, 'residence-of-town', { kind: 'pattern', detail: 'brand-before-town' }));
}

/** Words that say an employer's name follows ("works at", "employed by", "her employer,", "drives for"). */
const EMPLOYER_VERBS = new Set(['works', 'worked', 'working', 'work', 'employed', 'drives', 'drove']);
/** An article before a trade between the verb and its preposition: "works as a roofer for", "worked as an aide at". */
const JOB_HOLDER_BEFORE = /(?:^|[^a-z])(?:lost|new|old|his|her|their|my|former|previous|current|first|part-time|full-time|night|summer)[ \t]$/;
const AS_A_TRADE = /^ as an? [a-z][a-z\-]{1,20} $/;
/** Jobs whose worksite follows "at" with no article needed: "cashier at Kroger", "machinist at SAS", "a line cook at Lucia's". */
const ARTICLE_FREE_JOBS = new Set(['cook', 'chef', 'cashier', 'engineer', 'mechanic', 'machinist', 'welder', 'electrician', 'plumber', 'carpenter',
  'janitor', 'custodian', 'waitress', 'waiter', 'server', 'bartender', 'barista', 'clerk', 'receptionist',
  'secretary', 'accountant', 'programmer', 'developer', 'analyst', 'manager', 'supervisor', 'foreman', 'dishwasher',
  'housekeeper', 'stocker', 'teller', 'librarian', 'technician']);
/**
 * Jobs held at an employer: "a line cook at Legal Sea Foods", "as a foreman at Suffolk Construction", "as IT manager
 * at Boston Scientific in Marlborough", "a school bus driver for Chelsea Public Schools and". Read only after "a",
 * "an" or "as" a few words before (ARTICLE_FREE_JOBS before "at" also without), and only in lower case.
 */
const OCCUPATION_WORDS = new Set([...ARTICLE_FREE_JOBS, 'forewoman', 'nurse', 'driver', 'teacher', 'tech', 'aide', 'paralegal', 'pharmacist', 'laborer', 'labourer',
  'operator', 'professor', 'guard', 'salesman', 'saleswoman', 'representative', 'administrator', 'coordinator',
  'consultant', 'packer', 'loader', 'bookkeeper', 'dispatcher', 'landscaper', 'baker', 'butcher', 'painter',
  'roofer', 'lineman', 'postmaster', 'attorney', 'lawyer', 'associate', 'executive',
  // Round 124: hands and helpers ("a line worker at", "a stable hand at", "a caregiver for").
  'worker', 'hand', 'assistant', 'attendant', 'caregiver', 'cna', 'lpn', 'lvn', 'emt', 'paramedic']);
/** Round 124: credentials that name a job in capitals ("a CNA at Maplecrest"); read in capitals only. */
const CREDENTIAL_JOBS = new Set(['cna', 'lpn', 'lvn', 'emt']);
/**
 * Round 124: common words that, alone or first, name no employer after "at" ("works at Home", "a nurse at Heart",
 * "a clerk at Social Security", "a teacher at School"): a kind of place or an agency, not one place.
 */
const GENERIC_EMPLOYER_WORDS = new Set(['home', 'homes', 'night', 'nights', 'work', 'school', 'church', 'hospital', 'clinic', 'college', 'university', 'community',
  'social', 'state', 'federal', 'county', 'city', 'town', 'local', 'heart', 'bedside', 'baseline', 'risk', 'goal', 'rest', 'first', 'least', 'all',
  'present', 'this', 'that', 'times', 'peace', 'ease', 'large', 'sea', 'war', 'length', 'best', 'most', 'last', 'will', 'hand', 'night-time', 'daycare',
  'medicare', 'medicaid', 'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'his', 'her', 'their', 'my', 'our']);
const JOB_ARTICLE_BEFORE = /(?:^|[^a-z])(?:a|an|as)[ \t]/;
/** Round 124: a job in apposition right after a comma ("41 M, welder with Hartwell Fabrication"). */
const JOB_AFTER_COMMA = /[,;][ \t]$/;
// "retired from General Electric", "retired machinist from Raytheon"; "lost job at Market Basket", "new job at Amazon".
// Round 124: "laid off from Brandvold Tool", "fired from Okonkwo Millwork".
// Round 169: "towed by Aloha Towing" (a towing firm named in a crash report, by its business's word only).
// A firm as a party in a case's caption, after "v." ("Holcomb v. Inland Freight Systems").
export const EMPLOYER_CUE_WORDS = [...new Set([...EMPLOYER_VERBS, 'employer', 'retired', 'job', 'laid', 'fired', 'towed', 'v', ...OCCUPATION_WORDS])];
/** Round 169: a note for an employer ("Work note for Mission Bay Biotech.", "work excuse for Kessler Tool"). */
const WORK_NOTE_WORDS = new Set(['note', 'excuse', 'letter', 'slip']);
/** When a shift is worked, between the verb and its preposition: "works nights at", "worked shifts at". */
const SHIFT_WORDS = new Set(['nights', 'days', 'evenings', 'weekends', 'shifts', 'overnights', 'part-time', 'full-time', 'there']);
const EMPLOYER_PREPOSITIONS = new Set(['at', 'for', 'by']);
/** Round 49: whose employer, right before the word ("his employer", "patient's employer", "her former employer"). */
const EMPLOYER_OWNER_BEFORE = /(?:^|[^a-z])(?:his|her|their|my|your|patient['’]s|pt['’]s)[ \t](?:(?:former|current|new|previous)[ \t])?$/;
/** A worksite after an employer's name, in lower case: "the Amazon fulfillment center", "the Seaboard Foods plant". */
const WORKSITE_WORDS = new Set(['plant', 'factory', 'warehouse', 'mill', 'store', 'site', 'facility', 'jobsite', 'yard', 'depot', 'kitchen', 'restaurant', 'branch', 'location', 'hub']);
/** Last words of a business's name ("Trex Company", "Werner Enterprises", "Tyson Foods"). */
const BUSINESS_WORDS = new Set(['company', 'co', 'corporation', 'corp', 'inc', 'llc', 'enterprises', 'industries', 'foods', 'farms', 'manufacturing', 'logistics', 'trucking', 'construction', 'motors', 'steel', 'mills', 'labs', 'systems', 'group', 'holdings', 'partners', 'brothers', 'bros',
  // Trades' firms and utilities: "Coastal Roofing & Siding", "Valley Plumbing", "Bay State Electric", "Boston Gas".
  'roofing', 'siding', 'plumbing', 'heating', 'electric', 'landscaping', 'paving', 'masonry', 'gas',
  // Round 49: carriers ("Delta Air Lines", "Alaska Airlines", "Union Pacific Railroad").
  'airlines', 'lines', 'airways', 'railroad', 'railway',
  // Round 124: makers, shops and haulers ("Ostrander Plastics", "Hartwell Fabrication", "Tamsin Freight").
  'towing', 'biotech', 'plastics', 'bakery', 'freight', 'poultry', 'transport', 'packaging', 'lumber', 'dairy', 'meats', 'parts', 'metals', 'chemicals', 'distributors', 'tool', 'machine', 'millwork', 'fabrication', 'printing', 'diner', 'tavern', 'cafe', 'grill', 'pizzeria', 'taqueria']);
/** Payers' programs, which "works for" may name without an employer: "works for Medicare patients". */
const PROGRAM_WORDS = new Set(['medicare', 'medicaid', 'tricare', 'medi-cal', 'champva', 'chip', 'wic', 'snap']);
const AFTER_EMPLOYER_FOR = /^(?:$|[.,;:?!)]|[ \t]*\r?\n|[ \t]+(?:as|since|until|for|and|in|at|on|who|where|but|so|now|full-time|part-time)\b)/;
// Round 89: utilities' and mills' worksites ("works at the <name> <name> power plant", "the <name> paper mill").
const WORKSITE_PAIRS = new Set(['fulfillment center', 'distribution center', 'processing plant', 'packing plant', 'call center', 'data center', 'power plant', 'power station', 'generating station', 'paper mill', 'steel mill', 'coal mine']);

/**
 * An employer named after the cue of work: "works at Tyson Foods in Springdale", "her employer, Trex Company,",
 * "drives for Werner Enterprises", "works nights at the Amazon fulfillment center in Kent". One to four capitalised
 * words, at least one of no English list or two or more together, then a worksite word and a listed town after
 * "in" or a comma. Not "works at Home" (one common word), "works for Dr. Lee" (a title), "works at night".
 */
/** Token t opens a sentence or a line: nothing before it but blanks after a full stop, a line break or the text's start. */
function sentenceStart(doc: DocumentView, t: Token): boolean {
  let p = t.start - 1;
  while (p >= 0 && (doc.text.charCodeAt(p) === 32 || doc.text.charCodeAt(p) === 9)) p--;
  if (p < 0) return true;
  const c = doc.text.charCodeAt(p);
  return c === 10 || c === 46 || c === 33 || c === 63 || c === 59 || c === 58;
}

export function findEmployers(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  forEachIndexedWord(doc, EMPLOYER_CUE_WORDS, (i) => employerAfter(doc, i, out));
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

function employerAfter(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const cue = tokens[i] as Token;
  // Lower case, or a verb capitalised as a sentence's first word ("Works at Tyson Foods in Springdale."); not in
  // capitals. A capitalised "Employer:" is a form's field, read by employer-field.
  const credential = CREDENTIAL_JOBS.has(cue.lower);
  if (cue.text === 'v') {
    // Round 169: "<Party> v. <Firm Name> <business word>": a caption's party after a capitalised party and "v. ".
    const p = tokenAt(tokens, i - 1);
    if (p === undefined || !p.capitalized || doc.allCaps || !gapIs0(doc, cue, tokenAt(tokens, i + 1), /^\. $/) || doc.text.slice(p.end, cue.start) !== ' ') return;
  } else if (credential ? !cue.upper || doc.allCaps : cue.text !== cue.lower && !(cue.lower !== 'employer' && cue.capitalized && !cue.upper && sentenceStart(doc, cue))) return;
  let k = i + 1;
  let bareEmployer = false;
  const gapIs = (a: number, s: RegExp): boolean => a < tokens.length && s.test(doc.text.slice((tokens[a - 1] as Token).end, (tokens[a] as Token).start));
  if (cue.text === 'v') {
    // the firm's words follow at once
  } else if (OCCUPATION_WORDS.has(cue.lower)) {
    // "is a line cook at", "as IT manager at": the job's article or "as" within a few words before it; a job of
    // ARTICLE_FREE_JOBS needs none before "at" ("cashier at Kroger").
    // Round 124: "a welder with Hartwell Fabrication" too; a job in apposition after a comma needs no article.
    const prep = tokenAt(tokens, k);
    if ((cue.text !== cue.lower && !credential) || prep === undefined || (prep.text !== 'at' && prep.text !== 'for' && prep.text !== 'with') || !gapIs(k, /^ $/)) return;
    const before = doc.lower.slice(Math.max(0, cue.start - 22), cue.start);
    if (!(ARTICLE_FREE_JOBS.has(cue.lower) && prep.text === 'at') && !JOB_ARTICLE_BEFORE.test(before) && !JOB_AFTER_COMMA.test(before)) return;
    k++;
    if (tokenAt(tokens, k)?.text === 'the' && gapIs(k, /^ $/)) k++;
    if (!gapIs(k, /^ $/)) return;
  } else if (cue.lower === 'employer') {
    // "her employer, Trex Company, wants", "Employer: Fastenal"... the value right after a comma or a colon.
    // Round 49: or after one blank when whose employer it is stands before ("his employer Delta Air Lines", "the
    // patient's employer Tyson Foods"); the name must still be capitalised and pass the checks below.
    // Round 153: or after one blank alone when the name ends in a business's word ("airline pilot, employer SkyWest
    // Airlines"; see bareEmployer below); "employer Smith wants" stays.
    if (!gapIs(k, /^[,:][ \t]{1,2}$/) && !(gapIs(k, /^ $/) && EMPLOYER_OWNER_BEFORE.test(doc.lower.slice(Math.max(0, cue.start - 12), cue.start)))) {
      if (!gapIs(k, /^ $/)) return;
      bareEmployer = true;
    }
  } else if (cue.lower === 'laid' || cue.lower === 'fired') {
    // Round 124: "laid off from X", "fired from X", "laid off by X".
    if (cue.lower === 'laid') {
      if (tokenAt(tokens, k)?.lower !== 'off' || !gapIs(k, /^ $/)) return;
      k++;
    }
    const p = tokenAt(tokens, k)?.text;
    if ((p !== 'from' && p !== 'by') || !gapIs(k, /^ $/)) return;
    k++;
    if (tokenAt(tokens, k)?.text === 'the' && gapIs(k, /^ $/)) k++;
    if (!gapIs(k, /^ $/)) return;
  } else if (cue.lower === 'retired' || cue.lower === 'job') {
    // "retired from X", "retired (machinist) from X" (one lower-case word, the trade, between); "(lost) job at X".
    const want = cue.lower === 'retired' ? 'from' : 'at';
    // A job someone holds or lost, not "a good job at PT".
    if (cue.lower === 'job' && !JOB_HOLDER_BEFORE.test(doc.lower.slice(Math.max(0, cue.start - 12), cue.start))) return;
    const w = tokenAt(tokens, k);
    if (cue.lower === 'retired' && w !== undefined && w.text !== want && w.text === w.lower && /^[a-z]{3,20}$/.test(w.text) && gapIs(k, /^ $/)) k++;
    if (tokenAt(tokens, k)?.text !== want || !gapIs(k, /^ $/)) return;
    k++;
    if (tokenAt(tokens, k)?.text === 'the' && gapIs(k, /^ $/)) k++;
    if (!gapIs(k, /^ $/)) return;
  } else {
    // "works part time at", "works full time for": the two words of the shift's kind.
    if ((tokenAt(tokens, k)?.lower === 'part' || tokenAt(tokens, k)?.lower === 'full') && tokenAt(tokens, k + 1)?.lower === 'time' && gapIs(k, /^ $/) && gapIs(k + 1, /^ $/)) k += 2;
    else if (SHIFT_WORDS.has(tokenAt(tokens, k)?.lower ?? '') && gapIs(k, /^ $/)) k++;
    // "works as a roofer for X": the article and the trade (one lower-case word) between.
    else if (cue.lower === 'work' && WORK_NOTE_WORDS.has(tokenAt(tokens, k)?.lower ?? '') && tokenAt(tokens, k + 1)?.text === 'for' && gapIs(k, /^ $/)) k++;
    else if (k + 2 < tokens.length && AS_A_TRADE.test(doc.text.slice(cue.end, (tokens[k + 3] as Token | undefined)?.start ?? cue.end))) k += 3;
    const prep = tokenAt(tokens, k);
    if (prep === undefined || !EMPLOYER_PREPOSITIONS.has(prep.text) || !gapIs(k, /^ $/)) return;
    // "employed by X", "drives for X"; "works at/for X" (not "works by"); "a cook at X".
    if (cue.lower === 'employed' || cue.lower === 'towed' ? prep.text === 'for' : prep.text === 'by') return;
    if ((cue.lower === 'drives' || cue.lower === 'drove') && prep.text !== 'for') return;
    if (cue.lower === 'towed' && prep.text !== 'by') return;
    k++;
    if (tokenAt(tokens, k)?.text === 'the' && gapIs(k, /^ $/)) k++;
    if (!gapIs(k, /^ $/)) return;
  }
  const first = k;
  let rare = 0;
  while (k < tokens.length && k - first < 4) {
    const t = tokens[k] as Token;
    // "Stop & Shop", "Coastal Roofing & Siding": an ampersand joins a firm's words.
    if (k > first && !gapIs(k, /^(?:['’]s)? $|^ & $/)) break;
    if (!placeShaped(doc, t) || isTitle(doc, t) || CALENDAR_WORDS.has(t.lower)) break;
    if (doc.isCommon[k] === 0) rare++;
    k++;
  }
  const words = k - first;
  if (words === 0 || PROGRAM_WORDS.has((tokens[first] as Token).lower)) return;
  // Round 166: a state's health department is an agency, as the head-word reader leaves it (stateHealthAgency).
  if (stateHealthAgency(doc, first, k - 1)) return;
  // "a retired teacher from Ohio": a state or a country alone is where, not who employed.
  if (words === 1 && (lexicon.US_STATES.has((tokens[first] as Token).lower) || COUNTRY_NAMES.has((tokens[first] as Token).fold))) return;
  let end = k - 1;
  let stop = (tokens[end] as Token).end;
  const business = BUSINESS_WORDS.has((tokens[end] as Token).lower);
  if (bareEmployer && (!business || words < 2)) return;
  // Round 169: a tow is named by its firm's word ("towed by Aloha Towing"), not "towed by Dad" or "towed by Police".
  if ((cue.lower === 'towed' || cue.text === 'v') && !(business && words >= 2)) return;
  // Round 169: a work note for an employer ends the clause ("Work note for Mission Bay Biotech."); a note for a school,
  // a day or a person is no employer's.
  if (first > 1 && WORK_NOTE_WORDS.has((tokens[first - 2] as Token).lower) && (words < 2 || !/^(?:$|[.;)]|[ \t]*\r?\n)/.test(doc.text.slice((tokens[k - 1] as Token).end, (tokens[k - 1] as Token).end + 3)))) return;
  // "Doxycycline works for Lyme disease", "works for Type 2 diabetics": after "for" the name ends the clause or
  // a worksite, a town or the job's terms follow.
  const prep = tokens[first - 1] as Token;
  if (prep.text === 'for' && !business && !AFTER_EMPLOYER_FOR.test(doc.text.slice(stop, stop + 12))) return;
  // A worksite word after the name: "Amazon fulfillment center", "Seaboard Foods plant".
  const w1 = tokenAt(tokens, end + 1);
  const w2 = tokenAt(tokens, end + 2);
  if (w1 !== undefined && w1.start === stop + 1 && w1.text === w1.lower) {
    if (w2 !== undefined && w2.start === w1.end + 1 && WORKSITE_PAIRS.has(`${w1.lower} ${w2.lower}`)) end += 2;
    else if (WORKSITE_WORDS.has(w1.lower)) end += 1;
    stop = (tokens[end] as Token).end;
  }
  // A business named by its owner's possessive: "a line cook at Lucia's".
  if (end === k - 1 && /^['’]s(?![\p{L}\d])/u.test(doc.text.slice(stop, stop + 3))) stop += 2;
  // The worksite's town: "in Springdale", ", Guymon".
  const tail = /^(?:,[ \t]|[ \t]in[ \t])/.exec(doc.text.slice(stop, stop + 4));
  if (tail && cue.text !== 'v') {
    let n = end + 1;
    if (tail[0].includes('in')) n++;
    const town = tokenAt(tokens, n);
    if (town !== undefined && town.start === stop + tail[0].length && placeShaped(doc, town)) {
      const len = phraseAt(doc, n, doc.dict.anyTowns, 4, doc.dict.townStarts);
      if (len > 0) stop = (tokens[n + len - 1] as Token).end;
    }
  }
  // One word of no English list, a business's word ("Trex Company"), a worksite or a town: not "works at Home Care Services".
  if (rare === 0 && !business && end === k - 1 && stop === (tokens[end] as Token).end && !commonWordsEmployer(doc, first, k, prep)) return;
  // Round 124: after "with" the name is a firm's ("a welder with Hartwell Fabrication"), not a condition ("a nurse with Crohn's disease").
  if (prep.text === 'with' && !business && !AFTER_EMPLOYER_FOR.test(doc.text.slice(stop, stop + 12))) return;
  out.push(candidate((tokens[first] as Token).start, stop, 'FACILITY', 0.72, 'employer', { kind: 'context', detail: `employer:${cue.lower}` }));
}

function gapIs0(doc: DocumentView, a: Token, b: Token | undefined, s: RegExp): boolean {
  return b !== undefined && s.test(doc.text.slice(a.end, b.start));
}

/**
 * Round 124: an employer named in common words right after "at" ("a nurse at Brenner and", "worked at Copper Kettle",
 * "a dishwasher at the Rusty Anchor on weekends"): one or two capitalised words in mixed-case text, none a kind of place
 * or an agency ("works at Home", "a clerk at Social Security"), ending the clause or before its terms.
 */
function commonWordsEmployer(doc: DocumentView, first: number, k: number, prep: Token): boolean {
  const at = prep.text === 'the' ? tokenAt(doc.tokens, first - 2) : prep;
  if (at?.text !== 'at' || doc.allCaps || k - first > 2) return false;
  for (let j = first; j < k; j++) {
    const t = doc.tokens[j] as Token;
    if (!t.capitalized || t.upper || GENERIC_EMPLOYER_WORDS.has(t.lower) || t.text.length < 3) return false;
  }
  const stop = (doc.tokens[k - 1] as Token).end;
  return AFTER_EMPLOYER_FOR.test(doc.text.slice(stop, stop + 12));
}

/**
 * Acronyms that end as a hospital's or medical center's do ("WMH", "MMC", "HRMC", "BMC") but are clinical terms:
 * hypertrophies, bleeds, hormones and enzymes, history headings, the outside hospital.
 */
const CLINICAL_H_ACRONYMS = new Set(['LVH', 'RVH', 'BPH', 'SAH', 'ICH', 'IVH', 'SDH', 'EDH', 'NPH', 'PNH', 'TSH', 'FSH', 'PTH', 'ACTH', 'ADH', 'HGH', 'LDH', 'MCH', 'MCHC', 'CAH', 'AIH',
  'PAH', 'IIH', 'PMH', 'PSH', 'OSH', 'HH', 'BRBPR', 'IDH', 'GH', 'SIADH', 'MSH', 'DH', 'NASH', 'ASH', 'CDH', 'MH', 'ETOH', 'SOH', 'PPH', 'HHNK', 'UMC', 'AMC', 'CMC', 'MC', 'SMC', 'PHC', 'CHC', 'FQHC', 'RHC', 'CMHC', 'VAMC', 'PCMH', 'BCBSMC',
  // Round 117: the diet, now that "at" reads an acronym too ("looked at DASH adherence").
  'DASH']);
/** A hospital-shaped acronym: capitals ending in H (Hospital), MC (Medical Center) or HC, three to five letters. */
const HOSPITAL_ACRONYM = /^[A-Z]{1,3}(?:H|MC|HC)$/;
/** A character that joins an acronym to a longer code ("WMH-2", "BMC/ED", "XMC2"). */
const ACRONYM_JOINED = /[A-Za-z0-9\-\/]/;
/** A service of the hospital right after its acronym: "the WMH cardiology clinic", "BMC ED", "WMH cath lab". */
const HOSPITAL_SERVICE_AFTER = /^[ \t](?:cardiology|clinic|ed|er|emergency|icu|micu|ccu|oncology|dialysis|radiology|cath(?:eterization)?[ \t]lab|urgent[ \t]care|labor|l&d|orthopedics|ortho|surgery|neurology|endocrinology|endocrine|pulmonary|psychiatry|rehab|sports[ \t]med|campus|pharmacy|primary[ \t]care|internal[ \t]medicine|infusion|transplant|obstetrics|pediatrics|nephrology|hematology|diabetes|vascular|heart[ \t]failure|bariatrics?|sleep[ \t](?:lab|center|clinic)|wound[ \t]care)\b/i;
/** "at" and one blank, a word's start before it. */
const AT_BEFORE = /(?:^|[^\p{L}])at $/u;
/** A clinic's heading before a dash and the acronym, the line's end after it: "CARDIOLOGY CLINIC - WMH", "CLINIC NOTE - WMH". */
const HOSPITAL_HEADING_BEFORE = /(?:clinic|center|centre|department|service|unit|note)[ \t]{1,2}[\-–—][ \t]{1,2}$/i;
/** A facility named in full ("Winthrop Memorial Hospital", "Hollings Regional Medical Center"): its words' capitals. */
const FULL_FACILITY = /\b((?:[A-Z][a-z'’]+[ \t]){1,4})(Hospital|Medical[ \t]Center|Health[ \t]Center)\b/g;

/**
 * A hospital's acronym: "the WMH cardiology clinic", "CARDIOLOGY CLINIC - WMH", or the initials of a facility the
 * note names in full ("Winthrop Memorial Hospital" ... "WMH"). Not "TSH 2.1", "LVH on ECG", "from OSH".
 */
export function findHospitalAcronyms(doc: DocumentView): Candidate[] {
  const text = doc.text;
  let out: Candidate[] | undefined;
  let named: Set<string> | undefined;
  let bare: Token[] | undefined;
  if (doc.allCaps) return [];
  // Read from the tokens, not by a scan of the text: only a capitalised token of three to five letters can be one.
  for (const t of doc.tokens) {
    if (!t.upper || t.text.length < 3 || t.text.length > 5) continue;
    const a = t.text;
    const start = t.start;
    const end = t.end;
    if (!HOSPITAL_ACRONYM.test(a) || CLINICAL_H_ACRONYMS.has(a) || ACRONYM_JOINED.test(text.charAt(start - 1)) || ACRONYM_JOINED.test(text.charAt(end))) continue;
    let why: string | undefined;
    if (HOSPITAL_SERVICE_AFTER.test(text.slice(end, end + 24))) why = 'acronym-service';
    else if (HOSPITAL_HEADING_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && /^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 4))) why = 'acronym-heading';
    // Round 117: where something is or was done, "at" right before ("the weight program at BHC,", "treated at WMH.").
    else if (start > 3 && text.charCodeAt(start - 1) === 32 && AT_BEFORE.test(text.slice(start - 4, start))) why = 'acronym-at';
    else {
      named ??= namedFacilityInitials(text);
      if (named.has(a)) why = 'acronym-of-named';
    }
    if (why !== undefined) (out ??= []).push(candidate(start, end, 'FACILITY', 0.75, 'hospital-acronym', { kind: 'pattern', detail: why }));
    else (bare ??= []).push(t);
  }
  // Round 117: an acronym found once as a hospital's is that hospital wherever else the note writes it ("the BHC heart
  // failure clinic" ... "referred to the program at BHC").
  if (out !== undefined && bare !== undefined) {
    const found = new Set(out.map((c) => text.slice(c.start, c.end)));
    for (const t of bare) if (found.has(t.text)) out.push(candidate(t.start, t.end, 'FACILITY', 0.7, 'hospital-acronym', { kind: 'pattern', detail: 'acronym-repeated' }));
  }
  return out ?? [];
}

/** The initials of each facility the note names in full: "Winthrop Memorial Hospital" gives "WMH", "... Medical Center" "...MC". */
function namedFacilityInitials(text: string): Set<string> {
  const found = new Set<string>();
  FULL_FACILITY.lastIndex = 0;
  for (let m = FULL_FACILITY.exec(text); m; m = FULL_FACILITY.exec(text)) {
    const words = (m[1] as string).trim().split(/[ \t]/);
    const head = (m[2] as string).startsWith('Hospital') ? 'H' : (m[2] as string).startsWith('Medical') ? 'MC' : 'HC';
    if (words.length >= 1) found.add(words.map((w) => w.charAt(0)).join('') + head);
  }
  return found;
}

/**
 * A practice or an agency named by its field and its town: "Women's Health of Northampton", "VNA of Greater Milton",
 * "Pediatric Associates of Fall River", "Orthopedics of Ashby". A field of care alone is no place ("Women's Health",
 * "the VNA"); "of" and a listed town make it one. Not "Department of Health of", "Board of Medicine".
 */
/** " of " and a capitalised word: where a practice of a town may end its field's name (found first, cheaply). */
const OF_CAPITAL = /[ \t]of[ \t](?=(?:Greater[ \t])?\p{Lu})/gu;
/** The field's name right before " of ": one to three capitalised words, then a field of care. */
const PRACTICE_BEFORE_OF =
  /(?<![\p{L}'’])((?:(?:\p{Lu}[\p{L}'’\-]*|&)[ \t]){0,3}(?:Health|Healthcare|Care|Cardiology|Orthopedics|Orthopaedics|Dermatology|Pediatrics|Medicine|Associates|Physicians|Surgeons|Specialists|Urology|Oncology|Neurology|Gastroenterology|Podiatry|Dental|Dentistry|Hospice|Homecare|VNA|Nurses|Radiology|Imaging|Rehabilitation|Rehab|Therapy|OB\/GYN|OBGYN|Midwifery|Psychiatry|Counseling|Practice|Consultants|Supply))$/u;
const PRACTICE_HEAD_WORDS = new Set(['Health', 'Healthcare', 'Care', 'Cardiology', 'Orthopedics', 'Orthopaedics', 'Dermatology', 'Pediatrics', 'Medicine', 'Associates', 'Physicians',
  'Surgeons', 'Specialists', 'Urology', 'Oncology', 'Neurology', 'Gastroenterology', 'Podiatry', 'Dental', 'Dentistry', 'Hospice', 'Homecare', 'VNA', 'Nurses', 'Radiology', 'Imaging',
  'Rehabilitation', 'Rehab', 'Therapy', 'OB/GYN', 'OBGYN', 'Midwifery', 'Psychiatry', 'Counseling', 'Practice',
  // Round 56: consultants and medical suppliers of a town or state ("Retina Consultants of Vermont", "Apex Respiratory Supply of Tulsa").
  'Consultants', 'Supply']);
/** The town after " of ": up to three capitalised words, "Greater" first if written. */
const TOWN_AFTER_OF = /^((?:Greater[ \t])?\p{Lu}[\p{L}'’\-]*(?:[ \t]\p{Lu}[\p{L}'’\-]*){0,2})/u;
const BROAD_FIELDS = new Set(['health', 'healthcare', 'care', 'medicine', 'practice', 'therapy', 'rehab', 'rehabilitation', 'nurses', 'imaging', 'counseling', 'dental', 'dentistry']);
const NOT_PRACTICE_OPENERS = new Set(['department', 'dept', 'board', 'school', 'college', 'academy', 'society', 'association', 'doctor', 'bachelor', 'master', 'institute', 'journal', 'division', 'office', 'secretary', 'commissioner', 'ministry']);

/** The number of words (one or two) of a US state opening `parts`, or 0. */
function stateAt(parts: readonly string[]): number {
  if (parts.length > 1 && lexicon.US_STATES.has(`${parts[0]} ${parts[1]}`.toLowerCase())) return 2;
  return parts.length > 0 && lexicon.US_STATES.has(parts[0]!.toLowerCase()) ? 1 : 0;
}

export function findPracticesOfTown(doc: DocumentView): Candidate[] {
  const text = doc.text;
  let out: Candidate[] | undefined;
  OF_CAPITAL.lastIndex = 0;
  for (let o = OF_CAPITAL.exec(text); o; o = OF_CAPITAL.exec(text)) {
    // The word before " of" must be a field's (a cheap look before the regex).
    const wordStart = Math.max(text.lastIndexOf(' ', o.index - 1), text.lastIndexOf('\n', o.index - 1)) + 1;
    if (!PRACTICE_HEAD_WORDS.has(text.slice(wordStart, o.index))) continue;
    const m = PRACTICE_BEFORE_OF.exec(text.slice(Math.max(0, o.index - 90), o.index));
    if (m === null) continue;
    const name = m[1] as string;
    const start = o.index - name.length;
    const words = name.split(/[ \t]/);
    if (words.some((w) => NOT_PRACTICE_OPENERS.has(w.toLowerCase()))) continue;
    // A broad field alone ("Health of Boston", "Medicine of Harvard") or a run after another "of" names no practice.
    if ((words.length === 1 && BROAD_FIELDS.has(name.toLowerCase())) || /(?:^|[^\p{L}])of[ \t]$/u.test(text.slice(Math.max(0, start - 4), start))) continue;
    const townStart = o.index + o[0].length;
    const t = TOWN_AFTER_OF.exec(text.slice(townStart, townStart + 72));
    if (t === null) continue;
    // The town: its longest listed prefix of one to three words, after "Greater" if written.
    const written = t[1] as string;
    const place = written.replace(/^Greater[ \t]/, '');
    const parts = place.split(/[ \t]/);
    let n = parts.length;
    while (n > 0 && !doc.dict.allCities.has(parts.slice(0, n).join(' ').toLowerCase())) n--;
    // Round 56: a practice of two words or more serves a state too ("Heart & Vascular Associates of Idaho", "Retina
    // Consultants of Vermont"); a field alone of a state is a board's or a school's ("Medicine of Texas").
    const state = stateAt(parts);
    if (state > 0 && words.length > 1 && !BROAD_FIELDS.has(words[0]!.toLowerCase())) n = state;
    else if (n === 0 || lexicon.US_STATES.has(parts.slice(0, n).join(' ').toLowerCase())) continue;
    const end = townStart + (written.length - place.length) + parts.slice(0, n).join(' ').length;
    (out ??= []).push(candidate(start, end, 'FACILITY', 0.8, 'practice-of-town', { kind: 'pattern', detail: 'practice-of-town' }));
  }
  return out ?? [];
}

/**
 * Round 76: a ward named by a person and its floor after a verb of admission ("admitted to Haskins 14 for",
 * "transferred to Pruitt 3."), as older teaching hospitals name their wards after benefactors. The ward's word must
 * be a surname the lists hold; a generic place ("admitted to Bed 4", "Ward 6", "Pod 2") or a service stays out.
 */
export const WARD_VERBS = ['admitted', 'admit', 'transferred', 'transfer'];
const WARD_AFTER_VERB = /^[ \t]to[ \t](?:the[ \t])?(\p{Lu}\p{Ll}{2,15})[ \t](\d{1,2})(?=[.,;:)]|[ \t]+(?:for|and|under|on|with|where|via|at|from|in)(?![\p{L}\d])|[ \t]*\r?\n|$)/u;
const NOT_WARD_WORDS: ReadonlySet<string> = new Set(['room', 'bed', 'beds', 'floor', 'level', 'unit', 'pod', 'bay', 'stage', 'step', 'phase', 'grade', 'ward', 'wing', 'suite', 'station', 'zone',
  'day', 'days', 'week', 'weeks', 'cycle', 'building', 'hall', 'area', 'section', 'team', 'service', 'group', 'class', 'module', 'track', 'house', 'block', 'tier', 'cohort', 'arm', 'chair',
  // A service and its team's number ('admitted to Medicine 4'): a team, no place.
  'medicine', 'surgery', 'cardiology', 'oncology', 'neurology', 'psychiatry', 'pediatrics', 'orthopedics', 'urology', 'gynecology', 'obstetrics', 'rehab', 'rehabilitation', 'hospice', 'trauma', 'burn', 'transplant', 'hospitalist', 'gold', 'blue', 'red', 'green', 'orange', 'purple', 'silver']);

export function findNamedWards(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  forEachIndexedWord(doc, WARD_VERBS, (i) => {
    const t = tokens[i] as Token;
    const m = WARD_AFTER_VERB.exec(doc.text.slice(t.end, t.end + 40));
    if (m === null) return;
    const word = m[1] as string;
    const end = t.end + m[0].length;
    const start = end - (m[2] as string).length - 1 - word.length;
    let k = i + 1;
    while (k < tokens.length && k < i + 4 && (tokens[k] as Token).start < start) k++;
    if (k >= tokens.length || (tokens[k] as Token).start !== start || doc.isSur[k] !== 1 || NOT_WARD_WORDS.has(word.toLowerCase())) return;
    out.push(candidate(start, end, 'FACILITY', 0.7, 'facility', { kind: 'context', detail: 'named-ward' }));
  });
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/**
 * Round 136: a practice's letterhead line, in Title Case or capitals, right above its street line ("CASCADE VALLEY
 * CARDIOLOGY\n2210 Riverside Parkway", "Allegheny Valley Orthopaedic Surgeons\n1100 Freeport Road", "Bluegrass Spine &
 * Pain\n2101 ..."): two to six words ending in a word of a practice, one at least naming it. A person's line above
 * their street ends in a surname; a specialty alone ("Pediatric Neuromuscular Medicine", "PAIN MANAGEMENT") names no
 * practice; an office's line ("Disability Determination Services", "Humana Clinical Appeals") ends in no practice word.
 */
// Sticky, tried at each line's start (see findLetterheadPractices): a match holds no line break and starts at a line's
// start, so it is what a scan of the whole text finds on that line.
const LETTERHEAD_ABOVE_STREET = new RegExp(String.raw`(?<=^|\n)[ \t]{0,8}(\p{Lu}[\p{L}'’\-]{1,24}(?:[ \t](?:&|and|\p{Lu}[\p{L}'’\-]{0,24})){1,5})[ \t]*(?=\r?\n${STREET_LINE_OPENING})`, 'uy');
/** The ASCII characters a letterhead's line opens with (a blank or a capital; any character beyond ASCII is tried). */
const LETTERHEAD_LINE_FIRST = new CharCodeSet(charCodesOf(' \tABCDEFGHIJKLMNOPQRSTUVWXYZ'));
/** The characters a street's line opens with (STREET_LINE_OPENING: a blank, a house number's digit, a post box's "P"). */
const STREET_LINE_FIRST = new CharCodeSet(charCodesOf(' \t0123456789P'));
/** The last words of a practice's name (a specialty's "-ology" and "-iatrics" too). */
const LETTERHEAD_PRACTICE_ENDS = new Set(['surgeons', 'surgery', 'physicians', 'associates', 'partners', 'specialists', 'consultants', 'spine', 'pain', 'express',
  'care', 'clinic', 'clinics', 'center', 'centre', 'medicine', 'medical', 'health', 'healthcare', 'wellness', 'pediatrics', 'paediatrics', 'orthopedics',
  'orthopaedics', 'rehab', 'rehabilitation', 'therapy', 'dental', 'dentistry', 'chiropractic', 'imaging', 'practice', 'group', 'pllc', 'pc', 'llc']);
/** Words that describe a practice's field or form, naming none: a line of them only is a specialty or a heading. */
const LETTERHEAD_GENERIC = new Set(['management', 'program', 'programme', 'services', 'service', 'unit', 'team', 'department', 'division', 'and', '&',
  'family', 'internal', 'general', 'primary', 'urgent', 'sports', 'women’s', "women's", 'children’s', "children's", 'adult', 'pediatric', 'paediatric']);
/** Lines of an office, a payer or an address's own words, no practice: "Department of ...", "Attn", "Records". */
const LETTERHEAD_NOT_WORDS = new Set(['attn', 'attention', 'department', 'dept', 'division', 'records', 'appeals', 'administration', 'resources', 'office',
  'court', 'courts', 'county', 'insurance', 'plan', 'claims', 'billing', 'to', 're', 'from', 'dear', 'patient', 'member']);
export function findLetterheadPractices(doc: DocumentView): Candidate[] {
  let out: Candidate[] | undefined;
  const { text } = doc;
  // Line by line: the pattern is tried only on a line whose first character can open a letterhead's line and whose
  // next line's first character can open a street's line (the line break its look-ahead needs is the line's first).
  for (let from = 0, nl = text.indexOf('\n'); nl >= 0; from = nl + 1, nl = text.indexOf('\n', from)) {
    const c = text.charCodeAt(from);
    if ((c < 128 && !LETTERHEAD_LINE_FIRST.has(c)) || !STREET_LINE_FIRST.has(text.charCodeAt(nl + 1))) continue;
    LETTERHEAD_ABOVE_STREET.lastIndex = from;
    const m = LETTERHEAD_ABOVE_STREET.exec(text);
    if (m === null) continue;
    const line = m[1] as string;
    const words = line.split(/[ \t]/).map((w) => w.toLowerCase());
    const last = words[words.length - 1] as string;
    if (!LETTERHEAD_PRACTICE_ENDS.has(last) && !SPECIALTY_ENDING.test(last)) continue;
    if (words.some((w) => LETTERHEAD_NOT_WORDS.has(w) || lexicon.TITLES.has(w))) continue;
    const naming = words.filter((w) => !LETTERHEAD_PRACTICE_ENDS.has(w) && !LETTERHEAD_GENERIC.has(w) && !SPECIALTY_WORDS.has(w) && !SPECIALTY_ENDING.test(w));
    if (naming.length === 0) continue;
    const start = m.index + m[0].indexOf(line);
    (out ??= []).push(candidate(start, start + line.length, 'FACILITY', 0.7, 'letterhead-practice', { kind: 'pattern', detail: 'letterhead-practice' }));
  }
  return out ?? [];
}
