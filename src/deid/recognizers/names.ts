// Person names from titles, credentials, cue words, name dictionaries and repetition. Code rather than a
// regex table because names need look-around over words: "Dr. Brown" is a name, "brown sputum" is not.
import { lexicon } from '../dictionaries/index.js';
import type { Token } from '../text/tokens.js';
import type { Evidence } from '../types.js';
import { propagate } from './name-propagation.js';
import {
  AMBIGUOUS_CREDENTIALS,
  CASELESS_SCRIPT,
  ID,
  PARTICLES,
  RELATIONS,
  ROMAN_OR_PRONOUN,
  SUBJECT_VERBS,
  WEAK_CUES,
  acronym,
  endOf,
  extendRun,
  forgetLexicalCache,
  isCredential,
  isCue,
  isTitle,
  isUpperLetter,
  joins,
  lexical,
  nameness,
  shaped,
} from './name-words.js';
import { candidate, type Candidate, type DocumentView, type Recognizer } from './types.js';

/** The char code at i, or -1 past the end. */
const charAt = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : -1);
const isBlank = (c: number): boolean => c === 32 || c === 9;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** Adds the name spanning tokens i..j. */
function pushName(doc: DocumentView, out: Candidate[], i: number, j: number, score: number, ...evidence: Evidence[]): void {
  out.push(candidate((doc.tokens[i] as Token).start, endOf(doc, doc.tokens[j] as Token), 'NAME', score, ID, ...evidence));
}

/**
 * A rule looks for a name starting at token i (or, for credentials, ending before it): when it finds
 * one it adds it to `out` and returns the index of the last token it took, else -1. Each rule is a
 * function of its own so that the optimizer compiles them apart: a rule first used late in a run then
 * recompiles alone, not the whole recognizer.
 */
type Rule = (doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]) => number;

/** 1. Title + name: "Dr. Patel", "Mrs. O'Brien", "dr smith". */
function titleRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (isTitle(doc, t) && (t.capitalized || t.upper || doc.allCaps || (t.lower.length <= 3 && t.lower !== 'ms'))) {
    const n = tokens[i + 1];
    if (n && /^\.?[ \t]{1,2}$|^\.$/.test(doc.text.slice(t.end, n.start))) {
      const lx = lexical(doc, tokens, i + 1);
      // Lower case after a title: "dr smith", "mr okonjo", but not "Dr. on call".
      const ok = n.single ? isUpperLetter(n.text) : !lx.eponymHere && (shaped(doc, n) || ((lx.first || lx.sur || !lx.common) && !(lx.common && n.text.length <= 3)));
      const generic = !n.single && ((lx.common && !lx.first && !lx.sur) || (!shaped(doc, n) && lx.common && n.text.length <= 3));
      // Word titles ("Nurse", "Doctor", "Sister") need a name from the lists after them: "Nurse Triage Call" is not one.
      const wordTitle = t.lower.length > 4 && !n.single && !((lx.first || lx.sur) && !lx.common);
      if (ok && !generic && !wordTitle) {
        const j = extendRun(doc, tokens, i + 1, 0.3);
        pushName(doc, out, i, j, 0.92, { kind: 'context', detail: `title:${t.lower}` });
        return j;
      }
    }
  }
  return -1;
}

/** 2. Credentials after a name: "Jane Doe, MD", "J. Smith RN". */
function credentialRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (isCredential(doc, t) && i > 0 && (t.upper || /[a-z]/.test(t.text))) {
    const prev = tokens[i - 1] as Token;
    const gap = doc.text.slice(prev.end, t.start);
    // PT, PA, MA, DO, RD are also words; after a name they count only behind a comma ("Lee, PA").
    const needsComma = AMBIGUOUS_CREDENTIALS.has(t.text) || doc.allCaps;
    const dictionaryName = (doc.isFirst[i - 1] === 1 || doc.isSur[i - 1] === 1) && doc.isCommon[i - 1] === 0;
    if (/^\.?,?[ \t]{0,2}$/.test(gap) && gap.length > 0 && (!needsComma || gap.includes(',')) && (!AMBIGUOUS_CREDENTIALS.has(t.text) || dictionaryName) && shaped(doc, prev) && nameness(doc, tokens, i - 1) >= 0.35) {
      let k = i - 1;
      while (k > 0 && k > i - 4) {
        const p = tokens[k - 1] as Token;
        if (!joins(doc, p, tokens[k] as Token) || !shaped(doc, p) || nameness(doc, tokens, k - 1) < 0.1) break;
        if (isTitle(doc, p)) {
          k--;
          break;
        }
        k--;
      }
      pushName(doc, out, k, i - 1, 0.88, { kind: 'context', detail: `credential:${t.text}` });
      return i;
    }
  }
  return -1;
}

