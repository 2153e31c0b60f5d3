// The gateway under test for bench:gateway (its own process, so its RSS is its own): the built
// phigate gateway with the embedded store (PGlite on a temp data dir) or PostgreSQL (PHIGATE_BENCH_DB),
// the token vault, the analyzer, and the durable audit log in the same store. Argument: the stub's
// port. Prints `port key` on stdout; answers `rss` on stdin with its peak RSS in bytes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timedGateway } from './stage-gateway.mjs';

const dist = process.env.PHIGATE_DIST;
if (process.env.PHIGATE_BENCH_RUNTIME_FLAGS) (await import('node:v8')).setFlagsFromString(process.env.PHIGATE_BENCH_RUNTIME_FLAGS);
const imp = (p) => import(join(dist, p));
// As `phigate serve` does, the engine's own modules (deid/index.js) are imported only to analyse on the event
// loop (0 analysis threads): with a pool, the threads load them and the gateway's process imports the pool alone.
const [{ parseConfig }, { LocalKeyring }, { openStore }, { TokenVault }, audit, gw, access] = await Promise.all([
  imp('config/index.js'), imp('crypto/index.js'), imp('store/index.js'), imp('vault/index.js'), imp('audit/index.js'), imp('gateway/index.js'), imp('access/index.js'),
]);

// PHIGATE_BENCH_ALLOC=FILE: a sampling profile of every allocation (collected ones included), written
// when the driver asks for `heap`; shows where the per-request garbage comes from.
let allocSession;
if (process.env.PHIGATE_BENCH_ALLOC) {
  const { Session } = await import('node:inspector/promises');
  allocSession = new Session();
  allocSession.connect();
  await allocSession.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
}

// PHIGATE_BENCH_HEAP: also count garbage collections by kind, with their pause times.
const gcStats = new Map();
if (process.env.PHIGATE_BENCH_HEAP) {
  const { PerformanceObserver, constants } = await import('node:perf_hooks');
  const kinds = { [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge', [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact', [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental marking', [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks' };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = kinds[e.detail?.kind] ?? 'other';
      const s = gcStats.get(kind) ?? { n: 0, ms: 0 };
      s.n++;
      s.ms += e.duration;
      gcStats.set(kind, s);
    }
  }).observe({ entryTypes: ['gc'] });
}

// PHIGATE_BENCH_STAGES=1 (bench/gateway-stages.mjs): high-resolution timestamps of each request's stages,
// taken around the gateway's own ports (analyzer, vault, upstream adapter, audit log, store calls) and at
// the HTTP server's request start and response finish; `stages` on stdin prints and clears them. Requests
// must be one at a time (the marks go to the request in progress).
const stages = process.env.PHIGATE_BENCH_STAGES ? await stageRecorder() : null;

async function stageRecorder() {
  const dc = await import('node:diagnostics_channel');
  const records = [];
  let current = null;
  dc.subscribe('http.server.request.start', () => records.push((current = { arrive: performance.now() })));
  dc.subscribe('http.server.response.finish', () => current && (current.finish = performance.now()));
  return {
    records,
    /** Wraps obj[name] (sync or async): marks `${key}S` at the first call, `${key}E` when the last one settles, `${key}N` calls. */
    wrap(obj, name, key) {
      const orig = obj[name];
      obj[name] = function (...args) {
        const r = current;
        if (r) {
          r[`${key}S`] ??= performance.now();
          r[`${key}N`] = (r[`${key}N`] ?? 0) + 1;
        }
        const out = orig.apply(this, args);
        if (!r) return out;
        if (out && typeof out.then === 'function') return out.then((v) => ((r[`${key}E`] = performance.now()), v));
        r[`${key}E`] = performance.now();
        return out;
      };
    },
  };
}

