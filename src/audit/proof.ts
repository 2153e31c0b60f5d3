// Which tree nodes an inclusion or consistency proof needs, and appending to a compact range.
// No I/O here: callers fetch the node hashes from wherever they keep them and fold them with rehash().
import type { LogHasher } from './hasher.js';

/**
 * A perfect subtree: the 2^level leaves [index * 2^level, (index + 1) * 2^level).
 * Level 0 nodes are leaf hashes.
 */
export interface NodeId {
  readonly level: number;
  readonly index: number;
}

/**
 * One hash of a proof, as the perfect subtrees that make it up, left to right. A proof hash is
 * MTH(D[a:b]) for some range; when b - a is not a power of two (the right edge of the tree) it is the
 * right fold of the range's perfect subtrees, largest first: H(n1, H(n2, ... H(nk-1, nk))).
 */
export type ProofElement = readonly NodeId[];

/** The hashes of a proof in RFC 9162 order, each described by the nodes to fetch and fold. */
export interface ProofPlan {
  readonly elements: readonly ProofElement[];
}

/** Largest power of two strictly less than n. Requires n >= 2 (and n <= 2^53). */
export function largestPowerOfTwoBelow(n: number): number {
  if (!(n >= 2) || !Number.isSafeInteger(n)) throw new RangeError(`largestPowerOfTwoBelow needs a safe integer >= 2, got ${n}`);
  // Math.log2 may round up just below a power of two, so correct the guess in both directions.
  let p = 2 ** Math.floor(Math.log2(n));
  while (p >= n) p /= 2;
  while (p * 2 < n) p *= 2;
  return p;
}

export function isPowerOfTwo(n: number): boolean {
  return n >= 1 && Number.isSafeInteger(n) && 2 ** Math.round(Math.log2(n)) === n;
}

function checkSize(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative safe integer, got ${value}`);
}

/**
 * The perfect subtrees that exactly cover [begin, end), left to right, each as large as alignment
 * allows. For the right edge of a tree ([a, size) with a aligned to a power of two above size - a)
 * they come out largest first, which is the order rehash() folds.
 */
export function rangeNodes(begin: number, end: number): NodeId[] {
  checkSize('begin', begin);
  checkSize('end', end);
  if (begin > end) throw new RangeError(`range begin ${begin} is after end ${end}`);
  const out: NodeId[] = [];
  let at = begin;
  while (at < end) {
    let level = 0;
    let width = 1;
    while (at % (width * 2) === 0 && at + width * 2 <= end) {
      width *= 2;
      level++;
    }
    out.push({ level, index: at / width });
    at += width;
  }
  return out;
}

function pushRange(out: ProofElement[], begin: number, end: number): void {
  out.push(rangeNodes(begin, end));
}

function inclusionRanges(index: number, begin: number, end: number, out: ProofElement[]): void {
  if (end - begin <= 1) return;
  const k = largestPowerOfTwoBelow(end - begin);
  if (index < begin + k) {
    inclusionRanges(index, begin, begin + k, out);
    pushRange(out, begin + k, end);
  } else {
    inclusionRanges(index, begin + k, end, out);
    pushRange(out, begin, begin + k);
  }
}

/**
 * The audit path for leaf `index` in the tree of the first `size` leaves (RFC 9162 2.1.3.1), bottom up.
 * Requires 0 <= index < size.
 */
export function inclusionPlan(index: number, size: number): ProofPlan {
  checkSize('index', index);
  checkSize('size', size);
  if (index >= size) throw new RangeError(`inclusion proof needs index < size, got index ${index}, size ${size}`);
  const elements: ProofElement[] = [];
  inclusionRanges(index, 0, size, elements);
  return { elements };
}

function subproof(m: number, begin: number, end: number, complete: boolean, out: ProofElement[]): void {
  const n = end - begin;
  if (m === n) {
    if (!complete) pushRange(out, begin, end);
    return;
  }
  const k = largestPowerOfTwoBelow(n);
  if (m <= k) {
    subproof(m, begin, begin + k, complete, out);
    pushRange(out, begin + k, end);
  } else {
    subproof(m - k, begin + k, end, false, out);
    pushRange(out, begin, begin + k);
  }
}

/**
 * The consistency proof between the trees of the first `size1` and `size2` leaves (RFC 9162 2.1.4.1).
 * Requires 0 <= size1 <= size2. Empty when size1 is 0 or equals size2: nothing needs proving.
 */
export function consistencyPlan(size1: number, size2: number): ProofPlan {
  checkSize('size1', size1);
  checkSize('size2', size2);
  if (size1 > size2) throw new RangeError(`consistency proof needs size1 <= size2, got ${size1} > ${size2}`);
  const elements: ProofElement[] = [];
  if (size1 > 0 && size1 < size2) subproof(size1, 0, size2, true, elements);
  return { elements };
}

/** Every distinct node a plan needs, in first-use order, so a caller can fetch them in one go. */
export function planNodes(plan: ProofPlan): NodeId[] {
  const seen = new Set<string>();
  const out: NodeId[] = [];
  for (const element of plan.elements) {
    for (const id of element) {
      const key = `${id.level}/${id.index}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(id);
      }
    }
  }
  return out;
}

