// The analyzer: runs every recognizer in the registry over one document view, drops allowed words and
// weak candidates, and resolves overlaps into a sorted, non-overlapping list of findings.
import { getDictionaries, lexicon, markIndexWords, WORD_COMMON, WORD_FIRST, WORD_INDEXED, WORD_LEXICON, WORD_NAME_CUE, WORD_SUR } from './dictionaries/index.js';
import { AGE_AFTER_NAME_RECOGNIZER, agesAfterNames } from './recognizers/dates.js';
import { buildRegistry } from './recognizers/registry.js';
import { RecognizerGates, candidate, type Candidate, type DocumentView, type Recognizer } from './recognizers/types.js';
import { PhigateError } from '../errors.js';
import { resolveOverlapsInPlace } from './resolve.js';
import { withoutTrailingCredentials } from './name-credentials.js';
import { allowRules } from './allow-rules.js';
import { DigitRuns, tokenize, type LetterCounts, type Token } from './text/tokens.js';
import { ocrDigitLetters, repairLeaders, repairOcr } from './text/ocr.js';
import type { Analyzer, AnalyzerConfig, Finding } from './types.js';

/** Lower-cases without changing length, so offsets in `lower` are offsets in `text`. */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const l = ch.toLowerCase();
    out += l.length === 1 ? l : ch;
  }
  return out;
}

const EMPTY: ReadonlySet<string> = new Set();
let lastMarked: ReadonlySet<string> = EMPTY;

// Filled by tokenize with the digit runs of the document being viewed.
const digitRuns = new DigitRuns();

/** The serial of the last view made (DocumentView.serial). */
let lastSerial = 0;

/** Capitalisation carries no signal: most letters are upper case. */
const allCapsOf = (counts: LetterCounts): boolean => counts.upper >= 20 && counts.upper > 6 * counts.lower;

/**
 * Builds the per-document view. `indexWords` are the words recognizers look up by position (cue and
 * month words); only those are indexed, so ordinary words cost one dictionary probe each.
 */
export function createDocumentView(text: string, indexWords: ReadonlySet<string> = EMPTY): DocumentView {
  if (indexWords !== lastMarked) {
    markIndexWords(getDictionaries(), indexWords);
    lastMarked = indexWords;
  }
  const dict = getDictionaries();
  const lower = lowerSameLength(text);
  const counts: LetterCounts = { upper: 0, lower: 0 };
  digitRuns.reset();
  const tokens = tokenize(text, lower, counts, digitRuns);
  // Dictionary membership once per token: recognizers ask about the same words many times.
  const isFirst = new Uint8Array(tokens.length);
  const isSur = new Uint8Array(tokens.length);
  const isCommon = new Uint8Array(tokens.length);
  const wordFlags = new Uint16Array(tokens.length);
  const wordIndex = new Map<string, number[]>();
  const hyphenated: number[] = [];
  const anyHyphen = text.includes('-');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Most notes hold no hyphen at all: then no token is asked.
    const hyphen = anyHyphen && t.lower.includes('-');
    if (hyphen) hyphenated.push(i);
    let bits = dict.wordClass.get(t.lower) ?? 0;
    wordFlags[i] = bits & WORD_LEXICON;
    if ((bits & WORD_INDEXED) !== 0) {
      const at = wordIndex.get(t.lower);
      if (at) at.push(i);
      else wordIndex.set(t.lower, [i]);
    }
    if (t.fold !== t.lower) bits |= (dict.wordClass.get(t.fold) ?? 0) & (WORD_FIRST | WORD_SUR);
    // "Bradley-Hart-Campbell", "Jönsson-Clark": a double-barrelled name whose every part is a listed name.
    // Not a name cue of its own ("Son-in-law Ravi": "Son", "In" and "Law" are surnames).
    if ((bits & (WORD_SUR | WORD_NAME_CUE)) === 0 && hyphen) {
      const parts = t.fold.split('-');
      const names = parts.every((p) => ((dict.wordClass.get(p) ?? 0) & (WORD_FIRST | WORD_SUR)) !== 0);
      // "Wolff-Parkinson-White", "Stevens-Johnson": hyphenated eponyms are diseases, not people.
      // "in-person", "read-back", "in-house": in lower case, a compound of English words is a word ("In" and "Read" are surnames).
      const compound = t.text === t.lower && parts.every((p) => ((dict.wordClass.get(p) ?? 0) & WORD_COMMON) !== 0);
      if (names && !compound && !parts.some((p) => lexicon.EPONYMS.has(p))) bits = (bits | WORD_SUR) & ~WORD_COMMON;
    }
    isFirst[i] = bits & WORD_FIRST;
    isSur[i] = (bits & WORD_SUR) >> 1;
    isCommon[i] = (bits & WORD_COMMON) >> 2;
  }
  return {
    text,
    lower,
    tokens,
    allCaps: allCapsOf(counts),
    dict,
    isFirst,
    isSur,
    isCommon,
    wordFlags,
    wordIndex,
    hyphenated,
    digitRuns: digitRuns.starts(),
    digitRunLengths: digitRuns.lengths(),
    digitRunMask: digitRuns.mask,
    serial: ++lastSerial,
  };
}

