// Month/days without a year that only the note around them makes dates, and the scores beside them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../analyze.js';

const analyzer = createAnalyzer();
const dates = (text: string): string[] => analyzer.analyze(text).filter((f) => f.type === 'DATE').map((f) => text.slice(f.start, f.end));

test('a note with full slash dates makes its bare month/days dates', () => {
  const note = 'Born 02/11/2026, discharged 03/30/2026.\nSurfactant x1 (2/11), caffeine stopped.\nFull feeds 3/22. Head US 2/19: normal.';
  assert.deepEqual(dates(note), ['02/11/2026', '03/30/2026', '2/11', '3/22', '2/19']);
});

test('scores and fractions in such a note stay as they are', () => {
  const note =
    'Admit 03/02/2026. Discharge 03/09/2026.\nPupils 4/3 mm, then 3/2.\nReflexes 2/4, strength 4/5, pain 6/10, grade 3/6 murmur.\n' +
    'Apgars 8/9. GCS 14/15. Gave 1/2 tab and 2/3 doses. Passed 6/7 items. Stool 7/7.\nPHQ-2: 1/6. M-CHAT-R 1/20 (low risk).';
  assert.deepEqual(dates(note), ['03/02/2026', '03/09/2026']);
});

test('without full slash dates a bare month/day needs its own evidence; a day past the 12th is its own', () => {
  assert.deepEqual(dates('Surfactant x1 (2/11), caffeine stopped. Full feeds 3/22.'), ['3/22']);
  assert.deepEqual(dates('Surfactant x1 (2/11), caffeine stopped. Full feeds 3/12.'), []);
});

test('a note with one full date lends its month only to a day that ends as a date', () => {
  const note = 'DOB: 11/26/2026 03:14. Hearing screen passed both ears 11/27. Full feeds 12/14. Passed 11/14 trials; murmur 11/16 noted.';
  assert.deepEqual(dates(note), ['11/26/2026', '11/27', '12/14']);
});

test('pairs on a line that holds a pair no date can be are measures, not dates of the note', () => {
  const note = 'Tested 05/19/2026 and 11/10/2026.\nWheal/flare (mm): histamine 6/22, saline 0/0, mite 8/25, cat 12/40, oak 4/12.\nFull feeds 6/22.';
  assert.deepEqual(dates(note), ['05/19/2026', '11/10/2026', '6/22']);
});

test('a month/day before "at" and a named clinic is a visit\'s day; a half before one is a dose', () => {
  assert.deepEqual(dates('Outpatient lactation 12/2 at Kearney Lactation & Family Center.'), ['12/2']);
  assert.deepEqual(dates('Give 1/2 at Mercy Clinic if needed; 3/4 at the bedside.'), []);
});

test('round 59: Veterans Day and Juneteenth with a year or a cue are dates; the parade is not', () => {
  assert.deepEqual(dates('Seen on Veterans Day 2025 and again on Juneteenth.'), ['Veterans Day 2025', 'Juneteenth']);
  assert.deepEqual(dates('The Veterans Day parade and Presidents Day sales were busy.'), []);
});

test('a day ordinal after a short weekday, or before "by" a person or "because", is a day; a count is not', () => {
  assert.deepEqual(dates('fine, wed the 17th works. switched on the 22nd by dr x, skipped on the 5th because the store was shut.'), ['17th', '22nd', '5th']);
  assert.deepEqual(dates('Take the 2nd by mouth; the 3rd because-clause is a typo.'), []);
});

test('"May I" after a day that ends a sentence is no month of that day', () => {
  assert.deepEqual(dates('Send the camp form by July 3. May I fax it instead?'), ['July 3']);
});

test("a staff heading's month/day after a 24-hour clock or a heading word is a date; a census count is not", () => {
  assert.deepEqual(dates('Huddle 0645 12/4 3W\nPresent: all'), ['12/4']);
  assert.deepEqual(dates('Vocera log 12/3\n19:12 call'), ['12/3']);
  assert.deepEqual(dates('Census 26/32\nhuddle: falls 3/4 units\nBoard 2/5 beds open'), []);
});

test('an age over 89 in words after a given name or a participant and a verb of age; a reading after a word is none', () => {
  const ages = (text: string): string[] => analyzer.analyze(text).filter((f) => f.type === 'AGE').map((f) => text.slice(f.start, f.end));
  assert.deepEqual(ages('Harold was ninety-six and loved his garden; participant is ninety-one; her sister is 94 herself.'), ['ninety-six', 'ninety-one', '94']);
  assert.deepEqual(ages('Pulse was ninety and regular; Rose was ninety pounds; Score is one hundred.'), []);
});

