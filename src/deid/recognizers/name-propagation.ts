// Repetition and coordination: a name found once is a name wherever else it is written the same way,
// and a capitalised word coordinated with a found name ("Lamovec and Morales") is one too.
import { lexicon, WORD_FACILITY_HEAD } from '../dictionaries/index.js';
import { US_STATES } from '../dictionaries/lexicon.js';
import { isDigit } from '../text/chars.js';
import { firstTokenAt, type Token } from '../text/tokens.js';
import { COUNTRY_FIRST_WORDS, COUNTRY_NAMES, isCountry } from './cities.js';
import { DOTTED_DEGREE_TAIL, FUNCTION_WORDS, PARTICLES, REPLY_OPENERS, functionOrCalendar, opensClause, ID, innerCapital, isCredential, isTitle, lexical, shaped } from './name-words.js';
import { LETTERS_ONLY } from './name-emit.js';
import { candidate, type Candidate, type DocumentView } from './types.js';
import { stJudeDevice } from './place-words.js';


/** Generational suffixes; of three letters or more only "III" (the length is tested first). */
const GENERATIONAL = /^(?:Jr|Sr|II|III|IV|JR|SR)$/;

/** Holidays that are also listed names ("Merry Christmas", "Easter"). */
const HOLIDAYS = new Set(['christmas', 'xmas', 'thanksgiving', 'easter', 'halloween', 'hanukkah', 'chanukah', 'kwanzaa']);

/** Holiday words and the first words of countries: one probe per name word rules most names out. */
const COUNTRY_OR_HOLIDAY = new Set([...HOLIDAYS, ...COUNTRY_FIRST_WORDS]);

/** 1 when tokens i..j spell a country ("Spain"), 2 when one is a holiday word, else 0: no person either way. */
/** Round 46: roles written capitalised after a name in a crew's or a team's list ("T. Brandt, Paramedic"). */
export const CREW_ROLES: ReadonlySet<string> = new Set(['paramedic', 'medic', 'firefighter', 'dispatcher', 'driver', 'chaplain', 'nurse', 'pharmacist', 'dietitian', 'interpreter', 'midwife', 'doula', 'technician', 'responder', 'notary']);

export function countryOrHoliday(doc: DocumentView, i: number, j: number): number {
  for (let k = i; k <= j; k++) {
    const w = (doc.tokens[k] as Token).lower;
    if (!COUNTRY_OR_HOLIDAY.has(w)) continue;
    if (HOLIDAYS.has(w)) return 2;
    if (k === i && isCountry(doc, i, j)) return 1;
  }
  return 0;
}

/** Words that open a spoken reply, never one of a list's names. */
const INTERJECTIONS = new Set(['yeah', 'yes', 'yep', 'okay', 'ok', 'well', 'sure', 'hey', 'hi', 'hello', 'oh', 'um', 'uh', 'thanks', 'right', 'no', 'nope']);

/** A capitalised word right after a lower-case word, in a mixed-case line: "with Rusty", not "Rusty nail" or a heading. */
/** Round 122: a specialty's head word right after a word ("Pediatric Neurology", "Vascular Surgery", "Internal Medicine"). */
const SPECIALTY_AFTER = /^[ \t]\p{Lu}\p{Ll}{2,}(?:ology|iatry|iatrics|ery|edicine)\b/u;

function wordNameInProse(doc: DocumentView, t: Token): boolean {
  if (!t.capitalized || t.upper || doc.allCaps || t.index === 0) return false;
  const p = doc.tokens[t.index - 1] as Token;
  if (lexical(doc, doc.tokens, t.index).eponymHere) return false;
  if (/^[a-z]{2,}$/.test(p.text) && doc.text.slice(p.end, t.start) === ' ') return true;
  // Round 105: or after a semicolon, before what the person will do or did ("family wants update; Autumn will check
  // vanc trough" after "Autumn Booker (pharm)"); "; Summer camp form" stays.
  const n = doc.tokens[t.index + 1];
  return doc.text.slice(p.end, t.start) === '; ' && n !== undefined && doc.text.slice(t.end, n.start) === ' ' && SEMICOLON_DEEDS.has(n.text);
}
/** What a person named after a semicolon will do or did. */
const SEMICOLON_DEEDS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'to', 'is', 'was', 'has', 'had', 'called', 'said', 'says', 'states', 'stated', 'reports', 'reported', 'asked', 'agreed', 'wants', 'checked', 'paged', 'spoke', 'updated', 'aware']);

/** Where a list's entry ends: a comma, a semicolon, a bracket, "and", or the line's end. */
const ENTRY_END_AFTER = /^(?:[,;)]|[ \t]?(?:\r?\n|$)|[ \t]and[ \t])/;

