// Word-level facts and helpers for the name recognizer: dictionary membership per token (memoised per
// document), how name-like a word looks, which gaps join name parts, and the cue and function words.
import { lexicon, WORD_CREDENTIAL, WORD_EPONYM, WORD_NAME_CUE, WORD_TITLE } from '../dictionaries/index.js';
import { blanksOnly, fieldLineAt } from '../text/chars.js';
import type { Token } from '../text/tokens.js';
import type { DocumentView } from './types.js';

export const ID = 'person-name';

/** lexicon.TITLES has the token's lower case (from the view's flags: no set probe). */
export function isTitle(doc: DocumentView, t: Token): boolean {
  return ((doc.wordFlags[t.index] as number) & WORD_TITLE) !== 0;
}

/** Ireland's "BAO" is a degree only after the other medical degrees ("MB BCh BAO"). */
const DEGREES_BEFORE_BAO = /^(?:bch|bchir|mb|chb|mbbch)$/;

/**
 * lexicon.CREDENTIALS has the token as written; the flag rules out most words without a probe. Round 40 and the lead
 * (2026-12-01): "BAO" alone is the Vietnamese given name Bảo written without its marks in capitals ("HUYNH, BAO TRAN",
 * "TRAN, QUOC BAO"), which no name's run may stop at.
 */
export function isCredential(doc: DocumentView, t: Token): boolean {
  return ((doc.wordFlags[t.index] as number) & WORD_CREDENTIAL) !== 0 && lexicon.CREDENTIALS.has(t.text) &&
    (t.text !== 'BAO' || DEGREES_BEFORE_BAO.test(doc.tokens[t.index - 1]?.lower ?? ''));
}


export interface Lexical {
  readonly first: boolean;
  readonly sur: boolean;
  readonly common: boolean;
  readonly eponymHere: boolean;
}

// The 16 possible facts, shared: a look-up allocates nothing.
const LEXICALS: readonly Lexical[] = Array.from({ length: 16 }, (_, k) =>
  Object.freeze({ first: (k & 1) !== 0, sur: (k & 2) !== 0, common: (k & 4) !== 0, eponymHere: (k & 8) !== 0 }),
);

// The document whose facts are cached: analysis is synchronous, so one document at a time. Per token,
// 1 + the index into LEXICALS, 0 while not computed; the buffer is reused across documents.
let cachedDoc: DocumentView | undefined;
let cache = new Uint8Array(256);

/** Drops the cached facts, so that no text of a document outlives its analysis. */
export function forgetLexicalCache(): void {
  cachedDoc = undefined;
}

/** Dictionary facts about token i, computed once per document (rules ask about the same words often). */
export function lexical(doc: DocumentView, tokens: readonly Token[], i: number): Lexical {
  if (cachedDoc !== doc) startLexicalCache(doc, Math.max(tokens.length, doc.tokens.length));
  const hit = cache[i] as number;
  if (hit !== 0) return LEXICALS[hit - 1] as Lexical;
  const fresh = computeLexical(doc, tokens, i);
  cache[i] = fresh + 1;
  return LEXICALS[fresh] as Lexical;
}

function startLexicalCache(doc: DocumentView, length: number): void {
  cachedDoc = doc;
  if (cache.length < length) cache = new Uint8Array(Math.max(length, 2 * cache.length));
  else cache.fill(0, 0, length);
}

/** A lower-case operation or disease word after an eponym: "Nissen fundoplication", "Whipple pancreaticoduodenectomy". */
export const PROCEDURE_OR_DISEASE = /(?:ectomy|otomy|ostomy|plasty|plication|pexy|rrhaphy|itis|osis|opathy)$/;

