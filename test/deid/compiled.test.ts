// The engine as `npm run build` ships it: compiled once into a temporary directory with the build's own
// steps (tsc, scripts/build-startup-snapshots.mjs, then scripts/build-deid-bundle.mjs), then run by plain
// node, no tsx. Checks that the start-up snapshots, the one-script bundle and its code cache are read back,
// that with them the engine finds exactly what the source finds on every fixture text, that a stale snapshot
// or cache is ignored, and that analysis threads start from the .js entry.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { createAnalyzer } from '../../src/deid/index.js';
import { loadFixtures } from './fixtures/load.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'phigate-compiled-'));
const texts = loadFixtures().map((c) => c.text);

before(() => {
  const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', join(repo, 'tsconfig.build.json'), '--outDir', out], { encoding: 'utf8', timeout: 180_000 });
  assert.equal(build.status, 0, build.stdout + build.stderr);
  const snapshots = spawnSync(process.execPath, [join(repo, 'scripts', 'build-startup-snapshots.mjs'), out], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(snapshots.status, 0, snapshots.stderr);
  const bundle = spawnSync(process.execPath, [join(repo, 'scripts', 'build-deid-bundle.mjs'), out], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(bundle.status, 0, bundle.stderr);
});
after(() => rmSync(out, { recursive: true, force: true }));

/** Runs `body` (an async module body that prints one JSON line) with plain node and parses its output. */
function runCompiled(body: string, nodeArgs: string[] = []): unknown {
  const run = spawnSync(process.execPath, [...nodeArgs, '--input-type=module', '-e', body], { encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

const importsOf = (dir: string): string =>
  [
    `const m = await import(${JSON.stringify(join(dir, 'deid', 'index.js'))});`,
    `const dict = await import(${JSON.stringify(join(dir, 'deid', 'dictionaries', 'index.js'))});`,
    `const facts = await import(${JSON.stringify(join(dir, 'deid', 'recognizers', 'regex-facts.js'))});`,
    `const bundle = await import(${JSON.stringify(join(dir, 'deid', 'engine-bundle.js'))});`,
    // The bundle holds its own instances of the modules: their diagnostics come from it when it was used.
    'const status = bundle.bundleStatus();',
    'const internals = () => (status.internals ? status.internals() : { tablesFromSnapshot: dict.tablesFromSnapshot(), regexFactCounts: facts.regexFactCounts() });',
  ].join('\n');

interface CompiledRun {
  findings: unknown[];
  fromSnapshot: boolean;
  facts: { recorded: number; derived: number };
  bundle: { bundle: string; cache: string };
}

/** The compiled engine's findings on every fixture text, and where its code, tables and pattern facts came from. */
function compiledRun(nodeArgs: string[] = []): CompiledRun {
  const input = join(out, 'texts.json');
  writeFileSync(input, JSON.stringify(texts));
  return runCompiled(
    `${importsOf(out)}
     const a = m.createAnalyzer();
     const texts = JSON.parse((await import('node:fs')).readFileSync(${JSON.stringify(input)}, 'utf8'));
     const findings = texts.map((t) => a.analyze(t));
     const { tablesFromSnapshot, regexFactCounts } = internals();
     console.log(JSON.stringify({ findings, fromSnapshot: tablesFromSnapshot, facts: regexFactCounts, bundle: { bundle: status.bundle, cache: status.cache } }));`,
    nodeArgs,
  ) as CompiledRun;
}

const sourceFindings = (): unknown[] => {
  const a = createAnalyzer();
  return JSON.parse(JSON.stringify(texts.map((t) => a.analyze(t)))) as unknown[];
};

test('built, the engine loads as one script from its code cache, reads its word tables and pattern facts from the snapshots and finds what the source finds on every fixture', () => {
  const run = compiledRun();
  assert.deepEqual(run.bundle, { bundle: 'used', cache: 'accepted' });
  assert.equal(run.fromSnapshot, true, 'the word tables came from word-tables.bin');
  assert.equal(run.facts.derived, 0, 'no pattern fact was derived again');
  assert.ok(run.facts.recorded > 100, 'the pattern facts came from regex-facts.json');
  assert.ok(texts.length > 1000);
  assert.deepEqual(run.findings, sourceFindings());
});

test('snapshots made by other code are ignored: the engine builds what it needs and finds the same', () => {
  const tables = join(out, 'deid', 'dictionaries', 'word-tables.bin');
  const factsFile = join(out, 'deid', 'recognizers', 'regex-facts.json');
  const keptTables = readFileSync(tables);
  const keptFacts = readFileSync(factsFile, 'utf8');
  try {
    // A changed build step would change the digest; here the digests are changed instead.
    const staleTables = Buffer.from(keptTables);
    staleTables[8] = (staleTables[8] as number) ^ 0xff;
    writeFileSync(tables, staleTables);
    const recording = JSON.parse(keptFacts) as { digest: string; facts: Record<string, unknown> };
    // A stale recording whose facts are wrong (no pattern can start anywhere or pass its gates) must not
    // be used: were it used, most findings would go.
    const WRONG: Record<string, unknown> = { 'sticky-starts': ['', null], 'ascii-members': '', 'first-chars': ['\u0001'], literals: ['zzqzz'] };
    const wrong = Object.fromEntries(Object.keys(recording.facts).map((k) => [k, WRONG[k.slice(0, k.indexOf(' '))]]));
    // The last hex digit changed to another one: a digest that already ends in "0" would otherwise stay the same.
    writeFileSync(factsFile, JSON.stringify({ digest: `${recording.digest.slice(0, -1)}${recording.digest.endsWith('0') ? '1' : '0'}`, facts: wrong }));
    const run = compiledRun();
    // The bundle cannot wait for the word lists: the modules as tsc emitted them are imported instead.
    assert.equal(run.bundle.bundle, 'unusable');
    assert.equal(run.fromSnapshot, false);
    assert.equal(run.facts.recorded, 0);
    assert.ok(run.facts.derived > 100);
    assert.deepEqual(run.findings, sourceFindings());
  } finally {
    writeFileSync(tables, keptTables);
    writeFileSync(factsFile, keptFacts);
  }
});

test('a code cache made for another script or under other V8 flags is not used: the engine compiles the bundle and finds the same', () => {
  const bundleFile = join(out, 'deid', 'engine-bundle.cjs');
  const kept = readFileSync(bundleFile);
  try {
    // The bundle changes (as a rebuild would change it) while the cache stays: the cache's digest no longer matches.
    appendFileSync(bundleFile, '\n// changed after the cache was made\n');
    const run = compiledRun();
    assert.deepEqual(run.bundle, { bundle: 'used', cache: 'stale' });
    assert.deepEqual(run.findings, sourceFindings());
  } finally {
    writeFileSync(bundleFile, kept);
  }
  // Heap flags V8 checks in a cache: without a cache made under them, none is read (the build makes one for plain
  // node and one for the phigate command's flags).
  const other = compiledRun(['--max-old-space-size=777']);
  assert.deepEqual(other.bundle, { bundle: 'used', cache: 'absent' });
});

test('a bundle file without its function\'s head (one written before the file held it) is not run: the modules are imported and find the same', () => {
  const bundleFile = join(out, 'deid', 'engine-bundle.cjs');
  const kept = readFileSync(bundleFile);
  try {
    const head = '(function (exports, require, module, __filename, __dirname) {';
    assert.equal(kept.subarray(0, head.length).toString('latin1'), head, 'the build writes the head');
    writeFileSync(bundleFile, kept.subarray(head.length, kept.length - 3));
    const run = compiledRun();
    assert.deepEqual(run.bundle, { bundle: 'unusable', cache: 'absent' });
    assert.equal(run.fromSnapshot, true);
    assert.deepEqual(run.findings, sourceFindings());
  } finally {
    writeFileSync(bundleFile, kept);
  }
});

test('the word-table snapshot has the default analyzer\'s index words flagged: its first view adds no word to the tables', () => {
  const flagged = runCompiled(
    `const dict = await import(${JSON.stringify(join(out, 'deid', 'dictionaries', 'index.js'))});
     const { createAnalyzer } = await import(${JSON.stringify(join(out, 'deid', 'analyze.js'))});
     const d = dict.getDictionaries();
     const pool = (t) => t.pool;
     const before = pool(d.wordClass);
     createAnalyzer().analyze('Seen by Dr. Ana Ruiz on Monday.');
     console.log(JSON.stringify({ fromSnapshot: dict.tablesFromSnapshot(), unchanged: pool(d.wordClass) === before, marked: dict.markedIndexWords().length }));`,
  );
  assert.deepEqual(flagged, { fromSnapshot: true, unchanged: true, marked: (flagged as { marked: number }).marked });
  assert.ok((flagged as { marked: number }).marked > 100);
});

test('without the bundle, the built index.js imports the modules and finds the same', () => {
  const bundleFile = join(out, 'deid', 'engine-bundle.cjs');
  renameSync(bundleFile, `${bundleFile}.away`);
  try {
    const run = compiledRun();
    assert.equal(run.bundle.bundle, 'absent');
    assert.equal(run.fromSnapshot, true);
    assert.deepEqual(run.findings, sourceFindings());
  } finally {
    renameSync(`${bundleFile}.away`, bundleFile);
  }
});

test('analysis threads start from the built .js entry and find the same (with the lean-gateway Node flags)', () => {
  const text = 'DISCHARGE SUMMARY\nName: JOSÉ NÚÑEZ\nDOB: 4 Mar 1950\nAddress: 12 Orchard Lane, Springfield, IL 62704\nAge: 92 y/o';
  // Plain node, no tsx: the pool must find analysis-worker.js beside itself; and with process-wide
  // flags that a worker would refuse (the README's lean-gateway flags).
  const same = runCompiled(
    `${importsOf(out)}
     const p = await m.startAnalysisPool({ threads: 1 });
     const t = ${JSON.stringify(text)};
     const same = JSON.stringify(await p.analyze(t)) === JSON.stringify(m.createAnalyzer().analyze(t));
     await p.close();
     console.log(JSON.stringify(same));`,
    ['--v8-pool-size=1', '--max-semi-space-size=4'],
  );
  assert.equal(same, true);
});

test('an analysis thread loads the engine bundle with the code cache recorded for its process (the phigate command\'s Node flags)', () => {
  // A thread's own execArgv is empty while V8's flags are the process's: the thread must read the cache recorded
  // under those, not the plain one, and load the one-piece bundle, not the engine's modules one by one.
  const cliFlags = /^#!\/usr\/bin\/env -S node (.*)$/.exec(readFileSync(join(repo, 'src', 'cli', 'main.ts'), 'utf8').split('\n')[0] ?? '')?.[1]?.split(' ') ?? [];
  assert.ok(cliFlags.some((f) => f.startsWith('--max-')), 'the phigate command starts Node with heap flags');
  for (const flags of [[], cliFlags]) {
    const engine = runCompiled(
      `${importsOf(out)}
       const p = await m.startAnalysisPool({ threads: 1, warmUpMs: 0 });
       const engine = p.stats.engine;
       await p.close();
       console.log(JSON.stringify(engine));`,
      flags,
    );
    assert.deepEqual(engine, { bundle: 'used', cache: 'accepted' }, flags.join(' ') || 'no flags');
  }
});
