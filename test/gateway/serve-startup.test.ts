// `phigate serve` start-up order: the vendors' API keys named in the config (env:VAR, file:PATH) are
// resolved before anything is created or opened, so a missing one stops start-up at once, naming the
// config field and the variable or file, with no home, keyring or store left behind.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runPhigate } from '../cli/run-phigate.js';

const configWithKey = (apiKey: string): string => `
server: { host: 127.0.0.1, port: 0 }
vendors:
  local:
    baseUrl: http://127.0.0.1:11434/v1
    allowInsecureLoopback: true
    region: onprem
    dataClasses: [deidentified]
  openai:
    baseUrl: https://api.openai.com/v1
    apiKey: ${apiKey}
    region: us
    dataClasses: [deidentified]
models:
  - { id: local-chat, vendor: local, upstream: llama3.1 }
access:
  roles:
    clinician: { models: ['*'], purposes: [TREAT], patients: care-team }
`;

test('a vendor API key that is missing stops serve before it creates anything, naming the field and the variable or file', async () => {
  const own = mkdtempSync(join(tmpdir(), 'phigate-serve-keys-'));
  try {
    const cases: Array<[string, RegExp]> = [
      ['env:PHIGATE_TEST_NO_SUCH_KEY', /^phigate: vendors\.openai\.apiKey: environment variable PHIGATE_TEST_NO_SUCH_KEY is not set or empty; set it, or remove the vendor from the config \(PHIGATE_KEY_MISSING\)\n$/],
      [`file:${join(own, 'no-such-key')}`, /^phigate: vendors\.openai\.apiKey: cannot read file .*no-such-key \(ENOENT\); set it, or remove the vendor/],
    ];
    for (const [ref, message] of cases) {
      const config = join(own, 'phigate.yaml');
      writeFileSync(config, configWithKey(ref));
      const home = join(own, '.phigate');
      const r = await runPhigate(['serve', '--home', home, '--config', config], { env: { PHIGATE_TEST_NO_SUCH_KEY: '' } });
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, message);
      assert.ok(!existsSync(home), 'no home, keyring, certificate or store was made');
    }
  } finally {
    rmSync(own, { recursive: true, force: true });
  }
});

test("a user:password@ in a vendor's baseUrl: serve warns of it at start-up, naming the field, never the password", async () => {
  const own = mkdtempSync(join(tmpdir(), 'phigate-serve-url-credentials-'));
  try {
    const config = join(own, 'phigate.yaml');
    // The missing key stops serve right after the warning: nothing is started for this test.
    writeFileSync(config, configWithKey('env:PHIGATE_TEST_NO_SUCH_KEY').replace('http://127.0.0.1:11434', 'http://phigate:Canary-pw-4417@127.0.0.1:11434'));
    const r = await runPhigate(['serve', '--home', join(own, '.phigate'), '--config', config], { env: { PHIGATE_TEST_NO_SUCH_KEY: '' } });
    assert.notEqual(r.code, 0);
    const [warning, error] = r.stderr.split('\n');
    assert.match(warning ?? '', /^phigate: warning: .*phigate\.yaml: vendors\.local\.baseUrl: holds a user name and password \(user:password@\): they are sent as basic auth, but the password is written in the config file/);
    assert.match(error ?? '', /vendors\.openai\.apiKey/);
    assert.ok(!r.stderr.includes('Canary'), 'never the password');
  } finally {
    rmSync(own, { recursive: true, force: true });
  }
});