/** Eponyms of obstetric manoeuvres written alone in the possessive ("per Leopold's"). */
const MANOEUVRE_EPONYMS: ReadonlySet<string> = new Set(['leopold', 'leopolds', 'ritgen', 'mcroberts', 'mauriceau', 'zavanelli', 'pinard']);
/** The words that lead a manoeuvre as the way something was found or done: "by Leopold's", "with McRoberts'". */
const MANOEUVRE_LEADS: ReadonlySet<string> = new Set(['by', 'per', 'via', 'using', 'with', 'and']);
/** A possessive closing its clause ("'s." "'s," "'s)", "'s" at the line's end) or joined to the next step ("McRoberts' and suprapubic pressure"). */
const CLAUSE_POSSESSIVE = /^['’]s?(?:[.,;:)]|[ \t]{0,2}(?:\r?\n|$)|[ \t](?:and|then|&)[ \t])/;

/** The facts about token i as an index into LEXICALS. */
function computeLexical(doc: DocumentView, tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  const first = doc.isFirst[i] === 1;
  const sur = doc.isSur[i] === 1;
  const common = doc.isCommon[i] === 1 || isCredential(doc, t);
  const next = tokens[i + 1];
  const eponymHere =
    next !== undefined &&
    // "St. John's wort": any name before "'s wort" is the herb's.
    ((next.lower === 'wort' && /^['’]s[ \t]{1,2}$/i.test(doc.text.slice(t.end, next.start))) ||
      ((isEponym(doc, t) || (t.fold.includes('-') && t.fold.split('-').some((p) => lexicon.EPONYMS.has(p)))) &&
        (lexicon.EPONYM_HEADS.has(next.lower) || makerBeforeProduct(doc, t, next) || modelAfter(doc, next) || (next.text === next.lower && PROCEDURE_OR_DISEASE.test(next.lower)) || classBeforeHead(doc, tokens, next) || eponymBeforeHead(doc, tokens, next) || PRODUCT_SHAPE.test(next.text) || (!first && !sur && wholeEponym(doc, t) && classEndsClause(doc, next) && !(i > 0 && isTitle(doc, tokens[i - 1] as Token))) || (SUBCLASS_MARK.test(next.text) && wholeEponym(doc, t) && !(i > 0 && isTitle(doc, tokens[i - 1] as Token)))) &&
        /^(?:['’]s)?[\s\-]{1,2}$/i.test(doc.text.slice(t.end, next.start)))) ||
    // Round 73: "vertex per Leopold's", "delivered with Ritgen's,": an obstetric manoeuvre's eponym in the possessive
    // after "by", "with" and the like, closing its clause: the manoeuvre meant without its head word.
    (MANOEUVRE_EPONYMS.has(t.lower) && i > 0 && MANOEUVRE_LEADS.has((tokens[i - 1] as Token).lower) && CLAUSE_POSSESSIVE.test(doc.text.slice(t.end, t.end + 8))) ||
    // Round 169: the clinical-ethics four-box model named after its author ("the Jonsen four-box model", "Jonsen's four
    // boxes"); the surname alone ("Jonsen is improving") is read as before.
    (t.lower === 'jonsen' && FOUR_BOX_AFTER.test(doc.text.slice(t.end, t.end + 20))) ||
    (next !== undefined && placeNamedInfection(doc, t, next)) ||
    (next !== undefined && titleCaseHeadAfter(doc, tokens, i));
  return (first ? 1 : 0) | (sur ? 2 : 0) | (common ? 4 : 0) | (eponymHere ? 8 : 0);
}

const FOUR_BOX_AFTER = /^(?:['’]s)?[ \t]{1,2}four[- ]box(?:es)?\b/i;

/**
 * Round 130: heads that, capitalised right after a capitalised word, make it the name of a syndrome, sign, score or
 * rule, as specialty reports write them ("Muir-Torre Syndrome", "Hans Algorithm", "Ghent Nosology", "Brock Model").
 * Stricter than EPONYM_HEADS: a word that also closes a clinic's or a person's line ("Surgery", "Test") is left out.
 */
const TITLE_CASE_EPONYM_HEADS: ReadonlySet<string> = new Set(['syndrome', 'disease', 'sign', 'criteria', 'classification', 'algorithm', 'nosology',
  'score', 'scale', 'model', 'phenomenon', 'nevus', 'reflex', 'maneuver', 'manoeuvre', 'staging', 'stratification']);
/** A capitalised adjective of a clinical ending between the eponym and its head: "Lambert-Eaton Myasthenic Syndrome", "Mohs Micrographic Surgery". */
const CLINICAL_ADJECTIVE = /^\p{Lu}\p{Ll}{3,}(?:ic|al|ous|ive)$/u;
/** Heads after such an adjective (a procedure's too: "Micrographic Surgery"). */
const HEADS_AFTER_ADJECTIVE: ReadonlySet<string> = new Set([...TITLE_CASE_EPONYM_HEADS, 'surgery', 'syndromes', 'test']);

/**
 * Token i, capitalised, names an eponymous syndrome, sign, score or rule: a Title Case head follows it after one space
 * (or a clinical adjective and then the head), on the same line, and no title stands before it ("Dr. Hans Model" stays).
 */
export function titleCaseHeadAfter(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1] as Token;
  if (!t.capitalized || !next.capitalized || t.upper || next.start !== t.end + 1 || doc.text.charCodeAt(t.end) !== 32) return false;
  if (i > 0 && isTitle(doc, tokens[i - 1] as Token)) return false;
  // "Patient Grace Park Score reviewed": a surname after a listed given name stays the person's.
  const before = tokens[i - 1];
  if (before !== undefined && before.capitalized && before.end + 1 === t.start && doc.isFirst[i - 1] === 1) return false;
  if (TITLE_CASE_EPONYM_HEADS.has(next.lower)) return next.text !== next.text.toUpperCase();
  const head = tokens[i + 2];
  return CLINICAL_ADJECTIVE.test(next.text) && head !== undefined && head.capitalized && head.start === next.end + 1 &&
    doc.text.charCodeAt(next.end) === 32 && HEADS_AFTER_ADJECTIVE.has(head.lower) && head.text !== head.text.toUpperCase();
}

// Round 111: infections named after the place they were first found: "Ross River virus", "Barmah Forest virus",
// "Murray Valley encephalitis", "Hong Kong flu". Two capitalised words right before "virus" or "encephalitis" (no
// person's name stands there), or a listed two-word city before "flu" or "influenza" ("gave Ann Lee flu vaccine" stays).
export const PLACE_INFECTION_HEAD = /^[ \t\-](?:virus|encephalitis|(flu|influenza))\b(?!-)/;

/** Token t and the capitalised next one name the place an infection is named after. */
function placeNamedInfection(doc: DocumentView, t: Token, next: Token): boolean {
  if (!t.capitalized || !next.capitalized || next.start !== t.end + 1 || doc.text.charCodeAt(t.end) !== 32) return false;
  const m = PLACE_INFECTION_HEAD.exec(doc.text.slice(next.end, next.end + 14));
  return m !== null && (m[1] === undefined || lexicon.EXTRA_CITIES.includes(`${t.lower} ${next.lower}`));
}

/** Makers of devices and drugs whose names are people's too, before a capitalised product word: "Edwards Sapien", "Baxter Amia". */
const MAKERS = new Set(['edwards', 'baxter', 'abbott', 'stryker', 'zimmer', 'medtronic', 'philips', 'siemens', 'alcon', 'hologic', 'olympus']);
/** A firm's legal or trade form after its name: "Bristol-Myers Squibb Company", "Eli Lilly and Company" (a firm, no person). */
// Round 84: drug makers and trial sponsors named by their field ("Sponsor: Halcyon Therapeutics", "Gilead Sciences").
export const FIRM_FORMS = new Set(['company', 'corporation', 'corp', 'inc', 'incorporated', 'llc', 'ltd', 'plc', 'gmbh', 'pharmaceuticals', 'laboratories',
  'therapeutics', 'biosciences', 'sciences', 'pharma', 'biopharma', 'biologics', 'biotherapeutics']);

/**
 * Round 93: drug and device makers named for people (a package insert's "Lilly", "Merck", "Bristol Myers Squibb",
 * "Becton Dickinson", "Hoffmann-La Roche", "Johnson & Johnson"), with the device makers above. Their words are read
 * as a firm only where a maker's place shows it (personNamedFirm); elsewhere they stay names ("Lilly Chen").
 */
const FIRM_SURNAMES = new Set([...MAKERS, 'lilly', 'merck', 'squibb', 'bristol', 'myers', 'becton', 'dickinson', 'roche', 'hoffmann', 'janssen', 'sandoz', 'braun', 'johnson', 'novo', 'nordisk', 'dohme', 'sharp', 'mcneil', 'eli', 'la', 'b',
  // Round 96: the laboratory analysers' maker ("Beckman Coulter DxH 900", "Sponsors: ...; Beckman Coulter (central lab)").
  'beckman', 'coulter', 'cardinal', 'smiths']);
/** Makers' names of two words or more, which a person's name does not take ("Lilly Johnson" stays a name). */
const FIRM_PHRASES = new Set(['bristol myers squibb', 'bristol-myers squibb', 'becton dickinson', 'eli lilly', 'hoffmann-la roche', 'novo nordisk', 'merck sharp', 'b braun', 'beckman coulter',
  // Round 96: a maker's name whose last word is a place's head, read with the word after it ("Cardinal Health", "Smiths Medical").
  'cardinal health', 'smiths medical']);
/** Words after a maker's name that make it a firm's (with FIRM_FORMS): "Baxter Healthcare", "Roche Group", "Lilly USA". */
const FIRM_TAILS = new Set(['healthcare', 'group', 'usa', 'biotech', 'nordisk', 'research', 'diagnostics', 'distribution', 'co', 'a/s', 'ag', 'sa', 'nv']);
/** A maker's verb and "by" before the name: "Distributed by Lilly", "Marketed by Pfizer Inc", "Manufactured for Baxter". */
const MADE_BY_BEFORE = /\b(?:manufactured|marketed|co-marketed|distributed|made|supplied|licensed|packaged|developed)[ \t]{1,2}(?:by|for)[ \t]{1,2}$/i;
/** A product and a comma in brackets before the name, the bracket closing after it: "(Trulicity, Lilly)", "(apixaban, Bristol Myers Squibb/Pfizer)". */
const PRODUCT_IN_BRACKET_BEFORE = /\([ \t]?([\p{L}][\p{L}\d\-]{2,24})(?:[ \t][\p{L}\d\-]{1,12}){0,2},[ \t]$/u;
const BRACKET_CLOSES_AFTER = /^(?:[ \t]?[)/;]|[ \t](?:generic|brand)\b)/;

/**
 * Round 93: tokens i..j name a drug or device maker, no person: every word is a maker's (FIRM_SURNAMES, "Hoffmann-La"
 * by its parts) and either they are a maker's whole name (FIRM_PHRASES: "Bristol Myers Squibb", "Becton Dickinson", "Eli Lilly"), one
 * is repeated across "&" ("Johnson & Johnson"), a firm's form follows ("Lilly USA", "Merck & Co.", "Baxter Healthcare"),
 * a maker's verb comes before ("Distributed by Lilly") or the name closes a bracket after a product ("(Januvia,
 * Merck)"). "Lilly Chen", "daughter (Lilly)", "(daughter, Lilly)" and "seen by Lilly" stay names.
 */
export function personNamedFirm(doc: DocumentView, tokens: readonly Token[], i: number, j: number): boolean {
  // "Janssen Biotech", "Lilly Research": a firm's tail word may close the run.
  const lastWord = (tokens[j] as Token).lower;
  if (j > i && (FIRM_TAILS.has(lastWord) || FIRM_FORMS.has(lastWord))) j--;
  for (let k = i; k <= j; k++) {
    const t = tokens[k] as Token;
    if (!(t.capitalized || t.upper || t.single) || !firmSurnameWord(t)) return false;
  }
  const first = tokens[i] as Token;
  const last = tokens[j] as Token;
  if (j > i && FIRM_PHRASES.has(tokens.slice(i, j + 1).map((t) => t.fold).join(' '))) return true;
  const after = doc.text.slice(last.end, last.end + 16);
  const tail = /^(?:,?[ \t]|[ \t](?:and|&)[ \t]|[ \t]?&[ \t]?)([\p{L}/]+)/u.exec(after);
  if (tail !== null) {
    // The word after: a firm's form or tail ("Lilly USA"), the same name again ("Johnson & Johnson"), or a maker's whole name's rest.
    const tailWord = (tail[1] as string).toLowerCase();
    if (FIRM_FORMS.has(tailWord) || FIRM_TAILS.has(tailWord) || tailWord === last.lower || (tail[0].startsWith(' ') && FIRM_PHRASES.has(`${last.fold} ${tailWord}`))) return true;
  }
  const before = doc.text.slice(Math.max(0, first.start - 40), first.start);
  if (/(?:&|\band)[ \t]$/.test(before) && tokens[i - 1] !== undefined && (tokens[i - 1] as Token).lower === first.lower) return true;
  if (MADE_BY_BEFORE.test(before)) return true;
  const bracket = PRODUCT_IN_BRACKET_BEFORE.exec(before);
  if (bracket !== null && BRACKET_CLOSES_AFTER.test(after)) {
    const item = (bracket[1] as string).toLowerCase();
    // A product in capitals or a drug's word, not a relation, a given name or an English noun ("(nurse, Lilly)").
    return !RELATIONS.has(item) && !doc.dict.firstNames.has(item) && (!doc.dict.commonWords.has(item) || /^\p{Lu}/u.test(bracket[1] as string));
  }
  return false;
}

/** A maker's word named for people (FIRM_SURNAMES), or a hyphened one by its parts ("Hoffmann-La"). */
function firmSurnameWord(t: Token): boolean {
  return FIRM_SURNAMES.has(t.lower) || (t.fold.includes('-') && t.fold.split('-').every((p) => FIRM_SURNAMES.has(p)));
}

/** Round 93: token k is a word of a maker named for people (personNamedFirm over any run of up to three words holding it). */
export function inPersonNamedFirm(doc: DocumentView, tokens: readonly Token[], k: number): boolean {
  if (!FIRM_SURNAMES.has((tokens[k] as Token).lower) && !(tokens[k] as Token).fold.includes('-')) return false;
  for (let i = Math.max(0, k - 2); i <= k; i++) for (let j = k; j <= Math.min(tokens.length - 1, i + 2); j++) if (personNamedFirm(doc, tokens, i, j)) return true;
  return false;
}

/** A model's letter and number after a maker or an eponym: "Dexcom G7", "Hamilton C6". */
function modelAfter(doc: DocumentView, next: Token): boolean {
  return /^[A-Z]$/.test(next.text) && /^\d{1,3}\b/.test(doc.text.slice(next.end, next.end + 4));
}

// The product is a word the lexicon adds as a clinical or brand word ("Sapien", "Amia"), not any English word ("Young").
export const PRODUCT_WORDS: ReadonlySet<string> = new Set(lexicon.EXTRA_COMMON_WORDS);
export function makerBeforeProduct(doc: DocumentView, t: Token, next: Token): boolean {
  return MAKERS.has(t.lower) && next.start === t.end + 1 && doc.text.charCodeAt(t.end) === 32 && doc.isFirst[next.index] === 0 &&
    ((next.capitalized && (PRODUCT_WORDS.has(next.lower) || DEVICE_NOUN_AFTER.test(doc.text.slice(next.end, next.end + 24)))) ||
      // Round 130: a product line in capitals after its maker in a mixed-case text ("Siemens SOMATOM Force", "Edwards SAPIEN 3").
      (t.capitalized && next.upper && !doc.allCaps && next.text.length >= 5 && (doc.isCommon[next.index] === 0 || PRODUCT_WORDS.has(next.lower))));
}
/** Round 117: what a device is, in lower case after its maker's product word ("Medtronic Micra leadless pacemaker"). */
const DEVICE_NOUN_AFTER = /^[ \t](?:leadless[ \t])?(?:pacemaker|pacer|icd|defibrillator|valve|stent|pump|sensor|monitor|loop[ \t]recorder|leads?|device|generator|catheter|system)\b/;

/** A product's name written in camel case, its inner capital after four letters or more ("Abbott MitraClip", "Medtronic MiniMed"); names' inner capitals come sooner ("DeShawn", "McKenzie"). */
const PRODUCT_SHAPE = /^\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}/u;

/** A class's numeral or letter after an eponym: "II", "IV", "B", "Ib", "IIa". */
export const CLASS_MARK = /^(?:I{1,3}[a-c]?|IV[a-c]?|VI{0,3}|[A-D]|I[a-d])$/;
/** CLASS_MARK, asked first of the length and the first letter: most words are ruled out without the regex. */
export function isClassMark(text: string): boolean {
  const c = text.charCodeAt(0);
  return text.length <= 4 && (c === 73 || c === 86 || (c >= 65 && c <= 68)) && CLASS_MARK.test(text);
}

/**
 * A class's numeral with a sub-class letter: "IIa", "Ib", "IIIc". A person's generation is written "II", "III", never
 * with a letter, so after an eponym that is also a given name or a surname the pair is the class: "Forrest IIa
 * duodenal ulcer", "Masaoka IIb" (not "Forrest II", "Forrest Smith").
 */
const SUBCLASS_MARK = /^(?:I{1,3}|IV)[a-d]$/;

/** Token n is a letter or class between an eponym and its head: "Kerley B lines", "Le Fort II fracture", "Forrest Ib ulcer". */
function classBeforeHead(doc: DocumentView, tokens: readonly Token[], n: Token): boolean {
  const head = tokens[n.index + 1];
  return isClassMark(n.text) && head !== undefined && head.start === n.end + 1 && lexicon.EPONYM_HEADS.has(head.lower);
}

/**
 * Round 82: token n is a second eponym before the head of a pair's name: "Ramsay Hunt syndrome", "Guillain Barre
 * syndrome", "Cheyne Stokes respirations" (a capitalised eponym, a lower-case head right after it).
 */
function eponymBeforeHead(doc: DocumentView, tokens: readonly Token[], n: Token): boolean {
  const head = tokens[n.index + 1];
  return n.capitalized && head !== undefined && head.start === n.end + 1 && head.text === head.lower && lexicon.EPONYM_HEADS.has(head.lower) && wholeEponym(doc, n);
}

/** The token is an eponym, or every part of it is ("Child-Pugh"; not "Anne-Marie", "Ross-Young"). */
export function wholeEponym(doc: DocumentView, t: Token): boolean {
  return t.fold.includes('-') ? t.fold.split('-').every((p) => lexicon.EPONYMS.has(p)) : isEponym(doc, t);
}

/** Token n is a class letter or numeral that ends the clause: "Child-Pugh B.", "Binet A;", "Garden III,". */
function classEndsClause(doc: DocumentView, n: Token): boolean {
  return isClassMark(n.text) && /^(?:\.?(?:[,;)]|\s|$)|$)/.test(doc.text.slice(n.end, n.end + 2));
}

/**
 * Token i is the first of two eponyms joined by "and" before their head, a describing word before it, or a value:
 * "Neer and Hawkins impingement signs", "Bennett and Rolando fractures", "Hoehn and Yahr 2.5".
 */
export function eponymPairFirst(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const and = tokens[i + 1];
  const y = tokens[i + 2];
  if (and === undefined || y === undefined || !(and.lower === 'and' || and.text === '&') || !y.capitalized) return false;
  if (!lexicon.EPONYMS.has(t.fold) || !lexicon.EPONYMS.has(y.fold)) return false;
  // A value closing the clause after the pair: "Hoehn and Yahr 2.5," (tokens hold letters only).
  if (/^[ \t]{1,2}\d{1,2}(?:\.\d)?(?:[,;.)]|[ \t]*$|[ \t]*\r?\n)/.test(doc.text.slice(y.end, y.end + 10))) return true;
  const h = tokens[i + 3];
  if (h === undefined || h.start !== y.end + 1) return false;
  if (h.text === h.lower && lexicon.EPONYM_HEADS.has(h.lower)) return true;
  const h2 = tokens[i + 4];
  return h2 !== undefined && h2.start === h.end + 1 && /^\p{Ll}{4,}$/u.test(h.text) && !FUNCTION_WORDS.has(h.lower) && h2.text === h2.lower && lexicon.EPONYM_HEADS.has(h2.lower);
}

/** Token i is either eponym of such a pair. */
export function inEponymPair(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  return eponymPairFirst(doc, tokens, i) || (i >= 2 && eponymPairFirst(doc, tokens, i - 2));
}

/** lexicon.EPONYMS has the token's folded form: the view's flag answers when that is its lower case. */
export function isEponym(doc: DocumentView, t: Token): boolean {
  return t.fold === t.lower ? ((doc.wordFlags[t.index] as number) & WORD_EPONYM) !== 0 : lexicon.EPONYMS.has(t.fold);
}

/** A single letter (a one-letter token) that is upper case: by char code for ASCII, by property otherwise. */
export function isUpperLetter(letter: string): boolean {
  const c = letter.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(letter);
}

/** Looks like part of a name by its writing: Capitalised, an initial, or upper case in a caps note. */
export function shaped(doc: DocumentView, t: Token): boolean {
  if (t.single) return isUpperLetter(t.text);
  if (t.capitalized) return true;
  if (t.upper) return doc.allCaps || t.text.length >= 3;
  return false;
}

/** An upper-case word in mixed-case text: an acronym (RA, ADA, NYHA) unless a title or label says otherwise. */
export function acronym(doc: DocumentView, t: Token): boolean {
  return t.upper && !doc.allCaps;
}

const INITIAL_GAP = /^\.?[ \t]{0,2}$/;
const LINE_WRAP = /^[ \t]{0,2}\r?\n[ \t]{0,4}$/;

/** The gap between two tokens allows them to be parts of one name. */
export function joins(doc: DocumentView, a: Token, b: Token): boolean {
  // One space, the usual gap, passes both tests below: answer it without slicing.
  if (b.start === a.end + 1 && doc.text.charCodeAt(a.end) === 32) return true;
  if (a.single) return INITIAL_GAP.test(doc.text.slice(a.end, b.start));
  // One to three blanks (/^[ \t]{1,3}$/) by char codes: many gaps are asked, few are blanks.
  // Not on a line of columns aligned with blanks, where two blanks part cells ("Min  Peak HR  BP pre/post").
  if (b.start - a.end <= 3 && blanksOnly(doc.text, a.end, b.start)) return b.start - a.end === 1 || !tableLine(doc.text, a.end, b.start);
  const gap = doc.text.slice(a.end, b.start);
  if (gap === '. ' && a.text.length <= 2) return true;
  // A name wrapped across a line: given name at the end of one line, capitalised word on the next (the
  // flags first: most gaps are punctuation between other words).
  // Not onto a labelled field ("Name: Gregory Jackson\nMed Rec #: 2192080").
  return doc.isFirst[a.index] === 1 && doc.isCommon[a.index] === 0 && b.capitalized && doc.isCommon[b.index] === 0 && LINE_WRAP.test(gap) && !fieldLineAt(doc.text, b.start);
}

/** Round 115: lifts and chairs named by a word that is also a given name ("Sara Stedy", "Maxi Move", "Geri Chair"). */
const EQUIPMENT_GIVEN_NAMES = new Set(['sara', 'maxi', 'geri']);
/** The model's or the kind's word after it ("Sara Flex", "Maxi Sky", "Geri-chair"). */
const EQUIPMENT_MODEL_WORDS = new Set(['stedy', 'flex', 'plus', 'stand', 'move', 'sky', 'twin', 'lift', 'chair', 'chairs', 'combilizer']);
/** Round 139: geriatrics shortened before its service ("Geri clinic consult", "Geri psych following"); "Geri Hollins" stays a name. */
const GERI_SERVICE_WORDS = new Set(['clinic', 'psych', 'consult', 'team', 'service', 'unit', 'eval', 'assessment', 'fellow']);
export function equipmentByGivenName(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const n = tokens[i + 1];
  if (n === undefined || !EQUIPMENT_GIVEN_NAMES.has(t.lower) || n.start !== t.end + 1) return false;
  if (!EQUIPMENT_MODEL_WORDS.has(n.lower) && !(t.lower === 'geri' && GERI_SERVICE_WORDS.has(n.lower))) return false;
  const gap = doc.text.charCodeAt(t.end);
  return gap === 32 || gap === 45;
}

/** How likely the token is a name part, 0..1, from dictionaries and shape. */
export function nameness(doc: DocumentView, tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  if (t.single) return isUpperLetter(t.text) ? 0.6 : 0;
  if (FUNCTION_WORDS.has(t.lower)) return 0;
  const lx = lexical(doc, tokens, i);
  if (lx.eponymHere) return 0;
  if (isTitle(doc, t) || isCredential(doc, t)) return 0;
  if (!shaped(doc, t) && !(lx.first || lx.sur) ) return 0;
  if (!shaped(doc, t) && lx.common) return 0;
  if (lx.common) return lx.first || lx.sur ? 0.35 : 0.1;
  if (lx.first || lx.sur) return 0.9;
  return shaped(doc, t) ? 0.55 : 0.2;
}

/**
 * Token j is a surname that one well-known facility is also called ("Dr. Esperanza Jackson at ..."), with no
 * facility word after it ("Jackson Memorial"): inside a person's name it is the surname.
 */
export function surnameNamingFacility(doc: DocumentView, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  if (doc.isSur[j] === 0 || !lexicon.KNOWN_FACILITIES.has(t.lower) || lexicon.FACILITY_HEADS.has(t.lower)) return false;
  const next = tokens[j + 1];
  // A facility word after a line break opens the next line ("Gregory Jackson\nMed Rec #").
  return next === undefined || next.start !== t.end + 1 || doc.text.charCodeAt(t.end) !== 32 || !(lexicon.FACILITY_HEADS.has(next.lower) || lexicon.FACILITY_PREFIXES.has(next.lower));
}

/** A word that ends a person's name before it: a facility's head or name ("Dr. Lee Clinic"), or a credential. */
export function endsName(doc: DocumentView, t: Token): boolean {
  return lexicon.FACILITY_HEADS.has(t.lower) || lexicon.KNOWN_FACILITIES.has(t.lower) || isCredential(doc, t);
}

/** After "Katie E" the capitalised word is the surname even when it is a word ("Katie E Miles", "Jildau S Bouts"). */
export function surnameAfterInitial(doc: DocumentView, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const initial = tokens[k - 1] as Token;
  if (!t || !t.capitalized || t.single || !/^\.?[ \t]$/.test(doc.text.slice(initial.end, t.start))) return false;
  if (endsName(doc, t) || CALENDAR_WORDS.has(t.lower) || FUNCTION_WORDS.has(t.lower) || /^(?:today|tonight|tomorrow|yesterday|now)$/.test(t.lower) || isTitle(doc, t) || lexical(doc, tokens, k).eponymHere) return false;
  return !doc.dict.allCities.has(t.lower) && !lexicon.US_STATES.has(t.lower);
}

/** "K. Venkatesh": a capital initial, its full stop, one blank and a capitalised word of two letters or more, no common word. */
function initialBeforeName(doc: DocumentView, tokens: readonly Token[], k: number): boolean {
  const initial = tokens[k] as Token;
  const next = tokens[k + 1];
  return next !== undefined && (next.capitalized || next.upper) && !next.single && doc.isCommon[next.index] === 0 && doc.text.slice(initial.end, next.start) === '. ';
}

/** A character code of a digit 0-9. */
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Extends a run of name parts starting at token i (at most four parts). Returns the last index. */
/** Round 45: the rest of a two-word field label after its first word: " ID:", " No.:", " #". */
const TWO_WORD_LABEL_REST = /^[ \t][A-Za-z]{1,8}\.?[ \t]?[:#]/;
/**
 * Round 143: a law report's citation after a case's name: a volume, a reporter whose words are abbreviated with a full
 * stop ("U.S.", "Wn.2d", "Cal.3d", "F. Supp. 3d", "N.E.2d") and a first page ("Smith v. Jones, 362 U.S. 402").
 */
export const CASE_CITATION_AFTER = /^,?[ \t]\d{1,4}[ \t](?:[A-Z][A-Za-z]{0,6}\.[ \t]?(?:\d[a-z]{1,2}\.?[ \t]?)?){1,3}\d{1,5}(?!\d)/;
/** Round 143: a field's label before its code or number after a form's column gap: " TD26-5510", " #4471", " 88213". */
const LABEL_BEFORE_CODE = /^\.?[ \t]#?[ \t]?[A-Z]{0,4}\d/;

const ROOM_BEFORE_NUMBER = new Set(['rm', 'rms', 'room', 'bed', 'bay', 'pod', 'unit', 'stall', 'chair']);
export function extendRun(doc: DocumentView, tokens: readonly Token[], i: number, minNameness: number): number {
  let last = i;
  // Up to four words, particles not counted ("Maria das Graças Conceição Ferreira").
  let particles = 0;
  for (let j = i + 1; j < tokens.length && j < i + 4 + particles; j++) {
    const prev = tokens[j - 1] as Token;
    const t = tokens[j] as Token;
    if (!joins(doc, prev, t)) break;
    // Round 39: a letter glued to a digit opens a code, no initial: "Mary Smith G2P1001", "Ana Ruiz T2 DM".
    if (t.single && isDigitCode(doc.text.charCodeAt(t.end))) break;
    // A form's columns: after two blanks or more, a label ("Whitcombe   First: Eudora") or a word in capitals after
    // one that is not ("Siti Aminah binte Abdullah   NRIC S2408813H") starts the next field.
    // Round 45: so does a two-word label after the blanks ("Dusty Redcloud   Client ID: BH-2209", "   Case No: 4").
    // Round 143: so does a word before a code or number ("Percival Amundsen   Ref TD26-5510", "   File 88213").
    // Round 149: before a code, an initial's full stop is no blank of the gap ("Ofc. D. Castellano #4471" lost its
    // surname); the other tests keep it ("BY S. AUREUS" in capitals stays cut).
    const gap = t.start - prev.end;
    const blankGap = gap - (doc.text.charCodeAt(prev.end) === 46 ? 1 : 0);
    if ((gap >= 2 && (doc.text.charCodeAt(t.end) === 58 || (t.upper && !prev.upper && t.text.length > 1))) || (blankGap >= 2 && (TWO_WORD_LABEL_REST.test(doc.text.slice(t.end, t.end + 12)) || LABEL_BEFORE_CODE.test(doc.text.slice(t.end, t.end + 9))))) break;
    // "Rajendran s/o Kandasamy", "Priya d/o Ramasamy": son or daughter of, as Singapore and Malaysia write names;
    // Indian and Pakistani letters write "S/o", "D/o", "W/o" (wife of), often before the father's initial
    // ("Ramesh Kumar S/o K. Venkatesh").
    if (/^[sdwSDW]$/.test(t.text) && /^\/[oO] $/.test(doc.text.slice(t.end, t.end + 3))) {
      const after = tokens[j + 2];
      if (after !== undefined && after.start === t.end + 3 && (((after.capitalized || after.upper) && !after.single && doc.isCommon[after.index] === 0) || (after.single && isUpperLetter(after.text) && initialBeforeName(doc, tokens, j + 2)))) {
        particles += 2;
        last = j + 2;
        j += 2;
        continue;
      }
      break;
    }
    // Round 126: a lower-case room or bed before its number ends the name: "tell bao rm 6 needs", "ask kofi bed 4".
    if (t.text === t.lower && ROOM_BEFORE_NUMBER.has(t.lower) && / ?\d/.test(doc.text.slice(t.end, t.end + 2))) break;
    if (endsName(doc, t) && !surnameNamingFacility(doc, tokens, j)) break;
    // Generational suffixes belong to the name: "Hunter Kennedy Sr.", "Omar Flores Jr", "John Smith III".
    // Not after one word in capitals in mixed-case text: "ASA III", "NYHA II" are classes.
    if (/^(?:Jr|Sr|II|III|IV)$/.test(t.text) && j > i && !(j === i + 1 && prev.upper && !doc.allCaps)) {
      last = j;
      continue;
    }
    // "Wilhelmina de Vries", "Augustin van der Berg": particles between name parts.
    const particle = (x: Token): boolean => (x.text === x.lower || x.upper) && PARTICLES.has(x.lower);
    // Round 116: Spanish "y" between two surnames, once the run holds a given name and a surname ("Arturo de Castro y Molina").
    if (t.text === 'y' && j > i + 1 && prev.capitalized && !doc.allCaps) {
      const after = tokens[j + 1];
      if (after && after.capitalized && !after.upper && !after.single && doc.isSur[after.index] === 1 && joins(doc, t, after)) {
        particles += 1;
        last = j + 1;
        j += 1;
        continue;
      }
      break;
    }
    if (particle(t)) {
      let k = j;
      // Round 51: Spanish "de los", "de las" ("María de los Ángeles", "Cruz de las Casas"): the article only after "de".
      while (k < tokens.length && k < j + 2 && (particle(tokens[k] as Token) || (k === j + 1 && t.lower === 'de' && SPANISH_PLURAL_ARTICLES.has((tokens[k] as Token).text)))) k++;
      const after = tokens[k];
      if (after && (after.capitalized || (after.upper && t.upper)) && joins(doc, tokens[k - 1] as Token, after)) {
        particles += k - j;
        last = k;
        j = k;
        continue;
      }
      break;
    }
    // "benjamin a seiler", "leidy t. muris": a lower-case given name, a middle initial, a surname.
    if (j === i + 1 && t.single && !shaped(doc, prev) && doc.isFirst[prev.index] === 1 && doc.isCommon[prev.index] === 0 && /^\.?[ \t]$/.test(doc.text.slice(t.end, (tokens[j + 1] as Token | undefined)?.start ?? t.end))) {
      const sur = tokens[j + 1] as Token;
      if (!shaped(doc, sur) && !sur.single && doc.isCommon[sur.index] === 0 && (doc.isSur[sur.index] === 1 || t.lower !== 'a')) {
        last = j + 1;
        break;
      }
    }
    // "pt maria gonzaga": one lower-case unknown word after a lower-case given name.
    if (!shaped(doc, t) && !shaped(doc, prev) && doc.isFirst[prev.index] === 1 && doc.isCommon[prev.index] === 0 && doc.isCommon[t.index] === 0 && j === i + 1) {
      last = j;
      continue;
    }
    // Round 50: a dictation spells a credential in capitals apart after a lower-case name ("dana whitfield P A dash
    // C", "alan greenbaum L C S W"): the letters are no initials when together they are a credential.
    if (t.single && !shaped(doc, prev) && spelledCredentialAt(doc, tokens, j)) break;
    // Round 50: nor with a common word before a span of time, which a surname list may hold ("doctor nakamura last
    // week", "mister kowalski this morning"; "Last" and "This" are surnames).
    if (!shaped(doc, t) && doc.isCommon[t.index] === 1 && TIME_SPANS.has(tokens[j + 1]?.lower ?? '')) break;
    // Nor with a function word that a surname list holds: "daughter maria from the facility" ("From" is a surname).
    if (!shaped(doc, t) && FUNCTION_WORDS.has(t.lower)) break;
    // Lower-case names continue only with dictionary words ("pt john smith"), not a short word ("re", "am").
    if (!shaped(doc, t) && !t.single && !(!shaped(doc, prev) && (doc.dict.surnames.has(t.lower) || doc.dict.firstNames.has(t.lower)) && !(t.text.length <= 2 && doc.isCommon[t.index] === 1))) break;
    if (j === i + 2 && prev.single && doc.isFirst[i] === 1 && doc.isCommon[i] === 0 && surnameAfterInitial(doc, tokens, j)) {
      last = j;
      break;
    }
    // In a caps note a two-letter word no list holds is a word, not a surname: "WIFE DOROTHY EN ROUTE".
    if (doc.allCaps && t.text.length === 2 && doc.isFirst[t.index] === 0 && doc.isSur[t.index] === 0) break;
    // "Nguyễn Văn An", "Trần Thị Lan": after a Vietnamese middle name the given name follows, even a short word.
    if (t.capitalized && VIETNAMESE_MIDDLE_NAMES.has(prev.lower)) {
      last = j;
      continue;
    }
    const n = shaped(doc, t) || t.single ? nameness(doc, tokens, j) : 0.5;
    if (n < minNameness) break;
    last = j;
  }
  // "Marco de la Vega II": a generational suffix after the fourth part too.
  if (last + 1 >= i + 4 && last + 1 < tokens.length) {
    const suffix = tokens[last + 1] as Token;
    if (/^(?:Jr|Sr|II|III)$/.test(suffix.text) && joins(doc, tokens[last] as Token, suffix)) last++;
  }
  return last;
}

const VIETNAMESE_MIDDLE_NAMES = new Set(['văn', 'thị']);

/** Words of a span of time after "last", "this", "next" (see extendRun). */
const TIME_SPANS: ReadonlySet<string> = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'night', 'nights', 'time', 'visit', 'morning', 'evening', 'afternoon', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Single capitals apart from token j ("P A", "L C S W", up to five) that spell a credential ("PA", "LCSW"). */
function spelledCredentialAt(doc: DocumentView, tokens: readonly Token[], j: number): boolean {
  let letters = '';
  for (let k = j; k < tokens.length && k < j + 5; k++) {
    const t = tokens[k] as Token;
    if (!t.single || !isUpperLetter(t.text) || (k > j && t.start !== (tokens[k - 1] as Token).end + 1)) break;
    letters += t.text;
  }
  return letters.length >= 2 && lexicon.CREDENTIALS.has(letters);
}

/** Whether the line around a gap of blanks [from, to) holds another such gap: columns aligned with blanks ("Min  Peak HR  BP"). */
function tableLine(text: string, from: number, to: number): boolean {
  // A bounded look on each side: a long line costs no more than a short one.
  const before = text.slice(Math.max(0, from - 120), from);
  const after = text.slice(to, to + 120);
  const head = before.slice(before.lastIndexOf('\n') + 1);
  const nl = after.indexOf('\n');
  const tail = nl < 0 ? after : after.slice(0, nl);
  return /\S[ \t]{2}/.test(head) || /\S[ \t]{2}/.test(tail);
}

/** A hyphen, a capital and its period, and no letter after: the second initial of a hyphenated surname. */
const HYPHEN_INITIAL_AFTER = /^-\p{Lu}\.(?!\p{L})/u;
export function endOf(doc: DocumentView, t: Token): number {
  // Keep the period of an initial ("Anna S.") inside the span.
  if (!(t.single && t.dotAfter)) return t.end;
  // Round 168: and a hyphenated surname's second initial after it ("Mr. H.-F.", "Ms. A.-T."), as a summary shortens it.
  return HYPHEN_INITIAL_AFTER.test(doc.text.slice(t.end + 1, t.end + 5)) ? t.end + 4 : t.end + 1;
}

/** A user's turn label opening a line of a chat history ("User:", "**Human:**"), as apps flatten a conversation. */
const CHAT_USER_TURN = /(?:^|\n)[ \t]{0,4}(?:\*\*)?(?:User|USER|Human|HUMAN)(?:\*\*)?[ \t]{0,2}:/;
const chatHistories = new WeakMap<DocumentView, boolean>();
/**
 * Round 168: "Assistant" (capitalised) opening its line, its colon right after, in a text that also holds a user's turn
 * label at a line's start: the chat's speaker, whose speech follows. An operative note's "Assistant: <name>" has no
 * user's turn.
 */
function chatAssistantTurn(doc: DocumentView, t: Token): boolean {
  if (t.text.charCodeAt(0) !== 65 || doc.text.charCodeAt(t.end) !== 58) return false;
  // The line's start within the 8 characters before (the text's start counts as one).
  if (!/\n[ \t]{0,4}(?:\*\*)?$/.test((t.start <= 8 ? '\n' : '') + doc.text.slice(Math.max(0, t.start - 8), t.start))) return false;
  let chat = chatHistories.get(doc);
  if (chat === undefined) {
    chat = CHAT_USER_TURN.test(doc.text);
    chatHistories.set(doc, chat);
  }
  return chat;
}

/** Last words of the two-word strong cues ("seen by" -> "by"): only these need a two-word probe. */
const CUE_SECOND_WORDS = new Set([...lexicon.STRONG_NAME_CUES].filter((c) => c.includes(' ')).map((c) => c.split(' ').pop() as string));

// The closing's comma, a line break and at most one blank line before the name.
const VALEDICTION_GAP = /^,[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]{0,8}$/;

export function isCue(doc: DocumentView, tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i - 1];
  if (t !== undefined && doc.text.charCodeAt(t.end) === 44 && isValediction(tokens, i - 1) && VALEDICTION_GAP.test(doc.text.slice(t.end, (tokens[i] as Token).start))) {
    return 'valediction';
  }
  // "interpreter (Somali) Hodan via phone": the language in brackets between the cue and the interpreter's name.
  if (t !== undefined && doc.text.charCodeAt(t.end) === 41 && doc.text.charCodeAt(t.start - 1) === 40 && tokens[i - 2]?.lower === 'interpreter' &&
    lexicon.LANGUAGES.has(t.lower) && /^\)[ \t]{1,2}$/.test(doc.text.slice(t.end, (tokens[i] as Token).start)) && /^[ \t]?\($/.test(doc.text.slice((tokens[i - 2] as Token).end, t.start))) {
    return 'interpreter';
  }
  // Round 142: a pedigree position between a relation and the relative's name ("Sibling III-1 Leyla,", "Maternal
  // uncle II-5 Kamran has"): the relation is the cue. A hyphen right after a short word is tested first.
  if (t !== undefined && t.text.length <= 3 && doc.text.charCodeAt(t.end) === 45 && PEDIGREE_GENERATION.test(t.text)) return pedigreeRelation(doc, tokens, i);
  // Round 142: the letter that tells multiples apart, between their word and the family's or the child's name ("Twin B
  // Okonkwo", "twin a (zara)", "Baby B Lindqvist"): the word before the letter is the cue.
  if (t !== undefined && t.single && i >= 2 && multipleLetter(doc, tokens[i - 2] as Token, t)) return multipleCue(doc, tokens, i);
  // The view's flag rules out most words without a set probe.
  if (!t || ((doc.wordFlags[t.index] as number) & WORD_NAME_CUE) === 0) return t !== undefined && slashSigned(doc, t, tokens[i] as Token) ? '/s/' : undefined;
  // Which cue, if any, first (set probes); the gap between cue and name is checked only then.
  const prev2 = tokens[i - 2];
  let cue: string | undefined;
  if (prev2 && CUE_SECOND_WORDS.has(t.lower) && lexicon.STRONG_NAME_CUES.has(`${prev2.lower} ${t.lower}`)) cue = `${prev2.lower} ${t.lower}`;
  else if (lexicon.STRONG_NAME_CUES.has(t.lower) || lexicon.NAME_CUES_BEFORE.has(t.lower)) cue = t.lower;
  if (cue === undefined) return undefined;
  // Round 142: "Well Child Check", "Well Child Visit": a paediatric visit's name, no child named after the relation.
  if (cue === 'child' && prev2?.lower === 'well') return undefined;
  // "MA Kehau assisted": the medical assistant, in capitals; after a comma or a town it is the state ("Lowell, MA").
  if (cue === 'ma' && (t.text !== 'MA' || STATE_PROGRAM_WORDS.has((tokens[i] as Token).lower) || /,[ \t]{0,2}$/.test(doc.text.slice(Math.max(0, t.start - 3), t.start)) || (t.index > 0 && (tokens[t.index - 1] as Token).end === t.start - 1 && doc.dict.allCities.has((tokens[t.index - 1] as Token).lower)))) return undefined;
  // Round 145: "PA File: <number>", "PA Case:": a public administrator's field label after its capitals, no physician
  // assistant's name; a listed given name stays ("PA Jenna: ...").
  if (cue === 'deputy' && DEPUTY_OFFICES.has((tokens[i] as Token).lower)) return undefined;
  // Round 168: "Assistant:" opening a turn of a chat history that an app resends ("User: ...\n\nAssistant: Done — ...",
  // "Assistant: Dear Mrs. ...", "Assistant: PID-7 is ..."): the model's turn, no operating room's assistant before a name.
  // An initial opening the turn stays a name ("Assistant: Y. A.-T., 67F, COPD ...", a summary in initials).
  if (cue === 'assistant' && !((tokens[i] as Token).single && (tokens[i] as Token).dotAfter) && chatAssistantTurn(doc, t)) return undefined;
  // Round 145: a tattoo's word that is an English word is its picture ("Tattoo: Rose on left ankle", "tattoo Dragon").
  if ((cue === 'tattoo' || cue === 'tattooed') && doc.isCommon[i] === 1) return undefined;
  // Round 152: "(tech D. Azikiwe)", "Tech: R. Osei": a test's technician before an initial and its dot; "tech Philips
  // machine", "Vascular tech Hall B", "tech Apple Watch" stay (the word is an adjective of kit as often).
  if (cue === 'tech' && !((tokens[i] as Token).single && (tokens[i] as Token).dotAfter && tokens[i + 1]?.capitalized === true)) return undefined;
  if (cue === 'pa' && doc.isCommon[i] === 1 && doc.isFirst[i] === 0 && doc.text.charCodeAt((tokens[i] as Token).end) === 58) return undefined;
  // Round 145: "BG Okonkwo", "BB Farraday": a nursery's baby girl or boy before the family's name, in capitals and in
  // mixed-case text, before a capitalised word of no English list and no drug's or disease's ending ("BG Monitoring",
  // "BB Metoprolol", blood glucose's and a beta-blocker's, stay).
  if ((cue === 'bg' || cue === 'bb') && (t.text !== cue.toUpperCase() || doc.allCaps || doc.isCommon[i] === 1 || !(tokens[i] as Token).capitalized || DRUG_OR_DISEASE_ENDING.test((tokens[i] as Token).lower))) return undefined;
  // Round 85: "RT Radu weaned FiO2": the respiratory therapist, in capitals, before a word of no English list ("RT Knee",
  // "RT Baker's cyst" are the right side's).
  if (cue === 'rt' && (t.text !== 'RT' || doc.allCaps || doc.isCommon[i] === 1 || !(tokens[i] as Token).capitalized)) return undefined;
  // "SW Marsh to call": the social worker, in capitals, before a capitalised word; not a compass point before
  // a town no name list holds or a state ("SW Florida"), nor a street's quarter after its number ("4914 SW Grant Way"),
  // nor "sw" in lower case.
  if (cue === 'sw' && (t.text !== 'SW' || doc.allCaps || isDigitBefore(doc.text, t.start) || (doc.dict.allCities.has((tokens[i] as Token).lower) && doc.isSur[i] === 0 && doc.isFirst[i] === 0) || lexicon.US_STATES.has((tokens[i] as Token).lower))) return undefined;
  // Round 163: the charge nurse and the scrub before a given name, known as a person's by a contact after it ("charge
  // Prudence x4-4400"), a call before it ("called charge Ottilie.") or an OR team's list ("Circulator Ximena, scrub
  // Jax."); a unit, a skin preparation or a word there is none ("charge Tele aware", "scrub Betadine x2", "charge Nurse").
  if ((cue === 'charge' || cue === 'scrub') && !dutyRoleName(doc, tokens, i)) return undefined;
  if (HANDOFF_CUES.has(cue) && !handoffName(doc, tokens, i)) return undefined;
  const gap = doc.text.slice(t.end, (tokens[i] as Token).start);
  // A period after the cue is its abbreviation's ("Pt. Novak"); after a whole word it ends the sentence
  // ("up to date per patient. Walks 30 minutes").
  // An acronym in capitals in mixed-case text ends its sentence with the period: "prescribed by their PCP. Last HIV test".
  // "from PT. Case discussed with": a cue in capitals and its period, then a common word, end a sentence too.
  const period = /^\.[ \t]{1,2}$/.test(gap) && ABBREVIATED_CUES.has(cue) && !(t.upper && !doc.allCaps && (t.text.length >= 3 || doc.isCommon[i] === 1));
  // A line may wrap between a relation ending a line of prose and the relative's capitalised name: "stayed with uncle\nFrantz".
  // Or the names open the next line in brackets: "custody of their two kids\n(Sofia 8, Mateo 5)".
  if (/^[ \t]?\r?\n\(?$/.test(gap)) return RELATIONS.has(cue) && wrappedProse(doc, t) && !doc.dict.commonWords.has((tokens[i] as Token).lower) ? cue : undefined;
  // Round 51: a faxed form aligns its values in a column after the label's colon ("Verified by:    Delphine").
  // Round 168: or a curly quote, or markdown's emphasis opening, as a model writes them ('Hi “Dolores” 👋', "wife,
  // **Odalys**", "daughter *Maggie*"), after a blank ("HI*ABK" in an X12 claim is no greeting).
  if (!(period || /^["”]?[ \t]{0,2}(?::[ \t]{0,24}|[,\-–(]?[ \t]{0,3})(?:["“]|[ \t](?:\*{1,2}|_{1,2}))?$/.test(gap)) || gap.includes('\n')) return undefined;
  return cue;
}

/** A staff contact right after a name: an extension, a pager or a phone's "@" ("x4-4400", "(x3-2247)", "@ 4410"). */
// Three digits or more ("scrub Betadine x2" counts applications).
const STAFF_CONTACT_AFTER = /^[ \t]{1,2}\(?(?:x|ext\.?|@|p\.?|pg)[ \t]?\d-?\d\d/i;
/** A clause's end right after a name: a stop, a comma, a semicolon, a bracket's close or the line's. */
const CLAUSE_END_AFTER = /^(?:[.,;)]|[ \t]*(?:\r?\n|$))/;
/** Calls and hand-offs before "charge" or "scrub": the person called ("called charge Ottilie."). */
const CALL_VERBS = new Set(['called', 'paged', 'notified', 'texted', 'messaged', 'informed', 'updated', 'per', 'with', 'to', 'told', 'aware']);
/** An OR team's other role and its name, then a comma, before "scrub" or "charge": "Circulator Ximena, ". */
const TEAM_ROLE_BEFORE = /(?:circulator|circulating|circ|surgeon|anesthesia|crna|rnfa|assist|tech)[ \t:]{1,3}\p{Lu}\p{Ll}+,[ \t]$/iu;
/** Words after "charge" or "scrub" that are a unit, a kit's or a job's, not a person's: no name list tells them. */
const DUTY_ROLE_NON_NAMES = new Set(['tele', 'telemetry', 'icu', 'micu', 'sicu', 'picu', 'nicu', 'pacu', 'stepdown', 'nurse', 'rn', 'tech', 'sink', 'room', 'desk', 'phone', 'capture', 'master', 'sheet', 'nurses', 'team', 'in', 'out',
  // skin preparations by their makers' names
  'betadine', 'hibiclens', 'chloraprep', 'duraprep', 'povidone', 'chlorhexidine', 'prevantics', 'exidine', 'techni']);
/** Round 163: token i after "charge" or "scrub" (token i - 1) names the person holding that duty. */
function dutyRoleName(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const name = tokens[i] as Token;
  const cue = tokens[i - 1] as Token;
  // Round 169: a lower-case whiteboard's charge nurse after the label's colon ("charge: steph"): a listed given name of
  // no English list, ending its line or clause ("charge: none", "charge: pending" stay).
  if (name.text === name.lower && cue.text === 'charge' && doc.text.slice(cue.end, name.start) === ': ' && doc.isFirst[i] === 1 && doc.isCommon[i] === 0 &&
    LETTERS_ONLY_WORD.test(name.text) && name.text.length >= 3 && !DUTY_ROLE_NON_NAMES.has(name.lower) && CLAUSE_END_AFTER.test(doc.text.slice(name.end, name.end + 3))) return true;
  if (!name.capitalized || name.upper || name.text.length < 2 || !LETTERS_ONLY_WORD.test(name.text) || DUTY_ROLE_NON_NAMES.has(name.lower) || DRUG_OR_DISEASE_ENDING.test(name.lower)) return false;
  // An English word only when a name list holds it as a given name ("charge Prudence"); "charge Mercy" is a listed given name too.
  if (doc.isCommon[i] === 1 && doc.isFirst[i] === 0) return false;
  if (STAFF_CONTACT_AFTER.test(doc.text.slice(name.end, name.end + 8))) return true;
  if (!CLAUSE_END_AFTER.test(doc.text.slice(name.end, name.end + 3))) return false;
  const before = tokens[i - 2];
  return (before !== undefined && CALL_VERBS.has(before.lower) && /^[ \t]{1,2}$/.test(doc.text.slice(before.end, cue.start))) ||
    TEAM_ROLE_BEFORE.test(doc.text.slice(Math.max(0, cue.start - 40), cue.start));
}
const LETTERS_ONLY_WORD = /^\p{L}+$/u;
/** Round 166: a nurse's hand-off before the nurse's name ("report for Bartek, 3 West", "Gave report to Oyelaran on 4N"). */
const HANDOFF_CUES = new Set(['report to', 'report for', 'report from', 'handoff to']);
/** Units, services, shifts and offices a report goes to or comes from, which no name list tells from a name. */
const HANDOFF_NON_NAMES = new Set(['tele', 'telemetry', 'ortho', 'neuro', 'cards', 'onc', 'oncology', 'peds', 'psych', 'rehab', 'surg', 'renal', 'pulm', 'nephro', 'hospice',
  'nights', 'days', 'evenings', 'night', 'day', 'oncoming', 'receiving', 'floor', 'unit', 'float', 'stepdown', 'medsurg', 'antepartum', 'postpartum', 'nursery', 'cath',
  'endo', 'dialysis', 'radiology', 'lab', 'pharmacy', 'state', 'county', 'family', 'management', 'review', 'hospitalist', 'hospitalists', 'medicine', 'surgery']);
/** Round 166: token i after a hand-off's cue is a capitalised word of letters (a hyphen allowed) of no unit's, service's or English list. */
function handoffName(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const name = tokens[i] as Token;
  if (!name.capitalized || name.upper || name.text.length < 3 || !/^\p{L}+(?:-\p{L}+)?$/u.test(name.text) || HANDOFF_NON_NAMES.has(name.lower) || DUTY_ROLE_NON_NAMES.has(name.lower) || DRUG_OR_DISEASE_ENDING.test(name.lower)) return false;
  if (doc.isCommon[i] === 1 && doc.isFirst[i] === 0) return false;
  if (lexicon.FACILITY_HEADS.has(name.lower) || lexicon.KNOWN_FACILITIES.has(name.lower) || lexicon.US_STATES.has(name.lower) || (doc.dict.allCities.has(name.lower) && doc.isFirst[i] === 0 && doc.isSur[i] === 0)) return false;
  // The name ends its clause, or a unit, a time or a role follows it ("Bartek, 3 West", "Bartek on 4N", "Bartek at 1900", "Bartek RN").
  return HANDOFF_NAME_END_AFTER.test(doc.text.slice(name.end, name.end + 12));
}
const HANDOFF_NAME_END_AFTER = /^(?:[.;:)]|,|[ \t]*(?:\r?\n|$)|[ \t]{1,2}(?:on|at|in|@|from|re|about|RN|LPN|rn|\d|\())/;

/** A drug's or a disease's ending: no family's name after "BB" or "BG" ("BB Metoprolol", "BG Monitoring" is a word). */
const DRUG_OR_DISEASE_ENDING = /(?:pril|olol|sartan|statin|mab|nib|azole|mycin|cillin|cycline|floxacin|vir|pine|pam|lam|tidine|formin|oxin|itis|osis|oma|emia|pathy|ing|ed)$/;
/**
 * Round 144: an operating room's table, frame or holder named by its maker or inventor after "the" or "a" ("on the Hana
 * table", "a Wilson frame", "the Mayfield head holder"): equipment, no person. Round 145: nor a town ("the Allen
 * stirrups", "a Wilson frame"; cities.ts asks it too).
 */
const OR_EQUIPMENT_AFTER = /^[ \t](?:table|frame|stirrups|head[ \t]holder|headrest|pins|positioner|bed|beanbag|bean[ \t]bag)(?![\p{L}])/u;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an)[ \t]$/iu;
/** The word at start..end names a piece of operating-room equipment after an article. */
export function orEquipmentNamed(text: string, start: number, end: number): boolean {
  return text.charCodeAt(end) === 32 && OR_EQUIPMENT_AFTER.test(text.slice(end, end + 12)) && ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 5), start));
}

/** Round 145: offices a deputy holds, written after the rank ("Deputy Clerk", "Deputy Public Guardian"): no name. */
export const DEPUTY_OFFICES: ReadonlySet<string> = new Set(['clerk', 'sheriff', 'coroner', 'registrar', 'marshal', 'public', 'director', 'commissioner', 'administrator', 'guardian', 'conservator', 'investigator', 'chief', 'warden', 'recorder', 'treasurer', 'assessor', 'examiner']);
/** Words before the letter of one of multiples: "Twin A", "Triplet C", "Baby B", "Boy A" (of "Baby Boy A"). */
const MULTIPLE_WORDS = new Set(['twin', 'triplet', 'baby', 'boy', 'girl']);
/** "Twin B", "twin a": a letter A to D one blank after a multiple's word; in lower case only after "twin" or "triplet" ("baby a bottle" is prose). */
function multipleLetter(doc: DocumentView, word: Token, letter: Token): boolean {
  const c = letter.text.charCodeAt(0);
  const upper = c >= 65 && c <= 68;
  if (!upper && !(c >= 97 && c <= 100 && (word.lower === 'twin' || word.lower === 'triplet'))) return false;
  return MULTIPLE_WORDS.has(word.lower) && letter.start === word.end + 1 && doc.text.charCodeAt(word.end) === 32;
}
/**
 * The multiple's word as the cue of token i, when one blank or a bracket parts the letter and the name. After a letter in
 * lower case the name must be four letters or more, no English word and no nursery shorthand ("twin b ng feeds" is a
 * feeding tube, "twin b brady x2" a bradycardia).
 */
function multipleCue(doc: DocumentView, tokens: readonly Token[], i: number): string | undefined {
  const letter = tokens[i - 1] as Token;
  const name = tokens[i] as Token;
  const gap = doc.text.slice(letter.end, name.start);
  if (gap !== ' ' && gap !== ' (') return undefined;
  if (letter.text === letter.lower && (name.text.length < 4 || (doc.isCommon[i] === 1 && !bracketedGivenWord(doc, i, gap)) || NURSERY_SHORTHAND.has(name.lower))) return undefined;
  return (tokens[i - 2] as Token).lower;
}
/**
 * Round 148: a listed given name that is also a word, alone in brackets after the letter ("triplet b (hazel)", "twin a
 * (rose)"): a child's name, as a presentation or a state in its place is no given name ("twin a (stable)", "(vertex)").
 */
function bracketedGivenWord(doc: DocumentView, i: number, gap: string): boolean {
  const name = doc.tokens[i] as Token;
  return gap === ' (' && doc.isFirst[i] === 1 && doc.text.charCodeAt(name.end) === 41 && !MULTIPLE_BRACKET_WORDS.has(name.lower);
}
/** Given names that are words a multiple's bracket may hold as such: "(frank breech)" is cut short, "(major)" a size. */
const MULTIPLE_BRACKET_WORDS = new Set(['frank', 'major', 'minor', 'will', 'faith', 'hope']);
/** A nursery's shorthand in lower case that name lists hold as surnames: "twin b brady x2", "twin a bili 9.2". */
// Round 148: and a fetus's presentation, which no English list holds ("twin a (vertex)", "triplet b (breech)").
const NURSERY_SHORTHAND = new Set(['brady', 'bradys', 'tachy', 'desat', 'desats', 'bili', 'apnea', 'apneas', 'gavage', 'kangaroo', 'spits', 'emesis', 'vertex', 'breech', 'transverse', 'cephalic', 'footling', 'oblique']);

/** A pedigree's generation in Roman numerals ("III" of "III-1"). */
const PEDIGREE_GENERATION = /^(?:I{1,3}|IV|V|VI)$/;
/** A pedigree position's individual number, then the name's blank: "-1 ", "-12 ". */
const PEDIGREE_INDIVIDUAL_GAP = /^-\d{1,2}[ \t]{1,2}$/;

/** The relation before a pedigree position right before token i ("uncle II-5 "), as the cue; else none. */
function pedigreeRelation(doc: DocumentView, tokens: readonly Token[], i: number): string | undefined {
  const generation = tokens[i - 1] as Token;
  const relation = tokens[i - 2];
  if (relation === undefined || !/^[ \t]{1,2}$/.test(doc.text.slice(relation.end, generation.start))) return undefined;
  if (!PEDIGREE_INDIVIDUAL_GAP.test(doc.text.slice(generation.end, (tokens[i] as Token).start))) return undefined;
  return RELATIONS.has(relation.lower) || lexicon.NAME_CUES_BEFORE.has(relation.lower) ? relation.lower : undefined;
}

/** A digit and a blank or two right before position p: a street's number. */
function isDigitBefore(text: string, p: number): boolean {
  let k = p - 1;
  while (k >= 0 && k > p - 3 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  const c = text.charCodeAt(k);
  return k < p - 1 && c >= 48 && c <= 57;
}

/** Token t ends a line that a lower-case word of prose opened or continued ("... stayed with uncle"), not a heading. */
function wrappedProse(doc: DocumentView, t: Token): boolean {
  const lineStart = doc.text.lastIndexOf('\n', t.start - 1) + 1;
  return t.start - lineStart >= 12 && /\b[a-z]{2,}[ \t]{1,2}\S+[ \t]{1,2}$/.test(doc.text.slice(Math.max(lineStart, t.start - 40), t.start));
}

/** Words after "MA" the state: its programs and offices ("MA Medicaid", "MA DPH"), not a medical assistant's name. */
const STATE_PROGRAM_WORDS = new Set(['medicaid', 'medicare', 'masshealth', 'health', 'dph', 'dmh', 'dds', 'rmv', 'state', 'general', 'department', 'dept', 'registry', 'board', 'law', 'laws', 'commonwealth', 'residents', 'resident']);

/** Token k closes a letter: "Regards", "Best", "Thank you", "Yours truly". */
function isValediction(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return lexicon.VALEDICTIONS.has(t.lower) || (t.lower === 'you' && tokens[k - 1]?.lower === 'thank');
}

/** Physicians' and dentists' degrees written with dots (a regex alternation): never a person's initials. */
export const DOTTED_DEGREES = ['M.D.', 'D.O.', 'D.D.S.', 'D.M.D.', 'D.P.M.'].map((d) => d.replaceAll('.', '\\.')).join('|');
/** Dotted capitals that are no one's initials: times, places, credentials, routes, Latin, services and groups that act ("E.M.S. arrived", "A.A. meetings"). */
export const DOTTED_NON_INITIALS = new RegExp(`^(?:A\\.M\\.|P\\.M\\.|U\\.S\\.|D\\.C\\.|R\\.N\\.|N\\.P\\.|P\\.A\\.|I\\.V\\.|P\\.O\\.|O\\.R\\.|E\\.R\\.|N\\.B\\.|P\\.S\\.|E\\.G\\.|I\\.E\\.|U\\.K\\.|E\\.U\\.|U\\.N\\.|A\\.A\\.|N\\.A\\.|E\\.D\\.|E\\.M\\.S\\.|I\\.C\\.U\\.|C\\.P\\.S\\.|A\\.P\\.S\\.|D\\.S\\.S\\.|D\\.C\\.F\\.|V\\.N\\.A\\.|N\\.P\\.O\\.|D\\.N\\.R\\.|L\\.P\\.N\\.|C\\.N\\.A\\.|${DOTTED_DEGREES})$`);

// "Olsen, Ph.D.", "Tran, Psy.D.", "Au.D.": a word followed by ".D." is the head of a dotted degree, not another name.
export const DOTTED_DEGREE_TAIL = /^\.[A-Z]\.?(?![A-Za-z])/;

/** "/s/ M. Obi-Lawson": the electronic signature mark, then one blank or two, then the signer. */
function slashSigned(doc: DocumentView, s: Token, name: Token): boolean {
  const text = doc.text;
  return s.single && (s.text === 's' || s.text === 'S') && text.charCodeAt(s.start - 1) === 47 && text.charCodeAt(s.end) === 47 && blanksOnly(text, s.end + 1, name.start) && name.start - s.end <= 3 && name.start > s.end + 1;
}

/** Name cues that are abbreviations, so a period may follow them before the name. */
const ABBREVIATED_CUES = new Set(['pt', 'np', 'pa', 'cc', 'attn', 'pcp', 'dob', 'mrn', 'dr', 'c/o']);

export const RELATIONS = new Set(['wife', 'husband', 'daughter', 'son', 'mother', 'father', 'sister', 'brother', 'partner', 'spouse', 'mom', 'dad', 'child', 'children', 'kids', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'aunt', 'uncle', 'niece', 'nephew', 'cousin', 'friend', 'caregiver', 'fiance', 'fiancé', 'girlfriend', 'boyfriend', 'family', 'parents', 'kid']);

/** Verbs that follow a patient's name as subject in notes ("Teodor says", "Bill Young presents"). */
export const SUBJECT_VERBS = new Set(['says', 'said', 'verbalized', 'verbalizes', 'reports', 'reported', 'states', 'stated', 'denies', 'denied', 'complains', 'presents', 'presented', 'endorses', 'admits', 'notes', 'feels', 'wants', 'agrees', 'declines', 'declined', 'refuses', 'refused', 'returns', 'returned', 'underwent', 'tolerated', 'is', 'was', 'has', 'had', 'seen', 'called', 'will',
  // Round 46: a farmer's work after a relative's name ("son Gary farms the home place", "Dale ranches north of town").
  'farms', 'ranches', 'milks', 'hauls']);

// Letters of scripts without letter case (Han, Kana, Hangul, Arabic, Hebrew, Devanagari, Thai, ...).
export const CASELESS_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Thai}\p{Script=Tamil}\p{Script=Gurmukhi}\p{Script=Ethiopic}\p{M}]+$/u;

