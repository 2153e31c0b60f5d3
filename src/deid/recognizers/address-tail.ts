// The rest of an address line after its apartment or suite number: town, region code, country and postal
// code ("Apt. 263, Grand-Leez, Belgium 18431", "Suite 501 Riisa Estonia 62488", "Apt. 066 St Georges, QC 54256").
// Safe Harbor covers every place smaller than a state, and these follow a unit number far more often
// than prose does; prose words (common words) end the tail unless a postal code closes it.
import { INTL_STREET_ENDINGS } from './address-patterns.js';
import type { Token } from '../text/tokens.js';
import { isCredential, isTitle } from './name-words.js';
import { phraseAt } from './place-words.js';
import { candidate, type Candidate, type DocumentView } from './types.js';

// What stands right before a unit's number: a unit word ("Apt. ", "Suite #") or a street of another language
// ("Skogstien "). Only the word before each short digit run is looked at: a scan of the whole text from every
// capital letter cost more than the rest of this recognizer.
const UNIT_WORDS = new Set(['Apt', 'apt', 'APT', 'Apartment', 'apartment', 'APARTMENT', 'Suite', 'suite', 'SUITE', 'Ste', 'ste', 'STE']);
const UNIT_GAP = /^\.?[ \t]{0,2}#?$/;
const INTL_STREET = new RegExp(`^\\p{Lu}[\\p{L}'’\\-]{0,30}(?:${INTL_STREET_ENDINGS})$`, 'u');
const NAME_CHAR = /[\p{L}'’\-]/u;

/** NAME_CHAR by char code for ASCII (every digit run asks), by the regex beyond. */
function nameCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45;
  return NAME_CHAR.test(text[i] as string);
}

/** The unit word or foreign street right before the number at `at`: its first char code, or -1 when there is none. */
function unitBefore(text: string, at: number): number {
  // Back over "#", blanks and a dot (at most ". #", as the unit gap allows), then over the word.
  let wordEnd = at;
  while (wordEnd > 0 && at - wordEnd < 4 && isGapChar(text.charCodeAt(wordEnd - 1))) wordEnd--;
  let start = wordEnd;
  while (start > 0 && wordEnd - start <= 31 && nameCharAt(text, start - 1)) start--;
  if (start === wordEnd || (start > 0 && isWordChar(text.charCodeAt(start - 1)) && text.charCodeAt(start - 1) !== 45)) return -1;
  // A unit word starts with A, a, S or s; a foreign street with a capital, one blank before the number.
  const c0 = text.charCodeAt(start);
  const oneBlank = at - wordEnd === 1 && text.charCodeAt(wordEnd) !== 35 && text.charCodeAt(wordEnd) !== 46;
  if (c0 !== 65 && c0 !== 97 && c0 !== 83 && c0 !== 115 && !(oneBlank && (c0 >= 128 || (c0 >= 65 && c0 <= 90)))) return -1;
  const word = text.slice(start, wordEnd);
  const gap = text.slice(wordEnd, at);
  if (UNIT_WORDS.has(word) && UNIT_GAP.test(gap)) return word.charCodeAt(0);
  if ((gap === ' ' || gap === '\t') && INTL_STREET.test(word)) return word.charCodeAt(0);
  return -1;
}

