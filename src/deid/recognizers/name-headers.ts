// Note headers that give the patient as "SURNAME, GIVEN, 77 yo F" ("BRYANT, JUNE, 77 yo F, MRN ...",
// "Fisher, Lars, 84 yo M"): the age and sex after the second comma say that the two words before it are a
// person's name, even when neither has a cue, a title or mixed case. The name lists keep "CHF, COPD,
// 77 yo F" out: a part must be a listed name, and no part may be an ordinary word that is not one.
import { lexicon } from '../dictionaries/index.js';
import { fold } from '../text/tokens.js';
import { startsLine } from './name-emit.js';
import { literalTrigger, patternRecognizer, unparsedRegex } from './pattern.js';
import { candidate, type Candidate, type DocumentView, type Recognizer } from './types.js';
import type { Token } from '../text/tokens.js';
import { onFirstUse } from './machine-code.js';

const ID = 'name-age-header';
/** The age marker: "77 yo", "84 y/o", "45 y.o.", "3 yrs", "77-year-old". */
const AGE = /(?<![\d.])\d{1,3}[ \t\-]?(?:yo|y\/o|y\.o\.|yrs?|years?[ \-]old|year-old)(?![\p{L}])/giu;
// Every match starts a run of one to three digits (nothing but a digit or a stop before it, a non-digit
// after it): tried only there, sticky, instead of a scan over the whole text. Same matches in the same order.
const AGE_AT = new RegExp(AGE.source, 'iuy');
const NAME_CHAR = /[\p{L}'’\-]/u;
const UPPER = /\p{Lu}/u;
const MAX_WORD = 31;

/** Start of the name word that ends at `end` (2-31 name characters, capitalised), or -1. */
function wordEndingAt(text: string, end: number): number {
  let s = end;
  while (s > 0 && end - s < MAX_WORD && NAME_CHAR.test(text[s - 1] as string)) s--;
  if (end - s < 2 || (s > 0 && NAME_CHAR.test(text[s - 1] as string)) || !UPPER.test(text[s] as string)) return -1;
  return s;
}

/** Start of one or two words ending at `end` ("VAN DYKE"), or -1; an initial may close a given name. */
function partEndingAt(text: string, end: number, initialAllowed: boolean): number {
  let e = end;
  // "John A." / "John A": a closing initial.
  if (initialAllowed) {
    const dot = text[e - 1] === '.' ? 1 : 0;
    const c = text[e - 1 - dot] ?? '';
    if (UPPER.test(c) && (text[e - 2 - dot] === ' ' || text[e - 2 - dot] === '\t')) e = e - 2 - dot;
  }
  const s = wordEndingAt(text, e);
  if (s < 0) return -1;
  const gap = text[s - 1];
  if (gap === ' ' || gap === '\t') {
    const s2 = wordEndingAt(text, s - 1);
    if (s2 >= 0) return s2;
  }
  return s;
}

function partsAreNames(value: string, doc: DocumentView): boolean {
  let listed = 0;
  for (const w of value.split(/[,\s]+/)) {
    if (/^\p{Lu}\.?$/u.test(w)) continue; // an initial
    const key = fold(w.replace(/[.'’]+$/u, '')).toLowerCase();
    if (doc.dict.firstNames.has(key) || doc.dict.surnames.has(key)) listed++;
    else if (doc.dict.commonWords.has(key)) return false;
    // "VOLKOV, TÓMAS": an accented letter, which no clinical abbreviation has.
    else if (key !== w.toLowerCase()) listed++;
  }
  return listed > 0;
}

/** Two words, a listed given name and a surname that is a listed name or no ordinary word: "Gordon Pike", not "Chest Pain". */
function givenFirst(value: string, doc: DocumentView): boolean {
  const words = value.split(/[ \t]+/);
  if (words.length !== 2) return false;
  const key = (w: string): string => fold(w).toLowerCase();
  const given = key(words[0] as string);
  const sur = key(words[1] as string);
  return doc.dict.firstNames.has(given) && (doc.dict.surnames.has(sur) || doc.dict.firstNames.has(sur) || !doc.dict.commonWords.has(sur));
}

export const NAME_HEADER_RECOGNIZER: Recognizer = {
  id: ID,
  types: ['NAME'],
  needs: { digitRun: [1, 3] },
  // Work follows the age markers, and each is a bounded backwards walk over at most four words: no regex
  // search before the marker, so adversarial text stays linear.
  find(doc) {
    const out: Candidate[] = [];
    const text = doc.text;
    const runs = doc.digitRuns;
    const lengths = doc.digitRunLengths;
    for (let r = 0; r < runs.length; r++) {
      if ((lengths[r] as number) > 3) continue;
      AGE_AT.lastIndex = runs[r] as number;
      const m = AGE_AT.exec(text);
      if (m === null) continue;
      // ", " (one or two blanks) right before the age, and again before the given name.
      let c2 = m.index;
      while (c2 > 0 && m.index - c2 < 2 && (text[c2 - 1] === ' ' || text[c2 - 1] === '\t')) c2--;
      if (c2 === m.index || text[c2 - 1] !== ',') continue;
      const givenEnd = c2 - 1;
      const givenStart = partEndingAt(text, givenEnd, true);
      if (givenStart < 0) continue;
      let c1 = givenStart;
      while (c1 > 0 && givenStart - c1 < 2 && (text[c1 - 1] === ' ' || text[c1 - 1] === '\t')) c1--;
      if (c1 === givenStart || text[c1 - 1] !== ',') {
        // "Gordon Pike, 81 yo M, bed 4": given name and surname in that order, starting a line.
        if (startsLine(text, givenStart) && givenFirst(text.slice(givenStart, givenEnd), doc)) {
          out.push(candidate(givenStart, givenEnd, 'NAME', 0.85, ID, { kind: 'header', detail: 'given-surname-age' }));
        }
        continue;
      }
      const surnameStart = partEndingAt(text, c1 - 1, false);
      if (surnameStart < 0) continue;
      const value = text.slice(surnameStart, givenEnd);
      if (!partsAreNames(value, doc)) continue;
      out.push(candidate(surnameStart, givenEnd, 'NAME', 0.9, ID, { kind: 'header', detail: 'surname-given-age' }));
    }
    return out;
  },
};

const NICKNAME_ID = 'name-nickname';
// "Augustine "Gus" Lindqvist", "Theodore ("Teddy") Castellanos-Byrne", "Margaret (Peggy) O'Neil", 'Terrence "TJ"
// Okonkwo', 'Eleanor "Nana Jo" Whitcombe', 'Andre "Coach Dre" Munroe': a nickname (a word, two words, or two or
// three capitals) in quotes or brackets between a given name and a surname. Tried only at a bracket or quote that opens on a
// capital after a blank, from the start of the word before it; bounded quantifiers keep it linear.
const NICKNAME_AT = onFirstUse(
  String.raw`(\p{Lu}[\p{Ll}\p{M}'’]{1,20}|(?:\p{Lu}\.){1,3})[ \t](?:\(["“]?|["“])(\p{Lu}[\p{Ll}\p{M}]{1,20}(?:[ \t]\p{Lu}[\p{Ll}\p{M}]{1,20})?|\p{Lu}{2,3})(?:["”]\)?|\))[ \t](\p{Lu}[\p{L}\p{M}'’]{1,30}(?:-\p{Lu}[\p{L}\p{M}'’]{1,30})?)(?![\p{L}\p{M}])`,
  'uy',
);
const LETTER = /[\p{L}\p{M}'’]/u;
const INITIALS_BEFORE = /(?<![\p{L}.])(?:\p{Lu}\.){1,3}$/u;

function listedKey(w: string): string {
  return fold(w.replace(/[’']s$/u, '')).toLowerCase();
}

/**
 * The nickname is a listed given name or shortens the given name (or stands between a listed given name and
 * a listed surname), and the given name is listed or no ordinary
 * word ("Ravindra "Ravi" Subramaniam"); the surname is a listed name or no ordinary word.
 */
function nicknameParts(given: string, nick: string, sur: string, doc: DocumentView): boolean {
  const first = doc.dict.firstNames;
  const givenKey = listedKey(given);
  // Initials stand for the given name and a middle one ("Terrence "TJ""): they begin with its letter.
  if (/^\p{Lu}{2,3}$/u.test(nick)) return first.has(givenKey) && !doc.dict.commonWords.has(givenKey) && fold(nick[0] as string).toLowerCase() === givenKey[0] && surnameWords(sur, doc);
  // Of two words ("Nana Jo", "Coach Dre"), the last is the name a kin word or a role goes before.
  const nickKey = listedKey(nick.slice(nick.search(/[ \t]\S+$/u) + 1));
  // An unlisted nickname that begins as the given name does ("Wojciech (Wojtek)", "Bartholomew (Bart)").
  // Round 48: or as it ends ('Oluwaseun "Seun"', 'Elizabeth "Beth"', 'Christopher "Topher"'), three letters or more.
  const shortened = !doc.dict.commonWords.has(nickKey) && !doc.dict.commonWords.has(givenKey) &&
    (nickKey.slice(0, 2) === givenKey.slice(0, 2) || (nickKey.length >= 3 && givenKey.length > nickKey.length + 1 && givenKey.endsWith(nickKey)));
  const parts = sur.split('-');
  // Between a listed given name and a listed surname, any nickname: 'Robert "Bubba" Jones'. The lead (2026-12-01): one
  // word of no English list too, when the given name is listed and no word ('Ezekiel "Zeke" Moorcroft').
  const givenListed = first.has(givenKey) && !doc.dict.commonWords.has(givenKey);
  const listedBoth = givenListed && (parts.every((p) => doc.dict.surnames.has(listedKey(p))) || (!/[ \t]/.test(nick) && !doc.dict.commonWords.has(nickKey)));
  // A given name the lists hold only as a surname ("Bartholomew") is one when the nickname shortens it ('"Bart"').
  if (!(first.has(nickKey) || shortened || listedBoth) || !(first.has(givenKey) || (!doc.dict.commonWords.has(givenKey) && (!doc.dict.surnames.has(givenKey) || shortened)))) return false;
  return surnameWords(sur, doc);
}

const NICK_IN_BRACKETS = /^\((\p{Lu}[\p{Ll}\p{M}]{1,12})\)/u;
const GIVEN_BEFORE_SURNAME = onFirstUse(String.raw`(?<![\p{L}\p{M}'’])(\p{Lu}[\p{Ll}\p{M}'’]{1,20})[ \t]$`, 'u');

/**
 * The length of a nickname in brackets at q after a given name and a surname (the surname starts at s): "Samuel
 * Oyelowo (Sam)", "Bartholomew Kowalski (Bart)". The given name is listed and no ordinary word, the nickname shorter
 * and beginning with its first two letters; the surname is a listed name or no ordinary word. Else 0.
 */
function trailingNickname(text: string, q: number, s: number, doc: DocumentView): number {
  const nick = NICK_IN_BRACKETS.exec(text.slice(q, q + 16));
  const given = GIVEN_BEFORE_SURNAME().exec(text.slice(Math.max(0, s - 23), s));
  if (nick === null || given === null) return 0;
  const nickKey = listedKey(nick[1] as string);
  const givenKey = listedKey(given[1] as string);
  if (nickKey.length >= givenKey.length || nickKey.slice(0, 2) !== givenKey.slice(0, 2) || !givenKey.startsWith(nickKey.slice(0, 3))) return 0;
  if (!doc.dict.firstNames.has(givenKey) || doc.dict.commonWords.has(givenKey) || doc.dict.commonWords.has(nickKey)) return 0;
  return surnameWords(text.slice(s, q - 1), doc) ? (nick[1] as string).length : 0;
}

/** Each part of the surname is a listed name or no ordinary word. */
function surnameWords(sur: string, doc: DocumentView): boolean {
  return sur.split('-').every((p) => {
    const key = listedKey(p);
    return doc.dict.surnames.has(key) || doc.dict.firstNames.has(key) || !doc.dict.commonWords.has(key);
  });
}

export const NAME_NICKNAME_RECOGNIZER: Recognizer = {
  id: NICKNAME_ID,
  types: ['NAME'],
  find(doc) {
    const out: Candidate[] = [];
    const text = doc.text;
    // Most notes hold no quote; brackets are common, but each is rejected on the next character or two.
    for (const open of ['"', '“', '(']) {
      for (let q = text.indexOf(open); q >= 0; q = text.indexOf(open, q + 1)) {
        let at = q;
        if (open === '(') {
          const next = text[q + 1] ?? '';
          const nick = next === '"' || next === '“' ? text[q + 2] ?? '' : next;
          if (!UPPER.test(nick)) continue;
        } else {
          if (!UPPER.test(text[q + 1] ?? '')) continue;
          // A quote after "(" was tried from the bracket.
          if (text[q - 1] === '(') continue;
        }
        if (text[at - 1] !== ' ' && text[at - 1] !== '\t') continue;
        at--;
        let s = at;
        while (s > 0 && at - s <= 21 && LETTER.test(text[s - 1] as string)) s--;
        // Initials may stand for the given name: "E.M. (Eva) Kuipers".
        if (s === at) s -= INITIALS_BEFORE.exec(text.slice(Math.max(0, at - 7), at))?.[0].length ?? 0;
        if (s === at || (s > 0 && LETTER.test(text[s - 1] as string))) continue;
        NICKNAME_AT().lastIndex = s;
        const m = NICKNAME_AT().exec(text);
        if (m === null && open === '(') {
          // "Mr. Samuel Oyelowo (Sam), 99": the nickname after the whole name, shortening its listed given name.
          const nick = trailingNickname(text, q, s, doc);
          if (nick > 0) out.push(candidate(q + 1, q + 1 + nick, 'NAME', 0.8, NICKNAME_ID, { kind: 'pattern', detail: 'name-then-nickname' }));
          continue;
        }
        if (m === null || !nicknameParts(m[1] as string, m[2] as string, m[3] as string, doc)) continue;
        out.push(candidate(s, s + m[0].length, 'NAME', 0.85, NICKNAME_ID, { kind: 'pattern', detail: 'given-nickname-surname' }));
      }
    }
    return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
  },
};

const FORM_ID = 'name-form-fields';
// A requisition's or a registration form's name in separate fields: "Last: AL-SAYED  First: NOUR  MI: H",
// "First Name: Ana  Last Name: Ruiz". Either label alone is prose ("Last: BMP 3/4", "First: check vitals"); the
// pair on one line says the values are the parts of a name.
// Round 83: a green-screen registration form pads its labels with dot leaders ("LAST NAME....: OSEI  FIRST....:");
// a leader of four dots or more reaches here as blanks (text/ocr.ts), a shorter one as dots.
const FIELD_LABEL = /^(?:[ \t]name)?[ \t.]{0,20}:[ \t]{0,3}/i;
/** A field's value: one to three name words with single blanks between them, each of up to 30 characters. */
const FIELD_VALUE = /^\p{L}[\p{L}'’\-]{0,29}(?:[ \t]\p{L}[\p{L}'’\-]{0,29}){0,2}/u;
/**
 * A middle-name field after the first name's value: its initial ("MI: K.") or, after "Middle", its name ("Middle: Faye").
 * A requisition printed in columns leaves a wide gap before it ("First: TORBEN          MI: K").
 */
const MIDDLE_LABEL = /^[ \t]{1,16}(?:mi|m\.i\.|middle(?:[ \t](?:name|initial))?|middle)[ \t.]{0,20}:[ \t]{0,3}(\p{Lu}(?:\p{Ll}[\p{L}'’\-]{0,29})?)\.?(?![\p{L}])/iu;
/** How far apart the two labels may stand. */
const FORM_REACH = 80;

/** Where a field's value starts after the label token k ("Last", "First"), or -1. */
function valueStart(doc: DocumentView, k: number): number {
  const t = doc.tokens[k];
  if (t === undefined) return -1;
  const m = FIELD_LABEL.exec(doc.text.slice(t.end, t.end + 32));
  if (m && m[0].includes(':')) return t.end + m[0].length;
  // Round 40: a claim form's caps labels without a colon (the UB-04's "FL76 ATTENDING ... LAST VANCOILLIE FIRST
  // PIETER"): the label in capitals, then a word in capitals.
  const caps = t.text === 'LAST' || t.text === 'FIRST' ? CAPS_FIELD_GAP.exec(doc.text.slice(t.end, t.end + 8)) : null;
  return caps ? t.end + caps[0].length : -1;
}
const CAPS_FIELD_GAP = /^[ \t]{1,3}(?=\p{Lu}{2})/u;
/** The value of a caps label without a colon: one word in capitals, no digit after it. */
const CAPS_FIELD_VALUE = /^\p{Lu}[\p{Lu}'’\-]{1,29}(?![\p{L}\d])/u;

/** The value's end: its words up to the next label ("...  First:") or the field's end; -1 for an English word. */
function valueEnd(doc: DocumentView, start: number): number {
  const colon = /:[ \t]*$/.test(doc.text.slice(Math.max(0, start - 6), start));
  const m = (colon ? FIELD_VALUE : CAPS_FIELD_VALUE).exec(doc.text.slice(start, start + 96));
  if (!m) return -1;
  let value = m[0];
  // The next field's label is no part of the value: "Ruiz First: Ana" keeps "Ruiz".
  const label = /[ \t](?:first|last|mi|middle|given|sex|dob|name)$/i.exec(value);
  if (label && /^(?:[ \t]name)?[ \t]{0,2}:/i.test(doc.text.slice(start + value.length, start + value.length + 8))) value = value.slice(0, label.index);
  const words = value.split(/[ \t]/);
  // "Unknown", "None", "Pending": a form's empty answer, unless the word is a listed name too.
  const english = words.every((w) => {
    const key = fold(w).toLowerCase();
    return doc.dict.commonWords.has(key) && !doc.dict.firstNames.has(key) && !doc.dict.surnames.has(key);
  });
  return english ? -1 : start + value.length;
}

/** A name field's hint of its order, then the label's end: "(Last, First, MI): ", "(Last, First): ____". */
const ORDER_HINT = /^last(?:[ \t]name)?[ \t]{0,2},[ \t]{0,2}first(?:[ \t]name)?(?:[ \t]{0,2},[ \t]{0,2}(?:mi|m\.i\.|middle(?:[ \t](?:name|initial))?))?[ \t]{0,2}\)[ \t]{0,2}:[ \t_]{0,12}/i;
/** The value so ordered: "HOLLOWAY,  Tyrese  J", "Ruiz, Ana M.". */
const ORDERED_VALUE = /^(\p{L}[\p{L}'’\-]{1,29}),[ \t]{1,3}(\p{L}[\p{L}'’\-]{1,29})(?:[ \t]{1,3}(\p{Lu})(?![\p{L}]))?/u;

/** "Patient Name (Last, First, MI): _HOLLOWAY,  Tyrese  J____": a form's name written in the order its hint gives. */
function orderedNameField(doc: DocumentView, l: number, out: Candidate[]): void {
  const lt = doc.tokens[l] as Token;
  const hint = ORDER_HINT.exec(doc.text.slice(lt.start, lt.start + 60));
  if (!hint || doc.text.charCodeAt(lt.start - 1) !== 40) return;
  const at = lt.start + hint[0].length;
  const m = ORDERED_VALUE.exec(doc.text.slice(at, at + 80));
  if (!m) return;
  const given = m[2] as string;
  const givenAt = at + m[0].indexOf(given, (m[1] as string).length + 1);
  out.push(candidate(at, at + (m[1] as string).length, 'NAME', 0.85, FORM_ID, { kind: 'context', detail: 'last-name-field' }));
  out.push(candidate(givenAt, givenAt + given.length, 'NAME', 0.85, FORM_ID, { kind: 'context', detail: 'first-name-field' }));
  if (m[3] !== undefined) out.push(candidate(at + m[0].length - 1, at + m[0].length, 'NAME', 0.8, FORM_ID, { kind: 'context', detail: 'middle-initial-field' }));
}

export const NAME_FORM_FIELDS_RECOGNIZER: Recognizer = {
  id: FORM_ID,
  types: ['NAME'],
  indexWords: ['first', 'last'],
  needs: { words: ['first'] },
  find(doc) {
    const firsts = doc.wordIndex.get('first');
    const lasts = doc.wordIndex.get('last');
    if (!firsts || !lasts) return [];
    const out: Candidate[] = [];
    for (const l of lasts) orderedNameField(doc, l, out);
    // Both lists are in text order: the window of "last" labels near each "first" only moves forward, so a note
    // full of both words costs a bounded look per label, not a pass over all of them.
    let lo = 0;
    for (const f of firsts) {
      const fs = valueStart(doc, f);
      if (fs < 0) continue;
      const ft = doc.tokens[f] as Token;
      while (lo < lasts.length && (doc.tokens[lasts[lo] as number] as Token).start < ft.start - FORM_REACH) lo++;
      // The nearest "Last:" label on the same line, before or after.
      let partner = -1;
      for (let k = lo; k < lasts.length; k++) {
        const l = lasts[k] as number;
        const lt = doc.tokens[l] as Token;
        if (lt.start > ft.start + FORM_REACH) break;
        const from = Math.min(lt.start, ft.start);
        const to = Math.max(lt.start, ft.start);
        if (doc.text.slice(from, to).includes('\n') || valueStart(doc, l) < 0) continue;
        partner = l;
        break;
      }
      if (partner < 0) continue;
      const fe = valueEnd(doc, fs);
      const ls = valueStart(doc, partner);
      const le = valueEnd(doc, ls);
      if (fe < 0 || le < 0) continue;
      out.push(candidate(ls, le, 'NAME', 0.85, FORM_ID, { kind: 'context', detail: 'last-name-field' }));
      out.push(candidate(fs, fe, 'NAME', 0.85, FORM_ID, { kind: 'context', detail: 'first-name-field' }));
      const mi = MIDDLE_LABEL.exec(doc.text.slice(fe, fe + 24));
      const middle = mi?.[1] ?? '';
      // A whole word is the middle name unless it is an English word no list has as a name ("Middle: None").
      const key = fold(middle).toLowerCase();
      if (mi && (middle.length === 1 || !doc.dict.commonWords.has(key) || doc.dict.firstNames.has(key) || doc.dict.surnames.has(key))) {
        const at = fe + mi[0].length - middle.length - (mi[0].endsWith('.') ? 1 : 0);
        out.push(candidate(at, at + middle.length, 'NAME', 0.8, FORM_ID, { kind: 'context', detail: middle.length === 1 ? 'middle-initial-field' : 'middle-name-field' }));
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/**
 * A name spelled out letter by letter after it, as callers and voicemails do: "walter pennington calling,
 * P-E-N-N-I-N-G-T-O-N", "his name's Dmitri Volkov, V-O-L-K-O-V". The letters must spell a word written in the
 * few words before them, so "A-B-C" and "S-I-G-E-C-A-P-S" (a mnemonic) stay prose.
 */
export const SPELLED_NAME_RECOGNIZER: Recognizer = withSpelledWord(patternRecognizer({
  id: 'name-spelled',
  type: 'NAME',
  anchor: { char: '-', back: /[A-Za-z]/, maxBack: 1 },
  // Round 95: a double-barrelled surname spelled with "dash" between its halves ("O-K-A-F-O-R dash B-E-L-L").
  regex: unparsedRegex(String.raw`(?<![\p{L}\d\-])\p{L}(?:-\p{L}){2,29}(?:[ \t]dash[ \t]\p{L}(?:-\p{L}){1,29})?(?![\p{L}\d\-])`, 'gu'),
  score: 0.8,
  validate: (v, doc, start, end) => SPELLING_NAMED.test(doc.lower.slice(Math.max(0, start - 40), start)) || spellsWordBefore(doc, v.replace(/[ \t]dash[ \t][\s\S]*$/, '').replace(/-/g, '').toLowerCase(), start, SPELLING_BROKEN_OFF.test(doc.text.slice(end, end + 3))),
}));

/** Round 95: a spelling said to be a name's right before it: "my last name is O-K-A-F-O-R", "her surname is spelled V-A-N-C-E". */
const SPELLING_NAMED = /\b(?:sur)?name(?:[ \t]is|['’]s)?(?:[ \t](?:spelled|spelt))?[ \t]{1,2}$/;

/** A spelling broken off and begun again: "that's K-O-W... K-O-W-A-L-C-Z-Y-K". */
const SPELLING_BROKEN_OFF = /^(?:\.{2,3}|…)/;

/**
 * Round 50: the word a spelling spells is the name too, wherever the name rules missed it: "Sure, it's Wojcik.
 * W-O-J-C-I-K." (a surname in no list after "it's"), "last name is quispe, q u i s p e" in a lower-case dictation.
 * The spelling alone was found before; the word it spells (the nearest before it, whole) is found with it now.
 */
function withSpelledWord(base: Recognizer): Recognizer {
  return withWordSpelled(base, (doc, f) => doc.lower.slice(f.start, f.end).replace(/[- ]/g, ''));
}

/** `base` with, for each spelling it finds, the word that spelling spells (by `letters`) written in the 60 characters before it. */
function withWordSpelled(base: Recognizer, letters: (doc: DocumentView, spelling: Candidate) => string): Recognizer {
  return {
    ...base,
    find(doc) {
      const found = base.find(doc);
      if (found.length === 0) return found;
      const out: Candidate[] = [...found];
      for (const f of found) {
        const word = letters(doc, f);
        const from = Math.max(0, f.start - 60);
        const at = spelledWordAt(foldedSameLength(doc.lower.slice(from, f.start)), word);
        if (at >= 0) out.push(candidate(from + at, from + at + word.length, 'NAME', f.score, f.recognizer, { kind: 'context', detail: 'word-spelled-after' }));
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

/** Where the whole word `word` last occurs in `before` (-1: nowhere). */
function spelledWordAt(before: string, word: string): number {
  for (let at = before.lastIndexOf(word); at >= 0; at = at > 0 ? before.lastIndexOf(word, at - 1) : -1) {
    if (!/\p{L}/u.test(before[at - 1] ?? '') && !/\p{L}/u.test(before[at + word.length] ?? '')) return at;
  }
  return -1;
}

/**
 * Whether the letters spell a word written in the few words before offset `start` (or, when the spelling was broken
 * off, that word's first three letters or more).
 */
function spellsWordBefore(doc: DocumentView, word: string, start: number, prefix: boolean): boolean {
  const before = foldedSameLength(doc.lower.slice(Math.max(0, start - 60), start));
  if (prefix && word.length < 3) return false;
  for (let at = before.lastIndexOf(word); at >= 0; at = at > 0 ? before.lastIndexOf(word, at - 1) : -1) {
    if (!/\p{L}/u.test(before[at - 1] ?? '') && (prefix || !/\p{L}/u.test(before[at + word.length] ?? ''))) return true;
  }
  return SPELLING_ASKED.test(doc.lower.slice(Math.max(0, start - 90), start));
}

/**
 * Round 55: a spelling asked for in a question before, as a triage nurse does: "Can you spell the last name? - Sure.
 * N-G-U-Y-E-N dash T-R-A-N." The name itself may come only after its spelling, or never. A task is no question of a
 * name: "spell W-O-R-L-D backwards", "Can you spell world backwards?" stay prose.
 */
const SPELLING_ASKED = /\bspell\b(?![^\n?]{0,40}backward)[^\n?]{0,60}\?[^\n?]{0,40}(?:\n[^\n?]{0,44})?$/;

/**
 * Round 55: the text with its accents folded away when that keeps every offset ("echeverría" is spelled
 * E-C-H-E-V-E-R-R-I-A); as it is otherwise.
 */
function foldedSameLength(text: string): string {
  const f = fold(text);
  return f.length === text.length ? f : text;
}

/**
 * A name spelled out in letters apart, as speech recognition writes a caller's spelling: "nguyen, n g u y e n",
 * "first name bao, b a o". Three letters or more, each alone, spelling a word written just before them.
 */
export const SPACED_SPELLED_NAME_RECOGNIZER: Recognizer = withSpelledWord(patternRecognizer({
  id: 'name-spelled-spaced',
  type: 'NAME',
  // Every match holds " x y" with no letter after: a literal blank first, so the scan skips to blanks.
  trigger: / \p{L} \p{L}(?!\p{L})/u,
  regex: unparsedRegex(String.raw`(?<![\p{L}\d'’.\-])\p{L}(?: \p{L}){2,29}(?![\p{L}\d'’\-])`, 'gu'),
  score: 0.8,
  validate: (v, doc, start) => spellsWordBefore(doc, v.replace(/ /g, '').toLowerCase(), start, false),
}));

/**
 * Round 155: a name spelled in parts, as a voicemail's transcription writes it: hyphened groups parted by a comma
 * ("Fitzmaurice, F-I-T-Z, M-A-U-R-I-C-E"), or capitals parted by commas, the letters said one by one ("Pellegrino,
 * that's P as in Peter, E, L, L, E, G, R, I, N, O"; a first letter said "as in" a word just before counts). The letters
 * together must spell a word written just before them, as name-spelled asks; "Hep A, B, C" and "grades A-B, C-D"
 * spell none.
 */
export const JOINED_SPELLED_NAME_RECOGNIZER: Recognizer = patternRecognizer({
  id: 'name-spelled-joined',
  type: 'NAME',
  trigger: /\p{Lu}(?:-\p{Lu})+,?[ \t]\p{Lu}-\p{Lu}|\p{Lu},[ \t]\p{Lu},[ \t]\p{Lu}(?!\p{L})/u,
  regex: unparsedRegex(String.raw`(?<![\p{L}\d'’.\-])(?:\p{Lu}(?:-\p{Lu}){1,29}(?:,?[ \t]\p{Lu}(?:-\p{Lu}){1,29}){1,4}|\p{Lu}(?:,[ \t]\p{Lu}){2,29})(?![\p{L}\d'’\-])`, 'gu'),
  score: 0.8,
  validate: (v, doc, start) => {
    const lead = SPELLED_LEAD_LETTER.exec(doc.text.slice(Math.max(0, start - 24), start));
    const letters = (lead?.[1] ?? '') + v.replace(/[^\p{L}]/gu, '');
    return spellsWordBefore(doc, letters.toLowerCase(), start - (lead?.[0].length ?? 0), false);
  },
});

/** A letter said "as in" a word before the rest of a spelling: "P as in Peter, ". */
const SPELLED_LEAD_LETTER = /(?<![\p{L}\d])(\p{Lu})[ \t]as[ \t]in[ \t]\p{Lu}\p{Ll}{1,12},[ \t]$/u;

/** The words of the NATO spelling alphabet. */
const NATO_WORDS = ['alpha', 'alfa', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'juliett', 'kilo', 'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform', 'victor', 'whiskey', 'whisky', 'xray', 'yankee', 'zulu'];
const NATO_WORD = `(?:${NATO_WORDS.join('|')}|x-ray)`;

/**
 * Round 155: a name spelled in the NATO alphabet, as a triage line or a call centre takes it: "Caller spelled surname:
 * Quebec Uniform India Sierra Tango". Three words of the alphabet or more, whose first letters spell a word written
 * just before them or follow "spell" within the line; "Team Alpha Bravo Charlie" and "Hotel India Lima" of a radio log
 * stay.
 */
export const NATO_SPELLED_NAME_RECOGNIZER: Recognizer = withNatoSpelledWord(patternRecognizer({
  id: 'name-spelled-nato',
  type: 'NAME',
  anchor: { words: NATO_WORDS },
  regex: unparsedRegex(`\\b${NATO_WORD}(?:,?[ \\t]{1,2}${NATO_WORD}){2,29}\\b`, 'gi'),
  score: 0.8,
  validate: (v, doc, start) => {
    const letters = natoLetters(v);
    return NATO_SPELL_CUE.test(doc.lower.slice(Math.max(0, start - 40), start)) || spellsWordBefore(doc, letters, start, false);
  },
}));

/** The first letters of a NATO spelling's words: "Kilo Echo Lima" -> "kel". */
function natoLetters(v: string): string {
  return v.split(/[ \t,]+/).map((w) => w.charAt(0)).join('').toLowerCase();
}

/** As withSpelledWord: the word a NATO spelling spells, written just before it, is the name too ("Surname Kelleher, spelled Kilo Echo ..."). */
function withNatoSpelledWord(base: Recognizer): Recognizer {
  return withWordSpelled(base, (doc, f) => natoLetters(doc.text.slice(f.start, f.end)));
}

/** "spelled surname: \"", "spell that? " within the line before a NATO spelling. */
const NATO_SPELL_CUE = /\bspel(?:l|led|lt|ling)\b[^\n]{0,30}$/;

/**
 * The name before "s/o" or "d/o" (son or daughter of) when a capitalised name follows: "Rajendran s/o Kandasamy was
 * seen" (a name that opens a sentence and is in no list, which no other rule reads). Not "w/o" (without) nor a word of
 * English or a specialty ("Cardiology s/o Dr. Lee": signed off), nor before a title.
 */
export const SON_OF_NAME_RECOGNIZER: Recognizer = patternRecognizer({
  id: 'name-son-of',
  type: 'NAME',
  trigger: literalTrigger(['s/o', 'd/o', 'S/o', 'D/o', 'S/O', 'D/O'], []),
  // The whole "Priya d/o Ramasamy", the father's name too (an initial may open it: "S/o K. Venkatesh").
  regex: unparsedRegex(String.raw`(?<![\p{L}\p{M}'’\-])\p{Lu}[\p{Ll}\p{M}'’]{2,30}[ \t][sdSD]\/[oO][ \t](?:\p{Lu}\.[ \t])?\p{Lu}[\p{Ll}\p{M}'’\-]{1,30}(?![\p{L}\p{M}])`, 'gu'),
  score: 0.75,
  validate: (v, doc) => {
    const [first = '', , father = ''] = v.split(/[ \t]/);
    const lower = first.toLowerCase();
    if ((doc.dict.commonWords.has(lower) && !doc.dict.firstNames.has(lower) && !doc.dict.surnames.has(lower)) || lexicon.SPECIALTY_SHORTHAND.has(lower)) return false;
    // The father's name is no title ("s/o Dr. Lee").
    return !lexicon.TITLES.has(father.replace(/\.$/, '').toLowerCase());
  },
});

/**
 * Round 91: whose prescription a pharmacy's note means: "Rx for Gatling (metformin ...)", "Frost's Rx transferred",
 * "resent Abbott's prescription". After "Rx for" the word must be a listed surname or given name and no English
 * word, eponym or drug's name ("Rx for Cipro", "Rx for Graves", "Rx for Lyme", "Rx for nausea" stay); before "'s Rx" a
 * surname will do even when it is a word ("Frost's Rx"), as a drug or a disease owns no prescription.
 */
export const RX_OWNER_NAME_RECOGNIZER: Recognizer = patternRecognizer({
  id: 'name-rx-owner',
  type: 'NAME',
  trigger: literalTrigger(['Rx', 'RX', 'rx'], []),
  regex: unparsedRegex(String.raw`(?<=\b(?:Rx|RX)[ \t]for[ \t])\p{Lu}[\p{Ll}'’\-]{2,25}(?![\p{L}\p{M}'’])|(?<![\p{L}\p{M}'’\-])\p{Lu}[\p{Ll}\-]{2,25}(?=['’]s[ \t](?:Rx|RX|[Pp]rescription)\b)`, 'gu'),
  score: 0.75,
  validate: (v, doc, start, end) => {
    const lower = v.toLowerCase();
    if (lexicon.EPONYMS.has(lower) || lexicon.TITLES.has(lower) || !(doc.dict.surnames.has(lower) || doc.dict.firstNames.has(lower))) return false;
    if (!doc.dict.commonWords.has(lower)) return true;
    // A word's possessive before "Rx", but not a sentence's capitalised first word ("Good's Rx" could be "Good").
    const possessive = doc.text.charCodeAt(end) === 39 || doc.text.charCodeAt(end) === 8217;
    return possessive && start > 0 && !/[.!?:]\s*$|^\s*$/.test(doc.text.slice(Math.max(0, start - 3), start));
  },
});

/**
 * Round 74: Indian and Pakistani forms give the relation its own line, under the line naming the patient (a name
 * label or a title there), with no name before it: "S/o Ravi Shankar",
 * "W/o Late Mohan Lal", "D/o K. Prakash". Heading its line the slash-o is a relation (the rule above reads "w/o" as
 * without), so "W/o" counts too, written as the forms write it (a capital and a small o: "S/O sepsis" is a
 * suspicion); one to three capitalised words, an initial or two first, none of them a title, and not all of them
 * words of English ("W/o Contrast", "S/o Pain").
 */
const PERSON_LINE_ABOVE = /(?:^|[^A-Za-z])(?:[Nn]ame|NAME|[Pp]atient|PATIENT|[Pp]t|Mr|Mrs|Ms|Smt|Shri|Sri|Kumari|Master|Baby)(?![A-Za-z])/;
export const RELATION_LINE_NAME_RECOGNIZER: Recognizer = patternRecognizer({
  id: 'name-relation-line',
  type: 'NAME',
  trigger: literalTrigger(['S/o', 'D/o', 'W/o'], []),
  regex: unparsedRegex(String.raw`^[ \t]{0,8}[SDW]\/o[ \t]{1,2}(?:Late[ \t])?((?:\p{Lu}\.[ \t]?){0,2}\p{Lu}[\p{Ll}\p{M}'’\-]{1,30}(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’\-]{1,30}){0,2})(?![\p{L}\p{M}])`, 'gmu'),
  group: 1,
  score: 0.75,
  validate: (v, doc, start) => {
    // The person the relation is of is named on the line above ("Name: Smt. Asha Rani", "Patient: Mr. R. Gupta").
    const lineStart = doc.text.lastIndexOf('\n', start - 1);
    if (lineStart < 0 || !PERSON_LINE_ABOVE.test(doc.text.slice(Math.max(0, doc.text.lastIndexOf('\n', lineStart - 1) + 1, lineStart - 160), lineStart))) return false;
    const words = v.split(/[ \t]/).filter((w) => !/^\p{Lu}\.$/u.test(w));
    if (words.length === 0 || words.some((w) => lexicon.TITLES.has(w.replace(/\.$/, '').toLowerCase()))) return false;
    return words.some((w) => {
      const lower = w.toLowerCase();
      return doc.dict.firstNames.has(lower) || doc.dict.surnames.has(lower) || !doc.dict.commonWords.has(lower);
    }) && !words.some((w) => lexicon.SPECIALTY_SHORTHAND.has(w.toLowerCase()));
  },
});

/**
 * Round 48: a criminal case's caption names the defendant after the government party and "v.": "UNITED STATES OF
 * AMERICA v. KIERAN MATTHIAS VOLKOV", "State of Ohio v. Dwayne R. Pettis", "People v. Ana Lucia Berrios". Two to four
 * capitalised words (a given name is no longer needed: captions in capitals hold names no list has); a citation names
 * the surname alone ("United States v. Booker, 543 U.S. 220", "Dusky v. United States") and stays.
 */
export const CASE_CAPTION_NAME_RECOGNIZER: Recognizer = patternRecognizer({
  id: 'name-case-caption',
  type: 'NAME',
  // Tried only at the government party's first word: a scan of every note for "v." cost more than the rule is worth.
  anchor: { words: ['united', 'state', 'people', 'commonwealth'] },
  regex: unparsedRegex(String.raw`(?:\b(?:UNITED[ \t]STATES(?:[ \t]OF[ \t]AMERICA)?|United[ \t]States(?:[ \t]of[ \t]America)?|STATE(?:[ \t]OF[ \t][A-Z]{4,14}(?:[ \t][A-Z]{4,10})?)?|State(?:[ \t]of[ \t]\p{Lu}\p{Ll}{3,13}(?:[ \t]\p{Lu}\p{Ll}{3,9})?)?|PEOPLE(?:[ \t]OF[ \t]THE[ \t]STATE[ \t]OF[ \t][A-Z]{4,14}(?:[ \t][A-Z]{4,10})?)?|People|COMMONWEALTH(?:[ \t]OF[ \t][A-Z]{4,14})?|Commonwealth))[ \t]{1,2}(?:v|vs|V|VS)\.?[ \t]{1,2}(\p{Lu}[\p{L}\p{M}'’\-]{1,30}(?:[ \t](?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’\-]{1,30})){1,3})(?![\p{L}\p{M}])`, 'gu'),
  group: 1,
  score: 0.8,
  // Not a second party that is an office or a place ("State v. Superior Court", "People v. County of Kern").
  validate: (v, doc) => !v.split(/[ \t]/).some((w) => /^(?:Court|COURT|County|COUNTY|Department|DEPARTMENT|City|CITY|Board|BOARD|Inc|LLC|Corp|Company)\.?$/.test(w)) &&
    v.split(/[ \t]/).filter((w) => !/^\p{Lu}\.$/u.test(w)).some((w) => !doc.dict.commonWords.has(w.toLowerCase())),
});

/** Initials that are abbreviations, not a person: "U.S.", "A.M.", "M.D.". */
const NOT_PERSON_INITIALS = new Set(['US', 'AM', 'PM', 'MD', 'DO', 'RN', 'NP', 'PA', 'UK', 'EU', 'DC', 'BC', 'AD', 'IV', 'ER', 'OR']);
const MINOR_WORD = '(?:minor|Minor|MINOR)';
const INITIALS = String.raw`\p{Lu}\.[ \t]?\p{Lu}\.(?:[ \t]?\p{Lu}\.)?`;
/**
 * Round 143: a court caption's "In re" before a respondent or a child named by initials, the proceeding's word between
 * ("In re the Detention of J.R.T.", "IN RE THE WELFARE OF A.B.", "In re J.M.").
 */
const IN_RE_CAPTION = String.raw`(?:In|IN)[ \t](?:re|Re|RE)[ \t]{1,2}(?:(?:the|THE)[ \t](?:\p{Lu}\p{Ll}{4,15}|\p{Lu}{5,15})[ \t](?:of|OF)[ \t])?`;

/**
 * "parent and natural guardian of K.K., a minor", "the minor child, J.M.,", "on behalf of A.B., a minor": legal
 * papers name a child by initials only, after "minor" or "guardian of" or before "a minor". Not "U.S." or "M.D."
 * ("guardian of U.S. citizens"), nor initials with no such word ("per A.B. in clinic").
 */
const MINOR_INITIALS_CUED: Recognizer = patternRecognizer({
  id: 'name-minor-initials',
  type: 'NAME',
  trigger: literalTrigger(['minor', 'Minor', 'MINOR', 'In re', 'In Re', 'IN RE'], []),
  regex: unparsedRegex(
    String.raw`(?<=(?<![\p{L}\p{M}])(?:${MINOR_WORD}(?:[ \t](?:child|Child|CHILD|son|daughter|children))?,?[ \t]{1,2}|(?:guardian|Guardian|GUARDIAN)[ \t](?:of|OF)[ \t]|${IN_RE_CAPTION}))${INITIALS}(?![\p{L}\p{M}])|(?<![\p{L}\p{M}.])${INITIALS}(?=,?[ \t]{1,2}(?:a|the|A|THE)[ \t]${MINOR_WORD}(?![\p{L}]))`,
    'gu',
  ),
  score: 0.8,
  validate: (v) => !NOT_PERSON_INITIALS.has(v.replace(/[. \t]/g, '')),
});

/** The cued initials, and the same initials wherever else the paper repeats them ("the delivery of K.K."). */
export const MINOR_INITIALS_RECOGNIZER: Recognizer = {
  ...MINOR_INITIALS_CUED,
  find(doc: DocumentView): readonly Candidate[] {
    const cued = MINOR_INITIALS_CUED.find(doc);
    if (cued.length === 0) return cued;
    const out = [...cued];
    const seen = new Set(cued.map((c) => c.start));
    const text = doc.text;
    for (const value of new Set(cued.map((c) => text.slice(c.start, c.end)))) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
        if (seen.has(at) || /[\p{L}\p{M}.]/u.test(text[at - 1] ?? ' ') || /[\p{L}\p{M}]/u.test(text[at + value.length] ?? ' ')) continue;
        seen.add(at);
        out.push(candidate(at, at + value.length, 'NAME', 0.8, 'name-minor-initials', { kind: 'context', detail: 'repeated initials' }));
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
