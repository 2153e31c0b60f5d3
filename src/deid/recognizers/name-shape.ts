// Names that no list holds, told by their writing and by what is said of them: surname endings of other
// languages ("Gunnvaldsson", "Kovačević", "Nowakowska"), accented words no English word list has ("Häkkilä"),
// a speaker's label in a dialogue ("Tavish: Where did you park?"), and an unknown word before a predicate said
// only of people ("Oriel is so stubborn", "Zdeslav began painting"). Drugs, organisms and eponyms have none.
import { lexicon, WORD_FACILITY_HEAD } from '../dictionaries/index.js';
import { CharCodeSet, charCodesOf, isBlank } from '../text/chars.js';
import type { Token } from '../text/tokens.js';
import { charAt, pushName, startsLine, LETTERS_ONLY, oneSpace } from './name-emit.js';
import { TWO_LETTER_ACRONYMS, FUNCTION_WORDS, RELATIONS, acronym, functionOrCalendar, germanProse, innerCapital, isCredential, isEponym, isTitle, isUpperLetter, lexical, titleCredentialOrEponym } from './name-words.js';
import type { Candidate, DocumentView } from './types.js';
import { FAMILY_CHAT_LABELS } from './name-relations.js';

/** The word's writing says nothing. */
export const NO_SHAPE = 0;
/** An accented word no English list holds: a name or a place, most often; wants a second sign. */
export const WEAK_SHAPE = 1;
/** A surname ending that no English word, drug or organism has. */
export const STRONG_SHAPE = 2;

// Endings of surnames: Nordic patronymics and Swedish compounds, German, Slavic, Baltic-Finnic and Lithuanian, Greek, Romanian, Georgian, Turkish, Persian
// and Armenian, by last letter (an alternation anchored at the end would be tried at every offset). Each ending
// names letters that English words do not end with ("-ovic", never "-vic": pelvic). The second list needs six
// letters ("Kiev", "Olsen" are short), "-yan" seven ("Libyan", "cyan").
const ENDINGS_BY_LAST = new Map<string, readonly string[]>([
  ['n', ['sson', 'inen', 'mann']],
  ['t', ['qvist', 'kvist', 'quist']],
  ['m', ['ström']],
  ['r', ['dottir', 'dotir', 'dóttir']],
  ['c', ['ovic', 'evic']],
  ['ć', ['ić']],
  ['h', ['ovich', 'evich', 'ovych', 'zadeh']],
  ['z', ['wicz']],
  ['k', ['czyk', 'chuk']],
  ['o', ['enko']],
  ['s', ['poulos', 'akis', 'adis', 'idis', 'odis', 'auskas', 'aitis']],
  ['u', ['opoulou', 'escu', 'eanu', 'oglu', 'oğlu']],
  ['i', ['shvili', 'owski', 'ewski']],
  ['e', ['dze']],
  ['á', ['ová', 'ská', 'cká']],
  ['y', ['ovsky', 'evsky']],
]);
const LONG_ENDINGS_BY_LAST = new Map<string, readonly string[]>([
  ['n', ['sen', 'nen']],
  ['i', ['ski', 'cki']],
  ['a', ['ska', 'cka', 'ova', 'eva']],
  ['v', ['ov', 'ev']],
]);
/** Last letters of the ASCII endings above: one char code rules most words out. */
const ENDING_LETTERS = new CharCodeSet(charCodesOf('nrchzkosuieyavtm'));

const NONE: readonly string[] = [];

/** By char codes alone, whether nameShape may find a shape: an accent, or a last letter some ending has. */
export function mayHaveNameShape(t: Token): boolean {
  return t.text.length >= 5 && (t.fold !== t.lower || ENDING_LETTERS.has(t.lower.charCodeAt(t.lower.length - 1)));
}

/** The lower-case word ends in a surname's ending. */
function surnameEnding(w: string): boolean {
  const last = w[w.length - 1] as string;
  for (const e of ENDINGS_BY_LAST.get(last) ?? NONE) if (w.endsWith(e)) return true;
  if (w.length >= 6) for (const e of LONG_ENDINGS_BY_LAST.get(last) ?? NONE) if (w.endsWith(e)) return true;
  return last === 'n' && w.length >= 7 && w.endsWith('yan') && !/[aeiou]/.test(w[w.length - 4] as string);
}

/** Latin genitives of species names ("meningitidis", "epidermidis") end like Greek surnames. */
const LATIN_GENITIVE = /(?:itidis|rmidis)$/;

/**
 * Endings of drugs, lab analytes, organisms and diagnoses ("Procalcitonin", "Tramadol", "Oxycodone", "Enterococcus"):
 * an unlisted word with one is no person, whatever is said of it.
 */
const CLINICAL_WORD_ENDING = /(?:in|ol|one|ide|ate|pam|lam|tam|penem|afil|pril|sartan|azole|vir|cillin|mycin|cycline|statin|dipine|tidine|dronate|xaban|gatran|gliptin|glitazone|gliflozin|glutide|lukast|oxacin|mab|nib|ase|ose|itis|osis|oma|emia|[aeiou]dine|amine|azine|oxine|etine|aline|phine|eine|caine|zine|xine|coccus|bacter|monas|bacillus|myces)$/;

/** A word no name list holds that is written like a drug, analyte or organism, or joined by a hyphen ("D-dimer"). */
function clinicalLooking(doc: DocumentView, t: Token): boolean {
  return doc.isFirst[t.index] === 0 && doc.isSur[t.index] === 0 && (CLINICAL_WORD_ENDING.test(t.fold) || t.lower.includes('-'));
}

/** Eponyms with accents that the eponym list lacks (those it has are ruled out through it). */
const ACCENTED_EPONYMS = new Set(['hurthle', 'lofgren', 'barany', 'schonlein', 'chediak', 'kolliker', 'potzl', 'muller', 'mullerian', 'monckeberg', 'dejerine', 'sequard', 'brown-sequard', 'kobner', 'menetrier', 'gruntzig', 'bezier']);