/** What follows a number's label: "Rx number", "Acct no.", "Order #" (round 43). */
const NUMBER_LABEL_AFTER = /^[ \t]{0,2}(?:#|(?:number|num|no\.)(?![\p{L}]))/iu;

export /** A name found once is a name wherever else it appears written the same way ("Mr. Lee" ... "Lee reports"). */
function propagate(doc: DocumentView, found: Candidate[]): Candidate[] {
  if (found.length === 0) return found;
  // A nickname given right after a found name ('Philippa Achebe ("Pip")', "Temperance (Tem)") is a name, and so is each
  // of its later mentions ("Pip asked for..."): it joins the found names before they are repeated (round 85).
  const nicks: Candidate[] = [];
  for (const f of found) quotedNickname(doc, f, nicks);
  const all = nicks.length > 0 ? found.concat(nicks) : found;
  // The rules mostly find names in text order: copy and sort only when they did not.
  const spans = inTextOrder(all) ? all : [...all].sort((a, b) => a.start - b.start);
  // One sweep over tokens and sorted spans: which tokens are inside a found name (linear time).
  const inside = insideScratch(doc.tokens.length);
  let k = 0;
  let reach = -1;
  for (const t of doc.tokens) {
    while (k < spans.length && (spans[k] as Candidate).start <= t.start) {
      reach = Math.max(reach, (spans[k] as Candidate).end);
      k++;
    }
    if (t.end <= reach) inside[t.index] = 1;
  }
  const known = new Set<string>();
  // Bit min(length, 31) of each known word: most tokens are ruled out by their length, before their
  // string is hashed for the set.
  let knownLengths = 0;
  // Given names that are also words ("Rusty", "Dusty"), found as names: repeated only in prose, capitalised after a
  // lower-case word ("amends with Rusty"), where the word itself would be written in lower case.
  const knownWords = new Set<string>();
  // Other English words found as a name's first word ("Marigold" of "Tenant: Marigold Petrakis"): repeated only
  // right before the name's other word.
  const wordsBeforeNames = new Set<string>();
  // Round 57: names a rule found written in lower case ("rm 18 halvorsen fell"): the note writes that name so, and
  // its other lower-case mentions are the name too ("CT head neg for halvorsen"), however the rest is charted.
  const foundLower = new Set<string>();
  // Round 70: the initials of the words found right before each known word ("i" before "wrzosek" of "Ida
  // Wrzosek"), so that the word repeated after that initial ("- I. Wrzosek") takes the initial too.
  const initialsBefore = new Map<string, string>();
  // Round 85: the particles written before a found word ("de la " of "Ana de la Fuente", "bin " of "Yusuf bin Hamdan"), so
  // that the word repeated after the same particles, capitalised to open a sentence ("De la Fuente improved", "Bin Hamdan
  // states"), takes them too.
  const particlesBefore = new Map<string, string>();
  // Round 116: two capitalised English words found together in a name ("Walks Ahead", "Iron Cloud"): the pair,
  // repeated capitalised and one blank apart, is the name again; either word alone stays a word.
  let wordPairs: Set<string> | undefined;
  for (const t of doc.tokens) {
    if (inside[t.index] && t.capitalized && !t.upper && !doc.allCaps && t.index > 0) {
      const p = doc.tokens[t.index - 1] as Token;
      if (inside[p.index] && (doc.isCommon[p.index] === 1 || doc.isCommon[t.index] === 1) && pairWord(doc, p) && pairWord(doc, t) && doc.text.slice(p.end, t.start) === ' ') (wordPairs ??= new Set()).add(`${p.lower} ${t.lower}`);
    }
    // "III" of "John Smith III" is no name of its own ("NYHA class III").
    if (!inside[t.index] || t.single || t.text.length < 3 || isTitle(doc, t) || (t.text.length === 3 && GENERATIONAL.test(t.text))) continue;
    if (doc.isCommon[t.index] === 1 && doc.isSur[t.index] === 0) {
      if (doc.isFirst[t.index] === 1 && t.capitalized && !t.upper && !doc.allCaps) knownWords.add(t.lower);
      else if (t.capitalized && !t.upper && !doc.allCaps) wordsBeforeNames.add(t.lower);
      continue;
    }
    // A language taken into a name ("Josaphat Ukrainian" of a church's) is no name elsewhere ("speaks Ukrainian").
    if (doc.isSur[t.index] === 0 && lexicon.LANGUAGES.has(t.lower)) continue;
    // Round 114: nor a facility's head word taken into a name ("Hospice Carver" of "Crossroads Hospice Carver"): "Hospice
    // agency:", "HOSPICE REFERRAL" elsewhere name a service.
    if (doc.isSur[t.index] === 0 && doc.isFirst[t.index] === 0 && ((doc.wordFlags[t.index] as number) & WORD_FACILITY_HEAD) !== 0) continue;
    known.add(t.lower);
    const p = doc.tokens[t.index - 1];
    if (p !== undefined && inside[p.index] && p.capitalized && !p.single && doc.text.slice(p.end, t.start) === ' ') initialsBefore.set(t.lower, (initialsBefore.get(t.lower) ?? '') + p.text.charAt(0));
    if (t.text === t.lower) foundLower.add(t.lower);
    const run = particleRun(doc, t, inside);
    if (run !== '') particlesBefore.set(t.lower, run);
    knownLengths |= lengthBit(t.lower.length);
  }
  for (const w of knownWords) knownLengths |= lengthBit(w.length);
  for (const w of wordsBeforeNames) knownLengths |= lengthBit(w.length);
  const extra: Candidate[] = nicks;
  if (wordPairs !== undefined) repeatedWordPairs(doc, inside, wordPairs, extra);
  // Round 46: a crew's or a team's role after a name and its comma, as run reports sign ("T. Brandt, Paramedic; K.
  // Lueckenhoff, EMT"): no second name in the list.
  // Coordinated names: "Lamovec and Morales", "Kónya, Becker and Vasquez". Walks each list both ways from
  // a found name, so its further entries count too; each token is marked once (2 = coordinated).
  const tokens = doc.tokens;
  // Not a pronoun's contraction: "this is Jen, I'm writing".
  // Nor a reply's opening word ("VICENTE: Yeah, I'm..."), nor a state that opens an agency's name ("Ronnie
  // Dahlgren, Missouri Children's Division"): a state stands alone in a list of names ("Lee, Georgia and Kim").
  // Nor a language after a name or beside one ("Interpreter: Oksana Melnyk, Ukrainian", "Karen and Burmese interpreters").
  // Round 43: nor a number's label ("Saoirse Kavanagh, Rx number 0718832", "..., Acct # 5521"): a word before
  // "number", "no." or "#" names a field.
  // Round 92: nor a title shortened with its full stop ("Beatrix Wendt-Halvorsen, Atty. Reg. #0391157").
  // Round 122: nor a specialty's first word after a signer's name ("Isabelle Roy, Pediatric Neurology").
  const notEntry = (t: Token): boolean => NUMBER_LABEL_AFTER.test(doc.text.slice(t.end, t.end + 8)) || SPECIALTY_AFTER.test(doc.text.slice(t.end, t.end + 20)) || (doc.text.charCodeAt(t.end) === 46 && lexicon.TITLES.has(t.lower)) || INTERJECTIONS.has(t.lower) || (REPLY_OPENERS.has(t.lower) && opensClause(doc.text, t.start)) || (US_STATES.has(t.lower) && /^ [A-Z]/.test(doc.text.slice(t.end, t.end + 2))) || (doc.isSur[t.index] === 0 && lexicon.LANGUAGES.has(t.lower)) || stJudeDevice(doc, t.index);
  // A given name that is also a word counts too, capitalised inside a sentence and with no number after it ("Spoke
  // with Joy and Dawn."; not "Smith and May 2020").
  const wordGivenName = (t: Token): boolean =>
    doc.isFirst[t.index] === 1 && !t.upper && !doc.allCaps && !WORD_NAME_NUMBER_AFTER.test(doc.text.slice(t.end, t.end + 3));
  const coordinated = (t: Token): boolean => t.capitalized && !notEntry(t) && !CREW_ROLES.has(t.lower) && (doc.isCommon[t.index] === 0 || wordGivenName(t)) && !FUNCTION_WORDS.has(t.lower) && !isCredential(doc, t) && !DOTTED_DEGREE_TAIL.test(doc.text.slice(t.end, t.end + 4)) && !(t.fold !== t.lower && COUNTRY_NAMES.has(t.fold)) && !innerCapital(t.text) && !lexical(doc, tokens, t.index).eponymHere && countryOrHoliday(doc, t.index, t.index) === 0;
  for (const t of found) {
    const first = firstTokenAt(tokens, t.start);
    for (let i = first; i >= 0 && i < tokens.length && (tokens[i] as Token).start < t.end; i++) {
      for (let k = entryBefore(doc, i); k >= 0 && !inside[k] && coordinated(tokens[k] as Token); k = entryBefore(doc, k)) mark(k);
      for (let k = entryAfter(doc, i); k >= 0 && !inside[k] && coordinated(tokens[k] as Token); k = entryAfter(doc, k)) k = markWithSurname(k);
    }
  }
  function mark(k: number): void {
    inside[k] = 2;
    const t = tokens[k] as Token;
    extra.push(candidate(t.start, t.end, 'NAME', 0.6, ID, { kind: 'context', detail: 'coordinated-name' }));
  }
  // Round 105: a listed given name later in a list takes a listed surname after it that is a word too, when the entry
  // ends there ("cc Aiyana Yellowhorse, Glen Rivers"); "..., Glen and Rivers Edge" stays one word.
  function markWithSurname(k: number): number {
    mark(k);
    const g = tokens[k] as Token;
    const s = tokens[k + 1];
    if (s === undefined || inside[k + 1] || doc.isFirst[k] !== 1 || doc.isSur[k + 1] !== 1 || !s.capitalized || s.upper || s.single || doc.text.slice(g.end, s.start) !== ' ') return k;
    if (lexical(doc, tokens, k + 1).eponymHere || !ENTRY_END_AFTER.test(doc.text.slice(s.end, s.end + 6))) return k;
    mark(k + 1);
    return k + 1;
  }
  let lowerCharted: boolean | undefined;
  for (const t of doc.tokens) {
    if (inside[t.index] || (knownLengths & lengthBit(t.lower.length)) === 0) continue;
    if (!shaped(doc, t)) {
      // "verna asked that...": a note charted in lower case writes a found name in lower case too, when no English word.
      if (t.text === t.lower && doc.isCommon[t.index] === 0 && known.has(t.lower) && !lexical(doc, doc.tokens, t.index).eponymHere && (foundLower.has(t.lower) || (lowerCharted ??= chartedInLowerCase(doc.text)))) {
        extra.push(candidate(t.start, t.end, 'NAME', 0.6, ID, { kind: 'context', detail: 'repeated-name-lower' }));
      } else if (t.text === t.lower && foundLower.has(t.lower) && known.has(t.lower) && lowerDeed(doc, t)) {
        // Round 85: a name that is also a word, which a rule found typed in lower case ("resident mrs. opal bishop"), is
        // the name again where the note says what that person did ("bishop ate half", "per joy, pt slept"); "king-size",
        // "grace period" stay.
        extra.push(candidate(t.start, t.end, 'NAME', 0.6, ID, { kind: 'context', detail: 'repeated-name-lower' }));
      }
      continue;
    }
    if (!known.has(t.lower)) {
      // Or right before a found name's other word, one blank apart, wherever the sentence starts ("Marigold Petrakis
      // has been my client" after "Tenant: Marigold Petrakis"; not "Marigold seeds" nor "Marigold" alone).
      if (((knownWords.size > 0 && knownWords.has(t.lower)) || wordsBeforeNames.has(t.lower)) && ((knownWords.has(t.lower) && wordNameInProse(doc, t)) || foundWordAfter(doc, t, known))) extra.push(candidate(t.start, t.end, 'NAME', 0.6, ID, { kind: 'context', detail: 'repeated-name' }));
      continue;
    }
    const lx = lexical(doc, doc.tokens, t.index);
    if (lx.eponymHere || eponymCompound(doc, t) || modalOpening(doc, t)) continue;
    extra.push(candidate(particleStart(doc, t, particlesBefore.get(t.lower), givenInitialStart(doc, t, initialsBefore.get(t.lower))), Math.max(invertedInitialEnd(doc, t, known), headerGivenEnd(doc, t)), 'NAME', lx.common ? 0.6 : 0.78, ID, { kind: 'context', detail: 'repeated-name' }));
  }
  // A nickname in quotes right after a found name: 'PAPADOPOULOS, Konstantinos ("Kostas")', 'Baby Boy Tzul ("Kevin")'.
  // A staff key's initials before the name they abbreviate: "Staff key: KLM = Kara L. Mott, RN".
  // Round 91: a MAR's or a count sheet's staff initials, defined once in its key, stand for the person in every cell
  // that repeats them ("| 0900 | KT | KT | RB |", "signed off by AB/CP").
  let keyed: Set<string> | undefined;
  for (const f of found) {
    const initials = keyInitials(doc, f, extra) ?? bracketedInitialsAfter(doc, f, extra);
    if (initials !== undefined) (keyed ??= new Set()).add(initials);
    if (particlesBefore.size > 0) {
      const t = doc.tokens[firstTokenAt(tokens, f.start)];
      const run = t === undefined || t.start !== f.start ? undefined : particlesBefore.get(t.lower);
      if (t !== undefined && run !== undefined && particleStart(doc, t, run, f.start) < f.start) extra.push(candidate(particleStart(doc, t, run, f.start), f.end, 'NAME', f.score, ID, { kind: 'context', detail: 'repeated-name' }));
    }
    // A rule's own find of the word, its initial left out ("- I. Wrzosek" read by the word's shape alone).
    if (initialsBefore.size > 0) {
      const t = doc.tokens[firstTokenAt(tokens, f.start)];
      const start = t === undefined || t.start !== f.start ? f.start : givenInitialStart(doc, t, initialsBefore.get(t.lower));
      if (start < f.start) extra.push(candidate(start, f.end, 'NAME', f.score, ID, { kind: 'context', detail: 'repeated-name' }));
    }
  }
  if (keyed !== undefined) keyedInitialsRepeated(doc, keyed, extra);
  loginsOfNames(doc, found, inside, extra);
  return extra.length ? found.concat(extra) : found;
}

/**
 * Round 117: the login a found name makes of its given name's initial and its surname, which staff sign with under
 * their name or in brackets after it ("Ilse Marchbank, RN / imarchbank", "Oduya, Petra ... (poduya)"). Only that exact
 * lower-case word, and no English word ("jsmith" after "Jane Smith"; "swell" after "Sam Well" stays).
 */
function loginsOfNames(doc: DocumentView, found: readonly Candidate[], inside: Uint8Array, extra: Candidate[]): void {
  let logins: Set<string> | undefined;
  let lengths = 0;
  const tokens = doc.tokens;
  for (const f of found) {
    let given: Token | undefined;
    let surname: Token | undefined;
    let inverted = false;
    for (let i = firstTokenAt(tokens, f.start); i >= 0 && i < tokens.length && (tokens[i] as Token).start < f.end; i++) {
      const t = tokens[i] as Token;
      if (!(t.capitalized || t.upper || t.single) || isTitle(doc, t) || isCredential(doc, t)) continue;
      if (given === undefined) {
        given = t;
        inverted = !t.single && doc.text.charCodeAt(t.end) === 44;
      } else if (inverted) {
        if (surname === undefined) surname = given;
        given = t;
        break;
      } else surname = t;
    }
    if (given === undefined || surname === undefined || surname.single || surname.text.length < 3 || !LETTERS_ONLY.test(surname.text)) continue;
    const login = given.lower.charAt(0) + surname.lower;
    (logins ??= new Set()).add(login);
    lengths |= lengthBit(login.length);
  }
  if (logins === undefined) return;
  for (const t of tokens) {
    if ((lengths & lengthBit(t.lower.length)) === 0 || inside[t.index] || t.text !== t.lower || doc.isCommon[t.index] === 1 || !logins.has(t.lower)) continue;
    extra.push(candidate(t.start, t.end, 'NAME', 0.7, ID, { kind: 'context', detail: 'login-of-name' }));
  }
}

/** A word of a name made of English words: capitalised, three letters or more, no title, function or calendar word. */
function pairWord(doc: DocumentView, t: Token): boolean {
  return t.capitalized && !t.upper && t.text.length >= 3 && LETTERS_ONLY.test(t.text) && !functionOrCalendar(t) && !isTitle(doc, t) && !isCredential(doc, t);
}

/** Each capitalised mention of a found pair of English words outside a found name ("Follow up with Walks Ahead"). */
function repeatedWordPairs(doc: DocumentView, inside: Uint8Array, pairs: ReadonlySet<string>, extra: Candidate[]): void {
  const tokens = doc.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as Token;
    if (inside[i] || !a.capitalized || a.upper) continue;
    const b = tokens[i + 1] as Token;
    if (inside[i + 1] || !b.capitalized || b.upper || doc.text.slice(a.end, b.start) !== ' ' || !pairs.has(`${a.lower} ${b.lower}`)) continue;
    extra.push(candidate(a.start, b.end, 'NAME', 0.6, ID, { kind: 'context', detail: 'repeated-word-pair' }));
    i++;
  }
}

