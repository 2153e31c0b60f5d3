// The recognizer contract. Most recognizers are data (PatternSpec, CueIdSpec); a few (names, places)
// are code behind the same interface. All are pure and must run in linear time on any input.
import type { Dictionaries } from '../dictionaries/index.js';
import type { Token } from '../text/tokens.js';
import type { EntityType, Evidence } from '../types.js';
import { DocumentTests } from './document-tests.js';

/** A span proposed by one recognizer, before allow lists and overlap resolution. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly score: number;
  readonly recognizer: string;
  readonly evidence: readonly Evidence[];
}

/** What every recognizer sees: the text plus views computed once per document. */
export interface DocumentView {
  readonly text: string;
  /** `text` lower-cased with offsets preserved (one UTF-16 unit in, one out). */
  readonly lower: string;
  readonly tokens: readonly Token[];
  /** Most letters are upper case: capitalisation carries no signal. */
  readonly allCaps: boolean;
  readonly dict: Dictionaries;
  /** Per token (by index): 1 when the word is in the first-name, surname or common-word list. */
  readonly isFirst: Uint8Array;
  readonly isSur: Uint8Array;
  readonly isCommon: Uint8Array;
  /** Per token: its WORD_LEXICON bits (title, credential, facility head or start, name cue, eponym, city-start word count; dictionaries/index.ts). */
  readonly wordFlags: Uint16Array;
  /** Token indexes of each lower-case word, in text order: cue recognizers look words up here. */
  readonly wordIndex: ReadonlyMap<string, readonly number[]>;
  /** Indexes of tokens that contain a hyphen ("mid-October", "Smith-Jones"). */
  readonly hyphenated: readonly number[];
  /** Offsets where a run of ASCII digits starts, ascending. */
  readonly digitRuns: Int32Array;
  /** Length of each of those runs. */
  readonly digitRunLengths: Int32Array;
  /** Bit n set when some run of digits is n long (runs of 31 or more set bit 31); 0 without digits. */
  readonly digitRunMask: number;
  /** Different for every view made: recognizers keep per-document answers by it without holding the text. */
  readonly serial: number;
}

/**
 * What a document must contain for a recognizer to find anything at all. The analyzer checks it once per
 * document and skips the recognizer without calling it, so that a short note does not pay for ~70 calls.
 * Derived from a pattern's anchor or a cue's first words (anchor.test.ts checks that a document failing it
 * yields nothing).
 */
export interface Needs {
  /** A run of ASCII digits whose length is in [min, max]. */
  readonly digitRun?: readonly [min: number, max: number];
  /** This character somewhere in the text. */
  readonly char?: string;
  /** One of these lower-case words in DocumentView.wordIndex, or (with `orHyphenated`) a part of a hyphenated token. */
  readonly words?: readonly string[];
  readonly orHyphenated?: boolean;
  /** For each gate listed, one of its strings somewhere in the text (or, with `lower`, in its lower case). */
  readonly literals?: readonly LiteralGate[];
}

/** Strings one of which every match of a regex holds, looked for in the text or, under i, its lower case. */
export interface LiteralGate {
  readonly lower: boolean;
  readonly literals: readonly string[];
}

/** Bits of DocumentView.digitRunMask for run lengths in [min, max] (31 and over share bit 31). */
function digitRunBits(min: number, max: number): number {
  let bits = 0;
  for (let n = Math.min(Math.max(1, min), 31); n <= Math.min(max, 31); n++) bits |= 1 << n;
  return bits;
}

/**
 * The word-group bits of a document: group g is bit g % 31 of element floor(g / 31) (31 bits an element, so that a
 * bit is never the sign). RecognizerGates sizes it to the groups it holds: one per recognizer that declares words.
 */
export type WordGroupBits = Int32Array;

/** Bits an element of WordGroupBits holds. */
const GROUP_BITS = 31;

/** A recognizer's document tests: its character, then its literal gates. */
function testsOf(needs: Needs): LiteralGate[] {
  return [...(needs.char !== undefined ? [{ lower: false, literals: [needs.char] }] : []), ...(needs.literals ?? [])];
}

