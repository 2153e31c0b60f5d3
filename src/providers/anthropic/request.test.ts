// OpenAI chat requests into Anthropic Messages requests: system prompts, turn merging, tools and tool
// results over several turns, parameters, images, and refusals that name the field and never the text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { PhigateError } from '../../errors.js';
import type { ChatMessage, ChatRequest } from '../types.js';
import { toMessagesRequest, type TranslateOptions } from './request.js';

const OPTS: TranslateOptions = { upstreamModel: 'claude-x', defaultMaxTokens: 4096, vendorParams: {}, stream: false };
const tr = (body: Partial<ChatRequest> & { messages: ChatMessage[] }, opts: Partial<TranslateOptions> = {}): ReturnType<typeof toMessagesRequest> =>
  toMessagesRequest({ model: 'alias', ...body } as ChatRequest, { ...OPTS, ...opts });

const CANARY = 'Mr. Ezekiel Canaryfield';

function refused(fn: () => unknown, field: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof PhigateError, 'a PhigateError');
    assert.equal(e.code, 'PHIGATE_BAD_INPUT');
    assert.match(e.message, field);
    assert.ok(!e.message.includes('Canaryfield'), 'the message never quotes request text');
    return true;
  });
}

test('system and developer messages join into system; consecutive same-role turns merge', () => {
  const out = tr({
    messages: [
      { role: 'system', content: 'You are terse.' },
      { role: 'user', content: 'first' },
      { role: 'user', content: [{ type: 'text', text: 'second' }] },
      { role: 'developer', content: [{ type: 'text', text: 'Answer in English.' }] },
      { role: 'assistant', content: 'reply one' },
      { role: 'assistant', content: 'reply two' },
      { role: 'user', content: '   ' },
      { role: 'user', content: 'third' },
    ],
  });
  assert.equal(out.system, 'You are terse.\n\nAnswer in English.');
  assert.deepEqual(out.messages, [
    { role: 'user', content: [{ type: 'text', text: 'first' }, { type: 'text', text: 'second' }] },
    { role: 'assistant', content: [{ type: 'text', text: 'reply one' }, { type: 'text', text: 'reply two' }] },
    { role: 'user', content: [{ type: 'text', text: 'third' }] },
  ]);
  assert.equal(out.model, 'claude-x', 'the vendor model name, not the alias');
  assert.equal(out.max_tokens, 4096);
  assert.ok(!('stream' in out));
});

