// Turns the bench's raw figures into the ratios and goal checks the issue asks for, and prints them as
// small aligned tables: start-up, one table per input, ratios and goals, memory, linear time.
import { fmtBytes, fmtMs, fmtNum, fmtPct, fmtRatio } from './stats.mjs';
import { formatTable } from './table.mjs';

export const GOALS = { mbps: 5, vsFasterPeer: 10, recallVsPeers: 2, startupMs: 300, rssBytes: 200e6 };

const ok = (b) => (b === null || b === undefined ? '—' : b ? 'met' : 'NOT met');
const good = (runs) => runs.filter((r) => !r.error);

/** Per input: phigate against the faster peer, the best-recall peer and the baseline. */
export function summarizeFigures(f) {
  const inputs = f.inputs.map((inp) => {
    const runs = good(inp.runs);
    const me = runs.find((r) => r.engine === 'phigate');
    const batch = runs.find((r) => r.engine === 'phigate-batch');
    const peers = runs.filter((r) => r.isPeer);
    const base = runs.find((r) => r.engine === 'baseline');
    if (!me) return { input: inp.name, error: 'phigate did not run' };
    // throughput per core: bytes per CPU second (equal to wall time on an idle core, steadier on a busy one)
    const faster = peers.reduce((a, r) => (!a || r.mbpsCpu > a.mbpsCpu ? r : a), null);
    // recall against each peer on the notes that peer processed (a prefix when it ran out of budget)
    const recallVs = peers.map((p) => {
      const mine = p.complete ? me.score : me.snapshots?.[p.notes] ?? me.score;
      return { peer: p.engine, notes: p.notes, phigate: mine.tokenRecall, peerRecall: p.score.tokenRecall, ratio: p.score.tokenRecall ? mine.tokenRecall / p.score.tokenRecall : null };
    });
    const worstRecall = recallVs.reduce((a, r) => (!a || (r.ratio ?? Infinity) < (a.ratio ?? Infinity) ? r : a), null);
    return {
      input: inp.name, mbpsCpu: me.mbpsCpu, mbpsWall: me.mbps, mbpsCpuBatch: batch?.mbpsCpu ?? null, p50: me.latency?.p50, p99: me.latency?.p99, cpuP50: me.latency?.cpuP50, cpuP99: me.latency?.cpuP99,
      tokenRecall: me.score.tokenRecall, tokenPrecision: me.score.tokenPrecision,
      fasterPeer: faster?.engine ?? null, vsFasterPeer: faster ? me.mbpsCpu / faster.mbpsCpu : null, vsBaseline: base ? me.mbpsCpu / base.mbpsCpu : null,
      recallVs, recallVsBestPeer: worstRecall?.ratio ?? null,
      // Throughput per core is met if either way of calling the engine reaches it (both are single-threaded).
      goals: { mbps: Math.max(me.mbpsCpu, batch?.mbpsCpu ?? 0) >= GOALS.mbps, vsFasterPeer: faster ? me.mbpsCpu / faster.mbpsCpu >= GOALS.vsFasterPeer : null, recallVsPeers: worstRecall ? (worstRecall.ratio ?? 0) > GOALS.recallVsPeers : null },
    };
  });
  const arch = f.inputs.find((i) => i.kind === 'archive');
  const rss = arch && good(arch.runs).find((r) => r.engine === 'phigate')?.peakRssBytes;
  const cliRss = f.cli?.peakRssBytes ?? null;
  return {
    inputs,
    startup: f.startup.error ? { error: f.startup.error } : { ms: f.startup.engineMs, goal: f.startup.engineMs <= GOALS.startupMs },
    // The goal is read on the product as users run it (the deid CLI on the archive) when that ran; the
    // library's figure inside the bench's own process is reported beside it.
    rss: { bytes: rss ?? null, cliBytes: cliRss, goal: cliRss ? cliRss <= GOALS.rssBytes : rss ? rss <= GOALS.rssBytes : null },
    adversarialWorst: f.adversarial?.worst ? { input: f.adversarial.worst.name, vsNormal: f.adversarial.worst.vsNormal, vsNormalAtLeast: f.adversarial.worst.vsNormalAtLeast } : null,
  };
}

