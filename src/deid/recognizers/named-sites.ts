// Round 156: places of care or work the facility heads miss: a hospital's wing or unit named for a person or a place
// ("Derwent Wing", "Rosewood Unit"), firms whose names end in a trade's words rather than a facility head ("LifeSeed
// Cord Blood Registry", "Iron Lotus Tattoo", "Tri-County Electric Cooperative", "QuickMed Logistics"), and a listed
// town after a facility's comma ("Kaimai Urgent Care, Tauranga"). Token walks only: linear in the text.
import { candidate, forEachIndexedWord, type Candidate, type DocumentView } from './types.js';
import type { Token } from '../text/tokens.js';

/** A hospital's part named by a proper noun before it. */
export const WING_WORDS = ['wing', 'unit', 'pavilion', 'tower'];
/** Words that name a clinical service or a ward's kind, no person or place ("Telemetry Unit", "Renal Unit"). */
const CLINICAL_ENDING = /(?:ology|iatric|iatrics|ic|ics|al|opy|ysis|ary|ory|etry|ive|patient|escent|ion|ity|ing|ed)$/;

/** The token before `i`, when one blank alone parts them. */
function adjacentBefore(doc: DocumentView, i: number): Token | undefined {
  if (i === 0) return undefined;
  const p = doc.tokens[i - 1] as Token;
  const t = doc.tokens[i] as Token;
  return t.start - p.end === 1 && doc.text.charCodeAt(p.end) === 32 ? p : undefined;
}

function wingAt(doc: DocumentView, i: number, out: Candidate[]): void {
  const head = doc.tokens[i] as Token;
  if (!head.capitalized || doc.allCaps) return;
  const p = adjacentBefore(doc, i);
  if (p === undefined || !p.capitalized || p.text.length < 4 || !/^\p{L}+$/u.test(p.text)) return;
  // A word of English or of a service ("East Wing", "Burn Unit", "Dialysis Unit") names nothing.
  if (doc.isCommon[i - 1] === 1 || doc.isFirst[i - 1] === 1 || CLINICAL_ENDING.test(p.lower)) return;
  // Inside a longer capitalised run ("Royal Derwent Wing Trust") the facility recognizers read the name.
  const pp = adjacentBefore(doc, i - 1);
  if (pp !== undefined && (pp.capitalized || pp.upper) && doc.isCommon[i - 2] !== 1) return;
  out.push(candidate(p.start, head.end, 'FACILITY', 0.76, 'named-wing', { kind: 'context', detail: 'named-wing' }));
}

/**
 * A trade's tail words ending a firm's name. `strong`: the words name a kind of firm, so capitalised words before
 * make a name; weak ones ("Logistics", "Mobility") are also a field's or a therapy's words ("Reverse Logistics",
 * "Bed Mobility") and need a word that is no English word or a cue of a place before them.
 */
interface Tail {
  readonly words: readonly string[];
  readonly strong: boolean;
}
const TAILS: readonly Tail[] = [
  { words: ['cord', 'blood', 'registry'], strong: true },
  { words: ['cord', 'blood', 'bank'], strong: true },
  { words: ['dental', 'arts'], strong: true },
  { words: ['tattoo'], strong: true },
  { words: ['tattoo', 'studio'], strong: true },
  { words: ['tattoo', 'parlor'], strong: true },
  { words: ['tattoo', 'parlour'], strong: true },
  { words: ['interpreting'], strong: true },
  { words: ['interpreting', 'services'], strong: true },
  { words: ['electric', 'cooperative'], strong: true },
  { words: ['electric', 'co-op'], strong: true },
  { words: ['electric', 'membership', 'corporation'], strong: true },
  { words: ['logistics'], strong: false },
  { words: ['mobility'], strong: false },
];
export const TAIL_FIRST_WORDS = [...new Set(TAILS.map((t) => t.words[0] as string))];
/** Words that describe a field, a language or a therapy before a tail: no firm's name ("Medical Interpreting", "Bed Mobility"). */
const NOT_NAMING = new Set(['medical', 'spanish', 'sign', 'language', 'video', 'remote', 'phone', 'telephone', 'onsite', 'on-site', 'certified', 'public', 'private',
  'national', 'temporary', 'henna', 'new', 'old', 'reverse', 'supply', 'chain', 'global', 'third-party', 'bed', 'functional', 'community', 'wheelchair', 'transfer', 'gait',
  'household', 'joint', 'spinal', 'upper', 'lower', 'early', 'independent', 'power', 'limited', 'impaired', 'improved', 'assisted', 'the', 'a', 'an', 'and', 'rural', 'local']);
