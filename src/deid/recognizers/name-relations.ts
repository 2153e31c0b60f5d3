// Names after relation and role words: lower-case given names ("daughter maria at bedside", not "son will
// call") and names in brackets after a role ("SW (Deb)").
import { lexicon } from '../dictionaries/index.js';
import type { Token } from '../text/tokens.js';
import { charAt, pushName, cutAtVerb, LETTERS_ONLY, oneSpace } from './name-emit.js';
import {
  FOREIGN_COMMON_WORDS,
  CALENDAR_WORDS,
  FUNCTION_WORDS,
  extendRun,
  functionOrCalendar,
  isTitle,
  isUpperLetter,
  lexical,
  POSSESSIVES,
  shaped,
  titleCredentialOrEponym,
  RELATIONS,
} from './name-words.js';
import type { Candidate, DocumentView } from './types.js';

/** Relation and role words after which a lower-case given name is a name ("daughter maria at bedside"). */
export const KIN_WORDS = new Set([
  ...[...RELATIONS].filter((w) => !['family', 'parents', 'children', 'kids'].includes(w)),
  'spouse', 'son-in-law', 'daughter-in-law', 'mother-in-law', 'father-in-law', 'brother-in-law', 'sister-in-law',
  'stepson', 'stepdaughter', 'stepmother', 'stepfather', 'stepbrother', 'stepsister', 'grandma', 'grandpa',
  'neighbor', 'neighbour', 'roommate', 'housemate', 'aide', 'sitter', 'guardian', 'fiancee', 'fiancée', 'companion',
  // Informal and misspelt relations of portal messages and texts: "my roomate jess", "my bf tyler".
  'roomate', 'roomie', 'bf', 'gf', 'hubby', 'bestie',
  // Round 127: "my coworker <name> had walking pneumonia".
  'coworker', 'co-worker',
  // "aunty Vaisola" (Pacific and South Asian English), "cellmate Rocco" (jail and prison notes).
  'aunty', 'auntie', 'cellmate', 'cellie', 'bunkmate',
  // Round 140: a nursing handoff's shortened daughter ("dtr June", "per dtr joy").
  'dtr',
  // Round 145: a grandparent in Hawaiian English, as island families and their nurses say it ("Tutu Makana called",
  // "tutu Leilani at bedside"); kūpuna, the elders.
  'tutu', 'kupuna',
]);

/** Modal verbs that are also given names: "son will call", "daughter may visit". */
const MODALS = new Set(['will', 'may', 'can', 'must', 'might', 'shall']);
/** Verbs that follow a person as subject and never a modal: "son will is" is no English, "son Will is" is. */
export const AFTER_NAME_VERBS = new Set(['is', 'was', 'has', 'had', 'says', 'said', 'states', 'stated', 'reports', 'reported', 'called', 'calls', 'verbalized', 'verbalizes', 'agrees', 'agreed', 'wants', 'requests', 'requested', 'declines', 'declined', 'visited']);
/** Informal verbs after a person in messages ("my roomate jess thinks"), apostrophes left out as typed. */
// Round 61: coming along, as a message asks ("my wife daisy came with me").
const INFORMAL_AFTER_NAME = ['bought', 'got', 'thinks', 'thought', 'isnt', 'doesnt', 'didnt', 'wasnt', 'come', 'comes', 'came', 'coming'];
/** Words after a given name in nursing notes ("daughter maria at bedside"): a verb, a preposition, "and". */
// Round 90: or what a relative did for the writer ("my daughter hope drove me home", "my husband rich brought me").
const DEEDS_FOR_WRITER = ['drove', 'brought', 'took', 'picked', 'helped', 'helps', 'stayed'];
/** Round 95: what a lower-case given name opening a family's log line or text did ("Thu: nic came by", "sione stayed overnight"). */
export const SUBJECT_DEEDS = new Set([...AFTER_NAME_VERBS, ...INFORMAL_AFTER_NAME, ...DEEDS_FOR_WRITER, 'did', 'here', 'will', 'can', 'could', 'gave', 'went', 'left', 'texted', 'stopped', 'sat', 'fed', 'walked', 'cooked', 'covered', 'slept', 'watched', 'dropped', 'needs']);
/** Round 134: what a relative named in a family's text is doing ("my wife june cried", "daughter april calling at noon", "son ivo flying in"). */
const RELATIVE_DOINGS = ['cried', 'crying', 'calling', 'texting', 'flying', 'flew', 'driving', 'laughed'];
const AFTER_GIVEN_NAME = new Set([...AFTER_NAME_VERBS, 'at', 'in', 'on', 'with', 'and', 'from', 'by', 'who', 'present', 'here', 'aware', 'updated', 'notified', 'informed', 'visiting', 'will', 'would', 'can', 'could', ...INFORMAL_AFTER_NAME, ...DEEDS_FOR_WRITER, ...RELATIVE_DOINGS]);
/** Round 134: a chat's laugh closes the clause after a relative's name ("my daughter april lol no relation"). */
const CHAT_LAUGHS = new Set(['lol', 'haha', 'lmao']);

