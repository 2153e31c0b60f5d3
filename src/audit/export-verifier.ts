// The offline verifier's logic, free of I/O: fed checkpoint notes and checked entry lines in order, it
// recomputes the tree, compares it with every signed checkpoint and names the first bad index.
import { PhigateError } from '../errors.js';
import { openCheckpoint } from './checkpoint.js';
import type { LineResult } from './export-format.js';
import { bytesEqual, toHex, type LogHasher } from './hasher.js';
import type { NoteVerifier } from './note.js';
import { CompactRange } from './proof.js';

export type ProblemKind =
  | 'unreadable'
  | 'payload-mismatch'
  | 'sequence-gap'
  | 'sequence-repeat'
  | 'truncated'
  | 'root-mismatch'
  | 'checkpoint-unreadable'
  | 'checkpoint-signature'
  | 'checkpoint-fork'
  | 'no-checkpoint';

export interface VerifyProblem {
  readonly kind: ProblemKind;
  /** The entry index the problem is at, when it is known exactly. */
  readonly index?: number;
  /** For a root mismatch: the first bad entry lies in [range[0], range[1]). */
  readonly range?: readonly [number, number];
  /** Line number (1-based) in the checkpoints file, for checkpoint problems. */
  readonly checkpointLine?: number;
  readonly message: string;
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly entries: number;
  readonly erased: number;
  readonly root: string;
  readonly checkpoints: { readonly total: number; readonly trusted: number; readonly matched: number; readonly largestSize: number };
  /** The first entry index that is not as the log signed it; null when none is. */
  readonly firstBadIndex: number | null;
  /** False when signatures only bound it: the first bad entry is then somewhere in the reported range. */
  readonly firstBadExact: boolean;
  /** Entries from this index on are not covered by any signed checkpoint (so unproven, not wrong). */
  readonly uncoveredFrom: number | null;
  readonly problems: readonly VerifyProblem[];
  readonly problemCount: number;
}

interface TrustedCheckpoint {
  readonly size: number;
  readonly root: Uint8Array;
  readonly line: number;
  matched?: boolean;
}

interface Candidate {
  readonly index: number;
  /** Whether the problem changes the leaf sequence (and so could explain a root mismatch). */
  readonly affectsTree: boolean;
}

const MAX_PROBLEMS = 50;

export interface ExportVerifierOptions {
  readonly hasher: LogHasher;
  readonly verifiers: readonly NoteVerifier[];
  /** When set, checkpoints of any other log are rejected. */
  readonly origin?: string;
}

export class ExportVerifier {
  readonly #hasher: LogHasher;
  readonly #verifiers: readonly NoteVerifier[];
  readonly #origin: string | undefined;
  readonly #checkpoints: TrustedCheckpoint[] = [];
  #checkpointLines = 0;
  #pending: TrustedCheckpoint[] = [];
  #started = false;
  readonly #range: CompactRange;
  #leaves = Buffer.alloc(32 * 1024);
  #count = 0;
  #erased = 0;
  #prevSeq = -1;
  readonly #problems: VerifyProblem[] = [];
  #problemCount = 0;
  readonly #candidates: Candidate[] = [];
  #provenPrefix = 0;

  constructor(options: ExportVerifierOptions) {
    if (options.verifiers.length === 0) throw new PhigateError('PHIGATE_USAGE', 'The export verifier needs at least one trusted log key');
    this.#hasher = options.hasher;
    this.#verifiers = options.verifiers;
    this.#origin = options.origin;
    this.#range = new CompactRange(options.hasher);
  }

  #problem(p: VerifyProblem): void {
    this.#problemCount++;
    if (this.#problems.length < MAX_PROBLEMS) this.#problems.push(p);
  }

