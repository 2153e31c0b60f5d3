// Generic recognizers described by data: a regex with optional context words and a validator, and
// "cue + identifier" recognizers (MRN: 12345) that find a cue phrase and read the code that follows.
import type { EntityType, EvidenceKind } from '../types.js';
import type { Token } from '../text/tokens.js';
import { foldedLiterals, intersects, parseRegex, requiredLiterals, union, type CharSet, type RegexNode } from './regex-ast.js';
import { compiledNow } from './machine-code.js';
import { regexFact } from './regex-facts.js';
import { firstSet, maxLength, minLength } from './regex-safety.js';
import { candidate, type Candidate, type DocumentView, type LiteralGate, type Needs, type Recognizer } from './types.js';

export type { LiteralGate } from './types.js';

/**
 * A regex's source and flags, not yet a RegExp: what a pattern spec's `regex` needs to be (a RegExp is one too).
 * Constructing a RegExp parses its pattern (V8 checks it and counts its groups then), some 25-30 us for each
 * `\p{...}` class and up to ~0.9 ms for a long pattern, while a recognizer reads only its spec's source and flags
 * (its facts, see regex-facts.ts) until it runs, when it makes its own copies (see StickyRegex and
 * patternRecognizer). The patterns a spec builds with `new RegExp` or writes with `\p{...}` are therefore given as
 * `unparsedRegex(source, flags)`: a process parses only the patterns its notes reach.
 */
export interface RegexSource {
  readonly source: string;
  readonly flags: string;
}

/** A spec's regex, parsed only when its recognizer first runs (see RegexSource). The source is RegExp syntax. */
export function unparsedRegex(source: string, flags: string): RegexSource {
  return { source, flags };
}

const ignoresCase = (regex: RegexSource): boolean => regex.flags.includes('i');

export interface PatternSpec {
  readonly id: string;
  readonly type: EntityType;
  /**
   * Must have the `g` flag. Must be linear-time: no nested or adjacent unbounded quantifiers. A RegExp, or its
   * source and flags (`unparsedRegex`), which costs nothing until the recognizer runs.
   */
  readonly regex: RegexSource;
  readonly score: number;
  /** Capture group holding the identifier (default: the whole match). */
  readonly group?: number;
  /** Lower-case words; one within `contextWindow` characters before the match adds `contextBoost`. */
  readonly context?: readonly string[];
  readonly contextWindow?: number;
  readonly contextBoost?: number;
  /** Without a context word the match is dropped. */
  readonly requireContext?: boolean;
  /** Returns false to drop the match, or a new score. */
  readonly validate?: (value: string, doc: DocumentView, start: number, end: number) => boolean | number;
  /** When a context word is found, report this type instead (e.g. a phone number after "fax"). */
  readonly contextType?: EntityType;
  readonly evidence?: EvidenceKind;
  /** A cheap test the document must pass before the main regex runs (e.g. "@" for emails). */
  readonly trigger?: RegExp | ((doc: DocumentView) => boolean);
  /** Words a function trigger looks up in DocumentView.wordIndex (so that they are indexed). */
  readonly indexWords?: readonly string[];
  /**
   * 'digit': every match starts at the first digit of a run of digits, or one "(", "+" or "#" before it,
   * so the regex is only tried there (see scanAtDigitRuns). A test checks this against the full scan.
   */
  readonly anchor?: 'digit' | AnchorChar | AnchorDigitsAfter | AnchorWords;
  /** With a digit anchor: the lengths the first run of digits of a match can have (skip other runs). */
  readonly firstRun?: readonly [min: number, max: number];
  /**
   * With a digit anchor: a cheap test of the text around the first run of digits of a match (its start and
   * length), true for every run a match can be found at; the regex is not tried at runs that fail it. Must
   * be exact (the anchor test checks it): for regexes whose tries are dear and mostly fail.
   */
  readonly runTest?: (text: string, start: number, length: number) => boolean;
  /**
   * Words of which every match holds one as a word token of its own (any case): documents without any
   * are skipped before find() is called. Must be exact; the anchor test checks it.
   */
  readonly needsWords?: readonly string[];
}

/** Every match starts at the start of a word token whose lower-case form is one of `words`. */
export interface AnchorWords {
  readonly words: readonly string[];
}

/** Every match starts at most `maxBack` characters (all accepted by `back`) before a run of digits. */
export interface AnchorDigitsAfter {
  readonly digitsAfter: RegExp;
  readonly maxBack: number;
}

/**
 * Every match contains `char` and starts at most `maxBack` characters before it, on a character that
 * `back` accepts: the regex is tried only there (e.g. emails around "@").
 */
export interface AnchorChar {
  /** A character, or a global regex whose matches are the anchor points (their start). */
  readonly char: string | RegExp;
  readonly back: RegExp;
  readonly maxBack: number;
}

const isWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;

/** The context word found in `lower` just before `start`, as a whole word, or undefined. */
/**
 * Round 102: what follows a question in a transcript before its answer: the question's end, a line break, the next
 * turn's label (a time stamp may lead: "[00:03:12] Spk1:", "Caller:", "Speaker 2:") and the reply's opening words
 * ("it's", "yeah", "um"). Append "$" after a question's words to test the text before an answer.
 */
export const REPLY_TURN_AFTER_QUESTION = String.raw`\??[ \t]*\r?\n[ \t]{0,4}(?:\[?[\d:]{4,8}\]?[ \t]{1,2})?[A-Za-z][A-Za-z .]{0,20}\d{0,2}:[ \t]{1,3}(?:(?:it['’]s|it[ \t]is|yeah|yes|sure|um|uh),?[ \t]{1,2}){0,2}`;

/**
 * The cue phrase that ends right before `start` (only spaces, a colon or "the" between), or undefined:
 * stricter than contextBefore, for cues such as "in" or "at" that are too common to look further back.
 */
