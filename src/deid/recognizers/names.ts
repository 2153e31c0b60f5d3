// Person names from titles, credentials, cue words, name dictionaries and repetition. Code rather than a
// regex table because names need look-around over words: "Dr. Brown" is a name, "brown sputum" is not.
import { lexicon, WORD_COMMON, WORD_FACILITY_HEAD, WORD_NAME_CUE } from '../dictionaries/index.js';
import type { Token } from '../text/tokens.js';
import { SPOKEN_NUMBER_WORDS } from './address-tail.js';
import { COUNTRY_NAMES } from './cities.js';
import { onFirstUse } from './machine-code.js';
import { cueRightBefore, REPLY_TURN_AFTER_QUESTION } from './pattern.js';
import { INSURER_AFTER_NAME, JOURNEY_VERBS, NOT_TOWN_NAMES, REGION_OPENERS, TOWN_CUES } from './place-words.js';
import { CREW_ROLES, propagate } from './name-propagation.js';
import { charAt, isBlank, isApostrophe, pushName, cutAtVerb, LETTERS_ONLY, oneSpace, SPECIES_EPITHETS, startsLine, statuteCitation } from './name-emit.js';
import { blanksOnly, indexWithin, isAsciiLetter, isDigit, lastIndexWithin } from '../text/chars.js';
import { ATTENDANCE_LABELS, attendanceListNames, lowerOrListRule, namedTestNear } from './name-lists.js';
import { acronymNotInitials, CLINICAL_ACRONYMS, closesThreadMessage, initialsCue, messageRules, messageSignOffRule, PATIENT_WORDS, SELF_INTRO_CUES, SPEECH_FILLERS, TWO_LETTER_ACRONYMS, greetedByNameRule, wordSelfIntroRule } from './name-messages.js';
import { lowerCueNameRule, mayBeLowerCueName } from './name-lower-cues.js';
import { CLINICAL_ENDING, FAMILY_CHAT_LABELS, followsGivenName, KIN_WORDS, kinOrParenRule, kinWordName } from './name-relations.js';
import { chatStampSpeakerRule, contactBeforePhoneRule, contactRowRule, givenNameAgeRule, nameBeforeAgeRule, nameShape, personPredicateRule, phoneFollows, selfIntroductionRule, PREDICATE_WORDS, speakerLabelRule, STRONG_SHAPE, surnameShapeRule, TURN_ROLES } from './name-shape.js';
import {
  ADDRESS_CUES,
  ADDRESSED_QUESTION,
  AMBIGUOUS_CREDENTIALS,
  CALENDAR_WORDS,
  DEPUTY_OFFICES,
  CASELESS_SCRIPT,
  DOTTED_DEGREE_TAIL,
  FUNCTION_WORDS,
  functionOrCalendar,
  REPLY_OPENERS,
  opensClause,
  GERMAN_FUNCTION_WORDS,
  NAME_KINDS,
  QUOTE_VERBS,
  ID,
  PARTICLES,
  PERSON_DEEDS,
  PERSON_ONLY_VERBS,
  petNameAt,
  RELATIONS,
  ROMAN_OR_PRONOUN,
  SUBJECT_VERBS,
  WEAK_CUES,
  acronym,
  endsName,
  extendRun,
  forgetLexicalCache,
  germanProse,
  innerCapital,
  isEponym,
  isCredential,
  isCue,
  isTitle,
  isUpperLetter,
  joins,
  inEponymPair,
  makerBeforeProduct,
  PRODUCT_WORDS,
  lexical,
  nameness,
  shaped,
  FOREIGN_COMMON_WORDS,
  SPANISH_CLITICS,
  looksSpanish,
  DOTTED_DEGREES,
  DOTTED_NON_INITIALS,
  equipmentByGivenName,
  wholeEponym,
} from './name-words.js';
import type { Lexical } from './name-words.js';
import { candidate, type Candidate, type DocumentView, type Recognizer } from './types.js';

/*
 * A rule looks for a name starting at token i (or, for credentials, ending before it): when it finds
 * one it adds it to `out` and returns the index of the last token it took, else -1. Each rule is a
 * function of its own so that the optimizer compiles them apart: a rule first used late in a run then
 * recompiles alone, not the whole recognizer. ruleAt calls them in order; the rules for names after
 * relation and role words are in name-relations.ts, those for lower-case full names and lists in name-lists.ts.
 */

/** 1. Title + name: "Dr. Patel", "Mrs. O'Brien", "dr smith". */
/** Faculties written after "Dr." in German-speaking titles ("Dr. med.", "Dr. med. dent.", "Dr. rer. nat."). */

/** Particles of a Spanish or Portuguese facility's name in capitals ("CLINICA FAMILIAR DEL VALLE"). */
const ROMANCE_CAPS_PARTICLES = new Set(['del', 'de', 'da', 'do', 'dos', 'das']);
const ROMANCE_CAPS_HEADS = new Set(['clinica', 'clínica', 'centro', 'hospital', 'farmacia', 'policlinica', 'sanatorio']);
/** One of the three tokens before i, in capitals on the same line, is a Romance facility head. */
function romanceHeadBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = tokens[k] as Token;
    if (!w.upper) return false;
    if (ROMANCE_CAPS_HEADS.has(w.lower)) return true;
  }
  return false;
}

const DOCTORATE_FACULTIES = new Set(['med', 'dent', 'vet', 'rer', 'phil', 'nat', 'jur', 'habil', 'univ']);

/** "Dr." and "Mr." as speech recognition spells them, in lower case too: "doctor venkataraman", "mister achterberg". */
const SPELLED_TITLES = new Set(['doctor', 'mister']);

/** Verbs said of a doctor that a name list also holds ("Said", "Wants" no; "Said" yes): after a lower-case title they are the verb. */
/** Round 59: a lower-case "re" verb whose rest is an English word ("recheck", "reassess", "redraw"). */
function repeatedVerb(doc: DocumentView, n: Token): boolean {
  return n.text === n.lower && n.lower.startsWith('re') && n.lower.length >= 6 && ((doc.dict.wordClass.get(n.lower.slice(2)) ?? 0) & WORD_COMMON) !== 0;
}
const TITLE_VERBS = new Set(['said', 'says', 'told', 'wants', 'wanted', 'thinks', 'thought', 'ordered', 'called', 'asked', 'gave', 'put', 'sent', 'will', 'would', 'should', 'can', 'may']);

/** Word titles said of people, not ranks or offices, that may take a short unlisted name: "Coach Dre", "Pastor Bo" (not "Major Dep"). */
const SHORT_NAME_TITLES = new Set(['coach', 'pastor', 'rabbi', 'imam', 'judge', 'officer', 'deputy', 'detective', 'sheriff', 'trooper']);

/** A lesion's or a sign's word right after a titled name: the name is an eponym's ("Sister Mary Joseph nodule"). */
const SIGN_AFTER_TITLED_NAME = /^['’]?s?[ \t]{1,2}(?:nodules?|nodes?|sign)\b/;
/** One or two capitalised words, then a nodule or node: the eponym after "Sister" ("Sister Mary Joseph nodule"). */
const SISTER_EPONYM = /^\p{Lu}\p{Ll}{1,15}(?:[ \t]\p{Lu}\p{Ll}{1,15})?['’]?s?[ \t]{1,2}(?:nodules?|nodes?)\b/u;

/**
 * Round 42: "1SG Okafor" (a first sergeant): the digit is a token of its own, so "SG" right after a lone "1" is the
 * title ("SG 1.020" and "1 SG" are a specific gravity).
 */
function firstSergeant(doc: DocumentView, t: Token): boolean {
  return t.text === 'SG' && t.start > 0 && doc.text.charCodeAt(t.start - 1) === 49 && !/[\w.]/.test(doc.text.charAt(t.start - 2));
}

/** A hyphenated word whose every part is a common English word ("on-call", "in-house", "follow-up"). */
function commonCompound(doc: DocumentView, word: string): boolean {
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  return parts.length <= 4 && parts.every((p) => p.length > 0 && doc.dict.commonWords.has(p));
}

/** Honorifics said only of a person, capitalised ("Mr.", "Mrs."): never a doctor's role or a form's word as "Dr." may be. */
const PERSONAL_HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Mx', 'Miss']);

/**
 * Round 116: a name made of two or three English words after a personal honorific, as many Native American surnames
 * are ("Mr. Walks Ahead is", "Mrs. Kills Enemy said"): each word capitalised, letters only, no function or calendar
 * word, and the name ends before a lower-case word or a stop. One capitalised word alone is left to the lists.
 */
function honorificWordName(doc: DocumentView, tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < k + 3) {
    const w = tokens[j];
    if (w === undefined || !w.capitalized || w.upper || w.single || !LETTERS_ONLY.test(w.text) || functionOrCalendar(w) || isTitle(doc, w) || isCredential(doc, w)) break;
    if (j > k && !oneSpace(doc, tokens[j - 1] as Token, w)) break;
    j++;
  }
  if (j - k < 2 || lexical(doc, tokens, k).eponymHere) return -1;
  const last = tokens[j - 1] as Token;
  const after = tokens[j];
  const closed = after === undefined || (after.text === after.lower && oneSpace(doc, last, after)) || /^[,.;:)]/.test(doc.text.slice(last.end, last.end + 1));
  return closed ? j - 1 : -1;
}

/** Grades an echo report gives a valve's regurgitation ("mild MR", "moderate-severe MR", "trace MR"). */
const REGURGITATION_GRADES: ReadonlySet<string> = new Set(['trace', 'trivial', 'mild', 'moderate', 'mod', 'severe', 'significant', 'functional', 'physiologic', 'physiological', 'residual', 'eccentric', 'central', 'no']);

function titleRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  // A lower-case "ms" is multiple sclerosis or milliseconds; "ms. Quinzia" (not after a number) is a title.
  const afterNumber = /\d[ \t]?$/.test(doc.text.slice(Math.max(0, t.start - 2), t.start));
  // Round 79: or "ms" in lower case before a listed surname of no English word, as a parent types a teacher's name
  // ("her teacher ms whitlock"); "ms flare", "ms contin", "3 ms" stay.
  const nx = tokens[i + 1];
  const msTitle = t.lower === 'ms' && !afterNumber && ((t.dotAfter && nx?.capitalized === true) ||
    // Round 90: with its dot too ("please tell ms. huang i apologize").
    (t.text === 'ms' && nx !== undefined && nx.text === nx.lower && (nx.start === t.end + 1 || (t.dotAfter && nx.start === t.end + 2)) && nx.text.length >= 4 && doc.isSur[i + 1] === 1 && doc.isCommon[i + 1] === 0 && doc.isFirst[i + 1] === 0 && nx.lower !== 'contin'));
  // "6 Fr. sheath": French gauge, a catheter's size, not Father.
  if (t.lower === 'fr' && afterNumber) return -1;
  // "MR perfusion", "MR angiography": magnetic resonance before a lower-case word in mixed-case text, not "Mr".
  if (t.text === 'MR' && !doc.allCaps && tokens[i + 1] !== undefined && (tokens[i + 1] as Token).text === (tokens[i + 1] as Token).lower) return -1;
  // Round 144: "Mild MR. Aortic valve ...", "trace MR, TR": mitral regurgitation graded in an echo report, not "Mr.".
  if (t.text === 'MR' && !doc.allCaps && i > 0 && REGURGITATION_GRADES.has((tokens[i - 1] as Token).lower)) return -1;
  // Round 149: an MRI suite's safety words ("MR Level 2 tech", "MR Conditional", "MR Zone IV"), not "Mr.".
  if (t.text === 'MR' && !doc.allCaps && !t.dotAfter && MR_SAFETY_AFTER.test(doc.text.slice(t.end, t.end + 14))) return -1;
  // Round 152: a brand or a screen character called "Dr." ("Dr. Comfort Ranger shoes", "diabetic shoes (Dr. Comfort)",
  // "watches Dr. House reruns"): with its product's or its show's word within the clause; "Dr. House, cardiology" stays.
  if (t.lower === 'dr' && nx !== undefined && DR_BRAND_USE.has(nx.lower) && drBrandUse(doc, t, nx)) return -1;
  // "CPT Code 99214", "CPT 99214": a procedure code, not an army captain, unless a name of no English word follows.
  // Round 167: nor before a HCPCS code's letter glued to its digits ("(CPT G0399)", "CPT E0601").
  if (t.lower === 'cpt' && (tokens[i + 1] === undefined || doc.isCommon[i + 1] === 1 || !/^\p{L}/u.test((tokens[i + 1] as Token).text) || isDigit(doc.text.charCodeAt((tokens[i + 1] as Token).end)))) return -1;
  if ((isTitle(doc, t) || firstSergeant(doc, t)) && (t.capitalized || t.upper || doc.allCaps || (t.lower.length <= 3 && t.lower !== 'ms') || msTitle || SPELLED_TITLES.has(t.text) || t.text === 'nurse')) {
    // "Dr. med. Jana Vogel", "Dr. rer. nat. Ode": the faculty of a German doctorate is part of the title.
    let ti = i;
    while (t.lower === 'dr' && ti < i + 3 && tokens[ti + 1]?.dotAfter === true && DOCTORATE_FACULTIES.has((tokens[ti + 1] as Token).text)) ti++;
    if (ti > i) {
      const j = ti + 1 < tokens.length ? titleAfterFaculty(doc, tokens, i, ti, out) : -1;
      return j >= 0 ? j : ti;
    }
    const n = tokens[i + 1];
    // Round 40: "FL42 REV  FL43 DESCRIPTION": a form's column heads, the word after the title run into digits.
    if (n && n.upper && isDigit(doc.text.charCodeAt(n.end))) return -1;
    // Round 43: "The Dr. on-call said", "Dr. in-house": a lower-case compound of common words after a title is the
    // doctor's role, no surname ("dr garcia-lopez" keeps a part no English list holds).
    if (n && n.text === n.lower && !doc.allCaps && commonCompound(doc, n.text)) return -1;
    // Round 168: markdown's emphasis may open before the name ("Dr. **Okafor**", "Mrs. *Begay*").
    if (n && /^\.?[ \t]{1,2}(?:\*{1,2}|_{1,2})?$|^\.$/.test(doc.text.slice(t.end, n.start))) {
      const lx = lexical(doc, tokens, i + 1);
      // "Dr. van der Molen": particles and a surname.
      const particles = lowerParticle(n) && particleSurnameAt(doc, tokens, i + 1) >= 0;
      // Lower case after a title: "dr smith", "mr okonjo", but not "Dr. on call", nor a verb after a lower-case
      // title ("the dr said", "dr wants labs"; "Dr. Said" is a name).
      const ok = particles || (n.single ? isUpperLetter(n.text) : !lx.eponymHere && (shaped(doc, n) || ((lx.first || lx.sur || !lx.common) && !(lx.common && n.text.length <= 3))) &&
        !(t.text === t.lower && n.text === n.lower && TITLE_VERBS.has(n.lower)));
      const generic = !particles && !n.single && ((lx.common && !lx.first && !lx.sur) || (!shaped(doc, n) && lx.common && n.text.length <= 3));
      // Word titles ("Nurse", "Doctor", "Sister") need a name from the lists after them: "Nurse Triage Call" is not one.
      // After "nurse", a word of no English list that reads as no clinical role is a name too ("Nurse Fenella", "nurse
      // kehau"; not "Nurse Anesthetist").
      // Round 59: a lower-case verb made of "re" and an English word is the nurse's task ("nurse recheck glucose",
      // "nurse reassess pain"); "nurse Renata" is capitalised.
      const nurseNamed = t.lower === 'nurse' && !lx.common && !lx.eponymHere && n.text.length >= 4 && LETTERS_ONLY.test(n.text) && !CLINICAL_ROLE_ENDING.test(n.lower) && !repeatedVerb(doc, n);
      // Other word titles written capitalised take such a word when it is capitalised too ("Chief Kahale",
      // "Captain Oyelaran", "Coach Dre"; not "Chief Complaint", "Major Depressive", "Specialist Ortho").
      const titledNamed =
        nurseNamed ||
        // "Father Eoin Hussain" is as often the patient's father: the relation rules name him without the word.
        (t.capitalized && n.capitalized && !doc.allCaps && t.lower !== 'father' && t.lower !== 'sister' && !lx.common && !lx.eponymHere && n.text.length >= (SHORT_NAME_TITLES.has(t.lower) ? 3 : 4) && LETTERS_ONLY.test(n.text) && !CLINICAL_ROLE_ENDING.test(n.lower) && !lexicon.SPECIALTY_SHORTHAND.has(n.lower) && (doc.wordFlags[i + 1] as number) === 0 &&
          // Round 130: "Major Osteoporotic Fracture": a rank's word before a clinical adjective or noun is no title.
          !clinicalShapedWord(doc, tokens, i + 1));
      const wordTitle =
        !particles &&
        t.lower.length > 4 &&
        !SPELLED_TITLES.has(t.lower) &&
        !n.single &&
        !((lx.first || lx.sur) && (!lx.common || (t.capitalized && n.capitalized && !TITLE_WORD_PHRASES.has(`${t.lower} ${n.lower}`)))) &&
        !titledNamed;
      // Lower case, "nurse" takes only such a word ("nurse triage", "nurse visit" are no names).
      if (t.text === 'nurse' && !nurseNamed) return -1;
      // Round 92: "Nurse Case Manager", "Nurse Care Coordinator": an English word before a job's head word is the
      // job's title after the title word, though also a surname ("Case").
      const third = tokens[i + 2];
      if (lx.common && !lx.first && third !== undefined && third.capitalized && ROLE_TITLE_HEADS.has(third.lower) && oneSpace(doc, n, third)) return -1;
      // Round 145: "Deputy Clerk", "Deputy Sheriff", "Deputy Coroner": the deputy's office after the rank, no name.
      if (t.lower === 'deputy' && DEPUTY_OFFICES.has(n.lower)) return -1;
      // Round 92: "Atty. Reg. #0391157", "Atty. Reg. No.": a registration's abbreviated label after the title, no name.
      if (n.text.length <= 4 && /^\.?[ \t]{0,2}(?:#|[Nn]o\.|NO\.)/.test(doc.text.slice(n.end, n.end + 6))) return -1;
      // Spelled in lower case ("doctor venkataraman"), the title takes no English word: "mister said", "doctor visit".
      if (t.text === t.lower && SPELLED_TITLES.has(t.text) && (lx.common || n.single)) return -1;
      // "Dr. Chip Østby": a given name that is a word, then a surname no English list holds.
      const namedAfter = generic && !wordTitle && n.capitalized && wordGivenNamePair(doc, tokens, i + 1, false);
      if (generic && !particles && PERSONAL_HONORIFICS.has(t.text) && n.capitalized) {
        const j = honorificWordName(doc, tokens, i + 1);
        if (j >= 0) {
          pushName(doc, out, i, j, 0.8, { kind: 'context', detail: `title-words:${t.lower}` });
          return j;
        }
      }
      if ((ok && !generic && !wordTitle) || namedAfter) {
        let j = cutAtVerb(doc, tokens, i + 1, extendRun(doc, tokens, i + 1, 0.3));
        // Round 153: a form's next field label after a column's gap ("Dr Lachlan Merriweather  Prescriber no. 2471833"):
        // the role noun is no surname.
        if (j > i + 1 && ROLE_FIELD_NOUNS.has((tokens[j] as Token).lower) && !oneSpace(doc, tokens[j - 1] as Token, tokens[j] as Token)) j--;
        if (j === i + 1 && (surnameAfterTitledGivenName(doc, tokens, i + 1) || lowerSurnameAfterTitledName(doc, tokens, i) || capsSurnameAfterTitledInitial(doc, tokens, i))) j = i + 2;
        // "the Sister Mary Joseph nodule", "a Sister Joseph node": the umbilical metastasis named after the nun (round 37).
        if (t.lower === 'sister' && SIGN_AFTER_TITLED_NAME.test(doc.lower.slice((tokens[j] as Token).end, (tokens[j] as Token).end + 10))) return -1;
        pushName(doc, out, i, j, 0.92, { kind: 'context', detail: `title:${t.lower}` });
        return j;
      }
    }
  }
  return -1;
}

/**
 * The name after "Dr. med.": capitalised words that are no common words, or an initial before one ("Dr. med.
 * K. Aydın"), the title and faculty left outside.
 */
function titleAfterFaculty(doc: DocumentView, tokens: readonly Token[], i: number, ti: number, out: Candidate[]): number {
  const n = tokens[ti + 1] as Token;
  const next = tokens[ti + 2];
  const initial = n.single && n.dotAfter && isUpperLetter(n.text) && next !== undefined && next.capitalized && !next.single && !lexical(doc, tokens, ti + 2).common;
  if (!initial && (!n.capitalized || n.single || lexical(doc, tokens, ti + 1).common)) return -1;
  if (!/^\.[ \t]{1,2}$/.test(doc.text.slice((tokens[ti] as Token).end, n.start))) return -1;
  const j = cutAtVerb(doc, tokens, ti + 1, extendRun(doc, tokens, ti + 1, 0.3));
  pushName(doc, out, ti + 1, j, 0.9, { kind: 'context', detail: `title:${(tokens[i] as Token).lower}` });
  return j;
}

/** Words for the person a note is about, before a name ("Patient", "resident", "employee"). */
const PERSON_NOUN_CUES = new Set(['patient', 'pt', 'resident', 'employee', 'student', 'child', 'caller', 'decedent', 'client', 'member', 'guardian', 'proxy', 'worker', 'passenger', 'case']);
/**
 * A capitalised English word at k read as a given name before the capitalised word after it, as its surname: one
 * space between, the surname no English word and no name's ending, neither word in an eponym, the pair no town; the
 * given name all letters, no word of grammar and no month or holiday (nor a weekday, unless `weekdays`).
 */
function wordGivenNamePair(doc: DocumentView, tokens: readonly Token[], k: number, weekdays: boolean): boolean {
  const given = tokens[k] as Token;
  const next = tokens[k + 1];
  if (next === undefined || !next.capitalized || next.single || !oneSpace(doc, given, next) || doc.isCommon[k + 1] === 1) return false;
  if ((CALENDAR_WORDS.has(given.lower) && !(weekdays && lexicon.WEEKDAYS.has(given.lower))) || FUNCTION_WORDS.has(given.lower) || !LETTERS_ONLY.test(given.text) || lexical(doc, tokens, k).eponymHere) return false;
  return !endsName(doc, next) && !lexical(doc, tokens, k + 1).eponymHere && !doc.dict.allCities.has(`${given.lower} ${next.lower}`);
}

/**
 * Round 37: after a word for the person, a capitalised English word (a weekday too: "Sunday Adeyemi") before a
 * capitalised surname that no list of English words holds, is in no eponym and makes no town with it.
 */
function wordGivenNameBeforeSurname(doc: DocumentView, tokens: readonly Token[], k: number): boolean {
  // A listed given name ("Mark", "Hope") is the other rules' to read with what follows it ("Mark LeBlanc Sr.").
  if (doc.isFirst[k] === 1 || k + 1 >= tokens.length || (doc.isSur[k + 1] !== 1 && doc.isFirst[k + 1] !== 1)) return false;
  return wordGivenNamePair(doc, tokens, k, true) && !doc.dict.allCities.has((tokens[k + 1] as Token).lower);
}

/**
 * After a title and a listed given name, the next capitalised word is the surname whatever the lists say
 * ("Dr. Justin Beet", "Mr. Frank Castle"), unless it is a facility, credential, calendar or function word
 * or starts an eponym ("Dr. Anna Clinic", "Mrs. Rose Monday").
 */
function surnameAfterTitledGivenName(doc: DocumentView, tokens: readonly Token[], k: number): boolean {
  const given = tokens[k] as Token;
  const next = tokens[k + 1];
  if (!next || !given.capitalized || next.single || !next.capitalized || next.upper) return false;
  const lx = lexical(doc, tokens, k);
  if (!lx.first || lx.common || doc.text.slice(given.end, next.start) !== ' ') return false;
  if (endsName(doc, next) || CALENDAR_WORDS.has(next.lower) || FUNCTION_WORDS.has(next.lower) || isTitle(doc, next)) return false;
  return !lexical(doc, tokens, k + 1).eponymHere;
}

/**
 * The lead (2026-12-01): a label printed in capitals inside a mixed-case document, "PRESCRIBER: DR. E. PARKHURST", "DR L.
 * MOREAU": a title in capitals, an initial, then a surname in capitals that the run read as an acronym. Not a clinical
 * acronym, a credential or a germ's species ("E. COLI").
 */
function capsSurnameAfterTitledInitial(doc: DocumentView, tokens: readonly Token[], ti: number): boolean {
  const title = tokens[ti] as Token;
  const initial = tokens[ti + 1] as Token;
  const sur = tokens[ti + 2];
  if (sur === undefined || !title.upper || !initial.single || !isUpperLetter(initial.text) || !sur.upper || sur.text.length < 3) return false;
  if (!/^\.?[ \t]$/.test(doc.text.slice(initial.end, sur.start)) || !/^[A-Z][A-Z'\-]+$/.test(sur.text)) return false;
  return !CLINICAL_ACRONYMS.has(sur.text) && !isCredential(doc, sur) && !SPECIES_EPITHETS.has(sur.lower) && !(doc.isCommon[sur.index] === 1 && doc.isSur[sur.index] === 0);
}

/**
 * Dictated in lower case, a title's name may be two words no list holds: "doctor alexandros manolis dictating",
 * "copy to dr leonidas chronis at"; the second is no English word either and is followed by a word in lower case.
 */
function lowerSurnameAfterTitledName(doc: DocumentView, tokens: readonly Token[], ti: number): boolean {
  const title = tokens[ti] as Token;
  const given = tokens[ti + 1] as Token;
  const sur = tokens[ti + 2];
  if (sur === undefined || title.text !== title.lower || given.text !== given.lower || sur.text !== sur.lower) return false;
  if (doc.text.slice(given.end, sur.start) !== ' ' || sur.text.length < 4 || !LETTERS_ONLY.test(sur.text) || doc.isCommon[sur.index] === 1) return false;
  const after = tokens[sur.index + 1];
  return after === undefined || after.text === after.lower;
}

/**
 * A login in lower case that is one or two initials and a listed surname of no English word ("kdiaz", "mfernandez"),
 * as EHRs sign entries; the whole is no English word either.
 */
function loginName(doc: DocumentView, t: Token): boolean {
  if (t.text !== t.lower || t.text.length < 5 || t.text.length > 16 || doc.isCommon[t.index] === 1 || !/^[a-z]+$/.test(t.text)) return false;
  // The initials run into the surname without a vowel, as no English word starts ("blurry" is "b" and "lurry").
  if (/^[aeiouy]|^.[aeiouy]|^(?:bl|br|ch|cl|cr|dr|dw|fl|fr|gl|gn|gr|kn|ph|pl|pr|ps|qu|sc|sh|sk|sl|sm|sn|sp|sq|st|sw|th|tr|tw|wh|wr)/.test(t.lower)) return false;
  for (let k = 1; k <= 2; k++) {
    const rest = t.lower.slice(k);
    if (rest.length >= 4 && doc.dict.surnames.has(rest) && !doc.dict.commonWords.has(rest)) return true;
  }
  return false;
}

/** Endings of the words for clinical roles and specialties that word lists may lack ("anesthetist", "hospitalist"). */
/** Labels of a form's next field, which may follow a name after a comma: "Name: John Smith, DOB: ...". */
const NEXT_FIELD_LABELS = new Set(['dob', 'mrn', 'ssn', 'age', 'sex', 'dos', 'acct', 'phone', 'tel', 'fin', 'csn', 'room', 'rm', 'bed']);

/** A Latin letter with a diacritic ("Ciarán", "Zoë"), which no drug's or device's name holds. */
const ACCENTED_LATIN = /[À-ÖØ-öø-ɏ]/;

/** Who a report is about, after "Per <name>,": "Per Royal, pt ate", "per Dawn, family aware". */
const REPORTED_AFTER = /^,[ \t]{1,2}(?:pt|patient|resident|res|he|she|they|family|wife|husband|mom|dad|son|daughter|child|baby)\b/i;

/** Phrases of charts that open with a word title and go on with a surname that is a word: no rank and name. */
const TITLE_WORD_PHRASES = new Set(['private pay', 'private duty', 'private room', 'private practice', 'private insurance', 'major burns', 'major trauma', 'major bleeding', 'chief nurse']);

/** Round 153: grades a UK or Irish letter addresses before a specialty ("Consultant Rheumatologist"). */
const CONSULTANT_GRADES: ReadonlySet<string> = new Set(['consultant', 'locum', 'specialist', 'registrar']);

const CLINICAL_ROLE_ENDING = /(?:ist|ists|ian|ians|ics|ogy|ing|tion|ive|ory|ant|ent|er|ers)$/;
/** Round 122: a specialist's title or a disease's name by its ending ("Cardiologist", "Paediatrician", "Fibrosis", "Arthritis"). */
const SPECIALIST_OR_DISEASE = /.{3}(?:ologists?|iatrists?|iatricians?|osis|itis|opathy)$/;

/**
 * Round 130: a clinical word by its Greek or Latin ending, as specialty reports capitalise them ("Prostatic
 * Adenocarcinoma", "Actinic Keratoses", "Mitral Regurgitation", "Sessile Serrated", "Seminal Vesicles"): a tumour or
 * growth, plural lesions, a blood state, a process noun, small structures, and the adjectives of organs and tissues. No listed given
 * name or surname is read so (clinicalShapedWord asks the lists first).
 */
const CLINICAL_WORD_ENDING = /.{3}(?:omas?|plasms?|oses|emias?|tions?|atic|emic|omic|otic|rtic|ytic|ular|icles?|ated|rheic|astic)$/;

/** Token k of the run is an unlisted word of a clinical ending, so the capitalised run is a report's term. */
function clinicalShapedWord(doc: DocumentView, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (!CLINICAL_WORD_ENDING.test(t.lower)) return false;
  const lx = lexical(doc, tokens, k);
  return !lx.first && !lx.sur;
}

/** Generational suffixes between a name and its credential: "Obi Cross III, NP", "Omar Flores Jr., MD". */
const GENERATIONAL_SUFFIX = /^(?:Jr|Sr|II|III|IV|JR|SR)$/;

/** A lower-case particle inside a surname: "de la Vega", "van der Molen". */
const lowerParticle = (t: Token): boolean => t.text === t.lower && PARTICLES.has(t.lower);

/** Particles and "St." that start a surname written in capitals: "ST. JOHN", "DE LA ROSA", "VAN DER MEER". */
const upperSurnameStart = (t: Token): boolean => t.upper && (PARTICLES.has(t.lower) || t.lower === 'st');

/**
 * Before an ambiguous credential ("PA", "DO", "NP"), token e ends a full name, its surname may be a word: a given
 * name of the lists or no English word, or an initial, then particles and the surname ("Tavita Brown, NP", "K.
 * Marsh, DO", "Rosa de la Vega, NP"). A town and a state's code are no name ("Fall River, MA").
 */
function fullNameBefore(doc: DocumentView, tokens: readonly Token[], e: number, cred: Token): boolean {
  const sur = tokens[e] as Token;
  if (!sur.capitalized || (doc.isSur[e] === 0 && doc.isCommon[e] === 1) || lexical(doc, tokens, e).eponymHere) return false;
  let g = e - 1;
  while (g > 0 && g > e - 3 && lowerParticle(tokens[g] as Token) && joins(doc, tokens[g] as Token, tokens[g + 1] as Token)) g--;
  const given = tokens[g];
  if (given === undefined || g < 0 || !joins(doc, given, tokens[g + 1] as Token)) return false;
  if (given.single) return given.dotAfter && isUpperLetter(given.text);
  if (!given.capitalized || isTitle(doc, given) || FUNCTION_WORDS.has(given.lower) || CALENDAR_WORDS.has(given.lower)) return false;
  const lg = lexical(doc, tokens, g);
  if (lg.eponymHere || (lg.common && !lg.first)) return false;
  if (!lexicon.STATE_CODES.has(cred.text)) return true;
  // Before "PA", "MA" a surname that is a word wants a given name that is none: "Rose Valley, PA" is a town.
  if (doc.isCommon[e] === 1 && !(lg.first && !lg.common)) return false;
  return !doc.dict.allCities.has(`${given.lower} ${sur.lower}`) && (lg.first || !doc.dict.allCities.has(sur.lower));
}

/**
 * Start of a name written "SURNAME, GIVEN [I]" in capitals that ends at token e, in mixed-case text ("Attested by
 * HALLORAN, BRENNAN DO", "Signed: TA, GRETHE M NP", "ST. JOHN, ODA C DO"), or -1. No part is a clinical acronym
 * or an ordinary word that no list has ("PCN, SULFA").
 */
function invertedCapsName(doc: DocumentView, tokens: readonly Token[], e: number, inCapsNote = false): number {
  if (doc.allCaps && !inCapsNote) return -1;
  let g = e;
  while (g > e - 2 && g > 1 && (tokens[g] as Token).single && isUpperLetter((tokens[g] as Token).text) && joins(doc, tokens[g - 1] as Token, tokens[g] as Token)) g--;
  const given = tokens[g] as Token;
  const sur = tokens[g - 1];
  if (!given.upper || sur === undefined || !sur.upper || !commaGap(doc.text, sur.end, given.start)) return -1;
  for (const k of [g - 1, g]) {
    const w = tokens[k] as Token;
    if (CLINICAL_ACRONYMS.has(w.text) || lexicon.STATE_CODES.has(w.text) || (doc.isCommon[k] === 1 && doc.isFirst[k] === 0 && doc.isSur[k] === 0)) return -1;
  }
  // In a caps note nothing marks a name's shape: one part must be a listed name ("PCN, SULFA MD" is an order).
  if (doc.allCaps && doc.isFirst[g] === 0 && doc.isSur[g] === 0 && doc.isFirst[g - 1] === 0 && doc.isSur[g - 1] === 0) return -1;
  let s = g - 1;
  while (s > 0 && s > g - 4 && upperSurnameStart(tokens[s - 1] as Token) && /^\.?[ \t]$/.test(doc.text.slice((tokens[s - 1] as Token).end, (tokens[s] as Token).start))) s--;
  return s;
}


/** Token e is a lower-case word of no English list after a lower-case initial and its period ("h. lindqvist"). */
function lowerInitialSurname(doc: DocumentView, tokens: readonly Token[], e: number): boolean {
  const sur = tokens[e] as Token;
  const initial = tokens[e - 1];
  // Not the end of "e.g." or "i.e.".
  if (initial === undefined || !initial.single || !initial.dotAfter || initial.text !== initial.lower || doc.text.slice(initial.end, sur.start) !== '. ' || doc.text.charCodeAt(initial.start - 1) === 46) return false;
  return sur.text === sur.lower && sur.text.length >= 3 && LETTERS_ONLY.test(sur.text) && (doc.isCommon[e] === 0 || doc.isSur[e] === 1) && !FUNCTION_WORDS.has(sur.lower) &&
    !SPECIES_EPITHETS.has(sur.lower) && !lexical(doc, tokens, e).eponymHere;
}

/** In a caps note, token e is a surname after an initial with its period ("C. OKONKWO MD"): the initial's index. */
function capsInitialName(doc: DocumentView, tokens: readonly Token[], e: number): number | undefined {
  const sur = tokens[e] as Token;
  const initial = tokens[e - 1];
  if (initial === undefined || !initial.single || !initial.dotAfter || !sur.upper || doc.text.slice(initial.end, sur.start) !== '. ') return undefined;
  if (CLINICAL_ACRONYMS.has(sur.text) || lexicon.STATE_CODES.has(sur.text) || (doc.isCommon[e] === 1 && doc.isSur[e] === 0)) return undefined;
  return e - 1;
}

/**
 * Round 83: "CALLED TO JUNE PRICE RN", "AMLODIPINE 5MG TAB   HOPE LANE MD": in a note all in capitals, a listed given
 * name and a listed surname (or one of no English list), one blank apart and one blank before a credential that is no word, after a label's
 * colon, a column's gap, a line's start or a word that hands over ("TO", "BY", "PER", "CC"). The start, or -1.
 */
function capsGivenSurname(doc: DocumentView, tokens: readonly Token[], e: number, cred: Token): number {
  const sur = tokens[e] as Token;
  const given = tokens[e - 1];
  if (given === undefined || !given.upper || !sur.upper || given.single || sur.single || doc.isFirst[e - 1] !== 1 || (doc.isSur[e] !== 1 && doc.isCommon[e] === 1)) return -1;
  if (given.end + 1 !== sur.start || sur.end + 1 !== cred.start || !LETTERS_ONLY.test(given.text) || !LETTERS_ONLY.test(sur.text)) return -1;
  if (CLINICAL_ACRONYMS.has(sur.text) || CLINICAL_ACRONYMS.has(given.text) || lexicon.STATE_CODES.has(sur.text) || lexicon.EPONYMS.has(sur.lower)) return -1;
  const lead = doc.text.slice(Math.max(0, given.start - 5), given.start);
  return CAPS_NAME_LEAD.test(lead) ? e - 1 : -1;
}
const CAPS_NAME_LEAD = /(?:^|[\r\n]|:[ \t]{0,3}|[ \t]{2}|(?<![A-Z])(?:TO|BY|PER|CC)[ \t])$/;

const isAlnumCode = (c: number): boolean => isDigit(c) || isAsciiLetter(c);

/** 2. Credentials after a name: "Jane Doe, MD", "J. Smith RN", "Tavita Brown, NP", "HALLORAN, BRENNAN DO". */
/** What a clinician does in a report, as a form labels the role ("Reading MD:", "Ordering MD:"): words a name list holds too. */
const ROLE_GERUNDS = new Set(['reading', 'ordering', 'referring', 'attending', 'admitting', 'consulting', 'interpreting', 'performing', 'covering', 'supervising', 'treating', 'dictating', 'signing', 'rounding']);

/**
 * Round 45: Lakota, Dakota, Blackfeet, Crow and other Plains surnames are two English words, the first a number, a
 * colour or a deed ("Two Bulls", "Iron Cloud", "Standing Bear", "Kills Enemy", "Spotted Tail"). A found name runs
 * on into them, as the lists hold neither word: "Wanbli Two Bulls", "Mary Iron Cloud" (where the first word alone was
 * read as the surname). Not into a place or an institution ("Dr. Ames Little Rock", "Jo Kee Red Cross").
 */
const COMPOUND_SURNAME_FIRSTS = ['Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Little', 'Big', 'Red', 'White', 'Black', 'Yellow', 'Blue', 'Gray', 'Grey', 'Iron', 'Standing', 'Running', 'Spotted', 'High', 'Long', 'Crazy', 'Kills', 'Many', 'Lone', 'Brave', 'Swift', 'Looking', 'Walking', 'Flying', 'Chasing', 'Shot', 'Bad', 'Good', 'Young'];
const COMPOUND_SURNAME_AFTER = new RegExp(`^[ \\t](${COMPOUND_SURNAME_FIRSTS.join('|')})[ \\t](\\p{Lu}\\p{Ll}{2,15})(?![\\p{L}'’\\-]|[ \\t]\\p{Lu}\\p{Ll})`, 'u');
const COMPOUND_SURNAME_LAST = new RegExp(`(?:^|[ \\t])(?:${COMPOUND_SURNAME_FIRSTS.join('|')})$`);
const COMPOUND_SECOND_AFTER = /^[ \t](\p{Lu}\p{Ll}{2,15})(?![\p{L}'’\-]|[ \t]\p{Lu}\p{Ll})/u;
/** Second words that make the pair a place, a body or a season, not a surname. */
const NOT_COMPOUND_SECONDS = new Set(['rock', 'river', 'lake', 'creek', 'cross', 'beach', 'springs', 'valley', 'mountain', 'falls', 'bay', 'island', 'point', 'plains', 'hospital', 'clinic', 'center', 'centre', 'health', 'medical', 'county', 'city', 'house', 'book', 'friday', 'sox', 'league', 'brothers', 'sisters', 'weeks', 'days', 'months', 'years', 'hours', 'times']);

function nativeCompoundSurnames(doc: DocumentView, out: Candidate[]): void {
  for (let k = 0; k < out.length; k++) {
    const c = out[k] as Candidate;
    if (c.type !== 'NAME' || doc.allCaps) continue;
    const ahead = doc.text.slice(c.end, c.end + 40);
    const m = COMPOUND_SURNAME_AFTER.exec(ahead) ?? (COMPOUND_SURNAME_LAST.test(doc.text.slice(Math.max(c.start, c.end - 9), c.end)) ? COMPOUND_SECOND_AFTER.exec(ahead) : null);
    if (!m || NOT_COMPOUND_SECONDS.has((m[m.length - 1] as string).toLowerCase())) continue;
    out[k] = { ...c, end: c.end + m[0].length };
  }
}

/** Round 45: a relation word alone in brackets ahead (" (son)"), for the loop's skip test; rule 5j checks the word. */
const KIN_PAREN_AHEAD = /^ \([a-z\-]{2,16}\)/;
/** Round 45: nurses' credentials, and the prepositions a shift handoff puts before the nurse ("report to rose RN"). */
const NURSE_CREDENTIALS = new Set(['RN', 'LPN', 'LVN', 'CNA', 'BSN']);
/** Round 83: what may follow a credential that ends a crew or a signer's entry. */
const CREDENTIAL_CLOSES = /^(?:[,;.)]|\r?\n|$)/;
/** A resident's year after "PGY": one digit and no more letters or digits ("PGY2", not "PGY2A"). */
const RESIDENT_YEAR_AFTER = /^\d(?![\p{L}\d])/u;

/** A hyphenated word of a language or a training before a credential: "Tagalog-speaking", "ICU-trained". */
const SKILL_COMPOUND = /-(?:speaking|trained|certified|based)$/i;
/** A sentence's or a line's opening right before a word: a full stop, a semicolon or a line break and blanks, or the text's start. */
const SENTENCE_OPEN_BEFORE = /(?:^|[.;:\n][ \t]{0,2}|\n)$/;
/**
 * Before a question put to someone by name ("Vide, can I please speak to ..."): the text's start, a full stop, a
 * question or an exclamation and a blank, or a line break, then any white space; or white space alone for the three
 * characters before the name.
 */
const QUESTION_OPEN_BEFORE = /(?:^|[.!?]\s|\n|\s{3})\s*$/;
/** A sentence's end and one to three blanks: a full stop, a question or an exclamation mark, a semicolon. */
const SENTENCE_STOP_BEFORE = /[.?!;][ \t]{1,3}$/;
/** The same or a colon, as a label ends before its sentence ("Update: Son Tom called."). */
const SENTENCE_OR_LABEL_STOP_BEFORE = /[.?!;:][ \t]{1,3}$/;

/**
 * Whether the word at `at` opens a sentence: `opening` (one of the four above, each rule's own) matches the four
 * characters before it; with `orLineStart`, a word that opens its line behind any run of blanks does too (startsLine).
 */
function opensSentence(text: string, at: number, opening: RegExp, orLineStart = false): boolean {
  return (orLineStart && startsLine(text, at)) || opening.test(text.slice(Math.max(0, at - 4), at));
}

/**
 * Round 85: "ferreira rn covering breaks", ". okafor lpn gave report": a note typed in lower case names the nurse by a
 * listed name of no English word, opening its sentence, one blank before the credential in lower case too.
 */
function lowerCredentialRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const prev = tokens[i - 1] as Token;
  if (prev.text !== prev.lower || prev.text.length < 3 || doc.isCommon[i - 1] !== 0 || !LETTERS_ONLY.test(prev.text)) return -1;
  if (doc.isFirst[i - 1] === 0 && doc.isSur[i - 1] === 0) return unlistedLowerStaffRule(doc, tokens, i, out);
  if (doc.text.slice(prev.end, (tokens[i] as Token).start) !== ' ' || !opensSentence(doc.text, prev.start, SENTENCE_OPEN_BEFORE) || lexicon.EPONYMS.has(prev.lower)) return -1;
  pushName(doc, out, i - 1, i - 1, 0.75, { kind: 'context', detail: `lower-credential:${(tokens[i] as Token).text}` });
  return i;
}

/** Round 142: a signature's one or two dashes opening its line, then a blank: "\n-- ", "- ". */
const SIGNATURE_DASHES_BEFORE = /(?:^|\n)[ \t]{0,3}-{1,2}[ \t]$/;
/** What closes a hand-off's or a sign-off's "<name> rn": the clause's or the line's end, or where the nurse was. */
const STAFF_CREDENTIAL_CLOSE = /^(?:[.,;)]|[ \t]*(?:\r?\n|$)|[ \t](?:at|on|to|aware|notified|updated|paged)\b)/;
/** A line's start or a dash before a sign-off's name: ".\n-", " - ". */
const LINE_OR_DASH_LEAD = /^[.,;:!?]?[ \t]{0,3}(?:\r?\n[ \t]{0,3}-{0,2}|-{1,2})[ \t]?$/;
/** A lower-case word that may be a name no list holds: letters, no English, clinical, function or calendar word. */
function unlistedLowerNamePart(doc: DocumentView, t: Token): boolean {
  return t.text === t.lower && t.text.length >= 3 && doc.isCommon[t.index] === 0 && LETTERS_ONLY.test(t.text) && !CLINICAL_ENDING.test(t.lower) &&
    !functionOrCalendar(t) && !isTitle(doc, t) && !isCredential(doc, t) && !lexicon.EPONYMS.has(t.fold) && !lexical(doc, doc.tokens, t.index).eponymHere;
}

/**
 * Round 116: a nurse's name in no list, typed in lower case before a lower-case credential, as hand-offs and sign-offs
 * write it: "report from <given> <surname> rn.", "-<given> <surname> rn" (two words after a hand-off's preposition or
 * opening a line), "<initial>. <surname>, rn" (a line's sign-off). Each word is no English, clinical or function word:
 * "report to night rn.", "from wound care rn", "per ortho np" stay.
 */
function unlistedLowerStaffRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const cred = tokens[i] as Token;
  const sur = tokens[i - 1] as Token;
  if (i < 2 || !STAFF_CREDENTIAL_CLOSE.test(doc.text.slice(cred.end, cred.end + 10)) || !unlistedLowerNamePart(doc, sur)) return -1;
  const given = tokens[i - 2] as Token;
  const gap = doc.text.slice(sur.end, cred.start);
  // "d. kovačević, rn": an initial opening the line, the surname, a comma, the credential ending the line.
  // Round 142: or after a signature's dashes opening the line ("-- k. delacroix, rn").
  if (gap === ', ' && given.single && given.text === given.lower && given.dotAfter && doc.text.slice(given.end, sur.start) === '. ' && (startsLine(doc.text, given.start) || SIGNATURE_DASHES_BEFORE.test(doc.text.slice(Math.max(0, given.start - 8), given.start))) && /^[ \t]*(?:\r?\n|$)/.test(doc.text.slice(cred.end, cred.end + 4))) {
    pushName(doc, out, i - 2, i - 1, 0.7, { kind: 'context', detail: `lower-credential-signoff:${cred.text}` });
    return i;
  }
  if (gap !== ' ' || doc.text.slice(given.end, sur.start) !== ' ' || !unlistedLowerNamePart(doc, given)) return -1;
  const before = tokens[i - 3];
  const lead = doc.text.slice(before === undefined ? 0 : before.end, given.start);
  const handOff = before !== undefined && HANDOFF_PREPOSITIONS.has(before.lower) && lead === ' ';
  if (!handOff && !(before === undefined ? /^[ \t]*-{0,2}[ \t]?$/ : LINE_OR_DASH_LEAD).test(lead)) return -1;
  pushName(doc, out, i - 2, i - 1, 0.7, { kind: 'context', detail: `lower-credential-unlisted:${cred.text}` });
  return i;
}

/** A service a staff member comes from, after " from ": "PT", "OT", "IV team", "pharmacy", "wound care". */
const STAFF_SERVICE_AFTER = /^ from (?:(?:PT|OT|ST|RT|SLP|SW|CM|IV|PICC|WOC|rehab|pharmacy|wound care|case management|social work|dietary|nutrition|chaplaincy|spiritual care|transport|palliative|hospice|respiratory|physical therapy|occupational therapy|speech)(?![\w\-])|IV team\b)/;

/**
 * Round 85: "luz from OT this am", "Tomasz from IV team": a listed name of no English word, in any case, before "from"
 * and the service the person works in; "leg from PT", "Heparin from pharmacy" (no name list's) stay.
 */
function staffFromServiceRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.single || t.text.length < 3 || doc.isCommon[i] !== 0 || !LETTERS_ONLY.test(t.text) || doc.allCaps || (t.upper && t.text.length < 5)) return -1;
  if (doc.isFirst[i] === 0 && doc.isSur[i] === 0) return -1;
  if (lexicon.EPONYMS.has(t.lower) || lexical(doc, tokens, i).eponymHere || !STAFF_SERVICE_AFTER.test(doc.text.slice(t.end, t.end + 28))) return -1;
  pushName(doc, out, i, i, 0.7, { kind: 'context', detail: 'staff-from-service' });
  return i;
}

