// `phigate config check` as an operator runs it: ok and a summary for a good config (serve's own example), every
// problem with file, line, column and field for a bad one, JSON for machines, and exit codes 0 / 1 / 2.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { EXAMPLE_CONFIG } from '../../src/cli/commands/serve.js';
import { runPhigate } from './run-phigate.js';

const dir = mkdtempSync(join(tmpdir(), 'phigate-config-check-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

const good = file('phigate.yaml', EXAMPLE_CONFIG);
const BAD = `server:
  port: 8443
  bogus: 1
vendors:
  x:
    baseUrl: http://api.example.com/v1
    region: us
    dataClasses: [deidentified]
models:
  - { id: m, vendor: y, upstream: u }
`;
const bad = file('bad.yaml', BAD);

describe('phigate config check', { concurrency: 2 }, () => {
  test("serve's example config: ok, vendors, models, roles and the store; the file defaults to ./phigate.yaml", async () => {
    const r = await runPhigate(['config', 'check'], { cwd: dir, env: { PHIGATE_CONFIG: '', PHIGATE_DATABASE_URL: '' } });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      'ok: phigate.yaml\n' +
        '  tenant:  default\n' +
        '  vendors: local (openai-compatible; deidentified)\n' +
        '  models:  local-chat (chat, local), local-embed (embeddings, local)\n' +
        '  roles:   clinician, analyst\n' +
        '  store:   embedded (PHIGATE_DATABASE_URL not set)\n',
    );
    assert.equal(r.stderr, '');
  });

  test('--json: the summary; the store from PHIGATE_DATABASE_URL, never its URL', async () => {
    const url = 'postgres://phigate:CANARY-pw-77@db.internal/phigate';
    const r = await runPhigate(['config', 'check', good, '--json'], { env: { PHIGATE_DATABASE_URL: url } });
    assert.equal(r.code, 0, r.stderr);
    const s = JSON.parse(r.stdout) as { ok: boolean; file: string; vendors: { id: string }[]; models: { id: string; service: string }[]; store: string };
    assert.deepEqual([s.ok, s.file, s.store, s.vendors.map((v) => v.id), s.models.map((m) => `${m.id}/${m.service}`)], [true, good, 'postgresql', ['local'], ['local-chat/chat', 'local-embed/embeddings']]);
    assert.ok(!r.stdout.includes('CANARY') && !r.stderr.includes('CANARY'));
  });

  test('a bad config: every problem as file:line:col: field: problem, then a summary line; exit 1', async () => {
    const r = await runPhigate(['config', 'check', bad]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      `${bad}:3:3: server.bogus: unknown field\n` +
        `${bad}:6:14: vendors.x.baseUrl: must be https (plain http only to a loopback host with allowInsecureLoopback: true)\n` +
        `${bad}:10:22: models[0].vendor: no vendor "y" under vendors\n` +
        `phigate: ${bad} is not valid: 3 problems (PHIGATE_BAD_CONFIG)\n`,
    );
    const json = await runPhigate(['config', 'check', bad, '--json']);
    assert.equal(json.code, 1);
    const out = JSON.parse(json.stdout) as { ok: boolean; problems: { line: number; col: number; path: string; message: string }[] };
    assert.equal(out.ok, false);
    assert.deepEqual(out.problems.map((p) => `${p.line}:${p.col} ${p.path}`), ['3:3 server.bogus', '6:14 vendors.x.baseUrl', '10:22 models[0].vendor']);
  });

  test('the files it names are checked as serve checks them: a missing roster, a Cedar policy that does not parse', async () => {
    const policy = file('extra.cedar', '@id("x")\nforbid (principal, action, resource) when { context.purpose == };\n');
    const cfg = file('files.yaml', `${EXAMPLE_CONFIG}\ndeid:\n  deny:\n    NAME: file:no-roster.txt\n`.replace('  # policies: [policies/extra.cedar]', '  policies: [extra.cedar]'));
    const r = await runPhigate(['config', 'check', cfg, '--json']);
    assert.equal(r.code, 1, r.stderr);
    const { problems } = JSON.parse(r.stdout) as { problems: { file?: string; path: string; message: string }[] };
    assert.deepEqual(problems.map((p) => [p.file, p.path]), [[undefined, 'deid.deny.NAME']]);
    assert.match(problems[0]?.message ?? '', /cannot read deny-list file .*no-roster\.txt \(ENOENT\)/);
    file('no-roster.txt', 'Ann Lee\n');
    const cedar = await runPhigate(['config', 'check', cfg, '--json']);
    assert.equal(cedar.code, 1, cedar.stderr);
    const second = (JSON.parse(cedar.stdout) as { problems: { file?: string; line: number; path: string }[] }).problems;
    assert.deepEqual(second.map((p) => [p.file, p.line, p.path]), [[policy, 2, 'access.policies']]);
  });

  test("vendors' API keys resolved as serve resolves them: each unset variable or unreadable file named by field, never a value; --no-secrets skips them", async () => {
    const vendors = `vendors:
  openai:
    baseUrl: https://api.openai.com/v1
    apiKey: env:PHIGATE_TEST_CHECK_KEY_A
    region: us
    dataClasses: [deidentified]
  azure:
    baseUrl: https://example.openai.azure.com
    apiKey: file:${join(dir, 'no-such-key')}
    region: us
    dataClasses: [deidentified]
  claude:
    provider: anthropic
    apiKey: env:PHIGATE_TEST_CHECK_KEY_B
    region: us
    dataClasses: [deidentified]
`;
    const cfg = file('keys.yaml', EXAMPLE_CONFIG.replace('vendors:\n', vendors));
    const secret = 'sk-CANARY-key-4242';
    const env = { PHIGATE_TEST_CHECK_KEY_A: '', PHIGATE_TEST_CHECK_KEY_B: secret };
    const r = await runPhigate(['config', 'check', cfg], { env });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, '');
    const lines = r.stderr.trimEnd().split('\n');
    assert.deepEqual(lines.slice(0, -1).map((l) => l.replace(/^.*keys\.yaml:\d+:\d+: /, '')), [
      'vendors.openai.apiKey: environment variable PHIGATE_TEST_CHECK_KEY_A is not set or empty',
      `vendors.azure.apiKey: cannot read file ${join(dir, 'no-such-key')} (ENOENT)`,
    ]);
    const line = EXAMPLE_CONFIG.replace('vendors:\n', vendors).split('\n').findIndex((l) => l.includes('env:PHIGATE_TEST_CHECK_KEY_A')) + 1;
    assert.ok(lines[0]?.startsWith(`${cfg}:${line}:13: `), 'placed at the apiKey value, as other problems are');
    assert.equal(lines.at(-1), `phigate: ${cfg} is not valid: 2 problems (PHIGATE_BAD_CONFIG)`);
    const json = await runPhigate(['config', 'check', cfg, '--json'], { env });
    assert.equal(json.code, 1, json.stderr);
    const { problems } = JSON.parse(json.stdout) as { problems: { path: string; message: string }[] };
    assert.deepEqual(problems.map((p) => p.path), ['vendors.openai.apiKey', 'vendors.azure.apiKey']);
    writeFileSync(join(dir, 'no-such-key'), `${secret}\n`);
    const set = await runPhigate(['config', 'check', cfg, '--json'], { env: { ...env, PHIGATE_TEST_CHECK_KEY_A: secret } });
    assert.equal(set.code, 0, set.stdout);
    for (const out of [r, json, set]) assert.ok(!out.stdout.includes('CANARY') && !out.stderr.includes('CANARY'), 'a key is never printed');
    const skipped = await runPhigate(['config', 'check', cfg, '--no-secrets'], { env: { PHIGATE_TEST_CHECK_KEY_A: '', PHIGATE_TEST_CHECK_KEY_B: '' } });
    assert.equal(skipped.code, 0, skipped.stderr);
    assert.match(skipped.stdout, /^ok: .*keys\.yaml\n/);
  });

  test("a user:password@ in a vendor's baseUrl: valid, warned of naming the field (never the password); basicAuth with apiKey: refused", async () => {
    const inUrl = file(
      'in-url.yaml',
      `vendors:\n  vllm:\n    baseUrl: https://phigate:CANARY-pw-3391@vllm.example.org/v1\n    region: onprem\n    dataClasses: [deidentified]\nmodels:\n  - { id: m, vendor: vllm }\n`,
    );
    const r = await runPhigate(['config', 'check', inUrl]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^ok: /);
    assert.match(r.stderr, /^phigate: warning: .*in-url\.yaml:3:14: vendors\.vllm\.baseUrl: holds a user name and password \(user:password@\): they are sent as basic auth, but the password is written in the config file; move them to basicAuth/);
    const json = await runPhigate(['config', 'check', inUrl, '--json']);
    assert.equal(json.code, 0, json.stderr);
    const out = JSON.parse(json.stdout) as { ok: boolean; warnings: { line: number; path: string }[] };
    assert.deepEqual(out.warnings.map((w) => [w.line, w.path]), [[3, 'vendors.vllm.baseUrl']]);
    for (const o of [r, json]) assert.ok(!o.stdout.includes('CANARY') && !o.stderr.includes('CANARY'), 'the password is never printed');
    const both = file('both.yaml', readFileSync(inUrl, 'utf8').replace('phigate:CANARY-pw-3391@', '').replace('    region', '    apiKey: env:K\n    basicAuth: { username: phigate, password: env:P }\n    region'));
    const refused = await runPhigate(['config', 'check', both, '--no-secrets']);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /both\.yaml:5:16: vendors\.vllm\.basicAuth: cannot be set together with apiKey/);
  });

  test('usage: a file that is not there, or two files, exit 2', async () => {
    const missing = await runPhigate(['config', 'check', join(dir, 'absent.yaml')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^phigate: cannot read config file .*absent\.yaml \(ENOENT\) \(PHIGATE_BAD_CONFIG\)\n$/);
    const two = await runPhigate(['config', 'check', good, bad]);
    assert.equal(two.code, 2);
    assert.match(two.stderr, /^phigate: too many arguments for 'check'.*\(PHIGATE_USAGE\)\nphigate: see `phigate config check --help` for usage\n$/);
  });
});
