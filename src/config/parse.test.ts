import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PhigateError } from '../errors.js';
import { parseConfig } from './parse.js';
import { analyzerConfigOf, transformPolicyOf } from './deid-policy.js';

/** The problems a config produces, one `source:line:col: path: message` string each. */
function problems(text: string, source = 'phigate.yaml'): string[] {
  try {
    parseConfig(text, source);
  } catch (err) {
    assert.ok(err instanceof PhigateError);
    assert.equal(err.code, 'PHIGATE_BAD_CONFIG');
    return err.message.split('\n');
  }
  assert.fail('expected the config to be rejected');
}

describe('parseConfig defaults', () => {
  test('an empty file gives safe defaults', () => {
    const c = parseConfig('', 'phigate.yaml');
    assert.equal(c.version, 1);
    assert.equal(c.deid.threshold, 0.5);
    assert.deepEqual(c.deid.transforms, { default: { kind: 'tag' }, byType: {} });
    assert.deepEqual(c.deid.recognizers, []);
    assert.equal(c.deid.key, undefined);
    assert.equal(c.deid.dateShift.maxDays, 365);
  });
  test('a comments-only file gives the same defaults', () => {
    assert.deepEqual(parseConfig('# nothing yet\n', 'x.yaml'), parseConfig('', 'x.yaml'));
  });
  test('the result is deeply frozen', () => {
    const c = parseConfig('deid:\n  allow: [Parkinson]\n', 'x.yaml');
    assert.ok(Object.isFrozen(c) && Object.isFrozen(c.deid) && Object.isFrozen(c.deid.allow));
    assert.throws(() => (c.deid.allow as string[]).push('x'));
  });
});

describe('parseConfig deid section', () => {
  const full = `
version: 1
deid:
  threshold: 0.6
  key: env:PHIGATE_DEID_KEY
  dateShift:
    maxDays: 90
  allow: [Parkinson, Hodgkin]
  disable: [name-dictionary]
  deny:
    NAME: file:rosters/staff.txt
    FACILITY: [St. Elsewhere General]
  transforms:
    default: tag
    NAME: surrogate
    DATE: date-shift
    MRN: { kind: mask, char: '#', keepLast: 4 }
  recognizers:
    - id: site-mrn
      type: MRN
      pattern: 'MRN[:#]?\\s{0,3}\\d{6,10}'
      flags: i
      score: 0.7
      context: [mrn, record]
      contextWindow: 40
      requireContext: false
    - id: npi
      type: LICENSE
      pattern: '\\b\\d{10}\\b'
      context: [npi]
      requireContext: true
      validator: npi
`;
  test('every field is read and typed', () => {
    const c = parseConfig(full, '/etc/phigate/phigate.yaml');
    assert.equal(c.deid.threshold, 0.6);
    assert.deepEqual(c.deid.key, { kind: 'env', name: 'PHIGATE_DEID_KEY' });
    assert.deepEqual(c.deid.allow, ['Parkinson', 'Hodgkin']);
    assert.deepEqual(c.deid.deny, [
      { type: 'NAME', values: [], file: '/etc/phigate/rosters/staff.txt' },
      { type: 'FACILITY', values: ['St. Elsewhere General'] },
    ]);
    assert.deepEqual(c.deid.transforms.byType, {
      NAME: { kind: 'surrogate' },
      DATE: { kind: 'date-shift' },
      MRN: { kind: 'mask', char: '#', keepLast: 4 },
    });
    assert.deepEqual(c.deid.recognizers[1], {
      id: 'npi', type: 'LICENSE', pattern: '\\b\\d{10}\\b', context: ['npi'], requireContext: true, validator: 'npi',
    });
  });
  test('analyzerConfigOf and transformPolicyOf give the engine its inputs', () => {
    const c = parseConfig(full, '/etc/phigate/phigate.yaml');
    const a = analyzerConfigOf(c.deid);
    assert.equal(a.threshold, 0.6);
    assert.deepEqual(a.disable, ['name-dictionary']);
    assert.equal(a.recognizers?.length, 2);
    assert.deepEqual(a.deny?.[1], { type: 'FACILITY', values: ['St. Elsewhere General'] });
    // date-shift without its own maxDays takes deid.dateShift.maxDays
    assert.deepEqual(transformPolicyOf(c.deid).byType?.DATE, { kind: 'date-shift', maxDays: 90 });
  });
});