/** What follows a lower-case given name that is also a word says whether it is the name: punctuation, a verb, a preposition, a surname. */
export function followsGivenName(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const n = tokens[i + 1];
  const modal = MODALS.has(t.lower);
  if (!n) return !modal;
  const gap = doc.text.slice(t.end, n.start);
  if (/^[ \t]*(?:[,;:)]|\.(?:\s|$)|\r?\n)/.test(gap)) return !modal;
  // "wife june w/ him": "w/" is "with".
  if (n.lower === 'w' && doc.text.charCodeAt(n.end) === 47 && /^[ \t]{1,2}$/.test(gap)) return !modal;
  if (!/^[ \t]{1,2}$/.test(gap) || (shaped(doc, n) && !doc.allCaps)) return false;
  // Punctuation spoken in a dictation: "her sister anna period", "husband yiannis comma who is".
  if (SPOKEN_PUNCTUATION.has(n.lower) && dictated(doc)) return !modal;
  if (doc.isSur[i + 1] === 1 && doc.isCommon[i + 1] === 0) return true; // "wife hope okafor"
  if (CHAT_LAUGHS.has(n.lower)) return !modal;
  return (modal ? AFTER_NAME_VERBS : AFTER_GIVEN_NAME).has(n.lower);
}

/** Punctuation as a dictation speaks it. */
const SPOKEN_PUNCTUATION = new Set(['comma', 'period', 'colon', 'semicolon']);
const dictatedDocs = new WeakMap<DocumentView, boolean>();
/** Whether the note is dictated with its punctuation spoken ("... comma ... new paragraph"): asked once per note. */
function dictated(doc: DocumentView): boolean {
  let d = dictatedDocs.get(doc);
  if (d === undefined) {
    d = /\bnew paragraph\b|\bend of dictation\b/.test(doc.lower) || (doc.lower.match(/ comma /g)?.length ?? 0) >= 3;
    dictatedDocs.set(doc, d);
  }
  return d;
}

/**
 * Words after "grandson Major" that make the capitalised word a person: a verb or "by phone". Not "at", "and",
 * "with" or "in": a family history writes "mother Stroke at 70", "father Diabetes and HTN".
 */
const KIN_SUBJECT_FOLLOWERS = new Set([...AFTER_NAME_VERBS, 'by', 'who', 'present', 'here', 'aware', 'updated', 'notified', 'informed', 'visiting']);

/** How a relative is, not who: "with her daughter Present.", "his mother Alive". */
const KIN_STATES = new Set(['alive', 'well', 'healthy', 'unknown', 'none', 'absent', 'deceased', 'dead', 'ok', 'okay', 'fine', 'stable', 'sick', 'ill', 'available', 'unavailable', 'bedside', 'home']);

/**
 * A capitalised English word right after a lower-case relation in mixed-case prose, read as the relative's name:
 * before a verb or "by phone" ("Updated grandson Major by phone"), or closing the clause after a possessive
 * ("with his husband Major."). Clinical endings ("mother Deceased") and modals ("son Will") stay words.
 */
export function kinWordName(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const rel = tokens[i - 1];
  if (doc.allCaps || rel === undefined || rel.text !== rel.lower || !KIN_WORDS.has(rel.lower) || !oneSpace(doc, rel, t)) return false;
  if (MODALS.has(t.lower) || CLINICAL_ENDING.test(t.lower) || AFTER_GIVEN_NAME.has(t.lower) || KIN_STATES.has(t.lower)) return false;
  const owner = tokens[i - 2];
  const possessed = owner !== undefined && POSSESSIVES.has(owner.lower) && oneSpace(doc, owner, rel);
  const n = tokens[i + 1];
  if (n === undefined) return possessed;
  const gap = doc.text.slice(t.end, n.start);
  if (/^[ \t]*(?:[,;)]|\.\s)/.test(gap)) return possessed;
  return /^[ \t]{1,2}$/.test(gap) && n.text === n.lower && (KIN_SUBJECT_FOLLOWERS.has(n.lower) || (possessed && AFTER_GIVEN_NAME.has(n.lower)));
}

