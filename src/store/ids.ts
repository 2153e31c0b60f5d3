// Checks for the identifiers that repositories put in SQL and in error messages. None of them may be
// PHI: a tenant is a short code, record and patient ids are random UUIDs, kinds are codes.
import { randomUUID } from 'node:crypto';
import { PhigateError } from '../errors.js';

const TENANT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KIND = /^[A-Za-z][A-Za-z0-9:._-]{0,63}$/;

export function checkTenant(tenant: string): string {
  if (typeof tenant !== 'string' || !TENANT.test(tenant)) {
    throw new PhigateError('PHIGATE_BAD_INPUT', 'Tenant must be 1-64 of A-Z a-z 0-9 _ . - starting with a letter or digit');
  }
  return tenant;
}

export function checkUuid(what: string, id: string): string {
  if (typeof id !== 'string' || !UUID.test(id)) throw new PhigateError('PHIGATE_BAD_INPUT', `${what} must be a lowercase UUID`);
  return id;
}

export function checkKind(kind: string): string {
  if (typeof kind !== 'string' || !KIND.test(kind)) throw new PhigateError('PHIGATE_BAD_INPUT', 'Record kind must be 1-64 of A-Z a-z 0-9 : . _ - starting with a letter');
  return kind;
}

export function newId(): string {
  return randomUUID();
}