/** Cues of a place of care, work or supply right before the firm. */
const FIRM_CUES = new Set(['from', 'by', 'via', 'at', 'with', 'through', 'to', 'courier', 'agency', 'supplier', 'vendor', 'employer']);

function tailAt(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  for (const tail of TAILS) {
    const n = tail.words.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let j = 0; j < n && ok; j++) {
      const t = tokens[i + j] as Token;
      ok = t.lower === tail.words[j] && (t.capitalized || t.upper) && (j === 0 || adjacentBefore(doc, i + j) !== undefined);
    }
    if (!ok) continue;
    const last = tokens[i + n - 1] as Token;
    // The longest tail wins ("Tattoo Studio" over "Tattoo").
    if (i + n < tokens.length && TAILS.some((o) => o.words.length > n && o.words[0] === tail.words[0] && (tokens[i + n] as Token).lower === o.words[n])) continue;
    // One to three capitalised words before the tail name the firm.
    let k = i;
    let foreign = false;
    let naming = 0;
    while (k > 0 && i - k < 3) {
      const p = adjacentBefore(doc, k);
      if (p === undefined || !(p.capitalized || p.upper || /^\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)+$/u.test(p.text))) break;
      k--;
      if (!NOT_NAMING.has(p.lower)) naming++;
      if (doc.isCommon[k] !== 1) foreign = true;
    }
    if (k === i || naming === 0) continue;
    const first = tokens[k] as Token;
    if (NOT_NAMING.has(first.lower)) continue;
    const before = k > 0 ? (tokens[k - 1] as Token) : undefined;
    const cued = before !== undefined && FIRM_CUES.has(before.lower) && !before.capitalized && !before.upper;
    const lineStart = before === undefined || doc.text.lastIndexOf('\n', first.start) > before.end - 1;
    if (tail.strong ? !(foreign || cued || lineStart || naming >= 2) : !(foreign || cued)) continue;
    out.push(candidate(first.start, last.end, 'FACILITY', 0.78, 'named-firm', { kind: 'context', detail: 'firm-tail' }));
  }
}

/** Heads of a place of care after which a comma and a listed town name its town ("Kaimai Urgent Care, Tauranga"). */
export const TOWN_AFTER_HEADS = ['clinic', 'care', 'hospital', 'practice', 'centre', 'center', 'surgery', 'pharmacy'];
const TOWN_END = /^(?:[ \t]+(?:on|in|for|at|and|with|to|from|via|today|yesterday|after|before)(?![\p{L}\d])|[ \t]*[.,;:)\r\n]|[ \t]*$)/u;

function townAfterAt(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const head = tokens[i] as Token;
  if (!head.capitalized || i + 1 >= tokens.length) return;
  // A capitalised word before the head: a named place's head, not "primary care, Tauranga".
  const p = adjacentBefore(doc, i);
  if (p === undefined || !(p.capitalized || p.upper)) return;
  const town = tokens[i + 1] as Token;
  if (doc.text.slice(head.end, town.start) !== ', ' || !town.capitalized) return;
  if (!doc.dict.worldTowns.has(town.lower) || doc.dict.allCities.has(town.lower) || doc.isCommon[i + 1] === 1 || doc.isFirst[i + 1] === 1) return;
  if (!TOWN_END.test(doc.text.slice(town.end, town.end + 12))) return;
  out.push(candidate(town.start, town.end, 'LOCATION', 0.74, 'town-after-facility', { kind: 'context', detail: 'facility-comma-town' }));
}

export function findNamedWings(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  forEachIndexedWord(doc, WING_WORDS, (i) => wingAt(doc, i, out));
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

export function findFirmTails(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  forEachIndexedWord(doc, TAIL_FIRST_WORDS, (i) => tailAt(doc, i, out));
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

export function findTownsAfterFacilities(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  forEachIndexedWord(doc, TOWN_AFTER_HEADS, (i) => townAfterAt(doc, i, out));
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}
