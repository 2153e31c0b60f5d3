// Files the command line names that are not there or can't be read or written, driven as real processes:
// each is one line naming the option, the path and the reason (a PhigateError code, exit 2), never a stack
// trace, PHIGATE_INTERNAL or any of the text being processed. A file that fails inside a directory run is
// that input's failure (exit 1) and the others go through.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { type RunResult, runPhigate } from './run-phigate.js';

const dir = mkdtempSync(join(tmpdir(), 'phigate-file-errors-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};

const CANARY = 'Zebulon Quartermaine-Vexley';
const NOTE = `Seen by Dr. ${CANARY} on 03/04/2021.\n`;
const note = file('in/note.txt', NOTE);
/** A regular file: a path "under" it can be neither read nor created, even by root. */
const aFile = file('plain-file', 'not a directory\n');
/** Makes files vanish or fail to read while the CLI runs (see the file). */
const FS_FAULTS = join(import.meta.dirname, 'fs-faults.mjs');
/** chmod means nothing to root, so the permission cases run only as another user. */
const asRoot = process.getuid?.() === 0;

function assertNamed(r: RunResult, code: number, pattern: RegExp): void {
  assert.equal(r.code, code, r.stderr);
  assert.match(r.stderr, pattern);
  assert.doesNotMatch(r.stderr, /PHIGATE_INTERNAL|\n\s+at |Zebulon|Quartermaine/, 'no stack, no internal error, no text');
}

/** A key pair made by `audit keygen` in a new folder under `dir`, and the command that made it. */
async function keyPair(name: string): Promise<{ keys: string; origin: string[]; signer: string }> {
  const keys = join(dir, name);
  const origin = ['audit', 'keygen', '--origin', 'test.example/log', '--out', keys];
  assert.equal((await runPhigate(origin)).code, 0);
  return { keys, origin, signer: readFileSync(join(keys, 'audit-signer.key'), 'utf8') };
}

describe('phigate deid: outputs and inputs that cannot be used', { concurrency: 2 }, () => {
  test('--out under a file: exit 2 naming --out and the path, nothing read or written', async () => {
    const out = join(aFile, 'out.txt');
    const r = await runPhigate(['deid', '--out', out, note]);
    assertNamed(r, 2, new RegExp(`^phigate: --out: cannot write ${out}: ${aFile} is a file, not a directory \\(PHIGATE_FILE_ACCESS\\)\\n$`));
  });

  test('--out under a path that runs through a file (JSONL, directory input): exit 2', async () => {
    const jsonl = file('in.jsonl', `${JSON.stringify({ id: 1, text: NOTE })}\n`);
    assertNamed(await runPhigate(['deid', '--format', 'jsonl', '--out', join(aFile, 'x', 'out.jsonl'), jsonl]), 2, /^phigate: --out: cannot write .*out\.jsonl: a part of the path is not a directory \(ENOTDIR\) \(PHIGATE_NOT_FOUND\)\n$/);
    assertNamed(await runPhigate(['deid', join(dir, 'in'), '--out', join(aFile, 'tree')]), 2, /^phigate: --out: cannot write .*tree: a part of the path is not a directory \(ENOTDIR\) \(PHIGATE_NOT_FOUND\)\n$/);
  });

  test('in a directory run, an output that cannot be written fails that input only (exit 1), named', async () => {
    const input = join(dir, 'tree-in');
    file('tree-in/a.txt', NOTE);
    file('tree-in/b.txt', NOTE);
    const out = join(dir, 'tree-out');
    mkdirSync(join(out, 'a.txt'), { recursive: true }); // a folder where a.txt should go
    const r = await runPhigate(['deid', input, '--out', out]);
    assertNamed(r, 1, new RegExp(`^phigate: ${input}/a\\.txt: cannot write ${out}/a\\.txt: is a directory \\(EISDIR\\) \\(PHIGATE_FILE_ACCESS\\)\\n$`));
    assert.match(readFileSync(join(out, 'b.txt'), 'utf8'), /\[NAME\] on \[DATE\]/);
  });

  test('in a directory run, a file that vanishes or fails to read mid-run is skipped, named without its text; the rest go through; exit 1', async () => {
    const input = join(dir, 'mid-run');
    // a goes through; b is deleted when a is opened; c fails after its first chunk; d is gone between listing and
    // stat; e goes through.
    const [a, b, c, d] = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'].map((n) => file(`mid-run/${n}`, NOTE));
    const out = join(dir, 'mid-run-out');
    const env = { PHIGATE_TEST_VANISH: `${a}:${b}`, PHIGATE_TEST_EIO: c as string, PHIGATE_TEST_GONE_AT_STAT: d as string };
    const r = await runPhigate(['deid', input, '--out', out, '--json'], { env, nodeArgs: ['--import', FS_FAULTS] });
    assert.equal(r.code, 1, r.stderr);
    assert.doesNotMatch(r.stderr + r.stdout, /PHIGATE_INTERNAL|\n\s+at |Zebulon|Quartermaine/, 'no stack, no internal error, no text');
    // --json: one JSON object per failed input on stderr, as every command's --json errors are.
    const lines = r.stderr.trim().split('\n').map((l) => JSON.parse(l) as unknown);
    assert.deepEqual(lines, [
      { error: { code: 'PHIGATE_NOT_FOUND', message: `cannot read ${input}/b.txt: no such file or directory (ENOENT)`, input: `${input}/b.txt` } },
      { error: { code: 'PHIGATE_FILE_ACCESS', message: `cannot read ${input}/c.txt: input/output error (EIO)`, input: `${input}/c.txt` } },
      { error: { code: 'PHIGATE_NOT_FOUND', message: `cannot read ${input}/d.txt: no such file or directory (ENOENT)`, input: `${input}/d.txt` } },
    ]);
    for (const name of ['a.txt', 'e.txt']) assert.match(readFileSync(join(out, name), 'utf8'), /\[NAME\] on \[DATE\]/, `${name} went through`);
    for (const name of ['b.txt', 'c.txt', 'd.txt']) assert.ok(!existsSync(join(out, name)), `no output for the failed ${name}`);
    const summary = JSON.parse(r.stdout) as { inputs: number; failedInputs: number; errors: { input: string; code: string }[] };
    assert.deepEqual([summary.inputs, summary.failedInputs], [5, 3]);
    assert.deepEqual(summary.errors.map((e) => [e.input, e.code]), [[`${input}/b.txt`, 'PHIGATE_NOT_FOUND'], [`${input}/c.txt`, 'PHIGATE_FILE_ACCESS'], [`${input}/d.txt`, 'PHIGATE_NOT_FOUND']]);
  });

  test('a missing input, or one under a file: exit 2 naming it', async () => {
    const missing = join(dir, 'absent.txt');
    assertNamed(await runPhigate(['deid', missing]), 2, new RegExp(`^phigate: cannot read ${missing}: no such file or directory \\(ENOENT\\) \\(PHIGATE_NOT_FOUND\\)\\n$`));
    assertNamed(await runPhigate(['deid', join(aFile, 'x.txt')]), 2, /cannot read .*x\.txt: a part of the path is not a directory \(ENOTDIR\) \(PHIGATE_NOT_FOUND\)\n$/);
  });

  test('unreadable input and unwritable --out (not as root): named, no internal error', { skip: asRoot && 'root reads and writes whatever the mode' }, async () => {
    const locked = file('locked.txt', NOTE);
    chmodSync(locked, 0o000);
    assertNamed(await runPhigate(['deid', locked]), 1, /^phigate: .*locked\.txt: cannot read .*locked\.txt: permission denied \(EACCES\) \(PHIGATE_FILE_ACCESS\)\n$/);
    const ro = join(dir, 'read-only');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    assertNamed(await runPhigate(['deid', '--out', join(ro, 'out.txt'), note]), 2, /^phigate: --out: cannot write .*out\.txt: permission denied \(EACCES\) \(PHIGATE_FILE_ACCESS\)\n$/);
    assert.equal(existsSync(join(ro, 'out.txt')), false);
  });
});

describe('option files that are not there: exit 2 naming the option', { concurrency: 2 }, () => {
  const gold = file('gold.jsonl', `${JSON.stringify({ id: '1', text: NOTE, spans: [] })}\n`);

  test('eval --gold missing or a directory; --write-pred that cannot be written, checked before scoring', async () => {
    const missing = join(dir, 'no-gold.jsonl');
    assertNamed(await runPhigate(['eval', '--gold', missing]), 2, new RegExp(`^phigate: --gold: cannot read ${missing}: no such file or directory \\(ENOENT\\) \\(PHIGATE_NOT_FOUND\\)\\n$`));
    assertNamed(await runPhigate(['eval', '--gold', dir]), 2, /^phigate: --gold must name a file, and .* is a directory \(PHIGATE_USAGE\)\n$/);
    const r = await runPhigate(['eval', '--gold', gold, '--write-pred', join(aFile, 'pred.jsonl')]);
    assertNamed(r, 2, /^phigate: --write-pred: cannot write .*pred\.jsonl: .* is a file, not a directory \(PHIGATE_FILE_ACCESS\)\n$/);
    assert.equal(r.stdout, '', 'refused before any scoring');
    assertNamed(await runPhigate(['eval', '--gold', gold, '--write-pred', dir]), 2, /^phigate: --write-pred names a directory .*\(PHIGATE_USAGE\)\n$/);
  });

  test('--config and --key file: that are not there', async () => {
    assertNamed(await runPhigate(['deid', '--config', join(dir, 'none.yaml'), note]), 2, /none\.yaml.*\(PHIGATE_BAD_CONFIG\)\n$/);
    assertNamed(await runPhigate(['deid', '--transform', 'surrogate', '--key', `file:${join(dir, 'no.key')}`, note]), 2, /no\.key.*\(PHIGATE_KEY_MISSING\)\n$/);
  });

  test('apikeys and careteam: a --config or PHIGATE_CONFIG that names a missing file (the default name may be absent)', async () => {
    const missing = join(dir, 'missing.yaml');
    const home = ['--home', join(dir, 'no-home')];
    assertNamed(await runPhigate(['apikeys', 'list', '--config', missing, ...home]), 2, new RegExp(`^phigate: --config: cannot read ${missing}: no such file or directory \\(ENOENT\\) \\(PHIGATE_NOT_FOUND\\)\\n$`));
    assertNamed(await runPhigate(['careteam', 'members', '--patient', 'pt-1', ...home], { env: { PHIGATE_CONFIG: missing } }), 2, /^phigate: PHIGATE_CONFIG: cannot read .*missing\.yaml/);
    // Without one named, the default phigate.yaml may be absent: the next problem is the missing store.
    assertNamed(await runPhigate(['apikeys', 'list', ...home], { cwd: dir }), 2, /^phigate: No embedded store in .*no-home/);
  });

  test('audit key files, checkpoints and export directories; a malformed --verifier-key is a usage error', async () => {
    const none = join(dir, 'none.key');
    assertNamed(await runPhigate(['audit', 'verify', dir, '--verifier-key-file', none]), 2, new RegExp(`^phigate: --verifier-key-file: cannot read ${none}: no such file or directory \\(ENOENT\\) \\(PHIGATE_NOT_FOUND\\)\\n$`));
    const bad = await runPhigate(['audit', 'verify', dir, '--verifier-key', 'x+1+SECRETISH']);
    assertNamed(bad, 2, /^phigate: --verifier-key: Malformed note key: .*\(PHIGATE_USAGE\)\n$/);
    assert.ok(!bad.stderr.includes('SECRETISH'));
    const keys = join(dir, 'verify-keys');
    const vkey = (await runPhigate(['audit', 'keygen', '--origin', 'test.example/log', '--out', keys])).stdout.trim();
    assertNamed(await runPhigate(['audit', 'verify', dir, '--verifier-key', vkey, '--checkpoint', none]), 2, /^phigate: --checkpoint: cannot read .*none\.key: no such file/);
    assertNamed(await runPhigate(['audit', 'verify', join(dir, 'no-export')]), 2, /^phigate: cannot open .*no-export: no such file or directory \(ENOENT\) \(PHIGATE_NOT_FOUND\)\n$/);
    assertNamed(await runPhigate(['audit', 'checkpoint', '--signer-key-file', none, '--home', join(dir, 'no-home')]), 2, /^phigate: --signer-key-file: cannot read .*none\.key: no such file/);
    assertNamed(await runPhigate(['audit', 'disclosures', '--patient', 'p-1', '--patient-key-file', none, '--home', join(dir, 'no-home')]), 2, /^phigate: --patient-key-file: cannot read .*none\.key: no such file/);
  });

  test('audit keygen: --out under a file, and never over an existing key', async () => {
    assertNamed(await runPhigate(['audit', 'keygen', '--origin', 'test.example/log', '--out', join(aFile, 'keys')]), 2, /^phigate: --out: cannot create the directory .*keys: a part of the path is not a directory \(ENOTDIR\)/);
    const keys = join(dir, 'keys');
    assert.equal((await runPhigate(['audit', 'keygen', '--origin', 'test.example/log', '--out', keys])).code, 0);
    const signer = readFileSync(join(keys, 'audit-signer.key'), 'utf8');
    const again = await runPhigate(['audit', 'keygen', '--origin', 'test.example/log', '--out', keys]);
    assertNamed(again, 2, new RegExp(`^phigate: --out: ${keys}/audit-signer\\.key and ${keys}/audit-verifier\\.vkey already exist; keygen replaces a key pair only with --force \\(choose another --out to keep it\\) \\(PHIGATE_FILE_ACCESS\\)\\n$`));
    assert.ok(!again.stderr.includes(signer.trim()), 'the key is not printed');
    assert.equal(readFileSync(join(keys, 'audit-signer.key'), 'utf8'), signer);
  });

  test('audit keygen: one half of a pair left is refused too; --force replaces both, together', async () => {
    const { keys, origin, signer } = await keyPair('keys-pair');
    rmSync(join(keys, 'audit-verifier.vkey'));
    assertNamed(await runPhigate(origin), 2, new RegExp(`^phigate: --out: ${keys}/audit-signer\\.key already exists; keygen replaces a key pair only with --force`));
    const forced = await runPhigate([...origin, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    const newSigner = readFileSync(join(keys, 'audit-signer.key'), 'utf8');
    assert.notEqual(newSigner, signer);
    assert.equal(readFileSync(join(keys, 'audit-verifier.vkey'), 'utf8'), forced.stdout, 'the verifier key of the new signer');
    assert.equal(statSync(join(keys, 'audit-signer.key')).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(keys).sort(), ['audit-signer.key', 'audit-verifier.vkey'], 'no temporary files left');
  });

  test('audit keygen --force: when the second file cannot be put in place, the first is put back (never half a pair)', async () => {
    const { keys, origin, signer } = await keyPair('keys-half');
    // A directory where the verifier key goes: the new signer is placed first, then the verifier fails.
    rmSync(join(keys, 'audit-verifier.vkey'));
    mkdirSync(join(keys, 'audit-verifier.vkey'));
    const r = await runPhigate([...origin, '--force']);
    assertNamed(r, 2, new RegExp(`^phigate: --out: cannot write ${keys}/audit-verifier\\.vkey: .*\\(PHIGATE_FILE_ACCESS\\)\\n$`));
    assert.equal(r.stdout, '', 'no verifier key printed for a pair that was not written');
    assert.equal(readFileSync(join(keys, 'audit-signer.key'), 'utf8'), signer, 'the old signer is back');
    assert.deepEqual(readdirSync(keys).sort(), ['audit-signer.key', 'audit-verifier.vkey'], 'no temporary files left');
  });
});
