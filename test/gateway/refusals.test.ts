// Refusals: each has its own stable code and HTTP status in the OpenAI error envelope, never reaches
// the upstream, and leaves an audit event (decision deny, the code as reason). Also: BAA expiry at the
// exact instant, enforced parameters, media to a de-identified vendor, and upstream retry behaviour.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import OpenAI from 'openai';
import { BAA_END, T0, type TestGateway, startTestGateway } from './harness.js';

let gw: TestGateway;
before(async () => {
  gw = await startTestGateway();
});
after(async () => {
  await gw?.close();
});

interface Call {
  key?: string | null;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  path?: string;
  /** Send the body in chunks with no Content-Length (Transfer-Encoding: chunked). */
  chunked?: boolean;
}

function bodyInit(text: string, chunked: boolean): { body: string | ReadableStream<Uint8Array>; duplex?: 'half' } {
  if (!chunked) return { body: text };
  const bytes = new TextEncoder().encode(text);
  const parts: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += 8192) parts.push(bytes.subarray(i, i + 8192));
  return { body: new ReadableStream({ pull: (ctl) => (parts.length > 0 ? ctl.enqueue(parts.shift() as Uint8Array) : ctl.close()) }), duplex: 'half' };
}

async function post(c: Call): Promise<{ status: number; code: string; message: string; requestId: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(c.headers ?? {}) };
  if (c.key !== null) headers['authorization'] = `Bearer ${c.key ?? gw.keys.clinician}`;
  const res = await fetch(`${gw.url}${c.path ?? '/v1/chat/completions'}`, {
    method: 'POST',
    headers,
    ...bodyInit(c.raw ?? JSON.stringify(c.body ?? { model: 'gpt-deid', messages: [{ role: 'user', content: 'hello' }] }), c.chunked ?? false),
  });
  const json = (await res.json()) as { error?: { code: string; message: string; type: string } };
  return { status: res.status, code: json.error?.code ?? '', message: json.error?.message ?? '', requestId: res.headers.get('x-request-id') ?? '' };
}

/** `reason`: the audit event's, when the caller is told another code (a model they may not learn of, as unknown). */
async function expectRefusal(c: Call, status: number, code: string, reason = code): Promise<void> {
  const before = gw.upstream.requests.length;
  const r = await post(c);
  assert.equal(r.status, status, `${code}: status`);
  assert.equal(r.code, code);
  assert.ok(r.message.length > 10, 'the message tells the caller what to change');
  assert.equal(gw.upstream.requests.length, before, 'a refused request never reaches the upstream');
  const ev = (await gw.auditEvents()).find((e) => e.requestId === r.requestId);
  assert.ok(ev, `${code}: audited`);
  assert.equal(ev.decision, 'deny');
  assert.equal(ev.reason, reason);
}

const chat = (model: string, content = 'hello', extra: Record<string, unknown> = {}): unknown => ({ model, messages: [{ role: 'user', content }], ...extra });

