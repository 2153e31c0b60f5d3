// One conformance suite for the audit log over any AuditStorage: memory here, PGlite and PostgreSQL
// once src/store provides its repository. Each storage gets the same assertions.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditLog } from '../../src/audit/log.js';
import type { AuditStorage } from '../../src/audit/storage.js';
import { generateNoteKey, parseSignerKey, parseVerifierKey } from '../../src/audit/note.js';
import { openCheckpoint } from '../../src/audit/checkpoint.js';
import { verifyConsistency, verifyInclusion } from '../../src/audit/verify.js';
import { rfc9162 } from '../../src/audit/hasher.js';
import { exportLog } from '../../src/audit/export-log.js';
import { verifyExportFiles, resolveExportPaths } from '../../src/audit/export-files.js';
import { delegateStorage, sampleEvent } from './fixtures.js';
import * as ref from './reference.js';

export interface StorageHarness {
  /** A fresh, empty storage. */
  open(): Promise<AuditStorage>;
  /** Another handle on the same storage (another pool / process's view), for concurrent writers. */
  openPeer?(first: AuditStorage): Promise<AuditStorage>;
  close?(s: AuditStorage): Promise<void>;
}

const origin = 'audit.test.example/phigate';
const key = generateNoteKey(origin);

function newLog(storage: AuditStorage, extra: Partial<ConstructorParameters<typeof AuditLog>[0]> = {}): AuditLog {
  return new AuditLog({ storage, origin, signers: [parseSignerKey(key.signerKey)], checkpointIntervalMs: 0, ...extra });
}

/** MTH from raw leaf hashes (the reference works on leaf data, so fold with nodeHash directly). */
function mthOfLeafHashes(leaves: readonly Uint8Array[]): Buffer {
  if (leaves.length === 0) return ref.sha();
  if (leaves.length === 1) return Buffer.from(leaves[0] as Uint8Array);
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return ref.nodeHash(mthOfLeafHashes(leaves.slice(0, k)), mthOfLeafHashes(leaves.slice(k)));
}

