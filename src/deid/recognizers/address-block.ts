// Address blocks: an address written one part a line, as in letters, forms, signatures and quoted mail
// ("12 Elm St\nApt 4\nKettleby IL 62704", "Koskikatu 25\n96100 Rovaniemi\nFinland", "> Suite 5\n> Lowbridge").
// A line that is clearly an address part (a unit, a PO box, a street with its suffix, a postcode with its
// town, a country with its postal code) anchors the block; the lines around it join when they have the
// shape of the part that stands there, in the order the parts stand in (street, unit, town, region, postal
// code or country). Only lines of a block are taken: a lone short line is never a town by its shape.
import { lexicon } from '../dictionaries/index.js';
import { apartWordBefore, INTL_STREET_ENDINGS, INTL_STREET_WORDS_APART, streetWordBefore } from './address-patterns.js';
import { COUNTRY_FIRST_WORDS, COUNTRY_NAMES } from './cities.js';
import { CharCodeSet, charCodesOf, isAsciiLetter, isBlank, isDigit } from '../text/chars.js';
import type { Token } from '../text/tokens.js';
import { candidate, type Candidate, type DocumentView } from './types.js';
import type { EntityType } from '../types.js';
import { onFirstUse } from './machine-code.js';

/** Words whose line may anchor a block: unit and PO box lines. */
export const BLOCK_WORDS = ['apt', 'apartment', 'suite', 'ste', 'flat', 'box', 'postbox'];

interface Role {
  readonly bit: number;
  /** First and last rank of the block this part fills (street 0, unit 1, town 2, region 3, postal code 4). */
  readonly lo: number;
  readonly hi: number;
  readonly strong: boolean;
  readonly type: EntityType;
}
const ROLES: readonly Role[] = [
  { bit: 1, lo: 0, hi: 0, strong: false, type: 'ADDRESS' }, // a line with a number and words
  { bit: 2, lo: 0, hi: 0, strong: true, type: 'ADDRESS' }, // a street with its suffix, a PO box, "Address: ..."
  { bit: 4, lo: 1, hi: 1, strong: false, type: 'ADDRESS' }, // "Unit 4", "Floor 2"
  { bit: 8, lo: 1, hi: 1, strong: true, type: 'ADDRESS' }, // "Apt. 12", "Suite 300"
  { bit: 16, lo: 2, hi: 2, strong: false, type: 'LOCATION' }, // a town
  { bit: 32, lo: 2, hi: 3, strong: true, type: 'ADDRESS' }, // "96100 Rovaniemi", "Kettleby IL 62704"
  { bit: 64, lo: 3, hi: 3, strong: false, type: 'ADDRESS' }, // ", CO", "NS"
  { bit: 128, lo: 3, hi: 4, strong: true, type: 'ADDRESS' }, // "ON M5V 2T6"
  { bit: 256, lo: 4, hi: 4, strong: false, type: 'ZIP' }, // a postal code alone
  { bit: 512, lo: 4, hi: 4, strong: false, type: 'ADDRESS' }, // a country alone
  { bit: 1024, lo: 4, hi: 4, strong: true, type: 'ADDRESS' }, // "Norway 61682"
  { bit: 2048, lo: 2, hi: 2, strong: false, type: 'LOCATION' }, // a town of common words ("Pines Beach"), between other parts only
  { bit: 4096, lo: 2, hi: 3, strong: false, type: 'ADDRESS' }, // "Kettleby 62704": a word and five digits, no region or comma
];
const [STREET, STREET_STRONG, UNIT, UNIT_STRONG, TOWN, TOWN_POSTAL, REGION, REGION_POSTAL, POSTAL, COUNTRY, COUNTRY_POSTAL, TOWN_LOOSE, TOWN_POSTAL_WEAK] = ROLES.map(
  (r) => r.bit,
) as [number, number, number, number, number, number, number, number, number, number, number, number, number];
// Roles classified on the line up to the end of its first clause ("Cyprus 36903? I am in ..."): an address
// often ends a sentence on its last line.
const HEAD_ROLES = POSTAL | COUNTRY | COUNTRY_POSTAL | REGION_POSTAL | TOWN_POSTAL | TOWN_POSTAL_WEAK;

/** Longest line, prefix and all, that can be part of a block. */
const MAX_LINE = 90;
/** Lines a block may reach on each side of its anchor. */
const MAX_REACH = 5;

