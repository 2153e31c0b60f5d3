// The non-keyed transforms (redact, tag, mask) and Safe Harbor generalisation, as tables.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PhigateError } from '../../errors.js';
import { generalize } from './generalize.js';
import { checkMaskChar, mask, REDACTED_MARKER, tagFor } from './markers.js';

describe('redact and tag', () => {
  test('redact is one marker without a type', () => assert.equal(REDACTED_MARKER, '[REDACTED]'));
  test('tag names the fine type', () => {
    assert.equal(tagFor('NAME'), '[NAME]');
    assert.equal(tagFor('ZIP'), '[ZIP]');
    assert.equal(tagFor('FACILITY'), '[FACILITY]');
  });
});

describe('mask', () => {
  const cases: [string, string | undefined, number, string][] = [
    ['123-45-6789', undefined, 0, '***-**-****'],
    ['123-45-6789', undefined, 4, '***-**-6789'],
    ['(617) 555-1234', '#', 4, '(###) ###-1234'],
    ['John Smith', undefined, 0, '**** *****'],
    ['1234', undefined, 4, '**34'], // never more than half is kept
    ['7', undefined, 3, '*'],
    ['--', undefined, 0, '**'], // no letters or digits: the rest is masked
    ['Zoë 🙂', 'x', 0, 'xxx 🙂'],
  ];
  for (const [value, char, keepLast, want] of cases) {
    test(`${JSON.stringify(value)} keepLast ${keepLast} -> ${want}`, () => assert.equal(mask(value, char, keepLast), want));
  }
  test('mask chars must be one non-alphanumeric character', () => {
    for (const bad of ['', '**', 'a', '7', ' ']) {
      assert.throws(() => checkMaskChar(bad), (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_BAD_CONFIG');
    }
    assert.equal(checkMaskChar('•'), '•');
  });
});

describe('generalize', () => {
  const cases: [Parameters<typeof generalize>[0], string, string | undefined][] = [
    ['AGE', '92', '90+'],
    ['AGE', '104', '90+'],
    ['AGE', '97-year-old', '90+-year-old'],
    ['AGE', 'ninety-two', '90+'],
    ['AGE', '45', '45'], // not an identifier: kept
    ['ZIP', '02138', '021**'],
    ['ZIP', '02138-1234', '021**'],
    ['ZIP', '03601', '000**'], // 036 is a restricted area
    ['ZIP', '89301', '000**'],
    ['ZIP', '1234', undefined],
    ['ZIP', 'Akron, OH 44368', undefined], // more than a ZIP: tagged, never 'Akron, OH 443**'
    ['ZIP', '12 Elm St, 44368', undefined],
    ['DATE', '03/04/1950', '1950'],
    ['DATE', 'March 4th, 2020', '2020'],
    ['DATE', 'Mar-2020', '2020'],
    ['DATE', '3-4-50', "'50"],
    ['DATE', '2020', '2020'],
    ['DATE', 'March 4th', undefined], // no year: callers tag it
    ['DATE', 'Christmas', undefined],
    ['DATE', 'Tuesday', undefined],
    ['NAME', 'John Smith', undefined],
  ];
  for (const [type, value, want] of cases) {
    test(`${type} ${JSON.stringify(value)} -> ${want}`, () => assert.equal(generalize(type, value), want));
  }
  test('all 17 restricted ZIP3 areas become 000', () => {
    const restricted = ['036', '059', '063', '102', '203', '556', '692', '790', '821', '823', '830', '831', '878', '879', '884', '890', '893'];
    for (const z of restricted) assert.equal(generalize('ZIP', `${z}45`), '000**');
    assert.equal(generalize('ZIP', '03745'), '037**');
  });
});
