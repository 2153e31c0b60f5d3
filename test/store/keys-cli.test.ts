// `phigate keys status | rotate | retire` run as a user would, as a child process.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { LocalKeyring } from '../../src/crypto/index.js';
import { openPostgres, openStore } from '../../src/store/index.js';
import { jsonLines, runPhigate } from '../cli/run-phigate.js';
import { PG_NOT_RUN, TEST_DATABASE_URL, newSchema, postgresGate, tempDir } from './harness.js';

test('keys status refuses to invent a store or a key file', async () => {
  const dir = tempDir();
  try {
    const r = await runPhigate(['keys', 'status', '--data-dir', join(dir, 'none'), '--key-file', join(dir, 'k.json')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /No embedded store in .*none.*PHIGATE_USAGE/);
    const v = await runPhigate(['keys', 'status', '--keyring', 'vault-transit', '--database-url', 'postgres://127.0.0.1:1/x'], { env: { VAULT_ADDR: '' } });
    assert.equal(v.code, 2);
    assert.match(v.stderr, /needs --vault-addr/);
    const help = await runPhigate(['keys', 'rotate', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--batch-size/);
    assert.match(help.stdout, /--no-new-version/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const gate = await postgresGate();
test('keys rotate / status / retire on PostgreSQL, with progress and JSON', { skip: gate.skip === false || gate.mustFail ? false : gate.skip }, async () => {
  if (gate.skip !== false) assert.fail(`${PG_NOT_RUN}, and CI=true requires it`);
  const dir = tempDir();
  const keyFile = join(dir, 'keyring.json');
  const schema = newSchema();
  const common = ['--database-url', TEST_DATABASE_URL, '--schema', schema, '--key-file', keyFile];
  try {
    const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema, keyring: LocalKeyring.open({ path: keyFile }), maxConnections: 2 });
    for (let i = 0; i < 7; i++) {
      const p = await store.patients.create('cli-co', { demographics: { name: `p${i}` } });
      await store.records.put('cli-co', { patientId: p.id, kind: 'note', body: `note ${i}` });
    }
    await store.close();

    const before = JSON.parse((await runPhigate(['keys', 'status', '--json', ...common])).stdout) as { keyring: { latestVersion: number }; belowLatest: number; rotation: unknown };
    assert.equal(before.keyring.latestVersion, 1);
    assert.equal(before.rotation, null);

    const rot = await runPhigate(['keys', 'rotate', '--json', '--batch-size', '3', ...common]);
    assert.equal(rot.code, 0, rot.stderr);
    const report = JSON.parse(rot.stdout) as { targetVersion: number; rewrapped: number; resumed: boolean };
    assert.deepEqual([report.targetVersion, report.rewrapped, report.resumed], [2, 8, false]);
    // Given --json, the progress on stderr is JSON lines too.
    assert.deepEqual(jsonLines(rot.stderr).at(-1), { progress: { targetVersion: 2, rewrapped: 8, total: 8 } });

    const text = await runPhigate(['keys', 'status', ...common]);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /KEK +latest v2; can unwrap v1, v2/);
    assert.match(text.stdout, /data keys +v2: 8 live/);
    assert.match(text.stdout, /phigate keys retire/);

    const ret = await runPhigate(['keys', 'retire', ...common]);
    assert.equal(ret.code, 0, ret.stderr);
    assert.match(ret.stdout, /Retired KEK versions below v2/);
    const after = JSON.parse((await runPhigate(['keys', 'status', '--json', ...common])).stdout) as { keyring: { decryptableVersions: number[] } };
    assert.deepEqual(after.keyring.decryptableVersions, [2]);

    // Everything still opens with the retired key file.
    const reopened = await openStore({ databaseUrl: TEST_DATABASE_URL, schema, keyring: LocalKeyring.open({ path: keyFile }), maxConnections: 2 });
    const pat = await reopened.patients.create('cli-co', { demographics: { name: 'after' } });
    assert.equal((await reopened.patients.get('cli-co', pat.id))?.demographics['name'], 'after');
    await reopened.close();
  } finally {
    const sql = await openPostgres({ url: TEST_DATABASE_URL, maxConnections: 1 });
    await sql.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await sql.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