export function describeAuditLogContract(name: string, harness: StorageHarness): void {
  describe(`audit log on ${name}`, () => {
    let storage: AuditStorage;
    let log: AuditLog;
    const N = 700; // more than two 256-leaf tiles, not a power of two
    const leaves: Uint8Array[] = [];
    let appendCalls = 0;

    before(async () => {
      storage = await harness.open();
      const counting = delegateStorage(storage, {
        appendBatch: async (entries) => {
          appendCalls++;
          return storage.appendBatch(entries);
        },
      });
      log = newLog(counting);
      const receipts = await Promise.all(Array.from({ length: N }, (_, i) => log.append(sampleEvent(i))));
      assert.deepEqual(receipts.map((r) => r.seq), Array.from({ length: N }, (_, i) => i), 'one seq per event, in call order, no gaps');
      for (const r of receipts) leaves.push(r.leafHash);
    });

    after(async () => {
      await log.close();
      await harness.close?.(storage);
    });

    test('concurrent appends were batched into fewer transactions', () => {
      assert.ok(appendCalls < N / 10, `${appendCalls} transactions for ${N} appends`);
      assert.ok(appendCalls >= 1);
    });

    test('roots equal the naive MTH of the stored leaf hashes', async () => {
      assert.equal(await log.size(), N);
      assert.deepEqual(await storage.readLeafHashes(0, N).then((l) => l.map((x) => Buffer.from(x))), leaves.map((x) => Buffer.from(x)));
      for (const size of [0, 1, 2, 3, 255, 256, 257, 511, 512, 513, 699, 700]) {
        assert.deepEqual(Buffer.from(await log.root(size)), mthOfLeafHashes(leaves.slice(0, size)), `size ${size}`);
      }
    });

    test('inclusion proofs verify for a spread of (index, size) pairs', async () => {
      const pairs: [number, number][] = [];
      for (let size = 1; size <= 20; size++) for (let index = 0; index < size; index++) pairs.push([index, size]);
      for (const size of [255, 256, 257, 300, 512, 600, 700]) for (const index of [0, 1, 127, 128, 200, 255, 256, size - 2, size - 1]) if (index >= 0 && index < size) pairs.push([index, size]);
      for (const [index, size] of pairs) {
        const p = await log.inclusionProof(index, size);
        assert.deepEqual(Buffer.from(p.leafHash), Buffer.from(leaves[index] as Uint8Array));
        verifyInclusion(rfc9162, index, size, p.leafHash, p.hashes, await log.root(size));
      }
      await assert.rejects(log.inclusionProof(5, N + 1), /beyond the log/);
      await assert.rejects(log.inclusionProof(5, 5), /not within a tree of size 5/);
    });

    test('consistency proofs verify between any two sizes', async () => {
      const sizes = [0, 1, 7, 8, 9, 256, 257, 511, 700];
      for (const a of sizes) {
        for (const b of sizes) {
          if (a > b) continue;
          const proof = await log.consistencyProof(a, b);
          verifyConsistency(rfc9162, a, b, proof, await log.root(a), await log.root(b));
        }
      }
    });

    test('checkpoints are signed C2SP notes of the current size and root', async () => {
      const cp = await log.publishCheckpoint();
      const opened = openCheckpoint(cp.note, [parseVerifierKey(key.verifierKey)], origin);
      assert.equal(opened.checkpoint.size, N);
      assert.deepEqual(Buffer.from(opened.checkpoint.root), mthOfLeafHashes(leaves));
      assert.equal((await log.latestCheckpoint())?.size, N);
    });

    test('search filters by actor, patient, vendor, action and time', async () => {
      const byActor = await log.search({ actor: 'user:u3', limit: 1000 });
      assert.deepEqual(byActor.map((r) => r.seq), Array.from({ length: N }, (_, i) => i).filter((i) => i % 7 === 3));
      const first = (await log.read(4, 5))[0]?.event;
      assert.ok(first?.patient);
      const byPatient = await log.search({ patient: first.patient, vendor: 'anthropic', limit: 1000 });
      assert.ok(byPatient.length > 0 && byPatient.every((r) => r.event?.patient === first.patient && r.event?.vendor === 'anthropic'));
      const window = await log.search({ from: new Date(Date.UTC(2026, 0, 1) + 10 * 60_000), to: new Date(Date.UTC(2026, 0, 1) + 19 * 60_000), limit: 1000 });
      assert.deepEqual(window.map((r) => r.seq), [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
      const paged = await log.search({ action: 'chat.completion', afterSeq: 100, limit: 5 });
      assert.deepEqual(paged.map((r) => r.seq), [101, 102, 103, 104, 105]);
    });

    test('an erased payload leaves the tree, proofs and export intact', async () => {
      assert.equal(await log.erasePayload(33), true);
      const [r] = await log.read(33, 34);
      assert.equal(r?.event, null);
      const p = await log.inclusionProof(33, N);
      verifyInclusion(rfc9162, 33, N, p.leafHash, p.hashes, await log.root(N));
      const dir = mkdtempSync(join(tmpdir(), 'phigate-export-'));
      try {
        const summary = await exportLog(log, dir, { verifierKeys: [key.verifierKey] });
        assert.equal(summary.entries, N);
        const { report } = await verifyExportFiles({ paths: await resolveExportPaths([dir]), verifiers: [parseVerifierKey(key.verifierKey)], origin, workers: 0 });
        assert.equal(report.ok, true, JSON.stringify(report.problems));
        assert.equal(report.erased, 1);
        assert.equal(report.entries, N);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('writers on separate handles produce one linear log with no gaps or forks', async () => {
      const peers = harness.openPeer ? await Promise.all([1, 2, 3].map(() => (harness.openPeer as NonNullable<StorageHarness['openPeer']>)(storage))) : [storage, storage, storage];
      const logs = peers.map((s) => newLog(s, { maxBatch: 50 }));
      const before = await log.size();
      const per = 150;
      const receipts = await Promise.all(logs.flatMap((l, w) => Array.from({ length: per }, (_, i) => l.append(sampleEvent(10_000 + w * per + i)))));
      const seqs = receipts.map((r) => r.seq).sort((a, b) => a - b);
      assert.deepEqual(seqs, Array.from({ length: logs.length * per }, (_, i) => before + i), 'every seq used exactly once');
      const after = await log.size();
      assert.equal(after, before + logs.length * per);
      const stored = await storage.readLeafHashes(before, after);
      for (const r of receipts) assert.deepEqual(Buffer.from(stored[r.seq - before] as Uint8Array), Buffer.from(r.leafHash));
      const cps = await Promise.all(logs.map((l) => l.publishCheckpoint()));
      for (const cp of cps) {
        const proof = await log.consistencyProof(N, cp.size);
        verifyConsistency(rfc9162, N, cp.size, proof, await log.root(N), cp.root);
      }
      for (const l of logs) await l.close();
      if (harness.openPeer) for (const p of peers) await harness.close?.(p);
    });
  });
}
