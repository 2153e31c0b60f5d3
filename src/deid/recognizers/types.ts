// The recognizer contract. Most recognizers are data (PatternRecognizerSpec); a few (names) are code
// behind the same interface. All are pure and must run in linear time on any input.
import type { EntityType, Evidence } from '../types.js';

/** A span proposed by one recognizer, before scoring, allow lists and overlap resolution. */
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
  /** `text` lower-cased; same length and offsets (checked when built). */
  readonly lower: string;
}

export interface Recognizer {
  readonly id: string;
  readonly types: readonly EntityType[];
  find(doc: DocumentView): Candidate[];
}