export function cueRightBefore(lower: string, start: number, words: readonly string[]): string | undefined {
  const slice = lower.slice(Math.max(0, start - 28), start);
  const m = /(?:^|[^a-z])([a-z][a-z ]{0,24}?)[ \t]{0,2}:?[ \t]{1,2}(?:the[ \t]{1,2})?$/.exec(slice);
  if (!m?.[1]) return undefined;
  const phrase = m[1];
  // Only the cues that end on the phrase's last word can match it; their order in the list is kept.
  const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
  const bucket = cuesByLastWord(words).get(last);
  if (bucket) for (const w of bucket) if (phrase === w || phrase.endsWith(` ${w}`)) return w;
  return undefined;
}

// Round 46: cue lists indexed by their cues' last words, once per list (the town cues grew past 250 phrases).
const CUE_INDEX = new WeakMap<readonly string[], Map<string, string[]>>();
function cuesByLastWord(words: readonly string[]): Map<string, string[]> {
  let index = CUE_INDEX.get(words);
  if (index === undefined) {
    index = new Map();
    for (const w of words) {
      const last = w.slice(w.lastIndexOf(' ') + 1);
      const bucket = index.get(last);
      if (bucket) bucket.push(w);
      else index.set(last, [w]);
    }
    CUE_INDEX.set(words, index);
  }
  return index;
}

export function contextBefore(
  lower: string,
  start: number,
  words: readonly string[],
  window: number,
): string | undefined {
  const from = Math.max(0, start - window);
  const slice = lower.slice(from, start);
  // The letters a-z the window holds: a word whose first letter it lacks is not searched for (most of a
  // long list of cue words, in a window of a few words).
  let letters = 0;
  for (let k = 0; k < slice.length; k++) {
    const c = slice.charCodeAt(k) - 97;
    if (c >= 0 && c < 26) letters |= 1 << c;
  }
  for (const word of words) {
    const first = word.charCodeAt(0) - 97;
    if (first >= 0 && first < 26 && (letters & (1 << first)) === 0) continue;
    let at = slice.lastIndexOf(word);
    while (at >= 0) {
      const before = at === 0 ? (from === 0 ? 32 : lower.charCodeAt(from - 1)) : slice.charCodeAt(at - 1);
      const after = slice.charCodeAt(at + word.length);
      const afterOk = Number.isNaN(after) || !isWordChar(after) || !isWordChar(word.charCodeAt(word.length - 1));
      if (!isWordChar(before) && afterOk) return word;
      at = at > 0 ? slice.lastIndexOf(word, at - 1) : -1;
    }
  }
  return undefined;
}

/** A character of \w without the u and i flags: [A-Za-z0-9_]. */
const isRegexWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/**
 * A trigger that answers as /L1|L2|...|W1\b|W2\b/.test(text) does (the literals case-sensitive, each Wk
 * ending in a word character) by includes() and indexOf(), without a regex scan: a literal gate lets most
 * notes through such a regex on "Ste" of "Steroids", after which the regex scanned the whole text.
 */
export function literalTrigger(anywhere: readonly string[], beforeBoundary: readonly string[]): (doc: DocumentView) => boolean {
  for (const w of beforeBoundary) if (!isRegexWordChar(w.charCodeAt(w.length - 1))) throw new Error(`literalTrigger: ${w} must end in a word character`);
  return (doc) => {
    const text = doc.text;
    for (let k = 0; k < anywhere.length; k++) if (text.includes(anywhere[k] as string)) return true;
    for (let k = 0; k < beforeBoundary.length; k++) {
      const w = beforeBoundary[k] as string;
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        const end = at + w.length;
        if (end >= text.length || !isRegexWordChar(text.charCodeAt(end))) return true;
      }
    }
    return false;
  };
}

/**
 * Whether `test` holds at some run of digits of the view (its start and length): a trigger that a scan of the
 * whole text answered, read at the runs instead, for a regex whose every match holds a run where the test looks.
 */
export function atSomeDigitRun(doc: DocumentView, test: (text: string, start: number, length: number) => boolean): boolean {
  const runs = doc.digitRuns;
  const lengths = doc.digitRunLengths;
  for (let r = 0; r < runs.length; r++) if (test(doc.text, runs[r] as number, lengths[r] as number)) return true;
  return false;
}

/** Characters that may open a digit-anchored match one position before its first digit: ( + # */
const isDigitLead = (code: number): boolean => code === 40 || code === 43 || code === 35;

/** All matches of a global regex over the whole text (the plain scan). */
function scanAll(regex: RegExp, text: string, out: RegExpExecArray[]): void {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    out.push(m);
  }
}

/**
 * A one-character test by table for ASCII (the regex asked once per code at start-up) and by the regex
 * itself beyond ASCII: the walks back from an anchor ask it for every character they pass.
 */
class CharTest {
  private readonly ascii: Uint8Array;
  constructor(private readonly regex: RegExp) {
    this.ascii = tableOf(
      regexFact('ascii-members', regex, () => {
        let members = '';
        for (let c = 0; c < 128; c++) if (regex.test(String.fromCharCode(c))) members += String.fromCharCode(c);
        return members;
      }),
    );
  }
  at(text: string, i: number): boolean {
    const c = text.charCodeAt(i);
    return c < 128 ? this.ascii[c] === 1 : this.regex.test(text[i] as string);
  }
}

/** Which ASCII characters `set` holds, as a string of them; under the i flag a non-ASCII member may fold to any ASCII letter. */
function asciiMembers(set: CharSet, ignoreCase: boolean): string {
  const foldsToAscii = ignoreCase && set.some(([, to]) => to >= 128);
  let members = '';
  for (let c = 0; c < 128; c++) {
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if ((foldsToAscii && letter) || set.some(([from, to]) => from <= c && c <= to)) members += String.fromCharCode(c);
  }
  return members;
}

/** A look-up table of the ASCII characters in `members` (facts keep the members, tests read a table). */
function tableOf(members: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let i = 0; i < members.length; i++) table[members.charCodeAt(i) & 127] = 1;
  return table;
}

const DIGITS: CharSet = [[48, 57]];

