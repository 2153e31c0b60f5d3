// SHA-256 in one call. crypto.hash (Node >= 20.12; the engines floor is 20.11) needs no Hash object and is about
// twice as fast as createHash on short inputs: the audit verifier rehashes millions of tree nodes, and the gateway
// hashes a key, a scope and two bodies per request.
import crypto, { type BinaryToTextEncoding } from 'node:crypto';

const hasOneShot = typeof (crypto as { hash?: unknown }).hash === 'function';

/** SHA-256 of `data` (strings as UTF-8): the digest's bytes, or its text in `encoding`. */
export function sha256Digest(data: string | Uint8Array): Buffer;
export function sha256Digest(data: string | Uint8Array, encoding: BinaryToTextEncoding): string;
export function sha256Digest(data: string | Uint8Array, encoding?: BinaryToTextEncoding): Buffer | string {
  if (hasOneShot) return crypto.hash('sha256', data, encoding ?? 'buffer') as Buffer | string;
  const hash = crypto.createHash('sha256').update(data);
  return encoding === undefined ? hash.digest() : hash.digest(encoding);
}