/**
 * How the writing of token i marks it as a name: STRONG_SHAPE, WEAK_SHAPE or NO_SHAPE. Never for a word of
 * the English list (in any accent: "Naïve", "Café"), an eponym, or a word before an eponym's head ("Thomsen disease").
 */
export function nameShape(doc: DocumentView, tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  if (t.single || t.text.length < 5 || doc.isCommon[i] === 1) return NO_SHAPE;
  const accented = t.fold !== t.lower;
  // Most words end in a letter no surname ending has ("-ol", "-al", "-ent", "-ed"): one char code rules them out.
  if (!accented && !ENDING_LETTERS.has(t.lower.charCodeAt(t.lower.length - 1))) return NO_SHAPE;
  if (accented && doc.dict.commonWords.has(t.fold)) return NO_SHAPE;
  const w = t.lower;
  let shape = NO_SHAPE;
  if (surnameEnding(w)) shape = LATIN_GENITIVE.test(w) ? NO_SHAPE : STRONG_SHAPE;
  else if (accented && /^[a-z'’\-]+$/.test(t.fold)) shape = WEAK_SHAPE;
  if (shape === NO_SHAPE || (shape === STRONG_SHAPE && compound(doc, w))) return NO_SHAPE;
  if (titleCredentialOrEponym(doc, tokens, i)) return NO_SHAPE;
  if (lexicon.EPONYMS.has(t.fold) || ACCENTED_EPONYMS.has(t.fold) || lexicon.US_STATES.has(w)) return NO_SHAPE;
  if (w.includes('-') && t.fold.split('-').some((p) => lexicon.EPONYMS.has(p) || ACCENTED_EPONYMS.has(p))) return NO_SHAPE;
  // "SARS-CoV": an acronym part or a capital inside a part makes the word an abbreviation.
  if (w.includes('-') && t.text.split('-').some((p) => p.length >= 2 && (p === p.toUpperCase() || innerCapital(p)))) return NO_SHAPE;
  const next = tokens[i + 1];
  if (next !== undefined && lexicon.EPONYM_HEADS.has(next.lower) && /^(?:['’]s)?[\s\-]{1,2}$/.test(doc.text.slice(t.end, next.start))) return NO_SHAPE;
  // A town of the lists is a place, unless the name lists have the word too ("Jensen").
  if (doc.dict.allCities.has(w) && !(doc.isFirst[i] === 1 || doc.isSur[i] === 1)) return NO_SHAPE;
  return shape;
}

/** Two English words of four letters or more run together: a brand ("Wheatseason"), not a surname. */
function compound(doc: DocumentView, w: string): boolean {
  for (let k = 4; k <= w.length - 4; k++) if (doc.dict.commonWords.has(w.slice(0, k)) && doc.dict.commonWords.has(w.slice(k))) return true;
  return false;
}

/** 4l. A capitalised word with a surname ending of its own: "the Gunnvaldsson estate", "drove Kovačević home". */
export function surnameShapeRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (!t.capitalized || doc.allCaps || t.text.length < 5 || doc.isCommon[i] === 1) return -1;
  // An accented word alone may be a loanword or a place ("Crème", "Québec"): it needs a second sign (rules 4m, 4n, 4f).
  if (nameShape(doc, tokens, i) !== STRONG_SHAPE || !LETTERS_ONLY.test(t.text) || germanProse(doc)) return -1;
  pushName(doc, out, i, i, 0.6, { kind: 'pattern', detail: 'surname-shape' });
  return i;
}

// A person's age in brackets right after the name, as families list children: "Jaylen (12) and Micah (8)",
// "our youngest, Eli (16)", "Raj (54, diabetic)".
const AGE_IN_BRACKETS = /^[ \t]\((?:age[ \t])?\d{1,2}(?:[ \t]?(?:yo|y\/o|yrs?|years?|mos?|months?))?[),]/;

/**
 * 4r. A listed given name that is no English word, before an age in brackets: "our boys, Jaylen (12) and Micah (8)".
 * Doses and scores follow drugs and eponyms, never a given name alone.
 */
export function givenNameAgeRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (doc.isFirst[i] !== 1 || doc.isCommon[i] === 1 || doc.allCaps || charAt(doc.text, t.end) !== 32 || charAt(doc.text, t.end + 1) !== 40) return -1;
  if (!AGE_IN_BRACKETS.test(doc.text.slice(t.end, t.end + 16)) || lexical(doc, tokens, i).eponymHere || isTitle(doc, t)) return -1;
  pushName(doc, out, i, i, 0.7, { kind: 'context', detail: 'given-name-age' });
  return i;
}

// A phone number right after a name, with at most a dash, a colon, a comma or "at" between: "Cosima Hart -
// (608) 555-0122", "call Cosima Hart at 608-555-0122" (a phone tree, a contact line).
const PHONE_AFTER = /[ \t]{0,2}(?:[\-–—:,]|at)?[ \t]{0,2}(?:\+?1[ .\-]?)?\(?\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4}(?!\d)/y;

/** A phone number right after offset `end` of `text` (after blanks, a dash, a colon, a comma or "at"). */
export function phoneFollows(text: string, end: number): boolean {
  PHONE_AFTER.lastIndex = end;
  return PHONE_AFTER.test(text);
}

/**
 * 4q. Two capitalised words right before a phone number: a contact's name, when the words are not both
 * common ("Front Desk", "Poison Control" are not) and the second is a listed surname or no common word
 * ("Cosima Hart", where the given name is in no list and "Hart" is also a word). A facility's head word
 * ("Pharmacy", "Clinic") leaves the pair to the facility rules.
 */
export function contactBeforePhoneRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const u = tokens[i + 1];
  if (doc.allCaps || doc.digitRunMask === 0) return -1;
  const called = calledGivenName(doc, tokens, i, out);
  if (called >= 0) return called;
  if (u === undefined || !u.capitalized || u.start !== t.end + 1 || doc.text.charCodeAt(t.end) !== 32) return -1;
  if (doc.isCommon[i] === 1 && doc.isCommon[i + 1] === 1) return -1;
  if (doc.isCommon[i + 1] === 1 && doc.isSur[i + 1] === 0) return -1;
  if ((((doc.wordFlags[i + 1] as number) | (doc.wordFlags[i] as number)) & WORD_FACILITY_HEAD) !== 0) return -1;
  if (!LETTERS_ONLY.test(t.text) || !LETTERS_ONLY.test(u.text) || t.text.length < 2 || u.text.length < 2) return -1;
  // The second word labels the number ("Services Ph 425-...", "Billing Tel 555-..."): no name's.
  if (PHONE_LABELS.has(u.lower)) return -1;
  PHONE_AFTER.lastIndex = u.end;
  if (!PHONE_AFTER.test(doc.text)) return -1;
  pushName(doc, out, i, i + 1, 0.7, { kind: 'context', detail: 'before-phone' });
  return i + 1;
}

// Round 38: what stands after a contact's name in an EHR's "Emergency Contacts" or "Patient Contacts" table: two
// blanks or more (a column), then the relationship or its label ("Nguyen, Kevin Duc        Son", "1. Tuilagi, Losa
// Relationship: Wife").
const RELATION_COLUMN = /[ \t]{2,}(?:relationship|spouse|wife|husband|son|daughter|mother|father|brother|sister|friend|partner|guardian|niece|nephew|grandson|granddaughter|grandmother|grandfather|grandparent|aunt|uncle|cousin|parent|child|sibling|caregiver|neighbou?r|fianc[ée]e?|significant[ \t]other|domestic[ \t]partner|legal[ \t]guardian|step(?:mother|father|son|daughter)|poa|hcpoa|health[ \t]care[ \t]agent)(?![\p{L}\d])/iuy;
// Only blanks, and a row's number, between the line's start and the name.
const ROW_START_BEFORE = /(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]{1,3})?$/;

/**
 * Round 38: a contact's row in an EHR's contacts table: at a line's start (after a row number), "Surname, Given"
 * and maybe a middle name or initial, then a column of blanks and the relationship ("Nguyen, Kevin Duc        Son",
 * "1. Tuilagi, Losa   Relationship: Wife"). Not two common words ("Home, Phone   Mother") nor a facility's word.
 */
export function contactRowRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const u = tokens[i + 1];
  if (u === undefined || !u.capitalized || u.start !== t.end + 2 || doc.text.charCodeAt(t.end) !== 44 || doc.text.charCodeAt(t.end + 1) !== 32) return -1;
  if (!LETTERS_ONLY.test(t.text) || !LETTERS_ONLY.test(u.text) || t.text.length < 2 || u.text.length < 2) return -1;
  if (!ROW_START_BEFORE.test(doc.text.slice(Math.max(0, t.start - 12), t.start))) return -1;
  let last = i + 1;
  const v = tokens[i + 2];
  if (v !== undefined && oneSpace(doc, u, v) && ((v.capitalized && LETTERS_ONLY.test(v.text)) || (v.single && isUpperLetter(v.text)))) last = i + 2;
  let end = (tokens[last] as Token).end;
  if (last === i + 2 && doc.text.charCodeAt(end) === 46) end++; // "Kevin D."
  RELATION_COLUMN.lastIndex = end;
  if (!RELATION_COLUMN.test(doc.text)) return -1;
  for (let k = i; k <= last; k++) if (((doc.wordFlags[k] as number) & WORD_FACILITY_HEAD) !== 0 || isTitle(doc, tokens[k] as Token)) return -1;
  if (doc.isCommon[i] === 1 && doc.isCommon[i + 1] === 1 && doc.isFirst[i + 1] === 0) return -1;
  pushName(doc, out, i, last, 0.8, { kind: 'context', detail: 'contact-row' });
  return last;
}