/** The node matches digits only (one or more ASCII digits in any arrangement: "\d{1,2}", "(?:1[0-2]|0?[1-9])"). */
function digitsOnly(node: RegexNode): boolean {
  switch (node.t) {
    case 'char':
      return node.set.length > 0 && node.set.every(([from, to]) => from >= 48 && to <= 57);
    case 'seq':
      return node.items.length > 0 && node.items.every(digitsOnly);
    case 'alt':
      return node.alts.length > 0 && node.alts.every(digitsOnly);
    case 'quant':
      return digitsOnly(node.body);
    default:
      return false;
  }
}

/**
 * For a regex that starts (after zero-width assertions) with a part matching digits only, `\d{1,2}` or
 * `(?:1[0-2]|0?[1-9])` say, and goes on with a part that needs a character and cannot start with a digit: the
 * characters that part can start with, and the most digits the first part takes. A match starting at a run of
 * digits then takes the whole run (a shorter take leaves a digit next), so the character after the run must be
 * one of these and the run no longer than that. Undefined when the shape differs.
 */
function charsAfterLeadingDigits(root: RegexNode): { readonly follow: CharSet; readonly maxRun: number } | undefined {
  const items = root.t === 'seq' ? root.items : [root];
  let k = 0;
  while (k < items.length && (items[k]?.t === 'assert' || items[k]?.t === 'look')) k++;
  const lead = items[k];
  if (!lead || !digitsOnly(lead)) return undefined;
  const rest: RegexNode = { t: 'seq', items: items.slice(k + 1) };
  if (minLength(rest) === 0) return undefined;
  const follow = firstSet(rest);
  return intersects(follow, DIGITS) ? undefined : { follow, maxRun: maxLength(lead) };
}

/** The set less the ASCII digits. */
function withoutDigits(set: CharSet): CharSet {
  const out: [number, number][] = [];
  for (const [from, to] of set) {
    if (to < 48 || from > 57) out.push([from, to]);
    else {
      if (from < 48) out.push([from, 47]);
      if (to > 57) out.push([58, to]);
    }
  }
  return out;
}

/**
 * For any regex: the characters that can be the first non-digit of a match (`follow`) and the fewest characters
 * of a match made of digits only (`minDigitsOnly`, Infinity when every match holds a non-digit). A match starting
 * at the first digit of a run either stays inside the run (digits only, so the run is at least minDigitsOnly long)
 * or reads the character after the run as its first non-digit (so that character is in follow). Look-arounds
 * count as matching the empty string (the sets only grow); a back reference gives up (undefined).
 */
function digitLead(node: RegexNode): { readonly follow: CharSet; readonly minDigitsOnly: number } | undefined {
  switch (node.t) {
    case 'char':
      return { follow: withoutDigits(node.set), minDigitsOnly: intersects(node.set, DIGITS) ? 1 : Infinity };
    case 'assert':
    case 'look':
      return { follow: [], minDigitsOnly: 0 };
    case 'seq': {
      let follow: CharSet = [];
      let minDigitsOnly = 0;
      for (const item of node.items) {
        const lead = digitLead(item);
        if (lead === undefined) return undefined;
        follow = union(follow, lead.follow);
        minDigitsOnly += lead.minDigitsOnly;
        // No match reaches the next items with digits only: their characters are never the first non-digit.
        if (lead.minDigitsOnly === Infinity) break;
      }
      return { follow, minDigitsOnly };
    }
    case 'alt': {
      let follow: CharSet = [];
      let minDigitsOnly = Infinity;
      for (const alt of node.alts) {
        const lead = digitLead(alt);
        if (lead === undefined) return undefined;
        follow = union(follow, lead.follow);
        minDigitsOnly = Math.min(minDigitsOnly, lead.minDigitsOnly);
      }
      return { follow, minDigitsOnly };
    }
    case 'quant': {
      if (node.max === 0 || node.min === 0) {
        const lead = node.max === 0 ? { follow: [], minDigitsOnly: 0 } : digitLead(node.body);
        return lead && { follow: lead.follow, minDigitsOnly: 0 };
      }
      const lead = digitLead(node.body);
      return lead && { follow: lead.follow, minDigitsOnly: lead.minDigitsOnly * node.min };
    }
    default:
      return undefined;
  }
}

/**
 * An anchored regex made sticky, with the ASCII characters a non-empty match can start with (from the
 * regex's structure, see firstSet): a try on any other ASCII character is skipped without running the
 * regex. Characters beyond ASCII are always tried (case folding under the u flag reaches some of them).
 */
