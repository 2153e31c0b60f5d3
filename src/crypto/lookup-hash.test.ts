import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { LookupHasher } from './lookup-hash.js';

const secret = randomBytes(32);

test('keyed, deterministic, and separated by tenant and purpose', () => {
  const h = new LookupHasher(secret);
  const a = h.hash('mrn', 't1', '12345');
  assert.equal(a.length, 32);
  assert.deepEqual(h.hash('mrn', 't1', '12345'), a);
  assert.deepEqual(new LookupHasher(Buffer.from(secret)).hash('mrn', 't1', '12345'), a);
  assert.notDeepEqual(h.hash('mrn', 't2', '12345'), a);
  assert.notDeepEqual(h.hash('patient-id', 't1', '12345'), a);
  assert.notDeepEqual(new LookupHasher(randomBytes(32)).hash('mrn', 't1', '12345'), a);
  // The tenant is length-prefixed: moving a character between tenant and value changes the hash.
  assert.notDeepEqual(h.hash('patient-id', 't1', '1x'), h.hash('patient-id', 't11', 'x'));
});

test('MRNs are normalised the way people type them; vault values are exact', () => {
  const h = new LookupHasher(secret);
  const a = h.hash('mrn', 't', 'ab-123 45');
  for (const v of ['AB12345', ' ab-12345', 'Ab 123-45 ', 'ＡＢ12345']) assert.deepEqual(h.hash('mrn', 't', v), a, v);
  assert.notDeepEqual(h.hash('mrn', 't', 'AB123456'), a);
  assert.notDeepEqual(h.hash('vault-value', 't', 'Smith'), h.hash('vault-value', 't', 'smith'));
});

test('rejects empty values and short secrets', () => {
  const h = new LookupHasher(secret);
  assert.throws(() => h.hash('mrn', 't', ''), { code: 'PHIGATE_BAD_INPUT' });
  assert.throws(() => h.hash('mrn', 't', ' - '), { code: 'PHIGATE_BAD_INPUT' });
  assert.throws(() => new LookupHasher(randomBytes(16)), { code: 'PHIGATE_INTERNAL' });
});

test('refuses to hash after dispose (its keys are wiped)', () => {
  const h = new LookupHasher(secret);
  h.hash('mrn', 't', '1');
  h.dispose();
  assert.throws(() => h.hash('mrn', 't', '1'), /after its store was closed/);
});