describe('authentication', () => {
  test('no credentials', () => expectRefusal({ key: null }, 401, 'PHIGATE_UNAUTHENTICATED'));
  test('a key that is not valid', () => expectRefusal({ key: `phg_${'0'.repeat(16)}_${'a'.repeat(64)}` }, 401, 'PHIGATE_BAD_CREDENTIALS'));
  test('a valid key id with a wrong secret', () => expectRefusal({ key: gw.keys.clinician.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')) }, 401, 'PHIGATE_BAD_CREDENTIALS'));
  test('a revoked key', () => expectRefusal({ key: gw.keys.revoked }, 401, 'PHIGATE_CREDENTIALS_REVOKED'));
  test('an expired key', () => expectRefusal({ key: gw.keys.expired }, 401, 'PHIGATE_CREDENTIALS_EXPIRED'));
  test('the openai SDK surfaces the code', async () => {
    const client = new OpenAI({ apiKey: 'phg_nope', baseURL: `${gw.url}/v1`, maxRetries: 0 });
    await assert.rejects(client.chat.completions.create({ model: 'gpt-deid', messages: [{ role: 'user', content: 'x' }] }), (err: unknown) => {
      return err instanceof OpenAI.AuthenticationError && err.code === 'PHIGATE_BAD_CREDENTIALS';
    });
  });
});

describe('authorization', () => {
  test('patient outside the care team', () => expectRefusal({ body: chat('gpt-phi'), headers: { 'X-Phigate-Patient': 'pt-2002' } }, 403, 'PHIGATE_FORBIDDEN_PATIENT'));
  test('a role without break-glass cannot use it', () =>
    expectRefusal({ key: gw.keys.analyst, body: chat('gpt-deid'), headers: { 'X-Phigate-Patient': 'pt-1001', 'X-Phigate-Purpose': 'TREAT' } }, 403, 'PHIGATE_FORBIDDEN_PATIENT'));
  test('a model the role may not use is as unknown to the caller as one that does not exist; the audit event and the log keep the reason', async () => {
    const raw = async (model: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; requestId: string }> => {
      const res = await fetch(`${gw.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.analyst}`, ...headers },
        body: JSON.stringify(chat(model)),
      });
      return { status: res.status, body: await res.text(), requestId: res.headers.get('x-request-id') ?? '' };
    };
    const before = gw.upstream.requests.length;
    const unknown = await raw('gpt-unknown');
    const hidden = await raw('gpt-phi');
    assert.equal(unknown.status, 404);
    assert.deepEqual([hidden.status, hidden.body], [unknown.status, unknown.body], 'the same status and the same body, byte for byte');
    assert.deepEqual(JSON.parse(hidden.body), { error: { message: 'This gateway has no model by that name; GET /v1/models lists the models you may use', type: 'invalid_request_error', param: null, code: 'PHIGATE_UNKNOWN_MODEL' } });
    // Checks that come later (a purpose the role lacks, a bad header) do not tell the two apart either.
    for (const headers of [{ 'X-Phigate-Purpose': 'HRESCH' }, { 'X-Phigate-Purpose': 'NOT-A-PURPOSE' }, { 'X-Phigate-Patient': 'pt-1001' }] as Array<Record<string, string>>) {
      const [a, b] = [await raw('gpt-unknown', headers), await raw('gpt-phi', headers)];
      assert.deepEqual([b.status, b.body], [a.status, a.body], JSON.stringify(headers));
    }
    assert.equal(gw.upstream.requests.length, before, 'neither reached the upstream');
    const events = await gw.auditEvents();
    const ev = events.find((e) => e.requestId === hidden.requestId);
    assert.deepEqual([ev?.decision, ev?.reason, ev?.model], ['deny', 'PHIGATE_MODEL_NOT_ALLOWED', 'gpt-phi'], 'the audit event keeps the real reason and the model');
    const unknownEv = events.find((e) => e.requestId === unknown.requestId);
    assert.deepEqual([unknownEv?.reason, unknownEv?.model], ['PHIGATE_UNKNOWN_MODEL', null]);
    const line = gw.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l['requestId'] === hidden.requestId);
    assert.deepEqual([line?.['status'], line?.['code'], line?.['reason'], line?.['model']], [404, 'PHIGATE_UNKNOWN_MODEL', 'PHIGATE_MODEL_NOT_ALLOWED', 'gpt-phi']);
    const analyst = new OpenAI({ apiKey: gw.keys.analyst, baseURL: `${gw.url}/v1`, maxRetries: 0 });
    await assert.rejects(analyst.chat.completions.create({ model: 'gpt-phi', messages: [{ role: 'user', content: 'x' }] }), (err: unknown) => {
      return err instanceof OpenAI.NotFoundError && err.code === 'PHIGATE_UNKNOWN_MODEL' && !err.message.includes('gpt-phi');
    });
  });
  test('a purpose the role may not use', () => expectRefusal({ body: chat('gpt-deid'), headers: { 'X-Phigate-Purpose': 'HRESCH' } }, 403, 'PHIGATE_FORBIDDEN_PURPOSE'));
  test("unknown model: says how to see the caller's models, never echoes the name sent", async () => {
    await expectRefusal({ body: chat('gpt-unknown') }, 404, 'PHIGATE_UNKNOWN_MODEL');
    for (const path of ['/v1/chat/completions', '/v1/embeddings']) {
      const r = await post({ path, body: { model: 'Ezekiel Canaryfield', messages: [{ role: 'user', content: 'x' }], input: 'x' } });
      assert.equal(r.message, 'This gateway has no model by that name; GET /v1/models lists the models you may use');
    }
  });
  test("a model sent to the wrong endpoint is named only to a caller who may use it; to others it is unknown, like a model that does not exist", async () => {
    const unknown = 'This gateway has no model by that name; GET /v1/models lists the models you may use';
    // The analyst's role lists gpt-deid only: embed-deid and gpt-phi are not theirs.
    const analyst = new OpenAI({ apiKey: gw.keys.analyst, baseURL: `${gw.url}/v1`, maxRetries: 0 });
    assert.deepEqual((await analyst.models.list()).data.map((m) => m.id), ['gpt-deid']);
    for (const [key, path, model] of [
      [gw.keys.analyst, '/v1/chat/completions', 'embed-deid'],
      [gw.keys.analyst, '/v1/embeddings', 'gpt-phi'],
    ] as const) {
      const r = await post({ key, path, body: { model, messages: [{ role: 'user', content: 'x' }], input: 'x' } });
      assert.deepEqual([r.status, r.code, r.message], [404, 'PHIGATE_UNKNOWN_MODEL', unknown], `${model} on ${path}`);
    }
    await assert.rejects(analyst.chat.completions.create({ model: 'embed-deid', messages: [{ role: 'user', content: 'x' }] }), (err: unknown) => {
      return err instanceof OpenAI.NotFoundError && err.code === 'PHIGATE_UNKNOWN_MODEL' && !err.message.includes('embed-deid');
    });
    // Their own model on the wrong endpoint, and the clinician (whose role lists every model): told which to use.
    assert.equal((await post({ key: gw.keys.analyst, path: '/v1/embeddings', body: { model: 'gpt-deid', input: 'x' } })).message, 'Model gpt-deid is a chat model; use /v1/chat/completions (GET /v1/models lists the models you may use)');
    assert.equal((await post({ path: '/v1/chat/completions', body: chat('embed-deid') })).message, 'Model embed-deid is an embeddings model; use /v1/embeddings (GET /v1/models lists the models you may use)');
  });
  test('a chat model used for embeddings, and an embeddings model for chat, are told which endpoint to use', async () => {
    await expectRefusal({ path: '/v1/embeddings', body: { model: 'gpt-deid', input: 'x' } }, 404, 'PHIGATE_UNKNOWN_MODEL');
    assert.equal((await post({ path: '/v1/embeddings', body: { model: 'gpt-deid', input: 'x' } })).message, 'Model gpt-deid is a chat model; use /v1/chat/completions (GET /v1/models lists the models you may use)');
    const client = new OpenAI({ apiKey: gw.keys.clinician, baseURL: `${gw.url}/v1`, maxRetries: 0 });
    await assert.rejects(client.chat.completions.create({ model: 'embed-deid', messages: [{ role: 'user', content: 'x' }] }), (err: unknown) => {
      return err instanceof OpenAI.NotFoundError && err.code === 'PHIGATE_UNKNOWN_MODEL' && /Model embed-deid is an embeddings model; use \/v1\/embeddings/.test(err.message);
    });
  });
});