// Postal codes of many countries: 12345, 12345-6789, 123 45, 12-345, 1234-567, 1234 AB, 123, 123456, M5V 2T6, SW1A 1AA.
const POSTCODE = String.raw`(?:\d{5}(?:-\d{4})?|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4}(?:[ ][A-Z]{2})?|\d{3}|\d{6}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2})`;
const POSTAL_LINE = new RegExp(`^(?:[A-Z]{1,2}-)?${POSTCODE}$`);
const POSTAL_AT_END = new RegExp(`(?:^|[ \\t,])(?:[A-Z]{1,2}-)?(${POSTCODE})$`);
// "96100 Rovaniemi", "D-10115 Berlin", "114 55 Stockholm", "00-950 Warszawa": the code first.
const CODE_FIRST = /^(?:[A-Z]{1,2}-)?(?:\d{5}|\d{4}|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{4}-\d{3})[ \t]{1,2}/;
// A region code right before the postal code ("IL", "NSW", "ON"), or a county number.
const REGION_AT_END = /(?:^|[ \t,])(?:[A-Z]{2,3}|[a-z]{2,3}|\d{1,2})$/;
const REGION_LINE = /^(?:,[ \t]{0,2}[\p{L}\d]{1,4}|[A-Z]{2,3})$/u;
const REGION_POSTAL_LINE = new RegExp(`^,?[ \\t]{0,2}[A-Z]{2,3}[ \\t]{1,2}${POSTCODE}$`);
const UNIT_LINE = /^(?:apt|apartment|suite|ste|unit|flat|fl|floor|bldg|building)\.?[ \t]{0,2}#?[ \t]?[A-Za-z]?\d{1,6}[A-Za-z]?$/i;
// A street line that ends with its unit ("Koskikatu 25 Apt. 864").
const UNIT_AT_END = /[ \t,](?:Apt|Apartment|Suite|Ste)\.?[ \t]{0,2}#?\d{1,6}[A-Za-z]?$/;
const STRONG_UNIT_START = /^(?:apt|apartment|suite|ste|flat)\b/i;
const PO_BOX_LINE = /^(?:p\.?[ \t]?o\.?[ \t]?box|post[ \t]office[ \t]box|postbox|postfach|box)[ \t]{0,2}#?[ \t]?\d{1,8}(?:[ \t][^\n]{1,40})?$/i;
// A town: capitalised words, lower-case particles between them ("Soto del Barco", "Ostrov nad Ohrí"), a
// district letter or number after ("København V"), a name in brackets ("Lefkosia (Nicosia)").
const TOWN_SHAPE = onFirstUse(String.raw`^\p{Lu}[\p{L}\p{M}'’.\-]{0,30}(?:[ \t]{1,2}(?:[\p{L}\d][\p{L}\p{M}'’.\-]{0,30}|\([\p{L}\p{M}\- ]{1,30}\))){0,5}$`, 'u');
export const TOWN_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'el', 'en', 'sur', 'sous', 'lès', 'am', 'an', 'im', 'der', 'bei', 'ob', 'nad', 'pod', 'u', 'na', 'op', 'aan', 'van', 'y', 'i', 'e']);
// Words that stand alone on lines of clinical notes and are not common English words.
export const NOT_TOWNS: ReadonlySet<string> = new Set(['rehab', 'tele', 'hospice', 'snf', 'alf', 'ltc', 'ltach', 'nicu', 'picu', 'micu', 'sicu', 'cvicu', 'ccu', 'pcu', 'stepdown', 'medsurg', 'postop', 'preop', 'periop', 'triage', 'npo', 'dnr', 'dni', 'prn', 'stat', 'afebrile', 'normocephalic', 'atraumatic', 'unremarkable', 'nontender', 'ambulatory', 'cath', 'endo', 'peds', 'onc', 'neuro', 'ortho', 'psych', 'cardiac', 'surg', 'medsurg', 'bldg', 'obs', 'labor']);
// A street line: a house number and words. What a note lists one a line with numbers is not: doses,
// vitals, durations, times, ratios (see streetShape).
const NOT_STREET_WORDS: ReadonlySet<string> = new Set(
  'mg mcg kg lb lbs ml unit units iu tab tabs tablet tablets cap caps capsule capsules puff puffs drop drops spray sprays mmhg bpm cm mm times day days week weeks wk wks month months hour hours hr hrs min mins minutes year years yr yrs yo daily bid tid qid prn'.split(' '),
);
const STREET_START = /^(?:\d{1,6}[A-Za-z]?(?:-\d{1,4})?[ \t]{1,2}\S|\p{Lu}|C\/|ul\.|(?:rua|rue|via|calle|avenida|avda|ulica)\b)/u;
// Street suffixes capitalised or in capitals ("Street", "St", "STREET"), as written in an address.
const SUFFIX_WORDS = [...lexicon.STREET_SUFFIXES, ...lexicon.NUMBERED_STREET_SUFFIXES]
  .filter((w) => !w.includes('.'))
  .flatMap((w) => [w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()])
  .sort((a, b) => b.length - a.length)
  .join('|');
const STRONG_SUFFIX = onFirstUse(
  String.raw`^\d{1,6}[A-Za-z]?(?:-\d{1,4})?[ \t]{1,2}(?:\d{1,5}[ \t]{1,2})?(?:[NSEW]\.?[ \t]{1,2})?\p{Lu}[\p{L}\p{M}'’\-]{0,30}(?:[ \t]{1,2}[\p{L}\d][\p{L}\p{M}'’\-]{0,30}){0,3}[ \t]{1,2}(?:${SUFFIX_WORDS})(?![\p{L}\d])`,
  'u',
);
const INTL_STREET_LINE = onFirstUse(
  String.raw`(?:^|[ \t])(?:\p{Lu}[\p{L}\p{M}'’\-]{1,30}(?:${INTL_STREET_ENDINGS})|(?:Via|Viale|Rue|Calle|Carrer|Avenida|Avda\.|Av\.|Rua|Rúa|Piazza|Plaza|Praça|Paseo|Chemin|Allée|Avenue|Boulevard|Strada|ul\.|Ul\.|C\/)(?:[ \t]{1,2}[\p{L}\p{M}'’\-]{1,30}){1,4}|\p{Lu}[\p{L}\p{M}'’\-]{1,30}[ \t](?:${INTL_STREET_WORDS_APART}))[ \t]{1,2}\d{1,5}[A-Za-z]?\b`,
  'u',
);
const ADDRESS_LABEL = /^(?:(?:home|mailing|street|postal|billing|shipping|permanent|current|new|old|work|patient|my|our)[ \t])?address[ \t]{0,2}:[ \t]{0,8}/i;
// The end of a line's first clause: a stop, or a blank between a number and a lower-case word ("Spain 20416 in case ...").
const MEASURE_AFTER = /^[ \t,.;]{0,3}(?:\p{L}{1,5}\/\p{L}{1,5}|mg|mcg|g|kg|ng|pg|mmol|meq|ml|l|dl|units?|iu|mmhg|bpm|cm|mm|lbs?|oz|x|times|days?|weeks?|wks?|months?|mos?|years?|yrs?|hours?|hrs?|h|min|mins|minutes|sec|am|pm|yo)\b/iu;
/** End of the first clause of `s`: a "?" or "!", or a blank or stop right after a number before a lower-case word or a blank; -1 when none. */
function headEnd(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 63 || c === 33) return i;
    if (!isDigit(c)) continue;
    let j = i + 1;
    const d = s.charCodeAt(j);
    if (d === 46 || d === 44 || d === 59) {
      if (isLineBlank(s.charCodeAt(j + 1))) return j;
      j++;
    }
    if ((s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9) && isLowerAt(s, j + 1)) return j;
  }
  return -1;
}

function isLowerAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c > 127 && /\p{Ll}/u.test(s.charAt(i)));
}
// Region codes that stand on a line of their own in an address: US states, Canadian provinces, Australian states.
const REGION_CODES: ReadonlySet<string> = new Set([...lexicon.STATE_CODES, 'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT', 'NSW', 'VIC', 'QLD', 'TAS', 'ACT']);

const isPrefixChar = (c: number): boolean => c === 32 || c === 9 || c === 62 || c === 63 || c === 124; // space tab > ? |
/** A space or tab, or the CR of a CRLF line end. */
const isLineBlank = (c: number): boolean => isBlank(c) || c === 13;
/** Blanks and stops that may close a line after its last part: " . , ?". */
const isClosingStop = (c: number): boolean => c === 46 || c === 44 || c === 63 || c === 33 || c === 59;
const UNIT_OR_BOX_FIRST = new CharCodeSet(charCodesOf('asufbp'));
const isStop = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 46 || c === 44 || c === 63;

interface Line {
  /** Start of the line (or of the window read, when the line is longer) and of its content. */
  readonly start: number;
  readonly cs: number;
  /** End of the content (before trailing blanks and a closing stop) and of its first clause. */
  readonly ce: number;
  headEnd: number;
  /** End of the line (its line break, or the end of the text). */
  readonly end: number;
  /** The content, its first clause, and whether it holds a digit or followed an "Address:" label. */
  readonly s: string;
  h: string;
  readonly digits: boolean;
  readonly labelled: boolean;
  /**
   * Roles, found when a block asks for them (-1 until then): `near` the street and unit parts (every one of
   * the whole content), `far` the town, region, code and country parts, `farFull` those of the whole content.
   */
  near: number;
  far: number;
  farFull: number;
  /**
   * Where a street that ends the line starts after prose ("Meet me at 5 Elm St"), and its role: found only
   * when a block reaches up to the line (-2 until then, -1 when none).
   */
  tail: number;
  tailRole: number;
  /** Only the end of a longer line was read. */
  readonly cut: boolean;
}

const NO_LINE: Line = lineOf(0, 0, 0, 0, 0, '', '', false, false, false);

function lineOf(start: number, cs: number, ce: number, headEnd: number, end: number, s: string, h: string, digits: boolean, labelled: boolean, cut: boolean): Line {
  const none = s.length === 0 || cut;
  return { start, cs, ce, headEnd, end, s, h, digits, labelled, near: none ? 0 : -1, far: none ? 0 : -1, farFull: none ? 0 : -1, tail: s.length === 0 && !cut ? -1 : -2, tailRole: 0, cut };
}

const NEAR = 1;
const FAR = 2;

/** The roles of the whole content found so far (not of its first clause, nor of a street after prose). */
const fullRoles = (line: Line): number => Math.max(line.near, 0) | Math.max(line.farFull, 0);

/** The roles of the line among the groups asked for (NEAR, FAR or both). */
function rolesOf(doc: DocumentView, line: Line, groups: number): number {
  if ((groups & NEAR) !== 0 && line.near < 0) line.near = nearRoles(line.s, line.labelled, line.digits);
  if ((groups & FAR) !== 0 && line.far < 0) {
    // The first clause: a number followed by its unit is a measurement, not a postal code ("223 ng/mL").
    const head = line.digits ? headEnd(line.s) : -1;
    if (head >= 0 && !MEASURE_AFTER.test(line.s.slice(head))) {
      line.h = line.s.slice(0, head);
      line.headEnd = line.cs + head;
    }
    line.farFull = farRoles(doc, line.s, line.digits);
    line.far = line.farFull | (line.h.length > 0 && line.h !== line.s ? farRoles(doc, line.h, true) & HEAD_ROLES : 0);
  }
  return ((groups & NEAR) !== 0 ? line.near : 0) | ((groups & FAR) !== 0 ? line.far : 0);
}

/** Finds the street after prose that ends the line, once (see Line.tail). */
function withTail(doc: DocumentView, line: Line): Line {
  if (line.tail !== -2) return line;
  line.tail = -1;
  if (line.near > 0 || line.ce <= line.cs) return line;
  const s = doc.text.slice(line.cs, line.ce);
  if (!/\d/.test(s)) return line;
  const at = streetTail(s, line.cut);
  if (at > 0) {
    line.tail = line.cs + at;
    line.tailRole = streetRole(s.slice(at), false);
  }
  return line;
}

const COUNTRY_FIRST_SET: ReadonlySet<string> = new Set(COUNTRY_FIRST_WORDS);
// Roles that may anchor a block without a strong part: its last lines (the block grows up from them).
const LAST_ROLES = POSTAL | REGION | COUNTRY | TOWN_POSTAL_WEAK;

