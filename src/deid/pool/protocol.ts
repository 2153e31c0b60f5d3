// Messages between an AnalysisPool and its threads. Only texts go out and only findings (offsets, types,
// scores, recognizer ids, evidence without text; packed, see findings-codec.ts) come back; failures cross as a code and a message that
// the analyzer writes without any of the text.
import type { ErrorCode } from '../../errors.js';
import type { AnalyzerConfig } from '../types.js';
import type { PackedFindings } from './findings-codec.js';

/** workerData of a thread. */
export interface ThreadStart {
  readonly config: AnalyzerConfig;
  /** How long the thread analyses its warm-up notes before it reports ready (0: not at all). */
  readonly warmUpMs: number;
}

/** One text to analyse; `id` is unique per thread. */
export interface Job {
  readonly id: number;
  readonly text: string;
}

export type ThreadReply =
  | { readonly kind: 'ready'; readonly recognizerIds: readonly string[]; readonly warmUpNotes: number }
  | { readonly kind: 'start-failed'; readonly code: ErrorCode; readonly message: string }
  | { readonly kind: 'done'; readonly id: number; readonly findings: PackedFindings }
  | { readonly kind: 'failed'; readonly id: number; readonly code: ErrorCode; readonly message: string };