/**
 * The needs of a list of recognizers, made fast to test: a digit-run length mask each, one bit per word
 * group, so that a document's indexed words are looked up once for all groups together, and the document
 * tests (characters, literal gates), each distinct one answered once per document for every
 * recognizer that has it. Every recognizer that declares words has a group of its own, and the masks grow with
 * them (a shared bit would only let more documents through, and cost time: a recognizer then ran on documents
 * that held only its partner's words; when 74 groups shared two masks on 2026-11-30 a dozen cue recognizers ran on
 * every note holding a common word of their partner's, 8-15% of the CPU per note).
 */
/** Where each list starts in the lists joined, with their total length last: [0, |l0|, |l0| + |l1|, ...]. */
function startOffsets(lists: readonly (readonly number[])[]): Int32Array {
  const out = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) out[i + 1] = (out[i] as number) + (lists[i] as readonly number[]).length;
  return out;
}

function orInto(out: Int32Array, bits: Int32Array): void {
  for (let m = 0; m < out.length; m++) out[m]! |= bits[m] as number;
}

export class RecognizerGates {
  private readonly runBits: Int32Array;
  /** Recognizer k's word group, or -1 when it declares no words. */
  private readonly group: Int32Array;
  /** Elements of a WordGroupBits: enough for every group. */
  private readonly maskCount: number;
  /** A document with no word of any group (a note without hyphenated tokens, say). */
  private readonly noWords: WordGroupBits;
  private readonly orHyphenated: Uint8Array;
  /** Indexed word -> the bits of the word groups that hold it (one probe per word). */
  private readonly groupsOfWord = new Map<string, WordGroupBits>();
  /** The distinct document tests; recognizer k's are testIds[testFrom[k]] to testIds[testFrom[k + 1] - 1]. */
  private readonly tests = new DocumentTests();
  private readonly testFrom: Int32Array;
  private readonly testIds: Int32Array;
  /**
   * For allowedIn, the recognizers inverted by need: those without words in classes of one digit-run mask each
   * (`wordlessMasks[c]`, members wordless[wordlessFrom[c]] to wordless[wordlessFrom[c + 1] - 1]), and those with
   * words by group (group g's are byGroup[groupFrom[g]] to byGroup[groupFrom[g + 1] - 1]).
   */
  private readonly wordlessMasks: Int32Array;
  private readonly wordlessFrom: Int32Array;
  private readonly wordless: Int32Array;
  private readonly groupFrom: Int32Array;
  private readonly byGroup: Int32Array;

  constructor(recognizers: readonly Recognizer[]) {
    const n = recognizers.length;
    this.runBits = new Int32Array(n);
    this.group = new Int32Array(n).fill(-1);
    const groupCount = recognizers.filter((r) => r.needs?.words !== undefined).length;
    this.maskCount = Math.max(1, Math.ceil(groupCount / GROUP_BITS));
    this.noWords = new Int32Array(this.maskCount);
    this.orHyphenated = new Uint8Array(n);
    this.testFrom = new Int32Array(n + 1);
    const ids: number[] = [];
    let groups = 0;
    recognizers.forEach((r, k) => {
      this.testFrom[k] = ids.length;
      const needs = r.needs;
      if (!needs) return;
      if (needs.digitRun) this.runBits[k] = digitRunBits(needs.digitRun[0], needs.digitRun[1]);
      if (needs.words) {
        const g = groups++;
        this.group[k] = g;
        for (const w of needs.words) {
          let bits = this.groupsOfWord.get(w);
          if (bits === undefined) this.groupsOfWord.set(w, (bits = new Int32Array(this.maskCount)));
          bits[Math.floor(g / GROUP_BITS)]! |= 1 << g % GROUP_BITS;
        }
      }
      this.orHyphenated[k] = needs.orHyphenated ? 1 : 0;
      for (const test of testsOf(needs)) {
        const id = this.tests.add(test);
        if (!ids.slice(this.testFrom[k]).includes(id)) ids.push(id);
      }
    });
    this.testFrom[n] = ids.length;
    this.testIds = Int32Array.from(ids);
    const classes = new Map<number, number[]>();
    const groupsOf: number[][] = Array.from({ length: groups }, () => []);
    for (let k = 0; k < n; k++) {
      const g = this.group[k] as number;
      if (g >= 0) (groupsOf[g] as number[]).push(k);
      else {
        const members = classes.get(this.runBits[k] as number);
        if (members) members.push(k);
        else classes.set(this.runBits[k] as number, [k]);
      }
    }
    this.wordlessMasks = Int32Array.from(classes.keys());
    this.wordlessFrom = startOffsets([...classes.values()]);
    this.wordless = Int32Array.from([...classes.values()].flat());
    this.groupFrom = startOffsets(groupsOf);
    this.byGroup = Int32Array.from(groupsOf.flat());
  }

