// End to end with the official openai SDK against the running gateway, whose Anthropic vendors point at
// a recording fake of the Messages API on loopback: plain and streamed chat, tools and tool results
// over turns, canaries that must not reach the de-identified Anthropic vendor and must come back
// re-identified, the PHI vendor (images, enforced parameters), and upstream errors without their text.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import OpenAI from 'openai';
import { type FakeAnthropic, startFakeAnthropic } from './anthropic-upstream.js';
import { type TestGateway, startTestGateway } from './harness.js';
import { CANARIES, CHAT_CANARY_VALUES, CHAT_FRAGMENTS, canaryMessages, fragmentsOutsideTokens } from './canaries.js';

const API_KEY = 'sk-ant-fake-7f3e';
const TOKEN = /\[\[[A-Z]{2,12}_[0-9a-f]{12,64}\]\]/g;
const FRAGMENTS = CHAT_FRAGMENTS;

let fake: FakeAnthropic;
let gw: TestGateway;
let client: OpenAI;

before(async () => {
  fake = await startFakeAnthropic({ apiKey: API_KEY, pieceSize: 4 });
  const vendor = (id: string, rest: string): string => `  ${id}:
    provider: anthropic
    baseUrl: ${fake.url}
    apiKey: env:ANTHROPIC_TEST_KEY
    allowInsecureLoopback: true
    region: us
${rest}`;
  gw = await startTestGateway({
    env: { ANTHROPIC_TEST_KEY: API_KEY },
    more: {
      vendors: [
        vendor('claude-deid', '    dataClasses: [deidentified]\n'),
        vendor('claude-phi', '    dataClasses: [phi]\n    baa: { signed: true, start: 2025-01-01, services: [chat] }\n    enforceParams: { service_tier: standard_only }\n'),
      ].join(''),
      models: '  - { id: claude-deid, vendor: claude-deid, upstream: claude-sonnet-test, maxTokens: 1024 }\n  - { id: claude-phi, vendor: claude-phi, upstream: claude-phi-test }\n',
    },
  });
  client = new OpenAI({ apiKey: gw.keys.clinician, baseURL: `${gw.url}/v1`, maxRetries: 0 });
});
after(async () => {
  await gw?.close();
  await fake?.close();
});

function lastSent(): { raw: string; body: Record<string, unknown> } {
  const r = fake.requests.at(-1);
  assert.ok(r, 'the fake Anthropic was called');
  assert.deepEqual(fake.rejections, [], 'every request had a shape Anthropic accepts');
  return r;
}

function assertNoCanary(text: string, where: string): void {
  for (const f of fragmentsOutsideTokens(text, FRAGMENTS)) assert.fail(`${where} must not contain a canary fragment (${f})`);
}

const tools = [{ type: 'function' as const, function: { name: 'record_note', description: 'Records a note', parameters: { type: 'object', properties: { note: { type: 'string' } } } } }];

