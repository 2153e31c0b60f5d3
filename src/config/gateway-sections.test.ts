// The gateway's config sections (server, vendors, models, access): a good config parses into typed
// values, and each mistake stops with an error naming file:line:col and the field, never a secret.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfig } from './parse.js';
import { configRefusal } from '../../test/config/refusal.js';

const GOOD = `
server:
  port: 9443
  tenant: clinic-a
  tls: { cert: certs/dev.crt, key: certs/dev.key }
vendors:
  openai:
    baseUrl: https://api.openai.com/v1
    apiKey: env:OPENAI_API_KEY
    region: us
    dataClasses: [deidentified]
    enforceParams: { store: false }
  azure:
    baseUrl: https://example.openai.azure.com
    azureApiVersion: 2024-10-21
    apiKey: file:/run/secrets/azure
    region: eu
    dataClasses: [phi, deidentified]
    baa: { signed: true, start: 2025-01-01, end: 2027-01-01, services: [chat, embeddings], tiers: [enterprise] }
    noTrain: true
    retentionDays: 0
  local:
    baseUrl: http://127.0.0.1:11434/v1
    allowInsecureLoopback: true
    region: onprem
    dataClasses: [phi]
models:
  - { id: gpt-4o, vendor: openai, upstream: gpt-4o-2024-08-06 }
  - { id: gpt-4o-phi, vendor: azure, upstream: my-deployment, tier: enterprise }
  - { id: embed, vendor: openai, service: embeddings }
access:
  noPatient: deny
  roles:
    clinician: { models: ['*'], purposes: [TREAT, ETREAT], patients: care-team, breakGlass: true }
    analyst: { models: [gpt-4o], purposes: [HOPERAT] }
`;


test('a full gateway config parses into typed values', () => {
  const c = parseConfig(GOOD, '/etc/phigate/phigate.yaml');
  assert.equal(c.server.port, 9443);
  assert.equal(c.server.tls?.cert, '/etc/phigate/certs/dev.crt', 'TLS paths resolve against the config file');
  assert.deepEqual(c.vendors['openai']?.apiKey, { kind: 'env', name: 'OPENAI_API_KEY' });
  assert.equal(c.vendors['azure']?.baa?.end?.toISOString(), '2027-01-01T00:00:00.000Z');
  assert.deepEqual(c.vendors['azure']?.baa?.tiers, ['enterprise']);
  assert.equal(c.models[1]?.upstream, 'my-deployment');
  assert.equal(c.models[2]?.upstream, 'embed', 'upstream defaults to the id');
  assert.equal(c.models[0]?.service, 'chat');
  assert.equal(c.access.noPatient, 'deny');
  assert.equal(c.access.roles['analyst']?.patients, 'none', 'patient access defaults to none');
  assert.ok(Object.isFrozen(c.vendors['azure']?.baa), 'frozen');
  assert.equal(c.server.analysisThreads, 'auto', 'analysis threads default to auto');
  assert.equal(parseConfig(GOOD.replace('port: 9443', 'port: 9443\n  analysisThreads: 2'), 'p.yaml').server.analysisThreads, 2);
  assert.equal(parseConfig(GOOD.replace('port: 9443', 'port: 9443\n  analysisThreads: 0'), 'p.yaml').server.analysisThreads, 0);
});

test('each mistake names file:line:col and the field', () => {
  assert.match(configRefusal(GOOD.replace('https://api.openai.com/v1', 'http://api.openai.com/v1')), /phigate\.yaml:\d+:\d+: vendors\.openai\.baseUrl: must be https/);
  assert.match(configRefusal(GOOD.replace('allowInsecureLoopback: true', 'allowInsecureLoopback: false')), /vendors\.local\.baseUrl: must be https/);
  assert.match(configRefusal(GOOD.replace('vendor: openai, upstream', 'vendor: opneai, upstream')), /models\[0\]\.vendor: no vendor "opneai"/);
  assert.match(configRefusal(GOOD.replace('models: [gpt-4o]', 'models: [gpt-5]')), /access\.roles\.analyst\.models\[0\]: no model "gpt-5"/);
  assert.match(configRefusal(GOOD.replace('end: 2027-01-01', 'end: 2024-01-01')), /vendors\.azure\.baa\.end: must be after start/);
  assert.match(configRefusal(GOOD.replace('start: 2025-01-01', 'start: next week')), /vendors\.azure\.baa\.start: expected a date/);
  assert.match(configRefusal(GOOD.replace('dataClasses: [deidentified]', 'dataClasses: [anything]')), /vendors\.openai\.dataClasses\[0\]/);
  assert.match(configRefusal(GOOD.replace('purposes: [HOPERAT]', 'purposes: [FUN]')), /access\.roles\.analyst\.purposes\[0\]/);
  assert.match(configRefusal(GOOD.replace('port: 9443', 'prot: 9443')), /server\.prot: unknown field/);
  assert.match(configRefusal(GOOD.replace('port: 9443', 'port: 9443\n  analysisThreads: many')), /phigate\.yaml:\d+:\d+: server\.analysisThreads: expected auto or a whole number from 0 to 64/);
  assert.match(configRefusal(GOOD.replace('port: 9443', 'port: 9443\n  analysisThreads: 65')), /server\.analysisThreads/);
  assert.match(configRefusal(GOOD.replace('apiKey: env:OPENAI_API_KEY', 'apiKey: sk-live-secret')), /vendors\.openai\.apiKey: expected env:VAR or file:PATH/);
  assert.ok(!configRefusal(GOOD.replace('apiKey: env:OPENAI_API_KEY', 'apiKey: sk-live-secret')).includes('sk-live-secret'), 'a secret typed in the file is not echoed');
});

test('server.metrics: loopback by default; open, or token with a secret reference; each mistake names the field', () => {
  assert.deepEqual(parseConfig(GOOD, 'p.yaml').server.metrics, { access: 'loopback', token: null });
  const withMetrics = (m: string): string => GOOD.replace('port: 9443', `port: 9443\n  metrics: ${m}`);
  assert.deepEqual(parseConfig(withMetrics('{ access: open }'), 'p.yaml').server.metrics, { access: 'open', token: null });
  assert.deepEqual(parseConfig(withMetrics('{ access: token, token: env:METRICS_TOKEN }'), 'p.yaml').server.metrics, { access: 'token', token: { kind: 'env', name: 'METRICS_TOKEN' } });
  assert.match(configRefusal(withMetrics('{ access: public }')), /phigate\.yaml:\d+:\d+: server\.metrics\.access: .*loopback.*open.*token/);
  assert.match(configRefusal(withMetrics('{ access: token }')), /server\.metrics\.token: access: token needs the scrape token/);
  assert.match(configRefusal(withMetrics('{ access: open, token: env:METRICS_TOKEN }')), /server\.metrics\.token: is used with access: token only \(access is open\)/);
  assert.match(configRefusal(withMetrics('{ access: token, token: hunter2-secret }')), /server\.metrics\.token: expected env:VAR or file:PATH/);
  assert.ok(!configRefusal(withMetrics('{ access: token, token: hunter2-secret }')).includes('hunter2'), 'a token typed in the file is not echoed');
  assert.match(configRefusal(withMetrics('{ acces: open }')), /server\.metrics\.acces: unknown field/);
});
