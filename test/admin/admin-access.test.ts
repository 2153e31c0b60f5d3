// The admin API over HTTP on a real gateway: who may call it (API keys and OIDC tokens, admin roles,
// deny by default, every call audited), API keys (created keys work on /v1 and stop after revocation;
// listings never hold secrets), care teams (membership changes what /v1 allows for a patient), input
// errors with codes and messages that say what to change, and canaries that never reach audit or logs.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import OpenAI from 'openai';
import { issueApiKey } from '../../src/access/index.js';
import type { AuditEvent } from '../../src/audit/index.js';
import { runPhigate } from '../cli/run-phigate.js';
import { T0, type TestGateway, startTestGateway } from '../gateway/harness.js';
import { AUDIENCE, type TestOp, startOp } from '../gateway/oidc-op.js';
import { TEST_DATABASE_URL } from '../store/harness.js';
import { type AdminAnswer, adminCall, adminKeys } from './client.js';

// Canaries: a patient id, a key label and (below) every secret issued; none may show up in audit or logs.
const PATIENT = 'canary-pt-QX77';
const LABEL = 'Laptop of Quillon Vexbridge';
const secrets: string[] = [];

let op: TestOp;
let gw: TestGateway;
let keys: Awaited<ReturnType<typeof adminKeys>>;
before(async () => {
  op = await startOp();
  gw = await startTestGateway({ admin: true, oidcIssuer: op.issuer });
  keys = await adminKeys(gw);
});
after(async () => {
  await gw?.close();
  await op?.close();
});

const call = (method: string, path: string, key: string | null, more: { body?: unknown; raw?: string; contentType?: string } = {}): Promise<AdminAnswer> =>
  adminCall(gw, method, path, { key, ...more });

async function eventOf(r: AdminAnswer): Promise<AuditEvent> {
  const ev = (await gw.auditEvents()).find((e) => e.requestId === r.requestId);
  assert.ok(ev, `the call ${r.requestId} is audited`);
  return ev;
}

async function refused(r: AdminAnswer, status: number, code: string, action: string): Promise<void> {
  assert.equal(r.status, status, `${code}: ${r.text}`);
  assert.equal(r.code, code);
  assert.ok(r.message.length > 20, 'the message says what to change');
  const ev = await eventOf(r);
  assert.equal(ev.decision, 'deny');
  assert.equal(ev.reason, code);
  assert.equal(ev.action, action);
}

function client(key: string): OpenAI {
  return new OpenAI({ apiKey: key, baseURL: `${gw.url}/v1`, maxRetries: 0 });
}

const chatFor = (key: string, patient: string) =>
  client(key).chat.completions.create({ model: 'gpt-phi', messages: [{ role: 'user', content: 'Summarise the note' }] }, { headers: { 'X-Phigate-Patient': patient } });

