// Event validation: what is accepted, what is rejected, and that the fast canonical writer agrees with
// the generic RFC 8785 one.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createAuditEvent, createAuditEventFactory, parseAuditEvent, type AuditEventInput } from './event.js';
import { canonicalEvent } from './event-json.js';
import { canonicalJson } from './canonical-json.js';
import { createPatientHasher, payloadDigest } from './event-refs.js';

const H = 'a'.repeat(64);
const base: AuditEventInput = {
  time: '2026-03-01T10:00:00.000Z',
  requestId: '3f2b8c1e-9a4d-4c7b-8e1f-2a6d9c0b7e55',
  actor: { id: 'user:oidc-8f3a', roles: ['physician', 'care-team'] },
  action: 'chat.completion',
  patient: H,
  purpose: 'TREAT',
  vendor: 'openai',
  model: 'claude-3-5-sonnet-20241022',
  decision: 'allow',
  reason: 'CARE_TEAM',
  identifiers: { NAME: 2, DATE: 1 },
  sent: H,
  returned: null,
};

function withField(path: string, value: unknown): AuditEventInput {
  const e = structuredClone(base) as unknown as Record<string, unknown>;
  const [a, b] = path.split('.') as [string, string | undefined];
  if (b === undefined) e[a] = value;
  else (e[a] as Record<string, unknown>)[b] = value;
  return e as unknown as AuditEventInput;
}