/** Every other mention of a key's initials, standing alone in capitals (not "KT-2", "RB's", "3KT"). */
function keyedInitialsRepeated(doc: DocumentView, keyed: ReadonlySet<string>, extra: Candidate[]): void {
  for (const t of doc.tokens) {
    if (!t.upper || !keyed.has(t.text)) continue;
    if (/[\p{L}\d\-'’.]/u.test(doc.text.charAt(t.start - 1)) || /[\p{L}\d\-'’]/u.test(doc.text.charAt(t.end))) continue;
    extra.push(candidate(t.start, t.end, 'NAME', 0.7, ID, { kind: 'context', detail: 'key-initials' }));
  }
}

/** The lower-case particles (and their blanks) right before token t inside a found name, in lower case: "de la ", "bin ". */
function particleRun(doc: DocumentView, t: Token, inside: Uint8Array): string {
  let k = t.index - 1;
  let start = t.start;
  while (k >= 0 && t.index - k <= 3 && inside[k] === 1) {
    const p = doc.tokens[k] as Token;
    if (p.text !== p.lower || !PARTICLES.has(p.lower) || !/^[ \t]$/.test(doc.text.slice(p.end, start))) break;
    start = p.start;
    k--;
  }
  // The found name has a word before its particles ("Rosa de la Cruz"): particles opening a name are its first word.
  return start < t.start && k >= 0 && inside[k] === 1 ? doc.text.slice(start, t.start).toLowerCase() : '';
}

