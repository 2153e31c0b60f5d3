// Crash safety on both engines: a child process doing bulk writes (records and audit entries, one
// transaction per batch) is killed with SIGKILL in the middle, then the store is reopened. Everything
// acknowledged must be there and readable; a batch is there whole or not at all; nothing half-written
// can be read; the audit log has no gap.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { LocalKeyring } from '../../src/crypto/index.js';
import { openPostgres, openStore, type Store } from '../../src/store/index.js';
import { TEST_DATABASE_URL, newSchema, postgresGate, PG_NOT_RUN, tempDir } from './harness.js';
import { itemBody, itemId, type WorkerArgs } from './crash-items.js';

const WORKER = fileURLToPath(new URL('./child-worker.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');
const TENANT = 'crash-co';
const BATCH = 25;

/** Runs the writer until it has acknowledged `acks` batches, then kills it with SIGKILL. Returns the last ack. */
function runAndKill(args: WorkerArgs, acks: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.NODE_TEST_CONTEXT;
    const child = spawn(process.execPath, ['--import', TSX, WORKER, JSON.stringify(args)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let last = -1;
    let buf = '';
    let err = '';
    let killed = false;
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop() as string;
      for (const line of lines) {
        const m = /^ACK (\d+)$/.exec(line);
        if (m) last = Number(m[1]);
      }
      if (last + 1 >= acks && !killed) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`writer exited on its own (code ${code}): ${err.slice(0, 2000)}`));
    });
  });
}

async function verify(store: Store, lastAck: number): Promise<void> {
  // Batches beyond the last ack may or may not have committed; look well past it.
  let complete = 0;
  let sawMissing = false;
  for (let b = 0; b <= lastAck + 50; b++) {
    let present = 0;
    for (let i = 0; i < BATCH; i++) {
      const r = await store.records.get(TENANT, itemId(b, i)); // throws if anything stored is unreadable
      if (r) {
        assert.equal(r.body.toString(), itemBody(b, i));
        present++;
      }
    }
    assert.ok(present === 0 || present === BATCH, `batch ${b} is half there (${present}/${BATCH})`);
    if (b <= lastAck) assert.equal(present, BATCH, `acknowledged batch ${b} was lost`);
    if (present === BATCH) {
      assert.ok(!sawMissing, `batch ${b} is there after a missing batch`);
      complete++;
    } else sawMissing = true;
  }
  // No stray records beyond the complete batches.
  let total = 0;
  for (let after: string | null = null; ; ) {
    const ids = await store.records.listIds(TENANT, after, 1000);
    total += ids.length;
    if (ids.length < 1000) break;
    after = ids[ids.length - 1] as string;
  }
  assert.equal(total, complete * BATCH);
  // The audit log: gapless, every acknowledged batch in it, whole batches only.
  const size = await store.audit.size();
  assert.ok(size >= (lastAck + 1) * BATCH, `audit lost acknowledged entries (${size})`);
  assert.equal(size % BATCH, 0, 'audit has a partial batch');
  const entries = await store.audit.readEntries(0, size);
  entries.forEach((e, seq) => assert.equal(e.seq, seq));
}

test('kill -9 during bulk writes [pglite]: acknowledged data survives, nothing half-written', async () => {
  const dir = tempDir('phigate-crash-');
  const dataDir = join(dir, 'data');
  const keyPath = join(dir, 'keyring.json');
  try {
    const last = await runAndKill({ mode: 'bulk-write', dataDir, keyPath, tenant: TENANT, batchSize: BATCH }, 12);
    assert.ok(last >= 11);
    // The killed process left its lock behind; reopening takes it over.
    const store = await openStore({ dataDir, keyring: LocalKeyring.open({ path: keyPath, create: false }) });
    try {
      await verify(store, last);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const gate = await postgresGate();
test('kill -9 during bulk writes [postgres]: acknowledged data survives, nothing half-written', { skip: gate.skip === false ? false : gate.mustFail ? false : gate.skip }, async () => {
  if (gate.skip !== false) assert.fail(`${PG_NOT_RUN}, and CI=true requires it`);
  const dir = tempDir('phigate-crash-');
  const keyPath = join(dir, 'keyring.json');
  const schema = newSchema();
  try {
    const last = await runAndKill({ mode: 'bulk-write', databaseUrl: TEST_DATABASE_URL, schema, keyPath, tenant: TENANT, batchSize: BATCH }, 12);
    const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema, keyring: LocalKeyring.open({ path: keyPath, create: false }), maxConnections: 2 });
    try {
      await verify(store, last);
    } finally {
      await store.close();
    }
  } finally {
    const sql = await openPostgres({ url: TEST_DATABASE_URL, maxConnections: 1 });
    await sql.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await sql.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