const upstream = `http://127.0.0.1:${process.argv[2]}/v1`;
// PHIGATE_BENCH_DIR: where the embedded store lives (a new directory: the store runs initdb in a child
// process, as `phigate serve` does on its first run, so this process's RSS is the gateway's own).
const dir = process.env.PHIGATE_BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'phigate-bench-gw-'));
const config = parseConfig(`
server: { tenant: bench, bodyLimitBytes: 1048576, rateLimit: { perMinute: 0, burst: 1 } }
vendors:
  stub: { baseUrl: ${upstream}, allowInsecureLoopback: true, region: local, dataClasses: [deidentified], enforceParams: { store: false } }
models:
  - { id: bench-model, vendor: stub }
access:
  noPatient: deidentified-only
  roles:
    clinician: { models: ['*'], purposes: [TREAT], patients: care-team }
`, 'bench.yaml');
// As `phigate serve` does: the heap policy of the config (server.heapGrowthPercent).
gw.applyHeapGrowthLimit(config.server.heapGrowthPercent);
const keyring = LocalKeyring.open({ path: join(dir, 'keyring.json') });
const store = await openStore(process.env.PHIGATE_BENCH_DB ? { databaseUrl: process.env.PHIGATE_BENCH_DB, schema: `bench_${process.pid}`, keyring } : { dataDir: join(dir, 'data'), keyring });
const { signerKey } = audit.generateNoteKey('bench');
if (stages) {
  stages.wrap(store.audit, 'appendBatch', 'sqlAudit');
  stages.wrap(store.vaultTokens, 'insertIfAbsent', 'sqlInsert');
  stages.wrap(store.vaultTokens, 'findByValues', 'sqlFind');
  stages.wrap(store.vaultTokens, 'findTokens', 'sqlFindTokens');
}
const auditLog = new audit.AuditLog({ storage: audit.auditStorageOf(store.audit), origin: 'bench', signers: [audit.parseSignerKey(signerKey)], checkpointIntervalMs: 0 });
// As `phigate serve` does: analysis on worker threads (server.analysisThreads, auto: 1 on 2+ cores);
// PHIGATE_BENCH_THREADS overrides it (0: on the event loop).
const { resolveAnalysisThreads, startAnalysisPool } = await imp('deid/pool/analysis-pool.js');
const threads = process.env.PHIGATE_BENCH_THREADS ? Number(process.env.PHIGATE_BENCH_THREADS) : resolveAnalysisThreads(config.server.analysisThreads);
const pool = threads > 0 ? await startAnalysisPool({ threads }) : null;
const vault = TokenVault.fromStore(store);
let analyzer = pool ?? (await imp('deid/index.js')).createAnalyzer();
const providers = gw.providersFromConfig(config);
if (stages) {
  // The vault under the gateway's cache (only misses reach it), the analyzer under the gateway's analysis cache.
  stages.wrap(vault, 'tokenizeMany', 'tokenize');
  stages.wrap(vault, 'detokenizeMany', 'detokenize');
  const inner = analyzer;
  const port = { analyze: (text) => inner.analyze(text) };
  stages.wrap(port, 'analyze', 'analyze');
  analyzer = new Proxy(inner, { get: (t, k) => (k === 'analyze' ? port.analyze : typeof t[k] === 'function' ? t[k].bind(t) : t[k]) });
  stages.wrap(providers.stub, 'chat', 'upstream');
  stages.wrap(providers.stub, 'chatStream', 'upstream');
  stages.wrap(auditLog, 'append', 'audit');
}
const served = gw.createGateway({
  config,
  store,
  vault,
  analyzer,
  ...(pool ? { analysisStats: () => pool.stats } : {}),
  audit: auditLog,
  patientHash: audit.createPatientHasher(Buffer.alloc(32, 7)),
  providers,
  clock: () => new Date(),
  log: () => undefined,
});
// Timed by the stage recorder: every argument of fetch (the connection's peer) and every other member pass through.
const gateway = stages ? timedGateway(served, () => stages.records.at(-1)) : served;
const { key } = await access.issueApiKey(store.apiKeys, { tenant: 'bench', principal: 'user:bench', kind: 'user', roles: ['clinician'] });
const server = await gw.listen(gateway, { host: '127.0.0.1', port: 0 });
process.stdout.write(`${server.port} ${key} ${threads}\n`);

