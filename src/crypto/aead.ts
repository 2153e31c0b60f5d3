// AES-256-GCM over node:crypto: the one place a cipher is constructed. Random 96-bit IVs come from a
// pooled CSPRNG buffer (randomFillSync in blocks) because one randomBytes(12) call per record costs more
// than the cipher itself for small values; every IV is still fresh CSPRNG output, used once.
import { createCipheriv, createDecipheriv, randomFillSync } from 'node:crypto';

export const KEY_BYTES = 32;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;

const POOL_IVS = 1024;
const pool = Buffer.allocUnsafe(IV_BYTES * POOL_IVS);
let poolOffset = pool.length;

/** Copies a fresh random IV into `out` at `offset`. */
export function fillIv(out: Uint8Array, offset: number): void {
  if (poolOffset >= pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  pool.copy(out, offset, poolOffset, poolOffset + IV_BYTES);
  // Wipe the used IV from the pool so it can never be handed out twice.
  pool.fill(0, poolOffset, poolOffset + IV_BYTES);
  poolOffset += IV_BYTES;
}

/**
 * Encrypts `plaintext` into `out` (which has room for IV + ciphertext + tag starting at `offset`):
 * writes IV, ciphertext, tag. Returns nothing: the layout is fixed by the caller's format.
 */
export function gcmSealInto(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array, out: Buffer, offset: number): void {
  fillIv(out, offset);
  const iv = out.subarray(offset, offset + IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const body = cipher.update(plaintext);
  body.copy(out, offset + IV_BYTES);
  const fin = cipher.final();
  if (fin.length > 0) fin.copy(out, offset + IV_BYTES + body.length);
  cipher.getAuthTag().copy(out, offset + IV_BYTES + plaintext.length);
}

/** Decrypts IV || ciphertext || tag; returns undefined when authentication fails (never partial output). */
export function gcmOpen(key: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Buffer | undefined {
  if (sealed.length < IV_BYTES + TAG_BYTES) return undefined;
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const body = sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  decipher.setAAD(aad);
  const head = decipher.update(body);
  try {
    const fin = decipher.final();
    return fin.length === 0 ? head : Buffer.concat([head, fin]);
  } catch {
    head.fill(0);
    return undefined;
  }
}

/** Convenience: a standalone IV || ciphertext || tag for key wrapping. */
export function gcmSeal(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(IV_BYTES + plaintext.length + TAG_BYTES);
  gcmSealInto(key, plaintext, aad, out, 0);
  return out;
}