/** "los", "las" after "de" in a Spanish name, written as the "de" is (round 51). */
const SPANISH_PLURAL_ARTICLES: ReadonlySet<string> = new Set(['los', 'las', 'LOS', 'LAS']);
// Round 116: Filipino "delos", "dela" ("Teresa delos Santos"); Kyrgyz "uulu" (son of) and "kyzy" (daughter of).
export const PARTICLES = new Set(['de', 'van', 'der', 'den', 'von', 'da', 'di', 'del', 'della', 'du', 'le', 'la', 'dos', 'das', 'bin', 'bint', 'binti', 'binte', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'af', 'ap', 'ab', 'ferch', 'delos', 'dela', 'uulu', 'kyzy']); // Welsh "Iestyn ap Dafydd"

/** Pronouns, articles and other function words: never part of a name, whatever the lists say. */
export const FUNCTION_WORDS = new Set(['i', "i'm", 'i’m', "i'd", "i've", "i'll", 'he', 'she', 'his', 'her', 'him', 'hers', 'they', 'them', 'their', 'we', 'us', 'our', 'you', 'your', 'it', 'its', 'me', 'my', 'the', 'a', 'and', 'or', 'but', 'of', 'on', 'in', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'does', 'did', 'not', 'no', 'yes', 'this', 'that', 'these', 'those', 'there', 'here', 'who', 'whom', 'which', 'what', 'when', 'where', 'why', 'how', 'if', 'then', 'than', 'as', 'per', 'via',
  // Contractions typed without the apostrophe in texts and portal messages ("jess isnt itchy").
  'im', 'ive', 'isnt', 'wasnt', 'arent', 'werent', 'dont', 'doesnt', 'didnt', 'cant', 'couldnt', 'wont', 'wouldnt', 'shouldnt', 'hasnt', 'havent', 'hadnt', 'aint', 'thats', 'theres', 'theyre', 'youre', 'hes', 'shes',
  // A French letter's salutation ("Chère collègue", "Chers collègues"): "Chère" is no given name there.
  // Round 86: and its masculine ("Cher confrère", "Cher ami").
  'chère', 'chères', 'chers', 'cher']);