/** A nurse's credential typed in lower case (asked of every word: string compares, no regex). */
const lowerNurseCredential = (w: string): boolean => w === 'rn' || w === 'lpn' || w === 'lvn';

/**
 * Round 145: lower-case credentials a bedside sign-off puts after the writer's initials ("-ab rn", "-mk np", "-dj emt-p").
 * All lower case: ruleAt rules out capitalised and upper-case tokens before probing the set.
 */
const SIGNOFF_CREDENTIALS: ReadonlySet<string> = new Set(['rn', 'lpn', 'lvn', 'np', 'cna', 'emt', 'emt-p', 'emt-b', 'md', 'pa', 'rt', 'rrt', 'sw', 'msw', 'lcsw']);
/** The credential closing the sign-off's line: its end, a full stop, or a paramedic's "-p" ("emt-p"). */
const SIGNOFF_CREDENTIAL_CLOSE = /^(?:-[a-z])?\.?[ \t]*(?:\r?\n|$)/;
/**
 * Round 145: two lower-case initials right after a dash, the dash opening the line or after a blank, then the
 * credential closing the line: "-ab rn", "no events -jw rn", "\n-dj emt-p". "well-ab rn" (no blank before the dash),
 * "-ab rn to call" (the line goes on) stay.
 */
function dashInitialsSignoffRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const cred = tokens[i] as Token;
  const initials = tokens[i - 1] as Token;
  if (initials.text.length !== 2 || initials.text !== initials.lower || !LETTERS_ONLY.test(initials.text) || doc.text.slice(initials.end, cred.start) !== ' ') return -1;
  if (charAt(doc.text, initials.start - 1) !== 45 || !(initials.start === 1 || /[ \t\n]/.test(doc.text.charAt(initials.start - 2)))) return -1;
  if (!SIGNOFF_CREDENTIAL_CLOSE.test(doc.text.slice(cred.end, cred.end + 6))) return -1;
  pushName(doc, out, i - 1, i - 1, 0.7, { kind: 'context', detail: `dash-initials-credential:${cred.text}` });
  return i;
}

const HANDOFF_PREPOSITIONS = new Set(['to', 'from', 'by', 'with', 'per']);

function credentialRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (!isCredential(doc, t) || i === 0 || !(t.upper || /[a-z]/.test(t.text))) return -1;
  // "Alcon Clareon CNA0T0": letters run on into a model code, no credential.
  // A resident's year runs on into its digit as written ("Ortiz, PGY2").
  if (t.end < doc.text.length && isAlnumCode(doc.text.charCodeAt(t.end)) && !(t.text === 'PGY' && RESIDENT_YEAR_AFTER.test(doc.text.slice(t.end, t.end + 2)))) return -1;
  const before = tokens[i - 1] as Token;
  // "Transfusing RN:", "Receiving RN:", "Admitting MD:": a form's label naming the role by what it does, when the
  // word is in no name list ("Manning RN:" keeps its name).
  // A role's gerund is the label even when a name list holds it too ("Reading MD:", "Covering MD:").
  if (/ing$/.test(before.lower) && ((doc.isFirst[i - 1] === 0 && doc.isSur[i - 1] === 0) || ROLE_GERUNDS.has(before.lower)) && doc.text.charCodeAt(t.end) === 58) return -1;
  // "WOC RN", "PICC RN", "ICU RN": a service's acronym before the credential names a kind of nurse, not a person.
  if (acronym(doc, before) && CLINICAL_ACRONYMS.has(before.text)) return -1;
  // Round 58: "(6W RN)", "4S RN": a unit's letter run on from its floor's digit is no initial.
  if (before.single && before.start > 0 && isDigit(doc.text.charCodeAt(before.start - 1))) return -1;
  const gap = doc.text.slice(before.end, t.start);
  // "R. Delacroix-Moore (EMT-B)", "Jo (RPh)": a credential in brackets, closed or followed by its number.
  // The word before is a listed name of no English word, or a surname after an initial: "Doctor of Medicine (MD)",
  // "Paramedic (EMT-P)" spell the credential out.
  const bracketed = /^[ \t]?\($/.test(gap) && /^(?:\)|[ \t]#)/.test(doc.text.slice(t.end, t.end + 2)) && doc.isCommon[i - 1] === 0 &&
    (((doc.isFirst[i - 1] === 1 || doc.isSur[i - 1] === 1) && !lexicon.EPONYMS.has(before.lower)) || (i > 1 && (tokens[i - 2] as Token).single && (tokens[i - 2] as Token).dotAfter));
  if (!bracketed && (!/^\.?,?[ \t]{0,2}$/.test(gap) || gap.length === 0)) return -1;
  // The name ends before a generational suffix: "Obi Cross III, NP".
  const e = i > 1 && GENERATIONAL_SUFFIX.test(before.text) && joins(doc, tokens[i - 2] as Token, before) ? i - 2 : i - 1;
  const prev = tokens[e] as Token;
  // Round 85: "asks for a Tagalog-speaking RN", "a Spanish-speaking RN": what the nurse speaks or was trained in, no name.
  if (SKILL_COMPOUND.test(prev.text)) return -1;
  const ambiguous = AMBIGUOUS_CREDENTIALS.has(t.text);
  const comma = gap.includes(',');
  // PT, PA, MA, DO, RD are also words; after a name they count only behind a comma ("Lee, PA") and a name of
  // the lists, or a full name; and after "SURNAME, GIVEN" in capitals, followed by no more capitals ("DO NOT").
  const dictionaryName = (doc.isFirst[e] === 1 || doc.isSur[e] === 1) && doc.isCommon[e] === 0;
  const next = tokens[i + 1];
  let capsStart = ambiguous && !comma && !(next !== undefined && next.upper) ? invertedCapsName(doc, tokens, e) : -1;
  if (capsStart < 0 && !comma) capsStart = bareCommaName(doc, tokens, e);
  // A caps note writes every word in capitals: before a credential that is no word ("MD", "CRNA"), "OKONKWO, CHIDI
  // MD" and "C. OKONKWO MD" still name the signer.
  if (doc.allCaps && !ambiguous && !comma && capsStart < 0) capsStart = capsInitialName(doc, tokens, e) ?? invertedCapsName(doc, tokens, e, true);
  // Round 83: a run sheet's crew in capitals, "CREW: R. ABUBAKAR EMT, L. SZABO EMT": an initial and a surname of no
  // English list before an ambiguous credential that closes the entry (a comma, a stop, a bracket or the line's end);
  // "E. COLI PT" is a germ's species, "DO NOT" runs on.
  if (doc.allCaps && ambiguous && !comma && capsStart < 0 && doc.isCommon[e] === 0 && !SPECIES_EPITHETS.has(prev.lower) && CREDENTIAL_CLOSES.test(doc.text.slice(t.end, t.end + 2))) {
    capsStart = capsInitialName(doc, tokens, e) ?? -1;
  }
  if (doc.allCaps && !ambiguous && !comma && capsStart < 0) capsStart = capsGivenSurname(doc, tokens, e, t);
  // "R. Nwachukwu NP", "K. Marsh DO": an initial with its period and a capitalised word before an ambiguous credential
  // is a name's shape without a comma ("swab NP", "Fall River MA" have none).
  const initialName = ambiguous && !doc.allCaps && prev.capitalized && e > 0 && (tokens[e - 1] as Token).single && (tokens[e - 1] as Token).dotAfter &&
    isUpperLetter((tokens[e - 1] as Token).text) && doc.text.slice((tokens[e - 1] as Token).end, prev.start) === '. ';
  // "h. lindqvist, MD", "j. ramos, PCT", "-- m. delacroix RN": a name typed in lower case, an initial and a surname
  // of no English list, before a comma, or before a credential that is no word without one.
  if (!shaped(doc, prev) && (comma || !ambiguous) && t.upper && !doc.allCaps && lowerInitialSurname(doc, tokens, e)) {
    pushName(doc, out, e - 1, e, 0.8, { kind: 'context', detail: `credential:${t.text}` });
    return i;
  }
  if ((ambiguous || doc.allCaps) && !comma && capsStart < 0 && !initialName) return -1;
  if (ambiguous && capsStart < 0 && !dictionaryName && !fullNameBefore(doc, tokens, e, t)) return -1;
  // "— kdiaz CPhT": a login before the credential.
  if (!shaped(doc, prev) && !ambiguous && t.text !== t.lower && loginName(doc, prev)) {
    pushName(doc, out, e, e, 0.8, { kind: 'context', detail: `credential-login:${t.text}` });
    return i;
  }
  // Round 45: "handoff to rose RN", "report from faith LPN": a nursing note's lower-case given name that is also a
  // word, between a handoff's preposition and a nurse's credential (not "BP rose RN aware": no preposition before).
  // Round 146: a unit's capitals there name the nurse's post ("called to ED RN Devon", "report to ICU RN").
  if (!shaped(doc, prev) && !comma && e === i - 1 && NURSE_CREDENTIALS.has(t.text) && doc.isFirst[e] === 1 && LETTERS_ONLY.test(prev.text) && !(prev.upper && !doc.allCaps) &&
    HANDOFF_PREPOSITIONS.has(tokens[e - 1]?.lower ?? '') && doc.text.slice((tokens[e - 1] as Token).end, prev.start) === ' ' && !FUNCTION_WORDS.has(prev.lower)) {
    pushName(doc, out, e, e, 0.75, { kind: 'context', detail: `handoff-credential:${t.text}` });
    return i;
  }
  // A nurse's sign-off by initials after its mark or a signing label's "by", closing the line or before a stamp:
  // "-KM, RN", "~JT RN", "/sm LPN", "Note by: KM, RN".
  if (e === i - 1 && signOffInitials(doc, prev) && (SIGN_OFF_CLOSES.test(doc.text.slice(t.end, t.end + 2)) || STAMP_AFTER.test(doc.text.slice(t.end, t.end + 5)))) {
    pushName(doc, out, e, e, 0.75, { kind: 'context', detail: `signoff-initials:${t.text}` });
    return i;
  }
  if (!shaped(doc, prev)) return -1;
  // "Oregon LCSW License L8802", "Texas RN lic. 41877": the state that issued the licence, no name ("Georgia, RN" and
  // "Georgia RN" alone stay a nurse's name).
  if (!comma && lexicon.US_STATES.has(prev.lower) && LICENCE_AFTER.test(doc.text.slice(t.end, t.end + 12))) return -1;
  // "CRUZ, MAJOR MD": a given name in capitals after the surname's comma may be a word or a rank.
  if (capsStart < 0 && nameness(doc, tokens, e) < 0.35 && !(prev.upper && (capsStart = invertedCapsName(doc, tokens, e)) >= 0)) return -1;
  let k = e;
  for (let parts = 1; k > 0 && parts < 4; ) {
    const p = tokens[k - 1] as Token;
    if (!joins(doc, p, tokens[k] as Token)) break;
    // "Marit van den Hoek, MD": particles inside the name do not count as parts.
    if (lowerParticle(p) && k - 1 > e - 4) {
      k--;
      continue;
    }
    if (!shaped(doc, p) || nameness(doc, tokens, k - 1) < 0.1) break;
    if (isTitle(doc, p)) {
      k--;
      break;
    }
    k--;
    parts++;
  }
  // "TA, GRETHE M MD", "ST. JOHN, ODA C DO": the surname before the comma.
  const inverted = capsStart >= 0 ? capsStart : (tokens[k] as Token).upper ? invertedCapsName(doc, tokens, e) : -1;
  if (inverted >= 0 && inverted < k) k = inverted;
  pushName(doc, out, k, i - 1, 0.88, { kind: 'context', detail: `credential:${t.text}` });
  // Round 161: Cerner prints its signers "Surname MD, Given" ("Verified by: Eriksen MD, Torvald on 11/29/2026"): after
  // a lone surname, the credential's comma and a capitalised word of no English list closing the entry.
  const g = tokens[i + 1];
  if (k === e && e === i - 1 && !comma && g !== undefined && g.capitalized && !g.upper && g.start === t.end + 2 && doc.text.charCodeAt(t.end) === 44 &&
    doc.isCommon[i + 1] === 0 && LETTERS_ONLY.test(g.text) && !isTitle(doc, g) && GIVEN_AFTER_CREDENTIAL_CLOSES.test(doc.text.slice(g.end, g.end + 4))) {
    pushName(doc, out, i + 1, i + 1, 0.8, { kind: 'context', detail: `credential-given:${t.text}` });
  }
  return i;
}

/** What closes "Surname MD, Given": the line's end, two blanks, "on" or "at" a stamp, a bracket. */
const GIVEN_AFTER_CREDENTIAL_CLOSES = /^(?:[ \t]*(?:\r?\n|$)|[ \t]{2}|[ \t](?:on|at)[ \t]|[ \t]?\()/;

/**
 * Round 161: MEDITECH and other printouts write "Surname,Given" with no blank after the comma ("Marchetti,Gina RN",
 * "ATTEND: Thibodeaux,Lucien MD", "Okonkwo,Emeka PT"), where prose would put one: two capitalised words of no English
 * list (or listed names) joined by the bare comma before a credential. The surname's index, or -1.
 */
function bareCommaName(doc: DocumentView, tokens: readonly Token[], e: number): number {
  const given = tokens[e] as Token;
  const sur = tokens[e - 1];
  if (doc.allCaps || sur === undefined || !given.capitalized || !sur.capitalized || given.upper || sur.upper) return -1;
  if (sur.end + 1 !== given.start || doc.text.charCodeAt(sur.end) !== 44) return -1;
  for (const k of [e - 1, e]) {
    const w = tokens[k] as Token;
    if (!LETTERS_ONLY.test(w.text) || isTitle(doc, w) || (doc.isCommon[k] === 1 && doc.isFirst[k] === 0 && doc.isSur[k] === 0)) return -1;
  }
  return e - 1;
}

/** What may follow a sign-off's credential: the line's or the text's end, or a full stop. */
const SIGN_OFF_CLOSES = /^(?:\.?[ \t]*(?:\r?\n|$))/;
/**
 * A sign-off's mark ("-", "--", "~", "/", a dash) opening its line or after a sentence's end, then one blank at most;
 * or a signing label's "by" ("Note by: KM, RN", "Entered by JT RN").
 */
const SIGN_OFF_MARK_BEFORE = /(?:(?:^|[\n.!?)][ \t]{1,2}|[ \t]{2})(?:-{1,2}|~|\/|—|–)[ \t]?|(?:^|[^\p{L}])[Bb][Yy]:?[ \t])$/u;
/** A stamp after a signing label's credential: "Entered by: JT RN 12/01/2026 14:02". */
const STAMP_AFTER = /^[ \t]{1,2}\d{1,2}[\/:.\-]\d/;
/**
 * Two or three letters right after a sign-off's mark that are no acronym, state code, word or credential ("-KM", "/sm";
 * not "-ICU", "- ok").
 */
function signOffInitials(doc: DocumentView, t: Token): boolean {
  if (t.text.length < 2 || t.text.length > 3 || !/^(?:[A-Z]{2,3}|[a-z]{2,3})$/.test(t.text) || acronymNotInitials(doc, t, t.index) || FUNCTION_WORDS.has(t.lower)) return false;
  return SIGN_OFF_MARK_BEFORE.test(doc.text.slice(Math.max(0, t.start - 6), t.start));
}

/** text[from, to) is a comma and at most one blank (/^,[ \t]?$/ by char codes: it is asked of many gaps). */
const commaGap = (text: string, from: number, to: number): boolean =>
  text.charCodeAt(from) === 44 && (to === from + 1 || (to === from + 2 && isBlank(text.charCodeAt(from + 1))));

/** Tokens from k on are one or two lower-case particles and a capitalised word ("van der Molen", "de la Vega"): the word's index, or -1. */
function particleSurnameAt(doc: DocumentView, tokens: readonly Token[], k: number): number {
  let m = k;
  while (m < k + 2 && m + 1 < tokens.length && lowerParticle(tokens[m] as Token) && oneSpace(doc, tokens[m] as Token, tokens[m + 1] as Token)) m++;
  const w = tokens[m];
  return m > k && w !== undefined && w.capitalized ? m : -1;
}

/** Surnames after particles that name a disease or a law, not a person: "von Willebrand disease", "van der Waals". */
const PARTICLE_EPONYMS = new Set(['willebrand', 'hippel', 'hippel-lindau', 'recklinghausen', 'gierke', 'economo', 'graefe', 'meyenburg', 'waals', 'hoeve', 'quervain', 'bogaert', 'heuvel']);

/**
 * 4p. A surname that starts with particles, and the given name before them: "van der Molen is a 60-year-old man",
 * "Patient: van Aalst, Greta", "Rosa de la Vega". One particle alone only if Germanic ("van", "von"): Romance
 * ones start phrases and places too. A capitalised word before the particles that is no name makes a place or a
 * facility of it ("Hospital de la Luz").
 */
function particleSurnameRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  let s = i;
  while (s > 0 && s > i - 2 && lowerParticle(tokens[s - 1] as Token) && oneSpace(doc, tokens[s - 1] as Token, tokens[s] as Token)) s--;
  // "ten", "ter" alone are numbers and words too: "ten Norco tablets".
  const alone = (tokens[s] as Token).lower;
  if (s === i || (s === i - 1 && (!GERMANIC_PARTICLES.has(alone) || alone === 'ten' || alone === 'ter'))) return -1;
  // After one particle a word must be no English word ("the van Driver"); after two a listed surname may be one.
  if (t.single || doc.allCaps || (doc.isCommon[i] === 1 && (doc.isSur[i] === 0 || s === i - 1)) || CALENDAR_WORDS.has(t.lower) || isTitle(doc, t) || endsName(doc, t)) return -1;
  const next = tokens[i + 1];
  if (lexicon.EPONYMS.has(t.fold) || PARTICLE_EPONYMS.has(t.lower) || (next !== undefined && lexicon.EPONYM_HEADS.has(next.lower))) return -1;
  let start = s;
  const g = tokens[s - 1];
  if (g !== undefined && oneSpace(doc, g, tokens[s] as Token) && g.capitalized && !isTitle(doc, g)) {
    // A given name of the lists joins the name ("Rosa de la Vega"); an English word stays out ("Patient van
    // der Molen"); a facility's head or a word of no list makes a place of it ("Hospital de la Luz", "Calle de la Paz").
    const lg = lexical(doc, tokens, s - 1);
    if (endsName(doc, g) || lg.eponymHere || doc.dict.allCities.has(g.lower) || lexicon.US_STATES.has(g.lower) || lexicon.STREET_SUFFIXES.has(g.lower) || lexicon.FACILITY_PREFIXES.has(g.lower)) return -1;
    if ((lg.first || lg.sur) && !FUNCTION_WORDS.has(g.lower)) start = s - 1;
    else if (!lg.common) return -1;
  }
  let j = extendRun(doc, tokens, i, 0.35);
  // "van Aalst, Greta M.": surname, comma, a given name of the lists.
  const after = tokens[j + 1];
  if (after !== undefined && /^, ?$/.test(doc.text.slice((tokens[j] as Token).end, after.start)) && after.capitalized && doc.isFirst[j + 1] === 1 && doc.isCommon[j + 1] === 0) j = extendRun(doc, tokens, j + 1, 0.35);
  pushName(doc, out, start, j, 0.78, { kind: 'context', detail: 'particle-surname' });
  return j;
}

