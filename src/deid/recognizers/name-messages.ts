// Names in phone notes and patient-portal messages: "Mom states Kayden has", "w/ JD re:", "pt maria gonzaga
// called", "hi its gwen,", "April called;", "for Ivy;". Each rule rejects on char codes and token flags first.
import { lexicon } from '../dictionaries/index.js';
import { isDigit } from '../text/chars.js';
import type { Token } from '../text/tokens.js';
import { charAt, pushName, LETTERS_ONLY, oneSpace } from './name-emit.js';
import { AFTER_NAME_VERBS, CLINICAL_ENDING, KIN_WORDS, ROLES_AFTER_NAME, SUBJECT_DEEDS } from './name-relations.js';
import { NO_SHAPE, nameShape } from './name-shape.js';
import { CALENDAR_WORDS, FOREIGN_COMMON_WORDS, CASE_CITATION_AFTER, FUNCTION_WORDS, PARTICLES, TWO_LETTER_ACRONYMS, acronym, functionOrCalendar, isCredential, isTitle, lexical, shaped, titleCredentialOrEponym } from './name-words.js';
import type { Candidate, DocumentView } from './types.js';

/** A char that closes a short message clause: end, newline, ",", ".", ";", ")", "!". */
const closes = (c: number): boolean => c === -1 || c === 44 || c === 46 || c === 59 || c === 41 || c === 33 || c === 10 || c === 13;

/** Token i is in a list of given names or surnames (either: the rule reading it takes both). */
const listedName = (doc: DocumentView, i: number): boolean => doc.isFirst[i] === 1 || doc.isSur[i] === 1;
/** Token i is a listed name that is no English word: the candidate most message rules take without a further cue. */
const listedNoWord = (doc: DocumentView, i: number): boolean => listedName(doc, i) && doc.isCommon[i] === 0;
/** A word of grammar, the calendar or a relation ("thanks, mom", "this is dad"): no writer's name in a sign-off or an introduction. */
const functionCalendarOrKin = (t: Token): boolean => functionOrCalendar(t) || KIN_WORDS.has(t.lower);
/** Token i is no writer's name: such a word, a title, a credential or an eponym. */
const notWritersName = (doc: DocumentView, tokens: readonly Token[], i: number): boolean => functionCalendarOrKin(tokens[i] as Token) || titleCredentialOrEponym(doc, tokens, i);
/** A big city or a state, which a lower-case message names as often as a person ("thank you denver"). */
const cityOrState = (doc: DocumentView, t: Token): boolean => doc.dict.majorCities.has(t.lower) || lexicon.US_STATES.has(t.lower);

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

/** Three-letter clinical and agency acronyms that follow "by" or "per" ("by MRI", "per CDC"): never staff initials. */
// WIC, SNAP, TANF, HRSA, SSI, SSDI: public programs a referral or a social-work note is addressed to (round 41: "To: WIC Program").
// Round 70: the systolic and diastolic pressures after a criterion's label ("Trigger met: SBP 78").
export const CLINICAL_ACRONYMS = new Set(`WIC SNAP TANF HRSA SSI SSDI LCD NCD MRI MRA MRV CTA CXR KUB IVP PET ECG EKG EEG EMG ABG VBG CBC BMP CMP LFT TSH INR PTT ESR CRP BNP UDS RPR FISH
  HIV HCV HBV HPV RSV CSF PCR NGS FNA EGD TEE TTE PFT IHC ISH EIA IFA ELISA DNA RNA USG DVT ICU CCU EMS EMT RRT SLP OTR CNA NPO TPN PEG
  NGT OGT IVF PRN BID TID QID QHS AMA FDA WHO NIH AHA ACC ADA ACS ACR ACG AAP CMS VNA SNF LTC ALF PCP PMD NPI DEA ICD CPT DRG HHS OSH EDP
  EHR EMR MAR HPI ROS NOK POA HCP HCA GCS LOC UTI URI CAP HAP CHF CAD AKI CKD HTN DKA OSA MVA MVC GSW SOB DOE BMI UHC HMO PPO EPO PHQ
  GAD CAM RASS AVPU SBAR IDT OPD IOP CPR ACLS BLS ATLS DNR DNI POLST ENT GYN CTS DME OTC USP CVS LAB ATS IDSA NCCN ASCO AUA NSQIP CMV
  EBV HSV VZV TMP SMX APS DCF CPS APD EOD QOD TBD TBA ETA CDC UPS DOH DPH DHS FBI SSA IRS DMV DOT EPA ICE NYC USA GPS
  PICU NICU MICU SICU CVICU PACU SVD NSVD CHA CHAP RTC RTW
  ROI ABN NPP AOB MOLST WOC WOCN CWOCN PICC IR STI STD SBP DBP
  PACS RIS LIS HIM`.split(/\s+/));

const INITIALS_CUES = new Set(['with', 'per', 'for']);
/** A word after which two capitals may be initials: "w/", "with", "per", "for". */
export const initialsCue = (p: Token): boolean => p.lower === 'w' || INITIALS_CUES.has(p.lower);
export { TWO_LETTER_ACRONYMS };
/**
 * Walking aids and levels of assistance that therapy notes write after "with" or "w/" ("6MWT 212 m with RW": rolling,
 * front-wheeled and wheeled walkers, quad cane, wheelchair, contact guard): no initials there, though "Pt RW reports"
 * keeps a patient's.
 */
const WALKING_AIDS = new Set(['RW', 'FW', 'WW', 'QC', 'WC', 'CG']);

/** Clinical acronyms of any length, two-letter ones, and state codes ("MRI", "PT", "TX"): capitals that are no one's initials. */
const acronymOrStateCode = (text: string): boolean => CLINICAL_ACRONYMS.has(text) || TWO_LETTER_ACRONYMS.has(text) || lexicon.STATE_CODES.has(text);
/** Capitals that are no one's initials (an acronym, a state, a word, a credential): message and closing initials share it. */
export const acronymNotInitials = (doc: DocumentView, t: Token, i: number): boolean => acronymOrStateCode(t.text) || doc.isCommon[i] === 1 || isCredential(doc, t);

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
  // Two letters here, so CLINICAL_ACRONYMS adds nothing to TWO_LETTER_ACRONYMS (its only two-letter entry, "IR", is in both).
  if (WALKING_AIDS.has(t.text) || acronymNotInitials(doc, t, i)) return -1;
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
  if (functionOrCalendar(t) || isTitle(doc, t) || functionOrCalendar(n)) return -1;
  const m = tokens[i + 2];
  const c = charAt(doc.text, n.end);
  if (!closes(c) && c !== 58 && !(m && oneSpace(doc, n, m) && AFTER_NAME_VERBS.has(m.lower))) return -1;
  if (lexical(doc, tokens, i + 1).eponymHere) return -1;
  pushName(doc, out, i, i + 1, 0.7, { kind: 'context', detail: `patient-lower:${p.lower}` });
  return i + 1;
}

const GREETINGS = new Set(['hi', 'hey', 'hello']);
/** " here" and a clause's end after a name opening a text ("imani here. dad fell"). */
const HERE_OPENING = /^[ \t]here[ \t]?(?:[.,!:;]|\r?\n|$)/i;
const SPACED_DASH_AFTER = /^ [\-–—] /;
// Round 95: or the writer's relation to the patient ("it's hamid rostami the son of parvin").
const AFTER_SELF_NAME = new Set(['from', 'calling', 'here', 'again', 'the', 'w', 'with', 'btw']);
/** Round 95: a greeting's time of day before "it's <name>" ("good morning it's hamid"). */
const DAY_GREETINGS = new Set(['morning', 'afternoon', 'evening']);
/** "im" and "i'm" as a texter writes them before a name (round 69). */
const I_AM_WORDS: ReadonlySet<string> = new Set(['im', "i'm", 'i’m']);
/** What the writer goes on to after "hi im <name>": "and", another "im" ("im 15"). */
const AFTER_I_AM_NAME: ReadonlySet<string> = new Set(['and', 'im', "i'm", 'i’m']);
/** Spoken fillers a voicemail's or a text's greeting may hold before the writer's name: "hi um", "hey uh". */
export const SPEECH_FILLERS: ReadonlySet<string> = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'hmm']);