/** Words in capitals that make a passage of a mixed-case note one to read as a note in capitals: more than a heading has. */
const CAPS_PASSAGE_WORDS = 6;

/**
 * The passages in capitals of a mixed-case note, as [start, end) offsets: runs of tokens with no lower-case
 * letter holding at least CAPS_PASSAGE_WORDS words of two or more capitals, each opening on a line with no
 * lower-case word before it (acronyms after a sentence, "... with CP, SOB, HTN", open none). One pass.
 */
export function capsPassages(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const passages: Array<[number, number]> = [];
  let first = -1;
  let last = -1;
  let words = 0;
  let lineClean = true;
  let lineEnd = text.indexOf('\n');
  const close = (): void => {
    if (words >= CAPS_PASSAGE_WORDS) passages.push([(tokens[first] as Token).start, (tokens[last] as Token).end]);
    first = -1;
    words = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (lineEnd >= 0 && t.start > lineEnd) {
      lineClean = true;
      lineEnd = text.indexOf('\n', t.start);
    }
    if (t.upper) {
      if (first < 0 && !lineClean) continue;
      if (first < 0) first = i;
      last = i;
      words++;
    } else if (!t.capitalized && !hasLowerStart(t.text)) {
      // An initial, a number or a mark keeps the passage open; a word with a lower-case letter ends it.
      if (first >= 0) last = i;
    } else {
      lineClean = false;
      if (first >= 0) close();
    }
  }
  if (first >= 0) close();
  return passages;
}

/** Spans sorted by start with the running maximum of their ends: whether any overlaps [start, end) in O(log n). */
class SpanIndex {
  private readonly starts: number[];
  private readonly maxEnds: number[];
  constructor(candidates: readonly Candidate[], from: number) {
    const spans = candidates.slice(from).sort((a, b) => a.start - b.start);
    this.starts = spans.map((c) => c.start);
    let max = -1;
    this.maxEnds = spans.map((c) => (max = Math.max(max, c.end)));
  }
  overlaps(start: number, end: number): boolean {
    // The last span that starts before `end`; any of those ending after `start` overlaps.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (this.maxEnds[lo - 1] as number) > start;
  }
}

// Identifiers found by a label or a table's column (score 0.8 or more) whose other mentions are found too: a subject's
// or a sample's number is the same person's wherever the note repeats it ("003-041 re-consented 03/18").
const REPEATED_ID_TYPES: ReadonlySet<string> = new Set(['ID', 'MRN', 'ACCOUNT', 'HEALTHPLAN']);
// A code worth looking for again: six characters or more holding a digit and a letter or a dash (a bare number
// may be a count or an amount elsewhere).
const REPEATABLE_ID = /^(?=[A-Za-z0-9\-]*\d)(?=[A-Za-z0-9\-]*[A-Za-z\-])[A-Za-z0-9][A-Za-z0-9\-]{4,38}[A-Za-z0-9]$/;
/** A character that would make a mention part of a longer code: a letter, a digit, "-", "/" or "_" (a period ends a sentence). */
const inCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 47 || c === 95;

/**
 * The other mentions in `text` of the identifiers found in it (out from `before`, offsets moved by `offset`) that
 * nothing else found, as candidates of the same type.
 */
