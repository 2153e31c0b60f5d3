// The policy's decisions, one row per rule: deny by default, roles, models, purposes, the care team,
// break-glass, and what happens to a request that names no patient. Every row runs against the Cedar
// evaluator the gateway uses and against the typed role semantics it is compiled from.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AccessConfig, ModelConfig } from '../config/index.js';
import { createAccessPolicy } from './cedar/index.js';
import { type AccessDecision, type AccessRequest, decide, needsCareTeam } from './policy.js';

const policy: AccessConfig = {
  defaultPurpose: 'TREAT',
  oidc: null,
  noPatient: 'deidentified-only',
  policies: [],
  roles: {
    clinician: { models: ['*'], purposes: ['TREAT', 'ETREAT'], patients: 'care-team', breakGlass: true },
    nurse: { models: ['m1'], purposes: ['TREAT'], patients: 'care-team', breakGlass: false },
    registrar: { models: ['m1'], purposes: ['PATADMIN'], patients: 'any', breakGlass: false },
    analyst: { models: ['m2'], purposes: ['HOPERAT'], patients: 'none', breakGlass: false },
  },
};
const models: ModelConfig[] = ['m1', 'm2', 'm3'].map((id) => ({ id, vendor: 'v1', upstream: id, service: 'chat', tier: null }));

const base: AccessRequest = { principal: { id: 'user:dr-lee', kind: 'user' }, roles: ['clinician'], model: 'm1', purpose: 'TREAT', patient: 'p1', onCareTeam: true, breakGlass: false };
const code = (r: AccessDecision): string => (r.allow ? r.reason : r.code);

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

interface Evaluator {
  decide(req: AccessRequest): AccessDecision;
  needsCareTeam(req: Omit<AccessRequest, 'onCareTeam'>): boolean;
}

const evaluators: Record<string, (access: AccessConfig) => Evaluator> = {
  cedar: (access) => createAccessPolicy({ access, models }),
  typed: (access) => ({ decide: (req) => decide(access, req), needsCareTeam: (req) => needsCareTeam(access, req) }),
};

for (const [name, make] of Object.entries(evaluators)) {
  describe(`${name} evaluator`, () => {
    for (const [row, over, want, pol] of rows) {
      test(row, () => assert.equal(code(make({ ...policy, ...pol }).decide({ ...base, ...over })), want));
    }

    test('no patient: deidentified-only restricts routing, allow does not', () => {
      const d1 = make(policy).decide({ ...base, patient: null, onCareTeam: null });
      const d2 = make({ ...policy, noPatient: 'allow' }).decide({ ...base, patient: null, onCareTeam: null });
      assert.ok(d1.allow && d1.deidentifiedOnly);
      assert.ok(d2.allow && !d2.deidentifiedOnly);
    });

    test('break-glass is flagged; a care-team member sending it is not', () => {
      const p = make(policy);
      const glass = p.decide({ ...base, onCareTeam: false, breakGlass: true, purpose: 'ETREAT' });
      const member = p.decide({ ...base, onCareTeam: true, breakGlass: true, purpose: 'ETREAT' });
      assert.ok(glass.allow && glass.breakGlass);
      assert.ok(member.allow && !member.breakGlass && member.reason === 'CARE_TEAM');
    });

    test('refusals tell the caller what to change', () => {
      const d = make(policy).decide({ ...base, roles: ['nurse'], model: 'm2' });
      assert.ok(!d.allow && d.message === 'Your roles may not use model m2; GET /v1/models lists the ones you may');
    });

    test('the care team is looked up only when a role depends on it', () => {
      const p = make(policy);
      assert.equal(p.needsCareTeam(base), true);
      assert.equal(p.needsCareTeam({ ...base, patient: null }), false);
      assert.equal(p.needsCareTeam({ ...base, roles: ['registrar'] }), false);
    });
  });
}

test('allowedModels lists what the roles grant (Cedar, the same evaluator as requests)', () => {
  const p = createAccessPolicy({ access: policy, models });
  const who = (roles: string[]): { id: string; kind: 'user'; roles: string[] } => ({ id: 'user:x', kind: 'user', roles });
  assert.deepEqual(p.allowedModels(who(['nurse', 'analyst']), ['m1', 'm2', 'm3']), ['m1', 'm2']);
  assert.deepEqual(p.allowedModels(who(['clinician']), ['m1', 'm3']), ['m1', 'm3']);
  assert.deepEqual(p.allowedModels(who(['visitor']), ['m1']), []);
});

test('modelReach: identified when some allowed request is not held to de-identified vendors, deidentified-only when every one is', () => {
  const who = (roles: string[]): { id: string; kind: 'user'; roles: string[] } => ({ id: 'user:x', kind: 'user', roles });
  const p = createAccessPolicy({ access: policy, models });
  assert.equal(p.modelReach(who(['clinician']), 'm1'), 'identified');
  assert.equal(p.modelReach(who(['analyst']), 'm2'), 'deidentified-only', 'patients: none, and a request naming no patient is de-identified only');
  assert.equal(p.modelReach(who(['analyst', 'registrar']), 'm2'), 'deidentified-only', 'a role granting another model does not widen this one');
  assert.equal(p.modelReach(who(['analyst', 'registrar']), 'm1'), 'identified');
  assert.equal(p.modelReach(who(['analyst']), 'm1'), 'none');
  assert.equal(p.modelReach(who(['visitor']), 'm1'), 'none');
  const open = createAccessPolicy({ access: { ...policy, noPatient: 'allow' }, models });
  assert.equal(open.modelReach(who(['analyst']), 'm2'), 'identified', 'noPatient: allow lets a request naming no patient go to a PHI vendor');
});
