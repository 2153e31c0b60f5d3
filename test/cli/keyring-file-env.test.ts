// The store's key file, the same way for every command that opens the store: the option (--key-file, audit's
// commands too), else PHIGATE_KEYRING_FILE, else <home>/keyring.json. Each command is run
// as a user runs it; the key file is opened before the store, so a missing one names the file it looked for.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startServe } from '../gateway/serve-child.js';
import { TEST_DATABASE_URL, newSchema, postgresReachable, tempDir } from '../store/harness.js';
import { runPhigate } from './run-phigate.js';

let dir: string;
before(() => {
  dir = tempDir('phigate-keyring-env-');
});
after(() => rmSync(dir, { recursive: true, force: true }));

// A PostgreSQL URL nobody answers: the key file is opened (and found missing) before any connection.
const NO_STORE = ['--database-url', 'postgres://127.0.0.1:1/none'];
const COMMANDS: ReadonlyArray<{ args: readonly string[]; option: string }> = [
  { args: ['apikeys', 'list'], option: '--key-file' },
  { args: ['careteam', 'members', '--patient', 'pt-1'], option: '--key-file' },
  { args: ['keys', 'status'], option: '--key-file' },
  { args: ['audit', 'search'], option: '--key-file' },
];

test('every command that opens the store: the option, else PHIGATE_KEYRING_FILE, else <home>/keyring.json', async () => {
  const fromEnv = join(dir, 'from-env.json');
  const fromOption = join(dir, 'from-option.json');
  const home = join(dir, 'home');
  for (const { args, option } of COMMANDS) {
    const name = args.slice(0, 2).join(' ');
    const env = await runPhigate([...args, '--home', home, ...NO_STORE], { env: { PHIGATE_KEYRING_FILE: fromEnv } });
    assert.equal(env.code, 2, name);
    assert.equal(env.stderr, `phigate: Key file ${fromEnv} does not exist (PHIGATE_BAD_CONFIG)\n`, `${name}: the environment variable`);
    const both = await runPhigate([...args, '--home', home, option, fromOption, ...NO_STORE], { env: { PHIGATE_KEYRING_FILE: fromEnv } });
    assert.equal(both.stderr, `phigate: Key file ${fromOption} does not exist (PHIGATE_BAD_CONFIG)\n`, `${name}: ${option} wins`);
    const neither = await runPhigate([...args, '--home', home, ...NO_STORE], { env: { PHIGATE_KEYRING_FILE: '' } });
    assert.equal(neither.stderr, `phigate: Key file ${join(home, 'keyring.json')} does not exist (PHIGATE_BAD_CONFIG)\n`, `${name}: an empty variable is unset`);
  }
});

test('--help names the variable and the precedence', async () => {
  for (const args of [['apikeys', 'create'], ['careteam', 'add'], ['keys', 'rotate'], ['serve'], ['audit', 'search']]) {
    const r = await runPhigate([...args, '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout.replace(/\s+/g, ' '), /key-file <(path|file)> .*default: PHIGATE_KEYRING_FILE, else <home>\/keyring\.json/, args.join(' '));
  }
});

test('serve makes its key file where PHIGATE_KEYRING_FILE says, and apikeys then opens the store with it', async () => {
  const own = join(dir, 'serve');
  mkdirSync(own);
  const keyFile = join(own, 'keys', 'store-keyring.json');
  mkdirSync(join(own, 'keys'));
  const schema = (await postgresReachable()) ? newSchema() : null;
  const store = schema ? ['--database-url', TEST_DATABASE_URL, '--schema', schema] : [];
  const common = ['--home', join(own, '.phigate'), '--config', join(own, 'phigate.yaml'), ...store];
  const { child, exited } = await startServe([...common, '--insecure-http', '--no-first-key'], { PHIGATE_KEYRING_FILE: keyFile });
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
  assert.ok(existsSync(keyFile), 'the key file is where the variable named it');
  assert.ok(!existsSync(join(own, '.phigate', 'keyring.json')), 'and not in the home');
  const listed = await runPhigate(['apikeys', 'list', '--json', ...common], { env: { PHIGATE_KEYRING_FILE: keyFile } });
  assert.equal(listed.code, 0, listed.stderr);
  const without = await runPhigate(['apikeys', 'list', '--json', ...common]);
  assert.equal(without.code, 2, 'without it, the home has no key file');
  if (schema) {
    const { openPostgres } = await import('../../src/store/index.js');
    const sql = await openPostgres({ url: TEST_DATABASE_URL, maxConnections: 1 });
    await sql.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await sql.close();
  }
});
