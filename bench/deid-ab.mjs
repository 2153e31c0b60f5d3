#!/usr/bin/env node
// Compares the CPU cost of two builds of the de-identification engine on the same corpora in the same minutes.
// Each run is a fresh process (bench/lib/ab-child.mjs) and the builds alternate A B B A ..., because loading two
// builds into one process makes the second one measurably dearer (about 10% on this machine, with identical
// code), and because the machine's speed drifts within minutes. An A/A control (the base against itself, in
// the same alternation) shows the noise floor of the run, so a ratio can be read against it.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchArgs } from './lib/bench-args.mjs';
import { ensureArchive } from './lib/synth-notes.mjs';
import { formatTable } from './lib/table.mjs';
import { fmtNum, fmtRatio, median } from './lib/stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const USAGE = `usage: npm run bench:deid-ab -- --base DIR [--dist DIR] [--rounds N] [--passes N] [--no-control] [corpus.jsonl ...]
  --base DIR     the build to compare against (a copy of an older dist/, say)
  --dist DIR     the build under test (default dist/, which npm run bench:deid-ab builds)
  --rounds N     timed runs of each build, alternated A B B A ... (default 6)
  --passes N     timed passes over each corpus in a run, after one untimed pass (default 2)
  --no-control   skip the A/A control (the base against itself)
  corpora        JSONL files with a "text" field (default: the two dev corpora and a 2 MiB synthetic archive)`;
const { argv, value, num } = benchArgs(USAGE);
const base = value('--base');
if (!base) { process.stderr.write(`bench:deid-ab: --base DIR is required\n${USAGE}\n`); process.exit(2); }
const builds = { base: resolve(base), dist: resolve(value('--dist', join(here, '..', 'dist'))) };
for (const [name, dir] of Object.entries(builds)) {
  if (!existsSync(join(dir, 'deid', 'index.js'))) { process.stderr.write(`bench:deid-ab: ${name} ${dir} has no deid/index.js: give a built tree\n`); process.exit(2); }
}
const rounds = num('--rounds', 6);
const passes = num('--passes', 2);
if (!(Number.isInteger(rounds) && rounds >= 2 && Number.isInteger(passes) && passes >= 1)) { process.stderr.write('bench:deid-ab: --rounds must be an integer >= 2 and --passes >= 1\n'); process.exit(2); }
const control = !argv.includes('--no-control');
const optionValues = new Set(['--base', '--dist', '--rounds', '--passes'].map((o) => argv[argv.indexOf(o) + 1]).filter(Boolean));
let corpora = argv.filter((a) => !a.startsWith('--') && !optionValues.has(a)).map((a) => resolve(a));
if (corpora.length === 0) {
  const shared = ['asq-phi-dev.jsonl', 'presidio-synth.jsonl'].map((f) => resolve(here, '..', '..', 'shared', 'corpora', f)).filter(existsSync);
  const archive = ensureArchive({ dir: join(here, '.cache'), megabytes: 2, log: (l) => process.stderr.write(`${l}\n`) }).path;
  corpora = [...shared, archive];
}

function run(dir) {
  const r = spawnSync(process.execPath, [join(here, 'lib', 'ab-child.mjs'), dir, String(passes), ...corpora], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) { process.stderr.write(`bench:deid-ab: a run of ${dir} failed:\n${r.stderr}`); process.exit(1); }
  return JSON.parse(r.stdout);
}

// The order of each round: base and dist swap places every round, and the control's second base run sits
// where dist would, so all three series see the same drift.
const series = { base: [], dist: [], control: [] };
for (let i = 0; i < rounds; i++) {
  const order = i % 2 === 0 ? ['base', 'dist', 'control'] : ['control', 'dist', 'base'];
  for (const which of order) {
    if (which === 'control' && !control) continue;
    series[which].push(run(which === 'dist' ? builds.dist : builds.base));
    process.stderr.write(`\rbench:deid-ab: round ${i + 1}/${rounds}`);
  }
}
process.stderr.write('\n');

const rows = [];
for (const path of corpora) {
  const mb = statSync(path).size / 1e6;
  const ms = (s) => median(s.map((r) => r[path].cpuMsPerPass));
  const b = ms(series.base);
  const same = series.dist.every((r) => r[path].findings === series.base[0][path].findings);
  rows.push([path.split('/').pop(), fmtNum(mb), fmtNum(b), fmtNum(ms(series.dist)), fmtRatio(ms(series.dist) / b), control ? fmtRatio(ms(series.control) / b) : '—', same ? 'identical' : 'DIFFER']);
}
process.stdout.write(`${formatTable(
  `De-identification CPU, ${rounds} runs of each build alternated, median CPU ms per pass (${passes} timed passes a run)`,
  ['corpus', '>MB', '>base ms', '>dist ms', '>dist/base', '>A/A control', 'findings'],
  rows,
  [`base ${builds.base}`, `dist ${builds.dist}`, 'A/A control: the base run again in the dist slot; a dist/base ratio within its distance from 1.00x is noise'],
)}\n`);
