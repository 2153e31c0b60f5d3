import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Batcher, Failed, Held } from './batcher.js';

test('concurrent submits become one batch; results go back in order; failures stay per caller', async () => {
  const batches: number[][] = [];
  const b = new Batcher<number, number>(async (reqs) => {
    batches.push([...reqs]);
    return reqs.map((r) => (r === 3 ? new Failed(new Error('three')) : r * 10));
  }, { maxInflight: 1 });
  const results = await Promise.allSettled([1, 2, 3, 4].map((n) => b.submit(n)));
  assert.deepEqual(batches, [[1, 2, 3, 4]]);
  assert.deepEqual(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message)), [10, 20, 'three', 40]);
});

test('requests arriving during a batch wait for the next one; a thrown batch rejects all of its callers', async () => {
  const batches: string[][] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const b = new Batcher<string, string>(async (reqs) => {
    batches.push([...reqs]);
    if (reqs.includes('a')) await gate;
    if (reqs.includes('boom')) throw new Error('db down');
    return [...reqs];
  }, { maxInflight: 1, maxBatch: 2 });
  const first = b.submit('a');
  await new Promise((r) => setImmediate(r));
  const later = ['b', 'c', 'boom'].map((x) => b.submit(x).catch((e: Error) => e.message));
  release();
  assert.equal(await first, 'a');
  assert.deepEqual(await Promise.all(later), ['b', 'c', 'db down']);
  assert.deepEqual(batches, [['a'], ['b', 'c'], ['boom']]);
});

test('waiting requests are spread over the free slots, and many callers still share batches', async () => {
  const batches: number[][] = [];
  const b = new Batcher<number, number>(async (reqs) => {
    batches.push([...reqs]);
    await new Promise((r) => setImmediate(r));
    return [...reqs];
  }, { maxInflight: 4, maxBatch: 100, minBatch: 1 });
  await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((n) => b.submit(n)));
  assert.deepEqual(batches, [[1, 2], [3, 4], [5, 6], [7, 8]]);
  batches.length = 0;
  await Promise.all(Array.from({ length: 40 }, (_, i) => b.submit(i)));
  assert.deepEqual(batches.map((x) => x.length), [10, 10, 10, 10]);
  batches.length = 0;
  const few = new Batcher<number, number>(async (reqs) => {
    batches.push([...reqs]);
    return [...reqs];
  }, { maxInflight: 4, minBatch: 3 });
  await Promise.all([1, 2, 3, 4, 5].map((n) => few.submit(n)));
  assert.deepEqual(batches, [[1, 2, 3], [4, 5]]);
});

test('held results reach their callers at once, and the batch keeps its slot until its work ends (a failure there too)', async () => {
  const batches: number[][] = [];
  const ends: Array<{ release(): void; fail(): void }> = [];
  const b = new Batcher<number, number>(async (reqs) => {
    batches.push([...reqs]);
    const until = new Promise<void>((release, reject) => ends.push({ release, fail: () => reject(new Error('commit')) }));
    until.catch(() => undefined);
    return new Held(reqs.map((r) => r * 10), until);
  }, { maxInflight: 1, minBatch: 1 });
  assert.deepEqual(await Promise.all([b.submit(1), b.submit(2)]), [10, 20], 'answered before the batch ended');
  const third = b.submit(3);
  await new Promise((r) => setTimeout(r, 20));
  assert.deepEqual(batches, [[1, 2]], 'the next batch waits for the slot');
  ends[0]?.fail();
  assert.equal(await third, 30, 'a failed end frees the slot too');
  assert.deepEqual(batches, [[1, 2], [3]]);
  ends[1]?.release();
});
