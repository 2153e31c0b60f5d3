// A small parser for JavaScript regular expression sources, enough to reason about their structure:
// which parts repeat, what characters each part can start and end with, and how short a match can be.
// It runs only on patterns that already compiled with `new RegExp`, so it need not report syntax errors;
// where it is unsure it chooses the reading that makes the safety check stricter (e.g. `\p{..}` = any char).

/** A set of code points as sorted, non-overlapping inclusive ranges. */
export type CharSet = readonly (readonly [number, number])[];

export type RegexNode =
  | { readonly t: 'char'; readonly set: CharSet }
  | { readonly t: 'assert' } // ^ $ \b \B: zero width
  | { readonly t: 'look'; readonly body: RegexNode } // lookahead / lookbehind: zero width
  | { readonly t: 'backref'; readonly at: number }
  | { readonly t: 'seq'; readonly items: readonly RegexNode[] }
  | { readonly t: 'alt'; readonly alts: readonly RegexNode[] }
  | {
      readonly t: 'quant';
      readonly body: RegexNode;
      readonly min: number;
      readonly max: number; // Infinity for *, + and {n,}
      readonly at: number; // offset of the quantifier in the source, for messages
      readonly src: string; // the quantifier as written, e.g. "+", "{1,3}"
    };

const MAX_CODE_POINT = 0x10ffff;
export const ANY: CharSet = [[0, MAX_CODE_POINT]];
const DIGIT: CharSet = [[0x30, 0x39]];
const WORD: CharSet = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
const SPACE: CharSet = normalize(
  [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]
    .map((c) => [c, c] as const)
    .concat([[0x2000, 0x200a]]),
);