/** "hi its gwen," / "this is gwen here": a listed given name (not also a word) introducing the writer. */
export function selfIntroRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const p = tokens[i - 1];
  if (t.single || doc.isFirst[i] !== 1 || doc.isCommon[i] === 1) return -1;
  // Round 79: a text that opens "imani here." / "Imani here," names its writer.
  if (!p) return HERE_OPENING.test(doc.text.slice(t.end, t.end + 8)) && doc.text.slice(0, t.start).trim() === '' ? (pushName(doc, out, i, i, 0.7, { kind: 'context', detail: 'self-intro' }), i) : -1;
  // Round 50: the tokens of "it's" are "it" alone (the "'s" is dropped), as a voicemail's transcript writes it: "hey
  // it's dave from mercy home health", "hi it's rosa calling about my mom".
  const itIs = p.lower === 'it' && t.start === p.end + 3 && /^['’]s $/.test(doc.text.slice(p.end, t.start));
  if (!itIs && !oneSpace(doc, p, t)) return -1;
  const pp = tokens[i - 2];
  const its = p.lower === 'its' || p.lower === "it's" || p.lower === 'it’s' || itIs;
  let cue = false;
  // Round 95: or after a greeting's time of day or a comma ("good morning it's hamid", "hi Sakura, its Elspeth from").
  if (its) cue = pp === undefined || GREETINGS.has(pp.lower) || DAY_GREETINGS.has(pp.lower) || /[,.!\n][ \t]{0,2}$/.test(doc.text.slice(Math.max(0, p.start - 3), p.start));
  else if (p.lower === 'is') cue = pp !== undefined && pp.lower === 'this' && oneSpace(doc, pp, p);
  // Round 69: "hey um im brianna and...", "hi, i'm tori im 15": "im" or "i'm" right after a greeting, a filler between or
  // none ("hi um im ..."), or opening the text; the name closes the clause or the writer goes on ("and", "im").
  const im = I_AM_WORDS.has(p.lower);
  if (im) cue = pp === undefined || GREETINGS.has(pp.lower) || (SPEECH_FILLERS.has(pp.lower) && GREETINGS.has(tokens[i - 3]?.lower ?? ''));
  // Round 95: a voicemail's transcript has no commas: "for nurse Havili its rangi again returning your call"; the
  // caller's word after the name makes the cue there.
  if (!cue && its) {
    const a = tokens[i + 1];
    cue = a !== undefined && oneSpace(doc, t, a) && (a.lower === 'again' || a.lower === 'calling' || a.lower === 'from');
  }
  if (!cue) return -1;
  // Round 90: a surname after particles, typed in lower case, may follow ("this is maria de la cruz, mother of ...").
  let tail = t.text === t.lower ? lowerParticleSurname(doc, tokens, i) : -1;
  // Round 95: or a listed surname of no word in the same case right after ("it's hamid rostami the son of ...").
  const s1 = tokens[i + 1];
  if (tail < 0 && s1 !== undefined && oneSpace(doc, t, s1) && doc.isSur[i + 1] === 1 && doc.isCommon[i + 1] === 0 && (s1.text === s1.lower) === (t.text === t.lower) && LETTERS_ONLY.test(s1.text) && !functionCalendarOrKin(s1)) tail = i + 1;
  const last = tail >= 0 ? (tokens[tail] as Token) : t;
  const n = tokens[tail >= 0 ? tail + 1 : i + 1];
  const c = charAt(doc.text, last.end);
  // Round 68: or a spaced dash before the message ("hi its tova - need a hand in 9", "this is omar — re rm 4").
  if (!closes(c) && !(n && oneSpace(doc, last, n) && (AFTER_SELF_NAME.has(n.lower) || (im && AFTER_I_AM_NAME.has(n.lower)))) && !SPACED_DASH_AFTER.test(doc.text.slice(last.end, last.end + 3))) return -1;
  const j = tail >= 0 ? tail : i;
  pushName(doc, out, i, j, 0.7, { kind: 'context', detail: 'self-intro' });
  return j;
}

/**
 * Round 90: after a lower-case given name, one or two groups of lower-case particles, each before a listed surname that
 * is no English word ("maria de la cruz", "joaquin de la cruz van der berg"); the last token of the surname, or -1.
 */
function lowerParticleSurname(doc: DocumentView, tokens: readonly Token[], i: number): number {
  let end = -1;
  let k = i + 1;
  for (let group = 0; group < 2; group++) {
    let m = k;
    while (m < k + 3 && m < tokens.length && PARTICLES.has((tokens[m] as Token).text) && oneSpace(doc, tokens[m - 1] as Token, tokens[m] as Token)) m++;
    const w = tokens[m];
    if (m === k || w === undefined || w.text !== w.lower || !oneSpace(doc, tokens[m - 1] as Token, w) || doc.isSur[m] !== 1 || doc.isCommon[m] === 1 || !LETTERS_ONLY.test(w.text)) break;
    end = m;
    k = m + 1;
  }
  return end;
}

/**
 * Round 79: someone named beside the writer as the subject of a plan: "me and tariq can come", "Ronan and me at his
 * side", "kalia and i". A listed given name that is no English word ("me and will" stays), one blank on each side.
 */
function companionRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.single) return -1;
  const p = tokens[i - 1];
  const pp = tokens[i - 2];
  const n = tokens[i + 1];
  const nn = tokens[i + 2];
  const after = p !== undefined && pp !== undefined && p.lower === 'and' && pp.lower === 'me' && oneSpace(doc, pp, p) && oneSpace(doc, p, t);
  const before = !after && n !== undefined && nn !== undefined && n.lower === 'and' && (nn.lower === 'me' || nn.lower === 'i') && oneSpace(doc, t, n) && oneSpace(doc, n, nn);
  if (!after && !before) return -1;
  pushName(doc, out, i, i, 0.66, { kind: 'context', detail: 'companion-of-writer' });
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
  if (functionOrCalendar(t) || t.lower === 'will' || cityOrState(doc, t) || titleCredentialOrEponym(doc, tokens, i)) return -1;
  pushName(doc, out, i, i, 0.62, { kind: 'context', detail: 'for-given-name' });
  return i;
}

/**
 * Round 57: a page or a text signed in lower case after a dash: "trop pending — jen RN", "pls eval - tomás", "get
 * ABG + CXR. — ravi". A listed given name that is no English word, after a dash and a blank, closing its line (a
 * credential may follow).
 */
export function dashSignatureRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.single || doc.isCommon[i] === 1 || t.start < 2 || doc.text.charCodeAt(t.start - 1) !== 32) return -1;
  const d = doc.text.charCodeAt(t.start - 2);
  if (!(d === 0x2014 || d === 0x2013 || (d === 45 && charAt(doc.text, t.start - 3) === 32))) return -1;
  if (functionOrCalendar(t) || !LETTERS_ONLY.test(t.text)) return -1;
  // Round 58: an extension or a pager may close the line after the name ("— emil RN x2204", "— dario x5186").
  if (!signatureCloses(doc, signatureEnd(doc, tokens, i), true)) return -1;
  pushName(doc, out, i, i, 0.66, { kind: 'context', detail: 'dash-signature' });
  return i;
}

/** Words that close a message before the writer's name: "thanks, pearl", "Best,\nHolly", "thx\ndrew". */
// Round 79: or a text's call-back number ("call me 555-0142 omar").
const CLOSING_BEFORE_NAME = /(?:^|[^a-z])(?:thanks|thank[ \t]you|thx|thnx|thks|tks|ty|regards|best|cheers|sincerely|respectfully|love|blessings|take[ \t]care|\d{3}[ \t.\-]?\d{4})[ \t]{0,2}[,.!]{0,3}[ \t]{0,2}(?:\r?\n[ \t]{0,4})?$/;
/** Words a short reply or a status closes with after a dash: "Sent to pharmacy - ok", "faxed - done". */
const STATUS_REPLIES = new Set(['ok', 'okay', 'done', 'yes', 'sure', 'fine', 'good', 'great', 'noted', 'confirmed', 'received', 'sent', 'filled', 'approved', 'denied', 'cancelled', 'canceled', 'given', 'signed', 'faxed', 'scheduled', 'pending', 'complete', 'completed', 'resolved', 'stable', 'normal', 'negative', 'positive', 'clear', 'better', 'same', 'improved']);
/** Round 126: modals that are given names too, and the verbs a short reply goes on with after them. */
const MODAL_SIGN_OFF = new Set(['will', 'may', 'can']);
const REPLY_VERBS = new Set(['check', 'do', 'call', 'see', 'page', 'look', 'send', 'ask', 'tell', 'try', 'update', 'follow', 'get', 'grab', 'bring', 'go', 'text', 'chart', 'fax', 'be', 'pass', 'let']);
/** A dash right before the name ("- ivy", "-ginger"), after the text's last sentence or alone on its line. */
const DASH_BEFORE_NAME = /(?:^|[\s.!?)])[\-–—~][ \t]?$/;
/** A line of dashes, underscores or equals signs, or an e-mail's quoted header, that parts a thread's messages. */
const THREAD_RULE = /\r?\n[ \t]{0,4}(?:[\-_=]{3,80}|-{2,8}[ \t]?original[ \t]message)[ \t]{0,4}(?:\r?\n|$)/i;
/**
 * Round 67: the line of token-end `end` closes within a few characters and a thread's rule line follows it ("thx,
 * tess\n---"): a message before the next one in a thread, whose sign-off is not among the text's last words.
 */
export function closesThreadMessage(text: string, end: number): boolean {
  for (let k = end; k < end + 8 && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      const d = text.charCodeAt(k + 1);
      return (d === 45 || d === 95 || d === 61) && THREAD_RULE.test(text.slice(k, k + 40));
    }
    if (c !== 32 && c !== 9 && c !== 13 && c !== 46 && c !== 33) return false;
  }
  return false;
}

/** Round 141: whether the word at `start` follows a spaced bullet ("- ") opening its line, under a line that opens the same way. */
function bulletAfterBullet(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (lineStart === 0 || !/^[ \t]{0,3}[-*•][ \t]{1,2}$/.test(text.slice(lineStart, start))) return false;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return /^[ \t]{0,3}[-*•][ \t]{1,2}\S/.test(text.slice(prevStart, Math.min(lineStart, prevStart + 8)));
}

/** What may follow a signature's name to the text's end: blanks, then at most three short lines (a phone, an email, a relation). */
const SIGNATURE_TAIL = /^[ \t]*(?:\r?\n[^\n]{0,60}){0,3}\s*$/;

/**
 * Round 61: a message signed with a listed given name, even an English word, in any case, closing its line among
 * the text's last words: after a closing word ("thanks, pearl", "thank you lena", "thx\ndrew") or, at the very end,
 * after a dash ("... see you at the visit - ivy", "-ginger"). Not "thanks again", "- will call" (the name closes its line),
 * nor "thanks, mom" (a relation) or "- May" (a month).
 */
