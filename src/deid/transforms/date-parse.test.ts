// Date shapes: which formats are read, that each is written back unchanged, and how new values render.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDate, renderDate } from './date-parse.js';

// [text, precision, year, month, day]; year 2000 / month 1 / day 1 stand for "not in the text".
const PARSED: [string, string, number, number, number][] = [
  ['03/04/1950', 'ymd', 1950, 3, 4],
  ['3/4/1950', 'ymd', 1950, 3, 4],
  ['3-4-50', 'ymd', 1950, 3, 4],
  ['3/4/20', 'ymd', 2020, 3, 4],
  ['31/12/2020', 'ymd', 2020, 12, 31],
  ['04.03.1950', 'ymd', 1950, 3, 4], // dotted dates are read day first
  ['2020-03-04', 'ymd', 2020, 3, 4],
  ['2020/03/04', 'ymd', 2020, 3, 4],
  ['20200304', 'ymd', 2020, 3, 4],
  ['2020-03-04T10:30:00Z', 'ymd', 2020, 3, 4],
  ['03/04/2020 10:30 AM', 'ymd', 2020, 3, 4],
  ['4 Mar 1950', 'ymd', 1950, 3, 4],
  ['04-MAR-1950', 'ymd', 1950, 3, 4],
  ['March 4, 1950', 'ymd', 1950, 3, 4],
  ['Mar. 4th, 1950', 'ymd', 1950, 3, 4],
  ['the 4th of March, 1950', 'ymd', 1950, 3, 4],
  ['Monday, March 4, 2024', 'ymd', 2024, 3, 4],
  ["Mar 4 '50", 'ymd', 1950, 3, 4],
  ['March 4th', 'md', 2000, 3, 4],
  ['Feb 29', 'md', 2000, 2, 29],
  ['03/04', 'md', 2000, 3, 4],
  ['Mar-2020', 'ym', 2020, 3, 1],
  ['March 2020', 'ym', 2020, 3, 1],
  ["Mar '50", 'ym', 1950, 3, 1],
  ['03/2020', 'ym', 2020, 3, 1],
  ['2020-03', 'ym', 2020, 3, 1],
  ['2020', 'y', 2020, 1, 1],
  ['September', 'm', 2000, 9, 1],
  ['Sept 5', 'md', 2000, 9, 5],
  ['Tuesday', 'w', 2000, 1, 4], // a weekday alone: 2000-01-02 is a Sunday
  ['last Friday', 'w', 2000, 1, 7],
];

const UNPARSEABLE = ['Christmas', '13/13/2020', '02/30/2020', 'Feb 30', '3/4 to 3/6', 'Monday, March 4th',
  'Monday 4', 'last month', 'yesterday', '123456', '2020-03-04-05', 'March April 2020', ''];

describe('parseDate', () => {
  for (const [text, precision, year, month, day] of PARSED) {
    test(`reads ${JSON.stringify(text)}`, () => {
      const p = parseDate(text);
      assert.ok(p, 'parsed');
      assert.deepEqual([p.precision, p.year, p.month, p.day], [precision, year, month, day]);
    });
    test(`writes ${JSON.stringify(text)} back unchanged`, () => {
      const p = parseDate(text);
      assert.ok(p);
      assert.equal(renderDate(p, p), text);
    });
  }
  for (const text of UNPARSEABLE) {
    test(`does not read ${JSON.stringify(text)}`, () => assert.equal(parseDate(text), undefined));
  }
});

describe('renderDate keeps the format', () => {
  const cases: [string, string][] = [
    ['03/04/1950', '11/21/1950'],
    ['3/4/1950', '11/21/1950'],
    ['4 Mar 1950', '21 Nov 1950'],
    ['04-MAR-1950', '21-NOV-1950'],
    ['march 4, 1950', 'november 21, 1950'],
    ['March 4th, 1950', 'November 21st, 1950'],
    ['MARCH 4TH', 'NOVEMBER 21ST'],
    ['Sept 4', 'Nov 21'],
    ['3-4-50', '11-21-50'],
    ['19500304', '19501121'],
    ['Saturday, March 4, 1950', 'Tuesday, November 21, 1950'], // weekday recomputed
    ['2020-03-04T10:30:00Z', '1950-11-21T10:30:00Z'],
  ];
  const padding: [string, string][] = [
    ['August 19, 2023', 'February 5, 2023'], // a two-digit day says nothing about padding: textual dates don't pad
    ['12/19/2023', '02/05/2023'], // ... numeric ones do
    ['3/19/2023', '2/5/2023'], // ... unless the sibling shows otherwise
    ['12/9/2023', '2/5/2023'],
    ['12/09/2023', '02/05/2023'],
  ];
  for (const [from, to] of padding) {
    test(`${from} -> ${to}`, () => {
      const p = parseDate(from);
      assert.ok(p);
      assert.equal(renderDate(p, { year: 2023, month: 2, day: 5 }), to);
    });
  }
  for (const [from, to] of cases) {
    test(`${from} -> ${to}`, () => {
      const p = parseDate(from);
      assert.ok(p);
      assert.equal(renderDate(p, { year: 1950, month: 11, day: 21 }), to);
    });
  }
  test('ordinal suffixes follow the day', () => {
    const p = parseDate('March 4th');
    assert.ok(p);
    const got = [1, 2, 3, 11, 12, 13, 21, 22, 23, 31].map((day) => renderDate(p, { year: 2000, month: 1, day }));
    assert.deepEqual(got, ['January 1st', 'January 2nd', 'January 3rd', 'January 11th', 'January 12th',
      'January 13th', 'January 21st', 'January 22nd', 'January 23rd', 'January 31st']);
  });
});