/** Last words of the naming cues of rule 2b: a lower-case unknown word after one of them is looked at. */
const NAMING_CUE_ENDS = new Set(['prefers', 'prefer', 'me', 'is', 'was', 'be', 'named', 'nicknamed', 'name', 'nickname', 'nee', 'née', 'as', 'by', 'aka', 'alias', 'him', 'her', 'called', 'reads', 'reading', 'with', 'it']);
/** Round 102: "you're speaking with", "you are speaking with" before the speaker's name. */
const SPEAKING_WITH_BEFORE = /(?:^|[^\p{L}])(?:you['’]re|you[ \t]are|youre)[ \t]{1,2}speaking[ \t]{1,2}$/iu;
/** Round 102: words that open a reply before the name it gives ("It's Vandermolen.", "yeah it's tobias"). */
const NAME_REPLY_OPENERS = new Set(['it', 's', 'yeah', 'yes', 'sure', 'um', 'uh']);
/** Round 102: a question for a name ending a turn, then the next turn's label and its opening words. */
// Made on first use, as machine code (see machine-code.ts): the bytecode of this one took some 2-9 ms.
const nameAskedTurnBefore = onFirstUse(`\\byour[ \\t]{1,2}(?:(?:first|last|full|middle|maiden|given|family)[ \\t]{1,2})?name${REPLY_TURN_AFTER_QUESTION}$`, 'i');

/**
 * Round 105: talk of a name or its spelling earlier on the line, before a correction "it's <surname>" ("her surname was
 * misspelled on the paperwork (sorry, it's Pennycott)"). "it's Monday", "it's Lasix" with no such talk stay.
 */
const NAME_TALK_BEFORE = /(?:^|[^a-z])(?:(?:sur|last[ \t]|family[ \t]|maiden[ \t])?name|misspelled|misspelt|spelled|spelling)(?:[^a-z\n]|$)[^\n]{0,100}$/;
/** The gap before "not" and a corrected spelling after the name: "surname is Tuilagi, not Tuilage". */
const NOT_GAP = /^,?[ \t]{1,2}$/;

/** What bears a name in writing on the body or worn ("tattoo on left forearm reads "Adaeze"", "bracelet engraved reading "Tomasz""). */
const WORN_NAME_WORDS = ['tattoo', 'tattoos', 'tattooed', 'engraved', 'engraving', 'inscribed', 'inscription'];
const WORN_NAME_SET: ReadonlySet<string> = new Set(WORN_NAME_WORDS);

/** One of tokens from-5..from is a worn name's bearer. */
function wornNameBefore(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k >= 0 && k >= from - 5; k--) if (WORN_NAME_SET.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** Words before "name:" that make it a person's name field. */
const PERSON_FIELD_WORDS = new Set(['patient', 'pt', 'my', 'your', 'his', 'her', 'member', 'client', 'resident', 'contact', 'caller', 'guardian', 'subscriber', 'insured', 'applicant', 'employee', 'student']);

const NON_ASCII_LETTER = /[^\x00-\x7F]/;

/**
 * Which naming cue, if any, stands right before token i: "call me", "my name is", "your last name?",
 * "named", "née", "known as", "goes by", "aka". `explicit`: the cue says outright that a name follows.
 */
function namingCue(doc: DocumentView, tokens: readonly Token[], i: number): { cue: string; explicit: boolean } | undefined {
  const p1 = tokens[i - 1];
  if (!p1) return undefined;
  // Round 102: the reply to "your last name?" in the next labelled turn of a transcript ("Pharmacist: ... your last
  // name?\nCaller: It's Vandermolen."): tried only after a label's colon or a reply's opening word.
  if ((charAt(doc.text, p1.end) === 58 || NAME_REPLY_OPENERS.has(p1.lower)) && nameAskedTurnBefore().test(doc.text.slice(Math.max(0, (tokens[i] as Token).start - 90), (tokens[i] as Token).start))) return { cue: 'your name?', explicit: true };
  if (!NAMING_CUE_ENDS.has(p1.lower)) return undefined;
  const p2 = tokens[i - 2];
  const w1 = p1.lower;
  const w2 = p2?.lower;
  const gap = (): string => doc.text.slice(p1.end, (tokens[i] as Token).start);
  if (w1 === 'name') {
    // "What's your name? Jildau", "your last name? Baba": a question answered by the name.
    const asked = w2 === 'your' || (w2 !== undefined && NAME_KINDS.has(w2) && tokens[i - 3]?.lower === 'your');
    if (asked && /^\?[ \t]{1,2}$/.test(gap())) return { cue: 'your name?', explicit: true };
    // Round 134: "hi my name ottilie brandvold, i was told": a message typed without its "is".
    if (w2 === 'my' && gap() === ' ') return { cue: 'my name', explicit: true };
    // "name: hyuuma t. maida" as a field of its own or of a person ("patient name:"), not "drug name:".
    const field = p2 === undefined || /\n/.test(doc.text.slice(p2.end, p1.start)) || (w2 !== undefined && (PERSON_FIELD_WORDS.has(w2) || NAME_KINDS.has(w2)));
    // A form may align its values: "name:     tove a. brandt".
    return field && /^:[ \t]{1,8}$/.test(gap()) ? { cue: 'name:', explicit: true } : undefined;
  }
  let found: { cue: string; explicit: boolean } | undefined;
  if (w1 === 'me' && (w2 === 'call' || w2 === 'calls' || w2 === 'called')) found = { cue: 'call me', explicit: false };
  else if ((w1 === 'him' || w1 === 'her') && w2 === 'named') found = { cue: 'named', explicit: true };
  // Round 90: the name a family uses, as a message gives it: 'everyone calls her "Peggy"', "we call him Bubba"; a loose
  // cue (a listed name of no word, or one in quotes: "called him a cab", "calls her honey" stay).
  else if ((w1 === 'him' || w1 === 'her') && (w2 === 'call' || w2 === 'calls' || w2 === 'called')) found = { cue: `${w2} ${w1}`, explicit: false };
  else if ((w1 === 'is' || w1 === 'was') && w2 === 'name') found = { cue: 'name is', explicit: true };
  // Round 102: an advice line's greeting, "you're speaking with Tamsin".
  else if (w1 === 'with' && w2 === 'speaking' && SPEAKING_WITH_BEFORE.test(doc.text.slice(Math.max(0, p1.start - 24), p1.start))) found = { cue: 'speaking with', explicit: true };
  // Round 105: "Correction: surname is Tuilagi", and a correction after talk of the name ("(sorry, it's Pennycott)").
  else if ((w1 === 'is' || w1 === 'was') && w2 === 'surname') found = { cue: 'surname is', explicit: true };
  // (The tokens hold "it" alone: the "'s" stays in the gap.)
  else if (w1 === 'it') return /^['’]s[ \t]{1,2}$/.test(gap()) && NAME_TALK_BEFORE.test(doc.lower.slice(Math.max(0, p1.start - 140), p1.start)) ? { cue: "it's", explicit: true } : undefined;
  // Round 73: a name chosen ahead, as a birth plan gives the baby's: "baby's name will be Ottoline", "her name would be".
  else if (w1 === 'be' && (w2 === 'will' || w2 === 'would') && tokens[i - 3]?.lower === 'name') found = { cue: 'name will be', explicit: true };
  else if (w1 === 'named' || w1 === 'nicknamed' || w1 === 'nee' || w1 === 'née') found = { cue: w1, explicit: true };
  // "Alias: "Jay"", "AKA: Tiny": a form's field for another name the person goes by.
  else if ((w1 === 'alias' || w1 === 'aka') && /^:[ \t]{1,8}["“'‘]?$/.test(gap())) return { cue: 'alias:', explicit: true };
  else if (w1 === 'aka' || w1 === 'alias' || (w1 === 'as' && w2 === 'known') || (w1 === 'by' && (w2 === 'goes' || w2 === 'go')) || (w1 === 'called' && w2 === 'be')) found = { cue: `${w2 ?? ''} ${w1}`, explicit: false };
  // 'tattoo on left forearm reads "Adaeze"': a name written on the body, in quotes (checked below) or listed.
  else if ((w1 === 'reads' || w1 === 'reading') && wornNameBefore(tokens, i - 2)) found = { cue: 'tattoo reads', explicit: false };
  // Round 168: 'prefers "Zeke"', 'she prefers “Goz”': the name a person wants to be called, in quotes only ("prefers
  // comfort care", 'prefers "comfort care"' in lower case stay: the quoted word must read as a name).
  else if ((w1 === 'prefers' || w1 === 'prefer') && /^[ \t]{1,2}["“'‘]$/.test(gap())) return { cue: 'prefers', explicit: false };
  // "Nickname: Rusty": the field says outright that a name follows.
  else if (w1 === 'nickname' && /^:[ \t]{1,8}$/.test(gap())) return { cue: 'nickname:', explicit: true };
  // The name may stand in quotes: 'goes by "Bubba"'.
  return found && /^[ \t]{1,2}["“'‘]?$/.test(gap()) ? found : undefined;
}

/** Tokens i..j stand in quotes, the opening one right after the cue: 'goes by "Bubba"', "aka 'Tiny'". */
function quotedAfterCue(doc: DocumentView, tokens: readonly Token[], i: number, j: number): boolean {
  const open = doc.text.charCodeAt((tokens[i] as Token).start - 1);
  const close = doc.text.charCodeAt((tokens[j] as Token).end);
  return (open === 34 && close === 34) || (open === 0x201c && close === 0x201d) || (open === 39 && close === 39) || (open === 0x2018 && close === 0x2019);
}

/** A lower-case word that can be part of a name after a naming cue: a listed name, or a word with accents ("višeslav"). */
function lowerNamePart(doc: DocumentView, tokens: readonly Token[], k: number, explicit: boolean): boolean {
  const t = tokens[k] as Token;
  if (t.single || shaped(doc, t) || FUNCTION_WORDS.has(t.lower) || !LETTERS_ONLY.test(t.text)) return false;
  const lx = lexical(doc, tokens, k);
  if (lx.common || NAMING_CUE_ENDS.has(t.lower)) return false;
  return explicit || lx.first || lx.sur || NON_ASCII_LETTER.test(t.text);
}

/**
 * Round 44: "my name is tanisha brooks": after an explicit cue and a listed given name, a lower-case surname that is
 * also a word ("brooks", "bell", "rivers") is the surname; the given name must be listed, so "my name is tom pain"
 * finds only "tom" unless "pain" were a surname (it is not).
 */
function lowerSurnameAfterGiven(doc: DocumentView, tokens: readonly Token[], i: number, k: number, explicit: boolean): boolean {
  const t = tokens[k] as Token;
  if (!explicit || k !== i + 1 || t.single || shaped(doc, t) || FUNCTION_WORDS.has(t.lower) || NAMING_CUE_ENDS.has(t.lower) || !LETTERS_ONLY.test(t.text)) return false;
  return lexical(doc, tokens, i).first && lexical(doc, tokens, k).sur;
}

// Words that must be in a document for rules 2b, 3b, 4m, 4p and 5c to find anything there. The view indexes
// them (NAME_RECOGNIZER.indexWords), so each document is checked with a few map probes, not per token.
const NAMING_CUE_WORDS = ['prefers', 'prefer', 'surname', 'misspelled', 'misspelt', 'spelled', 'spelling', 'name', 'speaking', 'named', 'nicknamed', 'nickname', 'call', 'calls', 'called', 'nee', 'née', 'aka', 'alias', 'known', 'goes', 'go', ...WORN_NAME_WORDS];
const ADDRESS_CUE_WORDS = [...ADDRESS_CUES, ...lexicon.VALEDICTIONS];
const QUOTE_VERB_WORDS = [...QUOTE_VERBS];

const PARTICLE_WORDS = [...PARTICLES];

const NAMING = 1;
const QUOTE = 2;
const ADDRESS = 4;
const PREDICATE = 8;
const PARTICLE = 16;
/** Cue word -> which of the gates below it opens. */
const CUE_GATES = new Map<string, number>();
for (const [words, bit] of [[NAMING_CUE_WORDS, NAMING], [QUOTE_VERB_WORDS, QUOTE], [ADDRESS_CUE_WORDS, ADDRESS], [PREDICATE_WORDS, PREDICATE], [PARTICLE_WORDS, PARTICLE]] as const) {
  for (const w of words) CUE_GATES.set(w, (CUE_GATES.get(w) ?? 0) | bit);
}

/** Set by findNames for the document being read: most documents hold none of these cues. */
let namingCuesInDoc = false;
let quoteVerbsInDoc = false;
let addressCuesInDoc = false;
let predicateWordsInDoc = false;
let particlesInDoc = false;

/** Which cue gates the document opens: one pass over its indexed words (a handful), not a probe per cue word. */
function cueGates(doc: DocumentView): number {
  let gates = 0;
  for (const w of doc.wordIndex.keys()) gates |= CUE_GATES.get(w) ?? 0;
  return gates;
}

/** 2b. A name right after a naming cue, in any case: "call me Piusz", "my name is borna jerković", "your last name? Baba". */
function namingCueRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (!namingCuesInDoc) return -1;
  if (t.single) return t.text === 'Ó' ? irishSurnameAfterCue(doc, tokens, i, out) : -1;
  const found = namingCue(doc, tokens, i);
  if (!found) return -1;
  const lx = lexical(doc, tokens, i);
  if (shaped(doc, t)) {
    // A capitalised name after "Name:" is rule 3's (it also takes "SMITH, JOHN").
    if (found.cue === 'name:') return -1;
    if (acronym(doc, t) || lx.eponymHere || functionOrCalendar(t) || isTitle(doc, t)) return -1;
    // Round 140: a short word in quotes after "goes by" is the name worn ('goes by "Dot"', "goes by 'Pip'"); nicknames are
    // short, where a longer quoted word is a thing's ('goes by "Tylenol" at home').
    const quotedNickname = (found.cue === 'goes by' || found.cue === 'go by') && t.text.length <= 5 && LETTERS_ONLY.test(t.text) && quotedAfterCue(doc, tokens, i, i);
    // Round 168: after "prefers" (always in quotes), a listed given name, or a short word of no list ('prefers "Goz"');
    // a drug's or a food's brand is longer ('prefers "Tylenol"', 'prefers "Ensure"' stay).
    if (found.cue === 'prefers' && !(lx.first || (t.text.length <= 4 && !lx.common && LETTERS_ONLY.test(t.text)))) return -1;
    if (lx.common && !lx.first && !(found.explicit && lx.sur) && !quotedNickname) return -1;
    // "also known as Takotsubo": after the loose cues only a listed name, or a word in quotes ('goes by "Tiny"');
    // "call me" is said of oneself; after "goes by" and "to be called" a given name that is a word too ("goes by Rusty"),
    // or a word of no list ("goes by Bataa").
    const j = extendRun(doc, tokens, i, 0.3);
    const personal = found.cue === 'call me' || ((found.cue === 'goes by' || found.cue === 'go by' || found.cue === 'be called') && (lx.first || !lx.common));
    if (!found.explicit && !personal && !((lx.first || lx.sur) && !lx.common) && !quotedAfterCue(doc, tokens, i, j)) return -1;
    pushName(doc, out, i, j, 0.85, { kind: 'context', detail: `naming-cue:${found.cue}` });
    // Round 105: the wrong spelling a correction names after it ("surname is Tuilagi, not Tuilage") is the name too.
    const not = tokens[j + 1];
    const wrong = tokens[j + 2];
    if ((found.cue === 'surname is' || found.cue === "it's") && not?.lower === 'not' && wrong !== undefined && wrong.capitalized && !wrong.single && NOT_GAP.test(doc.text.slice((tokens[j] as Token).end, not.start)) && /^[ \t]{1,2}$/.test(doc.text.slice(not.end, wrong.start))) {
      const lw = lexical(doc, tokens, j + 2);
      if (!lw.eponymHere && !(lw.common && !lw.first && !lw.sur) && !functionOrCalendar(wrong)) {
        pushName(doc, out, j + 2, j + 2, 0.8, { kind: 'context', detail: `naming-cue:${found.cue}:not` });
        return j + 2;
      }
    }
    return j;
  }
  // A correction's "it's" takes only a capitalised word ("it's fine", "it's pending" stay).
  if (found.cue === "it's") return -1;
  // "Name: VO, SARA": a short surname in capitals before its given name is rule 3's, which takes both.
  if (found.cue === 'name:' && t.upper && SURNAME_COMMA_CAPS.test(doc.text.slice(t.end, t.end + 3))) return -1;
  // Round 140: "call me bill", "this is bill, call me bill,": a listed given name that is also a word, said of oneself and
  // closing the clause ("call me back", "call me at 2" are no names, "call me tuesday" a day).
  if (found.cue === 'call me' && lexical(doc, tokens, i).first && !CALENDAR_WORDS.has(t.lower) && LETTERS_ONLY.test(t.text) && /^(?:[,.;!?]|[ \t]*(?:\r?\n|$))/.test(doc.text.slice(t.end, t.end + 3))) {
    pushName(doc, out, i, i, 0.75, { kind: 'context', detail: 'naming-cue:call me' });
    return i;
  }
  if (!lowerNamePart(doc, tokens, i, found.explicit)) return -1;
  // More lower-case parts: "borna jerković", "hyuuma t. maida" (an initial only between two words).
  let j = i;
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    const prev = tokens[k - 1] as Token;
    const next = tokens[k] as Token;
    const gap = doc.text.slice(prev.end, next.start);
    if (gap !== ' ' && !(prev.single && gap === '. ')) break;
    if (next.single && !shaped(doc, next) && k + 1 < tokens.length) continue;
    if (!lowerNamePart(doc, tokens, k, found.explicit) && !(k === j + 1 && lowerSurnameAfterGiven(doc, tokens, i, k, found.explicit))) break;
    j = k;
  }
  // Without its "is", one lower-case word of no list is as likely a word of chat ("my name pls"): a listed name, or two parts.
  if (found.cue === 'my name' && j === i && !lexical(doc, tokens, i).first && !lexical(doc, tokens, i).sur) return -1;
  pushName(doc, out, i, j, 0.8, { kind: 'context', detail: `naming-cue:${found.cue}` });
  return j;
}

/**
 * Round 142: an Irish surname's "Ó" (grandson of) and the capitalised name after it, after an explicit naming cue
 * ("née Ó Súilleabháin", "named Ó Briain"): the particle is one letter, which the naming rule passes over otherwise.
 */
function irishSurnameAfterCue(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const n = tokens[i + 1];
  if (n === undefined || !n.capitalized || !oneSpace(doc, tokens[i] as Token, n)) return -1;
  const found = namingCue(doc, tokens, i);
  if (!found?.explicit) return -1;
  pushName(doc, out, i, i + 1, 0.85, { kind: 'context', detail: `naming-cue:${found.cue}` });
  return i + 1;
}

/** 3b. The speaker named after a quotation: '"We are moving," says Bergqvist.', "Great! said Maslin to Anna". */
function quoteSpeakerRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (!quoteVerbsInDoc) return -1;
  const verb = tokens[i - 1];
  if (!verb || !t.capitalized || t.single || !QUOTE_VERBS.has(verb.lower) || doc.text.slice(verb.end, t.start) !== ' ') return -1;
  if (!/[,.!?]["”’']?[ \t]{1,2}$|["”][ \t]{1,2}$/.test(doc.text.slice(Math.max(0, verb.start - 4), verb.start))) return -1;
  const lx = lexical(doc, tokens, i);
  if (lx.eponymHere || (lx.common && !lx.first) || doc.dict.allCities.has(t.lower)) return -1;
  const j = extendRun(doc, tokens, i, 0.3);
  // The speaker ends the clause or is followed by whom he speaks to.
  if (!/^(?:[ \t]?[.,!?;:]|[ \t]to[ \t]|$)/.test(doc.text.slice((tokens[j] as Token).end, (tokens[j] as Token).end + 4))) return -1;
  pushName(doc, out, i, j, 0.75, { kind: 'context', detail: `quote-speaker:${verb.lower}` });
  return j;
}

/** Round 141: a text's short thanks before a signing capital. */
const SHORT_THANKS: ReadonlySet<string> = new Set(['thx', 'thanks', 'tx', 'ty', 'tks']);

/** 5c. The person addressed: "Don't go to town, Derrick!", "Remember me, Maria?", "Thanks, Mark.", "Vide, can I speak to ...". */
function vocativeRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  // Round 141: one capital signing a text after its thanks and a dash ("thx - J" closing its line).
  if (t.single && /^\p{Lu}$/u.test(t.text) && addressCuesInDoc && i > 0 && SHORT_THANKS.has((tokens[i - 1] as Token).lower) && /^[ \t]{0,2}[\-–—][ \t]{0,2}$/.test(doc.text.slice((tokens[i - 1] as Token).end, t.start)) &&
    /^[ \t]*(?:\r?\n|$)/.test(doc.text.slice(t.end, t.end + 3))) {
    pushName(doc, out, i, i, 0.65, { kind: 'context', detail: 'thanks-initial' });
    return i;
  }
  if (!t.capitalized || t.single) return -1;
  // Each form needs a comma or a cue word next to the name: test those chars before any look-up (this
  // rule sees most capitalised words that no other rule took).
  const after = charAt(doc.text, t.end);
  const prev = tokens[i - 1];
  const afterComma = t.start >= 2 && doc.text.charCodeAt(t.start - 1) === 32 && doc.text.charCodeAt(t.start - 2) === 44;
  const closing = afterComma && (after === 33 || after === 63);
  // A letter's closing that opens its line ("Best, Marco (MA)"), or "thank you": the writer's or the addressee's name follows.
  const closingLine = addressCuesInDoc && prev !== undefined && (lexicon.VALEDICTIONS.has(prev.lower) ? startsLine(doc.text, prev.start) : prev.lower === 'you' && tokens[i - 2]?.lower === 'thank');
  const greeted = addressCuesInDoc && prev !== undefined && (ADDRESS_CUES.has(prev.lower) || closingLine);
  if (!closing && !greeted && after !== 44) return -1;
  const lx = lexical(doc, tokens, i);
  if (lx.eponymHere) return -1;
  const place = doc.dict.allCities.has(t.lower) || lexicon.US_STATES.has(t.lower);
  let detail: string | undefined;
  if (closing && !place && (lx.first || (after === 33 && !lx.common))) {
    // ", Derrick!" or ", Maria?" closing a sentence: a given name; an unknown word only before "!".
    detail = 'vocative';
  } else if (greeted && /^,?[ \t]$/.test(doc.text.slice((prev as Token).end, t.start)) && (lx.first || signOffWord(doc, tokens, i, lx.common, place)) && (closingLine ? /^(?:[.,!?;:\r\n]|[ \t]\(|$)/ : /^(?:[.,!?;:\r\n]|$)/).test(doc.text.slice(t.end, t.end + 2))) {
    detail = `greeting:${(prev as Token).lower}`; // "Thanks, Mark." "Hi Rose," "thanks Will" ending a chat line (given names that are also words)
  } else if (after === 44 && !place && (lx.first || !lx.common) && !acronym(doc, t) && ADDRESSED_QUESTION.test(doc.text.slice(t.end, t.end + 12)) && opensSentence(doc.text, t.start, QUESTION_OPEN_BEFORE)) {
    detail = 'addressed-question'; // "Vide, can I please speak to ..." at the start of a sentence
  }
  if (detail === undefined) return -1;
  pushName(doc, out, i, i, 0.65, { kind: 'context', detail });
  return i;
}

/**
 * Round 140: a capitalised word of no list closing a message's line after its thanks ("thx, Kat", "thanks, Jojo"): the
 * name a text signs or thanks with; no place, acronym or title ("thanks, Team", "thx, PT" stay).
 */
function signOffWord(doc: DocumentView, tokens: readonly Token[], i: number, common: boolean, place: boolean): boolean {
  const t = tokens[i] as Token;
  return !common && !place && !doc.allCaps && !acronym(doc, t) && !isTitle(doc, t) && LETTERS_ONLY.test(t.text) && /^[ \t]*(?:\r?\n|$)/.test(doc.text.slice(t.end, t.end + 3));
}

/** A licence's word right after a credential: "LCSW License", "RN lic.", "MD license #". */
const LICENCE_AFTER = /^[ \t]{1,2}(?:licen[cs]e|lic\b|lic\.|reg(?:istration)?\b)/i;

/** Role nouns that close a report's field label after a cue ("Ordering Clinician:", "Referring Practitioner:"). */
// Round 65: an operating room's and a procedure suite's roles too, as a header line strings its fields ("Nurse: Wendell
// Ashby, RN   Tech: Ines Varga", "CRNA   Scrub: ...").
const ROLE_FIELD_NOUNS = new Set(['clinician', 'clinicians', 'provider', 'providers', 'physician', 'physicians', 'practitioner', 'prescriber', 'doctor', 'surgeon', 'location', 'facility', 'institution',
  'tech', 'technician', 'technologist', 'scrub', 'circulator', 'assistant', 'anesthesia', 'anesthesiologist', 'anaesthetist', 'endoscopist', 'operator', 'proceduralist', 'witness']);

/** Departments and services, not people: "Seen by Geriatrics (Dr. Huang)", "per Cardiology", "by Neurosurgery". */
const SERVICE_WORD = /(?:ology|ologists?|iatrics|iatry|pedics|paedics|surgery|medicine)$/;

/**
 * A word after a cue that is no name: a service ("Seen by Geriatrics (Dr. Huang)"), a body ("per Tumor Board"), a chief complaint after
 * "CC:" ("CC: Fall", "CC: FALL."), or, in lower case or a caps note, a given name that is also a word where
 * what follows reads as a verb ("son will call", "SON MAY VISIT").
 */
/** The second word of an office that takes no role noun: "Human Resources", "Risk Management", "Patient Relations". */
const OFFICE_WORDS = new Set(['resources', 'management', 'relations',
  // Round 147: the desks of a payer's or an agency's form ("Return to: Driver Safety", "To: Member Appeals", "cc Employee Benefits").
  'safety', 'licensing', 'compliance', 'benefits', 'appeals', 'enrollment', 'eligibility']);
/**
 * Round 147: a department after a credential's comma, a word or a short form before "Health" or "Medicine" ("J. Tran,
 * RN, Occ Health", "MD, Employee Health"): no person.
 */
const DEPARTMENT_HEADS = new Set(['health', 'medicine']);
/** Round 147 (after the fresh set): a desk named alone after "To:" or "Attn:" before a comma or the line's end ("To: Billing, <practice>"). */
const DESK_WORDS = new Set(['billing', 'scheduling', 'registration', 'underwriting', 'admissions', 'credentialing']);
const DEPARTMENT_SHORT_FORMS = new Set(['occ', 'occup', 'emp', 'empl', 'fam', 'int', 'peds', 'stu']);
/** A credential in capitals and its comma right before a word ("RN, ", "MD, "). */
const CREDENTIAL_COMMA_BEFORE = /(?:^|[^A-Za-z])[A-Z][A-Za-z]{0,4}[A-Z],[ \t]{1,2}$/;
/** Round 136: the words of a number's label ("Juror Number:", "Claimant No. 4471", "Employee ID#"). */
const NUMBER_LABEL_WORDS = new Set(['number', 'no', 'num', 'nbr', 'id']);
/** The label's end: a colon, a number sign or digits after its period and blanks. */
const NUMBER_LABEL_AFTER = /^\.?[ \t]{0,2}(?::|#|\d)/;
/** Round 136: roles a form letter greets, alone or joined by a slash or "or" ("Dear Parent/Guardian,", "Dear Caregiver:"). */
const GREETED_ROLES = new Set(['parent', 'parents', 'guardian', 'guardians', 'caregiver', 'carer', 'family', 'patient', 'colleague', 'colleagues', 'member', 'resident', 'neighbor', 'neighbour', 'friend', 'friends']);
/** What follows the greeted role: its comma or colon, a slash, or "or"/"and" before another role. */
const GREETED_ROLE_AFTER = /^(?:[ \t]*[,:\/]|[ \t]{1,2}(?:or|and|&)[ \t])/;
/** Round 152: words called "Dr." that are a brand or a character, and the words that show them so nearby. */
const DR_BRAND_USE: ReadonlyMap<string, RegExp> = new Map([
  ['comfort', /\b(?:shoes?|footwear|insoles?|inserts?|orthotics?|boots?|sneakers?|depth)\b/],
  ['scholl', /\b(?:shoes?|insoles?|inserts?|pads?|cushions?|gel|spray|corn|callus)\b/],
  ['house', /\b(?:tv|television|watch(?:es|ed|ing)?|shows?|episodes?|reruns?|series|netflix)\b/],
]);
/** Whether the clause around "Dr. <word>" holds the brand's or the show's word (DR_BRAND_USE), 40 characters each side. */
function drBrandUse(doc: DocumentView, t: Token, nx: Token): boolean {
  const before = doc.lower.slice(Math.max(0, t.start - 40), t.start).split(/[.!?;\n]\s/).pop() ?? '';
  const after = doc.lower.slice(nx.end, nx.end + 40).split(/[.!?;\n]/)[0] ?? '';
  return (DR_BRAND_USE.get(nx.lower) as RegExp).test(`${before} ${after}`);
}
/** Round 152: a patient lift's or a sling's word after its maker's name ("Hoyer LIFT", "Hoyer lift", "Hoyer sling"). */
/** A device's state or a disease's sign right after its eponym ("Foley in place", "Penrose draining", "Parkinson tremor"). */
const EPONYM_STATE_AFTER = /^[ \t]{1,2}(?:in[ \t]{1,2}(?:place|situ)|draining|drained|intact|removed|discontinued|d\/?c['’]?d|patent|secured|flushed|changed|clamped|placed|inserted|to[ \t]{1,2}(?:gravity|drainage|bsd|suction|(?:straight|bedside)[ \t]drain)|features|tremor|facies|habitus|triad|tear|frame)(?![\p{L}])/u;
const PATIENT_LIFT_AFTER = /^[ \t](?:lift|Lift|LIFT|sling|Sling|SLING)(?![\p{L}])/u;
/** Round 152: the rest of a care team's name after its first word ("Failure Team", "Care service", "Health Committee"). */
const CARE_TEAM_AFTER = /^(?:[ \t]\p{Lu}\p{Ll}{2,14}){1,2}[ \t](?:Team|TEAM|team|Service|SERVICE|service|Committee|committee)(?![\p{L}])/u;
const ROLE_NOUNS = new Set(['coordinator', 'manager', 'department', 'dept', 'office', 'desk', 'team', 'clerk', 'supervisor', 'director', 'services', 'staff', 'specialist', 'liaison', 'unit', 'board', 'committee', 'panel', 'council', 'commissioner', 'officer', 'examiner', 'adjuster', 'custodian', 'administrator', 'reviewer']);

/** "IgG", "IgM", "HbS", "CoQ10": a capital, one or two lower-case letters, a capital (and a digit or two). */
const LAB_CLASS_SHAPE = /^\p{Lu}\p{Ll}{1,2}\p{Lu}\d{0,2}$/u;
/** After "Last" or "First" in a name field's bracket: the other part, so the words give the order of the value ("(Last, First, MI)"). */
// Round 92: "NAME (First, Middle, Last, Suffix)", as SSA and VA forms order the parts.
const FIELD_ORDER_HINT = /^(?:[ \t]name)?[ \t]{0,2}[,\/][ \t]{0,2}(?:first|last|given|surname|middle)\b/i;

/** An acronym's plural: "Recheck LFTs", "Repeat PFTs", "Serial ABGs" name tests, no one. */
const PLURAL_ACRONYM = /^\p{Lu}{2,5}s$/u;
const PULSE_PAIR_BEFORE = /\bDP[ \t]?(?:\/|and|&)[ \t]?PT[ \t]{1,2}$/i;

/** A form's answers in a person's field, no names (round 40): "SAME", "Self", "Spouse", "Resp" (responsibility). */
const FORM_PERSON_ANSWERS = new Set(['same', 'self', 'spouse', 'child', 'dependent', 'dependant', 'other', 'resp', 'responsibility', 'unknown', 'none', 'refused', 'pending', 'retired', 'n/a']);

/** Heads of a named scale or questionnaire, capitalised in its name (round 43). */
const INSTRUMENT_HEADS = new Set(['index', 'scale', 'score', 'inventory', 'questionnaire', 'interview', 'assessment', 'survey', 'tool', 'checklist']);
const LATIN_AFTER_PER = new Set(['diem', 'annum', 'capita', 'se', 'os', 'rectum', 'mensem']);
/** Lower-case heads of a named method or rule, after "per" and its eponym (round 81). */
const METHOD_HEADS = new Set(['protocol', 'protocols', 'nomogram', 'criteria', 'guidelines', 'guideline', 'formula', 'equation', 'algorithm', 'pathway', 'classification', 'rule', 'rules', 'regimen', 'technique', 'maneuver', 'manoeuvre', 'method']);

/** Round 46: the last words of job titles ("Case Manager", "Care Coordinator", "Nurse Navigator"). */
// Round 61: and a desk a message is sent to ("To: Billing Office", "cc: Scheduling Department").
const ROLE_TITLE_HEADS: ReadonlySet<string> = new Set(['manager', 'coordinator', 'supervisor', 'navigator', 'educator', 'liaison', 'director', 'planner', 'specialist', 'consultant', 'office', 'department', 'dept', 'desk', 'team']);

/** Round 103: texting's acknowledgements, which may follow a speaker's label in lower case: "ty", "np", "thx". */
// Round 113: and texting's shorthand that a surname list holds ("ask mom abt the rash": "Abt" is a surname).
const TEXTED_ACKS: ReadonlySet<string> = new Set(['ty', 'thx', 'tx', 'np', 'ok', 'kk', 'yw', 'pls', 'plz', 'fyi', 'omw', 'brb', 'lmk', 'nvm', 'yep', 'yup', 'nope', 'abt', 'tmrw', 'ttyl']);

const PROCEDURE_COMPOUND = /-(?:assisted|guided|directed|controlled|induced|related)$/;
/** Round 115: cue nouns that in Title Case also name a kind of thing or task after them ("Pupil Check", "Emergency Kit"). */
const THING_CUE_NOUNS = new Set(['pupil', 'emergency']);
/** Suction settings a tube is put to: low intermittent, low wall, low continuous (wall) suction. */
const SUCTION_SETTINGS: ReadonlySet<string> = new Set(['lis', 'lws', 'lcs', 'lcws', 'lics', 'lcis']);
/** "out by ", "over by ", "down by ", "up by " right before a word: where, not by whom. */
const PLACE_BY_BEFORE = /(?:^|[^a-z])(?:out|over|down|up)[ \t]by[ \t]$/;
/** Round 142: a gestational age, then "by", right before an exam's name: "32 4/7 by ", "34 wks by ", "38+2 by ". */
const GESTATIONAL_AGE_BEFORE = /\d{2}(?:[ \t]\d\/7|\+\d)?[ \t]{0,2}(?:wks?|weeks?|w)?[ \t]{1,2}by[ \t]{1,2}$/;
function notCueName(doc: DocumentView, tokens: readonly Token[], i: number, cue: string, lx: Lexical, header: boolean): boolean {
  const t = tokens[i] as Token;
  if (SERVICE_WORD.test(t.lower) && !lx.first) return true;
  // Round 142: a newborn's gestational age dated "by" an eponymous exam ("GA 32 4/7 by Ballard", "34 wks by Dubowitz");
  // "Seen by Ballard today" names the clinician.
  if (cue === 'by' && lexicon.EPONYMS.has(t.lower) && GESTATIONAL_AGE_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 24), t.start))) return true;
  // Round 146: "lives out by Thorp", "his place out by Cheney": a listed town after a rural "out by" or "over by", where
  // the city rule reads it; "seen by Thorp" still names a person.
  if (cue === 'by' && doc.dict.allCities.has(t.lower) && PLACE_BY_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 9), t.start))) return true;
  // Round 103: a texted acknowledgement after a speaker's credential ("Quintero, RN: ty! will do", "RN: np"), no name.
  if (!t.single && !t.capitalized && !t.upper && TEXTED_ACKS.has(t.lower)) return true;
  // Round 127: "ngt to lis", "og to lcws": a tube's suction setting in lower case ("Lis" is a surname).
  if (cue === 'to' && t.text === t.lower && SUCTION_SETTINGS.has(t.lower)) return true;
  // Round 62: "Ordering Clinician: Wendell Saroyan", "Referring Provider:": the field's role noun, its name after the colon.
  if (ROLE_FIELD_NOUNS.has(t.lower) && charAt(doc.text, t.end) === 58) return true;
  // Round 153: a UK or Irish referral's addressee by grade and specialty ("To: Consultant Rheumatologist", "Dear Locum
  // Haematologist"), and a nurse prescriber's role after the credential ("Aroha Pene, RN Prescriber"): no one named.
  if (CONSULTANT_GRADES.has(t.lower) && t.capitalized && SPECIALIST_OR_DISEASE.test(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.capitalized === true && oneSpace(doc, t, tokens[i + 1] as Token)) return true;
  if (t.lower === 'prescriber' || t.lower === 'prescribers') return true;
  // Round 115: a lift or a chair named by a given name ("with Sara Stedy", "to Geri Chair"), and a cue noun in Title Case
  // before a thing's word ("Pupil Check", "Emergency Kit"): equipment or a task, no person.
  if (equipmentByGivenName(doc, tokens, i)) return true;
  if (THING_CUE_NOUNS.has(cue) && !header && lx.common && t.capitalized && tokens[i - 1]?.capitalized === true && oneSpace(doc, tokens[i - 1] as Token, t) && !tokens[i + 1]?.capitalized) return true;
  // Round 65: "consent to: Robotic-assisted laparoscopic hysterectomy", "Ultrasound-guided": a hyphened describing
  // word of a procedure, no name.
  if (t.text.length > 9 && PROCEDURE_COMPOUND.test(t.lower)) return true;
  // Round 152: a patient lift or a sling by its maker's name after "with" ("Transfer with Hoyer LIFT x2", "with Hoyer
  // sling"); "with Hoyer Smith" stays a name.
  if (cue === 'with' && t.capitalized && PATIENT_LIFT_AFTER.test(doc.text.slice(t.end, t.end + 10))) return true;
  // Twenty-second session: a device's or a disease's eponym used alone after "with", then its state or its sign ("Pt
  // with Foley in place", "with Hickman in situ", "Penrose draining", "Parkinson tremor", "Cushing features"): the
  // thing the patient has, no one met; "Met with Foley today" stays a name.
  if (cue === 'with' && t.capitalized && (lexicon.CLINICAL_EPONYMS.has(t.lower) || lexicon.EPONYMS.has(t.lower)) && EPONYM_STATE_AFTER.test(doc.text.slice(t.end, t.end + 24))) return true;
  // "referred to the therapist Monday": a weekday after a role is when, not who.
  if (lexicon.WEEKDAYS.has(t.lower)) return true;
  // Round 69: "hi um im ...", "hey uh this is ...": a spoken filler after a greeting, no one greeted.
  // Round 102: after any cue in lower-case speech ("she said um the biopsy", "my son uh"), a filler is no one; nor
  // one opening a reply before its comma and a pronoun ("Patient: Um, I don't remember"), no "Last, First".
  if (SPEECH_FILLERS.has(t.lower) && (!t.capitalized || (charAt(doc.text, t.end) === 44 && FUNCTION_WORDS.has(tokens[i + 1]?.lower ?? '')))) return true;
  // Round 46: "Tamsin Reedy, RN Case Manager", "LPN Care Coordinator": a common word before a job's head word after a
  // credential is the job's title, not a name.
  if (lx.common && !lx.first && ROLE_TITLE_HEADS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.capitalized === true) return true;
  // "diminished DP/PT R.", "DP and PT L": the posterior tibial pulse beside the dorsalis pedis, then its side.
  if (cue === 'pt' && t.single && (t.text === 'R' || t.text === 'L') && PULSE_PAIR_BEFORE.test(doc.text.slice(Math.max(0, t.start - 12), t.start))) return true;
  // "travel to Florida", "moved to Boston", "originally from Austin": a state or a town after a town cue is the place,
  // though also a given name or an eponym.
  // Capitalised only: the town rules read a lower-case town after these cues only after a few verbs ("returned to kiel").
  // A country or a region too ("traveled to India", "from Latin America"): no identifier, though a given name.
  if (t.capitalized && (lexicon.US_STATES.has(t.lower) || doc.dict.allCities.has(t.lower) || COUNTRY_NAMES.has(t.fold) || NOT_TOWN_NAMES.has(t.lower)) && cueRightBefore(doc.lower, t.start, TOWN_CUES) !== undefined) return true;
  // "son called from florida", "moved to california": in lower case, a state or a country after a town cue is the
  // place too (not a given name after a message's word: "message from virginia" may be signed so).
  if (!t.capitalized && !t.upper && (lexicon.US_STATES.has(t.lower) || COUNTRY_NAMES.has(t.fold)) && !(lx.first && MESSAGE_SOURCES.has(tokens[i - 2]?.lower ?? '')) && (cue === 'from' || cue === 'in' || cueRightBefore(doc.lower, t.start, TOWN_CUES) !== undefined)) return true;
  // "per Iowa IRIS registry", "checked Ohio BMV", "per California CURES": a state before its program's acronym (a
  // name seldom switches from Title Case to capitals; before a credential, "Georgia KING, RN", the credential's rule
  // still reads one).
  if (t.capitalized && !doc.allCaps && lexicon.US_STATES.has(t.lower) && (tokens[i + 1]?.upper ?? false) && (tokens[i + 1] as Token).text.length >= 3 && oneSpace(doc, t, tokens[i + 1] as Token)) return true;
  // Round 44: "per diem", "per annum", "per capita": Latin after "per", no name (Diem is also a surname).
  if (cue === 'per' && LATIN_AFTER_PER.has(t.lower)) return true;
  // Round 81: "insulin gtt per Yale protocol", "heparin per Hartford nomogram": a method's eponym after "per", one
  // blank before its lower-case head ("per Dr. Yale" keeps its title and stays a name).
  if (cue === 'per' && METHOD_HEADS.has(tokens[i + 1]?.text ?? '') && oneSpace(doc, t, tokens[i + 1] as Token)) return true;
  // "per Maitland and McKenzie approaches": two eponyms joined before their head.
  if (inEponymPair(doc, tokens, i)) return true;
  // "TAVR with Edwards Sapien 3": a maker before its product.
  if (tokens[i + 1] !== undefined && makerBeforeProduct(doc, t, tokens[i + 1] as Token)) return true;
  // "from Latin America", "in West Africa": a region of the world.
  if (t.capitalized && REGION_OPENERS.has(t.lower) && NOT_TOWN_NAMES.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.capitalized === true) return true;
  // "Agent Orange exposure": the herbicide, not an agent's name.
  if (cue === 'agent' && t.lower === 'orange') return true;
  // Round 43: "Modified Caregiver Strain Index", "Caregiver Burden Scale": a common word between a person's noun and a
  // capitalised instrument's head names the instrument ("caregiver Ann Index" has no such shape: "Ann" is no common word).
  if (lx.common && !lx.first && t.capitalized && INSTRUMENT_HEADS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.capitalized === true && oneSpace(doc, t, tokens[i + 1] as Token)) return true;
  // "reviewed, Tinetti 20", "per Braden 14": a score's eponym before its value.
  if (lexicon.EPONYMS.has(t.fold) && !lx.first && !lx.sur && /^[ \t]{1,2}\d/.test(doc.text.slice(t.end, t.end + 3))) return true;
  // Round 40: a claim form's answer in a person's field ("INSURED'S NAME: SAME", "RELATIONSHIP TO INSURED: Self",
  // "Pt Resp", "Guarantor: Spouse"), not a name: the word alone, ending its field.
  if (header || cue === 'pt' || cue === 'insured') {
    if (FORM_PERSON_ANSWERS.has(t.lower) && !lx.first && /^(?:[ \t]*(?:$|\r?\n|[,;|)])|[ \t]{2,})/.test(doc.text.slice(t.end, t.end + 3))) return true;
  }
  // "Patient Last: AL-SAYED": the label of a name's field, not the name.
  if ((t.lower === 'last' || t.lower === 'first') && /^(?:[ \t]name)?[ \t]{0,2}:/i.test(doc.text.slice(t.end, t.end + 8))) return true;
  // "recipient IgG positive", "donor HbS": a short word ending in a capital after lower-case letters is a lab's class, no name.
  if (LAB_CLASS_SHAPE.test(t.text)) return true;
  // "Patient Name (Last, First, MI):": the hint of the field's order, not the name.
  if ((t.lower === 'last' || t.lower === 'first') && FIELD_ORDER_HINT.test(doc.text.slice(t.end, t.end + 24))) return true;
  // "spoke with PICU fellow", "by SVD": a clinical acronym in mixed-case text names a unit or an act.
  if (acronym(doc, t) && CLINICAL_ACRONYMS.has(t.text)) return true;
  if (!lx.first && !lx.sur && /^[ \t]?\((?:dr|doctor|prof)\b/i.test(doc.text.slice(t.end, t.end + 10))) return true;
  if (cue === 'cc' && lx.common && !lx.first) return true;
  // "pt (Amharic interpreter via video)", "Hmong-speaking": a language before the interpreter or the speaking, no name.
  if (!lx.sur && (lexicon.LANGUAGES.has(t.lower) ? /^[ \t\-]{1,2}(?:interpret|speak|translat)/i.test(doc.text.slice(t.end, t.end + 12)) : /^[a-z]+-(?:speaking|speaker)$/.test(t.lower) && lexicon.LANGUAGES.has(t.lower.slice(0, t.lower.indexOf('-'))))) return true;
  // "BCBS MA Medex supplement": Massachusetts after a Blue Cross plan, no medical assistant before a name.
  if (cue === 'ma' && /(?:bcbs|blue[ \t]cross|blue[ \t]shield)[ \t]{1,2}ma[ \t]{1,2}$/i.test(doc.text.slice(Math.max(0, t.start - 20), t.start))) return true;
  // Round 80: "To: Human Resources", "cc Risk Management": an English word before an office's own word is the office.
  if (lx.common && !lx.first && t.capitalized && OFFICE_WORDS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.capitalized === true && oneSpace(doc, t, tokens[i + 1] as Token)) return true;
  if ((cue === 'to' || cue === 'attn') && DESK_WORDS.has(t.lower) && !lx.first && t.capitalized && /^(?:,|[ \t]*(?:\r?\n|$))/.test(doc.text.slice(t.end, t.end + 3))) return true;
  // Round 147: "Requested by: Sentinel National Life", "cc: Granite Mutual": an insurer's name, no person.
  if (!lx.first && t.capitalized && INSURER_AFTER_NAME.test(doc.text.slice(t.end, t.end + 28))) return true;
  if (!lx.first && t.capitalized && (lx.common || DEPARTMENT_SHORT_FORMS.has(t.lower)) && DEPARTMENT_HEADS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.capitalized === true && oneSpace(doc, t, tokens[i + 1] as Token) && CREDENTIAL_COMMA_BEFORE.test(doc.text.slice(Math.max(0, t.start - 10), t.start))) return true;
  // "ATTN: Referral Coordinator", "to Billing Office": an English word before a role or desk is a job, no name.
  if (!lx.first && !lx.sur && ROLE_NOUNS.has(tokens[i + 1]?.lower ?? '')) return true;
  // Round 152: "Reviewed by Heart Failure Team", "Seen by Palliative Care service": an English word opening a care team's
  // name of two or three capitalised words, no person ("Reviewed by Dana Heart, Team lead" stays).
  if (lx.common && !lx.first && t.capitalized && CARE_TEAM_AFTER.test(doc.text.slice(t.end, t.end + 40))) return true;
  // Round 92: "To: Records Custodian", "Claims Examiner": a plural English word before a role is an office's,
  // though also a surname ("Records").
  if (lx.common && !lx.first && t.capitalized && t.lower.endsWith('s') && ROLE_NOUNS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.capitalized === true) return true;
  // Round 92: "34 Pa. Code § 127.203", "Gov't Code §": a word before a section sign names a code of law, no one.
  if (lx.common && !lx.first && /^[ \t]{1,2}§/.test(doc.text.slice(t.end, t.end + 3))) return true;
  // Round 136: "Juror Number: 2026-JR-...", "Claimant No. 4471": a number's label after a person's noun, before its
  // colon, sign or digits, is no surname ("Number" is listed as one).
  if (NUMBER_LABEL_WORDS.has(t.lower) && t.capitalized && NUMBER_LABEL_AFTER.test(doc.text.slice(t.end, t.end + 4))) return true;
  // Round 136: "Dear Parent/Guardian,", "Dear Parent or Guardian": a form letter's greeting to a role, no surname.
  if (cue === 'dear' && GREETED_ROLES.has(t.lower) && GREETED_ROLE_AFTER.test(doc.text.slice(t.end, t.end + 5))) return true;
  // "Dear Jury Commissioner:", "Dear Records Custodian,": a greeting to an office, though "Jury" is also a surname.
  if (cue === 'dear' && ROLE_NOUNS.has(tokens[i + 1]?.lower ?? '') && /^[ \t]*[,:]/.test(doc.text.slice((tokens[i + 1] as Token).end, (tokens[i + 1] as Token).end + 3))) return true;
  // A caps note hides the verb's shape: "PATIENT AMBULATING", "PT RESTING" are no names; "EWING", "KING" are listed.
  if (doc.allCaps && !lx.first && !lx.sur && /(?:ing|ed|ly)$/.test(t.lower)) return true;
  // "Patient: Just a baby aspirin.", "Speaker 2: Will insurance cover that?": in a transcript whose turns are labelled
  // by role, the word after the label opens the speech; a word or a filler there is no name unless a surname follows.
  if (header && speechAfterRole(doc, tokens, i, lx)) return true;
  // "Anesthesia: Lamb" is the anaesthetist, but the field mostly holds its kind ("Anesthesia: GETA", "Sedation"):
  // only a listed name, never an acronym.
  if (ANESTHESIA_CUES.has(cue) && ((!lx.first && !lx.sur) || acronym(doc, t) || ANESTHESIA_KINDS.has(t.lower))) return true;
  return !header && lx.common && lx.first && (doc.allCaps || !shaped(doc, t)) && KIN_WORDS.has(cue) && !followsGivenName(doc, tokens, i);
}

/** After a relative's initials (token i): a deed of a person's, or "at bedside". */
function kinInitialsDeed(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const n = tokens[i + 1];
  if (n === undefined || !oneSpace(doc, tokens[i] as Token, n) || n.text !== n.lower) return false;
  return PERSON_DEEDS.has(n.lower) || (n.lower === 'at' && tokens[i + 2]?.lower === 'bedside' && oneSpace(doc, n, tokens[i + 2] as Token));
}

const ANESTHESIA_CUES = new Set(['anesthesia', 'anaesthesia']);
/** What an anaesthesia field names when it names no person. */
const ANESTHESIA_KINDS = new Set(['general', 'local', 'regional', 'spinal', 'epidural', 'sedation', 'moderate', 'conscious', 'deep', 'topical', 'block', 'none', 'combined', 'mac', 'geta', 'lma', 'tiva']);

/**
 * After a relation, a capitalised word that is also an English word and in no list of given names: the name when
 * commas set it off ("her guardian, Chip, to review") or a listed surname follows ("guardian Chip Lawson").
 * The last token of the name, or -1.
 */
function kinNamedWord(doc: DocumentView, tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  if (acronym(doc, t) || !LETTERS_ONLY.test(t.text) || KIN_WORDS.has(t.lower) || PATIENT_WORDS.has(t.lower) || functionOrCalendar(t)) return -1;
  // "Updated grandson Major by phone": a rank that titles no one after it is the name.
  if (isTitle(doc, t)) return kinWordName(doc, tokens, i) ? i : -1;
  if (lexical(doc, tokens, i).eponymHere || lexicon.US_STATES.has(t.lower) || doc.dict.allCities.has(t.lower) || endsName(doc, t)) return -1;
  if (charAt(doc.text, t.end) === 44 && doc.text.charCodeAt(t.start - 2) === 44) {
    // The clause goes on after the second comma ("Chip, to review"), not a list of roles ("wife, Chaplain, SW and
    // MD"); a language, a nationality or a verb's form is no name ("son, Spanish, speaking").
    const after = tokens[i + 1];
    const clause = after !== undefined && after.text === after.lower && after.lower !== 'and' && after.lower !== 'or' && !after.single;
    return clause && !/(?:ing|ed|ly|ish|ese|ian|an|ic)$/.test(t.lower) ? i : -1;
  }
  if (kinWordName(doc, tokens, i)) return i;
  const n = tokens[i + 1];
  if (n === undefined || !n.capitalized || !oneSpace(doc, t, n) || doc.isSur[i + 1] === 0 || lexical(doc, tokens, i + 1).eponymHere || endsName(doc, n)) return -1;
  return doc.dict.allCities.has(`${t.lower} ${n.lower}`) ? -1 : i + 1;
}

/** After a label ("Doula: Marigold Teasley,"): a word and a capitalised word of no English list that ends the value. */
function labelledWordName(doc: DocumentView, tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  const n = tokens[i + 1];
  if (n === undefined || !LETTERS_ONLY.test(t.text) || !LETTERS_ONLY.test(n.text) || !shaped(doc, n) || acronym(doc, n) || doc.isCommon[i + 1] === 1 || !oneSpace(doc, t, n)) return -1;
  if (KIN_WORDS.has(t.lower) || PATIENT_WORDS.has(t.lower) || functionOrCalendar(t) || isTitle(doc, t) || lexical(doc, tokens, i).eponymHere || lexical(doc, tokens, i + 1).eponymHere) return -1;
  if (endsName(doc, n) || doc.dict.allCities.has(`${t.lower} ${n.lower}`) || doc.dict.allCities.has(n.lower)) return -1;
  return /^(?:[ \t]*(?:$|[,;\r\n|(—–])|[ \t]{1,2}[\-–—][ \t])/.test(doc.text.slice(n.end, n.end + 3)) ? i + 1 : -1;
}

/** Token k, in capitals in mixed-case text, ends a field's value: a line end, "|", or the next field ("MRN", "DOB"). */
function capsFieldValue(doc: DocumentView, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  // Round 51: a capitalised given name that is a word too ends a form's field as one in capitals does ("Member Name:
  // Abernathy-Sowande, Temperance    Member ID:").
  if (!(t.upper || t.capitalized) || doc.allCaps || t.single || isCredential(doc, t) || CLINICAL_ACRONYMS.has(t.text) || lexicon.STATE_CODES.has(t.text)) return false;
  // A middle initial may come first: "MARLOWE, DUSTY R Acct #:"; the next field is a label before ":" or "#".
  return LETTERS_ONLY.test(t.text) && /^(?:[ \t]\p{Lu}\.?)?[ \t]*(?:$|\r?\n|\||MRN\b|DOB\b|\p{Lu}\p{L}{0,7}(?:[ \t]\p{Lu}\p{L}{0,7})?[ \t]?[:#])/u.test(doc.text.slice(t.end, t.end + 24));
}

/** The end of a table's header cell: a tab, a pipe, a comma or semicolon, a colon or the line's end (round 60). */
const HEADER_CELL_END = /^(?:$|[\t|,;:\r\n]| [|:])/;
/** A comma and a capital right after a surname: "LE,ETHAN", "VO, SARA". */
const SURNAME_COMMA_CAPS = /^, ?\p{Lu}/u;

/** A wide gap between a field's value and the next column on a form's line: a tab or two blanks at least. */
const NEXT_COLUMN_GAP = /^(?:\t|[ \t]{2,})$/;
/** A field's label ends: "#" or ":" right after the word, or after one blank. */
const NEXT_COLUMN_LABEL_AFTER = /^ ?[#:]/;

/** Verbs of a journey before "to" and a place: the shared ones, and travel's, trips' and returns' own words. */
const JOURNEY_TO_VERBS = new Set([...JOURNEY_VERBS, 'go', 'goes', 'going', 'gone', 'fly', 'flies', 'flying', 'travel', 'travels', 'traveled', 'travelled', 'traveling',
  'travelling', 'returned', 'returning', 'trip', 'trips', 'flight', 'flights', 'visit']);

/** A tab, or a comma with no blank after it (quoted or not), between two cells; prose's ", " is no cell's gap. */
const CELL_GAP = /^(?:[ ]{0,2}\t[ ]{0,2}|"?,"?)$/;
/** A header row's cell: a few words, quoted or not. */
const HEADER_ROW_CELL = /^[ ]{0,2}"?[A-Za-z][A-Za-z _\-.#\/()]{0,30}"?[ ]{0,2}$/;
/** Round 107: text[gapFrom, gapTo) parts two cells of a header row: a digit-free line of three short cells or more. */
function headerRowCell(text: string, gapFrom: number, gapTo: number): boolean {
  const gap = text.slice(gapFrom, gapTo);
  if (!CELL_GAP.test(gap)) return false;
  const sep = gap.includes('\t') ? '\t' : ',';
  let a = gapFrom;
  while (a > 0 && gapFrom - a < 400 && text.charCodeAt(a - 1) !== 10) a--;
  let b = gapTo;
  while (b < text.length && b - gapTo < 400 && text.charCodeAt(b) !== 10) b++;
  const line = text.slice(a, b);
  const cells = line.replace(/\r$/, '').split(sep);
  return !/\d/.test(line) && cells.length >= 3 && cells.every((c) => HEADER_ROW_CELL.test(c));
}

function saintTownAt(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const n = tokens[i + 1];
  if (n === undefined || !(t.lower === 'st' || t.lower === 'saint') || !n.capitalized || n.start - t.end > 2) return false;
  const gap = doc.text.slice(t.end, n.start);
  if (gap !== ' ' && gap !== '. ') return false;
  const after = tokens[i + 2];
  if (after !== undefined && after.start === n.end + 1 && (after.capitalized || lexicon.FACILITY_HEADS.has(after.lower))) return false;
  return doc.dict.allCities.has(`${t.lower}${gap === '. ' ? '.' : ''} ${n.lower}`) && !/^['’]s\b/.test(doc.text.slice(n.end, n.end + 3));
}

/** 3. Cue word before: "patient John", "daughter, Hope", "seen by Kowalski", "Name: SMITH". */
function cueRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const cue = isCue(doc, tokens, i);
  if (cue) {
    // Round 127: "will drive dad\nbro: i can": a family chat's label opening the next line is no name of the cue's.
    if (t.text === t.lower && FAMILY_CHAT_LABELS.has(t.lower) && charAt(doc.text, t.end) === 58 && doc.text.slice((tokens[i - 1] as Token).end, t.start).includes('\n')) return -1;
    if ((cue === 'to' || cue === 'from') && t.single && t.dotAfter && dottedPlace(doc.text, t.start)) return -1; // "sent to O.R.", "flights to U.K."
    // Round 169: "Moved to St. Louis", "transferred from St. Paul": a saint's town after a place's preposition is the
    // town's (cities.ts types it LOCATION), no person's name.
    if ((cue === 'to' || cue === 'from' || cue === 'in' || cue === 'near') && saintTownAt(doc, tokens, i)) return -1;
    // 'for the pt: "Pt Dwayne Kessler seen"': the word for the patient, quoted after a cue, is itself the next name's cue;
    // read as a name, it took the given name and left the surname out.
    if ((t.lower === 'pt' || t.lower === 'patient') && t.capitalized && tokens[i + 1]?.capitalized === true && oneSpace(doc, t, tokens[i + 1] as Token)) return -1;
    const n0 = nameness(doc, tokens, i);
    const lx = lexical(doc, tokens, i);
    const header = doc.text.slice((tokens[i - 1] as Token).end, t.start).includes(':');
    const weak = !header && (WEAK_CUES.has(cue) || (acronym(doc, t) && !lexicon.STRONG_NAME_CUES.has(cue)));
    const strongName = (lx.first || lx.sur) && !lx.common && !lx.eponymHere && !acronym(doc, t);
    const bareLetter = t.single && !t.dotAfter;
    const common = lx.common && !(t.single && t.dotAfter); // "K." is an initial, not potassium
    const n0h = header && t.upper && !t.single ? Math.max(n0, lx.first || lx.sur ? 0.9 : 0.4) : n0;
    // "Patient Temperance Okafor called", "Our resident Sunday Adeyemi (DOB ...)": after a word for the person, a given
    // name that is an English word or a day, then a capitalised surname no English list holds (round 37).
    if (!weak && t.capitalized && !doc.allCaps && common && (PERSON_NOUN_CUES.has(cue) || KIN_WORDS.has(cue)) && wordGivenNameBeforeSurname(doc, tokens, i)) {
      pushName(doc, out, i, i + 1, 0.8, { kind: 'context', detail: `cue:${cue}` });
      return i + 1;
    }
    // Round 145: a lower-case name of no list in brackets closing round it, after a twin's or a triplet's lower-case letter
    // ("BG Okonkwo (twin a (zara))"); multipleCue has already refused short, English and nursery words ("twin a (stable)").
    if ((cue === 'twin' || cue === 'triplet') && t.text === t.lower && charAt(doc.text, t.end) === 41 && LETTERS_ONLY.test(t.text) &&
      (tokens[i - 1] as Token).single && (tokens[i - 1] as Token).text === (tokens[i - 1] as Token).lower) {
      pushName(doc, out, i, i, 0.7, { kind: 'context', detail: `cue:${cue}` });
      return i;
    }
    if (notCueName(doc, tokens, i, cue, lx, header)) return -1;
    // "went to Boston", "flies to Austin on Friday": a listed town that is no English word, after a journey's verb and
    // "to", is the place (the towns' rule finds it), not a person of that given name ("talked to Austin", "went to
    // Austin Reyes's" stay names).
    if (cue === 'to' && i > 1 && t.capitalized && doc.isCommon[i] === 0 && JOURNEY_TO_VERBS.has((tokens[i - 2] as Token).lower) && doc.dict.allCities.has(t.lower) && !(tokens[i + 1]?.capitalized && oneSpace(doc, t, tokens[i + 1] as Token))) return -1;
    // Round 83: "PATIENT RESP: 24.48", "PT CLASS: E": a form's field label after the word for the patient, its colon
    // right after it; and 'PER PT "JUNIOR HIGH"': the patient's own words quoted after the cue. A listed given name that
    // is no English word stays ("Patient Adaeze: ...").
    if ((cue === 'patient' || cue === 'pt') && !header && !(lx.first && !lx.common) &&
      (doc.text.charCodeAt(t.end) === 58 || (lx.common && QUOTE_OPENS.test(doc.text.slice((tokens[i - 1] as Token).end, t.start))))) return -1;
    // Round 70: "REL: nephew   Cbk #: ...": a form's next column after the cue as a field's value, its
    // label ending in "#" or ":" after a wide gap, is no name of that relative (a listed name stays: "daughter  Lisa: ...").
    if (!lx.first && !lx.sur && NEXT_COLUMN_GAP.test(doc.text.slice((tokens[i - 1] as Token).end, t.start)) && NEXT_COLUMN_LABEL_AFTER.test(doc.text.slice(t.end, t.end + 3))) return -1;
    // Round 60: "Last Name<TAB>First Name", "Patient Name | Middle Name": a word before "Name" heads the next column of a
    // header row, no value of the last one.
    const nameAfter = tokens[i + 1];
    if (nameAfter !== undefined && nameAfter.lower === 'name' && oneSpace(doc, t, nameAfter) && HEADER_CELL_END.test(doc.text.slice(nameAfter.end, nameAfter.end + 2))) return -1;
    // Round 107: "DOB<TAB>Accession<TAB>Test", '"DOB","Referral ID"': the cue is a header row's cell and the word the next
    // column's header, on a line of three cells or more parted by tabs or commas and holding no digit (a row of values
    // holds one); a listed given name or surname there stays a name unless it is an English word too ("Last Colonoscopy").
    if ((lx.common || (!lx.first && !lx.sur)) && headerRowCell(doc.text, (tokens[i - 1] as Token).end, t.start)) return -1;
    // Round 38: "access with Perclose ProGlide", "paired with Dexcom ClearView": after a weak cue, a word whose inner
    // capital no name's prefix explains is a product's, and so is the pair ("with Sione McTavish", "with LaToya" stay).
    if (weak && !lx.first && (innerCapital(t.text) || (tokens[i + 1] !== undefined && oneSpace(doc, t, tokens[i + 1] as Token) && innerCapital((tokens[i + 1] as Token).text)))) return -1;
    // "the Sister Mary Joseph nodule": a nun's name as an eponym, no sister's (round 37).
    if (cue === 'sister' && SISTER_EPONYM.test(doc.text.slice(t.start, t.start + 40))) return -1;
    // "son TJ called", "Daughter KT at bedside": a relative's initials in capitals, known by what a person does.
    if (KIN_WORDS.has(cue) && !doc.allCaps && t.upper && t.text.length <= 3 && LETTERS_ONLY.test(t.text) && !CLINICAL_ACRONYMS.has(t.text) && !lx.common && kinInitialsDeed(doc, tokens, i)) {
      pushName(doc, out, i, i, 0.7, { kind: 'context', detail: `cue-initials:${cue}` });
      return i;
    }
    // "Echo reviewed: LVEF 35%": after a verb that takes things too, an acronym is a name only if a name list holds it.
    if (header && THING_VERB_CUES.has(cue) && acronym(doc, t) && !lx.first && !lx.sur) return -1;
    // Round 120: "Hospice services reviewed: Aide services 3x/week": a common word before a lower-case word of services
    // names a service, no person.
    if (header && THING_VERB_CUES.has(cue) && lx.common && !lx.sur && SERVICE_WORD_AFTER.test(doc.text.slice(t.end, t.end + 12))) return -1;
    // Round 139: "Discussed Vivitrol vs Suboxone": after a verb that takes things too, a word of no name list weighed
    // against another is an option (a drug, a program), no person.
    if (THING_VERB_CUES.has(cue) && !lx.first && !lx.sur && /^[ \t]{1,2}(?:vs\.?|versus)[ \t]/.test(doc.text.slice(t.end, t.end + 10))) return -1;
    // German and Dutch relatives name a person capitalised: "Sohn Emre"; not the verb of "der Sohn kamen".
    if (!t.capitalized && !t.upper && CAPITALISED_ONLY_CUES.has(cue)) return -1;
    if (header && cue !== 'cc' && !shaped(doc, t) && loginName(doc, t)) {
      pushName(doc, out, i, i, 0.8, { kind: 'context', detail: `cue-login:${cue}` });
      return i;
    }
    if (cue === 'interpreter' && lexicon.LANGUAGES.has(t.lower)) return -1; // "Interpreter: Dari"
    // "Message from Autumn at the office", "VM from Will Grant": a listed given name, even a word, sends a message;
    // so does a login ("message from kdiaz").
    if (cue === 'from' && MESSAGE_SOURCES.has(tokens[i - 2]?.lower ?? '') && !facilityHeadAt(doc, i) && !shaped(doc, t) && loginName(doc, t)) {
      pushName(doc, out, i, i, 0.7, { kind: 'context', detail: 'cue-login:from' });
      return i;
    }
    if (cue === 'from' && t.capitalized && lx.first && !lx.eponymHere && MESSAGE_SOURCES.has(tokens[i - 2]?.lower ?? '') && !facilityHeadAt(doc, i)) {
      const u = tokens[i + 1];
      const j = u !== undefined && u.capitalized && oneSpace(doc, t, u) && (doc.isSur[i + 1] === 1 || doc.isCommon[i + 1] === 0) && !facilityHeadAt(doc, i + 1) ? i + 1 : i;
      pushName(doc, out, i, j, 0.7, { kind: 'context', detail: `cue:${cue}` });
      return j;
    }
    // "Per Royal, pt ate 50%", "per Dawn, family aware": a listed given name, even a word, reports what a patient did.
    if (cue === 'per' && t.capitalized && lx.first && !lx.eponymHere && !doc.allCaps && REPORTED_AFTER.test(doc.text.slice(t.end, t.end + 12))) {
      pushName(doc, out, i, i, 0.7, { kind: 'context', detail: 'cue:per' });
      return i;
    }
    if (n0 < 0.35 && t.capitalized && KIN_WORDS.has(cue)) {
      const j = kinNamedWord(doc, tokens, i);
      if (j >= 0) {
        pushName(doc, out, i, j, 0.75, { kind: 'context', detail: `cue:${cue}` });
        return j;
      }
    }
    // "Doula: Marigold Teasley": after a role's label, a capitalised word that is also an English word names a
    // person when a capitalised word of no English list follows it.
    if (header && !weak && n0 < 0.35 && t.capitalized && !acronym(doc, t)) {
      const j = labelledWordName(doc, tokens, i);
      if (j >= 0) {
        pushName(doc, out, i, j, 0.75, { kind: 'context', detail: `cue:${cue}` });
        return j;
      }
    }
    // Round 84: a modal after a bare "patient", then a word that is no surname nor a word of grammar: "PATIENT WILL
    // MAINTAIN SPO2", "patient May require" ("Patient Will Hunter", "Patient: Will Mays", "father Will by phone" stay names).
    const verbAfter = tokens[i + 1];
    if (!header && (cue === 'patient' || cue === 'pt') && (t.lower === 'will' || t.lower === 'may' || t.lower === 'can' || t.lower === 'must') && verbAfter !== undefined && oneSpace(doc, t, verbAfter) && doc.isCommon[i + 1] === 1 && doc.isSur[i + 1] === 0 && doc.isFirst[i + 1] === 0 && !FUNCTION_WORDS.has(verbAfter.lower)) return -1;
    // "Name: LE,ETHAN", "Patient: VO, SARA": a two-letter surname in capitals before its given name is no acronym.
    const shortSurnameFirst = header && t.upper && t.text.length === 2 && lx.sur && SURNAME_COMMA_CAPS.test(doc.text.slice(t.end, t.end + 3));
    // "says: \"mi esposa tiene...\"", "says \"tôi bị...\"": a quoted sentence in another language opens with a common word (round 41).
    if (!bareLetter && !(!t.capitalized && (FOREIGN_COMMON_WORDS.has(t.lower) || (SPANISH_CLITICS.has(t.lower) && (FOREIGN_COMMON_WORDS.has(tokens[i + 1]?.lower ?? '') || looksSpanish(doc))))) && (shaped(doc, t) || strongName || shortSurnameFirst) && n0h >= (weak ? 0.55 : 0.35) && !(common && weak) && !(weak && acronym(doc, t))) {
      let j = cutAtVerb(doc, tokens, i, extendRun(doc, tokens, i, 0.3));
      // "SUBMITTING MD: R. PATEL": after a field's label, an initial and a listed surname in capitals (a mixed-case
      // note reads a word in capitals as an acronym, and the run stopped at the initial).
      const surname = tokens[i + 1];
      // Round 83: in a note all in capitals, after "BY" or "TO" too ("CALLED AT 0210 BY M. CASTELLANOS"), when the surname is
      // no English word and no germ's species ("BY E. COLI").
      const capsHandover = doc.allCaps && (cue === 'by' || cue === 'to') && doc.isCommon[i + 1] === 0 && surname !== undefined && !SPECIES_EPITHETS.has(surname.lower);
      if (j === i && (header || capsHandover) && t.single && t.dotAfter && surname !== undefined && surname.upper && doc.isSur[i + 1] === 1 && doc.text.slice(t.end, surname.start) === '. ' && !CLINICAL_ACRONYMS.has(surname.text)) j = i + 1;
      // "PATIENT: HALVORSEN, ERIK" / "Name: Fitzgerald, Cormac P": surname, comma, given names.
      const after = tokens[j + 1];
      // After a field's label a given name in capitals may be a word: "PATIENT: MARLOWE, DUSTY MRN: 5501".
      // Not a dotted degree: "Audiologist: Renata Olsen, Au.D.".
      // Not the next field's label: "Name:John Smith,DOB:3/4/50".
      // Not a language: "Interpreter: Oksana Melnyk, Ukrainian, in person".
      // Round 143: nor a role after the comma: "Notary: Lucille Han, Notary Public", "Witness: Ada Moe, nurse".
      // Not a lab's or a score's abbreviation in capitals after a name in mixed case: "child Zion Taylor, BLL 24", "Pt
      // Ana Ruiz, BMI 31" (round 37); a given name after a surname in capitals is in capitals too ("HALVORSEN, ERIK").
      const capsAfterMixed = after !== undefined && after.upper && after.text.length > 1 && !(tokens[j] as Token).upper;
      if (!weak && after && !capsAfterMixed && /^, ?$/.test(doc.text.slice((tokens[j] as Token).end, after.start)) && shaped(doc, after) && !NEXT_FIELD_LABELS.has(after.lower) && !lexicon.LANGUAGES.has(after.lower) && !CREW_ROLES.has(after.lower) && !DOTTED_DEGREE_TAIL.test(doc.text.slice(after.end, after.end + 4)) && (nameness(doc, tokens, j + 1) >= 0.3 || (header && capsFieldValue(doc, tokens, j + 1)))) {
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

/** Round 83: a quotation mark between a cue and the next word. */
const QUOTE_OPENS = /["“]/;

/** A line opening with a role's label and its colon, after an optional time stamp: "[00:02:41] Speaker 1:", "SPEAKER_01:". */
// Round 55: a word may qualify the role ("Triage nurse:", "Social worker:", "SOCIAL WORKER:"); the role is the last.
// Round 102: a title with its period may qualify the label ("Dr. Castellanos:"), captured second.
const TURN_LABEL = String.raw`[ \t]{0,4}(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]{1,2})?(?:([A-Za-z]{2,13})\.?[ \t])?([A-Za-z]{2,13})(?:[ _]?\d{1,2})?[ \t]?:`;
const TURN_LINE = new RegExp(`^${TURN_LABEL}`, 'gm');
/** A turn's label right before a word: at a line's start or after the last turn's full stop or question on its line. */
const TURN_LABEL_BEFORE = new RegExp(`(?:^|[\\r\\n]|[.?!][ \\t]{1,3})${TURN_LABEL}[ \\t]{1,3}$`);
const dialogueDocs = new WeakMap<DocumentView, boolean>();
/** Whether the note is a transcript whose turns are labelled by role: three lines or more open with one. Asked once per note. */
function roleDialogue(doc: DocumentView): boolean {
  let d = dialogueDocs.get(doc);
  if (d === undefined) {
    let n = 0;
    TURN_LINE.lastIndex = 0;
    // Round 102: a clinician's label by title and name ("[00:03:22] Dr. Castellanos:") is a role's turn too.
    for (let m = TURN_LINE.exec(doc.text); m !== null && n < 3; m = TURN_LINE.exec(doc.text)) if (TURN_ROLES.has((m[2] as string).toLowerCase()) || LABEL_TITLES.has(m[1]?.toLowerCase() ?? '')) n++;
    d = n >= 3;
    dialogueDocs.set(doc, d);
  }
  return d;
}
/** Titles that make a speaker's label a clinician's turn ("Dr. Ishikawa:", "Doctor Wexler:"). */
const LABEL_TITLES = new Set(['dr', 'doctor', 'nurse']);
/** A pronoun's contraction opening a turn: "We'll", "I'm", "That's", "Let's". */
const SPOKEN_CONTRACTION = /^(?:i|we|you|they|he|she|it|that|there|let|what|who)['’](?:ll|m|re|ve|s|d)$/i;
/** Fillers and replies that open a spoken turn. */
const TURN_OPENERS = new Set(['um', 'uh', 'uhm', 'umm', 'hmm', 'mm', 'mhm', 'er', 'ah', 'oh', 'ha', 'haha', 'yeah', 'yep', 'yup', 'yes', 'no', 'nope', 'nah',
  'ok', 'okay', 'so', 'well', 'right', 'sure', 'fine', 'hi', 'hello', 'hey', 'thanks', 'alright', 'morning', 'afternoon', 'evening', 'just', 'like',
  // Round 102: a form of address ("Nurse: Ma'am, what's your son's phone?").
  "ma'am", 'ma’am', 'maam', 'sir']);
/**
 * Token i opens the speech of a turn labelled by role in a transcript ("Patient: Back pain.", "Pt: Just a baby
 * aspirin.", "patient: um, so"): a filler, or a common word with no surname-like word after it ("Patient:
 * Precious Mahlangu.", "Speaker 2: Will Harrington." stay names).
 */
function speechAfterRole(doc: DocumentView, tokens: readonly Token[], i: number, lx: Lexical): boolean {
  const t = tokens[i] as Token;
  const cue = tokens[i - 1];
  if (cue === undefined || !TURN_ROLES.has(cue.lower) && !/^\d{1,2}$/.test(cue.text)) return false;
  const head = doc.text.slice(Math.max(0, t.start - 40), t.start);
  // The label opens a line, or a turn after the last one's full stop or question on the same line ("...new pill?
  // Patient: Just a little nausea").
  if (!TURN_LABEL_BEFORE.test(head) || !roleDialogue(doc)) return false;
  if (TURN_OPENERS.has(t.lower) || SPOKEN_CONTRACTION.test(t.text)) return true;
  // Round 102: a number read out opens a reply ("Patient: Ninety-four, yeah"), no name.
  if (t.lower.split('-').every((w) => SPOKEN_NUMBER_WORDS.has(w))) return true;
  if (!lx.common) return false;
  const n = tokens[i + 1];
  return n === undefined || !oneSpace(doc, t, n) || n.single || doc.isCommon[i + 1] === 1 || FUNCTION_WORDS.has(n.lower) || !(n.capitalized || t.text === t.lower);
}

/** A lower-case word of services after a capitalised word ("Aide services", "Chaplain visits"). */
const SERVICE_WORD_AFTER = /^ (?:services?|visits?|support)(?![\p{L}])/u;
/** Cue verbs whose object may be a thing as well as a person: "Reviewed: LVEF", "Discussed: CABG". */
const THING_VERB_CUES = new Set(['reviewed', 'seen', 'evaluated', 'examined', 'discussed', 'informed', 'notified', 'called', 'referred', 'signed', 'cosigned', 'attested']);

/** Words before "from" and a name that make the name the message's sender: "message from Autumn", "VM from Will". */
const MESSAGE_SOURCES = new Set(['message', 'msg', 'vm', 'voicemail', 'call', 'text', 'email', 'e-mail', 'page', 'note']);

/** Token k is a facility's head word ("Hope Hospice", "Grace Clinic"): the phrase is a place. */
function facilityHeadAt(doc: DocumentView, k: number): boolean {
  return k < doc.tokens.length && ((doc.wordFlags[k] as number) & WORD_FACILITY_HEAD) !== 0;
}

/** Token k is a middle initial with no period before a capitalised word of no English list: "L" of "Fredrik L Sommerseth". */
function bareMiddleInitial(doc: DocumentView, tokens: readonly Token[], k: number): boolean {
  const n = tokens[k] as Token;
  const s = tokens[k + 1];
  return !n.dotAfter && s !== undefined && s.capitalized && doc.text.slice(n.end, s.start) === ' ' && !lexical(doc, tokens, k + 1).common;
}

/** A capitalised double surname whose parts are both listed surnames: "Prewitt-Smith", "Ashby-Tull". */
function hyphenatedSurname(doc: DocumentView, t: Token): boolean {
  const dash = t.lower.indexOf('-');
  if (dash < 2 || !t.capitalized || t.lower.indexOf('-', dash + 1) >= 0) return false;
  const a = t.lower.slice(0, dash);
  const b = t.lower.slice(dash + 1);
  // Both parts eponyms make a disease: "Stevens-Johnson".
  return doc.dict.surnames.has(a) && doc.dict.surnames.has(b) && !(lexicon.EPONYMS.has(a) && lexicon.EPONYMS.has(b));
}

/** Particles that start a surname and never a place or a phrase in English text ("Maaike van de Noort", "Willemijn ten Pas"). */
const GERMANIC_PARTICLES = new Set(['van', 'von', 'ten', 'ter', 'zu', 'af']);

/** Latin of anatomy, by its endings of adjectives and genitives: "Dorsalis Pedis", "Rectus Abdominis", "Pectoralis Major". */
const LATIN_ANATOMY = /(?:alis|aris|oris|inis|pedis|ii|orum|ae|atus|ensis|ceps)$/;
const LATIN_ENDING = /(?:us|is|i|ae|um|a|or)$/;

/** Two words of anatomy's Latin: one ends as its adjectives and genitives do, the other as Latin does ("Kowalis Stadnik" does not). */
function latinPair(a: string, b: string): boolean {
  return (LATIN_ANATOMY.test(a) && LATIN_ENDING.test(b)) || (LATIN_ANATOMY.test(b) && LATIN_ENDING.test(a));
}

/** Practices, foods and sayings whose two words are both listed given names: "Tai Chi", "Qi Gong", "Kung Fu". */
const TWO_NAME_TERMS = new Set(['tai chi', 'qi gong', 'chi gong', 'kung fu', 'feng shui', 'yin yang', 'tae kwon', 'jiu jitsu', 'pad thai', 'dim sum', 'mahi mahi', 'bok choy', 'pak choi',
  // Round 45: scriptures and prayers a social or spiritual history names ("reads the Bhagavad Gita").
  'bhagavad gita', 'guru granth', 'granth sahib', 'sukhmani sahib', 'japji sahib']);
/** Relatives in German and Dutch, after which only a capitalised word is a name. */
const CAPITALISED_ONLY_CUES = new Set(['sohn', 'tochter', 'ehefrau', 'ehemann', 'bruder', 'mutter', 'vater', 'enkel', 'enkelin', 'echtgenote', 'echtgenoot', 'dochter', 'zoon', 'moeder', 'vader', 'zus', 'broer', 'kleinzoon', 'kleindochter']);

/** Round 45: a capital, a hyphen and a lower-case word ("C-spine", "T-cell", "X-ray"). */
const LETTER_HYPHEN_WORD = /^\p{Lu}-\p{Ll}/u;
/** Scales written in capitals that are given names too, before their grade's letter. */
const SCALE_ACRONYMS = new Set(['ASIA', 'AIS']);

/** Syllables of Korean given names as they are romanised (Revised and McCune-Reischauer spellings). */
const KOREAN_GIVEN_SYLLABLES = new Set(`a ae ah an bin bo bok beom bum byung byeong chan chang cheol chul chun dae dong doo du eun ga gi gil gu gun geun
  gyu gyeong gwang ha hak han hee ho hoon hun hwa hwan hye hyo hyun hyeon hyuk hui il in ja jae jee ji jin jo joo ju jun joon jung jeong
  kang ki kyu kyung kyeong kwang man mi min myung myeong na nam ok ra rae ran ri rim rin ryung sang se seo seok seon seong seul seung shin
  sik so sol soo su sook suk sun sung tae ui won woo wook ye yeon yeong yeol yi yong young yoon yun yu yul`.split(/\s+/));
/** Korean surnames as romanised, English words among them ("Park", "Song", "Moon", "Oh"). */
const KOREAN_SURNAMES = new Set(`kim lee yi park pak bak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin sin kwon
  hwang ahn an song yoo yu ryu hong jeon chun ko go moon mun yang son sohn bae baek paik heo hur nam noh roh ha kwak sung cha joo woo min
  um eom chae won bang gong hyun yeo pyo byun seong koo`.split(/\s+/));

/** A capitalised token of two Korean given-name syllables joined by a hyphen: "Sun-hee", "Ji-Hoon". */
function koreanGivenName(t: Token): boolean {
  const dash = t.lower.indexOf('-');
  if (dash < 1 || !t.capitalized && !/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const a = t.lower.slice(0, dash);
  const b = t.lower.slice(dash + 1);
  // A doubled syllable is an English word ("So-so", "Yo-yo", "Ha-ha"), not a given name.
  return a !== b && KOREAN_GIVEN_SYLLABLES.has(a) && KOREAN_GIVEN_SYLLABLES.has(b);
}

/** Vietnamese middle names that mark a man's or a woman's name, capitalised ("Van", "Thi"). */
const VIETNAMESE_MIDDLE_NAMES = new Set(['Van', 'Thi', 'Văn', 'Thị']);

/** Street suffixes no person's surname is after a given name ("Lane", "Drive", "Court" and "Way" may be; "St. Clair" has a word after it). */
const STREET_NOT_SURNAMES = new Set(['ave', 'avenue', 'blvd', 'boulevard', 'rd', 'road', 'street', 'st', 'ln', 'ct', 'cir', 'ter', 'pl', 'trl', 'pkwy', 'parkway', 'hwy', 'highway', 'expy', 'expressway', 'turnpike', 'tpke']);

/** 4. Dictionary: first name followed by a surname or an initial: "Mary Johnson", "John P.", "Robert J. Wilson". */
const CLASS_NUMERAL = /^(?:II|III|IV|VI|VII|VIII)$/;

function dictionaryRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (shaped(doc, t) && !t.single) {
    const lx = lexical(doc, tokens, i);
    // Every shape below starts at a listed name or a word of no English list: a common word that no name list
    // holds ("Please", "The") starts none, so the next word's facts and tests are spared.
    if (lx.common && !lx.first && !lx.sur) return -1;
    const n = tokens[i + 1];
    // "Phan Van Duc", "Le Thi Hoa": Vietnamese order, a listed surname, "Van" or "Thi" (words or given names
    // elsewhere), then a given name that is no English word ("Ford Van Rental" is none).
    if (n && lx.sur && t.capitalized && VIETNAMESE_MIDDLE_NAMES.has(n.text) && oneSpace(doc, t, n)) {
      const g = tokens[i + 2];
      if (g !== undefined && g.capitalized && !g.single && oneSpace(doc, n, g) && (doc.isCommon[i + 2] === 0 || doc.isFirst[i + 2] === 1) && !facilityHeadAt(doc, i + 2) && !lexical(doc, tokens, i + 2).eponymHere) {
        const j = extendRun(doc, tokens, i + 2, 0.35);
        pushName(doc, out, i, j, 0.8, { kind: 'dictionary', detail: 'vietnamese-middle-name' });
        return j;
      }
    }
    // "Sun-hee Park", "Park Ji-hoon": a Korean given name of two syllables joined by a hyphen, and a Korean surname
    // before or after it, even one that is an English word ("Park", "Song", "Moon").
    if (n && t.capitalized && n.capitalized && oneSpace(doc, t, n)) {
      if ((koreanGivenName(t) && KOREAN_SURNAMES.has(n.lower)) || (KOREAN_SURNAMES.has(t.lower) && koreanGivenName(n))) {
        pushName(doc, out, i, i + 1, 0.8, { kind: 'dictionary', detail: 'korean-given-name' });
        return i + 1;
      }
    }
    if (sonBeforeGivenName(doc, tokens, i)) return -1;
    // "CLINICA FAMILIAR DEL VALLE": a Spanish or Portuguese particle in a letterhead in capitals, a facility's head
    // word a few words before it, goes on the facility's name, not a person's (round 41).
    if (t.upper && ROMANCE_CAPS_PARTICLES.has(t.lower) && romanceHeadBefore(tokens, i)) return -1;
    // "the Sister Mary Joseph nodule": the names after "Sister" are the eponym's (round 37).
    if (i > 0 && (tokens[i - 1] as Token).lower === 'sister' && SISTER_EPONYM.test(doc.text.slice(t.start, t.start + 40))) return -1;
    if (n && joins(doc, t, n) && shaped(doc, n) && !lx.eponymHere && !(n.lower.length <= 5 && TWO_NAME_TERMS.has(`${t.lower} ${n.lower}`))) {
      const ln = lexical(doc, tokens, i + 1);
      // "Hanne I. Kreutzmann": "I." between two capitalised words is an initial, not the pronoun.
      const middleI = n.text === 'I' && n.dotAfter && tokens[i + 2]?.capitalized === true && doc.text.slice(n.end, tokens[i + 2]!.start) === '. ' && !lexical(doc, tokens, i + 2).common;
      const nextIsInitial = n.single && isUpperLetter(n.text) && (lx.first || lx.sur || middleI || !ROMAN_OR_PRONOUN.has(n.text)) && (n.dotAfter || /^[\s,;:)]|^$/.test(doc.text.slice(n.end, n.end + 1)));
      // A roman numeral is a class after a word ("ASA III", "NYHA IV"), never a surname.
      const nextIsSurname = !n.single && !ln.eponymHere && !CLASS_NUMERAL.test(n.text) && (ln.sur || ln.first || !ln.common);
      let score = 0;
      // "ASIA A", "AIS B": a spinal cord injury's impairment grade in capitals, no given name and initial.
      if (nextIsInitial && t.upper && !doc.allCaps && SCALE_ACRONYMS.has(t.text) && !n.dotAfter) return -1;
      if (lx.first && !lx.common) {
        if (nextIsInitial) score = 0.85;
        else if (nextIsSurname) score = ln.common ? 0.6 : 0.88;
      } else if (lx.first && lx.common) {
        // "Will", "Hope", "May": only with a clear surname or an initial with a period.
        if (nextIsInitial && n.dotAfter) score = 0.7;
        // Not an eponym before its head: "the Will Rogers phenomenon" (round 39).
        else if (!n.single && ((ln.sur && !ln.common && !ln.eponymHere) || (hyphenatedSurname(doc, n) && !ln.eponymHere))) score = 0.8;
        // "summary for Faith Rivers", "Joy Long's aide", "Hope Baker, 34,": both words English, framed as a person.
        else if (wordNameInFrame(doc, tokens, i, ln)) score = 0.7;
      } else if (lx.sur && lx.common && t.capitalized && nextIsInitial && n.dotAfter && /^[\s,;:)]|^$/.test(doc.text.slice(n.end + 1, n.end + 2))) {
        score = 0.65; // "Smith J.," written surname first
      } else if (!lx.common && lx.sur && !(n.upper && !t.upper && !doc.allCaps && n.text.length <= 4 && !n.single)) {
        // (A short word in capitals after a capitalised surname is an acronym: "Endo GIA", "Kerr VTE".)
        if (nextIsInitial && n.dotAfter) score = 0.75;
        // "Philips Respironics", "Baxter Hologic": two makers' names are a product's, not a person's.
        else if (nextIsSurname && !ln.common && !(isEponym(doc, t) && isEponym(doc, n))) score = 0.75;
        else if (nextIsInitial && bareMiddleInitial(doc, tokens, i + 1)) score = 0.7; // "Brisa T Halvorsdóttir": a given name the surname list holds
      } else if (!lx.common && t.capitalized && !n.single && ln.sur && !ln.common && !ln.eponymHere && n.capitalized && !FUNCTION_WORDS.has(t.lower) && !doc.dict.allCities.has(`${t.lower} ${n.lower}`)) {
        // (Not a pronoun's contraction: "I'm Chamorro" tells a people, "I'd Garber" nothing.)
        score = 0.65; // "Ottoline Garber": unknown given name, known surname
      } else if (!lx.common && t.capitalized && nextIsInitial && n.dotAfter) {
        score = 0.65; // "Rubija P."
      } else if (!lx.common && t.capitalized && nextIsInitial && bareMiddleInitial(doc, tokens, i + 1)) {
        score = 0.7; // "Fredrik L Sommerseth": given name, bare middle initial, surname
      } else if (!lx.common && !ln.common && !n.single && t.capitalized && n.capitalized && /[^\x00-\x7F]/.test(t.text + n.text)) {
        score = 0.6; // two unknown capitalised words with non-ASCII letters: "Krisztián Szöllösy"
      }
      if (score > 0 && !n.single && doc.dict.allCities.has(`${t.lower} ${n.lower}`) && !lx.first) score = 0;
      // Round 135: "lives on Lincoln Ave", "Jackson Blvd", "Scheduling | Houston Methodist": a street's suffix, or the rest
      // of a known health system's name, after a given name that names a street or a system too; the street and
      // facility rules read it as the place ("Ave" is a listed surname, but no person's after a town's name).
      if (score > 0 && !n.single && (STREET_NOT_SURNAMES.has(n.lower) || lexicon.KNOWN_FACILITIES.has(`${t.lower} ${n.lower}`)) && !(tokens[i + 2]?.capitalized && (oneSpace(doc, n, tokens[i + 2] as Token) || (n.lower === 'st' && /^\.[ \t]$/.test(doc.text.slice(n.end, (tokens[i + 2] as Token).start)))))) score = 0;
      // Round 84: a maker's surname before a product written in camel case ("Stryker ProCuity", "Vanderbilt BioVU"):
      // no given name, and a capital inside the second word that no surname's prefix explains ("McAllister" stays).
      if (score > 0 && !lx.first && innerCapital(n.text)) score = 0;
      // Round 143: a listed acronym of four capitals or more after a capitalised word in mixed case is a form's or a
      // program's ("Oregon POLST Registry", "Austin SNAP office"), no surname.
      if (score > 0 && n.upper && n.text.length >= 4 && !t.upper && !doc.allCaps && CLINICAL_ACRONYMS.has(n.text)) score = 0;
      // Round 146: a word of grammar opening a phrase in lower case after a given name is no surname ("Tech: Roger On
      // call tech notified", "Grace In the morning").
      if (score > 0 && FUNCTION_WORDS.has(n.lower) && ln.common && !doc.allCaps && tokens[i + 2] !== undefined && (tokens[i + 2] as Token).text === (tokens[i + 2] as Token).lower && oneSpace(doc, n, tokens[i + 2] as Token)) score = 0;
      if (score > 0) {
        const j = extendRun(doc, tokens, i + 1, 0.35);
        pushName(doc, out, i, j, score, { kind: 'dictionary', detail: lx.first ? 'first-names' : 'surnames' });
        return j;
      }
    }
    // "Helen de la Cruz": a given name, then particles and a capitalised surname.
    if (n && ((lx.first && !lx.common) || (!lx.common && t.capitalized && GERMANIC_PARTICLES.has(n.text))) && PARTICLES.has(n.text)) {
      const j = extendRun(doc, tokens, i, 0.35);
      if (j > i + 1) {
        pushName(doc, out, i, j, 0.8, { kind: 'dictionary', detail: 'first-names-particle' });
        return j;
      }
    }
    // "Smith, John": surname, comma, first name.
    if (n && lx.sur && !lx.common && doc.text.slice(t.end, n.start) === ', ' && shaped(doc, n)) {
      const ln = lexical(doc, tokens, i + 1);
      // Round 122: "Stroop, Rey Complex Figure": two tests' eponyms in a list of named tests.
      if (ln.first && !ln.common && !countryList(doc, tokens, i) && !(wholeEponym(doc, t) && wholeEponym(doc, n) && namedTestNear(doc, t.start, n.end))) {
        const j = extendRun(doc, tokens, i + 1, 0.35);
        pushName(doc, out, i, j, 0.8, { kind: 'dictionary', detail: 'surname-comma-first' });
        return j;
      }
    }
    // "Wright, Holly - CHF", "| Okonkwo, Chidi |", "\"Oduya, Grace\"": a list or table entry; a fragment pasted in single
    // quotes closes with one ("'SUBSCRIBER: OYELOWO, FOLASADE'"), not a possessive's ("Grace's" keeps no "'s" token).
    if (n && (lx.sur || !lx.common) && !lx.eponymHere && commaGap(doc.text, t.end, n.start) && shaped(doc, n) && !n.single) {
      const ln = lexical(doc, tokens, i + 1);
      const afterN = doc.text.slice(n.end, n.end + 3);
      // A dash that ends the entry, not one inside a marker's name ("FISH, Ki-67").
      // Round 40: a form's field also ends at a wide gap ("RE: Tuilagi, Sefo    ID#:"), and a second given name may
      // close it ("NM1 QC: HUYNH, BAO TRAN   Member ID").
      // Lead's probe: a log row's "pt" or "patient" before a surname and a given name in capitals, the row going on in
      // mixed case ("K 6.8 pt PRZYBYLSKI, ANTONI rm 418"): no English word nor acronym, each with a vowel ("pt NPO, NKDA").
      const patientRow = t.upper && n.upper && !doc.allCaps && t.text.length >= 4 && n.text.length >= 3 && !lx.common && !ln.common &&
        !CLINICAL_ACRONYMS.has(t.text) && !CLINICAL_ACRONYMS.has(n.text) && HAS_VOWEL.test(t.text) && HAS_VOWEL.test(n.text) &&
        PATIENT_WORD_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 9), t.start));
      const entryEnd = /^(?:[ \t]*(?:$|[\-–](?!\d)|[|"\n;]|['’](?![\p{L}])|\r)|[ \t]\p{Lu}\b|[ \t]{2,}\S)/u.test(afterN) ||
        (n.upper && SECOND_GIVEN_ENDS_FIELD.test(doc.text.slice(n.end, n.end + 34))) || patientRow;
      const fieldLabel = FIELD_NAME_LABEL_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 64), t.start));
      // Round 143: nor a listed town that is no given name after a place's name ("Providence Sacred Heart, Spokane").
      const place = lexicon.US_STATES.has(n.lower) || lexicon.STATE_CODES.has(n.text) || (doc.dict.allCities.has(n.lower) && !ln.first); // "Boston, MA"
      // "ALLERGY: PCN, SULFA" on a wristband: an allergy label heads a list of drugs.
      const allergens = ALLERGY_LABEL_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 24), t.start));
      // Round 42: "Language: English, Igbo", "speaks Somali, Arabic": two languages listed, not "English, Rose".
      const languages = lexicon.LANGUAGES.has(t.lower) && lexicon.LANGUAGES.has(n.lower);
      // Round 51: a person's field vouches for a given name that is a word too ("Member Name: Abernathy-Sowande, Temperance").
      if (entryEnd && !place && !allergens && !languages && !(REPLY_OPENERS.has(t.lower) && opensClause(doc.text, t.start)) && (ln.first || !ln.common || fieldLabel) && !ln.eponymHere && (lx.sur || ln.first || doc.allCaps || fieldLabel) && !CLINICAL_ACRONYMS.has(t.text)) {
        const j = extendRun(doc, tokens, i + 1, 0.35);
        pushName(doc, out, i, j, 0.72, { kind: 'dictionary', detail: 'list-surname-comma-given' });
        return j;
      }
    }
  }
  return -1;
}

/** An allergy field's label right before a list: "ALLERGY: ", "Allergies: ", "allergic to ". */
// Round 40: a claim's or a letter's field that names the person, before a "Surname, Given" entry ("RE: Tuilagi, Sefo",
// "NM1 QC: HUYNH, BAO", "Claimant: ...").
// Round 51: "Member Name:", "Employee:" and a faxed form's wide gap after the colon ("Patient:      Okafor, Chidinma").
const FIELD_NAME_LABEL_BEFORE = /(?:^|[^a-z])(?:re|patient|pt|member|insured|subscriber|claimant|guarantor|beneficiary|applicant|employee|nm1[ \t*](?:qc|il))(?:[ \t]name)?[ \t]{0,2}:[ \t]{1,40}$/;
// A second given name in capitals that closes a form's name field: a wide gap or the line's end after it.
const SECOND_GIVEN_ENDS_FIELD = /^[ \t]\p{Lu}{2,20}(?:[ \t]{2,}|[ \t]*\r?\n|[ \t]*$)/u;
/** "pt " or "patient " right before a word: a log row names its patient next. */
const PATIENT_WORD_BEFORE = /(?<![a-z])(?:pt\.?|patient)[ \t]{1,2}$/;
const HAS_VOWEL = /[AEIOUY]/;
const ALLERGY_LABEL_BEFORE = /(?:allerg(?:y|ies|ens?)|allergic[ \t]to|adverse[ \t]reactions?)[ \t]{0,2}:?[ \t]{0,3}$/;
/** Words right before a name that ask something for or of a person: "summary for Faith Rivers", "message to Dawn Marsh". */
const PERSON_REQUEST_BEFORE = new Set(['for', 'to']);
/** After a name: a possessive before a lower-case noun ("Joy Long's aide"), or an age between commas ("Hope Baker, 34,"). */
const PERSON_AFTER = /^(?:['’]s?[ \t]\p{Ll}|,[ \t]\d{1,3}(?:[,;)]|$|[ \t]?(?:y|yo|y\/o|years?)\b))/u;
/** After a name: a person's own number in brackets ("Bill Frank (license F255...", "(DOB 3/4/61)"). */
const PERSON_NUMBER_AFTER = /^[ \t]\((?:license|lic|dob|d\.o\.b|mrn)\b/;
/** Words of place or direction that a surname list holds too: "to Mercy West", "for Grace North". */
// Features of land and water too: "for Rocky Mountain spotted fever".
const PLACE_SECOND_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'valley', 'park', 'village', 'point', 'springs', 'harbor', 'bay', 'lake', 'street', 'avenue', 'road', 'church', 'chapel', 'hall', 'house', 'lane', 'square', 'way',
  'mountain', 'mountains', 'river', 'creek', 'island', 'beach', 'canyon', 'forest', 'county', 'city']);

/**
 * Token i is a given name that is an English word ("Faith", "Dawn", "Will"), token i+1 a surname or a word of no
 * list, and the request frames them as a person: "for" or "to" or "on behalf of" before them, or a possessive, an age
 * or a person's number after them. Not "to Mercy West", "for Hope Lodge" (a place), "for Grant Park" (a town).
 */
function wordNameInFrame(doc: DocumentView, tokens: readonly Token[], i: number, ln: Lexical): boolean {
  const t = tokens[i] as Token;
  const n = tokens[i + 1] as Token;
  if (!t.capitalized || !n.capitalized || n.single || !oneSpace(doc, t, n) || !(ln.sur || !ln.common) || ln.eponymHere) return false;
  // Nor months: "Compare to May June readings".
  if (facilityHeadAt(doc, i + 1) || facilityHeadAt(doc, i + 2) || PLACE_SECOND_WORDS.has(n.lower) || CALENDAR_WORDS.has(t.lower) || CALENDAR_WORDS.has(n.lower) || doc.dict.allCities.has(`${t.lower} ${n.lower}`)) return false;
  const p = tokens[i - 1];
  // "Frank" before a word is also the adjective: "admitted for Frank Blood per rectum" needs more than "for".
  if (p !== undefined && p.text === p.lower && oneSpace(doc, p, t) && t.lower !== 'frank' && (PERSON_REQUEST_BEFORE.has(p.lower) || (p.lower === 'of' && tokens[i - 2]?.lower === 'behalf'))) return true;
  // Round 39: "Pt Mercy Tembo", "58F Summer Lindqvist", "38 yo Willow Haverford": the patient's word in any case, or
  // an age and sex in shorthand, right before the pair, whose second word a list of surnames holds or is shaped as
  // one ("58F Summer Olympics hopeful" is neither).
  if (p !== undefined && (ln.sur || nameShape(doc, tokens, i + 1) === STRONG_SHAPE) && oneSpace(doc, p, t) && t.lower !== 'frank' && (PATIENT_WORDS.has(p.lower) || AGE_SEX_BEFORE.test(doc.text.slice(Math.max(0, t.start - 12), t.start)))) return true;
  const after = doc.text.slice(n.end, n.end + 12);
  if (PERSON_AFTER.test(after) || PERSON_NUMBER_AFTER.test(after.toLowerCase()) || PERSON_FIELD_AFTER.test(after)) return true;
  // Round 121: set off by commas after a person's noun, as a question introduces its patient ("a 45-year-old woman,
  // Gift Chanda, seen at", "a member, Faith Otieno?"); the comma and the noun are tested first, rarely both there.
  return t.start >= 2 && doc.text.charCodeAt(t.start - 2) === 44 && APPOSITION_CLOSE_AFTER.test(after) &&
    PERSON_NOUN_COMMA_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 40), t.start));
}

/** Round 121: token t stands alone between a person's noun with its comma and a comma: "woman, Hope, seen". */
function appositionAlone(doc: DocumentView, t: Token): boolean {
  return t.start >= 2 && doc.text.charCodeAt(t.start - 2) === 44 && doc.text.charCodeAt(t.end) === 44 &&
    PERSON_NOUN_COMMA_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 40), t.start));
}

/** Round 121: a person's noun and a comma right before an appositive name ("woman, ", "pt, ", "resident, "), or any
 * noun after an age ("67-year-old retiree, "). */
const PERSON_NOUN_COMMA_BEFORE = /(?:(?<![a-z])(?:woman|man|male|female|lady|gentleman|boy|girl|child|infant|toddler|teen|adolescent|patient|pt|member|resident|participant|subject|employee|worker|camper|student|client|donor|recipient|traveler|traveller|veteran|retiree|nurse|teacher|farmer|athlete|driver|mother|father|mom|dad|wife|husband|son|daughter|sister|brother|grandmother|grandfather|aunt|uncle)|\d(?:[ \t-]?(?:year|yr|month)s?[ \t-]old|[ \t]?(?:yo|y\/o))[ \t]{1,2}[a-z]{3,14})[ \t]{0,2},[ \t]{1,2}$/;
/** What closes an appositive name: a comma, a semicolon, a bracket, the question's or the sentence's end. */
const APPOSITION_CLOSE_AFTER = /^(?:[,;?)]|\.(?:\s|$)|$)/;