/** Endings of clinical words and abbreviations, not of given names: "mother dementia", "brother autism". */
export const CLINICAL_ENDING = /(?:itis|osis|oma|emia|aemia|pathy|ectomy|otomy|ostomy|plasty|algia|ism|ia|ic|ous|ive|ed|ing|ly|ase|ide|pril|sartan|statin|mab|nib|olol|azole|mycin|cillin|oh)$/;

/**
 * A lower-case word in no list after a relation, as a given name: "grandson mateusz is here"; only before a
 * verb or preposition (not punctuation: "mother lupus, father cad"), with two vowels, no clinical ending.
 */
function unknownKinName(doc: DocumentView, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (doc.allCaps || t.text.length < 3 || !LETTERS_ONLY.test(t.text) || CLINICAL_ENDING.test(t.lower)) return false;
  const n = tokens[i + 1];
  // Round 90: a short name, three letters shaped as one (consonant, vowel, consonant: not "uti", "ocd"), after "my son"
  // and before a verb of a person ("my son dev was crying").
  // Round 134: or any three with a vowel before a relative's travel ("son ivo flying in", "my niece ama drove up"): no
  // complaint or test flies or drives, where "my mom uti was bad" is.
  if (t.text.length === 3) {
    if (n === undefined || doc.text.slice(t.end, n.start) !== ' ') return false;
    if (TRAVEL_DEEDS.has(n.lower) && /[aeiou]/.test(t.lower) && KIN_WORDS.has(tokens[i - 1]?.lower ?? '')) return true;
    return ownedRelation(doc, tokens, i - 1) && /^[^aeiouy][aeiou][^aeiouy]$/.test(t.lower) && AFTER_NAME_VERBS.has(n.lower);
  }
  if ((t.lower.match(/[aeiouy]/g)?.length ?? 0) < 2) return false;
  // Round 140: a relation owned by the writer or the patient, then the word closing its clause ("pt's son keandre, my
  // mom is", "my grandson tavion."): a family history's "mother lupus, father cad" names no owner, and one that does
  // goes on with a bare relation.
  // A list of relatives and their diseases goes on with another bare relation ("pt's daughter lupus, mother cad").
  if (doc.isCommon[i] === 0 && t.text.length >= 4 && (n === undefined || /^[ \t]*[,;.](?:\s|$)/.test(doc.text.slice(t.end, t.end + 3))) && ownedOrPossessedRelation(doc, tokens, i - 1) && !(n !== undefined && KIN_WORDS.has(n.lower))) return true;
  return n !== undefined && doc.text.slice(t.end, n.start) === ' ' && !shaped(doc, n) && (AFTER_UNKNOWN_NAME.has(n.lower) || (SPOKEN_PUNCTUATION.has(n.lower) && dictated(doc)));
}

/** A relative's travel to the patient: "flying in", "drove up" (not "coming back", as an infection comes back). */
const TRAVEL_DEEDS = new Set(['flying', 'flew', 'driving', 'drove', 'visiting', 'visited', 'arriving', 'arrived']);

