import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { PhigateError } from '../errors.js';
import { decodeUtf8, decodeUtf8Line, firstInvalidUtf8 } from './utf8-input.js';

async function* chunks(bytes: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const s of sizes) {
    if (at >= bytes.length) break;
    yield bytes.subarray(at, at + s);
    at += s;
  }
  if (at < bytes.length) yield bytes.subarray(at);
}

async function decodeAll(bytes: Uint8Array, sizes: readonly number[] = [bytes.length]): Promise<string> {
  let out = '';
  for await (const s of decodeUtf8(chunks(bytes, sizes), 'note.txt')) out += s;
  return out;
}

async function decodeError(bytes: Uint8Array, sizes?: readonly number[]): Promise<PhigateError> {
  try {
    await decodeAll(bytes, sizes);
  } catch (err) {
    assert.ok(err instanceof PhigateError);
    return err;
  }
  assert.fail('expected a decoding error');
}

const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? enc(p) : Uint8Array.from(p))));

describe('firstInvalidUtf8', () => {
  test('agrees with a fatal TextDecoder on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        assert.equal(firstInvalidUtf8(bytes, true) === -1, valid);
      }),
      { numRuns: 3000 },
    );
  });
  test('points at the bad byte; overlongs, surrogates and >U+10FFFF are refused', () => {
    assert.equal(firstInvalidUtf8(cat('ab', [0xc0, 0x80]), true), 2);
    assert.equal(firstInvalidUtf8(cat('a', [0xed, 0xa0, 0x80]), true), 1);
    assert.equal(firstInvalidUtf8(cat([0xf4, 0x90, 0x80, 0x80]), true), 0);
    assert.equal(firstInvalidUtf8(cat('é', [0xe2, 0x82]), false), -1); // unfinished, more may come
  });
});

describe('decodeUtf8', () => {
  test('property: any chunking of valid UTF-8 decodes to the same text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 30 }), async (s, sizes) => {
        assert.equal(await decodeAll(enc(s), sizes), s);
      }),
      { numRuns: 300 },
    );
  });
  test('a leading BOM is dropped', async () => {
    assert.equal(await decodeAll(cat([0xef, 0xbb, 0xbf], 'note')), 'note');
  });
  test('invalid UTF-8 is reported with its line, even across chunk boundaries', async () => {
    const bytes = cat('line one\nline two é\nthird ', [0xff], ' line\n');
    for (const sizes of [[bytes.length], [3, 3, 3, 3, 3, 3, 3, 3, 3, 3], [19, 1, 100]]) {
      const err = await decodeError(bytes, sizes);
      assert.equal(err.code, 'PHIGATE_INVALID_UTF8');
      assert.equal(err.message, 'note.txt:3: not valid UTF-8');
    }
  });
  test('a multi-byte character split across chunks is fine; a bad continuation after it is not', async () => {
    const bytes = cat('a\né', [0xe2, 0x82], 'x');
    const err = await decodeError(bytes, [3, 2, 1, 1]);
    assert.equal(err.message, 'note.txt:2: not valid UTF-8');
  });
  test('an unfinished sequence at the end is invalid', async () => {
    assert.equal((await decodeError(cat('a\nb\nc', [0xe2, 0x82]))).message, 'note.txt:3: not valid UTF-8');
  });
  test('NUL bytes mean binary input, reported with the line and without the bytes', async () => {
    const err = await decodeError(cat('CANARY Zed\nok\n', [0, 1, 2]));
    assert.equal(err.code, 'PHIGATE_BINARY_INPUT');
    assert.equal(err.message, 'note.txt:3: binary data (NUL byte); only text is accepted');
  });
});

describe('decodeUtf8Line', () => {
  test('decodes or names the line', () => {
    assert.equal(decodeUtf8Line(enc('{"a":1}'), 'x.jsonl', 4), '{"a":1}');
    assert.throws(() => decodeUtf8Line(cat('{"t":"', [0xc3], '"}'), 'x.jsonl', 4), /^PhigateError: x\.jsonl:4: not valid UTF-8$/);
    assert.throws(() => decodeUtf8Line(cat('a', [0]), 'x.jsonl', 9), (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_BINARY_INPUT' && e.message.startsWith('x.jsonl:9:'));
  });
});
