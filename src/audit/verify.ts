// Pure verification of RFC 9162 inclusion and consistency proofs. Takes the hasher as an argument and
// imports nothing with I/O, so the offline verifier and any third party can run exactly this code.
import { PhigateError } from '../errors.js';
import { bytesEqual, toHex, type LogHasher } from './hasher.js';
import { consistencyPlan, inclusionPlan, isPowerOfTwo } from './proof.js';

/**
 * The one failure callers act on: a proof or a tree computed to a different root than the one trusted.
 * Both roots are public values (hashes), so they are safe to carry in the error.
 */
export class AuditRootMismatchError extends PhigateError {
  readonly expectedRoot: Uint8Array;
  readonly calculatedRoot: Uint8Array;

  constructor(what: string, expectedRoot: Uint8Array, calculatedRoot: Uint8Array) {
    super(
      'PHIGATE_AUDIT_ROOT_MISMATCH',
      `${what}: calculated root ${toHex(calculatedRoot)} does not match expected root ${toHex(expectedRoot)}`,
      { details: { expectedRoot: toHex(expectedRoot), calculatedRoot: toHex(calculatedRoot) } },
    );
    this.name = 'AuditRootMismatchError';
    this.expectedRoot = expectedRoot;
    this.calculatedRoot = calculatedRoot;
  }
}

function invalid(message: string): PhigateError {
  return new PhigateError('PHIGATE_AUDIT_INVALID_PROOF', message);
}

function checkHash(hasher: LogHasher, name: string, hash: Uint8Array): void {
  if (hash.length !== hasher.size) throw invalid(`${name} has ${hash.length} bytes, want ${hasher.size}`);
}

function checkCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw invalid(`${name} must be a non-negative integer, got ${String(value)}`);
}

const isOdd = (n: number): boolean => n % 2 === 1;
const half = (n: number): number => Math.floor(n / 2);

/**
 * The root implied by an inclusion proof (RFC 9162 2.1.3.2).
 * Requires 0 <= index < size, leafHash and every proof hash of hasher.size bytes, and a proof of exactly
 * the length the (index, size) pair calls for; throws PHIGATE_AUDIT_INVALID_PROOF otherwise.
 */
export function rootFromInclusionProof(
  hasher: LogHasher,
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
): Uint8Array {
  checkCount('index', index);
  checkCount('size', size);
  if (index >= size) throw invalid(`index ${index} is beyond size ${size}`);
  checkHash(hasher, 'leaf hash', leafHash);
  const want = inclusionPlan(index, size).elements.length;
  if (proof.length !== want) throw invalid(`wrong inclusion proof size ${proof.length}, want ${want} for index ${index} in size ${size}`);
  proof.forEach((p, i) => checkHash(hasher, `proof hash ${i}`, p));

  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  for (const p of proof) {
    if (isOdd(fn) || fn === sn) {
      r = hasher.hashChildren(p, r);
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = hasher.hashChildren(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  // With the length checked above this cannot fail; kept as the RFC's own final check.
  if (sn !== 0) throw invalid(`inclusion proof for index ${index} in size ${size} ended early`);
  return r;
}

/**
 * Checks that leafHash is the leaf at `index` in the tree of `size` leaves with the given root.
 * Same preconditions as rootFromInclusionProof; throws AuditRootMismatchError when the proof leads
 * elsewhere.
 */
export function verifyInclusion(
  hasher: LogHasher,
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): void {
  checkHash(hasher, 'root', root);
  const calculated = rootFromInclusionProof(hasher, index, size, leafHash, proof);
  if (!bytesEqual(calculated, root)) throw new AuditRootMismatchError(`inclusion of index ${index} in size ${size}`, root, calculated);
}

/**
 * Checks that the tree of size1 leaves with root1 is a prefix of the tree of size2 leaves with root2
 * (RFC 9162 2.1.4.2). Requires 0 <= size1 <= size2 and hashes of hasher.size bytes. The proof must be
 * empty when size1 is 0 (root1 must then be the empty root) or size1 equals size2 (roots must be equal).
 */
export function verifyConsistency(
  hasher: LogHasher,
  size1: number,
  size2: number,
  proof: readonly Uint8Array[],
  root1: Uint8Array,
  root2: Uint8Array,
): void {
  checkCount('size1', size1);
  checkCount('size2', size2);
  if (size1 > size2) throw invalid(`size1 ${size1} is greater than size2 ${size2}`);
  checkHash(hasher, 'root1', root1);
  checkHash(hasher, 'root2', root2);
  const want = consistencyPlan(size1, size2).elements.length;
  if (proof.length !== want) throw invalid(`wrong consistency proof size ${proof.length}, want ${want} for sizes ${size1} and ${size2}`);
  proof.forEach((p, i) => checkHash(hasher, `proof hash ${i}`, p));

  if (size1 === 0) {
    const empty = hasher.emptyRoot();
    if (!bytesEqual(root1, empty)) throw new AuditRootMismatchError('root of the empty tree', empty, root1);
    return;
  }
  if (size1 === size2) {
    if (!bytesEqual(root1, root2)) throw new AuditRootMismatchError(`trees of equal size ${size1}`, root1, root2);
    return;
  }

  // A size1 that is a power of two is a node of the larger tree, so the RFC prepends its root.
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0] as Uint8Array;
  let sr = path[0] as Uint8Array;
  for (let i = 1; i < path.length; i++) {
    const c = path[i] as Uint8Array;
    if (sn === 0) throw invalid(`consistency proof for sizes ${size1} and ${size2} is too long`);
    if (isOdd(fn) || fn === sn) {
      fr = hasher.hashChildren(c, fr);
      sr = hasher.hashChildren(c, sr);
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = hasher.hashChildren(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) throw invalid(`consistency proof for sizes ${size1} and ${size2} is too short`);
  if (!bytesEqual(fr, root1)) throw new AuditRootMismatchError(`consistency: old tree of size ${size1}`, root1, fr);
  if (!bytesEqual(sr, root2)) throw new AuditRootMismatchError(`consistency: new tree of size ${size2}`, root2, sr);
}

