#!/usr/bin/env node
// One measurement in a fresh process: one engine on one input (a corpus held in memory, or the archive
// streamed from disk), so engines never share a heap or JIT state and the peak RSS read at the end is the
// engine's own. Invoked by bench/deid.mjs with a JSON config; writes a JSON result to cfg.resultPath.
//
// Timing covers only engine calls (what a user of the library would time), in batches of notes so the
// clocks cost nothing; span recovery and scoring run after each batch. Two clocks: wall time, and process
// CPU time (not inflated while other processes hold the core; it does include V8's helper threads, so it
// can only over-count). MB/s = UTF-8 bytes of the texts / summed time.
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadEngine } from './engines.mjs';
import { emptyCounts, loadNoteScorer, summarize } from './score.mjs';
import { peakRssBytes, percentile } from './stats.mjs';

const cfg = JSON.parse(process.argv[2]);
const ignore = new Set(cfg.ignore ?? []);
const result = { engine: cfg.engine, input: cfg.inputName, mode: cfg.mode };
const BATCH = 32;

async function* streamJsonl(path) {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  try {
    for await (const line of rl) if (line.trim()) yield JSON.parse(line);
  } finally {
    rl.close();
  }
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

let eng;
const scorer = await loadNoteScorer(cfg.distDir);
result.scorer = scorer.name;

/** Calls the engine on each text; returns results and the batch's wall and CPU ms. */
async function timedBatch(texts) {
  const out = new Array(texts.length);
  const c0 = cpuMs(), t0 = performance.now();
  if (eng.callMany) return { out: eng.callMany(texts), wallMs: performance.now() - t0, cpuMs: cpuMs() - c0 };
  if (eng.isAsync) for (let i = 0; i < texts.length; i++) out[i] = await eng.call(texts[i]);
  else for (let i = 0; i < texts.length; i++) out[i] = eng.call(texts[i]);
  return { out, wallMs: performance.now() - t0, cpuMs: cpuMs() - c0 };
}

/**
 * Runs texts repeatedly so the JIT has settled: for at least `seconds` and `minChars` of input, but no
 * longer than `maxSeconds` (slow peers). Input as well as time, because tiering follows the work done:
 * on a slow or busy machine a fixed time had warmed phigate over only half the calls it needs to settle.
 */
async function warmUp(texts, seconds, minChars = 0, maxSeconds = Infinity, minCalls = 5) {
  const t0 = performance.now();
  let chars = 0;
  for (let i = 0; ; i++) {
    const elapsed = (performance.now() - t0) / 1000;
    if (i >= minCalls && elapsed >= seconds && (chars >= minChars || elapsed >= maxSeconds)) return;
    const text = texts[i % texts.length];
    await timedBatch([text]);
    chars += text.length;
  }
}

/** Per-call latency (wall and CPU) over ~5 KB texts, round robin, up to `samples` calls or `seconds`. */
async function latency(texts, samples, seconds) {
  if (texts.length === 0) return null;
  const wall = [], cpu = [];
  const t0 = performance.now();
  for (let i = 0; i < samples && ((performance.now() - t0) / 1000 < seconds || wall.length < 20); i++) {
    const b = await timedBatch([texts[i % texts.length]]);
    wall.push(b.wallMs);
    cpu.push(b.cpuMs);
  }
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / texts.length;
  return {
    samples: wall.length, distinctTexts: Math.min(texts.length, wall.length), meanBytes: Math.round(bytes),
    p50: percentile(wall, 50), p99: percentile(wall, 99), max: Math.max(...wall), cpuP50: percentile(cpu, 50), cpuP99: percentile(cpu, 99),
  };
}

const overBudget = (t0, notes) => cfg.budgetSec != null && (performance.now() - t0) / 1000 >= cfg.budgetSec && notes >= (cfg.minNotes ?? 0);

/** Every note once (or until the budget): timed in batches, then scored. */
async function scoredRun(docs, t0) {
  const counts = emptyCounts();
  const preds = cfg.predOut ? [] : null;
  const snapshots = {};
  const snapAt = new Set(cfg.snapshotAt ?? []);
  const acc = { bytes: 0, wallMs: 0, cpuMs: 0, notes: 0, complete: true };
  let batch = [];
  const flush = async () => {
    const b = await timedBatch(batch.map((d) => d.text));
    acc.wallMs += b.wallMs;
    acc.cpuMs += b.cpuMs;
    batch.forEach((doc, i) => {
      acc.bytes += Buffer.byteLength(doc.text);
      acc.notes++;
      const spans = eng.spans(b.out[i], doc.text);
      scorer.scoreNote(counts, doc, spans, ignore);
      if (preds) preds.push(JSON.stringify({ id: doc.id, spans: spans.map((s) => ({ start: s.start, end: s.end })) }));
      if (snapAt.has(acc.notes)) snapshots[acc.notes] = summarize(counts);
    });
    batch = [];
  };
  for await (const doc of docs) {
    batch.push(doc);
    // a peer on a budget is timed note by note so its sample ends close to the budget
    if (batch.length >= (cfg.budgetSec != null ? 1 : BATCH)) await flush();
    if (overBudget(t0, acc.notes)) { acc.complete = false; break; }
  }
  if (batch.length) await flush();
  if (preds) writeFileSync(cfg.predOut, preds.join('\n') + '\n');
  return { counts, snapshots, ...acc };
}

function figures(run, extra = { bytes: 0, wallMs: 0, cpuMs: 0 }) {
  const bytes = run.bytes + extra.bytes, wall = (run.wallMs + extra.wallMs) / 1000, cpu = (run.cpuMs + extra.cpuMs) / 1000;
  return { notes: run.notes, complete: run.complete, timedBytes: bytes, timedSeconds: wall, timedCpuSeconds: cpu, mbps: bytes / 1e6 / wall, mbpsCpu: bytes / 1e6 / cpu, score: summarize(run.counts), snapshots: run.snapshots };
}

async function main() {
  const tl = performance.now();
  eng = await loadEngine(cfg.engine, cfg);
  result.loadMs = performance.now() - tl;
  result.version = eng.version;
  const t0 = performance.now();

  if (cfg.mode === 'corpus') {
    const docs = readFileSync(cfg.path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    const texts = docs.map((d) => d.text);
    await warmUp(texts, cfg.warmupSec ?? 1, cfg.warmupChars ?? 0, cfg.warmupMaxSec ?? Infinity);
    const tScore = performance.now();
    const run = await scoredRun(docs, tScore);
    // more timed passes (unscored) until the figure rests on enough CPU time, within the budget
    const extra = { bytes: 0, wallMs: 0, cpuMs: 0 };
    const budget = cfg.budgetSec ?? Infinity;
    for (let pass = 0; run.complete && (run.cpuMs + extra.cpuMs) / 1000 < (cfg.minSeconds ?? 2) && (performance.now() - tScore) / 1000 < budget && pass < 500; pass++) {
      for (let i = 0; i < texts.length; i += BATCH) {
        const part = texts.slice(i, i + BATCH);
        const b = await timedBatch(part);
        extra.wallMs += b.wallMs;
        extra.cpuMs += b.cpuMs;
        extra.bytes += part.reduce((n, t) => n + Buffer.byteLength(t), 0);
      }
    }
    Object.assign(result, figures(run, extra), { totalNotes: docs.length });
    // 5 KB latency texts: consecutive corpus notes joined by blank lines until ~5 KiB
    const blocks = [];
    let cur = '';
    for (const t of texts) {
      cur = cur ? `${cur}\n\n${t}` : t;
      if (Buffer.byteLength(cur) >= 5120) { blocks.push(cur); cur = ''; }
    }
    result.latency = await latency(blocks, cfg.latencySamples ?? 1000, cfg.latencySec ?? 3);
  } else {
    const warm = [];
    for await (const d of streamJsonl(cfg.path)) { warm.push(d.text); if (warm.length >= 100) break; }
    await warmUp(warm, cfg.warmupSec ?? 1, cfg.warmupChars ?? 0, cfg.warmupMaxSec ?? Infinity);
    warm.length = 0;
    const run = await scoredRun(streamJsonl(cfg.path), performance.now());
    result.peakRssBytes = await peakRssBytes();
    Object.assign(result, figures(run));
    const five = [];
    for await (const d of streamJsonl(cfg.path)) {
      const b = Buffer.byteLength(d.text);
      if (b >= 4096 && b <= 6144) five.push(d.text);
      if (five.length >= (cfg.latencyTexts ?? 500)) break;
    }
    result.latency = await latency(five, cfg.latencySamples ?? 1000, cfg.latencySec ?? 3);
  }
  result.wallSeconds = (performance.now() - t0) / 1000;
  result.stats = eng.stats?.();
  writeFileSync(cfg.resultPath, JSON.stringify(result));
}

main().catch((err) => {
  writeFileSync(cfg.resultPath, JSON.stringify({ ...result, error: String(err?.stack ?? err) }));
  process.exitCode = 1;
});
