// The audit log conformance suite on the in-memory storage, plus behaviour only a test double can show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeAuditLogContract } from './log-contract.js';
import { MemoryAuditStorage } from '../../src/audit/memory-storage.js';
import { AuditLog } from '../../src/audit/log.js';
import { generateNoteKey, parseSignerKey } from '../../src/audit/note.js';
import { delegateStorage, sampleEvent } from './fixtures.js';

describeAuditLogContract('memory', { open: async () => new MemoryAuditStorage() });

const key = generateNoteKey('audit.test.example/phigate');

test('a failed transaction rejects exactly the appends in it, and later appends go through', async () => {
  const inner = new MemoryAuditStorage();
  let fail = true;
  const flaky = delegateStorage(inner, {
    appendBatch: async (entries) => {
      if (fail) {
        fail = false;
        throw new Error('connection reset');
      }
      return inner.appendBatch(entries);
    },
  });
  const log = new AuditLog({ storage: flaky, origin: 'audit.test.example/phigate', signers: [parseSignerKey(key.signerKey)], checkpointIntervalMs: 0 });
  const first = await Promise.allSettled([log.append(sampleEvent(0)), log.append(sampleEvent(1))]);
  assert.deepEqual(first.map((r) => r.status), ['rejected', 'rejected']);
  assert.equal((first[0] as PromiseRejectedResult).reason.code, 'PHIGATE_STORE_FAILURE');
  assert.ok(!String((first[0] as PromiseRejectedResult).reason.message).includes('connection reset'), 'no driver text in the message');
  const ok = await log.append(sampleEvent(2));
  assert.equal(ok.seq, 0);
  await log.close();
  await assert.rejects(log.append(sampleEvent(3)), /closed/);
});

test('appends made by separate callbacks of one event-loop phase share one transaction (group commit)', async () => {
  // Like requests finishing together: each append comes from its own callback of one event-loop phase
  // (immediates queued together run in the same check phase), with microtasks run in between. The
  // embedded engine runs a statement on this thread, so nothing can queue behind one that is running:
  // the batch has to be gathered before it starts. (Timers would not do: 1 ms timers set a few
  // microseconds apart may expire in different turns on a busy machine.)
  const inner = new MemoryAuditStorage();
  const sizes: number[] = [];
  const counting = delegateStorage(inner, {
    appendBatch: async (entries) => {
      sizes.push(entries.length);
      return inner.appendBatch(entries);
    },
  });
  const log = new AuditLog({ storage: counting, origin: 'audit.test.example/phigate', signers: [parseSignerKey(key.signerKey)], checkpointIntervalMs: 0 });
  const receipts = await Promise.all(Array.from({ length: 5 }, (_, i) => new Promise<number>((resolve, reject) => setImmediate(() => log.append(sampleEvent(i)).then((r) => resolve(r.seq), reject)))));
  assert.deepEqual(receipts, [0, 1, 2, 3, 4]);
  assert.deepEqual(sizes, [5], 'one transaction of five entries');
  await log.close();
});

test('the interval publishes a checkpoint when the log has grown, and not otherwise', async () => {
  const storage = new MemoryAuditStorage();
  const log = new AuditLog({ storage, origin: 'audit.test.example/phigate', signers: [parseSignerKey(key.signerKey)], checkpointIntervalMs: 5 });
  log.start();
  await log.append(sampleEvent(0));
  for (let i = 0; i < 200 && (await storage.listCheckpoints()).length === 0; i++) await new Promise((r) => setTimeout(r, 5));
  const cps = await storage.listCheckpoints();
  assert.equal(cps[0]?.size, 1);
  await new Promise((r) => setTimeout(r, 40));
  assert.equal((await storage.listCheckpoints()).length, cps.length, 'no new checkpoint without new entries');
  await log.close();
});

test('a proof of a tampered log no longer verifies against the signed root', async () => {
  const storage = new MemoryAuditStorage();
  const log = new AuditLog({ storage, origin: 'audit.test.example/phigate', signers: [parseSignerKey(key.signerKey)], checkpointIntervalMs: 0 });
  for (let i = 0; i < 10; i++) await log.append(sampleEvent(i));
  const cp = await log.publishCheckpoint();
  storage.tamper(4, { leafHash: new Uint8Array(32) });
  const fresh = new AuditLog({ storage, origin: 'audit.test.example/phigate', signers: [parseSignerKey(key.signerKey)], checkpointIntervalMs: 0 });
  assert.notDeepEqual(Buffer.from(await fresh.root(10)), Buffer.from(cp.root));
  await log.close();
  await fresh.close();
});
