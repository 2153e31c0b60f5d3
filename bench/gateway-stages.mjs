#!/usr/bin/env node
// Where one request's added latency goes: calls made one at a time, directly to the stub upstream and
// through one or more built gateways, interleaved in a random order each round (so every build meets the
// same minutes of this shared machine), with per-stage timestamps taken inside each gateway
// (bench/lib/gateway-server.mjs with PHIGATE_BENCH_STAGES=1). A per-stage breakdown is far less sensitive
// to the machine's noise than totals: a stage that waits for the disk shows as that stage.
//
//   node bench/gateway-stages.mjs --postgres [--dist DIR]... [--requests N] [--warmup S] [--only json|stream]
//                                 [--new-identifiers] [--analysis-threads N]
//
// --dist may be given several times (default dist/); DIR#0 runs that build with no analysis thread.
// --new-identifiers gives each call a new seven-digit number, as the throughput phase of bench:gateway
// does, so each call also stores a new vault mapping (a second durable commit); without it the calls'
// identifiers are all cached after the warm-up, as in bench:gateway's latency phase.
import { existsSync } from 'node:fs';
import { Agent } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startChild as startBenchChild } from './lib/child.mjs';
import { chatShape, postgresUrl, timedChatCall } from './lib/gateway-calls.mjs';
import { benchArgs } from './lib/bench-args.mjs';
import { cliNodeFlags } from './lib/cli-flags.mjs';
import { percentile } from './lib/stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { argv: args, num: opt } = benchArgs('usage: npm run bench:gateway-stages -- [--postgres [URL]] [--dist DIR]... [--requests N (default 300)] [--warmup S (default 6)] [--only json|stream] [--new-identifiers] [--analysis-threads N]\n  --dist: a built gateway to time (repeatable; default dist/); DIR#0 runs it with no analysis thread\n  --new-identifiers: a new seven-digit number per call, so each call also stores a vault mapping (a second durable commit)\n  prints p50/p90/mean of each stage inside each gateway, beside direct calls to the stub and, on PostgreSQL, a bare one-row commit\n');
const N = opt('--requests', 300);
const WARMUP = opt('--warmup', 6);
const STREAM = args[args.indexOf('--only') + 1] === 'stream' && args.includes('--only');
const NEW_IDS = args.includes('--new-identifiers');
const THREADS = args.includes('--analysis-threads') ? String(opt('--analysis-threads', 1)) : undefined;
const dists = args.flatMap((a, i) => (a === '--dist' && args[i + 1] ? [args[i + 1]] : []));
if (dists.length === 0) dists.push(resolve(here, '..', 'dist'));
const DB = postgresUrl(args);

const startChild = (file, argv, env = {}, nodeArgs = []) => startBenchChild(join(here, 'lib'), file, argv, env, nodeArgs);

const children = [];
process.on('exit', () => {
  for (const c of children) c.child.kill('SIGKILL');
});
const stub = startChild('gateway-stub.mjs', []);
children.push(stub);
const stubPort = Number(await stub.next());
const SERVE_FLAGS = cliNodeFlags(join(here, '..'));
const builds = [];
for (const spec of dists) {
  const [dir, threads] = spec.split('#');
  const dist = resolve(dir);
  if (!existsSync(join(dist, 'gateway', 'index.js'))) throw new Error(`${dist} is not a built tree`);
  const env = { PHIGATE_DIST: dist, PHIGATE_BENCH_STAGES: '1', ...(DB ? { PHIGATE_BENCH_DB: DB } : {}) };
  const t = threads ?? THREADS;
  if (t !== undefined) env.PHIGATE_BENCH_THREADS = t;
  const gw = startChild('gateway-server.mjs', [String(stubPort)], env, SERVE_FLAGS);
  children.push(gw);
  const [port, key] = (await gw.next()).split(' ');
  builds.push({ name: spec, port: Number(port), key, gw });
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });
// The bench:gateway call; with --new-identifiers its number is new each time (warm-up calls count down from 8,000,000).
const call = (port, key, n) => timedChatCall(agent, port, key, STREAM, chatShape(key, STREAM, NEW_IDS ? String(n < 0 ? 8_000_000 - n : 5_000_000 + n) : String(n), 'bench-conv'));

