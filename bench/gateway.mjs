#!/usr/bin/env node
// `npm run bench:gateway`: the same chat calls, side by side in one run, sent directly to a stub
// upstream and through phigate (de-identification on: analyzer, vault tokens, re-identification,
// durable audit event), plain and streamed, with a prompt of about 1,000 tokens holding about 20
// identifiers. Prints added latency p50/p99, requests per second, time-to-first-token overhead and the
// gateway's RSS. The stub, the gateway and this driver are three processes on loopback.
//
// Why not autocannon: it cannot time the first SSE event (time to first token). Latency runs one request
// at a time over node:http keep-alive (both paths alike); throughput runs --concurrency requests in flight
// for --seconds over lib/http-driver.mjs, raw keep-alive connections that cost the shared cores little.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { Agent } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmtBytes, fmtMs, fmtNum, percentile } from './lib/stats.mjs';
import { startChild as startBenchChild } from './lib/child.mjs';
import { BENCH_PROMPT, chatShape, postgresUrl, timedChatCall } from './lib/gateway-calls.mjs';
import { benchArgs } from './lib/bench-args.mjs';
import { cliNodeFlags } from './lib/cli-flags.mjs';
import { openConnection, postBytes } from './lib/http-driver.mjs';
import { formatTable } from './lib/table.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { argv: args, num: opt } = benchArgs('usage: npm run bench:gateway -- [--requests N (latency, default 400)] [--seconds S (throughput, default 5)] [--warmup S (untimed calls before each latency and throughput run, default 8)] [--concurrency C (default 32)] [--new-conversations] [--postgres [URL]] [--analysis-threads N] [--dist DIR] [--only json|stream]\n  --dist: the built gateway to measure (default dist/, which npm run bench:gateway builds), to compare builds in the same minutes\n  --analysis-threads: worker threads that de-identify (default: the config\'s auto, 1 on 2+ cores; 0: on the event loop)\n  --postgres: the gateway\'s store on PostgreSQL (default URL postgres://postgres@127.0.0.1:5432/test, or PHIGATE_BENCH_DB) instead of the embedded engine\n');
const N = opt('--requests', 400);
const SECONDS = opt('--seconds', 5);
// The JIT takes thousands of calls to settle (the analyzer's first passes run several times slower), and a
// gateway serves for days: throughput is measured once both sides are warm. On a slow day TurboFan was still
// compiling 10 s into the load (CPU per request 1.9 ms at 5-10 s, 1.55 ms after 15 s), hence 8 s.
const WARMUP = opt('--warmup', 8);
const CONC = opt('--concurrency', 32);
const NEW_CONV = args.includes('--new-conversations');
// --only json|stream: one mode (a CPU profile of one path, or a quicker comparison).
const onlyAt = args.indexOf('--only');
const MODES = onlyAt >= 0 ? [args[onlyAt + 1] === 'stream'] : [false, true];
// --dist DIR measures another build (a copy of an older dist/, say), so two builds can be compared in the same minutes.
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 && args[distAt + 1] ? resolve(args[distAt + 1]) : resolve(here, '..', 'dist');
if (!existsSync(join(dist, 'gateway', 'index.js'))) {
  process.stderr.write(`bench:gateway: ${join(dist, 'gateway', 'index.js')} is missing: run npm run build (npm run bench:gateway does it), or give --dist a built tree\n`);
  process.exit(2);
}
const DB = postgresUrl(args);
const ENGINE = DB ? 'PostgreSQL' : 'embedded (PGlite)';

const startChild = (file, argv, env = {}, nodeArgs = []) => startBenchChild(join(here, 'lib'), file, argv, env, nodeArgs);

const agent = new Agent({ keepAlive: true, maxSockets: CONC + 4 });

/** Call number n: its JSON body and headers (a prompt of its own, so no cache answers it). */
const callShape = (key, stream, n) => chatShape(key, stream, n, NEW_CONV ? `bench-${n}` : 'bench-conv');
const call = (port, key, stream, n) => timedChatCall(agent, port, key, stream, callShape(key, stream, n));

/**
 * p50/p99 of N calls one at a time, after WARMUP seconds of the same calls untimed: the first path measured
 * right after start-up (JSON) otherwise read a gateway whose JIT was still tiering up (added p50 7.45 ms
 * over the first 400 calls, 3.4-3.8 ms over the next 1,600, in one run on the loaded machine of the 29th).
 */
