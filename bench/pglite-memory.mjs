#!/usr/bin/env node
// Where an embedded store's memory goes: PGlite alone in a fresh Node process (started with the `phigate`
// command's Node flags), on a data directory made as `phigate serve` makes it (initdb in a child), through
// phigate's migrations, then N vault tokenizations and N audit events (the writes one gateway request makes).
// Prints RSS, PGlite's WebAssembly memory (its size and what of it is resident) and the JS side's external
// memory after each stage.
// Usage: node bench/pglite-memory.mjs [--dist DIR] [--writes N] [--conf 'name = value' ...] [--initial-memory MiB]
//   --conf adds a postgresql.conf line after the store's own settings (to try one setting in isolation).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cliNodeFlags } from './lib/cli-flags.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const dist = resolve(opt('--dist', join(here, '..', 'dist')));

if (process.env.PHIGATE_PGLITE_MEMORY_CHILD !== '1') {
  // The measured process: fresh, with the flags `phigate serve` runs under.
  const extra = (process.env.PHIGATE_PGLITE_MEMORY_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const run = spawnSync(process.execPath, [...cliNodeFlags(join(here, '..')), ...extra, '--expose-gc', fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
    env: { ...process.env, PHIGATE_PGLITE_MEMORY_CHILD: '1' },
  });
  process.exit(run.status ?? 1);
}

const MiB = 2 ** 20;
const fmt = (b) => `${(b / MiB).toFixed(1)}`;
const writes = Number(opt('--writes', '2000'));
const extraConf = args.flatMap((a, i) => (a === '--conf' ? [args[i + 1]] : []));
const initialMemory = args.includes('--initial-memory') ? Number(opt('--initial-memory')) * MiB : undefined;

/** Resident KiB by kind of mapping: WebAssembly memories (reservations of 1 GiB and more), files, the rest. */
function smaps() {
  const maps = readFileSync('/proc/self/smaps', 'utf8').split(/\n(?=[0-9a-f]+-[0-9a-f]+ )/);
  const out = { wasmMemory: 0, files: 0, anon: 0, top: [] };
  for (const m of maps) {
    const head = m.split('\n')[0].split(/\s+/);
    const rss = Number(/\nRss:\s+(\d+)/.exec(m)?.[1] ?? 0) * 1024;
    const size = Number(/\nSize:\s+(\d+)/.exec(m)?.[1] ?? 0) * 1024;
    out.top.push([rss, size, head[0], head[1], head[5] ?? '']);
    if (size === wasmSize()) out.wasmMemory += rss;
    else if ((head[5] ?? '').startsWith('/')) out.files += rss;
    else out.anon += rss;
  }
  return out;
}

const rows = [];
/** The start of PGlite's WebAssembly memory's mapping: the mapping of exactly the memory's size that appeared when it was made. */
const wasmSize = () => db?.mod?.HEAPU8?.length;
let db;
function stage(name) {
  globalThis.gc();
  const u = process.memoryUsage();
  const s = smaps();
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) * 1024;
  const heapBytes = db?.mod?.HEAPU8?.length;
  if (process.env.PHIGATE_PGLITE_MEMORY_MAPS) for (const [rss, size, range, perm, file] of s.top.sort((a, b) => b[0] - a[0]).slice(0, 12)) process.stdout.write(`  ${name}: ${fmt(rss)} of ${fmt(size)} ${range} ${perm} ${file}\n`);
  if (process.env.PHIGATE_PGLITE_MEMORY_MAPS) {
    const kinds = new Map();
    for (const [rss, size, range, perm, file] of s.top) {
      const start = BigInt(`0x${range.split('-')[0]}`);
      const kind = file.startsWith('/') ? 'files' : file ? file : perm.includes('x') ? 'anon code (rwx)' : size === wasmSize() ? 'wasm memory' : start < 0x7f0000000000n ? 'anon v8-placed' : start % (64n << 20n) === 0n ? 'malloc arena (64 MiB aligned)' : 'anon high other';
      kinds.set(kind, (kinds.get(kind) ?? 0) + rss);
    }
    process.stdout.write(`  ${name} kinds: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}\n`);
  }
  rows.push([name, fmt(u.rss), fmt(hwm), heapBytes ? fmt(heapBytes) : '', fmt(s.wasmMemory), fmt(u.heapUsed), fmt(u.external), fmt(u.arrayBuffers), fmt(s.anon), fmt(s.files)]);
}

