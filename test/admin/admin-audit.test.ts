// The admin API's audit endpoints over HTTP on a real gateway whose audit log lives in the store:
// checkpoints verify with the log's key; inclusion and consistency proofs verify with the audit
// library's verifier against signed checkpoints; search, disclosures and the SIEM export give what the
// `phigate audit` CLI prints for the same store; bad numbers and parameters are 400s that say what to
// change; patient ids reach the audit log only as keyed hashes.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import OpenAI from 'openai';
import {
  createPatientHasher,
  exportLog,
  openCheckpoint,
  parseVerifierKey,
  rfc9162,
  toSiemLine,
  verifyConsistency,
  verifyInclusion,
  type AuditEvent,
  type Checkpoint,
} from '../../src/audit/index.js';
import { runPhigate } from '../cli/run-phigate.js';
import { TEST_DATABASE_URL } from '../store/harness.js';
import { type TestGateway, startTestGateway } from '../gateway/harness.js';
import { type AdminAnswer, adminCall, adminKeys } from './client.js';

let gw: TestGateway;
let keys: Awaited<ReturnType<typeof adminKeys>>;
let dir: string;
const PATIENT = 'pt-1001';
const CANARY_PATIENT = 'canary-pt-ZZ91';

async function traffic(n: number): Promise<void> {
  const client = new OpenAI({ apiKey: gw.keys.clinician, baseURL: `${gw.url}/v1`, maxRetries: 0 });
  for (let i = 0; i < n; i++) {
    // Disclosures (a PHI vendor, the patient named), de-identified calls and a refusal.
    await client.chat.completions.create({ model: 'gpt-phi', messages: [{ role: 'user', content: `Note ${i} for Dr. Okafor` }] }, { headers: { 'X-Phigate-Patient': PATIENT } });
    await client.chat.completions.create({ model: 'gpt-deid', messages: [{ role: 'user', content: 'Hello' }] });
    await client.chat.completions.create({ model: 'gpt-phi', messages: [{ role: 'user', content: 'x' }] }, { headers: { 'X-Phigate-Patient': 'pt-2002' } }).catch(() => undefined);
  }
}

