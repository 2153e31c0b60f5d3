// What the gateway's event loop loads of the engine when analysis runs on threads (the default on 2+ cores):
// the threads hold the analyzer; the event loop needs only tokens, titles and field labels. Loading the engine's
// word tables' modules there (lexicon, dictionaries: about 1 MiB of heap) or the engine itself (about 7 MiB) would
// be memory spent for nothing in every gateway.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));

test('the gateway and the analysis pool load no analyzer, recognizer list or word tables on the event loop', () => {
  // A loader hook lists every module this child loads; it imports what `phigate serve` imports with a pool.
  const hook = `export async function load(url, context, next) { if (url.includes('/src/deid/')) process.stderr.write('LOADED ' + url.slice(url.indexOf('/src/deid/') + 10) + '\\n'); return next(url, context); }`;
  const body = [
    "import { register } from 'node:module';",
    `register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`,
    "await import('./src/gateway/index.ts');",
    "await import('./src/deid/pool/analysis-pool.ts');",
    "await import('./src/config/index.ts');",
  ].join('\n');
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', body], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
  assert.equal(run.status, 0, run.stderr);
  const loaded = [...new Set(run.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7)))].sort();
  assert.ok(loaded.includes('token-map.ts') && loaded.includes('name-title.ts'), `the hook saw the engine's modules: ${loaded.join(' ')}`);
  const engine = loaded.filter((m) => /^(analyze|index|dictionaries\/|recognizers\/(?!regex-safety|regex-ast)|name-credentials)/.test(m));
  assert.deepEqual(engine, [], 'engine modules on the event loop');
});