test('round 72: a result back on a month/day is a date; a pain score of the back is not', () => {
  assert.deepEqual(dates('Panel back 10/13; flow came back on 9/29.'), ['10/13', '9/29']);
  assert.deepEqual(dates('Low back 6/10. Back 8/10 after lifting.'), []);
});

test('a texted day: an ordinal after a weekday written in full or before "to" and a deed, a month in lower case after a preposition', () => {
  assert.deepEqual(dates('ok see you Wednesday 11th. i stopped by on the 4th to drop off the form. hes been worse since july, i think'), ['Wednesday 11th', '4th', 'july']);
  assert.deepEqual(dates('Saturday 2nd floor lobby; the 2nd to last dose; in march we may go; an august panel'), []);
});

test("round 73: a pregnancy's scan or glucose test before a month/day dates it; the test's count of values and the pronoun do not", () => {
  assert.deepEqual(dates('Dating U/S 4/2 agrees with LMP; anatomy US 6/18 normal; 1 hr GCT 7/30 was 151.'), ['4/2', '6/18', '7/30']);
  assert.deepEqual(dates('3 hr GTT 2/4 values high; BPP 8/8; she told us 3/4 of it.'), []);
});

test('round 68: a relative day and its month/day after one blank is a date; a score or a share after it is none', () => {
  assert.deepEqual(dates('INR yesterday 10/22 read 3.4; echo tmrw 12/8 w cards'), ['10/22', '12/8']);
  assert.deepEqual(dates('pain today 7/10; strength today 4/5; ate today 3/4 of tray; today 2/6 bottles'), []);
});

test('round 78: a pharmacy\'s pickup day is a date; a share of orders is none', () => {
  assert.deepEqual(dates('Counseled at pickup 5/14. Patient picked up 6/2; ok.'), ['5/14', '6/2']);
  assert.deepEqual(dates('Curbside pickup 2/3 of orders.'), []);
});

test('round 77: a day a review, a device or a thread reports and a quality meeting\'s day are dates; counts are none', () => {
  assert.deepEqual(dates('Leak found 9/23; upload failed 8/17; she wrote 7/29: ok; request submitted 6/18 by fax; order ships 4/27.'), ['9/23', '8/17', '7/29', '6/18', '4/27']);
  assert.deepEqual(dates('From the 5/13 M&M and the 8/26 safety huddle; wound culture 3/22 with MRSA.'), ['5/13', '8/26', '3/22']);
  assert.deepEqual(dates('found 3/4 of doses; failed 2/3 attempts; culture 2/4 bottles; the 3/4 conference rooms; wrote 2/3 of it'), []);
});

test('round 75: a bracket of days of one month in order is a list of dates; fractions and repeated scores are not', () => {
  assert.deepEqual(dates('No-shows (10/3, 10/10, 10/17) at the unit.'), ['10/3', '10/10', '10/17']);
  assert.deepEqual(dates('Titres (1/2, 1/4, 1/8); grip (4/5, 4/5, 5/5); counts (3/9, 3/7, 3/12).'), []);
  // Two days are no list by round 75's rule. "2/14" is a date by its own shape (a day past the 12th, nothing counted
  // after it), and since round 164 "10/3" too (a month over a smaller day, which no share is); since round 166 "10/10"
  // is read with it, a later day of the same month after a day of that shape (listedMonthDay). "(3/6, 3/10)" stays.
  assert.deepEqual(dates('Seen (10/3, 10/10) and (2/14 rest).'), ['10/3', '10/10', '2/14']);
  assert.deepEqual(dates('Seen (3/6, 3/10) and (2/14 rest).'), ['2/14']);
});

test('round 75: a run-together day and capitalised month, a hyphenated month-day-year, a day and its half of the day', () => {
  assert.deepEqual(dates('Admit 12Aug25; op 30Sep; clinic Feb-03-2025. Found 3/27 am. Take 1/2 am.'), ['12Aug25', '30Sep', 'Feb-03-2025', '3/27']);
  assert.deepEqual(dates('Gave 5Mg, 4may and Mar-5 step.'), []);
});

