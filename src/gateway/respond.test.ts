// SSE responses: events that are ready together leave in one write, an event that arrives on its own
// leaves at once (time to first token), and an error mid-stream ends the stream with an error event.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import OpenAI from 'openai';
import { PhigateError } from '../errors.js';
import type { ChatChunk } from '../providers/index.js';
import type { GatewayContext } from './context.js';
import { resultResponse } from './respond.js';

const chunk = (i: number): ChatChunk => ({ id: 'c', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content: `w${i} ` }, finish_reason: null }] }) as unknown as ChatChunk;
const ctx = { requestId: 'req-1' } as unknown as GatewayContext;

/** Reads the body write by write: each element is what one enqueue carried. */
async function writes(res: Response): Promise<{ text: string; at: number; clock: number }[]> {
  const out: { text: string; at: number; clock: number }[] = [];
  const decoder = new TextDecoder();
  const t0 = performance.now();
  for await (const part of res.body as unknown as AsyncIterable<Uint8Array>) {
    const clock = performance.now();
    out.push({ text: decoder.decode(part), at: clock - t0, clock });
  }
  return out;
}

test('events ready together leave in one write, ending with [DONE]', async () => {
  async function* burst(): AsyncGenerator<ChatChunk> {
    for (let i = 0; i < 24; i++) yield chunk(i);
  }
  let ended: PhigateError | undefined | null = null;
  const res = await resultResponse({ kind: 'chat-stream', chunks: burst() }, ctx, (err) => (ended = err));
  const parts = await writes(res);
  assert.equal(parts.length, 1, 'one write for the whole burst');
  const events = parts[0]!.text.split('\n\n').filter(Boolean);
  assert.equal(events.length, 25);
  assert.equal(events.at(-1), 'data: [DONE]');
  assert.ok(events[3]!.includes('"w3 "'), 'events keep their order');
  assert.equal(ended, undefined, 'the stream ended cleanly');
});

test('an event that comes alone is written at once, without waiting for the next', async () => {
  // When the second event was made: the first write must come before it (by the clock, not by a margin a busy
  // machine can eat), the second after it.
  let secondAt = Infinity;
  async function* trickle(): AsyncGenerator<ChatChunk> {
    yield chunk(0);
    await sleep(150);
    secondAt = performance.now();
    yield chunk(1);
  }
  const parts = await writes(await resultResponse({ kind: 'chat-stream', chunks: trickle() }, ctx, () => undefined));
  assert.ok(parts.length >= 2, 'the first event did not wait for the second');
  assert.ok(parts[0]!.text.includes('"w0 "') && !parts[0]!.text.includes('"w1 "'));
  assert.ok(parts[0]!.clock < secondAt, 'the first write left before the second event was made');
  assert.ok(parts[1]!.clock >= secondAt, 'the second write came with the second event');
});

test('an error mid-stream goes out after the events before it, as a final error event', async () => {
  async function* failing(): AsyncGenerator<ChatChunk> {
    yield chunk(0);
    yield chunk(1);
    throw new PhigateError('PHIGATE_UPSTREAM_ERROR', 'Provider x answered HTTP 500');
  }
  let ended: PhigateError | undefined | null = null;
  const parts = await writes(await resultResponse({ kind: 'chat-stream', chunks: failing() }, ctx, (err) => (ended = err)));
  const text = parts.map((p) => p.text).join('');
  assert.ok(text.indexOf('"w1 "') < text.indexOf('PHIGATE_UPSTREAM_ERROR'), 'events first, then the error');
  assert.ok(!text.includes('[DONE]'), 'an errored stream does not claim to be done');
  assert.equal((ended as PhigateError | null)?.code, 'PHIGATE_UPSTREAM_ERROR');
});

