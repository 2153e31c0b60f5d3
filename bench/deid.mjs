#!/usr/bin/env node
// `npm run bench:deid`: single-core throughput, 5 KB latency and token recall/precision of phigate's
// de-identification engine beside the JavaScript peers redact-pii and openredaction, on the dev corpora
// and on a generated archive of labelled synthetic notes; start-up time, peak RSS, and a linear-time
// check on adversarial inputs. Every engine runs in its own fresh process, one after another (one core).
// See bench/README.md for what each figure means.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cliNodeFlags } from './lib/cli-flags.mjs';
import { ENGINE_NOTES } from './lib/engines.mjs';
import { ensurePeers } from './lib/peers.mjs';
import { report, summarizeFigures } from './lib/report.mjs';
import { measureStartup } from './lib/startup.mjs';
import { DEFAULT_SEED, ensureArchive } from './lib/synth-notes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const cacheDir = join(here, '.cache');

const USAGE = `usage: npm run bench:deid -- [corpus.jsonl ...] [options]
  corpus.jsonl        labelled corpora ({id,text,spans}); default ../shared/corpora/asq-phi-dev.jsonl
                      and ../shared/corpora/presidio-synth.jsonl (read in place, never downloaded)
  --archive-mb N      size of the generated synthetic archive in MiB (default 50)
  --quick             5 MiB archive, shorter budgets, 2 runs per adversarial input (for development)
  --seed N            archive seed (default ${DEFAULT_SEED})
  --peer-budget S     seconds each peer gets on the archive (default 20; quick 8)
  --no-peers          skip redact-pii and openredaction
  --no-adversarial    skip the linear-time section
  --dist DIR          the built engine to measure (default dist/, which npm run bench:deid builds)
  --json FILE         also write every figure to FILE`;

function parseArgs(argv) {
  const o = { corpora: [], dist: join(root, 'dist'), archiveMb: null, quick: false, seed: DEFAULT_SEED, peerBudget: null, peers: true, adversarial: true, json: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--help' || a === '-h') { process.stdout.write(USAGE + '\n'); process.exit(0); }
    else if (a === '--archive-mb') o.archiveMb = Number(val());
    else if (a === '--quick') o.quick = true;
    else if (a === '--seed') o.seed = Number(val());
    else if (a === '--peer-budget') o.peerBudget = Number(val());
    else if (a === '--no-peers') o.peers = false;
    else if (a === '--no-adversarial') o.adversarial = false;
    else if (a === '--json') o.json = val();
    else if (a === '--dist') o.dist = resolve(val());
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else o.corpora.push(a);
  }
  o.archiveMb ??= o.quick ? 5 : 50;
  if (!(o.archiveMb > 0)) throw new Error('--archive-mb must be a positive number');
  if (o.corpora.length === 0) o.corpora = ['asq-phi-dev.jsonl', 'presidio-synth.jsonl'].map((f) => join(root, '..', 'shared', 'corpora', f));
  return o;
}

const log = (line) => process.stderr.write(`[bench:deid] ${line}\n`);