export function normalize(ranges: readonly (readonly [number, number])[]): CharSet {
  const sorted = [...ranges].filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

export function union(a: CharSet, b: CharSet): CharSet {
  return normalize([...a, ...b]);
}

export function complement(set: CharSet): CharSet {
  const out: [number, number][] = [];
  let next = 0;
  for (const [a, b] of normalize(set)) {
    if (a > next) out.push([next, a - 1]);
    next = b + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

export function intersects(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x[1] < y[0]) i++;
    else if (y[1] < x[0]) j++;
    else return true;
  }
  return false;
}

/** With the `i` flag, ASCII letters match both cases; other scripts are left as written. */
function foldCase(set: CharSet): CharSet {
  const extra: [number, number][] = [];
  for (const [a, b] of set) {
    for (const [lo, hi, shift] of [[0x41, 0x5a, 32], [0x61, 0x7a, -32]] as const) {
      const s = Math.max(a, lo);
      const e = Math.min(b, hi);
      if (s <= e) extra.push([s + shift, e + shift]);
    }
  }
  return union(set, extra);
}

const single = (c: number): CharSet => [[c, c]];

// The node of each ASCII character, as written and under the i flag: most of a pattern is literal
// ASCII, and trees are immutable, so they share these instead of folding every character anew.
const ASCII: readonly RegexNode[] = Array.from({ length: 128 }, (_, c) => ({ t: 'char', set: single(c) }));
const FOLDED_ASCII: readonly RegexNode[] = Array.from({ length: 128 }, (_, c) => ({ t: 'char', set: foldCase(single(c)) }));

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
  ) {}

  parse(): RegexNode {
    const node = this.alternation();
    return node;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private alternation(): RegexNode {
    const alts = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts };
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }

  private quantified(atom: RegexNode): RegexNode {
    let node = atom;
    for (;;) {
      const at = this.i;
      const c = this.peek();
      let min: number;
      let max: number;
      if (c === '*') [min, max] = [0, Infinity];
      else if (c === '+') [min, max] = [1, Infinity];
      else if (c === '?') [min, max] = [0, 1];
      else if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
        if (!m) return node;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        this.i += m[0].length - 1;
      } else return node;
      this.i++;
      if (this.peek() === '?') this.i++; // lazy: same shapes, same risks
      node = { t: 'quant', body: node, min, max, at, src: this.src.slice(at, this.i) };
    }
  }

  private atom(): RegexNode {
    const c = this.src.codePointAt(this.i)!;
    const ch = String.fromCodePoint(c);
    this.i += ch.length;
    switch (ch) {
      case '^':
      case '$':
        return { t: 'assert' };
      case '.':
        return { t: 'char', set: ANY };
      case '[':
        return { t: 'char', set: this.charClass() };
      case '(':
        return this.group();
      case '\\':
        return this.escape(false);
      default:
        return this.char(c);
    }
  }

  private char(c: number): RegexNode {
    if (c < 128) return (this.ignoreCase ? FOLDED_ASCII : ASCII)[c] as RegexNode;
    return { t: 'char', set: this.ignoreCase ? foldCase(single(c)) : single(c) };
  }

  private group(): RegexNode {
    const prefix = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(this.src.slice(this.i))?.[0] ?? '';
    const look = prefix === '?=' || prefix === '?!' || prefix === '?<=' || prefix === '?<!';
    this.i += prefix.length;
    const body = this.alternation();
    if (this.peek() === ')') this.i++;
    return look ? { t: 'look', body } : body;
  }

  /** An escape outside or inside a class; returns a char node, an assertion or a back-reference. */
  private escape(inClass: boolean): RegexNode {
    const at = this.i - 1;
    const c = this.src[this.i++] ?? '\\';
    const set = (s: CharSet): RegexNode => ({ t: 'char', set: s });
    switch (c) {
      case 'd': return set(DIGIT);
      case 'D': return set(complement(DIGIT));
      case 'w': return set(WORD);
      case 'W': return set(complement(WORD));
      case 's': return set(SPACE);
      case 'S': return set(complement(SPACE));
      case 'b': return inClass ? set(single(8)) : { t: 'assert' };
      case 'B': return inClass ? set(single(0x42)) : { t: 'assert' };
      case 'n': return set(single(10));
      case 'r': return set(single(13));
      case 't': return set(single(9));
      case 'f': return set(single(12));
      case 'v': return set(single(11));
      case 'p':
      case 'P':
        // Unicode property: treated as "any character", which only makes the check stricter.
        if (this.peek() === '{') this.i = this.src.indexOf('}', this.i) + 1 || this.src.length;
        return set(ANY);
      case 'k':
        if (inClass) return this.char(0x6b);
        if (this.peek() === '<') this.i = this.src.indexOf('>', this.i) + 1 || this.src.length;
        return { t: 'backref', at };
      case 'c': {
        const letter = this.src.charCodeAt(this.i);
        this.i++;
        return set(single(letter % 32));
      }
      case 'x': {
        const hex = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.i));
        if (!hex) return this.char(0x78);
        this.i += 2;
        return this.char(parseInt(hex[0], 16));
      }
      case 'u': {
        const hex = /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/.exec(this.src.slice(this.i));
        if (!hex) return this.char(0x75);
        this.i += hex[0].length;
        return this.char(parseInt(hex[0].replace(/[{}]/g, ''), 16));
      }
      default:
        if (c >= '1' && c <= '9' && !inClass) return { t: 'backref', at };
        if (c === '0') return set(single(0));
        return this.char(c.codePointAt(0)!);
    }
  }

  private charClass(): CharSet {
    let negate = false;
    if (this.peek() === '^') {
      negate = true;
      this.i++;
    }
    let acc: CharSet = [];
    while (this.i < this.src.length && this.peek() !== ']') {
      const from = this.classAtom();
      if (this.peek() === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        const to = this.classAtom();
        // `a-z` is a range; `a-\w` (legal without the u flag) is three items.
        acc = from.code !== undefined && to.code !== undefined
          ? union(acc, [[from.code, to.code]])
          : union(union(acc, from.set), union(single(0x2d), to.set));
      } else {
        acc = union(acc, from.set);
      }
    }
    this.i++; // the closing ]
    if (this.ignoreCase) acc = foldCase(acc);
    return negate ? complement(acc) : acc;
  }

  /** One class member: a character (with its code, so it can start or end a range) or a class escape. */
  private classAtom(): { set: CharSet; code: number | undefined } {
    if (this.peek() === '\\') {
      this.i++;
      const node = this.escape(true);
      const set = node.t === 'char' ? node.set : ANY;
      const only = set.length === 1 && set[0]![0] === set[0]![1] ? set[0]![0] : undefined;
      return { set, code: only };
    }
    const code = this.src.codePointAt(this.i)!;
    this.i += String.fromCodePoint(code).length;
    return { set: single(code), code };
  }
}

// Parsed trees by case mode and source: a pattern recognizer asks for its regex's tree several times
// (start set, literal gate, first characters) and at start-up the parse is most of what building the
// recognizers costs. Trees are immutable, so sharing them is safe; the bound keeps a config that
// validates many user patterns from growing it without end.
const parsed = new Map<string, RegexNode>();
const PARSED_MAX = 1024;

/** Requires a source that compiles as a RegExp with the given flags. */
export function parseRegex(source: string, flags: string): RegexNode {
  const ignoreCase = flags.includes('i');
  const key = (ignoreCase ? 'i' : '-') + source;
  let root = parsed.get(key);
  if (root === undefined) {
    root = new Parser(source, ignoreCase).parse();
    if (parsed.size >= PARSED_MAX) parsed.clear();
    parsed.set(key, root);
  }
  return root;
}

