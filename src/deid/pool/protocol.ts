// Messages between an AnalysisPool and its threads. Only texts go out and only findings (offsets, types,
// scores, recognizer ids, evidence without text; packed, see findings-codec.ts) come back; failures cross as a code and a message that
// the analyzer writes without any of the text.
import type { ErrorCode } from '../../errors.js';
import type { BundleStatus } from '../engine-bundle.js';
import type { AnalyzerConfig } from '../types.js';
import type { PackedFindings } from './findings-codec.js';

/** workerData of a thread. */
export interface ThreadStart {
  readonly config: AnalyzerConfig;
  /** How long the thread analyses its warm-up notes before it reports ready (0: not at all). */
  readonly warmUpMs: number;
  /** The Node options of the thread's process (its V8 flags pick the engine bundle's code cache). */
  readonly processExecArgv: readonly string[];
}

/** How a thread loaded the engine: the bundle (with or without its code cache) or the modules. */
export type ThreadEngine = Pick<BundleStatus, 'bundle' | 'cache'>;

/** One text to analyse; `id` is unique per thread. */
export interface Job {
  readonly id: number;
  readonly text: string;
}

/**
 * What a thread is sent: the texts given to it in one turn of the caller's event loop, in one message (a
 * message costs a serialisation, a lock and a wake-up of the thread whatever it holds).
 */
export interface Jobs {
  readonly jobs: readonly Job[];
}

/** A text's answer: its findings, or a failure as a code and a message written without the text. */
export type Answer = { readonly id: number; readonly findings: PackedFindings } | { readonly id: number; readonly code: ErrorCode; readonly message: string };

export type ThreadReply =
  | { readonly kind: 'ready'; readonly recognizerIds: readonly string[]; readonly warmUpNotes: number; readonly engine: ThreadEngine }
  | { readonly kind: 'start-failed'; readonly code: ErrorCode; readonly message: string }
  /** The answers of one turn of the thread, in the order they were packed (the unpacker's string table follows it). */
  | { readonly kind: 'answers'; readonly answers: readonly Answer[] };