/** 3. Cue word before: "patient John", "daughter, Hope", "seen by Kowalski", "Name: SMITH". */
function cueRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const cue = isCue(doc, tokens, i);
  if (cue) {
    const n0 = nameness(doc, tokens, i);
    const lx = lexical(doc, tokens, i);
    const header = doc.text.slice((tokens[i - 1] as Token).end, t.start).includes(':');
    const weak = !header && (WEAK_CUES.has(cue) || (acronym(doc, t) && !lexicon.STRONG_NAME_CUES.has(cue)));
    const strongName = (lx.first || lx.sur) && !lx.common && !lx.eponymHere && !acronym(doc, t);
    const bareLetter = t.single && !t.dotAfter;
    const common = lx.common && !(t.single && t.dotAfter); // "K." is an initial, not potassium
    const n0h = header && t.upper && !t.single ? Math.max(n0, lx.first || lx.sur ? 0.9 : 0.4) : n0;
    if (!bareLetter && (shaped(doc, t) || strongName) && n0h >= (weak ? 0.55 : 0.35) && !(common && weak) && !(weak && acronym(doc, t))) {
      let j = extendRun(doc, tokens, i, 0.3);
      // "PATIENT: HALVORSEN, ERIK" / "Name: Fitzgerald, Cormac P": surname, comma, given names.
      const after = tokens[j + 1];
      if (!weak && after && /^, ?$/.test(doc.text.slice((tokens[j] as Token).end, after.start)) && shaped(doc, after) && nameness(doc, tokens, j + 1) >= 0.3) {
        j = extendRun(doc, tokens, j + 1, 0.3);
      }
      if (!weak || strongName || j > i) {
        pushName(doc, out, i, j, weak ? 0.75 : 0.85, { kind: 'context', detail: `cue:${cue}` });
        return j;
      }
    }
  }
  return -1;
}

