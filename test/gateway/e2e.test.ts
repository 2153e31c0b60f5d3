// End to end with the official openai SDK against the running gateway on loopback and a recording
// upstream (a real HTTP server): plain and streamed chat, tools and tool results, multi-turn token
// consistency, embeddings, model listing, and the PHI path for a vendor with an active BAA.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import OpenAI from 'openai';
import { type TestGateway, startTestGateway } from './harness.js';

const NAME = 'Philomena Canarywood';
const MRN = '48213957';
const PHONE = '617-555-0142';
const DOC = 'Dr. Quentin Zabriskie';
const TOKEN = /\[\[[A-Z]{2,12}_[0-9a-f]{12,64}\]\]/g;

let gw: TestGateway;
let client: OpenAI;

before(async () => {
  gw = await startTestGateway({ pieceSize: 5 });
  client = new OpenAI({ apiKey: gw.keys.clinician, baseURL: `${gw.url}/v1`, maxRetries: 0 });
});
after(async () => {
  await gw?.close();
});

function lastUpstream(): Record<string, unknown> {
  const r = gw.upstream.requests.at(-1);
  assert.ok(r, 'the upstream was called');
  return r.body;
}

function assertNoCanary(text: string, where: string): void {
  for (const c of [NAME, 'Canarywood', MRN, PHONE, 'Zabriskie']) assert.ok(!text.includes(c), `${where} must not contain a canary`);
}

