// writeFileSet: all the files or none, on a real directory, with failures injected into single calls: a
// placement that fails takes back what was placed, a file that cannot be put back keeps its old content
// in a copy the error names, and a copy that cannot be removed after success leaves the new set whole.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { type SetFs, writeFileSet } from './file-set.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'phigate-file-set-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const errno = (code: string, syscall: string): Error => Object.assign(new Error(`${code}: injected`), { code, syscall });

/** node:fs, with `fail` consulted before each rename and rm (it throws to make that call fail). */
function faulty(fail: (call: 'rename' | 'rm', from: string, to?: string) => void): SetFs {
  return {
    linkSync: fs.linkSync,
    writeFileSync: fs.writeFileSync,
    renameSync: (from, to) => {
      fail('rename', String(from), String(to));
      fs.renameSync(from, to);
    },
    rmSync: (path, options) => {
      fail('rm', String(path));
      fs.rmSync(path, options);
    },
  };
}

function pair(): { a: string; b: string } {
  const a = join(dir, 'signer.key');
  const b = join(dir, 'verifier.vkey');
  writeFileSync(a, 'old signer\n');
  writeFileSync(b, 'old verifier\n');
  return { a, b };
}

const names = (): string[] => readdirSync(dir).sort();

test('a placement that fails takes back the files placed before it: the old pair stays, nothing else is left', () => {
  const { a, b } = pair();
  const fs = faulty((call, from, to) => {
    if (call === 'rename' && to === b && from.endsWith('.tmp')) throw errno('EACCES', 'rename');
  });
  assert.throws(() => writeFileSet([{ path: a, text: 'new signer\n' }, { path: b, text: 'new verifier\n' }], { replace: true, fs }), {
    code: 'PHIGATE_FILE_ACCESS',
    message: new RegExp(`^cannot write ${b}: `),
  });
  assert.equal(readFileSync(a, 'utf8'), 'old signer\n');
  assert.equal(readFileSync(b, 'utf8'), 'old verifier\n');
  assert.deepEqual(names(), ['signer.key', 'verifier.vkey']);
});

test('a file that cannot be put back keeps its old content in a copy the error names; the first failure is still the one reported', () => {
  const { a, b } = pair();
  const fs = faulty((call, from, to) => {
    if (call === 'rename' && to === b && from.endsWith('.tmp')) throw errno('EACCES', 'rename');
    if (call === 'rename' && to === a && from.endsWith('.old')) throw errno('EIO', 'rename');
  });
  let message = '';
  assert.throws(
    () => writeFileSet([{ path: a, text: 'new signer\n' }, { path: b, text: 'new verifier\n' }], { replace: true, fs }),
    (err: Error & { code?: string }) => {
      message = err.message;
      return err.code === 'PHIGATE_FILE_ACCESS';
    },
  );
  assert.match(message, new RegExp(`^cannot write ${b}: .*; and could not put back ${a} \\(its previous content is kept in `));
  const kept = /kept in (\S+)\)/.exec(message)?.[1] ?? '';
  assert.equal(readFileSync(kept, 'utf8'), 'old signer\n', 'the copy the error names holds the old signer');
  assert.equal(readFileSync(b, 'utf8'), 'old verifier\n', 'the other file was still put back');
});

test('a copy of an old file that cannot be removed after success leaves the new set whole, not a mismatched pair', () => {
  const { a, b } = pair();
  const fs = faulty((call, path) => {
    if (call === 'rm' && path.endsWith('.old') && path.includes('verifier')) throw errno('EACCES', 'unlink');
  });
  writeFileSet([{ path: a, text: 'new signer\n' }, { path: b, text: 'new verifier\n' }], { replace: true, fs });
  assert.equal(readFileSync(a, 'utf8'), 'new signer\n');
  assert.equal(readFileSync(b, 'utf8'), 'new verifier\n');
  assert.equal(names().filter((n) => n.endsWith('.old')).length, 1, 'only the copy that could not be removed is left');
});

test('without replace, an existing file is refused and nothing is written', () => {
  const a = join(dir, 'signer.key');
  const b = join(dir, 'verifier.vkey');
  writeFileSync(b, 'old verifier\n');
  assert.throws(() => writeFileSet([{ path: a, text: 'new signer\n' }, { path: b, text: 'new verifier\n' }], { replace: false }), {
    code: 'PHIGATE_FILE_ACCESS',
    message: new RegExp(`^cannot write ${b}: `),
  });
  assert.deepEqual(names(), ['verifier.vkey']);
  assert.equal(readFileSync(b, 'utf8'), 'old verifier\n');
});
