import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { PhigateError } from '../errors.js';
import { loadConfig, parseRoster } from './load.js';
import { type ConfigIo, resolveSecret } from './secrets.js';

const dir = mkdtempSync(join(tmpdir(), 'phigate-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Real files, a chosen environment. */
const nodeIo = (env: Record<string, string> = {}): ConfigIo => ({ readFile: (p) => readFileSync(p), env });

function expectError(fn: () => unknown, code: string): PhigateError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof PhigateError);
    assert.equal(err.code, code);
    return err;
  }
  assert.fail('expected an error');
}

describe('loadConfig', () => {
  test('reads roster files relative to the config file', () => {
    writeFileSync(join(dir, 'staff.txt'), '# staff roster\nAda Quill\n\n  Bram Osei  \r\nCeline Ward\n');
    writeFileSync(join(dir, 'phigate.yaml'), 'deid:\n  deny:\n    NAME: file:staff.txt\n    FACILITY: [Harbor Clinic]\n');
    const c = loadConfig(join(dir, 'phigate.yaml'), nodeIo());
    assert.deepEqual(c.deid.deny, [
      { type: 'NAME', values: ['Ada Quill', 'Bram Osei', 'Celine Ward'], file: join(dir, 'staff.txt') },
      { type: 'FACILITY', values: ['Harbor Clinic'] },
    ]);
    assert.ok(Object.isFrozen(c.deid.deny[0]!.values));
  });
  test('a missing roster names the file, not its content', () => {
    writeFileSync(join(dir, 'missing.yaml'), 'deid:\n  deny:\n    NAME: file:nope.txt\n');
    const err = expectError(() => loadConfig(join(dir, 'missing.yaml'), nodeIo()), 'PHIGATE_BAD_CONFIG');
    assert.equal(err.message, `cannot read deny-list file ${join(dir, 'nope.txt')} (ENOENT)`);
  });
  test('a missing config file is a config error', () => {
    const err = expectError(() => loadConfig(join(dir, 'absent.yaml'), nodeIo()), 'PHIGATE_BAD_CONFIG');
    assert.match(err.message, /cannot read config file .*absent\.yaml \(ENOENT\)/);
  });
  test('validation errors use the path as given', () => {
    writeFileSync(join(dir, 'bad.yaml'), 'deid:\n  threshold: 3\n');
    const err = expectError(() => loadConfig(join(dir, 'bad.yaml'), nodeIo()), 'PHIGATE_BAD_CONFIG');
    assert.equal(err.message, `${join(dir, 'bad.yaml')}:2:14: deid.threshold: expected number to be <=1`);
  });
  test('a config that is not UTF-8 is refused', () => {
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.from([0x64, 0x65, 0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a]));
    expectError(() => loadConfig(join(dir, 'latin1.yaml'), nodeIo()), 'PHIGATE_BAD_CONFIG');
  });
});

describe('parseRoster', () => {
  test('one value per line, comments and blanks skipped', () => {
    assert.deepEqual(parseRoster('a\n#b\n\n c \r\nd'), ['a', 'c', 'd']);
  });
});

describe('resolveSecret', () => {
  const canary = 'CANARY-secret-value-91b2';
  test('reads an environment variable', () => {
    assert.equal(new TextDecoder().decode(resolveSecret({ kind: 'env', name: 'K' }, nodeIo({ K: canary }))), canary);
  });
  test('an unset variable is named in the error', () => {
    const err = expectError(() => resolveSecret({ kind: 'env', name: 'PHIGATE_NOPE' }, nodeIo()), 'PHIGATE_KEY_MISSING');
    assert.equal(err.message, 'environment variable PHIGATE_NOPE is not set or empty');
  });
  test('reads a file and drops its trailing newline', () => {
    writeFileSync(join(dir, 'key'), `${canary}\n`);
    assert.equal(new TextDecoder().decode(resolveSecret({ kind: 'file', path: join(dir, 'key') }, nodeIo())), canary);
  });
  test('an empty or missing key file is named, its content never shown', () => {
    writeFileSync(join(dir, 'empty-key'), '\n');
    const e1 = expectError(() => resolveSecret({ kind: 'file', path: join(dir, 'empty-key') }, nodeIo()), 'PHIGATE_KEY_MISSING');
    assert.equal(e1.message, `file ${join(dir, 'empty-key')} is empty`);
    const e2 = expectError(() => resolveSecret({ kind: 'file', path: join(dir, 'no-key') }, nodeIo()), 'PHIGATE_KEY_MISSING');
    assert.match(e2.message, /no-key \(ENOENT\)/);
  });
});

describe('the shipped example', () => {
  test('examples/phigate.example.yaml loads with its roster file', () => {
    const path = new URL('../../examples/phigate.example.yaml', import.meta.url).pathname;
    const c = loadConfig(path, nodeIo());
    assert.deepEqual(c.deid.deny.find((d) => d.type === 'NAME')?.values, ['Priya Ramanathan', 'Marcus Oyelaran', 'Tom Albrecht']);
  });
});
