#!/usr/bin/env node
// Linear-time check in a fresh process: the engine's time on 1 MiB adversarial inputs against a normal
// 1 MiB of notes, and each input's growth from 256 KiB to 1 MiB (4x the text should take about 4x the
// time; 16x means quadratic). Times are process CPU time (so other processes on the machine do not
// inflate them), best of N, the two sizes sampled alternately. Writes JSON to the path in argv[3].
import { writeFileSync } from 'node:fs';
import { ADVERSARIAL } from './adversarial.mjs';
import { loadEngine } from './engines.mjs';
import { normalText } from './synth-notes.mjs';

const cfg = JSON.parse(process.argv[2]);
const runs = cfg.runs ?? 3;
const BIG = 1024 * 1024, SMALL = 256 * 1024;
/** Past this (CPU ms for one 256 KiB call), an input is not run at 1 MiB: the bench must end even on a quadratic engine. */
const GIVE_UP_MS = cfg.giveUpMs ?? 20_000;

const eng = await loadEngine(cfg.engine ?? 'phigate', cfg);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const once = (text) => {
  const c0 = cpuMs();
  eng.call(text);
  return cpuMs() - c0;
};
/** Best-of-`runs` CPU ms of the small and the large text, alternately; a slow first call counts as a run. */
function pair(small, large) {
  let s = once(small), l = Infinity;
  if (s > GIVE_UP_MS) return [s, null];
  for (let r = 0; r < runs; r++) {
    if (r > 0) s = Math.min(s, once(small));
    l = Math.min(l, once(large));
  }
  return [s, l];
}

once(normalText(SMALL)); // warm-up
const [n256, n1M] = pair(normalText(SMALL), normalText(BIG));
const normal = { name: 'normal notes', ms256K: n256, ms1M: n1M, growth: n1M / n256 };
const rows = [];
for (const [name, build] of Object.entries(ADVERSARIAL)) {
  const [ms256K, ms1M] = pair(build(SMALL), build(BIG));
  rows.push({ name, ms256K, ms1M, vsNormal: ms1M === null ? null : ms1M / normal.ms1M, growth: ms1M === null ? null : ms1M / ms256K, vsNormalAtLeast: ms1M === null ? (4 * ms256K) / normal.ms1M : undefined });
}
// an input that was given up on is the worst; otherwise the highest ratio to normal text
const worst = rows.find((r) => r.ms1M === null) ?? rows.reduce((w, r) => (r.vsNormal > w.vsNormal ? r : w));
writeFileSync(process.argv[3], JSON.stringify({ runs, bytes: BIG, clock: 'process CPU time', normal, rows, worst }));
