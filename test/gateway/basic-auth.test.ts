// A vendor behind basic auth, end to end: the gateway resolves basicAuth's password from its reference and the
// upstream receives it as basic auth, with no other credential; a vendor with a user:password@ in its baseUrl
// (warned of by serve and config check) sends those as basic auth; a vendor with neither sends none.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import OpenAI from 'openai';
import { type TestGateway, startTestGateway } from './harness.js';

const PASSWORD = 'Canary-pw-5521';
let gw: TestGateway;
before(async () => {
  const vendor = (id: string, baseUrl: string, auth: string): string =>
    `  ${id}:\n    baseUrl: ${baseUrl}\n${auth}    allowInsecureLoopback: true\n    region: us\n    dataClasses: [deidentified]\n`;
  gw = await startTestGateway({
    env: { VLLM_PROXY_PASSWORD: PASSWORD },
    more: {
      vendors:
        vendor('proxied', '{upstream}', '    basicAuth: { username: phigate, password: env:VLLM_PROXY_PASSWORD }\n') +
        vendor('inline', 'http://inline-user:Canary-inline-8813@{upstream-host}/v1', '') +
        vendor('open', '{upstream}', ''),
      models: '  - { id: gpt-proxied, vendor: proxied }\n  - { id: gpt-inline, vendor: inline }\n  - { id: gpt-open, vendor: open }\n',
    },
  });
});
after(async () => {
  await gw?.close();
});

test('the upstream receives basicAuth as basic auth, and no other credential', async () => {
  const client = new OpenAI({ apiKey: gw.keys.clinician, baseURL: `${gw.url}/v1`, maxRetries: 0 });
  await client.chat.completions.create({ model: 'gpt-proxied', messages: [{ role: 'user', content: 'hello' }] });
  const sent = gw.upstream.requests.at(-1);
  assert.equal(sent?.headers['authorization'], `Basic ${Buffer.from(`phigate:${PASSWORD}`).toString('base64')}`);
  assert.equal(sent?.headers['api-key'], undefined);
  await client.chat.completions.create({ model: 'gpt-inline', messages: [{ role: 'user', content: 'hello' }] });
  const inline = gw.upstream.requests.at(-1);
  assert.equal(inline?.headers['authorization'], `Basic ${Buffer.from('inline-user:Canary-inline-8813').toString('base64')}`, "the URL's credentials, as basic auth");
  assert.equal(inline?.path, '/v1/chat/completions');
  await client.chat.completions.create({ model: 'gpt-open', messages: [{ role: 'user', content: 'hello' }] });
  assert.equal(gw.upstream.requests.at(-1)?.headers['authorization'], undefined, 'a vendor with no credential sends none');
  assert.ok(!gw.logs.some((l) => l.includes('Canary-inline')), 'nor the URL password');
  assert.ok(!gw.logs.some((l) => l.includes(PASSWORD)), 'the password is in no log line');
});