/**
 * Everyday words of Spanish, Portuguese, Haitian Creole, Tagalog and Vietnamese that name lists also hold as given
 * names or surnames ("una", "nada", "pero", "asma", "pwatrin", "tôi"): in a bilingual note written in lower case
 * ("vive en una casa móvil", "dice que no es nada pero", "doulè nan pwatrin", "tôi bị đau đầu") they are no name.
 */
export const FOREIGN_COMMON_WORDS = new Set([
  // Spanish
  'una', 'uno', 'unos', 'unas', 'nada', 'pero', 'casa', 'mi', 'mis', 'tu', 'su', 'sus', 'esposa', 'esposo', 'dia', 'día', 'antes', 'después',
  'niño', 'niña', 'asma', 'muy', 'mucho', 'mucha', 'todo', 'toda', 'ellos', 'que', 'como', 'cuando', 'donde', 'porque', 'para',
  'por', 'con', 'sin', 'desde', 'hasta', 'tiene', 'tengo', 'está', 'esta', 'este', 'eso', 'esa', 'ese', 'otra', 'otro', 'bien', 'hoy',
  'ayer', 'noche', 'hermana', 'hermano', 'abuela', 'abuelo', 'hija', 'hijo', 'mamá', 'papá', 'mama', 'papa', 'los', 'las', 'del',
  // Portuguese
  'uma', 'não', 'muito', 'minha', 'meu', 'ela', 'ele', 'com', 'sem', 'mas',
  // Haitian Creole
  'mwen', 'pwatrin', 'eskalye', 'tèt', 'vire', 'malad', 'chak', 'jou', 'menm',
  // Tagalog
  'siya', 'lang', 'sabaw', 'hindi', 'kumakain', 'ang', 'mga', 'ako', 'yung', 'tapos', 'naman',
  // Vietnamese
  'tôi', 'bị', 'làm', 'sưng', 'chân', 'đau', 'đầu', 'và', 'có', 'không', 'thuốc', 'chóng', 'mặt', 'của',
  // Round 171: kin words in lower case (Vietnamese, Tagalog, Somali, pinyin) and Spanish symptom words ("le duele").
  'bố', 'mẹ', 'chồng', 'vợ', 'lola', 'lolo', 'anak', 'apo', 'hooyo', 'aabe', 'nainai', 'yeye', 'laolao', 'waipo',
  'duele', 'duelen', 'pecho', 'fiebre', 'tos', 'dolor',
]);