/** Labels written before a number: the word before them names the line, not a person. */
const PHONE_LABELS = new Set(['ph', 'phone', 'tel', 'telephone', 'fax', 'cell', 'mobile', 'mob', 'pager', 'direct', 'office', 'main', 'line', 'ext', 'hotline', 'desk']);

/** Verbs of calling someone, in lower case: "the office will call Bud at ...". */
const CALL_VERBS = new Set(['call', 'calling', 'called', 'contact', 'reach', 'text', 'message', 'page', 'paged', 'phone']);
/** Words before "for" and a name that make it the person called: "message left for Crystal", "VM for Joy". */
const MESSAGE_WORDS = new Set(['left', 'message', 'msg', 'vm', 'voicemail']);

/**
 * "the office will call Bud Strong at 730.207.0732", "call Skip at (419) 366-2425": after a verb of calling, a
 * listed given name (even one that is a word) and maybe a capitalised surname, then the number. Their last
 * token, or -1.
 */
function calledGivenName(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  // "Message left for Crystal at 555-...": a message for someone, as a call to them.
  const forMessage = before !== undefined && before.lower === 'for' && MESSAGE_WORDS.has(tokens[i - 2]?.lower ?? '');
  const v = forMessage ? tokens[i - 2] : before;
  if (v === undefined || before === undefined || !t.capitalized || doc.isFirst[i] === 0 || v.text !== v.lower || !(forMessage || CALL_VERBS.has(v.lower)) || !oneSpace(doc, before, t)) return -1;
  const u = tokens[i + 1];
  const two = u !== undefined && u.capitalized && oneSpace(doc, t, u) && LETTERS_ONLY.test(u.text) && ((doc.wordFlags[i + 1] as number) & WORD_FACILITY_HEAD) === 0;
  const last = two ? i + 1 : i;
  PHONE_AFTER.lastIndex = (tokens[last] as Token).end;
  if (!PHONE_AFTER.test(doc.text)) return -1;
  pushName(doc, out, i, last, 0.7, { kind: 'context', detail: `called:${v.lower}` });
  return last;
}

