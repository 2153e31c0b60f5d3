// Round 156: places of care or work the facility heads miss: a hospital's wing or unit named for a person or a place
// ("Derwent Wing", "Rosewood Unit"), firms whose names end in a trade's words rather than a facility head ("LifeSeed
// Cord Blood Registry", "Iron Lotus Tattoo", "Tri-County Electric Cooperative", "QuickMed Logistics"), and a listed
// town after a facility's comma ("Kaimai Urgent Care, Tauranga"); and numbers after their own label (a Centrelink
// CRN, a masked SIN, an IVF straw, a courier's airbill, an FAA MID). Token walks and sticky bounded regexes: linear.
import { candidate, forEachIndexedWord, type Candidate, type DocumentView } from './types.js';
import type { Token } from '../text/tokens.js';

/** A hospital's part named by a proper noun before it (round 157: a ward too, "Whitmore Ward"; "Ward 4B" has none). */
export const WING_WORDS = ['wing', 'unit', 'pavilion', 'tower', 'ward'];
/** Words that name a clinical service or a ward's kind, no person or place ("Telemetry Unit", "Renal Unit"). */
const CLINICAL_ENDING = /(?:ology|iatric|iatrics|ic|ics|al|opy|ysis|ary|ory|etry|ive|patient|escent|ion|ity|ing|ed)$/;

/** The token before `i`, when one blank alone parts them. */
function adjacentBefore(doc: DocumentView, i: number): Token | undefined {
  if (i === 0) return undefined;
  const p = doc.tokens[i - 1] as Token;
  const t = doc.tokens[i] as Token;
  return t.start - p.end === 1 && doc.text.charCodeAt(p.end) === 32 ? p : undefined;
}

function wingAt(doc: DocumentView, i: number, out: Candidate[]): void {
  const head = doc.tokens[i] as Token;
  if (!head.capitalized || doc.allCaps) return;
  const p = adjacentBefore(doc, i);
  if (p === undefined || !p.capitalized || p.text.length < 4 || !/^\p{L}+$/u.test(p.text)) return;
  // A word of English or of a service ("East Wing", "Burn Unit", "Dialysis Unit") names nothing.
  if (doc.isCommon[i - 1] === 1 || doc.isFirst[i - 1] === 1 || CLINICAL_ENDING.test(p.lower)) return;
  // Inside a longer capitalised run ("Royal Derwent Wing Trust") the facility recognizers read the name.
  const pp = adjacentBefore(doc, i - 1);
  if (pp !== undefined && (pp.capitalized || pp.upper) && doc.isCommon[i - 2] !== 1) return;
  // "Ward" is also a surname: a person's cue before ("Called Lindqvist Ward back", 0.75) keeps the name's reading.
  const score = head.lower === 'ward' ? 0.74 : 0.76;
  out.push(candidate(p.start, head.end, 'FACILITY', score, 'named-wing', { kind: 'context', detail: 'named-wing' }));
}

/**
 * A trade's tail words ending a firm's name. `strong`: the words name a kind of firm, so capitalised words before
 * make a name; weak ones ("Logistics", "Mobility") are also a field's or a therapy's words ("Reverse Logistics",
 * "Bed Mobility") and need a word that is no English word or a cue of a place before them.
 */
