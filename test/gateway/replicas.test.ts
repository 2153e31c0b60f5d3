// Two gateway replicas on one database, as behind a load balancer: each with its own store handle
// (its own pool on PostgreSQL), token vault, caches, audit log instance and HTTP server, sharing only
// the database and the configuration's keys. A conversation may move between them from turn to turn,
// a revocation or care-team change made through one holds on the other, and both write one audit log
// that verifies.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import OpenAI from 'openai';
import { issueApiKey } from '../../src/access/index.js';
import { AuditLog, auditStorageOf, createPatientHasher, generateNoteKey, parseSignerKey, rfc9162, verifyConsistency, verifyInclusion, type AuditEvent } from '../../src/audit/index.js';
import { parseConfig } from '../../src/config/index.js';
import { createAnalyzer } from '../../src/deid/index.js';
import { createGateway, listen, providersFromConfig, type RunningServer } from '../../src/gateway/index.js';
import type { Store } from '../../src/store/index.js';
import { TokenVault } from '../../src/vault/index.js';
import { type EngineHarness, type Opened, pgliteHarness, postgresHarness, postgresReachable } from '../store/harness.js';
import { T0, gatewayYaml } from './harness.js';
import { type RecordingUpstream, startUpstream } from './upstream.js';

const NAME = 'Philomena Canarywood';
const MRN = '48213957';
const TOKEN = /\[\[[A-Z]{2,12}_[0-9a-f]{12,64}\]\]/g;
const AUTH_CACHE_MS = 500;

interface Replica {
  readonly url: string;
  readonly store: Store;
  readonly audit: AuditLog;
  readonly server: RunningServer;
}

let engine: EngineHarness;
let opened: Opened;
let upstream: RecordingUpstream;
let now = T0;
const replicas: Replica[] = [];
let clinicianKey = '';
let tenant = '';

before(async () => {
  upstream = await startUpstream();
  engine = (await postgresReachable()) ? await postgresHarness() : await pgliteHarness();
  opened = await engine.open();
  const config = parseConfig(gatewayYaml(upstream.url).replace('  tenant: clinic-a', `  tenant: clinic-a\n  authCacheMs: ${AUTH_CACHE_MS}`), 'replicas.yaml');
  tenant = config.server.tenant;
  // What replicas share besides the database: the configuration and its keys.
  const { signerKey } = generateNoteKey('phigate-replicas');
  const patientKey = randomBytes(32);
  for (const store of [opened.store, await opened.reopen()]) {
    const audit = new AuditLog({ storage: auditStorageOf(store.audit), origin: 'test/replica', signers: [parseSignerKey(signerKey)], checkpointIntervalMs: 0 });
    const gateway = createGateway({
      config,
      store,
      vault: TokenVault.fromStore(store, { now: () => now }),
      analyzer: createAnalyzer(),
      audit,
      patientHash: createPatientHasher(patientKey),
      providers: providersFromConfig(config, { readFile: () => new Uint8Array(), env: {} }),
      clock: () => now,
      log: () => undefined,
    });
    const server = await listen(gateway, { host: '127.0.0.1', port: 0 });
    replicas.push({ url: server.url, store, audit, server });
  }
  clinicianKey = (await issueApiKey(opened.store.apiKeys, { tenant, principal: 'user:dr-lee', kind: 'user', roles: ['clinician'] })).key;
  await opened.store.careTeam.add(tenant, 'user:dr-lee', 'pt-1001');
});

after(async () => {
  for (const r of replicas) {
    await r.server.close(1000);
    await r.audit.close();
  }
  await upstream?.close();
  await opened?.cleanup();
  await engine?.close();
});

const client = (r: Replica, key = clinicianKey, headers: Record<string, string> = {}): OpenAI =>
  new OpenAI({ apiKey: key, baseURL: `${r.url}/v1`, maxRetries: 0, defaultHeaders: { 'x-phigate-patient': 'pt-1001', ...headers } });

function sentUpstream(): string {
  const r = upstream.requests.at(-1);
  assert.ok(r, 'the upstream was called');
  return JSON.stringify(r.body);
}

const replicaA = (): Replica => replicas[0] as Replica;
const replicaB = (): Replica => replicas[1] as Replica;

test('a conversation moves between replicas: the same token for the same value, and either replica restores the other\'s tokens', async () => {
  const headers = { 'x-phigate-conversation': `conv-${randomBytes(4).toString('hex')}` };
  const turn1 = `Summarise the visit of ${NAME}, MRN ${MRN}.`;
  const first = await client(replicaA(), clinicianKey, headers).chat.completions.create({ model: 'gpt-deid', messages: [{ role: 'user', content: turn1 }] });
  const sent1 = sentUpstream();
  const tokens1 = sent1.match(TOKEN) ?? [];
  assert.ok(tokens1.length >= 2, 'replica A sent tokens upstream');
  assert.ok(!sent1.includes('Canarywood') && !sent1.includes(MRN), 'no identifier reached the de-identified vendor');
  assert.ok(first.choices[0]?.message.content?.includes(NAME), 'replica A re-identified its own answer');

  // Turn 2 through replica B: the earlier turn is resent (as clients do) with the assistant's answer.
  const answer = first.choices[0]?.message.content ?? '';
  const second = await client(replicaB(), clinicianKey, headers).chat.completions.create({
    model: 'gpt-deid',
    messages: [
      { role: 'user', content: turn1 },
      { role: 'assistant', content: answer },
      { role: 'user', content: `Is ${NAME} due for follow-up?` },
    ],
  });
  const sent2 = sentUpstream();
  const tokens2 = new Set(sent2.match(TOKEN) ?? []);
  for (const t of tokens1) assert.ok(tokens2.has(t), `replica B reused replica A's token ${t} for the same value`);
  assert.ok(!sent2.includes('Canarywood') && !sent2.includes(MRN), 'no identifier reached the vendor from replica B');
  const back = second.choices[0]?.message.content ?? '';
  assert.ok(back.includes(NAME) && back.includes(MRN), "replica B restored the tokens replica A minted");
  assert.equal(back.match(TOKEN), null, 'no token left unresolved');
});

