// Cedar policy files beside the compiled roles: a forbid wins over every permit and refuses with its
// @code/@message, a permit can add a role the config does not know, a file reading the care team makes
// the gateway look it up, and a file with an error stops start-up naming file:line:col.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AccessConfig, ModelConfig } from '../../config/index.js';
import { loadConfig } from '../../config/index.js';
import { PhigateError } from '../../errors.js';
import type { AccessRequest } from '../policy.js';
import { createAccessPolicy } from './index.js';

const DIR = '/etc/phigate';
const models: ModelConfig[] = [
  { id: 'gpt-deid', vendor: 'local', upstream: 'llama', service: 'chat', tier: null },
  { id: 'gpt-phi', vendor: 'azure', upstream: 'gpt-4o', service: 'chat', tier: null },
  { id: 'embed', vendor: 'local', upstream: 'nomic', service: 'embeddings', tier: null },
];
const access: AccessConfig = {
  defaultPurpose: 'TREAT',
  oidc: null,
  noPatient: 'deidentified-only',
  policies: [],
  roles: {
    clinician: { models: ['*'], purposes: ['TREAT', 'ETREAT'], patients: 'care-team', breakGlass: true },
    nurse: { models: ['*'], purposes: ['TREAT'], patients: 'care-team', breakGlass: false },
  },
};

function withFiles(files: Record<string, string>, over: Partial<AccessConfig> = {}): ReturnType<typeof createAccessPolicy> {
  const policies = Object.entries(files).map(([name, text]) => ({ file: `${DIR}/${name}`, text }));
  return createAccessPolicy({ access: { ...access, ...over, policies }, models });
}

const req = (over: Partial<AccessRequest> = {}): AccessRequest => ({
  principal: { id: 'user:n-1', kind: 'user' },
  roles: ['nurse'],
  model: 'gpt-phi',
  purpose: 'TREAT',
  patient: 'p-1',
  onCareTeam: true,
  breakGlass: false,
  ...over,
});

/** The PHIGATE_BAD_CONFIG message start-up fails with. */
function startUpError(files: Record<string, string>): string {
  try {
    withFiles(files);
  } catch (err) {
    assert.ok(err instanceof PhigateError && err.code === 'PHIGATE_BAD_CONFIG', String(err));
    return err.message;
  }
  assert.fail('start-up should have failed');
}