/** Token r is a relation after "my", "his", "her" or a person's "'s" ("pt's son", "patient's daughter"), one blank apart. */
function ownedOrPossessedRelation(doc: DocumentView, tokens: readonly Token[], r: number): boolean {
  const rel = tokens[r];
  return rel !== undefined && (ownedRelation(doc, tokens, r) || (KIN_WORDS.has(rel.lower) && /(?:pt|patient|resident|client)['’]s[ \t]$/i.test(doc.text.slice(Math.max(0, rel.start - 12), rel.start))));
}

/** Token r is a relation after "my", "his", "her", ... and one blank: "my son". */
function ownedRelation(doc: DocumentView, tokens: readonly Token[], r: number): boolean {
  const rel = tokens[r];
  const owner = tokens[r - 1];
  return rel !== undefined && owner !== undefined && KIN_WORDS.has(rel.lower) && POSSESSIVES.has(owner.lower) && oneSpace(doc, owner, rel);
}

/** Words after a relation and an unlisted lower-case given name: "son-in-law dariusz not to be told". */
const AFTER_UNKNOWN_NAME = new Set([...AFTER_NAME_VERBS, 'at', 'with', 'who', 'present', 'here', 'aware', 'updated', 'notified', 'informed', 'visiting', 'not', 'will', 'would', 'can', 'could', 'drove', 'brought', 'lives', 'asked', 'asks',
  // What a relative does for the patient: "her son nikos helps", "daughter oanh manages her meds".
  'helps', 'helped', 'manages', 'managed', 'drives', 'visits', 'stays', 'works', 'died', 'passed', ...INFORMAL_AFTER_NAME]);

/** 5d. A lower-case given name that is also a word, after a relation: "daughter maria at bedside", "wife hope is here"; not "son will call". */
function kinLowerRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  // "mom of deshawn": a parent named by the child, as a parent's message opens.
  const of = tokens[i - 1]?.lower === 'of' && PARENT_WORDS.has(tokens[i - 2]?.lower ?? '');
  const rel = of ? tokens[i - 2] : tokens[i - 1];
  if (!rel || t.single || (shaped(doc, t) && !doc.allCaps) || !KIN_WORDS.has(rel.lower)) return -1;
  const gap = of ? doc.text.slice((tokens[i - 1] as Token).end, t.start) : doc.text.slice(rel.end, t.start);
  const listed = doc.isFirst[i] === 1 || (doc.isSur[i] === 1 && doc.isCommon[i] === 0);
  // A line may wrap between them in transcribed prose, before a listed name: "to visit her sister\nanna period".
  // Round 127: not a chat's next label ("me n my husband\nbro: i can"): a word before a colon opens its own turn.
  if (!/^,?[ \t]{1,2}$/.test(gap) && !(listed && /^[ \t]?\r?\n$/.test(gap) && charAt(doc.text, t.end) !== 58)) return -1;
  // Months that are given names count as names after a relation ("wife june w/ him"); "son may" is a modal.
  const monthName = MONTH_GIVEN_NAMES.has(t.lower) && doc.isFirst[i] === 1;
  // "Son OK with plan", "wife ok with discharge": how the relative is, not who.
  if (KIN_STATES.has(t.lower) || FUNCTION_WORDS.has(t.lower) || (CALENDAR_WORDS.has(t.lower) && !monthName) || titleCredentialOrEponym(doc, tokens, i)) return -1;
  // "with the wife, son, neurology": a list of relatives, not a relative named "son" ("Son" is a Vietnamese given name).
  if (KIN_WORDS.has(t.lower)) return -1;
  const owner = !listed && !unknownKinName(doc, tokens, i) && possessiveWithoutApostrophe(doc, t);
  if (listed ? !followsGivenName(doc, tokens, i) : !unknownKinName(doc, tokens, i) && !owner) return -1;
  // The owner's name ends the run: what follows is what is theirs.
  const j = owner ? i : cutAtVerb(doc, tokens, i, extendRun(doc, tokens, i, 0.35));
  pushName(doc, out, i, j, 0.7, { kind: 'context', detail: `relation-lower:${rel.lower}` });
  return j;
}

/**
 * Round 79: a listed given name and an "s" with no apostrophe, in lower case, as texts write a possessive after a
 * relation ("at my aunt lorettas in <town>", "my cousin jamals car"): the stem a given name that is no English word, four
 * letters or more.
 */
function possessiveWithoutApostrophe(doc: DocumentView, t: Token): boolean {
  if (t.text !== t.lower || t.text.length < 5 || !t.lower.endsWith('s') || t.lower.endsWith('ss') || !LETTERS_ONLY.test(t.text)) return false;
  const stem = t.lower.slice(0, -1);
  return doc.dict.firstNames.has(stem) && !doc.dict.commonWords.has(stem) && !doc.dict.commonWords.has(t.lower);
}

/** Parents, who are named by their child: "mom of deshawn". */
const PARENT_WORDS = new Set(['mom', 'mother', 'dad', 'father', 'parent', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'guardian']);
/** Months that are also given names. */
// Round 134: and "may" before what no modal takes ("my wife may is cooking"; followsGivenName reads "may" as a modal).
const MONTH_GIVEN_NAMES = new Set(['june', 'april', 'august', 'may']);

/** Roles written before a parenthesised name: "SW (Deb)", "seen by PT (Maria)", "RN (Jo)", "chaplain (Ruth)". */
const PAREN_ROLES = new Set([...KIN_WORDS, 'sw', 'msw', 'lcsw', 'pt', 'ot', 'st', 'slp', 'rt', 'rn', 'lpn', 'lvn', 'cna', 'np', 'pa', 'md', 'cm', 'rd', 'pharmd', 'crna', 'cnm', 'emt', 'medic', 'paramedic', 'chaplain', 'nurse', 'therapist', 'attending', 'resident', 'intern', 'fellow', 'dietitian', 'interpreter', 'hospitalist', 'pcp', 'provider', 'scribe', 'tech', 'technician', 'doula', 'midwife', 'pharmacist', 'coordinator', 'manager', 'worker', 'planner', 'navigator', 'counselor',
  // Departments and desks that a named person answers for: "Pharmacy (Sandeep)", "Front desk (Marisol)".
  'pharmacy', 'desk', 'reception', 'receptionist', 'registration', 'scheduling', 'scheduler', 'billing', 'clerk', 'secretary', 'admissions', 'operator', 'transport', 'courier']);

/** A name part inside the brackets: a listed name, or with a listed partner an unknown word. */
function parenNamePart(doc: DocumentView, tokens: readonly Token[], k: number, alone: boolean): boolean {
  const t = tokens[k] as Token;
  if (!t.capitalized || t.single) return false;
  const lx = lexical(doc, tokens, k);
  if (lx.eponymHere || isTitle(doc, t) || CALENDAR_WORDS.has(t.lower)) return false;
  return lx.first || (lx.sur && !lx.common) || (!alone && !lx.common);
}

/** Words before the letter that tells multiples apart: "Twin A", "Baby B", "Triplet C". */
const MULTIPLES = new Set(['twin', 'baby', 'triplet', 'infant', 'neonate']);

/** A study subject's, a patient's or a member's number right before a bracket: "subject 014 (", "pt #22 (". */
const NUMBERED_PERSON_BEFORE = /(?<![a-z])(?:subject|subj|participant|patient|pt|resident|member|client|enrollee)[ \t]{1,2}(?:#|no\.?|number)?[ \t]{0,2}[a-z]{0,3}-?\d[\d\-]{0,11}[ \t]?\($/;

/** Round 142: a couple named together in brackets after their role ("parents (Paloma and Curtis)", "foster parents (Ana & Luis)"). */
const PARENT_PAIR_ROLES = new Set(['parents', 'grandparents', 'guardians']);
/** "and", "&" or a comma and a blank between the two given names of a couple. */
const COUPLE_JOINER = /^(?:[ \t]{1,2}(?:and|&)[ \t]{1,2}|,[ \t]{1,2})$/;

/** "(Paloma and Curtis)": two single given names in brackets, one a listed given name, the other listed or of no English list. */
function parentPairInBrackets(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const k = doc.text.slice(t.end, t.end + 6).startsWith(' and ') ? i + 2 : i + 1;
  const u = tokens[k];
  if (u === undefined || charAt(doc.text, u.end) !== 41 || !COUPLE_JOINER.test(doc.text.slice(t.end, u.start))) return -1;
  if (!parenNamePart(doc, tokens, i, false) || !parenNamePart(doc, tokens, k, false) || !(lexical(doc, tokens, i).first || lexical(doc, tokens, k).first)) return -1;
  pushName(doc, out, i, i, 0.75, { kind: 'context', detail: 'parent-pair' });
  pushName(doc, out, k, k, 0.75, { kind: 'context', detail: 'parent-pair' });
  return k;
}

/** 5e. "family meeting w/ SW (Deb)", "PT (Maria Ortiz)": one or two name words in brackets right after a role. */
function parenRoleRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const role = tokens[i - 1];
  if (!role || charAt(doc.text, t.start - 1) !== 40) return -1;
  // Lead's probe: a person's number before the bracket ("Subject 014 (Harmony Lee) withdrew", "pt 22 (Joy Park)").
  const numbered = NUMBERED_PERSON_BEFORE.test(doc.lower.slice(Math.max(0, t.start - 36), t.start));
  if (!numbered && !/^[ \t]?\($/.test(doc.text.slice(role.end, t.start))) return -1;
  // "Twin A (Ezra)", "Baby B (Eli)": multiples are told apart by a letter after the word.
  const multiple = role.single && isUpperLetter(role.text) && MULTIPLES.has(tokens[i - 2]?.lower ?? '') && oneSpace(doc, tokens[i - 2] as Token, role);
  if (!multiple && !numbered && PARENT_PAIR_ROLES.has(role.lower)) return parentPairInBrackets(doc, tokens, i, out);
  if (!multiple && !numbered && !PAREN_ROLES.has(role.lower)) return -1;
  const n = tokens[i + 1];
  const two = n !== undefined && doc.text.slice(t.end, n.start) === ' ' && charAt(doc.text, n.end) === 41;
  if (two ? !(parenNamePart(doc, tokens, i, false) && parenNamePart(doc, tokens, i + 1, false) && (lexical(doc, tokens, i).first || lexical(doc, tokens, i + 1).sur)) : !(charAt(doc.text, t.end) === 41 && parenNamePart(doc, tokens, i, true))) return -1;
  const j = two ? i + 1 : i;
  pushName(doc, out, i, j, 0.75, { kind: 'context', detail: `role-paren:${role.lower}` });
  return j;
}

/** Labels of a list of relatives by name and age: "Siblings: Willow (5 y)", "Sister: Rose (8)". */
/** Plural relation words that label or head a list of relatives. */
// Round 142: "sibs", as paediatric notes shorten siblings ("Older sibs Kaylee (7) and Brantley (5)").
const PLURAL_RELATIONS = ['siblings', 'sibs', 'children', 'kids', 'sons', 'daughters', 'brothers', 'sisters', 'grandchildren'];
const RELATIVE_LABELS = new Set([...KIN_WORDS, ...PLURAL_RELATIONS]);
/** An age in brackets after a name: "(5 y)", "(8)", "(14 yo)", "(3 mo)", or first in a bracket of details ("(49, lives in Tulsa)"). */
const BRACKETED_AGE = /^[ \t]?\(\d{1,2}(?:[ \t]?(?:y|yo|y\/o|yrs?|years?|mos?|months?|wks?|weeks?))?(?:\)|,[ \t])/;
/** An earlier item of a list of relatives right before a name: "Tobias (12) and ", "(52, ER nurse), ". */
const EARLIER_RELATIVE_ITEM = /\([^()\n]{1,80}\)[,;]?[ \t]{1,2}(?:and[ \t]{1,2})?$/;
/** Plural relation words that head such a list on its line ("Sons Tobias (12) and Emlyn (9)", "Three children: ..."). */
const RELATIVE_LIST_HEAD = new RegExp(`(?:^|[^a-z])(?:${[...PLURAL_RELATIONS, 'grandsons', 'granddaughters'].join('|')})\\b`);

/**
 * 5h. A capitalised word between a relation label and an age in brackets is a name, even a word: "Siblings: Willow (5 y)",
 * "Sons Tobias (12) and Emlyn (9)"; and the later items of such a list ("Shawna (52, ...), Rusty (49, ...)").
 */
function relativeAgeRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const label = tokens[i - 1];
  if (label === undefined || !t.capitalized || t.single) return -1;
  if (!BRACKETED_AGE.test(doc.text.slice(t.end, t.end + 16)) || functionOrCalendar(t) || isTitle(doc, t)) return -1;
  const labelled = RELATIVE_LABELS.has(label.lower) && /^:?[ \t]{1,2}$/.test(doc.text.slice(label.end, t.start));
  if (!labelled) {
    const before = doc.text.slice(Math.max(0, t.start - 90), t.start);
    if (!EARLIER_RELATIVE_ITEM.test(before)) return -1;
    const lineStart = doc.lower.lastIndexOf('\n', t.start - 1) + 1;
    if (!RELATIVE_LIST_HEAD.test(doc.lower.slice(Math.max(lineStart, t.start - 240), t.start))) return -1;
  }
  pushName(doc, out, i, i, 0.72, { kind: 'context', detail: `relative-age:${labelled ? label.lower : 'list'}` });
  return i;
}

/** Desks a named person answers for, written in brackets after the name ("Ruthanne (referrals)"). */
const PAREN_DESKS = new Set(['staff', 'transport', 'courier', 'referrals', 'intake', 'scheduling', 'scheduler', 'registration', 'billing', 'pharmacy', 'desk', 'reception', 'receptionist', 'admissions', 'interpreter', 'chaplain', 'sw', 'security', 'housekeeping', 'dietary', 'records', 'triage', 'operator', 'clerk', 'secretary', 'coordinator', 'manager', 'navigator', 'volunteer', 'sitter', 'tech', 'technician', 'scribe', 'doula']);
/** Clinical roles written in brackets after a first name ("Deb (DON)", "Joy (nsg student)", "Tam (charge RN)"). */
export const ROLES_AFTER_NAME = new Set(['rn', 'lpn', 'lvn', 'cna', 'np', 'pa', 'md', 'don', 'adon', 'cm', 'rt', 'ot', 'slp', 'rd', 'crna', 'cnm', 'aprn', 'pct', 'emt', 'medic', 'aide', 'charge', 'nsg', 'nursing', 'student', 'resident', 'intern', 'fellow', 'attending', 'nurse']);
/** Where such a name starts: a line (after a bullet), a label's colon or a list's comma. */
// Or after "by" ("interp by Nadège (staff)").
const NAME_ROLE_START_BEFORE = /(?:^|\n)[ \t]{0,4}(?:[\-*•][ \t]{1,2})?$|[:,;][ \t]{1,2}$|(?:^|[^a-z])by[ \t]{1,2}$/;

/** Round 160: an extension in brackets right after a name: " (x3-2247)", " (ext 4410)", "(X 20931)". */
const EXTENSION_BRACKET_AFTER = /^[ \t]?\((?:[xX]|[Ee]xt\.?)[ \t]?(?:\d-\d{4}|\d{4,5})\)/;
/**
 * 5i. A capitalised word that is no English word, right before a role or desk in brackets, at a line start or
 * after a label or comma: "Kofi (transport) — ED to CT", "Questions: Ruthanne (referrals)". Not "Foley (RN)".
 */
function nameBeforeRoleRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  // Round 160: a listed given name of no word before its extension in brackets, at a line start or after a label or a
  // comma ("Pharmacy meds-to-beds: Tomasz (x3-2247)", "- Odalys (ext 4410)"); "Will (x2)" has no extension's digits.
  if (t.capitalized && doc.isFirst[i] === 1 && doc.isCommon[i] === 0 && EXTENSION_BRACKET_AFTER.test(doc.text.slice(t.end, t.end + 14)) &&
    NAME_ROLE_START_BEFORE.test(doc.text.slice(Math.max(0, t.start - 8), t.start)) && !functionOrCalendar(t) && !titleCredentialOrEponym(doc, tokens, i)) {
    pushName(doc, out, i, i, 0.7, { kind: 'context', detail: 'name-extension-paren' });
    return i;
  }
  const role = tokens[i + 1];
  if (!role || !t.capitalized || t.single || !/^[ \t]?\($/.test(doc.text.slice(t.end, role.start))) return -1;
  // A clinical role, one word or two ("(DON)", "(nsg student)", "(charge RN)"), takes a listed given name that is a word too: "Joy (nsg student)".
  const second = tokens[i + 2];
  const person = ROLES_AFTER_NAME.has(role.lower) && (charAt(doc.text, role.end) === 41 || (second !== undefined && second.start === role.end + 1 && ROLES_AFTER_NAME.has(second.lower) && charAt(doc.text, second.end) === 41));
  if (!person && (doc.isCommon[i] === 1 || charAt(doc.text, role.end) !== 41 || !PAREN_DESKS.has(role.lower))) return -1;
  // Before a clinical role only a listed given name, no eponym ("Foley (RN) placed") nor chart word ("Resp (RT)").
  if (person && (doc.isFirst[i] === 0 || lexicon.EPONYMS.has(t.fold))) return -1;
  if (functionOrCalendar(t) || titleCredentialOrEponym(doc, tokens, i)) return -1;
  if (!NAME_ROLE_START_BEFORE.test(doc.text.slice(Math.max(0, t.start - 8), t.start))) return -1;
  pushName(doc, out, i, i, 0.7, { kind: 'context', detail: `name-role-paren:${role.lower}` });
  return i;
}

/** A relation alone in brackets right after a word: " (son)", "(daughter-in-law)". */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'my', 'our', 'your', 'its', 'this', 'that']);
const KIN_IN_BRACKETS = /^[ \t]?\(([a-z\-]{2,16})\)/;