describe('parseConfig errors name the field and its line:column', () => {
  test('a bad transform kind, in the documented format', () => {
    const text = 'deid:\n  transforms:\n    NAME:\n      kind: surrogat\n';
    assert.deepEqual(problems(text), ['phigate.yaml:4:13: deid.transforms.NAME.kind: expected one of redact, tag, mask, surrogate, date-shift, token, generalize']);
  });
  test('the short form of a transform is located at its value', () => {
    assert.match(problems('deid:\n  transforms:\n    DATE: shift\n')[0]!, /^phigate\.yaml:3:11: deid\.transforms\.DATE\.kind: expected one of/);
  });
  test('unknown fields are reported at the key, with the source name given', () => {
    assert.deepEqual(problems('deid:\n  treshold: 0.4\n', 'conf/site.yaml'), ['conf/site.yaml:2:3: deid.treshold: unknown field']);
    assert.deepEqual(problems('servre:\n  port: 1\n'), ['phigate.yaml:1:1: servre: unknown field']);
  });
  test('unknown entity types in transforms are unknown fields', () => {
    assert.deepEqual(problems('deid:\n  transforms:\n    PERSON: tag\n'), ['phigate.yaml:3:5: deid.transforms.PERSON: unknown field']);
  });
  test('range and type errors', () => {
    assert.deepEqual(problems('deid:\n  threshold: 1.5\n'), ['phigate.yaml:2:14: deid.threshold: expected number to be <=1']);
    assert.deepEqual(problems('deid:\n  threshold: high\n'), ['phigate.yaml:2:14: deid.threshold: expected number, got string']);
    assert.deepEqual(problems('deid:\n  transforms:\n    MRN: {kind: mask, keepLast: -1}\n'), ['phigate.yaml:3:33: deid.transforms.MRN.keepLast: expected number to be >=0']);
  });
  test('a missing required recognizer field points at the recognizer', () => {
    assert.deepEqual(problems('deid:\n  recognizers:\n    - id: x\n      type: MRN\n'), ['phigate.yaml:3:7: deid.recognizers[0].pattern: required field is missing (expected string)']);
  });
  test('dangerous custom regexes are rejected at their line', () => {
    const [line] = problems("deid:\n  recognizers:\n    - id: bad\n      type: ID\n      pattern: '(a+)+b'\n");
    assert.match(line!, /^phigate\.yaml:5:16: deid\.recognizers\[0\]\.pattern: rejected: a nested quantifier/);
  });
  test('bad flags are reported on the flags field', () => {
    assert.match(problems("deid:\n  recognizers:\n    - {id: a, type: ID, pattern: 'x\\d{3}', flags: y}\n")[0]!, /deid\.recognizers\[0\]\.flags: rejected: flag "y"/);
  });
  test('duplicate recognizer ids and requireContext without context', () => {
    const text = "deid:\n  recognizers:\n    - {id: a, type: ID, pattern: 'x\\d{3}'}\n    - {id: a, type: ID, pattern: 'y\\d{3}', requireContext: true}\n";
    assert.deepEqual(problems(text), [
      'phigate.yaml:4:12: deid.recognizers[1].id: duplicate recognizer id "a"',
      'phigate.yaml:4:60: deid.recognizers[1].requireContext: requireContext needs at least one context word',
    ]);
  });
  test('several problems are all reported, in file order', () => {
    const lines = problems('deid:\n  bogus: 1\n  threshold: 7\n  transforms: {NAME: nope}\n');
    assert.deepEqual(lines.map((l) => l.split(': ')[0]), ['phigate.yaml:2:3', 'phigate.yaml:3:14', 'phigate.yaml:4:22']);
  });
  test('YAML syntax errors and duplicate keys carry positions', () => {
    assert.deepEqual(problems('deid:\n  threshold: 0.1\n  threshold: 0.2\n'), ['phigate.yaml:3:3: Map keys must be unique']);
    assert.match(problems('deid: [1,\n')[0]!, /^phigate\.yaml:\d+:\d+: /);
  });
  test('a top-level list is rejected', () => {
    assert.deepEqual(problems('- a\n'), ['phigate.yaml:1:1: expected object, got array']);
  });
  test('alias bombs are refused', () => {
    const bomb = ['a: &a [x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    assert.match(problems(bomb)[0]!, /aliases/);
  });
});

describe('secrets are references, never values', () => {
  const secretLike = 'sk-live-CANARY-4f9a1c';
  test('a literal key is refused and the message does not repeat it', () => {
    const lines = problems(`deid:\n  key: ${secretLike}\n`);
    assert.deepEqual(lines, ['phigate.yaml:2:8: deid.key: expected env:VAR or file:PATH (secrets are never written in the config file)']);
    assert.ok(!lines.join('\n').includes('CANARY'));
  });
  test('env: and file: references parse', () => {
    assert.deepEqual(parseConfig('deid:\n  key: env:MY_KEY\n', 'x.yaml').deid.key, { kind: 'env', name: 'MY_KEY' });
    assert.deepEqual(parseConfig('deid:\n  key: file:/run/secrets/k\n', 'x.yaml').deid.key, { kind: 'file', path: '/run/secrets/k' });
  });
  test('a malformed env name is refused', () => {
    assert.match(problems('deid:\n  key: "env:1BAD NAME"\n')[0]!, /deid\.key: expected env:VAR or file:PATH/);
  });
  test('no schema message echoes a value', () => {
    const lines = problems(`deid:\n  threshold: ${secretLike}\n  allow: ${secretLike}\n  transforms: {NAME: ${secretLike}}\n  deny: {NAME: ${secretLike}}\n`);
    assert.equal(lines.length, 4);
    assert.ok(!lines.join('\n').includes('CANARY'));
  });
});

describe('DEFAULT_CONFIG', () => {
  test('equals what an empty phigate.yaml gives, and is frozen', async () => {
    const { DEFAULT_CONFIG } = await import('./defaults.js');
    assert.deepEqual(DEFAULT_CONFIG, parseConfig('', 'x.yaml'));
    assert.ok(Object.isFrozen(DEFAULT_CONFIG.deid.transforms.default));
  });
});

describe('examples/phigate.example.yaml', () => {
  test('parses, and shows every deid field', async () => {
    const { readFileSync } = await import('node:fs');
    const path = new URL('../../examples/phigate.example.yaml', import.meta.url);
    const c = parseConfig(readFileSync(path, 'utf8'), 'phigate.example.yaml');
    assert.deepEqual(c.deid.key, { kind: 'env', name: 'PHIGATE_DEID_KEY' });
    assert.equal(c.deid.recognizers.length, 2);
    assert.deepEqual(c.deid.transforms.byType?.MRN, { kind: 'mask', char: '*', keepLast: 2 });
    assert.equal(c.deid.deny[0]?.file?.endsWith('staff-roster.txt'), true);
  });
});