/** 4. Dictionary: first name followed by a surname or an initial: "Mary Johnson", "John P.", "Robert J. Wilson". */
function dictionaryRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (shaped(doc, t) && !t.single) {
    const lx = lexical(doc, tokens, i);
    const n = tokens[i + 1];
    if (n && joins(doc, t, n) && shaped(doc, n) && !lx.eponymHere) {
      const ln = lexical(doc, tokens, i + 1);
      const nextIsInitial = n.single && isUpperLetter(n.text) && (lx.first || lx.sur || !ROMAN_OR_PRONOUN.has(n.text)) && (n.dotAfter || /^[\s,;:)]|^$/.test(doc.text.slice(n.end, n.end + 1)));
      const nextIsSurname = !n.single && !ln.eponymHere && (ln.sur || ln.first || !ln.common);
      let score = 0;
      if (lx.first && !lx.common) {
        if (nextIsInitial) score = 0.85;
        else if (nextIsSurname) score = ln.common ? 0.6 : 0.88;
      } else if (lx.first && lx.common) {
        // "Will", "Hope", "May": only with a clear surname or an initial with a period.
        if (nextIsInitial && n.dotAfter) score = 0.7;
        else if (!n.single && ln.sur && !ln.common) score = 0.8;
      } else if (lx.sur && lx.common && t.capitalized && nextIsInitial && n.dotAfter && /^[\s,;:)]|^$/.test(doc.text.slice(n.end + 1, n.end + 2))) {
        score = 0.65; // "Smith J.," written surname first
      } else if (!lx.common && lx.sur) {
        if (nextIsInitial && n.dotAfter) score = 0.75;
        else if (nextIsSurname && !ln.common) score = 0.75;
      } else if (!lx.common && t.capitalized && !n.single && ln.sur && !ln.common && n.capitalized && !doc.dict.allCities.has(`${t.lower} ${n.lower}`)) {
        score = 0.65; // "Ottoline Garber": unknown given name, known surname
      } else if (!lx.common && t.capitalized && nextIsInitial && n.dotAfter) {
        score = 0.65; // "Rubija P."
      } else if (!lx.common && t.capitalized && nextIsInitial && !n.dotAfter && tokens[i + 2]?.capitalized && doc.text.slice(n.end, tokens[i + 2]!.start) === ' ' && !lexical(doc, tokens, i + 2).common) {
        score = 0.7; // "Fredrik L Sommerseth": given name, bare middle initial, surname
      } else if (!lx.common && !ln.common && !n.single && t.capitalized && n.capitalized && /[^\x00-\x7F]/.test(t.text + n.text)) {
        score = 0.6; // two unknown capitalised words with non-ASCII letters: "Krisztián Szöllösy"
      }
      if (score > 0 && !n.single && doc.dict.allCities.has(`${t.lower} ${n.lower}`) && !lx.first) score = 0;
      if (score > 0) {
        const j = extendRun(doc, tokens, i + 1, 0.35);
        pushName(doc, out, i, j, score, { kind: 'dictionary', detail: lx.first ? 'first-names' : 'surnames' });
        return j;
      }
    }
    // "Helen de la Cruz": a given name, then particles and a capitalised surname.
    if (n && PARTICLES.has(n.text) && lx.first && !lx.common) {
      const j = extendRun(doc, tokens, i, 0.35);
      if (j > i + 1) {
        pushName(doc, out, i, j, 0.8, { kind: 'dictionary', detail: 'first-names-particle' });
        return j;
      }
    }
    // "Smith, John": surname, comma, first name.
    if (n && lx.sur && !lx.common && doc.text.slice(t.end, n.start) === ', ' && shaped(doc, n)) {
      const ln = lexical(doc, tokens, i + 1);
      if (ln.first && !ln.common) {
        const j = extendRun(doc, tokens, i + 1, 0.35);
        pushName(doc, out, i, j, 0.8, { kind: 'dictionary', detail: 'surname-comma-first' });
        return j;
      }
    }
    // "Wright, Holly - CHF", "| Okonkwo, Chidi |", "\"Oduya, Grace\"": a list or table entry.
    if (n && (lx.sur || !lx.common) && !lx.eponymHere && /^,[ \t]?$/.test(doc.text.slice(t.end, n.start)) && shaped(doc, n) && !n.single) {
      const ln = lexical(doc, tokens, i + 1);
      const afterN = doc.text.slice(n.end, n.end + 3);
      const entryEnd = /^(?:[ \t]*(?:$|[\-–|"\n;]|\r)|[ \t]\p{Lu}\b)/u.test(afterN);
      const place = lexicon.US_STATES.has(n.lower) || lexicon.STATE_CODES.has(n.text); // "Boston, MA"
      if (entryEnd && !place && (ln.first || !ln.common) && !ln.eponymHere && (lx.sur || ln.first || doc.allCaps)) {
        const j = extendRun(doc, tokens, i + 1, 0.35);
        pushName(doc, out, i, j, 0.72, { kind: 'dictionary', detail: 'list-surname-comma-given' });
        return j;
      }
    }
  }
  return -1;
}

/** 4b. "Bill Young presents", "Grace Long is": given name and surname, both also words, as a subject. */
function subjectRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.capitalized && !t.single) {
    const n = tokens[i + 1];
    const v = tokens[i + 2];
    if (n?.capitalized && v && doc.text.slice(t.end, n.start) === ' ' && /^[ \t]{1,2}$|^:[ \t]/.test(doc.text.slice(n.end, v.start))) {
      const lx = lexical(doc, tokens, i);
      const ln = lexical(doc, tokens, i + 1);
      const verb = SUBJECT_VERBS.has(v.lower) || doc.text[n.end] === ':';
      const unknownGiven = !lx.first && !lx.common && !acronym(doc, t) && !doc.dict.allCities.has(t.lower);
      if (verb && (lx.first || unknownGiven) && ln.sur && !lx.eponymHere && !ln.eponymHere) {
        pushName(doc, out, i, i + 1, 0.7, { kind: 'dictionary', detail: 'name-as-subject' });
        return i + 1;
      }
    }
    // "Teodor says": an unknown capitalised word before a reporting verb.
    if (v === undefined || n) {
      const lx = lexical(doc, tokens, i);
      if (n && !lx.common && !lx.eponymHere && !acronym(doc, t) && /^[ \t]{1,2}$/.test(doc.text.slice(t.end, n.start)) && SUBJECT_VERBS.has(n.lower) && !['is', 'was', 'has', 'had', 'will', 'seen', 'called'].includes(n.lower) && !doc.dict.allCities.has(t.lower)) {
        pushName(doc, out, i, i, 0.6, { kind: 'pattern', detail: 'subject-of-reporting-verb' });
        return i;
      }
    }
  }
  return -1;
}

