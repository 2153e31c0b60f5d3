// The care-team relation as the policy, the CLI and the admin API use it: ids are checked here, once,
// with the same rules the gateway applies to the patient a request names, then handed to the store
// (which keeps the patient only as a keyed lookup hash).
import { PhigateError } from '../errors.js';
import type { CareTeamRepository } from '../store/index.js';
import { PRINCIPAL_ID } from './principal.js';

/** A patient id as clients send it (X-Phigate-Patient): an identifier, never a name. */
export const PATIENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$/;

/** Throws PHIGATE_BAD_INPUT (without echoing the value) unless `id` is patient-id shaped. */
export function checkPatientId(id: string, field = 'The patient id'): string {
  if (!PATIENT_ID.test(id)) throw new PhigateError('PHIGATE_BAD_INPUT', `${field} must be 1-128 of A-Z a-z 0-9 _ . : / - (an identifier, not a name)`);
  return id;
}

export function checkPrincipalId(id: string, field = 'The user'): string {
  if (!PRINCIPAL_ID.test(id)) throw new PhigateError('PHIGATE_BAD_INPUT', `${field} must be a principal id such as user:dr-lee: 1-128 of A-Z a-z 0-9 _ . : / - starting with a letter`);
  return id;
}

type Repo = Pick<CareTeamRepository, 'add' | 'remove' | 'has'>;

/** Adds the relation; true when it is new. */
export function addCareTeamMember(repo: Repo, tenant: string, user: string, patient: string): Promise<boolean> {
  return repo.add(tenant, checkPrincipalId(user), checkPatientId(patient));
}

/** Removes the relation; true when it existed. */
export function removeCareTeamMember(repo: Repo, tenant: string, user: string, patient: string): Promise<boolean> {
  return repo.remove(tenant, checkPrincipalId(user), checkPatientId(patient));
}

export function isCareTeamMember(repo: Repo, tenant: string, user: string, patient: string): Promise<boolean> {
  return repo.has(tenant, checkPrincipalId(user), checkPatientId(patient));
}

/** The principals on a patient's care team, sorted. (The reverse, a user's patients, is only a count.) */
export function careTeamOf(repo: Pick<CareTeamRepository, 'members'>, tenant: string, patient: string): Promise<string[]> {
  return repo.members(tenant, checkPatientId(patient));
}

/** How many patients a user is related to; the patient ids are not recoverable from the store. */
export function careTeamPatientCount(repo: Pick<CareTeamRepository, 'count'>, tenant: string, user: string): Promise<number> {
  return repo.count(tenant, checkPrincipalId(user));
}
