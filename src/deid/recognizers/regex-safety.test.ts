import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkRegex } from './regex-safety.js';

const rejected = (pattern: string, flags = '') => {
  const r = checkRegex(pattern, flags);
  assert.equal(r.ok, false, `expected ${pattern} to be rejected`);
  return r.ok ? '' : r.reason;
};

describe('checkRegex accepts ordinary identifier patterns', () => {
  const safe = [
    '\\d{3}-\\d{2}-\\d{4}',
    'MRN[:#]?\\s{0,3}\\d{6,10}',
    '(?<![\\w])[A-Z]{2}\\d{7}\\b',
    '(?:\\d{3}[-. ]?){2}\\d{4}', // fixed-length inner part, separator can't start a repetition
    '(?:\\.[A-Za-z0-9-]{1,63}){1,8}', // each repetition starts with a dot its inner part can't match
    '(?:\\s{1,5}\\w{1,20}){1,8}', // whitespace then word: the split between repetitions is unique
    '(?:ab|cd){1,4}', // alternatives start differently
    '(?:a{1,3}b{1,3}){1,5}', // runs of a then b: one way to split
    '\\d{1,3}[,.]?\\d{3}', // adjacent overlap outside any repetition: bounded, polynomial
    '\\p{Lu}\\p{Ll}{1,20}',
    '[a-\\w]{1,3}',
    'ID-[0-9A-F]{8}',
  ];
  for (const p of safe) {
    test(p, () => assert.deepEqual(checkRegex(p, p.includes('\\p') ? 'u' : ''), { ok: true }));
  }
});

describe('checkRegex rejects catastrophic-backtracking shapes', () => {
  const cases: [string, RegExp][] = [
    ['(a+)+', /nested quantifier "\+" at offset 2/],
    ['(a*)*b', /can match nothing/],
    ['(\\w+\\s?)*x', /nested quantifier "\+"/],
    ['(\\d{1,3}){1,9}', /nested quantifier "\{1,3\}"/], // bounded but still 3^9 ways to split
    ['(x{1,2}y?){2,9}', /nested quantifier "\{1,2\}"/],
    ['(?:b?a{1,5}){1,9}', /nested quantifier "\{1,5\}"/], // inner at the start, overlapping the end
    ['(?:a{1,5}a{1,5}x){1,10}', /quantifier "\{1,5\}" at offset 4 followed by one that can match the same characters/],
    ['(?:\\d{1,3}[,.]?\\d{3}){1,4}', /nested quantifier "\{1,3\}"/],
    ['(?:x\\d{1,3}-?\\d{1,3}y){1,4}', /quantifier "\{1,3\}" at offset 6 followed by one/], // only the inside is ambiguous
    ['(?:\\s{0,3}\\w{1,20}){1,8}', /nested quantifier "\{1,20\}"/], // zero spaces lets a word split across repetitions
    ['x(a|a)*', /alternation whose branches can start with the same character/],
    ['(\\d|\\d\\d){1,20}', /alternation/],
    ['(?:A|[a-z]){1,9}', /alternation/], // overlap only through the i flag below
    ['(a|b?){2,5}', /can match nothing/],
    ['(?=(a+)+)b', /nested quantifier/], // inside lookarounds too
  ];
  for (const [p, why] of cases) {
    test(p, () => assert.match(rejected(p, p.startsWith('(?:A') ? 'i' : ''), why));
  }
  test('the i flag makes letters of both cases overlap', () => {
    assert.deepEqual(checkRegex('(?:A|[a-z]){1,9}', ''), { ok: true });
    assert.match(rejected('(?:A|[a-z]){1,9}', 'i'), /alternation/);
  });
});

describe('checkRegex other rules', () => {
  test('unbounded repetition is refused with a suggested bound', () => assert.match(rejected('\\d+'), /unbounded repetition "\+".*\{1,64\}/));
  test('{n,} counts as unbounded', () => assert.match(rejected('x\\d{2,}'), /unbounded/));
  test('huge bounds are refused', () => assert.match(rejected('a{1,5000}'), /more than 1000/));
  test('back-references are refused', () => assert.match(rejected('(a)\\1'), /back-reference/));
  test('named back-references are refused', () => assert.match(rejected('(?<x>a)\\k<x>'), /back-reference/));
  test('empty-matching patterns are refused', () => {
    for (const p of ['a?', '(?=x)', '\\b', 'x{0,3}', '(?:)']) assert.match(rejected(p), /empty string/);
  });
  test('empty and overlong patterns are refused', () => {
    assert.match(rejected(''), /empty/);
    assert.match(rejected('a'.repeat(1001)), /longer than 1000/);
  });
  test('a pattern that does not compile is refused without echoing it', () => {
    const reason = rejected('([a-');
    assert.match(reason, /does not compile/);
    assert.ok(!reason.includes('[a-'));
  });
  test('flags: only gimsu, each once, reported on the flags field', () => {
    assert.deepEqual(checkRegex('a', 'gi'), { ok: true });
    const r = checkRegex('a', 'y');
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.field, 'flags');
    assert.equal(checkRegex('a', 'ii').ok, false);
  });
});

test('checkRegex never throws, whatever the input', () => {
  const alphabet = fc.constantFrom('a', 'b', '\\', '(', ')', '[', ']', '{', '}', ',', '1', '3', '*', '+', '?', '|', '^', '$', '.', '-', '<', '=', '!', ':', 'd', 'w', 'k', 'u', 'p');
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 24 }).map((a) => a.join('')), fc.constantFrom('', 'i', 'u', 'iu'), (p, flags) => {
      const r = checkRegex(p, flags);
      assert.equal(typeof r.ok, 'boolean');
    }),
    { numRuns: 2000 },
  );
});
