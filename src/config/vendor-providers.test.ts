// Vendors by provider kind: an Anthropic vendor parses with its default base URL and a model's
// maxTokens, and each mistake that only makes sense per provider names its field.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfig } from './parse.js';
import { configRefusal } from '../../test/config/refusal.js';

const GOOD = `
vendors:
  claude:
    provider: anthropic
    apiKey: env:ANTHROPIC_API_KEY
    region: us
    dataClasses: [phi, deidentified]
    baa: { signed: true, start: 2025-01-01, services: [chat] }
    enforceParams: { service_tier: standard_only }
  local:
    baseUrl: http://127.0.0.1:11434/v1
    allowInsecureLoopback: true
    region: onprem
    dataClasses: [deidentified]
models:
  - { id: claude-sonnet, vendor: claude, upstream: claude-sonnet-4-5, maxTokens: 8192 }
  - { id: local-chat, vendor: local }
`;


test('an Anthropic vendor gets the default base URL; models carry maxTokens', () => {
  const c = parseConfig(GOOD, 'phigate.yaml');
  assert.equal(c.vendors['claude']?.provider, 'anthropic');
  assert.equal(c.vendors['claude']?.baseUrl, 'https://api.anthropic.com');
  assert.equal(c.vendors['local']?.provider, 'openai-compatible', 'the default provider');
  assert.equal(c.models[0]?.maxTokens, 8192);
  assert.equal(c.models[1]?.maxTokens, undefined);
});

test('provider mistakes name the field', () => {
  assert.match(configRefusal(GOOD.replace('provider: anthropic', 'provider: claude')), /vendors\.claude\.provider: expected one of openai-compatible, anthropic/);
  assert.match(configRefusal(GOOD.replace('    baseUrl: http://127.0.0.1:11434/v1\n', '')), /vendors\.local\.baseUrl: is required for provider openai-compatible/);
  assert.match(configRefusal(GOOD.replace('provider: anthropic', 'provider: anthropic\n    baseUrl: http://anthropic.internal')), /vendors\.claude\.baseUrl: must be https/);
  assert.match(configRefusal(GOOD.replace('provider: anthropic', 'provider: anthropic\n    azureApiVersion: 2024-10-21')), /vendors\.claude\.azureApiVersion: applies to provider openai-compatible only/);
  assert.match(configRefusal(GOOD.replace('{ service_tier: standard_only }', '{ store: false }')), /vendors\.claude\.enforceParams\.store: for provider anthropic, store is an OpenAI switch/);
  assert.match(configRefusal(GOOD.replace('{ service_tier: standard_only }', '{ stream: false }')), /vendors\.claude\.enforceParams\.stream: for provider anthropic/);
  assert.match(configRefusal(`${GOOD}  - { id: claude-embed, vendor: claude, service: embeddings }\n`), /models\[2\]\.service: vendor "claude" is an Anthropic vendor, and Anthropic has no embeddings API/);
  assert.match(configRefusal(GOOD.replace('maxTokens: 8192', 'maxTokens: 0')), /models\[0\]\.maxTokens/);
});