describe('policy files', () => {
  const forbidPhiForNurses = `// Nurses work only through the de-identified model.
@id("nurses-no-phi-model")
@code("PHIGATE_MODEL_NOT_ALLOWED")
@message("Nurses may use only de-identified models; GET /v1/models lists them")
forbid (principal in Role::"nurse", action == Action::"invoke", resource == Model::"gpt-phi");
`;

  test('a forbid blocks a model for a role, with its code and message, and the listing agrees', () => {
    const p = withFiles({ 'nurses.cedar': forbidPhiForNurses });
    assert.deepEqual(p.decide(req()), { allow: false, code: 'PHIGATE_MODEL_NOT_ALLOWED', message: 'Nurses may use only de-identified models; GET /v1/models lists them' });
    assert.equal(p.decide(req({ model: 'gpt-deid' })).allow, true, 'other models stay allowed');
    assert.equal(p.decide(req({ roles: ['clinician'] })).allow, true, 'other roles are not touched');
    assert.deepEqual(p.allowedModels({ id: 'user:n-1', kind: 'user', roles: ['nurse'] }, ['gpt-deid', 'gpt-phi', 'embed']), ['gpt-deid', 'embed']);
  });

  test('a forbid wins over every permit; without @code it refuses with PHIGATE_FORBIDDEN naming the policy', () => {
    const p = withFiles({
      'glass.cedar': `@id("no-service-break-glass")\nforbid (principal, action, resource) when { principal.kind == "service" && context.breakGlass };`,
      'phi-vendor.cedar': `@id("no-azure-for-analytics")\n@code("PHIGATE_FORBIDDEN_PURPOSE")\nforbid (principal, action, resource) when { resource.vendor == "azure" && context.purpose == Purpose::"HOPERAT" };`,
    });
    const glass = req({ roles: ['clinician'], principal: { id: 'svc:bot', kind: 'service' }, onCareTeam: false, breakGlass: true, purpose: 'ETREAT' });
    assert.deepEqual(p.decide(glass), { allow: false, code: 'PHIGATE_FORBIDDEN', message: 'The gateway policy "no-service-break-glass" forbids this request' });
    assert.equal(p.decide({ ...glass, principal: { id: 'user:dr-a', kind: 'user' } }).allow, true, 'a person may still break the glass');
    const analytics = createAccessPolicy({
      access: { ...access, roles: { ops: { models: ['*'], purposes: ['HOPERAT'], patients: 'any', breakGlass: false } }, policies: [{ file: `${DIR}/v.cedar`, text: `@code("PHIGATE_FORBIDDEN_PURPOSE")\nforbid (principal, action, resource) when { resource.vendor == "azure" && context.purpose == Purpose::"HOPERAT" };` }] },
      models,
    });
    const refused = analytics.decide(req({ roles: ['ops'], purpose: 'HOPERAT' }));
    assert.ok(!refused.allow && refused.code === 'PHIGATE_FORBIDDEN_PURPOSE' && refused.message.includes('purpose HOPERAT'), 'a @code without @message gets that code\'s usual message');
    assert.equal(analytics.decide(req({ roles: ['ops'], purpose: 'HOPERAT', model: 'gpt-deid' })).allow, true);
  });

  test('a permit adds a role the config does not know', () => {
    const p = withFiles({
      'research.cedar': `@id("researchers-deid")\npermit (principal in Role::"researcher", action == Action::"invoke", resource == Model::"gpt-deid")\nwhen { context.purpose == Purpose::"HRESCH" && !(context has patient) };`,
    });
    const r = { roles: ['researcher'], model: 'gpt-deid', purpose: 'HRESCH', patient: null, onCareTeam: null };
    assert.deepEqual(p.decide(req(r)), { allow: true, reason: 'NO_PATIENT', deidentifiedOnly: true, breakGlass: false });
    assert.equal(p.decide(req({ ...r, model: 'gpt-phi' })).allow, false);
    assert.equal(p.decide(req({ ...r, purpose: 'TREAT' })).allow, false);
    assert.deepEqual(p.allowedModels({ id: 'user:r-1', kind: 'user', roles: ['researcher'] }, ['gpt-deid', 'gpt-phi']), ['gpt-deid']);
    assert.deepEqual(p.roles, ['clinician', 'nurse', 'researcher'], 'the roles any policy names, for whoever issues keys');
  });

  test('a permit naming a patient: its @reason is audited; without one the reason follows the request', () => {
    const p = withFiles({
      'ward.cedar': `@reason("ANY_PATIENT")\npermit (principal in Role::"ward-clerk", action, resource == Model::"gpt-deid") when { context has patient };\n\npermit (principal in Role::"on-call", action, resource) when { context has patient && context.breakGlass };`,
    });
    const clerk = p.decide(req({ roles: ['ward-clerk'], model: 'gpt-deid', onCareTeam: null }));
    assert.ok(clerk.allow && clerk.reason === 'ANY_PATIENT' && !clerk.deidentifiedOnly);
    const onCall = p.decide(req({ roles: ['on-call'], onCareTeam: false, breakGlass: true, purpose: 'ETREAT' }));
    assert.ok(onCall.allow && onCall.reason === 'BREAK_GLASS' && onCall.breakGlass, 'break-glass allowed by a file is still flagged');
  });

  test('a file reading onCareTeam makes the care team looked up for every role; without one only care-team roles need it', () => {
    const plain = withFiles({ 'nurses.cedar': forbidPhiForNurses });
    const reads = withFiles({ 'team.cedar': `forbid (principal, action, resource) when { context has patient && !context.onCareTeam && !context.breakGlass };` });
    const other = req({ roles: ['visitor'] });
    assert.equal(plain.needsCareTeam(other), false);
    assert.equal(reads.needsCareTeam(other), true);
    assert.equal(reads.needsCareTeam({ ...other, patient: null }), false, 'no patient, no relation');
  });

  test('policies are read in file and text order: the first forbid that applies speaks', () => {
    const many = Array.from({ length: 12 }, (_, i) => `@message("rule number ${i + 1} applies")\nforbid (principal, action, resource) when { context.purpose == Purpose::"${i < 11 ? 'CLINTRL' : 'TREAT'}" };`).join('\n');
    const p = withFiles({ 'many.cedar': many });
    const d = p.decide(req());
    assert.deepEqual(d, { allow: false, code: 'PHIGATE_FORBIDDEN', message: 'rule number 12 applies' });
    assert.deepEqual(
      p.policies.filter((x) => x.effect === 'forbid').map((x) => x.origin),
      Array.from({ length: 12 }, (_, i) => `${DIR}/many.cedar:${2 * i + 1}:1`),
    );
  });

  test('files are read by loadConfig, relative to the config file', () => {
    const files = new Map([
      ['/srv/phigate.yaml', 'models: []\naccess:\n  roles:\n    nurse: { models: ["*"], purposes: [TREAT], patients: care-team }\n  policies: [policies/nurses.cedar]\n'],
      ['/srv/policies/nurses.cedar', forbidPhiForNurses],
    ]);
    const config = loadConfig('/srv/phigate.yaml', { readFile: (p) => new TextEncoder().encode(files.get(p) ?? ''), env: {} });
    assert.deepEqual(config.access.policies, [{ file: '/srv/policies/nurses.cedar', text: forbidPhiForNurses }]);
    const p = createAccessPolicy({ access: config.access, models });
    assert.equal(p.policies.at(-1)?.id, 'nurses-no-phi-model');
  });
});

