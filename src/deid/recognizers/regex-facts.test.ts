import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { derivationDigest, parseRecording, recordFacts, regexFact, regexFactCounts } from './regex-facts.js';

test('a fact is derived once per kind, flags and source, then shared', () => {
  let calls = 0;
  const derive = (): string => {
    calls++;
    return 'abc';
  };
  const before = regexFactCounts().derived;
  assert.equal(regexFact('test-kind', /q[rs]+t/g, derive), 'abc');
  assert.equal(regexFact('test-kind', /q[rs]+t/g, derive), 'abc');
  assert.equal(calls, 1);
  regexFact('test-kind', /q[rs]+t/gi, derive); // other flags: another fact
  regexFact('other-kind', /q[rs]+t/g, derive);
  assert.equal(calls, 3);
  assert.equal(regexFactCounts().derived - before, 3);
});

test('the recording holds every fact asked for, under this code\'s digest, and reads back', () => {
  regexFact('test-record', /z[0-9]{2}/, () => ['z', null]);
  const json = recordFacts();
  const facts = parseRecording(json, derivationDigest());
  assert.ok(facts);
  assert.deepEqual(facts['test-record  z[0-9]{2}'], ['z', null]);
});

test('a recording under another digest, malformed or without a digest to compare is not used', () => {
  const json = recordFacts();
  const digest = derivationDigest() as string;
  assert.equal(parseRecording(json, `${digest.slice(0, -1)}x`), undefined);
  assert.equal(parseRecording(json, undefined), undefined);
  assert.equal(parseRecording('{"digest": "', digest), undefined);
  assert.equal(parseRecording(JSON.stringify({ digest, facts: [] }), digest), undefined);
  assert.equal(parseRecording(JSON.stringify({ digest }), digest), undefined);
});

test('the digest changes with any deriving module, and is undefined when one cannot be read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-facts-'));
  try {
    for (const name of ['regex-facts', 'regex-ast', 'regex-safety', 'pattern']) copyFileSync(new URL(`./${name}.ts`, import.meta.url), join(dir, `${name}.ts`));
    const base = pathToFileURL(join(dir, 'regex-facts.ts')).href;
    assert.equal(derivationDigest(base), derivationDigest(), 'the same sources give the same digest');
    writeFileSync(join(dir, 'regex-ast.ts'), '// changed\n', { flag: 'a' });
    assert.notEqual(derivationDigest(base), derivationDigest());
    rmSync(join(dir, 'pattern.ts'));
    assert.equal(derivationDigest(base), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
