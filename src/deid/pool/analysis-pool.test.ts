import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { PhigateError } from '../../errors.js';
import { BATCH, createAnalyzer } from '../analyze.js';
import type { AnalyzerConfig } from '../types.js';
import { poolWorkers, resolveAnalysisThreads, startAnalysisPool } from './analysis-pool.js';
import { WARM_UP_NOTES, warmUp } from './warm-up.js';

const CANARY = 'Quillonmarsh';
const TEXTS = [
  `Pt ${CANARY}, Ezekiel seen 03/14/1952 at St. Mary's; MRN 48213957, call 617-555-0142 or ezekiel.canary@example.org.`,
  'No acute distress. Lungs clear. Continue lisinopril 10 mg daily; recheck BMP in 2 weeks.',
  'DISCHARGE SUMMARY\nName: JOSÉ NÚÑEZ\nDOB: 4 Mar 1950\nAddress: 12 Orchard Lane, Springfield, IL 62704\nAge: 92 y/o',
  'Lab ID AB-99812 reviewed by Dr. O\'Brien; wife Hope at bedside; follow up at Cleveland Clinic in May.',
  '',
];

const CONFIG: AnalyzerConfig = {
  recognizers: [{ id: 'trial-id', type: 'ID', pattern: 'TRIAL-[0-9]{4}', score: 0.9 }],
  allow: ['Springfield'],
  deny: [{ type: 'NAME', values: ['Zorbenfeld'] }],
};

test('the pool finds exactly what an in-process analyzer finds, with the same config, in the order asked', async () => {
  const pool = await startAnalysisPool({ threads: 2, config: CONFIG });
  try {
    const local = createAnalyzer(CONFIG);
    const texts = [...TEXTS, 'Enrolled in TRIAL-4821; Zorbenfeld consented.'];
    // Many at once, so both threads get work and answers must find their own callers.
    const many = Array.from({ length: 12 }, (_, i) => texts[i % texts.length] as string);
    const answers = await Promise.all(many.map((t) => pool.analyze(t)));
    answers.forEach((found, i) => assert.deepEqual(found, local.analyze(many[i] as string), `text ${i % texts.length}`));
    assert.ok(answers.some((f) => f.some((x) => x.recognizer === 'custom:trial-id')), 'the custom recognizer ran in the threads');
    assert.deepEqual(pool.recognizerIds, local.recognizerIds);
    assert.equal(pool.stats.completed, many.filter((t) => t !== '').length);
    assert.deepEqual({ threads: pool.stats.threads, ready: pool.stats.ready, pending: pool.stats.pending }, { threads: 2, ready: 2, pending: 0 });
  } finally {
    await pool.close();
  }
});

test('texts that reach a thread together are analysed together, each answered with its own findings', async () => {
  // More than a batch per turn (BATCH), on one thread: the thread reads them in batches and answers every one.
  const pool = await startAnalysisPool({ threads: 1, config: CONFIG, warmUpMs: 0 });
  try {
    const local = createAnalyzer(CONFIG);
    const many = Array.from({ length: 2 * BATCH + 7 }, (_, i) => `${TEXTS[i % TEXTS.length] as string} #${i}`);
    const answers = await Promise.all(many.map((t) => pool.analyze(t)));
    answers.forEach((found, i) => assert.deepEqual(found, local.analyze(many[i] as string), `text ${i}`));
  } finally {
    await pool.close();
  }
});

