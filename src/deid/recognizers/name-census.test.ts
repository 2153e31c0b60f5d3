import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyze.js';

const analyzer = createAnalyzer();
const names = (text: string): string[] => analyzer.analyze(text).filter((f) => f.type === 'NAME').map((f) => text.slice(f.start, f.end));

test('a census or handoff line names its patient before the age and sex, in any case', () => {
  assert.deepEqual(names('bed 14, dang van hieu, 81 y/o, s/p fall'), ['dang van hieu']);
  assert.deepEqual(names('rm 12 - jones, 67M, chf'), ['jones']);
  assert.deepEqual(names('bed 3: maria lopez 45F sepsis'), ['maria lopez']);
  assert.deepEqual(names('rm 7 okafor 52 yo m copd'), ['okafor']);
  assert.deepEqual(names('Will Brown (62M) admitted overnight'), ['Will Brown'], 'listed names, however common, when all are');
  assert.deepEqual(names('ICU census:\n1. garcia 71M sepsis\n2. wojcik 64 F copd'), ['garcia', 'wojcik']);
});

test('a header line names its patient before the birth date or record number label', () => {
  assert.deepEqual(names('Koa Hope (DOB 03/04/1950)'), ['Koa Hope']);
  assert.deepEqual(names('HOPE, KOA  MRN 123456'), ['HOPE, KOA']);
  assert.deepEqual(names('Labs reviewed, DOB verified; Name verified (DOB confirmed); Discharge Summary - MRN 4412'), []);
});

test('words of a sentence or a finding before an age are no name', () => {
  for (const text of ['pt, 81 y/o, fell', 'hx, 45F', 'discharged home, 45F', 'Pt is a 45 yo F with copd', 'chf exacerbation, 67M', '- fall, 81 y/o', 'lives alone, 82 yo', 'walked 5 m', 'PO Box 9205, Bldg 38F, Pensacola', 'Suite 4F', 'Chest Pain (45F)', 'Acute Care (62 yo)']) {
    assert.deepEqual(names(text), [], text);
  }
});

test('a caregiver rota names its aides in cells after the weekday; a rota of services names no one', () => {
  const rota = 'Week of the 17th\nMon     Maribel        Franklin       family (Jeanette)\nTue     Maribel        Precious       family\nSat     family        family         family';
  assert.deepEqual(names(rota), ['Maribel', 'Franklin', 'Jeanette', 'Maribel', 'Precious']);
  assert.deepEqual(names('Mon     Off        Clinic\nTue     Dialysis   Off\nWed     PT         OT'), []);
  assert.deepEqual(names('Mon     Franklin   Clinic'), [], 'one row is no rota');
});

test('round 72: "d." and "b." after a country and before a year or an age are died and born, no initial', () => {
  assert.deepEqual(names('Grandfather lived in Ghana, d. 1997; aunt in Chile, b. 1950; uncle, Peru, d. at 40.'), []);
  assert.deepEqual(names('Signed: Okafor, D. and Brennan, B.'), ['Okafor, D.', 'Brennan, B.']);
});

test('a note in capitals names crews, handovers and prescribers before their credentials', () => {
  assert.deepEqual(names('RUN REPORT\nPT: HALVERSEN, TORA   AGE 71\nCREW: R. ABUBAKAR EMT, L. SZABO EMT'), ['HALVERSEN, TORA', 'R. ABUBAKAR', 'L. SZABO']);
  assert.deepEqual(names('MICRO\nPATIENT: QUISPE, ELVA\nRESULT CALLED TO JUNE PRICE RN ON 6 WEST BY M. CASTELLANOS.'), ['QUISPE, ELVA', 'JUNE PRICE', 'M. CASTELLANOS']);
  assert.deepEqual(names('MICRO\nPATIENT: QUISPE, ELVA\nGROWTH OF E. COLI PT. CAUSED BY S. AUREUS. PT CLASS: O'), ['QUISPE, ELVA']);
});
