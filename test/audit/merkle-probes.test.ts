// Runs the probe files in test/vectors (valid and corrupted proofs with desc/wantErr) through verify.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rfc9162 } from '../../src/audit/hasher.js';
import { verifyConsistency, verifyInclusion } from '../../src/audit/verify.js';
import { PhigateError } from '../../src/errors.js';

const load = <T>(name: string): T[] => (JSON.parse(readFileSync(new URL(`../vectors/${name}`, import.meta.url), 'utf8')) as { probes: T[] }).probes;
const b = (h: string): Buffer => Buffer.from(h, 'hex');

function outcome(run: () => void): boolean {
  try {
    run();
    return false;
  } catch (err) {
    assert.ok(err instanceof PhigateError, 'failures are PhigateErrors');
    return true;
  }
}

test('inclusion probes', () => {
  const probes = load<{ desc: string; index: number; size: number; leafHash: string; proof: string[]; root: string; wantErr: boolean }>('merkle-inclusion-probes.json');
  assert.ok(probes.length > 300);
  for (const p of probes) {
    const failed = outcome(() => verifyInclusion(rfc9162, p.index, p.size, b(p.leafHash), p.proof.map(b), b(p.root)));
    assert.equal(failed, p.wantErr, p.desc);
  }
});

test('consistency probes', () => {
  const probes = load<{ desc: string; size1: number; size2: number; proof: string[]; root1: string; root2: string; wantErr: boolean }>('merkle-consistency-probes.json');
  assert.ok(probes.length > 150);
  for (const p of probes) {
    const failed = outcome(() => verifyConsistency(rfc9162, p.size1, p.size2, p.proof.map(b), b(p.root1), b(p.root2)));
    assert.equal(failed, p.wantErr, p.desc);
  }
});