/** Words between a subject and a predicate adjective: "X has always been dependable", "why does X get so stubborn". */
const LINKS = new Set(['is', 'was', 'has', 'had', 'been', 'get', 'so', 'very', 'really', 'always', 'quite', 'too', 'extremely', 'seems', 'seemed', 'became', 'becomes', 'gets', 'got', 'looks', 'looked', 'sounds', 'sounded', 'never', 'usually', 'incredibly', 'remarkably', 'truly']);

/** Adjectives said of people and of things alike ("Januvia is very reliable"): for a word of the name lists or with a name's writing only. */
const THING_ADJECTIVES = new Set(['reliable', 'dependable', 'trustworthy', 'creative', 'smart', 'lovely', 'gifted', 'talented']);

/** Adjectives of character said of people, not of drugs, organisms or tests. */
const PERSON_ADJECTIVES = new Set([...THING_ADJECTIVES, 'impulsive', 'funny', 'honest', 'lazy', 'shy', 'rude', 'polite',
  'stubborn', 'clever', 'generous', 'selfish', 'arrogant', 'humble', 'brave', 'loyal', 'hardworking', 'hard-working',
  'charming', 'cheerful', 'grumpy', 'moody', 'talkative', 'caring', 'thoughtful', 'considerate', 'intelligent',
  'ambitious', 'outgoing', 'introverted', 'extroverted', 'punctual', 'courteous', 'naughty', 'mischievous', 'jealous', 'bossy',
  'sociable', 'likeable', 'likable', 'witty', 'wise', 'greedy', 'cruel', 'impatient']);

/** Human activities after "began" or "started": "Zdeslav began painting" (never "Lasix started working"). */
const HUMAN_ACTIVITIES = new Set(['writing', 'singing', 'painting', 'dancing', 'acting', 'teaching', 'studying', 'drawing', 'performing',
  'recording', 'composing', 'preaching', 'lecturing', 'modeling', 'modelling', 'coaching', 'directing', 'filming', 'photographing', 'blogging',
  'publishing', 'touring', 'boxing', 'skating', 'rowing', 'sculpting', 'knitting']);

const START_VERBS = new Set(['began', 'begins', 'started', 'starts']);

/** Words that end a firm's name. */
const FIRM_SUFFIXES = new Set(['inc', 'llc', 'llp', 'ltd', 'corp', 'corporation', 'co', 'company', 'group', 'gmbh', 'plc', 'ag', 'bv', 'limited', 'incorporated']);

/** The capitalised words from token k on end in a firm's suffix: "Harwell Labs LLC". */
function firmNamed(tokens: readonly Token[], k: number): boolean {
  for (let m = k + 1; m < k + 5 && m < tokens.length; m++) {
    const w = tokens[m] as Token;
    if (FIRM_SUFFIXES.has(w.lower)) return true;
    if (!w.capitalized && !w.upper) return false;
  }
  return false;
}

/** Words one of which a document must hold for rule 4m to find anything: the recognizer indexes them. */
export const PREDICATE_WORDS: readonly string[] = [...PERSON_ADJECTIVES, ...HUMAN_ACTIVITIES, ...FIRM_SUFFIXES];

const NO_PREDICATE = 0;
/** Said of people only. */
const PERSON_PREDICATE = 1;
/** Said of people, and of a drug or a device too ("is very reliable"). */
const THING_PREDICATE = 2;

/** What follows token i is said of a person: "is from Harwell Labs LLC", "has been dependable", "so stubborn", "began painting". */
function personPredicateAfter(doc: DocumentView, tokens: readonly Token[], i: number): number {
  const n = tokens[i + 1];
  if (n === undefined || !oneSpace(doc, tokens[i] as Token, n)) return NO_PREDICATE;
  if (START_VERBS.has(n.lower)) {
    const a = tokens[i + 2];
    return a !== undefined && oneSpace(doc, n, a) && HUMAN_ACTIVITIES.has(a.lower) ? PERSON_PREDICATE : NO_PREDICATE;
  }
  if (!LINKS.has(n.lower)) return NO_PREDICATE;
  // "X is from Harwell Labs LLC": a person comes from a firm, and a firm's name says what it is (a drug is
  // "from" its maker too, but a note names no maker with "Inc": "Entresto is from Novartis" stays).
  if (n.lower === 'is' || n.lower === 'was') {
    const f = tokens[i + 2];
    const o = tokens[i + 3];
    if (f?.lower === 'from' && o !== undefined && oneSpace(doc, n, f) && oneSpace(doc, f, o) && o.capitalized) return firmNamed(tokens, i + 3) ? PERSON_PREDICATE : NO_PREDICATE;
  }
  for (let k = i + 1; k < i + 5 && k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (!oneSpace(doc, tokens[k - 1] as Token, w)) return NO_PREDICATE;
    if (PERSON_ADJECTIVES.has(w.lower)) return k === i + 1 ? NO_PREDICATE : THING_ADJECTIVES.has(w.lower) ? THING_PREDICATE : PERSON_PREDICATE;
    if (!LINKS.has(w.lower)) return NO_PREDICATE;
  }
  return NO_PREDICATE;
}

/**
 * 4m. An unknown capitalised word before a predicate said only of people: "Oriel is so stubborn", "Zdeslav began
 * painting", "Rautio is from Vantaa Labs Ltd". A word of the English list may be one only if a name list has it.
 */
export function personPredicateRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const n = tokens[i + 1];
  if (n === undefined || !(LINKS.has(n.lower) || START_VERBS.has(n.lower))) return -1;
  if (!t.capitalized || doc.allCaps || t.single || FUNCTION_WORDS.has(t.lower) || !LETTERS_ONLY.test(t.text)) return -1;
  const predicate = personPredicateAfter(doc, tokens, i);
  if (predicate === NO_PREDICATE) return -1;
  const lx = lexical(doc, tokens, i);
  // "Echo has been reliable": a thing's predicate wants a name that is no English word, or a surname's ending.
  if (predicate === THING_PREDICATE && !((lx.first || lx.sur) && !lx.common) && nameShape(doc, tokens, i) !== STRONG_SHAPE) return -1;
  if (lx.eponymHere || (lx.common && !lx.first && !lx.sur) || (t.fold !== t.lower && doc.dict.commonWords.has(t.fold))) return -1;
  if (acronym(doc, t) || isTitle(doc, t) || isCredential(doc, t) || lexicon.EPONYMS.has(t.fold) || lexicon.US_STATES.has(t.lower)) return -1;
  if ((doc.dict.allCities.has(t.lower) && !(lx.first || lx.sur)) || clinicalLooking(doc, t)) return -1;
  pushName(doc, out, i, i, 0.6, { kind: 'context', detail: 'person-predicate' });
  return i;
}

