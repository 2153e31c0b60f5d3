// Several processes tokenizing the same values at once on one PostgreSQL: every process gets the same
// token for a value, each value is stored once, and every token resolves from any process.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { LocalKeyring } from '../../src/crypto/index.js';
import { openPostgres, openStore } from '../../src/store/index.js';
import { TokenVault } from '../../src/vault/index.js';
import { PG_NOT_RUN, TEST_DATABASE_URL, newSchema, postgresGate, tempDir } from '../store/harness.js';
import type { WorkerArgs } from '../store/crash-items.js';

const WORKER = fileURLToPath(new URL('../store/child-worker.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

function tokenizeInChild(args: WorkerArgs): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.NODE_TEST_CONTEXT;
    const child = spawn(process.execPath, ['--import', TSX, WORKER, JSON.stringify(args)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as string[]) : reject(new Error(`worker failed (${code}): ${err.slice(0, 2000)}`))));
  });
}

const gate = await postgresGate();
test('several processes tokenize the same values at once [postgres]', { skip: gate.skip === false || gate.mustFail ? false : gate.skip }, async () => {
  if (gate.skip !== false) assert.fail(`${PG_NOT_RUN}, and CI=true requires it`);
  const dir = tempDir('phigate-multi-');
  const keyPath = join(dir, 'keyring.json');
  const schema = newSchema();
  const values = Array.from({ length: 60 }, (_, i) => `Patient Name ${i}`);
  try {
    // The first store creates schema and keys; the children race on everything else.
    const first = await openStore({ databaseUrl: TEST_DATABASE_URL, schema, keyring: LocalKeyring.open({ path: keyPath }), maxConnections: 2 });
    const orders = [values, [...values].reverse(), [...values.slice(30), ...values.slice(0, 30)]];
    const results = await Promise.all(orders.map((order) => tokenizeInChild({ mode: 'tokenize', databaseUrl: TEST_DATABASE_URL, schema, keyPath, tenant: 'multi-co', values: order })));
    const byValue = new Map<string, string>();
    results.forEach((tokens, p) => {
      (orders[p] as string[]).forEach((value, i) => {
        const t = tokens[i] as string;
        assert.match(t, /^\[\[NAME_[0-9a-f]{12,64}\]\]$/);
        if (byValue.has(value)) assert.equal(byValue.get(value), t, `processes disagree on a token`);
        else byValue.set(value, t);
      });
    });
    assert.equal(new Set(byValue.values()).size, values.length);
    assert.equal(await first.vaultTokens.count(), values.length);
    const vault = TokenVault.fromStore(first);
    const back = await vault.detokenizeMany([...byValue.values()], { tenant: 'multi-co', kind: 'conversation', id: 'multi' });
    for (const [value, token] of byValue) assert.equal(back.get(token)?.value, value);
    await first.close();
  } finally {
    const sql = await openPostgres({ url: TEST_DATABASE_URL, maxConnections: 1 });
    await sql.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await sql.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('relaxed vault durability: a pool with synchronous_commit=off, same results [postgres]', { skip: gate.skip === false || gate.mustFail ? false : gate.skip }, async () => {
  if (gate.skip !== false) assert.fail(`${PG_NOT_RUN}, and CI=true requires it`);
  const relaxed = await openPostgres({ url: TEST_DATABASE_URL, maxConnections: 1, synchronousCommit: 'off' });
  const strict = await openPostgres({ url: TEST_DATABASE_URL, maxConnections: 1 });
  assert.equal((await relaxed.query<{ synchronous_commit: string }>('SHOW synchronous_commit')).rows[0]?.synchronous_commit, 'off');
  assert.equal((await strict.query<{ synchronous_commit: string }>('SHOW synchronous_commit')).rows[0]?.synchronous_commit, 'on');
  await relaxed.close();
  await strict.close();
  const dir = tempDir('phigate-relaxed-');
  const schema = newSchema();
  try {
    const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema, keyring: LocalKeyring.open({ path: join(dir, 'k.json') }), maxConnections: 2, vaultDurability: 'relaxed' });
    const vault = TokenVault.fromStore(store);
    const scope = { tenant: 'relaxed-co', kind: 'conversation' as const, id: 'c' };
    const tokens = await Promise.all(Array.from({ length: 20 }, (_, i) => vault.tokenize(`v${i % 10}`, 'NAME', scope)));
    assert.equal(new Set(tokens).size, 10);
    assert.equal((await vault.detokenize(tokens[3] as string, scope)).value, 'v3');
    await store.close();
  } finally {
    const sql = await openPostgres({ url: TEST_DATABASE_URL, maxConnections: 1 });
    await sql.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await sql.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
