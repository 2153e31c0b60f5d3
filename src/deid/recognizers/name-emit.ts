// What every name rule shares: char tests, adding a found name (never a country or a holiday, but after a
// title), and cutting a lower-case run before a reporting verb.
import { lexicon } from '../dictionaries/index.js';
import type { Token } from '../text/tokens.js';
import type { Evidence } from '../types.js';
import { countryOrHoliday } from './name-propagation.js';
import { CLINIC_INSTITUTION_AFTER, NOT_TOWN_NAMES, publisherAfter, publisherHeadFrom, REGION_OPENERS, stJudeDevice } from './place-words.js';
import {
  orEquipmentNamed,
  FIRM_FORMS,
  inPersonNamedFirm,
  personNamedFirm,
  wholeEponym,
  PARTICLES,
  QUOTE_VERBS,
  ID,
  RELATIONS,
  SUBJECT_VERBS,
  endOf,
  shaped,
  spellingAlphabetWord,
} from './name-words.js';
import { candidate, type Candidate, type DocumentView } from './types.js';

import { charAt, isBlank } from '../text/chars.js';

export { charAt, isBlank };
export const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** Tokens a and b are one blank apart: "grandson Major". */
export const oneSpace = (doc: DocumentView, a: Token, b: Token): boolean => b.start === a.end + 1 && doc.text.charCodeAt(a.end) === 32;

/** Offset `at` starts its line, after blanks at most. */
export function startsLine(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && isBlank(text.charCodeAt(k - 1))) k--;
  return k === 0 || text.charCodeAt(k - 1) === 10 || text.charCodeAt(k - 1) === 13;
}

/** A country ("Spain", "Costa Rica") or a holiday word ("Merry Christmas") is never a name, but after a title; nor a language named like a person after a word of speaking. */
/**
 * Species of bacteria and fungi written with their genus's initial, as nurses type them in lower case ("e. coli",
 * "h. pylori", "c. diff", "s. aureus"): an initial and a word of no English list, the shape of a typed name.
 */
export const SPECIES_EPITHETS = new Set(['coli', 'pylori', 'diff', 'difficile', 'aureus', 'epidermidis', 'faecalis', 'faecium', 'pneumoniae', 'pneumo', 'influenzae',
  'aeruginosa', 'pyogenes', 'agalactiae', 'albicans', 'glabrata', 'auris', 'jirovecii', 'gondii', 'vaginalis', 'trachomatis', 'gonorrhoeae', 'meningitidis',
  'marcescens', 'cloacae', 'mirabilis', 'fragilis', 'perfringens', 'monocytogenes', 'burgdorferi', 'pallidum', 'jejuni', 'typhi', 'catarrhalis',
  'maltophilia', 'baumannii', 'lugdunensis', 'saprophyticus', 'cereus', 'tetani', 'pertussis', 'fumigatus', 'neoformans', 'acnes', 'oxytoca', 'mutans']);

/**
 * Tokens i..j end in a genus's initial before its species ("Check H. pylori", "stop NSAIDs, H. pylori", "E. coli"):
 * the initial and the word before it are no person's.
 */
function genusInitial(doc: DocumentView, j: number): boolean {
  const last = doc.tokens[j] as Token;
  const next = doc.tokens[j + 1];
  return last.single && last.dotAfter && next !== undefined && next.text === next.lower && SPECIES_EPITHETS.has(next.lower) && doc.text.slice(last.end, next.start) === '. ';
}

/**
 * Round 166: a clinic's name before "Clinic" and its journal or its reference laboratory ("Mayo Clinic Proceedings",
 * "sent to Mayo Clinic Laboratories"): no person, and no place either unless a town follows (CLINIC_INSTITUTION_AFTER).
 */
function clinicInstitution(doc: DocumentView, i: number): boolean {
  const t = doc.tokens[i] as Token;
  const next = doc.tokens[i + 1];
  return next !== undefined && next.text === 'Clinic' && next.start === t.end + 1 && CLINIC_INSTITUTION_AFTER.test(doc.text.slice(next.end, next.end + 32));
}

/** Round 162: a data frame's missing value as pandas and NumPy spell it ("NaN", "NaT"): the given name Nan is written "Nan" or "NAN". */
const MISSING_VALUE_SPELLINGS: ReadonlySet<string> = new Set(['NaN', 'NaT']);

function notAName(doc: DocumentView, i: number, j: number, evidence: readonly Evidence[]): boolean {
  if (placeholderName(doc, i, j) || assistantName(doc, i, j) || tagalogKin(doc, i, j) || herbalFormulaOrPoint(doc, i, j) || (i === j && pennState(doc, i)) || (i === j && systemAccount(doc, i)) || quotedDrugSlang(doc, i) || equipmentNamed(doc, i) || spellingAlphabetWord(doc, i) || genusInitial(doc, j) || worldRegion(doc, i, j) || (i === j && spokenLanguage(doc, i)) || karenDialect(doc, i, j) || statuteCode(doc, i, j) || stateBody(doc, i, j) || instrumentName(doc, i, j) || firmName(doc, j) || afterSaintOfPlace(doc, i) || stJudeDevice(doc, i) || stJudeDevice(doc, i - 1) || (i === j && (karyotypeNotation(doc, i) || makerOfRep(doc, i))) || makerNamed(doc, i, j) || eponymListed(doc, i, j) || (i === j && (chainPossessive(doc, i) || scaleBeforeValue(doc, i, evidence) || withoutAbbreviation(doc, i) || MISSING_VALUE_SPELLINGS.has((doc.tokens[i] as Token).text) || clinicInstitution(doc, i)))) return true;
  const found = countryOrHoliday(doc, i, j);
  return found === 1 || (found === 2 && !evidence[0]?.detail.startsWith('title:'));
}

