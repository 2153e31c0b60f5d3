// The Vault Transit keyring against a local server speaking Vault's Transit HTTP API.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { VaultTransitKeyring, vaultCiphertextVersion } from '../../src/crypto/index.js';
import { PhigateError } from '../../src/errors.js';
import { startFakeVault, type FakeVault } from './vault-transit-server.js';

let vault: FakeVault;
before(async () => {
  vault = await startFakeVault();
});
after(async () => {
  await vault.close();
});

const binding = Buffer.from('data-key-1|tenant');
const keyring = (keyName: string, token = vault.token) => new VaultTransitKeyring({ address: vault.address, token, keyName });

function code(c: string, re?: RegExp) {
  return (err: unknown) => {
    assert.ok(err instanceof PhigateError, String(err));
    assert.equal(err.code, c, err.message);
    if (re) assert.match(err.message, re);
    return true;
  };
}

test('wraps into vault:v1 ciphertexts and unwraps them, bound to the data key', async () => {
  const k = keyring('wrap');
  const dataKey = randomBytes(32);
  const w = await k.wrap(dataKey, binding);
  const text = Buffer.from(w.wrapped).toString();
  assert.match(text, /^vault:v1:[A-Za-z0-9+/=]+$/);
  assert.equal(vaultCiphertextVersion(text), 1);
  assert.equal(w.kekVersion, 1);
  assert.ok(!text.includes(dataKey.toString('base64')));
  assert.deepEqual(await k.unwrap(w, binding), dataKey);
  await assert.rejects(k.unwrap(w, Buffer.from('data-key-2|tenant')), code('PHIGATE_CRYPTO_FAILURE', /did not match its data key row/));
  assert.equal(k.id, 'vault-transit:transit/wrap');
});

test('rotate, rewrap in batches, retire with min_decryption_version', async () => {
  const k = keyring('rot');
  const keys = Array.from({ length: 300 }, () => randomBytes(32));
  const wrapped = await Promise.all(keys.map((d) => k.wrap(d, binding)));
  assert.equal(await k.rotate(), 2);
  assert.deepEqual(await k.unwrap(wrapped[0] as (typeof wrapped)[number], binding), keys[0], 'v1 still decrypts');
  const before = vault.calls.get('POST rewrap') ?? 0;
  const rewrapped = await k.rewrap(wrapped.map((key) => ({ key, binding })));
  assert.equal((vault.calls.get('POST rewrap') ?? 0) - before, 2, '300 keys in two batches');
  assert.ok(rewrapped.every((w) => w.kekVersion === 2 && Buffer.from(w.wrapped).toString().startsWith('vault:v2:')));
  for (const [i, w] of rewrapped.entries()) if (i % 50 === 0) assert.deepEqual(await k.unwrap(w, binding), keys[i]);
  assert.deepEqual((await k.status()).decryptableVersions, [1, 2]);
  await k.retireBelow(2);
  assert.deepEqual(await k.status(), { id: k.id, kind: 'vault-transit', latestVersion: 2, decryptableVersions: [2] });
  await assert.rejects(k.unwrap(wrapped[0] as (typeof wrapped)[number], binding), code('PHIGATE_KEY_MISSING', /disallowed by policy \(too old\)/));
  await assert.rejects(k.rewrap([{ key: wrapped[1] as (typeof wrapped)[number], binding }]), code('PHIGATE_KEY_MISSING', /refused to rewrap/));
});

test('clear errors: bad token, outage, unreachable server, unknown key, malformed stored value', async () => {
  await assert.rejects(keyring('x', 'wrong-token').wrap(randomBytes(32), binding), code('PHIGATE_KEY_MISSING', /permission denied \(check the token/));
  vault.failNext(1, 503);
  await assert.rejects(keyring('x').wrap(randomBytes(32), binding), code('PHIGATE_KMS_UNAVAILABLE', /internal error/));
  const dead = new VaultTransitKeyring({ address: 'http://127.0.0.1:9', token: 't', keyName: 'x', timeoutMs: 2000 });
  await assert.rejects(dead.status(), code('PHIGATE_KMS_UNAVAILABLE', /unreachable/));
  await assert.rejects(keyring('never-created').status(), code('PHIGATE_KEY_MISSING'));
  await assert.rejects(keyring('x').unwrap({ kekVersion: 1, wrapped: Buffer.from('not-a-vault-ciphertext') }, binding), code('PHIGATE_CRYPTO_FAILURE'));
  assert.throws(() => new VaultTransitKeyring({ address: 'ftp://x', token: 't', keyName: 'k' }), code('PHIGATE_BAD_CONFIG'));
  assert.throws(() => new VaultTransitKeyring({ address: 'http://x', token: '', keyName: 'k' }), code('PHIGATE_BAD_CONFIG', /VAULT_TOKEN/));
  assert.throws(() => new VaultTransitKeyring({ address: 'http://x', token: 't', keyName: '../k' }), code('PHIGATE_BAD_CONFIG'));
});

test('the token travels in the X-Vault-Token header only, and never appears in errors', async () => {
  const seen: string[] = [];
  const k = new VaultTransitKeyring({
    address: vault.address,
    token: vault.token,
    keyName: 'hdr',
    namespace: 'team-a',
    fetch: async (url, init) => {
      seen.push(String(url), JSON.stringify(init?.headers));
      return fetch(url, init);
    },
  });
  await k.wrap(randomBytes(32), binding);
  assert.ok(seen[0]?.endsWith('/v1/transit/encrypt/hdr'));
  assert.ok(!seen[0]?.includes(vault.token));
  assert.match(seen[1] as string, /"X-Vault-Namespace":"team-a"/);
  vault.failNext(1, 403);
  await assert.rejects(k.wrap(randomBytes(32), binding), (err: Error) => !err.message.includes(vault.token));
});