/** Spanish possessives, clitics and pronouns that open a sentence ("Su próxima cita", "Le escribimos", "Ella tiene"). */
export const SPANISH_CLITICS = new Set(['su', 'sus', 'le', 'les', 'la', 'lo', 'mi', 'mis', 'tu', 'se', 'me', 'te', 'nos', 'ella', 'usted']);

const SPANISH_SIGNAL = /(?:^|[^\p{L}])(?:que|los|las|con|para|por|una|del|está|tiene|pero|muy|desde|usted|sin|más|día|días|cita|hija|hijo|esposo|esposa|años)(?![\p{L}])/gu;
const spanishCache = new WeakMap<object, boolean>();
/** A note written at least in part in Spanish: five or more of its commonest function words. */
export function looksSpanish(doc: { lower: string }): boolean {
  let v = spanishCache.get(doc);
  if (v === undefined) {
    let n = 0;
    SPANISH_SIGNAL.lastIndex = 0;
    while (n < 5 && SPANISH_SIGNAL.exec(doc.lower) !== null) n++;
    v = n >= 5;
    spanishCache.set(doc, v);
  }
  return v;
}

/** Single capitals that are numerals or the pronoun, not initials ("Bosniak I.", "class V"). */
export const ROMAN_OR_PRONOUN = new Set(['I', 'V', 'X']);

