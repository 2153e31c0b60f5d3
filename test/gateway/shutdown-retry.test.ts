// Graceful shutdown and upstream retries: a call waiting to retry a failed upstream when shutdown begins
// does not start a retry the grace period would cut. It answers at once with the last upstream error
// (audited, its own request id), instead of sleeping out its backoff and losing its connection when the
// grace is over. A retry the grace leaves time for still runs. Real servers on loopback: the gateway and
// a recording upstream told to fail with a Retry-After.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import OpenAI from 'openai';
import { type TestGateway, startTestGateway } from './harness.js';

async function until(what: string, ok: () => boolean): Promise<void> {
  for (let i = 0; i < 1_000; i++) {
    if (ok()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.fail(`timed out waiting until ${what}`);
}

async function chat(gw: TestGateway): Promise<{ status: number; code: string; message: string; requestId: string }> {
  const res = await fetch(`${gw.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.clinician}` },
    body: JSON.stringify({ model: 'gpt-deid', messages: [{ role: 'user', content: 'hello' }] }),
  });
  const json = (await res.json()) as { error?: { code: string; message: string } };
  return { status: res.status, code: json.error?.code ?? '', message: json.error?.message ?? '', requestId: res.headers.get('x-request-id') ?? '' };
}

test('shutdown begins while a call waits out its backoff: no retry, the last upstream error at once, audited', async () => {
  const gw = await startTestGateway();
  try {
    // Retry-After 5 s: the backoff outlasts the grace period (300 ms) and the final write window after it.
    gw.upstream.failNext({ status: 503, headers: { 'retry-after': '5' } }, 503, 503);
    const answer = chat(gw);
    await until('the first attempt reached the upstream', () => gw.upstream.requests.length === 1);
    const closing = gw.shutdown(300);
    const r = await answer;
    assert.deepEqual([r.status, r.code], [502, 'PHIGATE_UPSTREAM_ERROR'], 'an answer, not a cut connection');
    assert.match(r.message, /HTTP 503/);
    assert.match(r.requestId, /^[0-9a-f-]{36}$/);
    await closing;
    assert.equal(gw.upstream.requests.length, 1, 'no retry was started');
    const ev = (await gw.auditEvents()).find((e) => e.requestId === r.requestId);
    assert.deepEqual([ev?.decision, ev?.reason], ['allow', 'PHIGATE_UPSTREAM_ERROR'], 'audited as sent, with the upstream error');
  } finally {
    await gw.close();
  }
});

test('an upstream failure that arrives after shutdown began is not retried past the grace period (a stream, through the openai SDK)', async () => {
  const gw = await startTestGateway();
  let release: (() => void) | undefined;
  try {
    const held = new Promise<void>((r) => (release = r));
    gw.upstream.failNext({ status: 429, headers: { 'retry-after': '5' }, after: held }, 429, 429);
    const client = new OpenAI({ apiKey: gw.keys.clinician, baseURL: `${gw.url}/v1`, maxRetries: 0 });
    const call = client.chat.completions.create({ model: 'gpt-deid', stream: true, messages: [{ role: 'user', content: 'hello' }] }).then(
      () => assert.fail('the stream should not have started'),
      (err: unknown) => err,
    );
    await until('the first attempt reached the upstream', () => gw.upstream.requests.length === 1);
    const closing = gw.shutdown(1_000);
    release?.();
    const err = await call;
    assert.ok(err instanceof OpenAI.APIError, String(err));
    assert.deepEqual([err.status, err.code], [503, 'PHIGATE_UPSTREAM_RATE_LIMITED']);
    assert.equal(err.headers?.get('retry-after'), '5', "the vendor's Retry-After is passed on");
    await closing;
    assert.equal(gw.upstream.requests.length, 1, 'no retry was started');
    const id = err.headers?.get('x-request-id');
    const ev = (await gw.auditEvents()).find((e) => e.requestId === id);
    assert.deepEqual([ev?.decision, ev?.reason], ['allow', 'PHIGATE_UPSTREAM_RATE_LIMITED']);
  } finally {
    release?.();
    await gw.close();
  }
});

test('a retry the grace period leaves time for still runs during shutdown', async () => {
  const gw = await startTestGateway();
  try {
    gw.upstream.failNext({ status: 503, headers: { 'retry-after': '1' } });
    const answer = chat(gw);
    await until('the first attempt reached the upstream', () => gw.upstream.requests.length === 1);
    const closing = gw.shutdown(60_000);
    const r = await answer;
    assert.equal(r.status, 200, `${r.code}: the retry ran and succeeded`);
    assert.equal(gw.upstream.requests.length, 2);
    await closing;
  } finally {
    await gw.close();
  }
});
