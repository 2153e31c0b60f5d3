// The compiled roles mean what `access.roles` meant: for random configs and random requests the Cedar
// evaluator and the typed role semantics give the same decision (allow reason or refusal code and
// message, de-identified-only, break-glass flag), the same care-team need and the same model listing.
// And the requests the evaluator builds (checked without the schema, for speed) fit the schema.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { PURPOSES_OF_USE } from '../../audit/purpose.js';
import type { AccessConfig, ModelConfig, RoleRule } from '../../config/index.js';
import { type AccessRequest, decide, needsCareTeam } from '../policy.js';
import { isAuthorized } from './wasm.js';
import { cedarRequest, modelEntity } from './authorizer.js';
import { CEDAR_SCHEMA, cedarString, compileRoles, createAccessPolicy } from './index.js';

test('a role compiles to one annotated permit per way it may be allowed', () => {
  const access: AccessConfig = {
    defaultPurpose: 'TREAT',
    oidc: null,
    noPatient: 'deny',
    policies: [],
    roles: {
      nurse: { models: ['gpt-phi', 'gpt-deid'], purposes: ['TREAT', 'ETREAT'], patients: 'care-team', breakGlass: true },
      idle: { models: [], purposes: ['TREAT'], patients: 'any', breakGlass: false },
    },
  };
  assert.deepEqual(
    compileRoles(access).map((p) => p.text),
    [
      '@id("role:nurse:care-team")\n@reason("CARE_TEAM")\npermit (principal in Role::"nurse", action == Action::"invoke", resource)\n' +
        'when { [Model::"gpt-phi", Model::"gpt-deid"].contains(resource) && [Purpose::"TREAT", Purpose::"ETREAT"].contains(context.purpose) && context has patient && context.onCareTeam };',
      '@id("role:nurse:break-glass")\n@reason("BREAK_GLASS")\npermit (principal in Role::"nurse", action == Action::"invoke", resource)\n' +
        'when { [Model::"gpt-phi", Model::"gpt-deid"].contains(resource) && [Purpose::"TREAT", Purpose::"ETREAT"].contains(context.purpose) && context has patient && context.breakGlass && context.purpose == Purpose::"ETREAT" };',
    ],
    'noPatient: deny adds no permit for requests without a patient; a role without models compiles to nothing',
  );
});

test('cedarString escapes what would end or break a Cedar string', () => {
  assert.equal(cedarString('a"b\\c\n\u0007é'), '"a\\"b\\\\c\\u{a}\\u{7}é"');
});

const PURPOSES = PURPOSES_OF_USE.map((p) => p.code);
const ROLE_NAMES = ['clinician', 'nurse', 'registrar', 'analyst', 'svc-bot'];
const ROLE_PURPOSES = ['TREAT', 'ETREAT', 'HOPERAT', 'HRESCH', 'PATADMIN'];
// Model ids are free text in the config: quotes, backslashes, control characters and non-ASCII must
// compile to the same ids Cedar's entities carry.
const modelIds = fc.uniqueArray(fc.oneof(fc.constantFrom('m1', 'gpt-phi', 'a"b', 'back\\slash', 'tab\there', 'émoji-😀'), fc.string({ minLength: 1, maxLength: 6, unit: 'grapheme' })), {
  minLength: 1,
  maxLength: 4,
});

const roleRule = (models: string[]): fc.Arbitrary<RoleRule> =>
  fc.record({
    models: fc.oneof(fc.constant(['*']), fc.subarray(models)),
    purposes: fc.subarray(ROLE_PURPOSES, { minLength: 1 }),
    patients: fc.constantFrom('care-team', 'any', 'none'),
    breakGlass: fc.boolean(),
  });

// Requests draw from the config's own roles and purposes (plus ones it lacks), so most of them reach
// the interesting branches instead of stopping at an unknown role.
const accessOf = (models: string[]): fc.Arbitrary<AccessConfig> =>
  fc.record({
    defaultPurpose: fc.constant('TREAT'),
    oidc: fc.constant(null),
    noPatient: fc.constantFrom('allow', 'deidentified-only', 'deny'),
    policies: fc.constant([]),
    roles: fc.dictionary(fc.constantFrom(...ROLE_NAMES), roleRule(models), { minKeys: 1, maxKeys: 4 }),
  }) as fc.Arbitrary<AccessConfig>;

