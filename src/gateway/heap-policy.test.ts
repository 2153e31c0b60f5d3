// The heap growth limit: config bounds, and proof in fresh processes that V8 honours it when set at run
// time (the same allocation pattern, with and without the limit, ends with a much smaller heap with it).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../config/index.js';
import { applyHeapGrowthLimit } from './heap-policy.js';

const policyModule = fileURLToPath(new URL('./heap-policy.ts', import.meta.url));

// 24 MB stays live while 600 MB of objects live just long enough to be promoted, as a gateway's requests do.
const WORKLOAD = (percent: number): string => `
  const { applyHeapGrowthLimit } = await import(${JSON.stringify(policyModule)});
  applyHeapGrowthLimit(${percent});
  const live = Array.from({ length: 24 }, () => new Array(131072).fill(0).map((_, i) => i + 0.5));
  let ring = new Array(64).fill(null), peak = 0;
  for (let i = 0; i < 2400; i++) {
    ring[i % 64] = new Array(32768).fill(0).map((_, k) => k + 0.5);
    if (i % 50 === 0) await new Promise((r) => setImmediate(r));
    peak = Math.max(peak, process.memoryUsage().heapTotal);
  }
  if (live.length !== 24) throw new Error('the live set must stay reachable');
  process.stdout.write(String(peak));
`;

function peakHeap(percent: number): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', WORKLOAD(percent)], { encoding: 'utf8' });
  return Number(out);
}

test('server.heapGrowthPercent: 30 by default, 0-400, an integer', () => {
  assert.equal(parseConfig('{}', 'phigate.yaml').server.heapGrowthPercent, 30);
  assert.equal(parseConfig('server: { heapGrowthPercent: 0 }', 'phigate.yaml').server.heapGrowthPercent, 0);
  assert.throws(() => parseConfig('server: { heapGrowthPercent: 401 }', 'phigate.yaml'), /heapGrowthPercent/);
  assert.throws(() => parseConfig('server: { heapGrowthPercent: 12.5 }', 'phigate.yaml'), /heapGrowthPercent/);
  assert.throws(() => applyHeapGrowthLimit(-1), RangeError);
});

test('a heap growth limit set at run time keeps the heap near its live data', () => {
  const unlimited = peakHeap(0);
  const limited = peakHeap(20);
  assert.ok(limited < unlimited * 0.8, `peak heap with the limit ${limited} should be well below V8's default ${unlimited}`);
});