describe('chat completions, de-identified vendor', () => {
  test('plain: system and user text leave as tokens, the answer comes back re-identified', async () => {
    const res = await client.chat.completions.create({
      model: 'gpt-deid',
      messages: [
        { role: 'system', content: `You assist ${DOC}.` },
        { role: 'user', content: `Summarise: ${NAME}, MRN ${MRN}, phone ${PHONE}.` },
      ],
      metadata: { purpose_note: 'x' },
      user: 'someone@example.org',
    });
    const raw = gw.upstream.requests.at(-1)?.raw ?? '';
    assertNoCanary(raw, 'upstream request');
    const sent = lastUpstream();
    assert.equal(sent['model'], 'up-model-1', 'the vendor model name is used');
    assert.equal(res.model, 'gpt-deid', 'the answer names the model as the caller asked for it');
    assert.equal(sent['store'], false, 'the enforced parameter is set');
    assert.ok(!('metadata' in sent) && !('user' in sent), 'metadata and user are not forwarded');
    assert.ok((raw.match(TOKEN) ?? []).length >= 4, 'identifiers were replaced by tokens');
    const content = res.choices[0]?.message.content ?? '';
    for (const c of [NAME, MRN, PHONE, DOC]) assert.ok(content.includes(c), 'the caller gets the original back');
    assert.equal(content.match(TOKEN), null, 'no token left unresolved');
  });

  test('streaming: tokens cut across chunks are restored, nothing unresolved', async () => {
    const stream = await client.chat.completions.create({
      model: 'gpt-deid',
      stream: true,
      messages: [{ role: 'user', content: `Patient ${NAME} (MRN ${MRN}) called from ${PHONE}.` }],
    });
    let text = '';
    let chunks = 0;
    for await (const chunk of stream) {
      chunks++;
      assert.equal(chunk.model, 'gpt-deid', 'every chunk names the model as the caller asked for it');
      const piece = chunk.choices[0]?.delta.content ?? '';
      assert.equal(piece.match(TOKEN), null, 'no chunk carries a whole token');
      text += piece;
    }
    assert.ok(chunks > 5, 'the answer really was streamed');
    assertNoCanary(gw.upstream.requests.at(-1)?.raw ?? '', 'upstream request');
    for (const c of [NAME, MRN, PHONE]) assert.ok(text.includes(c));
    assert.equal(text.match(TOKEN), null);
    assert.ok(!text.includes('[['), 'no partial token left');
  });

  test('a model that writes tokens back with their brackets dropped or halved: restored, plain, streamed and in tool arguments', async () => {
    const BARE = /\b[A-Z]{2,12}_[0-9a-f]{12,64}\b/;
    try {
      for (const form of ['bare', 'single'] as const) {
        gw.upstream.writeTokens(form);
        const res = await client.chat.completions.create({ model: 'gpt-deid', messages: [{ role: 'user', content: `Summarise: ${NAME}, MRN ${MRN}, phone ${PHONE}.` }] });
        const content = res.choices[0]?.message.content ?? '';
        // The stub really answers in that form (asked directly, with a token as the gateway sends one).
        const direct = (await (await fetch(`${gw.upstream.url}/chat/completions`, { method: 'POST', body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x [[NAME_0123456789ab]] y' }] }) })).json()) as { choices: Array<{ message: { content: string } }> };
        assert.equal(direct.choices[0]?.message.content, `Seen: x ${form === 'bare' ? 'NAME_0123456789ab' : '[NAME_0123456789ab]'} y`);
        for (const c of [NAME, MRN, PHONE]) assert.ok(content.includes(c), `${form}: the caller gets the original back`);
        assert.ok(!BARE.test(content) && !content.includes('['), `${form}: no token left, whole or mangled`);

        const stream = await client.chat.completions.create({ model: 'gpt-deid', stream: true, messages: [{ role: 'user', content: `Patient ${NAME} (MRN ${MRN}) called from ${PHONE}.` }] });
        let text = '';
        for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
        for (const c of [NAME, MRN, PHONE]) assert.ok(text.includes(c), `${form}, streamed: the original is back`);
        assert.ok(!BARE.test(text), `${form}, streamed: no token left`);

        const tool = await client.chat.completions.create({ model: 'gpt-deid', tools, messages: [{ role: 'user', content: `Note for ${NAME}, MRN ${MRN}` }] });
        const call = tool.choices[0]?.message.tool_calls?.[0];
        assert.ok(call && call.type === 'function');
        const args = JSON.parse(call.function.arguments) as { note: string };
        assert.ok(args.note.includes(NAME) && args.note.includes(MRN), `${form}, tool arguments: restored`);
      }
    } finally {
      gw.upstream.writeTokens('whole');
    }
  });

  test('a token in the answer that is none of the conversation is left as written and counted, plain and streamed', async () => {
    // The stub echoes what it was sent, so a token-shaped text of the caller's own comes back as a token no vault holds.
    const stray = '[[NAME_00000000000000000000000000000000]]';
    const metric = async (): Promise<number> => Number(/^phigate_unresolved_tokens_total\{action="chat.completion"\} (\d+)$/m.exec(await (await fetch(`${gw.url}/metrics`)).text())?.[1] ?? 0);
    const before = await metric();
    const res = await client.chat.completions.create({ model: 'gpt-deid', messages: [{ role: 'user', content: `Is ${stray} a token?` }] });
    assert.ok(gw.upstream.requests.at(-1)?.raw.includes(stray), 'it left as written (no identifier in it)');
    assert.ok(res.choices[0]?.message.content?.includes(stray), 'and came back as written');
    assert.equal(await metric(), before + 1);
    const logged = gw.logs.map((l) => JSON.parse(l) as { event: string; unresolvedTokens?: number }).filter((l) => l.event === 'request').at(-1);
    assert.equal(logged?.unresolvedTokens, 1, 'the request log line counts it (never the token)');
    assert.ok(!gw.logs.some((l) => l.includes('NAME_0000')), 'no token text in the log');
    const stream = await client.chat.completions.create({ model: 'gpt-deid', stream: true, messages: [{ role: 'user', content: `Is ${stray} a token?` }] });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    assert.ok(text.includes(stray));
    assert.equal(await metric(), before + 2, 'a stream counts when it ends');
  });

  const tools = [
    {
      type: 'function' as const,
      function: { name: 'record_note', description: 'Records a note', parameters: { type: 'object', properties: { note: { type: 'string' } } } },
    },
  ];

  test('tools: tool call arguments come back re-identified, plain and streamed', async () => {
    const res = await client.chat.completions.create({ model: 'gpt-deid', tools, messages: [{ role: 'user', content: `Note for ${NAME}, MRN ${MRN}` }] });
    const call = res.choices[0]?.message.tool_calls?.[0];
    assert.ok(call && call.type === 'function');
    const args = JSON.parse(call.function.arguments) as { note: string; tags: string[] };
    assert.ok(args.note.includes(NAME) && args.note.includes(MRN));
    assert.ok(args.tags[1]?.includes(NAME));
    assertNoCanary(gw.upstream.requests.at(-1)?.raw ?? '', 'upstream request');

    const stream = await client.chat.completions.create({ model: 'gpt-deid', tools, stream: true, messages: [{ role: 'user', content: `Note for ${NAME}, MRN ${MRN}` }] });
    let argText = '';
    for await (const chunk of stream) argText += chunk.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? '';
    const streamed = JSON.parse(argText) as { note: string };
    assert.ok(streamed.note.includes(NAME) && streamed.note.includes(MRN), 'argument deltas are restored across splits');
    assert.equal(argText.match(TOKEN), null);
  });

  test('multi-turn: the same identifier gets the same token in every turn; tool results are de-identified', async () => {
    const conversation = { 'X-Phigate-Conversation': 'conv-multi-1' };
    const first = await client.chat.completions.create({ model: 'gpt-deid', tools, messages: [{ role: 'user', content: `Note for ${NAME}` }] }, { headers: conversation });
    const turn1 = gw.upstream.requests.at(-1)?.raw ?? '';
    const call = first.choices[0]?.message.tool_calls?.[0];
    assert.ok(call && call.type === 'function');
    const second = await client.chat.completions.create(
      {
        model: 'gpt-deid',
        tools,
        messages: [
          { role: 'user', content: `Note for ${NAME}` },
          { role: 'assistant', content: null, tool_calls: [call] },
          { role: 'tool', tool_call_id: call.id, content: `Saved note for ${NAME}, phone ${PHONE}` },
        ],
      },
      { headers: conversation },
    );
    const turn2 = gw.upstream.requests.at(-1)?.raw ?? '';
    assertNoCanary(turn2, 'second turn upstream');
    const nameToken = (turn1.match(/\[\[NAME_[0-9a-f]+\]\]/) ?? [])[0];
    assert.ok(nameToken, 'turn 1 had a NAME token');
    assert.ok(turn2.split(nameToken).length - 1 >= 3, 'turn 2 reuses the same token in the user message, the tool arguments and the tool result');
    const content = second.choices[0]?.message.content ?? '';
    assert.ok(content.includes(NAME) && content.includes(PHONE));
    assert.equal(content.match(TOKEN), null);
  });

  test('titles stay in clear before a name token, and a name with and without its title shares one token', async () => {
    const res = await client.chat.completions.create({
      model: 'gpt-deid',
      messages: [{ role: 'user', content: 'Dr. Zabriskie reviewed the labs of Mr. Canarywood. Canarywood is stable; Dr. Zabriskie agrees.' }],
    });
    const raw = gw.upstream.requests.at(-1)?.raw ?? '';
    assertNoCanary(raw, 'upstream request');
    const doctor = /Dr\. (\[\[NAME_[0-9a-f]+\]\]) reviewed/.exec(raw)?.[1];
    const patient = /of Mr\. (\[\[NAME_[0-9a-f]+\]\])\./.exec(raw)?.[1];
    assert.ok(doctor && patient, 'the titles are sent in clear before the tokens');
    assert.notEqual(doctor, patient);
    assert.ok(raw.includes(`. ${patient} is stable`), 'the surname alone gets the token of the titled mention');
    assert.ok(raw.includes(`Dr. ${doctor} agrees`), 'the repeated titled name gets the same token');
    const content = res.choices[0]?.message.content ?? '';
    assert.ok(content.includes('Dr. Zabriskie reviewed the labs of Mr. Canarywood. Canarywood is stable; Dr. Zabriskie agrees.'), 'the answer is restored exactly');
    assert.equal(content.match(TOKEN), null);
  });

  test('content parts and participant names are de-identified too', async () => {
    const res = await client.chat.completions.create({
      model: 'gpt-deid',
      messages: [{ role: 'user', name: 'Philomena', content: [{ type: 'text', text: `Parts: ${NAME} ${PHONE}` }] }],
    });
    assertNoCanary(gw.upstream.requests.at(-1)?.raw ?? '', 'upstream request');
    assert.ok((res.choices[0]?.message.content ?? '').includes(NAME));
  });
});

describe('embeddings and models', () => {
  test('embedding inputs are de-identified; vectors come back', async () => {
    const res = await client.embeddings.create({ model: 'embed-deid', input: [`${NAME} MRN ${MRN}`, 'no identifiers here'] });
    assert.equal(res.data.length, 2);
    assert.equal(res.model, 'embed-deid', 'the answer names the gateway model');
    assert.deepEqual(res.data[1]?.embedding.map((x) => Math.round(x * 10) / 10), [0.1, 0.2, 1]);
    const sent = lastUpstream();
    assertNoCanary(JSON.stringify(sent), 'upstream embeddings request');
    assert.ok(!('store' in sent), "the vendor's enforced chat parameters (store: false) do not go to the embeddings API");
    assert.match(String((sent['input'] as string[])[0]), /\[\[NAME_[0-9a-f]+\]\]/);
  });

  test('GET /v1/models lists only the models the caller may use', async () => {
    const mine = (await client.models.list()).data.map((m) => m.id).sort();
    assert.deepEqual(mine, ['embed-deid', 'gpt-deid', 'gpt-expiring', 'gpt-phi'], 'the vendor without a BAA is not listed');
    const analyst = new OpenAI({ apiKey: gw.keys.analyst, baseURL: `${gw.url}/v1`, maxRetries: 0 });
    assert.deepEqual((await analyst.models.list()).data.map((m) => m.id), ['gpt-deid']);
  });
});

describe('PHI vendor with an active BAA', () => {
  test('a care-team member naming the patient sends text as is (no tokens), audited with the patient hash', async () => {
    const res = await client.chat.completions.create(
      { model: 'gpt-phi', messages: [{ role: 'user', content: `Summarise for ${NAME}` }] },
      { headers: { 'X-Phigate-Patient': 'pt-1001' } },
    );
    const raw = gw.upstream.requests.at(-1)?.raw ?? '';
    assert.ok(raw.includes(NAME), 'PHI reaches the BAA-covered vendor');
    assert.equal(raw.match(TOKEN), null);
    assert.ok((res.choices[0]?.message.content ?? '').includes(NAME));
    const ev = (await gw.auditEvents()).at(-1);
    assert.ok(ev);
    assert.equal(ev.decision, 'allow');
    assert.equal(ev.reason, 'CARE_TEAM');
    assert.equal(ev.vendor, 'phi');
    assert.match(ev.patient ?? '', /^[0-9a-f]{64}$/);
    assert.equal((ev.identifiers as Record<string, number>)['NAME'], 1, 'identifiers are counted even when sent as is');
    assert.match(ev.sent ?? '', /^[0-9a-f]{64}$/);
    assert.match(ev.returned ?? '', /^[0-9a-f]{64}$/);
  });

  test('break-glass outside the care team is allowed, flagged and audited', async () => {
    await client.chat.completions.create(
      { model: 'gpt-phi', messages: [{ role: 'user', content: 'Allergies?' }] },
      { headers: { 'X-Phigate-Patient': 'pt-2002', 'X-Phigate-Break-Glass': 'unconscious in ED, no chart access' } },
    );
    const ev = (await gw.auditEvents()).at(-1);
    assert.equal(ev?.reason, 'BREAK_GLASS');
    assert.equal(ev?.purpose, 'ETREAT');
    assert.equal(ev?.decision, 'allow');
  });
});
