// The one safety check for user-supplied regexes (custom recognizers): the pattern must compile, must not
// match the empty string, and must not have a shape that backtracks catastrophically. JavaScript has no
// regex timeout, so one bad pattern would let one note stall the gateway. The config loader reports a
// failure at the pattern's line and column; the analyzer (assertSafeRegex) throws PHIGATE_BAD_RECOGNIZER,
// so a config that loads always builds an analyzer and the other way round. The shape check is
// structural and deliberately conservative: it rejects some safe patterns so that it never accepts a
// dangerous one of the kinds below, and every rejection says how to rewrite the pattern.
//
//  - a repeated group whose iterations can split the same text in more than one way: `(a+)+`,
//    `(\w+\s?)*`, `(\d{1,3}){1,9}`: a variable-length repetition at the edge of the group whose
//    characters overlap the characters the group can start (or end) with;
//  - a repeated group whose inside can split text in several ways: `(a{1,5}a{1,5}x){1,9}`;
//  - a repeated group with overlapping alternatives: `(a|a)*`, `(\d|\d\d)+`;
//  - a repeated group that can match nothing: `(a?){1,5}`;
//  - back-references (matching with them is NP-hard in general);
//  - unbounded repetition (`*`, `+`, `{n,}`) and bounds over MAX_REPEAT: a recognizer scans whole
//    documents, so even a linear-per-attempt pattern must bound how far one attempt can run.
import { PhigateError } from '../../errors.js';
import {
  type CharSet,
  type RegexNode,
  ANY,
  intersects,
  parseRegex,
  union,
} from './regex-ast.js';

export const MAX_PATTERN_LENGTH = 1000;
export const MAX_REPEAT = 1000;
/** Flags a custom recognizer may set; `g` is always added by the analyzer, so it is accepted and ignored. */
export const ALLOWED_FLAGS = 'gimsu';

export type RegexCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: string; readonly field: 'pattern' | 'flags' };

const fail = (reason: string, field: 'pattern' | 'flags' = 'pattern'): RegexCheck => ({ ok: false, reason, field });

