// The analyzer: runs every recognizer in the registry over one document view, drops allowed words and
// weak candidates, and resolves overlaps into a sorted, non-overlapping list of findings.
import { getDictionaries, markIndexWords, WORD_COMMON, WORD_FIRST, WORD_INDEXED, WORD_SUR } from './dictionaries/index.js';
import { buildRegistry } from './recognizers/registry.js';
import type { Candidate, DocumentView } from './recognizers/types.js';
import { resolveOverlaps } from './resolve.js';
import { tokenize, type Token } from './text/tokens.js';
import type { Analyzer, AnalyzerConfig, Finding } from './types.js';

/** Lower-cases without changing length, so offsets in `lower` are offsets in `text`. */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const l = ch.toLowerCase();
    out += l.length === 1 ? l : ch;
  }
  return out;
}

const EMPTY: ReadonlySet<string> = new Set();
let lastMarked: ReadonlySet<string> = EMPTY;

/** Where each maximal run of ASCII digits starts, and how long it is. */
function digitRuns(text: string): { starts: Int32Array; lengths: Int32Array } {
  const starts: number[] = [];
  const lengths: number[] = [];
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    const digit = c >= 48 && c <= 57;
    if (digit && runStart < 0) runStart = i;
    else if (!digit && runStart >= 0) {
      starts.push(runStart);
      lengths.push(i - runStart);
      runStart = -1;
    }
  }
  return { starts: Int32Array.from(starts), lengths: Int32Array.from(lengths) };
}

/** True when capitalisation carries no signal (most letters upper case). */
function isAllCaps(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper >= 20 && upper > 6 * lower;
}

/**
 * Builds the per-document view. `indexWords` are the words recognizers look up by position (cue and
 * month words); only those are indexed, so ordinary words cost one dictionary probe each.
 */
export function createDocumentView(text: string, indexWords: ReadonlySet<string> = EMPTY): DocumentView {
  if (indexWords !== lastMarked) {
    markIndexWords(getDictionaries(), indexWords);
    lastMarked = indexWords;
  }
  const dict = getDictionaries();
  const lower = lowerSameLength(text);
  const tokens = tokenize(text, lower);
  // Dictionary membership once per token: recognizers ask about the same words many times.
  const isFirst = new Uint8Array(tokens.length);
  const isSur = new Uint8Array(tokens.length);
  const isCommon = new Uint8Array(tokens.length);
  const runs = digitRuns(text);
  const wordIndex = new Map<string, number[]>();
  const hyphenated: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.lower.includes('-')) hyphenated.push(i);
    let bits = dict.wordClass.get(t.lower) ?? 0;
    if ((bits & WORD_INDEXED) !== 0) {
      const at = wordIndex.get(t.lower);
      if (at) at.push(i);
      else wordIndex.set(t.lower, [i]);
    }
    if (t.fold !== t.lower) bits |= (dict.wordClass.get(t.fold) ?? 0) & (WORD_FIRST | WORD_SUR);
    // "Bradley-Hart-Campbell", "Jönsson-Clark": a double-barrelled name whose every part is a listed name.
    if ((bits & WORD_SUR) === 0 && t.lower.includes('-')) {
      const parts = t.fold.split('-');
      if (parts.every((p) => ((dict.wordClass.get(p) ?? 0) & (WORD_FIRST | WORD_SUR)) !== 0)) bits = (bits | WORD_SUR) & ~WORD_COMMON;
    }
    isFirst[i] = bits & WORD_FIRST;
    isSur[i] = (bits & WORD_SUR) >> 1;
    isCommon[i] = (bits & WORD_COMMON) >> 2;
  }
  return { text, lower, tokens, allCaps: isAllCaps(text), dict, isFirst, isSur, isCommon, wordIndex, hyphenated, digitRuns: runs.starts, digitRunLengths: runs.lengths };
}

export function createAnalyzer(config: AnalyzerConfig = {}): Analyzer {
  const threshold = config.threshold ?? 0.5;
  const recognizers = buildRegistry(config);
  const allow = new Set((config.allow ?? []).map((w) => w.trim().toLowerCase()));
  const indexWords = new Set(recognizers.flatMap((r) => r.indexWords ?? []));
  getDictionaries(); // load now, so the first request does not pay for it

  return {
    recognizerIds: recognizers.map((r) => r.id),
    analyze(text: string): Finding[] {
      if (text.length === 0) return [];
      const doc = createDocumentView(text, indexWords);
      const candidates: Candidate[] = [];
      for (const recognizer of recognizers) {
        for (const c of recognizer.find(doc)) {
          if (c.score < threshold || c.end <= c.start) continue;
          if (allow.size > 0 && allow.has(text.slice(c.start, c.end).trim().toLowerCase())) continue;
          candidates.push(c);
        }
      }
      return resolveOverlaps(candidates);
    },
  };
}
