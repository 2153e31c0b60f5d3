// Anthropic SSE into OpenAI chat.completion.chunk objects: the same chunks whatever the byte boundaries
// (cuts inside UTF-8 characters, inside `data:` lines, between the two newlines of an event end), tool
// calls numbered as OpenAI numbers them, stop reasons, usage, and upstream errors without their text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { PhigateError } from '../../errors.js';
import type { ChatChunk } from '../types.js';
import { anthropicChunks } from './stream.js';

const ev = (type: string, data: Record<string, unknown> = {}): string => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;

const TRANSCRIPT = [
  ev('message_start', { message: { id: 'msg_9', type: 'message', role: 'assistant', model: 'claude-x', content: [], usage: { input_tokens: 21, output_tokens: 1 } } }),
  ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
  ': a comment line\n\n',
  ev('ping'),
  ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'Héllo ' } }),
  ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'wörld 🩺.' } }),
  ev('content_block_stop', { index: 0 }),
  ev('content_block_start', { index: 1, content_block: { type: 'thinking', thinking: '' } }),
  ev('content_block_delta', { index: 1, delta: { type: 'thinking_delta', thinking: 'not for the caller' } }),
  ev('content_block_stop', { index: 1 }),
  ev('content_block_start', { index: 2, content_block: { type: 'tool_use', id: 'toolu_a', name: 'lookup', input: {} } }),
  ev('content_block_delta', { index: 2, delta: { type: 'input_json_delta', partial_json: '' } }),
  ev('content_block_delta', { index: 2, delta: { type: 'input_json_delta', partial_json: '{"q": "ç' } }),
  ev('content_block_delta', { index: 2, delta: { type: 'input_json_delta', partial_json: 'afé"}' } }),
  ev('content_block_stop', { index: 2 }),
  ev('content_block_start', { index: 3, content_block: { type: 'tool_use', id: 'toolu_b', name: 'now', input: {} } }),
  ev('content_block_stop', { index: 3 }),
  ev('message_delta', { delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: 40 } }),
  ev('message_stop'),
].join('');

const EXPECTED: ChatChunk[] = (() => {
  const c = (delta: ChatChunk['choices'][number]['delta'], finish: string | null = null): ChatChunk => ({
    id: 'msg_9',
    object: 'chat.completion.chunk',
    created: 1000,
    model: 'claude-x',
    choices: [{ index: 0, delta, finish_reason: finish }],
  });
  return [
    c({ role: 'assistant', content: '' }),
    c({ content: 'Héllo ' }),
    c({ content: 'wörld 🩺.' }),
    c({ tool_calls: [{ index: 0, id: 'toolu_a', type: 'function', function: { name: 'lookup', arguments: '' } }] }),
    c({ tool_calls: [{ index: 0, function: { arguments: '{"q": "ç' } }] }),
    c({ tool_calls: [{ index: 0, function: { arguments: 'afé"}' } }] }),
    c({ tool_calls: [{ index: 1, id: 'toolu_b', type: 'function', function: { name: 'now', arguments: '' } }] }),
    c({ tool_calls: [{ index: 1, function: { arguments: '{}' } }] }),
    c({}, 'tool_calls'),
    { id: 'msg_9', object: 'chat.completion.chunk', created: 1000, model: 'claude-x', choices: [], usage: { prompt_tokens: 21, completion_tokens: 40, total_tokens: 61 } },
  ];
})();

async function* pieces(bytes: Uint8Array, cuts: readonly number[]): AsyncIterable<Uint8Array> {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= at || cut >= bytes.length) continue;
    yield bytes.subarray(at, cut);
    at = cut;
  }
  yield bytes.subarray(at);
}

async function collect(body: AsyncIterable<Uint8Array>, includeUsage = true): Promise<ChatChunk[]> {
  const out: ChatChunk[] = [];
  for await (const c of anthropicChunks('anth', body, { created: 1000, includeUsage })) out.push(c);
  return out;
}

const BYTES = new TextEncoder().encode(TRANSCRIPT);

test('the whole transcript in one piece gives the OpenAI chunks', async () => {
  assert.deepEqual(await collect(pieces(BYTES, [])), EXPECTED);
  const noUsage = await collect(pieces(BYTES, []), false);
  assert.deepEqual(noUsage, EXPECTED.slice(0, -1), 'no usage chunk unless stream_options.include_usage');
});

test('one byte at a time (every UTF-8 character and every event end cut) gives the same chunks', async () => {
  const everyByte = Array.from({ length: BYTES.length }, (_, i) => i);
  assert.deepEqual(await collect(pieces(BYTES, everyByte)), EXPECTED);
});

test('property: any cutting of the byte stream gives the same chunks', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.integer({ min: 1, max: BYTES.length - 1 }), { maxLength: 40 }), async (cuts) => {
      assert.deepEqual(await collect(pieces(BYTES, cuts)), EXPECTED);
    }),
    { numRuns: 200 },
  );
});

function streamOf(...events: string[]): AsyncIterable<Uint8Array> {
  return pieces(new TextEncoder().encode(events.join('')), []);
}
const START = ev('message_start', { message: { id: 'msg_1', model: 'm', usage: { input_tokens: 1 } } });

test('stop reasons arrive as finish_reason in OpenAI terms', async () => {
  for (const [reason, finish] of [['end_turn', 'stop'], ['stop_sequence', 'stop'], ['max_tokens', 'length']] as const) {
    const chunks = await collect(streamOf(START, ev('message_delta', { delta: { stop_reason: reason } }), ev('message_stop')), false);
    assert.equal(chunks.at(-1)?.choices[0]?.finish_reason, finish, reason);
  }
});

test('an upstream error event ends the stream with PHIGATE_UPSTREAM_ERROR naming only its type', async () => {
  const secret = 'prompt mentions Mr. Ezekiel Canaryfield';
  const got: string[] = [];
  await assert.rejects(
    async () => {
      for await (const c of anthropicChunks('anth', streamOf(START, ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }), ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'Par' } }), ev('error', { error: { type: 'overloaded_error', message: secret } })), { created: 0, includeUsage: false })) {
        got.push(c.choices[0]?.delta.content ?? '');
      }
    },
    (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_UPSTREAM_ERROR' && e.message.includes('overloaded_error') && !e.message.includes('Canaryfield') && !JSON.stringify(e.details).includes('Canaryfield'),
  );
  assert.deepEqual(got, ['', 'Par'], 'what came before the error was passed on');
});

test('broken streams are errors: truncated, not opened with message_start, not JSON, tool input without a tool', async () => {
  const upstream = (events: string[]): Promise<unknown> => collect(streamOf(...events));
  const isUpstream = (e: unknown): boolean => e instanceof PhigateError && e.code === 'PHIGATE_UPSTREAM_ERROR';
  await assert.rejects(upstream([START, ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } })]), (e: unknown) => isUpstream(e) && /before the answer was complete/.test((e as Error).message));
  await assert.rejects(upstream([ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'x' } })]), (e: unknown) => isUpstream(e) && /message_start/.test((e as Error).message));
  await assert.rejects(upstream([START, 'data: {not json\n\n']), isUpstream);
  await assert.rejects(upstream([START, ev('content_block_delta', { index: 4, delta: { type: 'input_json_delta', partial_json: '{}' } })]), isUpstream);
  const ended = await collect(streamOf(START, ev('message_delta', { delta: { stop_reason: 'end_turn' } })), false);
  assert.equal(ended.at(-1)?.choices[0]?.finish_reason, 'stop', 'a stream cut after its stop reason is complete');
});