// Between two parts of the tail: blanks and one comma or ">" at most, never a line break.
// An address block may go on over a line break ("Apt. 595\n   LAPPEENRANTA\n   53650") when its lines hold
// nothing else.
const GAP = /[ \t]{0,2}[,>]?[ \t]{1,2}|[ \t]{0,2},|[ \t]{0,2},?[ \t]{0,2}\r?\n[ \t]{0,8}/y;
const LINE_END = /^[ \t]{0,8}(?:\r?\n|$)/;
const WORD = /\p{L}[\p{L}\p{M}'’\-]{0,30}(?![\p{L}\p{M}\d])/uy;
const POSTAL = /\d{3,6}(?:[ \-]\d{2,4})?(?![\w\-]|[.,]\d)/y;
// Common words that still belong to a place name or a country ("United Kingdom", "Upper Austria").
const PLACE_COMMON = new Set(['united', 'kingdom', 'states', 'new', 'south', 'north', 'east', 'west', 'upper', 'lower', 'republic', 'island', 'islands', 'city', 'st', 'saint', 'san', 'santa', 'de', 'del', 'la', 'le', 'grand', 'great', 'little', 'bay', 'park', 'hill', 'falls', 'lake', 'mount', 'port', 'fort']);
const MAX_WORDS = 6;

const isGapChar = (c: number): boolean => c === 32 || c === 9 || c === 35 || c === 46;
const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;

export function findAddressTails(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  const text = doc.text;
  let covered = 0;
  for (let r = 0; r < doc.digitRuns.length; r++) {
    const at = doc.digitRuns[r] as number;
    const length = doc.digitRunLengths[r] as number;
    if (length > 6 || at < covered) continue;
    // The number may carry one letter ("Apt 4B") and must end the word.
    let numberEnd = at + length;
    const c = text.charCodeAt(numberEnd);
    if (((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && !isWordChar(text.charCodeAt(numberEnd + 1))) numberEnd++;
    if (numberEnd < text.length && isWordChar(text.charCodeAt(numberEnd))) continue;
    const unit = unitBefore(text, at);
    if (unit < 0) continue;
    const lowerUnit = unit >= 97;
    const end = tailEnd(doc, numberEnd, lowerUnit);
    if (end > 0) {
      let start = numberEnd;
      while (start < end && /[\s,>]/.test(text[start] as string)) start++;
      out.push(candidate(start, end, 'ADDRESS', 0.78, 'address-tail', { kind: 'pattern', detail: 'address-tail' }));
      covered = end;
    }
  }
  return out;
}

/** Where the tail after a unit number ends (0: no tail). */
function tailEnd(doc: DocumentView, from: number, lowerUnit: boolean): number {
  const text = doc.text;
  let p = from;
  let end = 0;
  let safe = -1; // the end before the last line break crossed (-1: none crossed)
  let pending = 0; // end of accepted words that are common or codes, kept only if the tail goes on or ends the line
  for (let n = 0; n <= MAX_WORDS; n++) {
    GAP.lastIndex = p;
    const g = GAP.exec(text);
    if (!g) break;
    const q = p + g[0].length;
    // Past a line break, only whole lines count: keep what ended the previous line.
    if (g[0].includes('\n')) {
      if (pending > end) end = pending;
      safe = end;
      pending = 0;
    }
    POSTAL.lastIndex = q;
    const postal = POSTAL.exec(text);
    if (postal && (end > 0 || pending > 0)) return finish(text, q + postal[0].length, safe);
    WORD.lastIndex = q;
    const w = WORD.exec(text);
    if (!w) break;
    const word = w[0];
    const lower = word.toLowerCase();
    const upper = word === word.toUpperCase();
    if (!(lowerUnit || /^\p{Lu}/u.test(word))) break;
    if (upper && word.length === 2) pending = q + 2; // a region code: QC, RS, NO
    else if (PLACE_COMMON.has(lower)) pending = q + word.length;
    else if (doc.dict.commonWords.has(lower) || (lowerUnit && doc.dict.firstNames.has(lower))) break;
    else {
      end = q + word.length;
      pending = 0;
    }
    p = q + word.length;
  }
  // Country words or a code left pending count when the line or sentence ends right after them.
  if (pending > end && /^(?:[ \t]{0,2}(?:[.?!;)]|\r?\n|$))/.test(text.slice(pending, pending + 4))) end = pending;
  return finish(text, end, safe);
}

/** A tail that went past a line break must end its line, else it ends where the earlier line did. */
function finish(text: string, end: number, safe: number): number {
  if (safe < 0 || end <= safe) return end;
  return LINE_END.test(text.slice(end, end + 10)) ? end : safe;
}

// Lower-case streets after "on", "at", "off", "near" ("works at jewel-osco on harlem ave", "lives on main st"):
// notes typed in lower case. Found from the suffix word back, so a document without one costs nothing.
// Round 69: "court" and "circle" in full too ("305 heron court"); after common words alone they stay prose ("on
// the tennis court", "on food court"), as "lane" does.
export const LOWER_STREET_SUFFIXES = ['ave', 'avenue', 'st', 'street', 'rd', 'road', 'blvd', 'boulevard', 'dr', 'drive', 'ln', 'lane', 'ct', 'court', 'hwy', 'highway', 'pkwy', 'parkway', 'ter', 'terrace', 'cir', 'circle', 'trl'];
const LOWER_SUFFIX_SET: ReadonlySet<string> = new Set(LOWER_STREET_SUFFIXES);
// Suffixes that still make a street after common words ("on main st", "on park ave"); "memory lane",
// "test drive" do not.
const LOWER_STRONG_SUFFIXES = new Set(['ave', 'avenue', 'st', 'street', 'blvd', 'boulevard']);
// "dr" and "st" are doctor and saint before a name: the word after must be one of these, or none.
// Round 89: and the joining words of a message ("lives at 412 <name> st but the stairs are bad", "<name> st til the 20th").
const AFTER_SHORT_SUFFIX = new Set(['in', 'and', 'near', 'with', 'as', 'by', 'for', 'to', 'off', 'apt', 'unit', 'where', 'since', 'at', 'on', 'but', 'til', 'till', 'until', 'so', 'now', 'then', 'today', 'yesterday']);
const LOWER_STREET_CUES = new Set(['on', 'at', 'off', 'near', 'onto']);
const LOWER_STREET_STOP = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'its', 'call', 'duty', 'time', 'home', 'bed', 'floor', 'night', 'day', 'same', 'next', 'last', 'first', 'one', 'two', 'every', 'each', 'some', 'any', 'no', 'all', 'both', 'risk', 'site', 'bedside', 'clinic', 'hospital', 'work', 'school', 'which', 'what', 'least', 'most', 'once', 'follow', 'up', 'down',
  // Round 88: counts after a comma and a number are doses, not a street ("gave 2, 40 units st").
  'units', 'unit', 'times', 'doses', 'tabs', 'pills', 'hours', 'days', 'weeks', 'mg']);