test('a bad config stops the start with the analyzer\'s own error; bad thread counts and bad input are refused', async () => {
  await assert.rejects(
    startAnalysisPool({ threads: 1, config: { recognizers: [{ id: 'broken', type: 'ID', pattern: '(unclosed' }] } }),
    (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_BAD_RECOGNIZER' && e.message.includes('broken'),
  );
  for (const threads of [0, -1, 1.5, 65]) {
    await assert.rejects(startAnalysisPool({ threads }), (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_BAD_CONFIG');
  }
  const pool = await startAnalysisPool({ threads: 1 });
  try {
    await assert.rejects(pool.analyze(42 as unknown as string), (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_BAD_INPUT' && !e.message.includes('42'));
  } finally {
    await pool.close();
  }
});

test('a thread that stops fails its texts as unavailable (without their text), is started again, and the pool goes on', async () => {
  // Under tsx a new thread compiles the engine again: on a loaded machine that takes longer than the default wait.
  const pool = await startAnalysisPool({ threads: 1, waitMs: 60_000 });
  try {
    // A long note keeps the thread busy while it is stopped from outside (as an out-of-memory would).
    const long = `${TEXTS[0]} `.repeat(20_000);
    const lost = pool.analyze(long);
    assert.equal(pool.stats.pending, 1);
    await (poolWorkers(pool)[0] as { terminate(): Promise<number> }).terminate();
    await assert.rejects(lost, (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_DEID_UNAVAILABLE' && e.status === 503 && !e.message.includes(CANARY));
    // The next text waits for the new thread rather than failing.
    assert.deepEqual(await pool.analyze(TEXTS[0] as string), createAnalyzer().analyze(TEXTS[0] as string));
    assert.equal(pool.stats.restarts, 1);
    assert.equal(pool.stats.ready, 1);
  } finally {
    await pool.close();
  }
});

test('close lets pending texts finish, then refuses new ones and stops every thread', async () => {
  const pool = await startAnalysisPool({ threads: 2 });
  const pending = Promise.all(TEXTS.map((t) => pool.analyze(t)));
  await pool.close();
  assert.equal((await pending).length, TEXTS.length);
  await assert.rejects(pool.analyze('Mr. Smith'), (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_DEID_UNAVAILABLE');
  assert.deepEqual(poolWorkers(pool), []);
  assert.equal(pool.stats.ready, 0);
});

test('idle threads do not keep a process alive: a script that never closes its pool still exits', () => {
  const pool = fileURLToPath(new URL('./analysis-pool.ts', import.meta.url));
  const script = `const { startAnalysisPool } = await import(${JSON.stringify(pool)}); const p = await startAnalysisPool({ threads: 1 }); const f = await p.analyze('Seen by Dr. Ezekiel Canaryfield on 03/14/1952.'); console.log(f.length);`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(run.status, 0, run.stderr);
  assert.ok(Number(run.stdout.trim()) >= 2, 'the script got its findings before it exited');
});

test('auto is one thread on two or more cores and none on one; a number is taken as given', () => {
  assert.equal(resolveAnalysisThreads('auto', 1), 0);
  assert.equal(resolveAnalysisThreads('auto', 2), 1);
  assert.equal(resolveAnalysisThreads('auto', 16), 1);
  assert.equal(resolveAnalysisThreads(0, 16), 0);
  assert.equal(resolveAnalysisThreads(3, 2), 3);
});

test('a thread warms up on the built-in notes before it reports ready, unless told not to', async () => {
  const warm = await startAnalysisPool({ threads: 1, warmUpMs: 30 });
  const cold = await startAnalysisPool({ threads: 1, warmUpMs: 0 });
  try {
    assert.ok(warm.stats.warmUpNotes >= WARM_UP_NOTES.length, 'at least one pass over the notes');
    assert.equal(cold.stats.warmUpNotes, 0);
    const text = TEXTS[0] as string;
    assert.deepEqual(await warm.analyze(text), await cold.analyze(text), 'warming changes no finding');
  } finally {
    await Promise.all([warm.close(), cold.close()]);
  }
});

test('the warm-up notes hold most kinds of identifier, so most recognizers compile before the first text', () => {
  const analyzer = createAnalyzer();
  const types = new Set(WARM_UP_NOTES.flatMap((n) => analyzer.analyze(n).map((f) => f.type)));
  const recognizers = new Set(WARM_UP_NOTES.flatMap((n) => analyzer.analyze(n).map((f) => f.recognizer)));
  assert.ok(types.size >= 10, `types found: ${[...types].join(', ')}`);
  assert.ok(recognizers.size >= 15, `recognizers that fired: ${recognizers.size}`);
  assert.equal(warmUp(analyzer, 0), 0, 'no time, no warm-up');
});
