#!/usr/bin/env node
// `npm run bench:audit` (builds, then runs on dist/): audit log figures, each beside a baseline measured
// in the same run.
//   appends/s through AuditLog (sealing, batching, sequencing in the database) with 1, 4 and 16
//     writers, in memory, on the embedded engine (PGlite, on disk) and on PostgreSQL, vs the same rows
//     written with one plain INSERT each into a table of the same columns (no sequencing, no Merkle);
//   offline verification of an export of N events (default 1,000,000) vs reading and JSON-parsing it;
//   inclusion / consistency proof latency p50/p99 at N entries (in memory and on PostgreSQL) vs a
//     single leaf-hash read from the same storage.
// The export is generated once into bench/.cache/ (gitignored) and reused. PostgreSQL runs in a scratch
// schema that is dropped at the end.
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createHash, randomBytes } from 'node:crypto';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  AuditLog,
  MemoryAuditStorage,
  CompactRange,
  auditStorageOf,
  createAuditEvent,
  generateNoteKey,
  parseSignerKey,
  parseVerifierKey,
  rfc9162,
  sealEvent,
  signCheckpoint,
  verifyExportFiles,
  resolveExportPaths,
} from '../dist/audit/index.js';
import { formatCheckpointLine, formatEntryLine } from '../dist/audit/export-format.js';
import { LocalKeyring } from '../dist/crypto/index.js';
import { openPglite, openPostgres, openStoreOn } from '../dist/store/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const DATABASE_URL = process.env.PHIGATE_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const USAGE = `usage: npm run bench:audit -- [--events N] [--appends N] [--quick] [--no-postgres] [--no-pglite] [--json FILE]
  --events N     size of the export to verify and of the logs to prove from (default 1000000)
  --appends N    events per append run (default 40000; the embedded engine gets a quarter)
  --quick        100000 events and 8000 appends, for development
  --no-postgres  skip PostgreSQL (PHIGATE_BENCH_DATABASE_URL, default ${DATABASE_URL})
  --no-pglite    skip the embedded engine
  --only LIST    run only some sections: appends,verify,proofs (comma-separated)
  --json FILE    also write the figures as JSON
Each writer keeps 256 appends in flight, as a gateway replica under load would. Wall times on a shared
machine include waiting for a core; the CPU columns (this process, all threads) do not.`;

function parseArgs(argv) {
  const o = { events: 1_000_000, appends: 40_000, json: undefined, postgres: true, pglite: true, only: new Set(['appends', 'verify', 'proofs']) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a === '--events') o.events = Number(argv[++i]);
    else if (a === '--appends') o.appends = Number(argv[++i]);
    else if (a === '--quick') Object.assign(o, { events: 100_000, appends: 8_000 });
    else if (a === '--no-postgres') o.postgres = false;
    else if (a === '--no-pglite') o.pglite = false;
    else if (a === '--json') o.json = argv[++i];
    else if (a === '--only') o.only = new Set(argv[++i].split(','));
    else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  if (!(o.events > 1 && o.appends > 0)) throw new Error('--events and --appends must be positive');
  return o;
}

const say = (line) => process.stderr.write(`[bench:audit] ${line}\n`);
const hex = (s) => createHash('sha256').update(s).digest('hex');
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const figures = {};

function percentile(values, p) {
  const s = Float64Array.from(values).sort();
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

function table(title, headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [`\n${title}`, line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function benchEvent(i) {
  return createAuditEvent({
    time: new Date(Date.UTC(2026, 0, 1) + i * 1000),
    requestId: `req_${hex(`r${i}`).slice(0, 24)}`,
    actor: { id: `user:u${i % 97}`, roles: ['physician'] },
    action: 'chat.completion',
    patient: hex(`p${i % 5003}`),
    purpose: 'TREAT',
    vendor: i % 2 ? 'openai' : 'anthropic',
    model: 'gpt-4o-2024-08-06',
    decision: 'allow',
    reason: 'CARE_TEAM',
    identifiers: { NAME: 2, DATE: 1, MRN: 1 },
    sent: hex(`s${i}`),
    returned: hex(`t${i}`),
  });
}

const origin = 'bench.example/phigate';
const signers = [parseSignerKey(generateNoteKey(origin).signerKey)];
const newLog = (storage) => new AuditLog({ storage, origin, signers, checkpointIntervalMs: 0 });

/** Writes (once) an export of n events with a checkpoint every 100,000 entries and at the end. */
async function ensureExport(n) {
  const dir = join(here, '.cache', `audit-export-${n}`);
  if (existsSync(join(dir, 'manifest.json'))) return { dir, verifierKey: readFileSync(join(dir, 'log-keys.txt'), 'utf8').trim() };
  say(`generating an export of ${fmt(n)} events in ${dir} (once)`);
  const tmp = `${dir}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const keys = generateNoteKey(origin);
  const signer = parseSignerKey(keys.signerKey);
  const out = createWriteStream(join(tmp, 'entries.jsonl'));
  const range = new CompactRange(rfc9162);
  const checkpoints = [];
  let buf = '';
  for (let i = 0; i < n; i++) {
    const s = sealEvent(benchEvent(i), rfc9162);
    range.append(s.leafHash);
    buf += `${formatEntryLine({ seq: i, digest: s.digest, salt: s.salt, event: s.canonical })}\n`;
    if (buf.length > 1 << 22) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
    if ((i + 1) % 100_000 === 0 || i + 1 === n) checkpoints.push(formatCheckpointLine(await signCheckpoint({ origin, size: i + 1, root: range.root() }, [signer])));
  }
  out.end(buf);
  await once(out, 'finish');
  writeFileSync(join(tmp, 'checkpoints.jsonl'), `${checkpoints.join('\n')}\n`);
  writeFileSync(join(tmp, 'log-keys.txt'), `${keys.verifierKey}\n`);
  writeFileSync(join(tmp, 'manifest.json'), JSON.stringify({ entries: n }));
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return { dir, verifierKey: keys.verifierKey };
}