/** Labels of turns that are roles, not people: "Q:", "Bot:", "Interviewer:". Other headings are English words. */
const ROLE_LABELS = new Set(['bot', 'chatbot', 'chatgpt', 'gpt', 'llm', 'ai', 'assistant', 'user', 'system', 'human', 'agent', 'interviewer',
  'interviewee', 'moderator', 'operator', 'caller', 'customer', 'client', 'host', 'guest', 'speaker', 'narrator', 'admin', 'sysadmin']);

/** Start of the line holding offset `at`. */
/** The start of the line that holds `at`, looking back no further than `floor` (then `floor`). */
function lineStart(text: string, at: number, floor = 0): number {
  let k = at;
  while (k > floor && text.charCodeAt(k - 1) !== 10 && text.charCodeAt(k - 1) !== 13) k--;
  return k;
}

/**
 * Whether token k is a speaker's label: it starts its line and is followed by ":" and speech (a quotation,
 * or words with no digits to the end of the line: "Tavish: Where did you park?", 'Vida:"Not yet."'). 1 when
 * the speech is quoted, 2 when not, 0 when no label.
 */
function labelSpeech(doc: DocumentView, t: Token, digitsOk = false): number {
  const text = doc.text;
  if (charAt(text, t.end) !== 58 || !startsLine(text, t.start)) return 0;
  let k = t.end + 1;
  while (k < text.length && k < t.end + 3 && text.charCodeAt(k) === 32) k++;
  const c = charAt(text, k);
  const quoted = c === 34 || c === 0x201c;
  if (!quoted && !(k > t.end + 1 && /\p{L}/u.test(text[k] ?? ''))) return 0;
  for (let m = k; m < text.length && m < k + 400; m++) {
    const d = text.charCodeAt(m);
    if (d === 10 || d === 13) break;
    if (d >= 48 && d <= 57 && !digitsOk) return 0;
  }
  return quoted ? 1 : 2;
}