export function messageSignOffRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.single || doc.allCaps || !LETTERS_ONLY.test(t.text) || functionCalendarOrKin(t)) return -1;
  // An initial may close the name: "-holly k".
  const n = tokens[i + 1];
  const initial = n !== undefined && n.single && n.start === t.end + 1 && i + 2 === tokens.length;
  // Round 79: or a listed surname, in the same case ("thank you\nkeisha dawson\n555-0146"); a month is not refused there.
  const surname = !initial && n !== undefined && n.start === t.end + 1 && doc.text.charCodeAt(t.end) === 32 && doc.isSur[i + 1] === 1 && !FUNCTION_WORDS.has(n.lower) && !KIN_WORDS.has(n.lower) && (n.text === n.lower) === (t.text === t.lower) && LETTERS_ONLY.test(n.text);
  // Round 90: or two writers joined by "&" or "and", the second a listed given name of no word in the same case:
  // "love, priya & arjun (his grandkids)", "thanks, Kara and Mike".
  const partner = !initial && !surname ? signOffPartner(doc, tokens, i) : -1;
  const end = partner >= 0 ? afterWritersRelation(doc.text, (tokens[partner] as Token).end) : initial || surname ? (n as Token).end : t.end;
  let rest = doc.text.slice(end, end + 200);
  // Round 67: a thread's next message after a rule line ("thx, tess\n---\nReply from RN") closes this one's text.
  const rule = THREAD_RULE.exec(rest);
  if (rule !== null) rest = rest.slice(0, rule.index);
  else if (rest.length === 200) return -1;
  if (!SIGNATURE_TAIL.test(rest)) return -1;
  const before = doc.lower.slice(Math.max(0, t.start - 24), t.start);
  const closing = CLOSING_BEFORE_NAME.test(before);
  // After a dash, a word is a signature only as the text's last ("- will call" closes no text), and no word of a
  // reply or a status ("Sent to pharmacy - ok", "- done").
  if (!closing && !(DASH_BEFORE_NAME.test(before) && /^\s*$/.test(rest) && !STATUS_REPLIES.has(t.lower))) return -1;
  // Round 141: a bullet spaced like the line's before it ("- labs\n- na") is the list's last item, no signature ("-jm" still signs).
  if (!closing && bulletAfterBullet(doc.text, t.start)) return -1;
  if (titleCredentialOrEponym(doc, tokens, i)) return -1;
  // Round 126: "thx, will check", "ty, will do": a lower-case modal before a verb is the reply's next clause.
  if (t.text === t.lower && surname && MODAL_SIGN_OFF.has(t.lower) && REPLY_VERBS.has((n as Token).lower)) return -1;
  pushName(doc, out, i, initial || surname ? i + 1 : i, 0.66, { kind: 'context', detail: closing ? 'closing-signature' : 'dash-signature-word' });
  if (partner >= 0) {
    pushName(doc, out, partner, partner, 0.66, { kind: 'context', detail: 'closing-signature-partner' });
    return partner;
  }
  return initial || surname ? i + 1 : i;
}

/** " & ", " and ", " + " between two writers signing together. */
const SIGN_OFF_JOIN = /^[ \t](?:&|and|\+)[ \t]$/;
/** A relation in brackets after the writers, which the tail's lines would not take on the same line: " (his grandkids)". */
const WRITERS_RELATION_AFTER = /^[ \t]\((?:(?:his|her|their|your)[ \t])?[a-z\-]{2,16}\)/;

/** Round 90: the second writer of a joint sign-off ("priya & arjun"), or -1. */
function signOffPartner(doc: DocumentView, tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  const m = tokens[i + 1];
  if (m === undefined || !SIGN_OFF_JOIN.test(doc.lower.slice(t.end, m.start))) return -1;
  if (m.single || doc.isFirst[i + 1] !== 1 || doc.isCommon[i + 1] === 1 || (m.text === m.lower) !== (t.text === t.lower) || functionCalendarOrKin(m)) return -1;
  return i + 1;
}

/** Where a joint sign-off's tail starts: after a bracketed relation of the writers, if one follows. */
function afterWritersRelation(text: string, end: number): number {
  const m = WRITERS_RELATION_AFTER.exec(text.slice(end, end + 40));
  return m === null ? end : end + m[0].length;
}

/** A relation said of the writer right after the name: ", Lena's husband", ", mr. tallis's daughter", ", her son". */
const KIN_OF_WRITER = /^,[ \t]{1,2}(?:(?:(?:mr|mrs|ms|dr)\.?[ \t]{1,2})?[\p{L}\-]{2,20}['’]s|his|her|their|your|ur)[ \t]{1,2}([a-z\-]{2,16})\b(?!['’])/iu;

/**
 * Round 61: "this is art, Lena's husband", "hey its ginger again": a listed given name that is also an English word
 * introducing the writer, told a name by what follows: the writer's relation to someone ("this is penny, mr. tallis's
 * daughter"), or after a greeting and "its", "again", "from" or "calling". Not "this is fine," "its misty out".
 */
export function wordSelfIntroRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const p = tokens[i - 1] as Token;
  const pp = tokens[i - 2];
  if (t.single || !oneSpace(doc, p, t) || functionCalendarOrKin(t)) return -1;
  const thisIs = p.lower === 'is' && pp !== undefined && pp.lower === 'this' && oneSpace(doc, pp, p);
  const itsAfterGreeting = (p.lower === 'its' || p.lower === "it's" || p.lower === 'it’s') && (pp === undefined || GREETINGS.has(pp.lower));
  if (!thisIs && !itsAfterGreeting) return -1;
  const m = KIN_OF_WRITER.exec(doc.text.slice(t.end, t.end + 48));
  // Round 140: or the writer's own "call me" after it ("this is bill, call me bill").
  let named = (m !== null && KIN_WORDS.has((m[1] as string).toLowerCase())) || SELF_NAMED_AFTER.test(doc.lower.slice(t.end, t.end + 12));
  // Round 69: "hello this is sandy from the front desk": "this is" after a greeting, as a voicemail opens, is told a name
  // by the same words as "hi its" ("this is different from" has no greeting).
  if (!named && (itsAfterGreeting || (thisIs && GREETINGS.has(tokens[i - 3]?.lower ?? '')))) {
    const n = tokens[i + 1];
    const m2 = tokens[i + 2];
    // Not the weather: "hi its misty again here today".
    named = n !== undefined && oneSpace(doc, t, n) && WORD_NAME_AFTER_INTRO.has(n.lower) && !(m2 !== undefined && oneSpace(doc, n, m2) && WEATHER_AFTER.has(m2.lower));
    // Round 127: "hi its rose. i took the ...": a text opening "its" and a word-name closing its sentence, no weather's word.
    if (!named && itsAfterGreeting && (pp === undefined || tokens[i - 3] === undefined) && /^[.,!]/.test(doc.text.slice(t.end, t.end + 1)) && !WEATHER_WORDS.has(t.lower)) named = true;
  }
  // No credential test here, unlike the sign-off's (kept as it was).
  if (!named || isTitle(doc, t) || lexical(doc, tokens, i).eponymHere) return -1;
  pushName(doc, out, i, i, 0.68, { kind: 'context', detail: 'self-intro-word' });
  return i;
}
/** ", call me" right after a writer's word-name. */
const SELF_NAMED_AFTER = /^,[ \t]{1,2}call[ \t]{1,2}me[ \t]/;
/** After "hi its" and a word-name, what says it is the writer: "hey its ginger again", "hi its drew from the gym". */
const WORD_NAME_AFTER_INTRO = new Set(['again', 'from', 'calling']);
/** Words after "its misty again" that say the weather is meant. */
const WEATHER_AFTER = new Set(['here', 'today', 'tonight', 'out', 'outside', 'and', 'but', 'so', 'this', 'finally']);
/** Words of the weather that are given names too: "its misty.", "hi its sunny." */
const WEATHER_WORDS = new Set(['misty', 'sunny', 'stormy', 'rainy', 'windy', 'foggy', 'cloudy', 'frosty', 'snowy', 'breezy', 'storm', 'rain', 'sky', 'summer', 'winter', 'autumn', 'spring']);
/**
 * Round 127: a text that opens by greeting its reader by name before the writer's "this is" ("Renny this is kim from
 * the clinic"): a capitalised word of no English list at the text's or a line's start.
 */
export function greetedByNameRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  if (doc.allCaps || t.single || a === undefined || b === undefined || a.lower !== 'this' || b.lower !== 'is' || !oneSpace(doc, t, a) || !oneSpace(doc, a, b)) return -1;
  if (doc.isCommon[i] === 1 || !LETTERS_ONLY.test(t.text) || functionCalendarOrKin(t) || isTitle(doc, t) || isCredential(doc, t) || acronym(doc, t) || lexical(doc, tokens, i).eponymHere) return -1;
  if (!/(?:^|\n)[ \t]*$/.test(doc.text.slice(Math.max(0, t.start - 4), t.start)) || doc.dict.allCities.has(t.lower) || lexicon.US_STATES.has(t.lower)) return -1;
  pushName(doc, out, i, i, 0.66, { kind: 'context', detail: 'greeted-by-name' });
  return i;
}
/** The tokens before a name that may open wordSelfIntroRule: "this is", "its". */
export const SELF_INTRO_CUES = new Set(['is', 'its', "it's", 'it’s']);

/** What a reminder says of the person booked: "Ivy has an appt with", "Pearl has an appointment on". */
const APPOINTMENT_AFTER = /^[ \t](?:has|had)[ \t](?:an?[ \t])?(?:appt|appointment|apt|visit|follow-up|follow[ \t]up)\b/i;

/**
 * Round 61: an appointment reminder's person, a capitalised given name that is also an English word: "Reminder: Ivy
 * has an appt with the hygienist". Not a month ("May has an appointment" is no reminder's shape) nor a drug.
 */
export function appointmentHolderRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.single || doc.allCaps || functionOrCalendar(t) || !APPOINTMENT_AFTER.test(doc.text.slice(t.end, t.end + 24)) || titleCredentialOrEponym(doc, tokens, i)) return -1;
  pushName(doc, out, i, i, 0.68, { kind: 'context', detail: 'appointment-holder' });
  return i;
}

/** An extension or a pager number closing a signature's line: " x2204", " pgr 2-7140". */
// A role in brackets may stand between ("— idris (night float) pgr 2-7140").
const SIGNATURE_NUMBER_AFTER = /^(?:[ \t]\([a-z][a-z ]{1,16}\))?[ \t](?:[xX][ \t]?\d{4,5}|(?:pgr|pager|ext\.?)[ \t]\d?-?\d{4})[ \t]*(?:\r?\n|$)/;

/** Where the signature at token i ends, past a credential ("— jen RN", "Nadim RN x6633"): dash and extension signatures read on from there. */
function signatureEnd(doc: DocumentView, tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  const n = tokens[i + 1];
  return n !== undefined && oneSpace(doc, t, n) && isCredential(doc, n) ? n.end : t.end;
}

/**
 * A signature's line closes at `end` with an extension or a pager, or, when `lineEndToo` (a dash signature, whose dash
 * is the cue), with the line's or the text's end. An extension signature has no other cue, so it wants the number.
 */