/**
 * 5j. Round 45: a nursing note typed in lower case names a relative before the relation alone in brackets: "keoni
 * (son) called". The word is a listed given name or in no English list, with two vowels and no clinical ending
 * ("pain (son)" is an English word, "sepsis (daughter)" ends as a disease does).
 */
function lowerKinParenRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (doc.allCaps || t.single || t.text.length < 3 || !LETTERS_ONLY.test(t.text)) return -1;
  const m = KIN_IN_BRACKETS.exec(doc.text.slice(t.end, t.end + 20));
  if (!m || !KIN_WORDS.has(m[1] as string)) return -1;
  // Round 171: nor a kin word of another language glossed in the brackets ("nainai (grandmother)", "bố (father)").
  if (!(doc.isFirst[i] === 1 || doc.isCommon[i] === 0) || KIN_WORDS.has(t.lower) || FOREIGN_COMMON_WORDS.has(t.lower) || functionOrCalendar(t)) return -1;
  if (doc.isFirst[i] === 0 && (CLINICAL_ENDING.test(t.lower) || (t.lower.match(/[aeiouy]/g)?.length ?? 0) < 2)) return -1;
  if (titleCredentialOrEponym(doc, tokens, i)) return -1;
  // "the attender (wife)", "her sitter (niece)": after an article or a possessive the word names a role, not the person.
  if (DETERMINERS.has(tokens[i - 1]?.lower ?? '')) return -1;
  pushName(doc, out, i, i, 0.7, { kind: 'context', detail: `lower-kin-paren:${m[1]}` });
  return i;
}