async function latency(port, key, stream) {
  const warm = performance.now() + WARMUP * 1000;
  for (let i = 1; i <= 30 || performance.now() < warm; i++) await call(port, key, stream, -i);
  const totals = [];
  const ttfts = [];
  for (let i = 0; i < N; i++) {
    const r = await call(port, key, stream, i);
    totals.push(r.total);
    if (r.ttft !== null) ttfts.push(r.ttft);
  }
  return { p50: percentile(totals, 50), p99: percentile(totals, 99), ttft50: percentile(ttfts, 50), ttft99: percentile(ttfts, 99) };
}

// Every throughput call has a prompt of its own (a new number), so no cache ever answers one. That number
// is itself an identifier (seven digits), so each call also stores one new vault mapping (sealed, hashed,
// inserted), as a prompt about a new patient would; the other 20 repeat within the conversation.
let nextPrompt = 1_000_000;

/**
 * CPU milliseconds a process has used so far, all its threads (Linux /proc; null elsewhere). CPU per
 * request is the figure that survives a noisy machine: requests/s move with whatever else runs on the
 * shared cores, the work one request costs much less.
 */
function cpuMsOf(pid) {
  try {
    // Fields after the command's closing bracket: utime and stime are the 12th and 13th, in ticks of 10 ms.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** CPU milliseconds so far of each thread of `pid`, by thread id (Linux /proc; empty elsewhere). */
function threadCpuMsOf(pid) {
  const out = new Map();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
        out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * 10);
      } catch {
        // The thread ended meanwhile.
      }
    }
  } catch {
    // Not Linux.
  }
  return out;
}

/**
 * CPU per request of the event loop (the main thread, whose id is the process's) and of the busiest other
 * threads (the analysis threads and V8's helper, which does most of the garbage collection), busiest first.
 */
function threadSplit(before, after, pid, done) {
  const used = [...after].map(([tid, ms]) => [tid, (ms - (before.get(tid) ?? 0)) / done]);
  const main = used.find(([tid]) => tid === pid)?.[1] ?? 0;
  const others = used.filter(([tid]) => tid !== pid).map(([, ms]) => ms).sort((a, b) => b - a);
  return { main, others };
}

/**
 * Requests per second over `seconds` with CONC in flight, after WARMUP seconds of the same untimed, and the
 * CPU time `pid` (the process that answers) spent per request in the timed part.
 */
async function throughput(port, key, stream, pid) {
  const conns = Array.from({ length: CONC }, () => openConnection(port));
  await Promise.all(conns.map((c) => c.ready));
  try {
    await load(conns, port, key, stream, WARMUP);
    const cpu0 = cpuMsOf(pid);
    const threads0 = threadCpuMsOf(pid);
    const done = await load(conns, port, key, stream, SECONDS);
    const cpu1 = cpuMsOf(pid);
    const split = threadSplit(threads0, threadCpuMsOf(pid), pid, done);
    return { rps: done / SECONDS, cpuPerRequest: cpu0 === null || cpu1 === null ? null : (cpu1 - cpu0) / done, split };
  } finally {
    for (const c of conns) c.close();
  }
}

async function load(conns, port, key, stream, seconds) {
  const end = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    conns.map(async (conn) => {
      while (performance.now() < end) {
        const { body, headers } = callShape(key, stream, nextPrompt++);
        const answer = await conn.send(postBytes(port, '/v1/chat/completions', headers, body));
        if (answer.status !== 200) throw new Error(`HTTP ${answer.status}: ${answer.body.toString('utf8', 0, 200)}`);
        if (key && answer.body.includes('[[')) throw new Error('a token was left unresolved');
        done++;
      }
    }),
  );
  return done;
}