function addRepeatedIds(text: string, offset: number, out: Candidate[], before: number): void {
  let values: Map<string, Candidate['type']> | undefined;
  let shortest = Infinity;
  let longest = 0;
  // The first characters of the values (all ASCII code characters): a run starting otherwise is not sliced.
  let firsts: Uint8Array | undefined;
  for (let k = before; k < out.length; k++) {
    const c = out[k] as Candidate;
    if (c.score < 0.8 || !REPEATED_ID_TYPES.has(c.type)) continue;
    const value = text.slice(c.start - offset, c.end - offset);
    if (!REPEATABLE_ID.test(value)) continue;
    (values ??= new Map()).set(value, c.type);
    (firsts ??= new Uint8Array(128))[value.charCodeAt(0)] = 1;
    shortest = Math.min(shortest, value.length);
    longest = Math.max(longest, value.length);
  }
  if (values === undefined) return;
  // A mention stands between characters that are no part of a code, so it is a whole run of code characters: one
  // pass over the runs, each looked up once (a search per value was quadratic in a table of a thousand numbers).
  const found = new SpanIndex(out, before);
  const extra: Candidate[] = [];
  for (let i = 0; i < text.length; ) {
    if (!inCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && inCode(text.charCodeAt(j))) j++;
    const type = j - i >= shortest && j - i <= longest && (firsts as Uint8Array)[text.charCodeAt(i)] === 1 ? values.get(text.slice(i, j)) : undefined;
    if (type !== undefined && !found.overlaps(offset + i, offset + j)) extra.push(candidate(offset + i, offset + j, type, 0.8, 'id-repeated', { kind: 'context', detail: 'repeated-identifier' }));
    i = j;
  }
  for (const c of extra) out.push(c);
}

// Types whose last word a line break may split with a hyphen, as a fax or a scan prints a narrow column.
const BROKEN_WORD_TYPES: ReadonlySet<Candidate['type']> = new Set(['NAME', 'ADDRESS', 'LOCATION', 'FACILITY']);
// A word's hyphen at a line's end, then its rest in lower case on the next line ("Grand Rap-\nids", "Wil-\nliams").
const BROKEN_WORD_REST = /^-[ \t]{0,4}\r?\n[ \t]{0,8}(\p{Ll}{1,20})(?![\p{L}\p{M}\d])/u;

/**
 * A name or place found up to a hyphen that ends its line, the rest of the word starting the next: the finding
 * (out from `before`) is carried over the rest of the word. A capital after the break starts a word of its own.
 */
function extendOverBrokenWords(text: string, offset: number, out: Candidate[], before: number): void {
  for (let k = before; k < out.length; k++) {
    const c = out[k] as Candidate;
    if (!BROKEN_WORD_TYPES.has(c.type)) continue;
    // The finding may hold the hyphen ("Grand Rap-") or stop before it ("Wil").
    let end = c.end - offset;
    if (text.charCodeAt(end - 1) === 45) end--;
    if (text.charCodeAt(end) !== 45 || !/\p{L}/u.test(text.charAt(end - 1))) continue;
    const m = BROKEN_WORD_REST.exec(text.slice(end, end + 40));
    if (m) out[k] = { ...c, end: offset + end + m[0].length };
  }
}

/**
 * Two found places joined by a short word are one place, as gold conventions count them, so the word goes too:
 * - a facility or a street right before " in " and a found town ("Westminster Village in Scottsdale", "Quest
 *   Diagnostics on Route 9 in Marlboro"), as "Mayo Clinic in Rochester" already is;
 * - a facility right before " on " and a found street, the street naming its branch ("the Walgreens on North Avenue",
 *   "the cvs on brooklyn boulevard"); only a street after it: "seen at Mercy on 3/4" joins nothing.
 */
interface PlaceJoin {
  /** The joining word's two lower-case letters, between blanks. */
  readonly word: string;
  readonly left: ReadonlySet<Candidate['type']>;
  readonly right: Candidate['type'];
  readonly detail: string;
}
const PLACE_IN_TOWN: PlaceJoin = { word: 'in', left: new Set(['FACILITY', 'ADDRESS']), right: 'LOCATION', detail: 'place-in-town' };
const SHOP_ON_STREET: PlaceJoin = { word: 'on', left: new Set(['FACILITY']), right: 'ADDRESS', detail: 'shop-on-street' };

