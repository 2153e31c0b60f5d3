// The store's conformance suite, run unchanged against embedded PGlite and PostgreSQL (store.test.ts):
// migrations, typed repositories, tampering and moved ciphertexts, wrong keys, crypto-shredding, errors
// without PHI, and the audit log's database sequencing under concurrent writers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { writeFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { LocalKeyring } from '../../src/crypto/index.js';
import { PhigateError } from '../../src/errors.js';
import { MIGRATIONS, migrate, openStoreOn, type Store } from '../../src/store/index.js';
import { type EngineHarness, newSchema, tempDir } from './harness.js';

const T = 'clinic-a';
const CANARY_NAME = 'Zebulon Quackenbush-Canary';
const CANARY_MRN = 'MRN-CANARY-90417';

function assertPhiFree(err: unknown, ...values: string[]): void {
  assert.ok(err instanceof PhigateError, `expected a PhigateError, got ${String(err)}`);
  for (const v of values) assert.ok(!err.message.includes(v), `error message leaks a value: ${err.message}`);
}

async function rejectsWith(p: Promise<unknown>, code: string, includes: readonly string[] = [], leaks: readonly string[] = []): Promise<PhigateError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof PhigateError, `expected a PhigateError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    for (const s of includes) assert.ok(err.message.includes(s), `message should name ${s}: ${err.message}`);
    assertPhiFree(err, ...leaks);
    return err;
  }
  assert.fail(`expected ${code}`);
}

export function describeStoreContract(makeHarness: () => Promise<EngineHarness>): void {
  let H: EngineHarness;
  before(async () => {
    H = await makeHarness();
  });
  after(async () => {
    await H?.close();
  });

  test('migrations apply once; a reopen finds nothing to do', async () => {
    const o = await H.open();
    try {
      const again = await migrate(o.sql, o.schema);
      assert.deepEqual(again.applied, []);
      assert.equal(again.version, MIGRATIONS.length);
      const { rows } = await o.sql.query<{ n: number }>(`SELECT count(*) AS n FROM ${o.s}.schema_migrations`);
      assert.equal(rows[0]?.n, MIGRATIONS.length);
    } finally {
      await o.cleanup();
    }
  });

  test('concurrent starters do not race: one migrates, all share one lookup secret', async () => {
    const schema = newSchema();
    const keyDir = tempDir();
    const keyring = LocalKeyring.open({ path: join(keyDir, 'k.json') });
    const engines = await Promise.all([0, 1, 2, 3].map(() => H.extraSql()));
    const stores: Store[] = [];
    try {
      stores.push(...(await Promise.all(engines.map((e) => openStoreOn(e.sql, { schema, keyring, ownsSql: false })))));
      const { rows } = await (engines[0] as { sql: import('../../src/store/index.js').Sql }).sql.query<{ version: number }>(`SELECT version FROM "${schema}".schema_migrations`);
      assert.deepEqual(rows.map((r) => r.version), MIGRATIONS.map((m) => m.version));
      const hashes = stores.map((s) => s.lookup.hash('mrn', T, '12345').toString('hex'));
      assert.equal(new Set(hashes).size, 1, 'every starter must use the same lookup secret');
    } finally {
      for (const s of stores) await s.close();
      await (engines[0] as { sql: import('../../src/store/index.js').Sql }).sql.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      for (const e of engines) await e.close();
      rmSync(keyDir, { recursive: true, force: true });
    }
  });

  test('a changed migration or a newer database is refused with a clear error', async () => {
    const o = await H.open();
    try {
      await o.sql.query(`UPDATE ${o.s}.schema_migrations SET checksum = 'x' WHERE version = 1`);
      await rejectsWith(migrate(o.sql, o.schema), 'PHIGATE_STORE_FAILURE', ['Migration 1', 'must not change']);
      await o.sql.query(`UPDATE ${o.s}.schema_migrations SET checksum = $1 WHERE version = 1`, [
        (await import('../../src/store/migrate.js')).checksum(MIGRATIONS[0] as (typeof MIGRATIONS)[number]),
      ]);
      await o.sql.query(`INSERT INTO ${o.s}.schema_migrations (version, name, checksum) VALUES (999, 'future', 'f')`);
      await rejectsWith(migrate(o.sql, o.schema), 'PHIGATE_STORE_FAILURE', ['999', 'upgrade phigate']);
    } finally {
      await o.cleanup();
    }
  });

  test('patients: round trip, lookup by MRN and external id (normalised), tenants kept apart', async () => {
    const o = await H.open();
    try {
      const p = await o.store.patients.create(T, { mrn: 'ab-1234 5', externalId: 'EHR-77', demographics: { name: CANARY_NAME, born: '1950-02-03' } });
      assert.match(p.id, /^[0-9a-f-]{36}$/);
      assert.deepEqual((await o.store.patients.get(T, p.id))?.demographics, { name: CANARY_NAME, born: '1950-02-03' });
      assert.equal((await o.store.patients.findByMrn(T, 'AB12345'))?.id, p.id);
      assert.equal((await o.store.patients.findByMrn(T, ' ab-12345 '))?.id, p.id);
      assert.equal((await o.store.patients.findByExternalId(T, 'EHR-77'))?.id, p.id);
      assert.equal(await o.store.patients.findByMrn('clinic-b', 'AB12345'), undefined);
      assert.equal(await o.store.patients.findByMrn(T, 'AB12346'), undefined);
      assert.equal(await o.store.patients.get('clinic-b', p.id), undefined);
      const dup = await rejectsWith(o.store.patients.create(T, { mrn: 'AB12345', demographics: {} }), 'PHIGATE_BAD_INPUT', [], ['AB12345', 'ab-1234']);
      assert.match(dup.message, /already exists/);
    } finally {
      await o.cleanup();
    }
  });

  test('records: round trip of text and bytes, bulk writes, listing by patient', async () => {
    const o = await H.open();
    try {
      const p = await o.store.patients.create(T, { demographics: { name: 'x' } });
      const bytes = randomBytes(3000);
      const a = await o.store.records.put(T, { patientId: p.id, kind: 'note', body: `Seen today: ${CANARY_NAME} ✓` });
      const b = await o.store.records.put(T, { kind: 'fhir:Bundle', body: bytes });
      const many = await o.store.records.putMany(T, Array.from({ length: 20 }, (_, i) => ({ patientId: p.id, kind: 'note', body: `n${i}` })));
      assert.equal((await o.store.records.get(T, a))?.body.toString('utf8'), `Seen today: ${CANARY_NAME} ✓`);
      assert.deepEqual((await o.store.records.get(T, b))?.body, bytes);
      assert.equal((await o.store.records.get(T, b))?.patientId, null);
      const listed = await o.store.records.listByPatient(T, p.id);
      assert.equal(listed.length, 21);
      assert.deepEqual(new Set(listed.map((r) => r.id)), new Set([a, ...many]));
      assert.equal(await o.store.records.get(T, '00000000-0000-4000-8000-000000000000'), undefined);
      assert.equal(await o.store.records.get('clinic-b', a), undefined);
      assert.equal(await o.store.records.delete(T, a), true);
      assert.equal(await o.store.records.get(T, a), undefined);
    } finally {
      await o.cleanup();
    }
  });

  test('tampered ciphertext fails to open, naming the record and not its content', async () => {
    const o = await H.open();
    try {
      const id = await o.store.records.put(T, { kind: 'note', body: CANARY_NAME });
      const { rows } = await o.sql.query<{ body: Uint8Array }>(`SELECT body FROM ${o.s}.records WHERE id = $1`, [id]);
      for (const at of [0, 5, 20, 40, -1]) {
        const body = Buffer.from(rows[0]?.body as Uint8Array);
        const i = at < 0 ? body.length - 1 : at;
        body[i] = (body[i] as number) ^ 0x01;
        await o.sql.query(`UPDATE ${o.s}.records SET body = $2 WHERE id = $1`, [id, body]);
        const err = await rejectsWith(o.store.records.get(T, id), at === 0 ? 'PHIGATE_CRYPTO_FAILURE' : at < 17 && at > 0 ? 'PHIGATE_KEY_MISSING' : 'PHIGATE_CRYPTO_FAILURE', [id], [CANARY_NAME]);
        assert.ok(err.message.length < 400);
      }
      // Truncated to the header only.
      await o.sql.query(`UPDATE ${o.s}.records SET body = $2 WHERE id = $1`, [id, Buffer.from(rows[0]?.body as Uint8Array).subarray(0, 20)]);
      await rejectsWith(o.store.records.get(T, id), 'PHIGATE_CRYPTO_FAILURE', [id, 'too short'], [CANARY_NAME]);
    } finally {
      await o.cleanup();
    }
  });

  test('swapped rows and values moved to another column or tenant fail to open', async () => {
    const o = await H.open();
    try {
      const p = await o.store.patients.create(T, { demographics: { name: CANARY_NAME } });
      const a = await o.store.records.put(T, { patientId: p.id, kind: 'note', body: 'first ' + CANARY_NAME });
      const b = await o.store.records.put(T, { patientId: p.id, kind: 'note', body: 'second' });
      await o.sql.query(
        `UPDATE ${o.s}.records r SET body = o.body FROM ${o.s}.records o WHERE (r.id, o.id) IN (($1::uuid, $2::uuid), ($2::uuid, $1::uuid))`,
        [a, b],
      );
      await rejectsWith(o.store.records.get(T, a), 'PHIGATE_CRYPTO_FAILURE', [a, 'records', 'body'], [CANARY_NAME]);
      await rejectsWith(o.store.records.get(T, b), 'PHIGATE_CRYPTO_FAILURE', [b], [CANARY_NAME]);
      // The patient's demographics moved into a record body: same key, other table and field.
      await o.sql.query(`UPDATE ${o.s}.records SET body = (SELECT sealed FROM ${o.s}.patients WHERE id = $2) WHERE id = $1`, [a, p.id]);
      await rejectsWith(o.store.records.get(T, a), 'PHIGATE_CRYPTO_FAILURE', [a], [CANARY_NAME]);
      // A row moved to another tenant: its key belongs to clinic-a.
      const c = await o.store.records.put(T, { kind: 'note', body: 'tenant ' + CANARY_NAME });
      await o.sql.query(`UPDATE ${o.s}.records SET tenant = 'clinic-b' WHERE id = $1`, [c]);
      await rejectsWith(o.store.records.get('clinic-b', c), 'PHIGATE_CRYPTO_FAILURE', [c, 'another tenant'], [CANARY_NAME]);
    } finally {
      await o.cleanup();
    }
  });

  test('wrong keys: another keyring, altered KEK, a wrapped key moved to another row', async () => {
    const o = await H.open();
    try {
      const p1 = await o.store.patients.create(T, { demographics: { name: CANARY_NAME } });
      const p2 = await o.store.patients.create(T, { demographics: { name: 'other' } });
      const other = LocalKeyring.open({ path: join(o.keyDir, 'other.json') });
      await rejectsWith(o.reopen({ keyring: other }), 'PHIGATE_KEY_MISSING', [other.id, o.keyring.id, 'lookup']);
      // Same keyring id, different key material (a restored or edited key file).
      const altered = join(o.keyDir, 'altered.json');
      const file = JSON.parse(readFileSync(join(o.keyDir, 'keyring.json'), 'utf8')) as { versions: Array<{ key: string }> };
      (file.versions[0] as { key: string }).key = randomBytes(32).toString('base64');
      writeFileSync(altered, JSON.stringify(file), { mode: 0o600 });
      await rejectsWith(o.reopen({ keyring: LocalKeyring.open({ path: altered }) }), 'PHIGATE_CRYPTO_FAILURE', ['lookup', 'KEK version 1']);
      // Patient 2's wrapped key copied onto patient 1's key row: the binding to the key id refuses it.
      await o.sql.query(
        `UPDATE ${o.s}.data_keys SET wrapped = (SELECT wrapped FROM ${o.s}.data_keys WHERE owner = $2) WHERE owner = $1`,
        [`patient:${p1.id}`, `patient:${p2.id}`],
      );
      const fresh = await o.reopen();
      await rejectsWith(fresh.patients.get(T, p1.id), 'PHIGATE_CRYPTO_FAILURE', [p1.id, 'demographics'], [CANARY_NAME]);
      assert.deepEqual((await fresh.patients.get(T, p2.id))?.demographics, { name: 'other' });
    } finally {
      await o.cleanup();
    }
  });

  test('crypto-shredding: a destroyed patient key makes their data unreadable, with a clear error', async () => {
    const o = await H.open();
    try {
      const p = await o.store.patients.create(T, { mrn: CANARY_MRN, demographics: { name: CANARY_NAME } });
      const keep = await o.store.patients.create(T, { mrn: 'MRN-KEEP', demographics: { name: 'kept' } });
      const r = await o.store.records.put(T, { patientId: p.id, kind: 'note', body: CANARY_NAME });
      const k = await o.store.records.put(T, { patientId: keep.id, kind: 'note', body: 'kept note' });
      let now = 1_000_000;
      const other = await o.reopen({ keyCache: { ttlMs: 60_000, now: () => now } });
      assert.equal((await other.records.get(T, r))?.body.toString(), CANARY_NAME); // cached there

      const shred = await o.store.patients.shred(T, p.id);
      assert.equal(shred.found, true);
      assert.equal(shred.destroyedKeys.length, 1);
      await rejectsWith(o.store.records.get(T, r), 'PHIGATE_KEY_MISSING', [r, 'crypto-shredded', shred.destroyedKeys[0] as string], [CANARY_NAME]);
      await rejectsWith(o.store.patients.get(T, p.id), 'PHIGATE_KEY_MISSING', [p.id], [CANARY_NAME]);
      assert.equal(await o.store.patients.findByMrn(T, CANARY_MRN), undefined);
      // Another process stops reading once its cache entry expires.
      now += 60_001;
      await rejectsWith(other.records.get(T, r), 'PHIGATE_KEY_MISSING', [r], [CANARY_NAME]);
      // Nobody else is affected; shredding again is harmless.
      assert.equal((await o.store.records.get(T, k))?.body.toString(), 'kept note');
      assert.equal((await o.store.patients.findByMrn(T, 'MRN-KEEP'))?.id, keep.id);
      assert.deepEqual((await o.store.patients.shred(T, p.id)).destroyedKeys, []);
      const { rows } = await o.sql.query<{ n: number }>(`SELECT count(*) AS n FROM ${o.s}.data_keys WHERE wrapped IS NULL`);
      assert.equal(rows[0]?.n, 1);
    } finally {
      await o.cleanup();
    }
  });

  test('audit: gapless sequencing under concurrent writers, ranges, erasure, checkpoints', async () => {
    const o = await H.open();
    try {
      const writers = [o.store, await o.reopen(), await o.reopen()];
      const written: Array<{ first: number; leaves: Buffer[] }> = [];
      await Promise.all(
        writers.map(async (s, w) => {
          for (let i = 0; i < 12; i++) {
            const n = 1 + ((i * 7 + w) % 5);
            const leaves = Array.from({ length: n }, (_, j) => Buffer.from(`w${w}-b${i}-e${j}`.padEnd(32, '.')));
            const first = await s.audit.appendBatch(
              leaves.map((leafHash, j) => ({ leafHash, digest: randomBytes(32), salt: randomBytes(16), payload: JSON.stringify({ actor: { id: `actor${w}` }, action: 'chat', patient: null, vendor: 'v', time: `2026-01-0${1 + (j % 3)}T00:00:00.000Z` }) })),
            );
            written.push({ first, leaves });
          }
        }),
      );
      const total = written.reduce((n, b) => n + b.leaves.length, 0);
      assert.equal(await o.store.audit.size(), total);
      const sorted = [...written].sort((a, b) => a.first - b.first);
      let next = 0;
      for (const b of sorted) {
        assert.equal(b.first, next, 'batches must be contiguous and not overlap');
        next += b.leaves.length;
      }
      const leaves = await o.store.audit.readLeafHashes(0, total);
      for (const b of sorted) b.leaves.forEach((l, j) => assert.deepEqual(Buffer.from(leaves[b.first + j] as Uint8Array), l));
      const some = await o.store.audit.readEntries(3, 7);
      assert.deepEqual(some.map((e) => e.seq), [3, 4, 5, 6]);
      await rejectsWith(o.store.audit.readLeafHashes(0, total + 1), 'PHIGATE_STORE_FAILURE', ['outside']);

      const byActor = await o.store.audit.search({ actor: 'actor1', limit: 1000 });
      assert.equal(byActor.length, written.filter((b) => b.leaves[0]?.toString().startsWith('w1-')).reduce((n, b) => n + b.leaves.length, 0));
      const dated = await o.store.audit.search({ from: new Date('2026-01-02T00:00:00.000Z'), to: new Date('2026-01-02T00:00:00.000Z'), limit: 1000 });
      assert.ok(dated.length > 0 && dated.every((e) => e.payload?.includes('2026-01-02')));
      const paged = await o.store.audit.search({ afterSeq: 10, limit: 5 });
      assert.deepEqual(paged.map((e) => e.seq), [11, 12, 13, 14, 15]);

      assert.equal(await o.store.audit.erasePayload(3), true);
      assert.equal(await o.store.audit.erasePayload(total + 5), false);
      const [erased] = await o.store.audit.readEntries(3, 4);
      assert.equal(erased?.payload, null);
      assert.equal(erased?.salt, null);
      assert.equal(erased?.leafHash.length, 32);
      assert.ok(!(await o.store.audit.search({ limit: 1000 })).some((e) => e.seq === 3), 'erased entries do not match searches');

      // Append-only in the database itself.
      await rejectsWith(o.sql.query(`DELETE FROM ${o.s}.audit_entries WHERE seq = 1`), 'PHIGATE_STORE_FAILURE', ['P0001']);
      await rejectsWith(o.sql.query(`UPDATE ${o.s}.audit_entries SET leaf_hash = '\\x00' WHERE seq = 1`), 'PHIGATE_STORE_FAILURE', ['P0001']);
      await rejectsWith(o.sql.query(`TRUNCATE ${o.s}.audit_entries`), 'PHIGATE_STORE_FAILURE');
      // The append function takes whole batches only, and a refused call moves nothing.
      const sizeBefore = await o.store.audit.size();
      const append = (n: [number, number, number, number]): Promise<unknown> =>
        o.sql.query(`SELECT ${o.s}.audit_append($1::bytea[], $2::bytea[], $3::bytea[], $4::text[])`, [
          Array.from({ length: n[0] }, () => randomBytes(32)),
          Array.from({ length: n[1] }, () => randomBytes(32)),
          Array.from({ length: n[2] }, () => randomBytes(16)),
          Array.from({ length: n[3] }, () => '{}'),
        ]);
      await rejectsWith(append([0, 0, 0, 0]), 'PHIGATE_STORE_FAILURE', ['22023']);
      await rejectsWith(append([2, 2, 1, 2]), 'PHIGATE_STORE_FAILURE', ['22023']);
      assert.equal(await o.store.audit.size(), sizeBefore);

      // Payloads come back exactly, whichever way a batch crosses: one-line payloads as one newline-joined text
      // (quotes, backslashes, commas, braces and non-ASCII included), a batch holding an empty or multi-line
      // payload as an array.
      const payloadsOf = async (payloads: string[]): Promise<Array<string | null>> => {
        const first = await o.store.audit.appendBatch(payloads.map((payload) => ({ leafHash: randomBytes(32), digest: randomBytes(32), salt: randomBytes(16), payload })));
        return (await o.store.audit.readEntries(first, first + payloads.length)).map((e) => e.payload);
      };
      const oneLine = ['{"a":"x\\"y","b":[1,2]}', '{"c":"NULL"}', 'NULL', '{}', '"\\n" é ✓', ' '];
      assert.deepEqual(await payloadsOf(oneLine), oneLine);
      assert.deepEqual(await payloadsOf(['{"a":1}']), ['{"a":1}']);
      const mixed = ['{"a":1}', 'two\nlines', '', '{"b":"\\"}'];
      assert.deepEqual(await payloadsOf(mixed), mixed);
      assert.deepEqual(await payloadsOf(['']), ['']);
      assert.equal(await o.store.audit.size(), sizeBefore + oneLine.length + 1 + mixed.length + 1);

      const root = randomBytes(32);
      await o.store.audit.saveCheckpoint({ size: 10, root, note: 'note-10' });
      await o.store.audit.saveCheckpoint({ size: 10, root, note: 'note-10' });
      await o.store.audit.saveCheckpoint({ size: 20, root: randomBytes(32), note: 'note-20' });
      await rejectsWith(o.store.audit.saveCheckpoint({ size: 10, root: randomBytes(32), note: 'fork' }), 'PHIGATE_AUDIT_ROOT_MISMATCH');
      assert.equal((await o.store.audit.latestCheckpoint())?.size, 20);
      assert.deepEqual((await o.store.audit.listCheckpoints()).map((c) => [c.size, c.note]), [[10, 'note-10'], [20, 'note-20']]);
    } finally {
      await o.cleanup();
    }
  });
}
