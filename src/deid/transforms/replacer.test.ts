// What counts as a surrogate reproducing another identifier of the document.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AvoidSet } from './replacer.js';

describe('AvoidSet', () => {
  const set = new AvoidSet();
  set.add('John Smith', 'NAME');
  set.add('95', 'AGE');
  set.add('Lee', 'NAME');
  set.add('4471902', 'MRN');
  set.add('2020', 'DATE');
  set.add('x', 'NAME'); // too short to matter
  const cases: [string, boolean][] = [
    ['Mary JOHN SMITH', true], // case-blind, whole words
    ['Ashlee Parker', false], // "lee" inside a word
    ['Ann Lee', true],
    ['age 95', true],
    ['(617) 555-0195', false], // a short value inside a longer run
    ['203.0.113.95', true], // ... but not as a whole group
    ['A4471902B', true], // long values count anywhere
    ['11/21/2020', false], // a year alone is not avoided
    ['Max', false],
  ];
  for (const [text, hit] of cases) test(`${JSON.stringify(text)} -> ${hit}`, () => assert.equal(set.hitBy(text), hit));
  test('the value a surrogate stands for is not held against it', () => {
    const generic = new AvoidSet();
    generic.add("Children's Hospital", 'FACILITY');
    generic.add('Lee', 'NAME');
    assert.equal(generic.hitBy("Oakhaven Children's Hospital", "Children's Hospital"), false);
    assert.equal(generic.hitBy("Lee Children's Hospital", "Children's Hospital"), true);
  });
});
