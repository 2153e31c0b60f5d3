// Surrogates per type: the shape each keeps, keying and consistency, and the never-real ranges.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EntityType } from '../types.js';
import { parseDate } from './date-parse.js';
import { RESTRICTED_ZIP3 } from './surrogate-numbers.js';
import { surrogateFor } from './surrogate.js';

const KEY = Buffer.alloc(32, 3);
const KEY2 = Buffer.alloc(32, 4);
const sur = (type: EntityType, value: string, key = KEY): string => {
  const out = surrogateFor(type, value, key);
  assert.ok(out !== undefined, `a surrogate for ${type}`);
  return out;
};

// [type, original, shape the surrogate must have]
const SHAPES: [EntityType, string, RegExp][] = [
  ['DATE', '03/04/1950', /^\d\d\/\d\d\/1950$/],
  ['DATE', '4 Mar 1950', /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 1950$/],
  ['DATE', 'March 4th', /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(st|nd|rd|th)$/],
  ['DATE', '2020-03-04', /^2020-\d\d-\d\d$/],
  ['DATE', 'Mar-2020', /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-2020$/],
  ['DATE', '3-4-50', /^\d{1,2}-\d{1,2}-50$/],
  ['DATE', '2020', /^(20[0-2]\d|2030)$/],
  ['DATE', 'Christmas 2019', /^\d\d\/\d\d\/2019$/],
  ['DATE', 'last Tuesday', /^last (Sunday|Monday|Wednesday|Thursday|Friday|Saturday)$/],
  ['PHONE', '(617) 555-1234', /^\([2-9][0-8]\d\) 555-01\d\d$/],
  ['PHONE', '617.555.1234', /^[2-9][0-8]\d\.555\.01\d\d$/],
  ['PHONE', '+1 617-555-1234 x204', /^\+1 [2-9][0-8]\d-555-01\d\d x\d{3}$/],
  ['PHONE', '+44 20 7946 0958', /^\+[1-9]\d \d\d \d{4} \d{4}$/],
  ['FAX', '6175551234', /^[2-9][0-8]\d55501\d\d$/],
  ['SSN', '123-45-6789', /^9\d\d-(0[1-9]|[1-4]\d)-\d{4}$/],
  ['SSN', '123456789', /^9\d\d(0[1-9]|[1-4]\d)\d{4}$/],
  ['EMAIL', 'j.smith42@gmail.com', /^[a-z]+\.[a-z]+\d\d@example\.(com|org|net)$/],
  ['EMAIL', 'jsmith@clinic.org', /^[a-z]+@example\.(com|org|net)$/],
  ['MRN', '00123-45A', /^\d{5}-\d\d[A-Z]$/],
  ['MRN', 'MRN-88231', /^[A-Z]{3}-[1-9]\d{4}$/],
  ['HEALTHPLAN', 'xq7-881-ab', /^[a-z]{2}\d-\d{3}-[a-z]{2}$/],
  ['ZIP', '02138', /^\d{5}$/],
  ['ZIP', '02138-1234', /^\d{5}-\d{4}$/],
  ['ZIP', 'Akron, OH 44368', /^(?!Akron)[A-Z][a-z]{4}, [A-Z]{2} \d{5}$/], // more than a ZIP: every letter redrawn
  ['ZIP', 'M5V 2T6', /^[A-Z]\d[A-Z] \d[A-Z]\d$/],
  ['AGE', '92', /^(9\d|10[0-4])$/],
  ['AGE', '97-year-old', /^(9\d|10[0-4])-year-old$/],
  ['IP', '10.1.2.3', /^(192\.0\.2|198\.51\.100|203\.0\.113|198\.1[89]\.\d{1,3})\.\d{1,3}$/],
  ['IP', 'FE80::1', /^2001:DB8(:[0-9A-F]{1,4}){6}$/],
  ['URL', 'https://www.mychart.org/patients/1234', /^https:\/\/www\.[a-z]+\.example\.(com|org|net)\/[a-z0-9]{8}$/],
  ['URL', 'mychart.org', /^[a-z]+\.example\.(com|org|net)$/],
  ['NAME', 'John Smith', /^[A-Z][a-z]+ [A-Z][a-z]+$/],
  ['NAME', 'JOHN SMITH', /^[A-Z]+ [A-Z]+$/],
  ['NAME', 'J.D.', /^[A-Z]\.[A-Z]\.$/],
  ['NAME', 'Anna S.', /^[A-Z][a-z]+ [A-Z]\.$/],
  ['NAME', 'Smith, John', /^[A-Z][a-z]+, [A-Z][a-z]+$/],
  ['NAME', 'Dr. Mary-Jane O\'Brien Jr.', /^Dr\. [A-Z][a-z]+-[A-Z][a-z]+ [A-Z][a-z]+ Jr\.$/],
  ['FACILITY', 'Massachusetts General Hospital', /^[A-Z][a-z]+ General Hospital$/],
  ['FACILITY', 'UCLA Medical Center', /^[A-Z]{4} Medical Center$/],
  ['FACILITY', 'General Hospital', /^[A-Z][a-z]+ General Hospital$/],
  ['LOCATION', 'Boston, MA', /^[A-Z][a-z]+, MA$/],
  ['LOCATION', 'BOSTON', /^[A-Z]+$/],
  ['ADDRESS', '123 Main St., Apt 4B', /^[1-9]\d\d [A-Z][a-z]+ St\., Apt [1-9][A-Z]$/],
];

