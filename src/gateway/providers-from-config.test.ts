// Each vendor gets the adapter of its provider kind, with its key resolved from the reference: an
// Anthropic vendor speaks the Messages API (and refuses embeddings), others the OpenAI API.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { parseConfig } from '../config/index.js';
import { providersFromConfig } from './providers-from-config.js';

test('an anthropic vendor gets the Anthropic adapter with its resolved key', async () => {
  const seen: Array<{ url: string | undefined; key: unknown; version: unknown }> = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      seen.push({ url: req.url, key: req.headers['x-api-key'], version: req.headers['anthropic-version'] });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'msg_1', type: 'message', model: 'm', content: [{ type: 'text', text: 'ok' }], stop_reason: 'end_turn' }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const config = parseConfig(
      `vendors:\n  claude:\n    provider: anthropic\n    baseUrl: ${url}\n    allowInsecureLoopback: true\n    apiKey: env:K\n    region: us\n    dataClasses: [deidentified]\n  local:\n    baseUrl: ${url}/v1\n    allowInsecureLoopback: true\n    region: us\n    dataClasses: [deidentified]\n`,
      'test.yaml',
    );
    const providers = providersFromConfig(config, { readFile: () => new Uint8Array(), env: { K: 'sk-ant-1' } });
    const out = await providers['claude']?.chat({ model: 'x', messages: [{ role: 'user', content: 'hi' }] }, { upstreamModel: 'm' });
    assert.equal(out?.choices[0]?.message.content, 'ok');
    assert.deepEqual(seen, [{ url: '/v1/messages', key: 'sk-ant-1', version: '2023-06-01' }]);
    await assert.rejects(providers['claude']?.embeddings({ model: 'e', input: 'x' }, { upstreamModel: 'e' }) ?? Promise.resolve(), { code: 'PHIGATE_BAD_INPUT' });
    assert.equal(providers['local']?.id, 'local');
  } finally {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  }
});
