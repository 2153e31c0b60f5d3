// SHA-256 as the gateway uses it per request: one-shot digests of short strings (a presented key, a
// conversation's scope) and the running digests of the bytes sent upstream and returned (the audit
// event's `sent` and `returned`). A Hash object per use costs more than the hashing of such inputs.
import crypto, { type BinaryToTextEncoding, type Hash } from 'node:crypto';

// crypto.hash (Node >= 20.12; the engines floor is 20.11) hashes in one call without a Hash object.
const oneShot: (data: string | Uint8Array, encoding: BinaryToTextEncoding) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (data, encoding) => crypto.hash('sha256', data, encoding)
    : (data, encoding) => crypto.createHash('sha256').update(data).digest(encoding);

/** SHA-256 of `data` (strings as UTF-8). */
export function sha256(data: string | Uint8Array, encoding: BinaryToTextEncoding): string {
  return oneShot(data, encoding);
}

/**
 * The SHA-256 of bytes that arrive in one piece or several. One piece (a request body, a plain answer)
 * is kept by reference and hashed in one shot when the digest is asked for; a second piece starts a
 * running hash. Pieces must not be changed after they are given (the transport's buffers are not).
 */
export class WireDigest {
  #first: Uint8Array | undefined;
  #hash: Hash | undefined;

  update(bytes: Uint8Array): void {
    if (this.#hash !== undefined) this.#hash.update(bytes);
    else if (this.#first === undefined) this.#first = bytes;
    else {
      this.#hash = crypto.createHash('sha256').update(this.#first).update(bytes);
      this.#first = undefined;
    }
  }

  /** The digest so far, in hex; more pieces may follow (a stream's event is written when it ends). */
  hex(): string {
    if (this.#hash !== undefined) return this.#hash.copy().digest('hex');
    return oneShot(this.#first ?? new Uint8Array(0), 'hex');
  }
}