const LOWER_WORD = /^[a-z][a-z'’\-]{1,30}$/;
/** A home standing on the street named after "on" (round 69). */
const HOME_WORDS_BEFORE_ON: ReadonlySet<string> = new Set(['house', 'home', 'place', 'apartment', 'condo', 'trailer', 'farm', 'lives', 'live', 'living']);
/** A unit after a lower-case street: "apt 2", ", unit 4b", " #12". */
const LOWER_UNIT_AFTER = /^,?[ \t]{1,2}(?:apt|unit|ste|suite|#)\.?[ \t]{0,2}#?[0-9][a-z0-9\-]{0,5}(?![\p{L}\d])/u;
// Words that place a house number after them ("lives at 122", "moved to 9", "address: 45").
// Round 69: "our home, 305 heron court": a dwelling word and a comma before the number.
// Round 89: "now" ("we r at my sisters now 403 <name> ave").
const HOUSE_NUMBER_CUES = ['at', 'on', 'to', 'from', 'near', 'off', 'onto', 'address', 'addr', 'lives', 'resides', 'reside', 'living', 'located', 'home', 'house', 'now'];
const HOUSE_NUMBER_CUE_SET: ReadonlySet<string> = new Set(HOUSE_NUMBER_CUES);
/**
 * A house number right before a street word, after a word that places it ("at", "to", "address:", "lives") or
 * at a line's start: group 1 is what comes before the number ("at 122 ", "moved to 9 ", "address: 45 ").
 */
// The number may take a direction after it: "lives at 1806 w huntsville ave".
// Round 88: "address is" before the number ("new address is 2214 n <street> rd"), and a comma before a number of two digits
// or more, as the street follows a building, lot or unit in a message ("bldg C, 4400 <street> rd", "lot 7, 2900 e <street> st").
// Round 89: a Hawaiian house number's zone and lot ("address: 95-1040 <street> pkwy").
const HOUSE_NUMBER_AFTER_CUE = new RegExp(`((?:^|\\n|(?:^|[^a-z])(?:${HOUSE_NUMBER_CUES.join('|')})(?:[ \\t]is)?[:.,]?[ \\t]{1,2}|[a-z0-9],[ \\t](?=\\d\\d)))(?:\\d\\d-)?\\d{1,5}[a-z]?[ \\t](?:(?:[nsew]|ne|nw|se|sw)\\.?[ \\t])?$`, 'i');

// A house number as dictation writes it: "one twenty two", "forty five", "one oh nine", "twelve hundred".
export const SPOKEN_NUMBER_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'oh']);

/**
 * Where a spoken house number starts when one to four number words, after a word that places them, end
 * right before token k ("lives at one twenty two elm st"); -1 when not.
 */
/**
 * Words that open a spoken reply before an address read aloud ("yep forty two lindenwood drive", "it's nine maple
 * crest lane"): read only when the street holds a word no English word list has (the lead's probe, eleventh session).
 */
const SPOKEN_REPLY_CUES: ReadonlySet<string> = new Set(['yep', 'yeah', 'yes', 'its', "it's", 'it’s', 'is', 'uh', 'um', 'still']);

