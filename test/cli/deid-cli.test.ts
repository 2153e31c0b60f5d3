// `phigate deid` driven as a real process: text files, stdin, JSONL, bad input, directories, config errors.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { jsonLines, runPhigate } from './run-phigate.js';

const dir = mkdtempSync(join(tmpdir(), 'phigate-deid-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};

/** Unique fake identifiers: if one shows up in stderr, an error message leaked input text. */
const CANARY_NAME = 'Zebulon Quartermaine-Vexley';
const CANARY_EMAIL = 'zq.canary.7731@example.org';
const NOTE = `Seen by Dr. Ada Quill on 03/04/2021.\nContact: ${CANARY_EMAIL}\n`;

describe('phigate deid (text)', { concurrency: 2 }, () => {
  test('a text file is de-identified to stdout with tags by default', async () => {
    const r = await runPhigate(['deid', file('note.txt', NOTE)]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /Contact: \[EMAIL\]\n$/);
    assert.match(r.stdout, /on \[DATE\]\./);
    assert.ok(!r.stdout.includes(CANARY_EMAIL) && !r.stdout.includes('03/04/2021'));
  });

  test('stdin (no argument, or -) gives the same result', async () => {
    const a = await runPhigate(['deid'], { input: NOTE });
    const b = await runPhigate(['deid', '-'], { input: NOTE });
    assert.equal(a.code, 0);
    assert.equal(a.stdout, b.stdout);
    assert.match(a.stdout, /Contact: \[EMAIL\]/);
  });

  test('pieces split at blank lines give the same output as the whole text', async () => {
    const paras = Array.from({ length: 40 }, (_, i) => `Visit ${i}: reach the patient at p${i}.q@example.org before 0${(i % 9) + 1}/1${i % 10}/2020.`);
    const text = paras.join('\n\n') + '\n';
    const whole = await runPhigate(['deid'], { input: text });
    const pieces = await runPhigate(['deid', '--chunk-size', '200'], { input: text });
    assert.equal(pieces.code, 0);
    assert.equal(pieces.stdout, whole.stdout);
    assert.equal(pieces.stdout.match(/\[EMAIL\]/g)?.length, 40);
  });

  test('with analysis threads, pieces are read side by side and written in input order: the same output', async () => {
    const paras = Array.from({ length: 60 }, (_, i) => `Visit ${i}: Dr. Ada Quill called 617-555-01${String(i).padStart(2, '0')} about MRN ${4821000 + i} on 0${(i % 9) + 1}/1${i % 10}/2020.`);
    const text = paras.join('\n\n') + '\n';
    const one = await runPhigate(['deid', '--chunk-size', '300'], { input: text });
    const threaded = await runPhigate(['deid', '--chunk-size', '300', '--threads', '2'], { input: text });
    assert.equal(threaded.code, 0, threaded.stderr);
    assert.equal(threaded.stdout, one.stdout);
    assert.equal(threaded.stdout.match(/\[PHONE\]/g)?.length, 60);
  });

  test('surrogates with --key env:VAR are stable across runs; the key never appears', async () => {
    const key = 'k'.repeat(8) + 'CANARYKEY-91ab27';
    const args = ['deid', '--transform', 'NAME=surrogate,EMAIL=surrogate,DATE=date-shift', '--patient', 'p-1', '--key', 'env:PHIGATE_TEST_KEY'];
    const a = await runPhigate(args, { input: NOTE, env: { PHIGATE_TEST_KEY: key } });
    const b = await runPhigate(args, { input: NOTE, env: { PHIGATE_TEST_KEY: key } });
    assert.equal(a.code, 0, a.stderr);
    assert.equal(a.stdout, b.stdout);
    assert.ok(!a.stdout.includes(CANARY_EMAIL) && !a.stdout.includes('Quill'));
    assert.ok(!a.stdout.includes('[EMAIL]')); // a surrogate, not a tag
    assert.ok(!a.stderr.includes('CANARYKEY') && !a.stdout.includes('CANARYKEY'));
  });

  test('PHIGATE_DEID_KEY holds the key when no --key is given; --key wins; the key is never printed', async () => {
    const key = 'CANARYKEY-deid-env-5f1e2d3c4b';
    const other = 'CANARYKEY-other-var-9a8b7c6d';
    const args = ['deid', '--transform', 'NAME=surrogate,EMAIL=surrogate,DATE=date-shift', '--patient', 'p-1'];
    const fromEnv = await runPhigate(args, { input: NOTE, env: { PHIGATE_DEID_KEY: key } });
    const named = await runPhigate([...args, '--key', 'env:PHIGATE_TEST_KEY'], { input: NOTE, env: { PHIGATE_TEST_KEY: key } });
    const optionWins = await runPhigate([...args, '--key', 'env:PHIGATE_TEST_KEY'], { input: NOTE, env: { PHIGATE_DEID_KEY: key, PHIGATE_TEST_KEY: other } });
    const otherKey = await runPhigate([...args, '--key', 'env:PHIGATE_TEST_KEY'], { input: NOTE, env: { PHIGATE_TEST_KEY: other } });
    for (const r of [fromEnv, named, optionWins, otherKey]) {
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '', 'no one-off key note, and no key');
      assert.ok(!r.stdout.includes('CANARYKEY'));
    }
    assert.equal(fromEnv.stdout, named.stdout, 'the same key as --key env:VAR naming it');
    assert.equal(optionWins.stdout, otherKey.stdout, '--key wins over PHIGATE_DEID_KEY');
    assert.notEqual(optionWins.stdout, fromEnv.stdout);
    const short = await runPhigate(args, { input: NOTE, env: { PHIGATE_DEID_KEY: 'CANARYKEY' } });
    assert.equal(short.code, 2);
    assert.equal(short.stderr, 'phigate: environment variable PHIGATE_DEID_KEY holds fewer than 16 bytes; use a longer secret (e.g. 32 random bytes, hex-encoded) (PHIGATE_KEY_MISSING)\n');
  });

  test('without a key, keyed transforms use a one-off key and say so on stderr', async () => {
    const r = await runPhigate(['deid', '--transform', 'surrogate'], { input: NOTE });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^phigate: note: no --key.*one-off random key.*differ from run to run\n$/);
  });

  test('with --json, the note is a JSON line, and so is everything else on stderr (progress included)', async () => {
    const r = await runPhigate(['deid', '--transform', 'surrogate', '--json', '--progress'], { input: NOTE });
    assert.equal(r.code, 0, r.stderr);
    const lines = jsonLines(r.stderr);
    assert.match(String(lines.find((l) => l.note !== undefined)?.note?.message), /^no --key.*one-off random key/);
    assert.ok(lines.some((l) => l.progress !== undefined), 'progress, as JSON');
    assert.ok(lines.some((l) => l.findings !== undefined), 'the summary (no --out: on stderr)');
    assert.ok(!r.stderr.includes('phigate: '), 'no text line');
  });

  test('a missing key variable is a usage error naming the variable', async () => {
    const r = await runPhigate(['deid', '--transform', 'token', '--key', 'env:PHIGATE_NO_SUCH_VAR'], { input: NOTE });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'phigate: environment variable PHIGATE_NO_SUCH_VAR is not set or empty (PHIGATE_KEY_MISSING)\n');
  });

  test('a --key that is no env:VAR or file:PATH is refused even when no transform needs a key, without echoing it', async () => {
    const r = await runPhigate(['deid', '--key', 'CANARYKEY-pasted-secret-0123456789'], { input: NOTE });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'phigate: --key: expected env:VAR or file:PATH (never the key itself) (PHIGATE_USAGE)\n');
    assert.equal(r.stdout, '', 'nothing is de-identified');
  });

  test('an empty --patient (an unset variable) is a usage error naming the option, not a failure of every text', async () => {
    const r = await runPhigate(['deid', '--transform', 'DATE=date-shift', '--patient', ''], { input: NOTE });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'phigate: --patient must not be empty (the id of the patient whose dates share one shift) (PHIGATE_USAGE)\n');
  });

  test('date-shift needs --patient', async () => {
    const r = await runPhigate(['deid', '--transform', 'DATE=date-shift'], { input: NOTE });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /pass --patient ID .*\(PHIGATE_USAGE\)/);
  });

  test('--explain shows the note with markers and a legend (plain when not a terminal)', async () => {
    const r = await runPhigate(['deid', '--explain', file('explain.txt', NOTE)]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, new RegExp(`Contact: \\[${CANARY_EMAIL.replace(/\./g, '\\.')}\\][¹²³⁴⁵⁶⁷⁸⁹]`));
    assert.match(r.stdout, /identifiers? found:\n/);
    assert.match(r.stdout, /EMAIL\s+0\.\d\d\s+email/);
    assert.ok(!r.stdout.includes('\x1b['));
    const coloured = await runPhigate(['deid', '--explain', '--color'], { input: NOTE });
    assert.ok(coloured.stdout.includes('\x1b['));
  });
});

