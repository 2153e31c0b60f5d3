// `phigate serve` as a user runs it: the first run sets up its home (keyring, audit keys, dev TLS
// certificate) and an example config, serves HTTPS, and the admin commands (apikeys, careteam) work
// against the same store; a wrong config stops start-up naming the field; SIGTERM shuts down cleanly.
// Uses PostgreSQL (a fresh schema) when it answers, for speed; else the embedded store.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openPostgres } from '../../src/store/index.js';
import { jsonLines, runPhigate } from '../cli/run-phigate.js';
import { TEST_DATABASE_URL, newSchema, postgresReachable } from '../store/harness.js';
import { startServe } from './serve-child.js';

let home: string;
let storeArgs: string[];
let schema: string | null = null;

before(async () => {
  home = mkdtempSync(join(tmpdir(), 'phigate-serve-'));
  if (await postgresReachable()) {
    schema = newSchema();
    storeArgs = ['--database-url', TEST_DATABASE_URL, '--schema', schema];
  } else {
    storeArgs = [];
  }
});
after(async () => {
  rmSync(home, { recursive: true, force: true });
  if (schema) {
    const sql = await openPostgres({ url: TEST_DATABASE_URL, maxConnections: 1 });
    await sql.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await sql.close();
  }
});

const common = (): string[] => ['--home', join(home, '.phigate'), '--config', join(home, 'phigate.yaml'), ...storeArgs];

function get(url: string, ca: Buffer, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca, headers, method }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('first run sets up home and config, serves HTTPS; apikeys and careteam work; SIGTERM stops it', async () => {
  const { child, url, stderr: output, exited } = await startServe(common());
  try {
    const stderr = output();
    assert.match(stderr, /wrote an example config/);
    assert.match(stderr, /phigate apikeys create/, 'it prints how to call it');
    if (schema) {
      // The banner's create command carries the store options, never the database URL (it holds a password).
      assert.ok(!stderr.includes(TEST_DATABASE_URL), 'no database URL in the banner');
      assert.match(stderr, new RegExp(`apikeys create .*--schema ${schema}`));
      assert.match(stderr, /export PHIGATE_DATABASE_URL=<the URL given to serve>/);
    }
    const dot = join(home, '.phigate');
    for (const f of ['keyring.json', 'audit-signer.key', 'audit-patient.key', 'tls/dev-key.pem']) {
      assert.equal(statSync(join(dot, f)).mode & 0o077, 0, `${f} is private`);
    }
    const ca = readFileSync(join(dot, 'tls/dev-cert.pem'));
    assert.deepEqual(await get(`${url}/healthz`, ca), { status: 200, body: '{"status":"ok"}' });
    assert.equal((await get(`${url}/readyz`, ca)).status, 200);
    // analysisThreads: auto is one thread on two or more cores, and /metrics shows its state.
    const metrics = (await get(`${url}/metrics`, ca)).body;
    if (availableParallelism() >= 2) assert.match(metrics, /^phigate_analysis_threads_ready 1$/m);
    else assert.doesNotMatch(metrics, /phigate_analysis_threads_ready/);
    assert.equal((await get(`${url}/v1/models`, ca)).status, 401);

    const typo = await runPhigate(['apikeys', 'create', '--principal', 'user:dr-cli', '--roles', 'clinican', ...common()]);
    assert.notEqual(typo.code, 0, 'a role the policy does not know is refused');
    assert.match(typo.stderr, /roles\[0\] is not a role of this gateway: use one of .*clinician/);
    const created = await runPhigate(['apikeys', 'create', '--principal', 'user:dr-cli', '--roles', 'clinician', '--expires', '30d', '--json', ...common()]);
    assert.equal(created.code, 0, created.stderr);
    const { key, id } = JSON.parse(created.stdout) as { key: string; id: string };
    const models = await get(`${url}/v1/models`, ca, { authorization: `Bearer ${key}` });
    assert.equal(models.status, 200);
    assert.deepEqual((JSON.parse(models.body) as { data: Array<{ id: string }> }).data.map((m) => m.id), ['local-chat', 'local-embed']);

    const listed = await runPhigate(['apikeys', 'list', '--json', ...common()]);
    assert.ok(!listed.stdout.includes(key.slice(22)), 'list never shows a secret');
    assert.equal((JSON.parse(listed.stdout) as Array<{ id: string; status: string }>).find((k) => k.id === id)?.status, 'active');
    assert.equal((await runPhigate(['apikeys', 'revoke', id, ...common()])).code, 0);
    // A verified key is trusted for server.authCacheMs (2 s by default): revocation takes effect within it.
    let code = '';
    for (let i = 0; i < 50 && code !== 'PHIGATE_CREDENTIALS_REVOKED'; i++) {
      const r = await get(`${url}/v1/models`, ca, { authorization: `Bearer ${key}` });
      code = r.status === 200 ? 'allowed' : (JSON.parse(r.body) as { error: { code: string } }).error.code;
      if (code !== 'PHIGATE_CREDENTIALS_REVOKED') await new Promise((r) => setTimeout(r, 200));
    }
    assert.equal(code, 'PHIGATE_CREDENTIALS_REVOKED');

    assert.equal((await runPhigate(['careteam', 'check', '--user', 'user:dr-cli', '--patient', 'pt-9', ...common()])).code, 1);
    assert.equal((await runPhigate(['careteam', 'add', '--user', 'user:dr-cli', '--patient', 'pt-9', ...common()])).code, 0);
    const check = await runPhigate(['careteam', 'check', '--user', 'user:dr-cli', '--patient', 'pt-9', '--json', ...common()]);
    assert.equal(check.code, 0);
    assert.equal((JSON.parse(check.stdout) as { result: boolean }).result, true);

    child.kill('SIGTERM');
    assert.equal(await exited, 0, 'a clean shutdown');
  } finally {
    child.kill('SIGKILL');
  }
});