const requestOf = (models: string[], access: AccessConfig): fc.Arbitrary<AccessRequest> =>
  fc.record({
    principal: fc.record({ id: fc.constantFrom('user:a', 'svc:b'), kind: fc.constantFrom('user', 'service') }),
    roles: fc.subarray([...Object.keys(access.roles), 'visitor']),
    model: fc.constantFrom(...models),
    purpose: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ROLE_PURPOSES) }, { weight: 1, arbitrary: fc.constantFrom(...PURPOSES) }),
    patient: fc.option(fc.constantFrom('p-1', 'p-2'), { nil: null, freq: 3 }),
    onCareTeam: fc.option(fc.boolean(), { nil: null, freq: 4 }),
    breakGlass: fc.boolean(),
  }) as fc.Arbitrary<AccessRequest>;

const scenario = modelIds.chain((models) =>
  accessOf(models).chain((access) => fc.record({ models: fc.constant(models), access: fc.constant(access), requests: fc.array(requestOf(models, access), { minLength: 1, maxLength: 25 }) })),
);

const asModels = (ids: readonly string[]): ModelConfig[] => ids.map((id) => ({ id, vendor: 'v', upstream: id, service: 'chat', tier: null }));

test('compiled Cedar policies agree with the typed role semantics on random configs and requests', () => {
  fc.assert(
    fc.property(scenario, ({ models, access, requests }) => {
      const cedar = createAccessPolicy({ access, models: asModels(models) });
      for (const req of requests) {
        // The gateway passes no care-team answer without a patient.
        const r = req.patient === null ? { ...req, onCareTeam: null } : req;
        assert.deepEqual(cedar.decide(r), decide(access, r));
        assert.equal(cedar.needsCareTeam(r), needsCareTeam(access, r));
      }
    }),
    { numRuns: 100 },
  );
});

test('the model listing is what decide allows for some request shape', () => {
  const shapes = PURPOSES.flatMap((purpose) => [
    { purpose, patient: null, onCareTeam: null, breakGlass: false },
    { purpose, patient: 'p-1', onCareTeam: true, breakGlass: false },
    { purpose, patient: 'p-1', onCareTeam: false, breakGlass: purpose === 'ETREAT' },
  ]);
  fc.assert(
    fc.property(scenario, ({ models, access, requests }) => {
      const cedar = createAccessPolicy({ access, models: asModels(models) });
      const { principal, roles } = requests[0] as AccessRequest;
      const typed = models.filter((model) => shapes.some((s) => decide(access, { principal, roles, model, ...s }).allow));
      assert.deepEqual(cedar.allowedModels({ ...principal, roles }, models), typed);
    }),
    { numRuns: 40 },
  );
});

test('the requests the evaluator builds conform to the schema (Cedar checks them here, with validateRequest)', () => {
  const check = (r: AccessRequest, m: ModelConfig): string => {
    const answer = isAuthorized({ ...cedarRequest(r, modelEntity(m)), policies: { staticPolicies: {} }, schema: CEDAR_SCHEMA, validateRequest: true });
    return answer.type === 'success' ? 'ok' : answer.errors.map((e) => e.message).join('; ');
  };
  fc.assert(
    fc.property(scenario, ({ models, requests }) => {
      for (const r of requests) assert.equal(check({ ...r, model: models[0] as string }, asModels(models)[0] as ModelConfig), 'ok');
    }),
    { numRuns: 30 },
  );
  const sample = { principal: { id: 'user:a', kind: 'user' as const }, roles: ['nurse'], model: 'm1', purpose: 'NOT-A-CODE', patient: 'p-1', onCareTeam: true, breakGlass: false };
  assert.notEqual(check(sample, asModels(['m1'])[0] as ModelConfig), 'ok', 'the check can fail');
});