class StickyRegex {
  /**
   * Made on the first try that passes the start table: constructing a regex parses it, and most recognizers never
   * run in a process's first notes; compiled to machine code at once (see machine-code.ts), so a recognizer whose
   * scan never reaches its regex costs nothing.
   */
  private regex: RegExp | undefined;
  private readonly spec: PatternSpec;
  private readonly starts: Uint8Array;
  /** The characters that may follow a run of digits a match starts with, and the longest such run (see charsAfterLeadingDigits). */
  private readonly afterRun: Uint8Array | undefined;
  private readonly maxRun: number;
  /** The characters that may be a match's first non-digit, and the fewest characters of a match of digits only (see digitLead). */
  private readonly firstNonDigit: Uint8Array | undefined;
  private readonly minDigitsOnly: number;
  constructor(spec: PatternSpec) {
    this.spec = spec;
    const ignoreCase = ignoresCase(spec.regex);
    const [starts, afterRun, maxRun] = regexFact('sticky-starts', spec.regex, () => {
      const root = parseRegex(spec.regex.source, spec.regex.flags);
      const lead = charsAfterLeadingDigits(root);
      // A fact is JSON: an unbounded run is recorded as 0.
      return [asciiMembers(firstSet(root), ignoreCase), lead ? asciiMembers(lead.follow, ignoreCase) : null, lead && Number.isFinite(lead.maxRun) ? lead.maxRun : 0] as const;
    });
    this.starts = tableOf(starts);
    this.afterRun = afterRun === null ? undefined : tableOf(afterRun);
    this.maxRun = maxRun === 0 ? Number.MAX_SAFE_INTEGER : maxRun;
    const [firstNonDigit, minDigitsOnly] = regexFact('digit-lead', spec.regex, () => {
      const lead = digitLead(parseRegex(spec.regex.source, spec.regex.flags));
      // A fact is JSON: "no match of digits only" is recorded as -1.
      return lead ? ([asciiMembers(lead.follow, ignoreCase), Number.isFinite(lead.minDigitsOnly) ? lead.minDigitsOnly : -1] as const) : ([null, 0] as const);
    });
    this.firstNonDigit = firstNonDigit === null ? undefined : tableOf(firstNonDigit);
    this.minDigitsOnly = minDigitsOnly === -1 ? Number.MAX_SAFE_INTEGER : minDigitsOnly;
  }
  /** The sticky copy of the spec's regex, made once. */
  private compile(): RegExp {
    return (this.regex = compiledNow(new RegExp(this.spec.regex.source, this.spec.regex.flags.replace('g', '') + 'y')));
  }
  /** The match starting exactly at `p`, or null. */
  execAt(text: string, p: number): RegExpExecArray | null {
    const c = text.charCodeAt(p);
    if (c < 128 && this.starts[c] === 0) return null;
    const regex = this.regex ?? this.compile();
    regex.lastIndex = p;
    return regex.exec(text);
  }
  /** False when no match can start at a run of digits `length` long that ends at `end` (the run's length or the character there rules it out). */
  mayStartRun(text: string, end: number, length: number): boolean {
    if (this.firstNonDigit !== undefined && length < this.minDigitsOnly) {
      const c = end < text.length ? text.charCodeAt(end) : -1;
      if (c < 0 || (c < 128 && this.firstNonDigit[c] === 0)) return false;
    }
    if (this.afterRun === undefined) return true;
    if (end >= text.length || length > this.maxRun) return false;
    const c = text.charCodeAt(end);
    return c >= 128 || this.afterRun[c] === 1;
  }
}

/**
 * The same matches as scanAll for a regex whose every match starts at the first digit of a digit run or
 * one character before it ("(", "+", "#"), or with `back`, at most back.maxBack characters before it:
 * the regex is tried only there, so text without digits costs nothing. Matches never overlap, as with a
 * global scan.
 */
function scanAtDigitRuns(
  sticky: StickyRegex,
  doc: DocumentView,
  back: { readonly test: CharTest; readonly maxBack: number } | undefined,
  firstRun: readonly [number, number],
  runTest: PatternSpec['runTest'],
  out: RegExpExecArray[],
): void {
  const text = doc.text;
  const runs = doc.digitRuns;
  const lengths = doc.digitRunLengths;
  const minRun = firstRun[0];
  const maxRun = firstRun[1];
  let free = 0;
  for (let r = 0; r < runs.length; r++) {
    const s = runs[r] as number;
    if (s < free) continue;
    const length = lengths[r] as number;
    if (length < minRun || length > maxRun || (runTest !== undefined && !runTest(text, s, length))) continue;
    let from = s;
    if (back) {
      while (from > free && s - from < back.maxBack && back.test.at(text, from - 1)) from--;
    } else if (s > free && isDigitLead(text.charCodeAt(s - 1))) {
      from = s - 1;
    }
    for (let p = from; p <= s; p++) {
      if (p === s && !sticky.mayStartRun(text, s + length, length)) break;
      const m = sticky.execAt(text, p);
      if (m && m[0].length > 0) {
        free = p + m[0].length;
        out.push(m);
        break;
      }
    }
  }
}

/** The same matches as scanAll for a regex anchored on a character (see AnchorChar). */
function scanAroundChar(sticky: StickyRegex, text: string, anchor: AnchorChar, back: CharTest, out: RegExpExecArray[]): void {
  let free = 0;
  const char = anchor.char;
  const points: number[] = [];
  if (typeof char === 'string') {
    for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) points.push(at);
  } else {
    char.lastIndex = 0;
    for (let m = char.exec(text); m; m = char.exec(text)) {
      if (m[0].length === 0) char.lastIndex++;
      points.push(m.index);
    }
  }
  for (const at of points) {
    if (at < free) continue;
    let from = at;
    while (from > free && at - from < anchor.maxBack && back.at(text, from - 1)) from--;
    for (let p = from; p <= at; p++) {
      const m = sticky.execAt(text, p);
      if (m && m[0].length > 0 && p + m[0].length > at) {
        free = p + m[0].length;
        out.push(m);
        break;
      }
    }
  }
}

const ascending = (a: number, b: number): number => a - b;

/** A document's version: "v4.2", "V2.0.1". */
const VERSION_NUMBER = /^[vV]\d{1,2}(?:\.\d{1,3}){1,2}$/;

/** The parts of a view's hyphenated tokens and where each starts (the first one's empty part, "-ish", left out). */
interface HyphenParts {
  readonly words: string[];
  readonly at: number[];
}
/** Per view: cut once, for every word-anchored recognizer (a dozen of them asked each part again, slicing it anew). */
const hyphenParts = new WeakMap<DocumentView, HyphenParts>();

function hyphenPartsOf(doc: DocumentView): HyphenParts {
  let parts = hyphenParts.get(doc);
  if (parts === undefined) {
    parts = { words: [], at: [] };
    for (const i of doc.hyphenated) {
      const t = doc.tokens[i] as Token;
      const first = t.lower.indexOf('-');
      if (first > 0) {
        parts.words.push(t.lower.slice(0, first));
        parts.at.push(t.start);
      }
      for (let h = first; h >= 0; h = t.lower.indexOf('-', h + 1)) {
        const end = t.lower.indexOf('-', h + 1);
        parts.words.push(t.lower.slice(h + 1, end < 0 ? undefined : end));
        parts.at.push(t.start + h + 1);
      }
    }
    hyphenParts.set(doc, parts);
  }
  return parts;
}

