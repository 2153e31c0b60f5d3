// deid.allowPatterns and deid.assistantNames in phigate.yaml: accepted in both forms, refused at the field with
// the pattern check's reason, and handed to the analyzer by analyzerConfigOf (what serve builds its threads from).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PhigateError } from '../errors.js';
import { analyzerConfigOf } from './deid-policy.js';
import { parseConfig } from './parse.js';

test('a pattern as a string or as {pattern, flags}, and assistant names, reach the analyzer config', () => {
  const yaml = 'deid:\n  allowPatterns:\n    - "\\\\{\\\\{[a-z_]{1,40}\\\\}\\\\}"\n    - { pattern: "firstname lastname", flags: i }\n  assistantNames: [Aurelio, " Nadia "]\n';
  const cfg = parseConfig(yaml, 'phigate.yaml');
  const analyzer = analyzerConfigOf(cfg.deid);
  assert.deepEqual(analyzer.allowPatterns, [{ pattern: '\\{\\{[a-z_]{1,40}\\}\\}' }, { pattern: 'firstname lastname', flags: 'i' }]);
  assert.deepEqual(analyzer.assistantNames, ['Aurelio', 'Nadia']);
});

test('none given: empty lists, as the built-in defaults', () => {
  const cfg = parseConfig('version: 1\n', 'phigate.yaml');
  assert.deepEqual(cfg.deid.allowPatterns, []);
  assert.deepEqual(cfg.deid.assistantNames, []);
});

test('a pattern that can backtrack is refused at its line and field, with the reason the analyzer gives', () => {
  const yaml = 'deid:\n  allowPatterns:\n    - "(a{1,9}){1,9}"\n';
  assert.throws(() => parseConfig(yaml, 'phigate.yaml'), (err: unknown) => {
    assert.ok(err instanceof PhigateError);
    assert.equal(err.code, 'PHIGATE_BAD_CONFIG');
    assert.match(err.message, /phigate\.yaml:3:\d+: deid\.allowPatterns\[0\]\.pattern: rejected: /);
    return true;
  });
});

test('an assistant name of two words is refused at its field', () => {
  assert.throws(() => parseConfig('deid:\n  assistantNames: ["Two Words"]\n', 'phigate.yaml'), /deid\.assistantNames\[0\]: expected one word/);
});