export function findAddressBlocks(doc: DocumentView): Candidate[] {
  const text = doc.text;
  // Anchor lines, each with the groups of parts it may be (NEAR, FAR; offset * 4 + groups): unit and PO
  // box words before their number, countries, and numbers that start or end a line the way a street, a
  // postcode and town, or a postal code does.
  const anchors: number[] = [];
  for (const w of BLOCK_WORDS) {
    const list = doc.wordIndex.get(w);
    if (list) for (const i of list) if (numberAfter(text, (doc.tokens[i] as Token).end)) anchors.push((doc.tokens[i] as Token).start * 4 + NEAR);
  }
  // Countries, capitalised: "Norway 61682", "Portugal 44674 for post mail?" (a note holds few indexed words).
  for (const w of doc.wordIndex.keys()) {
    if (!COUNTRY_FIRST_SET.has(w)) continue;
    for (const i of doc.wordIndex.get(w) as readonly number[]) {
      const t = doc.tokens[i] as Token;
      if (t.capitalized || t.upper) anchors.push(t.start * 4 + FAR);
    }
  }
  // Line by line (a note has fewer lines than numbers): a number that opens the line's content, or one that
  // closes it before blanks, a stop and one letter ("4B").
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let cs = start;
    while (cs < end && cs - start <= 12 && isPrefixChar(text.charCodeAt(cs))) cs++;
    if (isDigit(text.charCodeAt(cs))) {
      let e = cs + 1;
      while (e < end && isDigit(text.charCodeAt(e))) e++;
      if (openingNumber(text, cs, e)) anchors.push(cs * 4 + (NEAR | FAR));
    } else {
      let ce = end;
      while (ce > cs && end - ce < 5 && isStop(text.charCodeAt(ce - 1))) ce--;
      if (isAsciiLetter(text.charCodeAt(ce - 1)) && isDigit(text.charCodeAt(ce - 2))) ce--;
      if (ce > cs && isDigit(text.charCodeAt(ce - 1))) {
        let at = ce - 1;
        while (at > cs && isDigit(text.charCodeAt(at - 1))) at--;
        const groups = closingNumber(text, at, ce);
        if (groups !== 0) anchors.push((ce - 1) * 4 + groups);
      }
    }
    start = end + 1;
  }
  if (anchors.length === 0) return [];
  const out: Candidate[] = [];
  const lines = new Map<number, Line>();
  let covered = -1;
  if (anchors.length > 1) anchors.sort((a, b) => a - b);
  for (const anchor of anchors) {
    const at = anchor >> 2;
    const groups = anchor & 3;
    if (at < covered) continue;
    const line = lineAt(doc, lines, at);
    if (line.end === 0) continue;
    // The strongest part the line can be; else its last part, so that the block grows up from it; else a
    // street with its suffix that ends a line of prose ("I'll meet you at Koskikatu 25 Apt. 4").
    const roles = rolesOf(doc, line, groups);
    let role = strongest(roles);
    if (!role && (roles & LAST_ROLES) !== 0) for (const r of ROLES) if ((roles & LAST_ROLES & r.bit) !== 0) role = r;
    if (!role && (groups & NEAR) !== 0 && withTail(doc, line).tailRole === STREET_STRONG) role = strongest(STREET_STRONG);
    if (!role) continue;
    covered = block(doc, lines, line, role, out);
  }
  return out;
}

function strongest(roles: number): Role | undefined {
  for (const r of ROLES) if (r.strong && (roles & r.bit) !== 0) return r;
  return undefined;
}

/** Whether a number follows a unit or box word ("Apt. 5", "Suite #12", "Box 44"), not a word ("flat affect"). */
function numberAfter(text: string, end: number): boolean {
  for (let i = end; i < text.length && i - end < 4; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c !== 32 && c !== 9 && c !== 46 && c !== 35) return false;
  }
  return false;
}

/** After a number that opens a line: the line's end, a blank or hyphen and a capital or digit ("12 Elm", "602 00"). */
function openingNumber(text: string, start: number, end: number): boolean {
  let c = text.charCodeAt(end);
  if (end >= text.length || c === 10 || c === 13) return true;
  if (c !== 32 && c !== 45 && c !== 9) return (c >= 65 && c <= 90) && (text.charCodeAt(end + 1) === 32 || text.charCodeAt(end + 1) === 9); // "12B Elm"
  c = text.charCodeAt(end + 1);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) return true;
  // A postal code that ends an address and a sentence's clause ("77233 for this card"); "5 mg" is a dose.
  if (c >= 97 && c <= 122) return end - start >= 4;
  return c > 127 && /\p{Lu}/u.test(text.charAt(end + 1));
}

/**
 * Before a number that closes a line as the last part of an address does: a word and a comma ("Gdańsk,
 * 84968"), a region code ("Kettleby, IL 62704"), a capitalised word before five digits ("Norway 61682"),
 * or a street word of another language ("Koskikatu 25"). Not a date ("Nov 6, 2017"), a time ("at 1841"),
 * a lab value ("BNP 1240") or a record number ("MRN 2442327").
 */
function closingNumber(text: string, at: number, end: number): number {
  const b = text.charCodeAt(at - 1);
  if (b !== 32 && b !== 9) return 0;
  const length = end - at;
  if (length >= 4 && length <= 6 && !(length === 4 && /^(?:19|20)/.test(text.slice(at, at + 2)))) {
    const c = text.charCodeAt(at - 2);
    if (c === 44) return isLetterAt(text, at - 3) ? FAR : 0;
    if (c >= 65 && c <= 90) {
      const code = REGION_BEFORE.exec(text.slice(Math.max(0, at - 6), at - 1));
      if (code && REGION_CODES.has(code[1] as string)) return FAR;
    }
    if (length === 5 && isLetterAt(text, at - 2) && /(?:^|[ \t,])\p{Lu}[\p{L}\p{M}'’\-]{1,30}$/u.test(text.slice(Math.max(0, at - 25), at - 1))) return FAR;
  }
  return streetWordBefore(text, at) ? NEAR : 0;
}

const REGION_BEFORE = /(?:^|[ \t,])([A-Z]{2,3})$/;

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isAsciiLetter(c) || (c > 127 && /\p{L}/u.test(text.charAt(i)));
}

/**
 * The line holding offset `at`, cached by its end. Only its last MAX_LINE characters are read: a longer
 * line can only end with a street after prose. A line whose end is further than that is no part.
 */
function lineAt(doc: DocumentView, lines: Map<number, Line>, at: number): Line {
  const text = doc.text;
  let end = at;
  while (end < text.length && text.charCodeAt(end) !== 10) {
    if (end - at > MAX_LINE) return NO_LINE;
    end++;
  }
  const cached = lines.get(end);
  if (cached !== undefined) return cached;
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && end - start <= MAX_LINE) start--;
  const cut = start > 0 && text.charCodeAt(start - 1) !== 10;
  const line = classify(doc, start, end, cut);
  lines.set(end, line);
  return line;
}