test('serve --json: everything on stderr is a JSON line (the notes, the banner, the log), from the first run to SIGTERM', async () => {
  const own = join(home, 'json');
  mkdirSync(own);
  // A store of its own: the home's new key file would not open the other test's store.
  const ownSchema = schema ? newSchema() : null;
  const store = ownSchema ? ['--database-url', TEST_DATABASE_URL, '--schema', ownSchema] : [];
  try {
    const { child, stderr, exited } = await startServe(['--home', join(own, '.phigate'), '--config', join(own, 'phigate.yaml'), ...store, '--insecure-http', '--json']);
    const closed = new Promise<void>((r) => child.on('close', () => r()));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    await closed;
    const lines = jsonLines(stderr());
    const notes = lines.flatMap((l) => (l.note ? [String(l.note.message)] : []));
    assert.match(notes[0] ?? '', /^wrote an example config to .*phigate\.yaml/);
    assert.match(notes.at(-1) ?? '', /^phigate gateway on http:\/\/127\.0\.0\.1:\d+/);
    assert.deepEqual(
      lines.filter((l) => l['event'] !== undefined).map((l) => l['event']),
      ['listening', 'shutdown'],
      'the log lines',
    );
  } finally {
    if (ownSchema) {
      const sql = await openPostgres({ url: TEST_DATABASE_URL, maxConnections: 1 });
      await sql.exec(`DROP SCHEMA IF EXISTS "${ownSchema}" CASCADE`);
      await sql.close();
    }
  }
});

test('bad option values stop serve before it creates anything, naming the option', async () => {
  const own = mkdtempSync(join(tmpdir(), 'phigate-serve-options-'));
  try {
    for (const [option, value] of [['--port', '99999'], ['--port', 'http'], ['--grace-ms', '-5'], ['--grace-ms', 'soon']] as const) {
      const r = await runPhigate(['serve', option, value, '--home', join(own, '.phigate'), '--config', join(own, 'phigate.yaml')]);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, new RegExp(`^phigate: ${option} must be a whole number from 0 to \\d+ \\(PHIGATE_USAGE\\)\\n$`));
    }
    assert.deepEqual(readdirSync(own), [], 'no home, no config written');
  } finally {
    rmSync(own, { recursive: true, force: true });
  }
});

test('a wrong config stops start-up with an error naming the field', async () => {
  const bad = join(home, 'bad.yaml');
  writeFileSync(bad, 'server:\n  port: 8443\nvendors:\n  x:\n    baseUrl: http://api.example.com/v1\n    region: us\n    dataClasses: [deidentified]\n');
  const r = await runPhigate(['serve', '--home', join(home, '.phigate'), '--config', bad, ...storeArgs]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /bad\.yaml:5:\d+: vendors\.x\.baseUrl: must be https/);
});

test('a second gateway on a taken port stops at once with an error naming the address and server.port, having opened nothing', async () => {
  const first = await startServe(common());
  const own = mkdtempSync(join(tmpdir(), 'phigate-serve-taken-'));
  try {
    const port = new URL(first.url).port;
    const dot = join(own, '.phigate');
    const second = await runPhigate(['serve', '--port', port, '--home', dot, '--config', join(own, 'phigate.yaml')]);
    assert.equal(second.code, 2, second.stderr);
    assert.match(second.stderr, new RegExp(`phigate: 127\\.0\\.0\\.1:${port} is already in use by another process .*--port or server\\.port .*\\(PHIGATE_CANNOT_LISTEN\\)`));
    assert.doesNotMatch(second.stderr, /PHIGATE_INTERNAL|EADDRINUSE|\n\s+at /, 'no stack, no bare errno');
    for (const f of ['keyring.json', 'data', 'first-api-key']) assert.ok(!existsSync(join(dot, f)), `${f} was not made before the port was checked`);
    // The first one still serves.
    const ca = readFileSync(join(home, '.phigate', 'tls/dev-cert.pem'));
    assert.equal((await get(`${first.url}/healthz`, ca)).status, 200);
    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0);
  } finally {
    first.child.kill('SIGKILL');
    rmSync(own, { recursive: true, force: true });
  }
});