describe('vendors', () => {
  // A model no request could reach (its PHI-only vendor has no active BAA) is unknown to the caller; the audit
  // event keeps the vendor refusal (more in vendor-visibility.test.ts).
  test('vendor without a BAA', () => expectRefusal({ body: chat('gpt-nobaa'), headers: { 'X-Phigate-Patient': 'pt-1001' } }, 404, 'PHIGATE_UNKNOWN_MODEL', 'PHIGATE_VENDOR_NOT_ALLOWED'));
  test('a request naming no patient may not go to a PHI-only vendor (policy: deidentified-only)', () =>
    expectRefusal({ body: chat('gpt-phi') }, 403, 'PHIGATE_VENDOR_NOT_ALLOWED'));
  test('an expired BAA refuses from that very moment', async () => {
    const req = { body: chat('gpt-expiring'), headers: { 'X-Phigate-Patient': 'pt-1001' } };
    try {
      gw.setNow(new Date(new Date(BAA_END).getTime() - 1));
      assert.equal((await post(req)).status, 200, 'one millisecond before the end it is allowed');
      gw.setNow(new Date(BAA_END));
      await expectRefusal(req, 404, 'PHIGATE_UNKNOWN_MODEL', 'PHIGATE_VENDOR_NOT_ALLOWED');
    } finally {
      gw.setNow(T0);
    }
  });
  test('client parameters that would switch storage on are refused, naming the parameter, never its value', async () => {
    await expectRefusal({ body: chat('gpt-deid', 'x', { store: true }) }, 400, 'PHIGATE_PARAM_NOT_ALLOWED');
    const r = await post({ body: chat('gpt-phi', 'x', { store: true }), headers: { 'X-Phigate-Patient': 'pt-1001' } });
    assert.equal(r.code, 'PHIGATE_PARAM_NOT_ALLOWED', 'for a vendor allowed PHI as well');
    assert.equal(r.message, 'Parameter store would have the vendor keep the conversation, which phigate does not allow; remove it');
    const enforced = await post({ body: chat('gpt-phi', 'x', { store: 'yes please' }), headers: { 'X-Phigate-Patient': 'pt-1001' } });
    assert.equal(enforced.code, 'PHIGATE_PARAM_NOT_ALLOWED');
    assert.match(enforced.message, /^Parameter store is set by phigate for vendor phi/);
    assert.ok(!enforced.message.includes('yes please'), 'never the value sent');
  });
  test('a parameter phigate does not know does not go to a de-identified vendor', async () => {
    await expectRefusal({ body: chat('gpt-deid', 'x', { web_search_options: { user_location: { type: 'approximate', approximate: { city: 'Brackton' } } } }) }, 400, 'PHIGATE_PARAM_NOT_ALLOWED');
    const body = { model: 'gpt-deid', messages: [{ role: 'user', content: 'x' }, { role: 'assistant', content: 'y', speaker_notes: 'Mr. Ezekiel Canaryfield' }] };
    await expectRefusal({ body }, 400, 'PHIGATE_PARAM_NOT_ALLOWED');
    const r = await post({ body });
    assert.match(r.message, /messages\[1\]\.speaker_notes/, 'the message names the field');
    const client = new OpenAI({ apiKey: gw.keys.clinician, baseURL: `${gw.url}/v1`, maxRetries: 0 });
    await assert.rejects(client.chat.completions.create(body as never), (err: unknown) => err instanceof OpenAI.BadRequestError && err.param === 'messages[1].speaker_notes');
    assert.ok(!r.message.includes('Canaryfield'), 'never its value');
  });
  test('a vendor allowed PHI gets parameters phigate does not know; caller identifiers go to no vendor', async () => {
    const before = gw.upstream.requests.length;
    const extra = { vendor_feature: { level: 2 }, user: 'dr-lee@example.org', safety_identifier: 'u-123', prompt_cache_key: 'dr-lee' };
    const r = await post({ body: chat('gpt-phi', 'x', extra), headers: { 'X-Phigate-Patient': 'pt-1001' } });
    assert.equal(r.status, 200);
    const sent = JSON.parse(gw.upstream.requests[before]?.raw ?? '{}') as Record<string, unknown>;
    assert.deepEqual(sent['vendor_feature'], { level: 2 });
    for (const k of ['user', 'safety_identifier', 'prompt_cache_key', 'metadata']) assert.ok(!(k in sent), `${k} is not forwarded`);
  });
  test('images do not go to a de-identified vendor', () =>
    expectRefusal(
      { body: { model: 'gpt-deid', messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } }] }] } },
      403,
      'PHIGATE_CONTENT_NOT_ALLOWED',
    ));
});

