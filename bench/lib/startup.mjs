// Start-up cost: wall time of a fresh `node` that imports the engine, creates the analyzer (dictionaries
// loaded) and analyzes one short note, against a bare `node -e 0` spawn measured the same way.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './stats.mjs';

function wallMs(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`start-up probe failed: ${(r.stderr || '').trim().split('\n').filter((l) => /Error|error/.test(l))[0] ?? `exit ${r.status}`}`);
  return { ms, stdout: r.stdout };
}

export function measureStartup(distDir, runs = 5) {
  const url = pathToFileURL(join(distDir, 'deid', 'index.js')).href;
  const probe = [
    `const m = await import(${JSON.stringify(url)});`,
    'const a = m.createAnalyzer();',
    "const f = a.analyze('Seen 03/14/2023 by Dr. Ana Ruiz; call (617) 555-0143 re: John Smith, MRN 4829133.');",
    'const hwm = /VmHWM:\\s+(\\d+)/.exec((await import("node:fs")).readFileSync("/proc/self/status", "utf8"));',
    'const u = process.cpuUsage();',
    'process.stdout.write(JSON.stringify({ inProcessMs: performance.now(), cpuMs: (u.user + u.system) / 1000, findings: f.length, rssKb: hwm ? Number(hwm[1]) : null }));',
  ].join('\n');
  const bareProbe = 'const hwm = /VmHWM:\\s+(\\d+)/.exec(require("node:fs").readFileSync("/proc/self/status", "utf8")); const u = process.cpuUsage(); process.stdout.write(JSON.stringify({ rssKb: hwm ? Number(hwm[1]) : null, cpuMs: (u.user + u.system) / 1000 }))';
  wallMs(['-e', '0']); // page cache warm
  wallMs(['--input-type=module', '-e', probe]);
  const bare = [], engine = [], inProc = [], cpu = [], bareCpu = [];
  let findings = 0, rssKb = null, bareRssKb = null;
  for (let i = 0; i < runs; i++) {
    bare.push(wallMs(['-e', '0']).ms);
    const r = wallMs(['--input-type=module', '-e', probe]);
    engine.push(r.ms);
    const j = JSON.parse(r.stdout);
    inProc.push(j.inProcessMs);
    cpu.push(j.cpuMs);
    findings = j.findings;
    rssKb = j.rssKb;
    const b = JSON.parse(wallMs(['-e', bareProbe]).stdout);
    bareCpu.push(b.cpuMs);
    bareRssKb = b.rssKb;
  }
  return {
    runs, bareNodeMs: median(bare), engineMs: median(engine), deltaMs: median(engine) - median(bare),
    inProcessMs: median(inProc), engineCpuMs: median(cpu), bareNodeCpuMs: median(bareCpu), findingsOnProbe: findings,
    probePeakRssBytes: rssKb && rssKb * 1024, bareNodePeakRssBytes: bareRssKb && bareRssKb * 1024,
  };
}