/**
 * Where a repeated word starts: at the particles before it when they are the ones written before it in a found name,
 * capitalised or not ("De la Fuente", "Bin Hamdan"), with no letter before them; else at `orStart`.
 */
function particleStart(doc: DocumentView, t: Token, run: string | undefined, orStart: number): number {
  if (run === undefined) return orStart;
  const s = t.start - run.length;
  if (s < 0 || doc.text.slice(s, t.start).toLowerCase() !== run) return orStart;
  return s > 0 && /[\p{L}\p{M}'’\-]/u.test(doc.text[s - 1] as string) ? orStart : s;
}

/** What a person did or said, right after a word: " ate", " was", " reports", ", pt" (after "per"). */
const LOWER_DEED_AFTER = /^ (?:ate|was|is|reports|reported|states|stated|denies|denied|refused|tolerated|ambulated|slept|called|asked|agrees|agreed|says|said|requests|requested|remains|wants|c\/o)\b/;

/** Token t is followed by a person's deed, or follows "per" and comes before a comma ("per grace, pt has"). */
function lowerDeed(doc: DocumentView, t: Token): boolean {
  if (LOWER_DEED_AFTER.test(doc.text.slice(t.end, t.end + 11))) return true;
  return doc.text.charCodeAt(t.end) === 44 && doc.tokens[t.index - 1]?.text === 'per' && doc.text.slice((doc.tokens[t.index - 1] as Token).end, t.start) === ' ';
}

/** A capital's initial and its full stop right before a word, one blank apart ("O. "), not inside a dotted run ("U.S. "). */
const INITIAL_BEFORE = /(?<![\p{L}\d.])(\p{Lu})\.[ \t]$/u;

/**
 * Round 70: where a repeated name starts: at the initial before it, when that initial is the one of a word found
 * right before the same name elsewhere ("Ida Wrzosek" ... "- I. Wrzosek"); else at the word.
 */
function givenInitialStart(doc: DocumentView, t: Token, initials: string | undefined): number {
  if (initials === undefined || t.start < 3) return t.start;
  const m = INITIAL_BEFORE.exec(doc.text.slice(Math.max(0, t.start - 4), t.start));
  return m !== null && initials.includes(m[1] as string) ? t.start - 3 : t.start;
}

/** A question's inverted verb or a reply's "Will do." after it: " insurance cover that?", " I ask, will...?", " do." */
const MODAL_QUESTION = /^ [a-z][^.!?\r\n]{0,80}\?/;
const MODAL_REPLY = /^ (?:do|be|not)\b[ \t]{0,2}(?:[.!,;]|$)/;
// Round 81: a plan's "Will admit to hospitalist.", "May need PT.": the modal before a verb's bare form that a plan
// writes (a person's own deed after the name takes its "-s" or "-ed": "Will admits", "Will called back").
const MODAL_PLAN =
  /^ (?:admit|follow|continue|check|obtain|start|restart|stop|hold|resume|discuss|consider|repeat|need|monitor|trend|give|order|send|arrange|refer|recheck|titrate|treat|plan|defer|discharge|observe|reassess|re-?evaluate|evaluate|consult|call|notify|update|d\/c|f\/u|touch[ \t]base|keep|add|increase|decrease|wean|switch|transfer|transition|schedule|benefit|require|likely|also|then|await|see|review|place|draw|get|try)\b/;

/** Round 140: what follows "Hope" as the verb opening a sentence: "to", "you", "that", "so", "this", "it", "we". */
const HOPE_VERB_AFTER = /^ (?:to|you|that|so|this|it|we|u)\b/;
/**
 * A name found elsewhere that is a modal verb ("Will", "May"), opening a sentence or a transcript's turn as the verb
 * of a question or a reply: "Will insurance cover that?", "May I ask?", "Will do." (not "Will called back."), or of
 * a plan: "Will admit to medicine." (round 81).
 */
function modalOpening(doc: DocumentView, t: Token): boolean {
  if (t.lower !== 'will' && t.lower !== 'may' && t.lower !== 'can' && t.lower !== 'shall' && t.lower !== 'hope') return false;
  let k = t.start - 1;
  while (k >= 0 && (doc.text.charCodeAt(k) === 32 || doc.text.charCodeAt(k) === 9)) k--;
  const c = k < 0 ? 10 : doc.text.charCodeAt(k);
  if (c !== 46 && c !== 63 && c !== 33 && c !== 58 && c !== 10 && c !== 13) return false;
  const after = doc.text.slice(t.end, t.end + 84);
  // Round 140: a plan's or a wish's "Hope to wean O2 today.", "Hope you feel better" (a daughter Hope is named elsewhere);
  // "Hope called back", "Hope is at bedside" stay names.
  if (t.lower === 'hope') return HOPE_VERB_AFTER.test(after);
  return MODAL_QUESTION.test(after) || MODAL_REPLY.test(after) || ((t.lower === 'will' || t.lower === 'may') && MODAL_PLAN.test(after));
}

/** The token after t, one blank apart and capitalised, is a word of a name found elsewhere in the text. */
function foundWordAfter(doc: DocumentView, t: Token, known: ReadonlySet<string>): boolean {
  if (!t.capitalized || t.upper || doc.allCaps) return false;
  const n = doc.tokens[t.index + 1];
  return n !== undefined && n.capitalized && doc.text.slice(t.end, n.start) === ' ' && known.has(n.lower);
}

/** Initials and an equals sign right before a name: "KLM = ", "RDS=" (not a label's colon: "RE: Ralph Ellis"). */
// Round 91: or a blank alone, when the initials open a key's entry after a colon, a semicolon, a slash or a line's
// start ("Legend: AB Abigail Bright RN / CP Carlo Petrossian LPN", "Signatures: MQ Mirela Quintero LPN; TS Tamsin Shore").
const KEY_INITIALS_BEFORE = /(?<![\p{L}\d])(\p{Lu}{2,4})(?:[ \t]{0,2}=[ \t]{0,2}|(?<=(?:^|[:;\/][ \t]{1,2}|\n[ \t]{0,4})\p{Lu}{2,4})[ \t])$/u;

/** The initials a key writes before a name, when they are its words' initials ("JAO = Julia A. Ortiz"), as a name too. */
function keyInitials(doc: DocumentView, f: Candidate, extra: Candidate[]): string | undefined {
  // Most names have no "=" or initials right before them: ruled out before a slice.
  const c = doc.text.charCodeAt(f.start - 1) === 32 ? doc.text.charCodeAt(f.start - 2) : doc.text.charCodeAt(f.start - 1);
  if (c !== 61 && !(c >= 65 && c <= 90)) return;
  const before = doc.text.slice(Math.max(0, f.start - 10), f.start);
  const m = KEY_INITIALS_BEFORE.exec(before);
  if (!m) return;
  const initials = m[1] as string;
  const words = doc.text.slice(f.start, f.end).split(/[\s.,]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length !== initials.length || words.some((w, k) => w[0] !== initials[k])) return;
  const start = f.start - before.length + m.index;
  extra.push(candidate(start, start + initials.length, 'NAME', 0.7, ID, { kind: 'context', detail: 'key-initials' }));
  return initials;
}

/** Two to four capitals alone in brackets right after a name: " (WRH)". */
const NAME_TITLES = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Fr|Rev)$/;
const BRACKETED_INITIALS_AFTER = /^[ \t]?\((\p{Lu}{2,4})\)/u;