/** Before a name: an age and a sex in shorthand ("58F ", "34 M ", "38 yo ", "41 y/o F "), a number of 1 to 3 digits alone. */
const AGE_SEX_BEFORE = /(?:^|[\s(,:;])\d{1,3}[ \t]?(?:[MF]|yo|y\/o|y\.o\.|yo[MF]|y\/o[ \t][MF])[ \t]$/;
/**
 * Round 39: after a name, a field of the person's own ("Precious Mahlangu ph 617-...", "Honor Lightfoot acct 8812...",
 * "Lark Emberton 19, first visit", "Willow Haverford G2P1001"): a phone's, account's, record's or birth date's label
 * before a digit, an age before a comma or "yo", or an obstetric history.
 */
// Case kept: "pH 7.2" is no phone.
const PERSON_FIELD_AFTER = /^[ \t](?:(?:ph|Ph|PH|phone|Phone|tel|Tel|cell|Cell|acct|Acct|ACCT|mrn|MRN|dob|DOB)[ \t]?[:#.]?[ \t]?[\d(]|\d{1,2}(?:[,;]|[ \t]?(?:yo|y\/o)\b)|G\d{1,2}[ \t]?P\d)/;

/** Verbs said of people, not of drugs or places: "Ilkka lives alone", "Yevgenia shouted", "Oduya smokes". */
// Not "works", "began": "Metformin works", "Ibuprofen began to help".
const PERSON_VERBS = new Set(['lives', 'lived', 'shouted', 'yelled', 'screamed', 'cried', 'smokes', 'smoked', 'drinks', 'walks', 'ambulates', 'attends', 'speaks', 'spoke', 'wrote', 'married']);

/** Given names that are modal verbs or things of billing: "Will reports be sent?", "Bill denied by the payer". */
const MODAL_NAMES = new Set(['will', 'may', 'can', 'must', 'bill', 'grant', 'chase', 'penny', 'sterling', 'cash', 'price']);

/** Endings of fields, roles and services ("Oncology", "Cardiologist", "Nursing", "Radiation"), never of a given name here. */
const FIELD_ENDING = /(?:ist|ists|ian|ians|ogy|ics|ing|tion|ive|ory)$/;
/** Verbs of a patient's own account, said of a person only: after them a common word and a surname are a name. */
const ACCOUNT_VERBS = new Set(['reports', 'reported', 'states', 'stated', 'denies', 'denied', 'complains', 'presents', 'presented', 'endorses', 'admits', 'underwent', 'verbalized', 'verbalizes', 'refuses', 'refused', 'declines', 'declined']);

/**
 * A given name that is an English word no list holds as a name ("Ranger", "Temperance", "Sawyer"), then a listed
 * surname that is no English word, opening a sentence or a line as the subject of a patient's own account: "Ranger
 * Collins reports chest pain", "Temperance Okafor denies SI". Not a role, a relation, a title, a department or an
 * eponym before the surname ("Attending Patel reports", "Nurse Collins states" are the cue rules').
 */
function wordGivenNameSubject(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): boolean {
  const t = tokens[i] as Token;
  const n = tokens[i + 1];
  const v = tokens[i + 2];
  if (n === undefined || v === undefined || !n.capitalized || n.single || t.text.length < 4 || t.upper || n.upper || !oneSpace(doc, t, n) || !oneSpace(doc, n, v)) return false;
  if (!ACCOUNT_VERBS.has(v.text) || doc.isSur[i + 1] === 0 || doc.isCommon[i + 1] === 1) return false;
  if (isTitle(doc, t) || RELATIONS.has(t.lower) || lexicon.NAME_CUES_BEFORE.has(t.lower) || lexicon.SPECIALTY_SHORTHAND.has(t.lower) || lexicon.EPONYMS.has(t.lower) || lexicon.FACILITY_HEADS.has(t.lower) || lexicon.FACILITY_PREFIXES.has(t.lower) || FIELD_ENDING.test(t.lower)) return false;
  if (!opensSentence(doc.text, t.start, SENTENCE_STOP_BEFORE, true)) return false;
  pushName(doc, out, i, i + 1, 0.7, { kind: 'dictionary', detail: 'word-name-as-subject' });
  return true;
}

/** 4b. "Bill Young presents", "Grace Long is", "Frank Yilmaz was": given name and surname as a subject. */
/**
 * "Son Tom called.", "Son Marshall Reyes called.": the relation opening a sentence or a line before a given name,
 * which the relation's cue names on its own ("Son" is a given name too, and would be taken into the name).
 */
function sonBeforeGivenName(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const n = tokens[i + 1];
  if (t.text !== 'Son' || n === undefined || !n.capitalized || !oneSpace(doc, t, n) || doc.isFirst[i + 1] !== 1) return false;
  // A given name no list of surnames holds ("Son Tom"), or a given name and a surname after it ("Son Marshall Reyes"):
  // "Son Nguyen", "Son Tran" (surnames some lists hold as given names too) keep "Son" as the given name.
  const s = tokens[i + 2];
  if (doc.isSur[i + 1] === 1 && !(s !== undefined && s.capitalized && oneSpace(doc, n, s) && doc.isSur[i + 2] === 1 && doc.isCommon[i + 2] === 0)) return false;
  return opensSentence(doc.text, t.start, SENTENCE_OR_LABEL_STOP_BEFORE, true);
}

function subjectRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.capitalized && !t.single) {
    if (sonBeforeGivenName(doc, tokens, i)) return -1;
    const lx = lexical(doc, tokens, i);
    // Each shape below starts at a listed given name or a word of no English list: not at a common word
    // that is no given name ("The", "Please"), the most frequent capitalised word.
    // Nor at a word of grammar that some lists hold as a given name ("In May reported cases rose").
    if (FUNCTION_WORDS.has(t.lower)) return -1;
    if (lx.common && !lx.first) return wordGivenNameSubject(doc, tokens, i, out) ? i + 1 : -1;
    const n = tokens[i + 1];
    const v = tokens[i + 2];
    if (n?.capitalized && v && doc.text.slice(t.end, n.start) === ' ' && /^[ \t]{1,2}$|^:[ \t]/.test(doc.text.slice(n.end, v.start))) {
      const ln = lexical(doc, tokens, i + 1);
      // A speaker's label ("Ana Ruiz: ..."), but not a field's ("Hosp No:", "Ref No:").
      // A person's deed in the past is no modal's ("Will Grant drove him home", not "Will Grant drive").
      // Not inside a longer capitalised phrase ("The Princess Royal arrived"), nor after a relation ("Son Tou drove her").
      const deed = v.text === v.lower && PERSON_DEEDS.has(v.lower) && !RELATIONS.has(t.lower) && !afterCapitalised(doc, tokens, i);
      const verb = SUBJECT_VERBS.has(v.lower) || deed || (doc.text[n.end] === ':' && n.lower !== 'no');
      const unknownGiven = !lx.first && !lx.common && !acronym(doc, t) && !doc.dict.allCities.has(t.lower);
      // "Frank Yilmaz was started": a listed given name before a surname no list holds, but not a modal
      // before a drug ("Will Keppra be continued") nor an adjective before a finding ("Frank Hematuria was").
      const unknownSur = lx.first && !ln.common && !ln.first && !n.single && !acronym(doc, n) && !MODAL_NAMES.has(t.lower) && !CLINICAL_ENDING.test(n.lower);
      // Round 160: a weekday after a word of no list is a task's day ("Reassess Monday: <surname>"), no surname.
      const weekdayAfterUnknown = unknownGiven && lexicon.WEEKDAYS.has(n.lower);
      if (verb && (lx.first || unknownGiven) && (ln.sur || unknownSur) && !lx.eponymHere && !ln.eponymHere && !weekdayAfterUnknown) {
        pushName(doc, out, i, i + 1, 0.7, { kind: 'dictionary', detail: 'name-as-subject' });
        return i + 1;
      }
    }
    // "Teodor says": an unknown capitalised word before a reporting verb.
    if (v === undefined || n) {
      // "Ciarán was seen today": so is one before a state said only of a person (not "started": "Keppra was started").
      const reporting = n !== undefined && (SUBJECT_VERBS.has(n.lower) || PERSON_VERBS.has(n.lower)) && !['is', 'was', 'has', 'had', 'will', 'seen', 'called'].includes(n.lower);
      // Not a relative by marriage: "Daughter-in-law says" (round 41).
      // Round 84: nor a state that is no given name: "the Wisconsin and Illinois reports: young age" ("Georgia says" stays).
      if (n && !lx.common && !lx.eponymHere && !acronym(doc, t) && !t.lower.endsWith('-in-law') && n.start - t.end <= 2 && blanksOnly(doc.text, t.end, n.start) && !doc.dict.allCities.has(t.lower) && !(!lx.first && lexicon.US_STATES.has(t.lower)) &&
        // A drug's name holds no accented letter: "Ciarán was started on" is a person.
        (reporting || (personStateAfter(doc, tokens, i + 1) && (tokens[i + 2]?.lower !== 'started' || ACCENTED_LATIN.test(t.text))))) {
        pushName(doc, out, i, i, 0.6, { kind: 'pattern', detail: 'subject-of-reporting-verb' });
        return i;
      }
      // "Pearl underwent", "Dawn verbalized understanding": a given name that is also a word, before a verb said only of a person.
      // Not the last word of a capitalised phrase ("The Princess Royal arrived").
      const inPhrase = afterCapitalised(doc, tokens, i);
      // "Will" and "May" too before a deed in the past, which no modal and no month takes ("Will called back", "May came in").
      const modal = MODAL_NAMES.has(t.lower) || CALENDAR_WORDS.has(t.lower);
      // Not a relative's word as the subject ("Son states", "Sister reports"): kin, told by the note, not a given name.
      // Round 146: nor a carer's role ("Aide visits 2x/wk").
      if (n && lx.first && lx.common && !inPhrase && !RELATIONS.has(t.lower) && !CARE_ROLES.has(t.lower) && oneSpace(doc, t, n) && (PERSON_DEEDS.has(n.lower) || personStateAfter(doc, tokens, i + 1)) && !lx.eponymHere &&
        (!modal || ((t.lower === 'will' || t.lower === 'may') && PAST_DEEDS.has(n.lower)) || (MONEY_NAMES.has(t.lower) && PAST_DEEDS_OF_PEOPLE.has(n.lower)) || (n.lower === 'is' && tokens[i + 2] !== undefined && ageAfter(doc, tokens[i + 2] as Token)))) {
        pushName(doc, out, i, i, 0.6, { kind: 'dictionary', detail: 'given-name-subject' });
        // "Hope and Grace called": the given name before "and" shares the deed.
        const g = tokens[i - 2];
        if (g !== undefined && (tokens[i - 1] as Token).lower === 'and' && g.capitalized && doc.isFirst[i - 2] === 1 && oneSpace(doc, g, tokens[i - 1] as Token) && oneSpace(doc, tokens[i - 1] as Token, t) &&
          !afterCapitalised(doc, tokens, i - 2) && !lexical(doc, tokens, i - 2).eponymHere) {
          pushName(doc, out, i - 2, i - 2, 0.6, { kind: 'dictionary', detail: 'given-name-subject' });
        }
        return i;
      }
    }
  }
  return -1;
}

/** Token k follows a capitalised word one blank before it: the last word of a longer capitalised phrase. */
function afterCapitalised(doc: DocumentView, tokens: readonly Token[], k: number): boolean {
  return k > 0 && (tokens[k - 1] as Token).capitalized && oneSpace(doc, tokens[k - 1] as Token, tokens[k] as Token);
}

/** Money words that are given names: only what a person does makes them the name ("Bill came"; not "Bill denied by the payer"). */
const MONEY_NAMES = new Set(['bill', 'penny', 'chase']);
const PAST_DEEDS_OF_PEOPLE = new Set(['called', 'phoned', 'texted', 'emailed', 'messaged', 'said', 'asked', 'arrived', 'came', 'visited', 'attended', 'drove', 'walked', 'stated', 'agreed']);

/** Deeds in the past: after "Will" or "May" no modal reading is left ("Will called back", not "Will call back"). */
const PAST_DEEDS = new Set(['called', 'phoned', 'texted', 'emailed', 'messaged', 'said', 'asked', 'arrived', 'presented', 'came', 'returned', 'visited', 'attended', 'drove', 'walked', 'reported', 'stated', 'denied', 'declined', 'refused', 'agreed', 'underwent']);

/** Said of a person after "is" or "was": "Rose was seen today", "Hope is doing well", "Grace was admitted" (and an age: see AGE_AFTER_A). */
const PERSON_STATES = new Set(['seen', 'here', 'doing', 'started', 'admitted', 'discharged', 'accompanied', 'brought', 'transferred', 'feeling', 'alert', 'awake', 'oriented', 'tearful', 'anxious', 'pleasant', 'cooperative']);

/** Tokens k and k + 1 are "is" or "was" and a state said of a person only. */
function personStateAfter(doc: DocumentView, tokens: readonly Token[], k: number): boolean {
  const be = tokens[k] as Token;
  const state = tokens[k + 1];
  return (be.lower === 'is' || be.lower === 'was') && state !== undefined && oneSpace(doc, be, state) &&
    (PERSON_STATES.has(state.lower) || ageAfter(doc, state));
}

/** Token a is "a" before an age. */
function ageAfter(doc: DocumentView, a: Token): boolean {
  return a.lower === 'a' && AGE_AFTER_A.test(doc.text.slice(a.end, a.end + 16));
}

/** An age after "is a", as a note opens: "Sunny is a 7 yo girl", "Hope is a 45-year-old woman". */
const AGE_AFTER_A = /^[ \t]\d{1,3}[ \t-]?(?:yo\b|y\/o|y\.o\.|years?\b|yrs?\b|months?\b|mos?\b|weeks?\b|wks?\b|days?\b)/i;

/** Token k, one space after token k - 1, is a person's deed or state in lower case: "J. Smith called", "J.D. was seen". */
function deedAfter(doc: DocumentView, tokens: readonly Token[], k: number): boolean {
  const v = tokens[k];
  return v !== undefined && v.text === v.lower && doc.text.charCodeAt(v.start - 1) === 32 && !isBlank(doc.text.charCodeAt(v.start - 2)) &&
    (PERSON_DEEDS.has(v.lower) || personStateAfter(doc, tokens, k));
}

/** Everyday Chinese words (simplified and traditional) that open a run of characters in a bilingual note and name no one. */
const HAN_COMMON_OPENERS = ['病人', '患者', '病患', '孙女', '孫女', '孙子', '孫子', '女儿', '女兒', '儿子', '兒子', '奶奶', '爷爷', '爺爺', '外婆', '外公', '妈妈', '媽媽', '爸爸',
  '老公', '老婆', '妻子', '丈夫', '太太', '先生', '医生', '醫生', '护士', '護士', '中药', '中藥', '西药', '西藥', '中医', '中醫', '丹参', '丹參', '血压', '血壓', '血糖',
  '糖尿', '高血', '头晕', '頭暈', '胸口', '胸闷', '胸悶', '疼痛', '药', '藥', '说', '說', '我', '你', '他', '她', '最近', '今天', '昨天', '明天', '病人'];
const HAN_ONLY = /^[\p{Script=Han}]+$/u;
function hanWordsNoName(text: string): boolean {
  if (!HAN_ONLY.test(text)) return false;
  if (text.length > 4) return true;
  for (const w of HAN_COMMON_OPENERS) if (text.startsWith(w)) return true;
  return false;
}

/** Salutations of Spanish and Portuguese letters, before a title and a name. */
const SALUTATION_WORDS = new Set(['estimado', 'estimada', 'estimados', 'estimadas', 'querido', 'querida', 'prezado', 'prezada', 'distinguido', 'distinguida']);
const AGE_COUNTERS = new Set(['세', '살', '歳', '岁', '才']);

/** 4c. Names in scripts without letter case ("王小明", "محمد العلי") inside Latin-script text. Those scripts and marks all lie above U+0300: test the first code before the regex. */
function caselessRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.text.charCodeAt(0) >= 0x300 && CASELESS_SCRIPT.test(t.text)) {
    // "94세", "92歳", "3岁": an age's counter right after its digits, no name.
    if (AGE_COUNTERS.has(t.text) && t.start > 0 && isDigit(doc.text.charCodeAt(t.start - 1))) return i;
    // Chinese in characters without kana: a name is two to four characters; a longer run is a sentence ("奶奶最近胸口闷"),
    // and a common word or one opening on a kin word or "patient" ("病人", "中药", "孙女说") names no one (round 41).
    if (hanWordsNoName(t.text)) return i;
    let j = i;
    while (j + 1 < tokens.length && CASELESS_SCRIPT.test((tokens[j + 1] as Token).text) && /^[ \t]{0,2}$/.test(doc.text.slice((tokens[j] as Token).end, (tokens[j + 1] as Token).start))) j++;
    pushName(doc, out, i, j, 0.65, { kind: 'pattern', detail: 'caseless-script-name' });
    return j;
  }
  return -1;
}