/** The same matches as scanAll for a regex anchored on word tokens (see AnchorWords). */
function scanAtWords(sticky: StickyRegex, doc: DocumentView, words: ReadonlySet<string>, out: RegExpExecArray[]): void {
  const at: number[] = [];
  // From the smaller side: a note holds few indexed words, a month anchor has two dozen.
  const index = doc.wordIndex;
  if (index.size < words.size) {
    for (const [w, list] of index) if (words.has(w)) for (const i of list) at.push((doc.tokens[i] as Token).start);
  } else {
    for (const w of words) {
      const list = index.get(w);
      if (list) for (const i of list) at.push((doc.tokens[i] as Token).start);
    }
  }
  // Words inside hyphenated tokens ("mid-October") start after a hyphen; the first one ("July-October", "Jan-Aug
  // 2023") at the token's start.
  if (doc.hyphenated.length > 0) {
    const parts = hyphenPartsOf(doc);
    for (let k = 0; k < parts.words.length; k++) if (words.has(parts.words[k] as string)) at.push(parts.at[k] as number);
  }
  if (at.length === 0) return;
  if (at.length > 1) at.sort(ascending); // most documents hold one anchor word: no sort call
  let free = 0;
  for (const p of at) {
    if (p < free) continue;
    const m = sticky.execAt(doc.text, p);
    if (m && m[0].length > 0) {
      free = p + m[0].length;
      out.push(m);
    }
  }
}

/**
 * The few characters (at most three) one of which starts every non-empty match of `regex`, or undefined:
 * a text holding none of them is skipped by a fast includes() instead of a regex scan (few notes hold a
 * "+" or "(01)"). Only ASCII, and no letters under the i flag with u or v (under which non-ASCII
 * characters such as the Kelvin sign fold onto ASCII letters).
 */
function firstChars(regex: RegexSource): readonly string[] | undefined {
  return regexFact('first-chars', regex, () => deriveFirstChars(regex) ?? null) ?? undefined;
}

function deriveFirstChars(regex: RegexSource): string[] | undefined {
  let root: RegexNode;
  try {
    root = parseRegex(regex.source, regex.flags);
  } catch {
    return undefined; // a syntax the parser does not know (a user's pattern): no gate
  }
  if (minLength(root) === 0) return undefined;
  const set = firstSet(root);
  const chars: string[] = [];
  for (const [from, to] of set) {
    if (to >= 128 || to - from >= 3) return undefined;
    for (let c = from; c <= to; c++) chars.push(String.fromCharCode(c));
  }
  const foldable = ignoresCase(regex) && /[uv]/.test(regex.flags) && chars.some((c) => /[a-z]/i.test(c));
  return chars.length > 3 || chars.length === 0 || foldable ? undefined : chars;
}

export function literalGate(regex: RegexSource): LiteralGate | undefined {
  const literals = regexFact('literals', regex, () => {
    try {
      return requiredLiterals(parseRegex(regex.source, regex.flags), ignoresCase(regex), /[uv]/.test(regex.flags)) ?? null;
    } catch {
      return null; // a syntax the parser does not know (a user's pattern): no gate
    }
  });
  if (literals) return { lower: ignoresCase(regex), literals };
  if (ignoresCase(regex)) return undefined;
  // Words spelled in several cases ("[Cc]all[ \t]?[Bb]ack", "Mile|MILE"): the same test on the text's lower case.
  const folded = regexFact('folded-literals', regex, () => {
    try {
      return foldedLiterals(parseRegex(regex.source, regex.flags)) ?? null;
    } catch {
      return null;
    }
  });
  return folded ? { lower: true, literals: folded } : undefined;
}

/**
 * What a document needs for a pattern to match at all (see Needs): its anchor's, else its `needsWords`; and
 * the document tests before its regex runs, which the analyzer answers once per document for all patterns
 * that share them: the characters one of which starts every match (most notes lack a "+" or "@"; for a
 * regex scanning the whole text) and the literal strings of its regex and trigger ("ninety" or "hundred").
 * The trigger itself is tested by find() (a gate that passes would test it twice).
 */
function needsOf(spec: PatternSpec): Needs | undefined {
  const regex = spec.regex;
  const literals: LiteralGate[] = [];
  const trigger = spec.trigger instanceof RegExp ? spec.trigger : undefined;
  const triggerChars = trigger ? firstChars(trigger) : undefined;
  if (triggerChars) literals.push({ lower: false, literals: triggerChars });
  const scanChars = spec.anchor ? undefined : firstChars(regex);
  if (scanChars) literals.push({ lower: false, literals: scanChars });
  const triggerGate = trigger ? literalGate(trigger) : undefined;
  if (triggerGate) literals.push(triggerGate);
  const regexGate = literalGate(regex);
  if (regexGate) literals.push(regexGate);
  const tests: Needs = literals.length > 0 ? { literals } : {};
  const anchored = needsOfAnchor(spec);
  if (!spec.needsWords) return anchored || literals.length > 0 ? { ...anchored, ...tests } : undefined;
  if (anchored?.words) throw new Error(`recognizer ${spec.id}: needsWords and a word anchor`);
  return { ...anchored, words: spec.needsWords, orHyphenated: true, ...tests };
}

function needsOfAnchor(spec: PatternSpec): Needs | undefined {
  const anchor = spec.anchor;
  if (!anchor) return undefined;
  if (anchor === 'digit' || 'digitsAfter' in anchor) return { digitRun: spec.firstRun ?? [1, Number.MAX_SAFE_INTEGER] };
  if ('words' in anchor) return { words: anchor.words, orHyphenated: true };
  return typeof anchor.char === 'string' ? { char: anchor.char } : undefined;
}