describe('phigate deid (bad input)', { concurrency: 2 }, () => {
  test('invalid UTF-8 is reported by file and line, without the text, exit 1', async () => {
    const path = file('latin1.txt', Buffer.concat([Buffer.from(`${CANARY_NAME}\nline two\nCaf`), Buffer.from([0xe9]), Buffer.from(' au lait\n')]));
    const r = await runPhigate(['deid', path]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `phigate: ${path}:3: not valid UTF-8 (PHIGATE_INVALID_UTF8)\n`);
    assert.ok(!r.stderr.includes('Zebulon'));
  });

  test('binary input (NUL bytes) is refused, exit 1', async () => {
    const path = file('image.bin', Buffer.concat([Buffer.from(`${CANARY_NAME}\n`), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])]));
    const r = await runPhigate(['deid', path]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `phigate: ${path}:2: binary data (NUL byte); only text is accepted (PHIGATE_BINARY_INPUT)\n`);
  });

  test('a missing file: one line naming it, no stack trace, exit 2 (the command could not run); the stack only with PHIGATE_DEBUG=1', async () => {
    const path = join(dir, 'absent.txt');
    const r = await runPhigate(['deid', path]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `phigate: cannot read ${path}: no such file or directory (ENOENT) (PHIGATE_NOT_FOUND)\n`);
    const d = await runPhigate(['deid', path], { env: { PHIGATE_DEBUG: '1' } });
    assert.match(d.stderr, /\(PHIGATE_NOT_FOUND\)\nPhigateError: cannot read .*\n\s+at /);
  });

  test('usage errors exit 2', async () => {
    for (const args of [['deid', '--bogus'], ['deid', '--format', 'xml'], ['deid', '--transform', 'scramble'], ['deid', dir], ['deid', '--threads', 'lots'], ['deid', '--threads', '-1']]) {
      const r = await runPhigate(args, { input: NOTE });
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.ok(r.stderr.length > 0);
    }
  });
});