/** Initials that abbreviate a compass point before a town ("N. Little Rock", "W. Hollywood"). */
const COMPASS_INITIALS = new Set(['N', 'S', 'E', 'W']);
/** Round 80: an exam's sign read after its side ("31 kg L. Phalen negative", "R. Tinel +"), no initial and surname. */
const SIGN_RESULT_AFTER = /^[ \t]{1,2}(?:negative|positive|neg|pos|sign|test|equivocal|[+\-](?![\w]))/i;
function sideBeforeSign(doc: DocumentView, t: Token, n: Token): boolean {
  return (t.text === 'L' || t.text === 'R') && lexicon.EPONYMS.has(n.lower) && SIGN_RESULT_AFTER.test(doc.text.slice(n.end, n.end + 12));
}


/** The dotted capitals at `start` are exactly two and a place one goes to ("O.R." but not "O.R.T."). */
function dottedPlace(text: string, start: number): boolean {
  return /^(?:E\.R\.|O\.R\.|U\.S\.|U\.K\.|E\.U\.|D\.C\.|E\.D\.)$/.test(text.slice(start, start + 4)) && !/^\p{Lu}\./u.test(text.slice(start + 4, start + 6));
}

/**
 * Round 53: the letter at `start` labels a multiple-choice option ("C. Tilt-table test  D. Holter"), as case-based exam
 * questions list answers: the letter before it labels another option earlier on the line or the line before.
 */
function answerOption(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c <= 65 || c > 72) return false;
  const before = text.slice(Math.max(0, start - 120), start);
  const prev = String.fromCharCode(c - 1);
  return new RegExp(`(?:^|[ \t\n(])${prev}[.)][ \t][^\n]{0,100}(?:[ \t]{2}|\t|\n)$`).test(before);
}

/** Round 150: a table's cell before the initial on its line and a column's gap after the word (see initialsRule). */
const CELL_BEFORE = /\S(?: {3,}|\t+)$/;
const CELL_AFTER = /^(?:[ \t]?\([a-z]{2,12}\))?(?: {3}|\t)/;
function tableCell(text: string, start: number, end: number): boolean {
  const line = text.lastIndexOf('\n', start - 1) + 1;
  return CELL_BEFORE.test(text.slice(Math.max(line, start - 48), start)) && CELL_AFTER.test(text.slice(end, end + 18));
}

