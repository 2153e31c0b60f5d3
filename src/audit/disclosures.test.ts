// Accounting of disclosures: selection (patient, allowed, vendor, period), order and the three renderings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accountDisclosures, csvCell, defaultSince, renderDisclosures } from './disclosures.js';
import { createAuditEvent, type AuditEventInput } from './event.js';
import { createPatientHasher } from './event-refs.js';

const ref = createPatientHasher(Buffer.alloc(32, 3));
const alice = ref('mrn:1001');
const bob = ref('mrn:1002');
const ev = (o: Partial<AuditEventInput>): ReturnType<typeof createAuditEvent> =>
  createAuditEvent({
    time: '2026-01-05T09:00:00.000Z',
    requestId: 'req_AAAAAAAAAAAAAAAA',
    actor: { id: 'user:u1', roles: ['physician'] },
    action: 'chat.completion',
    patient: alice,
    purpose: 'TREAT',
    vendor: 'openai',
    model: 'gpt-4o',
    decision: 'allow',
    reason: 'CARE_TEAM',
    identifiers: { NAME: 2, DATE: 1, SSN: 0 },
    sent: null,
    returned: null,
    ...o,
  });

const entries = [
  { seq: 0, event: ev({ time: '2026-01-07T09:00:00.000Z', vendor: 'anthropic', purpose: 'HOPERAT' }) },
  { seq: 1, event: ev({}) },
  { seq: 2, event: ev({ patient: bob }) },
  { seq: 3, event: ev({ decision: 'deny', reason: 'NO_CARE_RELATION' }) },
  { seq: 4, event: ev({ vendor: null, model: null, action: 'records.read' }) },
  { seq: 5, event: null },
  { seq: 6, event: ev({ time: '2018-01-01T00:00:00.000Z' }) },
];

test('only allowed vendor requests about this patient in the period are disclosures, oldest first', () => {
  const list = accountDisclosures(entries, { patientRef: alice, since: new Date('2020-01-01T00:00:00Z') });
  assert.deepEqual(list.map((d) => d.seq), [1, 0]);
  assert.equal(list[1]?.recipient, 'anthropic');
  assert.equal(list[1]?.purposeDescription, 'Health care operations');
  assert.equal(list[0]?.description, 'Identifiers by type: DATE x1, NAME x2');
  assert.deepEqual(accountDisclosures(entries, { patientRef: alice, since: new Date('2000-01-01'), until: new Date('2019-01-01') }).map((d) => d.seq), [6]);
});

test('the default period is six years', () => {
  assert.equal(defaultSince(new Date('2026-03-01T12:00:00Z')).toISOString(), '2020-03-01T12:00:00.000Z');
});

test('renderings: text, JSON and CSV', () => {
  const list = accountDisclosures(entries, { patientRef: alice, since: new Date('2020-01-01T00:00:00Z') });
  const meta = { since: new Date('2020-01-01T00:00:00Z'), until: new Date('2026-03-01T00:00:00Z'), generatedAt: new Date('2026-03-01T00:00:00Z') };
  const text = renderDisclosures(list, 'text', meta);
  assert.match(text, /2 disclosures/);
  assert.match(text, /2026-01-05 {2}openai \(gpt-4o\)\n {4}Purpose: Treatment/);
  const json = JSON.parse(renderDisclosures(list, 'json', meta)) as { disclosures: { seq: number }[] };
  assert.deepEqual(json.disclosures.map((d) => d.seq), [1, 0]);
  const csv = renderDisclosures(list, 'csv', meta).split('\r\n');
  assert.equal(csv[0], 'date,recipient,model,purpose,purpose_code,description,request_id,seq');
  assert.equal(csv[1], '2026-01-05T09:00:00.000Z,openai,gpt-4o,Treatment,TREAT,"Identifiers by type: DATE x1, NAME x2",req_AAAAAAAAAAAAAAAA,1');
  assert.equal(csv.length, 4);
});

test('CSV cells are quoted and defused', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('line\nbreak'), '"line\nbreak"');
  assert.equal(csvCell('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
  assert.equal(csvCell('-1'), "'-1");
});
