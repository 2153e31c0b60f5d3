// The canary test: unique fake identifiers planted in every position a request can carry text (each
// message role, string and part contents, participant names, tool call arguments, tool results,
// embedding inputs; plain and streamed) never reach the de-identified upstream, never appear in the
// gateway's logs or audit events, and come back to the caller with no token left unresolved.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import OpenAI from 'openai';
import { type TestGateway, startTestGateway } from './harness.js';
import { CANARIES, CHAT_FRAGMENTS, canaryMessages, fragmentsOutsideTokens } from './canaries.js';

// Fake, unique, and each one found by the analyzer (names with titles, phones, MRNs, emails, SSNs, dates).
const VALUES = Object.values(CANARIES);
const TOKEN = /\[\[[A-Z]{2,12}_[0-9a-f]{12,64}\]\]/g;
const FRAGMENTS = [...CHAT_FRAGMENTS, 'Gravelpit', '1952'];

/**
 * Audit events as JSON for the canary search, without their digests (sent, returned, patient: 64 hex digits,
 * validated as such) and random request ids: a 4-digit canary such as "1952" turns up in one of a dozen
 * SHA-256 digests about once in a hundred runs (it did), and neither can carry text.
 */
function auditText(events: unknown): string {
  return JSON.stringify(events)
    .replace(/"[0-9a-f]{64}"/g, '"<digest>"')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>');
}

/**
 * Log lines for the canary search, without what cannot carry text but may hold a 4-digit canary by chance: request
 * ids, digests and numeric values (durations, sizes, ports: a run's log once held "1952" in one of them).
 */