  /** Recognizer k's word group (each recognizer that declares words has its own), or -1 without words. */
  wordGroupOf(k: number): number {
    return this.group[k] as number;
  }

  /**
   * Sets out[k] to 1 for every recognizer k that `allows` lets through, 0 for the rest: the same answers, found from
   * the needs' side (a class of recognizers sharing a digit-run mask is skipped by one test, a word recognizer is
   * looked at only when the document holds a word of its group), so a short note does not pay ~20 reads for each of
   * 310 recognizers.
   */
  allowedIn(doc: DocumentView, out: Uint8Array): void {
    out.fill(0);
    const runMask = doc.digitRunMask;
    for (let c = 0; c < this.wordlessMasks.length; c++) {
      const bits = this.wordlessMasks[c] as number;
      if (bits !== 0 && (runMask & bits) === 0) continue;
      for (let x = this.wordlessFrom[c] as number; x < (this.wordlessFrom[c + 1] as number); x++) {
        const k = this.wordless[x] as number;
        if (this.testsPass(doc, k)) out[k] = 1;
      }
    }
    const words = this.wordsIn(doc);
    const hyphenWords = this.hyphenWordsIn(doc);
    for (let m = 0; m < this.maskCount; m++) {
      const plain = words[m] as number;
      // The groups whose words the document holds, lowest bit first.
      for (let bits = plain | (hyphenWords[m] as number); bits !== 0; bits &= bits - 1) {
        const bit = bits & -bits;
        const g = m * GROUP_BITS + (31 - Math.clz32(bit));
        const byWord = (plain & bit) !== 0;
        for (let x = this.groupFrom[g] as number; x < (this.groupFrom[g + 1] as number); x++) {
          const k = this.byGroup[x] as number;
          if (!byWord && this.orHyphenated[k] === 0) continue;
          const runBits = this.runBits[k] as number;
          if (runBits !== 0 && (runMask & runBits) === 0) continue;
          if (this.testsPass(doc, k)) out[k] = 1;
        }
      }
    }
  }

  private testsPass(doc: DocumentView, k: number): boolean {
    const from = this.testFrom[k] as number;
    const to = this.testFrom[k + 1] as number;
    return from === to || this.passesTests(doc, from, to);
  }

  /** The word-group bits of the document's indexed words (argument to `allows`). */
  wordsIn(doc: DocumentView): WordGroupBits {
    const out = new Int32Array(this.maskCount);
    for (const w of doc.wordIndex.keys()) {
      const bits = this.groupsOfWord.get(w);
      if (bits !== undefined) orInto(out, bits);
    }
    return out;
  }

  /**
   * The word-group bits of every part of the hyphenated tokens ("mid-October": "mid", "october"): word
   * anchors also match after a hyphen (scanAtWords), and a pattern may end a match at one ("Main
   * Street-Smith"); argument to `allows`.
   */
  hyphenWordsIn(doc: DocumentView): WordGroupBits {
    if (doc.hyphenated.length === 0) return this.noWords;
    const out = new Int32Array(this.maskCount);
    for (const i of doc.hyphenated) {
      const w = (doc.tokens[i] as Token).lower;
      for (let from = 0; from <= w.length; ) {
        const end = w.indexOf('-', from);
        const stop = end < 0 ? w.length : end;
        if (stop > from) {
          const bits = this.groupsOfWord.get(w.slice(from, stop));
          if (bits !== undefined) orInto(out, bits);
        }
        from = stop + 1;
      }
    }
    return out;
  }