function signatureCloses(doc: DocumentView, end: number, lineEndToo: boolean): boolean {
  const c = charAt(doc.text, end);
  return (lineEndToo && (c === -1 || c === 10 || c === 13)) || SIGNATURE_NUMBER_AFTER.test(doc.text.slice(end, end + 40));
}

/**
 * Round 58: a name signing a page or a label before its extension or pager, closing the line: "— Farouk x7815",
 * "Charge: TW x5203", "— RB pgr 3-5640", "Nadim RN x6633". A capitalised listed name that is no word, or two or
 * three capitals that are no clinical abbreviation; the number makes the signature. "Pharmacy x4455", "CT x2233" stay.
 */
function extensionSignatureRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  // Function words are not tested: messageRules lets only a listed name of no word or two or three capitals reach here.
  if (!signatureCloses(doc, signatureEnd(doc, tokens, i), false) || !LETTERS_ONLY.test(t.text) || CALENDAR_WORDS.has(t.lower) || isCredential(doc, t) || isTitle(doc, t)) return -1;
  if (t.upper && (t.text.length > 3 || acronymOrStateCode(t.text))) return -1;
  pushName(doc, out, i, i, 0.66, { kind: 'context', detail: 'extension-signature' });
  return i;
}

/**
 * Round 58: a float pool's or a bed board's assignment, a name before an arrow and a unit: "Linh -> 4E", "Aoife ->
 * 3N", "Kwame to MICU". A capitalised listed name that is no word, eponym or place; "Transfer -> MICU", "Return to
 * 7N", and words of no list ("Tele -> 5N", "Dispo -> ED") stay.
 */
function assignmentRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const m = ASSIGNED_UNIT_AFTER.exec(doc.text.slice(t.end, t.end + 16));
  if (m === null || !listedName(doc, i) || EQUIPMENT_SURNAMES.has(t.lower) || lexicon.EPONYMS.has(t.lower)) return -1;
  if (!LETTERS_ONLY.test(t.text) || t.text.length < 3 || doc.dict.allCities.has(t.lower) || functionOrCalendar(t) || titleCredentialOrEponym(doc, tokens, i)) return -1;
  pushName(doc, out, i, i, 0.64, { kind: 'context', detail: 'unit-assignment' });
  return i;
}
/** Critical-care units by their acronyms, and every ward a float or a patient is sent to ("4E", "MICU", "L&D", "tele"). */
const CRITICAL_UNITS = 'MICU|SICU|CVICU|ICU|CCU|PACU';
const WARD_UNITS = `[1-9]\\d?[NSEW]|${CRITICAL_UNITS}|ED|NICU|PICU|L&D|tele`;
const ASSIGNED_UNIT_AFTER = new RegExp(`^[ \\t]{1,2}(->|→|to)[ \\t]{1,2}(?:${WARD_UNITS})(?![\\w&])`);

/**
 * Round 58: a listed name before a role in brackets that holds a unit or a word before the credential: "Gustavo
 * (ICU RN)", "Jamila (primary RN)", "Kojo (ICU fellow)"; the name of no word ("Foley (ICU RN)" is an eponym's).
 */
function roleBracketRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (!ROLE_BRACKET_AFTER.test(doc.text.slice(t.end, t.end + 24)) || !LETTERS_ONLY.test(t.text) || CALENDAR_WORDS.has(t.lower) || lexicon.EPONYMS.has(t.lower) || lexical(doc, tokens, i).eponymHere) return -1;
  pushName(doc, out, i, i, 0.66, { kind: 'context', detail: 'role-bracket' });
  return i;
}
const ROLE_BRACKET_AFTER = /^ \([A-Za-z0-9]{1,8} (?:RN|LPN|MD|DO|RT|RPh|PharmD|NP|PA|CNA|PCT|SW|CM|EMT|fellow|resident|intern|attending|charge|tech)\)/;

/**
 * Round 58: a staff member's login in brackets after the name ("RPh Farouk (fmansour):", "Tech Ines (igarcia3):",
 * "Resident Okoye (cokoye2)"): a listed name that is no word, then a lower-case login of five to fifteen
 * letters (a digit or two may end it) that starts with the name's initial or holds the name, and is no word
 * ("Farouk (friend)", "Rosa (here)" stay). The login itself is the identifiers' `login-bracket` pattern's.
 */
export function loginBracketRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (!listedNoWord(doc, i) || !LETTERS_ONLY.test(t.text)) return -1;
  const m = LOGIN_AFTER.exec(doc.text.slice(t.end, t.end + 20));
  if (m === null) return -1;
  const login = m[1] as string;
  const letters = login.replace(/\d+$/, '');
  if (!(login.charCodeAt(0) === t.lower.charCodeAt(0) || letters.includes(t.lower)) || doc.dict.commonWords.has(letters) || doc.dict.firstNames.has(letters)) return -1;
  pushName(doc, out, i, i, 0.7, { kind: 'context', detail: 'login-bracket' });
  return i;
}
/** A login in brackets right after a name: " (fmansour)", " (igarcia3)". */
const LOGIN_AFTER = /^ \(([a-z][a-z]{4,14}\d{0,2})\)/;

/**
 * Round 58: a name in brackets after a staffing word: "Call-out (brianna) - sick", "Float from 3W (Adeyinka)",
 * "float from 9E (Svetlana)", "orientee (yesenia)": a listed name that is no word (any case), or a capitalised word
 * of no list that is no word, acronym or place. "call-out (sick)", "float (PRN)", "call-out (Tues)" stay, and no
 * "agency", whose brackets name a firm ("agency (Aya)").
 */
export function staffBracketRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (doc.isCommon[i] === 1 || t.single || acronym(doc, t) || !LETTERS_ONLY.test(t.text)) return -1;
  if (!listedName(doc, i) && (!t.capitalized || doc.dict.allCities.has(t.lower) || CLINICAL_ENDING.test(t.lower))) return -1;
  const before = doc.lower.slice(Math.max(0, t.start - 24), t.start - 1);
  // Round 68: a page's or a board's charge nurse by name in brackets ("FROM 6N CHARGE (Latisha)", "charge RN (ximena)"):
  // a listed name only, "charge (ICU)", "charge (float pool)" stay.
  const charge = CHARGE_BEFORE.test(before);
  // Round 103: a desk's or a service's sender with the person in brackets, as a log or a chat labels its line ("TC
  // (Bronagh): ok holding", "EVS dispatch (Ozzie): 20 min", "from Lab (Kelsey) to MICU"): only where the bracket
  // closes a speaker's label (a colon or "to" after it). "Lab (Quest):", "TC (pending)", "Lab (CBC) to follow" and a
  // maker's cabinet ("Pharmacy (Pyxis):") stay.
  const desk = !charge && !EQUIPMENT_SURNAMES.has(t.lower) && DESK_ROLE_BEFORE.test(before) && DESK_SPEAKER_CLOSE.test(doc.text.slice(t.end, t.end + 5));
  if (charge ? !listedName(doc, i) : !desk && !STAFFING_BEFORE.test(before)) return -1;
  if (functionOrCalendar(t) || lexicon.WEEKDAY_ABBREVIATIONS.has(t.lower) || isCredential(doc, t) || lexical(doc, tokens, i).eponymHere) return -1;
  pushName(doc, out, i, i, 0.66, { kind: 'context', detail: 'staff-bracket' });
  return i;
}
/** A staffing word (and "from" and a unit) right before a bracket: "call-out ", "float from 5N ", "orientee ". */
const STAFFING_BEFORE = /(?:^|[^a-z])(?:call[- ]?outs?|called[- ]out|float(?:ing)?|floated|traveler|traveller|orientee|preceptor|relief|pulled|per diem|registry)(?:[ \t]{1,2}(?:from|to)[ \t]{1,2}[a-z0-9]{1,6})?:?[ \t]{0,2}$/;

/** Round 103: a desk, a dispatcher or a service right before a bracket: "TC ", "EVS dispatch ", "Lab ", "OR desk ". */
const DESK_ROLE_BEFORE = /(?:^|[^a-z])(?:tc|evs|lab|dispatch|desk|transport|security|pharmacy|rt|pca|huc|clerk|operator|admitting|registration|access|supervisor|bed[ \t]board|tech)[ \t]{0,2}$/;
/** The bracket closes a speaker's label: "):" or ") to ". */
const DESK_SPEAKER_CLOSE = /^\)(?::|[ \t]to[ \t])/;

/** "charge ", "charge RN ", "charge nurse: " right before a bracket. */
const CHARGE_BEFORE = /(?:^|[^a-z])charge(?:[ \t]{1,2}(?:rn|nurse))?:?[ \t]{0,2}$/;

/**
 * Round 90: thanks or an apology said to someone, as a family's message writes it: "thank u so much jenna!!", "so sorry
 * marguerite, i didnt mean to", "thanks again Priya." A listed given name that is no English word, right after the
 * words of thanks or sorrow (and "so much", "again", "a lot"), closing its clause.
 */
// Round 95: or love said ("love u kiki thanks for ..."); and the name need not close its clause when the thanks's
// reason or the writer's excuse goes on ("thank you so much anneliese for calling", "sorry kev i was stuck").
const THANKS_OR_SORRY_BEFORE = /(?:^|[^a-z])(?:thank[ \t](?:you|u|ya)|thanks|thx|ty|sorry|love[ \t](?:you|u|ya))(?:[ \t](?:so[ \t]much|sm|again|a[ \t]lot|a[ \t]ton))?[ \t]?,?[ \t]$/;
const THANKED_NAME_GOES_ON = new Set(['for', 'i', 'im', "i'm", 'i’m', 'thanks', 'thx', 'ty']);
/** Round 95: a line opened by thanks, with no sentence's end after it: a name closing the text is the one thanked ("thx for driving her wes"). */
const THANKS_LINE_BEFORE = /(?:^|\n)[ \t]{0,3}(?:thank[ \t](?:you|u|ya)|thanks|thx|ty)\b[^.!?\n]{1,60}[ \t]$/;
/** Round 95: only blanks and a closing "." or "!" to the text's end. */
const TEXT_END = /^[.! \t\r\n]*$/;
function thanksOrSorryRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.single || !LETTERS_ONLY.test(t.text)) return -1;
  const c = charAt(doc.text, t.end);
  const n = tokens[i + 1];
  if (THANKS_OR_SORRY_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 24), t.start))) {
    if (!closes(c) && c !== 63 && !(n !== undefined && oneSpace(doc, t, n) && THANKED_NAME_GOES_ON.has(n.lower))) return -1;
  } else if (!(t.text === t.lower && doc.text.length - t.end <= 8 && TEXT_END.test(doc.text.slice(t.end)) && THANKS_LINE_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 80), t.start)))) return -1;
  else if (i > 0 && FUNCTION_WORDS.has((tokens[i - 1] as Token).lower) && !/^(?:her|him|me|us|them|it)$/.test((tokens[i - 1] as Token).lower)) return -1;
  if (notWritersName(doc, tokens, i) || cityOrState(doc, t)) return -1;
  pushName(doc, out, i, i, 0.66, { kind: 'context', detail: 'thanks-or-sorry' });
  return i;
}