function classify(doc: DocumentView, start: number, end: number, cut: boolean): Line {
  const text = doc.text;
  let cs = start;
  while (cs < end && isPrefixChar(text.charCodeAt(cs))) cs++;
  let ce = end;
  while (ce > cs && isLineBlank(text.charCodeAt(ce - 1))) ce--;
  // Longer than any part: only a street after prose can end it (found on demand, see withTail).
  if (ce - cs > 64 && !cut) return lineOf(start, cs, ce, cs, end, '', '', false, false, true);
  let s = text.slice(cs, ce);
  let labelled = false;
  const colon = s.length > 8 ? s.indexOf(':') : -1;
  const label = !cut && colon > 6 && colon < 30 ? ADDRESS_LABEL.exec(s) : null;
  if (label) {
    cs += label[0].length;
    s = s.slice(label[0].length);
    labelled = true;
  }
  // A closing stop is not part of the address ("... Sweden."); the dot of "u. 15." and "St." is.
  while (s.length > 0 && isClosingStop(s.charCodeAt(s.length - 1)) && !/(?:\b(?:u|ul|str|st|rd|ave|dr|ln)|\d)\.$/i.test(s)) {
    s = s.slice(0, -1);
    ce--;
  }
  if (s.length === 0 || cut) return lineOf(start, cs, ce, cs, end, '', '', false, false, cut);
  return lineOf(start, cs, ce, ce, end, s, s, hasDigit(s), labelled, false);
}

/** Where a street line starts after prose that ends a word in lower case or a colon ("sent to 12 Elm St"): -1 when none. */
function streetTail(s: string, cut: boolean): number {
  // A street is at most 60 characters and starts with a number or a capital: only such words are tried.
  for (let i = Math.max(cut ? s.indexOf(' ') : 1, s.length - 61); i > 0 && i < s.length; i = s.indexOf(' ', i + 1)) {
    if (s.charCodeAt(i) !== 32) continue;
    let next = i + 1;
    while (next < s.length && isLineBlank(s.charCodeAt(next))) next++;
    const c = s.charCodeAt(next);
    if (!(isDigit(c) || (c >= 65 && c <= 90) || (c > 127 && !isLowerAt(s, next)))) continue;
    // The word before must be prose: lower case, or ending with a colon.
    let w = i;
    while (w > 0 && !isLineBlank(s.charCodeAt(w - 1))) w--;
    if (!(isLowerAt(s, w) || s.charCodeAt(i - 1) === 58)) continue;
    if (s.length - next <= 60 && streetRole(s.slice(next), false) !== 0) return next;
  }
  return -1;
}

/** The street role of `s` (strong with a street suffix, a foreign street word or an address label), or 0. */
function streetRole(s: string, labelled: boolean): number {
  if (s.length > 60 || !streetShape(s) || !STREET_START.test(s)) return 0;
  return labelled || STRONG_SUFFIX().test(s) || INTL_STREET_LINE().test(s) || UNIT_AT_END.test(s) ? STREET_STRONG : STREET;
}

/** Whether `s` is a unit line ("Apt. 12") or a PO box line: parts of the street group alone. */
function unitOrBox(s: string, digits: boolean): number {
  const c0 = s.charCodeAt(0);
  // Units and PO boxes start with one of a, s, u, f, b, p (any case).
  if (!digits || isDigit(c0) || !UNIT_OR_BOX_FIRST.has(c0 | 32)) return 0;
  if (s.length <= 20 && UNIT_LINE.test(s)) return STRONG_UNIT_START.test(s) ? UNIT_STRONG : UNIT;
  if (PO_BOX_LINE.test(s)) return /^box/i.test(s) ? STREET : STREET_STRONG;
  return 0;
}

/** Codes end with a digit or a capital; regions are short. */
function codeOrRegion(s: string): number {
  const n = s.length;
  const last = s.charCodeAt(n - 1);
  const codeLast = isDigit(last) || (last >= 65 && last <= 90);
  if (codeLast && n <= 10 && POSTAL_LINE.test(s)) return POSTAL;
  if (codeLast && n <= 16 && REGION_POSTAL_LINE.test(s)) return REGION_POSTAL;
  if (n <= 6 && REGION_LINE.test(s)) return s.charCodeAt(0) === 44 || REGION_CODES.has(s) ? REGION : 0;
  return -1;
}

/** The street and unit parts `s` can be. */
function nearRoles(s: string, labelled: boolean, digits: boolean): number {
  const unit = unitOrBox(s, digits);
  if (unit !== 0) return unit;
  // A postal code or a region line ("SW1A 1AA", "ON M5V 2T6") is no street: they are short.
  if (!digits || (s.length <= 16 && codeOrRegion(s) >= 0)) return 0;
  return streetRole(s, labelled);
}

/** The town, region, postal code and country parts `s` can be. */
function farRoles(doc: DocumentView, s: string, digits: boolean): number {
  if (unitOrBox(s, digits) !== 0) return 0;
  const codeRole = codeOrRegion(s);
  if (codeRole >= 0) return codeRole;
  const n = s.length;
  const last = s.charCodeAt(n - 1);
  const codeLast = isDigit(last) || (last >= 65 && last <= 90);
  let roles = 0;
  if (isDigit(s.charCodeAt(0))) {
    const first = CODE_FIRST.exec(s);
    if (first && isTown(doc, s.slice(first[0].length))) roles |= TOWN_POSTAL;
  } else {
    const postal = codeLast && digits ? POSTAL_AT_END.exec(s) : null;
    if (postal) {
      let rest = s.slice(0, postal.index).replace(/[ \t,]{1,8}$/, '');
      if (isCountry(rest)) roles |= COUNTRY_POSTAL;
      else {
        // "Kettleby IL 62704", "Gdańsk, 84968": a bare number after a word is a postal code only with a region
        // code or a comma before it, or in a postal code's own shape ("Ferritin 223" is a lab value).
        const region = REGION_AT_END.exec(rest);
        if (region) rest = rest.slice(0, region.index).replace(/[ \t,]{1,8}$/, '');
        const code = postal[1] as string;
        const marked = region !== null || s.charCodeAt(postal.index) === 44 || /,[ \t]{0,8}$/.test(s.slice(0, postal.index + 1));
        if ((marked || code.length >= 5) && isTown(doc, rest)) roles |= marked ? TOWN_POSTAL : TOWN_POSTAL_WEAK;
      }
    } else if (digits || n > 50) {
      // A town, a region or a country holds no digit.
    } else if (isCountry(s)) roles |= COUNTRY;
    else if (lexicon.US_STATES.has(s.toLowerCase())) roles |= REGION;
    else if (isTown(doc, s)) roles |= TOWN;
    else if (n <= 40 && TOWN_SHAPE().test(s) && !NOT_TOWNS.has(s.toLowerCase())) roles |= TOWN_LOOSE;
  }
  return roles;
}

