// API keys: `phg_<id>_<secret>` with a 256-bit random secret, shown once at creation. The store keeps a
// salted SHA-256 of the secret (a random 256-bit secret needs no slow hash: there is nothing to guess),
// compared in constant time. Keys carry a principal, roles, an optional expiry, and can be revoked.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { PhigateError } from '../errors.js';
import type { ApiKeyRepository, ApiKeyRow } from '../store/index.js';
import { PRINCIPAL_ID, ROLE, type Principal } from './principal.js';

const KEY = /^phg_([0-9a-f]{16})_([0-9a-f]{64})$/;

export interface NewApiKey {
  readonly tenant: string;
  readonly principal: string;
  readonly kind: 'user' | 'service';
  readonly roles: readonly string[];
  readonly label?: string;
  readonly expiresAt?: Date | null;
}

export interface IssuedApiKey {
  /** The whole key, to show once; it cannot be recovered later. */
  readonly key: string;
  readonly row: ApiKeyRow;
}

function digest(salt: Uint8Array, secret: string): Buffer {
  return createHash('sha256').update(salt).update(secret, 'utf8').digest();
}

export async function issueApiKey(repo: ApiKeyRepository, spec: NewApiKey): Promise<IssuedApiKey> {
  if (!PRINCIPAL_ID.test(spec.principal)) throw new PhigateError('PHIGATE_BAD_INPUT', 'Principal must be an opaque id: 1-128 of A-Z a-z 0-9 _ . : / - starting with a letter');
  if (spec.roles.length === 0 || spec.roles.length > 16 || !spec.roles.every((r) => ROLE.test(r))) {
    throw new PhigateError('PHIGATE_BAD_INPUT', 'Roles must be 1-16 codes of a-z 0-9 _ - starting with a letter');
  }
  const label = spec.label ?? '';
  if (label.length > 100) throw new PhigateError('PHIGATE_BAD_INPUT', 'Label must be at most 100 characters');
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('hex');
  const salt = randomBytes(16);
  const row = await repo.insert({
    id,
    tenant: spec.tenant,
    principal: spec.principal,
    principalKind: spec.kind,
    roles: [...new Set(spec.roles)],
    label,
    salt,
    secretHash: digest(salt, secret),
    expiresAt: spec.expiresAt ?? null,
  });
  return { key: `phg_${id}_${secret}`, row };
}

/** Looks like one of our keys (so a bearer token can be told from an OIDC JWT before any lookup). */
export function isApiKeyShaped(presented: string): boolean {
  return presented.startsWith('phg_');
}

/**
 * The principal of a presented key. PHIGATE_BAD_CREDENTIALS for an unknown key or a wrong secret (the
 * same message either way), PHIGATE_CREDENTIALS_REVOKED / _EXPIRED for a key that was valid.
 */
export async function verifyApiKey(repo: Pick<ApiKeyRepository, 'find'>, tenant: string, presented: string, now: Date): Promise<Principal> {
  const bad = (): PhigateError => new PhigateError('PHIGATE_BAD_CREDENTIALS', 'The API key is not valid: check it was copied whole, or create a new one with `phigate apikeys create`');
  const m = KEY.exec(presented);
  if (!m) throw bad();
  const row = await repo.find(m[1] as string);
  // Hash even when the id is unknown, so timing does not tell ids apart.
  const expected = row?.secretHash ?? Buffer.alloc(32);
  const ok = timingSafeEqual(digest(row?.salt ?? Buffer.alloc(16), m[2] as string), expected) && row !== undefined && row.tenant === tenant;
  if (!ok || !row) throw bad();
  if (row.revokedAt !== null && row.revokedAt.getTime() <= now.getTime()) {
    throw new PhigateError('PHIGATE_CREDENTIALS_REVOKED', `API key ${row.id} has been revoked: ask an administrator for a new key`);
  }
  if (row.expiresAt !== null && row.expiresAt.getTime() <= now.getTime()) {
    throw new PhigateError('PHIGATE_CREDENTIALS_EXPIRED', `API key ${row.id} has expired: ask an administrator for a new key`);
  }
  return { tenant: row.tenant, id: row.principal, kind: row.principalKind, roles: row.roles, credential: `apikey:${row.id}`, expiresAt: row.expiresAt };
}