/** Round 95: a family's group chat names its writers in lower case, each a listed given name of no word ("bao: dad's sugar was 240"). */
const lowerGivenLabel = (doc: DocumentView, t: Token, k: number): boolean => t.text === t.lower && doc.isFirst[k] === 1 && doc.isCommon[k] === 0;
/** Round 95: what a chat's reply opens with, as a lone lower-case label's speech does ("lupe: yes but only till 3"). */
const CHAT_REPLY_START = /^:[ \t]{1,2}(?:yes|yeah|yep|yup|no|nope|ok|okay|kk|sure|lol|omg|i|im|i'm|i’m|we|did|can|will|thanks|thx|ty|sorry|got)\b/;

/** A word that can be a speaker's label: no heading, role, title or place; an English word only if a given name. */
function labelWord(doc: DocumentView, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (t.single || !LETTERS_ONLY.test(t.text) || ROLE_LABELS.has(t.lower) || RELATIONS.has(t.lower) || isTitle(doc, t) || isCredential(doc, t)) return false;
  if (!t.capitalized && !(doc.isFirst[k] === 1 && doc.isCommon[k] === 0)) return false;
  const lx = lexical(doc, tokens, k);
  if ((lx.common && !lx.first) || (t.fold !== t.lower && doc.dict.commonWords.has(t.fold))) return false;
  if (lexicon.EPONYMS.has(t.fold) || lexicon.US_STATES.has(t.lower) || (doc.dict.allCities.has(t.lower) && !lx.first && !lx.sur)) return false;
  return !acronym(doc, t) && !clinicalLooking(doc, t);
}

/**
 * A chat export's time stamp opening the line before its speaker: "[11/17/26, 07:42] ", "11/21/26, 8:14 PM - ",
 * "[10:02] ". The date is optional; WhatsApp puts a dash between the time and the speaker.
 */
const CHAT_STAMP_BEFORE = /^[ \t]*\[?(?:\d{1,4}[\/.\-]\d{1,2}[\/.\-]\d{2,4},?[ \t]{1,2})?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?(?:[ \t]{1,2}[\-–])?[ \t]{1,2}$/;
/** A staff role or grade in brackets before a speaker's colon: "(RN)", "(BMS)", "(PGY2)", "(HS)", "(RPh)". */
// Round 58: or a unit and a role, two short words ("(ED RN)", "(RN 4S)", "(6W RN)", "(charge 8E)").
const STAFF_ROLE_TAIL = /^[ \t]\((?:[A-Za-z][A-Za-z0-9]{1,5}|[A-Za-z0-9]{1,6}[ \t][A-Za-z0-9]{1,6})\):[ \t]/;
/** Round 58: a bed board's or a text log's 24-hour stamp without its colon opening the line: "0915 ", "1406 ". */
const MILITARY_STAMP = /^[ \t]{0,2}(?:[01]\d|2[0-3])[0-5]\d[ \t]{1,2}$/;
/** Whether the text before `at` on its line is a 24-hour stamp alone (looked for at most 9 characters back). */
function militaryStampBefore(text: string, at: number): boolean {
  const from = lineStart(text, at, Math.max(0, at - 9));
  return (from === 0 || text.charCodeAt(from - 1) === 10 || text.charCodeAt(from - 1) === 13) && MILITARY_STAMP.test(text.slice(from, at));
}
/** What may stand between a chat speaker's name and the colon: a role in brackets ("(mod)", "(aide)") or an emoji or two. */
const CHAT_SPEAKER_TAIL = /^(?:[ \t]\([A-Za-z0-9][A-Za-z0-9 .\-]{0,14}\))?(?:[ \t][^\s\w:()]{1,4})?:[ \t]/;

/**
 * 4p. The speaker of a chat export's line, after its time stamp: "[11/17/26, 09:13] Marisol (aide): Good
 * morning", "11/21/26, 8:20 PM - Bri 🌻: just got admitted". A capitalised word (and a capitalised surname or
 * initial) that is no role, title, heading or place word; logins ("lindsay_h") are the chat-handle pattern's.
 */
export function chatStampSpeakerRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  // The character before the blank closes a stamp: "]", a dash, the "M" of "PM" or a minute's digit.
  const c = charAt(doc.text, t.start - 2);
  const stampEnd = t.start >= 6 && (c === 93 || c === 45 || c === 0x2013 || c === 77 || c === 109 || (c >= 48 && c <= 57));
  // Neither a stamp's end before the word nor a bracket after its blank (STAFF_ROLE_TAIL's start): most capitalised
  // words, rejected before the tests below.
  if (!stampEnd && !(isBlank(charAt(doc.text, t.end)) && charAt(doc.text, t.end + 1) === 40)) return -1;
  // A camel's hump after three lower-case letters makes a login ("DannyBoyH"), the chat-handle pattern's; "McDonald" is a name.
  // Round 57: staff chat writes its speakers in lower case ("07:12 kayla (RN): hey"); labelWord takes a lower-case
  // word only when it is a listed given name and no English word.
  if (doc.allCaps || /[a-z]{3}[A-Z]/.test(t.text)) return -1;
  if (!labelWord(doc, tokens, i)) return -1;
  // Round 57: with no stamp, a role in brackets before the colon makes the label: a bed board's "sam (BMS): 14 is
  // dirty", "Renee (HS): yes pls" (the speaker-label rule wants a colon right after the name and speech without digits).
  const roleLabel = (startsLine(doc.text, t.start) || militaryStampBefore(doc.text, t.start)) && STAFF_ROLE_TAIL.test(doc.text.slice(t.end, t.end + 16));
  if (!roleLabel) {
    if (!stampEnd) return -1;
    // A stamp holds at most 32 characters: the line's start is looked for no further back (a walk to the start of a
    // long line at every capitalised word was quadratic in the line: 6x a normal note on one of addresses, round 57).
    const from = lineStart(doc.text, t.start, Math.max(0, t.start - 33));
    if (t.start - from > 32 || !CHAT_STAMP_BEFORE.test(doc.text.slice(from, t.start))) return -1;
  }
  let j = i;
  const n = tokens[i + 1];
  // "Tomasz K:", "Ana Ruiz (RN):": a surname or an initial on the same label.
  if (n !== undefined && oneSpace(doc, t, n) && (n.capitalized || (n.single && n.upper)) && (n.single || labelWord(doc, tokens, i + 1))) j = i + 1;
  const end = (tokens[j] as Token).end;
  if (!CHAT_SPEAKER_TAIL.test(doc.text.slice(end, end + 24))) return -1;
  pushName(doc, out, i, j, 0.7, { kind: 'context', detail: 'chat-stamp-speaker' });
  return j;
}

/** Index of the first token of the line after the one that holds token k, or -1. */
function nextLineToken(doc: DocumentView, tokens: readonly Token[], k: number): number {
  const nl = doc.text.indexOf('\n', (tokens[k] as Token).end);
  if (nl < 0) return -1;
  for (let m = k + 1; m < tokens.length; m++) {
    const s = (tokens[m] as Token).start;
    if (s > nl) return doc.text.slice(nl + 1, s).trim() === '' ? m : -1;
  }
  return -1;
}

/** Index of the first token of the line before the one that holds token k (which starts its line), or -1. */
function previousLineToken(doc: DocumentView, tokens: readonly Token[], k: number): number {
  const here = lineStart(doc.text, (tokens[k] as Token).start);
  if (here === 0) return -1;
  // The line break before this line, "\r\n" as one.
  const lastOfPrevious = here >= 2 && doc.text.charCodeAt(here - 1) === 10 && doc.text.charCodeAt(here - 2) === 13 ? here - 2 : here - 1;
  const prev = lineStart(doc.text, lastOfPrevious);
  let m = k - 1;
  while (m > 0 && (tokens[m - 1] as Token).start >= prev) m--;
  return m >= 0 && (tokens[m] as Token).start >= prev && (tokens[m] as Token).start < here ? m : -1;
}

/** Roles that label a transcript's turns: "Doctor:", "PT:", "Speaker 2:", "[00:03:12] Nurse:". */
export const TURN_ROLES = new Set(['patient', 'pt', 'doctor', 'dr', 'doc', 'provider', 'physician', 'clinician', 'nurse', 'rn', 'np', 'pa', 'ma', 'md',
  'caller', 'speaker', 'interpreter', 'translator', 'scribe', 'husband', 'wife', 'son', 'daughter', 'mother', 'father', 'mom', 'dad', 'spouse',
  'partner', 'caregiver', 'family', 'parent', 'guardian', 'sister', 'brother', 'resident', 'attending', 'therapist', 'pharmacist', 'staff',
  // Round 55: a family meeting's and an advice line's roles ("Facilitator:", "Agent:", "Chaplain:", "Social worker:").
  'facilitator', 'agent', 'chaplain', 'moderator', 'coordinator', 'worker', 'aunt', 'uncle', 'niece', 'nephew', 'cousin']);

/**
 * 4n. A speaker's label in a dialogue or chat transcript: "Tavish: Where did you park?" above or below "Nora:
 * By the gate.". The next or previous line must hold a label too; and one of the two must be a given name of the
 * lists, or this one have a name's writing, or both speeches be quoted. Medication lists ("Eliquis: hold") have none.
 */
export function speakerLabelRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  // Round 55: a role labels the turn ("Facilitator:" beside "Aaron:"), not a speaker's name.
  if (doc.allCaps || (doc.isCommon[i] === 1 && doc.isFirst[i] === 0) || TURN_ROLES.has(t.lower) || (t.text === t.lower && FAMILY_CHAT_LABELS.has(t.lower))) return -1;
  if (!labelWord(doc, tokens, i)) return recurringSpeakerRule(doc, tokens, i, out);
  // Round 95: a lower-case given name's chat line may hold digits ("bao: dad's sugar was 240", "mei: yes at 6").
  const lowerSelf = lowerGivenLabel(doc, t, i);
  const speech = labelSpeech(doc, t, lowerSelf);
  if (speech === 0) return recurringSpeakerRule(doc, tokens, i, out);
  const self = doc.isFirst[i] === 1 || nameShape(doc, tokens, i) !== NO_SHAPE;
  // Round 95: alone, when its speech opens as a chat's reply does ("lupe: yes but only till 3").
  let found = lowerSelf && CHAT_REPLY_START.test(doc.lower.slice(t.end, t.end + 8));
  for (const m of [previousLineToken(doc, tokens, i), nextLineToken(doc, tokens, i)]) {
    if (m < 0 || found) continue;
    const other = labelSpeech(doc, tokens[m] as Token, lowerSelf && lowerGivenLabel(doc, tokens[m] as Token, m));
    if (other === 0 || !labelWord(doc, tokens, m)) continue;
    // Round 90: a log's days label its lines ("Wed: aide came\nThu: no aide"): a weekday beside a weekday is no speaker.
    if (lexicon.WEEKDAYS.has(t.lower) && lexicon.WEEKDAYS.has((tokens[m] as Token).lower)) continue;
    found = self || doc.isFirst[m] === 1 || (speech === 1 && other === 1);
  }
  if (!found) return -1;
  pushName(doc, out, i, i, 0.62, { kind: 'context', detail: 'speaker-label' });
  return i;
}