/**
 * Round 150: the initials a note gives in brackets right after the name they abbreviate ("William R. Hatcher (WRH)"),
 * when they are its words' initials, as a name too; so are its later mentions. "Ann Lee (ANL)" and "John Smith (CHF)" stay.
 */
function bracketedInitialsAfter(doc: DocumentView, f: Candidate, extra: Candidate[]): string | undefined {
  if (doc.text.charCodeAt(f.end) !== 40 && doc.text.charCodeAt(f.end + 1) !== 40) return;
  const m = BRACKETED_INITIALS_AFTER.exec(doc.text.slice(f.end, f.end + 9));
  if (!m) return;
  const initials = m[1] as string;
  // A title the name was found with is no initial's word ("Mrs. Yolanda Preciado (YP)").
  const words = doc.text.slice(f.start, f.end).split(/[\s.,]+/).filter((w) => /^\p{Lu}/u.test(w) && !NAME_TITLES.test(w));
  if (words.length !== initials.length || words.some((w, k) => w[0] !== initials[k])) return;
  const start = f.end + m.index + m[0].indexOf('(') + 1;
  extra.push(candidate(start, start + initials.length, 'NAME', 0.7, ID, { kind: 'context', detail: 'key-initials' }));
  return initials;
}

/** One or two capitalised words in quotes, bracketed or not, right after a name: ` ("Kostas")`, ` “Bank”`, ` (prefers "Ro")`. */
// Round 163: or in a CSV cell's doubled quotes ('"Baptiste-Noel, Wesner ""Wes""",unstable').
const QUOTED_NICKNAME = /^[ \t]?\(?(?:(?:prefers|goes[ \t]by|aka|a\.k\.a\.|known[ \t]as|called)[ \t]{1,2})?(?:""|["“])([\p{Lu}][\p{L}'’\-]{1,20}(?: [\p{Lu}][\p{L}'’\-]{1,20})?)(""|["”])(?![\p{L}])/u;

/** A capitalised word of two to twelve letters alone in brackets: " (Yas)". */
const BRACKETED_SHORT_NAME = /^[ \t]?\((\p{Lu}\p{Ll}{1,11})\)/u;
/** What follows an obituary's bracketed spouse: the town ("of"), the next entry or the list's end. */
const SPOUSE_BRACKET_END = /^\)(?:[ \t]of[ \t]|[,;.]|[ \t]and[ \t])/;
/** The last word of a found name. */
const LAST_WORD = /\p{L}+$/u;