export const AMBIGUOUS_CREDENTIALS = new Set(['PT', 'PA', 'MA', 'DO', 'RD', 'OT', 'EMT', 'NP', 'ED', 'PCT']);

// Round 99: "presenting" (a student's case on rounds: "I'm presenting <Name> on rounds"), weak: "presenting Grand Rounds".
export const WEAK_CUES = new Set(['by', 'per', 'with', 'to', 'from', 'cc', 'thanks', 'contact', 'seen', 'met', 'called', 'paged', 'says', 'said', 'asked', 'told', 'tell', 'thank', 'ask', 'presenting']);

/** Verbs that introduce the speaker after a quotation: '"We are moving," says Bergqvist.' */
export const QUOTE_VERBS = new Set(['said', 'says', 'asked', 'asks', 'replied', 'replies', 'added', 'adds', 'explained', 'explains', 'answered', 'shouted', 'whispered', 'wrote', 'writes']);

/** Greetings and thanks that address someone: "Thanks, Derrick.", "Hi Rose,". */
// Round 140: a text's shortened thanks ("thx, Kat", "ty Bill."), which closes a message as "thanks" does.
export const ADDRESS_CUES = new Set(['thanks', 'thank', 'hi', 'hello', 'hey', 'bye', 'goodbye', 'congratulations', 'congrats', 'thx', 'tx', 'ty']);