export function checkRegex(source: string, flags = ''): RegexCheck {
  if (source.length === 0) return fail('pattern is empty');
  if (source.length > MAX_PATTERN_LENGTH) return fail(`pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
  for (const [i, f] of [...flags].entries()) {
    if (!ALLOWED_FLAGS.includes(f)) return fail(`flag "${f}" is not allowed (allowed: ${ALLOWED_FLAGS})`, 'flags');
    if (flags.indexOf(f) !== i) return fail(`flag "${f}" is repeated`, 'flags');
  }
  const compileFlags = flags.replace('g', '');
  try {
    new RegExp(source, compileFlags);
  } catch {
    // The engine's message quotes the pattern; the pattern is config, not PHI, but keep messages uniform.
    return fail('pattern does not compile as a JavaScript regular expression');
  }
  const ast = parseRegex(source, compileFlags);
  const shape = checkShape(ast);
  if (shape) return shape;
  if (minLength(ast) === 0) return fail('pattern can match the empty string; every match must consume text');
  return { ok: true };
}

/**
 * The analyzer's form of checkRegex: throws PHIGATE_BAD_RECOGNIZER naming the recognizer and the reason.
 * Reasons quote at most a quantifier and an offset, never the pattern or any text it was run on.
 */
export function assertSafeRegex(id: string, source: string, flags = ''): void {
  const check = checkRegex(source, flags);
  if (!check.ok) throw new PhigateError('PHIGATE_BAD_RECOGNIZER', `Recognizer "${id}", ${check.field}: ${check.reason}`);
}

/** Structural problems first (they are the dangerous ones), then bounds. */
function checkShape(root: RegexNode): RegexCheck | undefined {
  const nodes = walk(root);
  for (const node of nodes) {
    if (node.t === 'backref') return fail(`back-reference at offset ${node.at} is not allowed (it can make matching exponential)`);
  }
  for (const node of nodes) {
    if (node.t !== 'quant' || node.max <= 1) continue;
    const ambiguous = repeatAmbiguity(node.body);
    if (ambiguous) {
      return fail(`${ambiguous} inside the repetition "${node.src}" at offset ${node.at} can backtrack exponentially; make each repetition unambiguous (e.g. start it with a separator that its inner repetition cannot match)`);
    }
  }
  for (const node of nodes) {
    if (node.t !== 'quant') continue;
    if (node.max === Infinity) return fail(`unbounded repetition "${node.src}" at offset ${node.at}; give it an upper bound, e.g. {1,64}`);
    if (node.max > MAX_REPEAT) return fail(`repetition "${node.src}" at offset ${node.at} allows more than ${MAX_REPEAT} repeats`);
  }
  return undefined;
}

/** All nodes, outermost first. */
function walk(node: RegexNode): RegexNode[] {
  switch (node.t) {
    case 'seq':
      return [node, ...node.items.flatMap(walk)];
    case 'alt':
      return [node, ...node.alts.flatMap(walk)];
    case 'quant':
    case 'look':
      return [node, ...walk(node.body)];
    default:
      return [node];
  }
}

/** Why repeating `body` more than once is ambiguous, or undefined when it is not (conservatively). */
function repeatAmbiguity(body: RegexNode): string | undefined {
  if (minLength(body) === 0) return 'a part that can match nothing';
  const first = firstSet(body);
  const last = lastSet(body);
  for (const q of edgeQuants(body, 'end')) {
    if (intersects(charsOf(q.body), first)) return `a nested quantifier "${q.src}" at offset ${q.at}`;
  }
  for (const q of edgeQuants(body, 'start')) {
    if (intersects(charsOf(q.body), last)) return `a nested quantifier "${q.src}" at offset ${q.at}`;
  }
  const adjacent = adjacentOverlap(body);
  if (adjacent) return `a quantifier "${adjacent.src}" at offset ${adjacent.at} followed by one that can match the same characters`;
  const alt = overlappingAlternation(body);
  if (alt) return alt;
  return undefined;
}

/**
 * Inside one repetition: a variable-length part followed (with only optional parts between) by
 * something that can start with the same characters, as in `a{1,5}a{1,5}x`. Each repetition can then
 * split its text in several ways, and the outer repetition multiplies them.
 */
function adjacentOverlap(node: RegexNode): Quant | undefined {
  for (const n of walk(node)) {
    if (n.t !== 'seq') continue;
    for (let i = 0; i < n.items.length - 1; i++) {
      let follow: CharSet = [];
      for (const next of n.items.slice(i + 1)) {
        follow = union(follow, firstSet(next));
        if (minLength(next) > 0) break;
      }
      const q = edgeQuants(n.items[i]!, 'end').find((e) => intersects(charsOf(e.body), follow));
      if (q) return q;
    }
  }
  return undefined;
}

function overlappingAlternation(node: RegexNode): string | undefined {
  switch (node.t) {
    case 'alt': {
      const firsts = node.alts.map(firstSet);
      for (let i = 0; i < firsts.length; i++) {
        for (let j = i + 1; j < firsts.length; j++) {
          if (intersects(firsts[i]!, firsts[j]!)) return 'an alternation whose branches can start with the same character';
        }
      }
      for (const a of node.alts) {
        const r = overlappingAlternation(a);
        if (r) return r;
      }
      return undefined;
    }
    case 'seq':
      for (const n of node.items) {
        const r = overlappingAlternation(n);
        if (r) return r;
      }
      return undefined;
    case 'quant':
    case 'look':
      return overlappingAlternation(node.body);
    default:
      return undefined;
  }
}

type Quant = Extract<RegexNode, { t: 'quant' }>;

/**
 * Variable-length repetitions that can be the last (`end`) or first (`start`) thing a match of `node`
 * consumes: everything after (before) them inside `node` can match nothing.
 */
function edgeQuants(node: RegexNode, edge: 'start' | 'end'): Quant[] {
  switch (node.t) {
    case 'seq': {
      const items = edge === 'end' ? [...node.items].reverse() : node.items;
      const out: Quant[] = [];
      for (const item of items) {
        out.push(...edgeQuants(item, edge));
        if (minLength(item) > 0) break;
      }
      return out;
    }
    case 'alt':
      return node.alts.flatMap((a) => edgeQuants(a, edge));
    case 'quant': {
      const inner = edgeQuants(node.body, edge);
      return node.max > node.min ? [node, ...inner] : inner;
    }
    default:
      return [];
  }
}

/** Every character any part of `node` can consume. */
function charsOf(node: RegexNode): CharSet {
  switch (node.t) {
    case 'char':
      return node.set;
    case 'seq':
      return node.items.reduce<CharSet>((acc, n) => union(acc, charsOf(n)), []);
    case 'alt':
      return node.alts.reduce<CharSet>((acc, n) => union(acc, charsOf(n)), []);
    case 'quant':
      return charsOf(node.body);
    case 'backref':
      return ANY;
    default:
      return [];
  }
}

export function firstSet(node: RegexNode): CharSet {
  return edgeSet(node, 'start');
}

function lastSet(node: RegexNode): CharSet {
  return edgeSet(node, 'end');
}

function edgeSet(node: RegexNode, edge: 'start' | 'end'): CharSet {
  switch (node.t) {
    case 'char':
      return node.set;
    case 'backref':
      return ANY;
    case 'seq': {
      const items = edge === 'end' ? [...node.items].reverse() : node.items;
      let acc: CharSet = [];
      for (const item of items) {
        acc = union(acc, edgeSet(item, edge));
        if (minLength(item) > 0) break;
      }
      return acc;
    }
    case 'alt':
      return node.alts.reduce<CharSet>((acc, n) => union(acc, edgeSet(n, edge)), []);
    case 'quant':
      return node.max === 0 ? [] : edgeSet(node.body, edge);
    default:
      return [];
  }
}

/** The most characters a node without look-arounds or back references matches (Infinity when unbounded). */
export function maxLength(node: RegexNode): number {
  switch (node.t) {
    case 'char':
      return 1;
    case 'seq':
      return node.items.reduce((n, item) => n + maxLength(item), 0);
    case 'alt':
      return Math.max(...node.alts.map(maxLength));
    case 'quant':
      return node.max === 0 ? 0 : node.max * maxLength(node.body);
    default:
      return Infinity;
  }
}

export function minLength(node: RegexNode): number {
  switch (node.t) {
    case 'char':
      return 1;
    case 'seq':
      return node.items.reduce((n, item) => n + minLength(item), 0);
    case 'alt':
      return Math.min(...node.alts.map(minLength));
    case 'quant':
      return node.min * minLength(node.body);
    default:
      return 0;
  }
}