interface Tail {
  readonly words: readonly string[];
  readonly strong: boolean;
}
const TAILS: readonly Tail[] = [
  { words: ['cord', 'blood', 'registry'], strong: true },
  { words: ['cord', 'blood', 'bank'], strong: true },
  { words: ['dental', 'arts'], strong: true },
  { words: ['tattoo'], strong: true },
  { words: ['tattoo', 'studio'], strong: true },
  { words: ['tattoo', 'parlor'], strong: true },
  { words: ['tattoo', 'parlour'], strong: true },
  { words: ['interpreting'], strong: true },
  { words: ['interpreting', 'services'], strong: true },
  { words: ['electric', 'cooperative'], strong: true },
  { words: ['electric', 'co-op'], strong: true },
  { words: ['electric', 'membership', 'corporation'], strong: true },
  { words: ['logistics'], strong: false },
  { words: ['mobility'], strong: false },
];
export const TAIL_FIRST_WORDS = [...new Set(TAILS.map((t) => t.words[0] as string))];
/** Words that describe a field, a language or a therapy before a tail: no firm's name ("Medical Interpreting", "Bed Mobility"). */
const NOT_NAMING = new Set(['medical', 'spanish', 'sign', 'language', 'video', 'remote', 'phone', 'telephone', 'onsite', 'on-site', 'certified', 'public', 'private',
  'national', 'temporary', 'henna', 'new', 'old', 'reverse', 'supply', 'chain', 'global', 'third-party', 'bed', 'functional', 'community', 'wheelchair', 'transfer', 'gait',
  'household', 'joint', 'spinal', 'upper', 'lower', 'early', 'independent', 'power', 'limited', 'impaired', 'improved', 'assisted', 'the', 'a', 'an', 'and', 'rural', 'local']);
/** Cues of a place of care, work or supply right before the firm. */
const FIRM_CUES = new Set(['from', 'by', 'via', 'at', 'with', 'through', 'to', 'courier', 'agency', 'supplier', 'vendor', 'employer']);
/** Round 162: a form's label of a supplier before its colon, in any case ("DME: Keystone Mobility", "Vendor: ..."). */
const FIRM_LABELS = new Set(['dme', 'supplier', 'vendor', 'courier', 'agency', 'employer', 'company', 'equipment']);

function tailAt(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  for (const tail of TAILS) {
    const n = tail.words.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let j = 0; j < n && ok; j++) {
      const t = tokens[i + j] as Token;
      ok = t.lower === tail.words[j] && (t.capitalized || t.upper) && (j === 0 || adjacentBefore(doc, i + j) !== undefined);
    }
    if (!ok) continue;
    const last = tokens[i + n - 1] as Token;
    // The longest tail wins ("Tattoo Studio" over "Tattoo").
    if (i + n < tokens.length && TAILS.some((o) => o.words.length > n && o.words[0] === tail.words[0] && (tokens[i + n] as Token).lower === o.words[n])) continue;
    // One to three capitalised words before the tail name the firm.
    let k = i;
    let foreign = false;
    let naming = 0;
    while (k > 0 && i - k < 3) {
      const p = adjacentBefore(doc, k);
      if (p === undefined || !(p.capitalized || p.upper || /^\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)+$/u.test(p.text))) break;
      k--;
      if (!NOT_NAMING.has(p.lower)) naming++;
      if (doc.isCommon[k] !== 1) foreign = true;
    }
    if (k === i || naming === 0) continue;
    const first = tokens[k] as Token;
    if (NOT_NAMING.has(first.lower)) continue;
    const before = k > 0 ? (tokens[k - 1] as Token) : undefined;
    const cued = before !== undefined && ((FIRM_CUES.has(before.lower) && !before.capitalized && !before.upper) || (FIRM_LABELS.has(before.lower) && /^:[ \t]{1,2}$/.test(doc.text.slice(before.end, first.start))));
    const lineStart = before === undefined || doc.text.lastIndexOf('\n', first.start) > before.end - 1;
    if (tail.strong ? !(foreign || cued || lineStart || naming >= 2) : !(foreign || cued)) continue;
    out.push(candidate(first.start, last.end, 'FACILITY', 0.78, 'named-firm', { kind: 'context', detail: 'firm-tail' }));
  }
}

/** Heads of a place of care after which a comma and a listed town name its town ("Kaimai Urgent Care, Tauranga"). */
export const TOWN_AFTER_HEADS = ['clinic', 'care', 'hospital', 'practice', 'centre', 'center', 'surgery', 'pharmacy'];
const TOWN_END = /^(?:[ \t]+(?:on|in|for|at|and|with|to|from|via|today|yesterday|after|before)(?![\p{L}\d])|[ \t]*[.,;:)\r\n]|[ \t]*$)/u;

