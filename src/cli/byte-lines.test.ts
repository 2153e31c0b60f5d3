import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { type ByteLine, byteLines } from './byte-lines.js';

async function lines(text: string, sizes: number[] = [], max?: number): Promise<ByteLine[]> {
  const bytes = new TextEncoder().encode(text);
  async function* src() {
    let at = 0;
    for (const s of sizes) {
      yield bytes.subarray(at, at + s);
      at += s;
    }
    if (at < bytes.length) yield bytes.subarray(at);
  }
  const out: ByteLine[] = [];
  for await (const l of byteLines(src(), max)) out.push(l);
  return out;
}
const show = (ls: ByteLine[]) => ls.map((l) => (l.tooLong ? `${l.line}:TOO LONG` : `${l.line}:${new TextDecoder().decode(l.bytes)}`));

describe('byteLines', () => {
  test('splits on \\n, drops \\r, keeps empty lines and numbers them', async () => {
    assert.deepEqual(show(await lines('a\r\n\nb\nc')), ['1:a', '2:', '3:b', '4:c']);
    assert.deepEqual(show(await lines('a\n')), ['1:a']);
    assert.deepEqual(show(await lines('')), []);
  });
  test('a line over the limit is reported by number and the next lines go on', async () => {
    assert.deepEqual(show(await lines('ok\n0123456789\nok2\n', [4, 4, 4], 5)), ['1:ok', '2:TOO LONG', '3:ok2']);
  });
  test('property: any chunking gives the same lines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('a', 'é', '\n', '\r\n', '{', '😀'), { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 40 }), async (parts, sizes) => {
        const text = parts.join('');
        assert.deepEqual(show(await lines(text, sizes)), show(await lines(text)));
      }),
      { numRuns: 300 },
    );
  });
});
