// Names in phone notes and patient-portal messages: "Mom states Kayden has", "w/ JD re:", "pt maria gonzaga
// called", "hi its gwen,", "April called;", "for Ivy;". Each rule rejects on char codes and token flags first.
import { lexicon } from '../dictionaries/index.js';
import type { Token } from '../text/tokens.js';
import { charAt, pushName, LETTERS_ONLY } from './name-emit.js';
import { AFTER_NAME_VERBS, CLINICAL_ENDING, KIN_WORDS } from './name-relations.js';
import { CALENDAR_WORDS, FUNCTION_WORDS, acronym, isCredential, isTitle, lexical, shaped } from './name-words.js';
import type { Candidate, DocumentView } from './types.js';

/** Token b follows token a after exactly one space. */
const oneSpace = (doc: DocumentView, a: Token, b: Token): boolean => b.start === a.end + 1 && doc.text.charCodeAt(a.end) === 32;

/** A char that closes a short message clause: end, newline, ",", ".", ";", ")", "!". */
const closes = (c: number): boolean => c === -1 || c === 44 || c === 46 || c === 59 || c === 41 || c === 33 || c === 10 || c === 13;

const REPORT_VERBS = new Set(['states', 'stated', 'says', 'said', 'reports', 'reported']);
/** Verbs said of a child or person after "Mom states X": not of a drug ("Mom states Tylenol helps"). */
const PERSON_AFTER_REPORT = new Set(['has', 'had', 'is', 'was', 'keeps', 'kept', 'woke', 'cried', 'fell', 'ate', 'slept', 'refuses', 'refused', 'seems', 'feels', 'felt', 'vomited', 'threw', 'coughed', 'wants', 'complains', 'complained']);

/** What is said of a drug, not a child: "Dad states Zyrtec is working", "Mom says Miralax has been helping". */
const DRUG_PREDICATES = new Set(['help', 'helps', 'helped', 'helping', 'work', 'works', 'worked', 'working', 'effective', 'ineffective', 'relief']);
function saidOfDrug(tokens: readonly Token[], k: number): boolean {
  for (let m = k; m < k + 4 && m < tokens.length; m++) if (DRUG_PREDICATES.has((tokens[m] as Token).lower)) return true;
  return false;
}

/** "Mom states Kayden has been pulling at his ear": an unlisted capitalised word after a relation and a reporting verb. */
export function reportedSubjectRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const verb = tokens[i - 1];
  const rel = tokens[i - 2];
  const n = tokens[i + 1];
  if (!verb || !rel || !n || t.single || doc.isCommon[i] === 1 || doc.allCaps || !REPORT_VERBS.has(verb.lower) || !KIN_WORDS.has(rel.lower)) return -1;
  if (!oneSpace(doc, rel, verb) || !oneSpace(doc, verb, t) || !oneSpace(doc, t, n) || !PERSON_AFTER_REPORT.has(n.lower)) return -1;
  if (!LETTERS_ONLY.test(t.text) || CLINICAL_ENDING.test(t.lower) || acronym(doc, t) || CALENDAR_WORDS.has(t.lower) || doc.dict.allCities.has(t.lower)) return -1;
  if (lexical(doc, tokens, i).eponymHere || saidOfDrug(tokens, i + 1)) return -1;
  pushName(doc, out, i, i, 0.65, { kind: 'context', detail: `reported-subject:${rel.lower}` });
  return i;
}

const INITIALS_CUES = new Set(['with', 'per', 'for']);
/** A word after which two capitals may be initials: "w/", "with", "per", "for". */
export const initialsCue = (p: Token): boolean => p.lower === 'w' || INITIALS_CUES.has(p.lower);
/** Two-letter clinical, unit and role acronyms after "w/", "with", "per", "for": never a person's initials. */
const TWO_LETTER_ACRONYMS = new Set(`PT OT ST RT ED ER OR IR IV IM PO PR SQ SC SL MD DO NP PA RN LP CM SW GI ID OB PM AM HR BP CT US XR MR EP IP
  UA UC CC DM HF AF MI RA OA MS CP HA TB HD PD BM NG OG IO AB LD DC SS VA VS UK EU UN IT OK NA NS LR RR SA BS GU EN PE DI HH CN MA RD PN
  FH SH HP AP LE UE TX DX RX HX SX FX CA OP NH PH QD HS AC PC OD OU TV PC GP AI VR CV BC ML MG KG CM MM DR IR EF`.split(/\s+/));

/** "Spoke w/ JD re: his A1c": two capitals after "w/", "with", "per" or "for", before "re" or punctuation. */
export function messageInitialsRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const p = tokens[i - 1];
  if (t.text.length !== 2 || !p || doc.allCaps) return -1;
  const a = t.text.charCodeAt(0);
  const b = t.text.charCodeAt(1);
  if (a < 65 || a > 90 || b < 65 || b > 90) return -1;
  const text = doc.text;
  const slash = p.lower === 'w' && text.charCodeAt(p.end) === 47 && (t.start === p.end + 1 || (t.start === p.end + 2 && text.charCodeAt(p.end + 1) === 32));
  if (!slash && !(INITIALS_CUES.has(p.lower) && oneSpace(doc, p, t))) return -1;
  const c = charAt(text, t.end);
  const re = c === 32 && doc.lower.startsWith('re', t.end + 1) && (charAt(text, t.end + 3) === 58 || charAt(text, t.end + 3) === 32);
  if (!closes(c) && !re) return -1;
  if (TWO_LETTER_ACRONYMS.has(t.text) || lexicon.STATE_CODES.has(t.text) || doc.isCommon[i] === 1 || isCredential(doc, t)) return -1;
  pushName(doc, out, i, i, 0.68, { kind: 'context', detail: `message-initials:${p.lower}` });
  return i;
}