/** Runs one child measurement and returns its JSON result (or {error}). */
function child(script, cfg) {
  mkdirSync(join(cacheDir, 'results'), { recursive: true });
  const resultPath = join(cacheDir, 'results', `${cfg.engine}-${basename(cfg.inputName ?? 'adversarial')}.json`);
  rmSync(resultPath, { force: true }); // never read a previous run's result
  const r = spawnSync(process.execPath, [join(here, 'lib', script), JSON.stringify({ ...cfg, resultPath }), resultPath], { encoding: 'utf8', maxBuffer: 64 << 20 });
  try {
    const out = JSON.parse(readFileSync(resultPath, 'utf8'));
    if (out.error) log(`${cfg.engine} failed on ${cfg.inputName ?? 'adversarial inputs'}: ${out.error.split('\n')[0]}`);
    return out;
  } catch {
    const why = (r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n').slice(-3).join(' | ');
    log(`${cfg.engine} crashed on ${cfg.inputName ?? 'adversarial inputs'}: ${why}`);
    return { engine: cfg.engine, input: cfg.inputName, error: why };
  }
}

/**
 * The product as a user runs it on the archive: `phigate deid --format jsonl ARCHIVE` with the bin's Node flags,
 * output discarded. The library measurements above run in a plain process beside the bench's reader and scorer;
 * this is the command's own footprint (peak RSS) and its speed with transforms and output included.
 */
function runCliOnArchive(distDir, archivePath) {
  const usageFile = join(cacheDir, 'results', 'cli-archive-usage.json');
  mkdirSync(dirname(usageFile), { recursive: true });
  rmSync(usageFile, { force: true });
  const flags = [...cliNodeFlags(root), '--import', pathToFileURL(join(here, 'lib', 'exit-usage.mjs')).href];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...flags, join(distDir, 'cli', 'main.js'), 'deid', '--format', 'jsonl', archivePath], {
    stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 16 << 20, env: { ...process.env, PHIGATE_BENCH_USAGE_FILE: usageFile },
  });
  const wallSeconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 || !existsSync(usageFile)) {
    const why = (r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n').slice(-2).join(' | ');
    log(`the deid CLI failed on the archive: ${why}`);
    return { error: why };
  }
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  const bytes = statSync(archivePath).size;
  return { flags: flags.slice(0, -2), wallSeconds, cpuSeconds: usage.cpuMs / 1000, peakRssBytes: usage.peakRssBytes, fileBytes: bytes, mbpsCpu: bytes / 1e6 / (usage.cpuMs / 1000) };
}

