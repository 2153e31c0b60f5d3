// The `apikeys create` command serve's banner prints: it carries the store options serve was given, so the
// key lands in the same store, and never a database URL (which holds a password).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createKeyCommand } from './commands/serve.js';

const base = { home: '.phigate', schema: 'phigate', config: 'phigate.yaml', graceMs: '10000', firstKey: true };
const PREFIX = 'npx phigate apikeys create --principal user:you --roles clinician';

describe('serve banner: how to create a key', () => {
  test('defaults: --home only', () => {
    assert.equal(createKeyCommand(base, {}), `${PREFIX} --home .phigate`);
  });

  test('--data-dir, --key-file and a config other than the default are carried, paths quoted for the shell', () => {
    const cmd = createKeyCommand({ ...base, home: '/srv/phigate', dataDir: '/srv/my data', keyFile: "/keys/it's.json", config: 'conf/prod.yaml' }, {});
    assert.equal(cmd, `${PREFIX} --home /srv/phigate --data-dir '/srv/my data' --key-file '/keys/it'\\''s.json' --config conf/prod.yaml`);
  });

  test('PHIGATE_CONFIG is read by the CLI too, so it is not repeated', () => {
    assert.equal(createKeyCommand({ ...base, config: 'prod.yaml' }, { PHIGATE_CONFIG: 'prod.yaml' }), `${PREFIX} --home .phigate`);
  });

  test('PostgreSQL: the schema is carried, the URL and its password never', () => {
    const url = 'postgres://phigate:S3cretPassw0rd@db.internal:5432/phigate';
    const cmd = createKeyCommand({ ...base, databaseUrl: url, schema: 'tenant_a', dataDir: '/ignored' }, {});
    assert.equal(cmd, `${PREFIX} --home .phigate --schema tenant_a`);
    assert.ok(!cmd.includes('S3cret') && !cmd.includes('postgres://'));
  });
});
