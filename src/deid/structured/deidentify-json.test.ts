// Structured de-identification: rules by path, shared tokens with free text, counts, hostile input.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PhigateError } from '../../errors.js';
import { applyTransforms } from '../apply.js';
import { reverseTokens } from '../token-map.js';
import type { Finding, TransformPolicy } from '../types.js';
import { deidentifyJson, type FieldRule } from './deidentify-json.js';

const ctx = { key: Buffer.alloc(32, 21), scope: 'conv-9', patientId: 'pt-9' };
const tokens: TransformPolicy = { default: { kind: 'token' } };

/** A stand-in detector: finds capitalised "Firstname Lastname" pairs and MM/DD/YYYY dates. */
function analyze(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(/\b[A-Z][a-z]{1,20} [A-Z][a-z]{1,20}\b|\b\d\d\/\d\d\/\d{4}\b/g)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: /\d/.test(m[0]) ? 'DATE' : 'NAME', score: 1, recognizer: 'stub', evidence: [] });
  }
  return out;
}

const DOC = {
  resourceType: 'Patient',
  patient: { name: 'John Smith', mrn: 4471902, ssn: '123-45-6789', birthDate: '03/04/1950', active: true, deceased: null },
  notes: [{ text: 'John Smith seen 03/04/2020 with Mary Jones.' }, { text: 'No change.' }],
  contacts: [{ name: { given: 'Mary', family: 'Jones' }, phone: '(617) 555-0199' }],
  internal: { secret: 'drop me', nested: { deep: 'x' } },
};

describe('deidentifyJson', () => {
  const rules: FieldRule[] = [
    { path: 'patient.name', type: 'NAME' },
    { path: 'patient.mrn', type: 'MRN', transform: { kind: 'surrogate' } },
    { path: 'patient.ssn', type: 'SSN', transform: { kind: 'mask', keepLast: 4 } },
    { path: 'patient.birthDate', type: 'DATE', transform: { kind: 'generalize' } },
    { path: 'notes[*].text', freeText: true },
    { path: 'contacts[*].name', type: 'NAME' }, // an object: every string under it is a NAME
    { path: '**.phone', type: 'PHONE', transform: { kind: 'tag' } },
    { path: 'internal', action: 'drop' },
    { path: 'nowhere.at.all', type: 'NAME' },
  ];
  const before = JSON.stringify(DOC);
  const r = deidentifyJson(DOC, rules, { policy: tokens, ctx, analyze });
  const doc = r.doc as typeof DOC;

  test('does not mutate the input', () => assert.equal(JSON.stringify(DOC), before));
  test('typed fields get their transform; numbers stay numbers when they can', () => {
    assert.match(doc.patient.name, /^\[\[NAME_[0-9a-f]{12}\]\]$/);
    assert.equal(typeof doc.patient.mrn, 'number');
    assert.notEqual(doc.patient.mrn, 4471902);
    assert.equal(String(doc.patient.mrn).length, 7);
    assert.equal(doc.patient.ssn, '***-**-6789');
    assert.equal(doc.patient.birthDate, '1950');
    assert.equal(doc.patient.active, true);
    assert.equal(doc.patient.deceased, null);
    assert.equal(doc.resourceType, 'Patient', 'unmatched strings are kept by default');
    assert.equal(doc.contacts[0]?.phone, '[PHONE]');
    assert.ok(!('internal' in doc));
  });
  test('free text and typed fields share tokens under one context', () => {
    const note = doc.notes[0]?.text ?? '';
    assert.ok(note.startsWith(`${doc.patient.name} seen [[DATE_`), note);
    const alone = applyTransforms('John Smith', [{ start: 0, end: 10, type: 'NAME', score: 1, recognizer: 't', evidence: [] }], tokens, ctx);
    assert.equal(alone.text, doc.patient.name, 'same token as free text transformed on its own');
    assert.equal(doc.notes[1]?.text, 'No change.');
    const c = doc.contacts[0]?.name;
    assert.match(`${c?.given} ${c?.family}`, /^\[\[NAME_[0-9a-f]{12}\]\] \[\[NAME_[0-9a-f]{12}\]\]$/);
  });
  test('the token map reverses every field', () => {
    assert.equal(reverseTokens(doc.notes[0]?.text ?? '', r.tokens).text, DOC.notes[0]?.text);
    assert.equal(reverseTokens(doc.patient.name, r.tokens).text, 'John Smith');
  });
  test('counts by rule path and by type, never by concrete path', () => {
    assert.deepEqual(r.counts['notes[*].text'], { identifiers: 3, dropped: 0 });
    assert.deepEqual(r.counts['contacts[*].name'], { identifiers: 2, dropped: 0 });
    assert.deepEqual(r.counts['internal'], { identifiers: 0, dropped: 1 });
    assert.equal(r.counts['nowhere.at.all'], undefined);
    assert.equal(r.byType.NAME, 5);
    assert.ok(Object.keys(r.counts).every((k) => !/\d/.test(k) || k.includes('[*]')));
  });
});

