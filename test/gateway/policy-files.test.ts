// Cedar policy files in a running gateway: a forbid refuses with its own code and message (audited,
// never reaching the upstream); one that leaves a caller no request on a model drops it from their GET
// /v1/models and makes it as unknown to them as a model that does not exist; a permit adds a role the
// config does not know; the compiled roles keep working beside them. And `phigate serve` refuses to
// start on a policy file with an error, naming file:line:col.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import OpenAI from 'openai';
import { issueApiKey } from '../../src/access/index.js';
import { adminCall, adminKeys } from '../admin/client.js';
import { runPhigate } from '../cli/run-phigate.js';
import { type TestGateway, startTestGateway } from './harness.js';

const FORBID = `// Clinicians do not use the EU vendor.
@id("clinicians-not-eu")
@code("PHIGATE_MODEL_NOT_ALLOWED")
@message("Clinicians may not use gpt-expiring (EU region); pick another model from GET /v1/models")
forbid (principal in Role::"clinician", action == Action::"invoke", resource == Model::"gpt-expiring");
`;
const NO_ETREAT = `// gpt-phi is not for emergency treatment (a condition on the request: the model stays listed).
@id("no-etreat-phi")
@code("PHIGATE_FORBIDDEN_PURPOSE")
@message("gpt-phi may not be used for emergency treatment in this test; use TREAT")
forbid (principal, action == Action::"invoke", resource == Model::"gpt-phi")
when { context.purpose == Purpose::"ETREAT" };
`;
const PERMIT = `// Researchers: de-identified model, research purpose, never about a named patient.
@id("researchers-deid")
permit (principal in Role::"researcher", action == Action::"invoke", resource == Model::"gpt-deid")
when { context.purpose == Purpose::"HRESCH" && !(context has patient) };
`;

