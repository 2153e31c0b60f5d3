// The readers of structured text pasted into a note: a CSV export's columns end where a line of another shape begins.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyze.js';

const analyzer = createAnalyzer();

test('a CSV export ends at a line of another shape: an HL7 segment or a JSON document under it is read by its own reader', () => {
  const csv = '"patient_id","first_name","dob"\n"88124471","Rosalind","1951-07-30"\n';
  const hl7 = 'PID|1||88124473^^^MRN||ABERNATHY^RUTH^T||19420318|F';
  const json = '{"resourceType":"Patient","name":[{"family":"Okafor","given":["Chidinma"]}]}';
  const text = `${csv}${hl7}\n${json}`;
  const found = analyzer.analyze(text).map((f) => ({ value: text.slice(f.start, f.end), recognizer: f.recognizer }));
  // The export's rows are the table's.
  assert.ok(found.some((f) => f.value === '88124471' && f.recognizer === 'table-column'));
  // No finding spans a whole pasted line, and none of those lines is read as the export's columns.
  for (const line of [hl7, json]) assert.ok(!found.some((f) => f.value.includes(line.slice(0, 12))), JSON.stringify(found));
  assert.ok(!found.some((f) => f.recognizer === 'table-column' && text.indexOf(f.value) > csv.length));
  for (const value of ['88124473', 'ABERNATHY^RUTH^T', 'Okafor', 'Chidinma']) assert.ok(found.some((f) => f.value === value), value);
});

test('rows with a quoted separator keep their cells', () => {
  const text = 'mrn,name,dob\n55120,"Smith, John",03/04/1950\n55121,"Okafor, Ada",1951-07-30';
  const values = analyzer.analyze(text).map((f) => text.slice(f.start, f.end));
  for (const value of ['55120', 'Smith, John', '55121', 'Okafor, Ada']) assert.ok(values.some((v) => v.includes(value)), value);
});

test("a date column's cell is a date only when it holds one: a year alone is none", () => {
  const text = 'mrn,name,dob\n55120,Ada Okafor,1950\n55121,Ben Okafor,03/04/1950\n55122,Cy Okafor,4 Mar 1951';
  const dates = analyzer.analyze(text).filter((f) => f.type === 'DATE').map((f) => text.slice(f.start, f.end));
  assert.deepEqual(dates, ['03/04/1950', '4 Mar 1951']);
});

test('round 60: family^given outside a segment is a name when its given name is listed; carets of codes stay', () => {
  const text = 'Results came for TREMBLAY^GISELE^R. Codes 2345-7^GLUCOSE^LN, OSU^MR, ORU^R01 and WHITE^BLOOD^CELL.';
  const names = analyzer.analyze(text).filter((f) => f.type === 'NAME').map((f) => text.slice(f.start, f.end));
  assert.deepEqual(names, ['TREMBLAY^GISELE^R']);
});

test('round 60: columns named by role, by whose value and kind, and a serial number; a lot\'s dates stay', () => {
  const text = 'pt_last,pt_first,svc_dt,member_no,Referring MD,Serial Number,expiry_dt\nOSEI,KWAME,20230405,HX99812,Castellane,7731905,2026/08';
  const found = analyzer.analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
  for (const v of ['NAME:OSEI', 'NAME:KWAME', 'DATE:20230405', 'HEALTHPLAN:HX99812', 'NAME:Castellane', 'DEVICE:7731905']) assert.ok(found.includes(v), `${v} in ${JSON.stringify(found)}`);
  assert.ok(!found.some((f) => f.endsWith('2026/08')), JSON.stringify(found));
});

test('an X12 number element ends at its first blank when prose follows the segment on its line; a name keeps its spaces', () => {
  const text = 'NM1*85*2*BILLING PROVIDER NAME*****XX*1234567893 is the template line; fill the rest per the guide.\nN3*12 OAK HOLLOW LN~';
  const found = analyzer.analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
  assert.ok(found.includes('LICENSE:1234567893'), JSON.stringify(found));
  assert.ok(found.includes('ADDRESS:12 OAK HOLLOW LN'), JSON.stringify(found));
  assert.ok(!found.some((f) => f.includes('template')), JSON.stringify(found));
});

test('round 67: a spaced table\'s lot column is read as lots, and a staff cell drops its closing credential', () => {
  const text = 'Vaccine     Date        Lot        Site     Given by\nKinrix      03/11/2025  TX38PQ2    L arm    R. Feeney, LPN\nGauze       n/a         see box    -        n/a';
  const found = analyzer.analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
  assert.ok(found.includes('DEVICE:TX38PQ2'), JSON.stringify(found));
  assert.ok(found.some((f) => f.endsWith(':R. Feeney')), JSON.stringify(found));
  assert.ok(!found.some((f) => f.includes('LPN') || f.includes('see box')), JSON.stringify(found));
});

test("round 71: a drawn table's Rx column holds prescription numbers; drugs and doses under it are none", () => {
  const text = '| Filled | Rx # | Rx |\n|---|---|---|\n| 02/11/2026 | 883104-02 | metformin 500 mg |';
  const found = analyzer.analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
  assert.ok(found.includes('ID:883104-02'), JSON.stringify(found));
  assert.ok(!found.some((f) => f.includes('metformin') || f.includes('500')), JSON.stringify(found));
});

test("an HL7 message's facilities are places, its applications and a ward's room and bed are not", () => {
  const text =
    'MSH|^~\\&|EPIC|LAKEVIEWMED|LABSYS|HARBORCLIN^2.16.840.1.113883.19.4^ISO|20240304101500||ADT^A01|M1|P|2.5\r' +
    'PID|1||4455667^^^MRN^MR||QUILLFEATHER^ODETTE||19470612|F\r' +
    // PV1-39, the servicing facility, after 36 more separators.
    `PV1|1|I|4W^412^A^NORTHGATE CAMPUS${'|'.repeat(36)}WESTBRIDGE`;
  const found = analyzer.analyze(text).map((f) => ({ value: text.slice(f.start, f.end), type: f.type }));
  for (const value of ['LAKEVIEWMED', 'HARBORCLIN', 'NORTHGATE CAMPUS', 'WESTBRIDGE']) {
    assert.ok(found.some((f) => f.value === value && f.type === 'FACILITY'), `${value}: ${JSON.stringify(found)}`);
  }
  for (const value of ['EPIC', 'LABSYS', '4W', '412']) assert.ok(!found.some((f) => f.value === value), value);
});
