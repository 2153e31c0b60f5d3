// The analyzer: runs every recognizer in the registry over one document view, drops allowed words and
// weak candidates, and resolves overlaps into a sorted, non-overlapping list of findings.
import { getDictionaries, lexicon, markIndexWords, WORD_COMMON, WORD_FIRST, WORD_INDEXED, WORD_LEXICON, WORD_SUR } from './dictionaries/index.js';
import { buildRegistry } from './recognizers/registry.js';
import { RecognizerGates, type Candidate, type DocumentView, type Recognizer } from './recognizers/types.js';
import { PhigateError } from '../errors.js';
import { resolveOverlapsInPlace } from './resolve.js';
import { DigitRuns, tokenize, type LetterCounts, type Token } from './text/tokens.js';
import { ocrDigitLetters, repairOcr } from './text/ocr.js';
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
    if ((bits & WORD_SUR) === 0 && hyphen) {
      const parts = t.fold.split('-');
      const names = parts.every((p) => ((dict.wordClass.get(p) ?? 0) & (WORD_FIRST | WORD_SUR)) !== 0);
      // "Wolff-Parkinson-White", "Stevens-Johnson": hyphenated eponyms are diseases, not people.
      if (names && !parts.some((p) => lexicon.EPONYMS.has(p))) bits = (bits | WORD_SUR) & ~WORD_COMMON;
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

export function createAnalyzer(config: AnalyzerConfig = {}): Analyzer {
  const threshold = config.threshold ?? 0.5;
  const recognizers = buildRegistry(config);
  const allow = new Set((config.allow ?? []).map((w) => w.trim().toLowerCase()));
  const indexWords = new Set(recognizers.flatMap((r) => r.indexWords ?? []));
  const gates = new RecognizerGates(recognizers);
  // Each recognizer's find, bound once: the loop below then calls through an array of functions instead of
  // loading `find` from objects of many shapes (a megamorphic look-up per call, ~30 calls per note).
  const finds = recognizers.map((r) => r.find.bind(r));
  const readsCase = recognizers.map((r) => r.readsCase === true);
  getDictionaries(); // load now, so the first request does not pay for it

  /** Candidates of one window, with offsets moved to the whole text. */
  function collect(text: string, offset: number, out: Candidate[]): void {
    const before = out.length;
    const doc = collectView(text, offset, out);
    if (doc.allCaps) return;
    const passages = capsPassages(doc.text, doc.tokens);
    if (passages.length === 0) return;
    // A mixed-case note may hold passages in capitals ("PT SEEN WITH DAUGHTER ROSE"), where capitalisation says
    // nothing, as in a note all in capitals: each such passage is read again as a note of its own, and what that
    // reading finds where the note's own reading found nothing is added (the note's reading keeps its spans and types).
    const found = new SpanIndex(out, before);
    const extra: Candidate[] = [];
    for (const [from, to] of passages) collectView(text.slice(from, to), offset + from, extra, true);
    for (const c of extra) if (!found.overlaps(c.start, c.end)) out.push(c);
  }

  function collectView(text: string, offset: number, out: Candidate[], caseOnly = false): DocumentView {
    let doc = createDocumentView(text, indexWords);
    // A scanned fax read by OCR ("(4l7) 555-0l49"): detection reads a repaired copy, offsets unchanged.
    const ocr = doc.digitRunMask === 0 ? 0 : ocrDigitLetters(text, doc.digitRuns, doc.digitRunLengths);
    if (ocr > 0) doc = createDocumentView(repairOcr(text, ocr), indexWords);
    const words = gates.wordsIn(doc);
    const hyphenWords = gates.hyphenWordsIn(doc);
    for (let r = 0; r < recognizers.length; r++) {
      if (caseOnly && !readsCase[r]) continue;
      // Most recognizers cannot match most notes (no digits of the right length, no cue word): skip them.
      if (!gates.allows(doc, r, words, hyphenWords)) continue;
      const found = (finds[r] as Recognizer['find'])(doc);
      // Most calls find nothing; an indexed loop, as the arrays come from many recognizers.
      for (let k = 0; k < found.length; k++) {
        const c = found[k] as Candidate;
        if (c.score < threshold || c.end <= c.start) continue;
        if (allow.size > 0 && allow.has(text.slice(c.start, c.end).trim().toLowerCase())) continue;
        out.push(offset === 0 ? c : { ...c, start: c.start + offset, end: c.end + offset });
      }
    }
    return doc;
  }

  return {
    recognizerIds: recognizers.map((r) => r.id),
    analyze(text: string): Finding[] {
      // JavaScript callers can pass anything; say what is wrong without echoing it.
      if (typeof text !== 'string') throw new PhigateError('PHIGATE_BAD_INPUT', `analyze() expects a string, got ${text === null ? 'null' : typeof text}`);
      if (text.length === 0) return [];
      const candidates: Candidate[] = [];
      if (text.length <= WINDOW) {
        collect(text, 0, candidates);
        return resolveOverlapsInPlace(candidates);
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
      return resolveOverlapsInPlace(candidates);
    },
  };
}