describe('policy files in a running gateway', () => {
  let gw: TestGateway;
  let researcher: string;
  before(async () => {
    gw = await startTestGateway({ admin: true, policies: { 'clinicians.cedar': FORBID, 'no-etreat.cedar': NO_ETREAT, 'research.cedar': PERMIT } });
    researcher = (await issueApiKey(gw.store.apiKeys, { tenant: gw.config.server.tenant, principal: 'user:res-1', kind: 'user', roles: ['researcher'] })).key;
  });
  after(async () => {
    await gw?.close();
  });

  async function chat(key: string, model: string, headers: Record<string, string> = {}): Promise<{ status: number; code: string; message: string; requestId: string }> {
    const res = await fetch(`${gw.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
      body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hello' }] }),
    });
    const json = (await res.json()) as { error?: { code: string; message: string } };
    return { status: res.status, code: json.error?.code ?? '', message: json.error?.message ?? '', requestId: res.headers.get('x-request-id') ?? '' };
  }

  test('a forbid refuses with its code and message, audited, without reaching the upstream', async () => {
    const before = gw.upstream.requests.length;
    const r = await chat(gw.keys.clinician, 'gpt-phi', { 'X-Phigate-Patient': 'pt-1001', 'X-Phigate-Purpose': 'ETREAT' });
    assert.equal(r.status, 403);
    assert.equal(r.code, 'PHIGATE_FORBIDDEN_PURPOSE');
    assert.equal(r.message, 'gpt-phi may not be used for emergency treatment in this test; use TREAT');
    assert.equal(gw.upstream.requests.length, before);
    const ev = (await gw.auditEvents()).find((e) => e.requestId === r.requestId);
    assert.equal(ev?.decision, 'deny');
    assert.equal(ev?.reason, 'PHIGATE_FORBIDDEN_PURPOSE');
  });

  test('a forbid that leaves the caller no request on a model makes it unknown to them; the audit event keeps the reason', async () => {
    const before = gw.upstream.requests.length;
    const r = await chat(gw.keys.clinician, 'gpt-expiring', { 'X-Phigate-Patient': 'pt-1001' });
    const unknown = await chat(gw.keys.clinician, 'gpt-nowhere', { 'X-Phigate-Patient': 'pt-1001' });
    assert.deepEqual([r.status, r.code, r.message], [unknown.status, unknown.code, unknown.message]);
    assert.deepEqual([r.status, r.code], [404, 'PHIGATE_UNKNOWN_MODEL']);
    assert.ok(!r.message.includes('gpt-expiring') && !r.message.includes('EU region'), 'neither the model nor the forbid is named');
    assert.equal(gw.upstream.requests.length, before);
    const ev = (await gw.auditEvents()).find((e) => e.requestId === r.requestId);
    assert.equal(ev?.decision, 'deny');
    assert.equal(ev?.reason, 'PHIGATE_MODEL_NOT_ALLOWED');
    assert.equal(ev?.model, 'gpt-expiring');
  });

  test('the admin API issues keys for a role only a policy file names, and still refuses a mistyped one', async () => {
    const { admin } = await adminKeys(gw);
    const made = await adminCall(gw, 'POST', '/api-keys', { key: admin, body: { principal: 'user:res-2', roles: ['researcher'] } });
    assert.equal(made.status, 201, made.text);
    const key = made.json<{ key: string }>().key;
    const ok = await chat(key, 'gpt-deid', { 'X-Phigate-Purpose': 'HRESCH' });
    assert.equal(ok.status, 200, `${ok.code}: the new key works under the policy file's permit`);
    const typo = await adminCall(gw, 'POST', '/api-keys', { key: admin, body: { principal: 'user:res-3', roles: ['reseacher'] } });
    assert.equal(typo.status, 400);
    assert.match(typo.message, /roles\[0\] is not a role of this gateway: use one of .*researcher/);
  });

  test('the compiled roles still allow what they did', async () => {
    const r = await chat(gw.keys.clinician, 'gpt-phi', { 'X-Phigate-Patient': 'pt-1001' });
    assert.equal(r.status, 200);
    const ev = (await gw.auditEvents()).find((e) => e.requestId === r.requestId);
    assert.equal(ev?.decision, 'allow');
    assert.equal(ev?.reason, 'CARE_TEAM');
  });

  test('GET /v1/models agrees: the forbidden model is not listed', async () => {
    const client = new OpenAI({ apiKey: gw.keys.clinician, baseURL: `${gw.url}/v1`, maxRetries: 0 });
    const ids = (await client.models.list()).data.map((m) => m.id);
    assert.ok(ids.includes('gpt-phi') && ids.includes('gpt-deid'));
    assert.ok(!ids.includes('gpt-expiring'));
    const forResearcher = new OpenAI({ apiKey: researcher, baseURL: `${gw.url}/v1`, maxRetries: 0 });
    assert.deepEqual((await forResearcher.models.list()).data.map((m) => m.id), ['gpt-deid']);
  });

  test('a permit adds a role: researchers reach the de-identified model for research, nothing else', async () => {
    const before = gw.upstream.requests.length;
    const ok = await chat(researcher, 'gpt-deid', { 'X-Phigate-Purpose': 'HRESCH' });
    assert.equal(ok.status, 200);
    assert.equal(gw.upstream.requests.length, before + 1);
    const ev = (await gw.auditEvents()).find((e) => e.requestId === ok.requestId);
    assert.equal(ev?.reason, 'NO_PATIENT');
    assert.equal(ev?.purpose, 'HRESCH');
    assert.equal((await chat(researcher, 'gpt-deid')).code, 'PHIGATE_FORBIDDEN', 'the default purpose TREAT is not permitted');
    assert.equal((await chat(researcher, 'gpt-deid', { 'X-Phigate-Purpose': 'HRESCH', 'X-Phigate-Patient': 'pt-1001' })).status, 403);
  });
});

test('phigate serve stops start-up on a policy file with an error, naming file:line:col', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-cedar-'));
  try {
    const config = join(dir, 'phigate.yaml');
    writeFileSync(
      config,
      'vendors:\n  local: { baseUrl: "http://127.0.0.1:9/v1", allowInsecureLoopback: true, region: onprem, dataClasses: [deidentified] }\n' +
        'models:\n  - { id: local-chat, vendor: local }\naccess:\n  roles:\n    nurse: { models: ["*"], purposes: [TREAT], patients: care-team }\n  policies: [bad.cedar]\n',
    );
    writeFileSync(join(dir, 'bad.cedar'), '@id("ok")\nforbid (principal, action, resource)\n  when { resource.regoin == "eu" };\n');
    const r = await runPhigate(['serve', '--home', join(dir, 'home'), '--config', config, '--insecure-http']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /bad\.cedar:3:10: attribute `regoin` on entity type `Model` not found/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
