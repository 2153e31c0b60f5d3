// Which models a caller can see and how a refused vendor is told. A model no request of this caller could
// reach now (its PHI-only vendor's BAA is missing, not started or expired; or every request the caller's
// roles allow is held to de-identified vendors and the vendor takes PHI only) is not listed by GET
// /v1/models and is answered exactly as a model that does not exist, while the audit event keeps
// PHIGATE_VENDOR_NOT_ALLOWED and the log line the vendor and the BAA's state. A model the caller can use,
// but not with this request, stays 403 PHIGATE_VENDOR_NOT_ALLOWED, saying what to change.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import OpenAI from 'openai';
import { issueApiKey } from '../../src/access/index.js';
import { BAA_END, T0, type TestGateway, startTestGateway } from './harness.js';

const PATIENT = { 'X-Phigate-Patient': 'pt-1001' };
let gw: TestGateway;
let researcher: string;

before(async () => {
  const vendor = (id: string, dataClasses: string): string => `  ${id}:
    baseUrl: {upstream}
    allowInsecureLoopback: true
    region: us
    dataClasses: [${dataClasses}]
    baa: { signed: true, start: 2026-09-01, services: [chat] }
`;
  gw = await startTestGateway({
    more: {
      vendors: vendor('future', 'phi') + vendor('future-mixed', 'phi, deidentified'),
      models: '  - { id: gpt-future, vendor: future }\n  - { id: gpt-future-mixed, vendor: future-mixed }\n',
      // May use a PHI-only model, but never with a patient: every request of theirs is held to de-identified vendors.
      roles: '    researcher: { models: [gpt-deid, gpt-phi], purposes: [HOPERAT], patients: none }\n',
    },
  });
  researcher = (await issueApiKey(gw.store.apiKeys, { tenant: 'clinic-a', principal: 'user:researcher-1', kind: 'user', roles: ['researcher'] })).key;
});
after(async () => {
  await gw?.close();
});

interface Answer {
  readonly status: number;
  readonly body: string;
  readonly requestId: string;
}

async function ask(key: string, model: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${gw.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
    body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hello' }] }),
  });
  return { status: res.status, body: await res.text(), requestId: res.headers.get('x-request-id') ?? '' };
}

async function listed(key: string): Promise<string[]> {
  const client = new OpenAI({ apiKey: key, baseURL: `${gw.url}/v1`, maxRetries: 0 });
  return (await client.models.list()).data.map((m) => m.id).sort();
}

const logLine = (requestId: string): Record<string, unknown> | undefined =>
  gw.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l['requestId'] === requestId);

/** Answered byte for byte as a model that does not exist; the audit event and the log keep the vendor refusal. */
async function assertHidden(key: string, model: string, vendor: string, baa: string, headers: Record<string, string> = {}): Promise<void> {
  const before = gw.upstream.requests.length;
  const unknown = await ask(key, 'gpt-nonexistent', headers);
  const hidden = await ask(key, model, headers);
  assert.equal(unknown.status, 404);
  assert.deepEqual([hidden.status, hidden.body], [unknown.status, unknown.body], `${model}: the same status and body as an unknown model`);
  assert.ok(!hidden.body.includes(model) && !hidden.body.includes(vendor) && !hidden.body.includes('BAA'), 'nothing of the config');
  assert.equal(gw.upstream.requests.length, before, 'nothing reached the upstream');
  const ev = (await gw.auditEvents()).find((e) => e.requestId === hidden.requestId);
  assert.deepEqual([ev?.decision, ev?.reason, ev?.model, ev?.vendor], ['deny', 'PHIGATE_VENDOR_NOT_ALLOWED', model, vendor], 'the audit event keeps the real reason');
  const line = logLine(hidden.requestId);
  assert.deepEqual([line?.['status'], line?.['code'], line?.['reason'], line?.['model'], line?.['vendor'], line?.['baa']], [404, 'PHIGATE_UNKNOWN_MODEL', 'PHIGATE_VENDOR_NOT_ALLOWED', model, vendor, baa]);
  assert.ok(!JSON.stringify(line).includes('pt-1001'), 'no patient id in the log');
}

