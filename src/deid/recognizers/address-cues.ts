// Addresses named by a cue on their own line: a street in European order, its number after the name, after
// "lives at", "address:", "moved to" ("lives at Koskikatu 25, Rovaniemi"), an intersection after "corner of"
// ("the corner of Elm St and 5th Ave"), and the value of an "Address:" field.
import { isTown, NOT_TOWNS, STREET_LOWER } from './address-block.js';
import { COUNTRY_NAMES } from './cities.js';
import type { Token } from '../text/tokens.js';
import { isDigit } from '../text/chars.js';
import { candidate, type Candidate, type DocumentView } from './types.js';
import { onFirstUse } from './machine-code.js';

// Cue words and the word that must follow each ("lives at", "lives off", "moved to", "address is", "address:").
const CUE_NEXT: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...['lives', 'living', 'lived', 'live', 'resides', 'residing', 'reside', 'stays', 'staying', 'located'].map((w): [string, string[]] => [w, ['at', 'on', 'off']]),
  ...['moved', 'relocated', 'sent', 'mailed', 'shipped', 'delivered', 'returned'].map((w): [string, string[]] => [w, ['to']]),
  ['address', ['is', 'to', ':']],
  // German and French: "wohnhaft Am Mühlbach 7, 87527 Sonthofen", "Anschrift: ...", "Adresse : 4520, rue ...".
  ['wohnhaft', ['', 'in']],
  ['anschrift', [':']],
  ['adresse', [':']],
  // Round 74: a residence field ("Residence: Likoni, Mombasa") and Malay's "Alamat:" (address) on referral forms.
  ['residence', [':']],
  ['alamat', [':']],
]);
export const ADDRESS_CUE_WORDS: readonly string[] = [...CUE_NEXT.keys(), 'corner'];