/**
 * Round 95: a lower-case given name of no word opening a text, a line (after a day's label: "Mon: kev did the
 * morning shift") or a sentence, or after an opening "ok", before what the person did: "sione stayed overnight",
 * "ok dmitri got the prescription", "yusuf can u ask the nurse". Capitalised names there are the other rules'.
 */
const CLAUSE_OPENERS = new Set(['ok', 'okay', 'k', 'yes', 'so', 'and', 'also', 'then']);
function clauseSubjectRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const n = tokens[i + 1];
  if (t.text !== t.lower || n === undefined || !oneSpace(doc, t, n) || !SUBJECT_DEEDS.has(n.lower) || !LETTERS_ONLY.test(t.text)) return -1;
  let k = i;
  const p = tokens[i - 1];
  if (p !== undefined && CLAUSE_OPENERS.has(p.lower) && oneSpace(doc, p, t)) k = i - 1;
  let m = (tokens[k] as Token).start - 1;
  while (m >= 0 && (doc.text.charCodeAt(m) === 32 || doc.text.charCodeAt(m) === 9)) m--;
  const b = m < 0 ? -1 : doc.text.charCodeAt(m);
  // A text's or a line's start, a sentence's end, or a label's colon ("Thu:", "mom update:").
  if (!(b === -1 || b === 10 || b === 13 || b === 46 || b === 33 || b === 63 || b === 58)) return -1;
  if (notWritersName(doc, tokens, i) || cityOrState(doc, t)) return -1;
  pushName(doc, out, i, i, 0.64, { kind: 'context', detail: 'clause-subject-lower' });
  return i;
}

/**
 * Round 95: a lower-case given name of no word set off by commas after a relation or a role a few words before: "the
 * aide there, rosalind, says", "my neighbor, bart, helped me".
 */
const ROLE_BEFORE_COMMA = /([a-z\-]{2,16})(?:[ \t]{1,2}[a-z]{2,12}){0,2}[ \t]{0,2},[ \t]{1,2}$/;
function commaRoleRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.text !== t.lower || charAt(doc.text, t.end) !== 44 || !LETTERS_ONLY.test(t.text)) return -1;
  const before = doc.lower.slice(Math.max(0, t.start - 40), t.start);
  const m = ROLE_BEFORE_COMMA.exec(before);
  if (m === null) return -1;
  const words = before.slice(m.index, before.lastIndexOf(',')).split(/[ \t]+/);
  if (!words.some((w) => KIN_WORDS.has(w) || ROLES_AFTER_NAME.has(w))) return -1;
  if (notWritersName(doc, tokens, i)) return -1;
  pushName(doc, out, i, i, 0.66, { kind: 'context', detail: 'comma-role-lower' });
  return i;
}

/** A given name of no word beside or as the writer ("me and tariq", "hi its gwen"), in any case; or thanked ("thank u so much jenna!!"). */
function writerNameRules(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  let j = companionRule(doc, tokens, i, out);
  if (j < 0) j = selfIntroRule(doc, tokens, i, out);
  if (j < 0) j = thanksOrSorryRule(doc, tokens, i, out);
  if (j < 0) j = clauseSubjectRule(doc, tokens, i, out);
  if (j < 0) j = commaRoleRule(doc, tokens, i, out);
  return j >= 0 ? j : lowerRoleBracketRule(doc, tokens, i, out);
}

/** Round 95: a lower-case given name of no word before a relation or a role in brackets: "zeynep (night aide) reports". */
const LOWER_ROLE_BRACKET = /^[ \t]\((?:[a-z]{2,10}[ \t])?([a-z\-]{2,16})\)/;
function lowerRoleBracketRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.text !== t.lower || charAt(doc.text, t.end + 1) !== 40 || !LETTERS_ONLY.test(t.text)) return -1;
  const m = LOWER_ROLE_BRACKET.exec(doc.text.slice(t.end, t.end + 32));
  if (m === null || !(KIN_WORDS.has(m[1] as string) || ROLES_AFTER_NAME.has(m[1] as string))) return -1;
  // Round 171: a kin word of another language glossed in the brackets ("bố (father)", "hooyo (mother)").
  if (FOREIGN_COMMON_WORDS.has(t.lower) || notWritersName(doc, tokens, i)) return -1;
  pushName(doc, out, i, i, 0.66, { kind: 'context', detail: 'lower-role-bracket' });
  return i;
}

/** A listed surname of no word after a room ("rm 18 halvorsen") or with a patient's cue ("re Aumont on 5E"). */
function surnameMessageRules(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const j = roomPatientRule(doc, tokens, i, out);
  return j >= 0 ? j : patientCueRule(doc, tokens, i, out);
}

/** The rules above for a listed given name, behind their own first tests. */
function givenNameMessageRules(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (!t.capitalized) {
    let j = patientLowerNameRule(doc, tokens, i, out);
    if (j < 0) j = dashSignatureRule(doc, tokens, i, out);
    return j >= 0 || doc.isCommon[i] === 1 ? j : writerNameRules(doc, tokens, i, out);
  }
  if (doc.isCommon[i] === 0) return writerNameRules(doc, tokens, i, out);
  let j = monthCallerRule(doc, tokens, i, out);
  if (j < 0) j = forNameRule(doc, tokens, i, out);
  return j >= 0 ? j : appointmentHolderRule(doc, tokens, i, out);
}

/**
 * Clinical abbreviations that follow "pt" as a state, a finding or a measure ("pt NPO", "Pt ED visit", "pt BG was
 * 250", "pt PCA was started"): never the patient's initials, but before "underwent" or an age ("Pt TG is a 70 yo").
 */
const PATIENT_ABBREVIATIONS = new Set(`NPO OK AMA SOB DOE BG FS CBG LDL HDL PSA GFR BUN ALT AST ALP SBP DBP MAP UOP CVP PCA ABX ADL PMH PSH
  FHX SHX ROM LOS CVA TIA AMS GIB NC TF IS OOB BRP NWB PWB FWB TKA THA TKR THR PCI SSI FFP PPN NIV ETT SBT VAP AKA BKA HOB EOM VSS NAD
  AOX WBC RBC HGB HCT PLT MCV LFT INR ICU CCU OR ED ER IR EP LTC SNF ALF PT OT ST RT SW CM RN MD NP PA DO PCP CNA EMS
  HR BP RR EF DM PE MI HD DC AF TG CP HA UA BM NG IV IM PO PR SQ SL CT US XR MRI CXR EKG ECG EEG TTE TEE LP GI ID OB
  PNA SAH SDH ICH PVD DJD CRI CRF ALS OCD BPD MDD SUD OUD AUD HCC NHL AML CLL CML MDS DIC TTP HUS ITP HIT SLE IBD IBS GBS PFT GT JP`.split(/\s+/));
/** Roles after "pt" ("pt PT/OT", "Pt SW consult"): not even before "underwent". */
const PATIENT_ROLE_ABBREVIATIONS = new Set(['PT', 'OT', 'ST', 'RT', 'SW', 'CM', 'RN', 'MD', 'NP', 'PA', 'DO', 'PCP', 'CNA', 'EMS']);
/** Verbs said only of a person that may follow the patient's initials: "Pt KTV reports", "pt LF declined". */
const PATIENT_INITIALS_VERBS = new Set(['reports', 'reported', 'states', 'stated', 'denies', 'denied', 'endorses', 'endorsed', 'complains',
  'agrees', 'agreed', 'declined', 'declines', 'refused', 'refuses', 'verbalized', 'verbalizes', 'understands', 'called', 'calls', 'wants',
  'requests', 'requested', 'prefers', 'admits', 'presents', 'presented', 'returns', 'returned', 'received', 'tolerated', 'ambulated']);
/** Second words after "was", "will", "last", "has" that make a person's predicate: "was started on", "will call", "last saw". */
const PATIENT_INITIALS_PHRASES = new Map<string, ReadonlySet<string>>([
  ['was', new Set(['started', 'seen', 'admitted', 'discharged', 'transferred', 'counseled', 'counselled', 'educated', 'instructed', 'advised', 'told', 'informed', 'evaluated', 'examined', 'interviewed', 'intubated', 'extubated'])],
  ['will', new Set(['call', 'return', 'follow', 'come', 'schedule', 'contact', 'let', 'bring', 'try'])],
  ['last', new Set(['saw', 'seen', 'visited', 'spoke'])],
  ['has', new Set(['a', 'hx'])],
]);

/** The text at `at` reads "a 19", "an 86": an age follows. */
const articleAndNumber = (text: string, at: number): boolean => /^an?[ \t]\d/.test(text.slice(at, at + 5));

