// Field path syntax and whole-path matching, wildcards included.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PhigateError } from '../../errors.js';
import { parsePath, pathMatches, type ConcretePath } from './json-path.js';

describe('parsePath', () => {
  test('keys, indexes, wildcards and quoted keys', () => {
    assert.deepEqual(parsePath('notes[*].text'), [{ kind: 'key', name: 'notes' }, { kind: 'anyIndex' }, { kind: 'key', name: 'text' }]);
    assert.deepEqual(parsePath('a[0].*'), [{ kind: 'key', name: 'a' }, { kind: 'index', index: 0 }, { kind: 'any' }]);
    assert.deepEqual(parsePath('**.ssn'), [{ kind: 'anyDepth' }, { kind: 'key', name: 'ssn' }]);
    assert.deepEqual(parsePath('["a.b"].c'), [{ kind: 'key', name: 'a.b' }, { kind: 'key', name: 'c' }]);
  });
  for (const bad of ['', 'a..b', 'a.', '.a', 'a[', 'a[x]', 'a[*]b']) {
    test(`refuses ${JSON.stringify(bad)}`, () =>
      assert.throws(() => parsePath(bad), (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_BAD_CONFIG'));
  }
});

describe('pathMatches', () => {
  const cases: [string, ConcretePath, boolean][] = [
    ['patient.name', ['patient', 'name'], true],
    ['patient.name', ['patient', 'name', 'given'], false],
    ['patient.name', ['patient'], false],
    ['notes[*].text', ['notes', 3, 'text'], true],
    ['notes[*].text', ['notes', 'x', 'text'], false],
    ['notes[1].text', ['notes', 1, 'text'], true],
    ['notes[1].text', ['notes', 2, 'text'], false],
    ['*.ssn', ['patient', 'ssn'], true],
    ['*.ssn', [0, 'ssn'], true],
    ['**.ssn', ['ssn'], true],
    ['**.ssn', ['a', 0, 'b', 'ssn'], true],
    ['**.ssn', ['a', 'ssn', 'x'], false],
    ['a.**', ['a'], true],
    ['a.**.z', ['a', 'b', 'c', 'z'], true],
    ['**.**.**.x', ['x'], true],
  ];
  for (const [pattern, path, want] of cases) {
    test(`${pattern} ~ ${JSON.stringify(path)} = ${want}`, () => assert.equal(pathMatches(parsePath(pattern), path), want));
  }
});