/**
 * Strings one of which every match of `node` holds (at most four, each two characters or more), or
 * undefined: a text holding none cannot match, which a few includes() calls tell faster than a regex
 * run. With `ignoreCase` they are lower case, for the text's lower case; `unicode` (u or v flag) rules
 * out s and k, which case folding also reaches from ſ and the Kelvin sign.
 */
export function requiredLiterals(node: RegexNode, ignoreCase: boolean, unicode: boolean): string[] | undefined {
  const found = literalsOf(node, (set) => literalChar(set, ignoreCase, unicode));
  return found && usable(found) ? found : undefined;
}

/**
 * For a regex without the i flag: strings one of which the lower case of every match holds (the same bounds as
 * requiredLiterals), for the text's lower case. "[Cc]all[ \t]?[Bb]ack" and "Mile|MILE" spell their words in a
 * set of cases each, which requiredLiterals cannot gate on; their lower case is one string. Lower-casing a text
 * maps each ASCII letter onto its lower case, so a text that holds a match holds the match's lower case.
 */
export function foldedLiterals(node: RegexNode): string[] | undefined {
  const found = literalsOf(node, foldedChar);
  return found && usable(found) ? found : undefined;
}

/** The lower case of the one ASCII character a char node matches, or of an ASCII letter given in both cases ("[Cc]"). */
function foldedChar(set: CharSet): string | undefined {
  const [a, b] = set;
  if (!a || a[0] !== a[1] || a[0] >= 128) return undefined;
  if (set.length === 1) return String.fromCharCode(a[0]).toLowerCase();
  if (set.length !== 2 || !b || b[0] !== b[1] || a[0] < 0x41 || a[0] > 0x5a || b[0] !== a[0] + 32) return undefined;
  return String.fromCharCode(b[0]);
}

const usable = (set: readonly string[]): boolean => set.length <= 4 && set.every((s) => s.length >= 2);

/** The one ASCII character a char node matches (its lower case under the i flag), or undefined. */
function literalChar(set: CharSet, ignoreCase: boolean, unicode: boolean): string | undefined {
  const [a, b] = set;
  if (set.length === 1 && a && a[0] === a[1] && a[0] < 128) return String.fromCharCode(a[0]);
  // Under i the parser gives a letter as its two cases.
  if (!ignoreCase || set.length !== 2 || !a || !b || a[0] !== a[1] || b[0] !== b[1]) return undefined;
  if (a[0] < 0x41 || a[0] > 0x5a || b[0] !== a[0] + 32) return undefined;
  const lower = String.fromCharCode(b[0]);
  return unicode && (lower === 's' || lower === 'k') ? undefined : lower;
}

/** See requiredLiterals; any set is sound, the best one is kept. */
function literalsOf(node: RegexNode, char: (set: CharSet) => string | undefined): string[] | undefined {
  switch (node.t) {
    case 'char': {
      const c = char(node.set);
      return c === undefined ? undefined : [c];
    }
    case 'alt': {
      const all: string[] = [];
      for (const alt of node.alts) {
        const set = literalsOf(alt, char);
        if (!set) return undefined;
        // Alternatives often share a string ("90's|90s|ninety|90 something"): each counts once against the bound of four.
        for (const l of set) if (!all.includes(l)) all.push(l);
      }
      return all;
    }
    case 'quant':
      return node.min >= 1 ? literalsOf(node.body, char) : undefined;
    case 'seq':
      return seqLiterals(node.items, char);
    default:
      return undefined; // zero width, or a back-reference
  }
}

/** Runs of literal characters (zero-width items do not break a run) and the items' own sets. */
function seqLiterals(items: readonly RegexNode[], char: (set: CharSet) => string | undefined): string[] | undefined {
  let best: string[] | undefined;
  let run = '';
  const consider = (set: string[] | undefined): void => {
    if (set && (!best || betterLiterals(set, best))) best = set;
  };
  for (const item of items) {
    const c = item.t === 'char' ? char(item.set) : undefined;
    if (c !== undefined) {
      run += c;
      continue;
    }
    if (item.t === 'assert' || item.t === 'look') continue;
    if (run) consider([run]);
    run = '';
    consider(literalsOf(item, char));
  }
  if (run) consider([run]);
  return best;
}

function betterLiterals(a: readonly string[], b: readonly string[]): boolean {
  if (usable(a) !== usable(b)) return usable(a);
  const shortest = (s: readonly string[]): number => Math.min(...s.map((x) => x.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b);
  return a.length < b.length;
}
