// A vendor's basicAuth (a self-hosted model behind a proxy that asks for basic auth): the password is a
// secret reference like every other; basicAuth beside apiKey, or beside a user:password@ in baseUrl, is
// refused naming the field; a user:password@ in baseUrl alone is valid but warned of.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configRefusal } from '../../test/config/refusal.js';
import { configWarnings } from './config-warnings.js';
import { parseConfig } from './parse.js';
import { resolveVendorApiKeys } from './vendor-keys.js';

const VLLM = `
vendors:
  vllm:
    baseUrl: https://vllm.example.org/v1
    basicAuth: { username: phigate, password: env:VLLM_PROXY_PASSWORD }
    region: onprem
    dataClasses: [deidentified]
models:
  - { id: local-chat, vendor: vllm }
`;

test('basicAuth parses, its password a secret reference resolved as serve resolves the API keys', () => {
  const c = parseConfig(VLLM, 'phigate.yaml');
  assert.deepEqual(c.vendors['vllm']?.basicAuth, { username: 'phigate', password: { kind: 'env', name: 'VLLM_PROXY_PASSWORD' } });
  const io = { readFile: () => new Uint8Array(), env: { VLLM_PROXY_PASSWORD: 'Canary-pw-7731' } };
  assert.deepEqual(resolveVendorApiKeys(c, io).basicAuth.get('vllm'), { username: 'phigate', password: 'Canary-pw-7731' });
  const missing = resolveVendorApiKeys(c, { ...io, env: {} });
  assert.deepEqual(missing.problems.map((p) => p.field.join('.')), ['vendors.vllm.basicAuth.password']);
  assert.equal(missing.basicAuth.size, 0);
  assert.deepEqual(configWarnings(c), [], 'nothing to warn of');
});

test('basicAuth mistakes name the field, never the value', () => {
  const withKey = configRefusal(VLLM.replace('    region: onprem', '    apiKey: env:VLLM_KEY\n    region: onprem'));
  assert.match(withKey, /vendors\.vllm\.basicAuth: cannot be set together with apiKey/);
  assert.match(configRefusal(VLLM.replace('https://vllm.example.org', 'https://phigate:pw@vllm.example.org')), /vendors\.vllm\.baseUrl: holds user:password@ while basicAuth is set/);
  const inline = configRefusal(VLLM.replace('password: env:VLLM_PROXY_PASSWORD', 'password: Canary-pw-7731'));
  assert.match(inline, /vendors\.vllm\.basicAuth\.password: expected env:VAR or file:PATH/);
  assert.ok(!inline.includes('Canary-pw-7731'), 'the value is not echoed');
  assert.match(configRefusal(VLLM.replace('username: phigate', 'username: "a:b"')), /vendors\.vllm\.basicAuth\.username: must hold no colon/);
  assert.match(configRefusal(VLLM.replace('password: env:VLLM_PROXY_PASSWORD', 'password: env:VLLM_PROXY_PASSWORD, realm: x')), /vendors\.vllm\.basicAuth/);
});

test('a user:password@ in a baseUrl is warned of, naming the field and never the password', () => {
  const inUrl = VLLM.replace('    basicAuth: { username: phigate, password: env:VLLM_PROXY_PASSWORD }\n', '').replace('https://vllm.example.org', 'https://phigate:Canary-pw-7731@vllm.example.org');
  const warned = configWarnings(parseConfig(inUrl, 'phigate.yaml'));
  assert.deepEqual(warned.map((w) => w.field.join('.')), ['vendors.vllm.baseUrl']);
  assert.match(warned[0]?.message ?? '', /sent as basic auth, but the password is written in the config file; move them to basicAuth/);
  assert.ok(!JSON.stringify(warned).includes('Canary'), 'never the password');
  const withKey = configWarnings(parseConfig(inUrl.replace('    region: onprem', '    apiKey: env:VLLM_KEY\n    region: onprem'), 'phigate.yaml'));
  assert.match(withKey[0]?.message ?? '', /they are not sent, since apiKey is set/);
});