/** Adds a candidate over each pair `join` names among the candidates out from `before`. */
function joinPlaces(text: string, offset: number, out: Candidate[], before: number, join: PlaceJoin): void {
  let rights: Map<number, Candidate> | undefined;
  const n = out.length;
  const c1 = join.word.charCodeAt(0);
  const c2 = join.word.charCodeAt(1);
  for (let k = before; k < n; k++) {
    const c = out[k] as Candidate;
    if (!join.left.has(c.type)) continue;
    const end = c.end - offset;
    if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== c1 || text.charCodeAt(end + 2) !== c2 || text.charCodeAt(end + 3) !== 32) continue;
    if (rights === undefined) {
      rights = new Map();
      for (let t = before; t < n; t++) if ((out[t] as Candidate).type === join.right) rights.set((out[t] as Candidate).start, out[t] as Candidate);
    }
    const right = rights.get(c.end + 4);
    if (right !== undefined) out.push(candidate(c.start, right.end, c.type, Math.min(c.score, right.score) - 0.01, c.recognizer, { kind: 'context', detail: join.detail }));
  }
}

/** The word starts with a lower-case letter: by char code for ASCII, by case mapping otherwise. */
function hasLowerStart(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return word !== word.toUpperCase();
}

/** Texts longer than this are analysed in overlapping windows, so time and memory stay linear. */
export const WINDOW = 64 * 1024;
/** Characters shared by neighbouring windows, so that an identifier on a split point is seen whole. */
export const WINDOW_OVERLAP = 512;

/**
 * Where to end a window that starts at `start`: the last blank line, else line end, else space in the
 * final eighth of the window, else the hard limit. Never splits a surrogate pair.
 */
export function windowEnd(text: string, start: number): number {
  const hard = Math.min(text.length, start + WINDOW);
  if (hard === text.length) return hard;
  const floor = hard - (WINDOW >> 3);
  // Searched within the final eighth only: lastIndexOf on the whole text would walk back to its start when
  // there is no separator (a megabyte of digits), which made the windows quadratic in the text's length.
  const tail = text.slice(floor, hard);
  for (const sep of ['\n\n', '\n', ' ']) {
    const at = tail.lastIndexOf(sep);
    if (at >= 0) return floor + at + sep.length;
  }
  const c = text.charCodeAt(hard - 1);
  return c >= 0xd800 && c <= 0xdbff ? hard - 1 : hard;
}

/** Texts analysed together by analyzeMany: enough for each recognizer to stay warm, few views held at once. */
export const BATCH = 64;

/**
 * Texts in flight together where a process's memory counts (the deid CLI's records, an analysis thread's jobs of
 * one turn). Measured on the 50 MiB archive (`phigate deid --format jsonl`, the bin's flags): 1 in flight 15.6 s
 * and 121 MB peak RSS; 4 or 8: 12.6-12.9 s and 121-144 MB; 16 or 64: 12.7 s but 212 MB, over the 200 MB goal.
 */
export const LEAN_BATCH = 8;

/** An analyzer that also reads many texts at a time (see analyzeMany). */
export interface BatchAnalyzer extends Analyzer {
  /**
   * The findings of each text, the same as analyze() gives, faster per text for many short texts: up to
   * BATCH texts are viewed at once and each recognizer reads them all before the next runs, so its code
   * and data stay in the core's caches (a note read by ~40 recognizers in turn costs ~1.3 times as much).
   */
  analyzeMany(texts: readonly string[]): Finding[][];
}

/** A gateway token as an earlier turn of a chat may bring it back ("[[MRN_2b9c41e0a1b2]]"; short look-alikes too). */
const GATEWAY_TOKEN_AT = /\[\[[A-Z]{2,12}_[0-9a-f]{4,64}\]\]/y;

/**
 * Round 168: the findings that lie wholly inside a gateway token dropped: its hex after a cue ("MRN: [[MRN_2b9c41e0]]"
 * read the hex as the number) would break the token that restores the value. Only texts holding "[[" are read.
 */
export function withoutTokenInsides(text: string, findings: Finding[]): Finding[] {
  if (findings.length === 0) return findings;
  let at = text.indexOf('[[');
  if (at < 0) return findings;
  const spans: number[] = [];
  while (at >= 0) {
    GATEWAY_TOKEN_AT.lastIndex = at;
    if (GATEWAY_TOKEN_AT.test(text)) {
      spans.push(at, GATEWAY_TOKEN_AT.lastIndex);
      at = text.indexOf('[[', GATEWAY_TOKEN_AT.lastIndex);
    } else at = text.indexOf('[[', at + 1);
  }
  if (spans.length === 0) return findings;
  // Findings come sorted by start and the tokens in text order: one pass over both.
  let k = 0;
  return findings.filter((f) => {
    while (k < spans.length && (spans[k + 1] as number) <= f.start) k += 2;
    return !(k < spans.length && (spans[k] as number) <= f.start && f.end <= (spans[k + 1] as number));
  });
}