describe('a policy file with an error stops start-up, naming file:line:col', () => {
  test('syntax error', () => {
    const msg = startUpError({ 'bad.cedar': `// héllo, ünïcode before the error\npermit (principal, action, resource)\n  when { context.purpose == };\n` });
    assert.match(msg, /^\/etc\/phigate\/bad\.cedar:3:29: .*unexpected token `}`/);
  });

  test('schema violations: unknown attribute, unknown purpose code, optional attribute without has', () => {
    const msg = startUpError({
      'schema.cedar': [
        'forbid (principal, action, resource)',
        '  when { resource.vendr == "azure" };',
        'permit (principal, action, resource) when { context.purpose == Purpose::"TRAET" };',
        'permit (principal, action, resource) when { context.patient == Patient::"p-1" };',
      ].join('\n'),
    });
    const lines = msg.split('\n');
    assert.equal(lines.length, 3, msg);
    assert.match(lines[0] as string, /^\/etc\/phigate\/schema\.cedar:2:10: attribute `vendr` on entity type `Model` not found \(did you mean `vendor`\?\)$/);
    assert.match(lines[1] as string, /^\/etc\/phigate\/schema\.cedar:3:64: .*"TRAET".*valid entity eids/);
    assert.match(lines[2] as string, /^\/etc\/phigate\/schema\.cedar:4:45: .*optional attribute `patient`/);
  });

  test('every file is checked; problems of all files are listed', () => {
    const msg = startUpError({ 'a.cedar': 'permit (principal, action, resource) when { nope };', 'b.cedar': '\n\nforbid (principal, action, resource) when { resource.tier == "x" };' });
    assert.match(msg, /^\/etc\/phigate\/a\.cedar:1:\d+: /m);
    assert.match(msg, /^\/etc\/phigate\/b\.cedar:3:\d+: attribute `tier`/m);
  });

  test('the annotations the gateway reads must make sense', () => {
    const msg = startUpError({
      'notes.cedar': [
        '@code("PHIGATE_FORBIDDEN")\npermit (principal, action, resource);',
        '@reason("BECAUSE")\npermit (principal, action, resource);',
        '@code("PHIGATE_NOPE")\nforbid (principal, action, resource);',
        '@message("no")\nforbid (principal, action, resource);',
      ].join('\n'),
    });
    assert.deepEqual(
      msg.split('\n').map((l) => l.replace(/: .*/, '')),
      ['/etc/phigate/notes.cedar:1:1', '/etc/phigate/notes.cedar:3:1', '/etc/phigate/notes.cedar:5:1', '/etc/phigate/notes.cedar:7:1'],
    );
    assert.match(msg, /@code belongs on a forbid and is one of PHIGATE_FORBIDDEN, /);
    assert.match(msg, /@reason belongs on a permit and is one of NO_PATIENT, ANY_PATIENT, CARE_TEAM, BREAK_GLASS/);
  });

  test('duplicate ids, a compiled role id reused, and templates are refused', () => {
    const dup = startUpError({ 'a.cedar': '@id("x")\nforbid (principal, action, resource);\n@id("x")\nforbid (principal, action, resource);\n@id("role:nurse:care-team")\nforbid (principal, action, resource);' });
    assert.match(dup, /a\.cedar:3:1: policy id "x" is already used \(\/etc\/phigate\/a\.cedar:1:1\)/);
    assert.match(dup, /a\.cedar:5:1: policy id "role:nurse:care-team" is already used \(access\.roles\)/);
    const template = startUpError({ 't.cedar': 'forbid (principal, action, resource);\npermit (principal == ?principal, action, resource);' });
    assert.match(template, /^\/etc\/phigate\/t\.cedar:2:1: templates \(\?principal, \?resource\) are not supported/);
  });

  test('a file that was never read fails closed', () => {
    assert.throws(
      () => createAccessPolicy({ access: { ...access, policies: [{ file: `${DIR}/x.cedar`, text: null }] }, models }),
      (err: unknown) => err instanceof PhigateError && err.code === 'PHIGATE_BAD_CONFIG' && err.message.includes('x.cedar was not read'),
    );
  });
});

test('decisions are cached per request: the same question gets the same (frozen) answer, any changed field is asked again', () => {
  const policy = withFiles({});
  const first = policy.decide(req());
  assert.equal(first.allow, true);
  assert.equal(policy.decide(req()), first, 'the same request is answered from the cache');
  assert.ok(Object.isFrozen(first));
  const off = policy.decide(req({ onCareTeam: false }));
  assert.equal(off.allow, false, 'a changed care-team relation is a new question');
  assert.equal(policy.decide(req({ patient: 'p-2', onCareTeam: false })).allow, false);
  assert.equal(policy.decide(req({ model: 'gpt-deid' })).allow, true);
  assert.equal(policy.decide(req({ roles: ['auditor'] })).allow, false, 'other roles are a new question');
});