describe('who may call', () => {
  test('no credentials: 401, audited as anonymous', async () => {
    const r = await call('GET', '/api-keys', null);
    await refused(r, 401, 'PHIGATE_UNAUTHENTICATED', 'admin.apikey.list');
    assert.equal((await eventOf(r)).actor.id, 'anonymous');
  });

  test('a key that is not valid: 401', async () => {
    await refused(await call('GET', '/audit/export', `phg_${'0'.repeat(16)}_${'a'.repeat(64)}`), 401, 'PHIGATE_BAD_CREDENTIALS', 'admin.audit.export');
  });

  test('a clinician (no admin role): 403 on every scope, audited with the caller', async () => {
    const r = await call('POST', '/api-keys', gw.keys.clinician, { body: { principal: 'user:x', roles: ['clinician'] } });
    await refused(r, 403, 'PHIGATE_FORBIDDEN', 'admin.apikey.create');
    assert.equal((await eventOf(r)).actor.id, 'user:dr-lee');
    await refused(await call('GET', `/care-team/${PATIENT}`, gw.keys.clinician), 403, 'PHIGATE_FORBIDDEN', 'admin.careteam.read');
    await refused(await call('GET', '/audit/search', gw.keys.analyst), 403, 'PHIGATE_FORBIDDEN', 'admin.audit.search');
  });

  test('separation of duties: auditors do not manage keys, admins do not read the audit log', async () => {
    await refused(await call('GET', '/api-keys', keys.auditor), 403, 'PHIGATE_FORBIDDEN', 'admin.apikey.list');
    await refused(await call('PUT', `/care-team/${PATIENT}/members/user:x`, keys.compliance), 403, 'PHIGATE_FORBIDDEN', 'admin.careteam.add');
    await refused(await call('GET', '/audit/search', keys.admin), 403, 'PHIGATE_FORBIDDEN', 'admin.audit.search');
    assert.equal((await call('GET', '/audit/search', keys.both)).status, 200, 'a key with both roles does both');
    assert.equal((await call('GET', '/api-keys', keys.both)).status, 200);
  });

  test('an allowed call is audited as allow with the granting role as reason', async () => {
    const r = await call('GET', '/api-keys', keys.admin);
    assert.equal(r.status, 200);
    const ev = await eventOf(r);
    assert.deepEqual([ev.decision, ev.reason, ev.action, ev.purpose, ev.vendor, ev.patient], ['allow', 'ROLE_ADMIN', 'admin.apikey.list', 'HSYSADMIN', null, null]);
  });

  test('an unknown admin path needs credentials first, then is a 404, audited', async () => {
    await refused(await call('GET', '/nothing-here', null), 401, 'PHIGATE_UNAUTHENTICATED', 'admin.unknown');
    await refused(await call('GET', '/nothing-here', keys.admin), 404, 'PHIGATE_NOT_FOUND', 'admin.unknown');
    await refused(await call('PATCH', '/nothing-here', keys.admin), 404, 'PHIGATE_NOT_FOUND', 'admin.unknown');
  });

  test('a known admin path with another method needs credentials first, then is a 405 with Allow, audited', async () => {
    await refused(await call('PATCH', '/api-keys', null), 401, 'PHIGATE_UNAUTHENTICATED', 'admin.unknown');
    const r = await call('PATCH', '/api-keys', keys.admin);
    await refused(r, 405, 'PHIGATE_METHOD_NOT_ALLOWED', 'admin.unknown');
    assert.equal(r.allow, 'GET, HEAD, POST');
    assert.equal(r.message, 'PATCH is not allowed on /admin/v1/api-keys; use GET or POST');
    const revoke = await call('GET', `/api-keys/${'e'.repeat(16)}/revoke`, keys.admin);
    await refused(revoke, 405, 'PHIGATE_METHOD_NOT_ALLOWED', 'admin.unknown');
    assert.equal(revoke.allow, 'POST');
    assert.match(revoke.message, /on \/admin\/v1\/api-keys\/:id\/revoke;/, 'the route, never the id sent');
  });

  test('OIDC bearer tokens: the roles claim grants admin like a key does', async () => {
    const exp = Math.floor(T0.getTime() / 1000) + 600;
    const token = (roles: string[]) => op.signWithOpKey({ iss: op.issuer, aud: AUDIENCE, sub: 'ops-team', exp, roles });
    const ok = await call('GET', '/api-keys', await token(['admin']));
    assert.equal(ok.status, 200, ok.text);
    assert.equal((await eventOf(ok)).actor.id, 'oidc:ops-team');
    await refused(await call('GET', '/api-keys', await token(['clinician'])), 403, 'PHIGATE_FORBIDDEN', 'admin.apikey.list');
  });
});

