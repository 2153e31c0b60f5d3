// `phigate eval`, `phigate demo` and --help, driven as real processes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { runPhigate } from './run-phigate.js';

const dir = mkdtempSync(join(tmpdir(), 'phigate-eval-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const REFERENCE = fileURLToPath(new URL('../../../shared/tools/score-deid.mjs', import.meta.url));

/** A small gold corpus written here (not copied from any dataset). */
function goldCorpus(): string {
  const notes: { id: string; text: string; spans: { start: number; end: number; type: string; label: string }[] }[] = [];
  const add = (id: string, parts: (string | [string, string, string])[]) => {
    let text = '';
    const spans: { start: number; end: number; type: string; label: string }[] = [];
    for (const p of parts) {
      if (typeof p === 'string') text += p;
      else {
        spans.push({ start: text.length, end: text.length + p[0].length, type: p[1], label: p[2] });
        text += p[0];
      }
    }
    notes.push({ id, text, spans });
  };
  add('g1', ['Mail ', ['ada.quill@example.org', 'EMAIL', 'EMAIL'], ' about the visit on ', ['03/04/2021', 'DATE', 'DATE'], '.']);
  add('g2', ['Seen by ', ['Dr. Bram Osei', 'NAME', 'DOCTOR'], ' today; call ', ['(617) 555-0142', 'PHONE', 'PHONE'], '.']);
  add('g3', ['No identifiers in this one, just BP 120/80 and HR 72.']);
  add('g4', ['Follow-up ', ['2019', 'DATE', 'DateYear'], ', write to ', ['b.osei@example.org', 'EMAIL', 'EMAIL'], '.']);
  add('g5', ['Patient lives on ', ['Larkspur Lane', 'LOCATION', 'STREET'], ' near the river.']);
  return notes.map((n) => JSON.stringify(n)).join('\n') + '\n';
}

describe('--help', { concurrency: 2 }, () => {
  test('phigate --help lists the commands and exit codes', async () => {
    const r = await runPhigate(['--help']);
    assert.equal(r.code, 0);
    for (const cmd of ['deid', 'eval', 'demo']) assert.match(r.stdout, new RegExp(`^\\s+${cmd}\\b`, 'm'));
    assert.match(r.stdout, /Exit codes: 0 ok, 1 some inputs failed/);
  });
  for (const [cmd, expected] of [
    ['deid', /Usage: phigate deid \[options\] \[input\][\s\S]*--format <format>[\s\S]*--explain[\s\S]*Exit codes: 0 ok/],
    ['eval', /Usage: phigate eval \[options\][\s\S]*--gold <file>[\s\S]*development corpora only/],
    ['demo', /Usage: phigate demo \[options\][\s\S]*made up/],
  ] as const) {
    test(`phigate ${cmd} --help`, async () => {
      const r = await runPhigate([cmd, '--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, expected);
    });
  }
  test('no command at all is a usage error', async () => {
    const r = await runPhigate([]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Usage: phigate/);
  });
});

describe('phigate eval', { concurrency: 2 }, () => {
  const gold = join(dir, 'gold.jsonl');
  writeFileSync(gold, goldCorpus());

  test('--json gives the figures and throughput', async () => {
    const r = await runPhigate(['eval', '--gold', gold, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { notes: number; rows: Record<string, { goldSpans: number }>; precision: { predSpans: number }; throughput: { notes: number; chars: number } };
    assert.equal(out.notes, 5);
    assert.equal(out.rows.ALL?.goldSpans, 7);
    assert.equal(out.rows.EMAIL?.goldSpans, 2);
    assert.equal(out.throughput.notes, 5);
    assert.ok(out.throughput.chars > 100);
  });

  test('the table matches the reference scorer on the engine\'s own predictions', { skip: existsSync(REFERENCE) ? false : `reference scorer not found at ${REFERENCE}: cross-check skipped` }, async () => {
    const pred = join(dir, 'pred.jsonl');
    const r = await runPhigate(['eval', '--gold', gold, '--by', 'label', '--ignore', 'DateYear', '--misses', '3', '--write-pred', pred]);
    assert.equal(r.code, 0, r.stderr);
    const ref = execFileSync(process.execPath, [REFERENCE, '--gold', gold, '--pred', pred, '--by', 'label', '--ignore', 'DateYear', '--misses', '3'], { encoding: 'utf8' });
    // Ours adds a throughput line (with timings) between the table and the misses.
    assert.equal(r.stdout.replace(/\nthroughput: .*\n/, ''), ref);
    assert.match(r.stdout, /\nthroughput:\s+5 notes, \d+ chars in [\d.]+ s of analysis/);
  });

  test('a bad gold line is reported by number without its text; the rest is scored; exit 1', async () => {
    const bad = join(dir, 'bad-gold.jsonl');
    writeFileSync(bad, `${goldCorpus()}{"id":"x","text":"CANARY Zebulon Quartermaine","spans":[{"start":"0"}]}\n`);
    const r = await runPhigate(['eval', '--gold', bad]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `phigate: ${bad}:6: spans[0] needs integer "start", "end" and a string "type" (PHIGATE_BAD_INPUT)\n`);
    const json = await runPhigate(['eval', '--gold', bad, '--json']);
    assert.equal(json.code, 1);
    assert.deepEqual(JSON.parse(json.stderr), { error: { code: 'PHIGATE_BAD_INPUT', message: 'spans[0] needs integer "start", "end" and a string "type"', input: bad, line: 6 } });
    assert.equal(json.stderr.split('\n').length, 2, 'one line');
    assert.equal((JSON.parse(json.stdout) as { notes: number }).notes, 5);
  });

  test('a file that is no gold at all: the first 20 bad lines, then one line saying there are more (with --json, every one as JSON); exit 1', async () => {
    const text = join(dir, 'note-not-gold.txt');
    writeFileSync(text, Array.from({ length: 50 }, (_, i) => `CANARY Zebulon line ${i}`).join('\n'));
    const r = await runPhigate(['eval', '--gold', text]);
    assert.equal(r.code, 1);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 21);
    assert.equal(lines[20], `phigate: ${text}: more bad lines; only the first 20 are shown`);
    assert.ok(!r.stderr.includes('Zebulon'));
    const json = await runPhigate(['eval', '--gold', text, '--json']);
    assert.equal(json.code, 1);
    const errors = json.stderr.trimEnd().split('\n').map((l) => (JSON.parse(l) as { error: { code: string; input: string; line: number } }).error);
    assert.deepEqual(errors.map((e) => e.line), Array.from({ length: 50 }, (_, i) => i + 1));
    assert.ok(errors.every((e) => e.code === 'PHIGATE_MALFORMED_JSON' && e.input === text));
    assert.ok(!json.stderr.includes('Zebulon'));
    assert.equal((JSON.parse(json.stdout) as { failedLines: number }).failedLines, 50);
  });

  test('bad options are usage errors', async () => {
    const r = await runPhigate(['eval', '--gold', gold, '--by', 'colour']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'phigate: --by must be type or label (PHIGATE_USAGE)\n');
  });
});

describe('phigate demo', { concurrency: 2 }, () => {
  test('shows before, after and findings, from any working directory', async () => {
    const r = await runPhigate(['demo'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const [before, afterPart] = r.stdout.split(/^AFTER: /m);
    assert.ok(before && afterPart, 'has BEFORE and AFTER sections');
    assert.match(before, /^BEFORE: .*sample-note\.txt \(fictional\), \d+ identifiers found/);
    assert.match(before, /\[Eleanor J\. Whitcombe\]/);
    const [afterText, findings] = afterPart.split(/^FINDINGS$/m);
    for (const original of ['Whitcombe', '512-48-7731', 'e.whitcombe@example.org', '00482913', '(614) 555-0147']) {
      assert.ok(!afterText!.includes(original), `AFTER still shows ${original}`);
    }
    assert.match(findings!, /EMAIL\s+0\.\d\d\s+email/);
    assert.ok(!r.stdout.includes('\x1b['), 'no colour when stdout is not a terminal');
  });

  test('--json and stable surrogates', async () => {
    const a = await runPhigate(['demo', '--json']);
    const b = await runPhigate(['demo', '--json']);
    assert.equal(a.code, 0);
    assert.equal(a.stdout, b.stdout);
    const out = JSON.parse(a.stdout) as { before: string; after: string; findings: { type: string; text: string }[] };
    assert.ok(out.findings.length > 10);
    assert.ok(out.before.includes('Whitcombe') && !out.after.includes('Whitcombe'));
    // No finding's text survives, whatever its type's transform: a ZIP typed over a whole address line was once
    // generalised to "2291 Larkspur Lane, Apt 4B, Millbrook, OH 430**".
    for (const f of out.findings) if (f.text.length >= 4) assert.ok(!out.after.includes(f.text), `AFTER keeps a ${f.type} finding's text`);
    for (const word of ['Larkspur', 'Millbrook', '43082']) assert.ok(out.before.includes(word) && !out.after.includes(word), `AFTER keeps ${word}`);
  });
});