describe('request hygiene', () => {
  test('oversized body', () => expectRefusal({ raw: JSON.stringify(chat('gpt-deid', 'x'.repeat(70_000))) }, 413, 'PHIGATE_INPUT_TOO_LARGE'));
  test('oversized body sent in chunks, with no declared length', () => expectRefusal({ raw: JSON.stringify(chat('gpt-deid', 'x'.repeat(70_000))), chunked: true }, 413, 'PHIGATE_INPUT_TOO_LARGE'));
  test('a chunked body within the limit is read whole', async () => {
    const r = await post({ raw: JSON.stringify(chat('gpt-deid', 'a plain question '.repeat(1_000))), chunked: true });
    assert.equal(r.status, 200);
    const sent = gw.upstream.requests.at(-1)?.body as { messages: Array<{ content: string }> };
    assert.equal(sent.messages.at(-1)?.content, 'a plain question '.repeat(1_000), 'all three chunks arrived, in order');
  });
  test('malformed JSON', () => expectRefusal({ raw: '{"model": "gpt-deid", "messages": [' }, 400, 'PHIGATE_MALFORMED_JSON'));
  test('a body of the wrong shape names the field', async () => {
    const r = await post({ body: { model: 'gpt-deid', messages: [{ role: 'wizard', content: 'x' }] } });
    assert.equal(r.code, 'PHIGATE_BAD_INPUT');
    assert.match(r.message, /messages\[0\]\.role/);
  });
  test('not JSON at all', () => expectRefusal({ raw: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, 'PHIGATE_UNSUPPORTED_MEDIA_TYPE'));
});

describe('methods and paths', () => {
  test('a known path asked with another method: 405 with Allow, in the OpenAI envelope; the SDK sees the code', async () => {
    const cases: Array<[string, string, string]> = [
      ['GET', '/v1/chat/completions', 'POST'],
      ['PUT', '/v1/embeddings', 'POST'],
      ['DELETE', '/v1/models', 'GET, HEAD'],
      ['POST', '/healthz', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await fetch(`${gw.url}${path}`, { method, headers: { authorization: `Bearer ${gw.keys.clinician}` } });
      assert.equal(res.status, 405, `${method} ${path}`);
      assert.equal(res.headers.get('allow'), allow);
      const body = (await res.json()) as { error: { code: string; type: string; message: string } };
      assert.deepEqual([body.error.code, body.error.type], ['PHIGATE_METHOD_NOT_ALLOWED', 'invalid_request_error']);
      assert.equal(body.error.message, `${method} is not allowed on ${path}; use ${allow.replace(', HEAD', '')}`);
      assertOwnRequestId(res, 405, 'PHIGATE_METHOD_NOT_ALLOWED');
    }
    const client = new OpenAI({ apiKey: gw.keys.clinician, baseURL: `${gw.url}/v1`, maxRetries: 0 });
    await assert.rejects(client.get('/chat/completions'), (err: unknown) => err instanceof OpenAI.APIError && err.status === 405 && err.code === 'PHIGATE_METHOD_NOT_ALLOWED');
  });

  test('the allowed methods still answer (HEAD as GET), and unknown paths stay 404', async () => {
    assert.equal((await fetch(`${gw.url}/healthz`, { method: 'HEAD' })).status, 200);
    assert.equal((await fetch(`${gw.url}/v1/models`, { headers: { authorization: `Bearer ${gw.keys.clinician}` } })).status, 200);
    for (const [method, path] of [['GET', '/v1/nothing'], ['POST', '/v1/completions'], ['DELETE', '/v2/models']] as const) {
      const res = await fetch(`${gw.url}${path}`, { method });
      assert.equal(res.status, 404, `${method} ${path}`);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'PHIGATE_NOT_FOUND');
      assertOwnRequestId(res, 404, 'PHIGATE_NOT_FOUND');
    }
  });
});

const ids = new Set<string>();
/** The answer carries a request id of its own (a UUID, never seen before) and a log line under that id names its status and code. */
function assertOwnRequestId(res: Response, status: number, code: string): void {
  const id = res.headers.get('x-request-id') ?? '';
  assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, `a real request id, not ${JSON.stringify(id)}`);
  assert.ok(!ids.has(id), 'each answer has its own id');
  ids.add(id);
  const line = gw.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l['requestId'] === id);
  assert.deepEqual([line?.['event'], line?.['status'], line?.['code']], ['request', status, code]);
}

