// One timed run of bench/deid-ab.mjs, in a process of its own so that no build shares a heap, JIT state or load
// order with the other: loads `dist`, reads the corpora's texts, runs one untimed pass, then `passes` timed
// passes, and prints one JSON line: CPU ms per pass for each corpus and a digest of the findings.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [dist, passesArg, ...corpora] = process.argv.slice(2);
const passes = Number(passesArg);
const { createAnalyzer } = await import(pathToFileURL(join(dist, 'deid', 'index.js')).href);
const analyzer = createAnalyzer();
const result = {};
for (const path of corpora) {
  const texts = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l).text);
  const digest = createHash('sha256');
  for (const t of texts) for (const f of analyzer.analyze(t)) digest.update(`${f.start},${f.end},${f.type};`);
  const c0 = process.cpuUsage();
  for (let p = 0; p < passes; p++) for (const t of texts) analyzer.analyze(t);
  const c = process.cpuUsage(c0);
  result[path] = { cpuMsPerPass: (c.user + c.system) / 1000 / passes, findings: digest.digest('hex').slice(0, 16) };
}
process.stdout.write(`${JSON.stringify(result)}\n`);