test('multi-turn with tools: tool_calls become tool_use, tool messages one user turn of tool_results first', () => {
  const out = tr({
    tools: [
      { type: 'function', function: { name: 'lookup', description: 'Looks up', parameters: { type: 'object', properties: { q: { type: 'string' } } } } },
      { type: 'function', function: { name: 'now' } },
    ],
    messages: [
      { role: 'user', content: 'look both up' },
      {
        role: 'assistant',
        content: 'Looking.',
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"q":"a"}' } },
          { id: 'call.2', type: 'function', function: { name: 'now', arguments: '' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_1', content: 'result a' },
      { role: 'tool', tool_call_id: 'call.2', content: [{ type: 'text', text: '12:00' }] },
      { role: 'user', content: 'and then?' },
      { role: 'assistant', content: 'Done.' },
    ],
  });
  assert.deepEqual(out.tools, [
    { name: 'lookup', description: 'Looks up', input_schema: { type: 'object', properties: { q: { type: 'string' } } } },
    { name: 'now', input_schema: { type: 'object' } },
  ]);
  assert.ok(!('tool_choice' in out), 'no tool_choice unless asked for');
  assert.deepEqual(out.messages, [
    { role: 'user', content: [{ type: 'text', text: 'look both up' }] },
    {
      role: 'assistant',
      content: [
        { type: 'text', text: 'Looking.' },
        { type: 'tool_use', id: 'call_1', name: 'lookup', input: { q: 'a' } },
        { type: 'tool_use', id: 'call_2', name: 'now', input: {} },
      ],
    },
    {
      role: 'user',
      content: [
        { type: 'tool_result', tool_use_id: 'call_1', content: [{ type: 'text', text: 'result a' }] },
        { type: 'tool_result', tool_use_id: 'call_2', content: [{ type: 'text', text: '12:00' }] },
        { type: 'text', text: 'and then?' },
      ],
    },
    { role: 'assistant', content: [{ type: 'text', text: 'Done.' }] },
  ]);
});

test('tool_choice and parallel_tool_calls', () => {
  const tools = [{ type: 'function', function: { name: 'f', parameters: {} } }];
  const choice = (tool_choice: unknown, extra: Record<string, unknown> = {}): unknown => tr({ tools, tool_choice, ...extra, messages: [{ role: 'user', content: 'x' }] } as never).tool_choice;
  assert.deepEqual(choice('auto'), { type: 'auto' });
  assert.deepEqual(choice('none'), { type: 'none' });
  assert.deepEqual(choice('required'), { type: 'any' });
  assert.deepEqual(choice({ type: 'function', function: { name: 'f' } }), { type: 'tool', name: 'f' });
  assert.deepEqual(choice('required', { parallel_tool_calls: false }), { type: 'any', disable_parallel_tool_use: true });
  assert.deepEqual(choice(undefined, { parallel_tool_calls: false }), { type: 'auto', disable_parallel_tool_use: true });
  refused(() => choice({ type: 'allowed_tools' }), /tool_choice/);
  refused(() => tr({ tool_choice: 'required', messages: [{ role: 'user', content: 'x' }] }), /tool_choice needs tools/);
  refused(() => tr({ tools: [{ type: 'custom', custom: { name: 'g' } }], messages: [{ role: 'user', content: 'x' }] }), /tools\[0\]\.type/);
  refused(() => tr({ tools: [{ type: 'function', function: { name: 'g', parameters: { type: 'array' } } }], messages: [{ role: 'user', content: 'x' }] }), /tools\[0\]\.function\.parameters/);
});

test('sampling, limits and stop sequences', () => {
  const m: ChatMessage[] = [{ role: 'user', content: 'x' }];
  const out = tr({ messages: m, temperature: 0.2, top_p: 0.9, stop: 'END', max_tokens: 50 });
  assert.equal(out.temperature, 0.2);
  assert.equal(out.top_p, 0.9);
  assert.deepEqual(out.stop_sequences, ['END']);
  assert.equal(out.max_tokens, 50);
  assert.deepEqual(tr({ messages: m, stop: ['a', 'b'] }).stop_sequences, ['a', 'b']);
  assert.equal(tr({ messages: m, max_completion_tokens: 77, max_tokens: 10 }).max_tokens, 77, 'max_completion_tokens wins');
  assert.equal(tr({ messages: m }, { defaultMaxTokens: 1234 }).max_tokens, 1234, 'the configured default');
  assert.equal(tr({ messages: m, stream: true }, { stream: true }).stream, true);
  refused(() => tr({ messages: m, temperature: 1.5 }), /temperature must be between 0 and 1/);
  refused(() => tr({ messages: m, max_tokens: 0 }), /max_tokens must be a positive integer/);
  refused(() => tr({ messages: m, max_completion_tokens: 2.5 }), /max_completion_tokens/);
});

test('response_format becomes a system instruction after the system prompt', () => {
  const m: ChatMessage[] = [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'x' }];
  const obj = tr({ messages: m, response_format: { type: 'json_object' } });
  assert.match(obj.system ?? '', /^Be brief\.\n\nAnswer with one JSON object/);
  const schema = { type: 'object', properties: { a: { type: 'number' } }, required: ['a'] };
  const sch = tr({ messages: [{ role: 'user', content: 'x' }], response_format: { type: 'json_schema', json_schema: { name: 's', schema, strict: true } } });
  assert.ok((sch.system ?? '').includes(JSON.stringify(schema)));
  assert.equal(tr({ messages: m, response_format: { type: 'text' } }).system, 'Be brief.');
  refused(() => tr({ messages: m, response_format: { type: 'grammar' } }), /response_format/);
});

test('metadata and user are dropped; neutral values pass; everything else is refused by name', () => {
  const m: ChatMessage[] = [{ role: 'user', content: 'x' }];
  const out = tr({ messages: m, metadata: { patient: CANARY }, user: CANARY, n: 1, logprobs: false, store: false, presence_penalty: 0, stream_options: { include_usage: true } });
  assert.ok(!JSON.stringify(out).includes('Canaryfield'), 'metadata and user never leave');
  assert.ok(!('metadata' in out) && !('user' in out) && !('store' in out) && !('n' in out));
  refused(() => tr({ messages: m, n: 2 }), /^Request field n must be 1/);
  refused(() => tr({ messages: m, logprobs: true }), /logprobs/);
  refused(() => tr({ messages: m, frequency_penalty: 0.5 }), /frequency_penalty/);
  refused(() => tr({ messages: m, seed: 7 }), /seed is not supported/);
  refused(() => tr({ messages: m, functions: [] }), /functions is legacy function calling/);
  refused(() => tr({ messages: m, top_k: 5 }), /top_k is not supported/);
  refused(() => tr({ messages: m, constructor: 1, toString: 'x' } as never), /constructor is not supported/);
  assert.throws(() => tr({ messages: m, [CANARY]: 1 }), (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_BAD_INPUT' && !e.message.includes('Canaryfield'));
});

test("the vendor's enforced parameters are set in Anthropic's terms, and a client copy of them is not refused", () => {
  const out = tr({ messages: [{ role: 'user', content: 'x' }], service_tier: 'standard_only' }, { vendorParams: { service_tier: 'standard_only', top_k: 5 } });
  assert.equal(out['service_tier'], 'standard_only');
  assert.equal(out['top_k'], 5);
});

test('images: base64 data URLs and https URLs in user turns; other media and other places are refused', () => {
  const out = tr({
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'what is this?' },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
          { type: 'image_url', image_url: { url: 'https://example.org/x.jpg', detail: 'low' } },
        ],
      },
    ],
  });
  assert.deepEqual(out.messages[0]?.content.slice(1), [
    { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
    { type: 'image', source: { type: 'url', url: 'https://example.org/x.jpg' } },
  ]);
  const part = (p: unknown): ChatMessage[] => [{ role: 'user', content: [p as never] }];
  refused(() => tr({ messages: part({ type: 'image_url', image_url: { url: 'http://example.org/x.jpg' } }) }), /messages\[0\]\.content\[0\]\.image_url\.url must be a data: URL/);
  refused(() => tr({ messages: part({ type: 'image_url', image_url: { url: 'data:image/tiff;base64,AAAA' } }) }), /JPEG, PNG, GIF or WebP/);
  refused(() => tr({ messages: part({ type: 'input_audio', input_audio: { data: 'AAAA', format: 'wav' } }) }), /content part of type input_audio/);
  refused(() => tr({ messages: [{ role: 'system', content: [{ type: 'image_url', image_url: { url: 'data:image/png;base64,AA' } } as never] }, { role: 'user', content: 'x' }] }), /messages\[0\]\.content\[0\] must be a text part/);
});