export function patternRecognizer(spec: PatternSpec): Recognizer {
  if (!spec.regex.flags.includes('g')) throw new Error(`recognizer ${spec.id}: regex needs the g flag`);
  if (spec.trigger instanceof RegExp && spec.trigger.global) throw new Error(`recognizer ${spec.id}: trigger must not have the g flag`);
  const trigger = spec.trigger;
  // Split by kind once: find() then needs no instanceof test.
  const triggerRegex = trigger instanceof RegExp ? trigger : undefined;
  const triggerFn = typeof trigger === 'function' ? trigger : undefined;
  // The recognizer's own copy of the regex (lastIndex is state), made on its first scan: constructing one parses it.
  let regex: RegExp | undefined;
  const anchor = spec.anchor;
  const sticky = anchor ? new StickyRegex(spec) : undefined;
  // The walk back from an anchor point, by table (see CharTest).
  const back =
    anchor && typeof anchor === 'object' && 'digitsAfter' in anchor ? { test: new CharTest(anchor.digitsAfter), maxBack: anchor.maxBack } : undefined;
  const charBack = anchor && typeof anchor === 'object' && 'char' in anchor ? new CharTest(anchor.back) : undefined;
  const contextWindow = spec.contextWindow ?? 40;
  const firstRun = spec.firstRun ?? [1, Number.MAX_SAFE_INTEGER];
  // Read once: specs have many shapes, so a read in find() would be a megamorphic look-up per call.
  const runTest = spec.runTest;
  const rules = matchRules(spec);
  const anchorWords = anchor && typeof anchor === 'object' && 'words' in anchor ? new Set(anchor.words) : undefined;
  // Reused by every call (find() is synchronous and calls no recognizer) and emptied before it returns.
  const matches: RegExpExecArray[] = [];
  return {
    id: spec.id,
    types: spec.contextType ? [spec.type, spec.contextType] : [spec.type],
    indexWords: [...(anchorWords ?? []), ...(spec.indexWords ?? []), ...(spec.needsWords ?? [])],
    // The character and literal gates live here: the analyzer answers them before find() is called.
    needs: needsOf(spec),
    find(doc: DocumentView): readonly Candidate[] {
      if (triggerRegex !== undefined && !triggerRegex.test(doc.text)) return NONE;
      if (triggerFn !== undefined && !triggerFn(doc)) return NONE;
      // One compiled regex per recognizer; find() is synchronous, so resetting lastIndex is enough.
      if (!sticky || !anchor) scanAll((regex ??= compiledNow(new RegExp(spec.regex.source, spec.regex.flags))), doc.text, matches);
      else {
        if (anchor === 'digit') scanAtDigitRuns(sticky, doc, undefined, firstRun, runTest, matches);
        else if ('char' in anchor) scanAroundChar(sticky, doc.text, anchor, charBack as CharTest, matches);
        else if ('words' in anchor) scanAtWords(sticky, doc, anchorWords as ReadonlySet<string>, matches);
        else scanAtDigitRuns(sticky, doc, back, firstRun, runTest, matches);
      }
      if (matches.length === 0) return NONE;
      try {
        return candidatesOf(rules, doc, matches, contextWindow);
      } finally {
        matches.length = 0; // no match text outlives the call
      }
    },
  };
}

/** The result of most find() calls: shared, so a document without matches allocates nothing. */
const NONE: readonly Candidate[] = [];

/**
 * What candidatesOf reads of a spec, in one shape for every recognizer: the specs are object literals of many
 * shapes, and candidatesOf is shared by all of them, so reading a spec there is a megamorphic look-up each time.
 */
interface MatchRules {
  readonly id: string;
  readonly type: EntityType;
  readonly score: number;
  readonly group: number | undefined;
  readonly context: readonly string[] | undefined;
  readonly contextBoost: number | undefined;
  readonly requireContext: boolean | undefined;
  readonly validate: PatternSpec['validate'];
  readonly contextType: EntityType | undefined;
  readonly evidence: EvidenceKind | undefined;
}

const matchRules = (spec: PatternSpec): MatchRules => ({
  id: spec.id,
  type: spec.type,
  score: spec.score,
  group: spec.group,
  context: spec.context,
  contextBoost: spec.contextBoost,
  requireContext: spec.requireContext,
  validate: spec.validate,
  contextType: spec.contextType,
  evidence: spec.evidence,
});

/** Candidates of the matches of a pattern recognizer, after its context and validation tests. */
function candidatesOf(rules: MatchRules, doc: DocumentView, matches: readonly RegExpExecArray[], contextWindow: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches) {
    const value = rules.group === undefined ? m[0] : m[rules.group];
    if (value === undefined || value.length === 0) continue;
    const start = rules.group === undefined ? m.index : m.index + m[0].indexOf(value);
    const end = start + value.length;
    let score = rules.score;
    let type = rules.type;
    // Both tests are pure: the context scan, the dearer one, runs first only when it can drop the match.
    let ctx = rules.context && rules.requireContext ? contextBefore(doc.lower, m.index, rules.context, contextWindow) : undefined;
    if (rules.context && rules.requireContext && !ctx) continue;
    if (rules.validate) {
      const verdict = rules.validate(value, doc, start, end);
      if (verdict === false) continue;
      if (typeof verdict === 'number') score = verdict;
    }
    if (rules.context && !rules.requireContext) ctx = contextBefore(doc.lower, m.index, rules.context, contextWindow);
    const evidence = { kind: rules.evidence ?? 'pattern', detail: rules.id } as const;
    if (ctx) {
      score += rules.contextBoost ?? 0.2;
      if (rules.contextType) type = rules.contextType;
      out.push(candidate(start, end, type, score, rules.id, evidence, { kind: 'context', detail: ctx }));
    } else {
      out.push(candidate(start, end, type, score, rules.id, evidence));
    }
  }
  return out;
}

/** Round 65: where a cue's code sits in the original text, for a guard that reads the cue's case or what follows the code. */
export interface CueAfter {
  readonly text: string;
  readonly cueStart: number;
  readonly end: number;
}