stage('node');
const imp = (p) => import(pathToFileURL(join(dist, p)).href);
const [{ PGLITE_SETTINGS }, store, { LocalKeyring }, { TokenVault }, audit] = await Promise.all([
  imp('store/pglite-settings.js'), imp('store/index.js'), imp('crypto/index.js'), imp('vault/index.js'), imp('audit/index.js'),
]);
const { PGlite } = await import('@electric-sql/pglite');
stage('imported');

const dir = mkdtempSync(join(tmpdir(), 'phigate-pglite-mem-'));
try {
  // The data directory as `phigate serve` makes it: initdb in a child (openPglite does that for an empty one).
  const made = spawnSync(process.execPath, [join(dist, 'store', 'pglite-initdb.js'), join(dir, 'data')], { stdio: 'inherit' });
  if (made.status !== 0) throw new Error('initdb failed');
  const conf = [...PGLITE_SETTINGS, ...extraConf];
  const t0 = performance.now();
  db = await PGlite.create(join(dir, 'data'), { postgresqlconf: conf, ...(initialMemory ? { initialMemory } : {}) });
  const openMs = performance.now() - t0;
  stage('opened');
  const keyring = LocalKeyring.open({ path: join(dir, 'keyring.json'), create: true });
  const s = await store.openStoreOn(await store.openPglite({ instance: db }), { schema: 'phigate', keyring, ownsSql: false });
  stage('migrated');
  const vault = TokenVault.fromStore(s);
  const { signerKey } = audit.generateNoteKey('mem');
  const log = new audit.AuditLog({ storage: audit.auditStorageOf(s.audit), origin: 'mem', signers: [audit.parseSignerKey(signerKey)], checkpointIntervalMs: 0 });
  log.start();
  const H = 'a'.repeat(64);
  const t1 = performance.now();
  let cpuHalf;
  for (let i = 0; i < writes; i++) {
    // One request's writes: its prompt's identifiers (one new), then its audit event.
    await vault.tokenizeMany([{ value: `Patient ${i % 50}`, type: 'NAME' }, { value: `MRN ${1_000_000 + i}`, type: 'MRN' }], { tenant: 'bench', kind: 'conversation', id: `c${i % 20}` });
    await log.append(audit.createAuditEvent({ time: new Date().toISOString(), requestId: crypto.randomUUID(), actor: { id: 'user:mem', roles: ['clinician'] }, action: 'chat.completion', patient: null, purpose: 'TREAT', vendor: 'stub', model: 'bench-model', decision: 'allow', reason: 'CARE_TEAM', identifiers: { NAME: 1, MRN: 1 }, sent: H, returned: H }));
    if (i === Math.floor(writes / 10)) stage(`${i} writes`);
    if (i === Math.floor(writes / 2)) cpuHalf = process.cpuUsage();
  }
  const writeMs = performance.now() - t1;
  const cpu = process.cpuUsage(cpuHalf);
  const cpuPerWrite = (cpu.user + cpu.system) / 1000 / (writes - Math.floor(writes / 2) - 1);
  stage(`${writes} writes`);
  const shown = await db.query(`SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers','wal_buffers','work_mem','maintenance_work_mem','temp_buffers','fsync','synchronous_commit','max_connections')`);
  await log.close();
  await s.close();
  await db.close();
  keyring.close();
  process.stdout.write(`pglite-memory (MiB): open ${openMs.toFixed(0)} ms, ${writes} x (tokenize 2 + audit 1) ${(writeMs / writes).toFixed(2)} ms each (CPU ${cpuPerWrite.toFixed(2)} ms over the second half); conf: ${conf.join('; ')}${initialMemory ? `; initialMemory ${initialMemory / MiB} MiB` : ''}\n`);
  process.stdout.write(`settings: ${shown.rows.map((r) => `${r.name}=${r.setting}${r.unit ? ` x ${r.unit}` : ''}`).join(' ')}\n`);
  const head = ['stage', 'rss', 'peak', 'wasm mem', 'wasm res', 'js heap', 'external', 'arraybuf', 'anon', 'files'];
  for (const r of [head, ...rows]) process.stdout.write(`${r.map((c, i) => (i === 0 ? c.padEnd(14) : c.padStart(9))).join('')}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