/** 4c. Names in scripts without letter case ("王小明", "محمد العلי") inside Latin-script text. Those scripts and marks all lie above U+0300: test the first code before the regex. */
function caselessRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.text.charCodeAt(0) >= 0x300 && CASELESS_SCRIPT.test(t.text)) {
    let j = i;
    while (j + 1 < tokens.length && CASELESS_SCRIPT.test((tokens[j + 1] as Token).text) && /^[ \t]{0,2}$/.test(doc.text.slice((tokens[j] as Token).end, (tokens[j + 1] as Token).start))) j++;
    pushName(doc, out, i, j, 0.65, { kind: 'pattern', detail: 'caseless-script-name' });
    return j;
  }
  return -1;
}

/** 4d. Initials: "J. R. Whitcombe", "Okafor, M.", "T.O., 52M", "(L.V.)". */
function initialsRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.single && t.dotAfter && isUpperLetter(t.text)) {
    const n = tokens[i + 1];
    const m = tokens[i + 2];
    if (n?.single && n.dotAfter && m && m.capitalized && /^\.[ \t]?$/.test(doc.text.slice(n.end, m.start)) && !lexical(doc, tokens, i + 2).common) {
      pushName(doc, out, i, i + 2, 0.75, { kind: 'pattern', detail: 'initials-surname' });
      return i + 2;
    }
    const dotted = /^(?:\p{Lu}\.){2,3}/u.exec(doc.text.slice(t.start, t.start + 6));
    if (dotted && !/^(?:A\.M\.|P\.M\.|U\.S\.|D\.C\.|M\.D\.|D\.O\.|R\.N\.|N\.P\.|P\.A\.|I\.V\.|P\.O\.|O\.R\.|E\.R\.)$/.test(dotted[0])) {
      const after = doc.text.slice(t.start + dotted[0].length, t.start + dotted[0].length + 8);
      const before = doc.text.slice(Math.max(0, t.start - 12), t.start);
      if (/^,?[ \t]?\d{1,3}[ \t]?(?:yo|y\/o|[MF])\b|^\)/.test(after) || /(?:\(|initials:?[ \t]?|with[ \t]|w\/[ \t]?|pt[ \t]|patient[ \t])$/i.test(before)) {
        const end = t.start + dotted[0].length;
        out.push(candidate(t.start, end, 'NAME', 0.72, ID, { kind: 'pattern', detail: 'dotted-initials' }));
        let last = i;
        while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < end) last++;
        return last;
      }
    }
  }
  if (shaped(doc, t) && !t.single && !acronym(doc, t)) {
    const n = tokens[i + 1];
    const lx = lexical(doc, tokens, i);
    if (n?.single && n.dotAfter && doc.text.slice(t.end, n.start) === ', ' && (lx.sur || !lx.common) && !lx.eponymHere) {
      pushName(doc, out, i, i + 1, 0.72, { kind: 'dictionary', detail: 'surname-comma-initial' });
      return i + 1;
    }
  }
  return -1;
}

