// API keys: `phg_<id>_<secret>` with a 256-bit random secret, shown once at creation. The store keeps a
// salted SHA-256 of the secret (a random 256-bit secret needs no slow hash: there is nothing to guess),
// compared in constant time. Keys carry a principal, roles, an optional expiry, and can be revoked.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { PhigateError } from '../errors.js';
import type { ApiKeyRepository, ApiKeyRow } from '../store/index.js';
import { ADMIN_ROLES } from './admin-policy.js';
import { PRINCIPAL_ID, ROLE, type Principal } from './principal.js';

const KEY = /^phg_([0-9a-f]{16})_([0-9a-f]{64})$/;

/** A key's public id (the part after `phg_`); safe to show, log and audit. */
export const API_KEY_ID = /^[0-9a-f]{16}$/;

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

/**
 * The roles a key may carry: those the gateway's policy names (`access.roles` and policy files) and the
 * admin roles. The admin API and `phigate apikeys create` check against the same list.
 */
export function issuableRoles(policyRoles: readonly string[]): string[] {
  return [...new Set([...policyRoles, ...ADMIN_ROLES])];
}

/**
 * Creates a key. With `knownRoles`, every role must be one of them, so a mistyped role is refused now
 * instead of producing a key that every request is denied with.
 */
export async function issueApiKey(repo: Pick<ApiKeyRepository, 'insert'>, spec: NewApiKey, opts: { knownRoles?: readonly string[] } = {}): Promise<IssuedApiKey> {
  if (!PRINCIPAL_ID.test(spec.principal)) throw new PhigateError('PHIGATE_BAD_INPUT', 'Principal must be an opaque id: 1-128 of A-Z a-z 0-9 _ . : / - starting with a letter');
  if (spec.roles.length === 0 || spec.roles.length > 16 || !spec.roles.every((r) => ROLE.test(r))) {
    throw new PhigateError('PHIGATE_BAD_INPUT', 'Roles must be 1-16 codes of a-z 0-9 _ - starting with a letter');
  }
  const known = opts.knownRoles;
  const unknown = known ? spec.roles.findIndex((r) => !known.includes(r)) : -1;
  if (known && unknown >= 0) {
    throw new PhigateError('PHIGATE_BAD_INPUT', `roles[${unknown}] is not a role of this gateway: use one of ${known.join(', ')}, or define it under access.roles in phigate.yaml or in a policy file`);
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

export type ApiKeyStatus = 'active' | 'revoked' | 'expired';

/** What administrators see of a key (CLI list, admin API): never its salt, hash or secret. */
export interface ApiKeyView {
  readonly id: string;
  readonly principal: string;
  readonly kind: 'user' | 'service';
  readonly roles: readonly string[];
  readonly label: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
  readonly status: ApiKeyStatus;
}

export function apiKeyView(row: ApiKeyRow, now: Date): ApiKeyView {
  const t = now.getTime();
  const revoked = row.revokedAt !== null && row.revokedAt.getTime() <= t;
  return {
    id: row.id,
    principal: row.principal,
    kind: row.principalKind,
    roles: row.roles,
    label: row.label,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    status: revoked ? 'revoked' : row.expiresAt && row.expiresAt.getTime() <= t ? 'expired' : 'active',
  };
}

/** A new key as its creator sees it, the one time the whole key is shown. */
export function issuedKeyView(issued: IssuedApiKey, now: Date): ApiKeyView & { readonly key: string; readonly tenant: string } {
  return { ...apiKeyView(issued.row, now), tenant: issued.row.tenant, key: issued.key };
}

export async function listApiKeys(repo: Pick<ApiKeyRepository, 'list'>, tenant: string, now: Date): Promise<ApiKeyView[]> {
  return (await repo.list(tenant)).map((r) => apiKeyView(r, now));
}

/**
 * Revokes a key by its id (idempotent). PHIGATE_BAD_INPUT when `id` is not key-id shaped (a whole key
 * pasted by mistake is refused without being echoed), PHIGATE_NOT_FOUND when the tenant has no such key.
 */
export async function revokeApiKey(repo: Pick<ApiKeyRepository, 'revoke'>, tenant: string, id: string, at: Date): Promise<ApiKeyView> {
  if (!API_KEY_ID.test(id)) throw new PhigateError('PHIGATE_BAD_INPUT', 'The key id must be the 16 hex digits shown in the key list (not the key itself)');
  return apiKeyView(await repo.revoke(tenant, id, at), at);
}

/**
 * A key's expiry from `90d`, `12h` or an ISO date/time, which must lie in the future. `field` names the
 * option or field in the message (`--expires`, `expiresIn`).
 */
export function parseKeyExpiry(text: string, now: Date, field: string): Date {
  const rel = /^(\d{1,5})([dh])$/.exec(text);
  const d = rel ? new Date(now.getTime() + Number(rel[1]) * (rel[2] === 'd' ? 86_400_000 : 3_600_000)) : new Date(text);
  if (!rel && (Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(text))) throw new PhigateError('PHIGATE_BAD_INPUT', `${field} must be like 90d, 12h or an ISO date`);
  if (d.getTime() <= now.getTime()) throw new PhigateError('PHIGATE_BAD_INPUT', `${field} must be in the future`);
  return d;
}
