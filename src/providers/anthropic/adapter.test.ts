// The Anthropic adapter against real local HTTP servers: the https-only rule, the Messages endpoint and
// its headers, the model's max_tokens, upstream HTTP errors without their body text, retries, and the
// refusal of embeddings.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { PhigateError } from '../../errors.js';
import { anthropic } from './index.js';

interface Seen {
  url: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

async function serve(answer: (n: number) => { status: number; body: string }): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      seen.push({ url: req.url ?? '', headers: req.headers, body: JSON.parse(Buffer.concat(parts).toString('utf8')) as Record<string, unknown> });
      const a = answer(seen.length - 1);
      res.writeHead(a.status, { 'content-type': 'application/json' }).end(a.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

const req = { model: 'alias', messages: [{ role: 'user' as const, content: 'hi' }] };
const OK = JSON.stringify({ id: 'msg_1', type: 'message', role: 'assistant', model: 'claude-x', content: [{ type: 'text', text: 'hello' }], stop_reason: 'end_turn', usage: { input_tokens: 1, output_tokens: 1 } });

test('upstreams must be https; plain http only to loopback when allowed; the default is api.anthropic.com', () => {
  assert.throws(() => anthropic({ id: 'a', baseUrl: 'http://api.anthropic.com' }), { code: 'PHIGATE_BAD_CONFIG' });
  assert.throws(() => anthropic({ id: 'a', baseUrl: 'http://127.0.0.1:1' }), { code: 'PHIGATE_BAD_CONFIG' });
  assert.throws(() => anthropic({ id: 'a', baseUrl: 'http://10.0.0.5', allowInsecureLoopback: true }), { code: 'PHIGATE_BAD_CONFIG' });
  anthropic({ id: 'a', baseUrl: 'http://127.0.0.1:1', allowInsecureLoopback: true });
  assert.equal(anthropic({ id: 'a' }).id, 'a');
});

test('POST {baseUrl}/v1/messages with x-api-key and anthropic-version; max_tokens from the model; the answer in OpenAI shape', async () => {
  const s = await serve(() => ({ status: 200, body: OK }));
  try {
    const sent: string[] = [];
    const p = anthropic({ id: 'anth', baseUrl: `${s.url}/v1/`, apiKey: 'sk-ant-test', allowInsecureLoopback: true, now: () => 1234 });
    const out = await p.chat(req, { upstreamModel: 'claude-x', maxTokens: 321, tap: { sent: (b) => sent.push(Buffer.from(b).toString('utf8')), received: () => undefined } });
    const seen = s.seen[0];
    assert.equal(seen?.url, '/v1/messages', 'a base URL ending in /v1 gets no second /v1');
    assert.equal(seen?.headers['x-api-key'], 'sk-ant-test');
    assert.equal(seen?.headers['anthropic-version'], '2023-06-01');
    assert.equal(seen?.headers['content-type'], 'application/json');
    assert.equal(seen?.headers['authorization'], undefined, 'no bearer header');
    assert.deepEqual(seen?.body, { model: 'claude-x', max_tokens: 321, messages: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] });
    assert.deepEqual(JSON.parse(sent[0] ?? ''), seen?.body, 'the tap sees the exact body');
    assert.equal(out.created, 1234);
    assert.equal(out.choices[0]?.message.content, 'hello');
  } finally {
    await s.close();
  }
});

test('HTTP errors become upstream codes naming the error type, without the upstream text; 529 is retried, 400 is not', async () => {
  const leak = JSON.stringify({ type: 'error', error: { type: 'invalid_request_error', message: 'messages.0 mentions Mr. Ezekiel Canaryfield' } });
  const s = await serve((n) => (n === 0 ? { status: 529, body: leak } : n === 1 ? { status: 200, body: OK } : { status: 400, body: leak }));
  try {
    const p = anthropic({ id: 'anth', baseUrl: s.url, allowInsecureLoopback: true, retries: 1, backoffMs: 1 });
    assert.equal((await p.chat(req, { upstreamModel: 'm' })).choices[0]?.message.content, 'hello', 'overloaded (529), then answered');
    const refused = (e: unknown): boolean =>
      e instanceof PhigateError && e.code === 'PHIGATE_UPSTREAM_BAD_REQUEST' && /HTTP 400, type invalid_request_error for model m/.test(e.message) && !e.message.includes('Canaryfield');
    await assert.rejects(p.chat(req, { upstreamModel: 'm' }), refused);
    assert.equal(s.seen.length, 3, 'the 400 was not retried');
    await assert.rejects(p.chatStream(req, { upstreamModel: 'm' }), refused);
  } finally {
    await s.close();
  }
});

test('a request that cannot be translated never reaches the upstream', async () => {
  const s = await serve(() => ({ status: 200, body: OK }));
  try {
    const p = anthropic({ id: 'anth', baseUrl: s.url, allowInsecureLoopback: true });
    await assert.rejects(p.chat({ ...req, n: 3 }, { upstreamModel: 'm' }), { code: 'PHIGATE_BAD_INPUT' });
    await assert.rejects(p.embeddings({ model: 'e', input: 'x' }, { upstreamModel: 'e' }), (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_BAD_INPUT' && /no embeddings API/.test(e.message));
    assert.equal(s.seen.length, 0);
  } finally {
    await s.close();
  }
});
