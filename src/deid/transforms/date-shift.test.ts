// Per-patient date shifts: the keyed shift itself, and shifting dates of every precision in place.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PhigateError } from '../../errors.js';
import { shiftDateText, shiftDaysFor } from './date-shift.js';

const KEY = Buffer.alloc(32, 1);
const OTHER_KEY = Buffer.alloc(32, 2);

describe('shiftDaysFor', () => {
  test('is deterministic per key and patient, within range, never 0', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 300; i++) {
      const d = shiftDaysFor(KEY, `patient-${i}`, 30);
      assert.equal(d, shiftDaysFor(KEY, `patient-${i}`, 30));
      assert.ok(d !== 0 && d >= -30 && d <= 30, `shift ${d}`);
      seen.add(d);
    }
    assert.ok(seen.size > 40, 'shifts spread over the range');
    assert.ok([...seen].some((d) => d < 0) && [...seen].some((d) => d > 0));
  });
  test('depends on the patient and on the key', () => {
    const a = Array.from({ length: 20 }, (_, i) => shiftDaysFor(KEY, `p${i}`));
    const b = Array.from({ length: 20 }, (_, i) => shiftDaysFor(OTHER_KEY, `p${i}`));
    assert.notDeepEqual(a, b);
    assert.ok(new Set(a).size > 15);
  });
  test('maxDays 1 gives -1 or +1', () => {
    const seen = new Set(Array.from({ length: 50 }, (_, i) => shiftDaysFor(KEY, `p${i}`, 1)));
    assert.deepEqual([...seen].sort(), [-1, 1]);
  });
  test('rejects a bad maxDays', () => {
    for (const bad of [0, -5, 1.5, 40_000, Number.NaN]) {
      assert.throws(() => shiftDaysFor(KEY, 'p', bad), (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_BAD_CONFIG');
    }
  });
});

describe('shiftDateText', () => {
  const cases: [string, number, string | undefined][] = [
    ['03/04/1950', 10, '03/14/1950'],
    ['3/4/1950', -4, '2/28/1950'], // 1950 is not a leap year
    ['2020-02-28', 1, '2020-02-29'],
    ['2020-12-31', 1, '2021-01-01'],
    ['4 Mar 1950', 105, '17 Jun 1950'],
    ['March 4th', 105, 'June 17th'], // no year: day and month move
    ['Mar-2020', 40, 'Apr-2020'], // month precision: whole months, at least one
    ['Mar-2020', 3, 'Apr-2020'],
    ['Mar-2020', -3, 'Feb-2020'],
    ['Jan 2020', -40, 'Dec 2019'],
    ['3-4-50', 365, '3-4-51'],
    ['Monday, March 4, 2024', 1, 'Tuesday, March 5, 2024'],
    ['2020-03-04T10:30:00Z', -1, '2020-03-03T10:30:00Z'],
    ['2020', 200, '2021'], // a year alone moves when the shift passes half a year
    ['2020', 100, '2020'], // ... and may stay (years are not Safe Harbor identifiers)
    ['Tuesday', 3, 'Friday'], // a weekday alone moves with the patient's shift
    ['last friday', -1, 'last thursday'],
    ['Tuesday', 14, undefined], // whole weeks would leave it unchanged: callers fall back
    ['March 4th', 365, undefined], // a whole year would leave it unchanged: callers fall back
    ['Christmas', 10, undefined],
  ];
  for (const [text, days, want] of cases) {
    test(`${text} ${days > 0 ? '+' : ''}${days} -> ${want}`, () => assert.equal(shiftDateText(text, days), want));
  }
});