/**
 * Round 171: a Filipino family's kin word capitalised as a form of address, alone or after the person marker "si", in a
 * note written partly in Tagalog ("Si Lola ay hindi kumakain", "Lola went to the ER noong ..."): grandmother, no name.
 * A name after the kin word stays ("Lola Corazon", "si Tita Baby" keep their names).
 */
const TAGALOG_KIN = new Set(['lola', 'lolo', 'nanay', 'tatay', 'inay', 'itay', 'tita', 'tito', 'kuya', 'ate', 'si']);
const TAGALOG_SIGNAL = /(?:^|[^\p{L}])(?:ay|ng|po|hindi|mga|naman|daw|siya|noong|salamat|lang|kasi|nang|opo)(?![\p{L}])/gu;
const tagalogCache = new WeakMap<object, boolean>();
function tagalogKin(doc: DocumentView, i: number, j: number): boolean {
  let kin = false;
  for (let k = i; k <= j; k++) {
    const w = (doc.tokens[k] as Token).lower;
    if (!TAGALOG_KIN.has(w)) return false;
    if (w !== 'si') kin = true;
  }
  if (!kin) return false;
  let v = tagalogCache.get(doc);
  if (v === undefined) {
    let n = 0;
    TAGALOG_SIGNAL.lastIndex = 0;
    while (n < 4 && TAGALOG_SIGNAL.exec(doc.lower) !== null) n++;
    v = n >= 4;
    tagalogCache.set(doc, v);
  }
  return v;
}

/**
 * Round 150: "John Doe" and "Jane Doe" as a prompt's placeholder, where the sentence before asks for an example, a
 * template or a sample ("Use John Doe in any example sentences", 'Here is the format (example only): "John Doe, 45M"').
 * Without such a word near it the name stays ("Pt John Doe, unidentified male", "Doe, Jane").
 */
