// Errors as a demanding operator expects them, from the real process: the argument parser's usage errors in
// phigate's own form (`phigate: <message> (PHIGATE_USAGE)`, exit 2, a pointer to the command's --help), and
// with --json every error as one JSON object on stderr, so a script reads the code instead of parsing text.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { type RunResult, runPhigate } from './run-phigate.js';

const dir = mkdtempSync(join(tmpdir(), 'phigate-usage-errors-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function assertJsonError(r: RunResult, exit: number, code: string, message: RegExp): void {
  assert.equal(r.code, exit, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^\{.*\}\n$/, 'one JSON line, nothing else');
  const parsed = JSON.parse(r.stderr) as { error: { code: string; message: string } };
  assert.deepEqual(Object.keys(parsed.error), ['code', 'message']);
  assert.equal(parsed.error.code, code);
  assert.match(parsed.error.message, message);
}

describe('usage errors from the argument parser', { concurrency: 2 }, () => {
  test('an unknown option: one line in phigate form, then where the help is; exit 2', async () => {
    const r = await runPhigate(['deid', '--nope']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "phigate: unknown option '--nope' (PHIGATE_USAGE)\nphigate: see `phigate deid --help` for usage\n");
    assert.equal(r.stdout, '');
  });

  test('a missing argument or option names the subcommand whose help to read', async () => {
    const verify = await runPhigate(['audit', 'verify']);
    assert.equal(verify.code, 2);
    assert.equal(verify.stderr, "phigate: missing required argument 'paths' (PHIGATE_USAGE)\nphigate: see `phigate audit verify --help` for usage\n");
    const gold = await runPhigate(['eval']);
    assert.equal(gold.code, 2);
    assert.equal(gold.stderr, "phigate: required option '--gold <file>' not specified (PHIGATE_USAGE)\nphigate: see `phigate eval --help` for usage\n");
  });

  test('an unknown command keeps the suggestion on the same line', async () => {
    const r = await runPhigate(['deidd']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "phigate: unknown command 'deidd' (Did you mean deid?) (PHIGATE_USAGE)\nphigate: see `phigate --help` for usage\n");
  });
});

describe('--json: errors as {"error":{"code","message"}} on stderr', { concurrency: 2 }, () => {
  test('a parser error', async () => {
    assertJsonError(await runPhigate(['deid', '--json', '--nope']), 2, 'PHIGATE_USAGE', /^unknown option '--nope'$/);
  });

  test("a command's own errors: deid, keys, apikeys", async () => {
    assertJsonError(await runPhigate(['deid', '--json', join(dir, 'absent.txt')]), 2, 'PHIGATE_NOT_FOUND', /cannot read .*absent\.txt: no such file/);
    assertJsonError(await runPhigate(['keys', 'status', '--json', '--home', dir]), 2, 'PHIGATE_USAGE', /^No embedded store in /);
    assertJsonError(await runPhigate(['apikeys', 'list', '--json', '--home', dir], { cwd: dir }), 2, 'PHIGATE_USAGE', /^No embedded store in /);
  });

  test('audit keygen --json prints the key pair as JSON, and its refusal as a JSON error', async () => {
    const out = join(dir, 'keys');
    const args = ['audit', 'keygen', '--origin', 'test.example/log', '--out', out, '--json'];
    const made = await runPhigate(args);
    assert.equal(made.code, 0, made.stderr);
    assert.equal(made.stderr, '');
    const pair = JSON.parse(made.stdout) as { verifierKey: string; signerKeyFile: string; verifierKeyFile: string };
    assert.match(pair.verifierKey, /^test\.example\/log\+[0-9a-f]{8}\+/);
    assert.deepEqual([pair.signerKeyFile, pair.verifierKeyFile], [join(out, 'audit-signer.key'), join(out, 'audit-verifier.vkey')]);
    assertJsonError(await runPhigate(args), 2, 'PHIGATE_FILE_ACCESS', /already exist; keygen replaces a key pair only with --force/);
  });

  test('audit disclosures --format json (or --format=json) is asked for JSON: its errors too; --format csv keeps them text', async () => {
    const none = join(dir, 'no-such-patient.key');
    const home = ['--home', join(dir, 'no-home')];
    assertJsonError(await runPhigate(['audit', 'disclosures', '--format', 'json', ...home]), 2, 'PHIGATE_USAGE', /^Give --patient ID/);
    assertJsonError(await runPhigate(['audit', 'disclosures', '--format=json', '--patient', 'p-1', '--patient-key-file', none, ...home]), 2, 'PHIGATE_NOT_FOUND', /^--patient-key-file: cannot read .*no-such-patient\.key: no such file/);
    assertJsonError(await runPhigate(['audit', 'disclosures', '--patient-ref', 'ab'.repeat(32), '--since', 'soon', '--format', 'json', ...home]), 2, 'PHIGATE_USAGE', /--since/);
    assertJsonError(await runPhigate(['audit', 'disclosures', '--format', 'json', '--nope']), 2, 'PHIGATE_USAGE', /^unknown option '--nope'/);
    const csv = await runPhigate(['audit', 'disclosures', '--format', 'csv', ...home]);
    assert.equal(csv.code, 2);
    assert.match(csv.stderr, /^phigate: Give --patient ID .*\(PHIGATE_USAGE\)\n$/);
  });

  test('without --json, the same error is text; a --json after -- is an argument, not the flag', async () => {
    const text = await runPhigate(['keys', 'status', '--home', dir]);
    assert.match(text.stderr, /^phigate: No embedded store in .*\(PHIGATE_USAGE\)\n$/);
    const after = await runPhigate(['deid', '--', '--json']);
    assert.equal(after.code, 2);
    assert.match(after.stderr, /^phigate: cannot read --json: no such file or directory \(ENOENT\) \(PHIGATE_NOT_FOUND\)\n$/);
  });
});