describe('Anthropic vendor for de-identified text', () => {
  test('plain chat: Messages API call with tokens only; the answer comes back as a chat.completion, re-identified', async () => {
    const res = await client.chat.completions.create({
      model: 'claude-deid',
      messages: [
        { role: 'system', content: `You assist ${CANARIES.system}.` },
        { role: 'user', content: `Summarise for ${CANARIES.user}.` },
      ],
      metadata: { note: 'x' },
      user: 'someone@example.org',
    });
    const { raw, body } = lastSent();
    assertNoCanary(raw, 'the Anthropic request');
    assert.equal(body['model'], 'claude-sonnet-test');
    assert.equal(body['max_tokens'], 1024, "the model's configured maxTokens");
    assert.match(String(body['system']), /^You assist Dr\. \[\[NAME_[0-9a-f]+\]\]\.$/, 'the title stays in clear before the token');
    assert.ok(!('metadata' in body) && !('user' in body) && !('store' in body), 'nothing but Messages fields');
    assert.equal(res.object, 'chat.completion');
    assert.equal(res.model, 'claude-deid', 'the answer names the gateway model, not the vendor one');
    assert.equal(res.choices[0]?.finish_reason, 'stop');
    assert.ok((res.usage?.total_tokens ?? 0) > 0, 'usage translated');
    const content = res.choices[0]?.message.content ?? '';
    assert.ok(content.includes(CANARIES.system) && content.includes(CANARIES.user), 'the caller gets the originals back');
    assert.equal(content.match(TOKEN), null);
    const ev = (await gw.auditEvents()).at(-1);
    assert.equal(ev?.vendor, 'claude-deid');
    assert.match(ev?.sent ?? '', /^[0-9a-f]{64}$/, 'the translated body is what the audit digest covers');
  });

  test('streaming chat: Anthropic events arrive as chat chunks, tokens cut across deltas are restored', async () => {
    const stream = await client.chat.completions.create({ model: 'claude-deid', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: `Patient ${CANARIES.user} called from ${CANARIES.assistant}.` }] });
    let text = '';
    let chunks = 0;
    let finish: string | null = null;
    let usage = 0;
    for await (const chunk of stream) {
      chunks++;
      assert.equal(chunk.model, 'claude-deid', 'every chunk names the gateway model');
      const piece = chunk.choices[0]?.delta.content ?? '';
      assert.equal(piece.match(TOKEN), null, 'no chunk carries a whole token');
      text += piece;
      finish = chunk.choices[0]?.finish_reason ?? finish;
      usage = chunk.usage?.total_tokens ?? usage;
    }
    assert.equal(lastSent().body['stream'], true);
    assertNoCanary(lastSent().raw, 'the Anthropic request');
    assert.ok(chunks > 10, 'the answer really was streamed');
    assert.equal(finish, 'stop');
    assert.ok(usage > 0, 'a usage chunk when include_usage asks for it');
    assert.ok(text.includes(CANARIES.user) && text.includes(CANARIES.assistant));
    assert.ok(!text.includes('[['), 'no token or partial token left');
  });

  test('tools and tool results over two turns, plain and streamed', async () => {
    const headers = { 'X-Phigate-Conversation': 'anthropic-tools-1' };
    const first = await client.chat.completions.create({ model: 'claude-deid', tools, tool_choice: 'auto', messages: [{ role: 'user', content: `Note for ${CANARIES.user}` }] }, { headers });
    const turn1 = lastSent();
    assert.deepEqual((turn1.body['tools'] as unknown[])[0], { name: 'record_note', description: 'Records a note', input_schema: { type: 'object', properties: { note: { type: 'string' } } } });
    assert.deepEqual(turn1.body['tool_choice'], { type: 'auto' });
    const call = first.choices[0]?.message.tool_calls?.[0];
    assert.equal(first.choices[0]?.finish_reason, 'tool_calls');
    assert.ok(call && call.type === 'function');
    assert.equal(call.id, 'toolu_fake1');
    const args = JSON.parse(call.function.arguments) as { note: string; tags: string[] };
    assert.ok(args.note.includes(CANARIES.user) && args.tags[1]?.includes(CANARIES.user), 'tool arguments come back re-identified');

    const second = await client.chat.completions.create(
      {
        model: 'claude-deid',
        tools,
        messages: [
          { role: 'user', content: `Note for ${CANARIES.user}` },
          { role: 'assistant', content: null, tool_calls: [call] },
          { role: 'tool', tool_call_id: call.id, content: `Saved for ${CANARIES.user}, ${CANARIES.toolResult}` },
        ],
      },
      { headers },
    );
    const turn2 = lastSent();
    assertNoCanary(turn2.raw, 'the second turn');
    const messages = turn2.body['messages'] as Array<{ role: string; content: Array<Record<string, unknown>> }>;
    assert.deepEqual(messages.map((m) => m.role), ['user', 'assistant', 'user']);
    assert.equal(messages[1]?.content[0]?.['type'], 'tool_use');
    assert.equal(messages[1]?.content[0]?.['id'], 'toolu_fake1');
    assert.equal(typeof messages[1]?.content[0]?.['input'], 'object', 'arguments go as an object');
    assert.equal(messages[2]?.content[0]?.['type'], 'tool_result');
    assert.equal(messages[2]?.content[0]?.['tool_use_id'], 'toolu_fake1');
    const nameToken = (turn1.raw.match(/\[\[NAME_[0-9a-f]+\]\]/) ?? [])[0];
    assert.ok(nameToken && turn2.raw.split(nameToken).length - 1 >= 3, 'the same token in the user text, the tool input and the tool result');
    const answer = second.choices[0]?.message.content ?? '';
    assert.ok(answer.includes(CANARIES.user) && answer.includes(CANARIES.toolResult));
    assert.equal(answer.match(TOKEN), null);

    const stream = await client.chat.completions.create({ model: 'claude-deid', tools, stream: true, messages: [{ role: 'user', content: `Note for ${CANARIES.toolArg}` }] });
    let argText = '';
    const ids: string[] = [];
    for await (const chunk of stream) {
      const tc = chunk.choices[0]?.delta.tool_calls?.[0];
      if (tc?.id) ids.push(tc.id);
      argText += tc?.function?.arguments ?? '';
    }
    assert.deepEqual(ids, ['toolu_fake1'], 'the id on the first tool delta only');
    assertNoCanary(lastSent().raw, 'the streamed tool request');
    const streamed = JSON.parse(argText) as { note: string };
    assert.ok(streamed.note.includes(CANARIES.toolArg), 'argument deltas are restored across splits');
    assert.equal(argText.match(TOKEN), null);
  });

  test('canaries in every position never reach the Anthropic vendor, logs or audit, and all come back', async () => {
    const before = fake.requests.length;
    const messages = canaryMessages();
    const headers = { 'X-Phigate-Conversation': 'anthropic-canary' };
    const plain = (await client.chat.completions.create({ model: 'claude-deid', messages }, { headers })).choices[0]?.message.content ?? '';
    let streamed = '';
    for await (const c of await client.chat.completions.create({ model: 'claude-deid', messages, stream: true }, { headers })) streamed += c.choices[0]?.delta.content ?? '';

    const sent = fake.requests.slice(before);
    assert.equal(sent.length, 2);
    for (const r of sent) {
      assertNoCanary(r.raw, 'the Anthropic request');
      assert.ok(r.raw.match(TOKEN) !== null, 'the vendor saw tokens instead');
    }
    assert.deepEqual(fake.rejections, []);
    const logs = gw.logs.join('\n');
    const audit = JSON.stringify(await gw.auditEvents());
    assertNoCanary(logs, 'logs');
    assertNoCanary(audit, 'audit events');
    for (const [where, text] of [['plain', plain], ['streamed', streamed]] as const) {
      for (const v of CHAT_CANARY_VALUES) assert.ok(text.includes(v), `${where} answer restores every planted value`);
      assert.ok(!text.includes('[['), `${where}: no token or partial token left`);
    }
  });
});