/** 5b. "Summer (daughter)", "Mary-Kate (patient's granddaughter)", "the Delgado family". */
function relationRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (shaped(doc, t) && !t.single && !acronym(doc, t)) {
    // The relation needs "(" right after the word or after one blank: test that before slicing (reads
    // stay inside the text: a read past its end would throw the optimized code away).
    const paren = charAt(doc.text, t.end) === 40 || (isBlank(charAt(doc.text, t.end)) && charAt(doc.text, t.end + 1) === 40);
    const rel = paren ? /^[ \t]?\((?:(?:patient|pt|her|his|the patient)['’]?s?[ \t])?(\p{L}+)\)/u.exec(doc.text.slice(t.end, t.end + 40)) : null;
    if (rel?.[1] && RELATIONS.has(rel[1].toLowerCase()) && !lexical(doc, tokens, i).eponymHere) {
      pushName(doc, out, i, i, 0.75, { kind: 'context', detail: `relation:${rel[1].toLowerCase()}` });
      return i;
    }
    const prevTok = tokens[i - 1];
    const nextTok = tokens[i + 1];
    if (prevTok?.lower === 'the' && nextTok?.lower === 'family' && !lexical(doc, tokens, i).common) {
      pushName(doc, out, i, i, 0.7, { kind: 'context', detail: 'family-name' });
      return i;
    }
  }
  return -1;
}

/** 5a. "Misty's daughter", "Lee's wife": a possessive before a relation word. */
function possessiveRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (shaped(doc, t) && !t.single && !acronym(doc, t) && isApostrophe(charAt(doc.text, t.end))) {
    const rel = /^['’]s[ \t]{1,2}(\p{L}+)/u.exec(doc.text.slice(t.end, t.end + 20));
    if (rel?.[1] && RELATIONS.has(rel[1].toLowerCase()) && !lexical(doc, tokens, i).common) {
      pushName(doc, out, i, i, 0.8, { kind: 'context', detail: `possessive:${rel[1].toLowerCase()}` });
      return i;
    }
  }
  return -1;
}

/** 5. A first name on its own: "a 20yo female, Anna, seen at ...", "David is feeling better". */
function firstNameRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.capitalized && !t.single) {
    const lx = lexical(doc, tokens, i);
    const before = tokens[i - 1];
    const place = (): boolean =>
      lexicon.US_STATES.has(t.lower) ||
      doc.dict.majorCities.has(t.lower) ||
      (before !== undefined && before.capitalized && doc.dict.allCities.has(`${before.lower} ${t.lower}`));
    if (lx.first && !lx.common && !lx.eponymHere && !place()) {
      const next = tokens[i + 1];
      const gap = next ? doc.text.slice(t.end, next.start) : '';
      const apposition = /, $/.test(doc.text.slice(Math.max(0, t.start - 2), t.start)) && /^,/.test(gap);
      const subject = next !== undefined && /^['’]?s?[ \t]{1,2}$/.test(gap) && /^\p{Ll}/u.test(next.text);
      const vocative = /^[ \t]?[,!?:]/.test(gap) || gap === '' || /^[.!?]/.test(gap);
      if (apposition || subject || vocative) {
        pushName(doc, out, i, i, apposition ? 0.62 : 0.58, { kind: 'dictionary', detail: 'first-names-alone' });
        return i;
      }
    }
    // Two unknown capitalised words in a row, neither a common word nor a known place: "Jouni Hahli".
    const n = tokens[i + 1];
    if (n && n.capitalized && !lx.common && !lx.eponymHere && doc.text.slice(t.end, n.start) === ' ') {
      const ln = lexical(doc, tokens, i + 1);
      const known = (w: string): boolean => lexicon.US_STATES.has(w) || doc.dict.allCities.has(w) || lexicon.FACILITY_HEADS.has(w) || lexicon.KNOWN_FACILITIES.has(w) || lexicon.FACILITY_PREFIXES.has(w);
      if (!ln.common && !ln.eponymHere && !known(t.lower) && !known(n.lower) && !known(`${t.lower} ${n.lower}`)) {
        const j = extendRun(doc, tokens, i + 1, 0.5);
        pushName(doc, out, i, j, 0.55, { kind: 'pattern', detail: 'capitalised-pair' });
        return j;
      }
    }
  }
  return -1;
}

/** The rules in order: the first that finds a name at a token wins. */
const RULES: readonly Rule[] = [titleRule, credentialRule, cueRule, dictionaryRule, subjectRule, caselessRule, initialsRule, relationRule, possessiveRule, firstNameRule];

export function findNames(doc: DocumentView): Candidate[] {
  const tokens = doc.tokens;
  const out: Candidate[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Most words are lower-case words of no interest: skip them before any rule looks around.
    // A lower-case common word ("will", "brown") can only start a name after a title, and that is rule 1.
    if (
      !shaped(doc, t) &&
      ((doc.isFirst[i] === 0 && doc.isSur[i] === 0) || doc.isCommon[i] === 1) &&
      !isTitle(doc, t) &&
      !isCredential(doc, t) &&
      t.text.charCodeAt(0) < 0x2e0
    ) {
      continue;
    }

    for (const rule of RULES) {
      const last = rule(doc, tokens, i, out);
      if (last >= 0) {
        i = last;
        break;
      }
    }
  }
  const found = propagate(doc, out);
  forgetLexicalCache();
  return found;
}

export const NAME_RECOGNIZER: Recognizer = { id: ID, types: ['NAME'], find: findNames };