/** Qualifiers in "your last name?", "her maiden name is". */
export const NAME_KINDS = new Set(['first', 'last', 'full', 'given', 'family', 'middle', 'maiden', 'nick', 'preferred', 'legal']);

/** Weekdays and months: after "call me" they are a time, not a name ("call me Monday"). */
export const CALENDAR_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * A word of grammar or of the calendar ("for", "its", "May", "Monday"): what every name rule that reads one token in
 * a message or a relation rejects first, so the guard is written once.
 */
export const functionOrCalendar = (t: Token): boolean => FUNCTION_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower);

/** Token i is a title, a credential or an eponym where it stands: the last guard of a name rule before it emits. */
export function titleCredentialOrEponym(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return isTitle(doc, t) || isCredential(doc, t) || lexical(doc, tokens, i).eponymHere;
}

/** Second words of a question put to the person addressed ("Vide, can I ...", "Anna, could you ..."). */
export const ADDRESSED_QUESTION = /^,[ \t](?:can|could|would|will|do|did|are|have)[ \t](?:you|I|we)\b|^,[ \t]please\b/;

/**
 * A capital after a lower-case letter that no name prefix explains: "IgG", "PharmD", "HbA1c", "CoV" are
 * abbreviations; "McDonald", "MacArthur", "DeShawn", "LaToya", "DiMaggio", "VanDyke", "O'Brien" are names.
 */
