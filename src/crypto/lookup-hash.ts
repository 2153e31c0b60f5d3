// Keyed lookup hashes: HMAC-SHA256 under a secret that is separate from every encryption key, so that a
// record can be found by MRN or patient id without either being stored in clear, and without the hash
// being reversible by trying all MRNs (an attacker with the database but not the secret cannot). Each
// purpose gets its own HKDF-derived key, and the tenant is part of the message, so equal MRNs in two
// tenants, or an MRN equal to a patient id, give unrelated hashes.
import { createHmac, hkdfSync } from 'node:crypto';
import { PhigateError } from '../errors.js';

/** How each purpose normalises its input before hashing. Data, not branches. */
const NORMALISE = {
  // MRNs are compared as clinicians type them: case, spaces and hyphens do not matter.
  mrn: (v: string) => v.normalize('NFKC').trim().toUpperCase().replace(/[\s-]/g, ''),
  'patient-id': (v: string) => v.normalize('NFKC').trim(),
  // Vault values are hashed exactly: a token restores its original byte for byte.
  'vault-value': (v: string) => v,
  'vault-scope': (v: string) => v,
  'vault-token': (v: string) => v,
} as const satisfies Record<string, (v: string) => string>;

export type LookupPurpose = keyof typeof NORMALISE;
export const LOOKUP_PURPOSES = Object.keys(NORMALISE) as LookupPurpose[];

const MAX_VALUE_CHARS = 16_384;

export class LookupHasher {
  readonly #keys: Map<LookupPurpose, Buffer>;
  #disposed = false;

  /** `secret`: 32 random bytes (the envelope's `lookup` system secret). The hasher keeps derived keys only. */
  constructor(secret: Uint8Array) {
    if (secret.length < 32) throw new PhigateError('PHIGATE_INTERNAL', 'Lookup secret must be at least 32 bytes');
    this.#keys = new Map(
      LOOKUP_PURPOSES.map((p) => [p, Buffer.from(hkdfSync('sha256', secret, Buffer.from('phigate/lookup/v1'), Buffer.from(p), 32))]),
    );
  }

  /** HMAC-SHA256(key_purpose, len(tenant) tenant || normalised value): 32 bytes. */
  hash(purpose: LookupPurpose, tenant: string, value: string): Buffer {
    // After dispose the keys are zeros: hashing on would silently give wrong (and guessable) hashes.
    if (this.#disposed) throw new PhigateError('PHIGATE_INTERNAL', 'Lookup hasher used after its store was closed');
    if (typeof value !== 'string' || value.length === 0 || value.length > MAX_VALUE_CHARS) {
      throw new PhigateError('PHIGATE_BAD_INPUT', `A ${purpose} lookup value must be 1-${MAX_VALUE_CHARS} characters`);
    }
    const normalised = NORMALISE[purpose](value);
    if (normalised.length === 0) throw new PhigateError('PHIGATE_BAD_INPUT', `A ${purpose} lookup value is empty after normalisation`);
    const t = Buffer.from(tenant, 'utf8');
    const len = Buffer.alloc(2);
    len.writeUInt16BE(t.length);
    return createHmac('sha256', this.#keys.get(purpose) as Buffer).update(len).update(t).update(normalised, 'utf8').digest();
  }

  /** Zeroes the derived keys. */
  dispose(): void {
    this.#disposed = true;
    for (const k of this.#keys.values()) k.fill(0);
  }
}
