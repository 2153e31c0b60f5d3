// Anthropic Messages answers into OpenAI chat.completion objects: text and tool_use blocks, stop
// reasons, usage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { finishReason, fromMessagesResponse, usageOf } from './response.js';
import type { MessagesResponse } from './wire.js';

const base = { id: 'msg_1', type: 'message' as const, model: 'claude-x' };

test('text blocks join into content; usage maps to prompt/completion/total', () => {
  const res: MessagesResponse = {
    ...base,
    content: [{ type: 'text', text: 'Hello ' }, { type: 'thinking', thinking: 'hidden' }, { type: 'text', text: 'there.' }],
    stop_reason: 'end_turn',
    usage: { input_tokens: 12, output_tokens: 5 },
  };
  assert.deepEqual(fromMessagesResponse(res, 1_700_000_000), {
    id: 'msg_1',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'claude-x',
    choices: [{ index: 0, message: { role: 'assistant', content: 'Hello there.' }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 },
  });
});

test('tool_use blocks become tool_calls with the input as a JSON arguments string', () => {
  const out = fromMessagesResponse(
    {
      ...base,
      content: [
        { type: 'tool_use', id: 'toolu_1', name: 'lookup', input: { q: 'a "quoted" value', n: [1, 2] } },
        { type: 'tool_use', id: 'toolu_2', name: 'now', input: {} },
      ],
      stop_reason: 'tool_use',
    },
    0,
  );
  const choice = out.choices[0];
  assert.equal(choice?.finish_reason, 'tool_calls');
  assert.equal(choice?.message.content, null, 'no text: content is null, as OpenAI gives with tool calls');
  assert.deepEqual(choice?.message.tool_calls, [
    { id: 'toolu_1', type: 'function', function: { name: 'lookup', arguments: '{"q":"a \\"quoted\\" value","n":[1,2]}' } },
    { id: 'toolu_2', type: 'function', function: { name: 'now', arguments: '{}' } },
  ]);
  assert.ok(!('usage' in out), 'no usage in, no usage out');
});

test('stop reasons in OpenAI terms', () => {
  const table: Array<[string | null, string | null]> = [
    ['end_turn', 'stop'],
    ['stop_sequence', 'stop'],
    ['max_tokens', 'length'],
    ['tool_use', 'tool_calls'],
    ['refusal', 'content_filter'],
    ['pause_turn', 'stop'],
    ['some_future_reason', 'stop'],
    ['constructor', 'stop'],
    [null, null],
  ];
  for (const [anthropic, openai] of table) assert.equal(finishReason(anthropic), openai, String(anthropic));
  assert.equal(fromMessagesResponse({ ...base, content: [], stop_reason: 'max_tokens' }, 0).choices[0]?.message.content, '', 'an empty answer is an empty string');
});

test('cache reads and writes count as prompt tokens', () => {
  assert.deepEqual(usageOf({ input_tokens: 3, cache_read_input_tokens: 100, cache_creation_input_tokens: 20, output_tokens: 7 }), { prompt_tokens: 123, completion_tokens: 7, total_tokens: 130 });
  assert.deepEqual(usageOf({ input_tokens: 3, cache_read_input_tokens: null, output_tokens: 1 }), { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 });
});
