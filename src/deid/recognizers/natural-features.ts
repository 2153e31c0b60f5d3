// Named natural features and military posts: "Browns Lake", "Jack Mountain", "Wuskwatim Lake", "Copperas Cove",
// "Mt. Rainier", "Lake Tahoe", "FT CAVAZOS". Search-and-rescue, occupational and travel notes say where an injury
// happened by such names; each is a place smaller than a state. Found from the feature's word in the index.
import { lexicon } from '../dictionaries/index.js';
import type { Token } from '../text/tokens.js';
import { FUNCTION_WORDS, isTitle } from './name-words.js';
import { placeShaped } from './place-words.js';
import { candidate, forEachIndexedWord, type Candidate, type DocumentView } from './types.js';

/** Words that end a feature's name: "Browns Lake", "Jack Mountain", "Bear Creek Trail". */
// "Wharton State Forest", "Kisatchie National Forest": a forest is named as a feature is ("State" and "National" are words of it).
// "Shenandoah National Park", "Hocking Hills State Park": a park only with its kind ("Park" alone is a surname too:
// "Jiwoo Park").
const FEATURE_HEADS = ['lake', 'creek', 'river', 'mountain', 'mtn', 'trail', 'trailhead', 'canyon', 'peak', 'reservoir', 'glacier', 'bayou', 'cove', 'campground', 'forest', 'park', 'valley'];
const PARK_KINDS: ReadonlySet<string> = new Set(['national', 'state', 'county', 'regional', 'provincial']);
/** Words that start one: "Lake Tahoe", "Mt. Rainier", "Fort Bragg", "FT CAVAZOS". */
const FEATURE_FIRSTS = ['lake', 'mount', 'mt', 'fort', 'ft'];
export const FEATURE_WORDS: readonly string[] = [...new Set([...FEATURE_HEADS, ...FEATURE_FIRSTS])];
const HEAD_SET: ReadonlySet<string> = new Set(FEATURE_HEADS);
const FIRST_SET: ReadonlySet<string> = new Set(FEATURE_FIRSTS);

// Diseases, regions larger than a state and products named after features: "Rocky Mountain spotted fever",
// "Ross River virus", "Great Lakes", "Mountain Dew"; and measures ("5 ft Tall").
// Round 111: "Murray Valley encephalitis".
// Round 169: a payer named after a mountain ("Cascade Peak Health Plan"): a plan, no place.
const NOT_FEATURE_AFTER = /^[ \t\-]{1,2}(?:spotted|virus|fever|disease|encephalitis|flu|influenza|blindness|syndrome|oysters?|dew|bike|time|standard|health[ \t]plan)\b/i;
// "Random Forest" and "Isolation Forest" are models; "Tropical Rain Forest" a kind of forest.
const NOT_FEATURE_NAMES = new Set(['rocky', 'great', 'appalachian', 'red', 'blue', 'silver', 'yellow', 'white', 'black', 'green', 'random', 'isolation', 'rain', 'tropical', 'boreal', 'national', 'state']);

/** A capitalised word of a place's name (a feature's, a congregation's): no title, function word, number or single letter. */
export function nameWord(doc: DocumentView, t: Token): boolean {
  return placeShaped(doc, t) && !t.single && !FUNCTION_WORDS.has(t.lower) && !isTitle(doc, t) && /^\p{L}/u.test(t.text);
}

/** One blank between tokens a and b. */
const joined = (doc: DocumentView, a: Token, b: Token): boolean => b.start === a.end + 1 && doc.text.charCodeAt(a.end) === 32;

/** Round 114: where a park is, before its one-word name ("fell at <Fairview> Park", "jogging in <Brookside> Park"). */
const PARK_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'near', 'to']);
/** A street named for a park: "Fairview Park Rd" is the address recognizers'. */
const STREET_AFTER_PARK = /^[ \t](?:Rd|Road|Dr|Drive|Ave|Avenue|St|Street|Blvd|Boulevard|Way|Ln|Lane|Pl|Place|Ct|Court|Cir|Circle|Pkwy|Terrace|Ter)\b/;
/**
 * Round 114: "Park" after one capitalised word that is no listed given or family name, itself after a lower-case
 * preposition of place ("hurt at <Fairview> Park"); "Jiwoo Park", "with Dr. Park", "Fairview Park Rd" stay.
 */
