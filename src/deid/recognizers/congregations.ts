// Congregations named by their denomination without "Church": "Grace Lutheran", "Bethel AME", "First Baptist",
// "Mt. Zion Missionary Baptist". A social history names where a patient worships or volunteers, a place as
// identifying as a clinic; the denomination alone ("Religion: Southern Baptist", "devout Methodist") is no place.
import type { Token } from '../text/tokens.js';
import { lexicon } from '../dictionaries/index.js';
import { nameWord } from './natural-features.js';
import { placeShaped } from './place-words.js';
import { candidate, forEachIndexedWord, type Candidate, type DocumentView } from './types.js';

/** Denominations that follow a congregation's name. "Catholic" and "Orthodox" are left out: "Roman Catholic" and "Greek Orthodox" are the faith. */
export const DENOMINATIONS: readonly string[] = ['lutheran', 'baptist', 'methodist', 'presbyterian', 'episcopal', 'pentecostal', 'adventist', 'mennonite', 'congregational', 'ame', 'nazarene', 'wesleyan'];
const DENOMINATION_SET: ReadonlySet<string> = new Set(DENOMINATIONS);

/**
 * Words of congregations' names that are English words ("Grace", "First", "Calvary"). Any other English word before
 * a denomination describes the faith, not a place: "Southern Baptist", "devout Methodist", "Evangelical Lutheran".
 */
const NAMING_WORDS = new Set([
  'grace', 'faith', 'hope', 'trinity', 'first', 'second', 'calvary', 'zion', 'emmanuel', 'immanuel', 'redeemer', 'messiah',
  'shepherd', 'good', 'holy', 'cross', 'resurrection', 'covenant', 'peace', 'christ', 'community', 'cornerstone', 'victory',
  'living', 'mount', 'mt', 'st', 'saint', 'saints', 'savior', 'saviour', 'lamb', 'olive', 'bethel', 'bethany', 'ebenezer',
  'shiloh', 'salem', 'providence', 'beacon', 'harvest', 'lighthouse', 'tabernacle', 'temple', 'unity', 'united', 'church',
  // Hospitals of the same names: "Mercy Methodist", "Central Baptist", "North Presbyterian".
  'mercy', 'central', 'north', 'south', 'east', 'west', 'memorial', 'general', 'regional',
]);
/** Round 46: words after "Our" in a congregation's name ("Our Savior's Lutheran", "Our Redeemer Lutheran"). */
const OUR_NAMES: ReadonlySet<string> = new Set(['savior', 'saviour', 'redeemer', 'shepherd', 'lady', 'mother', 'father']);
/** Words of a faith's own name that are no English word: "Seventh-day Adventist". */
const FAITH_NAMES = new Set(['seventh-day', 'seventh', 'anabaptist', 'anglo-catholic']);
/** Words that may stand inside a congregation's name before its denomination: "Mt. Zion Missionary Baptist". */
const MIDDLE_WORDS = new Set(['missionary', 'free', 'will', 'primitive', 'evangelical', 'reformed', 'united', 'african', 'methodist', 'episcopal', 'full', 'gospel']);

/** A word that names a congregation: listed above, or no English word ("Bethel", "Ebenezer", "Hmong"). */
const namingWord = (doc: DocumentView, i: number): boolean => {
  const t = doc.tokens[i] as Token;
  return NAMING_WORDS.has(t.lower) || (doc.isCommon[i] === 0 && doc.wordFlags[i] === 0 && !FAITH_NAMES.has(t.lower));
};

/**
 * Tokens from..to-1, before a denomination ("Southern Baptist", "Free Will Baptist"), describe the faith: none names a
 * congregation, nor is a major town, which names the hospital or the church of its place ("Riverside Methodist",
 * "Houston Methodist").
 */
export function describesFaith(doc: DocumentView, from: number, to: number): boolean {
  if (!DENOMINATION_SET.has((doc.tokens[to] as Token | undefined)?.lower ?? '')) return false;
  for (let k = from; k < to; k++) if (namingWord(doc, k) || doc.dict.majorCities.has((doc.tokens[k] as Token).lower)) return false;
  return true;
}

