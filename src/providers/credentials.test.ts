// A request carries one credential: basicAuth, else the API key, else a user:password@ of the base URL (as
// basic auth); the URL's credentials never go beside another, and the URL itself is sent without them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anthropic } from './anthropic/index.js';
import { openaiCompatible } from './openai-compatible/index.js';
import type { Transport } from './transport.js';

interface Sent {
  readonly url: string;
  readonly headers: Record<string, string>;
}

function recording(): { transport: Transport; sent: Sent[] } {
  const sent: Sent[] = [];
  const body = JSON.stringify({ id: 'x', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }], content: [{ type: 'text', text: 'ok' }], stop_reason: 'end_turn', usage: { input_tokens: 1, output_tokens: 1 } });
  const transport: Transport = async (url, headers) => {
    sent.push({ url, headers });
    const bytes = Buffer.from(body);
    return { status: 200, header: () => null, body: (async function* () { yield bytes; })(), cancel: () => undefined, bytes };
  };
  return { transport, sent };
}

const call = { upstreamModel: 'm', signal: new AbortController().signal };
const req = { model: 'm', messages: [{ role: 'user' as const, content: 'hi' }] };
const basic = (user: string, pw: string): string => `Basic ${Buffer.from(`${user}:${pw}`).toString('base64')}`;

test('openai-compatible: basicAuth, the URL credentials only when no key, never two credentials', async () => {
  const cases: Array<[string, { baseUrl: string; apiKey?: string; basicAuth?: { username: string; password: string } }, { authorization?: string; 'api-key'?: string }]> = [
    ['basicAuth', { baseUrl: 'https://vllm.example.org/v1', basicAuth: { username: 'phigate', password: 'pw:1' } }, { authorization: basic('phigate', 'pw:1') }],
    ['the URL credentials, no key', { baseUrl: 'https://u%40x:p%3Aw@vllm.example.org/v1' }, { authorization: basic('u@x', 'p:w') }],
    ['the URL credentials and a key: the key alone', { baseUrl: 'https://u:pw@vllm.example.org/v1', apiKey: 'sk-test' }, { authorization: 'Bearer sk-test' }],
    ['the key alone', { baseUrl: 'https://vllm.example.org/v1', apiKey: 'sk-test' }, { authorization: 'Bearer sk-test' }],
  ];
  for (const [what, opts, want] of cases) {
    const { transport, sent } = recording();
    await openaiCompatible({ id: 'v', ...opts, transport }).chat(req, call);
    const s = sent[0] as Sent;
    assert.equal(s.url, 'https://vllm.example.org/v1/chat/completions', `${what}: the URL carries no credentials`);
    assert.deepEqual({ authorization: s.headers['authorization'], 'api-key': s.headers['api-key'] }, { authorization: want.authorization, 'api-key': want['api-key'] }, what);
  }
  const { transport, sent } = recording();
  await openaiCompatible({ id: 'az', baseUrl: 'https://u:pw@az.example.org', apiKey: 'az-key', azureApiVersion: '2024-10-21', transport }).chat(req, call);
  assert.deepEqual([sent[0]?.headers['api-key'], sent[0]?.headers['authorization']], ['az-key', undefined], 'Azure: its api-key header, no basic auth beside it');
  assert.ok(!sent[0]?.url.includes('pw@'));
});

test('anthropic: basicAuth instead of x-api-key, the URL credentials never beside the key', async () => {
  const viaBasic = recording();
  await anthropic({ id: 'a', baseUrl: 'https://claude.example.org', basicAuth: { username: 'phigate', password: 'pw' }, transport: viaBasic.transport }).chat(req, call);
  assert.deepEqual([viaBasic.sent[0]?.headers['authorization'], viaBasic.sent[0]?.headers['x-api-key']], [basic('phigate', 'pw'), undefined]);
  const viaKey = recording();
  await anthropic({ id: 'a', baseUrl: 'https://u:pw@claude.example.org', apiKey: 'ak', transport: viaKey.transport }).chat(req, call);
  assert.deepEqual([viaKey.sent[0]?.url, viaKey.sent[0]?.headers['authorization'], viaKey.sent[0]?.headers['x-api-key']], ['https://claude.example.org/v1/messages', undefined, 'ak']);
});