function parkAfterPlace(doc: DocumentView, i: number): boolean {
  const tokens = doc.tokens;
  const t = tokens[i] as Token;
  const p = tokens[i - 1];
  const q = tokens[i - 2];
  if (p === undefined || q === undefined || !joined(doc, p, t) || !joined(doc, q, p) || !nameWord(doc, p) || p.upper) return false;
  if (doc.isFirst[i - 1] === 1 || doc.isSur[i - 1] === 1 || q.text !== q.lower || !PARK_PREPOSITIONS.has(q.text)) return false;
  return !STREET_AFTER_PARK.test(doc.text.slice(t.end, t.end + 12));
}

function featureAt(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const t = tokens[i] as Token;
  if (!placeShaped(doc, t) || NOT_FEATURE_AFTER.test(doc.text.slice(t.end, t.end + 14))) return;
  const park = t.lower === 'park';
  const parkOfKind = park && PARK_KINDS.has(tokens[i - 1]?.lower ?? '');
  const namedPark = park && !parkOfKind && parkAfterPlace(doc, i);
  if (HEAD_SET.has(t.lower) && (!park || parkOfKind || namedPark)) {
    // Back over one or two capitalised words: "Browns Lake", "Bear Creek Trail".
    let k = i;
    // A park's kind is a word of its own: "Hocking Hills State Park" keeps three; a park named by one word keeps it.
    const reach = namedPark ? 1 : park ? 3 : 2;
    while (k > 0 && i - k < reach) {
      const p = tokens[k - 1] as Token;
      if (!joined(doc, p, tokens[k] as Token) || !(nameWord(doc, p) || HEAD_SET.has(p.lower))) break;
      k--;
    }
    const before = tokens[k - 1];
    // A feature named for a state spans states: "Ohio River Valley", "Colorado River".
    const first = (tokens[k] as Token).lower;
    if (k < i && !NOT_FEATURE_NAMES.has(first) && !HEAD_SET.has(first) && !lexicon.US_STATES.has(first) && !lexicon.US_STATES.has(`${first} ${(tokens[k + 1] as Token).lower}`)) {
      // A number before is a street's ("55 Lake Creek Rd" is the address recognizers').
      if (before !== undefined && /^\d/.test(before.text)) return;
      out.push(candidate((tokens[k] as Token).start, t.end, 'LOCATION', 0.7, 'natural-feature', { kind: 'pattern', detail: `feature:${t.lower}` }));
      return;
    }
  }
  if (!FIRST_SET.has(t.lower)) return;
  // "Ft. Hood", "FT CAVAZOS", "Mount Rainier": the first word capitalised, then one or two capitalised words.
  let j = i;
  const gap = (a: Token): string => doc.text.slice(a.end, (tokens[j + 1] as Token).start);
  const n = tokens[i + 1];
  if (n === undefined || !/^\.?[ \t]$/.test(gap(t)) || !nameWord(doc, n)) return;
  // "Le Fort II fracture": an eponym's class, not a post.
  if (/^[IVX]+$/.test(n.text) || tokens[i - 1]?.lower === 'le') return;
  // "5 FT Tall", "6 ft": a measure.
  if (/\d[ \t]?$/.test(doc.text.slice(Math.max(0, t.start - 2), t.start))) return;
  if ((t.lower === 'ft' || t.lower === 'mt') && !(t.upper || t.capitalized)) return;
  j = i + 1;
  const m = tokens[j + 1];
  if (m !== undefined && joined(doc, tokens[j] as Token, m) && nameWord(doc, m) && !HEAD_SET.has(m.lower) && doc.isCommon[j + 1] === 0) j++;
  out.push(candidate(t.start, (tokens[j] as Token).end, 'LOCATION', 0.7, 'natural-feature', { kind: 'pattern', detail: `feature:${t.lower}` }));
}

/** Natural features and posts, from their words in the note's index. */
export function findNaturalFeatures(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  forEachIndexedWord(doc, FEATURE_WORDS, (i) => featureAt(doc, i, out));
  return out;
}