test("round 80: a work status's last day after \"to\" and employee health's tests are dates; amounts stay", () => {
  assert.deepEqual(dates('Restrictions to 1/19; light duty extended to 2/27, per ortho. Tilt table 5/13 positive; audiogram 7/22 shows a notch; fit test 3/18.'), ['1/19', '2/27', '5/13', '7/22', '3/18']);
  assert.deepEqual(dates('Restricted to 3/4 of a tab; spirometry 2/3 efforts; extended to 1/2 dose.'), []);
});

test('round 82: a unit issued, a thing lost and a journey on a month/day are dates; counts and scores are none', () => {
  assert.deepEqual(dates('Unit issued 8/30 to 4 North; lost housing 6/2; flies to Perth 5/14, then home; leaves for Accra 1/9.'), ['8/30', '6/2', '5/14', '1/9']);
  assert.deepEqual(dates('issued 2/3 of units; lost 2/3 of it; lost strength 4/5; returned to baseline 8/10; arrived in pain 7/10.'), []);
});

test('round 79: typed months, a lower-case short month after a weekday or a plan, a post\'s day', () => {
  assert.deepEqual(dates('cant make it jan 6; drive me mar 9 ok; by sat oct 17; born feburary 3 1950; posted 6/14 by mom'), ['jan 6', 'mar 9', 'oct 17', 'feburary 3 1950', '6/14']);
  assert.deepEqual(dates('reflexes dec 3+ bilaterally; may 2 times a day; dec 3 units at bedtime'), []);
});

test('round 79: an age over 89 texted without the apostrophe, or before "so", "next" or "on the <n>th"', () => {
  const ages = (text: string): string[] => analyzer.analyze(text).filter((f) => f.type === 'AGE').map((f) => text.slice(f.start, f.end));
  assert.deepEqual(ages('hes 94 so we worry. Grandpa turns 97 next week. She turns 92 on the 8th.'), ['94', '97', '92']);
  assert.deepEqual(ages('she is 95 so far on room air; hes 45 so no screening'), []);
});

test("round 81: a heart cath's day, a plan's day before its condition and a dated note's first days are dates", () => {
  assert.deepEqual(dates('LHC 9/14 80% mid RCA; expect d/c 6/22 if afebrile.'), ['9/14', '6/22']);
  assert.deepEqual(dates('Note 10/06/2026, next 10/19/2026. MRI brain 10/2: clear; first negative set (10/1).'), ['10/06/2026', '10/19/2026', '10/2', '10/1']);
  assert.deepEqual(dates('RHC 2/3 vessels; d/c 1/2 tab if dizzy; repeat 2/3 pending cultures.'), []);
  assert.deepEqual(dates('Note 09/10/2025 and 09/14/2025. Pupils 6/3 brisk; 4/2 split.'), ['09/10/2025', '09/14/2025']);
});

test("a cumulative report's header row of month/days dates each column", () => {
  assert.deepEqual(dates('CUMULATIVE\nDATE        3/14     3/16     3/19\nNA          134      137      139'), ['3/14', '3/16', '3/19']);
  assert.deepEqual(dates('MOTOR\nSTRENGTH    4/5   5/5   5/5'), []);
});

test('round 86: a dose changed on a day, a hospital day or a measure before a bracketed day, a day of a relative month', () => {
  assert.deepEqual(dates('Amlodipine 5 mg (increased 10/21). POD 4 (2/2): walking. Wt 66.1 kg (9/3) vs 67.0 kg (8/27). The 11th of the following month'), ['10/21', '2/2', '9/3', '8/27', '11th']);
  assert.deepEqual(dates('Pain increased 3/10 to 6/10. POD 2 (1/2 dose). Cr 1.1 mg/dL (2/3 of baseline). Pain 9/10 -> 4/10 at 0715. ADLs 5/6.'), []);
});

test('round 86: Commonwealth holidays after a cue and a Roman month with its year; a class numeral stays', () => {
  assert.deepEqual(dates('admitted on Boxing Day; hernia repair XI.2014 and stent V/2021'), ['Boxing Day', 'XI.2014', 'V/2021']);
  assert.deepEqual(dates('Remembrance Day service; NYHA class II/2018 cohort; grade III.2020 revision'), []);
});

test('round 86: an age in words in brackets after a name, not after an acronym', () => {
  const ages = (text: string): string[] => analyzer.analyze(text).filter((f) => f.type === 'AGE').map((f) => text.slice(f.start, f.end));
  assert.deepEqual(ages('Visit for Annelise Dorn (ninety-seven) today.'), ['ninety-seven']);
  assert.deepEqual(ages('HR (ninety), SBP (one hundred ten).'), []);
});