describe('audit events', () => {
  test('a valid event is accepted, versioned and frozen', () => {
    const e = createAuditEvent(base);
    assert.equal(e.v, 1);
    assert.equal(e.model, 'claude-3-5-sonnet-20241022');
    assert.ok(Object.isFrozen(e) && Object.isFrozen(e.actor) && Object.isFrozen(e.actor.roles) && Object.isFrozen(e.identifiers));
    assert.equal(createAuditEvent({ ...base, time: new Date('2026-03-01T10:00:00Z') }).time, '2026-03-01T10:00:00.000Z');
    assert.deepEqual(parseAuditEvent(JSON.parse(JSON.stringify(e))), e);
  });

  const rejections: [string, unknown][] = [
    ['time', '2026-03-01 10:00'],
    ['time', '2026-02-30T10:00:00.000Z'],
    ['requestId', 'has space in it'],
    ['actor.id', 'alice@example.org'],
    ['actor.roles', ['physician', 'physician']],
    ['actor.roles', 'physician'],
    ['action', 'read the chart'],
    ['patient', 'MRN-12345'],
    ['patient', H.toUpperCase()],
    ['purpose', 'GOSSIP'],
    ['vendor', ''],
    ['model', 'x'.repeat(101)],
    ['decision', 'maybe'],
    ['reason', 'because I said so'],
    ['identifiers', { NAME: -1 }],
    ['identifiers', { NAME: 1.5 }],
    ['identifiers', { 'lower case': 1 }],
    ['sent', 'not a digest'],
    ['target', 'Dr. Jane Lee'],
    ['target', 'jane.lee@example.org'],
    ['target', 'user:jane lee'],
    ['target', 'user:4155550123456'],
  ];
  for (const [path, value] of rejections) {
    test(`rejects ${path} = ${JSON.stringify(value).slice(0, 30)} without echoing it`, () => {
      assert.throws(
        () => createAuditEvent(withField(path, value)),
        (err: Error & { code?: string }) => {
          assert.equal(err.code, 'PHIGATE_AUDIT_INVALID_EVENT');
          if (typeof value === 'string' && value.length > 3) assert.ok(!err.message.includes(value), err.message);
          assert.ok(err.message.includes(path.split('.')[0] as string));
          return true;
        },
      );
    });
  }

  test('unknown and missing fields are rejected', () => {
    assert.throws(() => createAuditEvent({ ...base, note: 'free text' } as AuditEventInput), /only the fields/);
    const { vendor: _drop, ...missing } = base;
    assert.throws(() => createAuditEvent(missing as AuditEventInput), /vendor/);
    assert.throws(() => createAuditEvent(withField('actor', { id: 'svc:x', roles: [], name: 'x' })), /actor/);
    assert.throws(() => parseAuditEvent({ ...JSON.parse(JSON.stringify(createAuditEvent(base))), v: 2 }), /schema version 1/);
  });

  test('target: a principal or API key an administrative call acted on; absent, the canonical JSON is as before', () => {
    const plain = createAuditEvent(base);
    assert.ok(!('target' in plain), 'no target key on an event without one');
    assert.ok(!canonicalEvent(plain).includes('target'));
    assert.deepEqual(createAuditEvent({ ...base, target: null }), plain, 'null means none');
    for (const target of ['user:dr-lee', 'svc:scheduler', 'apikey:0123456789abcdef']) {
      const e = createAuditEvent({ ...base, target });
      assert.equal(e.target, target);
      assert.equal(canonicalEvent(e), canonicalJson(e), 'the field-by-field writer places it as JCS does');
      assert.deepEqual(parseAuditEvent(JSON.parse(canonicalEvent(e))), e, 'read back from storage');
    }
  });

  test('vocabularies close the code fields', () => {
    const make = createAuditEventFactory({ vendors: ['openai'], roles: ['physician', 'care-team'], models: ['gpt-4o'] });
    assert.throws(() => make(base), /model/);
    assert.equal(make({ ...base, model: 'gpt-4o' }).vendor, 'openai');
    assert.throws(() => make({ ...base, model: 'gpt-4o', vendor: 'acme' }), /vendor/);
  });

  test('the field-by-field canonical writer equals generic JCS (property)', () => {
    const code = fc.stringMatching(/^[a-z][a-z0-9_.:-]{0,20}$/).filter((s) => !/\d{5}/.test(s));
    const hex = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex'));
    fc.assert(
      fc.property(
        fc.record({
          time: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
          requestId: fc.uuid().map((u) => u.toLowerCase()),
          actor: fc.record({ id: code, roles: fc.uniqueArray(code, { maxLength: 4 }) }),
          action: code,
          patient: fc.option(hex, { nil: null }),
          purpose: fc.constantFrom('TREAT', 'HPAYMT', 'HOPERAT'),
          vendor: fc.option(code, { nil: null }),
          model: fc.option(code, { nil: null }),
          decision: fc.constantFrom('allow' as const, 'deny' as const),
          reason: code,
          identifiers: fc.dictionary(fc.stringMatching(/^[A-Z][A-Z_]{0,8}$/), fc.nat({ max: 1000 }), { maxKeys: 5 }),
          sent: fc.option(hex, { nil: null }),
          returned: fc.option(hex, { nil: null }),
          target: fc.option(fc.oneof(code, fc.stringMatching(/^apikey:[0-9a-f]{16}$/)), { nil: null }),
        }),
        (input) => {
          const e = createAuditEvent(input);
          assert.equal(canonicalEvent(e), canonicalJson(e));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('event references', () => {
  test('patient refs are keyed, stable and normalised, and never the id', () => {
    const key = Buffer.alloc(32, 1);
    const h = createPatientHasher(key);
    const ref = h('mrn:83910472');
    assert.match(ref, /^[0-9a-f]{64}$/);
    assert.equal(h('  mrn:83910472 '), ref);
    assert.notEqual(createPatientHasher(Buffer.alloc(32, 2))('mrn:83910472'), ref);
    assert.ok(!ref.includes('83910472'));
    assert.throws(() => createPatientHasher(Buffer.alloc(16)), { code: 'PHIGATE_KEY_MISSING' });
    assert.throws(() => h('   '), { code: 'PHIGATE_BAD_INPUT' });
  });

  test('payload digests are SHA-256 hex', () => {
    assert.equal(payloadDigest(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
