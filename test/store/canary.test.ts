// Canary test: unique fake identifiers go through every path that stores PHI (patients with MRN and
// external id, demographics, records with and without a patient, bulk writes, vault tokens and their
// scope, lookups, shredding, KEK rotation), then every file of the embedded data directory and a dump
// of every PostgreSQL table (SELECT of each row as text, and pg_dump when installed) are scanned for
// them in UTF-8, UTF-16, hex and base64. None may appear.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { LocalKeyring, rotateKeys } from '../../src/crypto/index.js';
import { openPostgres, openStore, type Store } from '../../src/store/index.js';
import { TokenVault } from '../../src/vault/index.js';
import { PG_NOT_RUN, TEST_DATABASE_URL, newSchema, postgresGate, tempDir } from './harness.js';

const TENANT = 'canary-clinic';

function canaries(): Record<string, string> {
  const tag = () => randomBytes(5).toString('hex');
  return {
    name: `Quillon Canary${tag()}`,
    mrn: `MRN${tag()}CANARY`,
    externalId: `EHR-CANARY-${tag()}`,
    birth: `CanaryBorn-${tag()}`,
    note: `canary-note-${tag()} presented with chest pain`,
    bulk: `canary-bulk-${tag()}`,
    tenantNote: `canary-tenant-${tag()}`,
    vaultValue: `Canary Vaultperson ${tag()}`,
    vaultScope: `canary-conversation-${tag()}`,
    shredded: `Canary Shredded ${tag()}`,
  };
}

/** The canary in every encoding a leak could take. */
function encodings(value: string): Buffer[] {
  const utf8 = Buffer.from(value, 'utf8');
  return [utf8, Buffer.from(value, 'utf16le'), Buffer.from(utf8.toString('hex')), Buffer.from(utf8.toString('base64').slice(0, -2)), Buffer.from(value.toUpperCase())];
}

function findLeaks(haystack: Buffer, values: Record<string, string>, where: string): string[] {
  const leaks: string[] = [];
  for (const [path, value] of Object.entries(values)) {
    for (const enc of encodings(value)) if (haystack.includes(enc)) leaks.push(`${path} in ${where}`);
  }
  return leaks;
}

async function writeEverywhere(store: Store, c: Record<string, string>, keyring: LocalKeyring): Promise<void> {
  const p = await store.patients.create(TENANT, { mrn: c.mrn, externalId: c.externalId, demographics: { name: c.name, born: c.birth } });
  await store.records.put(TENANT, { patientId: p.id, kind: 'note', body: c.note as string });
  await store.records.put(TENANT, { kind: 'note', body: c.tenantNote as string });
  await store.records.putMany(TENANT, Array.from({ length: 50 }, (_, i) => ({ patientId: p.id, kind: 'note', body: `${c.bulk} #${i}` })));
  const vault = TokenVault.fromStore(store);
  const scope = { tenant: TENANT, kind: 'conversation' as const, id: c.vaultScope as string };
  const token = await vault.tokenize(c.vaultValue as string, 'NAME', scope);
  assert.equal((await vault.detokenize(token, scope)).value, c.vaultValue);
  await vault.tokenize(c.mrn as string, 'MRN', { tenant: TENANT, kind: 'patient', id: c.mrn as string });
  assert.equal((await store.patients.findByMrn(TENANT, c.mrn as string))?.id, p.id);
  assert.equal((await store.patients.findByExternalId(TENANT, c.externalId as string))?.id, p.id);
  const gone = await store.patients.create(TENANT, { mrn: `${c.mrn}-2`, demographics: { name: c.shredded } });
  await store.records.put(TENANT, { patientId: gone.id, kind: 'note', body: c.shredded as string });
  await store.patients.shred(TENANT, gone.id);
  await store.audit.appendBatch([{ leafHash: randomBytes(32), digest: randomBytes(32), salt: randomBytes(16), payload: '{"action":"chat","patient":null}' }]);
  await rotateKeys({ keyring, store: store.rotation, batchSize: 7 });
  assert.equal((await store.records.listByPatient(TENANT, p.id, 100)).length, 51);
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

test('no canary in clear anywhere in the embedded data directory [pglite]', async () => {
  const dir = tempDir('phigate-canary-');
  const dataDir = join(dir, 'data');
  const c = canaries();
  try {
    const keyring = LocalKeyring.open({ path: join(dir, 'keyring.json') });
    const store = await openStore({ dataDir, keyring });
    await writeEverywhere(store, c, keyring);
    await store.close();
    const files = filesUnder(dataDir);
    assert.ok(files.length > 100, 'scanned the real data directory');
    let bytes = 0;
    const leaks: string[] = [];
    for (const f of files) {
      const data = readFileSync(f);
      bytes += data.length;
      leaks.push(...findLeaks(data, c, f.slice(dataDir.length)));
    }
    assert.ok(bytes > 1_000_000 && statSync(dataDir).isDirectory());
    assert.deepEqual(leaks, []);
    // The scan itself can see plaintext: a control value written in clear is found.
    assert.ok(findLeaks(Buffer.from(`xx${c.name}xx`), { control: c.name as string }, 'control').length > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function pgDumpAvailable(): boolean {
  try {
    execFileSync('pg_dump', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const gate = await postgresGate();
test('no canary in clear in any PostgreSQL table [postgres]', { skip: gate.skip === false || gate.mustFail ? false : gate.skip }, async () => {
  if (gate.skip !== false) assert.fail(`${PG_NOT_RUN}, and CI=true requires it`);
  const dir = tempDir('phigate-canary-');
  const schema = newSchema();
  const c = canaries();
  const sql = await openPostgres({ url: TEST_DATABASE_URL, maxConnections: 2 });
  try {
    const keyring = LocalKeyring.open({ path: join(dir, 'keyring.json') });
    const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema, keyring, maxConnections: 3 });
    await writeEverywhere(store, c, keyring);
    await store.close();
    const { rows: tables } = await sql.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`, [schema]);
    assert.ok(tables.length >= 8, `found ${tables.length} tables`);
    const leaks: string[] = [];
    let rowsSeen = 0;
    for (const { table_name } of tables) {
      const { rows } = await sql.query<{ r: string }>(`SELECT t::text AS r FROM "${schema}"."${table_name}" t`);
      rowsSeen += rows.length;
      leaks.push(...findLeaks(Buffer.from(rows.map((x) => x.r).join('\n')), c, table_name));
    }
    assert.ok(rowsSeen > 60);
    if (pgDumpAvailable()) {
      const u = new URL(TEST_DATABASE_URL);
      const dump = execFileSync('pg_dump', ['-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres'), '-d', u.pathname.slice(1), '-n', schema], {
        maxBuffer: 256 * 1024 * 1024,
      });
      assert.ok(dump.includes(Buffer.from('audit_entries')));
      leaks.push(...findLeaks(dump, c, 'pg_dump'));
    }
    assert.deepEqual(leaks, []);
  } finally {
    await sql.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await sql.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