/** Another person's initial, or a listed one's dotted initials, before a comma or "and": "Anna S. and ", "K.L., ". */
const INITIALS_BEFORE = /(?:^|[ \t(])((?:\p{Lu}\.){1,3})(?:,[ \t]| and | & )$/u;

/** Round 171: a temperature's unit ending its sentence ("Temperatura 100.8 F. Lo mandamos", "38.5 C. Le dimos"). */
const TEMPERATURE_BEFORE = /(?:^|[^\d\/.])(?:9\d|1[01]\d|3\d|4[0-2])(?:\.\d{1,2})?[ \t]?°?$/;
function temperatureUnit(text: string, t: Token): boolean {
  return (t.text === 'F' || t.text === 'C') && TEMPERATURE_BEFORE.test(text.slice(Math.max(0, t.start - 10), t.start));
}

/** 4d. Initials: "J. R. Whitcombe", "Okafor, M.", "T.O., 52M", "(L.V.)". */
function initialsRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.single && t.dotAfter && isUpperLetter(t.text)) {
    const n = tokens[i + 1];
    const m = tokens[i + 2];
    // A surname that is also a word needs a person's deed after it: "J.D. Smith called", not "E.G. Brown stools".
    if (n?.single && n.dotAfter && m && m.capitalized && /^\.[ \t]?$/.test(doc.text.slice(n.end, m.start)) && (!lexical(doc, tokens, i + 2).common || (lexical(doc, tokens, i + 2).sur && deedAfter(doc, tokens, i + 3)))) {
      pushName(doc, out, i, i + 2, 0.75, { kind: 'pattern', detail: 'initials-surname' });
      return i + 2;
    }
    // "investigator M. Toups", "signature L. Thibodeaux": an initial before a listed surname that is no word. A
    // town's name too ("J. Abernathy", "R. Villanueva"), but not after a compass point ("S. Pasadena", "E. Orange").
    if (n !== undefined && n.capitalized && !n.upper && !n.single && doc.text.slice(t.end, n.start) === '. ') {
      const lx = lexical(doc, tokens, i + 1);
      // A town's name needs more: no eponym ("L. Foley" after "1.2" is litres and a catheter) and no number before.
      const town = doc.dict.allCities.has(n.lower);
      // A word ("K. Brown") or a town's name ("J. Smith") is the surname before a person's deed ("called back").
      const deed = deedAfter(doc, tokens, i + 2);
      if (lx.sur && (!lx.common || deed) && !lx.eponymHere && !sideBeforeSign(doc, t, n) && !temperatureUnit(doc.text, t) && !answerOption(doc.text, t.start) && !(town && !deed && (COMPASS_INITIALS.has(t.text) || lexicon.EPONYMS.has(n.lower) || /\d[ \t]?$/.test(doc.text.slice(Math.max(0, t.start - 2), t.start))))) {
        pushName(doc, out, i, i + 1, 0.7, { kind: 'dictionary', detail: 'initial-surname' });
        return i + 1;
      }
    }
    // Round 150: a prescriber's or a staff member's cell in a pasted table ("90   S. Delacroix   Express Scripts",
    // "20   5   J. Mbeki (ortho)   Walgreens"): an initial and a capitalised word of no English list, no eponym and no
    // species ("S. Aureus   >100K"), with a cell before it on its line and a column's gap (or a bracketed role) after.
    if (n !== undefined && n.capitalized && !n.upper && !n.single && doc.text.slice(t.end, n.start) === '. ' && tableCell(doc.text, t.start, n.end)) {
      const lx = lexical(doc, tokens, i + 1);
      if (!lx.common && !lx.eponymHere && !(COMPASS_INITIALS.has(t.text) && doc.dict.allCities.has(n.lower)) && !SPECIES_EPITHETS.has(n.lower) && !answerOption(doc.text, t.start)) {
        pushName(doc, out, i, i + 1, 0.7, { kind: 'pattern', detail: 'initial-surname-cell' });
        return i + 1;
      }
    }
    const dotted = /^(?:\p{Lu}\.){2,3}/u.exec(doc.text.slice(t.start, t.start + 6));
    // Not from inside a longer dotted run ("M.S." of "E.M.S.").
    if (dotted && !DOTTED_NON_INITIALS.test(dotted[0]) && doc.text.charCodeAt(t.start - 1) !== 46 && !statuteCitation(doc.text, t.start, t.start + dotted[0].length)) {
      const after = doc.text.slice(t.start + dotted[0].length, t.start + dotted[0].length + 10);
      const before = doc.text.slice(Math.max(0, t.start - 12), t.start);
      const lastLetter = i + dotted[0].length / 2 - 1;
      // Also before a person's deed ("J.D. called back") and after another name's initial ("Anna S. and J.D.", "K.L., J.D.").
      // Round 165: or after a signer's label and its colon ("Patient signature: D.K. (shaky)", "Witness: R.T.").
      if (/^,?[ \t]?\d{1,3}[ \t]?(?:yo|y\/o|[MF])\b|^\)|^(?:,[ \t]| and | & )\p{Lu}\.\p{Lu}\./u.test(after) || /(?:\(|initials:?[ \t]?|with[ \t]|w\/[ \t]?|pt[ \t]|patient[ \t]|signature:[ \t]{1,2}|signed:[ \t]{1,2}|witness:[ \t]{1,2})$/i.test(before) || !DOTTED_NON_INITIALS.test(INITIALS_BEFORE.exec(before)?.[1] ?? 'U.S.') ||
        (tokens[lastLetter]?.end === t.start + dotted[0].length - 1 && deedAfter(doc, tokens, lastLetter + 1))) {
        const end = t.start + dotted[0].length;
        out.push(candidate(t.start, end, 'NAME', 0.72, ID, { kind: 'pattern', detail: 'dotted-initials' }));
        let last = i;
        while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < end) last++;
        return last;
      }
    }
  }
  // "Initials: R-M-H": hyphenated initials after their label, as trial forms write them.
  if (t.text.length >= 3 && t.text.length <= 7 && t.text.charCodeAt(1) === 45 && /^\p{Lu}(?:-\p{Lu}){1,3}$/u.test(t.text) && /initials[ \t]{0,2}:?[ \t]{1,2}$/i.test(doc.text.slice(Math.max(0, t.start - 14), t.start))) {
    pushName(doc, out, i, i, 0.75, { kind: 'context', detail: 'hyphenated-initials' });
    return i;
  }
  if (shaped(doc, t) && !t.single && !acronym(doc, t)) {
    const n = tokens[i + 1];
    const lx = lexical(doc, tokens, i);
    // Round 72: a pedigree's "b." and "d." in lower case before a year or an age are born and died, no initial
    // ("grandfather, from Kumasi, Ghana, d. 1975", "aunt in Lyon, France, d. at 61").
    if (n?.single && n.dotAfter && doc.text.slice(t.end, n.start) === ', ' && (lx.sur || !lx.common) && !lx.eponymHere && !bornOrDied(doc.text, n)) {
      // "R. Ebbesen, M.D.", "Marsh, D.D.S.": a degree with dots after the comma names the surname before it, and its
      // first letter is no initial of the name.
      if (DOTTED_DEGREE.test(doc.text.slice(n.start, n.start + 7))) {
        // The given name's initial right before is the same person's, where a name may start (a line, a label, "by"),
        // not a letter closing a sentence ("vitamin D. Marsh, M.D.").
        const p = tokens[i - 1];
        const initial = p !== undefined && p.single && /^[A-Z]$/.test(p.text) && doc.text.slice(p.end, t.start) === '. ' &&
          INITIAL_OPENS_NAME_BEFORE.test(doc.text.slice(Math.max(0, p.start - 12), p.start));
        pushName(doc, out, initial ? i - 1 : i, i, 0.72, { kind: 'dictionary', detail: 'surname-comma-degree' });
        return i;
      }
      pushName(doc, out, i, i + 1, 0.72, { kind: 'dictionary', detail: 'surname-comma-initial' });
      return i + 1;
    }
  }
  return -1;
}

/** Where a name may start before its initial: a text's or a line's start, a label's colon, a bracket, a comma, "by". */
const INITIAL_OPENS_NAME_BEFORE = /(?:^|[\n:;,(\[|]|(?<![\p{L}])(?:by|and|per|with|from|to|cc|Dr\.?))[ \t]*$/u;
/** A physician's or dentist's degree written with dots after the comma ("R. Ebbesen, M.D."): no initial of a name. */
const DOTTED_DEGREE = new RegExp(`^(?:${DOTTED_DEGREES})`);

/** Born or died: "b." or "d." in lower case, then a year, a date or "at" an age ("d. 1975", "b. 3/1950", "d. at 61"). */
function bornOrDied(text: string, n: Token): boolean {
  return (n.text === 'd' || n.text === 'b') && /^\.[ \t]{1,2}(?:\d|at[ \t]|age[ \t])/.test(text.slice(n.end, n.end + 8));
}

/**
 * The first token of the name that ends at token i: capitalised words one blank apart before it, a common word only
 * between two that are not ("Wanbli Two Bulls (uncle)"; not "Met" of "Met Joy (wife)"). At most three more.
 */
const RELATION_IN_BRACKETS = /^[ \t]?\((?:(?:patient|pt|her|his|the patient|(?:\p{Lu}[\p{Ll}\-]{1,20}[ \t]){0,2}\p{Lu}[\p{Ll}\-]{1,20})['’]?s?[ \t])?(\p{L}+)\)/u;
/** Where a signature's name starts: its line (after a dash), or a dash after the last sentence ("... so fast. - Sandy Brooks (dad)"). */
const SIGNATURE_START_BEFORE = /(?:^|\n)[ \t]{0,4}(?:[\-–—~][ \t]?)?$|[.!?][ \t]{1,3}[\-–—~][ \t]?$/;

function namePartsBefore(doc: DocumentView, tokens: readonly Token[], i: number): number {
  let s = i;
  while (s > i - 3 && s > 0) {
    const p = tokens[s - 1] as Token;
    if (!p.capitalized || !oneSpace(doc, p, tokens[s] as Token) || isTitle(doc, p) || FUNCTION_WORDS.has(p.lower) || RELATIONS.has(p.lower)) break;
    // Round 61: a given name that is a word too, opening a signature ("- Sandy Brooks (dad)").
    if (doc.isCommon[s - 1] === 1 && !(doc.isFirst[s - 1] === 1 && SIGNATURE_START_BEFORE.test(doc.text.slice(Math.max(0, p.start - 8), p.start)))) {
      const q = tokens[s - 2];
      if (q === undefined || !q.capitalized || !oneSpace(doc, q, p) || doc.isCommon[s - 2] === 1 || FUNCTION_WORDS.has(q.lower)) break;
    }
    s--;
  }
  return s;
}

// ", her sister,", ", pt's wife." after a word: its relation, closed by a comma, a semicolon or the sentence's end.
// Also a role with one word before it, after "the": "Justice, the night nurse.", "Royal, our charge nurse,".
/** Round 140: an owner and a relation right after a name, no comma between: " our grandson", " my neighbor". */
const UNCOMMA_RELATION = /^[ \t](?:our|my|his|her|their)[ \t]{1,2}(\p{Ll}+)\b/u;
/**
 * Modal verbs that are given names too, which may open a question before "my son" ("Will my son ..."), and verbs of a
 * wish before a clause ("Hope my daughter can come", "Pray my son is ok").
 */
const MODAL_WORDS = new Set(['will', 'may', 'can', 'must', 'might', 'shall', 'hope', 'pray', 'trust', 'wish', 'bet', 'guess']);
const APPOSITIVE_RELATION = /^,[ \t]{1,2}(?:her|his|their|our|my|the|the[ \t]patient['’]s|patient['’]s|pt['’]s)[ \t]{1,2}(?:\p{Ll}+[ \t])?(\p{L}+)(?=[ \t]?[,;)]|\.(?:\s|$))/u;

/** People's roles that an appositive names: ", the night nurse", ", her home aide", ", our social worker". */
const APPOSITIVE_ROLES = new Set(['nurse', 'aide', 'rn', 'lpn', 'cna', 'np', 'doctor', 'physician', 'therapist', 'worker', 'chaplain', 'interpreter', 'caregiver', 'attending',
  'resident', 'intern', 'pharmacist', 'dietitian', 'midwife', 'doula', 'navigator', 'counselor', 'counsellor', 'neighbor', 'neighbour', 'friend', 'roommate', 'landlord', 'guardian', 'teacher', 'coach', 'pastor', 'priest']);

/** Tokens i-1, i read as a person's given name and surname before a role's appositive (see relationRule). */
function roleAppositivePair(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const g = tokens[i - 1] as Token;
  if (!g.capitalized || !oneSpace(doc, g, t) || FUNCTION_WORDS.has(g.lower) || CALENDAR_WORDS.has(g.lower) || isTitle(doc, g)) return false;
  if ((((doc.wordFlags[i] as number) | (doc.wordFlags[i - 1] as number)) & WORD_FACILITY_HEAD) !== 0) return false;
  if (doc.dict.allCities.has(t.lower) || lexicon.US_STATES.has(t.lower) || lexical(doc, tokens, i).eponymHere || lexical(doc, tokens, i - 1).eponymHere) return false;
  // Not the last two words of a longer capitalised run ("Lakeside Family Peds, nurse").
  const q = tokens[i - 2];
  return q === undefined || !q.capitalized || !oneSpace(doc, q, g);
}
/** Round 142: a staff role set off after a name, one qualifier at most: ", genetic counsellor,", ", charge nurse.", ", social worker on". */
const STAFF_ROLE_APPOSITIVE = /^,[ \t]{1,2}(?:[a-z]{2,14}[ \t]{1,2})?(?:counsell?or|nurse|worker|coordinator|navigator|midwife|doula|chaplain|interpreter|therapist|dietitian|pharmacist|manager|practitioner|physician)(?=[ \t]?[,;)]|\.(?:\s|$)|$|[ \t]{1,2}(?:on|at)\b)/;

/**
 * Clinicians' roles and shifts written in brackets after a name in attendance and staffing lists ("Marisol (days) / Ahmed (nights)").
 * Round 53: and their departments, as tumour boards' and committees' minutes list attendees ("Eamon Fitzwilliam (Radiology)").
 */
const BRACKETED_ROLE = /^[ \t]?\((?:attending|fellow|resident|intern|surgeon|pathologist|radiologist|oncologist|anesthesiologist|intensivist|hospitalist|navigator|nav|scribe|preceptor|charge(?:[ \t]rn)?|path|rad[ \t]onc|med[ \t]onc|surg[ \t]onc|gyn[ \t]onc|heme[\/ \t]onc|thoracic[ \t]surg(?:ery)?|days|nights|evenings|nocs|(?:day|night|evening)[ \t]shift|(?:interventional[ \t])?radiology|pathology|an(?:a)?esthesi(?:a|ology)|cardiology|(?:medical[ \t]|radiation[ \t]|surgical[ \t])?oncology|(?:general[ \t])?surgery|neurology|neurosurgery|nephrology|pulmonology|gastroenterology|hematology|palliative[ \t]care|social[ \t]work|genetics|nuclear[ \t]medicine)\)/i;

/**
 * Round 105: a care team's list or log gives a listed given name and a listed surname, both English words too, before
 * the role in brackets ("Sterling Cross (charge RN)", "1105 Ivy Walker (wound nurse) assessed"). Only the pair;
 * a word alone ("Foley (RN)", "Walker (PT)") and a single unknown word stay with BRACKETED_ROLE's tests.
 */
const PAIR_BRACKETED_ROLE = /^[ \t]?\((?:(?:charge|wound|float|staff|primary|night|day|triage|infusion|ostomy|school)[ \t](?:rn|nurse)|rn|lpn|lvn|np|pa-c|pharm|pharmd|pharmacist|dietitian|chaplain|case[ \t]manager|social[ \t]worker|attending|fellow|resident|intern|charge)\)/i;

/** Tokens i-1, i: a capitalised listed given name, one blank, a capitalised listed surname, neither an eponym or title here. */
function listedPairBefore(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const p = tokens[i - 1];
  if (p === undefined || !t.capitalized || !p.capitalized || p.single || doc.isSur[i] !== 1 || doc.isFirst[i - 1] !== 1 || !oneSpace(doc, p, t)) return false;
  // An eponym's word may be the surname here ("Grace Baker (pharm)"): the listed given name before it says so.
  if (isTitle(doc, p) || lexicon.EPONYMS.has(p.lower) || lexical(doc, tokens, i - 1).eponymHere || lexical(doc, tokens, i).eponymHere) return false;
  // Not the last words of a longer capitalised heading ("Wound Care Team Grace Baker (RN)" is a header's run).
  const q = tokens[i - 2];
  return q === undefined || !q.capitalized || !oneSpace(doc, q, p);
}

/** Round 140: a desk or a bedside role in brackets: "(pharmacy)", "(CNA)", "(front desk)", "(case mgmt)". */
const STAFF_DESK_IN_BRACKETS = /^[ \t]?\((?:pharmacy|pharm|pharmacist|cna|rn|lpn|lvn|pca|tech|sw|cm|case[ \t](?:management|mgmt|manager)|front[ \t]desk|scheduling|scheduler|billing|registration|intake|transport|lab|secretary|unit[ \t]clerk)\)/i;
/** A word's own dotted initials in brackets after it: "Jaylen (J.T.)". */
const OWN_INITIALS = /^[ \t]?\((\p{Lu})\.(?:[ \t]?\p{Lu}\.){1,2}\)/u;

/** 5b. "Summer (daughter)", "Mary-Kate (patient's granddaughter)", "the Delgado family". */
function relationRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (shaped(doc, t) && !t.single && !acronym(doc, t)) {
    // The relation needs "(" right after the word or after one blank: test that before slicing (reads
    // stay inside the text: a read past its end would throw the optimized code away).
    const paren = charAt(doc.text, t.end) === 40 || (isBlank(charAt(doc.text, t.end)) && charAt(doc.text, t.end + 1) === 40);
    // Round 61: or whose relative, by name: "Mark (Edwin Brisco's son)" signs a message.
    const rel = paren ? RELATION_IN_BRACKETS.exec(doc.text.slice(t.end, t.end + 48)) : null;
    if (rel?.[1] && RELATIONS.has(rel[1].toLowerCase()) && !lexical(doc, tokens, i).eponymHere) {
      pushName(doc, out, namePartsBefore(doc, tokens, i), i, 0.75, { kind: 'context', detail: `relation:${rel[1].toLowerCase()}` });
      return i;
    }
    // Round 53: a word before its own dotted initials in brackets ("Case: Jaylen (J.T.), 4 yo"), as teaching files
    // name a patient: the first initial is the word's first letter; no initials of places or services ("E.D.").
    const own = paren ? OWN_INITIALS.exec(doc.text.slice(t.end, t.end + 12)) : null;
    if (own && own[1] === t.text[0] && !DOTTED_NON_INITIALS.test(own[0].slice(own[0].indexOf('(') + 1, -1)) && doc.isCommon[i] === 0 && !lexicon.EPONYMS.has(t.lower) && !acronym(doc, t)) {
      pushName(doc, out, i, i, 0.72, { kind: 'context', detail: 'own-initials' });
      return i;
    }
    // "Lindgren (path)", "S. Mbeki (nav)", "Ocampo (fellow)": a clinician's role in brackets after a word of no
    // English list; an initial before it is the name's too. Not "Lasix (pharmacy)", "Transport (courier)".
    if (paren && PAIR_BRACKETED_ROLE.test(doc.text.slice(t.end, t.end + 24)) && listedPairBefore(doc, tokens, i)) {
      pushName(doc, out, i - 1, i, 0.72, { kind: 'context', detail: 'bracketed-role-pair' });
      return i;
    }
    const role = paren ? BRACKETED_ROLE.exec(doc.text.slice(t.end, t.end + 34)) : null;
    // A listed given name that is also a word counts too: "Per Dawn (charge RN)".
    if (role && (doc.isCommon[i] === 0 || doc.isFirst[i] === 1) && !lexicon.EPONYMS.has(t.lower) && !lexical(doc, tokens, i).eponymHere && !acronym(doc, t)) {
      const p = tokens[i - 1];
      let from = p !== undefined && p.single && p.dotAfter && isUpperLetter(p.text) && p.end + 2 === t.start ? i - 1 : i;
      // A listed name, or any word after an initial ("Biopsy (path)", "Keytruda (med onc)" are neither).
      // Round 53: or two capitalised words of no English list, a given name and a surname ("Eamon Fitzwilliam (Radiology)").
      if (from === i && doc.isFirst[i] === 0 && doc.isSur[i] === 0) {
        if (p === undefined || !p.capitalized || p.single || p.upper || !oneSpace(doc, p, t) || doc.isCommon[i - 1] === 1 || isTitle(doc, p) || acronym(doc, p) || lexicon.EPONYMS.has(p.lower)) return -1;
        from = i - 1;
      }
      pushName(doc, out, from, i, 0.72, { kind: 'context', detail: 'bracketed-role' });
      return i;
    }
    // Round 140: a listed given name before the desk or the bedside role it answers for, as a task list or a handoff
    // writes it ("ask Bill (pharmacy) about", "Penny (CNA) assisted"); "Lasix (pharmacy)" names no given name.
    if (paren && doc.isFirst[i] === 1 && STAFF_DESK_IN_BRACKETS.test(doc.text.slice(t.end, t.end + 24)) && !lexical(doc, tokens, i).eponymHere && !acronym(doc, t) && !CALENDAR_WORDS.has(t.lower)) {
      pushName(doc, out, i, i, 0.72, { kind: 'context', detail: 'bracketed-desk' });
      return i;
    }
    // "Per Hope, her sister, pt fell", "Joy, pt's wife, at bedside": a relation set off by commas after a
    // word of the name lists (or of no English list) names it, whatever else the word means.
    const appos = charAt(doc.text, t.end) === 44 ? APPOSITIVE_RELATION.exec(doc.text.slice(t.end, t.end + 40)) : null;
    if (appos?.[1] && (RELATIONS.has(appos[1].toLowerCase()) || APPOSITIVE_ROLES.has(appos[1].toLowerCase())) && !RELATIONS.has(t.lower)) {
      const lx = lexical(doc, tokens, i);
      if ((lx.first || lx.sur || !lx.common) && !lx.eponymHere) {
        pushName(doc, out, i, i, 0.75, { kind: 'context', detail: `relation:${appos[1].toLowerCase()}` });
        return i;
      }
    }
    // Round 142: two capitalised words set off by a staff role after a comma ("call Hind Saleh, genetic counsellor, on",
    // "Rose Okafor, charge nurse."): the second of no English list, town or state, neither a place's head word, the
    // first no word of grammar or title ("Hind legs, nurse", "Pediatric Oncology, nurse navigator" stay).
    if (charAt(doc.text, t.end) === 44 && i > 0 && t.capitalized && doc.isCommon[i] === 0 && STAFF_ROLE_APPOSITIVE.test(doc.text.slice(t.end, t.end + 36)) && roleAppositivePair(doc, tokens, i)) {
      pushName(doc, out, i - 1, i, 0.72, { kind: 'context', detail: 'role-appositive' });
      return i;
    }
    // Round 140: the relation with no comma, as speech runs on ("can Chip our grandson bring him", "Rosa my neighbor
    // checks"): a listed given name, no modal or month ("Will my son be able to visit?" asks).
    if (doc.isFirst[i] === 1 && !t.upper && !MODAL_WORDS.has(t.lower) && !CALENDAR_WORDS.has(t.lower) && charAt(doc.text, t.end) === 32) {
      const rel = UNCOMMA_RELATION.exec(doc.text.slice(t.end, t.end + 32));
      if (rel !== null && KIN_WORDS.has((rel[1] as string).toLowerCase()) && !RELATIONS.has(t.lower) && !lexical(doc, tokens, i).eponymHere) {
        pushName(doc, out, i, i, 0.7, { kind: 'context', detail: `relation-run-on:${(rel[1] as string).toLowerCase()}` });
        return i;
      }
    }
    const prevTok = tokens[i - 1];
    const nextTok = tokens[i + 1];
    // "the Delgado family", "mtg w/ Vu family", "spoke with Nguyen family"
    // Without "the", only a word of the name lists ("with Hospice family" is a service's).
    const familyLead = prevTok !== undefined && (prevTok.lower === 'the' || ((prevTok.lower === 'with' || (prevTok.lower === 'w' && charAt(doc.text, prevTok.end) === 47)) && (doc.isSur[i] === 1 || doc.isFirst[i] === 1)));
    if (familyLead && nextTok?.lower === 'family' && !lexical(doc, tokens, i).common) {
      pushName(doc, out, i, i, 0.7, { kind: 'context', detail: 'family-name' });
      return i;
    }
    // Round 52: "visitation for the Mendez children", "the Okafor twins": a family's children by its surname after
    // "the", a capitalised word of the surname list and of no English list (not "the Medicaid children").
    if (prevTok?.lower === 'the' && nextTok !== undefined && FAMILY_CHILDREN.has(nextTok.lower) && nextTok.start === t.end + 1 && t.capitalized && doc.isSur[i] === 1 && !lexicon.EPONYMS.has(t.lower) && !lexical(doc, tokens, i).common && !lexical(doc, tokens, i).eponymHere) {
      pushName(doc, out, i, i, 0.7, { kind: 'context', detail: 'family-children' });
      return i;
    }
  }
  return -1;
}

/** Round 52: a family's children named by their surname ("the Mendez children"). */
const FAMILY_CHILDREN: ReadonlySet<string> = new Set(['children', 'kids', 'twins', 'triplets', 'siblings', 'boys', 'girls', 'household']);

/** Things of a person's own after a possessive: "Matej's address", "Okafor's phone number". */
const PERSONAL_THINGS = new Set(['address', 'phone', 'cell', 'email', 'e-mail', 'number', 'house', 'home', 'apartment', 'kid', 'baby', 'birthday']);

/** 5a. "Misty's daughter", "Lee's wife": a possessive before a relation word. */
function possessiveRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  // A lower-case given name of the lists too: "i'm lucinda's daughter".
  const lowerGiven = !shaped(doc, t) && doc.isFirst[i] === 1 && doc.isCommon[i] === 0;
  if ((shaped(doc, t) || lowerGiven) && !t.single && !acronym(doc, t) && isApostrophe(charAt(doc.text, t.end))) {
    // Round 69: an order among siblings may stand before the relation ("Hope's eldest daughter", "Ben's youngest son").
    const rel = /^['’]s[ \t]{1,2}(?:(?:oldest|eldest|youngest|middle|older|younger|only)[ \t]{1,2})?(\p{L}+)/u.exec(doc.text.slice(t.end, t.end + 32));
    const lx = lexical(doc, tokens, i);
    // "Matej's address": only a listed name, since payers and firms have addresses too ("Medicare's address").
    const thing = rel?.[1] !== undefined && PERSONAL_THINGS.has(rel[1].toLowerCase()) && (lx.first || lx.sur) && !doc.dict.allCities.has(t.lower);
    const relation = rel?.[1] !== undefined && RELATIONS.has(rel[1].toLowerCase());
    // A given name that is also a word before a relation is the name: "Ginger's husband", "Rusty's wife".
    if (rel?.[1] && (relation || thing) && (!lx.common || (relation && lx.first && t.capitalized && !lx.eponymHere))) {
      pushName(doc, out, i, i, 0.8, { kind: 'context', detail: `possessive:${rel[1].toLowerCase()}` });
      return i;
    }
  }
  return -1;
}

const PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'of', 'via']);

/** A given name alone on its line, maybe after a dash, as a message is signed: "— Femi", "-Ana". */
function signOff(doc: DocumentView, t: Token, gap: string): boolean {
  if (!/^[ \t]*\r?\n/.test(gap)) return false;
  const lineStart = doc.text.lastIndexOf('\n', t.start - 1) + 1;
  return t.start - lineStart <= 4 && /^[ \t]*(?:[\-–—~][ \t]?)?$/.test(doc.text.slice(lineStart, t.start));
}

/** Words before a weekday that make it a day: "on Thu", "every Mon", "next Fri", "until Tue". */
const WEEKDAY_LEADS = new Set(['on', 'every', 'next', 'last', 'this', 'each', 'until', 'till', 'since', 'thru', 'through', 'starting', 'by']);
/** What a day's session is called after its weekday: "missed Thu session", "Fri clinic", "Mon dialysis". */
const SCHEDULE_NOUNS = new Set(['session', 'sessions', 'appt', 'appts', 'appointment', 'appointments', 'visit', 'visits', 'clinic', 'clinics', 'dialysis', 'hd', 'run', 'runs', 'treatment',
  'treatments', 'infusion', 'infusions', 'dose', 'doses', 'class', 'classes', 'group', 'shift', 'shifts', 'meeting', 'huddle', 'rounds', 'schedule', 'slot', 'labs', 'draw']);
/** A clock time or half-day after a weekday: "Thu 0900", "Fri 9am", "Mon AM", "Tue @ 14:00". */
const TIME_AFTER_WEEKDAY = /^[ \t]{1,2}(?:@[ \t]?)?(?:\d{3,4}\b|\d{1,2}(?::\d{2})?[ \t]?(?:am|pm|a\.m\.|p\.m\.)|am\b|pm\b|a\.m\.|p\.m\.|morning|afternoon|evening|night)/i;
/** Another weekday of the lexicon, capitalised or in capitals, near one on its line: "Tue, Thu, Sat", "Wed 1300-1700 procedures; Thu admin". */
const OTHER_WEEKDAY = new RegExp(`\\b(?:${[...lexicon.WEEKDAYS].flatMap((w) => [w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]).join('|')})\\b`);

/** A line opening with a weekday's name or abbreviation and a colon: a day's heading in a log. */
const DAY_HEADING = /(?:^|\n)[ \t]{0,4}(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?[ \t]?:/g;
const dayHeadedLogs = new WeakMap<DocumentView, boolean>();
/** Whether two lines of the note at least open with a day's heading: asked once per note. */
function dayHeadedLog(doc: DocumentView): boolean {
  let d = dayHeadedLogs.get(doc);
  if (d === undefined) {
    d = (doc.lower.match(DAY_HEADING)?.length ?? 0) >= 2;
    dayHeadedLogs.set(doc, d);
  }
  return d;
}

/**
 * "Tue/Thu", "Mon-Fri", "dialysis Tue, Thu, Sat", "clinic on Thu", "Thu 0900": a weekday's abbreviation in a
 * schedule is a day, not a given name ("Thu"): joined to another, another on its line within 40 characters,
 * after a word that makes it a day, or before a time.
 */
function weekdaySchedule(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!lexicon.WEEKDAY_ABBREVIATIONS.has(t.lower)) return false;
  const c0 = doc.text.charCodeAt(t.start - 1);
  const c1 = doc.text.charCodeAt(t.end);
  if (c0 === 47 || c0 === 45 || c1 === 47 || c1 === 45 || c0 === 8211 || c1 === 8211) return true;
  // Round 90: a log's day heading, opening its line before a colon, when another line opens so ("Wed: Grace again.\nThu: ...").
  if (c1 === 58 && startsLine(doc.text, t.start) && dayHeadedLog(doc)) return true;
  const before = tokens[i - 1];
  if (before !== undefined && WEEKDAY_LEADS.has(before.lower) && oneSpace(doc, before, t)) return true;
  if (TIME_AFTER_WEEKDAY.test(doc.text.slice(t.end, t.end + 16))) return true;
  const after = tokens[i + 1];
  if (after !== undefined && SCHEDULE_NOUNS.has(after.text) && oneSpace(doc, t, after)) return true;
  const lineFrom = Math.max(doc.text.lastIndexOf('\n', t.start - 1) + 1, t.start - 40);
  const lineTo = doc.text.indexOf('\n', t.end);
  return OTHER_WEEKDAY.test(doc.text.slice(lineFrom, t.start)) || OTHER_WEEKDAY.test(doc.text.slice(t.end, Math.min(lineTo < 0 ? doc.text.length : lineTo, t.end + 40)));
}

/** Peoples and languages that are given names too ("Karen" of Burma, "Roma", "Chin"). */
const PEOPLE_GIVEN_NAMES = new Set(['karen', 'roma', 'chin', 'kachin', 'shan', 'mon', 'han']);
/** Nouns a people's or language's name stands before: "Karen interpreter", "Roma families", "Chin refugees". */
const PEOPLE_NOUNS = new Set(['interpreter', 'interpreters', 'interpretation', 'speaker', 'speakers', 'speaking', 'language', 'dialect', 'community', 'communities', 'refugee', 'refugees', 'families', 'people', 'culture', 'elders', 'camp', 'state']);

/** "Karen interpreter", "Roma community": a people's name before such a noun is no person's. */
function peopleBeforeItsNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!PEOPLE_GIVEN_NAMES.has(t.lower)) return false;
  const next = tokens[i + 1];
  return next !== undefined && next.start <= t.end + 1 && PEOPLE_NOUNS.has(next.lower);
}

/** Round 148: "that" closing the radio's "Roger that" ("Roger that. On call MD paged."). */
const MR_SAFETY_AFTER = /^[ \t](?:Level|Zone|Conditional|Safe|Unsafe|Environment|Suite)\b/;
const GRASS_AFTER = /^[ \t]{1,2}(?:grass|hay|pollen)\b/i;
const ROGER_THAT_AFTER = /^[ \t]that(?:[.,;:!]|[ \t]*(?:\r?\n|$))/i;

/** 5. A first name on its own: "a 20yo female, Anna, seen at ...", "David is feeling better". */
function firstNameRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.capitalized && !t.single) {
    const lx = lexical(doc, tokens, i);
    // Round 121: a given name that is also a word, alone between commas after a person's noun ("a 45-year-old woman,
    // Hope, seen at"); not a month or a modal ("the patient, May, ...", "Will" stays with the other rules).
    if (lx.common && lx.first && !lx.eponymHere && !CALENDAR_WORDS.has(t.lower) && !MODAL_NAMES.has(t.lower) && appositionAlone(doc, t)) {
      pushName(doc, out, i, i, 0.62, { kind: 'dictionary', detail: 'first-names-alone' });
      return i;
    }
    // Both shapes below need a word of no English list (a common word in any list is left to the other rules).
    if (lx.common) return -1;
    const before = tokens[i - 1];
    // "Virginia called back", "Austin denies pain": a state or a town does no person's deed.
    const place = (): boolean =>
      !PERSON_DEEDS.has(tokens[i + 1]?.lower ?? '') && (lexicon.US_STATES.has(t.lower) ||
      // "Family in India", "from Jordan": a country after a place preposition.
      (before !== undefined && PLACE_PREPOSITIONS.has(before.lower) && COUNTRY_NAMES.has(t.lower)) ||
      doc.dict.majorCities.has(t.lower) ||
      // "Typhim Vi": a product's second word after its brand.
      (before !== undefined && before.capitalized && PRODUCT_WORDS.has(before.lower) && before.end + 1 === t.start) ||
      // "typhoid Vi": the capsular antigen of a typhoid vaccine.
      (t.lower === 'vi' && before !== undefined && before.lower === 'typhoid') ||
      // "Southeast Asia", "Latin America", "West Africa": a region of the world.
      (before !== undefined && before.capitalized && REGION_OPENERS.has(before.lower) && NOT_TOWN_NAMES.has(t.lower)) ||
      (before !== undefined && before.capitalized && doc.dict.allCities.has(`${before.lower} ${t.lower}`)));
    // "No Barrett.", "without Homans": an eponymous finding denied, no person.
    // Round 98: a registration screen's "Lang: Polish" is the field of the patient's language, no one named Lang.
    // Asked (as `place` is) only of a listed given name: the tests are pure, and most words reaching here are none.
    const denied = (): boolean => (t.lower === 'lang' && languageFieldValue(doc.text, t.end)) || before !== undefined && ((before.lower === 'no' || before.lower === 'without') && lexicon.EPONYMS.has(t.lower) ||
      // Round 45: the second word of a two-word term ("Bhagavad Gita daily") is no given name alone.
      (before.end + 1 === t.start && TWO_NAME_TERMS.has(`${before.lower} ${t.lower}`)) ||
      // Round 90: a pet's name ("her dog Max keeps her walking") is no person's.
      petNameAt(doc.text, tokens, i)) ||
      // Round 139: "Geri clinic consult" opening a line: a service, no one addressed.
      equipmentByGivenName(doc, tokens, i) ||
      // Round 148: "Roger that.": the radio's word for "received", no one named Roger.
      (t.lower === 'roger' && ROGER_THAT_AFTER.test(doc.text.slice(t.end, t.end + 8))) ||
      // Round 149: a skin test's grasses named after people ("Timothy grass 6/25", "Johnson grass"), no one.
      GRASS_AFTER.test(doc.text.slice(t.end, t.end + 10));
    if (lx.first && !lx.common && !lx.eponymHere && !denied() && !FUNCTION_WORDS.has(t.lower) && !place() && !weekdaySchedule(doc, tokens, i) && !peopleBeforeItsNoun(tokens, i) &&
      !(t.text.length <= 4 && ALLERGEN_COMPONENT_AFTER.test(doc.text.slice(t.end, t.end + 12)))) {
      const next = tokens[i + 1];
      const gap = next ? doc.text.slice(t.end, next.start) : '';
      const apposition = /, $/.test(doc.text.slice(Math.max(0, t.start - 2), t.start)) && /^,/.test(gap);
      const subject = next !== undefined && /^['’]?s?[ \t]{1,2}$/.test(gap) && /^\p{Ll}/u.test(next.text)
        // "Su próxima cita", "Le escribimos": a Spanish possessive or clitic opening a sentence in a Spanish note (round 41).
        && !(SPANISH_CLITICS.has(t.lower) && looksSpanish(doc));
      const vocative = /^[ \t]?[,!?:]/.test(gap) || gap === '' || /^[.!?]/.test(gap) || signOff(doc, t, gap);
      // Round 99: "| Lang: Twi |", "Lang: Spanish": a form's field whose value is a language is a label before it
      // ("Lang" is a given name too), no one addressed.
      const languageField = /^[ \t]?:[ \t]{0,2}$/.test(gap) && next !== undefined && lexicon.LANGUAGES.has(next.lower);
      // A contact's number right after the name ("call pt's sister in Grand Rapids, Dorota (616) 555-2290").
      if ((apposition || subject || vocative || phoneFollows(doc.text, t.end)) && !languageField) {
        pushName(doc, out, i, i, apposition ? 0.62 : 0.58, { kind: 'dictionary', detail: 'first-names-alone' });
        return i;
      }
    }
    // Two unknown capitalised words in a row, neither a common word nor a known place: "Jouni Hahli".
    const n = tokens[i + 1];
    // Not a letter's Spanish or Portuguese salutation before a title: "Estimado Sr. Olivas", "Prezada Sra. Lima" (round 41).
    if (n && n.capitalized && !lx.common && !lx.eponymHere && !FUNCTION_WORDS.has(t.lower) && !SALUTATION_WORDS.has(t.lower) && oneSpace(doc, t, n) && !innerCapital(t.text) && !innerCapital(n.text)) {
      const ln = lexical(doc, tokens, i + 1);
      const known = (w: string): boolean => lexicon.US_STATES.has(w) || doc.dict.allCities.has(w) || lexicon.FACILITY_HEADS.has(w) || lexicon.KNOWN_FACILITIES.has(w) || lexicon.FACILITY_PREFIXES.has(w);
      // "Amritdhari Sikh", "St. Josaphat Ukrainian Catholic": a faith's or a language's name ends no person's.
      const people = (w: string): boolean => lexicon.LANGUAGES.has(w) || lexicon.FAITHS.has(w);
      if (!ln.common && !ln.eponymHere && !known(t.lower) && !known(n.lower) && !known(`${t.lower} ${n.lower}`) && !TWO_NAME_TERMS.has(`${t.lower} ${n.lower}`) && !germanProse(doc) && !people(n.lower) &&
        !lexicon.SPECIALTY_SHORTHAND.has(t.lower) && !lexicon.SPECIALTY_SHORTHAND.has(n.lower) &&
        !latinPair(t.lower, n.lower) && !(isEponym(doc, t) && isEponym(doc, n)) && !PLURAL_ACRONYM.test(n.text) && !PLURAL_ACRONYM.test(t.text) &&
        // "De Quervain tenosynovitis", "Von Willebrand factor" opening a sentence: the particle capitalised, the eponym after it.
        !PARTICLE_EPONYMS.has(n.lower) &&
        // Round 45: "Midline C-spine", "Canadian C-spine", "Activated T-cell": a capital, a hyphen and a lower-case word
        // is a region or a cell, no surname.
        !LETTER_HYPHEN_WORD.test(n.text) &&
        // "Hemodialysis Tue, Thu, Sat": a weekday in a schedule closes no name.
        !weekdaySchedule(doc, tokens, i) && !weekdaySchedule(doc, tokens, i + 1) &&
        // Round 122: "Interventional Cardiologist" under a signature, "the Cystic Fibrosis Foundation": a specialist's
        // title or a disease's name by its ending, no surname.
        !SPECIALIST_OR_DISEASE.test(n.lower) &&
        // Round 141: "Opioid Detox", "Alcohol Detox": what a detox is of, no one's name.
        n.lower !== 'detox' &&
        // A relation opening the sentence names whom the cue rule then finds ("Daughter-in-law Marisol at bedside").
        !KIN_WORDS.has(t.lower)) {
        const j = extendRun(doc, tokens, i + 1, 0.5);
        // "Trelegy Ellipta one inhalation daily", "Korvanta Duotab 20 mg": a product before its dose.
        const end = (tokens[j] as Token).end;
        if (DOSE_AFTER.test(doc.text.slice(end, end + 24))) return j;
        for (let k = i; k <= j; k++) if (clinicalShapedWord(doc, tokens, k)) return j;
        pushName(doc, out, i, j, 0.55, { kind: 'pattern', detail: 'capitalised-pair' });
        return j;
      }
    }
  }
  return -1;
}