describe('API keys', () => {
  test('a created key works on /v1 (openai SDK), is listed without secrets, and stops working once revoked', async () => {
    const created = await call('POST', '/api-keys', keys.admin, { body: { principal: 'user:dr-new', roles: ['clinician'], label: LABEL, expiresIn: '30d' } });
    assert.equal(created.status, 201, created.text);
    const k = created.json<{ id: string; key: string; status: string; expiresAt: string; roles: string[]; principal: string }>();
    secrets.push(k.key);
    assert.match(k.key, /^phg_[0-9a-f]{16}_[0-9a-f]{64}$/);
    assert.equal(k.status, 'active');
    assert.equal(k.expiresAt, new Date(T0.getTime() + 30 * 86_400_000).toISOString());
    assert.equal((await eventOf(created)).action, 'admin.apikey.create');
    assert.equal((await eventOf(created)).target, 'user:dr-new', 'the event says whose key was made');

    const models = await client(k.key).models.list();
    assert.ok(models.data.length > 0, 'the new key authenticates on /v1');

    const listed = await call('GET', '/api-keys', keys.admin);
    const row = listed.json<{ data: Array<Record<string, unknown>> }>().data.find((r) => r['id'] === k.id);
    assert.deepEqual(Object.keys(row ?? {}).sort(), ['createdAt', 'expiresAt', 'id', 'kind', 'label', 'principal', 'revokedAt', 'roles', 'status']);
    assert.ok(!listed.text.includes(k.key.slice(22)), 'a listing never holds a secret');
    assert.equal((await call('GET', `/api-keys/${k.id}`, keys.admin)).json<{ principal: string }>().principal, 'user:dr-new');

    const revoked = await call('POST', `/api-keys/${k.id}/revoke`, keys.admin);
    assert.equal(revoked.status, 200);
    assert.equal(revoked.json<{ status: string }>().status, 'revoked');
    assert.equal((await eventOf(revoked)).target, `apikey:${k.id}`, 'and which key was revoked');
    assert.equal((await eventOf(listed)).target, undefined, 'a listing acts on no one in particular');
    // A verified key is trusted for server.authCacheMs (2 s): revocation takes effect within it.
    gw.setNow(new Date(T0.getTime() + 2500));
    try {
      await assert.rejects(client(k.key).models.list(), (err: unknown) => err instanceof OpenAI.AuthenticationError && err.code === 'PHIGATE_CREDENTIALS_REVOKED');
    } finally {
      gw.setNow(T0);
    }
  });

  test('DELETE revokes too, and revoking again keeps the first time', async () => {
    const k = (await call('POST', '/api-keys', keys.admin, { body: { principal: 'svc:scheduler', kind: 'service', roles: ['analyst'] } })).json<{ id: string; key: string }>();
    secrets.push(k.key);
    const first = await call('DELETE', `/api-keys/${k.id}`, keys.admin);
    assert.equal(first.status, 200);
    const again = await call('POST', `/api-keys/${k.id}/revoke`, keys.admin);
    assert.equal(again.json<{ revokedAt: string }>().revokedAt, first.json<{ revokedAt: string }>().revokedAt);
    await assert.rejects(client(k.key).models.list(), { code: 'PHIGATE_CREDENTIALS_REVOKED' });
  });

  const bad: Array<[string, { body?: unknown; raw?: string; contentType?: string }, number, string, RegExp]> = [
    ['no principal', { body: { roles: ['clinician'] } }, 400, 'PHIGATE_BAD_INPUT', /Body field principal is required/],
    ['an email as principal', { body: { principal: 'jane@example.org', roles: ['clinician'] } }, 400, 'PHIGATE_BAD_INPUT', /Body field principal must be an opaque principal id/],
    ['roles not a list', { body: { principal: 'user:a', roles: 'clinician' } }, 400, 'PHIGATE_BAD_INPUT', /Body field roles must be a list/],
    ['no roles', { body: { principal: 'user:a', roles: [] } }, 400, 'PHIGATE_BAD_INPUT', /Body field roles must be/],
    ['a role this gateway does not know', { body: { principal: 'user:a', roles: ['clinican'] } }, 400, 'PHIGATE_BAD_INPUT', /roles\[0\] is not a role of this gateway: use one of analyst, clinician, admin, auditor, compliance, or define it under access.roles in phigate.yaml or in a policy file/],
    ['a bad kind', { body: { principal: 'user:a', roles: ['analyst'], kind: 'robot' } }, 400, 'PHIGATE_BAD_INPUT', /Body field kind must be one of user, service/],
    ['an unknown field (not echoed)', { body: { principal: 'user:a', roles: ['analyst'], Vexbridge: 1 } }, 400, 'PHIGATE_BAD_INPUT', /unknown field; this endpoint takes principal, kind, roles, label, expiresAt, expiresIn/],
    ['both expiries', { body: { principal: 'user:a', roles: ['analyst'], expiresIn: '1d', expiresAt: '2027-01-01' } }, 400, 'PHIGATE_BAD_INPUT', /expiresAt or expiresIn, not both/],
    ['an expiry in the past', { body: { principal: 'user:a', roles: ['analyst'], expiresAt: '2020-01-01' } }, 400, 'PHIGATE_BAD_INPUT', /expiresAt .* must be in the future/],
    ['a bad relative expiry', { body: { principal: 'user:a', roles: ['analyst'], expiresIn: '3 weeks' } }, 400, 'PHIGATE_BAD_INPUT', /expiresIn must be like 90d or 12h/],
    ['not JSON', { raw: '{"principal":' }, 400, 'PHIGATE_MALFORMED_JSON', /not valid JSON/],
    ['a JSON array', { raw: '[]' }, 400, 'PHIGATE_BAD_INPUT', /must be a JSON object/],
    ['not declared as JSON', { raw: 'principal=user:a', contentType: 'application/x-www-form-urlencoded' }, 415, 'PHIGATE_UNSUPPORTED_MEDIA_TYPE', /Content-Type: application\/json/],
    ['a body over the limit', { body: { principal: 'user:a', roles: ['analyst'], label: 'x'.repeat(20_000) } }, 413, 'PHIGATE_INPUT_TOO_LARGE', /larger than 16384 bytes/],
  ];
  for (const [name, more, status, code, message] of bad) {
    test(`create refuses ${name}`, async () => {
      const r = await call('POST', '/api-keys', keys.admin, more);
      await refused(r, status, code, 'admin.apikey.create');
      assert.match(r.message, message);
      assert.ok(!r.message.includes('Vexbridge') && !r.message.includes('jane@'), 'the message does not echo input');
    });
  }

  test('revoke: a malformed id is a 400 (a whole key is not echoed), an unknown one a 404', async () => {
    const whole = await call('POST', `/api-keys/${encodeURIComponent(gw.keys.analyst)}/revoke`, keys.admin);
    await refused(whole, 400, 'PHIGATE_BAD_INPUT', 'admin.apikey.revoke');
    assert.match(whole.message, /16 hex digits/);
    assert.ok(!whole.message.includes(gw.keys.analyst.slice(4, 20)));
    const unknown = await call('DELETE', `/api-keys/${'f'.repeat(16)}`, keys.admin);
    await refused(unknown, 404, 'PHIGATE_NOT_FOUND', 'admin.apikey.revoke');
    await refused(await call('GET', `/api-keys/${'e'.repeat(16)}`, keys.admin), 404, 'PHIGATE_NOT_FOUND', 'admin.apikey.read');
  });
});