describe('upstream', () => {
  test('429 and 5xx are retried with backoff; the caller sees one success', async () => {
    const before = gw.upstream.requests.length;
    gw.upstream.failNext(503, 429);
    const r = await post({});
    assert.equal(r.status, 200);
    assert.equal(gw.upstream.requests.length - before, 3);
  });
  test('a 4xx from upstream is not retried and its body is not passed on', async () => {
    const before = gw.upstream.requests.length;
    gw.upstream.failNext(400);
    const r = await post({});
    assert.equal(r.status, 400);
    assert.equal(r.code, 'PHIGATE_UPSTREAM_BAD_REQUEST');
    assert.ok(!r.message.includes('scripted'), 'the upstream error text is not echoed');
    assert.equal(gw.upstream.requests.length - before, 1);
  });

  const contextTooLong = { message: 'Too long: Mr. Ezekiel Canaryfield', type: 'invalid_request_error', code: 'context_length_exceeded', param: 'messages' };
  test('an upstream 400 reaches the openai SDK as a BadRequestError naming vendor, model, type, code and param; audited as allowed', async () => {
    gw.upstream.failNext({ status: 400, error: contextTooLong });
    const client = new OpenAI({ apiKey: gw.keys.clinician, baseURL: `${gw.url}/v1`, maxRetries: 0 });
    let requestId = '';
    await assert.rejects(client.chat.completions.create({ model: 'gpt-deid', messages: [{ role: 'user', content: 'hello' }] }), (err: unknown) => {
      assert.ok(err instanceof OpenAI.BadRequestError);
      assert.equal(err.code, 'PHIGATE_UPSTREAM_BAD_REQUEST');
      assert.equal(err.param, 'messages', "the upstream's param, as OpenAI gives it");
      assert.match(err.message, /Vendor deid answered HTTP 400, type invalid_request_error, code context_length_exceeded, param messages for model up-model-1/);
      assert.ok(!err.message.includes('Canaryfield') && !err.message.includes('hello'), 'neither the upstream message nor the prompt');
      requestId = err.requestID ?? '';
      return true;
    });
    const ev = (await gw.auditEvents()).find((e) => e.requestId === requestId);
    assert.equal(ev?.decision, 'allow', 'the gateway let it through');
    assert.equal(ev?.reason, 'PHIGATE_UPSTREAM_BAD_REQUEST', 'and the vendor refused it');
    assert.match(ev?.sent ?? '', /^[0-9a-f]{64}$/, 'what was sent is on record (its digest)');
    assert.ok(!JSON.stringify(ev).includes('Canaryfield'));
  });

  test('upstream 401/403, 404, 413 and 422 each have their code; a stream refused before it starts too', async () => {
    const cases: Array<[number, number, string]> = [
      [401, 502, 'PHIGATE_UPSTREAM_CREDENTIALS'],
      [403, 502, 'PHIGATE_UPSTREAM_CREDENTIALS'],
      [404, 404, 'PHIGATE_UPSTREAM_NOT_FOUND'],
      [413, 413, 'PHIGATE_UPSTREAM_TOO_LARGE'],
      [422, 400, 'PHIGATE_UPSTREAM_BAD_REQUEST'],
    ];
    for (const [upstream, status, code] of cases) {
      for (const stream of [false, true]) {
        gw.upstream.failNext({ status: upstream, error: { message: 'Mr. Ezekiel Canaryfield', type: 'some_error' } });
        const r = await post({ body: chat('gpt-deid', 'hello', { stream }) });
        assert.equal(r.status, status, `upstream ${upstream}${stream ? ', stream' : ''}`);
        assert.equal(r.code, code);
        assert.match(r.message, new RegExp(`^Vendor deid answered HTTP ${upstream}, type some_error for model up-model-1: `));
        assert.ok(!r.message.includes('Canaryfield'));
      }
    }
    const creds = await (gw.upstream.failNext(401), post({}));
    assert.match(creds.message, /gateway's own key.*not the caller's/, "the caller is told it is not their key");
  });

  test('429 after the retries: 503 PHIGATE_UPSTREAM_RATE_LIMITED with the vendor Retry-After passed on', async () => {
    const before = gw.upstream.requests.length;
    const busy = (after: string) => ({ status: 429, error: { message: 'slow down', type: 'requests', code: 'rate_limit_exceeded' }, headers: { 'retry-after': after } });
    gw.upstream.failNext(busy('0'), busy('0'), busy('7'));
    const res = await fetch(`${gw.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.clinician}` }, body: JSON.stringify(chat('gpt-deid')) });
    assert.equal(res.status, 503);
    assert.equal(res.headers.get('retry-after'), '7');
    const body = (await res.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'PHIGATE_UPSTREAM_RATE_LIMITED');
    assert.match(body.error.message, /code rate_limit_exceeded/);
    assert.equal(gw.upstream.requests.length - before, 3, 'tried 1 + upstreamRetries times');
  });

  test('an upstream 5xx after the retries stays PHIGATE_UPSTREAM_ERROR (502)', async () => {
    gw.upstream.failNext(500, 502, 503);
    const r = await post({});
    assert.equal(r.status, 502);
    assert.equal(r.code, 'PHIGATE_UPSTREAM_ERROR');
    assert.match(r.message, /^Vendor deid answered HTTP 503/);
  });
});