// The floor of a durable commit in the same minutes: a one-row INSERT committed by PostgreSQL (its WAL
// flushed), timed in the same rounds; the disk is shared with whatever else runs on the machine.
let probe = null;
if (DB) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: DB });
  await client.connect();
  const schema = `bench_stages_${process.pid}`;
  await client.query(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.probe (n int, note text)`);
  probe = {
    client,
    schema,
    commit: [],
    select: [],
    async run(n) {
      let t = performance.now();
      await client.query({ name: 'probe-insert', text: `INSERT INTO ${schema}.probe VALUES ($1, $2)`, values: [n, 'probe'] });
      this.commit.push(performance.now() - t);
      t = performance.now();
      await client.query({ name: 'probe-select', text: 'SELECT 1' });
      this.select.push(performance.now() - t);
    },
  };
}
const targets = [{ name: 'direct', port: stubPort, key: null }, ...builds, ...(probe ? [{ name: 'probe' }] : [])];
const warm = performance.now() + WARMUP * 1000;
for (let i = 1; i <= 30 || performance.now() < warm; i++) for (const t of targets) if (t.name !== 'probe') await call(t.port, t.key, -i);
for (const b of builds) {
  b.gw.send('stages');
  await b.gw.next();
}
const seen = new Map(targets.filter((t) => t.name !== 'probe').map((t) => [t.name, { total: [], ttft: [] }]));
for (let i = 0; i < N; i++) {
  const order = [...targets].sort(() => Math.random() - 0.5);
  for (const t of order) {
    if (t.name === 'probe') {
      await probe.run(i);
      continue;
    }
    const r = await call(t.port, t.key, i);
    seen.get(t.name).total.push(r.total);
    if (r.ttft !== null) seen.get(t.name).ttft.push(r.ttft);
  }
}

const ms = (x) => (x === null || x === undefined ? '—' : x.toFixed(3));
const direct = seen.get('direct');
const p = (a, q) => percentile(a, q);
process.stdout.write(`${STREAM ? 'stream' : 'JSON'}, ${N} calls each, one at a time, interleaved${NEW_IDS ? ', a new identifier per call' : ''}; direct p50 ${ms(p(direct.total, 50))} p99 ${ms(p(direct.total, 99))} ms\n`);
if (probe) {
  process.stdout.write(`PostgreSQL in the same rounds: a one-row INSERT and its commit p50 ${ms(p(probe.commit, 50))} p90 ${ms(p(probe.commit, 90))} p99 ${ms(p(probe.commit, 99))} ms; SELECT 1 p50 ${ms(p(probe.select, 50))} ms\n`);
  await probe.client.query(`DROP SCHEMA ${probe.schema} CASCADE`);
  await probe.client.end();
}
// Stages from the marks (ms); a stage whose marks are missing in a request (a cache answered) is left out there.
const STAGES = [
  ['server start -> handler', (r) => r.fetch - r.arrive],
  ['handler -> analysis', (r) => r.analyzeS - r.fetch],
  ['analysis (thread hop + analysis)', (r) => r.analyzeE - r.analyzeS],
  ['analysis -> vault', (r) => r.tokenizeS - r.analyzeE],
  ['vault tokenize (misses)', (r) => r.tokenizeE - r.tokenizeS],
  ['  of which INSERT + commit', (r) => r.sqlInsertE - r.sqlInsertS],
  ['-> upstream', (r) => r.upstreamS - (r.tokenizeE ?? r.analyzeE)],
  ...(STREAM
    ? [
        // A stream's handler returns once its first events are queued; its audit event is written when it ends.
        ['upstream call (until its headers)', (r) => r.upstreamE - r.upstreamS],
        ['headers -> first events ready', (r) => r.fetchEnd - r.upstreamE],
        ['headers -> audit append (stream end)', (r) => r.auditS - r.upstreamE],
      ]
    : [
        ['upstream call', (r) => r.upstreamE - r.upstreamS],
        ['upstream -> audit append', (r) => r.auditS - r.upstreamE],
      ]),
  ['  vault detokenize (misses)', (r) => r.detokenizeE - r.detokenizeS],
  ['audit append (durable)', (r) => r.auditE - r.auditS],
  ['  of which the statement + commit', (r) => r.sqlAuditE - r.sqlAuditS],
  ...(STREAM
    ? [['audit durable -> response finish', (r) => r.finish - r.auditE]]
    : [
        ['audit -> handler returns', (r) => r.fetchEnd - r.auditE],
        ['handler returns -> response finish', (r) => r.finish - r.fetchEnd],
      ]),
  ['server start -> response finish', (r) => r.finish - r.arrive],
];
for (const b of builds) {
  const s = seen.get(b.name);
  const line = [`${b.name}: total p50 ${ms(p(s.total, 50))} p99 ${ms(p(s.total, 99))}, added p50 ${ms(p(s.total, 50) - p(direct.total, 50))} p99 ${ms(p(s.total, 99) - p(direct.total, 99))} ms`];
  if (STREAM) line.push(`, time to first token p50 ${ms(p(s.ttft, 50))} p99 ${ms(p(s.ttft, 99))}, overhead p99 ${ms(p(s.ttft, 99) - p(direct.ttft, 99))} ms`);
  process.stdout.write(`${line.join('')}\n`);
  b.gw.send('stages');
  const records = JSON.parse((await b.gw.next()).slice('stages '.length));
  // The tail: the slowest 5% of requests (server start to response finish), each stage's mean over them.
  const total = (r) => r.finish - r.arrive;
  const slow = records.filter((r) => Number.isFinite(total(r))).sort((a, b) => total(b) - total(a)).slice(0, Math.max(1, Math.ceil(records.length / 20)));
  process.stdout.write(`  ${'stage'.padEnd(36)} ${'n'.padStart(6)}  ${'p50'.padStart(7)}  ${'p90'.padStart(7)}  ${'mean'.padStart(7)}  mean of the slowest 5%\n`);
  for (const [label, f] of STAGES) {
    const v = records.map(f).filter((x) => Number.isFinite(x));
    if (v.length === 0) continue;
    const t = slow.map(f).filter((x) => Number.isFinite(x));
    const mean = (a) => (a.length === 0 ? null : a.reduce((x, c) => x + c, 0) / a.length);
    process.stdout.write(`  ${label.padEnd(36)} ${String(v.length).padStart(6)}  ${ms(p(v, 50)).padStart(7)}  ${ms(p(v, 90)).padStart(7)}  ${ms(mean(v)).padStart(7)}  ${ms(mean(t)).padStart(7)}\n`);
  }
}
for (const b of builds) b.gw.send('quit');
await Promise.all(builds.map((b) => new Promise((r) => b.gw.child.once('exit', r))));
process.exit(0);