function townAfterAt(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const head = tokens[i] as Token;
  if (!head.capitalized || i + 1 >= tokens.length) return;
  // A capitalised word before the head: a named place's head, not "primary care, Tauranga".
  const p = adjacentBefore(doc, i);
  if (p === undefined || !(p.capitalized || p.upper)) return;
  const town = tokens[i + 1] as Token;
  if (doc.text.slice(head.end, town.start) !== ', ' || !town.capitalized) return;
  if (!doc.dict.worldTowns.has(town.lower) || doc.dict.allCities.has(town.lower) || doc.isCommon[i + 1] === 1 || doc.isFirst[i + 1] === 1) return;
  if (!TOWN_END.test(doc.text.slice(town.end, town.end + 12))) return;
  out.push(candidate(town.start, town.end, 'LOCATION', 0.74, 'town-after-facility', { kind: 'context', detail: 'facility-comma-town' }));
}

/**
 * Round 157: a place of care written in lower case, as speech-to-text and chat write it, right after a cue of care:
 * "seen at bayou family clinic", "follows with riverbend internal medicine", "transferred from sunrise dialysis
 * center". One name word, then one or two words of a service, then a head. The name word must be no service's, no
 * determiner's or a clinic's kind ("the family clinic", "outside dialysis center", "pediatric urgent care", "general
 * internal medicine" stay), with no clinical ending.
 */
export const LOWER_HEADS = ['clinic', 'center', 'centre', 'medicine', 'care', 'practice', 'hospital'];
const LOWER_SERVICE = new Set(['family', 'internal', 'dialysis', 'urgent', 'medical', 'pediatric', 'pediatrics', 'kidney', 'cancer', 'eye', 'dental', 'orthopedic',
  'rehab', 'wellness', 'imaging', 'memorial', 'community', 'primary', 'womens', 'childrens']);
const LOWER_NOT_NAME = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'our', 'your', 'my', 'its', 'this', 'that', 'same', 'another', 'other', 'outside', 'local', 'nearby',
  'new', 'old', 'free', 'outpatient', 'inpatient', 'satellite', 'private', 'public', 'rural', 'urban', 'county', 'state', 'city', 'university', 'hospital', 'home', 'mobile',
  'adult', 'student', 'employee', 'main', 'previous', 'prior', 'current', 'usual', 'nearest', 'closest', 'area', 'affiliated', 'partner', 'network', 'weekend', 'evening',
  'night', 'walk-in', 'specialty', 'tertiary', 'which', 'what', 'some', 'any', 'each', 'every', 'both', 'pain', 'wound', 'heart', 'sleep', 'travel', 'sports', 'diabetes',
  'lipid', 'memory', 'coumadin', 'warfarin', 'infusion', 'transplant', 'fertility', 'vein', 'skin', 'foot', 'spine', 'stroke', 'breast', 'liver', 'lung', 'hand', 'bone',
  'senior', 'veterans', 'tribal', 'refugee', 'school', 'campus', 'teaching', 'their', 'whose', 'one', 'two', 'three', 'with', 'at', 'from', 'to', 'and', 'or', 'of', 'for', 'in',
  'emergency', 'trauma', 'cardiac', 'women', 'children', 'kids', 'youth', 'teen', 'baby', 'birth', 'fracture', 'allergy', 'asthma', 'weight', 'addiction',
  'methadone', 'suboxone', 'recovery', 'crisis', 'detox', 'hearing', 'vision', 'speech', 'voice', 'eating', 'bariatric', 'kidney', 'dermatology', 'express', 'quick',
  'own', 'regular', 'routine', 'scheduled', 'daily', 'weekly', 'monthly', 'same-day', 'after-hours', 'overnight', 'respite', 'hospice', 'palliative', 'nursing', 'home-based']);
const LOWER_CARE_CUE = /(?:(?:seen|followed|treated|admitted|dialyzes|care|visit|visits|appointment|appt|f\/u|follow[ \-]?up)[ \t](?:at|in|with|by)|(?:follows|established|establish)[ \t]with|(?:transferred|transfer|referred|referral|discharged|sent)[ \t](?:from|to|by))[ \t]$/;