before(async () => {
  gw = await startTestGateway({ admin: true });
  keys = await adminKeys(gw);
  dir = mkdtempSync(join(tmpdir(), 'phigate-admin-audit-'));
  await traffic(3);
});
after(async () => {
  await gw?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, key: string | null = keys.auditor, headers?: Record<string, string>): Promise<AdminAnswer> => adminCall(gw, 'GET', path, { key, ...(headers ? { headers } : {}) });
const publish = (key = keys.auditor): Promise<AdminAnswer> => adminCall(gw, 'POST', '/audit/checkpoint', { key });

function opened(note: string): Checkpoint {
  return openCheckpoint(note, [parseVerifierKey(gw.verifierKey)], 'test/phigate').checkpoint;
}

/** The log exported as `phigate audit export` writes it, for the CLI to read. */
async function exported(): Promise<string[]> {
  await exportLog(gw.auditLog, join(dir, 'export'), { verifierKeys: [gw.verifierKey] });
  return ['--export', join(dir, 'export')];
}

/** A 32-byte hash from the API's hex; the test fails on anything else. */
function hex(text: string): Buffer {
  assert.match(text, /^[0-9a-f]{64}$/);
  return Buffer.from(text, 'hex');
}

async function eventOf(r: AdminAnswer): Promise<AuditEvent> {
  const ev = (await gw.auditEvents()).find((e) => e.requestId === r.requestId);
  assert.ok(ev, 'audited');
  return ev;
}

describe('checkpoints and proofs', () => {
  let first: Checkpoint;

  test('no checkpoint yet is a 404 that says how to publish one', async () => {
    const r = await get('/audit/checkpoint');
    assert.equal(r.status, 404);
    assert.equal(r.code, 'PHIGATE_NOT_FOUND');
    assert.match(r.message, /POST \/admin\/v1\/audit\/checkpoint/);
  });

  test('publish on demand, then read it back: a C2SP note signed by the log key', async () => {
    const size = await gw.auditLog.size();
    const p = await publish();
    assert.equal(p.status, 201, p.text);
    assert.match(p.contentType, /^text\/plain/);
    first = opened(p.text);
    assert.equal(first.size, size);
    const r = await get('/audit/checkpoint', keys.compliance);
    assert.equal(r.text, p.text);
    assert.equal((await eventOf(p)).action, 'admin.audit.checkpoint.publish');
    assert.equal((await publish(keys.admin)).status, 201, 'admins may publish too (it adds no entries)');
  });

  test('inclusion proofs verify against the signed checkpoint, for the first, a middle and the last entry', async () => {
    const cp = opened((await get('/audit/checkpoint')).text);
    for (const index of [0, Math.floor(cp.size / 2), cp.size - 1]) {
      const r = await get(`/audit/proofs/inclusion?index=${index}&size=${cp.size}`);
      assert.equal(r.status, 200, r.text);
      const p = r.json<{ type: string; index: number; size: number; leafHash: string; root: string; hashes: string[] }>();
      assert.deepEqual([p.type, p.index, p.size], ['inclusion', index, cp.size]);
      const [own] = await gw.auditLog.read(index, index + 1);
      assert.deepEqual(hex(p.leafHash), own?.leafHash, 'the leaf hash is the entry in the log');
      verifyInclusion(rfc9162, index, cp.size, hex(p.leafHash), p.hashes.map(hex), cp.root);
      assert.throws(() => verifyInclusion(rfc9162, index, cp.size, hex(p.leafHash), p.hashes.map(hex), Buffer.alloc(32)));
    }
    const dflt = (await get('/audit/proofs/inclusion?index=1')).json<{ size: number }>();
    assert.equal(dflt.size, cp.size, 'size defaults to the latest signed checkpoint (as the CLI)');
  });

  test('a consistency proof links two signed checkpoints', async () => {
    await traffic(2);
    const second = opened((await publish()).text);
    assert.ok(second.size > first.size);
    const r = await get(`/audit/proofs/consistency?from=${first.size}&to=${second.size}`);
    assert.equal(r.status, 200, r.text);
    const p = r.json<{ size1: number; size2: number; root1: string; root2: string; hashes: string[] }>();
    assert.deepEqual([p.size1, p.size2, p.root1, p.root2], [first.size, second.size, Buffer.from(first.root).toString('hex'), Buffer.from(second.root).toString('hex')]);
    verifyConsistency(rfc9162, first.size, second.size, p.hashes.map(hex), first.root, second.root);
    assert.throws(() => verifyConsistency(rfc9162, first.size, second.size, p.hashes.map(hex), second.root, first.root));
  });

  const bad: Array<[string, RegExp]> = [
    ['/audit/proofs/inclusion', /Query parameter index is required/],
    ['/audit/proofs/inclusion?index=abc', /Query parameter index must be a non-negative integer/],
    ['/audit/proofs/inclusion?index=-1', /Query parameter index must be a non-negative integer/],
    ['/audit/proofs/inclusion?index=1&index=2', /Query parameter index is given more than once/],
    ['/audit/proofs/inclusion?index=5&size=3', /Entry index 5 is not within a tree of size 3/],
    ['/audit/proofs/inclusion?index=0&size=99999999', /Tree size 99999999 is beyond the log/],
    ['/audit/proofs/inclusion?index=0&leaf=1', /unknown query parameter; this endpoint takes index, size/],
    ['/audit/proofs/consistency?from=9&to=3', /Consistency needs 0 <= size1 <= size2/],
    ['/audit/search?limit=0', /Query parameter limit must be an integer from 1 to 1000/],
    ['/audit/search?since=yesterday', /Query parameter since must be a date such as 2026-03-01/],
    ['/audit/search?action=chat%20completion', /Query parameter action must be a code/],
    ['/audit/search?patientRef=abc', /Query parameter patientRef must be 64 lowercase hex digits/],
    ['/audit/disclosures', /Name the patient/],
    ['/audit/disclosures?patient=pt-1&format=pdf', /Query parameter format must be one of text, json, csv/],
    [`/audit/disclosures?patient=${encodeURIComponent('Jane Roe')}`, /Query parameter patient must be 1-128 of/],
    ['/audit/export?from=x', /Query parameter from must be a non-negative integer/],
  ];
  for (const [path, message] of bad) {
    test(`400 for ${path}`, async () => {
      const r = await get(path);
      assert.equal(r.status, 400, r.text);
      assert.equal(r.code, 'PHIGATE_BAD_INPUT');
      assert.match(r.message, message);
      assert.ok(!/abc|yesterday|Jane|pdf/.test(r.message), 'the message does not echo the value');
      const ev = await eventOf(r);
      assert.deepEqual([ev.decision, ev.reason], ['deny', 'PHIGATE_BAD_INPUT']);
    });
  }
});

describe('search, disclosures and export', () => {
  test('search by actor, action and patient (id, header or keyed hash), with paging', async () => {
    const ref = createPatientHasher(gw.patientKey)(PATIENT);
    const byId = (await get(`/audit/search?patient=${PATIENT}&action=chat.completion&actor=user:dr-lee`)).json<{ data: Array<{ seq: number; event: AuditEvent }>; hasMore: boolean }>();
    assert.equal(byId.data.length, 5);
    assert.ok(byId.data.every((h) => h.event.patient === ref && h.event.actor.id === 'user:dr-lee'));
    const byHeader = await get('/audit/search?action=chat.completion', keys.auditor, { 'X-Phigate-Patient': PATIENT });
    assert.deepEqual(byHeader.json(), byId);
    const byRef = await get(`/audit/search?patientRef=${ref}&action=chat.completion`);
    assert.deepEqual(byRef.json(), byId);
    assert.equal((await eventOf(byRef)).patient, ref, 'the search itself is audited with the patient hash');

    const page1 = (await get('/audit/search?vendor=phi&limit=2')).json<{ data: Array<{ seq: number }>; hasMore: boolean }>();
    assert.equal(page1.data.length, 2);
    assert.equal(page1.hasMore, true);
    const page2 = (await get(`/audit/search?vendor=phi&limit=2&after=${page1.data[1]?.seq}`)).json<{ data: Array<{ seq: number }> }>();
    assert.ok((page2.data[0]?.seq ?? 0) > (page1.data[1]?.seq ?? 0));
    const twice = await get('/audit/search?patient=pt-1', keys.auditor, { 'X-Phigate-Patient': 'pt-1' });
    assert.match(twice.message, /Name the patient once/);
  });

  test('disclosures and search match what the CLI prints for the same log', async () => {
    const keyFile = join(dir, 'patient.key');
    writeFileSync(keyFile, gw.patientKey.toString('hex'));
    // The CLI reads the live store on PostgreSQL; the embedded test store is in memory, so then an export.
    const source = gw.storeAt.engine === 'postgres' ? ['--database-url', TEST_DATABASE_URL, '--schema', gw.storeAt.schema, '--key-file', gw.storeAt.keyFile] : await exported();
    const period = ['--since', '2026-01-01', '--until', '2026-06-01'];
    for (const format of ['text', 'csv', 'json'] as const) {
      const cli = await runPhigate(['audit', 'disclosures', ...source, '--patient', '-', '--patient-key-file', keyFile, '--format', format, ...period], { input: `${PATIENT}\n` });
      assert.equal(cli.code, 0, cli.stderr);
      const api = await get(`/audit/disclosures?since=2026-01-01&until=2026-06-01&format=${format}`, keys.compliance, { 'X-Phigate-Patient': PATIENT });
      assert.equal(api.status, 200, api.text);
      if (format === 'json') {
        const strip = (t: string): { disclosures: unknown[]; generatedAt: null } => ({ ...(JSON.parse(t) as { disclosures: unknown[] }), generatedAt: null });
        const body = strip(api.text);
        assert.equal(body.disclosures.length, 5);
        assert.deepEqual(body, strip(cli.stdout));
      } else assert.equal(api.text, cli.stdout, `${format} as the CLI prints it`);
    }
    const cli = await runPhigate(['audit', 'search', ...source, '--vendor', 'phi', '--json']);
    const api = (await get('/audit/search?vendor=phi&limit=1000')).json<{ data: unknown[] }>();
    assert.deepEqual(api.data, cli.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown));
  });

  test('the SIEM export streams every entry as the CLI writes it', async () => {
    const size = await gw.auditLog.size();
    const r = await get('/audit/export');
    assert.equal(r.status, 200);
    assert.match(r.contentType, /^application\/x-ndjson/);
    const lines = r.text.trimEnd().split('\n');
    // The export's own event is written before the body starts, so the export ends with it.
    assert.equal(lines.length, size + 1);
    assert.deepEqual(lines, (await gw.auditLog.read(0, size + 1)).map(toSiemLine));
    const last = JSON.parse(lines.at(-1) as string) as { event: { action: string }; phigate: { request_id: string } };
    assert.deepEqual([last.event.action, last.phigate.request_id], ['admin.audit.export', r.requestId]);
    if (gw.storeAt.engine === 'postgres') {
      const cli = await runPhigate(['audit', 'siem', '--database-url', TEST_DATABASE_URL, '--schema', gw.storeAt.schema, '--key-file', gw.storeAt.keyFile]);
      assert.deepEqual(lines, cli.stdout.trimEnd().split('\n').slice(0, size + 1));
    }
    const tail = (await get(`/audit/export?from=${size - 2}`)).text.trimEnd().split('\n');
    assert.deepEqual(tail.slice(0, 3), lines.slice(-3));
  });

  test('unauthenticated and non-auditor exports are refused and audited', async () => {
    for (const [key, status] of [[null, 401], [gw.keys.clinician, 403], [keys.admin, 403]] as const) {
      const r = await get('/audit/export', key);
      assert.equal(r.status, status);
      const ev = await eventOf(r);
      assert.deepEqual([ev.action, ev.decision], ['admin.audit.export', 'deny']);
    }
  });

  test('a patient id asked about reaches the audit log and logs only as its keyed hash', async () => {
    const ref = createPatientHasher(gw.patientKey)(CANARY_PATIENT);
    const a = await get(`/audit/disclosures?patient=${CANARY_PATIENT}`);
    const b = await get('/audit/search', keys.auditor, { 'X-Phigate-Patient': CANARY_PATIENT });
    assert.equal((await eventOf(a)).patient, ref);
    assert.equal((await eventOf(b)).patient, ref);
    const events = JSON.stringify(await gw.auditEvents());
    for (const where of [events, gw.logs.join('\n')]) {
      assert.ok(!where.includes(CANARY_PATIENT) && !where.includes('ZZ91'));
      assert.ok(!where.includes(PATIENT), 'nor the ordinary patient id');
    }
  });
});