/** Round 103: how many lines of the document each label opens ("hamid: ...", "jt: ..."), a letter or digit after the
 * colon; and which labels carry a role in brackets ("Sunniva (OR desk): ..."). */
interface LineLabels {
  readonly counts: Map<string, number>;
  readonly roled: Set<string>;
  /**
   * The labels that can be the other speaker of recurringSpeakerRule, worked out once per document (each label
   * asked walked every label again: quadratic in a note of many field lines).
   */
  speakers?: Set<string>;
}
const LINE_LABELS = new WeakMap<DocumentView, LineLabels>();
const LINE_LABEL = /^[ \t]{0,4}([A-Za-z]{2,15})([ \t]\([^()\n]{1,16}\))?:[ \t]{1,3}["“]?[\p{L}\d]/gmu;
function lineLabels(doc: DocumentView): LineLabels {
  let labels = LINE_LABELS.get(doc);
  if (labels === undefined) {
    labels = { counts: new Map(), roled: new Set() };
    for (const m of doc.text.matchAll(LINE_LABEL)) {
      const w = (m[1] as string).toLowerCase();
      labels.counts.set(w, (labels.counts.get(w) ?? 0) + 1);
      if (m[2] !== undefined) labels.roled.add(w);
    }
    LINE_LABELS.set(doc, labels);
  }
  return labels;
}

/** The labels opening two lines or more that may be a speaker: three letters or more, with a role or a listed name of no English word. */
function speakerLabels(doc: DocumentView, { counts, roled }: LineLabels): Set<string> {
  const speakers = new Set<string>();
  for (const [w, n] of counts) if (n >= 2 && w.length >= 3 && (roled.has(w) || ((doc.dict.firstNames.has(w) || doc.dict.surnames.has(w)) && !doc.dict.commonWords.has(w)))) speakers.add(w);
  return speakers;
}

/**
 * Round 103: a texted thread's speaker whose speech holds digits or who writes in lower case ("Hamid: ok she called
 * the desk 508-...", "jt: k. pt in holding is ..."): the label opens two lines or more, another label does too, and
 * the word is a listed name (no English word unless a given name) or two lower-case initials of no clinical
 * abbreviation. "Lasix: 40 mg" (no name), "dx: ..." / "hx: ..." (abbreviations) and a label on one line stay.
 */
function recurringSpeakerRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const speech = /^:[ \t]{1,3}["“]?(?:(\p{L})|\d)/u.exec(doc.text.slice(t.end, t.end + 6));
  if (!startsLine(doc.text, t.start) || speech === null) return -1;
  const labels = lineLabels(doc);
  if ((labels.counts.get(t.lower) ?? 0) < 2) return -1;
  // The other speaker is a listed name of three letters or more, or carries a role in brackets ("Rosalind:", "Sunniva
  // (OR desk):"): a lab's "na: 135" / "hb: 9.1" lines have none.
  const speakers = (labels.speakers ??= speakerLabels(doc, labels));
  if (speakers.size - (speakers.has(t.lower) ? 1 : 0) === 0) return -1;
  if (t.single || !LETTERS_ONLY.test(t.text) || ROLE_LABELS.has(t.lower) || RELATIONS.has(t.lower) || TURN_ROLES.has(t.lower) || isTitle(doc, t) || isCredential(doc, t)) return -1;
  // Initials only before words ("hb: 9.1" is a lab's value); a listed name before a number too ("Okafor: 14 is on the way").
  const initials = speech[1] !== undefined && t.text.length === 2 && t.text === t.lower && !TWO_LETTER_ACRONYMS.has(t.text.toUpperCase()) && doc.isCommon[i] === 0;
  const listed = t.text.length >= 3 && (doc.isFirst[i] === 1 || (doc.isSur[i] === 1 && doc.isCommon[i] === 0)) && !acronym(doc, t) && !lexicon.EPONYMS.has(t.fold) && !lexicon.US_STATES.has(t.lower);
  if (!initials && !listed) return -1;
  pushName(doc, out, i, i, 0.62, { kind: 'context', detail: 'recurring-speaker' });
  return i;
}

// An age set off right after two capitalised words, as a question introduces its patient: ", 62,", ", 104,",
// ", a 29-year-old", ", 88-year-old", ", 45 yo". Ages of one to three digits only (no ZIP code or year).
const AGE_APPOSITION_AFTER = /^,[ \t](?:an?[ \t])?\d{1,3}(?:,[ \t]\p{L}|[ \t\-]?(?:year|yr)s?[ \t\-]old\b|[ \t]?(?:yo|y\/o)\b)/u;

/**
 * 4s. Two capitalised words right before an age in apposition: a person introduced by name and age ("Seeing
 * Summer Baker, a 29-year-old G2P1", "Hollis Kingfisher, 62, Cherokee Nation citizen", "My grandma Pearl
 * Christmas, 104, lives"). The pair must read as a name: a listed given name first, or a word in no common-word
 * list with a listed surname or another such word. Not a place ("Rhode Island, 45"), a date or a facility's head.
 * Runs at the first word, and at the second when a rule before took the given name alone ("Hollis").
 */
// Round 54: or in brackets, as a census or a family lists its children: "Jaylen Pierce (age 11)", "Noor Haddad (7)";
// the same test of the pair applies ("Crohn Disease (age 14)", "Type One (12)" read as no name).
export function nameBeforeAgeRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  if (doc.allCaps || doc.digitRunMask === 0) return -1;
  const t = tokens[i] as Token;
  const u = tokens[i + 1];
  if (u !== undefined && u.capitalized && ageMarkAt(doc, u.end) && namePairBeforeAge(doc, tokens, i)) {
    pushName(doc, out, i, i + 1, 0.7, { kind: 'context', detail: 'name-before-age' });
    return i + 1;
  }
  const p = tokens[i - 1];
  if (p !== undefined && p.capitalized && ageMarkAt(doc, t.end) && namePairBeforeAge(doc, tokens, i - 1)) {
    pushName(doc, out, i - 1, i, 0.7, { kind: 'context', detail: 'name-before-age' });
    return i;
  }
  return -1;
}