/** The nickname a name's quotes hold after it, as a name too (a person's name in quotes after a name is no title). */
function quotedNickname(doc: DocumentView, f: Candidate, extra: Candidate[]): void {
  const c = doc.text.charCodeAt(f.end + (doc.text.charCodeAt(f.end) === 32 ? 1 : 0));
  // Most names are followed by no bracket or quote: ruled out before a slice.
  if (c !== 40 && c !== 34 && c !== 0x201c) return;
  const m = QUOTED_NICKNAME.exec(doc.text.slice(f.end, f.end + 48));
  if (!m) {
    // Round 85: unquoted in brackets, a shortening of the name's last word: "Temperance (Tem)", "Bartholomew (Bart)".
    const b = c === 40 ? BRACKETED_SHORT_NAME.exec(doc.text.slice(f.end, f.end + 16)) : null;
    const word = b === null ? '' : (LAST_WORD.exec(doc.text.slice(Math.max(f.start, f.end - 24), f.end))?.[0] ?? '');
    const nick = b === null ? '' : (b[1] as string);
    const nickLower = nick.toLowerCase();
    if (nick.length < 2 || FUNCTION_WORDS.has(nickLower) || doc.dict.commonWords.has(nickLower)) return;
    const start = f.end + b![0].length - 1 - nick.length;
    if (word.length > nick.length && word.toLowerCase().startsWith(nickLower)) {
      extra.push(candidate(start, start + nick.length, 'NAME', 0.7, ID, { kind: 'context', detail: 'bracketed-nickname' }));
      return;
    }
    // Lead's probe: an obituary's spouse in brackets after a child's name, before the town or the next entry
    // ("children Thomas (Linda) of Dayton, Susan Kaminski (Rick) of Strongsville"): a listed given name.
    const t = doc.tokens[firstTokenAt(doc.tokens, start)];
    if (t !== undefined && t.start === start && doc.isFirst[t.index] === 1 && SPOUSE_BRACKET_END.test(doc.text.slice(start + nick.length, start + nick.length + 6))) {
      extra.push(candidate(start, start + nick.length, 'NAME', 0.7, ID, { kind: 'context', detail: 'bracketed-spouse' }));
    }
    return;
  }
  const nick = m[1] as string;
  if (FUNCTION_WORDS.has(nick.toLowerCase())) return;
  const start = f.end + m[0].length - (m[2] as string).length - nick.length;
  extra.push(candidate(start, start + nick.length, 'NAME', 0.7, ID, { kind: 'context', detail: 'quoted-nickname' }));
}