describe('care team', () => {
  test('membership changes what /v1 allows for the patient', async () => {
    const k = (await call('POST', '/api-keys', keys.admin, { body: { principal: 'user:dr-park', roles: ['clinician'] } })).json<{ key: string }>().key;
    secrets.push(k);
    await assert.rejects(chatFor(k, PATIENT), { code: 'PHIGATE_FORBIDDEN_PATIENT' });

    const added = await call('PUT', `/care-team/${PATIENT}/members/user:dr-park`, keys.admin);
    assert.equal(added.status, 201, added.text);
    assert.deepEqual(added.json(), { user: 'user:dr-park', member: true, changed: true });
    assert.equal((await call('PUT', `/care-team/${PATIENT}/members/user:dr-park`, keys.admin)).json<{ changed: boolean }>().changed, false);
    const ok = await chatFor(k, PATIENT);
    assert.ok(ok.choices[0]?.message.content, 'allowed once on the care team');

    const members = await call('GET', `/care-team/${PATIENT}`, keys.admin);
    assert.deepEqual(members.json<{ data: string[] }>().data, ['user:dr-park']);
    if (gw.storeAt.engine === 'postgres') {
      const store = ['--database-url', TEST_DATABASE_URL, '--schema', gw.storeAt.schema, '--key-file', gw.storeAt.keyFile, '--tenant', gw.config.server.tenant, '--json'];
      const cli = await runPhigate(['careteam', 'members', '--patient', PATIENT, ...store]);
      assert.equal(cli.code, 0, cli.stderr);
      assert.deepEqual((JSON.parse(cli.stdout) as { members: string[] }).members, ['user:dr-park'], 'the CLI sees what the API wrote');
    }
    assert.equal((await call('GET', '/care-team?user=user:dr-park', keys.admin)).json<{ patients: number }>().patients, 1);

    const ev = await eventOf(added);
    assert.equal(ev.action, 'admin.careteam.add');
    assert.equal(ev.target, 'user:dr-park', 'the event says who joined the care team');
    assert.match(ev.patient ?? '', /^[0-9a-f]{64}$/, 'the patient is in the event as its keyed hash');
    const v1 = (await gw.auditEvents()).filter((e) => e.action === 'chat.completion' && e.actor.id === 'user:dr-park');
    assert.equal(v1.at(-1)?.patient, ev.patient, 'the same keyed hash as /v1 events use');

    const removed = await call('DELETE', `/care-team/${PATIENT}/members/user:dr-park`, keys.admin);
    assert.deepEqual(removed.json(), { user: 'user:dr-park', member: false, changed: true });
    await assert.rejects(chatFor(k, PATIENT), { code: 'PHIGATE_FORBIDDEN_PATIENT' });
    assert.deepEqual((await call('GET', `/care-team/${PATIENT}`, keys.admin)).json<{ data: string[] }>().data, []);
  });

  test('a patient id with a slash travels percent-encoded', async () => {
    const id = 'mrn:hospital-a/5501';
    assert.equal((await call('PUT', `/care-team/${encodeURIComponent(id)}/members/user:dr-lee`, keys.admin)).status, 201);
    const r = await chatFor(gw.keys.clinician, id);
    assert.ok(r.choices[0]?.message.content);
  });

  test('ids are checked as the gateway checks them; messages name the part to change, never the value', async () => {
    const name = await call('PUT', `/care-team/${encodeURIComponent('Jane Roe')}/members/user:dr-lee`, keys.admin);
    await refused(name, 400, 'PHIGATE_BAD_INPUT', 'admin.careteam.add');
    assert.match(name.message, /patient id in the path must be 1-128 of .* \(an identifier, not a name\)/);
    assert.ok(!name.message.includes('Jane'));
    assert.equal((await eventOf(name)).patient, null, 'an id that failed validation is not hashed into the event');
    const user = await call('DELETE', `/care-team/pt-1001/members/${encodeURIComponent('jane@example.org')}`, keys.admin);
    await refused(user, 400, 'PHIGATE_BAD_INPUT', 'admin.careteam.remove');
    assert.match(user.message, /user in the path must be a principal id/);
    const q = await call('GET', '/care-team?usr=user:dr-lee', keys.admin);
    await refused(q, 400, 'PHIGATE_BAD_INPUT', 'admin.careteam.count');
    assert.match(q.message, /unknown query parameter; this endpoint takes user/);
  });
});