/** A comma, or a blank and an opening bracket, right after a word: where an age in apposition or in brackets starts. */
function ageMarkAt(doc: DocumentView, at: number): boolean {
  const c = charAt(doc.text, at);
  return c === 44 || (c === 32 && charAt(doc.text, at + 1) === 40);
}

function namePairBeforeAge(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const a = tokens[i] as Token;
  const b = tokens[i + 1] as Token;
  if (!oneSpace(doc, a, b) || !LETTERS_ONLY.test(a.text) || !LETTERS_ONLY.test(b.text) || a.text.length < 2 || b.text.length < 2) return false;
  const after = doc.text.slice(b.end, b.end + 24);
  if (!AGE_APPOSITION_AFTER.test(after)) {
    // In brackets the age follows diseases too ("Wolff Parkinson (age 20)", "Parkinson Plus (age 60)"): no eponym in the pair.
    if (!AGE_IN_BRACKETS.test(after) || isEponym(doc, a) || isEponym(doc, b)) return false;
  }
  const given = doc.isFirst[i] === 1;
  const rareA = doc.isCommon[i] === 0 && doc.isFirst[i] === 0;
  const rareB = doc.isCommon[i + 1] === 0;
  // "Lark Whitfield": a word that is also a common noun before a listed surname no common word list holds.
  const surnameB = doc.isSur[i + 1] === 1 && rareB;
  if (!(given || surnameB || (rareA && (rareB || doc.isSur[i + 1] === 1)))) return false;
  if (isTitle(doc, a) || isTitle(doc, b) || functionOrCalendar(a) || functionOrCalendar(b)) return false;
  // Round 142: a relation's word before the name is its cue, no given name ("Sibling Mateo (3)": the cue rule names Mateo).
  if (!given && lexicon.NAME_CUES_BEFORE.has(a.lower)) return false;
  if (lexicon.US_STATES.has(b.lower) || lexicon.STREET_SUFFIXES.has(b.lower)) return false;
  if ((((doc.wordFlags[i] as number) | (doc.wordFlags[i + 1] as number)) & WORD_FACILITY_HEAD) !== 0) return false;
  // "Santa Rosa, 45-year-old": a town is named, not a person.
  return !doc.dict.allCities.has(`${a.lower} ${b.lower}`) && !lexicon.US_STATES.has(`${a.lower} ${b.lower}`);
}

// What follows a self-introduction's name: the end of the clause, or what the writer goes on to say.
const AFTER_INTRODUCED_NAME = /^(?:[,.;:!\-–—]|[ \t](?:and|here|from|calling|writing|again)\b)/;

/**
 * 4t. A writer naming themself: "Hi, I'm Grace Oduya, calling about my dad", "I am Heather Bloom, my mom had...".
 * A listed given name and a capitalised word right after "I'm" or "I am", then a comma, a stop or what the
 * writer goes on to ("and", "calling"): not "I'm Worried Sick" (no given name), not "I'm Grace-ful".
 */
export function selfIntroductionRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const u = tokens[i + 1];
  if (doc.allCaps || i === 0 || doc.isFirst[i] !== 1 || u === undefined || !u.capitalized || !oneSpace(doc, t, u)) return -1;
  const p = tokens[i - 1] as Token;
  const introduced = p.lower === "i'm" || p.lower === 'i’m' || p.lower === 'im' || (p.lower === 'am' && tokens[i - 2]?.lower === 'i');
  if (!introduced || p.end + 1 !== t.start || !LETTERS_ONLY.test(t.text) || !LETTERS_ONLY.test(u.text)) return -1;
  if (isTitle(doc, u) || functionOrCalendar(u) || ((doc.wordFlags[i + 1] as number) & WORD_FACILITY_HEAD) !== 0) return -1;
  if (!AFTER_INTRODUCED_NAME.test(doc.text.slice(u.end, u.end + 9))) return -1;
  pushName(doc, out, i, i + 1, 0.75, { kind: 'context', detail: 'self-introduction' });
  return i + 1;
}