describe('a model whose PHI-only vendor has no active BAA', () => {
  test('is not listed, and is unknown to the caller: not started, none, expired', async () => {
    assert.deepEqual(await listed(gw.keys.clinician), ['embed-deid', 'gpt-deid', 'gpt-expiring', 'gpt-future-mixed', 'gpt-phi']);
    await assertHidden(gw.keys.clinician, 'gpt-future', 'future', 'not-started', PATIENT);
    await assertHidden(gw.keys.clinician, 'gpt-nobaa', 'nobaa', 'none', PATIENT);
    try {
      gw.setNow(new Date(BAA_END));
      assert.ok(!(await listed(gw.keys.clinician)).includes('gpt-expiring'), 'not listed from the instant the BAA ends');
      await assertHidden(gw.keys.clinician, 'gpt-expiring', 'expiring', 'expired', PATIENT);
    } finally {
      gw.setNow(T0);
    }
  });

  test('later checks (a bad purpose, no patient) do not tell it apart from an unknown model', async () => {
    await assertHidden(gw.keys.clinician, 'gpt-future', 'future', 'not-started', { 'X-Phigate-Purpose': 'NOT-A-PURPOSE' });
    await assertHidden(gw.keys.clinician, 'gpt-future', 'future', 'not-started');
  });

  test('once its BAA starts, it is listed and answers', async () => {
    try {
      gw.setNow(new Date('2026-09-01T00:00:00Z'));
      assert.ok((await listed(gw.keys.clinician)).includes('gpt-future'));
      assert.equal((await ask(gw.keys.clinician, 'gpt-future', PATIENT)).status, 200);
    } finally {
      gw.setNow(T0);
    }
  });

  test('a vendor taking de-identified text as well stays usable before its BAA starts, de-identified', async () => {
    const r = await ask(gw.keys.clinician, 'gpt-future-mixed', PATIENT);
    assert.equal(r.status, 200);
    assert.equal(logLine(r.requestId)?.['mode'], 'deidentified');
  });
});

describe('a PHI-only model for a role whose every request is held to de-identified vendors', () => {
  test('is not listed, and is unknown to that role; the audit event and log keep the vendor refusal', async () => {
    assert.deepEqual(await listed(researcher), ['gpt-deid']);
    await assertHidden(researcher, 'gpt-phi', 'phi', 'active', { 'X-Phigate-Purpose': 'HOPERAT' });
  });
});

describe('a usable model, but not with this request', () => {
  test('stays 403 PHIGATE_VENDOR_NOT_ALLOWED and says what to change; audited and logged with the BAA state', async () => {
    const before = gw.upstream.requests.length;
    const r = await ask(gw.keys.clinician, 'gpt-phi');
    assert.equal(r.status, 403);
    const { error } = JSON.parse(r.body) as { error: { code: string; message: string } };
    assert.equal(error.code, 'PHIGATE_VENDOR_NOT_ALLOWED');
    assert.equal(
      error.message,
      'Model gpt-phi takes only requests that name their patient; name the patient (X-Phigate-Patient header or metadata.patient_id), or use a model for de-identified text (GET /v1/models lists the models you may use)',
    );
    assert.equal(gw.upstream.requests.length, before);
    const ev = (await gw.auditEvents()).find((e) => e.requestId === r.requestId);
    assert.deepEqual([ev?.decision, ev?.reason, ev?.vendor], ['deny', 'PHIGATE_VENDOR_NOT_ALLOWED', 'phi']);
    const line = logLine(r.requestId);
    assert.deepEqual([line?.['code'], line?.['reason'], line?.['vendor'], line?.['baa']], ['PHIGATE_VENDOR_NOT_ALLOWED', undefined, 'phi', 'active']);
    assert.equal((await ask(gw.keys.clinician, 'gpt-phi', PATIENT)).status, 200, 'naming the patient, as told, it answers');
  });
});