export function createAnalyzer(config: AnalyzerConfig = {}): BatchAnalyzer {
  const threshold = config.threshold ?? 0.5;
  const recognizers = buildRegistry(config);
  // The age said after a found name extends the age predicate's reading ("she is 92" -> "Novak is 92"): it runs, and
  // its findings carry that recognizer's id, only while that recognizer is enabled, so disabling the age ids disables it.
  const readsAgesAfterNames = recognizers.some((r) => r.id === AGE_AFTER_NAME_RECOGNIZER);
  const allow = new Set((config.allow ?? []).map((w) => w.trim().toLowerCase()));
  // The site's placeholder patterns and assistant names (deid.allowPatterns, deid.assistantNames): none by default.
  const rules = allowRules(config.allowPatterns, config.assistantNames);
  const finish = (text: string, findings: Finding[]): Finding[] => {
    const kept = withoutTokenInsides(text, findings);
    return rules === undefined ? kept : rules.apply(text, kept);
  };
  const indexWords = new Set(recognizers.flatMap((r) => r.indexWords ?? []));
  const gates = new RecognizerGates(recognizers);
  // Each recognizer's find, bound once: the loop below then calls through an array of functions instead of
  // loading `find` from objects of many shapes (a megamorphic look-up per call, ~30 calls per note).
  const finds = recognizers.map((r) => r.find.bind(r));
  const readsCase = recognizers.map((r) => r.readsCase === true);
  getDictionaries(); // load now, so the first request does not pay for it

  /** The view detection reads: a scanned fax read by OCR ("(4l7) 555-0l49") is repaired, offsets unchanged. */
  function viewOf(text: string): DocumentView {
    // Round 51: a form's dot leaders read as a label's colon ("Employee...... Delacroix"), same length.
    const read = repairLeaders(text);
    const doc = createDocumentView(read, indexWords);
    const ocr = doc.digitRunMask === 0 ? 0 : ocrDigitLetters(read, doc.digitRuns, doc.digitRunLengths);
    return ocr > 0 ? createDocumentView(repairOcr(read, ocr), indexWords) : doc;
  }

  // readView's answers of gates.allowedIn (which recognizers can find anything in the view by their needs: most
  // cannot match most notes), reused: readView is not re-entered (a recognizer calls no analyzer).
  const allowed = new Uint8Array(recognizers.length);

  /** Keeps the candidates over the threshold and not allowed, with offsets moved to the whole text. */
  function keep(found: readonly Candidate[], text: string, offset: number, out: Candidate[]): void {
    // Most calls find nothing; an indexed loop, as the arrays come from many recognizers.
    for (let k = 0; k < found.length; k++) {
      const c = found[k] as Candidate;
      if (c.score < threshold || c.end <= c.start) continue;
      if (allow.size > 0 && allow.has(text.slice(c.start, c.end).trim().toLowerCase())) continue;
      out.push(offset === 0 ? c : { ...c, start: c.start + offset, end: c.end + offset });
    }
  }

  /** The candidates of one view from the recognizers its gates allow (of those in `only`, when given), in registry order. */
  function readView(doc: DocumentView, text: string, offset: number, out: Candidate[], only?: readonly boolean[]): void {
    gates.allowedIn(doc, allowed);
    for (let r = 0; r < recognizers.length; r++) {
      if (allowed[r] === 1 && (only === undefined || only[r] === true)) keep((finds[r] as Recognizer['find'])(doc), text, offset, out);
    }
  }

  /** Candidates of one window, with offsets moved to the whole text. */
  function collect(text: string, offset: number, out: Candidate[]): void {
    const before = out.length;
    const doc = viewOf(text);
    readView(doc, text, offset, out);
    addLaterReadings(doc, text, offset, out, before);
  }

  /**
   * What is read once the registry's recognizers have run (their candidates are out from `before`): passages in
   * capitals again, a labelled identifier's other mentions, the age said right after a found name.
   */
  function addLaterReadings(doc: DocumentView, text: string, offset: number, out: Candidate[], before: number): void {
    addCapsPassages(doc, text, offset, out, before);
    addRepeatedIds(text, offset, out, before);
    if (readsAgesAfterNames) for (const age of agesAfterNames(text, offset, out, before)) out.push(age);
    if (text.includes('-\n') || text.includes('-\r\n')) extendOverBrokenWords(text, offset, out, before);
    if (text.includes(' in ')) joinPlaces(text, offset, out, before, PLACE_IN_TOWN);
    if (text.includes(' on ')) joinPlaces(text, offset, out, before, SHOP_ON_STREET);
  }

  /**
   * A mixed-case note may hold passages in capitals ("PT SEEN WITH DAUGHTER ROSE"), where capitalisation says
   * nothing, as in a note all in capitals: each such passage is read again as a note of its own by the recognizers
   * that read case, and what that reading finds where the note's own reading (out from `before`) found nothing is
   * added (the note's reading keeps its spans and types).
   */
  function addCapsPassages(doc: DocumentView, text: string, offset: number, out: Candidate[], before: number): void {
    if (doc.allCaps) return;
    const passages = capsPassages(doc.text, doc.tokens);
    if (passages.length === 0) return;
    const found = new SpanIndex(out, before);
    const extra: Candidate[] = [];
    for (const [from, to] of passages) {
      const passageText = text.slice(from, to);
      readView(viewOf(passageText), passageText, offset + from, extra, readsCase);
    }
    for (const c of extra) if (!found.overlaps(c.start, c.end)) out.push(c);
  }

  function analyze(text: string): Finding[] {
    // JavaScript callers can pass anything; say what is wrong without echoing it.
    if (typeof text !== 'string') throw new PhigateError('PHIGATE_BAD_INPUT', `analyze() expects a string, got ${text === null ? 'null' : typeof text}`);
    if (text.length === 0) return [];
    const candidates: Candidate[] = [];
    if (text.length <= WINDOW) {
      collect(text, 0, candidates);
      return finish(text, withoutTrailingCredentials(text, resolveOverlapsInPlace(text, candidates)));
    }
    // Overlapping windows: findings in the overlap are found twice and merged by resolveOverlaps.
    for (let start = 0; start < text.length; ) {
      const end = windowEnd(text, start);
      collect(text.slice(start, end), start, candidates);
      if (end >= text.length) break;
      let next = Math.max(start + 1, end - WINDOW_OVERLAP);
      while (next < end && !/\s/.test(text[next - 1] as string)) next++; // start on a word boundary
      const c = text.charCodeAt(next);
      start = c >= 0xdc00 && c <= 0xdfff ? next + 1 : next;
    }
    return finish(text, withoutTrailingCredentials(text, resolveOverlapsInPlace(text, candidates)));
  }

  /**
   * Findings of up to BATCH texts of one window each, recognizer by recognizer. Each candidate list is filled in
   * registry order, as analyze() fills it, so overlap resolution sees the same list.
   */
  function analyzeBatch(texts: readonly string[]): Finding[][] {
    const docs = texts.map(viewOf);
    const allowedOf = docs.map((doc) => {
      const out = new Uint8Array(recognizers.length);
      gates.allowedIn(doc, out);
      return out;
    });
    const candidates = texts.map((): Candidate[] => []);
    for (let r = 0; r < recognizers.length; r++) {
      const find = finds[r] as Recognizer['find'];
      for (let d = 0; d < docs.length; d++) if ((allowedOf[d] as Uint8Array)[r] === 1) keep(find(docs[d] as DocumentView), texts[d] as string, 0, candidates[d] as Candidate[]);
    }
    // Registry order first, then each text's later readings, as collect() adds them.
    for (let d = 0; d < docs.length; d++) addLaterReadings(docs[d] as DocumentView, texts[d] as string, 0, candidates[d] as Candidate[], 0);
    return candidates.map((c, d) => finish(texts[d] as string, withoutTrailingCredentials(texts[d] as string, resolveOverlapsInPlace(texts[d] as string, c))));
  }

  function analyzeMany(texts: readonly string[]): Finding[][] {
    const results: Finding[][] = new Array<Finding[]>(texts.length);
    let batch: string[] = [];
    let at: number[] = [];
    const flush = (): void => {
      analyzeBatch(batch).forEach((findings, k) => (results[at[k] as number] = findings));
      batch = [];
      at = [];
    };
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i] as string;
      // Empty, long (windowed) and non-string texts go the single way, which also says what is wrong.
      if (typeof text !== 'string' || text.length === 0 || text.length > WINDOW) {
        results[i] = analyze(text);
        continue;
      }
      batch.push(text);
      at.push(i);
      if (batch.length === BATCH) flush();
    }
    if (batch.length > 0) flush();
    return results;
  }

  return {
    recognizerIds: recognizers.map((r) => r.id),
    analyze,
    analyzeMany,
  };
}