const children = [];
// Never leave the children behind, whatever happens here (registered before the first starts: a failure
// between the two starts left the stub running).
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});
const stub = startChild('gateway-stub.mjs', []);
children.push(stub.child);
const stubPort = Number(await stub.next());
// PHIGATE_BENCH_PROFILE=DIR writes a CPU profile of the gateway process there.
const profile = [...(process.env.PHIGATE_BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PHIGATE_BENCH_PROFILE}`] : []), ...(process.env.PHIGATE_BENCH_HEAP ? ['--expose-gc'] : []), ...(process.env.PHIGATE_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)];
// The gateway runs with the Node flags `phigate serve` starts with (the bin's shebang);
// PHIGATE_BENCH_SERVE_FLAGS=0 leaves them out, to compare.
const SERVE_FLAGS = process.env.PHIGATE_BENCH_SERVE_FLAGS === '0' ? [] : cliNodeFlags(join(here, '..'));
const dataDir = DB ? undefined : mkdtempSync(join(tmpdir(), 'phigate-bench-gw-'));
const THREADS = args.includes('--analysis-threads') ? String(opt('--analysis-threads', 1)) : undefined;
const gw = startChild('gateway-server.mjs', [String(stubPort)], { PHIGATE_DIST: dist, ...(THREADS !== undefined ? { PHIGATE_BENCH_THREADS: THREADS } : {}), ...(DB ? { PHIGATE_BENCH_DB: DB } : { PHIGATE_BENCH_DIR: dataDir }) }, [...SERVE_FLAGS, ...profile]);
children.push(gw.child);
// A gateway that stops (it could not start: a --dist without its node_modules, say) would leave this run
// waiting for its port forever.
const gwExited = (code, signal) => {
  process.stderr.write(`bench:gateway: the gateway process stopped (${signal ?? `exit code ${code}`}) before the run ended\n`);
  process.exit(1);
};
gw.child.once('exit', gwExited);
const [gwPort, key, threads] = (await gw.next()).split(' ');
process.stderr.write(`bench:gateway: stub on ${stubPort}, phigate on ${gwPort} (store: ${ENGINE}); prompt ${BENCH_PROMPT.length} chars, ${N} sequential requests, ${SECONDS}s at concurrency ${CONC}${NEW_CONV ? ', a new conversation per request' : ''}\n`);

const rows = [];
const splits = [];
for (const stream of MODES) {
  const label = stream ? 'stream' : 'json';
  process.stderr.write(`  ${label}: latency...\n`);
  const d = await latency(stubPort, null, stream);
  const g = await latency(Number(gwPort), key, stream);
  process.stderr.write(`  ${label}: throughput...\n`);
  const dr = await throughput(stubPort, null, stream, stub.child.pid);
  const gr = await throughput(Number(gwPort), key, stream, gw.child.pid);
  const cpu = (t) => (t.cpuPerRequest === null ? '' : fmtMs(t.cpuPerRequest));
  if (gr.split.main > 0) splits.push(`${label} ${fmtMs(gr.split.main)} + ${gr.split.others.filter((ms) => ms >= 0.005).map(fmtMs).join(' + ')}`);
  rows.push([label, 'direct', fmtMs(d.p50), fmtMs(d.p99), stream ? fmtMs(d.ttft99) : '', fmtNum(dr.rps, 0), cpu(dr), '', '', '']);
  rows.push([label, 'phigate', fmtMs(g.p50), fmtMs(g.p99), stream ? fmtMs(g.ttft99) : '', fmtNum(gr.rps, 0), cpu(gr), fmtMs(g.p50 - d.p50), fmtMs(g.p99 - d.p99), stream ? fmtMs(g.ttft99 - d.ttft99) : '']);
}
if (process.env.PHIGATE_BENCH_HEAP) {
  gw.child.stdin.write('heap\n');
  await gw.next();
}
gw.child.stdin.write('rss\n');
const [, peak, current, heapTotal, external] = (await gw.next()).split(' ').map(Number);
gw.child.off('exit', gwExited);
gw.child.stdin.write('quit\n');
stub.child.kill('SIGTERM');
agent.destroy();

process.stdout.write(
  `${formatTable(
    `bench:gateway: direct to the stub vs through phigate (de-identification on; store: ${ENGINE}), same run`,
    ['mode', 'path', '>p50', '>p99', '>TTFT p99', '>req/s', '>CPU/req', '>added p50', '>added p99', '>added TTFT p99'],
    rows,
    [
      `prompt ${BENCH_PROMPT.length} chars (~1,000 tokens) with 20 identifiers; answers echo ~1,200 chars with their tokens; stream = 24 chunks`,
      `latency: ${N} requests one at a time after ${WARMUP}s of the same untimed; req/s: ${CONC} in flight for ${SECONDS}s after ${WARMUP}s of the same untimed; CPU/req: CPU time of the answering process (the stub, or the gateway with its threads) per request in that timed part; goals: added p50 <= 2 ms, p99 <= 10 ms, >= 2,000 req/s, TTFT overhead p99 <= 5 ms, RSS <= 200 MB`,
      `analysis threads: ${threads} (server.analysisThreads; --analysis-threads N to change, 0: on the event loop); machine: ${availableParallelism()} cores; gateway's Node flags: ${[...SERVE_FLAGS, ...profile].join(' ') || 'none'}`,
      ...(splits.length > 0 ? [`phigate CPU/req by thread, event loop + others busiest first (the analysis thread, V8's helper): ${splits.join('; ')}`] : []),
      `phigate RSS: peak ${fmtBytes(peak)}, at end ${fmtBytes(current)} (V8 heap ${fmtBytes(heapTotal)}, external ${fmtBytes(external)})`,
    ],
  )}\n`,
);