export interface CueIdSpec {
  readonly id: string;
  readonly type: EntityType;
  /** Matches the cue phrase in the lower-cased text; literal alternation only. */
  readonly cue: RegExp;
  /** The words a cue can begin with: the cue regex only runs where one of them starts. */
  readonly firstWords: readonly string[];
  readonly score: number;
  /** Max characters of separators and filler words between the cue and the code. */
  readonly maxGap?: number;
  /** The code must contain a digit (default true). */
  readonly needsDigit?: boolean;
  readonly minLength?: number;
  /** The code must hold this many digits (default 1 with needsDigit). */
  readonly minDigits?: number;
  /**
   * Cues (whole matched text) after which up to four capitalised words may name the payer or product
   * before the code ("Plan: Humana Gold 80756534Y"); such a code needs four digits and six characters.
   */
  readonly namedCues?: ReadonlySet<string>;
  /**
   * Round 82: what is printed after the code and belongs to it, given the code and the text after it: Ontario's
   * health card version code ("1234 567 890 AB"). Returns the characters to add, or "".
   */
  readonly suffix?: (value: string, after: string) => string;
  /** Codes of this shape are no identifier after this cue (a lab value, a year). */
  readonly notCode?: RegExp;
  /**
   * A code that is no person's after this cue (the cue as matched, trimmed, and the sixteen characters before it,
   * lower-cased): a bank's routing number, a payer's ID.
   */
  readonly notPersonal?: (cue: string, value: string, before: string, after: CueAfter) => boolean;
}

