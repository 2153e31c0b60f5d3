// Canary test: seeded fake PHI pushed into every field of an audit event must be rejected (or, for the
// patient, hashed), and must never appear in an error, a sealed payload or an export line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAuditEvent, createAuditEventFactory, type AuditEventInput } from '../../src/audit/event.js';
import { createPatientHasher } from '../../src/audit/event-refs.js';
import { sealEvent } from '../../src/audit/entry.js';
import { formatEntryLine } from '../../src/audit/export-format.js';
import { rfc9162 } from '../../src/audit/hasher.js';
import { toSiemLine } from '../../src/audit/siem.js';

// Unique fake identifiers in the shapes PHI takes in practice.
const CANARIES = [
  'Zebulon Quixotefield', // full name
  '078-05-1120', // SSN
  '078051120',
  '(555) 867-5309', // phone
  '555-867-5309',
  '5558675309',
  '1961-03-14', // date of birth
  '03/14/1961',
  'zq.canary@example.org', // email
  '742 Evergreen Terrace, Springfield', // address
  'MRN 83910472', // medical record number
  '83910472',
  'Pt is a 61 yo M with HIV, seen for f/u', // free-text note
  'Zebulon\nQuixotefield',
];

const base: AuditEventInput = {
  time: '2026-03-01T10:00:00.000Z',
  requestId: 'req_Q2x9TmLp4VbK8sZa',
  actor: { id: 'user:oidc-8f3a', roles: ['physician'] },
  action: 'chat.completion',
  patient: 'b'.repeat(64),
  purpose: 'TREAT',
  vendor: 'openai',
  model: 'gpt-4o-2024-08-06',
  decision: 'allow',
  reason: 'CARE_TEAM',
  identifiers: { NAME: 1 },
  sent: 'c'.repeat(64),
  returned: 'd'.repeat(64),
};

type Setter = (e: Record<string, unknown>, v: string) => void;
const FIELDS: Record<string, Setter> = {
  time: (e, v) => (e['time'] = v),
  requestId: (e, v) => (e['requestId'] = v),
  'actor.id': (e, v) => ((e['actor'] as Record<string, unknown>)['id'] = v),
  'actor.roles': (e, v) => ((e['actor'] as Record<string, unknown>)['roles'] = [v]),
  action: (e, v) => (e['action'] = v),
  patient: (e, v) => (e['patient'] = v),
  purpose: (e, v) => (e['purpose'] = v),
  vendor: (e, v) => (e['vendor'] = v),
  model: (e, v) => (e['model'] = v),
  reason: (e, v) => (e['reason'] = v),
  'identifiers (type)': (e, v) => (e['identifiers'] = { [v]: 1 }),
  sent: (e, v) => (e['sent'] = v),
  returned: (e, v) => (e['returned'] = v),
  'extra field': (e, v) => (e['comment'] = v),
};

test('PHI pushed into any event field is rejected, and the error does not repeat it', () => {
  let attempts = 0;
  for (const [field, set] of Object.entries(FIELDS)) {
    for (const canary of CANARIES) {
      const input = structuredClone(base) as unknown as Record<string, unknown>;
      set(input, canary);
      attempts++;
      assert.throws(
        () => createAuditEvent(input as unknown as AuditEventInput),
        (err: Error & { code?: string; details?: Record<string, unknown> }) => {
          assert.equal(err.code, 'PHIGATE_AUDIT_INVALID_EVENT', `${field} <- canary`);
          const said = `${err.message} ${JSON.stringify(err.details ?? {})} ${err.stack ?? ''}`;
          for (const part of canary.split(/[\s,]+/).filter((p) => p.length >= 6)) assert.ok(!said.includes(part), `${field}: error repeats PHI`);
          return true;
        },
        `${field} accepted a canary`,
      );
    }
  }
  assert.equal(attempts, Object.keys(FIELDS).length * CANARIES.length);
});

test('single-word PHI shaped like a code is stopped by the deployment vocabulary', () => {
  const make = createAuditEventFactory({
    actions: ['chat.completion'],
    reasons: ['CARE_TEAM'],
    roles: ['physician'],
    vendors: ['openai'],
    models: ['gpt-4o-2024-08-06'],
    identifierTypes: ['NAME', 'DATE'],
  });
  assert.equal(make(base).vendor, 'openai');
  for (const [field, set] of Object.entries(FIELDS)) {
    if (field === 'actor.id' || field === 'requestId') continue; // identities, not vocabularies: see README
    for (const word of ['Quixotefield', 'QUIXOTEFIELD', 'MRN83910472']) {
      const input = structuredClone(base) as unknown as Record<string, unknown>;
      set(input, word);
      assert.throws(() => make(input as unknown as AuditEventInput), { code: 'PHIGATE_AUDIT_INVALID_EVENT' }, `${field} <- ${word}`);
    }
  }
});

test('the patient id reaches the log only as a keyed hash', () => {
  const ref = createPatientHasher(Buffer.alloc(32, 7));
  const event = createAuditEvent({ ...base, patient: ref('MRN 83910472') });
  const sealed = sealEvent(event, rfc9162);
  const line = formatEntryLine({ seq: 0, digest: sealed.digest, salt: sealed.salt, event: sealed.canonical });
  const siem = toSiemLine({ seq: 0, leafHash: sealed.leafHash, event });
  for (const text of [sealed.canonical, line, siem]) {
    for (const c of CANARIES) assert.ok(!text.includes(c), 'canary in output');
    assert.ok(!text.includes('83910472'));
  }
  assert.ok(line.includes(ref('MRN 83910472')));
});

test('the log re-validates events it did not see built, so a cast object cannot smuggle PHI in', async () => {
  const { AuditLog, MemoryAuditStorage, generateNoteKey, parseSignerKey } = await import('../../src/audit/index.js');
  const storage = new MemoryAuditStorage();
  const log = new AuditLog({ storage, origin: 'audit.test.example/phigate', signers: [parseSignerKey(generateNoteKey('x').signerKey)], checkpointIntervalMs: 0 });
  const forged = { ...createAuditEvent(base), v: 1, reason: 'Zebulon Quixotefield asked' } as unknown as ReturnType<typeof createAuditEvent>;
  await assert.rejects(log.append(forged), { code: 'PHIGATE_AUDIT_INVALID_EVENT' });
  const plain = JSON.parse(JSON.stringify(createAuditEvent(base))) as ReturnType<typeof createAuditEvent>;
  assert.equal((await log.append(plain)).seq, 0, 'a valid plain object is accepted after validation');
  assert.equal(await storage.size(), 1);
  await log.close();
});
