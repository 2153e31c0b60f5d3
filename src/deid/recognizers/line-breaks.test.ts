// A name or a place may wrap onto the next line, but never onto a labelled field or a heading after its head word:
// "Name: Keala Morris\nMed Rec #: 6907" was one name with "Med", and propagation then found "Med" and "Rec"
// across the note as names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyze.js';

const analyzer = createAnalyzer();
const found = (text: string): string[] => analyzer.analyze(text).map((f) => `${f.type} ${text.slice(f.start, f.end)}`);

test('a name ends at the line break before a labelled field', () => {
  assert.deepEqual(found('Name: Keala Morris\nMed Rec #: 6907406286'), ['NAME Keala Morris', 'MRN 6907406286']);
  assert.deepEqual(found('Name: Gregory Jackson\nMed Rec #: 2192080'), ['NAME Gregory Jackson', 'MRN 2192080'], "a surname that names a hospital is the surname when the facility word opens the next line");
  assert.deepEqual(found('Seen by Dr. Maria\nGonzalez today.'), ['NAME Dr. Maria\nGonzalez'], 'a name wrapped in prose is still one name');
});

test("a facility with its head word ends at the line's end; one still waiting for its head wraps", () => {
  assert.deepEqual(found('Oakridge Surgery Center\nHOSPITAL DISCHARGE SUMMARY'), ['FACILITY Oakridge Surgery Center']);
  assert.deepEqual(found('Referred by Lakeshore Heart\nAssociates for evaluation.').map((s) => s.slice(s.indexOf(' ') + 1)), ['Lakeshore Heart\nAssociates']);
});

test('a two-letter surname in capitals before its given name, after "Name:"', () => {
  assert.deepEqual(found('Name: LE,ETHAN\nMed Rec #: G1514622'), ['NAME LE,ETHAN', 'MRN G1514622']);
  assert.deepEqual(found('Name: VO, SARA\nDOB: 1/2/1950'), ['NAME VO, SARA', 'DATE 1/2/1950']);
});
