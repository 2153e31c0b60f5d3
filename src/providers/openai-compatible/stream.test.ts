// The OpenAI-compatible stream transform: chunks in order whatever the network reads, ending at [DONE];
// upstream errors mid-stream become PHIGATE_UPSTREAM_ERROR without the upstream's text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { PhigateError } from '../../errors.js';
import type { ChatChunk } from '../types.js';
import { chatChunks } from './stream.js';
import { splitReads } from '../../../test/providers/split-reads.js';

const CANARY = 'Zebulon Quartermane';

async function collect(body: AsyncIterable<Uint8Array>): Promise<ChatChunk[]> {
  const out: ChatChunk[] = [];
  for await (const c of chatChunks('up', body)) out.push(c);
  return out;
}

const event = (delta: object, finish: string | null = null): string => `data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
const STREAM = `${event({ role: 'assistant', content: '' })}: keep-alive\n\n${event({ content: 'Hé ' })}${event({ content: 'there' })}${event({}, 'stop')}data: {"id":"x","usage":{"total_tokens":3}}\n\ndata: [DONE]\n\n${event({ content: 'after done' })}`;

test('chunks in order for any split of the bytes; nothing after [DONE]; a chunk without choices gets []', async () => {
  const whole = await collect(splitReads(STREAM));
  assert.deepEqual(whole.map((c) => c.choices[0]?.delta?.content ?? null), ['', 'Hé ', 'there', null, null]);
  assert.equal(whole[3]?.choices[0]?.finish_reason, 'stop');
  assert.deepEqual(whole[4]?.choices, []);
  await fc.assert(
    fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (cuts) => {
      assert.deepEqual(await collect(splitReads(STREAM, cuts)), whole);
    }),
    { numRuns: 200 },
  );
});

test('an error payload, an event that is not JSON, or a body that breaks: PHIGATE_UPSTREAM_ERROR without upstream text', async () => {
  const cases: Array<[string, AsyncIterable<Uint8Array>, RegExp]> = [
    ['error payload', splitReads(`${event({ content: 'a' })}data: {"error":{"message":"${CANARY}"}}\n\n`), /reported an error mid-stream/],
    ['not JSON', splitReads(`data: {"${CANARY}\n\n`), /not JSON/],
    ['not an object', splitReads('data: 42\n\n'), /not an object/],
    [
      'broken body',
      (async function* () {
        yield new TextEncoder().encode(event({ content: 'a' }));
        throw new Error(`socket hang up near ${CANARY}`);
      })(),
      /broke off the stream/,
    ],
  ];
  for (const [name, body, message] of cases) {
    await assert.rejects(collect(body), (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_UPSTREAM_ERROR' && message.test(e.message) && !e.message.includes(CANARY), name);
  }
});

test('a last event without its blank line still counts', async () => {
  const chunks = await collect(splitReads(event({ content: 'end' }).trimEnd()));
  assert.equal(chunks[0]?.choices[0]?.delta?.content, 'end');
});