/** Folds each element's node hashes (right fold) into the proof's hashes. */
export function rehash(plan: ProofPlan, nodeHash: (id: NodeId) => Uint8Array, hasher: LogHasher): Uint8Array[] {
  return plan.elements.map((element) => foldRight(element.map(nodeHash), hasher));
}

/** H(h1, H(h2, ... H(hk-1, hk))): the root of a range from its perfect subtrees, largest first. */
export function foldRight(hashes: readonly Uint8Array[], hasher: LogHasher): Uint8Array {
  if (hashes.length === 0) throw new RangeError('cannot fold an empty list of hashes');
  let acc = hashes[hashes.length - 1] as Uint8Array;
  for (let i = hashes.length - 2; i >= 0; i--) acc = hasher.hashChildren(hashes[i] as Uint8Array, acc);
  return acc;
}

/** Called for every perfect subtree completed by an append, leaves included. */
export type NodeVisitor = (level: number, index: number, hash: Uint8Array) => void;

/**
 * The perfect subtrees covering [0, size): what an appender needs to keep to compute roots, in
 * O(log size) memory. Invariant: `hashes[i]` is the root of the i-th largest subtree, and the subtree
 * sizes are the set bits of `size`, largest first.
 */
export class CompactRange {
  #size = 0;
  readonly #hashes: Uint8Array[] = [];
  readonly #hasher: LogHasher;

  constructor(hasher: LogHasher) {
    this.#hasher = hasher;
  }

  get size(): number {
    return this.#size;
  }

  /** Appends one leaf hash; `visit` sees the leaf and each node it completes, bottom up. */
  append(leafHash: Uint8Array, visit?: NodeVisitor): void {
    let hash = leafHash;
    let index = this.#size;
    let level = 0;
    visit?.(0, index, hash);
    // Each trailing one bit of the old size is a completed sibling to merge with.
    let carry = this.#size;
    while (carry % 2 === 1) {
      const left = this.#hashes.pop() as Uint8Array;
      hash = this.#hasher.hashChildren(left, hash);
      carry = (carry - 1) / 2;
      index = (index - 1) / 2;
      level++;
      visit?.(level, index, hash);
    }
    this.#hashes.push(hash);
    this.#size++;
  }

  /** MTH(D[0:size]). */
  root(): Uint8Array {
    if (this.#hashes.length === 0) return this.#hasher.emptyRoot();
    return foldRight(this.#hashes, this.#hasher);
  }

  /** A copy, for keeping the state at a checkpoint while appending goes on. */
  clone(): CompactRange {
    const copy = new CompactRange(this.#hasher);
    copy.#size = this.#size;
    copy.#hashes.push(...this.#hashes);
    return copy;
  }
}
