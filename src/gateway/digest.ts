// SHA-256 as the gateway uses it per request: one-shot digests of short strings (a presented key, a
// conversation's scope) and the running digests of the bytes sent upstream and returned (the audit
// event's `sent` and `returned`). A Hash object per use costs more than the hashing of such inputs.
import crypto, { type Hash } from 'node:crypto';
import { sha256Digest } from '../crypto/index.js';

export { sha256Digest as sha256 } from '../crypto/index.js';

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
    return sha256Digest(this.#first ?? new Uint8Array(0), 'hex');
  }
}
