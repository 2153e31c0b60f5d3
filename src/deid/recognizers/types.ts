// The recognizer contract. Most recognizers are data (PatternSpec, CueIdSpec); a few (names, places)
// are code behind the same interface. All are pure and must run in linear time on any input.
import type { Dictionaries } from '../dictionaries/index.js';
import type { Token } from '../text/tokens.js';
import type { EntityType, Evidence } from '../types.js';

/** A span proposed by one recognizer, before allow lists and overlap resolution. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly score: number;
  readonly recognizer: string;
  readonly evidence: readonly Evidence[];
}

/** What every recognizer sees: the text plus views computed once per document. */
export interface DocumentView {
  readonly text: string;
  /** `text` lower-cased with offsets preserved (one UTF-16 unit in, one out). */
  readonly lower: string;
  readonly tokens: readonly Token[];
  /** Most letters are upper case: capitalisation carries no signal. */
  readonly allCaps: boolean;
  readonly dict: Dictionaries;
  /** Per token (by index): 1 when the word is in the first-name, surname or common-word list. */
  readonly isFirst: Uint8Array;
  readonly isSur: Uint8Array;
  readonly isCommon: Uint8Array;
  /** Per token: its WORD_LEXICON bits (title, credential, facility head or start; dictionaries/index.ts). */
  readonly wordFlags: Uint8Array;
  /** Token indexes of each lower-case word, in text order: cue recognizers look words up here. */
  readonly wordIndex: ReadonlyMap<string, readonly number[]>;
  /** Indexes of tokens that contain a hyphen ("mid-October", "Smith-Jones"). */
  readonly hyphenated: readonly number[];
  /** Offsets where a run of ASCII digits starts, ascending. */
  readonly digitRuns: Int32Array;
  /** Length of each of those runs. */
  readonly digitRunLengths: Int32Array;
}

export interface Recognizer {
  readonly id: string;
  readonly types: readonly EntityType[];
  /** Words this recognizer finds through DocumentView.wordIndex; only these are indexed. */
  readonly indexWords?: readonly string[];
  find(doc: DocumentView): Candidate[];
}

export function candidate(
  start: number,
  end: number,
  type: EntityType,
  score: number,
  recognizer: string,
  ...evidence: Evidence[]
): Candidate {
  return { start, end, type, score: Math.min(1, Math.max(0, score)), recognizer, evidence };
}
