// KEK rotation, part of the contract run on both engines (contract.test.ts): re-wrapping without re-encrypting, online (reads and writes go on),
// resumable after an interruption, one at a time, and the same through a Vault Transit keyring.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Keyring, VaultTransitKeyring, retireOldVersions, rotateKeys } from '../../src/crypto/index.js';
import { PhigateError } from '../../src/errors.js';
import { startFakeVault, type FakeVault } from '../crypto/vault-transit-server.js';
import type { EngineHarness, Opened } from './harness.js';

const T = 'clinic-r';

async function seed(o: Opened, n: number): Promise<Array<{ id: string; body: string }>> {
  const out: Array<{ id: string; body: string }> = [];
  for (let i = 0; i < n; i++) {
    const p = await o.store.patients.create(T, { demographics: { name: `patient ${i}` } });
    const body = `note ${i} for ${p.id}`;
    out.push({ id: await o.store.records.put(T, { patientId: p.id, kind: 'note', body }), body });
  }
  return out;
}

async function versions(o: Opened): Promise<Map<number, number>> {
  const { rows } = await o.sql.query<{ v: number; n: number }>(`SELECT kek_version AS v, count(*) AS n FROM ${o.s}.data_keys WHERE destroyed_at IS NULL GROUP BY 1`);
  return new Map(rows.map((r) => [r.v, r.n]));
}

async function expectCode(p: Promise<unknown>, code: string, includes: string[] = []): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof PhigateError, String(err));
    assert.equal(err.code, code, err.message);
    for (const s of includes) assert.ok(err.message.includes(s), `${err.message} should name ${s}`);
    return true;
  });
}