// Lower-case words a street line may hold: particles, street words of other languages, unit words. Any other
// lower-case word makes the line prose ("Meet me at 12 Elm St").
export const STREET_LOWER: ReadonlySet<string> = new Set([...TOWN_PARTICLES, 'dos', 'dei', 'degli', 'delle', 'dels', 'ten', 'ter', 'te', 'str', 'gate', 'gata', 'gatan', 'vej', 'vei', 'veien', 'vegen', 'tie', 'tee', 'põik', 'utca', 'út', 'útja', 'tér', 'körút', 'rkp', 'krt', 'kapu', 'sor', 'köz', 'fasor', 'ul', 'al', 'pl', 'os', 'apt', 'suite', 'ste', 'unit', 'bis', 'st', 'rd', 'ave', 'av', 'no', 'nr']);

/**
 * One pass over a line: a number and a word of two letters at least, at most eight words, no lower-case word
 * but those of STREET_LOWER, no unit after a number ("10 mg", "2 weeks"), none of the signs of a value
 * (":;=@%<>{}[]|\\", a slash before a non-blank, a decimal point).
 */
function streetShape(s: string): boolean {
  let words = 0;
  let digit = false;
  let letters = false;
  let afterNumber = false;
  for (let i = 0; i < s.length; ) {
    while (i < s.length && isLineBlank(s.charCodeAt(i))) i++;
    if (i >= s.length) break;
    if (++words > 8) return false;
    const first = s.charCodeAt(i);
    let end = i;
    let run = 0;
    let allDigits = true;
    for (; end < s.length; end++) {
      const c = s.charCodeAt(end);
      if (isLineBlank(c)) break;
      if (isDigit(c)) {
        digit = true;
        const n = s.charCodeAt(end + 1);
        if ((n === 46 || n === 44) && isDigit(s.charCodeAt(end + 2))) return false; // 98.6
        run = 0;
      } else {
        allDigits = false;
        if (VALUE_SIGNS.has(c) || (c === 47 && end + 1 < s.length && !isLineBlank(s.charCodeAt(end + 1)))) return false;
        if (isAsciiLetter(c) || c > 127) {
          if (++run >= 2) letters = true;
        } else run = 0;
      }
    }
    if (!allDigits && (isAsciiLetter(first) || first > 127)) {
      let stop = end;
      while (stop > i && (s.charCodeAt(stop - 1) === 46 || s.charCodeAt(stop - 1) === 44)) stop--;
      const lower = isLowerAt(s, i);
      if (lower || afterNumber) {
        const w = s.slice(i, stop).toLowerCase();
        if (afterNumber && NOT_STREET_WORDS.has(w)) return false;
        if (lower && w.length >= 2 && !STREET_LOWER.has(w)) return false;
      }
    }
    afterNumber = allDigits;
    i = end;
  }
  return digit && letters;
}
const VALUE_SIGNS = new CharCodeSet(charCodesOf(':;=@%<>{}[]|\\'));
const hasDigit = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) return true;
  return false;
};

/** Whether `s` is a country name, with a qualifier in brackets allowed after it ("Cyprus (Greek)"). */
function isCountry(s: string): boolean {
  if (s.length < 2 || s.length > 50) return false;
  const blank = s.indexOf(' ');
  if (!COUNTRY_FIRST_SET.has((blank < 0 ? s : s.slice(0, blank)).toLowerCase())) return false;
  if (blank < 0) return COUNTRY_NAMES.has(s.toLowerCase());
  const name = (s.charCodeAt(s.length - 1) === 41 ? s.replace(/[ \t]\([\p{L}\p{M} ]{1,20}\)$/u, '') : s).toLowerCase();
  return COUNTRY_NAMES.has(name.includes('\t') || name.includes('  ') ? name.replace(/[ \t]{1,8}/g, ' ') : name);
}

/** Whether `s` has a town's shape: capitalised words, one at least neither a common nor a clinical word. */
export function isTown(doc: DocumentView, s: string): boolean {
  if (s.length < 3 || s.length > 50 || !TOWN_SHAPE().test(s)) return false;
  const lower = s.toLowerCase();
  if (COUNTRY_NAMES.has(lower) || lexicon.US_STATES.has(lower)) return false;
  if (doc.dict.anyTowns.has(lower)) return true;
  let named = false;
  for (let i = 0, k = 0; i < s.length; k++) {
    while (i < s.length && (isLineBlank(s.charCodeAt(i)) || s.charCodeAt(i) === 40)) i++; // blanks, "("
    let end = i;
    while (end < s.length && !isLineBlank(s.charCodeAt(end)) && s.charCodeAt(end) !== 41) end++;
    if (end === i) break;
    const w = lower.slice(i, end);
    if (k > 0 && isLowerAt(s, i) && !TOWN_PARTICLES.has(w)) return false;
    if (w.length >= 3 && !isDigit(w.charCodeAt(0)) && !doc.dict.commonWords.has(w) && !NOT_TOWNS.has(w)) named = true;
    i = end + (s.charCodeAt(end) === 41 ? 1 : 0);
  }
  return named;
}