/** How the words after the patient's initials speak of a person: 2 beyond doubt (an age, "underwent", a phone), 1 a person's verb, 0 not. */
function patientPredicate(doc: DocumentView, tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  const text = doc.text;
  const c = charAt(text, t.end);
  // "pt OMR, a 58 yo woman".
  if (c === 44) return charAt(text, t.end + 1) === 32 && articleAndNumber(text, t.end + 2) ? 2 : 0;
  const n = tokens[i + 1];
  if (c !== 32 || n === undefined || n.start !== t.end + 1) return 0;
  const w = n.lower;
  if (w === 'underwent') return 2;
  // "Pt TQ is a 70-year-old", "will call pt DW at 412-555-0143".
  if ((w === 'is' || w === 'was') && charAt(text, n.end) === 32 && articleAndNumber(text, n.end + 1)) return 2;
  if (w === 'at' && /^[ \t](?:\(\d{3}\)|\d{3}[\-. ]\d{3})/.test(text.slice(n.end, n.end + 10))) return 2;
  if (PATIENT_INITIALS_VERBS.has(w)) return 1;
  const second = PATIENT_INITIALS_PHRASES.get(w);
  const m = tokens[i + 2];
  return second !== undefined && m !== undefined && oneSpace(doc, n, m) && second.has(m.lower) ? 1 : 0;
}

/** "Pt KTV reports", "pt LF declined", "call pt DW at 412-...": two or three capitals after "pt" before a person's predicate. */
export function patientInitialsRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const p = tokens[i - 1];
  if (p === undefined || doc.allCaps || !PATIENT_WORDS.has(p.lower) || !(oneSpace(doc, p, t) || (t.start === p.end + 2 && doc.text.charCodeAt(p.end) === 46 && doc.text.charCodeAt(p.end + 1) === 32))) return -1;
  for (let k = 0; k < t.text.length; k++) {
    const c = t.text.charCodeAt(k);
    if (c < 65 || c > 90) return -1;
  }
  if (PATIENT_ROLE_ABBREVIATIONS.has(t.text)) return -1;
  const predicate = patientPredicate(doc, tokens, i);
  if (predicate === 0) return -1;
  if (predicate === 1 && (PATIENT_ABBREVIATIONS.has(t.text) || CLINICAL_ACRONYMS.has(t.text) || TWO_LETTER_ACRONYMS.has(t.text) || doc.isCommon[i] === 1)) return -1;
  pushName(doc, out, i, i, 0.7, { kind: 'context', detail: `patient-initials:${p.lower}` });
  return i;
}

/**
 * Round 95: a person a family names by role and "lady" or "guy", then by a capitalised name of no English word, listed
 * or not: "the PT lady Mirela came", "our insurance guy Teodor said". Not a day ("the cleaning lady Tuesday").
 */
const PERSON_NOUNS: readonly string[] = ['lady', 'guy', 'gal', 'girl', 'woman', 'man', 'dude'];
const PERSON_NOUN_SET: ReadonlySet<string> = new Set(PERSON_NOUNS);
const ROLE_PERSON_BEFORE = new RegExp(`(?:^|[^a-z])(?:the|our|my|his|her|their|this|that)[ \\t]{1,2}[a-z\\-]{2,14}[ \\t]{1,2}(?:${PERSON_NOUNS.join('|')})[ \\t]$`);
function rolePersonRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (!t.capitalized || t.upper || t.single || doc.isCommon[i] === 1 || !LETTERS_ONLY.test(t.text)) return -1;
  if (!ROLE_PERSON_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 36), t.start))) return -1;
  // Unlike the writer's rules above, a relation's word is not refused here (as round 95 wrote it).
  if (functionOrCalendar(t) || titleCredentialOrEponym(doc, tokens, i) || cityOrState(doc, t)) return -1;
  pushName(doc, out, i, i, 0.66, { kind: 'context', detail: 'role-person' });
  return i;
}

/**
 * Round 163: an on-call table's swap, two staff joined by a two-headed arrow after "swap" ("Swap: Brennan <->
 * Thibodeaux 12/10.", "swap Obuya <-> Castellanos 12/6"): both words, capitalised, of no English list, no acronym and
 * no ward's, a drug's ending only for a listed surname. "swap Tele <-> ICU", "swap Lasix <-> Bumex", "swap AM <-> PM" stay.
 */
const SWAP_BEFORE = /(?:^|[^a-z])swap(?:ped|s)?:?[ \t]{1,2}$/;
const SWAP_ARROW = /^[ \t]<->[ \t]/;
function shiftSwapRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const a = tokens[i] as Token;
  const b = tokens[i + 1];
  if (b === undefined || !SWAP_ARROW.test(doc.text.slice(a.end, b.start)) || b.start - a.end !== 5) return -1;
  if (!SWAP_BEFORE.test(doc.lower.slice(Math.max(0, a.start - 10), a.start))) return -1;
  for (const k of [i, i + 1]) {
    const w = tokens[k] as Token;
    if (!w.capitalized || w.upper || !LETTERS_ONLY.test(w.text) || w.text.length < 3 || doc.isCommon[k] === 1 || acronym(doc, w) ||
      WARD_UNIT_WORD.test(w.text) || (DRUG_ENDING.test(w.lower) && doc.isSur[k] === 0) || functionOrCalendar(w)) return -1;
  }
  pushName(doc, out, i, i, 0.7, { kind: 'context', detail: 'shift-swap' });
  pushName(doc, out, i + 1, i + 1, 0.7, { kind: 'context', detail: 'shift-swap' });
  return i + 1;
}

/**
 * Round 163: a staffing report's call-outs, floats and pulls, each a staff member's name before the unit
 * ("call-outs 4 (Jolene P. 6W, Tran 4E, Mateus 5C, agency RN ...)", "Floats: Okoro 7N, Lindahl 4W"): a capitalised word
 * of no English list, no acronym and no ward's, before a unit's code closing the item. "call-outs 2 (Tele 4E, Ortho
 * 5C)", "pulled: Cath 2E" and a unit's own name stay.
 */
const CALL_OUT_LIST_BEFORE = /(?:^|[^a-z])(?:call[- ]?outs?|sick[- ]calls?|called[- ]out|floats?|floated|pulled|low[- ]census(?:ed)?)[ \t:]{0,3}\d{0,2}[ \t]{0,2}[(:][^()\n]{0,120}$/;
/** Services and pools a staffing list names before a unit, of no English list ("Cath 2E", "Endo 3S"). */
const STAFFING_SERVICE_WORDS = new Set(['cath', 'endo', 'burn', 'neuro', 'ortho', 'tele', 'onc', 'peds', 'psych', 'rehab', 'cards', 'surg', 'renal', 'pulm', 'nephro', 'neph', 'float', 'agency', 'resource', 'travel', 'travelers', 'cvicu', 'ctsicu', 'antepartum', 'postpartum', 'mb', 'ld']);
const UNIT_CODE_ITEM_AFTER = /^[ \t]\d{1,2}[A-Z]{1,2}(?:[,;)]|\.(?:[ \t]|$)|[ \t]*$)/;
function callOutUnitRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (!t.capitalized || t.upper || !LETTERS_ONLY.test(t.text) || t.text.length < 3 || doc.isCommon[i] === 1 || acronym(doc, t) || WARD_UNIT_WORD.test(t.text) || STAFFING_SERVICE_WORDS.has(t.lower) ||
    functionOrCalendar(t) || titleCredentialOrEponym(doc, tokens, i)) return -1;
  if (!UNIT_CODE_ITEM_AFTER.test(doc.text.slice(t.end, t.end + 6))) return -1;
  const before = doc.lower.slice(Math.max(0, t.start - 140), t.start);
  // The word opens an item: right after the list's bracket or colon, or after a comma.
  if (!/(?:[(:,;][ \t]{0,2})$/.test(before) || !CALL_OUT_LIST_BEFORE.test(before)) return -1;
  pushName(doc, out, i, i, 0.7, { kind: 'context', detail: 'call-out-unit' });
  return i;
}

/**
 * Round 166: a nickname in quotes right before a surname ('Pt "Bunny" Castellano', '"Skip" Adebayo-Lund'): the quoted
 * word (capitalised, letters, 2-12) and the capitalised word after the closing quote and one blank, a listed surname
 * of no English word and no drug's ending. An English word after the quote ('the
 * "Big" Dipper', '"Code" Blue', '"Red" Cross') stays.
 */
function quotedNicknameSurnameRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const k = tokens[i + 1];
  if (k === undefined || k.start !== t.end + 2 || charAt(doc.text, t.end + 1) !== 32) return -1;
  if (t.upper || !LETTERS_ONLY.test(t.text) || t.text.length < 2 || t.text.length > 12 || functionOrCalendar(t)) return -1;
  if (!k.capitalized || k.upper || k.text.length < 3 || !/^\p{L}+(?:-\p{L}+)?$/u.test(k.text) || doc.isCommon[i + 1] === 1 || acronym(doc, k) || WARD_UNIT_WORD.test(k.text) || functionOrCalendar(k)) return -1;
  if (DRUG_ENDING.test(k.lower)) return -1;
  // The family's name may run on after a hyphen the tokens split ("Adebayo-Lund"): a listed surname either side.
  let last = i + 1;
  const h = tokens[i + 2];
  if (h !== undefined && charAt(doc.text, k.end) === 45 && h.start === k.end + 1 && h.capitalized && LETTERS_ONLY.test(h.text)) last = i + 2;
  const listedPart = k.text.includes('-') && k.lower.split('-').some((p) => doc.dict.surnames.has(p) && !doc.dict.commonWords.has(p));
  if (doc.isSur[i + 1] === 0 && !listedPart && (last === i + 1 || doc.isSur[last] === 0 || doc.isCommon[last] === 1)) return -1;
  pushName(doc, out, i, i, 0.7, { kind: 'context', detail: 'quoted-nickname' });
  pushName(doc, out, i + 1, last, 0.7, { kind: 'context', detail: 'quoted-nickname' });
  return last;
}

