// Round 74: letters and discharge cards from outside the US (relations in Indian forms, crews in run reports,
// Malaysian streets, residence fields, Dublin's districts, Australian letterheads, British course lengths).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyze.js';

const analyzer = createAnalyzer();
const spans = (text: string): string[] => analyzer.analyze(text).map((f) => text.slice(f.start, f.end));
const found = (text: string): string[] => analyzer.analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

test('a relation heading its line names the father or the husband, not "without"', () => {
  assert.ok(spans('Name: Kamala\nW/o Late Devendra Nath\nAge: 51').includes('Devendra Nath'));
  assert.ok(spans('Name: Vikram\nS/o R. Subbaiah\nAge: 30').includes('R. Subbaiah'));
  assert.deepEqual(spans('W/o Contrast\nS/o Pain'), []);
});

test('a crew role in brackets after an initial and a surname names the crew member', () => {
  assert.ok(spans('Crew: M. Herangi (Paramedic)').includes('M. Herangi'));
  assert.deepEqual(spans('Charge Nurse (Paramedic liaison) aware'), []);
});

test("Malaysian streets put the street word first; a residence's field holds its places", () => {
  assert.ok(spans('Stays at No. 3, Jalan Melati 2, 43000 Kajang.').some((s) => s.startsWith('No. 3, Jalan Melati 2')));
  assert.deepEqual(spans('Residence: Bamburi, Mombasa   Tel: 555-0101'), ['Bamburi, Mombasa', '555-0101']);
  assert.deepEqual(spans('Residence: Nursing Home, Level 2'), []);
});

test("Dublin's postal district and a letterhead's suburb before its state and postcode", () => {
  assert.ok(found('St Vincent Hospital, Dublin 4\nDept').includes('LOCATION:Dublin 4'));
  assert.ok(spans('Eastern Health - Box Hill VIC 3128').includes('Box Hill'));
});

test('a course or a review interval in British notation is no date', () => {
  assert.deepEqual(spans('Doxycycline 100mg OD for 4/7, review in 9/12; three courses over the last 7/7.'), []);
  assert.deepEqual(spans('Discharged on 5/7.'), ['5/7']);
});