/** Round 45: the role's words before "was"/"is" and a name: "your lactation consultant was Iris". */
const ROLE_COPULAS = new Set(['was', 'is']);
// Round 61: a workplace's or a school's people, as a note for work names them ("my supervisor is Drew Vantongeren.").
const COPULA_ROLES = new Set([...PAREN_ROLES, 'consultant', 'educator', 'specialist', 'caseworker', 'advocate', 'liaison', 'sponsor', 'instructor', 'translator', 'supervisor', 'boss', 'teacher', 'coach', 'principal', 'foreman']);
/** What may close a name said after a role and "was": punctuation, a line's end, the text's end. */
const NAME_CLOSE_AFTER = /^(?:[;,.!?)]|[ \t]*(?:\r?\n|$))/;

/**
 * 5k. Round 45: "Your lactation consultant was Iris; she can be reached...", "Your nurse today is Hope.": a listed
 * given name, even an English word, said of a role or a relative by "was" or "is", then a surname or the clause's end.
 * Not "the nurse is Catholic" (no listed given name), nor "your nurse was April 3" (nothing closes the name).
 */
function roleIsNameRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  const cop = tokens[i - 1] as Token;
  let role = tokens[i - 2];
  if (role !== undefined && (role.lower === 'today' || role.lower === 'tonight') && i > 2) role = tokens[i - 3];
  if (role === undefined || !COPULA_ROLES.has(role.lower) || doc.text.slice(cop.end, t.start) !== ' ') return -1;
  if (doc.isFirst[i] === 0 || functionOrCalendar(t) || KIN_STATES.has(t.lower) || isTitle(doc, t) || lexical(doc, tokens, i).eponymHere) return -1;
  const n = tokens[i + 1];
  // Round 61: or a capitalised word in no English list ("my supervisor is Drew Vantongeren.").
  const surname = n !== undefined && n.capitalized && !n.upper && oneSpace(doc, t, n) && doc.isCommon[i + 1] === 0 && (doc.isSur[i + 1] === 1 || LETTERS_ONLY.test(n.text)) && NAME_CLOSE_AFTER.test(doc.text.slice(n.end, n.end + 4));
  if (!surname && !NAME_CLOSE_AFTER.test(doc.text.slice(t.end, t.end + 4))) return -1;
  const j = surname ? i + 1 : i;
  pushName(doc, out, i, j, 0.72, { kind: 'context', detail: `role-copula:${role.lower}` });
  return j;
}