/** 4f-4k behind their first tests: two capitals, a listed given name, an unlisted capitalised word. */
export function messageRules(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (i > 1 && PERSON_NOUN_SET.has((tokens[i - 1] as Token).lower)) {
    const j = rolePersonRule(doc, tokens, i, out);
    if (j >= 0) return j;
  }
  if (charAt(doc.text, t.end) === 32 && charAt(doc.text, t.end + 1) === 60) {
    const j = shiftSwapRule(doc, tokens, i, out);
    if (j >= 0) return j;
  }
  if (charAt(doc.text, t.end) === 32 && isDigit(charAt(doc.text, t.end + 1))) {
    const j = callOutUnitRule(doc, tokens, i, out);
    if (j >= 0) return j;
  }
  // Round 166: a nickname in quotes right before the family's name ('"Bunny" Castellano').
  if ((charAt(doc.text, t.start - 1) === 34 || charAt(doc.text, t.start - 1) === 8220) && (charAt(doc.text, t.end) === 34 || charAt(doc.text, t.end) === 8221) && t.capitalized) {
    const j = quotedNicknameSurnameRule(doc, tokens, i, out);
    if (j >= 0) return j;
  }
  // Round 58: a word in brackets ("Call-out (brianna)"), a name before a login in brackets ("Farouk (fmansour)"), a
  // capitalised name signing before an extension ("— Farouk x7815").
  const before = charAt(doc.text, t.start - 1);
  if (before === 40 && charAt(doc.text, t.end) === 41) {
    const j = staffBracketRule(doc, tokens, i, out);
    if (j >= 0) return j;
  }
  const c = charAt(doc.text, t.end);
  const listed = listedNoWord(doc, i);
  if (c === 32 && charAt(doc.text, t.end + 1) === 40) {
    let j = loginBracketRule(doc, tokens, i, out);
    if (j < 0 && listed && t.capitalized) j = roleBracketRule(doc, tokens, i, out);
    if (j >= 0) return j;
  }
  if (c === 32 && ((t.capitalized && listed) || (t.upper && t.text.length <= 3 && doc.isCommon[i] === 0))) {
    const j = extensionSignatureRule(doc, tokens, i, out);
    if (j >= 0) return j;
  }
  if (c === 32 && t.capitalized && !t.upper && doc.isCommon[i] === 0) {
    const j = assignmentRule(doc, tokens, i, out);
    if (j >= 0) return j;
  }
  if (t.upper) {
    if (t.text.length >= 4 && doc.isSur[i] === 1 && doc.isCommon[i] === 0) {
      const j = surnameMessageRules(doc, tokens, i, out);
      if (j >= 0) return j;
    }
    if ((t.text.length === 2 || t.text.length === 3) && i > 0 && PATIENT_WORDS.has((tokens[i - 1] as Token).lower)) {
      const j = patientInitialsRule(doc, tokens, i, out);
      if (j >= 0) return j;
    }
    return t.text.length === 2 ? messageInitialsRule(doc, tokens, i, out) : -1;
  }
  if (doc.isFirst[i] === 1) return givenNameMessageRules(doc, tokens, i, out);
  if (doc.isSur[i] === 1 && doc.isCommon[i] === 0) {
    const j = surnameMessageRules(doc, tokens, i, out);
    if (j >= 0) return j;
  }
  if (!t.capitalized || doc.isCommon[i] === 1 || i < 1) return -1;
  let j = doc.isSur[i] === 0 ? patientCueRule(doc, tokens, i, out) : -1;
  // Round 103: a capitalised word of no list after a bare room opening a list's item ("- 23 Asante on q2 neuro").
  // Round 160: or before a bare room after a list's dash or "for" ("for Mwangi 716 (Dr.").
  // Round 163: or in the bracket after a unit's room-bed code ("7E-709 (Fairbanks-Oduro)"), whose parts no surname
  // list holds (see bracketedBarrels: "7E-709 (Vanco-Zosyn)", "(Pip-Tazo)" stay).
  if (j < 0 && doc.isSur[i] === 0 && (isDigit(charAt(doc.text, t.start - 2)) || SURNAME_ROOM_AFTER.test(doc.text.slice(t.end, t.end + 12)) ||
    (charAt(doc.text, t.start - 1) === 40 && isDigit(charAt(doc.text, t.start - 3)) && bracketedBarrels(doc, t.lower)))) j = roomPatientRule(doc, tokens, i, out);
  return j < 0 && i > 1 ? reportedSubjectRule(doc, tokens, i, out) : j;
}

/**
 * Round 58: a patient called by surname in staff chatter, with a weak cue on each side or a listed surname with one:
 * before it "re", "for", "family of", "transferring", "cover", "assigned", "taking" ("re Aumont on 5E", "family of
 * Kessler", "vanco for pruitt verified"); after it a room or a unit ("in 25", "on 7N", "MICU bed 9", "to CT", "from
 * PACU", "8E-4") or what is said of a patient waiting or moved ("waiting", "resting", "going", "held", "needs").
 * A listed surname that is no word needs one of the two (capitals or lower case, which wants the word before); a
 * capitalised word of no list, both. "for Bactrim", "re Medicare" and eponyms stay.
 */
export function patientCueRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (doc.allCaps || t.single || t.text.length < 3 || !LETTERS_ONLY.test(t.text) || CLINICAL_ENDING.test(t.lower)) return -1;
  const p = tokens[i - 1];
  // Round 68: a message's "re:" with its colon ("re: Gallagher rm 312 - refusing meds").
  const reColon = p !== undefined && p.lower === 're' && doc.text.slice(p.end, t.start) === ': ';
  const cueBefore = p !== undefined && (oneSpace(doc, p, t) || reColon) && PATIENT_CUE_BEFORE.has(p.lower) &&
    (p.lower !== 'of' || (i > 1 && (tokens[i - 2] as Token).lower === 'family'));
  const after = doc.text.slice(t.end, t.end + 24);
  const listed = doc.isSur[i] === 1;
  const unitAfter = PATIENT_PLACE_AFTER.test(after) || (listed && PATIENT_ROOM_AFTER.test(after));
  const stateAfter = PATIENT_STATE_AFTER.test(after);
  if (listed) {
    if (!cueBefore && !unitAfter && !stateAfter) return -1;
    // Lower case wants the word before and something after: "assigned haverkamp,", "for pruitt verified"; not
    // "haverkamp waiting" alone, nor "booked for para" closing its line; a comma closes an assignment's clause, not
    // a "for" ("for para, then").
    if (!t.capitalized && !t.upper && !(cueBefore && (unitAfter || stateAfter || (charAt(doc.text, t.end) === 44 && !WEAK_CUES.has((p as Token).lower))))) return -1;
  } else {
    // A capitalised word of no list: a moving or a visiting cue before and a room or a unit after ("re Aumont on 5E",
    // "cover Vermeulen in 31", not after "for"), no drug's ending ("cover Heparin in 31" stays); or a sign-out's item
    // by room, the surname between dashes, written as a surname ("rm 14 - Kowalczewski - new afib"; "rm 12 - Vanco -
    // trough" stays).
    const item = ROOM_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 18), t.start)) && /^[ \t]{1,2}[-–:][ \t]/.test(after) && nameShape(doc, tokens, i) !== NO_SHAPE;
    const cued = cueBefore && unitAfter && !WEAK_CUES.has((p as Token).lower) && !DRUG_ENDING.test(t.lower);
    if (!(item || cued) || t.upper || doc.dict.allCities.has(t.lower) || doc.isFirst[i] === 1) return -1;
  }
  if (EQUIPMENT_SURNAMES.has(t.lower) || lexicon.EPONYMS.has(t.lower)) return -1;
  // Round 143: a published case's name before its reporter citation ("In re LaBelle, 107 Wn.2d 196"), no patient.
  if (cueBefore && (p as Token).lower === 're' && CASE_CITATION_AFTER.test(doc.text.slice(t.end, t.end + 32))) return -1;
  if (functionOrCalendar(t) || (t.upper && CLINICAL_ACRONYMS.has(t.text)) || lexicon.US_STATES.has(t.lower) || titleCredentialOrEponym(doc, tokens, i)) return -1;
  pushName(doc, out, i, i, 0.64, { kind: 'context', detail: `patient-cue:${cueBefore ? (p as Token).lower : 'after'}` });
  return i;
}
/** Lifts, restraints, beds and pumps named for their makers that staff chatter names like patients ("for Hoyer waiting"). */
const EQUIPMENT_SURNAMES = new Set(['hoyer', 'posey', 'stryker', 'baxter', 'alaris', 'zoll', 'hill', 'rom', 'medline', 'sage', 'bair', 'pyxis', 'omnicell', 'vocera', 'epic', 'cerner', 'arjo', 'maxi', 'sara', 'hugger', 'kangaroo', 'dinamap', 'welch', 'allyn']);
/** Cues before a patient's surname that also stand before a drug, a test or a plan: "for", "taking". */
const WEAK_CUES = new Set(['for', 'taking', 'admitting', 'accepting']);
/** Endings of drugs, dressings and devices that a capitalised word of no list may have ("Heparin", "Tegaderm", "Vanco"). */
const DRUG_ENDING = /(?:in|ol|one|ide|ate|pam|lam|ine|ex|ox|ix|ax|id|il|an|on|erm|derm|co|za|ra)$/;
const PATIENT_CUE_BEFORE = new Set(['re', 'for', 'of', 'transferring', 'transfer', 'cover', 'covering', 'assigned', 'taking', 'admitting', 'accepting']);
/** A room, a bed or a unit after a patient's surname: " in 25", " on 7N", " MICU bed 9", " to CT", " from PACU", " 8E-4". */
/** Round 68: the room itself right after a listed surname, " rm 316", " bed 4" (not after a word of no list: "re Dialysis bed 3"). */
const PATIENT_ROOM_AFTER = /^[ \t](?:rm|room|bed)[ \t]?\d{1,3}[A-Za-z]?(?![\w\/.:%])/;
const PATIENT_PLACE_AFTER = new RegExp(
  `^(?:[ \\t](?:in|on|to|from)[ \\t](?:(?:rm|room|bed)[ \\t]?)?\\d{1,3}[A-Za-z]?(?![\\w\\/.:%])|[ \\t](?:in|on|to|from)[ \\t](?:${WARD_UNITS}|ER|CT|IR|MRI|OR|step-?down)(?![\\w])|` +
    `[ \\t](?:${CRITICAL_UNITS})[ \\t](?:bed|rm|room)[ \\t]?\\d|[ \\t](?:[1-9]\\d?[NSEW]|ICU)-\\d{1,3}(?![\\w\\/]))`,
);
/** What staff say of a patient by surname: " waiting", " resting", " going to", " held", " needs", " declines". */
const PATIENT_STATE_AFTER = /^[ \t](?:waiting|resting|going|rolling|needs|held|verified|asking|declines|declined|refused|refusing|sundowning|pulled|fell|wants|requesting|transferred|discharged|ready|arrived|back|upset)(?![a-z])/;