export const PATIENT_WORDS = new Set(['pt', 'patient']);

/** "pt maria gonzaga called re refill": a lower-case listed given name and a surname after "pt", before a verb or punctuation. */
export function patientLowerNameRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const p = tokens[i - 1];
  const n = tokens[i + 1];
  if (!p || !n || doc.isFirst[i] !== 1 || doc.isCommon[i + 1] === 1 || !PATIENT_WORDS.has(p.lower) || !oneSpace(doc, p, t) || !oneSpace(doc, t, n)) return -1;
  if (shaped(doc, t) || shaped(doc, n) || n.text.length < 4 || !LETTERS_ONLY.test(n.text) || CLINICAL_ENDING.test(n.lower)) return -1;
  if (FUNCTION_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower) || isTitle(doc, t) || FUNCTION_WORDS.has(n.lower) || CALENDAR_WORDS.has(n.lower)) return -1;
  const m = tokens[i + 2];
  const c = charAt(doc.text, n.end);
  if (!closes(c) && c !== 58 && !(m && oneSpace(doc, n, m) && AFTER_NAME_VERBS.has(m.lower))) return -1;
  if (lexical(doc, tokens, i + 1).eponymHere) return -1;
  pushName(doc, out, i, i + 1, 0.7, { kind: 'context', detail: `patient-lower:${p.lower}` });
  return i + 1;
}

const GREETINGS = new Set(['hi', 'hey', 'hello']);
const AFTER_SELF_NAME = new Set(['from', 'calling', 'here', 'again']);

/** "hi its gwen," / "this is gwen here": a listed given name (not also a word) introducing the writer. */
export function selfIntroRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const p = tokens[i - 1];
  if (!p || t.single || doc.isFirst[i] !== 1 || doc.isCommon[i] === 1 || !oneSpace(doc, p, t)) return -1;
  const pp = tokens[i - 2];
  let cue = false;
  if (p.lower === 'its' || p.lower === "it's" || p.lower === 'it’s') cue = pp === undefined || GREETINGS.has(pp.lower);
  else if (p.lower === 'is') cue = pp !== undefined && pp.lower === 'this' && oneSpace(doc, pp, p);
  if (!cue) return -1;
  const n = tokens[i + 1];
  const c = charAt(doc.text, t.end);
  if (!closes(c) && !(n && oneSpace(doc, t, n) && AFTER_SELF_NAME.has(n.lower))) return -1;
  pushName(doc, out, i, i, 0.7, { kind: 'context', detail: 'self-intro' });
  return i;
}

const CALLER_VERBS = new Set(['called', 'phoned', 'calls', 'states', 'stated', 'says', 'said', 'reports', 'reported']);

/** "April called; her father's INR ...": a month that is a given name, starting a sentence, before a calling verb. */
export function monthCallerRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (doc.isFirst[i] !== 1 || !CALENDAR_WORDS.has(t.lower) || doc.allCaps) return -1;
  const n = tokens[i + 1];
  if (!n || !oneSpace(doc, t, n) || !CALLER_VERBS.has(n.lower)) return -1;
  let k = t.start - 1;
  while (k >= 0 && (doc.text.charCodeAt(k) === 32 || doc.text.charCodeAt(k) === 9)) k--;
  const c = k < 0 ? -1 : doc.text.charCodeAt(k);
  if (!(c === -1 || c === 46 || c === 33 || c === 63 || c === 10 || c === 13)) return -1;
  pushName(doc, out, i, i, 0.65, { kind: 'context', detail: 'month-name-caller' });
  return i;
}

/** "Called the pharmacy for Ivy; they will fill": a given name that is also a word, after "for", closing a clause. */
export function forNameRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const p = tokens[i - 1];
  if (!p || t.single || doc.isFirst[i] !== 1 || doc.isCommon[i] !== 1 || doc.allCaps || p.lower !== 'for' || !oneSpace(doc, p, t)) return -1;
  const c = charAt(doc.text, t.end);
  const d = charAt(doc.text, t.end + 1);
  if (!(c === 44 || c === 59 || c === 46) || !(d === -1 || d === 32 || d === 10 || d === 13)) return -1;
  if (CALENDAR_WORDS.has(t.lower) || FUNCTION_WORDS.has(t.lower) || t.lower === 'will' || isTitle(doc, t) || isCredential(doc, t)) return -1;
  if (doc.dict.majorCities.has(t.lower) || lexicon.US_STATES.has(t.lower) || lexical(doc, tokens, i).eponymHere) return -1;
  pushName(doc, out, i, i, 0.62, { kind: 'context', detail: 'for-given-name' });
  return i;
}

/** The rules above for a listed given name, behind their own first tests. */
function givenNameMessageRules(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (!t.capitalized) {
    const j = patientLowerNameRule(doc, tokens, i, out);
    return j >= 0 || doc.isCommon[i] === 1 ? j : selfIntroRule(doc, tokens, i, out);
  }
  if (doc.isCommon[i] === 0) return selfIntroRule(doc, tokens, i, out);
  const j = monthCallerRule(doc, tokens, i, out);
  return j >= 0 ? j : forNameRule(doc, tokens, i, out);
}

/** 4f-4k behind their first tests: two capitals, a listed given name, an unlisted capitalised word. */
export function messageRules(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.upper) return t.text.length === 2 ? messageInitialsRule(doc, tokens, i, out) : -1;
  if (doc.isFirst[i] === 1) return givenNameMessageRules(doc, tokens, i, out);
  return t.capitalized && doc.isCommon[i] === 0 && i > 1 ? reportedSubjectRule(doc, tokens, i, out) : -1;
}
