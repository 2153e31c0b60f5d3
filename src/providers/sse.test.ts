// SSE parsing: events survive any split of the byte stream (including inside multi-byte characters),
// CRLF and LF line ends, comments, multi-line data; a never-ending event is bounded.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { sseReads, toSseData } from './sse.js';
import { splitReads } from '../../test/providers/split-reads.js';

async function all(text: string, cuts: readonly number[] = []): Promise<Array<{ event: string | null; data: string }>> {
  const out = [];
  for await (const events of sseReads(splitReads(text, cuts))) out.push(...events);
  return out;
}

test('fields, comments, CRLF and multi-line data', async () => {
  const text = ': keep-alive\n\nevent: delta\r\ndata: {"a":1}\r\n\r\ndata: line1\ndata: line2\n\ndata: [DONE]\n\n';
  assert.deepEqual(await all(text), [
    { event: 'delta', data: '{"a":1}' },
    { event: null, data: 'line1\nline2' },
    { event: null, data: '[DONE]' },
  ]);
});

test('a final event without its blank line is still delivered', async () => {
  assert.deepEqual(await all('data: last'), [{ event: null, data: 'last' }]);
});

test('any split of the bytes gives the same events', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { maxLength: 8 }), fc.array(fc.nat(400), { maxLength: 10 }), async (values, cuts) => {
      const text = values.map((v) => toSseData({ v })).join('');
      const events = await all(text, cuts);
      assert.deepEqual(events.map((e) => (JSON.parse(e.data) as { v: string }).v), values);
    }),
    { numRuns: 200 },
  );
});

test('an event that never ends is refused rather than buffered without bound', async () => {
  async function* endless(): AsyncIterable<Uint8Array> {
    const block = new TextEncoder().encode('x'.repeat(1 << 20));
    for (let i = 0; i < 6; i++) yield block;
  }
  await assert.rejects(async () => {
    for await (const _ of sseReads((async function* () {
      yield new TextEncoder().encode('data: ');
      yield* endless();
    })())) void _;
  }, { code: 'PHIGATE_UPSTREAM_ERROR' });
});

test('one array per network read that completes events, none for a read that completes none', async () => {
  const reads = ['data: 1\n\ndata: 2\n\nda', 'ta: 3', '\n\n', 'data: 4'];
  const arrays: string[][] = [];
  for await (const events of sseReads((async function* () {
    for (const r of reads) yield new TextEncoder().encode(r);
  })())) arrays.push(events.map((e) => e.data));
  assert.deepEqual(arrays, [['1', '2'], ['3'], ['4']]);
});
