// A deliberately naive Merkle tree straight from RFC 9162 section 2.1, for cross-checking the fast code.
// Uses createHash directly (not src/audit/hasher.ts) so a bug there cannot hide on both sides.
import { createHash } from 'node:crypto';

export function sha(...parts: Uint8Array[]): Buffer {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
}

const LEAF = Buffer.from([0x00]);
const NODE = Buffer.from([0x01]);

export const leafHash = (d: Uint8Array): Buffer => sha(LEAF, d);
export const nodeHash = (l: Uint8Array, r: Uint8Array): Buffer => sha(NODE, l, r);

/** Largest power of two k with k < n (n > 1). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) */
export function mth(leaves: readonly Uint8Array[]): Buffer {
  if (leaves.length === 0) return sha();
  if (leaves.length === 1) return leafHash(leaves[0] as Uint8Array);
  const k = split(leaves.length);
  return nodeHash(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

/** PATH(m, D[n]) */
export function path(m: number, leaves: readonly Uint8Array[]): Buffer[] {
  const n = leaves.length;
  if (n <= 1) return [];
  const k = split(n);
  if (m < k) return [...path(m, leaves.slice(0, k)), mth(leaves.slice(k))];
  return [...path(m - k, leaves.slice(k)), mth(leaves.slice(0, k))];
}

function subproof(m: number, leaves: readonly Uint8Array[], b: boolean): Buffer[] {
  const n = leaves.length;
  if (m === n) return b ? [] : [mth(leaves)];
  const k = split(n);
  if (m <= k) return [...subproof(m, leaves.slice(0, k), b), mth(leaves.slice(k))];
  return [...subproof(m - k, leaves.slice(k), false), mth(leaves.slice(0, k))];
}

/** PROOF(m, D[n]) for 0 < m < n; empty otherwise. */
export function consistency(m: number, leaves: readonly Uint8Array[]): Buffer[] {
  if (m === 0 || m === leaves.length) return [];
  return subproof(m, leaves, true);
}

/** The hash of the perfect subtree at (level, index). */
export function subtree(leaves: readonly Uint8Array[], level: number, index: number): Buffer {
  const w = 2 ** level;
  return mth(leaves.slice(index * w, (index + 1) * w));
}

/** Leaf inputs 0..n-1: distinct, short and deterministic. */
export function leafInputs(n: number): Buffer[] {
  return Array.from({ length: n }, (_, i) => Buffer.from(`leaf-${i}`));
}
