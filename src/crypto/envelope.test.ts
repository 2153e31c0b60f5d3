import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { after, test } from 'node:test';
import type { DataKeyRow, DataKeyStore, NewDataKey } from './data-keys.js';
import { Envelope } from './envelope.js';
import type { Keyring } from './keyring.js';
import { LocalKeyring } from './local-keyring.js';

/** Data key rows in memory: enough of a DataKeyStore to test the envelope without a database. */
class MemoryKeys implements DataKeyStore {
  rows = new Map<string, DataKeyRow>();
  async get(id: Uint8Array) {
    return this.rows.get(Buffer.from(id).toString('hex'));
  }
  async findActive(tenant: string, owner: string) {
    return [...this.rows.values()].find((r) => r.tenant === tenant && r.owner === owner && !r.destroyedAt);
  }
  async insertOrGetActive(k: NewDataKey) {
    await new Promise((r) => setImmediate(r));
    const live = await this.findActive(k.tenant, k.owner);
    if (live) return live;
    const row = { ...k, createdAt: new Date(), destroyedAt: null };
    this.rows.set(k.keyId.toString('hex'), row);
    return row;
  }
  async destroyOwner(tenant: string, owner: string) {
    const out: Buffer[] = [];
    for (const [id, r] of this.rows) {
      if (r.tenant === tenant && r.owner === owner && !r.destroyedAt) {
        this.rows.set(id, { ...r, wrapped: null, destroyedAt: new Date() });
        out.push(r.keyId);
      }
    }
    return out;
  }
}

function counting(k: Keyring): Keyring & { wraps: number; unwraps: number } {
  const c = {
    wraps: 0,
    unwraps: 0,
    id: k.id,
    wrap: (key: Uint8Array, b: Uint8Array) => (c.wraps++, k.wrap(key, b)),
    unwrap: (w: Parameters<Keyring['unwrap']>[0], b: Uint8Array) => (c.unwraps++, k.unwrap(w, b)),
    rewrap: k.rewrap.bind(k),
    rotate: k.rotate.bind(k),
    status: k.status.bind(k),
    retireBelow: k.retireBelow.bind(k),
    close: k.close.bind(k),
  };
  return c;
}

const ctx = (recordId: string, tenant = 't1') => ({ tenant, table: 'records', recordId, field: 'body' });
const root = mkdtempSync(join(tmpdir(), 'phigate-env-'));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const keyring = () => counting(LocalKeyring.open({ path: join(root, `k${n++}.json`) }));

test('seal/open round trip; one data key per owner; unwrapped keys are cached', async () => {
  const k = keyring();
  const keys = new MemoryKeys();
  const env = new Envelope({ keyring: k, keys });
  const a = await env.seal('hello', ctx('r1'), 'patient:p1');
  const b = await env.seal('world', ctx('r2'), 'patient:p1');
  const c = await env.seal('tenant data', ctx('r3'));
  assert.equal((await env.open(a, ctx('r1'))).toString(), 'hello');
  assert.equal(await env.openText(b, ctx('r2')), 'world');
  assert.equal(await env.openText(c, ctx('r3')), 'tenant data');
  assert.deepEqual(a.subarray(1, 17), b.subarray(1, 17), 'same owner, same data key');
  assert.notDeepEqual(a.subarray(1, 17), c.subarray(1, 17));
  assert.equal(keys.rows.size, 2);
  assert.equal(k.wraps, 2);
  assert.equal(k.unwraps, 0, 'keys made here are cached, never unwrapped');
  assert.match([...keys.rows.values()].map((r) => r.owner).sort().join(','), /^patient:p1,tenant:\d{4}-\d{2}$/);
  // Another envelope (another process) unwraps once per key, then serves from cache.
  const other = new Envelope({ keyring: k, keys });
  for (let i = 0; i < 5; i++) assert.equal(await other.openText(a, ctx('r1')), 'hello');
  assert.equal(k.unwraps, 1);
});

test('concurrent first use of an owner creates one key; concurrent opens unwrap once', async () => {
  const k = keyring();
  const keys = new MemoryKeys();
  const env = new Envelope({ keyring: k, keys });
  const sealed = await Promise.all(Array.from({ length: 20 }, (_, i) => env.seal(`v${i}`, ctx(`r${i}`), 'patient:p9')));
  assert.equal(keys.rows.size, 1);
  assert.equal(new Set(sealed.map((s) => s.subarray(1, 17).toString('hex'))).size, 1);
  const other = new Envelope({ keyring: k, keys });
  const opened = await Promise.all(sealed.map((s, i) => other.openText(s, ctx(`r${i}`))));
  assert.deepEqual(opened, sealed.map((_, i) => `v${i}`));
  assert.equal(k.unwraps, 1);
});

test('destroying an owner shreds its data here at once and elsewhere when the cache expires', async () => {
  const k = keyring();
  const keys = new MemoryKeys();
  let now = 0;
  const env = new Envelope({ keyring: k, keys });
  const other = new Envelope({ keyring: k, keys, cache: { ttlMs: 1000, now: () => now } });
  const s = await env.seal('to be forgotten', ctx('r1'), 'patient:p2');
  assert.equal(await other.openText(s, ctx('r1')), 'to be forgotten');
  const ids = await env.destroyOwner('t1', 'patient:p2');
  assert.equal(ids.length, 1);
  await assert.rejects(env.open(s, ctx('r1')), (err: Error & { code?: string }) => {
    assert.equal(err.code, 'PHIGATE_KEY_MISSING');
    assert.match(err.message, /t1\/records\/r1\/body/);
    assert.match(err.message, new RegExp(`data key ${ids[0]} was destroyed`));
    assert.ok(!err.message.includes('forgotten'));
    return true;
  });
  assert.equal(await other.openText(s, ctx('r1')), 'to be forgotten'); // still cached there…
  now = 1000;
  await assert.rejects(other.open(s, ctx('r1')), { code: 'PHIGATE_KEY_MISSING' }); // …until it expires
  // A new seal for the owner makes a new key; the old data stays unreadable.
  const again = await env.seal('new', ctx('r2'), 'patient:p2');
  assert.equal(await env.openText(again, ctx('r2')), 'new');
  await assert.rejects(env.open(s, ctx('r1')), { code: 'PHIGATE_KEY_MISSING' });
});

test('a key of another tenant, an unknown key, a bad owner', async () => {
  const k = keyring();
  const keys = new MemoryKeys();
  const env = new Envelope({ keyring: k, keys });
  const s = await env.seal('x', ctx('r1', 'tA'));
  await assert.rejects(env.open(s, ctx('r1', 'tB')), /another tenant/);
  await assert.rejects(new Envelope({ keyring: k, keys }).open(s, ctx('r1', 'tB')), /another tenant/);
  const unknown = Buffer.from(s);
  unknown.fill(7, 1, 17);
  await assert.rejects(env.open(unknown, ctx('r1', 'tA')), /data key 07070707070707070707070707070707 does not exist/);
  await assert.rejects(env.seal('x', ctx('r1'), 'patient:Jane Doe'), { code: 'PHIGATE_BAD_INPUT' });
});
