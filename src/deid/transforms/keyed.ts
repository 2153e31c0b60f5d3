// Keyed, deterministic randomness for surrogates, date shifts and tokens: HMAC-SHA256 in counter mode.
// Same key and same inputs give the same draws in every process; no Math.random anywhere.
import { createHmac, type KeyObject } from 'node:crypto';
import { PhigateError } from '../../errors.js';

/** A secret for keyed transforms: raw bytes (at least 16) or a secret KeyObject. */
export type TransformKey = Uint8Array | KeyObject;

export const MIN_KEY_BYTES = 16;

/** Throws unless `key` is usable; a short key would let anyone brute-force tokens of low-entropy values. */
export function checkKey(key: TransformKey | undefined, why: string): TransformKey {
  if (key === undefined) {
    throw new PhigateError('PHIGATE_KEY_MISSING', `A secret key is required for ${why}; pass ctx.key`);
  }
  const size = key instanceof Uint8Array ? key.byteLength : key.type === 'secret' ? key.symmetricKeySize : 0;
  if ((size ?? 0) < MIN_KEY_BYTES) {
    throw new PhigateError(
      'PHIGATE_BAD_CONFIG',
      `The transform key must be a secret of at least ${MIN_KEY_BYTES} bytes (got ${size ?? 0})`,
    );
  }
  return key;
}

/** Length-prefixed encoding, so ('ab','c') and ('a','bc') never hash alike. */
function encode(parts: readonly string[]): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const bytes = Buffer.from(part, 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(bytes.length);
    chunks.push(len, bytes);
  }
  return Buffer.concat(chunks);
}

export function keyedDigest(key: TransformKey, parts: readonly string[]): Buffer {
  return createHmac('sha256', key).update(encode(parts)).digest();
}

/**
 * A stream of keyed pseudo-random integers for one (purpose, value) pair. Block i is
 * HMAC(key, parts || i); each 32-byte block yields eight 32-bit words.
 */
export class KeyedDraw {
  private readonly key: TransformKey;
  private readonly parts: readonly string[];
  private block = 0;
  private words: number[] = [];

  constructor(key: TransformKey, ...parts: string[]) {
    this.key = key;
    this.parts = parts;
  }

  private word(): number {
    if (this.words.length === 0) {
      const digest = keyedDigest(this.key, [...this.parts, `#${this.block++}`]);
      for (let i = 0; i < 32; i += 4) this.words.push(digest.readUInt32BE(i));
    }
    return this.words.shift() as number;
  }

  /** Uniform integer in [0, n), by rejection sampling so that no value is favoured. */
  int(n: number): number {
    if (!Number.isInteger(n) || n <= 0 || n > 2 ** 32) throw new RangeError('KeyedDraw.int needs 1 <= n <= 2^32');
    const limit = 2 ** 32 - (2 ** 32 % n);
    for (;;) {
      const w = this.word();
      if (w < limit) return w % n;
    }
  }

  /** Uniform integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  digit(nonZero = false): string {
    return String(nonZero ? 1 + this.int(9) : this.int(10));
  }

  upper(): string {
    return String.fromCharCode(65 + this.int(26));
  }
}