process.stdin.setEncoding('utf8');
process.stdin.on('data', async (line) => {
  if (line.trim() === 'rss') {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    const u = process.memoryUsage();
    process.stdout.write(`rss ${m ? Number(m[1]) * 1024 : 0} ${u.rss} ${u.heapTotal} ${u.external}\n`);
  } else if (line.trim() === 'heap') {
    for (const [kind, g] of gcStats) process.stderr.write(`gc ${kind}: ${g.n} pauses, ${g.ms.toFixed(0)} ms\n`);
    const v8 = await import('node:v8');
    for (const sp of v8.getHeapSpaceStatistics()) process.stderr.write(`${sp.space_name} size ${(sp.space_size / 2 ** 20).toFixed(1)} used ${(sp.space_used_size / 2 ** 20).toFixed(1)}\n`);
    globalThis.gc?.();
    for (const sp of v8.getHeapSpaceStatistics()) process.stderr.write(`after gc ${sp.space_name} size ${(sp.space_size / 2 ** 20).toFixed(1)} used ${(sp.space_used_size / 2 ** 20).toFixed(1)}\n`);
    if (process.env.PHIGATE_BENCH_SMAPS) {
      // The largest resident mappings: what of the RSS is V8's heap, code, malloc arenas or WASM.
      const maps = readFileSync('/proc/self/smaps', 'utf8').split(/\n(?=[0-9a-f]+-[0-9a-f]+ )/);
      const rows = maps.map((m) => ({ head: m.split('\n')[0], rss: Number(/\nRss:\s+(\d+)/.exec(m)?.[1] ?? 0), size: Number(/\nSize:\s+(\d+)/.exec(m)?.[1] ?? 0) }));
      rows.sort((a, b) => b.rss - a.rss);
      for (const r of rows.slice(0, 25)) process.stderr.write(`smaps ${(r.rss / 1024).toFixed(1)} MiB of ${(r.size / 1024).toFixed(1)} ${r.head}\n`);
      // All mappings by kind: the node binary and other files, malloc's main heap, thread stacks, and
      // anonymous memory below 0x7f00... (V8's heap pages and code, which V8 places at random hints) or
      // above it (malloc arenas of other threads, thread stacks, WebAssembly memories).
      const kinds = new Map();
      for (const r of rows) {
        const f = r.head.split(/\s+/);
        const name = f[5] ?? '';
        const start = BigInt(`0x${f[0].split('-')[0]}`);
        const kind = name.startsWith('/') ? `file ${name.split('/').pop()}` : name ? name : start < 0x7f0000000000n ? `anon v8-placed ${f[1]}` : r.size >= 1 << 20 ? `anon high ${f[1]} >=1GiB` : r.size >= 60 * 1024 ? `anon high ${f[1]} 60MiB-1GiB` : `anon high ${f[1]} <60MiB`;
        const k = kinds.get(kind) ?? { rss: 0, n: 0 };
        k.rss += r.rss;
        k.n++;
        kinds.set(kind, k);
      }
      const total = rows.reduce((t, r) => t + r.rss, 0);
      for (const [kind, k] of [...kinds].sort((a, b) => b[1].rss - a[1].rss).filter(([, k]) => k.rss >= 512)) process.stderr.write(`smaps-kind ${(k.rss / 1024).toFixed(1)} MiB in ${k.n} mappings: ${kind}\n`);
      process.stderr.write(`smaps-kind total ${(total / 1024).toFixed(1)} MiB\n`);
    }
    if (allocSession) {
      const { profile } = await allocSession.post('HeapProfiler.stopSampling');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(process.env.PHIGATE_BENCH_ALLOC, JSON.stringify(profile));
    }
    if (process.env.PHIGATE_BENCH_SNAPSHOT) process.stderr.write(`snapshot ${v8.writeHeapSnapshot(process.env.PHIGATE_BENCH_SNAPSHOT)}\n`);
    process.stdout.write('heap\n');
  } else if (line.trim() === 'stages') {
    process.stdout.write(`stages ${JSON.stringify(stages ? stages.records.splice(0) : [])}\n`);
  } else if (line.trim() === 'quit') {
    await server.close(1000);
    await pool?.close();
    await auditLog.close();
    await store.close();
    if (process.env.PHIGATE_BENCH_DB) {
      // Leave nothing behind in the shared database.
      const { openPostgres } = await imp('store/index.js');
      const sql = await openPostgres({ url: process.env.PHIGATE_BENCH_DB });
      await sql.exec(`DROP SCHEMA IF EXISTS bench_${process.pid} CASCADE`);
      await sql.close();
    }
    await keyring.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
});