/** A row's or a bed's number: one to four digits. */
const NEXT_ROW_NUMBER = /^\d{1,4}$/;
/** The gap from a cue to its value crosses a line end with no label's colon or sign, and a column gap follows the value. */
function nextRowCell(text: string, cueEnd: number, valueStart: number, valueEnd: number): boolean {
  const gap = text.slice(cueEnd, valueStart);
  const columnGap = text.charCodeAt(valueEnd) === 9 || text.startsWith('  ', valueEnd);
  return columnGap && gap.includes('\n') && !/[:#=]/.test(gap) && /\S/.test(text.slice(valueEnd, valueEnd + 12));
}
// Separators and filler words allowed between a cue and its code ("MRN is: #12345", "ID no. 12", "SSN on
// file: 158589059"). A JSON key's closing quote and its value's opening one count too: '"id":"pt-88213"'. A
// form's blank line and its hint do: "MRN (if known): _ 5 0 2 8 8 1 7 3 _".
const FILLER = /(?:[\s:#=.\-–("_]|is\b|was\b|of\b|number\b|num\b|nbr\b|no\b|id\b|code\b|on[ \t]file\b|if[ \t](?:known|any|applicable)\)|#)/y;
// A payer's or product's word before a code: "Humana ", "Gold ", "Blue ", in capitals ("AARP "), or the slash
// between a primary and a secondary payer ("MEDICARE / AARP SUPPLEMENTAL 0044718215").
const NAME_WORD = /(?:[A-Z][a-z]{1,20}|[A-Z]{2,20}|\/)[ \t]{1,2}/y;
// A number written in blank-separated groups, the first of one digit or more ("1 84 12 76 451 089 46").
const SPACED_NUMBER = /\d{1,6}(?: \d{1,6}){2,7}(?![\w\-])/y;
// Digit groups after a code's first group, one blank before each ("TREE 5856 1514").
const SPACED_DIGIT_GROUPS = /(?: \d{2,6}){1,4}(?![\w\-])/y;
// Six digits or more read one at a time with one blank between them (speech recognition writes them so).
const DICTATED_DIGITS = /\d(?: \d){5,19}(?![\w\-])/y;
// A code: letters, digits and inner separators; or a short letter prefix, one space, digits ("RPH 20411", "CHB 22-118403").
// Round 59: the prefixed code keeps its dashed groups after the digits ("serial SN 4471-KQ-0093", not "SN 4471").
// Round 139: a prefix of five capitals too, as a social worker's licence is written ("lic # MA LICSW 118873"); not
// "MRN: about 12345".
// Not an English preposition before a number: "OR booking for 1400" is a time.
// Up to 64 characters: a DICOM UID ("study UID 1.2.840.113619.2.55....") runs to 64, and a code cut short leaves its
// unique tail in clear.
// A vital sign's or a lab's abbreviation before its value is no code's prefix ("ID: tmax 100.2" is an infectious
// disease heading, then a temperature).
const CODE = /#?(?:(?!(?:for|at|to|in|on|by|and|or|the|from|per|via|with|due|till?|until|tmax|tmin|temp|hr|bp|rr|sbp|dbp|map|cvp|wbc|hct|hgb|plt|inr|bun|glu|fs)[ ])(?:[A-Za-z]{1,4}|[A-Z]{5})[ ](?=\d)(?:\d{3,12}|\d{2}-\d{4,10})(?:-[A-Za-z0-9]{1,10}){0,3}(?![A-Za-z0-9])|[A-Za-z0-9](?:[A-Za-z0-9]|[\-\/.](?=[A-Za-z0-9])){1,63})/y;

// A second code right after a cue's code: ", 4471988", " and 2218B0951", " & B-2241".
const SECOND_CODE = /(?:,[ \t]{0,2}(?:and[ \t]{1,2}|&[ \t]{1,2})?|[ \t]{1,2}(?:and|&)[ \t]{1,2})([A-Za-z0-9](?:[A-Za-z0-9]|[\-.](?=[A-Za-z0-9])){4,39})(?![\w\-\/])/y;
/** A code's shape: each letter as "a", each digit as "9", the rest kept ("2218B0947" -> "9999a9999"). */
function codeShape(code: string): string {
  return code.replace(/[A-Za-z]/g, 'a').replace(/\d/g, '9');
}

/** "12-16", "3–5": two short numbers, rising, neither zero-padded; "044-118" and "118-044" are codes. */
function numericRange(value: string): boolean {
  const m = /^(\d{1,3})[\-–](\d{1,3})$/.exec(value);
  if (!m) return false;
  const [a, b] = [m[1] as string, m[2] as string];
  return !(a.length > 1 && a.startsWith('0')) && !(b.length > 1 && b.startsWith('0')) && Number(a) <= Number(b);
}

export function cueIdRecognizer(spec: CueIdSpec): Recognizer {
  const maxGap = spec.maxGap ?? 16;
  const needsDigit = spec.needsDigit ?? true;
  const minLength = spec.minLength ?? 3;
  const minDigits = spec.minDigits ?? 0;
  // Sticky at a token start; a cue ending in a letter or digit must end at a word boundary, so that
  // "identifier" is not read as the cue "id" followed by "entifier".
  const cue = new RegExp(`(?:${spec.cue.source})(?:(?<=[a-z0-9])(?![a-z0-9])|(?<![a-z0-9]))`, 'y');
  const firstWords = new Set(spec.firstWords);
  const filler = new RegExp(FILLER.source, 'iy');
  const code = new RegExp(CODE.source, 'y');
  return {
    id: spec.id,
    types: [spec.type],
    indexWords: spec.firstWords,
    needs: { words: spec.firstWords },
    find(doc: DocumentView): Candidate[] {
      const out: Candidate[] = [];
      // Where the cue's first words occur (one map probe per word), in text order.
      const at: number[] = [];
      // From the smaller side, as in scanAtWords.
      const index = doc.wordIndex;
      if (index.size < firstWords.size) {
        for (const [w, list] of index) if (firstWords.has(w)) for (const i of list) at.push(i);
      } else {
        for (const w of firstWords) {
          const list = index.get(w);
          if (list) for (const i of list) at.push(i);
        }
      }
      if (at.length === 0) return out;
      if (at.length > 1) at.sort(ascending);
      let resume = 0;
      for (const index of at) {
        const t = doc.tokens[index] as Token;
        if (t.start < resume) continue;
        const before = t.start > 0 ? doc.lower.charCodeAt(t.start - 1) : 32;
        if (isWordChar(before)) continue;
        cue.lastIndex = t.start;
        const m = cue.exec(doc.lower);
        if (!m) continue;
        const cueEnd = m.index + m[0].length;
        let p = cueEnd;
        // Skip separators and filler words, bounded so the scan stays linear.
        while (p - cueEnd <= maxGap) {
          filler.lastIndex = p;
          const f = filler.exec(doc.text);
          if (!f || f[0].length === 0) break;
          p += f[0].length;
        }
        code.lastIndex = p;
        let c = code.exec(doc.text);
        const named = spec.namedCues?.has(m[0].trim()) === true;
        if (named) {
          // "Plan: Humana Gold 80756534Y": skip the payer's words (capitalised, letters only) to the code,
          // which must look like an id ("Plan: 100 mg daily" is a care plan, not a health plan).
          let q = p;
          for (let w = 0; w < 4; w++) {
            NAME_WORD.lastIndex = q;
            const nw = NAME_WORD.exec(doc.text);
            if (!nw) break;
            q += nw[0].length;
          }
          code.lastIndex = q;
          c = code.exec(doc.text);
          if (!c || c[0].replace(/\D/g, '').length < 4 || c[0].length < 6) continue;
          p = q;
        }
        if (!c && minDigits > 0) {
          // "sécurité sociale : 1 84 12 76 451 089 46": a number in blank-separated groups from its first digit.
          SPACED_NUMBER.lastIndex = p;
          c = SPACED_NUMBER.exec(doc.text);
        }
        if (!c) {
          // Digits dictated one by one: "medical record number 6 6 2 0 4 1 9".
          DICTATED_DIGITS.lastIndex = p;
          c = DICTATED_DIGITS.exec(doc.text);
        }
        if (!c) continue;
        let value = c[0];
        value = value.replace(/[.\-\/]+$/, '');
        let digits = value.replace(/\D/g, '').length;
        // Round 153: a claim's number printed in blank-separated groups whose first is shorter than a code ("Claim #: 35
        // 882 104", a WSIB claim): the groups together, six digits at least.
        if (value.length < minLength && /^\d+$/.test(value) && doc.text.charCodeAt(p + value.length) === 32) {
          SPACED_NUMBER.lastIndex = p;
          const s = SPACED_NUMBER.exec(doc.text);
          if (s !== null && s[0].replace(/ /g, '').length >= 6) {
            value = s[0];
            digits = value.replace(/ /g, '').length;
          }
        }
        if (value.replace(/^#/, '').length < minLength) continue;
        if (needsDigit && digits === 0) continue;
        if (digits < minDigits) {
          // "RAMQ TREE 5856 1514": a code written in blank-separated groups counts every group.
          SPACED_DIGIT_GROUPS.lastIndex = p + value.length;
          const g = SPACED_DIGIT_GROUPS.exec(doc.text);
          digits += g ? g[0].replace(/ /g, '').length : 0;
          if (!g || digits < minDigits) continue;
          value += g[0];
        }
        if (spec.suffix !== undefined) value += spec.suffix(value, doc.text.slice(p + value.length, p + value.length + 8));
        if (numericRange(value)) continue; // a range ("ref 12-16"), not a code
        // Round 131: a payer's word ending a table's row, then the next row's bed or row number before a column gap
        // ("Medicare\n202  11/29   5"): a short number opening its line is that row's, no one's code.
        if (NEXT_ROW_NUMBER.test(value) && nextRowCell(doc.text, cueEnd, p, p + value.length)) continue;
        // Round 66: a policy's or a form's version after its name ("Consent Policy (v3.1)"), no one's code.
        if (VERSION_NUMBER.test(value)) continue;
        if (spec.notCode?.test(value) === true) continue;
        if (spec.notPersonal?.(m[0].trim(), value, doc.lower.slice(Math.max(0, m.index - 16), m.index), { text: doc.text, cueStart: m.index, end: p + value.length }) === true) continue;
        out.push(candidate(p, p + value.length, spec.type, spec.score, spec.id, { kind: 'context', detail: m[0].trim() }));
        resume = p + value.length;
        // "serial 2218B0947 and 2218B0951" (a pair of hearing aids), "MRN 4471903, 4471988": a second code of the same
        // shape after "and" or a comma is the cue's too; only the same shape, so "acct 55102 and 2 others" stays.
        SECOND_CODE.lastIndex = resume;
        const second = value.length >= 5 ? SECOND_CODE.exec(doc.text) : null;
        if (second !== null && /\d/.test(second[1] as string) && codeShape(second[1] as string) === codeShape(value)) {
          const at = resume + second[0].length - (second[1] as string).length;
          out.push(candidate(at, at + (second[1] as string).length, spec.type, spec.score, spec.id, { kind: 'context', detail: m[0].trim() }));
          resume = at + (second[1] as string).length;
        }
      }
      return out;
    },
  };
}
