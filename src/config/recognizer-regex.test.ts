// A custom recognizer's pattern passes the config loader exactly when it passes the analyzer, for the
// same reason: both run the one check in deid/recognizers/regex-safety.ts. The loader's message points at
// the line and column; the analyzer's is a PHIGATE_BAD_RECOGNIZER naming the recognizer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createAnalyzer } from '../deid/index.js';
import { PhigateError } from '../errors.js';
import { parseConfig } from './parse.js';

/** The reason each path gives, or undefined when it accepts the pattern. */
function outcomes(pattern: string, flags: string): { config: string | undefined; analyzer: string | undefined } {
  // JSON strings are YAML double-quoted scalars, so any pattern can be written into the file this way.
  const yaml = `deid:\n  recognizers:\n    - {id: r, type: ID, pattern: ${JSON.stringify(pattern)}, flags: ${JSON.stringify(flags)}}\n`;
  let config: string | undefined;
  try {
    parseConfig(yaml, 'phigate.yaml');
  } catch (err) {
    assert.ok(err instanceof PhigateError);
    assert.equal(err.code, 'PHIGATE_BAD_CONFIG');
    const m = /^phigate\.yaml:3:\d+: deid\.recognizers\[0\]\.(pattern|flags): rejected: (.*)$/.exec(err.message);
    assert.ok(m, `unexpected config problem: ${err.message}`);
    config = `${m[1]}: ${m[2]}`;
  }
  let analyzer: string | undefined;
  try {
    createAnalyzer({ recognizers: [{ id: 'r', type: 'ID', pattern, flags }] });
  } catch (err) {
    assert.ok(err instanceof PhigateError);
    assert.equal(err.code, 'PHIGATE_BAD_RECOGNIZER');
    analyzer = err.message.replace(/^Recognizer "r", /, '');
  }
  return { config, analyzer };
}

test('config loader and analyzer agree on named patterns, with the same reason', () => {
  const cases: [string, string, boolean][] = [
    ['MRN[:#]?\\s{0,3}\\d{6,10}', '', true],
    ['(?:\\.[A-Za-z0-9-]{1,63}){1,8}', 'i', true],
    ['WX-\\d+', '', false], // the analyzer's former check let this (and the next three) through
    ['(\\d{1,3}){1,9}', '', false],
    ['(?:a{1,5}a{1,5}x){1,10}', '', false],
    ['a{1,5000}', '', false],
    ['(a+)+b', '', false],
    ['(a)\\1', '', false],
    ['x{0,3}', '', false],
    ['WX-\\d{5}', 'y', false],
  ];
  for (const [pattern, flags, ok] of cases) {
    const { config, analyzer } = outcomes(pattern, flags);
    assert.equal(config === undefined, ok, `config on ${pattern}: ${config}`);
    assert.equal(analyzer, config, pattern);
  }
});

/** Small regexes that compile, of the shapes the check is about: groups, alternations, nested quantifiers. */
const { re: regexArb } = fc.letrec((tie) => ({
  atom: fc.oneof(
    { maxDepth: 2, depthIdentifier: 'group' },
    fc.constantFrom('a', 'b', 'x', '\\d', '\\w', '\\s', '-', '.', '[a-c]'),
    tie('re').map((r) => `(?:${r})`),
    tie('re').map((r) => `(${r})`),
  ),
  piece: fc.oneof(
    { arbitrary: fc.tuple(tie('atom'), fc.constantFrom('', '', '', '?', '+', '*', '{1,3}', '{2}', '{1,9}', '{0,2}', '{2,}')).map(([a, q]) => `${a}${q}`), weight: 12 },
    { arbitrary: fc.constantFrom('\\b', '^', '\\1'), weight: 1 },
  ),
  seq: fc.array(tie('piece'), { minLength: 1, maxLength: 3 }).map((a) => a.join('')),
  re: fc.array(tie('seq'), { minLength: 1, maxLength: 2 }).map((a) => a.join('|')),
}));

test('config loader and analyzer agree on arbitrary patterns', () => {
  const flagsArb = fc.constantFrom('', 'i', 'u', 'y');
  const raw = fc.array(fc.constantFrom('a', '\\', '(', ')', '[', ']', '{', '}', ',', '1', '+', '?', '|', 'd'), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
  let accepted = 0;
  fc.assert(
    fc.property(fc.oneof({ arbitrary: regexArb as fc.Arbitrary<string>, weight: 4 }, { arbitrary: raw, weight: 1 }), flagsArb, (pattern, flags) => {
      const { config, analyzer } = outcomes(pattern, flags);
      assert.equal(analyzer, config, pattern);
      if (config === undefined) accepted++;
    }),
    { numRuns: 1000 },
  );
  // Both outcomes must be exercised, or agreement would be trivially true. About 5% of the generated
  // patterns are accepted (46-65 of 1,000 in four runs), so fewer than 10 is practically impossible; with
  // 300 runs it was a few-percent event, and CI once saw 9.
  assert.ok(accepted >= 10 && accepted <= 990, `${accepted} of 1000 accepted`);
});
