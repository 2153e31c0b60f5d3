#!/usr/bin/env node
// One measurement in a fresh process: one engine on one input (a corpus held in memory, or the archive
// streamed from disk), so engines never share a heap or JIT state and the peak RSS read at the end is the
// engine's own. Invoked by bench/deid.mjs with a JSON config; writes a JSON result to cfg.resultPath.
//
// Timing covers only the engine call (what a user of the library would time); parsing, span recovery and
// scoring happen outside it. MB/s = UTF-8 bytes of the texts / summed call time.
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadEngine } from './engines.mjs';
import { emptyCounts, scoreNote, summarize } from './score.mjs';
import { peakRssBytes, percentile } from './stats.mjs';

const cfg = JSON.parse(process.argv[2]);
const ignore = new Set(cfg.ignore ?? []);
const result = { engine: cfg.engine, input: cfg.inputName, mode: cfg.mode };

async function* streamJsonl(path) {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  try {
    for await (const line of rl) if (line.trim()) yield JSON.parse(line);
  } finally {
    rl.close();
  }
}

let eng;
async function timed(text) {
  const t0 = performance.now();
  const r = eng.isAsync ? await eng.call(text) : eng.call(text);
  return [r, performance.now() - t0];
}

/** Runs texts repeatedly for about `seconds` (at least `minCalls` calls) so the JIT has settled. */
async function warmUp(texts, seconds, minCalls = 5) {
  const t0 = performance.now();
  for (let i = 0; (performance.now() - t0) / 1000 < seconds || i < minCalls; i++) await timed(texts[i % texts.length]);
}

/** Per-call latency over ~5 KB texts, round robin, up to `samples` calls or `seconds`. */
async function latency(texts, samples, seconds) {
  if (texts.length === 0) return null;
  const ms = [];
  const t0 = performance.now();
  for (let i = 0; i < samples && ((performance.now() - t0) / 1000 < seconds || ms.length < 20); i++) {
    const [, dt] = await timed(texts[i % texts.length]);
    ms.push(dt);
  }
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / texts.length;
  return { samples: ms.length, distinctTexts: Math.min(texts.length, ms.length), meanBytes: Math.round(bytes), p50: percentile(ms, 50), p99: percentile(ms, 99), max: Math.max(...ms) };
}

function overBudget(t0, notes) {
  return cfg.budgetSec != null && (performance.now() - t0) / 1000 >= cfg.budgetSec && notes >= (cfg.minNotes ?? 0);
}

async function scoredRun(docs, t0) {
  const counts = emptyCounts();
  const preds = cfg.predOut ? [] : null;
  const snapshots = {};
  const snapAt = new Set(cfg.snapshotAt ?? []);
  let bytes = 0, seconds = 0, notes = 0, complete = true;
  for await (const doc of docs) {
    const [r, dt] = await timed(doc.text);
    seconds += dt / 1000;
    bytes += Buffer.byteLength(doc.text);
    notes++;
    const spans = eng.spans(r, doc.text);
    scoreNote(counts, doc, spans, ignore);
    if (preds) preds.push(JSON.stringify({ id: doc.id, spans: spans.map((s) => ({ start: s.start, end: s.end })) }));
    if (snapAt.has(notes)) snapshots[notes] = summarize(counts);
    if (overBudget(t0, notes)) { complete = false; break; }
  }
  if (preds) writeFileSync(cfg.predOut, preds.join('\n') + '\n');
  return { counts, bytes, seconds, notes, complete, snapshots };
}

async function main() {
  const tl = performance.now();
  eng = await loadEngine(cfg.engine, cfg);
  result.loadMs = performance.now() - tl;
  result.version = eng.version;
  const t0 = performance.now();

  if (cfg.mode === 'corpus') {
    const docs = readFileSync(cfg.path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    await warmUp(docs.map((d) => d.text), cfg.warmupSec ?? 1);
    const tScore = performance.now();
    const run = await scoredRun(docs, tScore);
    let { bytes, seconds } = run;
    // more timed passes (unscored) until the figure rests on enough time, within the budget
    const budget = cfg.budgetSec ?? Infinity;
    for (let pass = 0; run.complete && seconds < (cfg.minSeconds ?? 2) && (performance.now() - tScore) / 1000 < budget && pass < 200; pass++) {
      for (const d of docs) {
        const [, dt] = await timed(d.text);
        seconds += dt / 1000;
        bytes += Buffer.byteLength(d.text);
      }
    }
    Object.assign(result, { notes: run.notes, totalNotes: docs.length, complete: run.complete, timedBytes: bytes, timedSeconds: seconds, score: summarize(run.counts), snapshots: run.snapshots });
    // 5 KB latency texts: consecutive corpus notes joined by blank lines until ~5 KiB
    const blocks = [];
    let cur = '';
    for (const d of docs) {
      cur = cur ? `${cur}\n\n${d.text}` : d.text;
      if (Buffer.byteLength(cur) >= 5120) { blocks.push(cur); cur = ''; }
    }
    result.latency = await latency(blocks, cfg.latencySamples ?? 1000, cfg.latencySec ?? 3);
  } else {
    const warm = [];
    for await (const d of streamJsonl(cfg.path)) { warm.push(d.text); if (warm.length >= 100) break; }
    await warmUp(warm, cfg.warmupSec ?? 1);
    warm.length = 0;
    const run = await scoredRun(streamJsonl(cfg.path), performance.now());
    result.peakRssBytes = await peakRssBytes();
    Object.assign(result, { notes: run.notes, complete: run.complete, timedBytes: run.bytes, timedSeconds: run.seconds, score: summarize(run.counts), snapshots: run.snapshots });
    const five = [];
    for await (const d of streamJsonl(cfg.path)) {
      const b = Buffer.byteLength(d.text);
      if (b >= 4096 && b <= 6144) five.push(d.text);
      if (five.length >= (cfg.latencyTexts ?? 500)) break;
    }
    result.latency = await latency(five, cfg.latencySamples ?? 1000, cfg.latencySec ?? 3);
  }
  result.mbps = result.timedBytes / 1e6 / result.timedSeconds;
  result.wallSeconds = (performance.now() - t0) / 1000;
  result.stats = eng.stats?.();
  writeFileSync(cfg.resultPath, JSON.stringify(result));
}

main().catch((err) => {
  writeFileSync(cfg.resultPath, JSON.stringify({ ...result, error: String(err?.stack ?? err) }));
  process.exitCode = 1;
});
