import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import fc from 'fast-check';
import { PhigateError } from '../errors.js';
import { FORMAT_V1, OVERHEAD_BYTES, type SealContext, openWithKey, sealWithKey } from './ciphertext.js';

const ctx: SealContext = { tenant: 't1', table: 'records', recordId: 'r-1', field: 'body' };
const key = randomBytes(32);
const keyId = randomBytes(16);

const part = fc.string({ minLength: 1, maxLength: 40 });
const ctxArb = fc.record({ tenant: part, table: part, recordId: part, field: part });

test('round trip for any bytes and any place (property)', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 5000 }), ctxArb, (plain, c) => {
      const sealed = sealWithKey(key, keyId, plain, c);
      assert.equal(sealed.length, plain.length + OVERHEAD_BYTES);
      assert.equal(sealed[0], FORMAT_V1);
      assert.deepEqual(sealed.subarray(1, 17), keyId);
      assert.deepEqual(new Uint8Array(openWithKey(key, sealed, c)), plain);
    }),
    { numRuns: 200 },
  );
});

test('sealing twice gives different ciphertexts (fresh IVs)', () => {
  const a = sealWithKey(key, keyId, Buffer.from('same'), ctx);
  const b = sealWithKey(key, keyId, Buffer.from('same'), ctx);
  assert.notDeepEqual(a, b);
  const ivs = new Set(Array.from({ length: 3000 }, () => sealWithKey(key, keyId, Buffer.alloc(1), ctx).subarray(17, 29).toString('hex')));
  assert.equal(ivs.size, 3000);
});

test('any flipped bit fails to open (property), with an error naming the place and not the content', () => {
  const secret = 'Canary Person 555-12-3456';
  const sealed = sealWithKey(key, keyId, Buffer.from(secret), ctx);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: sealed.length * 8 - 1 }), (bit) => {
      const t = Buffer.from(sealed);
      t[bit >> 3] = (t[bit >> 3] as number) ^ (1 << (bit & 7));
      assert.throws(() => openWithKey(key, t, ctx), (err: unknown) => {
        assert.ok(err instanceof PhigateError && err.code === 'PHIGATE_CRYPTO_FAILURE');
        assert.ok(err.message.includes('t1/records/r-1/body'));
        assert.ok(!err.message.includes(secret) && !err.message.includes('Canary'));
        return true;
      });
    }),
    { numRuns: 300 },
  );
});

test('another place, another key, or a truncated value fails to open', () => {
  const sealed = sealWithKey(key, keyId, Buffer.from('x'), ctx);
  for (const other of [{ ...ctx, tenant: 't2' }, { ...ctx, table: 'patients' }, { ...ctx, recordId: 'r-2' }, { ...ctx, field: 'name' }]) {
    assert.throws(() => openWithKey(key, sealed, other), { code: 'PHIGATE_CRYPTO_FAILURE' });
  }
  // Length-prefixed parts: shifting a boundary does not give the same associated data.
  const shifted = sealWithKey(key, keyId, Buffer.from('x'), { tenant: 'ab', table: 'c', recordId: 'r', field: 'f' });
  assert.throws(() => openWithKey(key, shifted, { tenant: 'a', table: 'bc', recordId: 'r', field: 'f' }), { code: 'PHIGATE_CRYPTO_FAILURE' });
  assert.throws(() => openWithKey(randomBytes(32), sealed, ctx), { code: 'PHIGATE_CRYPTO_FAILURE' });
  assert.throws(() => openWithKey(key, sealed.subarray(0, 30), ctx), /too short/);
  const v2 = Buffer.from(sealed);
  v2[0] = 2;
  assert.throws(() => openWithKey(key, v2, ctx), /unknown format version 2/);
});

test('place parts must be non-empty and bounded', () => {
  assert.throws(() => sealWithKey(key, keyId, Buffer.from('x'), { ...ctx, field: '' }), { code: 'PHIGATE_BAD_INPUT' });
  assert.throws(() => sealWithKey(key, keyId, Buffer.from('x'), { ...ctx, recordId: 'x'.repeat(600) }), { code: 'PHIGATE_BAD_INPUT' });
});