export function innerCapital(word: string): boolean {
  const m = /\p{Ll}\p{Lu}/u.exec(word);
  return m !== null && !/^(?:Mc|Mac|De|Di|Da|Du|Dela|La|Le|Van|Von|St|Fitz|Ten|Ter)$/.test(word.slice(0, m.index + 1));
}

// German function words that are no English words: three of them make a note German prose, where every noun is
// capitalised ("Dekompensierte Herzinsuffizienz", "Diagnosen") and two capitalised words make no name by shape.
export const GERMAN_FUNCTION_WORDS = ['und', 'der', 'wir', 'mit', 'ist', 'nicht', 'sich', 'eine', 'einer', 'dem', 'des', 'vom', 'zum', 'zur', 'wurde', 'sehr', 'bei', 'ihre', 'unter'];
// The last document asked about and its answer (the rules ask many times per document, one document at a time).
let germanDoc: DocumentView | undefined;
let germanAnswer = false;

/** Whether the note is written in German (asked only where a name by shape alone would be taken). */
export function germanProse(doc: DocumentView): boolean {
  if (doc !== germanDoc) {
    let n = 0;
    for (const w of GERMAN_FUNCTION_WORDS) if (doc.wordIndex.has(w) && ++n === 3) break;
    germanDoc = doc;
    germanAnswer = n >= 3;
  }
  return germanAnswer;
}

/** Verbs said of a person only, never of a drug, a finding or a thing: after them a given name that is also a word is the name. */
export const PERSON_ONLY_VERBS = new Set(['reports', 'reported', 'states', 'stated', 'denies', 'denied', 'verbalized', 'verbalizes', 'underwent', 'endorses',
  'endorsed', 'complains', 'agrees', 'agreed', 'declined', 'declines', 'refused', 'refuses', 'admits', 'shared', 'disclosed', 'voiced']);

/** What a person does and a place or a thing does not: "Virginia called back", "Hope called", "Austin denies pain". */
export const PERSON_DEEDS = new Set([...PERSON_ONLY_VERBS, 'called', 'calls', 'phoned', 'texted', 'emailed', 'messaged', 'says', 'said', 'asked', 'asks', 'wants', 'wanted', 'feels', 'felt',
  'arrived', 'presented', 'presents', 'came', 'comes', 'returned', 'returns', 'visited', 'visits', 'attended', 'attends', 'lives', 'lived', 'works', 'worked', 'drove', 'walked', 'ambulated',
  // Appointments, doses and refills are missed or forgotten by people: "Grant Hill missed his refill", "Dawn forgot her insulin".
  'missed', 'forgot']);

/** Words that open a spoken reply or turn ("Yeah, ...", "So, ..."), no entry of a list of names there. */
export const REPLY_OPENERS = new Set(['yeah', 'yes', 'yep', 'yup', 'no', 'nope', 'ok', 'okay', 'so', 'well', 'oh', 'um', 'uh', 'hi', 'hello', 'hey', 'right', 'sure', 'thanks', 'alright', 'sorry']);

/** Offset `at` opens a clause: the line's start or a colon, stop, question or exclamation mark before it. */
export function opensClause(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  const c = k < 0 ? 10 : text.charCodeAt(k);
  return c === 10 || c === 13 || c === 58 || c === 46 || c === 63 || c === 33;
}

/** Round 90: animals a household keeps, whose names are no person's and no PHI ("her dog Max", "our cat Biscuit"). */
const PET_NOUNS: ReadonlySet<string> = new Set(['dog', 'cat', 'puppy', 'pup', 'kitten', 'kitty', 'parrot', 'bird', 'hamster', 'rabbit', 'bunny', 'pony', 'goldfish', 'turtle', 'ferret', 'cockatiel', 'parakeet', 'pet']);
/** Possessives that make a relation one person: "his husband Major.", "her guardian Skip". */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our', 'your']);
/** What opens a pet's noun: a possessive or an article. */
const PET_OWNERS: ReadonlySet<string> = new Set([...POSSESSIVES, 'the', 'a']);

/**
 * Token i names a pet: right after a pet's noun that a possessive or an article opens, one blank each ("her dog Max"),
 * or a comma and a blank before the name (round 117: "walks with her dog, Parker").
 */
export function petNameAt(text: string, tokens: readonly Token[], i: number): boolean {
  const pet = tokens[i - 1];
  const owner = tokens[i - 2];
  if (pet === undefined || owner === undefined || !PET_NOUNS.has(pet.lower) || !PET_OWNERS.has(owner.lower)) return false;
  const gap = (tokens[i] as Token).start - pet.end;
  return pet.start === owner.end + 1 && text.charCodeAt(owner.end) === 32 && ((gap === 1 && text.charCodeAt(pet.end) === 32) || (gap === 2 && text.charCodeAt(pet.end) === 44 && text.charCodeAt(pet.end + 1) === 32));
}

/**
 * Round 55: token i is the word a caller spells a letter by: "D as in David, R as in Robert, N as in Nancy". A
 * capital alone and "as in" before it; the word says how a letter sounds, it names no one (round 102: nor a town,
 * "V as in Victor").
 */
const SPELLING_LETTER_BEFORE = /(?:^|[^\p{L}'’])\p{Lu}[ \t]{1,2}as[ \t]{1,2}in[ \t]{1,2}$/u;
export function spellingAlphabetWord(doc: DocumentView, i: number): boolean {
  const t = doc.tokens[i] as Token;
  return t.start >= 8 && doc.text.charCodeAt(t.start - 2) === 110 && SPELLING_LETTER_BEFORE.test(doc.text.slice(Math.max(0, t.start - 12), t.start));
}
/** Two-letter clinical, unit and role acronyms after "w/", "with", "per", "for" (round 103: or before
 * an age and sex, or as a texted speaker's label): never a person's initials. Round 139: psychiatry's suicidal and
 * homicidal ideation and auditory and visual hallucinations ("BIBA for SI.", "denies SI, HI, AH, VH"). */
export const TWO_LETTER_ACRONYMS = new Set(`PT OT ST RT ED ER OR IR IV IM PO PR SQ SC SL MD DO NP PA RN LP CM SW GI ID OB PM AM HR BP CT US XR MR EP IP
  UA UC CC DM HF AF MI RA OA MS CP HA TB HD PD BM NG OG IO AB LD DC SS VA VS UK EU UN IT OK NA NS LR RR SA BS GU EN PE DI HH CN MA RD PN
  FH SH HP AP LE UE TX DX RX HX SX FX CA OP NH PH QD HS AC PC OD OU TV PC GP AI VR CV BC ML MG KG CM MM DR IR EF IJ EJ
  SI HI AH VH`.split(/\s+/));
