import { verifyExportFiles, resolveExportPaths } from './export-files.js';
import { parseVerifierKey } from './note.js';
import { readFileSync } from 'node:fs';
const dir = process.argv[3] ?? '/tmp/exp';
const vkey = readFileSync(dir + '/log-keys.txt', 'utf8').trim();
for (const workers of [Number(process.argv[2] ?? 2)]) {
  const t = performance.now();
  const { report } = await verifyExportFiles({ paths: await resolveExportPaths([dir]), verifiers: [parseVerifierKey(vkey)], workers });
  console.log('workers', workers, 'ms', performance.now() - t, report.ok, report.entries, report.problemCount);
}
