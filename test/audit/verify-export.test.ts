// Tamper tests for the offline verifier: every kind of edit to an export (edited, deleted, inserted,
// reordered, truncated entries; forged, foreign or forked checkpoints) is caught, with the first bad index.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { buildExport, writeExportDir, counterRandom, sampleEvent, type BuiltExport } from './fixtures.js';
import { verifyExportFiles, resolveExportPaths } from '../../src/audit/export-files.js';
import { generateNoteKey, parseSignerKey, parseVerifierKey } from '../../src/audit/note.js';
import { eventDigest, sealEvent } from '../../src/audit/entry.js';
import { formatCheckpointLine, formatEntryLine } from '../../src/audit/export-format.js';
import { signCheckpoint } from '../../src/audit/checkpoint.js';
import { rfc9162 } from '../../src/audit/hasher.js';
import type { VerifyReport } from '../../src/audit/export-verifier.js';

const N = 300;
const SIZES = [100, 200, 300];
const built: BuiltExport = await buildExport(N, SIZES, [7]);

async function verify(lines: readonly string[], checkpointLines = built.checkpointLines, opts: { workers?: number } = {}): Promise<VerifyReport> {
  const dir = writeExportDir(lines, checkpointLines);
  try {
    const { report } = await verifyExportFiles({
      paths: await resolveExportPaths([dir]),
      verifiers: [parseVerifierKey(built.verifierKey)],
      origin: built.origin,
      workers: opts.workers ?? 0,
      parallelFromBytes: 0,
    });
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Re-number lines' seq fields from 0, as a careful forger would. */
function renumber(lines: readonly string[]): string[] {
  return lines.map((l, i) => l.replace(/^\{"seq":\d+,/, `{"seq":${i},`));
}

/** An entry for position `seq` whose digest and leaf are recomputed for an edited event. */
function forged(seq: number, action: string): string {
  const s = sealEvent(sampleEvent(seq, { action }), rfc9162, counterRandom(9999));
  return formatEntryLine({ seq, digest: s.digest, salt: s.salt, event: s.canonical });
}

function kinds(r: VerifyReport): string[] {
  return [...new Set(r.problems.map((p) => p.kind))].sort();
}

describe('offline verification of an export', () => {
  test('an untouched export verifies, erased payloads included', async () => {
    const r = await verify(built.lines);
    assert.equal(r.ok, true, JSON.stringify(r.problems));
    assert.equal(r.entries, N);
    assert.equal(r.erased, 1);
    assert.equal(r.checkpoints.matched, 3);
    assert.equal(r.firstBadIndex, null);
    assert.equal(r.uncoveredFrom, null);
  });

  test('edited event (digest left alone): exact index', async () => {
    const lines = [...built.lines];
    lines[150] = (lines[150] as string).replace('"action":"chat.completion"', '"action":"records.export"');
    const r = await verify(lines);
    assert.equal(r.ok, false);
    assert.deepEqual(kinds(r), ['payload-mismatch']);
    assert.equal(r.firstBadIndex, 150);
    assert.equal(r.firstBadExact, true);
  });

  test('edited event with a recomputed digest: caught by the checkpoint, bounded to its interval', async () => {
    const lines = [...built.lines];
    lines[150] = forged(150, 'records.export');
    const r = await verify(lines);
    assert.deepEqual(kinds(r), ['root-mismatch']);
    assert.equal(r.firstBadIndex, 100);
    assert.equal(r.firstBadExact, false);
    assert.deepEqual(r.problems[0]?.range, [100, 200]);
  });

  test('deleted entry: exact index', async () => {
    const lines = built.lines.filter((_, i) => i !== 150);
    const r = await verify(lines);
    assert.equal(r.firstBadIndex, 150);
    assert.equal(r.firstBadExact, true);
    assert.ok(kinds(r).includes('sequence-gap'));
  });

  test('deleted entry with renumbering: caught by the checkpoints', async () => {
    const r = await verify(renumber(built.lines.filter((_, i) => i !== 150)));
    assert.equal(r.ok, false);
    assert.equal(r.firstBadIndex, 100);
    assert.ok(kinds(r).includes('root-mismatch'));
  });

  test('inserted forged entry claiming the next seq: exact index', async () => {
    const lines = [...built.lines];
    lines.splice(150, 0, forged(150, 'records.export'));
    const r = await verify(lines);
    assert.equal(r.firstBadIndex, 150);
    assert.ok(kinds(r).includes('sequence-repeat'));
  });

  test('inserted replay of an earlier entry: exact index', async () => {
    const lines = [...built.lines];
    lines.splice(150, 0, built.lines[40] as string);
    const r = await verify(lines);
    assert.equal(r.firstBadIndex, 150);
    assert.equal(r.firstBadExact, true);
  });

  test('inserted entry with renumbering: caught by the checkpoints', async () => {
    const lines = [...built.lines];
    lines.splice(250, 0, forged(250, 'records.export'));
    const r = await verify(renumber(lines));
    assert.equal(r.ok, false);
    assert.equal(r.firstBadIndex, 200);
  });

  test('reordered entries: exact index of the first moved entry', async () => {
    const lines = [...built.lines];
    [lines[150], lines[160]] = [lines[160] as string, lines[150] as string];
    const r = await verify(lines);
    assert.equal(r.firstBadIndex, 150);
    assert.equal(r.firstBadExact, true);
  });

  test('reordered entries with renumbering: caught by the checkpoints', async () => {
    const lines = [...built.lines];
    [lines[10], lines[11]] = [lines[11] as string, lines[10] as string];
    const r = await verify(renumber(lines));
    assert.equal(r.firstBadIndex, 0);
    assert.equal(r.firstBadExact, false);
  });

  test('truncated export: names the first missing index', async () => {
    const r = await verify(built.lines.slice(0, 250));
    assert.deepEqual(kinds(r), ['truncated']);
    assert.equal(r.firstBadIndex, 250);
    assert.equal(r.firstBadExact, true);
  });

  test('truncated export with its later checkpoints removed is caught by a checkpoint the auditor kept', async () => {
    const lines = built.lines.slice(0, 200);
    const cps = built.checkpointLines.slice(0, 2);
    assert.equal((await verify(lines, cps)).ok, true, 'without outside knowledge a clean cut looks like an older log');
    const r = await verify(lines, [...cps, built.checkpointLines[2] as string]);
    assert.equal(r.firstBadIndex, 200);
  });

  test('a garbage line is unreadable at its index', async () => {
    const lines = [...built.lines];
    lines[42] = 'not json';
    const r = await verify(lines);
    assert.equal(r.firstBadIndex, 42);
    assert.ok(kinds(r).includes('unreadable'));
  });

  test('an erased payload with an edited digest is caught by the checkpoint', async () => {
    const lines = [...built.lines];
    lines[7] = (lines[7] as string).replace(/"digest":"(.)/, (_m, c: string) => `"digest":"${c === 'a' ? 'b' : 'a'}`);
    const r = await verify(lines);
    assert.equal(r.firstBadIndex, 0);
    assert.ok(kinds(r).includes('root-mismatch'));
  });

  test('lines re-serialised by another tool (key order, spacing) still verify', async () => {
    const lines = built.lines.map((l) => {
      const o = JSON.parse(l) as Record<string, unknown>;
      return JSON.stringify({ event: o['event'], salt: o['salt'], digest: o['digest'], seq: o['seq'] }, null, 0).replace(/,/g, ', ');
    });
    const r = await verify(lines);
    assert.equal(r.ok, true, JSON.stringify(r.problems));
  });

  test('checkpoints: edited, foreign-key, other-origin and forked ones are reported', async () => {
    const cp = built.checkpointLines;
    const edited = (cp[0] as string).replace('\\n100\\n', '\\n101\\n');
    const stranger = generateNoteKey(built.origin);
    const foreign = formatCheckpointLine(await signCheckpoint({ origin: built.origin, size: 100, root: Buffer.alloc(32) }, [parseSignerKey(stranger.signerKey)]));
    const otherOrigin = formatCheckpointLine(await signCheckpoint({ origin: 'other.example/log', size: 100, root: Buffer.alloc(32) }, [parseSignerKey(built.signerKey)]));
    const fork = formatCheckpointLine(await signCheckpoint({ origin: built.origin, size: 200, root: Buffer.alloc(32, 1) }, [parseSignerKey(built.signerKey)]));
    const r = await verify(built.lines, [...cp, edited, foreign, otherOrigin]);
    assert.deepEqual(kinds(r), ['checkpoint-signature']);
    assert.equal(r.problemCount, 3);
    assert.equal(r.firstBadIndex, null, 'entries themselves are fine');
    const f = await verify(built.lines, [...cp, fork]);
    assert.ok(kinds(f).includes('checkpoint-fork'));
    assert.ok(kinds(f).includes('root-mismatch'));
  });

  test('without any trusted checkpoint the export is not accepted', async () => {
    const r = await verify(built.lines, []);
    assert.equal(r.ok, false);
    assert.deepEqual(kinds(r), ['no-checkpoint']);
    assert.equal(r.uncoveredFrom, 0);
  });

  test('worker threads give the same report as inline checking', async () => {
    const lines = [...built.lines];
    lines[151] = (lines[151] as string).replace('"purpose":"TREAT"', '"purpose":"HRESCH"');
    assert.notEqual(lines[151], built.lines[151]);
    lines.splice(220, 1);
    const inline = await verify(lines, built.checkpointLines, { workers: 0 });
    const parallel = await verify(lines, built.checkpointLines, { workers: 2 });
    assert.deepEqual(parallel, inline);
    assert.equal(parallel.firstBadIndex, 151);
  });

  test('the salted digest binds salt and event', () => {
    const s = built.sealed[3];
    assert.ok(s);
    assert.deepEqual(eventDigest(s.salt, s.canonical), Buffer.from(s.digest));
    const otherSalt = Buffer.from(s.salt);
    otherSalt[0] = (otherSalt[0] as number) ^ 1;
    assert.notDeepEqual(eventDigest(otherSalt, s.canonical), Buffer.from(s.digest));
  });
});
