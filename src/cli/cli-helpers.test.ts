// Unit tests for the small CLI helpers: --transform parsing, the explain view, progress and errors.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding } from '../deid/types.js';
import { PhigateError } from '../errors.js';
import { exitCodeFor, formatTopLevelError } from './exit.js';
import { describeFsError, fileError, fsReason } from './file-errors.js';
import { renderExplained, renderLegend, renderMarked, superscript } from './explain.js';
import { createProgress, formatBytes } from './progress.js';
import { applyTransformOverride, parseTransformOption } from './transform-option.js';
import { useColor } from './options.js';

describe('--transform', () => {
  test('a bare kind replaces the whole policy', () => {
    const o = parseTransformOption('redact');
    assert.deepEqual(applyTransformOverride({ default: { kind: 'tag' }, byType: { NAME: { kind: 'surrogate' } } }, o), { default: { kind: 'redact' }, byType: {} });
  });
  test('TYPE=kind pairs override per type, keeping the rest of the policy', () => {
    const o = parseTransformOption('name=surrogate, DATE=date-shift');
    assert.deepEqual(applyTransformOverride({ default: { kind: 'tag' }, byType: { MRN: { kind: 'mask' } } }, o), {
      default: { kind: 'tag' },
      byType: { MRN: { kind: 'mask' }, NAME: { kind: 'surrogate' }, DATE: { kind: 'date-shift' } },
    });
  });
  test('both together', () => {
    assert.deepEqual(parseTransformOption('tag,NAME=token'), { all: { kind: 'tag' }, byType: { NAME: { kind: 'token' } } });
  });
  for (const bad of ['', 'scramble', 'PERSON=tag', 'NAME=hash']) {
    test(`rejects ${JSON.stringify(bad)} as a usage error`, () => {
      assert.throws(() => parseTransformOption(bad), (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_UNKNOWN_TRANSFORM' && exitCodeFor(e.code) === 2);
    });
  }
});

const finding = (start: number, end: number, type: Finding['type'], recognizer: string): Finding => ({ start, end, type, score: 0.9, recognizer, evidence: [{ kind: 'pattern', detail: recognizer }] });

describe('explain view', () => {
  const text = 'Dr Ada Quill, 03/04/2021.';
  const findings = [finding(3, 12, 'NAME', 'person-name'), finding(14, 24, 'DATE', 'date-numeric')];
  test('superscript markers', () => assert.equal(superscript(1) + superscript(10) + superscript(42), '¹¹⁰⁴²'));
  test('plain marks use brackets', () => {
    assert.equal(renderMarked(text, findings, { color: false }), 'Dr [Ada Quill]¹, [03/04/2021]².');
  });
  test('colour marks use ANSI and keep the text', () => {
    const out = renderMarked(text, findings, { color: true });
    assert.match(out, /\x1b\[30;43mAda Quill\x1b\[0m\x1b\[2m¹\x1b\[0m/);
    assert.equal(out.replace(/\x1b\[[0-9;]*m/g, ''), 'Dr Ada Quill¹, 03/04/2021².');
  });
  test('the legend names type, score, recognizer and evidence but not the text', () => {
    assert.deepEqual(renderLegend(findings), ['¹ NAME       0.90  person-name  (pattern:person-name)', '² DATE       0.90  date-numeric  (pattern:date-numeric)']);
    assert.match(renderLegend(findings, text)[0]!, /^¹ Ada Quill\s+NAME/);
  });
  test('a note without findings says so', () => {
    assert.equal(renderExplained('nothing\n', [], { color: false }), 'nothing\n\nNo identifiers found.\n');
  });
});

describe('progress', () => {
  test('counts only, redrawn on a terminal, quiet for small jobs', () => {
    let t = 0;
    const out: string[] = [];
    const p = createProgress({ write: (s) => out.push(s), tty: true, totalBytes: 4096, quietBelowBytes: 1024, now: () => t });
    p.addBytes(512);
    assert.deepEqual(out, []);
    t = 1000;
    p.addBytes(1536);
    assert.deepEqual(out, ['\rphigate: 2.0 KB of 4.0 KB (50%), 2.0 KB/s\x1b[K']);
    p.finish();
    assert.equal(out.at(-1), '\r\x1b[K');
  });
  test('lines, not redraws, when stderr is not a terminal', () => {
    let t = 0;
    const out: string[] = [];
    const p = createProgress({ write: (s) => out.push(s), tty: false, totalInputs: 3, now: () => t });
    p.inputDone();
    t = 500;
    p.inputDone(); // within the 2 s interval: not shown
    t = 4000;
    p.inputDone();
    p.finish();
    assert.deepEqual(out, ['phigate: 1/3 inputs, 0 B, 0 B/s\n', 'phigate: 3/3 inputs, 0 B, 0 B/s\n']); // finish adds nothing new
  });
  test('formatBytes', () => assert.deepEqual([formatBytes(5), formatBytes(1536), formatBytes(3 * 1024 ** 3)], ['5 B', '1.5 KB', '3.0 GB']));
});

describe('top-level errors', () => {
  test('a PhigateError prints message and code, no stack', () => {
    assert.equal(formatTopLevelError(new PhigateError('PHIGATE_NOT_FOUND', 'cannot read x.txt (ENOENT)'), false), 'phigate: cannot read x.txt (ENOENT) (PHIGATE_NOT_FOUND)\n');
  });
  test('any other error is internal and its message (which may hold input) is not printed', () => {
    const out = formatTopLevelError(new Error('CANARY Zed Quintero-Vance'), false);
    assert.equal(out, 'phigate: Internal error (PHIGATE_INTERNAL)\n');
  });
  test('PHIGATE_DEBUG adds the stack', () => {
    assert.match(formatTopLevelError(new Error('boom'), true), /Internal error \(PHIGATE_INTERNAL\)\nError: boom\n\s+at /);
  });
  test('exit codes: 2 for usage, config and files the command line names, 1 for input failures', () => {
    const codes = ['PHIGATE_USAGE', 'PHIGATE_BAD_CONFIG', 'PHIGATE_KEY_MISSING', 'PHIGATE_NOT_FOUND', 'PHIGATE_FILE_ACCESS', 'PHIGATE_INVALID_UTF8', 'PHIGATE_MALFORMED_JSON'] as const;
    assert.deepEqual(codes.map((c) => exitCodeFor(c)), [2, 2, 2, 2, 2, 1, 1]);
  });
  test('a file-system error names its path and reason, never anything else it carries', () => {
    const err = Object.assign(new Error("EACCES: permission denied, open 'out/a.txt' CANARY"), { code: 'EACCES', syscall: 'open', path: 'out/a.txt' });
    const named = describeFsError(err);
    assert.equal(formatTopLevelError(named, false), 'phigate: cannot open out/a.txt: permission denied (EACCES) (PHIGATE_FILE_ACCESS)\n');
    assert.equal(formatTopLevelError(fileError(Object.assign(new Error('x'), { code: 'ENOENT', syscall: 'open', path: '/abs/k' }), 'read', 'k', '--key-file: '), false), 'phigate: --key-file: cannot read k: no such file or directory (ENOENT) (PHIGATE_NOT_FOUND)\n');
    assert.equal(describeFsError(new Error('not a file error')) instanceof PhigateError, false);
    assert.equal(fsReason('EWHATEVER'), 'EWHATEVER');
  });
});

describe('colour choice', () => {
  test('flags win, then terminal and NO_COLOR', () => {
    assert.equal(useColor(true, false, {}), true);
    assert.equal(useColor(false, true, {}), false);
    assert.equal(useColor(undefined, true, {}), true);
    assert.equal(useColor(undefined, true, { NO_COLOR: '1' }), false);
    assert.equal(useColor(undefined, false, {}), false);
  });
});
