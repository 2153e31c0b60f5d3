import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyze.js';
import type { TransformPolicy } from '../types.js';
import { deidentifyJson } from './deidentify-json.js';
import { keyLabel, labelled, pathLabel, valueFindings } from './field-label.js';

test('a JSON key in words, after its parent\'s, its last words kept', () => {
  assert.equal(keyLabel(undefined, 'patientLastName'), 'patient last name');
  assert.equal(keyLabel(undefined, 'patient_last_name'), 'patient last name');
  assert.equal(keyLabel('chart', 'MRN'), 'chart mrn');
  assert.equal(keyLabel('name', 'family'), 'name family name');
  assert.equal(keyLabel(undefined, '--'), '');
  const long = keyLabel('x'.repeat(200), 'last-name');
  assert.ok(long.length <= 48 && long.endsWith('last name'), long);
  assert.equal(pathLabel(['entry', 0, 'resource', 'name', 1, 'given', 0]), 'entry resource name given name');
  assert.equal(pathLabel([3]), undefined, 'positions say nothing');
});

test('only findings in the value are kept, at its offsets; one across the colon is cut to the value', () => {
  const f = (start: number, end: number) => ({ start, end, type: 'NAME' as const, score: 1, recognizer: 'x', evidence: [] });
  const label = 'last name';
  assert.equal(labelled(label, 'Goodnight'), 'last name: Goodnight');
  assert.deepEqual(valueFindings(label, [f(0, 4), f(5, 13), f(11, 20)]).map((x) => [x.start, x.end]), [[0, 2], [0, 9]]);
});

test('structured free text: a bare surname and record number are found through their keys', () => {
  const analyzer = createAnalyzer();
  const policy: TransformPolicy = { default: { kind: 'tag' } };
  const doc = { patient: { lastName: 'Goodnight', chart: { mrn: '904173' } }, status: 'stable' };
  const r = deidentifyJson(doc, [], { policy, ctx: { key: Buffer.alloc(32, 7), scope: 's' }, analyze: (t) => analyzer.analyze(t), unmatched: 'free-text' });
  const out = r.doc as { patient: { lastName: string; chart: { mrn: string } }; status: string };
  assert.equal(out.patient.lastName, '[NAME]');
  assert.match(out.patient.chart.mrn, /^\[(?:MRN|ID)\]$/);
  assert.equal(out.status, 'stable');
  // Read alone, as before labels, neither value is an identifier: the keys are what find them.
  assert.deepEqual([analyzer.analyze('Goodnight').length, analyzer.analyze('904173').length], [0, 0]);
});