function spokenHouseNumber(doc: DocumentView, k: number, rareStreet: boolean): number {
  const tokens = doc.tokens;
  let first = k;
  while (first > 0 && k - first < 4) {
    const w = tokens[first - 1] as Token;
    if (w.text !== w.lower || !SPOKEN_NUMBER_WORDS.has(w.lower) || !oneBlank(doc, w, tokens[first] as Token)) break;
    first--;
  }
  if (first === k || (tokens[first] as Token).lower === 'oh') return -1;
  const start = (tokens[first] as Token).start;
  // A reply's first words, a turn's label and its colon, or the text's start, before a street with a rare word.
  if (first === 0) return rareStreet && k - first >= 2 ? start : -1;
  const cue = tokens[first - 1] as Token;
  const gap = doc.text.slice(cue.end, start);
  if (!/^:?[ \t]{1,2}$/.test(gap)) return -1;
  if (HOUSE_NUMBER_CUE_SET.has(cue.lower)) return start;
  return rareStreet && k - first >= 2 && (SPOKEN_REPLY_CUES.has(cue.lower) || gap.charCodeAt(0) === 58) ? start : -1;
}

export function findLowerCaseStreets(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  // From the smaller side, as in scanAtWords: a note holds few indexed words.
  for (const [s, list] of doc.wordIndex) {
    if (!LOWER_SUFFIX_SET.has(s)) continue;
    for (const j of list) {
      const c = lowerStreetAt(doc, j);
      if (!c) continue;
      out.push(c);
      const town = townAfterStreet(doc, j, c.end);
      if (town) out.push(town);
    }
  }
  return out;
}

/** A ZIP after a lower-case town, a state's code between or none: " 74955", ", ok 74955", " 74955-2210". */
const ZIP_AFTER_TOWN = /^,?[ \t]{1,2}(?:[a-z]{2},?[ \t]{1,2})?\d{5}(?:-\d{4})?(?![\d\-\/])/;
// Between a street and its town: a comma, or "in" ("122 elm st, springfield", "9 maple rd in boston").
const STREET_TOWN_GAP = /^(?:,[ \t]{1,2}|[ \t]in[ \t])$/;

/**
 * The listed town right after a street found in lower case, whatever its words ("springfield", "boston",
 * "oak park"): after a street, a town name is the address's next part, not a word of the sentence.
 */
function townAfterStreet(doc: DocumentView, j: number, streetEnd: number): Candidate | undefined {
  const tokens = doc.tokens;
  // Round 79: from the street's end, a unit's number included ("41 wren st apt 2, <town> <zip>").
  while (j + 1 < tokens.length && (tokens[j + 1] as Token).end <= streetEnd) j++;
  let i = j + 1;
  if (tokens[i]?.lower === 'in') i++;
  const first = tokens[i];
  if (first === undefined || first.text !== first.lower) return undefined;
  // Or one blank before a town that is no English word: "1806 w huntsville ave springdale with husband".
  const gap = doc.text.slice(streetEnd, first.start);
  const bare = gap === ' ' && i === j + 1;
  if (!bare && !STREET_TOWN_GAP.test(gap)) return undefined;
  let n = phraseAt(doc, i, doc.dict.allCities, Math.min(doc.dict.maxCityWords, 4), doc.dict.cityStarts);
  // Round 69: a ZIP after the town ("305 heron court, sallisaw 74955"): then one unlisted word after the comma that
  // is no English word is the town too.
  const zipAt = (k: Token): number => {
    const z = ZIP_AFTER_TOWN.exec(doc.text.slice(k.end, k.end + 16));
    return z ? k.end + z[0].length : -1;
  };
  if (n === 0 && !bare && gap !== ' in ' && doc.isCommon[i] === 0 && LOWER_WORD.test(first.text) && zipAt(first) >= 0) n = 1;
  if (n === 0 || (bare && (n > 1 || doc.isCommon[i] === 1 || doc.isFirst[i] === 1))) return undefined;
  const last = tokens[i + n - 1] as Token;
  const zipEnd = zipAt(last);
  return candidate(first.start, zipEnd >= 0 ? zipEnd : last.end, 'LOCATION', 0.7, 'street-lower', { kind: 'dictionary', detail: 'us-cities' }, { kind: 'context', detail: 'after-street' });
}

/** Whether tokens a and b stand one blank apart. */
function oneBlank(doc: DocumentView, a: Token, b: Token): boolean {
  return b.start === a.end + 1 && (doc.text.charCodeAt(a.end) === 32 || doc.text.charCodeAt(a.end) === 9);
}