/**
 * Numbers of places in running text, in one pass over the digit runs: the house number after a street word
 * of another language written apart from the name ("Villacher Strasse 89", "Király u. 15."), and a postal
 * code after a country that follows a comma or starts a line ("..., Spain 16200", the country kept inside
 * the span), or after a town after "in" ("an office in Kettleby 4721 since May"). Not a year ("Spain
 * 2019", "in Cerner 2015"), not common words ("in Room 4012"), not a dose ("in Keflex 1000 mg").
 */
export function findPlaceNumbers(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  const text = doc.text;
  const runs = doc.digitRuns;
  for (let r = 0; r < runs.length; r++) {
    const at = runs[r] as number;
    const length = doc.digitRunLengths[r] as number;
    const c2 = text.charCodeAt(at - 2);
    if (length <= 5 && at > 4 && isLineBlank(text.charCodeAt(at - 1)) && (isAsciiLetter(c2) || c2 === 46 || c2 > 127) && apartStreet(doc, at, length, out)) continue;
    // Cheap gates: a blank and a word (or a bracket: "Cyprus (Greek) 13429") right before, the end of a
    // clause or a second group of the code right after, and "in " or a comma or line break not far before.
    if (length < 3 || length > 6 || at < 3 || !isLineBlank(text.charCodeAt(at - 1))) continue;
    const next = text.charCodeAt(at + length);
    // Three digits only with a second group ("840 24"); four not a year.
    if (length === 3 ? !(next === 32 && isDigit(text.charCodeAt(at + 4)) && isDigit(text.charCodeAt(at + 5))) : length === 4 && isYearStart(text, at)) continue;
    if (at + length < text.length && !(isLineBlank(next) || isClosingStop(next) || next === 41 || next === 10 || next === 45)) continue;
    const c = text.charCodeAt(at - 2);
    if ((c !== 41 && !isLetterAt(text, at - 2)) || !placeCueBefore(text, at)) continue;
    const code = CODE_AT.exec(text.slice(at, at + 9));
    if (!code || (code[0].length === 4 && /^(?:19|20)/.test(code[0]))) continue;
    const end = at + code[0].length;
    const after = text.charCodeAt(end);
    if (end < text.length && !(isClosingStop(after) || after === 41 || after === 10 || (isLineBlank(after) && isLowerAt(text, end + 1)) || (isLineBlank(after) && after !== 13 && end + 1 === text.length))) continue;
    if (MEASURE_AFTER.test(text.slice(end, end + 12))) continue;
    const before = text.slice(Math.max(0, at - 48), at - 1);
    const country = COUNTRY_BEFORE_CODE().exec(before);
    if (country && isCountry(country[1] as string)) {
      out.push(candidate(at - 1 - (country[1] as string).length, end, 'ADDRESS', 0.8, 'place-postcode', { kind: 'pattern', detail: 'country-postcode' }));
      continue;
    }
    const cue = before.lastIndexOf(' in ');
    if (cue < 0) continue;
    const town = TOWN_BEFORE_CODE().exec(before.slice(cue + 4));
    if (!town || !isTown(doc, town[0]) || isCountry(town[0])) continue;
    out.push(candidate(at - 1 - town[0].length, at - 1, 'LOCATION', 0.72, 'place-postcode', { kind: 'context', detail: 'cue:in' }));
    out.push(candidate(at, end, 'ZIP', 0.72, 'place-postcode', { kind: 'pattern', detail: 'postcode-after-town' }));
  }
  return out;
}
/**
 * A street whose street word stands apart before the house number: one to three capitalised name words
 * before it ("Villacher Strasse 89", "Kálmán Imre u. 12."). Returns whether it found one.
 */
function apartStreet(doc: DocumentView, at: number, length: number, out: Candidate[]): boolean {
  const text = doc.text;
  if (!apartWordBefore(text, at)) return false;
  const m = NAME_BEFORE_APART().exec(text.slice(Math.max(0, at - 80), at - 1));
  if (!m) return false;
  let end = at + length;
  if (isAsciiLetter(text.charCodeAt(end)) && !isAsciiLetter(text.charCodeAt(end + 1))) end++; // "12B"
  // Round 118: a flat after a slash, as Austria and Czechia write it ("Grazer Gasse 19/4").
  const flat = text.charCodeAt(end) === 47 ? /^\/\d{1,4}(?![\d\/.,]\d)/.exec(text.slice(end, end + 7)) : null;
  if (flat) end += flat[0].length;
  out.push(candidate(at - 1 - (m[1] as string).length, end, 'ADDRESS', 0.82, 'place-numbers', { kind: 'pattern', detail: 'street-word-apart' }));
  return true;
}
// A building number, one to three capitalised words, then the street word written apart ("Villacher Strasse", "Petőfi u.").
const NAME_BEFORE_APART = onFirstUse(String.raw`(?:^|[^\p{L}\d])((?:\d{1,6}[ \t])?\p{Lu}[\p{L}'’\-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’\-]{1,30}){0,2}[ \t](?:${INTL_STREET_WORDS_APART}))$`, 'u');

/** "19.." or "20..": a year, not a postal code of four digits. */
function isYearStart(text: string, at: number): boolean {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  return (a === 49 && b === 57) || (a === 50 && b === 48);
}

/** Whether a comma, a line break or " in " stands in the 48 characters before `at` (read back by char code). */
function placeCueBefore(text: string, at: number): boolean {
  for (let i = at - 2, from = Math.max(3, at - 48); i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 10) return true;
    if (c === 32 && text.charCodeAt(i - 1) === 110 && text.charCodeAt(i - 2) === 105 && text.charCodeAt(i - 3) === 32) return true;
  }
  return false;
}