export function describeRotationContract(makeHarness: () => Promise<EngineHarness>): void {
  let H: EngineHarness;
  let vault: FakeVault;
  before(async () => {
    H = await makeHarness();
    vault = await startFakeVault();
  });
  after(async () => {
    await H?.close();
    await vault?.close();
  });

  test('rotate re-wraps every data key to a new KEK version without touching data; retire after', async () => {
    const o = await H.open();
    try {
      const records = await seed(o, 12);
      const { rows: before } = await o.sql.query<{ body: Uint8Array }>(`SELECT body FROM ${o.s}.records ORDER BY id`);
      const { rows: oldKeys } = await o.sql.query<{ key_id: Uint8Array; wrapped: Uint8Array }>(`SELECT key_id, wrapped FROM ${o.s}.data_keys LIMIT 1`);
      const oldKey = oldKeys[0] as { key_id: Uint8Array; wrapped: Uint8Array };
      assert.deepEqual([...(await versions(o)).keys()], [1]);
      const seen: number[] = [];
      const report = await rotateKeys({ keyring: o.keyring, store: o.store.rotation, batchSize: 5, onProgress: (p) => seen.push(p.rewrapped) });
      assert.equal(report.targetVersion, 2);
      assert.equal(report.resumed, false);
      assert.equal(report.rewrapped, 13); // 12 patients + the lookup secret
      assert.equal(report.total, 13);
      assert.deepEqual(seen, [0, 5, 10, 13]);
      assert.deepEqual([...(await versions(o)).entries()], [[2, 13]]);
      const { rows: afterRows } = await o.sql.query<{ body: Uint8Array }>(`SELECT body FROM ${o.s}.records ORDER BY id`);
      assert.deepEqual(afterRows.map((r) => Buffer.from(r.body)), before.map((r) => Buffer.from(r.body)), 'data is not re-encrypted');
      const fresh = await o.reopen();
      for (const r of records) assert.equal((await fresh.records.get(T, r.id))?.body.toString(), r.body);

      // A key still wrapped by version 1 (a straggler) opens while version 1 lives, and blocks retiring it.
      await o.sql.query(`UPDATE ${o.s}.data_keys SET wrapped = $2, kek_version = 1 WHERE key_id = $1`, [oldKey.key_id, oldKey.wrapped]);
      assert.ok((await o.reopen()).lookup);
      await expectCode(retireOldVersions({ keyring: o.keyring, store: o.store.rotation }), 'PHIGATE_USAGE', ['1 data keys', 'below 2']);
      const resume = await rotateKeys({ keyring: o.keyring, store: o.store.rotation, newVersion: false });
      assert.equal(resume.targetVersion, 2);
      assert.equal(resume.rewrappedThisRun, 1);
      const retired = await retireOldVersions({ keyring: o.keyring, store: o.store.rotation });
      assert.equal(retired.retiredBelow, 2);
      assert.deepEqual((await o.keyring.status()).decryptableVersions, [2]);
      for (const r of records) assert.equal((await (await o.reopen()).records.get(T, r.id))?.body.toString(), r.body);
      // After retirement, a row put back to version 1 names the missing version.
      await o.sql.query(`UPDATE ${o.s}.data_keys SET wrapped = $2, kek_version = 1 WHERE key_id = $1`, [oldKey.key_id, oldKey.wrapped]);
      await expectCode(o.reopen(), 'PHIGATE_KEY_MISSING', ['KEK version 1', 'retired']);
    } finally {
      await o.cleanup();
    }
  });

  test('rotation while reads and writes go on: nothing fails, every key ends on the new version', async () => {
    const o = await H.open();
    try {
      const records = await seed(o, 20);
      const reader = await o.reopen(); // another process, with its own keyring view and cache
      let stop = false;
      const errors: unknown[] = [];
      let reads = 0;
      let writes = 0;
      const load = (async () => {
        while (!stop) {
          try {
            const r = records[(reads + writes) % records.length] as { id: string; body: string };
            assert.equal((await reader.records.get(T, r.id))?.body.toString(), r.body);
            reads++;
            const p = await o.store.patients.create(T, { demographics: { name: `new ${writes}` } });
            records.push({ id: await o.store.records.put(T, { patientId: p.id, kind: 'note', body: `new note ${writes}` }), body: `new note ${writes}` });
            writes++;
          } catch (err) {
            errors.push(err);
          }
          await new Promise((r) => setImmediate(r));
        }
      })();
      const report = await rotateKeys({ keyring: o.keyring, store: o.store.rotation, batchSize: 3 });
      stop = true;
      await load;
      assert.deepEqual(errors, []);
      assert.ok(reads > 0 && writes > 0, 'the load ran during the rotation');
      assert.equal(await o.store.rotation.countPending(o.keyring.id, report.targetVersion), 0);
      assert.deepEqual([...(await versions(o)).keys()], [2]);
      const fresh = await o.reopen();
      for (const r of records) assert.equal((await fresh.records.get(T, r.id))?.body.toString(), r.body);
    } finally {
      await o.cleanup();
    }
  });

  test('an interrupted rotation resumes where it stopped, without a second new version', async () => {
    const o = await H.open();
    try {
      await seed(o, 9);
      const first = await rotateKeys({ keyring: o.keyring, store: o.store.rotation, batchSize: 4, maxBatches: 1 });
      assert.equal(first.rewrapped, 4);
      const job = await o.store.rotation.unfinishedJob(o.keyring.id);
      assert.ok(job && job.cursor !== null && job.rewrapped === 4 && job.targetVersion === 2);
      const second = await rotateKeys({ keyring: o.keyring, store: o.store.rotation, batchSize: 4 });
      assert.equal(second.resumed, true);
      assert.equal(second.targetVersion, 2);
      assert.equal(second.rewrapped, 10);
      assert.equal(second.rewrappedThisRun, 6);
      assert.equal((await o.keyring.status()).latestVersion, 2);
      assert.equal(await o.store.rotation.unfinishedJob(o.keyring.id), undefined);
    } finally {
      await o.cleanup();
    }
  });

  test('one rotation at a time: a second one is refused while the first runs', async () => {
    const o = await H.open();
    try {
      await seed(o, 3);
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let entered!: () => void;
      const inside = new Promise<void>((r) => (entered = r));
      const k = o.keyring;
      const slow: Keyring = {
        id: k.id,
        wrap: (key, b) => k.wrap(key, b),
        unwrap: (key, b) => k.unwrap(key, b),
        rewrap: async (items) => {
          entered();
          await gate;
          return k.rewrap(items);
        },
        rotate: () => k.rotate(),
        status: () => k.status(),
        retireBelow: (v) => k.retireBelow(v),
        close: async () => undefined,
      };
      const running = rotateKeys({ keyring: slow, store: o.store.rotation });
      await inside;
      const other = await o.reopen();
      await expectCode(rotateKeys({ keyring: o.keyring, store: other.rotation }), 'PHIGATE_STORE_FAILURE', ['Another key rotation']);
      release();
      assert.equal((await running).rewrapped, 4);
    } finally {
      await o.cleanup();
    }
  });

  test('Vault Transit keyring: wrap, rotate, re-wrap in batches, survive an outage mid-way, retire', async () => {
    const keyring = new VaultTransitKeyring({ address: vault.address, token: vault.token, keyName: `k${Math.random().toString(36).slice(2, 8)}` });
    const o = await H.open({ keyring });
    try {
      const records = await seed(o, 7);
      const { rows } = await o.sql.query<{ wrapped: Uint8Array }>(`SELECT wrapped FROM ${o.s}.data_keys`);
      assert.ok(rows.every((r) => /^vault:v1:/.test(Buffer.from(r.wrapped).toString())));
      // One batch, then Vault fails: the rotation stops with a clear error and resumes later.
      const first = await rotateKeys({ keyring, store: o.store.rotation, batchSize: 3, maxBatches: 1 });
      assert.equal(first.rewrapped, 3);
      vault.failNext(1, 503);
      await expectCode(rotateKeys({ keyring, store: o.store.rotation, batchSize: 3 }), 'PHIGATE_KMS_UNAVAILABLE', [keyring.id, 'rewrap']);
      const report = await rotateKeys({ keyring, store: o.store.rotation, batchSize: 3 });
      assert.equal(report.resumed, true);
      assert.equal(report.targetVersion, 2);
      assert.equal(report.rewrapped, 8);
      assert.equal((await keyring.status()).latestVersion, 2);
      assert.equal(await o.store.rotation.countPending(keyring.id, report.targetVersion), 0);
      assert.ok((vault.calls.get('POST rewrap') ?? 0) >= 3);
      const { rows: after } = await o.sql.query<{ wrapped: Uint8Array }>(`SELECT wrapped FROM ${o.s}.data_keys`);
      assert.ok(after.every((r) => Buffer.from(r.wrapped).toString().startsWith('vault:v2:')));
      await retireOldVersions({ keyring, store: o.store.rotation });
      assert.deepEqual((await keyring.status()).decryptableVersions, [report.targetVersion]);
      const fresh = await o.reopen({ keyring });
      for (const r of records) assert.equal((await fresh.records.get(T, r.id))?.body.toString(), r.body);
    } finally {
      await o.cleanup();
    }
  });
}

