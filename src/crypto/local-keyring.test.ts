import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { after, test } from 'node:test';
import { LocalKeyring } from './local-keyring.js';

const root = mkdtempSync(join(tmpdir(), 'phigate-kr-'));
after(() => rmSync(root, { recursive: true, force: true }));
const dir = () => mkdtempSync(join(root, 'd-'));
const binding = Buffer.from('key-1|tenant');

test('created on first run with owner-only permissions, then reopened as the same keyring', () => {
  const d = join(dir(), 'nested', 'keys');
  const path = join(d, 'keyring.json');
  const k = LocalKeyring.open({ path });
  assert.equal(statSync(path).mode & 0o777, 0o600);
  assert.equal(statSync(d).mode & 0o777, 0o700);
  assert.match(k.id, /^local:[0-9a-f-]{36}$/);
  assert.equal(LocalKeyring.open({ path }).id, k.id);
  assert.throws(() => LocalKeyring.open({ path: join(d, 'absent.json'), create: false }), /does not exist/);
});

test('refuses a key file readable by others, or malformed', () => {
  const path = join(dir(), 'k.json');
  LocalKeyring.open({ path });
  chmodSync(path, 0o644);
  assert.throws(() => LocalKeyring.open({ path }), (err: Error & { code?: string }) => err.code === 'PHIGATE_BAD_CONFIG' && /chmod 600/.test(err.message));
  const bad = join(dir(), 'bad.json');
  writeFileSync(bad, '{"format":"other"}', { mode: 0o600 });
  assert.throws(() => LocalKeyring.open({ path: bad }), /not a phigate-keyring\/1 key file/);
});

test('wrap/unwrap with binding; rotation keeps old versions; rewrap moves to the latest', async () => {
  const path = join(dir(), 'k.json');
  const k = LocalKeyring.open({ path });
  const dataKey = randomBytes(32);
  const w1 = await k.wrap(dataKey, binding);
  assert.equal(w1.kekVersion, 1);
  assert.deepEqual(await k.unwrap(w1, binding), dataKey);
  await assert.rejects(k.unwrap(w1, Buffer.from('key-2|tenant')), { code: 'PHIGATE_CRYPTO_FAILURE' });
  assert.equal(await k.rotate(), 2);
  const w2 = await k.wrap(dataKey, binding);
  assert.equal(w2.kekVersion, 2);
  assert.deepEqual(await k.unwrap(w1, binding), dataKey, 'version 1 still decrypts');
  const [r] = await k.rewrap([{ key: w1, binding }]);
  assert.equal(r?.kekVersion, 2);
  assert.deepEqual(await k.unwrap(r as typeof w1, binding), dataKey);
  assert.deepEqual((await k.status()).decryptableVersions, [1, 2]);
  assert.ok(!readFileSync(path, 'utf8').includes(dataKey.toString('base64')));
});

test('another process sees a rotation and a retirement; retired versions name themselves', async () => {
  const path = join(dir(), 'k.json');
  const a = LocalKeyring.open({ path });
  const b = LocalKeyring.open({ path });
  const dataKey = randomBytes(32);
  const w1 = await a.wrap(dataKey, binding);
  await a.rotate();
  assert.equal((await b.wrap(dataKey, binding)).kekVersion, 2, 'b wraps with the new latest');
  const w2 = await a.wrap(dataKey, binding);
  const c = LocalKeyring.open({ path });
  await c.retireBelow(2);
  assert.equal(statSync(path).mode & 0o777, 0o600);
  await assert.rejects(a.unwrap(w1, binding), (err: Error & { code?: string }) => err.code === 'PHIGATE_KEY_MISSING' && /KEK version 1 .* was retired/.test(err.message));
  assert.deepEqual(await b.unwrap(w2, binding), dataKey);
  await assert.rejects(a.unwrap({ kekVersion: 9, wrapped: w2.wrapped }, binding), /KEK version 9 .* is not in the key file/);
  await assert.rejects(c.retireBelow(5), { code: 'PHIGATE_USAGE' });
  assert.deepEqual((await b.status()).decryptableVersions, [2]);
});

test('concurrent rotations from two keyring handles lose no version', async () => {
  const path = join(dir(), 'k.json');
  const a = LocalKeyring.open({ path });
  const b = LocalKeyring.open({ path });
  const versions = await Promise.all([a.rotate(), b.rotate(), a.rotate()]);
  assert.deepEqual([...versions].sort(), [2, 3, 4]);
  assert.deepEqual((await LocalKeyring.open({ path }).status()).decryptableVersions, [1, 2, 3, 4]);
});