describe('Anthropic vendor with a BAA, and failures', () => {
  test('PHI vendor: text as is, images as base64 blocks, the enforced parameter set in Anthropic terms', async () => {
    const res = await client.chat.completions.create(
      { model: 'claude-phi', messages: [{ role: 'user', content: [{ type: 'text', text: `Rash on ${CANARIES.user}'s arm` }, { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } }] }] },
      { headers: { 'X-Phigate-Patient': 'pt-1001' } },
    );
    const { raw, body } = lastSent();
    assert.ok(raw.includes(CANARIES.user), 'PHI reaches the BAA-covered vendor');
    assert.equal(body['service_tier'], 'standard_only');
    assert.equal(body['max_tokens'], 4096, 'the default when neither request nor model names one');
    const blocks = (body['messages'] as Array<{ content: unknown[] }>)[0]?.content;
    assert.deepEqual(blocks?.[1], { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } });
    assert.ok((res.choices[0]?.message.content ?? '').includes(CANARIES.user));
  });

  test('untranslatable parameters are refused before any call; upstream errors never carry upstream text', async () => {
    const count = fake.requests.length;
    await assert.rejects(client.chat.completions.create({ model: 'claude-deid', n: 2, messages: [{ role: 'user', content: 'hi' }] }), (e: unknown) => e instanceof OpenAI.APIError && e.status === 400 && e.code === 'PHIGATE_BAD_INPUT' && /\bn must be 1/.test(e.message));
    await assert.rejects(client.chat.completions.create({ model: 'claude-deid', logprobs: true, messages: [{ role: 'user', content: 'hi' }] }), (e: unknown) => e instanceof OpenAI.APIError && e.status === 400);
    assert.equal(fake.requests.length, count, 'nothing was sent');

    fake.failNext(400);
    await assert.rejects(client.chat.completions.create({ model: 'claude-phi', messages: [{ role: 'user', content: `For ${CANARIES.user}` }] }, { headers: { 'X-Phigate-Patient': 'pt-1001' } }), (e: unknown) => {
      assert.ok(e instanceof OpenAI.APIError);
      assert.equal(e.status, 400);
      assert.equal(e.code, 'PHIGATE_UPSTREAM_BAD_REQUEST');
      assert.match(e.message, /Vendor claude-phi answered HTTP 400, type api_error for model claude-phi-test/, "Anthropic's error type, never its message");
      assertNoCanary(JSON.stringify(e.error) + e.message, 'the error the caller sees');
      return true;
    });

    fake.breakNextStream();
    const stream = await client.chat.completions.create({ model: 'claude-phi', stream: true, messages: [{ role: 'user', content: `For ${CANARIES.user}` }] }, { headers: { 'X-Phigate-Patient': 'pt-1001' } });
    let text = '';
    await assert.rejects(
      async () => {
        for await (const c of stream) text += c.choices[0]?.delta.content ?? '';
      },
      (e: unknown) => {
        assert.ok(e instanceof OpenAI.APIError, 'the SDK surfaces the error event');
        assert.match(e.message, /overloaded_error/);
        assertNoCanary(JSON.stringify(e.error) + e.message, 'the mid-stream error');
        return true;
      },
    );
    assert.equal(text, 'Partial', 'what arrived before the error was passed on');
    assertNoCanary(gw.logs.join('\n'), 'logs');
  });
});