/**
 * Where a repeated given name of "Surname,Given I" ends: past a middle initial in capitals when a known name and
 * a comma come before it ("MBEKI,THANDIWE N", once "THANDIWE N MBEKI" was found); else at the word.
 */
function invertedInitialEnd(doc: DocumentView, t: Token, known: ReadonlySet<string>): number {
  const n = doc.tokens[t.index + 1];
  const p = doc.tokens[t.index - 1];
  if (n === undefined || p === undefined || !n.single || n.text === n.lower || n.start !== t.end + 1 || doc.text.charCodeAt(t.end) !== 32) return t.end;
  if (doc.text.charCodeAt(p.end) !== 44 || t.start - p.end > 2 || !known.has(p.lower)) return t.end;
  return n.end;
}

/**
 * A found surname in capitals heading its line, a comma and one word in capitals, then a wide gap, a number or the
 * line's end: the header's given name, even a word ("HARPER, STONE   5521907"). Else t's own end.
 */
function headerGivenEnd(doc: DocumentView, t: Token): number {
  if (!t.upper || doc.allCaps || doc.text.charCodeAt(t.end) !== 44) return t.end;
  const n = doc.tokens[t.index + 1];
  if (n === undefined || !n.upper || n.single || n.start !== t.end + 2 || !/^\p{Lu}{2,20}$/u.test(n.text) || isCredential(doc, n) || lexicon.STATE_CODES.has(n.text)) return t.end;
  const lineStart = doc.text.lastIndexOf('\n', t.start - 1) + 1;
  if (!/^[ \t]*$/.test(doc.text.slice(lineStart, t.start))) return t.end;
  return /^(?:[ \t]{2,}|[ \t]?\r?\n|[ \t]?$|[ \t]{1,2}\d)/.test(doc.text.slice(n.end, n.end + 3)) ? n.end : t.end;
}