function sampleText(inp, r) {
  const n = r.notes.toLocaleString('en-US');
  if (inp.kind === 'corpus') return r.complete ? `all ${n} notes, ${fmtBytes(r.timedBytes)} timed` : `first ${n} of ${r.totalNotes} notes (budget)`;
  return r.complete ? `all ${n} notes` : `first ${n} notes (time budget)`;
}

function inputTable(inp, s) {
  const me = inp.runs.find((r) => r.engine === 'phigate' && !r.error);
  const rows = inp.runs.map((r) => {
    if (r.error) return [r.engine, 'failed', '—', '—', '—', '—', '—', '—', '—'];
    const label = r.engine === 'baseline' ? 'baseline (scan)' : r.version ? `${r.engine} ${r.version}` : r.engine;
    return [label, sampleText(inp, r), fmtNum(r.mbpsCpu), fmtNum(r.mbps), fmtMs(r.latency?.p50), fmtMs(r.latency?.p99), fmtPct(r.score?.tokenRecall), fmtPct(r.score?.tokenPrecision), me && r !== me ? fmtRatio(me.mbpsCpu / r.mbpsCpu) : ''];
  });
  const notes = [];
  const lat = me?.latency;
  if (lat) notes.push(`latency (wall; CPU p50/p99 ${fmtMs(lat.cpuP50)} / ${fmtMs(lat.cpuP99)}): ${lat.samples} calls on ${lat.distinctTexts} texts of ~${(lat.meanBytes / 1024).toFixed(1)} KiB (${inp.kind === 'corpus' ? 'corpus notes joined to 5 KiB' : 'archive notes of 4-6 KiB'}); peers: ${inp.runs.filter((r) => r.isPeer && r.latency).map((r) => `${r.engine} ${r.latency.samples}`).join(', ') || '—'} calls`);
  for (const rv of s?.recallVs ?? []) if (inp.kind === 'archive') notes.push(`phigate on ${rv.peer}'s ${rv.notes.toLocaleString('en-US')} notes: token recall ${fmtPct(rv.phigate)} vs ${fmtPct(rv.peerRecall)}`);
  const rp = inp.runs.find((r) => r.engine === 'redact-pii' && r.stats);
  if (rp) notes.push(`redact-pii spans recovered by aligning its output (bench/lib/align.mjs); notes that failed to align: ${rp.stats.misaligned}`);
  if (me?.scorer) notes.push(`scored with ${me.scorer}; gold NOT_PHI spans ignored (neither hit nor false positive)`);
  if (inp.crossCheck?.available) {
    const bad = inp.crossCheck.checks.filter((c) => !c.ok);
    notes.push(bad.length === 0 ? `token R/P re-scored with ../shared/tools/score-deid.mjs: identical for ${inp.crossCheck.checks.map((c) => c.engine).join(', ')}` : `WARNING: reference scorer disagrees for ${bad.map((c) => c.engine).join(', ')}`);
  }
  const size = inp.kind === 'corpus' ? `${fmtBytes(inp.bytes)} file` : `${fmtBytes(inp.bytes)} JSONL`;
  return formatTable(`Throughput, latency, recall — ${inp.name} (${size})`, ['engine', 'measured on', '>MB/s (CPU)', '>MB/s (wall)', '>p50 5KB', '>p99 5KB', '>token R', '>token P', '>phigate is'], rows, notes);
}