const PLACEHOLDER_NAMES = new Set(['john doe', 'jane doe', 'baby doe', 'john q. public', 'joe bloggs']);
const PLACEHOLDER_CUE_BEFORE = /\b(?:examples?|placeholders?|templates?|samples?|dummy|fictional|fake|made-up|hypothetical|format|e\.g\.|for instance|such as|use)\b[^\n.!?]{0,60}(?:\n[^\n]{0,10})?$|\b(?:examples?|placeholders?|templates?|format)\b[^\n]{0,40}:[ \t]*\n?[ \t]*["“'`]?$/i;
function placeholderName(doc: DocumentView, i: number, j: number): boolean {
  if (j !== i + 1 || (doc.tokens[j] as Token).lower !== 'doe') return false;
  const a = doc.tokens[i] as Token;
  if (!PLACEHOLDER_NAMES.has(`${a.lower} doe`)) return false;
  return PLACEHOLDER_CUE_BEFORE.test(doc.text.slice(Math.max(0, a.start - 90), a.start));
}

/**
 * Round 154: a Chinese herbal formula or an acupuncture point by its pinyin name ("Xiao Yao San", "Gui Pi Tang", "Du
 * Huo Ji Sheng Tang", "Yin Tang", "Bai Hui"): the run of capitalised syllables round the name, one space apart, is a
 * listed point or formula, or, in a note that speaks of acupuncture or herbs, three syllables or more ending in a
 * formula's kind (decoction, powder, pill, drink, elixir, paste, tablet). A two-word name ("Wei Tang") stays a name.
 */
const PINYIN_SYLLABLE = /^(?:zh|ch|sh|[bcdfghjklmnpqrstwxyz])?(?:[aeiou]|ü)[a-z]{0,4}$/;
const TCM_POINTS_AND_FORMULAS = new Set(['yin tang', 'bai hui', 'tai chong', 'he gu', 'zu san li', 'san yin jiao', 'feng chi', 'shen men', 'nei guan', 'hua tuo jia ji', 'si shen cong', 'tai yang', 'yong quan', 'qi hai', 'guan yuan', 'zhong wan', 'tai xi', 'feng long', 'xue hai', 'yang ling quan', 'da zhui', 'jian jing', 'tian shu', 'wai guan', 'lie que', 'shen shu', 'xiao yao san', 'gui pi tang', 'gou teng yin', 'yin qiao san', 'bao he wan', 'er chen tang', 'si wu tang', 'ba zhen tang', 'wen dan tang']);
const TCM_FORMULA_KINDS = new Set(['tang', 'san', 'wan', 'yin', 'dan', 'gao', 'pian']);
const TCM_CONTEXT = /acupunct|herbal|herbs|formula|decoction|granules|teapill|needl|moxa|tcm\b|chinese medicine/;
function herbalFormulaOrPoint(doc: DocumentView, i: number, j: number): boolean {
  const tokens = doc.tokens;
  const syllable = (k: number): boolean => {
    const t = tokens[k] as Token;
    return t.capitalized && t.text.length <= 6 && PINYIN_SYLLABLE.test(t.lower);
  };
  for (let k = i; k <= j; k++) if (!syllable(k)) return false;
  let a = i;
  let b = j;
  while (a > 0 && j - a < 8 && syllable(a - 1) && doc.text.slice((tokens[a - 1] as Token).end, (tokens[a] as Token).start) === ' ') a--;
  while (b + 1 < tokens.length && b - i < 8 && syllable(b + 1) && doc.text.slice((tokens[b] as Token).end, (tokens[b + 1] as Token).start) === ' ') b++;
  if (b === a) return false;
  const words: string[] = [];
  for (let k = a; k <= b; k++) words.push((tokens[k] as Token).lower);
  if (TCM_POINTS_AND_FORMULAS.has(words.join(' '))) return true;
  const start = (tokens[a] as Token).start;
  return words.length >= 3 && TCM_FORMULA_KINDS.has(words[words.length - 1] as string) && TCM_CONTEXT.test(doc.lower) && !PERSON_CUE_BEFORE.test(doc.lower.slice(Math.max(0, start - 12), start));
}
/** A person's cue right before a run of syllables ("Pt Mei Ling Tang", "Mrs. Hui Min Tang"): a name, no formula. */
const PERSON_CUE_BEFORE = /(?:^|[^a-z])(?:pt|patient|mr|mrs|ms|miss|dr|name|with|by|lac|son|daughter|wife|husband|mother|father)\.?:?[ \t]{1,2}$/;

/** Round 154: "Penn" before "State" is the university ("per Penn State 2003b", "Penn State Worry Questionnaire"). */
function pennState(doc: DocumentView, i: number): boolean {
  const t = doc.tokens[i] as Token;
  return t.text === 'Penn' && doc.text.startsWith(' State', t.end);
}

/** Round 150: a printout's or a log's system account in capitals after "by" ("Printed by: SYSTEM", "Entered by: INTERFACE"). */
const SYSTEM_ACCOUNTS: ReadonlySet<string> = new Set(['system', 'admin', 'interface', 'batch', 'server', 'sysadmin', 'autoprint']);
function systemAccount(doc: DocumentView, i: number): boolean {
  const t = doc.tokens[i] as Token;
  return t.upper && t.text.length > 1 && SYSTEM_ACCOUNTS.has(t.lower);
}

/**
 * Round 150: a chat assistant addressed or named by its product's name in a prompt ("Claude, help me answer this",
 * "GPT-4 gave me something too long; Claude?", "ask Gemini"): a lone word, with a word of models or prompting near it,
 * or its model tier after it ("Claude 3.5 Sonnet"). "Claude Moreau, 71" and "my neighbor Claude" stay names.
 */
export const ASSISTANT_NAMES: ReadonlySet<string> = new Set(['claude', 'gemini', 'copilot', 'chatgpt', 'bard', 'llama', 'mistral', 'grok']);
const ASSISTANT_NEAR = /\b(?:gpt(?:-?\d\w*)?|chatgpt|llms?|ai|chatbot|assistant|models?|prompts?|anthropic|openai|google|microsoft|meta|sonnet|opus|haiku)\b/i;
const ASSISTANT_TIER_AFTER = /^[ \t](?:\d(?:\.\d)?|Sonnet|Opus|Haiku|Pro|Ultra|Flash|Instant)\b/;
/** A capitalised word right after (one space): a surname, so a person ("Claude Moreau"). */
const SURNAME_AFTER = /^ (\p{Lu}[\p{L}'’-]{0,40})/u;

/**
 * The same reading on the text alone, for the assistant names a site adds (deid.assistantNames, applied by the
 * analyzer to its findings): the word at [start, end) names an assistant when its model tier follows, or a word
 * of models or prompting is near and no surname follows.
 */
export function assistantMention(text: string, start: number, end: number): boolean {
  if (ASSISTANT_TIER_AFTER.test(text.slice(end, end + 10))) return true;
  const surname = SURNAME_AFTER.exec(text.slice(end, end + 42))?.[1];
  if (surname !== undefined && surname !== surname.toUpperCase()) return false;
  return ASSISTANT_NEAR.test(text.slice(Math.max(0, start - 160), end + 160));
}
function assistantName(doc: DocumentView, i: number, j: number): boolean {
  const t = doc.tokens[i] as Token;
  if (i !== j || !ASSISTANT_NAMES.has(t.lower)) return false;
  if (ASSISTANT_TIER_AFTER.test(doc.text.slice(t.end, t.end + 10))) return true;
  const next = doc.tokens[i + 1];
  // A surname right after it makes a person ("Claude Moreau").
  if (next !== undefined && next.start === t.end + 1 && /^\p{Lu}/u.test(next.text) && next.text !== next.text.toUpperCase()) return false;
  return ASSISTANT_NEAR.test(doc.text.slice(Math.max(0, t.start - 160), t.end + 160));
}

/**
 * Round 144: a scale's or a classification's name right before its value ("PT, MoCA 24/30", "Braden 17", "Glasgow 15",
 * "Bosniak 2F"): the score, no person. Not after a title ("Dr. Fisher 4"), nor before an age's mark ("Braden 17 yo").
 */
const SCORE_VALUE_AFTER = /^[ \t]{1,2}(?:\d{1,3}(?:[.\/]\d{1,3})?|I{1,3}V?F?|IV)(?![\d\p{L}])|^[ \t]{1,2}\d[A-F](?![\p{L}\d])/u;
/** A count of time or of doses after the number: "with Bishop 3 days ago", "Mayo 2 times", "Fisher 2 weeks". */
const COUNT_UNIT_AFTER = /^[ \t]{1,2}\d{1,3}(?:\.\d{1,3})?[ \t]{0,2}(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|hours?|hrs?|minutes?|mins?|times|x\b|ago|mg|mcg|ml|units?|am|pm|a\.m\.|p\.m\.|floor|o'clock)(?![\p{L}])/iu;
const AGE_MARK_AFTER = /^[ \t]{1,2}\d{1,3}[ \t\-]?(?:y|yo|y\/o|yrs?|years?|-year|[MF])(?![\p{L}])/u;
function scaleBeforeValue(doc: DocumentView, i: number, evidence: readonly Evidence[]): boolean {
  const t = doc.tokens[i] as Token;
  if (!lexicon.SCORE_NAMES.has(t.lower) || evidence.some((e) => e.detail.startsWith('title:'))) return false;
  const after = doc.text.slice(t.end, t.end + 12);
  if (!SCORE_VALUE_AFTER.test(after) || COUNT_UNIT_AFTER.test(doc.text.slice(t.end, t.end + 24))) return false;
  // "Bosniak 2F" is the cyst's class; a given name before an age and sex ("Braden 17M") stays a person.
  return !AGE_MARK_AFTER.test(after) || (doc.isFirst[i] === 0 && /^[ \t]{1,2}\d[A-F](?![\p{L}\d])/u.test(after));
}

/** Round 144: "MRI BRAIN W/WO", "w/o": "with" and "without" as orders abbreviate them, no one's initials. */
function withoutAbbreviation(doc: DocumentView, i: number): boolean {
  const t = doc.tokens[i] as Token;
  return (t.lower === 'wo' || t.lower === 'o') && t.start >= 2 && doc.text.charCodeAt(t.start - 1) === 47 && (doc.text.charCodeAt(t.start - 2) | 32) === 119 &&
    (t.start === 2 || !/[\p{L}\d]/u.test(doc.text.charAt(t.start - 3)));
}

/**
 * The lead (2026-12-01): restaurants and stores named by a given name's possessive, after "the" ("got food at the Wendy's
 * near us", "the Denny's on Route 9") or as "Trader Joe's": a place to eat or shop, no person. "at Wendy's" alone may be
 * a friend's home and stays a name.
 */
const CHAIN_POSSESSIVE_NAMES: ReadonlySet<string> = new Set(['wendy', 'denny', 'hardee', 'applebee', 'dillard', 'kohl', 'macy', 'lowe', 'carl', 'culver', 'freddy', 'casey', 'rudy', 'zaxby', 'arby', 'chili', 'sonny', 'jimmy', 'joe']);
const THE_BEFORE_POSSESSIVE = /(?:^|[^\p{L}])(?:the|The|THE)[ \t]{1,2}$/u;
function chainPossessive(doc: DocumentView, i: number): boolean {
  const t = doc.tokens[i] as Token;
  if (!CHAIN_POSSESSIVE_NAMES.has(t.lower) || !/^['’]s(?![\p{L}])/u.test(doc.text.slice(t.end, t.end + 3))) return false;
  const before = doc.text.slice(Math.max(0, t.start - 8), t.start);
  return t.lower === 'joe' ? /(?:^|[^\p{L}])[Tt]rader[ \t]$/u.test(before) : THE_BEFORE_POSSESSIVE.test(before);
}

/**
 * Round 64: tokens from i are a street name for a drug, in quotes ('using "Molly" at festivals', '"Mary Jane" daily',
 * '"Tina" (crystal meth)', '"Georgia Home Boy"'): the quotes hold the drug, no person. A naming cue before the quote
 * keeps the name ('goes by "Charlie"', 'a dealer called "Tina"'); an unquoted "Molly" or a quoted "Jess" stays.
 */
const DRUG_SLANG = /^(?:Molly|Mandy|Mary[ \t]Jane|Charlie|Tina|Christina|Crystal|Adam|Eve|Roxy|Roxies|Lucy|Henry|Georgia[ \t]Home[ \t]Boy|Billy[ \t]Whizz|Special[ \t]K|Kit[ \t]Kat|China[ \t]White|Apache|Dance[ \t]Fever|White[ \t]Lady|Miss[ \t]Emma|Aunt[ \t]Hazel|Percs|Vikes|Xannies|Zannies|Kush)[,.!?]?["”](?![\p{L}])/u;
const NAMING_CUE_BEFORE_QUOTE = /\b(?:by|called|named|nicknamed|aka|as|name|is)[ \t]{1,2}$/i;
function quotedDrugSlang(doc: DocumentView, i: number): boolean {
  const t = doc.tokens[i] as Token;
  const q = doc.text.charCodeAt(t.start - 1);
  if (q !== 34 && q !== 0x201c) return false;
  if (!DRUG_SLANG.test(doc.text.slice(t.start, t.start + 20))) return false;
  return !NAMING_CUE_BEFORE_QUOTE.test(doc.text.slice(Math.max(0, t.start - 13), t.start - 1));
}

/**
 * Round 62: a report's equipment field names the machine by maker and model ("Equipment: Compumedics Grael,
 * amplifier S/N ...", "Gamma camera: Siemens Symbia Intevo, serial ..."), no person; "Technologist: Rosalind Ekwueme" stays.
 */
// Round 65: a sterile processing record's sterilizer and an OR count's tray ("Sterilizer: Steris Amsco 400", "Instrument
// tray: Major Laparotomy Tray").
const EQUIPMENT_LABEL_BEFORE = /(?:equipment|machine|system|camera|scanner|amplifier|manufacturer|vendor|sterilizer|steriliser|autoclave|tray)[ \t]{0,2}:[ \t]{1,3}$/i;
const FRENCH_SIZE_BEFORE = /\d[ \t]?$/;
function equipmentNamed(doc: DocumentView, i: number): boolean {
  const t = doc.tokens[i] as Token;
  if (t.capitalized && orEquipmentNamed(doc.text, t.start, t.end)) return true;
  // Round 65: "Fr" after a number is a catheter's or a drain's French size ("19 Fr Blake", "10 Fr Malecot"), no Father.
  if (t.lower === 'fr' && FRENCH_SIZE_BEFORE.test(doc.text.slice(Math.max(0, t.start - 3), t.start))) return true;
  // The label's colon within the three characters before the name is asked first (most names have none there).
  const text = doc.text;
  if (t.start < 4 || text.charCodeAt(t.start - 1) !== 32 || (text.charCodeAt(t.start - 2) !== 58 && text.charCodeAt(t.start - 3) !== 58 && text.charCodeAt(t.start - 4) !== 58)) return false;
  return EQUIPMENT_LABEL_BEFORE.test(doc.text.slice(Math.max(0, t.start - 18), t.start));
}

/** Cytogenetic notation's words: deletion, duplication, inversion, insertion, derivative, translocation, ring. */
const KARYOTYPE_WORDS = new Set(['del', 'dup', 'inv', 'ins', 'der', 'add', 't', 'r', 'idic', 'iso']);

/** Round 39: token i is a karyotype's operator glued to its chromosome: "CLL with del(17p)", "t(11;14)", "inv(16)". */
function karyotypeNotation(doc: DocumentView, i: number): boolean {
  const t = doc.tokens[i] as Token;
  return t.text === t.lower && KARYOTYPE_WORDS.has(t.lower) && charAt(doc.text, t.end) === 40 && /^\((?:\d|X\b|Y\b)/.test(doc.text.slice(t.end, t.end + 3));
}

/**
 * Round 93: tokens i..j are eponyms inside a comma list of eponyms ("Diseases: Addison, Cushing, Conn, Graves,
 * Hashimoto", "Kawasaki, Wilson, Huntington"): three or more one-word eponym entries beside them, at most one other
 * word, list diseases, signs or scores. "Wilson, Graves and Bell attended" has too few; "Ann Wilson, Bo Graves" are names.
 */
function eponymListed(doc: DocumentView, i: number, j: number): boolean {
  const tokens = doc.tokens;
  for (let k = i; k <= j; k++) if (!wholeEponym(doc, tokens[k] as Token)) return false;
  let eponyms = 0;
  let others = 0;
  for (const step of [-1, 1]) {
    let k = step < 0 ? i : j;
    for (let n = 0; n < 4; n++) {
      const a = tokens[step < 0 ? k - 1 : k] as Token | undefined;
      const b = tokens[step < 0 ? k : k + 1] as Token | undefined;
      if (a === undefined || b === undefined || !LIST_GAP.test(doc.text.slice(a.end, b.start))) break;
      const e = step < 0 ? a : b;
      if (!e.capitalized) break;
      if (wholeEponym(doc, e)) eponyms++;
      else others++;
      k += step;
    }
  }
  return eponyms >= 3 && others <= 1;
}
// Round 96: a semicolon too parts the entries ("Crigler and Najjar; Dubin and Johnson; Sturge and Weber").
const LIST_GAP = /^(?:[,;][ \t]{1,2}(?:and[ \t]{1,2})?|[ \t](?:and|or)[ \t])$/;

/**
 * Round 93: tokens i..j name a maker, no person: the run itself (personNamedFirm), each of its words within a maker's
 * name ("Becton, Dickinson and Company" read as "Last, First"), or a product and its maker in brackets read as "Last,
 * First" ("(Hyrimoz, Sandoz)", "(Invokana, Janssen)").
 */
/**
 * Round 154: device makers and disinfectants before their product's words ("Hologic Selenia", "Siemens Symbia Intevo",
 * "Oxivir Tb", "Clorox Healthcare"): the brand opens the run and no later word is a listed given name ("Siemens
 * Anna" stays).
 */
const BRANDS_BEFORE_PRODUCT = new Set(['hologic', 'siemens', 'oxivir', 'clorox', 'caviwipes', 'cavicide', 'cavi', 'sani-cloth', 'purell', 'lysol', 'virex', 'oxycide', 'steris', 'stryker', 'hill-rom', 'hillrom', 'ge', 'philips', 'medline', 'metrex', 'diversey', 'ecolab']);
function brandBeforeProduct(doc: DocumentView, i: number, j: number): boolean {
  if (!BRANDS_BEFORE_PRODUCT.has((doc.tokens[i] as Token).lower)) return false;
  const next = doc.tokens[i + 1];
  if (j === i && !(next !== undefined && next.start === (doc.tokens[i] as Token).end + 1 && (next.capitalized || next.upper))) return false;
  for (let k = i + 1; k <= Math.max(j, i + 1) && k < doc.tokens.length; k++) if (doc.isFirst[k] === 1) return false;
  return true;
}

function makerNamed(doc: DocumentView, i: number, j: number): boolean {
  const tokens = doc.tokens;
  if (brandBeforeProduct(doc, i, j)) return true;
  // "Per Mayo Clinic ERAS pathway", "the Johns Hopkins guide": an institution as a publisher (place-words' publisherAfter).
  if (tokens[j + 1] !== undefined && (tokens[j + 1] as Token).start === (tokens[j] as Token).end + 1 && publisherHeadFrom(doc, j + 1)) return true;
  if (i > 0 && (tokens[i - 1] as Token).lower === 'the' && publisherAfter(doc.text, (tokens[j] as Token).end)) return true;
  if (personNamedFirm(doc, tokens, i, j)) return true;
  // Round 96: a maker's whole name of two words before its product's words, none a person's name ("Beckman Coulter
  // DxH 900", "Beckman Coulter Remisol"); "Beckman Coulter Anna" is no product.
  if (j > i + 1 && personNamedFirm(doc, tokens, i, i + 1)) {
    let product = true;
    for (let k = i + 2; k <= j && product; k++) product = doc.isFirst[k] !== 1 && doc.isSur[k] !== 1;
    if (product) return true;
  }
  let all = true;
  for (let k = i; k <= j && all; k++) all = inPersonNamedFirm(doc, tokens, k);
  if (all) return true;
  if (charAt(doc.text, (tokens[i] as Token).start - 1) !== 40) return false;
  return (j > i && personNamedFirm(doc, tokens, j, j)) || (tokens[j + 1] !== undefined && personNamedFirm(doc, tokens, j + 1, j + 1));
}

/** Makers of medical devices whose names are surnames too. */
const DEVICE_MAKERS = new Set(['abbott', 'medtronic', 'biotronik', 'zoll', 'stryker', 'baxter', 'edwards', 'philips', 'siemens', 'zimmer', 'hologic', 'olympus', 'dexcom', 'tandem', 'insulet', 'resmed', 'masimo', 'smith']);

/** Round 39: token i is a device maker after "from" in a rep's sentence: "Device rep Brock Halvorsen from Abbott called". */
function makerOfRep(doc: DocumentView, i: number): boolean {
  const t = doc.tokens[i] as Token;
  if (!DEVICE_MAKERS.has(t.lower) || doc.tokens[i - 1]?.lower !== 'from') return false;
  return /\b(?:rep|reps|representative|sales)\b/i.test(doc.text.slice(Math.max(0, t.start - 50), t.start));
}

/** Bodies a state names before them: "Georgia Board of Nursing", "Virginia Department of Health", "Florida Medicaid". */
const STATE_BODIES = new Set(['board', 'department', 'dept', 'division', 'bureau', 'commission', 'medicaid', 'supreme', 'court', 'courts', 'code', 'statutes', 'legislature', 'senate', 'house', 'attorney', 'office']);

/**
 * Tokens i..j end in a common word capitalised before an instrument's head: "Stanford Sleepiness Scale", "Glasgow
 * Coma Scale", "Berlin Questionnaire"-like names of scales, not a person followed by a word ("Grace Park Score"
 * keeps its name: "Park" is no common word of the kind).
 */
function instrumentName(doc: DocumentView, i: number, j: number): boolean {
  if (j <= i) return false;
  const last = doc.tokens[j] as Token;
  const head = doc.tokens[j + 1];
  return head !== undefined && head.capitalized && head.start === last.end + 1 && doc.text.charCodeAt(last.end) === 32 &&
    INSTRUMENT_HEADS.has(head.lower) && (doc.isCommon[j] === 1 || ABSTRACT_NOUN.test(last.lower)) && doc.isFirst[j] === 0 && doc.isSur[j] === 0;
}
/** What an instrument measures, when the word lists lack it: "Sleepiness", "Severity", "Dependence". */
const ABSTRACT_NOUN = /(?:ness|ity|ism|tion|ence|ance)$/;
const INSTRUMENT_HEADS = new Set(['scale', 'score', 'questionnaire', 'index', 'inventory', 'criteria', 'classification', 'test', 'checklist', 'assessment']);

/** Spanish and Portuguese saints' words that open places: "San Joaquin Valley", "Santa Rosa", "São Paulo". */
const PLACE_SAINTS = new Set(['san', 'santa', 'santo', 'são', 'sao']);

/** Token i follows such a word, itself no part of a name ("the San Joaquin Valley"; "Juan San Martin" is a name). */
function afterSaintOfPlace(doc: DocumentView, i: number): boolean {
  const saint = doc.tokens[i - 1];
  if (saint === undefined || !saint.capitalized || !PLACE_SAINTS.has(saint.lower) || !oneSpace(doc, saint, doc.tokens[i] as Token)) return false;
  const before = doc.tokens[i - 2];
  return before === undefined || !before.capitalized || before.end + 1 < saint.start || doc.isFirst[before.index] === 0;
}

/** Token j, the name's last, is followed by a capitalised firm's form ("Squibb Company", "Mead Johnson, Inc."). */
function firmName(doc: DocumentView, j: number): boolean {
  const last = doc.tokens[j] as Token;
  const form = doc.tokens[j + 1];
  return form !== undefined && (form.capitalized || form.upper) && FIRM_FORMS.has(form.lower) && /^,?[ \t]$/.test(doc.text.slice(last.end, form.start));
}

/** Programmes a state runs under its name: "Florida Medicaid", "Georgia CHIP". */
const STATE_PROGRAMS = new Set(['medicaid', 'medicare', 'chip']);

/**
 * Token i is a US state naming a body ("Georgia Board of", tokens i..j) or a programme right after it ("per Florida
 * Medicaid", "with Virginia Medicaid card", the state alone or with the programme's word): no person.
 */
function stateBody(doc: DocumentView, i: number, j: number): boolean {
  if (j > i + 1) return false;
  const state = doc.tokens[i] as Token;
  const body = doc.tokens[i + 1];
  if (!lexicon.US_STATES.has(state.lower) || body === undefined || body.start !== state.end + 1 || doc.text.charCodeAt(state.end) !== 32) return false;
  if (STATE_PROGRAMS.has(body.lower)) return true;
  return j === i + 1 && STATE_BODIES.has(body.lower) && /^[ \t]of\b|^['’]s\b/.test(doc.text.slice(body.end, body.end + 4));
}

/**
 * States' codes cited by their dotted initials before a section ("K.S.A. 43-159", "R.C. 2111.01(D)", "C.R.S. §
 * 13-21-117", "A.R.S. § 13-4501"): a statute, not a person's initials. Initials before a phone number or an age stay.
 */
const STATUTE_INITIALS = new Set(['KSA', 'RC', 'CRS', 'ARS', 'OCGA', 'NRS', 'MCL', 'GL', 'MGL', 'NJSA', 'USC', 'CFR', 'FS', 'RSA', 'VSA', 'CGS', 'WS', 'NMSA', 'SDCL', 'NDCC', 'IC', 'KRS', 'RS', 'LRS', 'MCA', 'OCGA', 'RIGL', 'TCA', 'UCA', 'ILCS', 'PS', 'CPLR', 'GS', 'ORC',
  // Round 147: codes of regulations ("8 C.C.R. 9792.24.2", "N.J.A.C. 8:57-4.10").
  'CCR', 'NJAC', 'NYCRR']);
const SECTION_AFTER = /^\.?[ \t]{1,2}(?:§{1,2}[ \t]{0,2})?\d{1,5}(?:[\-.:]\d{1,6}){1,3}/;
function statuteCode(doc: DocumentView, i: number, j: number): boolean {
  const first = doc.tokens[i] as Token;
  const last = doc.tokens[j] as Token;
  return last.end - first.start <= 12 && statuteCitation(doc.text, first.start, last.end);
}

/** The text from start to end is a state code's dotted initials ("K.S.A", "R.C.") before a section number. */
export function statuteCitation(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  if (!/^(?:[A-Z]\.){1,4}[A-Z]\.?$/.test(written)) return false;
  return STATUTE_INITIALS.has(written.replace(/\./g, '')) && SECTION_AFTER.test(text.slice(end, end + 24));
}

/** Languages that are also names: Karen (of Myanmar's Karen people) and Chin. */
const LANGUAGES_NAMED_LIKE_PEOPLE = new Set(['karen', 'chin']);
/** Words right before a language: "speaks Karen", "Language: Karen", "Karen interpreter" is read after the name. */
const SPEAKING_WORDS = new Set(['speaks', 'speak', 'speaking', 'spoke', 'language', 'languages', 'fluent', 'interpreter', 'interpreted', 'translated', 'translator']);

/** Token i is such a language after a word of speaking, or joined by "and"/"or" to another language ("Burmese and Karen", "Karen or Burmese"). */
function spokenLanguage(doc: DocumentView, i: number): boolean {
  if (!LANGUAGES_NAMED_LIKE_PEOPLE.has((doc.tokens[i] as Token).lower)) return false;
  const joinedLanguage = (conjunction: Token | undefined, other: Token | undefined): boolean =>
    (conjunction?.lower === 'and' || conjunction?.lower === 'or') && other !== undefined && lexicon.LANGUAGES.has(other.lower);
  const prev = doc.tokens[i - 1];
  const t = doc.tokens[i] as Token;
  return (prev !== undefined && (SPEAKING_WORDS.has(prev.lower) || KAREN_DIALECTS.has(prev.lower))) || joinedLanguage(prev, doc.tokens[i - 2]) || joinedLanguage(doc.tokens[i + 1], doc.tokens[i + 2]) ||
    (t.capitalized && PEOPLE_WORD_AFTER.test(doc.text.slice(t.end, t.end + 16)));
}

/** Round 116: what follows a people's or a language's name, never a person's: "Karen refugee", "Chin interpreter", "Karen-speaking". */
const PEOPLE_WORD_AFTER = /^(?:[ \t](?:interpreters?|translators?|refugees?|speakers?|language|people|community|communities|elders?|dialects?|villages?|state)\b|-speak)/;
/** The two Karen languages named by dialect: "Sgaw Karen", "Pwo Karen". */
const KAREN_DIALECTS = new Set(['sgaw', "s'gaw", 'pwo']);

/** "Sgaw Karen", "Pwo Karen": the dialect and the language, no given name and surname. */
function karenDialect(doc: DocumentView, i: number, j: number): boolean {
  return j === i + 1 && KAREN_DIALECTS.has((doc.tokens[i] as Token).lower) && (doc.tokens[j] as Token).lower === 'karen';
}

/** Tokens i..j are a region of the world or its last word: "Latin America", "Southeast Asia" (Asia is a given name too). */
function worldRegion(doc: DocumentView, i: number, j: number): boolean {
  const last = doc.tokens[j] as Token;
  if (j - i > 1 || !last.capitalized || !NOT_TOWN_NAMES.has(last.lower)) return false;
  const opener = doc.tokens[j - 1];
  return opener !== undefined && opener.capitalized && opener.end + 1 === last.start && REGION_OPENERS.has(opener.lower);
}

/** Particles and "St." before a surname in capitals: "DE LA ROSA", "ST. JOHN", "VAN DER MEER". */
const UPPER_SURNAME_STARTS = new Set([...PARTICLES, 'st']);

/** The first token of a name in capitals at token i in mixed-case text, with the particles before it ("DE LA ROSA, IMKE"). */
function withCapsParticles(doc: DocumentView, i: number): number {
  let s = i;
  while (s > 0 && s > i - 3) {
    const p = doc.tokens[s - 1] as Token;
    const gap = (doc.tokens[s] as Token).start - p.end;
    if (!p.upper || !UPPER_SURNAME_STARTS.has(p.lower) || !(gap === 1 ? doc.text.charCodeAt(p.end) === 32 : gap === 2 && p.lower === 'st' && doc.text.startsWith('. ', p.end))) break;
    s--;
  }
  return s;
}

/**
 * A two-letter surname in capitals before the comma of "SURNAME, GIVEN" ("TA, ROSALIND M", "HO, BERNADETTE"): such
 * a word is no name part by shape alone, but before a given name of the lists (no word) it is the surname.
 */
function withCapsSurname(doc: DocumentView, i: number): number {
  const given = doc.tokens[i] as Token;
  const sur = doc.tokens[i - 1];
  if (sur === undefined || sur.text.length !== 2 || !sur.upper || given.start !== sur.end + 2 || doc.text.charCodeAt(sur.end) !== 44) return i;
  return doc.isSur[i - 1] === 1 && doc.isFirst[i] === 1 && doc.isCommon[i] === 0 && given.text.length > 2 ? i - 1 : i;
}

/** Words of signing a note that a capitalised run can take in before the signer's name. */
const SIGNING_WORDS: ReadonlySet<string> = new Set(['signed', 'cosigned', 'co-signed', 'dictated', 'attested', 'reviewed', 'authenticated']);

/** Vietnamese family names, after which "Son" is the given name ("Son Nguyen"), not a son. */
const VIETNAMESE_SURNAMES: ReadonlySet<string> = new Set(['nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly', 'truong', 'dinh', 'lam', 'mai', 'trinh', 'ha', 'luong', 'cao']);
/** Token i is a capitalised relation or signing word right before a listed given name (see pushName). */
function leadingRelation(doc: DocumentView, i: number): boolean {
  const t = doc.tokens[i] as Token;
  const n = doc.tokens[i + 1] as Token;
  if (!(RELATIONS.has(t.lower) || SIGNING_WORDS.has(t.lower)) || doc.isFirst[i + 1] !== 1 || n.start !== t.end + 1) return false;
  return t.lower !== 'son' || !VIETNAMESE_SURNAMES.has(n.lower);
}

/** Adds the name spanning tokens i..j. */
export function pushName(doc: DocumentView, out: Candidate[], i: number, j: number, score: number, ...evidence: Evidence[]): void {
  // "CONTACT: SON DOUGLAS MCALLISTER": in capitals a relation word before the name is no part of it.
  while (doc.allCaps && i < j && RELATIONS.has((doc.tokens[i] as Token).lower)) i++;
  // Round 150: in mixed case a capitalised relation or a signing word before a listed given name is no part of it
  // either ("Son Craig flying in", "Wife Inés (305) ...", "Signed Tomasz Wieczorek, MD"); "Son Nguyen" stays whole.
  if (!doc.allCaps && i < j && leadingRelation(doc, i)) i++;
  if (notAName(doc, i, j, evidence)) return;
  const s = i > 0 && (doc.tokens[i] as Token).upper && !doc.allCaps ? withCapsSurname(doc, withCapsParticles(doc, i)) : i;
  const start = (doc.tokens[s] as Token).start;
  // Round 151: a login's digits run on from its letters ("Verified by: mkoval2", "JSMITH4"): one word found alone keeps
  // them, as the token's letters alone would leave the login's number in the text.
  const end = endOf(doc, doc.tokens[j] as Token) + (i === j ? loginDigitsAfter(doc.text, (doc.tokens[j] as Token).end) : 0);
  // "1819 Martin Luther King Jr. Way": a person's name between a house number and a street suffix names the street;
  // kept (recall), but below the street's score, so the span is typed an address.
  // Round 44: so is one after another street and "and" ("Lakeshore Dr and Wilson Ave", a crossing).
  const street =
    (HOUSE_NUMBER_BEFORE.test(doc.text.slice(Math.max(0, start - 12), start)) || CROSSING_BEFORE.test(doc.text.slice(Math.max(0, start - 16), start))) &&
    (STREET_SUFFIX_AFTER.test(doc.text.slice(end, end + 16)) || (j > i && lexicon.STREET_SUFFIXES.has((doc.tokens[j] as Token).lower)));
  out.push(candidate(start, end, 'NAME', street ? Math.min(score, 0.8) : score, ID, ...evidence));
}

/** One to three digits glued to a word's end and closing it (no decimal, date or further word): a login's number. */
const LOGIN_DIGITS = /^\d{1,3}(?![\w\-\/]|[.:,]\d)/;
function loginDigitsAfter(text: string, end: number): number {
  const c = text.charCodeAt(end);
  if (!(c >= 48 && c <= 57)) return 0;
  const m = LOGIN_DIGITS.exec(text.slice(end, end + 5));
  return m === null ? 0 : m[0].length;
}

const CROSSING_BEFORE = /\b(?:St|Ave|Rd|Dr|Blvd|Ln|Ct|Pl|Pkwy|Street|Avenue|Road|Drive|Boulevard|Lane)\.?[ \t]{1,2}(?:and|&)[ \t]{1,2}$/;
const HOUSE_NUMBER_BEFORE = /(?:^|[^\w\-])\d{1,6}[A-Za-z]?[ \t]{1,2}(?:[NSEW]\.?[ \t]{1,2})?$/;
const STREET_SUFFIX_AFTER = /^(?:[ \t](?:Jr|Sr)\.?)?[ \t](?:Street|St|Avenue|Ave|Boulevard|Blvd|Road|Rd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Pike|Trail|Trl|Terrace|Ter)\b/;

/** The last token of the run i..j before a lower-case reporting verb: "pt tom states" ("states" is also a surname). */
// Round 134: verbs of coming and going, which a lower-case run took as surnames ("the wound nurse delphine comes mon
// wed fri", "dr smith comes mon").
const RUN_ENDING_VERBS = new Set(['comes', 'goes', 'came', 'went', 'gets', 'got', 'needs']);
export function cutAtVerb(doc: DocumentView, tokens: readonly Token[], i: number, j: number): number {
  for (let k = i + 1; k <= j; k++) {
    const t = tokens[k] as Token;
    if (!shaped(doc, t) && (SUBJECT_VERBS.has(t.lower) || QUOTE_VERBS.has(t.lower) || (t.text === t.lower && RUN_ENDING_VERBS.has(t.text)))) return k - 1;
  }
  return j;
}

/** A word of letters, with apostrophes and hyphens inside. */
export const LETTERS_ONLY = /^\p{L}[\p{L}'’\-]*$/u;