/**
 * Round 57: a patient called by surname after the room or bed a page names: "rm 18 halvorsen fell", "call re rm 12
 * pt okafor,", "Bed 7 Abernathy-Cole wants to leave". A listed surname that is no English word (any case), right
 * after "rm", "room" or "bed", its number (a letter may follow: "412B") and an optional "pt" or dash.
 */
export function roomPatientRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  // Round 58: in capitals too when five letters or more and no clinical abbreviation ("rm 5 WOJCIECHOWSKI - NPO").
  if (doc.allCaps || t.single || (t.upper && (t.text.length < 5 || CLINICAL_ACRONYMS.has(t.text))) || !LETTERS_ONLY.test(t.text) || t.text.length < 3 || CLINICAL_ENDING.test(t.lower)) return -1;
  const before = doc.lower.slice(Math.max(0, t.start - 18), t.start);
  // Round 85: or in brackets after the bed, as a huddle's or a census's list writes it: "Bed 6 (Grewal): new afib".
  const m = ROOM_BEFORE.exec(before) ?? (doc.text.charCodeAt(t.end) === 41 ? ROOM_BRACKET_BEFORE.exec(before) : null);
  // Or a sign-out's item, the surname before its room: "- okafor 22 - DKA, closing gap", "* lindqvist 14B: CIWA 9".
  const after = doc.text.slice(t.end, t.end + 12);
  // Round 103: or a numbered item ("2) Winterbourne 8N-17, SBO"), the room a unit's bed after the surname.
  const item = m === null && ((SIGNOUT_ITEM_BEFORE.test(before) && SIGNOUT_ROOM_AFTER.test(after)) || (NUMBERED_ITEM_BEFORE.test(before) && UNIT_BED_AFTER.test(after)));
  // Round 103: or a bare room number opening a list's item or after its colon or comma, then a patient's word ("2 dc's
  // pending: 409 Whitcombe (waiting on PT), 412 Nakashima (ride at 3)", "- 23 Asante on q2 neuro", "- 22A
  // mcgillicuddy 94F"): a word of no English list and no drug's ending; a bracket after only for a listed surname.
  // "- 22 Heparin on hold", "- 12 Vanco is due", "409 Beds (all)", "- 4 Units on hold", "12 Tele on 5N" stay.
  const bare = m === null && !item && doc.isCommon[i] === 0 && !acronym(doc, t) && !WARD_UNIT_WORD.test(t.text) && (doc.isSur[i] === 1 || !DRUG_ENDING.test(t.lower)) && BARE_ROOM_BEFORE.test(before) &&
    (BARE_ROOM_PATIENT_AFTER.test(after) || PATIENT_STATE_AFTER.test(after) || (doc.isSur[i] === 1 && after.startsWith(' (')));
  // Round 160: a unit's room and bed code right before the surname or its bracket ("hold tray 6W-605 Ferreira-Dunne
  // NPO", "0120 4E-415 (Castellanos-Birch) HR 38"), or the surname before a bare room number after a list's dash or
  // "for" ("— Lindgren-Amato 708A (repleting", "labs not ordered for Mwangi 716 (Dr."): a listed surname of no word,
  // or a double-barrelled one whose first part is no word.
  const unitBed = m === null && !item && !bare && ((UNIT_BED_BEFORE.test(before) && (doc.text.charCodeAt(t.end) === 41 || !before.endsWith('('))) ||
    (SURNAME_ROOM_BEFORE.test(before) && SURNAME_ROOM_AFTER.test(after)));
  // A word of no list only before a bare room of three digits (not after a unit-bed: "6W-612 (Zosyn)"): no word,
  // acronym, ward or drug's ending.
  if (unitBed && !(doc.isSur[i] === 1 && doc.isCommon[i] === 0) && !doubleBarrelled(doc, t) &&
    !(doc.isCommon[i] === 0 && doc.isFirst[i] === 0 && !acronym(doc, t) && !WARD_UNIT_WORD.test(t.text) && !DRUG_ENDING.test(t.lower) && !/(?:ium|ia|is|ex)$/.test(t.lower) &&
      !UNIT_BED_BEFORE.test(before) && SURNAME_ROOM_STRICT_AFTER.test(after))) return -1;
  // ROOM_BEFORE's group holds the room word, so a match is a room. A capitalised word of no list: the bare room's only.
  if (!unitBed && ((!item && !bare && m === null) || (!bare && !(doc.isSur[i] === 1 && doc.isCommon[i] === 0)))) return -1;
  // Round 58: nor a catheter, a line or a lift named for its maker or inventor ("rm 4 - Foley - changed", "rm 9 Hickman
  // flushed", "rm 2 Hoyer in hall").
  if (functionOrCalendar(t) || lexicon.EPONYMS.has(t.lower) || EQUIPMENT_SURNAMES.has(t.lower) || lexical(doc, tokens, i).eponymHere) return -1;
  pushName(doc, out, i, i, 0.68, { kind: 'context', detail: `room-patient:${m === null ? (bare ? 'bare' : unitBed ? 'unit-bed' : 'item') : (m[1] as string)}` });
  return i;
}
/** Round 160: a unit's room-bed code ("6w-605 ", "4e-415 (") at the end of the text before a word. */
const UNIT_BED_BEFORE = /(?:^|[^\w\-\/])[1-9][a-z]{1,2}-\d{2,4}[a-z]?[ \t]{1,2}\(?$/;
/** Round 160: a list's dash or "for" before a surname that a bare room follows. */
const SURNAME_ROOM_BEFORE = /(?:[—–][ \t]{1,2}|(?:^|[^a-z])for[ \t]{1,2}|\p{L}["”][ \t])$/u;
/** Round 160: a bare room (three or four digits, a bed's letter may follow) after the surname, then a bracket, a dash, "in"/"on" or the clause's end. */
const SURNAME_ROOM_AFTER = /^[ \t]\d{3,4}[A-Da-d]?(?:[ \t]{1,2}(?:\((?!\d)|[—–\-][ \t]|in[ \t]|on[ \t])|[ \t]*(?:[,;]|\r?\n|$))/;
/** Round 160: for a word of no list, a room of three digits then a bracket, a dash or the clause's end ("Mwangi 716 (Dr."; not "Nexium 400 on hold"). */
const SURNAME_ROOM_STRICT_AFTER = /^[ \t]\d{3}[A-Da-d]?(?:[ \t]{1,2}\((?!\d)|[ \t]{1,2}[—–\-][ \t]|[ \t]*(?:[,;]|\r?\n|$))/;
/** Round 160: a double-barrelled surname ("Ferreira-Dunne"): two capitalised parts, the first no English word. */
function doubleBarrelled(doc: DocumentView, t: Token): boolean {
  const m = /^(\p{Lu}\p{Ll}{2,})-\p{Lu}\p{Ll}{2,}$/u.exec(t.text);
  return m !== null && !doc.dict.commonWords.has((m[1] as string).toLowerCase()) && !WARD_UNIT_WORD.test(m[1] as string);
}
/** "rm 18 ", "room 412B - ", "bed 3 pt " at the end of the text before a word. */
const ROOM_BEFORE = /\b(rm|room|bed|bd)\.?[ \t]?#?\d{1,4}[a-z]?(?:[ \t]{1,2}(?:-|–|pt))?[ \t]{1,2}$/;
/** "Bed 4 (", "rm 12 (" at the end of the text before a word. */
const ROOM_BRACKET_BEFORE = /\b(rm|room|bed|bd)\.?[ \t]?#?\d{1,4}[a-z]?[ \t]{1,2}\($/;
/** A list item's bullet opening its line: "- ", "* ", "• ". */
const SIGNOUT_ITEM_BEFORE = /(?:^|\n)[ \t]{0,3}[-*•][ \t]{1,2}$/;
/**
 * Round 163: the parts of a double-barrelled word in a room-bed's bracket may be a surname's: four letters or more, and
 * no drug's ending unless a name or town list holds a part ("Fairbanks-Oduro", "Ketchikan-Adjei"; not "Vanco-Zosyn").
 */
function bracketedBarrels(doc: DocumentView, lower: string): boolean {
  const parts = lower.split('-');
  if (parts.some((p) => p.length < 4)) return false;
  const listed = parts.some((p) => doc.dict.allCities.has(p) || doc.dict.surnames.has(p) || doc.dict.firstNames.has(p));
  return listed || !parts.some((p) => DRUG_ENDING.test(p));
}
/** Round 103: a ward's name as a word ("Tele", "ICU"), no patient after a census's count. */
const WARD_UNIT_WORD = new RegExp(`^(?:${WARD_UNITS})$`, 'i');
/** Round 103: a numbered item opening its line: "2) ", "3. ". */
const NUMBERED_ITEM_BEFORE = /(?:^|\n)[ \t]{0,3}\d{1,2}[.)][ \t]{1,2}$/;
/** Round 103: a unit's bed after the surname, then a comma or a dash: " 8N-17, ", " 4W-12 - ". */
const UNIT_BED_AFTER = /^[ \t][1-9]\d?[NSEW]-\d{1,3}[A-Za-z]?[ \t]{0,2}[,\-–:]/;
/** Round 103: a bare room number (two to four digits, a letter may follow) opening a list's item, or after its colon or comma. */
const BARE_ROOM_BEFORE = /(?:(?:^|\n)[ \t]{0,3}[-*•][ \t]{1,2}|[:,][ \t]{1,2})\d{2,4}[a-z]?[ \t]{1,2}$/;
/** Round 103: what follows a patient named after a bare room: "is", "on", an age and sex ("94F"). */
const BARE_ROOM_PATIENT_AFTER = /^[ \t](?:is|on)[ \t]|^[ \t]\d{1,3}[MF](?![\w])|^-\p{Lu}\p{Ll}+[ \t](?:is|on)[ \t]/u;
/** A room number after the item's surname, then a dash or a colon: " 22 - ", " 14B: ". */
const SIGNOUT_ROOM_AFTER = /^[ \t]\d{1,4}[A-Za-z]?[ \t]{0,2}[-–:][ \t]/;