function logText(lines: readonly string[]): string {
  return lines
    .join('\n')
    .replace(/"[0-9a-f]{64}"/g, '"<digest>"')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/(":)-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g, '$1<n>');
}

/**
 * Where a canary fragment sits in a request the upstream received (the JSON path of each string holding it), for a
 * failure message that says which field leaked; the fragments are synthetic, so naming them is safe.
 */
function leakedAt(raw: string, fragment: string): string {
  const paths: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') {
      if (v.includes(fragment)) paths.push(path);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  try {
    walk(JSON.parse(raw), '$');
  } catch {
    return 'a body that is not JSON';
  }
  return paths.join(', ') || 'no string (a key?)';
}

const tools = [{ type: 'function' as const, function: { name: 'record_note', parameters: { type: 'object', properties: {} } } }];

const messages = canaryMessages;

test('a fragment of digits inside a token\'s hex is chance; the same beside a token, or in clear, is a leak', () => {
  const token = '[[NAME_611952f9951f]]'; // a token the gateway sent in a loaded run of 4,000 schema requests
  assert.deepEqual(fragmentsOutsideTokens(`{"d":"Pages Dr. ${token} about"}`, FRAGMENTS), []);
  assert.deepEqual(fragmentsOutsideTokens(`{"d":"${token}1952 Vexbridge"}`, FRAGMENTS), ['Vexbridge', '1952']);
  assert.deepEqual(fragmentsOutsideTokens('{"d":"[[DATE_1952]]"}', FRAGMENTS), ['1952'], 'too short to be a token: text');
});

// Both ways the gateway reads texts: on its event loop, and on an analysis thread (what `serve` does on 2+ cores).
for (const threads of [0, 1]) {
  describe(threads === 0 ? 'analysis on the event loop' : 'analysis on a worker thread', () => {
    let gw: TestGateway;
    let client: OpenAI;
    before(async () => {
      gw = await startTestGateway({ pieceSize: 3, analysisThreads: threads });
      client = new OpenAI({ apiKey: gw.keys.clinician, baseURL: `${gw.url}/v1`, maxRetries: 0 });
    });
    after(async () => {
      await gw?.close();
    });

    test('canaries in every position: none reaches the upstream, logs or audit; all come back resolved', async () => {
      const headers = { 'X-Phigate-Conversation': 'canary-conv' };
      const plain = await client.chat.completions.create({ model: 'gpt-deid', messages: messages() }, { headers });
      const plainText = plain.choices[0]?.message.content ?? '';

      const stream = await client.chat.completions.create({ model: 'gpt-deid', messages: messages(), stream: true }, { headers });
      let streamed = '';
      for await (const c of stream) streamed += c.choices[0]?.delta.content ?? '';

      const withTool = await client.chat.completions.create({ model: 'gpt-deid', tools, messages: [{ role: 'user', content: `Note for ${CANARIES.user} ${CANARIES.toolArg}` }] });
      const toolArgs = withTool.choices[0]?.message.tool_calls?.[0];
      assert.ok(toolArgs && toolArgs.type === 'function');

      const toolStream = await client.chat.completions.create({ model: 'gpt-deid', tools, stream: true, messages: [{ role: 'user', content: `Note for ${CANARIES.user} ${CANARIES.toolArg}` }] });
      let streamedArgs = '';
      for await (const c of toolStream) streamedArgs += c.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? '';

      await client.embeddings.create({ model: 'embed-deid', input: [`${CANARIES.embedding} seen`, `born ${CANARIES.embedding2}`] });
      await client.embeddings.create({ model: 'embed-deid', input: `${CANARIES.embedding} again` });

      // 1. Nothing reached the de-identified upstream: every byte of every request it received.
      assert.equal(gw.upstream.requests.length, 6);
      for (const r of gw.upstream.requests) {
        for (const f of fragmentsOutsideTokens(r.raw, FRAGMENTS)) assert.fail(`upstream ${r.path} must not receive a canary fragment (${f} in ${leakedAt(r.raw, f)})`);
        assert.ok(r.raw.match(TOKEN) !== null, 'the upstream saw tokens instead');
      }
      // 2. Nothing in logs, metrics or audit events.
      const metrics = await (await fetch(`${gw.url}/metrics`)).text();
      assert.match(metrics, /phigate_requests_total\{action="chat.completion",code="OK",status="200"\} 4/);
      assert.match(metrics, /phigate_identifiers_total\{type="NAME"\} \d+/);
      // Names, help texts and labels: a sample's value is a number of its own (the RSS in bytes may hold "1952"
      // by chance, as it once did), and a count cannot carry text.
      const metricText = metrics.replace(/ [-+0-9.eE]+$/gm, '');
      assert.ok(metricText.includes('phigate_resident_memory_bytes'), 'values stripped, names kept');
      for (const f of FRAGMENTS) assert.ok(!metricText.includes(f), 'metrics must not contain a canary');
      const logs = logText(gw.logs);
      assert.ok(logs.includes('"event":'), 'values stripped, fields kept');
      const audit = auditText(await gw.auditEvents());
      assert.ok(audit.includes('"sent":"<digest>"'), 'digests stripped, fields kept');
      for (const f of FRAGMENTS) {
        assert.ok(!logs.includes(f), `logs must not contain a canary (${f})`);
        assert.ok(!audit.includes(f), `audit events must not contain a canary (${f} near: ${audit.slice(Math.max(0, audit.indexOf(f) - 60), audit.indexOf(f))})`);
      }
      assert.equal((await gw.auditEvents()).length, 6, 'one event per request');
      // 3. The caller got every canary back, with nothing left unresolved.
      for (const [where, text] of [['plain', plainText], ['streamed', streamed]] as const) {
        for (const v of [CANARIES.system, CANARIES.developer, CANARIES.userPart, CANARIES.assistant, CANARIES.toolArg, CANARIES.toolArgNested, CANARIES.toolArgField, CANARIES.toolArgRecord, CANARIES.toolResult, CANARIES.user]) {
          assert.ok(text.includes(v), `${where} answer restores every planted value`);
        }
        assert.equal(text.match(TOKEN), null, `${where}: no token left`);
        assert.ok(!text.includes('[['), `${where}: no partial token left`);
      }
      for (const args of [toolArgs.function.arguments, streamedArgs]) {
        const parsed = JSON.parse(args) as { note: string };
        assert.ok(parsed.note.includes(CANARIES.user) && parsed.note.includes(CANARIES.toolArg));
        assert.equal(args.match(TOKEN), null);
      }
      if (threads > 0) {
        assert.ok((gw.pool?.stats.completed ?? 0) >= 6, 'the texts were read on the analysis thread');
        assert.match(metrics, /^phigate_analysis_threads_ready 1$/m);
        assert.match(metrics, /^phigate_analysis_pending_texts 0$/m);
      } else assert.doesNotMatch(metrics, /phigate_analysis_threads_ready/, 'no pool, no pool gauges');
    });

    test('a reasoning model\'s reasoning comes back restored too, plain and streamed', async () => {
      const headers = { 'X-Phigate-Conversation': 'canary-reasoning' };
      const body = { model: 'gpt-deid', messages: messages(), reasoning_effort: 'low' as const };
      const plain = await client.chat.completions.create(body, { headers });
      const plainReasoning = (plain.choices[0]?.message as unknown as { reasoning_content?: string }).reasoning_content ?? '';
      let streamed = '';
      for await (const c of await client.chat.completions.create({ ...body, stream: true }, { headers })) {
        streamed += (c.choices[0]?.delta as { reasoning_content?: string } | undefined)?.reasoning_content ?? '';
      }
      for (const [where, text] of [['plain', plainReasoning], ['streamed', streamed]] as const) {
        assert.ok(text.startsWith('Thinking about'), `${where}: the upstream's reasoning came through`);
        for (const v of [CANARIES.system, CANARIES.user, CANARIES.toolResult]) assert.ok(text.includes(v), `${where} reasoning restores every planted value`);
        assert.equal(text.match(TOKEN), null, `${where}: no token left`);
      }
    });

    test('a predicted output, stop sequences and echoed reasoning are de-identified like the messages', async () => {
      const before = gw.upstream.requests.length;
      const prediction = { type: 'content' as const, content: `Note for ${CANARIES.user}, call ${CANARIES.assistant}` };
      // An earlier answer echoed back with its reasoning (as DeepSeek and vLLM return it) carries a canary too.
      const echoed = { role: 'assistant', content: 'Noted.', reasoning_content: `The caller is ${CANARIES.system}` } as OpenAI.Chat.ChatCompletionMessageParam;
      await client.chat.completions.create({ model: 'gpt-deid', messages: [{ role: 'user', content: 'Edit the note.' }, echoed, { role: 'user', content: 'Go on.' }], prediction, stop: [CANARIES.toolArg, 'END'] });
      assert.equal(gw.upstream.requests.length, before + 1, 'one request went upstream');
      const raw = gw.upstream.requests[before]?.raw ?? '';
      for (const f of fragmentsOutsideTokens(raw, FRAGMENTS)) assert.fail(`no canary fragment in the prediction or the stop sequences (${f} in ${leakedAt(raw, f)})`);
      const sent = JSON.parse(raw) as { prediction: { content: string }; stop: string[]; messages: Array<{ reasoning_content?: string }> };
      assert.match(sent.messages[1]?.reasoning_content ?? '', new RegExp(TOKEN.source), 'the echoed reasoning went as tokens');
      const token = new RegExp(TOKEN.source); // TOKEN is global: match() would resume from its lastIndex
      assert.match(sent.prediction.content, token);
      assert.match(sent.stop[0] as string, token);
      assert.equal(sent.stop[1], 'END', 'a stop sequence without identifiers is sent as written');
    });

    test('the free text of tool and response-format schemas is de-identified; names, keys and types go as written', async () => {
      const before = gw.upstream.requests.length;
      const schemaTools = [{
        type: 'function' as const,
        function: {
          name: 'page_clinician',
          description: `Pages ${CANARIES.system} about the patient`,
          parameters: {
            type: 'object',
            properties: {
              who: { type: 'string', title: 'Clinician', enum: [CANARIES.developer, 'on-call'], description: `Usually ${CANARIES.user}` },
              callback: { type: 'string', default: CANARIES.assistant, examples: [CANARIES.assistant] },
            },
            required: ['who'],
          },
        },
      }];
      const response_format = { type: 'json_schema' as const, json_schema: { name: 'page', description: `For ${CANARIES.toolArg}`, schema: { type: 'object', properties: { mrn: { const: CANARIES.toolResult } } } } };
      await client.chat.completions.create({ model: 'gpt-deid', tools: schemaTools, response_format, messages: [{ role: 'user', content: 'Page someone.' }] });
      assert.equal(gw.upstream.requests.length, before + 1, 'one request went upstream');
      const raw = gw.upstream.requests[before]?.raw ?? '';
      for (const f of fragmentsOutsideTokens(raw, FRAGMENTS)) assert.fail(`no canary fragment in a schema (${f} in ${leakedAt(raw, f)})`);
      const sent = JSON.parse(raw) as { tools: typeof schemaTools; response_format: typeof response_format };
      const fn = sent.tools[0]?.function;
      const token = new RegExp(TOKEN.source);
      assert.equal(fn?.name, 'page_clinician');
      assert.match(fn?.description ?? '', token);
      assert.deepEqual(Object.keys(fn?.parameters.properties ?? {}), ['who', 'callback'], 'property names go as written');
      assert.equal(fn?.parameters.properties.who.title, 'Clinician');
      assert.match(fn?.parameters.properties.who.enum[0] ?? '', token);
      assert.equal(fn?.parameters.properties.who.enum[1], 'on-call');
      assert.match(sent.response_format.json_schema.description, token);
      assert.match(sent.response_format.json_schema.schema.properties.mrn.const, token);
    });

    if (threads > 0) {
      test('with no analysis thread to read it, a request is refused (503), sends nothing, and is audited', async () => {
        await gw.pool?.close();
        const sent = gw.upstream.requests.length;
        const res = await fetch(`${gw.url}/v1/chat/completions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${gw.keys.clinician}`, 'content-type': 'application/json' },
          body: JSON.stringify({ model: 'gpt-deid', messages: [{ role: 'user', content: `Note for ${CANARIES.user}` }] }),
        });
        const body = await res.text();
        assert.equal(res.status, 503);
        assert.equal((JSON.parse(body) as { error: { code: string } }).error.code, 'PHIGATE_DEID_UNAVAILABLE');
        assert.equal(gw.upstream.requests.length, sent, 'nothing went upstream');
        const requestId = res.headers.get('x-request-id');
        const event = (await gw.auditEvents()).find((e) => e.requestId === requestId);
        assert.equal(event?.reason, 'PHIGATE_DEID_UNAVAILABLE');
        const logs = logText(gw.logs);
        for (const f of FRAGMENTS) {
          assert.ok(!body.includes(f) && !auditText(event).includes(f) && !logs.includes(f), `no canary in the error, its audit event or the logs (${f})`);
        }
      });
    }
  });
}