test('admin calls draw on the per-key rate limit and are counted in /metrics like /v1 calls', async () => {
  const { key } = await issueApiKey(gw.store.apiKeys, { tenant: gw.config.server.tenant, principal: 'user:busy-admin', kind: 'user', roles: ['admin'] });
  // The test clock stands still, so the bucket does not refill between calls.
  for (let i = 0; i < gw.config.server.rateLimit.burst; i++) assert.equal((await call('GET', '/api-keys', key)).status, 200);
  const limited = await call('GET', '/api-keys', key);
  await refused(limited, 429, 'PHIGATE_RATE_LIMITED', 'admin.apikey.list');
  assert.equal((await call('GET', '/api-keys', keys.admin)).status, 200, 'other keys are unaffected');
  const metrics = await (await fetch(`${gw.url}/metrics`)).text();
  assert.match(metrics, /phigate_requests_total\{action="admin\.apikey\.list",code="OK",status="200"\} \d+/);
  assert.match(metrics, /phigate_requests_total\{action="admin\.apikey\.list",code="PHIGATE_RATE_LIMITED",status="429"\} 1/);
  assert.match(metrics, /phigate_request_duration_seconds_count\{action="admin\.apikey\.list"\} \d+/);
});

test('no canary (patient id, label, secrets) in any audit event or log line', async () => {
  assert.ok(secrets.length >= 3);
  const events = JSON.stringify(await gw.auditEvents());
  const logs = gw.logs.join('\n');
  assert.ok(events.includes('admin.apikey.create') && logs.includes('admin.careteam.add'), 'admin calls are in both');
  for (const canary of [PATIENT, 'Vexbridge', 'Jane', 'jane@', 'hospital-a/5501', ...secrets, ...secrets.map((s) => s.slice(22))]) {
    assert.ok(!events.includes(canary), `audit events hold no ${canary.slice(0, 12)}`);
    assert.ok(!logs.includes(canary), `logs hold no ${canary.slice(0, 12)}`);
  }
});
