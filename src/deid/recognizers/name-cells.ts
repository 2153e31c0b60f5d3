// Round 156: two names the name rules missed for want of a list: a given name that is an English word in a
// surname-first pipe cell with no header ("| Lindqvist, Per |"), and a name no list holds in brackets right after a
// carer's role ("support worker (Kirra)"); round 162: a law firm named by its partners' surnames after a lawyer's word
// ("Attorney: Perlmutter & Voss"). Bounded token walks and one bounded regex per pipe: linear in the text.
import { lexicon } from '../dictionaries/index.js';
import type { Token } from '../text/tokens.js';
import { nameShape, NO_SHAPE } from './name-shape.js';
import { candidate, forEachIndexedWord, type Candidate, type DocumentView, type Recognizer } from './types.js';

const ID = 'name-cells';

/** A cell of a pipe row holding "Surname, Given" alone: the pipe before it, then up to the next pipe. */
const SURNAME_FIRST_CELL = /\|[ \t]{0,3}(\p{Lu}\p{Ll}[\p{Ll}'’]{1,20}(?:-\p{Lu}\p{Ll}{1,20})?),[ \t](\p{Lu}\p{Ll}{1,11})[ \t]{0,3}(?=\|)/uy;
/** Endings of drugs and analytes ("Tramadol, Oral"): no surname. */
const CLINICAL_ENDING = /(?:ol|in|ine|one|ide|ate|pam|mab|nib|ase|ose|itis|osis|oma|emia)$/;

function tokenIndexAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = (tokens[mid] as Token).start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function surnameFirstCells(doc: DocumentView, out: Candidate[]): void {
  const { text, tokens } = doc;
  if (doc.allCaps) return;
  for (let p = text.indexOf('|'); p >= 0; p = text.indexOf('|', p + 1)) {
    SURNAME_FIRST_CELL.lastIndex = p;
    const m = SURNAME_FIRST_CELL.exec(text);
    if (m === null) continue;
    const sur = m[1] as string;
    const start = p + m[0].indexOf(sur);
    const i = tokenIndexAt(tokens, start);
    if (i < 0 || i + 1 >= tokens.length) continue;
    const s = sur.toLowerCase();
    // The surname: a listed one that is no English word, or one written as surnames are ("Lindqvist").
    const listed = doc.isSur[i] === 1 && doc.isCommon[i] === 0 && !(doc.dict.allCities.has(s) && doc.isFirst[i] === 0);
    if (!(listed || nameShape(doc, tokens, i) !== NO_SHAPE) || CLINICAL_ENDING.test(s) || lexicon.US_STATES.has(s)) continue;
    const given = tokens[i + 1] as Token;
    if (lexicon.TITLES.has(given.lower) || lexicon.WEEKDAYS.has(given.lower)) continue;
    out.push(candidate(start, given.end, 'NAME', 0.72, ID, { kind: 'context', detail: 'surname-first-cell' }));
    p = given.end - 1;
  }
}

/** A carer's or a helper's role before a name in brackets. */
const ROLE_WORDS = ['worker', 'carer', 'caregiver', 'aide', 'sitter', 'interpreter', 'advocate', 'navigator', 'buddy', 'companion', 'escort', 'chaperone'];
/** Words of those roles in brackets that name a scheme, a payer or a mode, no person. */
const NOT_BRACKET_NAMES = new Set(['medicaid', 'medicare', 'ndis', 'telehealth', 'agency', 'private', 'paid', 'unpaid', 'informal', 'formal', 'contracted', 'onsite', 'remote', 'video', 'phone']);
const BRACKET_NAME = /^[ \t]\((\p{Lu}\p{Ll}{1,13})(?=[),])/u;

function roleBracketNames(doc: DocumentView, out: Candidate[]): void {
  const { text, tokens } = doc;
  forEachIndexedWord(doc, ROLE_WORDS, (i) => {
    const role = tokens[i] as Token;
    if (role.text !== role.lower) return; // "Worker (Kirra)" heading a list is a label of another kind
    const m = BRACKET_NAME.exec(text.slice(role.end, role.end + 18));
    if (m === null) return;
    const j = i + 1;
    const name = tokens[j];
    if (name === undefined || name.text !== m[1]) return;
    const w = name.lower;
    // A listed given name, or a word of no list (no English word, town or language).
    const plausible = (doc.isFirst[j] === 1 && doc.isCommon[j] === 0) || (doc.isCommon[j] === 0 && doc.isSur[j] === 0 && !doc.dict.anyTowns.has(w));
    if (!plausible || NOT_BRACKET_NAMES.has(w) || lexicon.LANGUAGES.has(w) || lexicon.US_STATES.has(w)) return;
    out.push(candidate(name.start, name.end, 'NAME', 0.7, ID, { kind: 'context', detail: 'role-bracket-name' }));
  });
}

/** Round 162: a lawyer's word before a firm named by its partners' surnames ("Attorney: Perlmutter & Voss"). */
const LAW_WORDS = ['attorney', 'attorneys', 'lawyer', 'lawyers', 'counsel', 'solicitor', 'solicitors', 'law'];
/** After the word: "'s", " firm", a colon or "is/at/from/with", then two to five capitalised words joined by commas and "&"/"and". */
const FIRM_OF_SURNAMES = /^(?:['’]s)?(?:[ \t]firm)?[ \t]{0,2}(?::|[ \t](?:is|at|from|with))?[ \t]{1,3}(\p{Lu}[\p{L}'’\-]{1,24}(?:,[ \t]\p{Lu}[\p{L}'’\-]{1,24}){0,3},?[ \t](?:&|and)[ \t]\p{Lu}[\p{L}'’\-]{1,24})(?![\p{L}\-])/u;

function lawFirmSurnames(doc: DocumentView, out: Candidate[]): void {
  const { text, tokens } = doc;
  forEachIndexedWord(doc, LAW_WORDS, (i) => {
    const word = tokens[i] as Token;
    // "law" only as "law firm".
    if (word.lower === 'law' && !/^[ \t]firm\b/i.test(text.slice(word.end, word.end + 6))) return;
    const m = FIRM_OF_SURNAMES.exec(text.slice(word.end, word.end + 140));
    if (m === null) return;
    const firm = m[1] as string;
    const at = word.end + m[0].length - firm.length;
    const names: Token[] = [];
    let k = tokenIndexAt(tokens, at);
    if (k < 0) return;
    let someUnlisted = false;
    for (; k < tokens.length && (tokens[k] as Token).end <= at + firm.length; k++) {
      const t = tokens[k] as Token;
      if (t.text === '&' || t.text === ',' || t.lower === 'and') continue;
      const w = t.lower;
      if (lexicon.TITLES.has(w) || lexicon.US_STATES.has(w) || lexicon.WEEKDAYS.has(w)) return;
      // Each a listed surname, or a word of no list (no English word, given name or town); one at least no English word.
      const listed = doc.isSur[k] === 1 || (doc.isCommon[k] === 0 && doc.isFirst[k] === 0 && !doc.dict.allCities.has(w));
      if (!listed) return;
      if (doc.isCommon[k] === 0) someUnlisted = true;
      names.push(t);
    }
    if (names.length < 2 || !someUnlisted) return;
    for (const t of names) out.push(candidate(t.start, t.end, 'NAME', 0.7, ID, { kind: 'context', detail: 'law-firm-surnames' }));
  });
}

export function findNameCells(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  if (doc.text.includes('|')) surnameFirstCells(doc, out);
  roleBracketNames(doc, out);
  lawFirmSurnames(doc, out);
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

export const NAME_CELLS_RECOGNIZER: Recognizer = { id: ID, types: ['NAME'], readsCase: true, indexWords: [...ROLE_WORDS, ...LAW_WORDS], find: findNameCells };
