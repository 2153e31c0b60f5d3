// Several gateway processes appending to one PostgreSQL give one linear log; a writer killed with
// SIGKILL mid-append (PostgreSQL and the embedded engine on disk) leaves a log that verifies and holds
// every acknowledged event.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalKeyring } from '../../src/crypto/index.js';
import { openPostgres, openStore, openStoreOn, type Store } from '../../src/store/index.js';
import { AuditLog, auditStorageOf, exportLog, generateNoteKey, parseSignerKey, parseVerifierKey, verifyExportFiles, resolveExportPaths, rfc9162, CompactRange, toHex } from '../../src/audit/index.js';
import { TEST_DATABASE_URL, newSchema, postgresGate } from '../store/harness.js';

const CHILD = fileURLToPath(new URL('./append-child.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');
const dir = mkdtempSync(join(tmpdir(), 'phigate-audit-proc-'));
const keyFile = join(dir, 'keyring.json');
after(() => rmSync(dir, { recursive: true, force: true }));

interface Child {
  proc: ChildProcess;
  acks: Map<number, string>;
  exited: Promise<number | null>;
}

function startChild(args: string[], onAck?: (n: number) => void): Child {
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const proc = spawn(process.execPath, ['--import', TSX, CHILD, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const acks = new Map<number, string>();
  let buf = '';
  let err = '';
  proc.stdout?.on('data', (d: Buffer) => {
    buf += d.toString('utf8');
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      const m = /^ack (\d+) ([0-9a-f]{64})$/.exec(line);
      if (m) {
        acks.set(Number(m[1]), m[2] as string);
        onAck?.(acks.size);
      }
    }
  });
  proc.stderr?.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) =>
    proc.on('exit', (code) => {
      if (code !== 0 && code !== null) process.stderr.write(`append-child failed: ${err}\n`);
      resolve(code);
    }),
  );
  return { proc, acks, exited };
}

/** Every acknowledged (seq, leaf) is stored, the log has no gap, and an export of it verifies. */
async function checkLog(store: Store, acks: Map<number, string>, expectAtLeast: number): Promise<void> {
  const storage = auditStorageOf(store.audit);
  const size = await storage.size();
  assert.ok(size >= expectAtLeast, `size ${size} < acknowledged ${expectAtLeast}`);
  const leaves = await storage.readLeafHashes(0, size);
  assert.equal(leaves.length, size, 'no gaps');
  for (const [seq, leaf] of acks) assert.equal(toHex(leaves[seq] as Uint8Array), leaf, `acknowledged entry ${seq} is there`);
  const key = generateNoteKey('audit.test.example/phigate');
  const log = new AuditLog({ storage, origin: 'audit.test.example/phigate', signers: [parseSignerKey(key.signerKey)], checkpointIntervalMs: 0 });
  const range = new CompactRange(rfc9162);
  for (const l of leaves) range.append(l);
  assert.deepEqual(Buffer.from(await log.root(size)), Buffer.from(range.root()));
  const next = await log.append((await import('./fixtures.js')).sampleEvent(999_999));
  assert.equal(next.seq, size, 'appending resumes right after the last entry');
  const out = join(dir, `export-${Math.random().toString(36).slice(2)}`);
  await exportLog(log, out, { verifierKeys: [key.verifierKey] });
  const { report } = await verifyExportFiles({ paths: await resolveExportPaths([out]), verifiers: [parseVerifierKey(key.verifierKey)], workers: 0 });
  assert.equal(report.ok, true, JSON.stringify(report.problems));
  assert.equal(report.entries, size + 1);
  await log.close();
}

const gate = await postgresGate();
const pgSkip = gate.skip === false ? false : gate.mustFail ? false : gate.skip;

test('three writer processes on one PostgreSQL: one linear log, no gaps, no forks', { skip: pgSkip }, async () => {
  if (gate.skip !== false) assert.fail('PostgreSQL is required under CI=true');
  const schema = newSchema();
  const sql = await openPostgres({ url: TEST_DATABASE_URL, maxConnections: 2 });
  const keyring = LocalKeyring.open({ path: keyFile });
  const store = await openStoreOn(sql, { schema, keyring, ownsSql: true });
  try {
    const children = [1, 2, 3].map((w) => startChild(['postgres', TEST_DATABASE_URL, schema, keyFile, String(w), '300']));
    const codes = await Promise.all(children.map((c) => c.exited));
    assert.deepEqual(codes, [0, 0, 0]);
    const all = new Map<number, string>();
    for (const c of children) for (const [seq, leaf] of c.acks) {
      assert.ok(!all.has(seq), `seq ${seq} given to two writers (a fork)`);
      all.set(seq, leaf);
    }
    assert.equal(all.size, 900);
    assert.deepEqual([...all.keys()].sort((a, b) => a - b), Array.from({ length: 900 }, (_, i) => i));
    await checkLog(store, all, 900);
  } finally {
    await sql.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await store.close();
  }
});

/** Waits until no other session is still running a statement on `schema` (at most 10 s). */
async function serverSettled(sql: Awaited<ReturnType<typeof openPostgres>>, schema: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const { rows } = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND state = 'active' AND position($1 in query) > 0`,
      [schema],
    );
    if (rows[0]?.n === 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.fail('the killed writer\'s statement did not finish on the server');
}

async function killMidAppend(args: string[]): Promise<Map<number, string>> {
  let resolveEnough: () => void = () => undefined;
  const enough = new Promise<void>((r) => (resolveEnough = r));
  const child = startChild(args, (n) => n >= 300 && resolveEnough());
  await Promise.race([enough, child.exited]);
  child.proc.kill('SIGKILL');
  const code = await child.exited;
  assert.equal(code, null, 'killed, not finished');
  return child.acks;
}

test('kill -9 while appending to PostgreSQL: every acknowledged event is there and the log verifies', { skip: pgSkip }, async () => {
  if (gate.skip !== false) assert.fail('PostgreSQL is required under CI=true');
  const schema = newSchema();
  const sql = await openPostgres({ url: TEST_DATABASE_URL, maxConnections: 2 });
  const keyring = LocalKeyring.open({ path: keyFile });
  const store = await openStoreOn(sql, { schema, keyring, ownsSql: true });
  try {
    const acks = await killMidAppend(['postgres', TEST_DATABASE_URL, schema, keyFile, '7', 'forever']);
    // An append is one statement: one the killed writer had already sent runs to its end on the server
    // (and commits, unacknowledged). Wait for the server to finish it before reading the log's size.
    await serverSettled(sql, schema);
    await checkLog(store, acks, acks.size);
  } finally {
    await sql.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await store.close();
  }
});

test('kill -9 while appending to the embedded engine on disk: restart finds every acknowledged event', async () => {
  const dataDir = join(dir, 'pglite');
  const acks = await killMidAppend(['pglite', dataDir, 'phigate', keyFile, '8', 'forever']);
  const store = await openStore({ dataDir, keyring: LocalKeyring.open({ path: keyFile }) });
  try {
    await checkLog(store, acks, acks.size);
  } finally {
    await store.close();
  }
});