test('refusals name the field: bad tool arguments, missing ids, legacy roles, no turns', () => {
  const call = (args: string): ChatMessage[] => [
    { role: 'user', content: 'x' },
    { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: args } }] },
  ];
  refused(() => tr({ messages: call(`{"who": "${CANARY}"`) }), /messages\[1\]\.tool_calls\[0\]\.function\.arguments must be JSON/);
  refused(() => tr({ messages: call(`["${CANARY}"]`) }), /must be a JSON object/);
  refused(() => tr({ messages: [{ role: 'tool', content: CANARY }] }), /messages\[0\]\.tool_call_id is required/);
  refused(() => tr({ messages: [{ role: 'function', name: 'f', content: CANARY }] }), /messages\[0\]\.role is function/);
  refused(() => tr({ messages: [{ role: 'system', content: CANARY }] }), /messages must hold at least one user or assistant message/);
});

test('property: whatever extra parameters a client sends, the body holds only fields the translator owns', () => {
  const OWNED = new Set(['model', 'max_tokens', 'messages', 'system', 'stop_sequences', 'temperature', 'top_p', 'tools', 'tool_choice', 'stream']);
  fc.assert(
    fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null))), (extra) => {
      let out;
      try {
        out = tr({ ...extra, messages: [{ role: 'user', content: 'x' }] } as never);
      } catch (e) {
        assert.ok(e instanceof PhigateError && e.code === 'PHIGATE_BAD_INPUT');
        return;
      }
      for (const k of Object.keys(out)) assert.ok(OWNED.has(k), `field ${k} is not smuggled through`);
    }),
    { numRuns: 300 },
  );
});