/**
 * An allergen component's name by the WHO/IUIS rule, genus, species letter and number ("Ara h 2", "Ana o 3",
 * "Bet v 1", "Gal d 1"): after a three- or four-letter genus, one lower-case letter and the number; "Ana is 3",
 * "Ara at 2 pm" stay names' shapes.
 */
const ALLERGEN_COMPONENT_AFTER = /^[ \t][a-z][ \t]\d{1,2}(?:\.\d{1,4})?(?![\w\-])/;

/** A dose right after a word pair: an amount and unit, or a count of puffs or tablets. */
const DOSE_AFTER = /^[ \t]{1,2}(?:\d{1,5}(?:\.\d{1,3})?[ \t]?(?:mg|mcg|g|ml|units?|iu|%)|(?:one|two|three|1|2|3)[ \t](?:inhalations?|puffs?|tablets?|tabs?|capsules?|caps?|sprays?|drops?))(?![\p{L}])/iu;

/** Words before staff initials: "by TBK", "per JMS", "initials: RKT", "verified by LMN". */
const INITIALS_CUES = new Set(['by', 'per', 'initials']);

/** A date (and a time) right before "by": "11/25/2026 ", "3/4 14:05 ". */
const DATE_BY_BEFORE = /\d{1,2}[\/.\-]\d{1,2}(?:[\/.\-]\d{2,4})?(?:[ \t]{1,2}\d{1,2}:?\d{2})?[ \t]{1,2}$/;

/** A clock time right before "by": "02:15 ", "19:31 " (a time's digits, not a date's or a dose's). */
const TIME_BY_BEFORE = /(?<!\d)\d{1,2}:\d{2}[ \t]{1,2}$/;

/** A date and a clock time right before "by": "11/19/2026 15:40 ", "11/19/26 1540 ". */
const STAMP_BY_BEFORE = /\d{1,2}[\/.\-]\d{1,2}[\/.\-]\d{2,4}[ \t]{1,2}\d{1,2}:?\d{2}[ \t]{1,2}$/;
/** Carers named by their role, whose words are also given names: "Aide visits 2x/wk", "Sitter stayed overnight". */
const CARE_ROLES = new Set(['aide', 'sitter', 'deacon', 'pastor', 'nurse']);

/** A flowsheet's timed line up to its writer's label: "0830 By: ", "14:05  By: " at the line's head. */
const TIMED_LINE_BY = /^[ \t]{0,4}\d{1,2}:?\d{2}[ \t]{1,3}$/;

/**
 * Round 146: a flowsheet's or run sheet's comment line opens with its clock time and "By:" and its writer's two or three
 * letters of one case ("0830 By: jk  Pt resting", "1130 By: TM"); "0830 By: me", "By: pt", "By: RN" stay.
 */
function timedLogInitials(doc: DocumentView, t: Token, i: number, cue: Token): boolean {
  if (cue.text !== 'By' || charAt(doc.text, cue.end) !== 58 || !/^(?:[a-z]{2,3}|[A-Z]{2,3})$/.test(t.text) || !/^:[ \t]{1,2}$/.test(doc.text.slice(cue.end, t.start))) return false;
  const after = charAt(doc.text, t.end);
  if (!(after === 32 || after === 9 || endsLine(after))) return false;
  const lineStart = doc.text.lastIndexOf('\n', cue.start - 1) + 1;
  if (cue.start - lineStart > 12 || !TIMED_LINE_BY.test(doc.text.slice(lineStart, cue.start))) return false;
  const upper = t.text.toUpperCase();
  return !(doc.isCommon[i] === 1 || FUNCTION_WORDS.has(t.lower) || CLINICAL_ACRONYMS.has(upper) || TWO_LETTER_ACRONYMS.has(upper) || isCredential(doc, t) || lexicon.STATE_CODES.has(upper));
}

/**
 * Round 146: a pathologist or grosser signs a description with initials in square brackets after its last sentence
 * ("entirely submitted in A1-A3. [KLM]"): three or four capitals closing the line; "[ASA]", "[CBC]", "see [A1]" stay.
 */
const GROSS_WORDS = /submitted|cassette|sectioned|\bgross/;
function bracketedSignInitials(doc: DocumentView, t: Token, i: number): boolean {
  if (!/^[A-Z]{3,4}$/.test(t.text) || charAt(doc.text, t.start - 1) !== 91 || charAt(doc.text, t.end) !== 93 || !endsLine(charAt(doc.text, t.end + 1))) return false;
  if (!/[.;][ \t]{1,2}$/.test(doc.text.slice(Math.max(0, t.start - 4), t.start - 1))) return false;
  // Only where a specimen was submitted or sectioned: the gross description's last words, not a plan's "[ASA]".
  const line = doc.lower.slice(doc.text.lastIndexOf('\n', t.start) + 1, t.start);
  if (!GROSS_WORDS.test(line)) return false;
  return !(doc.isCommon[i] === 1 || CLINICAL_ACRONYMS.has(t.text) || FUNCTION_WORDS.has(t.lower));
}

/**
 * Round 151: a lab's or a call centre's log credits who took a result back by two or three lower-case letters closing
 * the sentence ("K 6.8 called to RN at 0412, read back by ak.", "Critical value phoned by jt."); "read back by me.",
 * "called by pt.", "paged by rn." stay. A state's code in lower case is no state there ("by ak.").
 */
const READ_BACK_VERBS = new Set(['called', 'phoned', 'paged', 'notified', 'back']);
const READ_BACK_FIRST = new Set(['read', 'repeated', 'verified', 'confirmed']);
function readBackInitials(doc: DocumentView, tokens: readonly Token[], t: Token, i: number, cue: Token): boolean {
  if (cue.lower !== 'by' || i < 2 || !/^[a-z]{2,3}$/.test(t.text) || cue.end + 1 !== t.start || doc.text.charCodeAt(cue.end) !== 32) return false;
  const verb = tokens[i - 2] as Token;
  if (!READ_BACK_VERBS.has(verb.lower) || verb.end + 1 !== cue.start) return false;
  if (verb.lower === 'back' && !(i >= 3 && READ_BACK_FIRST.has((tokens[i - 3] as Token).lower))) return false;
  const after = charAt(doc.text, t.end);
  if (!(endsLine(after) || (after === 46 && (endsLine(charAt(doc.text, t.end + 1)) || charAt(doc.text, t.end + 1) === 32)))) return false;
  const upper = t.text.toUpperCase();
  return !(doc.isCommon[i] === 1 || FUNCTION_WORDS.has(t.lower) || CLINICAL_ACRONYMS.has(upper) || TWO_LETTER_ACRONYMS.has(upper) || isCredential(doc, t));
}

function typistPairAfterStamp(doc: DocumentView, t: Token, i: number, cue: Token): boolean {
  if (cue.lower !== 'by' || !/^[a-z]{2}$/.test(t.text) || doc.text.charCodeAt(cue.end) !== 32 || cue.end + 1 !== t.start || !endsLine(charAt(doc.text, t.end))) return false;
  if (doc.isCommon[i] === 1 || FUNCTION_WORDS.has(t.lower) || CLINICAL_ACRONYMS.has(t.text.toUpperCase()) || TWO_LETTER_ACRONYMS.has(t.text.toUpperCase()) || isCredential(doc, t) || lexicon.STATE_CODES.has(t.text.toUpperCase())) return false;
  return STAMP_BY_BEFORE.test(doc.text.slice(Math.max(0, cue.start - 24), cue.start));
}

/** 5f. Staff initials in a comment: "called ... by TBK, read back", "per JMS." Three capitals before punctuation or a line end. */
function staffInitialsRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (doc.allCaps || i === 0) return -1;
  const cue = tokens[i - 1] as Token;
  if (timedLogInitials(doc, t, i, cue)) return (pushName(doc, out, i, i, 0.7, { kind: 'context', detail: 'staff-initials:log' }), i);
  if (bracketedSignInitials(doc, t, i)) return (pushName(doc, out, i, i, 0.68, { kind: 'context', detail: 'staff-initials:bracket' }), i);
  if (readBackInitials(doc, tokens, t, i, cue)) return (pushName(doc, out, i, i, 0.68, { kind: 'context', detail: 'staff-initials:read-back' }), i);
  // Round 144: two lower-case letters closing a dictation stamp's line after its date, clock time and "by" ("Transcribed:
  // 11/19/2026 15:40 by kt"); "seen 11/19 15:40 by me", "by pt", "by iv" stay.
  if (t.text.length === 2) return typistPairAfterStamp(doc, t, i, cue) ? (pushName(doc, out, i, i, 0.68, { kind: 'context', detail: 'staff-initials:stamp' }), i) : -1;
  if (t.text.length !== 3) return -1;
  if (!INITIALS_CUES.has(cue.lower) || !/^:?[ \t]$/.test(doc.text.slice(cue.end, t.start))) return -1;
  // Lower-case initials only after a date and "by", as a log line ends: "sent 11/25/2026 by dmk."
  if (t.text === t.lower && /^[a-z]{3}$/.test(t.text)) {
    if (cue.lower !== 'by' || FUNCTION_WORDS.has(t.lower) || !DATE_BY_BEFORE.test(doc.text.slice(Math.max(0, cue.start - 24), cue.start))) return -1;
  } else {
    if (!t.upper) return -1;
    for (let k = 0; k < 3; k++) if (!isUpperLetter(t.text[k] as string)) return -1;
  }
  const after = charAt(doc.text, t.end);
  // Round 62: after a clock time and "by", a report's log line may go on past the initials ("Specimen drawn
  // 04/02/24 03:40 by QRV   Received ...", "phoned at 22:17 by HWN *** read back"): a blank may follow them there.
  const stamped = after === 32 && cue.lower === 'by' && TIME_BY_BEFORE.test(doc.text.slice(Math.max(0, cue.start - 7), cue.start));
  if (!(after === -1 || after === 44 || after === 46 || after === 59 || after === 41 || after === 10 || after === 13 || stamped)) return -1;
  const upper = t.text.toUpperCase();
  if (CLINICAL_ACRONYMS.has(upper) || lexicon.STATE_CODES.has(upper) || doc.isCommon[i] === 1) return -1;
  pushName(doc, out, i, i, 0.7, { kind: 'context', detail: `staff-initials:${cue.lower}` });
  return i;
}

/** A dash, en dash, em dash or tilde: what signs a note before its writer's initials. */
const isSignDash = (c: number): boolean => c === 45 || c === 8211 || c === 8212 || c === 126;

/**
 * Round 62: a procedure room's or a tracing's staff labels ("Scrub: PLQ. Monitor: ZKE.", "Tech: VMB" on an ECG),
 * read only with a colon and initials of three or four capitals ("Tech: CT", "Monitor: BMP" stay).
 */
const PROCEDURE_ROLE_LABELS = ['scrub', 'tech', 'circulator', 'monitor', 'recorder'];
const PROCEDURE_ROLES = new Set(PROCEDURE_ROLE_LABELS);
/**
 * Round 71: a pharmacy's preparation labels on an IV room's or a compounding label ("Prep: KT   Chk: WLM"), read only
 * with a colon, initials in capitals, and a second such step named in the note (a preparer and a checker): "Bowel
 * prep: PEG" has none.
 */
const PHARMACY_ROLE_LABELS = ['prep', 'chk', 'compounder', 'preparer'];
const PHARMACY_ROLES = new Set(PHARMACY_ROLE_LABELS);
const PHARMACY_STEP_LABELS = ['prep:', 'chk:', 'compounder:', 'preparer:', 'checked by', 'verified by', 'compounded by', 'prepared by'];
const pharmacySteps = (lower: string): boolean => PHARMACY_STEP_LABELS.filter((l) => lower.includes(l)).length >= 2;

/** Role labels before a typist's or prosector's initials: "Transcriptionist: kls", "Scribe: AB". */
// Round 149: a custody form's, a schedule's and a procedure room's labels ("Tape initials: RP", "Scheduler: pkl",
// "Nurse: jt   Scope: ..."); "Nurse" only with its colon (see roleInitialsRule).
// Round 151: a poison centre's specialist in poison information, by the title's letters ("SPI: KTD", "CSPI: rmb"), read
// only with a colon as the other labels of one word are.
const SPECIALIST_LABELS = ['spi', 'cspi'];
const INITIALS_ROLE_LABELS = new Set(['transcriptionist', 'transcriber', 'scribe', 'typist', 'asst', 'assistant', 'signed', 'initialed', 'embryologist', 'witness', 'witnessed', 'checked', 'verified',
  'initials', 'scheduler', 'nurse', ...PROCEDURE_ROLE_LABELS, ...PHARMACY_ROLE_LABELS, ...SPECIALIST_LABELS]);
/** Round 156: the signers' labels under which two states' codes in a pair are read as initials. */
const STATE_PAIR_LABELS = new Set(['witness', 'witnessed', 'checked', 'verified', 'embryologist', 'initials']);
/** Verbs before "by" that credit staff by initials: "Typed by: mkt", "Gross by JRM", "Dictated by: ab". */
// Round 71: a pharmacy's "Compounded by: KT", "Prepared by: WLM".
// Round 128: a pick list's, a specimen's and a booking's steps ("Picked by JT / checked", "booked by KS x4471").
// Round 149: a log's keeper, a photo's or an upload's taker and an MRI screener ("Log kept by mtc", "logged by JT",
// "Screened by: tmb").
const INITIALS_BY_VERBS = new Set(['typed', 'dictated', 'gross', 'grossed', 'transcribed', 'scribed', 'vitrified', 'thawed', 'witnessed', 'checked', 'verified', 'compounded', 'prepared',
  'picked', 'booked', 'drawn', 'collected', 'dispensed', 'labeled', 'labelled', 'packed', 'kept', 'logged', 'photographed', 'uploaded', 'screened',
  // Round 162: an answering service's or a call log's field ("Called by: JQ"), with its colon only (see roleInitialsRule).
  'called',
  // Round 165: a hand-off's giver and receiver ("given by mb / received by tj"), an entry's clerk ("entered by KTR").
  'given', 'received', 'entered',
  // After the fresh set: a records clerk's and an imaging library's steps ("Processed 12/01 by GL;", "Reconciled by: amv").
  'processed', 'reconciled', 'imported', 'scanned']);
/** Last words of those cues: one set probe per token before the rule looks further. */
const ROLE_INITIALS_CUE_ENDS = new Set([...INITIALS_ROLE_LABELS, 'by']);
/** Pieces one of which every such cue holds: a note without any skips the rule (one native search each). */
const ROLE_INITIALS_HINTS = ['transcri', 'typed', 'dictated by', 'gross', 'scribe', 'typist', 'asst', 'assistant', 'signed', 'initialed', 'embryolog', 'witness', 'checked', 'verified', 'vitrified', 'thawed',
  'scrub:', 'tech:', 'circulator:', 'monitor:', 'recorder:', 'spi:', 'picked by', 'booked by', 'drawn', 'collected by', 'dispensed by', 'labeled by', 'labelled by', 'packed by',
  'initials', 'scheduler', 'nurse:', 'kept by', 'logged by', 'photographed by', 'uploaded by', 'screened by', 'called by:', ...PHARMACY_STEP_LABELS,
  // Round 161: a stamp's label before its date and "by" ("Prepared: 11/30/26 0530 by BK").
  'prepared:', 'compounded:',
  'given by', 'received by', 'entered by', 'processed', 'reconciled by', 'imported by', 'scanned by',
  // Round 165: any "by" before capitals and a day ("Entered in Workday by RK 12/01"; see datedByInitials).
  ' by '];
const mayHaveRoleInitials = (lower: string): boolean => ROLE_INITIALS_HINTS.some((h) => lower.includes(h));

/**
 * The first tests of roleInitialsRule that a cue's next word fails most often, asked before the note is searched for
 * role cues: one or two blanks after the cue (a colon first allowed), and for "by" a verb of typing before it.
 */
function roleInitialsGap(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const cue = tokens[i - 1] as Token;
  let a = cue.end;
  const b = (tokens[i] as Token).start;
  if (a < b && doc.text.charCodeAt(a) === 58) a++;
  if (b - a < 1 || b - a > 2) return false;
  for (let k = a; k < b; k++) if (doc.text.charCodeAt(k) !== 32 && doc.text.charCodeAt(k) !== 9) return false;
  return cue.lower !== 'by' || (i >= 2 && INITIALS_BY_VERBS.has((tokens[i - 2] as Token).lower)) || datedByInitials(doc, tokens[i] as Token);
}
/**
 * Round 165: two or three capitals after "by" and before a month/day, whatever verb the clause has ("Entered in Workday
 * by RK 12/01", "Faxed to PCP by JT 11/30"): a clerk's sign-off and its day (acronyms and credentials are refused later).
 */
const datedByInitials = (doc: DocumentView, t: Token): boolean => t.upper && t.text.length >= 2 && t.text.length <= 3 && /^[ \t]\d{1,2}\/\d{1,2}(?!\d|\.\d)/.test(doc.text.slice(t.end, t.end + 7));

/** A line break or the text's end (charAt's -1). */
const endsLine = (c: number): boolean => c === -1 || c === 10 || c === 13;

/**
 * 5g. Two to four letters of one case right after a role label ("Transcriptionist: kls", "Typed by: mkt"),
 * ending the line or before punctuation or a date: staff initials, unless a word, acronym or credential.
 */
function roleInitialsRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const cue = tokens[i - 1] as Token;
  // Or a login, initials run into a surname ("Vitrified by lmoreau").
  const login = t.text.length > 4 && loginName(doc, t);
  if (!(login || /^(?:[a-z]{2,4}|[A-Z]{2,4})$/.test(t.text)) || !/^:?[ \t]{1,2}$/.test(doc.text.slice(cue.end, t.start))) return -1;
  // Round 103: a lab's log writes its tech in lower case ("tech: dmk"): three or four consonants of no clinical acronym.
  const lowerTech = cue.lower === 'tech' && /^[b-df-hj-np-tv-xz]{3,4}$/.test(t.text) && !CLINICAL_ACRONYMS.has(t.text.toUpperCase());
  // Round 153: two capitals after "Tech:" before a column's gap or the line's end ("Tech: RJ     Lab rec'd: 11/25", a
  // dental lab's slip); the checks below still refuse acronyms and states' codes ("Tech: CT", "Tech: PA").
  const twoLetterTech = cue.lower === 'tech' && t.text.length === 2 && t.upper && /^(?:[ \t]{2,}|[ \t]*(?:\r?\n|$))/.test(doc.text.slice(t.end, t.end + 3));
  if (PROCEDURE_ROLES.has(cue.lower) && (charAt(doc.text, cue.end) !== 58 || (t.text.length < 3 && !twoLetterTech) || !(t.upper || lowerTech) || !(cue.capitalized || cue.upper || lowerTech) ||
    // "Monitor: CBG" in a plan: a monitor's initials only where the room's other staff are listed.
    (cue.lower === 'monitor' && !doc.lower.includes('scrub:') && !doc.lower.includes('circulator:')))) return -1;
  if (SPECIALIST_LABELS.includes(cue.lower) && (charAt(doc.text, cue.end) !== 58 || !(cue.upper || cue.capitalized) || t.text.length < 2)) return -1;
  if (PHARMACY_ROLES.has(cue.lower) && (charAt(doc.text, cue.end) !== 58 || !t.upper || !(cue.capitalized || cue.upper) || !pharmacySteps(doc.lower))) return -1;
  // "Nurse: jt" is a field; "nurse at bedside" and "the nurse ok'd" are prose.
  if (cue.lower === 'nurse' && charAt(doc.text, cue.end) !== 58) return -1;
  if (cue.lower === 'by') {
    const verb = tokens[i - 2];
    // A date stamp may stand between: "transcribed 11/04/2026 07:15 by kl".
    if ((verb === undefined || !INITIALS_BY_VERBS.has(verb.lower) || !STAMP_GAP.test(doc.text.slice(verb.end, cue.start))) && !datedByInitials(doc, t)) return -1;
    // "Called by: JQ" is a field; "called by ED" and "called by CVS" are prose.
    if (verb?.lower === 'called' && charAt(doc.text, cue.end) !== 58) return -1;
  }
  const next = tokens[i + 1];
  const after = charAt(doc.text, t.end);
  const ends = after === -1 || after === 44 || after === 46 || after === 59 || after === 41 || after === 47 || after === 10 || after === 13;
  // Digits are no tokens: the date is read in the text ("kls 11/28/26 14:55. Job #: ...").
  const beforeDate = /^[ \t]{1,2}\d/.test(doc.text.slice(t.end, t.end + 3));
  // A form's next label may follow on the line: "Embryologist: KTN  Witness: rjp".
  // Or a slash parts it from the next step of a log: "Vitrified by jgarcia / checked ktn".
  // Round 71: or a number's label ("Chk: WLM   Order # 5520117").
  // Round 128: or the booker's extension ("booked by KS x4471").
  // Round 149: or the witness's means in brackets ("witness RMD (Matcher RI Witness)"), not after "by".
  // Round 153: the next label may hold an apostrophe ("Tech: RJ     Lab rec'd: 11/25").
  const beforeLabel = after === 32 && (/^(?:[ \t]{2,}\p{Lu}[\p{L}'’ ]{0,20}[:#]|[ \t]\/[ \t]|[ \t]x\d{3,5}(?!\d))/u.test(doc.text.slice(t.end, t.end + 26)) ||
    (cue.lower !== 'by' && t.upper && /^ \(\p{Lu}/u.test(doc.text.slice(t.end, t.end + 3))));
  if (!(ends || beforeDate || beforeLabel) && !(after === 32 && (next === undefined || /^[ \t]+\r?\n/.test(doc.text.slice(t.end, next.start))))) return -1;
  const upper = t.text.toUpperCase();
  const second0 = tokens[i + 1];
  // Round 156: two signers' initials that are both states' codes, after a witness's or a checker's colon and closing
  // the line ("Witness: TN / MA"): two codes in a signer's field are people, where one alone may be a state.
  const statePair = second0 !== undefined && STATE_PAIR_LABELS.has(cue.lower) && charAt(doc.text, cue.end) === 58 && t.upper && t.text.length === 2 && second0.upper && second0.text.length === 2 &&
    lexicon.STATE_CODES.has(upper) && lexicon.STATE_CODES.has(second0.text) && /^[ \t]\/[ \t]$/.test(doc.text.slice(t.end, second0.start)) && endsLine(charAt(doc.text, second0.end)) &&
    !CLINICAL_ACRONYMS.has(upper) && !CLINICAL_ACRONYMS.has(second0.text) && !(isCredential(doc, t) && isCredential(doc, second0));
  if (statePair) {
    pushName(doc, out, i, i, 0.66, { kind: 'context', detail: `role-initials:${cue.lower}-states` });
    pushName(doc, out, i + 1, i + 1, 0.66, { kind: 'context', detail: `role-initials:${cue.lower}-states` });
    return i + 1;
  }
  if (doc.isCommon[i] === 1 || FUNCTION_WORDS.has(t.lower) || CLINICAL_ACRONYMS.has(upper) || isCredential(doc, t) || (t.text.length === 2 && lexicon.STATE_CODES.has(upper))) return -1;
  // Two capitals after "by" may be a service or a role ("drawn by IV team", "checked by PT").
  if (cue.lower === 'by' && t.text.length === 2 && t.upper && TWO_LETTER_ACRONYMS.has(t.text)) return -1;
  pushName(doc, out, i, i, 0.7, { kind: 'context', detail: `role-initials:${cue.lower}` });
  // Round 151: a second checker after a slash, of the same case and closing the line ("Verified by: jlh / rtc"), signs
  // with the first; it may spell a clinical acronym, not a word, a credential or a function word ("by: jlh / rn" stays).
  const second = tokens[i + 1];
  if (second !== undefined && /^[ \t]\/[ \t]$/.test(doc.text.slice(t.end, second.start)) && endsLine(charAt(doc.text, second.end)) &&
    (t.text === t.lower ? /^[a-z]{2,4}$/ : /^[A-Z]{2,4}$/).test(second.text) && doc.isCommon[i + 1] === 0 && !FUNCTION_WORDS.has(second.lower) && !isCredential(doc, second)) {
    pushName(doc, out, i + 1, i + 1, 0.66, { kind: 'context', detail: `role-initials:${cue.lower}-pair` });
    return i + 1;
  }
  return i;
}

/**
 * Round 165: a correctional officer named by the post's letters, a surname and the badge's number ("Witness: CO Pruitt
 * #4417", "WITNESS 2: C/O DANFORTH #2217"), as a jail's forms write a witness: "CO" in capitals or "C/O" right before
 * one capitalised or capitals word of no English list (a surname may be one), then "#" and two to six digits. "c/o
 * chest pain", "CO poisoning", "CO Springs" (no badge) stay.
 */
const BADGE_AFTER = /^[ \t]{0,2}#[ \t]?[A-Z]?-?\d{2,6}(?![\w\-\/])/;
function correctionalOfficerRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): boolean {
  const t = tokens[i] as Token;
  const text = doc.text;
  // "C/O" may be one token or "O" after "C/".
  if (t.text === 'O' && !(t.start >= 2 && text.charCodeAt(t.start - 1) === 47 && text.charCodeAt(t.start - 2) === 67)) return false;
  if (t.start > 0 && /[\p{L}\d]/u.test(text.charAt(t.text === 'O' ? t.start - 3 : t.start - 1))) return false;
  const n = tokens[i + 1];
  if (n === undefined || n.text.length < 2 || !(n.capitalized || n.upper) || !/^[ \t]{1,2}$/.test(text.slice(t.end, n.start))) return false;
  if (!BADGE_AFTER.test(text.slice(n.end, n.end + 14))) return false;
  if ((doc.isCommon[i + 1] === 1 && !doc.dict.surnames.has(n.lower)) || FUNCTION_WORDS.has(n.lower) || lexicon.US_STATES.has(n.lower)) return false;
  pushName(doc, out, i + 1, i + 1, 0.75, { kind: 'context', detail: 'correctional-officer' });
  return true;
}

/**
 * Round 152: a table's column of staff initials, as a flowsheet, a treatment log or a vaccine record keeps it ("| Operator"
 * over rows "| KMW", "Init" over "jt" in a column of blanks): the head of the word's column, found within the lines above
 * without a blank one, names initials, a signer or an operator. Pipe tables by the cell's index, tables of blanks by
 * the head's place on its line (the word starting under it, two columns either side).
 */
const INITIALS_COLUMN_HEAD = /^(?:[a-z]{2,10}[ \t])?(?:init|inits|initials|operator|by|staff|sig|signature|tech)\.?$/;
/** Round 154: heads that name initials alone, under which a state's code is read as initials. */
const INITIALS_HEAD = /^(?:[a-z]{2,10}[ \t])?(?:init|inits|initials)\.?$/;
const isCapitalCode = (c: number): boolean => c >= 65 && c <= 90;
/** Round 154: two or three capitals each with its dot, no letter after. */
const DOTTED_INITIALS = /^(?:[A-Z]\.){2,3}(?![A-Za-z])/;
/** Round 154: dotted capitals that are a country, a time of day, a route, a credential or a degree, no signer. */
const DOTTED_NOT_INITIALS = new Set(['US', 'UK', 'AM', 'PM', 'PO', 'NA', 'DC', 'MD', 'DO', 'RN', 'NP', 'PA', 'PT', 'OT', 'RT', 'LPN', 'CNA', 'MA', 'BS', 'MS', 'BA', 'DDS', 'DMD', 'PHD', 'OD', 'OS', 'OU', 'AD', 'AS', 'AU', 'NB', 'ID', 'IV', 'IM', 'SC', 'SQ', 'PR', 'GT', 'NG']);
const COLUMN_LINE_MAX = 240;
const COLUMN_ROWS_UP = 16;
/**
 * Whether a word at `at` may open a column's cell as initialsColumnRule reads its line: the line's start, a pipe, or a
 * blank after a blank, a pipe or the line's start. The rule's tests of the text before the word, by its last two
 * characters: a cheap test that drops the words of running prose before the note's search for a column's head.
 */
function cellMayOpenAt(text: string, at: number): boolean {
  if (at === 0) return true;
  const b1 = text.charCodeAt(at - 1);
  if (b1 === 10 || b1 === 124) return true;
  if (b1 !== 32 && b1 !== 9) return false;
  if (at === 1) return true;
  const b2 = text.charCodeAt(at - 2);
  return b2 === 32 || b2 === 9 || b2 === 10 || b2 === 124;
}
const mayHaveInitialsColumn = (lower: string): boolean => lower.includes('init') || lower.includes('tech') || lower.includes('operator') || lower.includes(' by ') || lower.includes(' by|') || lower.includes(' by\n') || lower.includes('staff') || lower.includes('sig');

function initialsColumnRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const upper = t.text.toUpperCase();
  const text = doc.text;
  // Round 154: dotted initials, a capital and its dot two or three times ("K.T.M.", "R.J."), are one signer's.
  const dotted = t.text.length === 1 ? DOTTED_INITIALS.exec(text.slice(t.start, t.start + 8)) : null;
  const j = dotted === null ? i : i + (dotted[0].length >> 1) - 1;
  const tEnd = dotted === null ? t.end : t.start + dotted[0].length;
  if (dotted !== null && DOTTED_NOT_INITIALS.has(dotted[0].replace(/\./g, ''))) return -1;
  // Round 154: a state's two-letter code under an initials' head is a signer's initials ("IN" under "Init").
  let stateCode = false;
  if (dotted === null) {
    if (!/^(?:[a-z]{2,3}|[A-Z]{2,3})$/.test(t.text)) return -1;
    stateCode = t.text.length === 2 && t.upper && lexicon.STATE_CODES.has(upper);
    if (!stateCode && (doc.isCommon[i] === 1 || FUNCTION_WORDS.has(t.lower) || CLINICAL_ACRONYMS.has(upper) || isCredential(doc, t) || (t.text.length === 2 && lexicon.STATE_CODES.has(upper)))) return -1;
  }
  const back = lastIndexWithin(text, 10, t.start, COLUMN_LINE_MAX);
  if (back < 0 && t.start > COLUMN_LINE_MAX) return -1;
  const lineStart = back + 1;
  const fwd = indexWithin(text, 10, t.end, COLUMN_LINE_MAX);
  if (fwd < 0 && text.length - t.end > COLUMN_LINE_MAX) return -1;
  const before = text.slice(lineStart, t.start);
  const after = text.slice(tEnd, fwd < 0 ? text.length : fwd).replace(/\r$/, '');
  // Round 154: or the line's first cell, a pipe or a column's gap after it ("R.J.        | 10/3").
  const first = /^[ \t]*$/.test(before);
  const piped = (/\|[ \t]*$/.test(before) && /^[ \t]*(?:\||$)/.test(after)) || (first && /^[ \t]*\|/.test(after));
  if (!piped && !((/\S[ \t]{2,}$/.test(before) || first) && /^(?:[ \t]*$|[ \t]{2})/.test(after))) return -1;
  const cell = piped ? before.split('|').length - 1 : 0;
  const col = t.start - lineStart;
  let end = back;
  for (let up = 0; up < COLUMN_ROWS_UP && end > 0; up++) {
    const s = lastIndexWithin(text, 10, end - 1, COLUMN_LINE_MAX);
    if (s < 0 && end - 1 > COLUMN_LINE_MAX) return -1;
    const line = text.slice(s + 1, end).replace(/\r$/, '');
    end = s;
    if (/^[ \t]*$/.test(line)) return -1;
    if (piped) {
      if (!line.includes('|')) return -1;
      const head = (line.split('|')[cell] ?? '').trim().toLowerCase();
      if (INITIALS_COLUMN_HEAD.test(head) && (!stateCode || INITIALS_HEAD.test(head))) {
        pushName(doc, out, i, j, 0.66, { kind: 'context', detail: 'initials-column' });
        return j;
      }
      continue;
    }
    // The head cell over the word: text after two blanks (or the line's start), starting at most two columns from it.
    for (const m of line.matchAll(/(?<=^|[ \t]{2})\S(?:[^ \t]| (?! ))*/g)) {
      const at = m.index ?? 0;
      if (at > col + 2) break;
      if (at >= col - 2 && INITIALS_COLUMN_HEAD.test(m[0].toLowerCase()) && (!stateCode || INITIALS_HEAD.test(m[0].toLowerCase()))) {
        pushName(doc, out, i, j, 0.66, { kind: 'context', detail: 'initials-column' });
        return j;
      }
    }
  }
  return -1;
}

/**
 * Round 154: a hospital unit's name in brackets, as a call log or a handoff writes it after a nurse's lower-case
 * initials: an intensive or recovery unit's short form, or a floor's number and wing ("(MICU)", "(PACU)", "(4W)").
 */
const BRACKETED_UNIT_AFTER = /^ \((?:[A-Z]{0,4}ICU|PICU|NICU|PACU|CCU|CVU|PCU|IMCU|ED|ER|L&D|[1-9]\d?[ \-]?(?:[NSEW]|North|South|East|West))\)/;

/** Short forms a nurse's note puts before a unit's bracket that name no one ("abd (ICU) soft", "xfer (PACU)"). */
const UNIT_NOTE_WORDS = new Set(['abd', 'ext', 'neu', 'pos', 'neg', 'cap', 'tab', 'adm', 'amb', 'rt', 'lt', 'tx', 'dx', 'hx', 'sx', 'fx', 'rx', 'pt', 'pts', 'hr', 'hrs', 'bp', 'wt', 'ht', 'tmp', 'sat', 'vs', 'avg', 'mod', 'sev', 'min', 'max', 'std', 'pod', 'hd', 'nsg', 'rn', 'md', 'np', 'pa', 'mgr', 'chg', 'hca', 'cna', 'lpn', 'ed', 'er', 'iv', 'po', 'im', 'sq', 'gtt', 'inf', 'trf', 'rm', 'bay', 'unk', 'req', 'ok', 'via', 'per', 'sw', 'cm', 'rt', 'ot', 'pt', 'slp', 'rrt', 'icu', 'tele', 'obs', 'dc', 'cx', 'rec', 'res', 'acc', 'dept', 'ctr']);
/** Round 154: two or three lower-case letters, no word, clinical short form or credential, before such a unit. */
function unitInitialsRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (!/^[a-z]{2,3}$/.test(t.text) || doc.isCommon[i] === 1 || FUNCTION_WORDS.has(t.lower) || UNIT_NOTE_WORDS.has(t.text) || CLINICAL_ACRONYMS.has(t.text.toUpperCase()) || isCredential(doc, t)) return -1;
  if (i > 0 && isAsciiLetter(charAt(doc.text, t.start - 1))) return -1;
  if (!BRACKETED_UNIT_AFTER.test(doc.text.slice(t.end, t.end + 12))) return -1;
  pushName(doc, out, i, i, 0.66, { kind: 'context', detail: 'initials-unit' });
  return i;
}

/** Blanks, or a stamp's date and time, between a verb of typing and its "by". */
// Round 161: a label's colon may follow the verb ("Prepared: 11/30/26 0530 by BK", a pharmacy's IV label).
// After round 165's fresh set: a month/day without its year too ("Processed 12/01 by GL").
const STAMP_GAP = /^:?[ \t]{1,2}(?:\d{1,2}[\/.\-]\d{1,2}(?:[\/.\-]\d{2,4})?(?:[ \t]{1,2}\d{1,2}:?\d{2})?[ \t]{1,2})?$/;

/** A dictation stamp's date right before the typist's initials: "transcribed 11/07/26 ", "T: 11/14/2026 08:15 ". */
const STAMP_BEFORE = /(?:transcribed|typed|\bT:)[ \t]{1,2}\d{1,2}[\/.\-]\d{1,2}[\/.\-]\d{2,4}(?:[ \t]{1,2}\d{1,2}:?\d{2})?[ \t]$/i;

/** Two to four lower-case letters that are no English word nor a word of grammar: the stamp initials' shape. */
/** The stamp and its date right before the word: findNames asks it too, before the note's search for role cues. */
const stampBefore = (doc: DocumentView, t: Token): boolean => STAMP_BEFORE.test(doc.text.slice(Math.max(0, t.start - 40), t.start));
const stampInitialsShape = (doc: DocumentView, t: Token): boolean => /^[a-z]{2,4}$/.test(t.text) && doc.isCommon[t.index] === 0 && !FUNCTION_WORDS.has(t.lower);

/** 5j. Lower-case initials after a transcription stamp's date, ending the line: "transcribed 11/07/26 pjw". */
function stampInitialsRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (!stampInitialsShape(doc, t)) return -1;
  const after = charAt(doc.text, t.end);
  if (!(after === -1 || after === 10 || after === 13)) return -1;
  if (!stampBefore(doc, t)) return -1;
  pushName(doc, out, i, i, 0.7, { kind: 'context', detail: 'stamp-initials' });
  return i;
}

/**
 * 5k. Lower-case initials signing a note on its own line after a dash ("- dmw", "—kt") or after the line's last
 * sentence ("... to kelsey (ma). -tjw"), as a given name signs a message: two or three letters that are no word, acronym or credential, on the note's last line or before a
 * blank one, and not the last item of a dashed list ("- asa" under "- metoprolol").
 */
function signOffInitialsRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  // A listed given name in lower case signs the same way: "ok thx - tammy".
  const given = t.text === t.lower && t.text.length >= 3 && doc.isFirst[i] === 1 && LETTERS_ONLY.test(t.text);
  // Round 161: a log's writer by login closing a line ("Left VM for pt's wife ... -- tmorales"): initials run into a
  // surname, as loginName reads them; the next line may go on.
  if (!given && t.text.length >= 5 && loginName(doc, t)) {
    if (!/^[ \t]*(?:\r?\n|$)/.test(doc.text.slice(t.end, t.end + 4))) return -1;
    if (!/\S[ \t]{1,3}(?:--?|[–—~])[ \t]?$/.test(doc.text.slice(Math.max(0, t.start - 8), t.start))) return -1;
    pushName(doc, out, i, i, 0.7, { kind: 'pattern', detail: 'sign-off-login' });
    return i;
  }
  if (!(given || /^[a-z]{2,3}$/.test(t.text)) || doc.isCommon[i] === 1 || FUNCTION_WORDS.has(t.lower) || CLINICAL_ACRONYMS.has(t.text.toUpperCase()) || isCredential(doc, t)) return -1;
  // Lead's probe: a log whose rows end with a dash and the writer's initials, one writer signing two rows or more
  // ("..., read back OK - tjs"), signs each of its long rows so.
  if (!given && signedRowInitials(doc, t)) {
    pushName(doc, out, i, i, 0.65, { kind: 'pattern', detail: 'row-sign-off-initials' });
    return i;
  }
  if (!/^[ \t]*(?:\r?\n[ \t]*(?:\r?\n|$)|$)/.test(doc.text.slice(t.end, t.end + 12))) return -1;
  const lineStart = doc.text.lastIndexOf('\n', t.start - 1) + 1;
  // Or after the last sentence of a line, as a quick message signs off: "routed to kelsey (ma). -tjw" ("ok thx - tammy").
  if (!/^[ \t]{0,4}[\-–—~][ \t]?$/.test(doc.text.slice(lineStart, t.start))) {
    if (!(given ? /\S[ \t]{1,3}[\-–—~][ \t]?$/ : /[.!?)][ \t]{1,3}[\-–—~]$/).test(doc.text.slice(Math.max(lineStart, t.start - 6), t.start))) return -1;
  } else if (lineStart > 0 && /^[ \t]{0,4}[\-–—~]/.test(doc.text.slice(doc.text.lastIndexOf('\n', lineStart - 2) + 1, lineStart))) {
    // Round 140: under a list whose bullets stand a blank before their items, a dash set right against the initials
    // signs the list ("- may need PT eval\n-jm"); a bullet like the others ("- na") is an item.
    if (!(charAt(doc.text, t.start - 1) !== 32 && /^[ \t]{0,4}[\-–—~][ \t]/.test(doc.text.slice(doc.text.lastIndexOf('\n', lineStart - 2) + 1, lineStart)))) return -1;
  }
  pushName(doc, out, i, i, 0.65, { kind: 'pattern', detail: given ? 'sign-off-name' : 'sign-off-initials' });
  return i;
}

/** Three lower-case consonants: typed initials, not shorthand with a vowel ("neg", "nad", "cont"). */
const THREE_CONSONANTS = '[b-df-hj-np-tv-xz]{3}';
const ROW_INITIALS = new RegExp(`^${THREE_CONSONANTS}$`);
/** Shorthand of three consonants that ends a finding's row ("regular rate and rhythm - wnl"). */
const ROW_SHORTHAND = new Set(['wnl', 'rrr', 'ctx', 'ffp', 'msk', 'cns', 'pmh', 'psh', 'fhx', 'shx', 'hpi', 'dtr', 'ptt', 'mcg', 'hrs', 'wks', 'yrs', 'cbg', 'bgl', 'bmp', 'cbc', 'tbd', 'nvd', 'ckd', 'chf', 'dvt', 'gtt', 'hct', 'lmp', 'npo', 'nkd', 'bms', 'sts', 'std', 'prn', 'qhs', 'pcn', 'rtc', 'ntd', 'cxr', 'bph', 'ptx', 'rxn']);
/** A row of twelve characters or more before its dash: a log's entry, not a review of systems' "CV - wnl". */
const ROW_BEFORE_DASH = '^[^\\n]{12,}[\\p{L}\\d.,)][ \\t]{1,2}[\\-–—][ \\t]?';
const SIGNED_ROW_START = new RegExp(`${ROW_BEFORE_DASH}$`, 'u');
/** A whole signed row, its initials ending the line. */
const SIGNED_ROW = new RegExp(`${ROW_BEFORE_DASH}(${THREE_CONSONANTS})[ \\t]*\\r?$`, 'gmu');
/** Initials t that sign a row of a log signed so twice or more (signingColumn): the row's end, a long row before the dash. */
function signedRowInitials(doc: DocumentView, t: Token): boolean {
  return signingColumn(doc) && ROW_INITIALS.test(t.text) && !ROW_SHORTHAND.has(t.text) && /^[ \t]*(?:\r?\n|$)/.test(doc.text.slice(t.end, t.end + 6)) &&
    SIGNED_ROW_START.test(doc.text.slice(doc.text.lastIndexOf('\n', t.start - 1) + 1, t.start));
}
const signingColumns = new WeakMap<DocumentView, boolean>();
/** Whether one set of initials signs two long rows or more of the note (worked out once per note). */
function signingColumn(doc: DocumentView): boolean {
  let yes = signingColumns.get(doc);
  if (yes === undefined) {
    yes = false;
    const seen = new Set<string>();
    for (const m of doc.text.matchAll(SIGNED_ROW)) {
      const v = m[1] as string;
      if (CLINICAL_ACRONYMS.has(v.toUpperCase()) || ROW_SHORTHAND.has(v)) continue;
      if (seen.has(v)) {
        yes = true;
        break;
      }
      seen.add(v);
    }
    signingColumns.set(doc, yes);
  }
  return yes;
}

/**
 * 5i. The author's and the typist's initials that close a dictated letter, alone on their line: "LA/mfr",
 * "JS/kl  D: 11/13/2026". Capitals, a slash, lower case, then the line ends or the dictation stamps follow.
 */
/**
 * The author's initials alone on the note's last line, after a blank line or a sentence's end ("...at home).\n\nYN"):
 * two or three capitals that are no acronym, credential, state or word.
 */
function closingInitialsRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (i !== tokens.length - 1 || doc.allCaps || !/^[A-Z]{2,3}$/.test(t.text) || !/^[ \t]*(?:\r?\n[ \t]*)*$/.test(doc.text.slice(t.end))) return -1;
  if (acronymNotInitials(doc, t, i)) return -1;
  const lineStart = doc.text.lastIndexOf('\n', t.start - 1) + 1;
  if (lineStart === 0 || !/^[ \t]*$/.test(doc.text.slice(lineStart, t.start))) return -1;
  const before = doc.text.slice(Math.max(0, lineStart - 6), lineStart);
  if (!/(?:\n[ \t]*\r?\n|[.!?)][ \t]*\r?\n)$/.test(before)) return -1;
  // The note names its author in full: "PCP: Yosef Nunez, MD" ... "YN", "Yosef Q. Nunez" ... "YQN".
  const letters = t.text.split('');
  const middle = letters.length === 3 ? `[ \\t]${letters[1]}[\\p{L}'’\\-]*\\.?` : '(?:[ \\t]\\p{Lu}\\.?)?';
  const full = new RegExp(`(?<![\\p{L}])${letters[0]}\\p{Ll}+${middle}[ \\t]${letters[letters.length - 1]}\\p{Ll}[\\p{L}'’\\-]+`, 'u');
  if (!full.test(doc.text.slice(0, lineStart))) return -1;
  pushName(doc, out, i, i, 0.65, { kind: 'pattern', detail: 'closing-initials' });
  return i;
}

/** Lower-case pairs of routes, eyes and times ("iv/po", "od/os", "bid/prn"), no one's initials. */
const ROUTE_OR_EYE = new Set(['od', 'os', 'ou', 'iv', 'po', 'im', 'sc', 'sq', 'pr', 'sl', 'prn', 'bid', 'tid', 'qid', 'qd', 'hs', 'ac', 'pc', 'npo', 'ng', 'gt', 'ns', 'lr']);
/** A line ending in a credential right before: "Amira Haddad, MD", "T. Vance, M.D.". */
const SIGNATURE_LINE_BEFORE = /\p{Lu}[\p{L}'’\-]+,?[ \t]{1,2}(?:M\.?D\.?|D\.?O\.?|NP|PA-C|RN|MBBS|FACC|FACP)[ \t]*\r?\n$/u;
/** Round 76: the signer's name and credential before the initials on the same line ("Ann Roe, M.D.  AR/kls"). */
const SIGNATURE_SAME_LINE = /\p{Lu}[\p{L}'’\-]+,?[ \t]{1,2}(?:M\.?D\.?|D\.?O\.?|NP|PA-C|MBBS)[ \t]{1,4}$/u;

/**
 * Round 122: the typing stamp or the letter's reference right before the pair on its line: "Our ref: RW/pk/Cardio",
 * "Typed GH:wd 03.04.26", "Transcribed: <date> 15:20 TV/rn" (a stamp's word, then its date or time at most).
 */
const TYPING_CUE_BEFORE = /(?:\b(?:our|your)[ \t]ref(?:erence)?\.?|\bref\.?|\btyped(?:[ \t]by)?|\btypist|\b(?:dictated|transcribed|typed)\b:?[^\n]{0,40}[\d.][ \t]{0,2}(?:[AaPp]\.?[Mm]\.?)?)[ \t]*:?[ \t]{1,3}$/i;
/** Round 122: a typist's initials with the Scots' and Irish "Mc"/"Mac" kept in ("DMcR", "AMacD"). */
const MAC_INITIALS = /^[A-Z]{1,2}Ma?c[A-Z]$/;

function dictationInitialsRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const n = tokens[i + 1];
  if (n === undefined || n.start !== t.end + 1 || !/^(?:[A-Z]{2,3}|[a-z]{2,3})$/.test(t.text)) return -1;
  const macTypist = t.text !== t.lower && doc.text.charCodeAt(t.end) === 47 && MAC_INITIALS.test(n.text);
  if (!macTypist && !/^[a-z]{2,4}$/.test(n.text)) return -1;
  // The initials open their line, blanks before at most: walked back over the blanks only (a search back for the
  // line's start made a long line without breaks quadratic: "seg/seg/seg..." of a 10,000-character URL).
  let lineStart = t.start;
  while (lineStart > 0 && isBlank(doc.text.charCodeAt(lineStart - 1))) lineStart--;
  // Round 76: "Ann Roe, M.D.  AR/kls": the pair after the signer's credential on the signature's own line.
  const afterCredential = lineStart < t.start && t.text !== t.lower && SIGNATURE_SAME_LINE.test(doc.text.slice(Math.max(0, t.start - 48), t.start));
  const afterTypingCue = lineStart < t.start && t.text !== t.lower && !afterCredential && TYPING_CUE_BEFORE.test(doc.text.slice(Math.max(0, t.start - 64), t.start));
  if (!afterCredential && !afterTypingCue && lineStart > 0 && doc.text.charCodeAt(lineStart - 1) !== 10 && doc.text.charCodeAt(lineStart - 1) !== 13) return -1;
  // Round 76: "AR:kls", the pair parted by a colon, only under a signature with its credential ("BP:sys" is a label).
  if (doc.text.charCodeAt(t.end) === 58 && (t.text === t.lower || CLINICAL_ACRONYMS.has(t.text) || TWO_LETTER_ACRONYMS.has(t.text) || !(afterTypingCue || (SIGNATURE_LINE_BEFORE.test(doc.text.slice(Math.max(0, lineStart - 40), lineStart)) && /^[ \t]*(?:\r?\n|$)/.test(doc.text.slice(n.end, n.end + 4)))))) return -1;
  // "Amira Haddad, MD\nah/lwb": the author's initials in lower case too, right under a signature with its credential.
  if (t.text === t.lower && (doc.text.charCodeAt(t.end) !== 47 || CLINICAL_ACRONYMS.has(t.text.toUpperCase()) || ROUTE_OR_EYE.has(t.text) || ROUTE_OR_EYE.has(n.text) || !SIGNATURE_LINE_BEFORE.test(doc.text.slice(Math.max(0, lineStart - 40), lineStart)))) return -1;
  const after = doc.text.slice(n.end, n.end + 16);
  // After a typing cue the pair may carry the department's tag or the typing date: "RW/pk/Cardio", "GH:wd 03.04.26".
  if (!/^(?:[ \t]*(?:\r?\n|$)|[ \t]{2,}|[ \t]{1,2}[DT]:)/.test(after) && !(afterTypingCue && /^(?:\/\p{L}{2,12}|[ \t]{1,2}\d)/u.test(after))) return -1;
  // A short common word is the typist's after a typing cue ("Our ref: RW/pk").
  if ((doc.isCommon[i + 1] === 1 && !(afterTypingCue && n.text.length <= 3)) || FUNCTION_WORDS.has(n.lower) || CLINICAL_ACRONYMS.has(n.text.toUpperCase())) return -1;
  pushName(doc, out, i, i, 0.7, { kind: 'pattern', detail: 'dictation-initials' });
  pushName(doc, out, i + 1, i + 1, 0.7, { kind: 'pattern', detail: 'dictation-initials' });
  return i + 1;
}

/**
 * Round 62: the second initials of a pair parted by a slash ("Banded by: QWT / HMZ", "Varga, MD   JRM/tqs"),
 * when the first were already read as a person's in the note and the pair ends its line; "HIV/HCV", "QWT / mL" stay.
 */
const SIGNER_BEFORE_CREDENTIAL = /\p{Lu}[\p{L}'’\-]+,[ \t]{1,2}$/u;
function slashPairInitialsRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const p = tokens[i - 1] as Token;
  if (!/^(?:[A-Z]{2,4}|[a-z]{2,4})$/.test(t.text) || !/^[A-Z]{2,4}$/.test(p.text) || !/^[ \t]?\/[ \t]?$/.test(doc.text.slice(p.end, t.start))) return -1;
  if (!/^[ \t]*(?:\r?\n|$)/.test(doc.text.slice(t.end, t.end + 8))) return -1;
  const upper = t.text.toUpperCase();
  if (doc.isCommon[i] === 1 || FUNCTION_WORDS.has(t.lower) || CLINICAL_ACRONYMS.has(upper) || TWO_LETTER_ACRONYMS.has(upper) || isCredential(doc, t)) return -1;
  // Round 76: "Ann Roe, MD / kls": the typist's initials after the signer's name and credential.
  // Round 161: or in capitals, as a transcription footer prints them ("Gideon Fairweather, MD / TMS").
  let named = isCredential(doc, p) && (t.text === t.lower || !acronymNotInitials(doc, t, i)) && t.text.length <= 3 && SIGNER_BEFORE_CREDENTIAL.test(doc.text.slice(Math.max(0, p.start - 40), p.start));
  for (let k = out.length - 1; k >= 0 && !named; k--) {
    const c = out[k] as Candidate;
    named = c.type === 'NAME' && c.end - c.start === p.text.length && doc.text.startsWith(p.text, c.start);
  }
  if (!named) return -1;
  pushName(doc, out, i, i, 0.68, { kind: 'context', detail: 'slash-pair-initials' });
  return i;
}

/** First words of towns' names ("Fort", "Lake", "New"): before a capitalised word they make a place. */
const TOWN_FIRST_WORDS: ReadonlySet<string> = new Set(['new', 'lake', 'mount', 'mt', 'fort', 'ft', 'port', 'saint', 'st', 'san', 'santa', 'upper', 'lower', 'great', 'little', 'grand', 'el', 'los', 'las']);
/** Round 105: deeds of a person right after a full name that opens a clause after a dash ("— <given> <surname> got his first dose"). */
const DASH_SUBJECT_DEEDS = new Set(['got', 'received', 'refused', 'declined', 'tolerated', 'fell', 'reports', 'reported', 'states', 'stated', 'said', 'asked', 'called',
  'agreed', 'denies', 'denied', 'ate', 'walked', 'slept', 'complained', 'wants', 'wanted', 'signed', 'consented', 'arrived', 'vomited', 'pulled', 'needs', 'needed']);

/**
 * Round 105: a full name that opens a clause after a spaced dash, as a quick note runs on ("Overnight quiet — Peregrine
 * Ashdown got his first dose"): a capitalised word, then a capitalised surname of no English list, then a person's deed
 * in lower case. The given name may be a word ("Peregrine"); "— Boston Scientific reports", "— Zosyn Infusion started"
 * end in a word or take no person's deed.
 */
function dashSubjectRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const s = tokens[i + 1];
  const v = tokens[i + 2];
  if (s === undefined || v === undefined || t.single || s.single || !s.capitalized || s.text.length < 3 || v.text !== v.lower || !DASH_SUBJECT_DEEDS.has(v.lower)) return -1;
  if (!oneSpace(doc, t, s) || !oneSpace(doc, s, v) || !LETTERS_ONLY.test(t.text) || !LETTERS_ONLY.test(s.text)) return -1;
  const ls = lexical(doc, tokens, i + 1);
  if (ls.common || ls.eponymHere || lexical(doc, tokens, i).eponymHere || lexicon.EPONYMS.has(t.lower) || lexicon.EPONYMS.has(s.lower)) return -1;
  // A surname that is a town's name too ("Ashdown") stays, but not after a place's first word ("— North Ashdown reported").
  if (REGION_OPENERS.has(t.lower) || TOWN_FIRST_WORDS.has(t.lower)) return -1;
  if (isTitle(doc, t) || isCredential(doc, t) || acronym(doc, t) || acronym(doc, s) || functionOrCalendar(t) || functionOrCalendar(s)) return -1;
  pushName(doc, out, i, i + 1, 0.7, { kind: 'context', detail: 'dash-subject' });
  return i + 1;
}

/**
 * Round 74: a crew's or a team's role in brackets after an initial and a surname, as run reports list the crew:
 * "R. Tamihana (Paramedic)", "D. Abernethy (Driver)" (the credential rule reads "(EMT)", "(RN)"). The surname may be in
 * no list, but no English word.
 */
function bracketedRoleRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (i < 2 || doc.allCaps || charAt(doc.text, t.start - 1) !== 40 || charAt(doc.text, t.end) !== 41) return -1;
  const sur = tokens[i - 1] as Token;
  const initial = tokens[i - 2] as Token;
  if (!/^[ \t]?\($/.test(doc.text.slice(sur.end, t.start)) || !sur.capitalized || sur.single || doc.isCommon[i - 1] === 1 || isTitle(doc, sur) || isCredential(doc, sur)) return -1;
  if (!initial.single || !initial.dotAfter || !isUpperLetter(initial.text) || doc.text.slice(initial.end, sur.start) !== '. ') return -1;
  pushName(doc, out, i - 2, i - 1, 0.75, { kind: 'context', detail: `role-bracket:${t.lower}` });
  return i;
}

/**
 * The rules in order: the first that finds a name at a token wins. Direct calls (each site monomorphic, small
 * rules inlined), and a rule is skipped when its own first test would reject the token.
 */
function ruleAt(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  let j = isTitle(doc, t) || firstSergeant(doc, t) ? titleRule(doc, tokens, i, out) : -1;
  if (j < 0 && isCredential(doc, t)) j = credentialRule(doc, tokens, i, out);
  else if (j < 0 && i > 0 && lowerNurseCredential(t.text)) j = lowerCredentialRule(doc, tokens, i, out);
  // The credentials are lower-case words: most tokens here are capitalised, ruled out before the set probe.
  if (j < 0 && i > 0 && !t.capitalized && !t.upper && SIGNOFF_CREDENTIALS.has(t.text)) j = dashInitialsSignoffRule(doc, tokens, i, out);
  if (j < 0 && tokens[i + 1]?.lower === 'from' && charAt(doc.text, t.end) === 32) j = staffFromServiceRule(doc, tokens, i, out);
  if (j < 0 && t.capitalized && CREW_ROLES.has(t.lower)) j = bracketedRoleRule(doc, tokens, i, out);
  if (j < 0 && namingCuesInDoc) j = namingCueRule(doc, tokens, i, out);
  if (j < 0 && t.capitalized && t.start >= 3 && charAt(doc.text, t.start - 1) === 32 && (charAt(doc.text, t.start - 2) === 8212 || charAt(doc.text, t.start - 2) === 8211) && charAt(doc.text, t.start - 3) === 32) j = dashSubjectRule(doc, tokens, i, out);
  // A name cue before, or the "/s/" of an electronic signature (isCue reads which).
  // A cue right before, "w/ Name", or a cue before a bracketed word ("interpreter (Somali) Hodan").
  if (j < 0 && i > 0 && (((doc.wordFlags[i - 1] as number) & WORD_NAME_CUE) !== 0 || ((tokens[i - 1] as Token).single && charAt(doc.text, (tokens[i - 1] as Token).end) === 47) ||
    (i > 1 && charAt(doc.text, (tokens[i - 1] as Token).end) === 41 && ((doc.wordFlags[i - 2] as number) & WORD_NAME_CUE) !== 0) ||
    // Round 142: a cue before a pedigree position ("uncle II-5 Kamran"): a hyphen after a short word (isCue reads the rest).
    (i > 1 && (tokens[i - 1] as Token).text.length <= 3 && charAt(doc.text, (tokens[i - 1] as Token).end) === 45 && ((doc.wordFlags[i - 2] as number) & WORD_NAME_CUE) !== 0) ||
    // Round 142: a cue before the letter of one of multiples ("Twin B Okonkwo", "twin a (zara)").
    // Round 148: "triplet" is no name cue of its own ("triplet b (rowan)"): isCue reads its letter.
    (i > 1 && (tokens[i - 1] as Token).single && (((doc.wordFlags[i - 2] as number) & WORD_NAME_CUE) !== 0 || (tokens[i - 2] as Token).lower === 'triplet')))) j = cueRule(doc, tokens, i, out);
  if (j < 0) j = kinOrParenRule(doc, tokens, i, out);
  if (j < 0 && particlesInDoc && t.capitalized && i > 0 && lowerParticle(tokens[i - 1] as Token)) j = particleSurnameRule(doc, tokens, i, out);
  if (j < 0 && quoteVerbsInDoc && t.capitalized) j = quoteSpeakerRule(doc, tokens, i, out);
  // Round 38: "Nguyen, Kevin Duc        Son": a contacts table's row, before the list rule reads "Nguyen, Kevin" as two names.
  if (j < 0 && t.capitalized && charAt(doc.text, t.end) === 44) j = contactRowRule(doc, tokens, i, out);
  if (j < 0) j = lowerOrListRule(doc, tokens, i, out);
  if (j < 0) j = dictionaryRule(doc, tokens, i, out);
  return j < 0 ? laterRules(doc, tokens, i, out) : j;
}

/** The rules after the dictionary's, in order, each behind its first test. */
function laterRules(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  let j = t.capitalized ? subjectRule(doc, tokens, i, out) : -1;
  if (j < 0 && predicateWordsInDoc && t.capitalized) j = personPredicateRule(doc, tokens, i, out);
  if (j < 0 && charAt(doc.text, t.end) === 58) j = speakerLabelRule(doc, tokens, i, out);
  if (j < 0 && (t.capitalized || doc.isFirst[i] === 1)) j = chatStampSpeakerRule(doc, tokens, i, out);
  if (j < 0) j = messageRules(doc, tokens, i, out);
  if (j < 0 && !t.capitalized && !t.upper) j = lowerCueNameRule(doc, tokens, i, out);
  if (j < 0 && t.text.charCodeAt(0) >= 0x300) j = caselessRule(doc, tokens, i, out);
  if (j < 0) j = initialsRule(doc, tokens, i, out);
  if (j < 0) j = relationRule(doc, tokens, i, out);
  if (j < 0 && isApostrophe(charAt(doc.text, t.end))) j = possessiveRule(doc, tokens, i, out);
  if (j < 0 && t.capitalized) j = firstNameRule(doc, tokens, i, out);
  if (j < 0 && (t.capitalized || t.single)) j = vocativeRule(doc, tokens, i, out);
  if (j < 0 && t.capitalized) j = surnameShapeRule(doc, tokens, i, out);
  if (j < 0 && t.capitalized) j = contactBeforePhoneRule(doc, tokens, i, out);
  if (j < 0 && t.capitalized) j = givenNameAgeRule(doc, tokens, i, out);
  if (j < 0 && t.capitalized) j = nameBeforeAgeRule(doc, tokens, i, out);
  if (j < 0 && t.capitalized) j = selfIntroductionRule(doc, tokens, i, out);
  if (j < 0 && t.capitalized && tokens[i + 1]?.lower === 'this') j = greetedByNameRule(doc, tokens, i, out);
  if (j < 0 && t.upper) j = staffInitialsRule(doc, tokens, i, out);
  return j;
}

export function findNames(doc: DocumentView): Candidate[] {
  const tokens = doc.tokens;
  const out: Candidate[] = [];
  const gates = cueGates(doc);
  namingCuesInDoc = (gates & NAMING) !== 0;
  quoteVerbsInDoc = (gates & QUOTE) !== 0;
  addressCuesInDoc = (gates & ADDRESS) !== 0;
  predicateWordsInDoc = (gates & PREDICATE) !== 0;
  particlesInDoc = (gates & PARTICLE) !== 0;

  // Whether the note holds a role cue at all: searched for (eight searches of the note) only once a word of
  // two to four letters follows a cue's last word or a stamp's date, which most notes never show; a set
  // probe per short word costs less than searching every note.
  let roleCues: boolean | undefined;
  let columnCues: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Facts most of the tests below ask, read once per token (the token's fields are fixed).
    const len = t.text.length;
    const lowerCased = t.text === t.lower;
    // Staff initials after a role label ("Typed by: mkt"): looked at before the skip below, which drops lower-case words.
    // The rule takes no English word ("by mouth"): that test comes before the set probe and the note's search for role cues.
    if (i > 0 && len >= 2 && (len <= 4 || lowerCased) && doc.isCommon[i] === 0 && ROLE_INITIALS_CUE_ENDS.has((tokens[i - 1] as Token).lower) && roleInitialsGap(doc, tokens, i) && (roleCues ??= mayHaveRoleInitials(doc.lower)) && roleInitialsRule(doc, tokens, i, out) >= 0) continue;
    // Round 165: a correctional officer's surname between "CO" or "C/O" and a badge's number (correctionalOfficerRule).
    if (len <= 3 && (t.text === 'CO' || t.text === 'O' || t.text === 'C/O') && correctionalOfficerRule(doc, tokens, i, out)) { i++; continue; }
    // Round 152: initials in a table's column headed "Init", "Operator", "Given by" (initialsColumnRule).
    // Round 154: or dotted ("K.T.M." under "Screened by"), a capital with its dot first.
    if (((len >= 2 && len <= 3 && (t.upper || lowerCased) && (doc.isCommon[i] === 0 || (t.upper && len === 2))) || (len === 1 && isCapitalCode(charAt(doc.text, t.start)) && charAt(doc.text, t.end) === 46)) && cellMayOpenAt(doc.text, t.start) && (columnCues ??= mayHaveInitialsColumn(doc.lower))) {
      const last = initialsColumnRule(doc, tokens, i, out);
      if (last >= 0) {
        i = last;
        continue;
      }
    }
    // Round 154: lower-case staff initials before their unit in brackets ("jpm (MICU)", "called kt (4W)").
    if (len >= 2 && len <= 3 && lowerCased && charAt(doc.text, t.end) === 32 && charAt(doc.text, t.end + 1) === 40 && unitInitialsRule(doc, tokens, i, out) >= 0) continue;
    // "transcribed 11/07/26 pjw": the typist's initials after the stamp's date, ending the line.
    // The rule's own shape and stamp tests first: the note's search for role cues is the dear part.
    if (i > 0 && len >= 2 && len <= 4 && charAt(doc.text, t.start - 1) === 32 && isDigit(charAt(doc.text, t.start - 2)) && endsLine(charAt(doc.text, t.end)) && stampInitialsShape(doc, t) && stampBefore(doc, t) && (roleCues ??= mayHaveRoleInitials(doc.lower)) && stampInitialsRule(doc, tokens, i, out) >= 0) continue;
    // "sent 11/25/2026 by dmk.": lower-case initials after a date and "by".
    if ((len === 3 || len === 2) && i > 0 && lowerCased && (tokens[i - 1] as Token).lower === 'by' && staffInitialsRule(doc, tokens, i, out) >= 0) continue;
    // "Banded by: QWT / HMZ", "MD   JRM/tqs": the second of two staff's initials after a slash.
    if (i > 0 && len >= 2 && len <= 4 && (charAt(doc.text, t.start - 1) === 47 || charAt(doc.text, t.start - 2) === 47) && slashPairInitialsRule(doc, tokens, i, out) >= 0) continue;
    // "- dmw", "- tammy" signing a note: a short word or a lower-case given name right after a dash and a blank, a rare shape.
    if ((len <= 3 || doc.isFirst[i] === 1 || (lowerCased && len >= 5 && len <= 16)) && t.start >= 2 && isSignDash(charAt(doc.text, t.start - 1) === 32 ? charAt(doc.text, t.start - 2) : charAt(doc.text, t.start - 1)) && signOffInitialsRule(doc, tokens, i, out) >= 0) continue;
    // Round 61: a given name signing a message among its last words ("thanks, pearl"), and an English word that is a
    // given name introducing the writer ("this is art, Lena's husband"): the skip below drops such words.
    // Round 90: five tokens from the end, for two writers and their relation ("love, priya & arjun (his grandkids)").
    if (doc.isFirst[i] === 1 && (i >= tokens.length - 5 || closesThreadMessage(doc.text, t.end)) && t.start > 0 && messageSignOffRule(doc, tokens, i, out) >= 0) continue;
    if (doc.isFirst[i] === 1 && doc.isCommon[i] === 1 && i > 0 && SELF_INTRO_CUES.has((tokens[i - 1] as Token).lower) && wordSelfIntroRule(doc, tokens, i, out) >= 0) continue;
    // "YN" alone on a note's last line: the author's initials closing it.
    if (t.upper && len >= 2 && len <= 3 && i >= tokens.length - 2 && closingInitialsRule(doc, tokens, i, out) >= 0) continue;
    // "LA/mfr" closing a dictation: capitals right before a slash, a rare shape.
    if ((t.upper || lowerCased) && (charAt(doc.text, t.end) === 47 || (t.upper && charAt(doc.text, t.end) === 58)) && len <= 3 && len >= 2) {
      const j = dictationInitialsRule(doc, tokens, i, out);
      if (j >= 0) {
        i = j;
        continue;
      }
    }
    // Round 103: two lower-case initials labelling a texted thread's lines ("jt: k. pt in holding"): the skip drops them.
    if (len === 2 && lowerCased && charAt(doc.text, t.end) === 58 && speakerLabelRule(doc, tokens, i, out) >= 0) continue;
    // Round 113: a lower-case word no list holds with a chat's cue around it ("can u ask seini if"): the skip drops such words.
    // And a given name that is also a word, asked by name or joined to a name ("tell joy to", "dawn and funmi coming").
    if (mayBeLowerCueName(doc, tokens, i) && lowerCueNameRule(doc, tokens, i, out) >= 0) continue;
    // Most words are lower-case words of no interest: skip them before any rule looks around.
    // A lower-case common word ("will", "brown") can only start a name after a title, and that is rule 1.
    if (
      !shaped(doc, t) &&
      ((doc.isFirst[i] === 0 && doc.isSur[i] === 0) || doc.isCommon[i] === 1) &&
      !isTitle(doc, t) &&
      !firstSergeant(doc, t) &&
      !isCredential(doc, t) &&
      !lowerNurseCredential(t.text) &&
      !(i > 0 && charAt(doc.text, (tokens[i - 1] as Token).start - 1) === 45 && SIGNOFF_CREDENTIALS.has(t.text)) &&
      t.text.charCodeAt(0) < 0x2e0 &&
      // An unknown lower-case word right after "call me", "my name is", "named": rule 2b looks at it.
      // Round 140: and a listed given name that is a word after "call me" ("call me bill,").
      !(namingCuesInDoc && i > 0 && (doc.isCommon[i] === 0 || (doc.isFirst[i] === 1 && (tokens[i - 1] as Token).lower === 'me')) && NAMING_CUE_ENDS.has((tokens[i - 1] as Token).lower)) &&
      // Round 45: a lower-case name before a relation in brackets ("keoni (son) called"): rule 5j looks at it.
      !((doc.isFirst[i] === 1 || doc.isCommon[i] === 0) && charAt(doc.text, t.end) === 32 && charAt(doc.text, t.end + 1) === 40 && KIN_PAREN_AHEAD.test(doc.text.slice(t.end, t.end + 20))) &&
      // A lower-case given name that is also a word after a relation ("daughter maria"): rule 5d looks at it.
      !((doc.isFirst[i] === 1 || doc.isCommon[i] === 0) && i > 0 && KIN_WORDS.has((tokens[i - 1] as Token).lower)) &&
      // A login after a message's "from" ("message from kdiaz"): the cue rule looks at it.
      !(i > 1 && (tokens[i - 1] as Token).lower === 'from' && MESSAGE_SOURCES.has((tokens[i - 2] as Token).lower)) &&
      // A lower-case given name that is also a word after "pt" ("pt maria gonzaga called"): rule 4f looks at it.
      !(doc.isFirst[i] === 1 && i > 0 && PATIENT_WORDS.has((tokens[i - 1] as Token).lower)) &&
      // Two capitals after "w/", "with", "per", "for" ("w/ JD re:") or "pt" ("Pt WB reports"): rules 4g and 4o look at them.
      !(t.upper && len === 2 && i > 0 && (initialsCue(tokens[i - 1] as Token) || PATIENT_WORDS.has((tokens[i - 1] as Token).lower))) &&
      // An unknown lower-case word after a cue and its colon ("Triage RN: mfernandez"): rule 3 reads logins.
      !(doc.isCommon[i] === 0 && i > 0 && charAt(doc.text, (tokens[i - 1] as Token).end) === 58 && ((doc.wordFlags[i - 1] as number) & WORD_NAME_CUE) !== 0) &&
      // Round 145: an unknown lower-case word in brackets after a twin's letter ("twin a (zara)"): the cue rule looks at it.
      // Round 148: a listed given name that is a word too, closing the bracket ("triplet b (hazel)").
      !((doc.isCommon[i] === 0 || (doc.isFirst[i] === 1 && charAt(doc.text, t.end) === 41)) && i > 1 && charAt(doc.text, t.start - 1) === 40 && (tokens[i - 1] as Token).single && ((tokens[i - 2] as Token).lower === 'twin' || (tokens[i - 2] as Token).lower === 'triplet'))
    ) {
      continue;
    }

    const last = ruleAt(doc, tokens, i, out);
    if (last >= 0) i = last;
  }
  attendanceListNames(doc, out);
  if (doc.text.includes('@')) emailDisplayNames(doc, out);
  nativeCompoundSurnames(doc, out);
  const found = propagate(doc, out);
  forgetLexicalCache();
  return found;
}

/**
 * Round 61: the sender's or a recipient's name before the address in brackets on an email's header line, in any
 * case: "From: ruby tallis <rtallis77@example.org>", "to: Drew Quill <dq@example.net>". Every word a listed name
 * or in no English list, one at least listed ("Billing Office <billing@...>", "Riverbend Family Practice <...>" stay).
 */
const EMAIL_HEADER_NAME = /^[ \t]{0,4}(?:from|to|cc|bcc|reply-to|sender)[ \t]{0,2}:[ \t]{0,3}"?([\p{L}'’\-]{1,30}(?:,?[ \t]{1,2}[\p{L}'’\-]{1,30}){0,3})"?[ \t]{0,2}<[^<>\s@]{1,64}@/gimu;
function emailDisplayNames(doc: DocumentView, out: Candidate[]): void {
  const tokens = doc.tokens;
  EMAIL_HEADER_NAME.lastIndex = 0;
  for (let m = EMAIL_HEADER_NAME.exec(doc.text); m !== null; m = EMAIL_HEADER_NAME.exec(doc.text)) {
    const start = m.index + m[0].indexOf(m[1] as string);
    const end = start + (m[1] as string).length;
    let i = 0;
    while (i < tokens.length && (tokens[i] as Token).start < start) i++;
    let j = i;
    let listed = false;
    let words = true;
    for (; j < tokens.length && (tokens[j] as Token).end <= end; j++) {
      const w = tokens[j] as Token;
      const name = doc.isFirst[j] === 1 || doc.isSur[j] === 1;
      if (w.single || FUNCTION_WORDS.has(w.lower) || isCredential(doc, w) || (!name && doc.isCommon[j] === 1) || facilityHeadAt(doc, j)) words = false;
      if (name) listed = true;
    }
    if (j > i && words && listed) pushName(doc, out, i, j - 1, 0.8, { kind: 'context', detail: 'email-display-name' });
  }
}

export const NAME_RECOGNIZER: Recognizer = { id: ID, types: ['NAME'], indexWords: [...NAMING_CUE_WORDS, ...QUOTE_VERB_WORDS, ...ADDRESS_CUE_WORDS, ...PREDICATE_WORDS, ...PARTICLE_WORDS, ...GERMAN_FUNCTION_WORDS, ...ATTENDANCE_LABELS], readsCase: true, find: findNames };

/**
 * Round 84: tokens i and i + 1 are countries in a list of three or more ("Sites in Brazil, Argentina, South Africa
 * and Thailand"): no "Surname, Given" ("Jordan, Georgia" alone stays a name).
 */
function countryList(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const n = tokens[i + 1] as Token;
  if (!COUNTRY_NAMES.has(t.fold) || !COUNTRY_NAMES.has(n.fold)) return false;
  const m = tokens[i + 2];
  if (m === undefined) return false;
  const conj = m.lower === 'and' || m.lower === 'or';
  const gap = doc.text.slice(n.end, m.start);
  if (conj ? gap !== ' ' && gap !== ', ' : gap !== ', ') return false;
  const w = conj ? tokens[i + 3] : m;
  return w !== undefined && w.capitalized && (COUNTRY_NAMES.has(w.fold) || doc.dict.allCities.has(w.lower) || /^(?:south|north|east|west|new|united|saudi|sri|costa|el|puerto)$/.test(w.lower));
}

/** Round 98: a language after a field's colon ("Lang: Polish", "Lang:Spanish"). */
function languageFieldValue(text: string, end: number): boolean {
  const m = /^[ \t]?:[ \t]{0,2}(\p{L}+)/u.exec(text.slice(end, end + 24));
  return m !== null && lexicon.LANGUAGES.has((m[1] as string).toLowerCase());
}