// The code: 4-6 digits, "840 24", "3610-114".
const CODE_AT = /^(?:\d{4,6}|\d{3}[ ]\d{2}|\d{4}-\d{3})(?![\d\-\/:.,]\d|\d)/;
// The town after "in ": capitalised words, particles between them, a district letter after ("København K").
const TOWN_BEFORE_CODE = onFirstUse(String.raw`^[ \t]{0,1}\p{Lu}[\p{L}\p{M}'’\-]{1,30}(?:[ \t](?:\p{Lu}[\p{L}\p{M}'’\-]{0,30}|de|da|do|del|la|nad|u)){0,3}$`, 'u');
// The words before a postal code, after a comma or a line start: "(, )Czech Republic" "(\n)Spain".
const COUNTRY_BEFORE_CODE = onFirstUse(String.raw`(?:,[ \t]{1,2}|\n[ \t>]{0,4})(\p{Lu}[\p{L}\p{M}]{1,20}(?:[ \t]\p{L}[\p{L}\p{M}]{1,20}){0,3}(?:[ \t]\([\p{L}\p{M} ]{1,20}\))?)$`, 'u');

function previousLine(doc: DocumentView, lines: Map<number, Line>, line: Line): Line {
  return line.start > 0 && doc.text.charCodeAt(line.start - 1) === 10 ? lineAt(doc, lines, line.start - 1) : NO_LINE;
}

function nextLine(doc: DocumentView, lines: Map<number, Line>, line: Line): Line {
  return line.end < doc.text.length ? lineAt(doc, lines, line.end + 1) : NO_LINE;
}

const isEmpty = (line: Line): boolean => line.end > 0 && line.cs >= line.ce;

/** Grows the block around its anchor, emits its lines when it holds two or more, and returns its end. */
function block(doc: DocumentView, lines: Map<number, Line>, anchor: Line, anchorRole: Role, out: Candidate[]): number {
  const below: [Line, Role][] = [];
  // Down: each line fills a later part.
  let last = anchorRole;
  let line: Line = anchor;
  for (let n = 0; n < MAX_REACH; n++) {
    let next = nextLine(doc, lines, line);
    // A blank line may stand before the country ("Riisa\n\n Estonia 62488").
    if (isEmpty(next) && below.length > 0) {
      const after = nextLine(doc, lines, next);
      if ((rolesOf(doc, after, FAR) & (COUNTRY | COUNTRY_POSTAL | POSTAL)) !== 0) next = after;
    }
    // Below a unit only town, region, code and country parts can stand.
    const role = pickBelow(rolesOf(doc, next, last.hi >= 1 ? FAR : NEAR | FAR), last);
    if (!role) break;
    below.push([next, role]);
    last = role;
    line = next;
  }
  // Up: each line fills an earlier part; a street may end a line of prose.
  const above: [Line, Role][] = [];
  let first = anchorRole;
  line = anchor;
  for (let n = 0; n < MAX_REACH && first.lo > 0; n++) {
    const prev = previousLine(doc, lines, line);
    if (prev === NO_LINE) break;
    // Above a town only street and unit parts can stand.
    const role = pickAbove(rolesOf(doc, prev, first.lo <= 2 ? NEAR : NEAR | FAR), first) ?? pickAbove(withTail(doc, prev).tailRole, first);
    if (!role) break;
    above.push([prev, role]);
    first = role;
    line = prev;
    if (prev.tail >= 0 && (fullRoles(prev) & role.bit) === 0) break; // prose before it: the block starts here
  }
  // A town line held by shape alone needs parts on both sides of it.
  const parts: [Line, Role][] = [...above.reverse(), [anchor, anchorRole], ...below];
  let from = 0;
  let to = parts.length;
  for (let k = 0; k < parts.length; k++) {
    if ((parts[k] as [Line, Role])[1].bit !== TOWN_LOOSE) continue;
    if (k === 0) from = 1;
    if (k === parts.length - 1) to = k;
  }
  if (to - from < 2) return anchor.end;
  // Without a strong part, three lines or more and all three sections: street or unit, town, then region,
  // code or country ("MCV 90\nPlatelets 45000" is no address).
  let strong = false;
  let sections = 0;
  for (let k = from; k < to; k++) {
    const role = (parts[k] as [Line, Role])[1];
    if (role.strong) strong = true;
    sections |= (role.lo <= 1 ? 1 : 0) | (role.lo <= 2 && role.hi >= 2 ? 2 : 0) | (role.hi >= 3 ? 4 : 0);
  }
  if (!strong && (sections !== 7 || to - from < 3)) return anchor.end;
  for (let k = from; k < to; k++) {
    const [l, role] = parts[k] as [Line, Role];
    const full = fullRoles(l);
    const start = (full & role.bit) === 0 && (l.tailRole & role.bit) !== 0 ? l.tail : l.cs;
    const stop = (full & role.bit) !== 0 || start === l.tail ? l.ce : l.headEnd;
    if (stop > start) out.push(candidate(start, stop, role.type, 0.8, 'address-block', { kind: 'pattern', detail: 'address-block' }));
  }
  return (parts[to - 1] as [Line, Role])[0].end;
}

/** The part a line below `last` fills: the earliest after it, a strong one before a weak one. */
function pickBelow(roles: number, last: Role): Role | undefined {
  let best: Role | undefined;
  if (roles === 0) return best;
  for (const r of ROLES) {
    if ((roles & r.bit) === 0 || r.lo <= last.hi) continue;
    if (!best || r.lo < best.lo || (r.lo === best.lo && r.strong && !best.strong)) best = r;
  }
  return best;
}

/** The part a line above `first` fills: the latest before it, a strong one before a weak one. */
function pickAbove(roles: number, first: Role): Role | undefined {
  let best: Role | undefined;
  if (roles === 0) return best;
  for (const r of ROLES) {
    if ((roles & r.bit) === 0 || r.hi >= first.lo) continue;
    if (!best || r.hi > best.hi || (r.hi === best.hi && r.strong && !best.strong)) best = r;
  }
  return best;
}
