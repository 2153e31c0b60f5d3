import { readFileSync } from 'node:fs';
import { checkEntryLine } from './export-format.js';
import { rfc9162 } from './hasher.js';
import { splitLines } from './export-lines.js';
const lines = splitLines(readFileSync('/tmp/sub.jsonl', 'utf8'));
for (let rep = 0; rep < 3; rep++) {
  const t = performance.now();
  let bad = 0;
  for (const l of lines) if (checkEntryLine(l, rfc9162).problem) bad++;
  console.log('us/line', ((performance.now() - t) / lines.length) * 1000, bad);
}
