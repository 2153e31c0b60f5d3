// RFC 9162 (and RFC 6962) Merkle tree hashing: SHA-256 with domain separation, 0x00 for leaves and
// 0x01 for interior nodes, so a leaf can never be passed off as a node or the reverse.
import { sha256Digest } from '../crypto/index.js';

/** What the proof and verification code needs from a hash function; passed in, never imported. */
export interface LogHasher {
  /** Digest length in bytes. */
  readonly size: number;
  /** MTH({}) = HASH() */
  emptyRoot(): Uint8Array;
  /** MTH({d}) = HASH(0x00 || d) */
  hashLeaf(data: Uint8Array): Uint8Array;
  /** HASH(0x01 || left || right) */
  hashChildren(left: Uint8Array, right: Uint8Array): Uint8Array;
}

/** SHA-256 of arbitrary bytes, the primitive under every other digest in this capability. */
export function sha256(data: Uint8Array): Buffer {
  return sha256Digest(data);
}

const EMPTY = sha256Digest(new Uint8Array(0));

function createRfc9162Hasher(): LogHasher {
  // One scratch buffer per hasher: the work is synchronous, so it is never shared across calls.
  const node = Buffer.alloc(65);
  node[0] = 0x01;
  let leaf = Buffer.alloc(65);
  return {
    size: 32,
    emptyRoot: () => Buffer.from(EMPTY),
    hashLeaf(data) {
      if (data.length + 1 > leaf.length) leaf = Buffer.alloc(data.length + 1);
      leaf[0] = 0x00;
      leaf.set(data, 1);
      return sha256Digest(leaf.subarray(0, data.length + 1));
    },
    hashChildren(left, right) {
      if (left.length !== 32 || right.length !== 32) {
        throw new RangeError(`hashChildren wants two 32-byte hashes, got ${left.length} and ${right.length}`);
      }
      node.set(left, 1);
      node.set(right, 33);
      return sha256Digest(node);
    },
  };
}

/** The RFC 9162 SHA-256 hasher used by the audit log. */
export const rfc9162: LogHasher = createRfc9162Hasher();

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

const HEX32 = /^[0-9a-f]{64}$/;

/** Parses a 32-byte hash written as 64 lowercase hex digits; undefined for anything else. */
export function hashFromHex(text: string): Buffer | undefined {
  return HEX32.test(text) ? Buffer.from(text, 'hex') : undefined;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
