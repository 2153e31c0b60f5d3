import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cacheAnalyses } from './analysis-cache.js';
import { createAnalyzer } from './analyze.js';
import type { Analyzer, Finding } from './types.js';

const NOTE = 'Seen today: Mr. Ezekiel Canaryfield, MRN 48213957, phone 617-555-0142. '.repeat(6);

function counting(inner: Analyzer): Analyzer & { calls: number } {
  const a = {
    calls: 0,
    recognizerIds: inner.recognizerIds,
    analyze(text: string): Finding[] {
      a.calls++;
      return inner.analyze(text);
    },
  };
  return a;
}

test('a repeated text is analysed once and gets the same findings; other texts are analysed', () => {
  const inner = counting(createAnalyzer());
  const cached = cacheAnalyses(inner);
  const first = cached.analyze(NOTE);
  const again = cached.analyze(NOTE);
  assert.equal(inner.calls, 1);
  assert.ok(first.length >= 3, 'the note has identifiers');
  assert.deepEqual(again, first);
  assert.deepEqual(again, createAnalyzer().analyze(NOTE), 'the same findings as an uncached analyzer');
  cached.analyze(`${NOTE} Ms. Olwen Tesselford called.`);
  assert.equal(inner.calls, 2);
  assert.deepEqual(cached.stats, { hits: 1, misses: 2, entries: 2, chars: NOTE.length * 2 + ' Ms. Olwen Tesselford called.'.length });
});

test('cached findings cannot be changed by a caller, and short texts skip the cache', () => {
  const inner = counting(createAnalyzer());
  const cached = cacheAnalyses(inner, { minChars: 100 });
  cached.analyze(NOTE);
  const hit = cached.analyze(NOTE);
  assert.throws(() => {
    (hit[0] as { start: number }).start = 0;
  }, TypeError);
  hit.length = 0; // the caller's copy of the list only
  assert.ok(cached.analyze(NOTE).length > 0);
  cached.analyze('Mr. Smith');
  cached.analyze('Mr. Smith');
  assert.equal(inner.calls, 3, 'one analysis of the note, two of the short text');
});

test('the cache holds no text: its keys are keyed digests, and it is bounded by characters (least recently used goes first)', () => {
  const inner = counting(createAnalyzer());
  const cached = cacheAnalyses(inner, { maxChars: (NOTE.length + 1) * 2, minChars: 10 });
  const a = `${NOTE}A`;
  const b = `${NOTE}B`;
  const c = `${NOTE}C`;
  cached.analyze(a);
  cached.analyze(b);
  cached.analyze(a); // a is now the most recent
  cached.analyze(c); // over the bound: b goes
  assert.equal(cached.stats.entries, 2);
  const calls = inner.calls;
  cached.analyze(a);
  assert.equal(inner.calls, calls, 'a was kept');
  cached.analyze(b);
  assert.equal(inner.calls, calls + 1, 'b was evicted');
  // Nothing reachable from the cache object holds the text (stats are numbers; the closure is private).
  assert.ok(!JSON.stringify(cached.stats).includes('Canaryfield'));
});

test('maxChars 0 turns the cache off', () => {
  const inner = counting(createAnalyzer());
  const cached = cacheAnalyses(inner, { maxChars: 0 });
  cached.analyze(NOTE);
  cached.analyze(NOTE);
  assert.equal(inner.calls, 2);
});

test('an async analyzer stays async: concurrent asks for one text share one analysis, and a failure is not kept', async () => {
  const inner = createAnalyzer();
  let calls = 0;
  let fail = false;
  const cached = cacheAnalyses({
    recognizerIds: inner.recognizerIds,
    async analyze(text: string): Promise<Finding[]> {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      if (fail) throw new Error('thread stopped');
      return inner.analyze(text);
    },
  });
  const [a, b] = await Promise.all([cached.analyze(NOTE), cached.analyze(NOTE)]);
  assert.equal(calls, 1, 'the second ask waited for the first analysis');
  assert.deepEqual(a, inner.analyze(NOTE));
  assert.deepEqual(b, a);
  assert.notEqual(a, b, 'each caller gets its own list');
  assert.deepEqual(await cached.analyze(NOTE), a);
  assert.equal(calls, 1);
  fail = true;
  const other = `${NOTE} Seen again.`;
  await assert.rejects(Promise.resolve(cached.analyze(other)), /thread stopped/);
  fail = false;
  assert.deepEqual(await cached.analyze(other), inner.analyze(other), 'the failed analysis was not cached');
  assert.equal(calls, 3);
});