test('a stream cut short by the shutdown ends with its error event and no [DONE]; the openai SDK throws it after the content before it', async () => {
  async function* cut(): AsyncGenerator<ChatChunk> {
    yield chunk(0);
    throw new PhigateError('PHIGATE_SHUTTING_DOWN', 'The gateway is shutting down');
  }
  const res = await resultResponse({ kind: 'chat-stream', chunks: cut() }, ctx, () => undefined);
  const [forText, forSdk] = (res.body as ReadableStream<Uint8Array>).tee();
  const text = await new Response(forText).text();
  assert.ok(text.indexOf('"w0 "') < text.indexOf('PHIGATE_SHUTTING_DOWN'), 'events first, then the error');
  assert.ok(!text.includes('[DONE]'), 'an errored stream does not claim to be done');
  // The SDK as a client uses it, reading this very body (its fetch answers with it).
  const client = new OpenAI({ apiKey: 'k', baseURL: 'http://gateway.invalid/v1', maxRetries: 0, fetch: async () => new Response(forSdk, { headers: res.headers }) });
  let content = '';
  await assert.rejects(
    (async () => {
      for await (const c of await client.chat.completions.create({ model: 'm', stream: true, messages: [{ role: 'user', content: 'x' }] })) content += c.choices[0]?.delta?.content ?? '';
    })(),
    (err: unknown) => err instanceof OpenAI.APIError && err.code === 'PHIGATE_SHUTTING_DOWN',
  );
  assert.equal(content, 'w0 ', 'what came before the cut was delivered');
});

test('a stream\'s response is ready only with its first events queued, so its headers leave with them', async () => {
  async function* late(): AsyncGenerator<ChatChunk> {
    await sleep(80);
    yield chunk(0);
    await sleep(80);
    yield chunk(1);
  }
  const t0 = performance.now();
  const res = await resultResponse({ kind: 'chat-stream', chunks: late() }, ctx, () => undefined);
  assert.ok(performance.now() - t0 >= 60, 'the response waited for the first event');
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  // What the server adapter does before it writes the headers: a read that does not wait for new events.
  const first = await Promise.race([reader.read(), Promise.resolve().then(() => null)]);
  assert.ok(first && !first.done && new TextDecoder().decode(first.value).includes('"w0 "'), 'the first event was already queued');
  const second = await reader.read();
  assert.ok(!second.done && new TextDecoder().decode(second.value).includes('"w1 "'));
  assert.ok(new TextDecoder().decode(second.value).endsWith('data: [DONE]\n\n'), 'the end came in the same turn');
  assert.equal((await reader.read()).done, true);
});

test('a reader that does not read holds the upstream back: bursts are taken only as they are read', async () => {
  let produced = 0;
  async function* many(): AsyncGenerator<ChatChunk> {
    for (let i = 0; i < 200; i++) {
      produced++;
      yield chunk(i);
      // Each event in a turn of its own: one burst per event.
      await new Promise((r) => setImmediate(r));
    }
  }
  const res = await resultResponse({ kind: 'chat-stream', chunks: many() }, ctx, () => undefined);
  await sleep(50);
  assert.ok(produced <= 4, `the loop waits for the reader (${produced} events taken before any read)`);
  const text = (await writes(res)).map((p) => p.text).join('');
  assert.equal(produced, 200);
  assert.ok(text.indexOf('"w0 "') < text.indexOf('"w199 "') && text.endsWith('data: [DONE]\n\n'), 'every event, in order');
});

test('a client that goes away stops the upstream stream and ends the request once', async () => {
  let closed = false;
  let ends = 0;
  async function* endless(): AsyncGenerator<ChatChunk> {
    try {
      for (let i = 0; ; i++) {
        yield chunk(i);
        await sleep(5);
      }
    } finally {
      closed = true;
    }
  }
  const res = await resultResponse({ kind: 'chat-stream', chunks: endless() }, ctx, () => ends++);
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  await reader.read();
  await reader.read();
  await reader.cancel();
  await sleep(30);
  assert.equal(closed, true, 'the upstream iterator was closed');
  assert.equal(ends, 1);
});