describe('surrogates keep the format', () => {
  for (const [type, value, shape] of SHAPES) {
    test(`${type} ${JSON.stringify(value)}`, () => {
      const out = sur(type, value);
      assert.match(out, shape);
      assert.notEqual(out.toLowerCase(), value.toLowerCase());
      assert.equal(sur(type, value), out, 'same value, same key: same surrogate');
    });
  }
});

describe('surrogates are keyed and consistent', () => {
  test('a different key gives different surrogates', () => {
    const differing = SHAPES.filter(([type, value]) => sur(type, value, KEY) !== sur(type, value, KEY2));
    assert.ok(differing.length >= SHAPES.length - 3, `${differing.length} of ${SHAPES.length} differ`);
  });
  test('a name keeps its surrogate across case, order and titles', () => {
    const full = sur('NAME', 'John Smith');
    const [given, family] = full.split(' ');
    assert.equal(sur('NAME', 'JOHN SMITH'), full.toUpperCase());
    assert.equal(sur('NAME', 'Smith, John'), `${family}, ${given}`);
    assert.equal(sur('NAME', 'Mr. Smith'), `Mr. ${family}`);
    assert.equal(sur('NAME', 'john smith'), full.toLowerCase());
  });
  test('the same date in two formats gets the same surrogate date', () => {
    const a = parseDate(sur('DATE', '03/04/1950'));
    const b = parseDate(sur('DATE', 'March 4, 1950'));
    assert.ok(a && b);
    assert.deepEqual([a.year, a.month, a.day], [b.year, b.month, b.day]);
  });
  test('ids match with and without separators', () => {
    assert.equal(sur('MRN', '123-456').replace('-', ''), sur('MRN', '123456'));
  });
  test('SSN surrogates are never valid SSNs (area 9xx)', () => {
    for (let i = 0; i < 200; i++) {
      const out = sur('SSN', `${String(100 + i).padStart(3, '0')}-12-3456`);
      assert.match(out, /^9\d\d-(0[1-9]|[1-4]\d)-\d{4}$/);
    }
  });
  test('ZIP surrogates avoid the restricted three-digit areas', () => {
    for (let i = 0; i < 300; i++) {
      const out = sur('ZIP', String(10000 + i * 37).padStart(5, '0'));
      assert.ok(!RESTRICTED_ZIP3.has(out.slice(0, 3)) && out.slice(0, 3) !== '000', out);
    }
  });
  test('a card number passing Luhn gets a surrogate that fails it', () => {
    const luhn = (s: string): boolean => {
      const d = s.replace(/\D/g, '');
      let sum = 0;
      for (let i = 0; i < d.length; i++) {
        let x = Number(d[d.length - 1 - i]);
        if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
        sum += x;
      }
      return sum % 10 === 0;
    };
    assert.ok(luhn('4454 7945 1139 0933'));
    for (const card of ['4454 7945 1139 0933', '4111111111111111', '5500-0000-0000-0004']) {
      const out = sur('ACCOUNT', card);
      assert.equal(out.replace(/\d/g, '0'), card.replace(/\d/g, '0'));
      assert.ok(!luhn(out), 'fails Luhn');
    }
  });
  test('ages over 89 stay over 89', () => {
    for (let age = 90; age < 120; age++) assert.ok(Number(sur('AGE', String(age))) >= 90);
  });
  test('no surrogate when the value has nothing to change', () => {
    assert.equal(surrogateFor('MRN', '---', KEY), undefined);
    assert.equal(surrogateFor('NAME', '...', KEY), undefined);
  });
});

test('a surrogate never contains its original (a date one day-digit longer included); a generic facility name is the one exception', () => {
  for (let i = 0; i < 400; i++) {
    const k = Buffer.alloc(32, i % 256);
    k.writeUInt16BE(i, 0);
    for (const v of ['6 Feb 2044', '1/2/2030', 'Ann Lee']) {
      const out = surrogateFor(v.includes('Lee') ? 'NAME' : 'DATE', v, k);
      assert.ok(out !== undefined && !out.toLowerCase().includes(v.toLowerCase()), `${v} -> ${out}`);
    }
  }
});