export function report(f) {
  const s = summarizeFigures(f);
  const out = [];
  const st = f.startup;
  if (st.error) out.push(`\nStart-up: failed (${st.error})`);
  else out.push(formatTable('Start-up (fresh node: import, createAnalyzer, analyze one note; median of 5)', ['what', '>figure', '>baseline', '>ratio', 'goal'], [
    ['wall time of the spawn', fmtMs(st.engineMs), `${fmtMs(st.bareNodeMs)} bare node`, fmtRatio(st.engineMs / st.bareNodeMs), `<= ${GOALS.startupMs} ms: ${ok(s.startup.goal)}`],
    ['  of which the engine (spawn - bare node)', fmtMs(st.deltaMs), '', '', ''],
    ['in-process: process start to first result', fmtMs(st.inProcessMs), '', '', ''],
    ['CPU time of the spawn', fmtMs(st.engineCpuMs), `${fmtMs(st.bareNodeCpuMs)} bare node`, fmtRatio(st.engineCpuMs / st.bareNodeCpuMs), ''],
  ]));
  f.inputs.forEach((inp, i) => out.push(inputTable(inp, s.inputs[i])));
  out.push(formatTable('Ratios and goals (phigate)', ['input', '>MB/s (CPU)', '>MB/s batch', '>vs faster peer', '>vs baseline', '>recall vs best peer', '>p50 / p99 5KB', 'goals: 5 MB/s, 10x, >2x recall'], s.inputs.map((x) => x.error ? [x.input, 'failed'] : [
    x.input, fmtNum(x.mbpsCpu), x.mbpsCpuBatch ? fmtNum(x.mbpsCpuBatch) : '—', x.fasterPeer ? `${fmtRatio(x.vsFasterPeer)} (${x.fasterPeer})` : '—', fmtRatio(x.vsBaseline), fmtRatio(x.recallVsBestPeer), `${fmtMs(x.p50)} / ${fmtMs(x.p99)}`,
    `${ok(x.goals.mbps)}, ${ok(x.goals.vsFasterPeer)}, ${ok(x.goals.recallVsPeers)}`,
  ]), ['MB = 10^6 bytes of UTF-8 text per CPU second of the process (one core; equal to wall time when the core is idle)', 'MB/s: analyze() note by note; batch: analyzeMany() over batches of 32 notes (the deid CLI\'s and the analysis threads\' way); ratios use analyze()', 'peers on the same input (a prefix of the archive when their time budget ran out); recall ratio on the same notes']));
  out.push(formatTable('Memory', ['what', '>figure', '>baseline', 'goal'], [
    ['`phigate deid --format jsonl` on the archive', s.rss.cliBytes ? `${fmtNum(s.rss.cliBytes / 1e6, 1)} MB (${fmtBytes(s.rss.cliBytes)})` : '—', st.bareNodePeakRssBytes ? `${fmtBytes(st.bareNodePeakRssBytes)} bare node` : '', `<= 200 MB: ${ok(s.rss.goal)}`],
    ['library in the bench process after the archive', s.rss.bytes ? `${fmtNum(s.rss.bytes / 1e6, 1)} MB (${fmtBytes(s.rss.bytes)})` : '—', '', 'no flags, with reader and scorer'],
    ['peak RSS of the start-up probe', st.probePeakRssBytes ? fmtBytes(st.probePeakRssBytes) : '—', '', ''],
  ]));
  if (f.cli?.cpuSeconds) out.push(`  the deid CLI (${f.cli.flags.join(' ')}) read, de-identified and wrote the archive at ${fmtNum(f.cli.mbpsCpu)} MB/s of CPU (${fmtNum(f.cli.wallSeconds, 1)} s wall), transforms and output included`);
  else if (f.cli?.error) out.push(`  the deid CLI failed on the archive: ${f.cli.error}`);
  const adv = f.adversarial;
  if (adv?.rows) {
    const rows = [['normal notes (baseline)', fmtMs(adv.normal.ms256K), fmtMs(adv.normal.ms1M), '1.00x', fmtRatio(adv.normal.growth)]];
    for (const r of adv.rows) rows.push([r.name, fmtMs(r.ms256K), r.ms1M === null ? 'gave up' : fmtMs(r.ms1M), r.ms1M === null ? `>= ${fmtRatio(r.vsNormalAtLeast)}` : fmtRatio(r.vsNormal), fmtRatio(r.growth)]);
    const w = adv.worst;
    const worstText = w ? (w.ms1M === null ? `>= ${fmtRatio(w.vsNormalAtLeast)} (${w.name}: 256 KiB alone took ${fmtMs(w.ms256K)}, 1 MiB not run)` : `${fmtRatio(w.vsNormal)} (${w.name})`) : '—';
    out.push(formatTable(`Linear time: adversarial inputs vs normal notes (phigate, CPU time, best of ${adv.runs})`, ['input', '>256 KiB', '>1 MiB', '>vs normal 1 MiB', '>growth 256K->1M'], rows, [
      `worst ratio to a normal 1 MiB of notes: ${worstText}; linear growth is ~4x, quadratic ~16x`,
    ]));
  } else if (adv?.error) out.push(`\nLinear time: failed (${adv.error.split('\n')[0]})`);
  out.push(`\nbench:deid finished in ${fmtNum(f.totalSeconds, 1)} s${f.meta.quick ? ' (--quick)' : ''} on ${f.meta.cpu ?? 'unknown CPU'}, Node ${f.meta.node}`);
  return out.join('\n');
}
