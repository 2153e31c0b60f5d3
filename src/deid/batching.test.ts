// batchAnalyses: the analyze() calls of one turn answered together, each with the findings analyze() gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from './analyze.js';
import { batchAnalyses } from './batching.js';

const analyzer = createAnalyzer();

test('every text gets its own findings, whether its batch filled up or the turn ended', async () => {
  let calls = 0;
  const counting = { ...analyzer, analyzeMany: (texts: readonly string[]) => (calls++, analyzer.analyzeMany(texts)) };
  const batched = batchAnalyses(counting, 4);
  const texts = ['Seen by Dr. Patel', 'call 555-0142', '', 'MRN 4417823 on 03/04/2025', 'Jane Smith, 42 Elm Street', 'no phi here'];
  const found = await Promise.all(texts.map((t) => batched.analyze(t)));
  assert.deepEqual(found, texts.map((t) => analyzer.analyze(t)));
  assert.equal(calls, 2, 'one full batch of four, then the two left when the turn ended');
});

test('a bad text fails only its own answer', async () => {
  const batched = batchAnalyses(analyzer);
  const good = batched.analyze('Seen by Dr. Patel');
  const bad = batched.analyze(42 as unknown as string);
  assert.deepEqual(await good, analyzer.analyze('Seen by Dr. Patel'));
  await assert.rejects(bad, (err: Error & { code?: string }) => err.code === 'PHIGATE_BAD_INPUT');
});