describe('deidentifyJson options', () => {
  const doc = { a: 'Jane Doe wrote', b: ['Ann Lee', 42], c: { d: 'Bo Li' }, keepme: 'Ida Ray' };
  test("unmatched: 'free-text' scans every other string", () => {
    const r = deidentifyJson(doc, [{ path: 'keepme', action: 'keep' }], { policy: { default: { kind: 'tag' } }, ctx, analyze, unmatched: 'free-text' });
    assert.deepEqual(r.doc, { a: '[NAME] wrote', b: ['[NAME]', 42], c: { d: '[NAME]' }, keepme: 'Ida Ray' });
    assert.deepEqual(r.counts['(unmatched)'], { identifiers: 3, dropped: 0 });
  });
  test("unmatched: 'drop' removes other strings, array items too", () => {
    const r = deidentifyJson(doc, [{ path: 'c.d', type: 'NAME' }], { policy: { default: { kind: 'redact' } }, ctx, unmatched: 'drop' });
    assert.deepEqual(r.doc, { b: [42], c: { d: '[REDACTED]' } });
    assert.deepEqual(r.counts['(unmatched)'], { identifiers: 0, dropped: 3 });
  });
  test('a deeper rule overrides the one above it', () => {
    const r = deidentifyJson({ p: { name: 'Al Bo', note: 'Cy Di' } }, [{ path: 'p', type: 'NAME' }, { path: 'p.note', action: 'keep' }], { policy: { default: { kind: 'tag' } }, ctx });
    assert.deepEqual(r.doc, { p: { name: '[NAME]', note: 'Cy Di' } });
  });
  test('"__proto__" keys stay data', () => {
    const hostile = JSON.parse('{"__proto__": {"name": "Eve Moe"}, "x": 1}') as unknown;
    const r = deidentifyJson(hostile, [{ path: '*.name', type: 'NAME' }], { policy: { default: { kind: 'tag' } }, ctx });
    assert.equal(Object.getPrototypeOf(r.doc), Object.prototype);
    assert.equal(JSON.stringify(r.doc), '{"__proto__":{"name":"[NAME]"},"x":1}');
  });
  test('refuses bad rules, missing analyzer, non-JSON data and cycles', () => {
    const code = (c: string) => (e: unknown) => e instanceof PhigateError && e.code === c;
    const p = { policy: { default: { kind: 'tag' } } as TransformPolicy, ctx };
    assert.throws(() => deidentifyJson({}, [{ path: 'a..b', type: 'NAME' }], p), code('PHIGATE_BAD_CONFIG'));
    assert.throws(() => deidentifyJson({}, [{ path: 'a', type: 'PERSON' as never }], p), code('PHIGATE_BAD_CONFIG'));
    assert.throws(() => deidentifyJson({}, [{ path: 'a', freeText: true }], p), code('PHIGATE_BAD_CONFIG'));
    assert.throws(() => deidentifyJson({ f: () => 1 }, [], p), code('PHIGATE_BAD_INPUT'));
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.throws(() => deidentifyJson(cyclic, [], p), code('PHIGATE_BAD_INPUT'));
  });
  test('an analyzer returning bad findings is refused', () => {
    const broken = (): Finding[] => [{ start: 5, end: 2, type: 'NAME', score: 1, recognizer: 'x', evidence: [] }];
    assert.throws(() => deidentifyJson({ t: 'hello world' }, [{ path: 't', freeText: true }], { policy: tokens, ctx, analyze: broken }),
      (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_BAD_INPUT');
  });
});