test('on the embedded store, the first run makes a first key (file, 24 h, audited); the CLI says to use the admin API while serve runs', async () => {
  const own = mkdtempSync(join(tmpdir(), 'phigate-serve-embedded-'));
  const dot = join(own, '.phigate');
  const args = ['--home', dot, '--config', join(own, 'phigate.yaml')];
  try {
    const first = await startServe(args);
    try {
      // initdb pauses start-up for seconds: a line says why.
      assert.match(first.stderr(), new RegExp(`phigate: creating the embedded store in ${join(dot, 'data')} \\(first run`));
      assert.match(first.stderr(), /1\. your key: +export PHIGATE_API_KEY=\$\(cat .*first-api-key\)/);
      const keyFile = join(dot, 'first-api-key');
      assert.equal(statSync(keyFile).mode & 0o077, 0, 'the key file is private');
      const key = readFileSync(keyFile, 'utf8').trim();
      assert.match(key, /^phg_/);
      assert.ok(!first.stderr().includes(key), 'the key itself is never printed');
      const ca = readFileSync(join(dot, 'tls/dev-cert.pem'));
      const auth = { authorization: `Bearer ${key}` };
      assert.equal((await get(`${first.url}/v1/models`, ca, auth)).status, 200, 'it holds the roles of access.roles');
      // With it, lasting keys come from the admin API while serve owns the store.
      const made = await get(`${first.url}/admin/v1/api-keys`, ca, { ...auth, 'content-type': 'application/json' }, 'POST', JSON.stringify({ principal: 'user:dr-api', roles: ['clinician'], expiresIn: '30d' }));
      assert.equal(made.status, 201, made.body);
      const keys = JSON.parse((await get(`${first.url}/admin/v1/api-keys`, ca, auth)).body) as { data: Array<{ principal: string; roles: string[]; expiresAt: string; status: string }> };
      const firstKey = keys.data.find((k) => k.principal === 'user:local-admin');
      assert.deepEqual(firstKey?.roles, ['admin', 'clinician', 'analyst']);
      const hours = (Date.parse(firstKey?.expiresAt ?? '') - Date.now()) / 3600_000;
      assert.ok(hours > 23 && hours <= 24, `expires in 24 h (${hours.toFixed(2)})`);
      const cli = await runPhigate(['apikeys', 'list', ...args]);
      assert.notEqual(cli.code, 0);
      assert.match(cli.stderr, /in use by process \d+.*stop it first, or use the admin API while it runs \(POST \/admin\/v1\/api-keys/);
      first.child.kill('SIGTERM');
      assert.equal(await first.exited, 0);
    } finally {
      first.child.kill('SIGKILL');
    }
    // Its making is in the audit log, by serve itself.
    // --home stands for the store and key file serve set up there.
    const found = await runPhigate(['audit', 'search', '--action', 'admin.apikey.create', '--json', '--home', dot]);
    assert.equal(found.code, 0, found.stderr);
    const events = found.stdout.trim().split('\n').map((l) => JSON.parse(l) as { event: { actor: { id: string }; target: string | null } });
    assert.ok(events.some((e) => e.event.actor.id === 'system:serve' && e.event.target === 'user:local-admin'), found.stdout);
    // A store with an active key gets no second first key; the banner still says where the first one is.
    const before = readFileSync(join(dot, 'first-api-key'), 'utf8');
    const again = await startServe(args);
    try {
      assert.match(again.stderr(), new RegExp(`1\\. your key: +export PHIGATE_API_KEY=\\$\\(cat ${join(dot, 'first-api-key')}\\)\\n.*user:local-admin: admin, clinician, analyst; expires`));
      again.child.kill('SIGTERM');
      assert.equal(await again.exited, 0);
    } finally {
      again.child.kill('SIGKILL');
    }
    // Once it is revoked, the banner says so and where keys come from.
    const listed = JSON.parse((await runPhigate(['apikeys', 'list', '--json', ...args])).stdout) as Array<{ id: string; principal: string }>;
    const revoked = await runPhigate(['apikeys', 'revoke', listed.find((k) => k.principal === 'user:local-admin')?.id ?? 'none', ...args]);
    assert.equal(revoked.code, 0, revoked.stderr);
    const second = await startServe(args);
    try {
      assert.match(second.stderr(), /1\. a key: +POST \/admin\/v1\/api-keys with an admin key/);
      assert.match(second.stderr(), new RegExp(`\\(the first key in ${join(dot, 'first-api-key')} is revoked; use a lasting key made with it\\)`));
      // The create command names the same home and config, so the key lands in this store and tenant.
      assert.match(second.stderr(), new RegExp(`apikeys create --principal user:you --roles clinician --home ${dot} --config ${join(own, 'phigate.yaml')}\\n`));
      assert.doesNotMatch(second.stderr(), /creating the embedded store/, 'only when it is made');
      assert.equal(readFileSync(join(dot, 'first-api-key'), 'utf8'), before);
      second.child.kill('SIGTERM');
      assert.equal(await second.exited, 0);
    } finally {
      second.child.kill('SIGKILL');
    }
  } finally {
    rmSync(own, { recursive: true, force: true });
  }
});