/** 5d and 5e behind their first tests, so most tokens make one call instead of two. */
export function kinOrParenRule(doc: DocumentView, tokens: readonly Token[], i: number, out: Candidate[]): number {
  const t = tokens[i] as Token;
  if (t.capitalized && i > 1 && !doc.allCaps && ROLE_COPULAS.has((tokens[i - 1] as Token).lower)) {
    const j = roleIsNameRule(doc, tokens, i, out);
    if (j >= 0) return j;
  }
  if ((doc.isFirst[i] === 1 || doc.isCommon[i] === 0) && !t.single) {
    const j = kinLowerRule(doc, tokens, i, out);
    if (j >= 0) return j;
  }
  const open = charAt(doc.text, t.end) === 40 || (charAt(doc.text, t.end) === 32 && charAt(doc.text, t.end + 1) === 40);
  if (open && (charAt(doc.text, t.start - 2) === 58 || RELATIVE_LABELS.has(tokens[i - 1]?.lower ?? '') || charAt(doc.text, t.start - 2) === 44 || charAt(doc.text, t.start - 2) === 100)) {
    const j = relativeAgeRule(doc, tokens, i, out);
    if (j >= 0) return j;
  }
  if (open) {
    const j = nameBeforeRoleRule(doc, tokens, i, out);
    if (j >= 0) return j;
  }
  if (open && t.text === t.lower) {
    const j = lowerKinParenRule(doc, tokens, i, out);
    if (j >= 0) return j;
  }
  return charAt(doc.text, t.start - 1) === 40 ? parenRoleRule(doc, tokens, i, out) : -1;
}

/** Round 126: a family group text labels its turns with what the writer is to the reader, in lower case ("nana: yes", "sis: ok"); "Nana:" in capitals may be a given name. */
export const FAMILY_CHAT_LABELS = new Set(['nana', 'nan', 'nanna', 'grammy', 'granny', 'gran', 'grandma', 'grandpa', 'gramps', 'papa', 'mama', 'mum', 'sis', 'bro', 'auntie', 'aunty', 'unc', 'coz', 'cuz', 'hubby', 'wifey', 'babe', 'bestie', 'stepmom', 'stepdad', 'roomie', 'roommate']);
