// The policy evaluator's decisions, one row per rule: deny by default, roles, models, purposes, the
// care team, break-glass, and what happens to a request that names no patient.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AccessConfig } from '../config/index.js';
import { type AccessRequest, allowedModels, decide, needsCareTeam } from './policy.js';

const policy: AccessConfig = {
  defaultPurpose: 'TREAT',
  oidc: null,
  noPatient: 'deidentified-only',
  roles: {
    clinician: { models: ['*'], purposes: ['TREAT', 'ETREAT'], patients: 'care-team', breakGlass: true },
    nurse: { models: ['m1'], purposes: ['TREAT'], patients: 'care-team', breakGlass: false },
    registrar: { models: ['m1'], purposes: ['PATADMIN'], patients: 'any', breakGlass: false },
    analyst: { models: ['m2'], purposes: ['HOPERAT'], patients: 'none', breakGlass: false },
  },
};

const base: AccessRequest = { roles: ['clinician'], model: 'm1', purpose: 'TREAT', patient: 'p1', onCareTeam: true, breakGlass: false };
const code = (r: ReturnType<typeof decide>): string => (r.allow ? r.reason : r.code);

const rows: Array<[string, Partial<AccessRequest>, string, Partial<AccessConfig>?]> = [
  ['unknown role: denied', { roles: ['visitor'] }, 'PHIGATE_FORBIDDEN'],
  ['no roles: denied', { roles: [] }, 'PHIGATE_FORBIDDEN'],
  ['model not granted', { roles: ['nurse'], model: 'm2' }, 'PHIGATE_MODEL_NOT_ALLOWED'],
  ['purpose not granted', { purpose: 'HRESCH' }, 'PHIGATE_FORBIDDEN_PURPOSE'],
  ['care team member', {}, 'CARE_TEAM'],
  ['not on the care team', { onCareTeam: false }, 'PHIGATE_FORBIDDEN_PATIENT'],
  ['break-glass with the right purpose', { onCareTeam: false, breakGlass: true, purpose: 'ETREAT' }, 'BREAK_GLASS'],
  ['break-glass needs purpose ETREAT', { onCareTeam: false, breakGlass: true, purpose: 'TREAT' }, 'PHIGATE_FORBIDDEN_PATIENT'],
  ['break-glass needs a role allowed to', { roles: ['nurse'], onCareTeam: false, breakGlass: true, purpose: 'TREAT' }, 'PHIGATE_FORBIDDEN_PATIENT'],
  ['any-patient role', { roles: ['registrar'], purpose: 'PATADMIN', onCareTeam: null }, 'ANY_PATIENT'],
  ['patients: none never sees a patient', { roles: ['analyst'], model: 'm2', purpose: 'HOPERAT', onCareTeam: null }, 'PHIGATE_FORBIDDEN_PATIENT'],
  ['no patient, deidentified-only', { patient: null, onCareTeam: null }, 'NO_PATIENT'],
  ['no patient, policy deny', { patient: null, onCareTeam: null }, 'PHIGATE_PATIENT_REQUIRED', { noPatient: 'deny' }],
];

for (const [name, over, want, pol] of rows) {
  test(name, () => assert.equal(code(decide({ ...policy, ...pol }, { ...base, ...over })), want));
}

test('no patient: deidentified-only restricts routing, allow does not', () => {
  const d1 = decide(policy, { ...base, patient: null, onCareTeam: null });
  const d2 = decide({ ...policy, noPatient: 'allow' }, { ...base, patient: null, onCareTeam: null });
  assert.ok(d1.allow && d1.deidentifiedOnly);
  assert.ok(d2.allow && !d2.deidentifiedOnly);
});

test('the care team is looked up only when a role depends on it', () => {
  assert.equal(needsCareTeam(policy, base), true);
  assert.equal(needsCareTeam(policy, { ...base, patient: null }), false);
  assert.equal(needsCareTeam(policy, { ...base, roles: ['registrar'] }), false);
});

test('allowedModels lists what the roles grant', () => {
  assert.deepEqual(allowedModels(policy, ['nurse', 'analyst'], ['m1', 'm2', 'm3']), ['m1', 'm2']);
  assert.deepEqual(allowedModels(policy, ['clinician'], ['m1', 'm3']), ['m1', 'm3']);
  assert.deepEqual(allowedModels(policy, ['visitor'], ['m1']), []);
});