/** The first word of a two-word eponym before its head: "West" of "West Nile virus", "Rocky" of "Rocky Mountain spotted fever". */
function eponymCompound(doc: DocumentView, t: Token): boolean {
  if (t.index + 1 >= doc.tokens.length) return false;
  const n = doc.tokens[t.index + 1] as Token;
  return n.start === t.end + 1 && lexicon.EPONYMS.has(t.fold) && lexical(doc, doc.tokens, n.index).eponymHere;
}

const lengthBit = (length: number): number => 1 << (length < 31 ? length : 31);

/** Whether most of a note's lines that start with a letter start with a lower-case one (three at least): "pt seen...", "plan: ...". */
function chartedInLowerCase(text: string): boolean {
  let lower = 0;
  let upper = 0;
  for (let at = 0; at < text.length; ) {
    let p = at;
    while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    const c = text.charCodeAt(p);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    const nl = text.indexOf('\n', p);
    if (nl < 0) break;
    at = nl + 1;
  }
  return lower >= 3 && lower > upper;
}

/** Whether the candidates' starts never decrease. */
function inTextOrder(found: readonly Candidate[]): boolean {
  for (let k = 1; k < found.length; k++) if ((found[k] as Candidate).start < (found[k - 1] as Candidate).start) return false;
  return true;
}

let scratch = new Uint8Array(512);

/** A zeroed per-token byte array, reused across documents (propagate does not nest). */
function insideScratch(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
  else scratch.fill(0, 0, n);
  return scratch;
}

const LIST_GAP = /^(?:,[ \t]{1,2}|[ \t]&[ \t]{1,2})$/;
/** A number right after a word: "May 2020", "June 3" date it. */
const WORD_NAME_NUMBER_AFTER = /^,?[ \t]?\d/;
/** Whether text[from, to) may be a LIST_GAP (a comma first, or "&" second): most gaps, one blank, are ruled out before a slice. */
const mayBeListGap = (text: string, from: number, to: number): boolean => to - from >= 2 && (text.charCodeAt(from) === 44 || text.charCodeAt(from + 1) === 38);
const isConjunction = (t: Token): boolean => t.lower === 'and' || t.lower === 'or';

/** The gap between two relatives written with their ages ("Sofia 8, Mateo 5", "Ava 12 and Liam 9"): the first one's age. */
const AGED_ENTRY_GAP = /^[ \t]\d{1,2}(?:,[ \t]{1,2}(?:and[ \t]{1,2})?|[ \t]{1,2}and[ \t]{1,2})$/;
/** The second one's age after it. */
const AGE_AFTER_ENTRY = /^[ \t]\d{1,2}(?![\d.\/:%\-])/;
/** Tokens a and b are two relatives with their ages: the gap holds a's and b has its own after it. */
function agedEntries(doc: DocumentView, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  return gap >= 4 && gap <= 10 && isDigit(doc.text.charCodeAt(a.end + 1)) && AGED_ENTRY_GAP.test(doc.text.slice(a.end, b.start)) && AGE_AFTER_ENTRY.test(doc.text.slice(b.end, b.end + 5));
}

/** Index of the list entry before token i ("A, B", "A & B", "A and B", "A, or B", "A 8, B 5"), or -1. */
function entryBefore(doc: DocumentView, i: number): number {
  const prev = doc.tokens[i - 1];
  const t = doc.tokens[i] as Token;
  if (!prev) return -1;
  if (agedEntries(doc, prev, t)) return i - 1;
  if (i >= 2 && prev.lower === 'and' && agedEntries(doc, doc.tokens[i - 2] as Token, t)) return i - 2;
  if (mayBeListGap(doc.text, prev.end, t.start) && LIST_GAP.test(doc.text.slice(prev.end, t.start))) return i - 1;
  const entry = doc.tokens[i - 2];
  if (!entry || !isConjunction(prev) || !/^[ \t]{1,2}$/.test(doc.text.slice(prev.end, t.start))) return -1;
  return /^,?[ \t]{1,2}$/.test(doc.text.slice(entry.end, prev.start)) ? i - 2 : -1;
}

/** Index of the list entry after token i, or -1 (the mirror of entryBefore). */
function entryAfter(doc: DocumentView, i: number): number {
  const next = doc.tokens[i + 1];
  const t = doc.tokens[i] as Token;
  if (!next) return -1;
  if (agedEntries(doc, t, next)) return i + 1;
  if (next.lower === 'and' && doc.tokens[i + 2] !== undefined && agedEntries(doc, t, doc.tokens[i + 2] as Token)) return i + 2;
  if (mayBeListGap(doc.text, t.end, next.start) && LIST_GAP.test(doc.text.slice(t.end, next.start))) return i + 1;
  const entry = doc.tokens[i + 2];
  if (!entry || !isConjunction(next) || !/^,?[ \t]{1,2}$/.test(doc.text.slice(t.end, next.start))) return -1;
  return /^[ \t]{1,2}$/.test(doc.text.slice(next.end, entry.start)) ? i + 2 : -1;
}