  /** Adds one signed checkpoint. All checkpoints must be added before the first entry. */
  addCheckpoint(note: string | undefined): void {
    if (this.#started) throw new Error('add every checkpoint before the first entry');
    const line = ++this.#checkpointLines;
    if (note === undefined) {
      this.#problem({ kind: 'checkpoint-unreadable', checkpointLine: line, message: `checkpoint line ${line} is not a {"note": ...} object` });
      return;
    }
    try {
      const { checkpoint } = openCheckpoint(note, this.#verifiers, this.#origin);
      this.#checkpoints.push({ size: checkpoint.size, root: checkpoint.root, line });
    } catch (err) {
      const why = err instanceof Error ? err.message : 'unknown error';
      this.#problem({ kind: 'checkpoint-signature', checkpointLine: line, message: `checkpoint line ${line} is not trusted: ${why}` });
    }
  }

  #start(): void {
    this.#started = true;
    this.#checkpoints.sort((a, b) => a.size - b.size || a.line - b.line);
    for (let i = 1; i < this.#checkpoints.length; i++) {
      const a = this.#checkpoints[i - 1] as TrustedCheckpoint;
      const b = this.#checkpoints[i] as TrustedCheckpoint;
      if (a.size === b.size && !bytesEqual(a.root, b.root)) {
        this.#problem({
          kind: 'checkpoint-fork',
          checkpointLine: b.line,
          message: `checkpoints on lines ${a.line} and ${b.line} are both signed for size ${a.size} with different roots: the log has forked`,
        });
      }
    }
    this.#pending = [...this.#checkpoints];
    this.#checkAt(0);
  }

  /** Compares every checkpoint of the current size with the recomputed root. */
  #checkAt(size: number): void {
    let root: Uint8Array | undefined;
    while (this.#pending.length > 0 && (this.#pending[0] as TrustedCheckpoint).size === size) {
      const cp = this.#pending.shift() as TrustedCheckpoint;
      root ??= this.#range.root();
      cp.matched = bytesEqual(root, cp.root);
      if (cp.matched && this.#candidates.every((c) => !c.affectsTree || c.index >= size)) this.#provenPrefix = size;
    }
  }

  /** Adds the next entry line's check result, in file order. */
  addEntry(r: LineResult): void {
    if (!this.#started) this.#start();
    const i = this.#count;
    const leaf = r.leafHash ?? new Uint8Array(32);
    if (r.problem === 'unreadable' || r.seq === null) {
      this.#problem({ kind: 'unreadable', index: i, message: `index ${i}: the line cannot be read as an entry` });
      this.#candidates.push({ index: i, affectsTree: true });
    } else {
      if (r.seq !== this.#prevSeq + 1) this.#sequenceProblem(i, r.seq, leaf);
      this.#prevSeq = r.seq;
      if (r.problem === 'payload-mismatch') {
        this.#problem({ kind: 'payload-mismatch', index: i, message: `index ${i}: the event does not match its salted digest (payload edited)` });
        this.#candidates.push({ index: i, affectsTree: false });
      }
    }
    if (r.erased) this.#erased++;
    if (this.#leaves.length < (i + 1) * 32) {
      const bigger = Buffer.alloc(this.#leaves.length * 2);
      this.#leaves.copy(bigger);
      this.#leaves = bigger;
    }
    this.#leaves.set(leaf, i * 32);
    this.#range.append(leaf);
    this.#count++;
    if (this.#pending.length > 0 && (this.#pending[0] as TrustedCheckpoint).size === this.#count) this.#checkAt(this.#count);
  }

  #sequenceProblem(i: number, seq: number, leaf: Uint8Array): void {
    if (seq > this.#prevSeq + 1) {
      const what = i === 0 ? `starts at seq ${seq}` : `jumps from seq ${this.#prevSeq} to ${seq}`;
      this.#problem({ kind: 'sequence-gap', index: i, message: `index ${i}: the sequence ${what} (entries deleted or reordered)` });
      this.#candidates.push({ index: i, affectsTree: true });
      return;
    }
    // A seq seen before: either this line is a replay of that entry, or one of the two was inserted.
    const replay = seq < this.#count && bytesEqual(this.#leaves.subarray(seq * 32, seq * 32 + 32), leaf);
    const first = replay ? i : Math.max(seq, this.#provenPrefix);
    this.#problem({
      kind: 'sequence-repeat',
      index: first,
      message: replay
        ? `index ${i}: a copy of entry ${seq} (inserted or reordered)`
        : `index ${i}: seq ${seq} appears again after seq ${this.#prevSeq} (an entry was inserted or reordered at or after index ${first})`,
    });
    this.#candidates.push({ index: first, affectsTree: true });
  }

  /** Finishes the check; call once, after the last entry. */
  finish(): VerifyReport {
    if (!this.#started) this.#start();
    const n = this.#count;
    const beyond = this.#pending.filter((cp) => cp.size > n);
    if (beyond.length > 0) {
      const largest = beyond.reduce((m, cp) => Math.max(m, cp.size), 0);
      this.#problem({ kind: 'truncated', index: n, message: `index ${n}: the export ends at ${n} entries but a checkpoint is signed for ${largest} (entries removed from the end)` });
      this.#candidates.push({ index: n, affectsTree: true });
    }
    const matched = this.#checkpoints.filter((cp) => cp.matched === true);
    const firstMismatch = this.#checkpoints.find((cp) => cp.matched === false);
    let rangeLow: number | undefined;
    if (firstMismatch) {
      const lo = matched.reduce((m, cp) => (cp.size < firstMismatch.size && cp.size > m ? cp.size : m), 0);
      const hi = firstMismatch.size;
      this.#problem({
        kind: 'root-mismatch',
        range: [lo, hi],
        checkpointLine: firstMismatch.line,
        message: `the tree of the first ${hi} entries does not match the checkpoint signed for that size (line ${firstMismatch.line}); the first changed entry is in [${lo}, ${hi})`,
      });
      const explained = this.#candidates.some((c) => c.affectsTree && c.index >= lo && c.index < hi);
      if (!explained) rangeLow = lo;
    }
    if (this.#checkpoints.length === 0) {
      this.#problem({ kind: 'no-checkpoint', message: 'no checkpoint signed by a trusted key: the entries cannot be authenticated' });
    }
    const exactFirst = this.#candidates.reduce<number | undefined>((m, c) => (m === undefined || c.index < m ? c.index : m), undefined);
    let firstBadIndex: number | null = exactFirst ?? null;
    let firstBadExact = exactFirst !== undefined;
    if (rangeLow !== undefined && (exactFirst === undefined || rangeLow < exactFirst)) {
      firstBadIndex = rangeLow;
      firstBadExact = false;
    }
    const largestSize = this.#checkpoints.reduce((m, cp) => Math.max(m, cp.size), 0);
    return {
      ok: this.#problemCount === 0,
      entries: n,
      erased: this.#erased,
      root: toHex(this.#range.root()),
      checkpoints: { total: this.#checkpointLines, trusted: this.#checkpoints.length, matched: matched.length, largestSize },
      firstBadIndex,
      firstBadExact,
      uncoveredFrom: n > largestSize ? largestSize : null,
      problems: this.#problems,
      problemCount: this.#problemCount,
    };
  }

  /** Leaf hashes of the entries read so far (32 bytes each), e.g. for building proofs from an export. */
  leafHashes(): Buffer {
    return this.#leaves.subarray(0, this.#count * 32);
  }
}
