#!/usr/bin/env node
// Linear-time check in a fresh process: the engine's time on 1 MiB adversarial inputs against a normal
// 1 MiB of notes (best of N each), and each input's growth from 256 KiB to 1 MiB (4x the text should
// take about 4x the time; 16x means quadratic). Writes a JSON result to the path in argv[3].
import { writeFileSync } from 'node:fs';
import { ADVERSARIAL } from './adversarial.mjs';
import { loadEngine } from './engines.mjs';
import { normalText } from './synth-notes.mjs';

const cfg = JSON.parse(process.argv[2]);
const runs = cfg.runs ?? 3;
const BIG = 1024 * 1024, SMALL = 256 * 1024;
/** Past this, an input is not run at the next size: the bench must end even on a quadratic engine. */
const GIVE_UP_MS = cfg.giveUpMs ?? 30_000;

const eng = await loadEngine(cfg.engine ?? 'phigate', cfg);
const time = (text) => {
  const t0 = performance.now();
  eng.call(text);
  return performance.now() - t0;
};
const best = (text) => {
  let b = time(text);
  for (let i = 1; i < runs && b < GIVE_UP_MS; i++) b = Math.min(b, time(text));
  return b;
};

const normalBig = normalText(BIG), normalSmall = normalText(SMALL);
time(normalSmall); // warm-up
const normal = { name: 'normal notes', ms1M: best(normalBig), ms256K: best(normalSmall) };
const rows = [];
for (const [name, build] of Object.entries(ADVERSARIAL)) {
  const small = build(SMALL);
  const ms256K = best(small);
  const ms1M = ms256K * 4 > GIVE_UP_MS ? null : best(build(BIG));
  rows.push({ name, ms256K, ms1M, vsNormal: ms1M === null ? null : ms1M / normal.ms1M, growth: ms1M === null ? null : ms1M / ms256K });
}
// an input that was given up on is the worst; otherwise the highest ratio to normal text
const worst = rows.find((r) => r.ms1M === null) ?? rows.reduce((w, r) => (r.vsNormal > w.vsNormal ? r : w));
normal.growth = normal.ms1M / normal.ms256K;
writeFileSync(process.argv[3], JSON.stringify({ runs, bytes: BIG, normal, rows, worst }));