// A cue's next word, its colon, or (for the cues that take the street right after them) a blank.
const CUE_TAIL = /[ \t]{1,2}(at|on|off|to|is|in)[ \t]{1,3}|[ \t]{0,2}(:)[ \t]{1,8}|[ \t]{1,2}/y;
// A postal code and a town after a street: ", 87527 Sonthofen".
const POSTCODE_TOWN_AFTER = onFirstUse(String.raw`,[ \t]{1,2}(\d{4,5})[ \t]{1,2}(\p{Lu}[\p{L}\p{M}'’\-]{1,30})(?![\p{L}\p{M}\d])`, 'uy');
// A numbered road is named by its number, whatever its words: "lives off Route 9", "lives on County Road 12".
const NUMBERED_ROUTE = /^(?:(?:State|STATE|County|COUNTY|US|U\.S\.|Farm|FARM|Rural|RURAL|Old|OLD)[ \t]{1,2})?(?:Route|ROUTE|Rte\.?|RTE|Highway|HIGHWAY|Hwy\.?|HWY|Road|ROAD)$/;
// A form's next field after a column's gap: "   Tel: ", "   Mob No: ".
const FIELD_AFTER_GAP = /[ \t]{3}\p{Lu}[\p{L}.]{1,15}(?:[ \t]\p{L}{1,10})?[ \t]?:/u;
// Two or three places, each one or two capitalised words, comma-separated ("Likoni, Mombasa").
const TOWNS_ONLY = onFirstUse(String.raw`^\p{Lu}[\p{L}'’\-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’\-]{1,30})?(?:,[ \t]\p{Lu}[\p{L}'’\-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’\-]{1,30})?){1,2}$`, 'u');
const CORNER_OF = /[ \t]{1,2}of[ \t]{1,3}/y;
const AND = /\.?[ \t]{1,2}(?:and|&)[ \t]{1,2}/y;
// A street in European order: name words, then the house number ("Pivovarská 276", "Kálmán Imre u. 12.").
// A number may stand before it ("10252 Μεγάλη Άμμος 184", a building or postal number).
const STREET_NUMBER_LAST = onFirstUse(String.raw`(?:\d{1,6}[ \t]{1,2})?(\p{Lu}[\p{L}\p{M}'’.\-]{0,30}(?:[ \t]{1,2}[\p{L}\p{M}][\p{L}\p{M}'’.\-]{0,30}){0,4})[ \t]{1,2}\d{1,5}[A-Za-z]?(?![\p{L}\d\-\/%]|[.,:]\d)\.?`, 'uy');
const STREET_NUMBER_FIRST = onFirstUse(String.raw`(?:\d{1,6}[ \t]{1,2})?\d{1,5}[A-Za-z]?[ \t]{1,2}(\p{Lu}[\p{L}\p{M}'’.\-]{0,30}(?:[ \t]{1,2}[\p{L}\p{M}][\p{L}\p{M}'’.\-]{0,30}){0,5})(?=,)`, 'uy');
const MEASURE_AFTER = /^[ \t]{0,2}(?:mg|mcg|ml|mL|units?|x|times|days?|weeks?|months?|years?|hours?|min|minutes|am|pm|o'clock)\b/;
const TOWN_AFTER = /,[ \t]{1,2}(\p{Lu}[\p{L}\p{M}'’\-]{0,30}(?:[ \t](?:\p{Lu}[\p{L}\p{M}'’\-]{0,30}|\p{Ll}{1,3}))?(?:[ \t](?:\p{Lu}[\p{L}\p{M}'’\-]{0,30}|\p{Ll}{1,3})){0,2})/uy;
const COUNTRY_AFTER = onFirstUse(String.raw`,[ \t]{1,2}(\p{Lu}[\p{L}\p{M}]{1,20}(?:[ \t]\p{Lu}[\p{L}\p{M}]{1,20}){0,2})`, 'uy');
// A word of a street name in an intersection: capitalised, a number ("5th", "21"), or a street particle.
const STREET_WORD = /(?:[\p{Lu}\d][\p{L}\p{M}\d'’.\-]{0,30}|[\p{Ll}][\p{L}\p{M}'’.]{0,8})(?=[ \t,.;:?!)]|$)/uy;

export function findCueAddresses(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  for (const [word, next] of CUE_NEXT) {
    const list = doc.wordIndex.get(word);
    if (list) for (const i of list) cueStreet(doc, doc.tokens[i] as Token, next, out);
  }
  const corners = doc.wordIndex.get('corner');
  if (corners) for (const i of corners) corner(doc, doc.tokens[i] as Token, out);
  return out;
}

function cueStreet(doc: DocumentView, cue: Token, next: readonly string[], out: Candidate[]): void {
  const text = doc.text;
  CUE_TAIL.lastIndex = cue.end;
  const m = CUE_TAIL.exec(text);
  if (!m || !next.includes(m[1] ?? m[2] ?? '')) return;
  const p = cue.end + m[0].length;
  if (m[2] === ':' && fieldStart(text, cue.start) && addressField(doc, p, out, cue.lower === 'residence')) return;
  STREET_NUMBER_LAST().lastIndex = p;
  let s = STREET_NUMBER_LAST().exec(text);
  if (s && (!(streetName(doc, s[1] as string) || NUMBERED_ROUTE.test(s[1] as string)) || MEASURE_AFTER.test(text.slice(p + s[0].length, p + s[0].length + 10)))) return;
  if (s) out.push(candidate(p, p + s[0].length, 'ADDRESS', 0.8, 'address-cue', { kind: 'pattern', detail: 'street-number-last' }, { kind: 'context', detail: `cue:${cue.lower}` }));
  else {
    // Number first ("12 Elm Street", "31 Rue des Lilas"): the street patterns find it; the town after it is ours.
    STREET_NUMBER_FIRST().lastIndex = p;
    s = STREET_NUMBER_FIRST().exec(text);
    if (!s || !streetName(doc, s[1] as string, false)) {
      // "lives on Appleway.", "lives off Birchwood near the mill": a street named alone.
      const bare = m[1] === 'on' || m[1] === 'off' ? bareStreetEnd(doc, p) : -1;
      if (bare > p) out.push(candidate(p, bare, 'ADDRESS', 0.72, 'address-cue', { kind: 'pattern', detail: 'bare-street' }, { kind: 'context', detail: `cue:${cue.lower}` }));
      return;
    }
  }
  let end = p + s[0].length;
  POSTCODE_TOWN_AFTER().lastIndex = end;
  const pt = POSTCODE_TOWN_AFTER().exec(text);
  if (pt) {
    const code = end + pt[0].indexOf(pt[1] as string);
    out.push(candidate(code, code + (pt[1] as string).length, 'ZIP', 0.8, 'address-cue', { kind: 'pattern', detail: 'postcode-after-street' }));
    out.push(candidate(end + pt[0].length - (pt[2] as string).length, end + pt[0].length, 'LOCATION', 0.78, 'address-cue', { kind: 'pattern', detail: 'town-after-street' }));
    return;
  }
  // The town after it, and the country after the town, are part of the address.
  TOWN_AFTER.lastIndex = end;
  const t = TOWN_AFTER.exec(text);
  if (!t) return;
  const town = (t[1] as string).replace(/(?:[ \t]\p{Ll}{1,3}){1,3}$/u, '');
  if (!isTown(doc, town) && !/^\p{Lu}[\p{L}\p{M}'’\-]{2,30}[ \t]\p{Lu}$/u.test(town)) return;
  const townStart = end + t[0].indexOf(town);
  end = townStart + town.length;
  COUNTRY_AFTER().lastIndex = end;
  const c = COUNTRY_AFTER().exec(text);
  if (c && COUNTRY_NAMES.has((c[1] as string).toLowerCase())) end += c[0].length;
  out.push(candidate(townStart, end, 'LOCATION', 0.78, 'address-cue', { kind: 'pattern', detail: 'town-after-street' }));
}

// One or two capitalised words that end the clause, or go on with a place word: a street named without its kind.
const BARE_STREET = onFirstUse(String.raw`\p{Lu}[\p{Ll}\p{M}'’\-]{2,30}(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’\-]{2,30})?(?=[ \t]{0,2}(?:[.,;:)]|\r?\n|$)|[ \t]{1,2}(?:near|by|in|and|since|across|behind|past)\b)`, 'uy');

/**
 * End of a street named alone at `p` after "lives on", "Walgreens on" ("Appleway", "Grand Teton"), or -1: one word at
 * least in no list of common words or non-towns ("lives on Social Security" names none).
 */
export function bareStreetEnd(doc: DocumentView, p: number): number {
  BARE_STREET().lastIndex = p;
  const m = BARE_STREET().exec(doc.text);
  return m && streetName(doc, m[0]) && !LIVED_ON_PROGRAMS.has(m[0].toLowerCase()) ? p + m[0].length : -1;
}
/**
 * Round 61: end of a street named alone at `p` whatever its words ("Chestnut", "Juniper"), or -1: only where something else
 * says it is a street (a store on it and its town after it: "the Walgreens on Chestnut in Fairhaven"). Not a program one lives on.
 */
export function bareStreetAnyEnd(doc: DocumentView, p: number): number {
  BARE_STREET().lastIndex = p;
  const m = BARE_STREET().exec(doc.text);
  return m && !LIVED_ON_PROGRAMS.has(m[0].toLowerCase()) && !WHEN_NOT_STREET.test(m[0]) ? p + m[0].length : -1;
}
/** A day or a season said after "on", no street: "on Black Friday", "on Christmas Eve", "on Easter", "on Sale". */
const WHEN_NOT_STREET = /(?:day|eve|christmas|easter|thanksgiving|halloween|holiday|holidays|weekend|weekends|sale|break|vacation|duty|call|time)$/i;
/** What a person "lives on" that is no street: benefits ("lives on Medicaid", "lives on SSDI" is in capitals). */
const LIVED_ON_PROGRAMS = new Set(['medicaid', 'medicare', 'tricare', 'medi-cal', 'masshealth', 'disability', 'welfare', 'pension', 'unemployment']);

/** Whether the word at `at` starts its line, or follows one qualifier word there ("Home address:"). */
function fieldStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i >= 0 && text.charCodeAt(i) !== 10) {
    while (i >= 0 && /[A-Za-z]/.test(text.charAt(i))) i--;
    if (i >= 0 && text.charCodeAt(i) !== 10) return false;
  }
  // "Email address:", "IP address:" name other things.
  return !/(?:e-?mail|ip|mac|web|url|internet|server|return|reply)[ \t]{1,2}address$/i.test(text.slice(Math.max(0, at - 16), at + 7));
}

/** The value of an "Address:" field to the end of its line, when it holds a number and a capitalised word. */
function addressField(doc: DocumentView, p: number, out: Candidate[], townsOnly = false): boolean {
  const text = doc.text;
  let end = p;
  while (end < text.length && text.charCodeAt(end) !== 10 && end - p < 120) end++;
  if (end - p >= 120) return false;
  // Round 74: a form's next field in the same line ends the value ("Likoni, Mombasa   Tel: 0700 ...").
  const column = FIELD_AFTER_GAP.exec(text.slice(p, end));
  if (column) end = p + column.index;
  // "Residence: Likoni, Mombasa": a residence names its neighbourhood and town, with no number.
  if (townsOnly && TOWNS_ONLY().test(text.slice(p, end).trimEnd()) && text.slice(p, text.indexOf(',', p)).split(/[ \t]/).some((w) => !doc.dict.commonWords.has(w.toLowerCase()))) {
    out.push(candidate(p, p + text.slice(p, end).trimEnd().length, 'ADDRESS', 0.75, 'address-cue', { kind: 'pattern', detail: 'address-field' }, { kind: 'context', detail: 'cue:residence' }));
    return true;
  }
  // "… TX 75001 (gate code 4471#)": a bracketed remark after the ZIP is no part of the address.
  const remark = /\d{5}(?:-\d{4})?[ \t]{0,3}\(/.exec(text.slice(p, end));
  if (remark) end = p + remark.index + remark[0].replace(/[ \t(]+$/, '').length;
  while (end > p && /[\s.,;]/.test(text.charAt(end - 1))) end--;
  const value = text.slice(p, end);
  // A residence's field holds an address only from its house number ("Residence: Nursing Home, Level 2" is none).
  if (townsOnly && !isDigit(value.charCodeAt(0))) return false;
  if (value.length < 4 || !/\d/.test(value) || !/\p{Lu}/u.test(value) || /@|:\/\/|www\.|\d\.\d{1,3}\.\d/.test(value)) return false;
  out.push(candidate(p, end, 'ADDRESS', 0.8, 'address-cue', { kind: 'pattern', detail: 'address-field' }, { kind: 'context', detail: 'cue:address' }));
  return true;
}

/** A street name: lower-case words only street particles, and (`named`) one word at least neither common nor clinical. */
function streetName(doc: DocumentView, name: string, named = true): boolean {
  if (!named) return name.split(/[ \t]{1,8}/).every((word) => !/^\p{Ll}/u.test(word) || STREET_LOWER.has(word.toLowerCase().replace(/\.$/, '')));
  let found = false;
  for (const word of name.split(/[ \t]{1,8}/)) {
    const w = word.toLowerCase().replace(/\.$/, '');
    if (/^\p{Ll}/u.test(word) && !STREET_LOWER.has(w)) return false;
    if (w.length >= 3 && !doc.dict.commonWords.has(w) && !NOT_TOWNS.has(w)) found = true;
  }
  return found;
}

/** "corner of A and B": two streets, each of capitalised words, numbers and street particles. */
function corner(doc: DocumentView, cue: Token, out: Candidate[]): void {
  const text = doc.text;
  CORNER_OF.lastIndex = cue.end;
  const of = CORNER_OF.exec(text);
  if (!of) return;
  const a = cue.end + of[0].length;
  const aEnd = streetWords(text, a);
  if (aEnd <= a) return;
  AND.lastIndex = aEnd;
  const and = AND.exec(text);
  if (!and) return;
  const b = aEnd + and[0].length;
  const bEnd = streetWords(text, b);
  if (bEnd <= b) return;
  out.push(candidate(a, bEnd, 'ADDRESS', 0.8, 'address-cue', { kind: 'pattern', detail: 'intersection' }, { kind: 'context', detail: 'cue:corner' }));
}

/** End of the street name at `p` (`p` when there is none): up to six words, a capitalised word or number among them. */
function streetWords(text: string, p: number): number {
  let end = p;
  let named = false;
  let q = p;
  for (let n = 0; n < 6; n++) {
    STREET_WORD.lastIndex = q;
    const w = STREET_WORD.exec(text);
    if (!w) break;
    const word = w[0];
    const lower = /^\p{Ll}/u.test(word);
    if (lower && !STREET_LOWER.has(word.replace(/\.$/, ''))) break;
    if (word === 'and') break;
    q += word.length;
    if (!lower) {
      named = true;
      end = q;
    }
    if (!/^[ \t]{1,2}\S/.test(text.slice(q, q + 3))) break;
    q += text.charCodeAt(q + 1) === 32 || text.charCodeAt(q + 1) === 9 ? 2 : 1;
  }
  if (!named) return p;
  while (end > p && text.charCodeAt(end - 1) === 46 && !/\b(?:St|Str|Rd|Ave|Dr|Ln|Blvd|u|ul)\.$/.test(text.slice(Math.max(p, end - 5), end))) end--;
  return end;
}
