// The OpenAI-compatible adapter against real local HTTP servers: https-only rule, timeouts with
// retries, no retry of a stream once it has started, Azure paths and headers.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { PhigateError } from '../../errors.js';
import { nodeTransport, type Transport } from '../transport.js';
import { openaiCompatible } from './index.js';

async function serve(handler: (req: IncomingMessage, res: ServerResponse, n: number) => void): Promise<{ url: string; calls: () => number; seen: IncomingMessage[]; close(): Promise<void> }> {
  let n = 0;
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    req.resume();
    req.on('end', () => handler(req, res, n++));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls: () => n,
    seen,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

const req = { model: 'x', messages: [{ role: 'user' as const, content: 'hi' }] };

test('upstreams must be https; plain http only to loopback when allowed', () => {
  assert.throws(() => openaiCompatible({ id: 'a', baseUrl: 'http://api.example.com/v1' }), { code: 'PHIGATE_BAD_CONFIG' });
  assert.throws(() => openaiCompatible({ id: 'a', baseUrl: 'http://127.0.0.1:1/v1' }), { code: 'PHIGATE_BAD_CONFIG' });
  assert.throws(() => openaiCompatible({ id: 'a', baseUrl: 'http://10.0.0.5/v1', allowInsecureLoopback: true }), { code: 'PHIGATE_BAD_CONFIG' });
  openaiCompatible({ id: 'a', baseUrl: 'http://127.0.0.1:1/v1', allowInsecureLoopback: true });
  openaiCompatible({ id: 'a', baseUrl: 'https://api.example.com/v1' });
});

test('a silent upstream times out after each attempt, with retries', async () => {
  const s = await serve(() => undefined);
  try {
    // Attempts counted where they start: on a loaded machine the second one can time out before its
    // connection is even accepted, so the server's count is no measure of the retries.
    const wire = nodeTransport();
    let attempts = 0;
    const transport: Transport = (...args) => {
      attempts++;
      return wire(...args);
    };
    const p = openaiCompatible({ id: 'slow', baseUrl: s.url, allowInsecureLoopback: true, timeoutMs: 150, retries: 1, backoffMs: 1, transport });
    await assert.rejects(p.chat(req, { upstreamModel: 'm' }), (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_UPSTREAM_TIMEOUT');
    assert.equal(attempts, 2);
    assert.ok(s.seen.length >= 1);
  } finally {
    await s.close();
  }
});

test('a caller that goes away cancels the call: the upstream connection is closed, nothing is retried', async () => {
  let closed = false;
  const s = await serve((q) => q.socket.on('close', () => (closed = true))); // never answers
  try {
    const p = openaiCompatible({ id: 'gone', baseUrl: s.url, allowInsecureLoopback: true, timeoutMs: 10_000, retries: 2, backoffMs: 1 });
    const caller = new AbortController();
    setTimeout(() => caller.abort(), 100);
    await assert.rejects(p.chat(req, { upstreamModel: 'm', signal: caller.signal }), (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_UPSTREAM_ERROR' && /cancelled/.test(e.message));
    for (let i = 0; i < 50 && !closed; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(closed, true, 'the upstream connection was closed');
    assert.equal(s.calls(), 1, 'not retried');
    // Gone before the call: refused without a request.
    await assert.rejects(p.chat(req, { upstreamModel: 'm', signal: caller.signal }), (e: unknown) => e instanceof PhigateError && /cancelled/.test(e.message));
    assert.equal(s.seen.length, 1);
  } finally {
    await s.close();
  }
});

test('a stream that breaks after its first bytes is not retried', async () => {
  const s = await serve((_q, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(`data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content: 'Hel' }, finish_reason: null }] })}\n\n`);
    setTimeout(() => res.destroy(), 300);
  });
  try {
    const p = openaiCompatible({ id: 's', baseUrl: s.url, allowInsecureLoopback: true, retries: 3, backoffMs: 1 });
    const got: string[] = [];
    await assert.rejects(async () => {
      for await (const c of await p.chatStream(req, { upstreamModel: 'm' })) got.push(c.choices[0]?.delta.content ?? '');
    }, { code: 'PHIGATE_UPSTREAM_ERROR' });
    assert.deepEqual(got, ['Hel'], 'the first chunk arrived');
    assert.equal(s.calls(), 1, 'never retried once bytes could have reached the caller');
  } finally {
    await s.close();
  }
});

test('a stream that stalls mid-answer fails with PHIGATE_UPSTREAM_TIMEOUT and the upstream connection is dropped', async () => {
  let closed = false;
  const s = await serve((q, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(`data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content: 'Hel' }, finish_reason: null }] })}\n\n`);
    q.socket.on('close', () => (closed = true)); // then says nothing more
  });
  try {
    const p = openaiCompatible({ id: 'stall', baseUrl: s.url, allowInsecureLoopback: true, timeoutMs: 200, retries: 0, backoffMs: 1 });
    const got: string[] = [];
    await assert.rejects(async () => {
      for await (const c of await p.chatStream(req, { upstreamModel: 'm' })) got.push(c.choices[0]?.delta.content ?? '');
    }, (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_UPSTREAM_TIMEOUT' && /middle of a stream/.test(e.message));
    assert.deepEqual(got, ['Hel']);
    for (let i = 0; i < 50 && !closed; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(closed, true, 'the stalled upstream connection was closed');
  } finally {
    await s.close();
  }
});

test('a stream stopped mid-answer (the gateway shutting down) fails at once with the stop reason, and the upstream connection is dropped', async () => {
  let closed = false;
  const s = await serve((q, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(`data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content: 'Hel' }, finish_reason: null }] })}\n\n`);
    q.socket.on('close', () => (closed = true)); // then holds the rest back
  });
  try {
    // An hour of idle timeout: only the stop can end this stream.
    const p = openaiCompatible({ id: 'held', baseUrl: s.url, allowInsecureLoopback: true, timeoutMs: 3_600_000, retries: 0 });
    const stop = new AbortController();
    const got: string[] = [];
    await assert.rejects(async () => {
      for await (const c of await p.chatStream(req, { upstreamModel: 'm', stop: stop.signal })) {
        got.push(c.choices[0]?.delta.content ?? '');
        stop.abort(new PhigateError('PHIGATE_SHUTTING_DOWN', 'stopping'));
      }
    }, { code: 'PHIGATE_SHUTTING_DOWN' });
    assert.deepEqual(got, ['Hel']);
    for (let i = 0; i < 50 && !closed; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(closed, true, 'the held upstream connection was closed');
  } finally {
    await s.close();
  }
});

test('streams that end with [DONE] leave their keep-alive connection for the next call; a consumer that stops mid-stream closes it', async () => {
  const chunk = (content: string): string => `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
  const sockets = new Set<unknown>();
  let closedMidStream = false;
  const s = await serve((q, res, n) => {
    sockets.add(q.socket);
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    if (n < 2) {
      res.end(`${chunk('Hel')}${chunk('lo')}data: [DONE]\n\n`);
      return;
    }
    // The third call: the answer goes on, and the consumer leaves after its first chunk.
    res.write(chunk('Hel'));
    const more = setInterval(() => res.write(chunk('.')), 20);
    q.socket.on('close', () => {
      clearInterval(more);
      closedMidStream = true;
    });
  });
  try {
    const p = openaiCompatible({ id: 'ka', baseUrl: s.url, allowInsecureLoopback: true, retries: 0 });
    for (let i = 0; i < 2; i++) {
      const got: string[] = [];
      for await (const c of await p.chatStream(req, { upstreamModel: 'm' })) got.push(c.choices[0]?.delta.content ?? '');
      assert.deepEqual(got, ['Hel', 'lo']);
      // The rest of the body (the chunked terminator) is drained in the background, within the transport's
      // 100 ms grace or not at all; after 300 ms the socket is back in the pool or closed for good.
      await new Promise((r) => setTimeout(r, 300));
    }
    assert.equal(sockets.size, 1, 'the second stream reused the first one\'s connection');
    for await (const c of await p.chatStream(req, { upstreamModel: 'm' })) {
      assert.equal(c.choices[0]?.delta.content, 'Hel');
      break;
    }
    for (let i = 0; i < 50 && !closedMidStream; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(closedMidStream, true, 'an answer still being sent is not drained: its connection is closed');
  } finally {
    await s.close();
  }
});

test('Azure deployments: path, api-version and api-key header; the model is not sent in the body', async () => {
  let body = '';
  const s = await serve((q, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'c', object: 'chat.completion', created: 0, model: 'm', choices: [] }));
    void q;
  });
  try {
    const tapBodies: string[] = [];
    const p = openaiCompatible({ id: 'az', baseUrl: s.url, allowInsecureLoopback: true, apiKey: 'k-123', azureApiVersion: '2024-10-21' });
    await p.chat(req, { upstreamModel: 'my-deploy', tap: { sent: (b) => tapBodies.push(Buffer.from(b).toString('utf8')), received: () => undefined } });
    body = tapBodies[0] ?? '';
    const seen = s.seen[0];
    assert.equal(seen?.url, '/openai/deployments/my-deploy/chat/completions?api-version=2024-10-21');
    assert.equal(seen?.headers['api-key'], 'k-123');
    assert.equal(seen?.headers['authorization'], undefined);
    assert.ok(!('model' in JSON.parse(body)));
  } finally {
    await s.close();
  }
});

test('a body sent in pieces is read whole; a URL keeps its path, query and credentials', async () => {
  const answer = JSON.stringify({ id: 'c', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'é'.repeat(3000) }, finish_reason: 'stop' }] });
  const bytes = Buffer.from(answer);
  const s = await serve((_q, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    // Three writes, one cut inside a two-byte character: the answer is decoded only once it is whole.
    res.write(bytes.subarray(0, 1001));
    setTimeout(() => {
      res.write(bytes.subarray(1001, 4000));
      res.end(bytes.subarray(4000));
    }, 20);
  });
  try {
    const p = openaiCompatible({ id: 'az', baseUrl: `${s.url.replace('http://', 'http://u%40x:p%3Aw@')}/base`, azureApiVersion: '2024-06-01', allowInsecureLoopback: true });
    const received: Uint8Array[] = [];
    const out = await p.chat(req, { upstreamModel: 'dep 1', tap: { sent: () => undefined, received: (b) => received.push(b) } });
    assert.equal(out.choices[0]?.message?.content, 'é'.repeat(3000));
    assert.equal(Buffer.concat(received).toString('utf8'), answer, 'the audit digest reads the exact bytes');
    const seen = s.seen[0] as IncomingMessage;
    assert.equal(seen.url, '/base/openai/deployments/dep%201/chat/completions?api-version=2024-06-01');
    assert.equal(seen.headers.authorization, `Basic ${Buffer.from('u@x:p:w').toString('base64')}`);
  } finally {
    await s.close();
  }
});

test('a body cut off before its end fails the call', async () => {
  const s = await serve((_q, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
    res.write('{"id":"c","choices":[');
    setTimeout(() => res.destroy(), 20);
  });
  try {
    const p = openaiCompatible({ id: 'cut', baseUrl: s.url, allowInsecureLoopback: true, retries: 0 });
    await assert.rejects(p.chat(req, { upstreamModel: 'm' }), { code: 'PHIGATE_UPSTREAM_ERROR' });
  } finally {
    await s.close();
  }
});