/** Re-scores the engines' predictions on a corpus with the corpora's reference scorer and compares. */
function crossCheck(corpusPath, runs, ignore) {
  const ref = join(root, '..', 'shared', 'tools', 'score-deid.mjs');
  if (!existsSync(ref)) return { available: false };
  const checks = [];
  for (const run of runs) {
    if (!run.predOut || run.error || !run.complete) continue;
    const out = join(cacheDir, 'results', `ref-${run.engine}-${basename(corpusPath)}.json`);
    const r = spawnSync(process.execPath, [ref, '--gold', corpusPath, '--pred', run.predOut, '--json', out, ...(ignore.length ? ['--ignore', ignore.join(',')] : [])], { encoding: 'utf8' });
    if (r.status !== 0) { checks.push({ engine: run.engine, ok: false, why: 'reference scorer failed' }); continue; }
    const j = JSON.parse(readFileSync(out, 'utf8'));
    const same = (a, b) => (a === null || Number.isNaN(a) ? b === null : Math.abs(a - b) < 1e-12);
    checks.push({ engine: run.engine, ok: same(j.rows.ALL?.tokenRecall ?? null, run.score.tokenRecall) && same(j.precision.tokenPrecision ?? null, run.score.tokenPrecision), reference: { tokenRecall: j.rows.ALL?.tokenRecall, tokenPrecision: j.precision.tokenPrecision } });
  }
  return { available: true, checks };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const distDir = opts.dist;
  const t0 = performance.now();
  if (!existsSync(join(distDir, 'deid', 'index.js'))) throw new Error(`${join(distDir, 'deid', 'index.js')} is missing: run npm run build (npm run bench:deid does it)`);
  for (const c of opts.corpora) if (!existsSync(c)) throw new Error(`corpus not found: ${c}`);
  const q = opts.quick;
  const peersDir = join(cacheDir, 'peers');
  const peers = opts.peers ? ensurePeers(peersDir, log) : [];
  if (opts.peers && peers.length === 0) log('no peers available: the tables show phigate and the baseline only');

  const archive = ensureArchive({ dir: cacheDir, seed: opts.seed, megabytes: opts.archiveMb, log });
  if (archive.generated) log(`archive: ${archive.notes} notes, ${(archive.textBytes / 1048576).toFixed(1)} MiB of text, ${archive.spans} gold spans in ${archive.seconds.toFixed(1)} s`);

  log('start-up probes');
  let startup;
  try {
    startup = measureStartup(distDir, 5);
  } catch (err) {
    log(err.message);
    startup = { error: err.message };
  }

  const ignore = ['NOT_PHI']; // presidio marks organisations, titles, nationalities as NOT_PHI: neither hit nor false positive
  const common = { distDir, peersDir, ignore };
  // Every engine gets the same untimed warm-up on the same input: a JIT needs thousands of calls to settle
  // (phigate's first passes over a corpus run several times slower than later ones), and a de-identifier
  // serves long runs, so throughput is measured warm.
  const warmupSec = q ? 1.5 : 3;
  // ... and at least 4 million characters of it (phigate's speed on presidio-synth settles after about
  // 3 million), within 10 s: on a slow machine the seconds alone had left it half warm.
  const warm = { warmupChars: 4_000_000, warmupMaxSec: 10 };
  const inputs = [];
  for (const path of opts.corpora) {
    const name = basename(path);
    const runs = [];
    for (const engine of ['baseline', ...peers, 'phigate', 'phigate-batch']) {
      const isPeer = peers.includes(engine);
      log(`${engine} on ${name}`);
      const predOut = join(cacheDir, 'results', `pred-${engine}-${name}`);
      const r = child('run-engine.mjs', {
        ...common, engine, mode: 'corpus', path, inputName: name, predOut,
        warmupSec, ...warm, minSeconds: q ? 1 : 3, budgetSec: isPeer ? (q ? 30 : 90) : null,
        latencySamples: isPeer ? 300 : 2000, latencySec: q ? 1.5 : isPeer ? 4 : 3,
      });
      runs.push({ ...r, predOut, isPeer });
    }
    inputs.push({ name, path, kind: 'corpus', bytes: statSync(path).size, runs, crossCheck: crossCheck(path, runs, ignore) });
  }

  const aName = basename(archive.path);
  const aRuns = [];
  const peerBudget = opts.peerBudget ?? (q ? 8 : 20);
  for (const engine of ['baseline', ...peers]) {
    const isPeer = engine !== 'baseline';
    log(`${engine} on the archive${isPeer ? ` (${peerBudget} s budget)` : ''}`);
    aRuns.push({ ...child('run-engine.mjs', {
      ...common, engine, mode: 'archive', path: archive.path, inputName: aName, ...(isPeer ? { warmupSec, ...warm } : { warmupSec: 0.5 }),
      budgetSec: isPeer ? peerBudget : null, minNotes: isPeer ? (q ? 50 : 200) : 0, latencySamples: isPeer ? 300 : 2000, latencySec: q ? 1.5 : isPeer ? 4 : 3,
    }), isPeer });
  }
  const snapshotAt = aRuns.filter((r) => r.isPeer && !r.error && !r.complete).map((r) => r.notes);
  log(`phigate on the archive (${opts.archiveMb} MiB, all notes)`);
  aRuns.push({ ...child('run-engine.mjs', {
    ...common, engine: 'phigate', mode: 'archive', path: archive.path, inputName: aName, warmupSec, ...warm, budgetSec: null, snapshotAt,
    latencySamples: 2000, latencySec: q ? 1.5 : 3,
  }), isPeer: false });
  log(`phigate-batch on the archive (analyzeMany, all notes)`);
  aRuns.push({ ...child('run-engine.mjs', {
    ...common, engine: 'phigate-batch', mode: 'archive', path: archive.path, inputName: aName, warmupSec, ...warm, budgetSec: null,
    latencySamples: 200, latencySec: 1,
  }), isPeer: false });
  inputs.push({ name: `synthetic archive (${opts.archiveMb} MiB, seed ${opts.seed})`, path: archive.path, kind: 'archive', bytes: statSync(archive.path).size, runs: aRuns });

  log(`phigate deid CLI on the archive (the bin's Node flags, JSONL out, discarded)`);
  const cli = runCliOnArchive(distDir, archive.path);

  let adversarial = null;
  if (opts.adversarial) {
    log('adversarial inputs (1 MiB each)');
    adversarial = child('run-adversarial.mjs', { ...common, engine: 'phigate', runs: q ? 2 : 3 });
  }

  const figures = {
    meta: { date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model, args: process.argv.slice(2), quick: q, engines: ENGINE_NOTES },
    startup, inputs, cli, adversarial, totalSeconds: (performance.now() - t0) / 1000,
  };
  figures.summary = summarizeFigures(figures);
  process.stdout.write(report(figures) + '\n');
  if (opts.json) {
    writeFileSync(opts.json, JSON.stringify(figures, null, 1) + '\n');
    log(`figures written to ${opts.json}`);
  }
}

main().catch((err) => {
  process.stderr.write(`bench:deid: ${err.message}\n`);
  process.exit(1);
});