describe('revocation', () => {
  test('a key revoked while in use is refused once the auth cache time has passed', async () => {
    const { issueApiKey } = await import('../../src/access/index.js');
    const { key, row } = await issueApiKey(gw.store.apiKeys, { tenant: 'clinic-a', principal: 'user:dr-temp', kind: 'user', roles: ['clinician'] });
    assert.equal((await post({ key })).status, 200);
    await gw.store.apiKeys.revoke('clinic-a', row.id, T0);
    try {
      gw.setNow(new Date(T0.getTime() + gw.config.server.authCacheMs));
      await expectRefusal({ key }, 401, 'PHIGATE_CREDENTIALS_REVOKED');
    } finally {
      gw.setNow(T0);
    }
  });
});

describe('rate limits', () => {
  test('past its burst a key gets PHIGATE_RATE_LIMITED with Retry-After, audited; other keys are unaffected', async () => {
    const { issueApiKey } = await import('../../src/access/index.js');
    const { key } = await issueApiKey(gw.store.apiKeys, { tenant: 'clinic-a', principal: 'user:dr-busy', kind: 'user', roles: ['clinician'] });
    const burst = gw.config.server.rateLimit.burst;
    const list = (k: string): Promise<Response> => fetch(`${gw.url}/v1/models`, { headers: { authorization: `Bearer ${k}` } });
    // The test clock stands still, so the bucket does not refill between requests.
    for (let i = 0; i < burst; i++) assert.equal((await list(key)).status, 200);
    const res = await list(key);
    assert.equal(res.status, 429);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'PHIGATE_RATE_LIMITED');
    assert.match(res.headers.get('retry-after') ?? '', /^\d+$/);
    const ev = (await gw.auditEvents()).find((e) => e.requestId === res.headers.get('x-request-id'));
    assert.equal(ev?.reason, 'PHIGATE_RATE_LIMITED');
    assert.equal((await list(gw.keys.analyst)).status, 200);
  });
});