  /** False when recognizer k cannot find anything in the document, by its needs (`words`, `hyphenWords`: see above). */
  allows(doc: DocumentView, k: number, words: WordGroupBits, hyphenWords: WordGroupBits): boolean {
    const runBits = this.runBits[k] as number;
    if (runBits !== 0 && (doc.digitRunMask & runBits) === 0) return false;
    const g = this.group[k] as number;
    if (g >= 0) {
      const m = Math.floor(g / GROUP_BITS);
      const bit = 1 << g % GROUP_BITS;
      if (((words[m] as number) & bit) === 0 && (this.orHyphenated[k] === 0 || ((hyphenWords[m] as number) & bit) === 0)) return false;
    }
    const from = this.testFrom[k] as number;
    const to = this.testFrom[k + 1] as number;
    return from === to || this.passesTests(doc, from, to);
  }

  private passesTests(doc: DocumentView, from: number, to: number): boolean {
    for (let x = from; x < to; x++) if (!this.tests.passes(doc, this.testIds[x] as number)) return false;
    return true;
  }
}

export interface Recognizer {
  readonly id: string;
  readonly types: readonly EntityType[];
  /** Words this recognizer finds through DocumentView.wordIndex; only these are indexed. */
  readonly indexWords?: readonly string[];
  /** What a document needs for this recognizer to find anything (none: always called). */
  readonly needs?: Needs;
  /** Reads capitalisation (DocumentView.allCaps): it alone reads a mixed-case note's passages in capitals again. */
  readonly readsCase?: boolean;
  find(doc: DocumentView): readonly Candidate[];
}

/** Each word list's words by their place in it (see forEachIndexedWord); null for a list that holds a word twice. */
const RANKS = new WeakMap<Iterable<string>, Map<string, number> | null>();
/** Lists this long or shorter are probed word by word: as cheap as the document's side, and no rank look-up. */
const SHORT_LIST = 8;

function ranksOf(words: Iterable<string>): Map<string, number> | null {
  let ranks = RANKS.get(words);
  if (ranks === undefined) {
    ranks = new Map();
    for (const w of words) {
      if (ranks.has(w)) {
        ranks = null;
        break;
      }
      ranks.set(w, ranks.size);
    }
    RANKS.set(words, ranks);
  }
  return ranks;
}

/**
 * Calls `visit` with the index of every token whose lower case is one of `words` (they must be index words), in the
 * order of `words`, then of the tokens. A short note indexes a handful of words and the facility rules ask it of lists
 * of up to ninety, twenty times a note: a long list is matched from the document's side, one probe per indexed word,
 * and the words found are visited in the list's order as before.
 */
export function forEachIndexedWord(doc: DocumentView, words: Iterable<string>, visit: (i: number) => void): void {
  const index = doc.wordIndex;
  const ranks = Array.isArray(words) && words.length <= SHORT_LIST ? null : ranksOf(words);
  if (ranks === null || index.size >= ranks.size) {
    for (const w of words) {
      const list = index.get(w);
      if (list) for (const i of list) visit(i);
    }
    return;
  }
  // Most calls find none of the words, and most of the rest one: no array until a second.
  let firstRank = -1;
  let first: readonly number[] | undefined;
  let more: Array<[number, readonly number[]]> | undefined;
  for (const [w, list] of index) {
    const rank = ranks.get(w);
    if (rank === undefined) continue;
    if (first === undefined) {
      firstRank = rank;
      first = list;
    } else (more ??= [[firstRank, first]]).push([rank, list]);
  }
  if (first === undefined) return;
  if (more === undefined) {
    for (const i of first) visit(i);
    return;
  }
  more.sort((a, b) => a[0] - b[0]);
  for (const [, list] of more) for (const i of list) visit(i);
}

export function candidate(
  start: number,
  end: number,
  type: EntityType,
  score: number,
  recognizer: string,
  ...evidence: Evidence[]
): Candidate {
  return { start, end, type, score: Math.min(1, Math.max(0, score)), recognizer, evidence };
}

/** The recognizer with each of its candidates passed through `adjust` (which returns it, or a changed copy). */
export function adjustCandidates(r: Recognizer, adjust: (doc: DocumentView, c: Candidate) => Candidate): Recognizer {
  return {
    ...r,
    find(doc) {
      const found = r.find(doc) as Candidate[];
      for (let k = 0; k < found.length; k++) found[k] = adjust(doc, found[k] as Candidate);
      return found;
    },
  };
}