describe('phigate deid --format jsonl', { concurrency: 2 }, () => {
  test('one output line per input line, same order, findings on the input text', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => (i * 7919) % 1000).map((n, i) => (i % 3 === 0 ? n : `note-${n}`));
    const input = ids.map((id, i) => JSON.stringify({ id, text: `Record ${i}: write to r${i}.x@example.org today.` })).join('\n') + '\n';
    const r = await runPhigate(['deid', '--format', 'jsonl'], { input });
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: unknown; text: string; findings: { start: number; end: number; type: string; score: number; recognizer: string }[] });
    assert.deepEqual(lines.map((l) => l.id), ids);
    lines.forEach((l, i) => {
      const original = `Record ${i}: write to r${i}.x@example.org today.`;
      assert.equal(l.text, `Record ${i}: write to [EMAIL] today.`);
      const email = l.findings.find((f) => f.type === 'EMAIL');
      assert.ok(email, 'email finding');
      assert.equal(original.slice(email.start, email.end), `r${i}.x@example.org`);
      assert.deepEqual(Object.keys(email).sort(), ['end', 'recognizer', 'score', 'start', 'type']);
    });
  });

  test('bad lines are reported by number (never their text), the rest go through, exit 1', async () => {
    const good = (id: string) => JSON.stringify({ id, text: `mail ${id}@example.org` });
    const input = Buffer.concat([
      Buffer.from(`${good('a')}\n${good('b')}\n`),
      Buffer.from(`{"id":"c","text":"${CANARY_NAME} ${CANARY_EMAIL}"\n`), // 3: truncated JSON
      Buffer.from(`${good('d')}\n`),
      Buffer.from(`{"id":"e","note":"${CANARY_NAME}"}\n`), // 5: no text
      Buffer.from(`["${CANARY_NAME}"]\n`), // 6: not an object
      Buffer.from('\n'), // 7: blank, skipped silently
      Buffer.concat([Buffer.from(`{"id":"f","text":"${CANARY_NAME} `), Buffer.from([0xff]), Buffer.from('"}\n')]), // 8: bad UTF-8
      Buffer.from(`${good('g')}\n`),
    ]);
    const path = file('batch.jsonl', input);
    const r = await runPhigate(['deid', '--format', 'jsonl', path, '--json']);
    assert.equal(r.code, 1);
    assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id), ['a', 'b', 'd', 'g']);
    // --json: each bad line one {"error":{code,message,input,line}} object on stderr, then the summary.
    const errLines = r.stderr.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    assert.deepEqual(errLines.slice(0, 4), [
      { error: { code: 'PHIGATE_MALFORMED_JSON', message: 'not valid JSON', input: path, line: 3 } },
      { error: { code: 'PHIGATE_BAD_INPUT', message: 'missing "text" (string)', input: path, line: 5 } },
      { error: { code: 'PHIGATE_BAD_INPUT', message: 'expected a JSON object', input: path, line: 6 } },
      { error: { code: 'PHIGATE_INVALID_UTF8', message: 'not valid UTF-8', input: path, line: 8 } },
    ]);
    assert.equal(errLines.length, 5);
    const summary = errLines[4] as { records: number; failedRecords: number; errors: { line: number }[] };
    assert.equal(summary.records, 8);
    assert.equal(summary.failedRecords, 4);
    assert.deepEqual(summary.errors.map((e) => e.line), [3, 5, 6, 8]);
    for (const canary of ['Zebulon', 'Quartermaine', 'zq.canary']) {
      assert.ok(!r.stderr.includes(canary), `stderr leaked ${canary}`);
      assert.ok(!r.stdout.includes(canary), `stdout leaked ${canary}`);
    }
  });

  test('with --threads, the same lines in the same order, and bad lines reported the same way', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => (i % 17 === 5 ? `{"id":"bad-${i}","text":"${CANARY_NAME}` : JSON.stringify({ id: i, text: `Pt ${CANARY_NAME} seen by Dr. Ada Quill ${i} days ago; call 617-555-01${String(i).padStart(2, '0')}.` })));
    const path = file('threads.jsonl', `${lines.join('\n')}\n`);
    const one = await runPhigate(['deid', '--format', 'jsonl', path]);
    const threaded = await runPhigate(['deid', '--format', 'jsonl', '--threads', '2', path]);
    assert.equal(threaded.code, 1, 'three lines are bad');
    assert.equal(threaded.stdout, one.stdout, 'byte for byte the output without threads');
    assert.equal(threaded.stdout.trimEnd().split('\n').length, 47);
    assert.deepEqual(threaded.stderr.trimEnd().split('\n'), one.stderr.trimEnd().split('\n'));
    assert.match(threaded.stderr, /threads\.jsonl:6: not valid JSON/);
    for (const out of [threaded.stdout, threaded.stderr]) assert.ok(!out.includes('Quartermaine'), 'no canary left in output or errors');
  });

  test('a record may carry its own patient id for date shifting', async () => {
    const input = `${JSON.stringify({ id: 1, text: 'seen 03/04/2021', patient: 'p-9' })}\n${JSON.stringify({ id: 2, text: 'seen 03/04/2021' })}\n`;
    const r = await runPhigate(['deid', '--format', 'jsonl', '--transform', 'DATE=date-shift', '--key', 'env:K'], { input, env: { K: 'x'.repeat(32) } });
    assert.equal(r.code, 1);
    assert.equal(r.stdout.trimEnd().split('\n').length, 1);
    assert.match(r.stderr, /<stdin>:2: date-shift needs a patient id/);
  });
});