function lowerStreetAt(doc: DocumentView, j: number): Candidate | undefined {
  const tokens = doc.tokens;
  const suffix = tokens[j] as Token;
  if (suffix.text !== suffix.lower || j < 2) return undefined;
  const short = suffix.lower === 'dr' || suffix.lower === 'st';
  if (short) {
    const next = tokens[j + 1];
    const gap = next ? doc.text.slice(suffix.end, next.start) : '';
    if (next && /^[ \t]{1,2}$/.test(gap) && /^\p{L}/u.test(next.text) && !AFTER_SHORT_SUFFIX.has(next.lower)) return undefined;
  }
  // Back over one to three street words to the cue, or over one or two to a house number ("at 122 elm st",
  // "moved to 9 maple rd": a number, a name and a suffix are an address without a cue). Digits are no
  // tokens: the number is read in the text before a street word.
  let k = j - 1;
  let allCommon = true;
  let house = -1;
  if (!oneBlank(doc, tokens[k] as Token, suffix)) return undefined;
  for (; k >= 0 && j - k <= 4; k--) {
    const w = tokens[k] as Token;
    if (LOWER_STREET_CUES.has(w.lower) && k < j - 1) break;
    if (w.text !== w.lower || !LOWER_WORD.test(w.text) || LOWER_STREET_STOP.has(w.lower)) return undefined;
    if (doc.isCommon[k] === 0) allCommon = false;
    if (j - k <= 2) {
      const from = Math.max(0, w.start - 24);
      const m = HOUSE_NUMBER_AFTER_CUE.exec(doc.text.slice(from, w.start));
      if (m) {
        house = from + m.index + (m[1] as string).length;
        break;
      }
      const spoken = spokenHouseNumber(doc, k, !allCommon);
      if (spoken >= 0) {
        house = spoken;
        break;
      }
    }
    const prev = tokens[k - 1];
    if (prev === undefined || !oneBlank(doc, prev, w)) return undefined;
  }
  if (house < 0 && (k < 0 || k === j - 1 || !LOWER_STREET_CUES.has((tokens[k] as Token).lower))) return undefined;
  // A house number after a place cue makes even common words a street ("at 9 maple rd"); so does a home standing on it
  // (round 69: "the house on willow bend road", "her place on cherry hill lane", "lives on mill pond rd").
  if (allCommon && house < 0 && !LOWER_STRONG_SUFFIXES.has(suffix.lower) && !(k > 0 && (tokens[k] as Token).lower === 'on' && HOME_WORDS_BEFORE_ON.has((tokens[k - 1] as Token).lower))) return undefined;
  const start = house >= 0 ? house : (tokens[k + 1] as Token).start;
  // Round 69: the unit after a lower-case street ("18 vine st apt 2", "9 elm st, unit 4b").
  const unit = LOWER_UNIT_AFTER.exec(doc.text.slice(suffix.end, suffix.end + 20));
  return candidate(start, suffix.end + (unit ? unit[0].length : 0), 'ADDRESS', 0.72, 'street-lower', { kind: 'pattern', detail: 'street-lower' }, { kind: 'context', detail: house >= 0 ? 'house-number' : 'cue:street' });
}

// A UK postcode ("TN2 5QX", "SW1A 1AA"), tried one or two capitals before a run of one or two digits.
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}\b/y;
// Before the postcode or between two parts: a comma and blanks, or a line break.
const PART_GAP = /^,?[ \t]{1,2}$|^,?[ \t]{0,2}\r?\n[ \t]{0,8}$/;
// A house number before a street named without a suffix ("27 Mount Ephraim").
const HOUSE_NUMBER_BEFORE = /(?<![\w\-\/])\d{1,4}[A-Za-z]?,?[ \t]$/;

/**
 * The town and county before a UK postcode, as British letters write them: "Tunbridge Wells, Kent TN2 5QX",
 * "27 Mount Ephraim, Tunbridge Wells TN4 8AE". Up to two parts of one to three capitalised words, each
 * ending at a comma or a line break; a part after a house number is the street.
 */