/** Rows of an export, in batches, as the log would store them. */
async function* exportRows(dir, batchSize) {
  const rl = createInterface({ input: createReadStream(join(dir, 'entries.jsonl'), { highWaterMark: 4 << 20 }), crlfDelay: Infinity });
  let batch = [];
  for await (const line of rl) {
    const o = JSON.parse(line);
    const digest = Buffer.from(o.digest, 'hex');
    batch.push({ leafHash: rfc9162.hashLeaf(digest), digest, salt: Buffer.from(o.salt, 'hex'), payload: JSON.stringify(o.event) });
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

// ---- engines: each gives writer handles (storage + a raw SQL handle for the baseline) ----

const keyDir = join(tmpdir(), `phigate-bench-keys-${randomBytes(4).toString('hex')}`);
const keyringPath = join(keyDir, 'keyring.json');
const plainDdl = (t) => `CREATE TABLE ${t} (id bigserial PRIMARY KEY, leaf_hash bytea NOT NULL, digest bytea NOT NULL, salt bytea, payload text, created_at timestamptz NOT NULL DEFAULT now())`;

function memoryEngine() {
  const storage = new MemoryAuditStorage();
  const plain = new MemoryAuditStorage();
  return {
    name: 'in memory',
    key: 'memory',
    handle: async () => ({ storage, insert: (r) => plain.appendBatch([r]), close: async () => {} }),
    close: async () => {},
  };
}

async function postgresEngine() {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const admin = await openPostgres({ url: DATABASE_URL, maxConnections: 2 });
  await (await openStoreOn(admin, { schema, keyring: LocalKeyring.open({ path: keyringPath }), ownsSql: false })).close();
  const table = `"${schema}".plain_audit`;
  await admin.exec(plainDdl(table));
  return {
    name: 'PostgreSQL',
    key: 'postgres',
    // Each writer is what a gateway replica would be: its own pool and its own AuditLog.
    async handle() {
      const sql = await openPostgres({ url: DATABASE_URL, maxConnections: 4 });
      const store = await openStoreOn(sql, { schema, keyring: LocalKeyring.open({ path: keyringPath }), ownsSql: true });
      return {
        storage: auditStorageOf(store.audit),
        insert: (r) => sql.query(`INSERT INTO ${table} (leaf_hash, digest, salt, payload) VALUES ($1, $2, $3, $4)`, [r.leafHash, r.digest, r.salt, r.payload]),
        close: () => store.close(),
      };
    },
    async close() {
      await admin.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.close();
    },
  };
}

async function pgliteEngine() {
  const dataDir = join(tmpdir(), `phigate-bench-pglite-${randomBytes(4).toString('hex')}`);
  const sql = await openPglite({ dataDir });
  const store = await openStoreOn(sql, { schema: 'phigate', keyring: LocalKeyring.open({ path: keyringPath }), ownsSql: false });
  await sql.exec(plainDdl('phigate.plain_audit'));
  return {
    name: 'embedded (PGlite, on disk)',
    key: 'pglite',
    // One process owns an embedded database, so writers share it (as concurrent requests would).
    handle: async () => ({
      storage: auditStorageOf(store.audit),
      insert: (r) => sql.query('INSERT INTO phigate.plain_audit (leaf_hash, digest, salt, payload) VALUES ($1, $2, $3, $4)', [r.leafHash, r.digest, r.salt, r.payload]),
      close: async () => {},
    }),
    async close() {
      await store.close();
      await sql.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.lock`, { force: true });
    },
  };
}

// ---- appends ----

const LANES = 256;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function runLanes(handles, total, work) {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(handles.flatMap((h) => Array.from({ length: LANES }, async () => {
    for (let i = next++; i < total; i = next++) await work(h, i);
  })));
  return (total / (performance.now() - t0)) * 1000;
}

async function engineAppends(engine, total, events, rows) {
  const out = [];
  for (const writers of [1, 4, 16]) {
    const handles = await Promise.all(Array.from({ length: writers }, () => engine.handle()));
    const logs = handles.map((h) => newLog(h.storage));
    const before = await handles[0].storage.size();
    const rate = await runLanes(logs, total, (log, i) => log.append(events[i % events.length]));
    await Promise.all(logs.map((l) => l.close()));
    const grown = (await handles[0].storage.size()) - before;
    if (grown !== total) throw new Error(`${engine.name}: the log grew by ${grown} for ${total} appends`);
    const baseline = await runLanes(handles, total, (h, i) => h.insert(rows[i % rows.length]));
    await Promise.all(handles.map((h) => h.close()));
    figures[`${engine.key}.appendsPerSec.w${writers}`] = Math.round(rate);
    figures[`${engine.key}.plainInsertPerSec.w${writers}`] = Math.round(baseline);
    out.push([`${engine.name}, ${writers} writer${writers > 1 ? 's' : ''}`, fmt(total), `${fmt(rate)}/s`, `${fmt(baseline)}/s`, fmt(rate / baseline, 2)]);
    say(`${engine.name}, ${writers} writers: ${fmt(rate)} appends/s vs ${fmt(baseline)} plain inserts/s`);
  }
  return out;
}

// ---- verification ----

async function readAndParse(path) {
  const t0 = performance.now();
  const rl = createInterface({ input: createReadStream(path, { highWaterMark: 4 << 20 }), crlfDelay: Infinity });
  for await (const line of rl) JSON.parse(line);
  return performance.now() - t0;
}

async function benchVerify(n) {
  const { dir, verifierKey } = await ensureExport(n);
  const paths = await resolveExportPaths([dir]);
  const size = statSync(paths.entries).size;
  const verifiers = [parseVerifierKey(verifierKey)];
  const bc0 = cpuMs();
  const baseline = await readAndParse(paths.entries);
  const baselineCpu = cpuMs() - bc0;
  figures['verify.baselineReadParseMs'] = Math.round(baseline);
  figures['verify.baselineReadParseCpuMs'] = Math.round(baselineCpu);
  const rows = [];
  for (const workers of [...new Set([availableParallelism(), 1, 0])]) {
    const t0 = performance.now();
    const c0 = cpuMs();
    const { report } = await verifyExportFiles({ paths, verifiers, workers });
    const ms = performance.now() - t0;
    const cpu = cpuMs() - c0;
    figures[`verify.cpuMs.workers${workers}`] = Math.round(cpu);
    if (!report.ok || report.entries !== n) throw new Error(`bench export did not verify: ${JSON.stringify(report.problems.slice(0, 3))}`);
    figures[`verify.ms.workers${workers}`] = Math.round(ms);
    rows.push([`verify, ${workers === 0 ? 'no worker threads' : `${workers} worker thread${workers > 1 ? 's' : ''}`}`, `${fmt(n)} (${fmt(size / 2 ** 20)} MiB)`, `${fmt(ms / 1000, 2)} s wall, ${fmt(cpu / 1000, 2)} s CPU`, `${fmt(baseline / 1000, 2)} s wall, ${fmt(baselineCpu / 1000, 2)} s CPU`, `${fmt(ms / baseline, 2)} / ${fmt(cpu / baselineCpu, 2)}`]);
  }
  return rows;
}

// ---- proofs ----

async function proofLatency(name, key, storage, n) {
  const log = newLog(storage);
  let t0 = performance.now();
  await log.root(n);
  const warm = performance.now() - t0;
  figures[`${key}.proof.cacheBuildMs`] = Math.round(warm);
  let seed = 42;
  const rand = (m) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % m;
  };
  const incl = [];
  const cons = [];
  const base = [];
  let cpuProofs = 0;
  let cpuBase = 0;
  for (let i = 0; i < 3000; i++) {
    const c0 = cpuMs();
    const idx = rand(n);
    t0 = performance.now();
    await log.inclusionProof(idx, n);
    incl.push(performance.now() - t0);
    t0 = performance.now();
    await log.consistencyProof(1 + rand(n - 1), n);
    cons.push(performance.now() - t0);
    const c1 = cpuMs();
    t0 = performance.now();
    await storage.readLeafHashes(idx, idx + 1);
    base.push(performance.now() - t0);
    cpuProofs += c1 - c0;
    cpuBase += cpuMs() - c1;
  }
  figures[`${key}.proof.cpuMsPerProof`] = Number((cpuProofs / 6000).toFixed(4));
  await log.close();
  const [b50, b99] = [percentile(base, 50), percentile(base, 99)];
  const rows = [];
  for (const [what, v] of [['inclusion', incl], ['consistency', cons]]) {
    const [p50, p99] = [percentile(v, 50), percentile(v, 99)];
    figures[`${key}.proof.${what}.p50ms`] = Number(p50.toFixed(4));
    figures[`${key}.proof.${what}.p99ms`] = Number(p99.toFixed(4));
    rows.push([`${what} proof, ${name}`, fmt(n), `p50 ${fmt(p50, 3)} ms, p99 ${fmt(p99, 3)} ms`, `p50 ${fmt(b50, 3)} ms, p99 ${fmt(b99, 3)} ms`, `${fmt(p50 / b50, 1)} / ${fmt(p99 / b99, 1)}`]);
  }
  rows.push([`CPU per proof, ${name} (this process)`, fmt(n), `${fmt(cpuProofs / 6000, 3)} ms`, `${fmt(cpuBase / 3000, 3)} ms`, fmt(cpuProofs / 6000 / (cpuBase / 3000), 1)]);
  rows.push([`first root, ${name} (builds the tile cache)`, fmt(n), `${fmt(warm)} ms`, '-', '-']);
  return rows;
}

async function loadInto(storage, dir) {
  const t0 = performance.now();
  for await (const batch of exportRows(dir, 5000)) await storage.appendBatch(batch);
  return performance.now() - t0;
}

// ---- main ----

const opts = parseArgs(process.argv.slice(2));
mkdirSync(keyDir, { recursive: true });
say(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const headers = ['what', 'size', 'figure', 'baseline', 'ratio'];
const events = Array.from({ length: 20_000 }, (_, i) => benchEvent(i));
const rows = events.map((e) => {
  const s = sealEvent(e, rfc9162);
  return { leafHash: s.leafHash, digest: s.digest, salt: s.salt, payload: s.canonical };
});
const engines = [memoryEngine()];
if (opts.pglite) engines.push(await pgliteEngine());
if (opts.postgres) {
  try {
    engines.push(await postgresEngine());
  } catch (err) {
    say(`PostgreSQL skipped: ${err.message}`);
  }
}
const appendRows = [];
try {
  if (opts.only.has('appends')) {
    for (const engine of engines) appendRows.push(...(await engineAppends(engine, engine.key === 'pglite' ? Math.ceil(opts.appends / 4) : opts.appends, events, rows)));
  }
} finally {
  for (const engine of engines) if (engine.key !== 'postgres') await engine.close();
}
if (appendRows.length > 0) process.stdout.write(`${table(`Appends per second (baseline: the same rows, one plain INSERT each, same writers; ${LANES} in flight per writer)`, headers, appendRows)}\n`);

if (opts.only.has('verify')) {
  const verifyRows = await benchVerify(opts.events);
  process.stdout.write(`${table('Offline verification (baseline: read the export and JSON.parse every line)', headers, verifyRows)}\n`);
}

const { dir } = await ensureExport(opts.events);
const proofRows = [];
if (opts.only.has('proofs')) {
  const memory = new MemoryAuditStorage();
  await loadInto(memory, dir);
  proofRows.push(...(await proofLatency('in memory', 'memory', memory, opts.events)));
}
const pg = engines.find((e) => e.key === 'postgres');
if (pg && opts.only.has('proofs')) {
  try {
    say(`loading ${fmt(opts.events)} entries into PostgreSQL for proof latency`);
    const fresh = await postgresEngine();
    const fh = await fresh.handle();
    const loadMs = await loadInto(fh.storage, dir);
    figures['postgres.loadMs'] = Math.round(loadMs);
    proofRows.push(...(await proofLatency('PostgreSQL', 'postgres', fh.storage, opts.events)));
    await fh.close();
    await fresh.close();
  } finally {
    await pg.close();
  }
} else if (pg) {
  await pg.close();
}
if (proofRows.length > 0) process.stdout.write(`${table('Proof latency (baseline: one leaf-hash read from the same storage)', headers, proofRows)}\n`);
say(`load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
rmSync(keyDir, { recursive: true, force: true });
if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ events: opts.events, appends: opts.appends, loadavg: loadavg(), figures }, null, 2)}\n`);