test('tokens minted on one replica are restored on the other in a stream, too', async () => {
  const headers = { 'x-phigate-conversation': `conv-${randomBytes(4).toString('hex')}` };
  await client(replicaB(), clinicianKey, headers).chat.completions.create({ model: 'gpt-deid', messages: [{ role: 'user', content: `Plan for ${NAME}.` }] });
  const stream = await client(replicaA(), clinicianKey, headers).chat.completions.create({ model: 'gpt-deid', stream: true, messages: [{ role: 'user', content: `Plan for ${NAME}.` }] });
  let text = '';
  for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
  assert.ok(text.includes(NAME), 'replica A restored the name in the streamed echo');
  assert.equal(text.match(TOKEN), null, 'no token left unresolved');
});

test('two replicas tokenising the same new value at the same moment agree on one token', async () => {
  const headers = { 'x-phigate-conversation': `conv-${randomBytes(4).toString('hex')}` };
  const value = `Zebulon Quarrington-${randomBytes(2).toString('hex')}`;
  const seen = upstream.requests.length;
  await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      client(i % 2 ? replicaB() : replicaA(), clinicianKey, headers).chat.completions.create({ model: 'gpt-deid', messages: [{ role: 'user', content: `Discharge plan for Mr. ${value}.` }] }),
    ),
  );
  const tokens = new Set(upstream.requests.slice(seen).flatMap((r) => JSON.stringify(r.body).match(TOKEN) ?? []));
  assert.equal(upstream.requests.length - seen, 8);
  assert.equal(tokens.size, 1, `one token for the one value, whichever replica minted it first (${[...tokens].join(', ')})`);
});

test('a key revoked through one replica is refused by the other once its auth cache expires', async () => {
  const { key, row: { id } } = await issueApiKey(replicaA().store.apiKeys, { tenant, principal: 'user:dr-temp', kind: 'user', roles: ['clinician'] });
  await replicaA().store.careTeam.add(tenant, 'user:dr-temp', 'pt-1001');
  const ask = (r: Replica) => client(r, key).chat.completions.create({ model: 'gpt-deid', messages: [{ role: 'user', content: 'Any allergies on file?' }] });
  await ask(replicaB()); // B now trusts the key for authCacheMs
  await replicaA().store.apiKeys.revoke(tenant, id, now);
  await ask(replicaB()); // within server.authCacheMs, B may still trust what it verified: the documented window
  now = new Date(now.getTime() + AUTH_CACHE_MS + 1);
  await assert.rejects(ask(replicaB()), (err: unknown) => err instanceof OpenAI.APIError && err.status === 401 && err.code === 'PHIGATE_CREDENTIALS_REVOKED');
  await assert.rejects(ask(replicaA()), (err: unknown) => err instanceof OpenAI.APIError && err.status === 401);
});

test('a care-team change made through one replica holds on the other at once', async () => {
  const { key } = await issueApiKey(replicaA().store.apiKeys, { tenant, principal: 'user:dr-moves', kind: 'user', roles: ['clinician'] });
  await replicaA().store.careTeam.add(tenant, 'user:dr-moves', 'pt-1001');
  const ask = (r: Replica) => client(r, key).chat.completions.create({ model: 'gpt-phi', messages: [{ role: 'user', content: `Summarise the chart of ${NAME}.` }] });
  await ask(replicaB());
  await replicaA().store.careTeam.remove(tenant, 'user:dr-moves', 'pt-1001');
  await assert.rejects(ask(replicaB()), (err: unknown) => err instanceof OpenAI.APIError && err.status === 403);
});

test('requests spread over both replicas write one audit log, with no fork, that either replica proves', async () => {
  const before = await replicaA().audit.size();
  const calls = Array.from({ length: 24 }, (_, i) =>
    client(i % 2 ? replicaB() : replicaA()).chat.completions.create({ model: 'gpt-deid', messages: [{ role: 'user', content: `Note ${i} for ${NAME}.` }] }),
  );
  await Promise.all(calls);
  await Promise.all(replicas.map((r) => r.audit.flush()));
  const size = await replicaA().audit.size();
  assert.equal(await replicaB().audit.size(), size, 'both replicas see the same log size');
  assert.ok(size >= before + 24, `the log grew by every call (${before} -> ${size})`);

  const records = await replicaB().audit.read(before, size);
  const chats = records.map((r) => r.event as AuditEvent).filter((e) => e.action === 'chat.completion');
  assert.equal(chats.length, 24, 'one chat event per call, whichever replica served it');
  assert.ok(!JSON.stringify(records).includes('Canarywood'), 'no identifier in the audit events');

  // Both replicas compute the same root; a checkpoint from one is a prefix of the other's later tree.
  const rootA = await replicaA().audit.root(size);
  const rootB = await replicaB().audit.root(size);
  assert.deepEqual(Buffer.from(rootA), Buffer.from(rootB), 'one tree, not two');
  const proof = await replicaB().audit.consistencyProof(before, size);
  if (before > 0) verifyConsistency(rfc9162, before, size, proof, await replicaA().audit.root(before), rootB);
  const last = records.at(-1);
  assert.ok(last);
  const inclusion = await replicaA().audit.inclusionProof(size - 1, size);
  verifyInclusion(rfc9162, size - 1, size, Buffer.from(inclusion.leafHash), inclusion.hashes, rootA);
});