export function findTownsBeforePostcodes(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  const text = doc.text;
  const tokens = doc.tokens;
  let k = 0; // the first token at or after the postcode; only moves forward
  let free = 0; // the end of the last postcode
  const runs = doc.digitRuns;
  for (let r = 0; r < runs.length; r++) {
    const at = runs[r] as number;
    if ((doc.digitRunLengths[r] as number) > 2 || at < free || !isCapital(text.charCodeAt(at - 1))) continue;
    const from = isCapital(text.charCodeAt(at - 2)) ? at - 2 : at - 1;
    UK_POSTCODE.lastIndex = from;
    const m = UK_POSTCODE.exec(text);
    if (!m) continue;
    free = from + m[0].length;
    while (k < tokens.length && (tokens[k] as Token).start < m.index) k++;
    let right = m.index;
    let j = k - 1;
    for (let part = 0; part < 2 && j >= 0; part++) {
      const last = tokens[j] as Token;
      if (!PART_GAP.test(text.slice(last.end, right))) break;
      let first = j;
      while (first > 0 && j - first < 2 && townWord(doc, tokens[first - 1] as Token) && oneBlank(doc, tokens[first - 1] as Token, tokens[first] as Token)) first--;
      if (!townWord(doc, tokens[first] as Token)) break;
      const start = (tokens[first] as Token).start;
      const number = HOUSE_NUMBER_BEFORE.exec(text.slice(Math.max(0, start - 7), start));
      if (number) {
        out.push(candidate(start - number[0].length, last.end, 'ADDRESS', 0.72, 'town-before-postcode', { kind: 'pattern', detail: 'street-before-postcode' }));
        break;
      }
      out.push(candidate(start, last.end, 'LOCATION', 0.72, 'town-before-postcode', { kind: 'pattern', detail: 'town-before-postcode' }));
      right = start;
      j = first - 1;
    }
  }
  return out;
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** A word of a town's name: capitalised or in capitals, and no title or credential ("Dr", "MRCP"). */
function townWord(doc: DocumentView, t: Token): boolean {
  return (t.capitalized || t.upper) && t.text.length > 1 && !isTitle(doc, t) && !isCredential(doc, t);
}

/**
 * Last words of an Indian address's neighbourhood: "Ashok Nagar", "R.T. Nagar", "BTM Layout", "Saket Colony"; and
 * housing estates, as Hong Kong, Kenya, Nigeria and Britain name neighbourhoods ("Lok Fu Estate", "Olympic Estate").
 */
export const LOCALITY_HEADS = ['nagar', 'layout', 'colony', 'estate'];

/** The neighbourhood named by a capitalised word or by initials ("R.T.") before one of LOCALITY_HEADS, itself capitalised. */
export function findLocalities(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  for (const w of LOCALITY_HEADS) {
    const list = doc.wordIndex.get(w);
    if (list) for (const i of list) {
      const head = tokens[i] as Token;
      if (i === 0 || !(head.capitalized || head.upper)) continue;
      let k = i - 1;
      // Initials with their periods ("R.T. Nagar"), up to three.
      while (k >= 0 && i - k <= 3 && (tokens[k] as Token).single && (tokens[k] as Token).upper && doc.text.charCodeAt((tokens[k] as Token).end) === 46) k--;
      const first = tokens[k + 1] as Token;
      if (k + 1 < i) {
        if (!/^\.[ \t]?$/.test(doc.text.slice((tokens[i - 1] as Token).end, head.start))) continue;
      } else {
        const p = tokens[k] as Token | undefined;
        if (p === undefined || !(p.capitalized || p.upper) || p.single || !oneBlank(doc, p, head) || isTitle(doc, p)) continue;
        // "Page Layout", "Penal Colony": an English word before them names no place ("Nagar" is no English word).
        // Round 92: in capitals too before "ESTATE" ("GUARDIAN OF THE PERSON AND ESTATE", "REAL ESTATE"), as a
        // petition's caption writes it.
        if (w !== 'nagar' && (!p.upper || w === 'estate') && doc.isCommon[p.index] === 1) continue;
        // An estate's name may have two or three words ("Lok Fu Estate", "Mei Foo Sun Chuen Estate").
        let from = p;
        for (let b = k - 1; w === 'estate' && b >= 0 && b >= k - 2; b--) {
          const q = tokens[b] as Token;
          if (!q.capitalized || q.single || !oneBlank(doc, q, from) || doc.isCommon[q.index] === 1 || isTitle(doc, q)) break;
          from = q;
        }
        out.push(candidate(from.start, head.end, 'LOCATION', 0.75, 'locality', { kind: 'pattern', detail: 'locality-head' }));
        continue;
      }
      out.push(candidate(first.start, head.end, 'LOCATION', 0.75, 'locality', { kind: 'pattern', detail: 'locality-head' }));
    }
  }
  return out;
}
