// The upstream error table: each status its code, the names in the error body kept (never its message,
// never a value that is not shaped like a name), Retry-After read as seconds or as a date.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retryAfterMs } from './http.js';
import { upstreamErrorNames, upstreamHttpError } from './upstream-errors.js';

const CANARY = 'Mr. Ezekiel Canaryfield';
const bytes = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v));
const openaiBody = bytes({ error: { message: `This model's maximum context length is 8192 tokens; ${CANARY}`, type: 'invalid_request_error', code: 'context_length_exceeded', param: 'messages' } });

test('each upstream status has its own code and HTTP status', () => {
  const cases: Array<[number, string, number]> = [
    [400, 'PHIGATE_UPSTREAM_BAD_REQUEST', 400],
    [422, 'PHIGATE_UPSTREAM_BAD_REQUEST', 400],
    [404, 'PHIGATE_UPSTREAM_NOT_FOUND', 404],
    [413, 'PHIGATE_UPSTREAM_TOO_LARGE', 413],
    [401, 'PHIGATE_UPSTREAM_CREDENTIALS', 502],
    [403, 'PHIGATE_UPSTREAM_CREDENTIALS', 502],
    [429, 'PHIGATE_UPSTREAM_RATE_LIMITED', 503],
    [500, 'PHIGATE_UPSTREAM_ERROR', 502],
    [503, 'PHIGATE_UPSTREAM_ERROR', 502],
    [409, 'PHIGATE_UPSTREAM_ERROR', 502],
  ];
  for (const [status, code, ours] of cases) {
    const e = upstreamHttpError('openai', 'gpt-4o-mini', status, openaiBody, null);
    assert.equal(e.code, code, `HTTP ${status}`);
    assert.equal(e.status, ours, `HTTP ${status}`);
    assert.ok(!e.message.includes('Canaryfield') && !JSON.stringify(e.details).includes('Canaryfield'), 'the upstream message is never quoted');
  }
});

test('the message names vendor, model, type, code and param; credentials name the operator, not the caller', () => {
  const e = upstreamHttpError('openai', 'gpt-4o-mini', 400, openaiBody, null);
  assert.equal(e.message.split(':')[0], 'Vendor openai answered HTTP 400, type invalid_request_error, code context_length_exceeded, param messages for model gpt-4o-mini');
  assert.match(upstreamHttpError('openai', 'm', 401, undefined, null).message, /gateway's own key.*not the caller's/);
});

test('Retry-After is kept in the details and named in the message', () => {
  const e = upstreamHttpError('openai', 'm', 429, undefined, 7);
  assert.equal(e.details?.['retryAfterS'], 7);
  assert.match(e.message, /Retry-After 7 s/);
  assert.equal(retryAfterMs('7'), 7000);
  assert.equal(retryAfterMs('Wed, 02 Dec 2026 12:00:10 GMT', Date.parse('2026-12-02T12:00:00Z')), 10_000);
  assert.equal(retryAfterMs('soon'), null);
  assert.equal(retryAfterMs(null), null);
});

test('error bodies of OpenAI, Anthropic and vLLM shapes; values that are not names are dropped', () => {
  assert.deepEqual(upstreamErrorNames(bytes({ type: 'error', error: { type: 'overloaded_error', message: CANARY } })), { type: 'overloaded_error' });
  assert.deepEqual(upstreamErrorNames(bytes({ object: 'error', message: CANARY, type: 'BadRequestError', param: null, code: 400 })), { type: 'BadRequestError', code: '400' });
  assert.deepEqual(upstreamErrorNames(bytes({ error: { type: CANARY, code: 'x'.repeat(65), param: 'messages[0].content' } })), { param: 'messages[0].content' });
  assert.deepEqual(upstreamErrorNames(new TextEncoder().encode(`<html>${CANARY}</html>`)), {});
  assert.deepEqual(upstreamErrorNames(undefined), {});
});

test('the name check is linear on adversarial input', () => {
  const long = bytes({ error: { type: `${'a.'.repeat(50_000)}!`, code: '['.repeat(100_000) } });
  assert.deepEqual(upstreamErrorNames(long), {});
});