describe('phigate deid DIR --out', () => {
  test('mirrors the tree; a bad file is reported and not written; others go through', async () => {
    const root = join(dir, 'notes');
    file('notes/a.txt', NOTE);
    file('notes/ward/b.txt', `Email ${CANARY_EMAIL} soon.\n`);
    file('notes/ward/c.txt', Buffer.from([0x41, 0, 0x42]));
    file('notes/.hidden', 'skipped');
    const out = join(dir, 'notes-out');
    const r = await runPhigate(['deid', root, '--out', out, '--json', '--progress']);
    assert.equal(r.code, 1);
    assert.match(readFileSync(join(out, 'a.txt'), 'utf8'), /Contact: \[EMAIL\]/);
    assert.equal(readFileSync(join(out, 'ward', 'b.txt'), 'utf8'), 'Email [EMAIL] soon.\n');
    assert.ok(!existsSync(join(out, 'ward', 'c.txt')));
    assert.ok(!existsSync(join(out, '.hidden')));
    const summary = JSON.parse(r.stdout) as { inputs: number; failedInputs: number; findings: Record<string, number> };
    assert.equal(summary.inputs, 3);
    assert.equal(summary.failedInputs, 1);
    assert.equal(summary.findings.EMAIL, 2);
    assert.ok(r.stderr.includes(`${JSON.stringify({ error: { code: 'PHIGATE_BINARY_INPUT', message: 'binary data (NUL byte); only text is accepted', input: join(root, 'ward', 'c.txt'), line: 1 } })}\n`));
    // Under --json, stderr is JSON lines only: the errors, and the progress forced with --progress.
    const lines = jsonLines(r.stderr);
    const last = lines.filter((l) => l.progress !== undefined).at(-1)?.progress;
    assert.deepEqual([last?.inputs, last?.totalInputs], [3, 3]);
    assert.ok(typeof last?.bytes === 'number' && last.bytes > 0);
    assert.ok(!r.stderr.includes('zq.canary'));
  });

  test('--out inside the input directory is refused', async () => {
    const r = await runPhigate(['deid', join(dir, 'notes'), '--out', join(dir, 'notes', 'out')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /must not be inside the input directory/);
  });
});

describe('phigate deid --config', { concurrency: 2 }, () => {
  test('config errors name file, line and column; exit 2', async () => {
    const path = file('bad.yaml', 'deid:\n  threshold: 0.4\n  transforms:\n    NAME:\n      kind: surrogat\n');
    const r = await runPhigate(['deid', '--config', path], { input: NOTE });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `phigate: ${path}:5:13: deid.transforms.NAME.kind: expected one of redact, tag, mask, surrogate, date-shift, token, generalize (PHIGATE_BAD_CONFIG)\n`);
  });

  test('a config with custom recognizers and allow lists is applied', async () => {
    const path = file('good.yaml', "deid:\n  recognizers:\n    - {id: ward-code, type: ID, pattern: 'WX-\\d{5}', score: 0.9}\n  transforms:\n    ID: redact\n");
    const r = await runPhigate(['deid', '--config', path], { input: 'Bed WX-12345 ready.\n' });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!r.stdout.includes('WX-12345'));
    assert.ok(!r.stdout.includes('[ID]')); // redacted, not tagged
  });
});