function lowerFacilityAt(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const head = tokens[i] as Token;
  if (head.text !== head.lower) return;
  let k = i;
  let services = 0;
  while (k > 0 && services < 2) {
    const p = adjacentBefore(doc, k);
    if (p === undefined || p.text !== p.lower || !LOWER_SERVICE.has(p.lower)) break;
    k--;
    services++;
  }
  // "internal medicine" and "urgent care" are a head with their service word; a clinic or a center needs one too.
  if (services === 0) return;
  const name = adjacentBefore(doc, k);
  if (name === undefined || name.text !== name.lower || name.text.length < 4 || !/^\p{Ll}+$/u.test(name.text)) return;
  if (LOWER_NOT_NAME.has(name.lower) || LOWER_SERVICE.has(name.lower) || CLINICAL_ENDING.test(name.lower)) return;
  if (!LOWER_CARE_CUE.test(doc.lower.slice(Math.max(0, name.start - 24), name.start))) return;
  out.push(candidate(name.start, head.end, 'FACILITY', 0.74, 'lower-facility', { kind: 'context', detail: 'care-cue-lower' }));
}

/**
 * Numbers after their own label, read from the label's first word (sticky, so each try is bounded by the label):
 * - Centrelink's customer reference number, nine digits and a letter, as Australian letters print it in groups ("CRN
 *   204 417 889K", "Centrelink CRN: 311902514A"); "CRN" alone is also a creatinine's short form, so the letter must
 *   close the number;
 * - a masked Canadian social insurance number whose last digits show ("SIN: XXX XXX 417", "NAS ***-***-902"): the
 *   shown digits are the number's (an ID, as the fixtures type a SIN's last four);
 * - an IVF lab's straw number for a patient's embryos or gametes ("straw no. 14-0387", "straws 2291-04B");
 * - a courier's airbill or waybill in blank-separated groups ("FedEx airbill 7749 2210 3381"): a specimen's or a
 *   device's shipment to the patient traces by it;
 * - the FAA's medical certificate application number after "MID" ("FAA MID K7Q2M9X4", "AME MID: 25-00931");
 * - round 157: a record's or a member's number given by its last digits ("MRN ending 4471", "chart number ending in
 *   0932", "member ID ends in 5518"): the digits are the number's, as an account's last four are (identifiers.ts
 *   account-last-four). The label must come right before "ending", so "a fiscal year ending 2025" stays;
 * - round 157: an interpreter's number with no "no." and its later repeats (see repeatsOf).
 */
