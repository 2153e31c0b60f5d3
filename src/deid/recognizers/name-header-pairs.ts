// Round 135: a full name whose surname no list holds, its given name a town, a word or a month ("Note for Zebulon
// Quarternight", "RE: Phoenix Ashdown", "Attendees: ...; Will Ostrowiak, son;", "Faith Tamblyn's mother called",
// "I, Grant Pellbury, consent"). The name rules read such a pair by its given name, and a given name that is a town
// and no listed name ("Zebulon"), or an English word ("Will", "Price"), gives them nothing: the town's rule typed the
// given name a place and the surname was left in clear. Here the place in the text says it is a person: the line's
// header for a person, the relation or role after a comma, the relation after a possessive, the signer of a consent.
import { lexicon, WORD_FACILITY_HEAD } from '../dictionaries/index.js';
import { KIN_WORDS } from './name-relations.js';
import { candidate, forEachIndexedWord, type Candidate, type DocumentView, type Recognizer } from './types.js';
import type { Token } from '../text/tokens.js';

const ID = 'name-header-pair';

/** Heads of a line that names the person it is about when "for" or "to" follows: "Note for", "Letter to". */
const ABOUT_HEADS = ['note', 'letter', 'memo', 'message', 'referral', 'summary', 'instructions'];
const ABOUT_LINKS = new Set(['for', 'to', 're', 'regarding']);
/** Labels of a line that names its person after a colon: "RE:", "Subject:", "Attn:", "cc:", "To:". */
const ABOUT_LABELS = ['re', 'regarding', 'subject', 'attn', 'attention', 'cc', 'bcc', 'to', 'from'];
/** Roles said of a person after a comma in a list of those present ("Grant Pellbury, chaplain;"). */
const ROLE_WORDS = ['chaplain', 'interpreter', 'caregiver', 'poa', 'hcpoa', 'sw'];
const RELATION_WORDS = [...KIN_WORDS, ...ROLE_WORDS];

