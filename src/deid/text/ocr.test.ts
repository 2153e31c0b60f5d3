// OCR's letters for digits and digits for letters, repaired in a copy of the same length.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ocrDigitLetters, repairLeaders, repairOcr } from './ocr.js';
import { DigitRuns, tokenize } from './tokens.js';

const count = (text: string): number => {
  const runs = new DigitRuns();
  tokenize(text, text.toLowerCase(), undefined, runs);
  return ocrDigitLetters(text, runs.starts(), runs.lengths());
};

test('letters inside written numbers are read as digits', () => {
  const text = 'Fax (4l7) 555-0l49, DOB 03/2l/1957 at 14:O3';
  assert.equal(count(text), 4);
  assert.equal(repairOcr(text, 1), 'Fax (417) 555-0149, DOB 03/21/1957 at 14:03');
});

test("a month's two letters before a date's separator, and blanks around a form's slashes", () => {
  const text = 'Signed ll-2O-26; from ll/15/2026 to l2 / 3l / 2027; call 555-0l47';
  assert.ok(count(text) >= 1);
  assert.equal(repairOcr(text, 1), 'Signed 11-20-26; from 11/15/2026 to 12 / 31 / 2027; call 555-0147');
  // Words before a slash keep their letters: "all/15", "Bill/10", "Ill/2", "I/O 2".
  assert.equal(repairOcr('all/15 Bill/10 Ill/2 I/O 2', 1), 'all/15 Bill/10 Ill/2 I/O 2');
});

test('chemistry, units and isotopes are no OCR errors', () => {
  assert.equal(count('O2 2l NC, SpO2 94%, I-131, H2O, CO2 24, 10 l/min'), 0);
});

test('digits inside words are read as letters only in a scanned text', () => {
  const text = 'FR0M Ha1ey Fami1y Medicine, Regiona1 (4l7) 555-0l49; A1c';
  assert.equal(repairOcr(text, count(text)), 'FROM Haley Family Medicine, Regional (417) 555-0149; Alc');
  assert.equal(repairOcr('FR0M Ha1ey; A1c', 0), 'FR0M Ha1ey; A1c');
  assert.equal(repairOcr(text, 2).length, text.length);
});

test("round 51: a form's dot leaders are read as a label's colon and blanks, same length", () => {
  const text = 'Employee...... Delacroix, B\nDate:....... 11/28/2026\nOOP max ......... $6,000\nPages.....\nwait... then 1....2';
  const out = repairLeaders(text);
  assert.equal(out.length, text.length);
  assert.equal(out, 'Employee:      Delacroix, B\nDate:        11/28/2026\nOOP max :         $6,000\nPages.....\nwait... then 1....2');
  assert.equal(repairLeaders('no leaders here.'), 'no leaders here.');
});

test('a leader before a label\'s own colon becomes blanks, the colon kept', () => {
  assert.equal(repairLeaders('LAST NAME....: OSEI'), 'LAST NAME    : OSEI');
  assert.equal(repairLeaders('Employee...... Delacroix'), 'Employee:      Delacroix');
});

test("round 155: a scanned note's 0 opening a word is its O, and a state's l before a ZIP its I", () => {
  const text = 'Dr. Marguerite 0lsen\nRhinelander Wl 5450l\nPeoria lL 61602\n0 tabs, 0mg, 10lsen, Wl-Fi, Wl 12 units';
  const out = repairOcr(text, 3);
  assert.equal(out.length, text.length);
  assert.equal(out, 'Dr. Marguerite Olsen\nRhinelander WI 54501\nPeoria IL 61602\n0 tabs, 0mg, 10lsen, Wl-Fi, Wl 12 units');
  // Only in a note that looks scanned (two letters or more read for digits).
  assert.equal(repairOcr('Dr. 0lsen', 0), 'Dr. 0lsen');
});
