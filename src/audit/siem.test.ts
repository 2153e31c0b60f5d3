// SIEM lines: ECS names where one fits; an administrative event's target lands in user.target (a
// principal) or phigate.target (an API key); erased entries keep only their position.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleEvent } from '../../test/audit/fixtures.js';
import type { AuditEvent } from './event.js';
import { toSiemLine } from './siem.js';

const admin = (overrides: Parameters<typeof sampleEvent>[1] = {}): AuditEvent =>
  sampleEvent(0, { actor: { id: 'user:it-admin', roles: ['admin'] }, action: 'admin.careteam.add', patient: 'a'.repeat(64), purpose: 'HSYSADMIN', vendor: null, model: null, ...overrides });

const line = (event: AuditEvent | null): Record<string, any> => JSON.parse(toSiemLine({ seq: 7, leafHash: new Uint8Array(32), event }));

test('a principal target is ECS user.target.id and phigate.target', () => {
  const l = line(admin({ target: 'user:dr-park' }));
  assert.deepEqual(l['user'], { id: 'user:it-admin', roles: ['admin'], target: { id: 'user:dr-park' } });
  assert.equal(l['phigate'].target, 'user:dr-park');
  assert.equal(l['event'].action, 'admin.careteam.add');
  assert.equal(l['phigate'].patient_ref, 'a'.repeat(64));
});

test('an API key target stays in phigate.target; no target, no field', () => {
  const k = line(admin({ action: 'admin.apikey.revoke', target: 'apikey:0123456789abcdef' }));
  assert.equal(k['user'].target, undefined);
  assert.equal(k['phigate'].target, 'apikey:0123456789abcdef');
  const none = line(admin());
  assert.ok(!('target' in none['user']) && !('target' in none['phigate']));
});

test('an erased entry keeps its position only', () => {
  assert.deepEqual(line(null), { event: { kind: 'event', dataset: 'phigate.audit' }, phigate: { seq: 7, leaf_hash: '0'.repeat(64), erased: true } });
});