/** A header opens its line: "Note for ..." or "  RE: ...", not "a note for Austin Energy". */
const LINE_OPEN_BEFORE = /(?:^|\n)[ \t]{0,4}$/;
/** What may close a header's name: the line's end, a comma or bracket, a date of birth or record number, a wide gap. */
const HEADER_NAME_CLOSE = /^(?:[ \t]*(?:\r?\n|$)|[ \t]{0,2}[,(;]|[ \t]{1,3}(?:DOB|D\.O\.B|MRN|dob)(?![\p{L}])|[ \t]{2}|[ \t]{1,2}[-–—|])/u;
/** A list's item opens after a line's start, a label's colon, a semicolon or a comma: "Attendees: X, son; Y, SW". */
const LIST_ITEM_BEFORE = /(?:^|[\n:;,(])[ \t]{0,3}$/;
/** The relation or role closes the item: "Will Ostrowiak, son;", not "Austin Kellerworth, son of ...". */
const RELATION_CLOSE = /^(?:[ \t]*(?:[;,.)]|\r?\n|$))/;
/** A consent's signer: "I, Grant Pellbury, consent to", "I, Faith Ollivander-Reyes, hereby authorize". */
const SIGNER_AFTER = /^,[ \t]{1,2}(?:(?:hereby|do|being|the[ \t]undersigned),?[ \t]{1,2}){0,2}(?:consent|agree|understand|authori[sz]e|acknowledge|request|certify|give|declare|attest|refuse|decline|wish|elect|choose|am)(?![\p{L}])/iu;

/** The given name: a listed name, a town or a word-name, capitalised as the line is written; no title. */
function givenAt(doc: DocumentView, t: Token, caps: boolean): boolean {
  if (t.single || t.text.length > 16 || !(caps ? t.upper : t.capitalized)) return false;
  if (lexicon.TITLES.has(t.lower)) return false;
  return doc.isFirst[t.index] !== 0 || doc.isSur[t.index] !== 0 || doc.dict.allCities.has(t.lower);
}

/**
 * The surname: capitalised, three letters or more, no English word, no head of a facility or street ("Jackson
 * Memorial", "Madison Ave", "Houston Methodist"), no state, and no town that no list holds as a surname.
 */
function surnameAt(doc: DocumentView, t: Token, caps: boolean): boolean {
  if (t.single || t.text.length < 3 || !(caps ? t.upper : t.capitalized)) return false;
  const i = t.index;
  if (doc.isCommon[i] !== 0 || ((doc.wordFlags[i] as number) & WORD_FACILITY_HEAD) !== 0) return false;
  if (lexicon.STREET_SUFFIXES.has(t.lower) || lexicon.US_STATES.has(t.lower) || lexicon.CREDENTIALS.has(t.text)) return false;
  return doc.isSur[i] !== 0 || !doc.dict.allCities.has(t.lower);
}

/** One blank between two tokens. */
function oneBlank(doc: DocumentView, a: Token, b: Token): boolean {
  return b.start === a.end + 1 && (doc.text[a.end] === ' ' || doc.text[a.end] === '\t');
}

/** The index of the surname of a "<given> <surname>" pair starting at token k, or -1. */
function pairAt(doc: DocumentView, k: number, caps: boolean): number {
  const tokens = doc.tokens;
  const g = tokens[k];
  const s = tokens[k + 1];
  if (g === undefined || s === undefined || !oneBlank(doc, g, s) || !givenAt(doc, g, caps) || !surnameAt(doc, s, caps)) return -1;
  // A third capitalised word after one blank: a longer name or a place's ("Austin Kellerworth Park"); not read here.
  const after = tokens[k + 2];
  if (after !== undefined && (after.capitalized || after.upper) && oneBlank(doc, s, after)) return -1;
  return k + 1;
}

function push(doc: DocumentView, out: Candidate[], k: number, e: number, detail: string): void {
  const tokens = doc.tokens;
  out.push(candidate((tokens[k] as Token).start, (tokens[e] as Token).end, 'NAME', 0.8, ID, { kind: 'context', detail }));
}

function headerPairs(doc: DocumentView, out: Candidate[]): void {
  const { text, tokens } = doc;
  forEachIndexedWord(doc, ABOUT_HEADS, (i) => {
    const h = tokens[i] as Token;
    const link = tokens[i + 1];
    if (link === undefined || !ABOUT_LINKS.has(link.lower) || !oneBlank(doc, h, link) || !LINE_OPEN_BEFORE.test(text.slice(Math.max(0, h.start - 6), h.start))) return;
    const caps = h.upper;
    const g = tokens[i + 2];
    if (g === undefined || !/^[ \t]{1,2}$/.test(text.slice(link.end, g.start))) return;
    const e = pairAt(doc, i + 2, caps);
    if (e > 0 && HEADER_NAME_CLOSE.test(text.slice((tokens[e] as Token).end, (tokens[e] as Token).end + 8))) push(doc, out, i + 2, e, `header-pair:${h.lower}`);
  });
  forEachIndexedWord(doc, ABOUT_LABELS, (i) => {
    const h = tokens[i] as Token;
    const g = tokens[i + 1];
    if (g === undefined || !/^[ \t]?:[ \t]{1,3}$/.test(text.slice(h.end, g.start)) || !LINE_OPEN_BEFORE.test(text.slice(Math.max(0, h.start - 6), h.start))) return;
    const caps = h.upper && g.upper;
    const e = pairAt(doc, i + 1, caps);
    if (e > 0 && HEADER_NAME_CLOSE.test(text.slice((tokens[e] as Token).end, (tokens[e] as Token).end + 8))) push(doc, out, i + 1, e, `header-pair:${h.lower}`);
  });
  forEachIndexedWord(doc, ['i'], (i) => {
    const h = tokens[i] as Token;
    const g = tokens[i + 1];
    if (h.text !== 'I' || g === undefined || !/^,[ \t]{1,2}$/.test(text.slice(h.end, g.start))) return;
    const caps = g.upper;
    const e = pairAt(doc, i + 1, caps);
    if (e > 0 && SIGNER_AFTER.test(text.slice((tokens[e] as Token).end, (tokens[e] as Token).end + 40))) push(doc, out, i + 1, e, 'signer-pair');
  });
}

/** "<given> <surname>, son;" in a list, and "<given> <surname>'s mother": the relation says the pair is a person. */
function relationPairs(doc: DocumentView, out: Candidate[]): void {
  const { text, tokens } = doc;
  forEachIndexedWord(doc, RELATION_WORDS, (r) => {
    const rel = tokens[r] as Token;
    if (r < 2) return;
    const s = tokens[r - 1] as Token;
    const between = text.slice(s.end, rel.start);
    const possessive = /^['’]s[ \t]{1,2}$/.test(between);
    // After a comma the relation closes its item; after a possessive a verb may follow ("'s mother called").
    if (!possessive && !(/^,[ \t]{1,2}$/.test(between) && RELATION_CLOSE.test(text.slice(rel.end, rel.end + 3)))) return;
    const k = r - 2;
    const g = tokens[k] as Token;
    const caps = g.upper && s.upper;
    if (pairAt(doc, k, caps) !== r - 1) return;
    // The pair opens its sentence, line or list item ("Attendees: ...; Will Ostrowiak, son").
    if (!possessive && !LIST_ITEM_BEFORE.test(text.slice(Math.max(0, g.start - 6), g.start))) return;
    if (possessive && !/(?:^|[\n:;,(.!?])[ \t]{0,3}$/.test(text.slice(Math.max(0, g.start - 6), g.start))) return;
    push(doc, out, k, r - 1, possessive ? 'possessive-pair' : 'relation-pair');
  });
}

/** Deeds said of a person right after the pair opening a sentence: "Zebulon Quarternight called", "... presents with". */
const PERSON_DEEDS = ['called', 'presents', 'presented', 'reports', 'reported', 'states', 'stated', 'denies', 'denied', 'returns', 'returned', 'arrived', 'underwent', 'complains', 'endorses'];
/** The verbs after a sentence's opening pair, as one list (made once, not per note). */
const SUBJECT_VERBS: readonly string[] = ['is', 'was', ...PERSON_DEEDS];
/** After "is" or "was", what is said of a person only: an age, or being seen or admitted ("is a 45 year old man"). */
const PERSON_STATE_AFTER = /^[ \t](?:(?:an?[ \t])?\d{1,3}[ \t\-]?(?:yo|y\/o|y\.o\.|years?|year-old|months?|month-old)(?![\p{L}])|(?:seen|admitted|evaluated|discharged|transferred)(?![\p{L}]))/u;
/** The pair opens its sentence or line. */
const SENTENCE_OPEN_BEFORE = /(?:^|[\n.!?:;][ \t]{0,3})$/;

/**
 * "Zebulon Quarternight is a 45 year old man", "Phoenix Ashdown called": the pair opening a sentence before a person's
 * deed or age. The name-as-subject rule reads a listed given name; a town or an English word before a surname no list
 * holds it leaves (the town's rule typed "Zebulon" a place and "Phoenix" stayed in clear).
 */
function subjectPairs(doc: DocumentView, out: Candidate[]): void {
  const { text, tokens } = doc;
  forEachIndexedWord(doc, SUBJECT_VERBS, (r) => {
    const v = tokens[r] as Token;
    if (r < 2 || v.text !== v.lower) return;
    const s = tokens[r - 1] as Token;
    if (!oneBlank(doc, s, v)) return;
    if ((v.lower === 'is' || v.lower === 'was') && !PERSON_STATE_AFTER.test(text.slice(v.end, v.end + 16))) return;
    const g = tokens[r - 2] as Token;
    // "Son-in-law Ravi called": a relation and the name the cue rule finds, no pair.
    if (KIN_WORDS.has(g.lower)) return;
    if (pairAt(doc, r - 2, false) !== r - 1 || !SENTENCE_OPEN_BEFORE.test(text.slice(Math.max(0, g.start - 4), g.start))) return;
    push(doc, out, r - 2, r - 1, 'subject-pair');
  });
}

const INDEX_WORDS = [...new Set([...ABOUT_HEADS, ...ABOUT_LABELS, 'i', ...RELATION_WORDS, 'is', 'was', ...PERSON_DEEDS])];

export const NAME_HEADER_PAIR_RECOGNIZER: Recognizer = {
  id: ID,
  types: ['NAME'],
  indexWords: INDEX_WORDS,
  needs: { words: INDEX_WORDS },
  readsCase: true,
  find(doc: DocumentView): readonly Candidate[] {
    const out: Candidate[] = [];
    headerPairs(doc, out);
    relationPairs(doc, out);
    subjectPairs(doc, out);
    return out.sort((a, b) => a.start - b.start);
  },
};