function congregationAt(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const head = tokens[i] as Token;
  // "AME" in capitals only; the other heads capitalised (in a note in capitals, anything).
  if (head.lower === 'ame' ? head.text !== 'AME' : !placeShaped(doc, head)) return;
  let k = i;
  let named = false;
  // Back over up to four capitalised words one blank (or "Mt. ") apart.
  while (k > 0 && i - k < 4) {
    const p = tokens[k - 1] as Token;
    const gap = doc.text.slice(p.end, (tokens[k] as Token).start);
    // "St. Mark's Episcopal": a saint's possessive names the congregation.
    const possessive = gap === "'s " || gap === '’s ';
    if ((gap !== ' ' && !possessive && !(gap === '. ' && (p.lower === 'mt' || p.lower === 'st'))) || !nameWord(doc, p)) break;
    if (possessive || namingWord(doc, k - 1)) named = true;
    else if (!MIDDLE_WORDS.has(p.lower) && !DENOMINATION_SET.has(p.lower)) break;
    k--;
  }
  // The run must start with a naming word: "Southern Free Will Baptist" stops at "Southern", so starts on "Free".
  while (k < i && !namingWord(doc, k) && !/^['’]s /.test(doc.text.slice((tokens[k] as Token).end, (tokens[k] as Token).end + 3))) k++;
  if (!named || k === i) return;
  // Round 46: "Our Savior's Lutheran", "Our Redeemer Lutheran": the pronoun opens the name before a word of Christ's.
  const our = tokens[k - 1];
  if (our !== undefined && our.text === 'Our' && our.end + 1 === (tokens[k] as Token).start && OUR_NAMES.has((tokens[k] as Token).lower)) k--;
  const next = tokens[i + 1];
  // "Grace Lutheran Church" ends at the church.
  const end = next !== undefined && next.start === head.end + 1 && (next.lower === 'church' || next.lower === 'chapel') ? next.end : head.end;
  out.push(candidate((tokens[k] as Token).start, end, 'FACILITY', 0.72, 'congregation', { kind: 'pattern', detail: `denomination:${head.lower}` }));
}

/**
 * Words that open a house of worship's name before it: "Congregation Beth Israel", "Masjid Al-Noor", "Gurdwara Sahib
 * of Fresno". Capitalised, then one to three capitalised words of a name ("the congregation was told" names none).
 */
export const WORSHIP_OPENERS: readonly string[] = ['congregation', 'masjid', 'gurdwara', 'kehilat', 'kehillat'];

function openedCongregationAt(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const head = tokens[i] as Token;
  if (!placeShaped(doc, head)) return;
  let end = i;
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    const w = tokens[k] as Token;
    if (w.start !== (tokens[k - 1] as Token).end + 1 || doc.text.charCodeAt(w.start - 1) !== 32 || !nameWord(doc, w)) break;
    end = k;
  }
  // A word of the name must be one: "Congregation Members met" or "Masjid Board" is a body of people.
  if (end === i || (end === i + 1 && doc.isCommon[i + 1] === 1)) return;
  out.push(candidate(head.start, (tokens[end] as Token).end, 'FACILITY', 0.72, 'congregation', { kind: 'pattern', detail: `opener:${head.lower}` }));
}

/** Round 89: words of a lower-case church's name that are English words ("holy spirit", "sacred heart", "our lady"). */
const LOWER_CHURCH_WORDS: ReadonlySet<string> = new Set([...NAMING_WORDS, 'spirit', 'sacred', 'heart', 'blessed', 'sacrament', 'our', 'lady', 'apostles', 'family', 'rock', 'light', 'new', 'life', 'love']);
/** Round 89: words of a church's name that name none alone ("the new church", "the community church"). */
const WEAK_CHURCH_WORDS: ReadonlySet<string> = new Set(['our', 'new', 'life', 'love', 'light', 'rock', 'family', 'first', 'second', 'good', 'community', 'united', 'church', 'central', 'north', 'south', 'east', 'west', 'general', 'regional', 'memorial']);
/** Round 89: faiths a lower-case message writes that the faith list may not hold. */
const LOWER_FAITH_WORDS: ReadonlySet<string> = new Set(['mormon', 'lds', 'catholic', 'orthodox', 'evangelical', 'christian', 'nondenominational', 'non-denominational', 'korean', 'spanish', 'hispanic', 'black', 'chinese', 'vietnamese']);
/** Round 89: where a landmark stands, before "the ... church": "across from", "next to", "by", "behind". */
const LANDMARK_BEFORE_THE: ReadonlySet<string> = new Set(['from', 'to', 'by', 'behind', 'near', 'past', 'beside']);
/** Tokens k - 2 and k - 1 are a landmark's preposition and "the", one blank apart and one before token k ("from the"). */
function landmarkTheBefore(tokens: readonly Token[], k: number): boolean {
  const the = tokens[k - 1];
  const cue = tokens[k - 2];
  return the !== undefined && cue !== undefined && the.lower === 'the' && the.end + 1 === (tokens[k] as Token).start && LANDMARK_BEFORE_THE.has(cue.lower) && cue.end + 1 === the.start;
}

/**
 * Round 89: a church named in lower case as a landmark ("the house is green, across from the <holy> <spirit> church",
 * "next to the <name> church"): one to three words after "the" that are naming words of a church or no English word;
 * a word that describes it ("the old church", "the catholic church", "the big church on main") names none.
 */
function lowerChurchAt(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const head = tokens[i] as Token;
  if (head.text !== 'church' || i < 3) return;
  let k = i;
  let named = false;
  while (k > 0 && i - k < 3) {
    const p = tokens[k - 1] as Token;
    if (p.end + 1 !== (tokens[k] as Token).start || doc.text.charCodeAt(p.end) !== 32 || p.text !== p.lower || !/^[a-z]{2,20}$/.test(p.text)) break;
    if (p.lower === 'the') break;
    // A denomination or faith stands inside the name but names nothing alone ("the mormon church", "the baptist church").
    const faith = DENOMINATION_SET.has(p.lower) || lexicon.FAITHS.has(p.lower) || LOWER_FAITH_WORDS.has(p.lower);
    if (!faith && !LOWER_CHURCH_WORDS.has(p.lower) && doc.isCommon[k - 1] === 1) return;
    if (!faith && !WEAK_CHURCH_WORDS.has(p.lower)) named = true;
    k--;
  }
  if (!named || k === i || !landmarkTheBefore(tokens, k)) return;
  out.push(candidate((tokens[k] as Token).start, head.end, 'FACILITY', 0.7, 'congregation', { kind: 'context', detail: 'lower-church-landmark' }));
}

/** Round 114: a congregation named "<word> Fellowship" ("Calvary Fellowship", "Cornerstone Fellowship"). */
export const FELLOWSHIP_HEADS: readonly string[] = ['fellowship'];
/** Words of a church's name only; not a hospital's ("Memorial", "North") nor an award's donor ("Rhodes Fellowship"). */
const FELLOWSHIP_NAMES: ReadonlySet<string> = new Set(['grace', 'faith', 'hope', 'calvary', 'zion', 'emmanuel', 'immanuel', 'redeemer', 'shepherd',
  'covenant', 'christ', 'cornerstone', 'bethel', 'bethany', 'ebenezer', 'shiloh', 'harvest', 'lighthouse', 'gospel', 'bible', 'crossroads', 'koinonia', 'agape']);
/**
 * "attends Cornerstone Fellowship", "food from Calvary Fellowship": one naming word of a church right before a capitalised
 * "Fellowship" (and "Church" after it, when written). Not "completed Fellowship", "Cardiology Fellowship", "Rhodes
 * Fellowship" (a training year or an award).
 */
function fellowshipAt(doc: DocumentView, i: number, out: Candidate[]): void {
  const tokens = doc.tokens;
  const head = tokens[i] as Token;
  const p = tokens[i - 1];
  if (p === undefined || !placeShaped(doc, head) || !placeShaped(doc, p) || p.end + 1 !== head.start || doc.text.charCodeAt(p.end) !== 32 || !FELLOWSHIP_NAMES.has(p.lower)) return;
  const next = tokens[i + 1];
  const end = next !== undefined && next.start === head.end + 1 && next.lower === 'church' && placeShaped(doc, next) ? next.end : head.end;
  out.push(candidate(p.start, end, 'FACILITY', 0.72, 'congregation', { kind: 'pattern', detail: 'fellowship' }));
}

/** Congregations, from their denomination's or opening word in the note's index. */
export function findCongregations(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  forEachIndexedWord(doc, DENOMINATIONS, (i) => congregationAt(doc, i, out));
  forEachIndexedWord(doc, WORSHIP_OPENERS, (i) => openedCongregationAt(doc, i, out));
  forEachIndexedWord(doc, ['church'], (i) => lowerChurchAt(doc, i, out));
  forEachIndexedWord(doc, FELLOWSHIP_HEADS, (i) => fellowshipAt(doc, i, out));
  return out;
}
