// Checks a block of entry lines and packs the results into transferable arrays: the unit of work the
// export verifier hands to worker threads (and runs inline for small exports).
import type { LineResult } from './export-format.js';
import { checkEntryLine } from './export-format.js';
import { isAscii } from 'node:buffer';
import { rfc9162 } from './hasher.js';

export interface PackedResults {
  readonly count: number;
  /** seq per line; -1 when the line could not be read. */
  readonly seqs: Float64Array;
  /** 32 bytes per line (zeros when unreadable). */
  readonly leaves: Uint8Array;
  /** 0 ok, 1 unreadable, 2 payload mismatch, 3 payload erased. */
  readonly status: Uint8Array;
}

const STATUS_OK = 0;
const STATUS_UNREADABLE = 1;
const STATUS_MISMATCH = 2;
const STATUS_ERASED = 3;

/**
 * Decodes a block of whole lines. Exports are ASCII in practice (validated events hold codes and hex),
 * and latin1 decoding of ASCII is a plain copy, several times cheaper than UTF-8 decoding.
 */
export function decodeLines(bytes: Buffer): string {
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/** Splits text into lines, dropping one trailing newline and any carriage returns before newlines. */
export function splitLines(text: string): string[] {
  if (text.length === 0) return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    if (l.endsWith('\r')) lines[i] = l.slice(0, -1);
  }
  return lines;
}

export function checkLines(lines: readonly string[]): PackedResults {
  const count = lines.length;
  const seqs = new Float64Array(count);
  const leaves = new Uint8Array(count * 32);
  const status = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const r = checkEntryLine(lines[i] as string, rfc9162);
    seqs[i] = r.seq ?? -1;
    if (r.leafHash) leaves.set(r.leafHash, i * 32);
    status[i] = r.problem === 'unreadable' ? STATUS_UNREADABLE : r.problem === 'payload-mismatch' ? STATUS_MISMATCH : r.erased ? STATUS_ERASED : STATUS_OK;
  }
  return { count, seqs, leaves, status };
}

export function unpack(p: PackedResults, i: number): LineResult {
  const s = p.status[i];
  if (s === STATUS_UNREADABLE) return { seq: null, leafHash: null, problem: 'unreadable', erased: false };
  return {
    seq: p.seqs[i] as number,
    leafHash: p.leaves.subarray(i * 32, i * 32 + 32),
    problem: s === STATUS_MISMATCH ? 'payload-mismatch' : null,
    erased: s === STATUS_ERASED,
  };
}