const LABELLED_IDS: ReadonlyArray<readonly [words: readonly string[], re: RegExp, detail: string, type?: 'MRN']> = [
  [['crn'], /CRN[ \t]{0,2}(?:no\.?|#)?[ \t]{0,2}:?[ \t]{0,2}(\d{3}[ \t]?\d{3}[ \t]?\d{3}[A-Z])(?![\w\-])/y, 'centrelink-crn'],
  [['sin', 'nas'], /(?:SIN|NAS)[ \t]{0,2}(?:no\.?|#)?[ \t]{0,2}:?[ \t]{0,2}(?:[Xx*]{3}[ \t\-]?){2,3}(\d{3,4})(?![\w\-])/y, 'masked-sin'],
  [['straw', 'straws'], /[Ss]traws?[ \t]{0,2}(?:no\.?|#|id|ID|number)?[ \t]{0,2}:?[ \t]{0,2}([A-Z]{0,3}-?\d{2,6}-\d{1,4}[A-Z]?)(?![\w\-])/y, 'ivf-straw'],
  [['airbill', 'waybill', 'awb'], /(?:[Aa]irbill|[Ww]aybill|AWB)[ \t]{0,2}(?:no\.?|#|number)?[ \t]{0,2}:?[ \t]{0,2}(\d{4}[ \t]?\d{4}[ \t]?\d{4}(?:[ \t]?\d{3})?)(?![\w\-])/y, 'courier-airbill'],
  [['faa', 'ame', 'medxpress'], /(?:FAA|AME|MedXPress)[ \t](?:MID|[Aa]pplication)[ \t]{0,2}(?:no\.?|#)?[ \t]{0,2}:?[ \t]{0,2}(\d{2,4}-\d{4,8}|(?=[A-Z]{0,11}\d)[A-Z0-9]{6,12})(?![\w\-])/y, 'faa-mid'],
  [['mrn', 'record', 'chart'], /(?:MRN|[Rr]ecord|[Cc]hart)(?:[ \t](?:number|no\.?|#))?[ \t]{1,2}(?:ending|ends)[ \t](?:in[ \t])?(\d{3,6})(?![\w\-\/])/y, 'record-ending', 'MRN'],
  // Round 157: an interpreter's number right after the word, five to seven digits ("Interpreter 40217 on the line"),
  // as a relay's transcript gives it; shorter numbers are counts ("interpreter 2 hours") and stay.
  [['interpreter'], /[Ii]nterpreter[ \t]{1,2}(?:(?:no\.?|number|ID|id|#)[ \t]{0,2}:?[ \t]{0,2})?(\d{5,7})(?![\w\-\/]|[.,]\d)/y, 'interpreter-number'],
  [['member', 'subscriber'], /(?:[Mm]ember|[Ss]ubscriber)[ \t](?:ID|id|number|no\.?|#)[ \t]{1,2}(?:ending|ends)[ \t](?:in[ \t])?(\d{3,6})(?![\w\-\/])/y, 'member-ending'],
];
export const LABELLED_ID_WORDS = LABELLED_IDS.flatMap(([w]) => w);

function labelledIdAt(doc: DocumentView, i: number, out: Candidate[]): void {
  const t = doc.tokens[i] as Token;
  for (const [words, re, detail, type] of LABELLED_IDS) {
    if (!words.includes(t.lower)) continue;
    re.lastIndex = t.start;
    const m = re.exec(doc.text);
    if (m === null) continue;
    const v = m[1] as string;
    const end = m.index + m[0].length;
    out.push(candidate(end - v.length, end, type ?? 'ID', detail === 'masked-sin' ? 0.8 : 0.84, detail, { kind: 'context', detail }));
    // An interpreter gives the number again with no label ("this is 40217 again"): the same digits, standing alone.
    if (detail === 'interpreter-number') repeatsOf(doc, v, end, out);
  }
}

/** Later copies of `v` after `from`, standing alone (no digit, letter or dash beside them): one indexOf walk. */
function repeatsOf(doc: DocumentView, v: string, from: number, out: Candidate[]): void {
  const text = doc.text;
  for (let at = text.indexOf(v, from); at !== -1; at = text.indexOf(v, at + v.length)) {
    const b = at > 0 ? text.charCodeAt(at - 1) : 32;
    const a = at + v.length < text.length ? text.charCodeAt(at + v.length) : 32;
    if (/[\w\-\/]/.test(String.fromCharCode(b)) || /[\w\-\/]/.test(String.fromCharCode(a))) continue;
    out.push(candidate(at, at + v.length, 'ID', 0.8, 'interpreter-number-repeat', { kind: 'context', detail: 'interpreter-number-repeat' }));
  }
}

/** Every word that calls the round's finders: they run as one recognizer behind one word gate. */
export const NAMED_SITE_WORDS = [...new Set([...WING_WORDS, ...TAIL_FIRST_WORDS, ...TOWN_AFTER_HEADS, ...LOWER_HEADS, ...LABELLED_ID_WORDS])];

export function findNamedSites(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  forEachIndexedWord(doc, WING_WORDS, (i) => wingAt(doc, i, out));
  forEachIndexedWord(doc, TAIL_FIRST_WORDS, (i) => tailAt(doc, i, out));
  forEachIndexedWord(doc, TOWN_AFTER_HEADS, (i) => townAfterAt(doc, i, out));
  forEachIndexedWord(doc, LOWER_HEADS, (i) => lowerFacilityAt(doc, i, out));
  forEachIndexedWord(doc, LABELLED_ID_WORDS, (i) => labelledIdAt(doc, i, out));
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}
