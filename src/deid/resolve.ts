// Overlap resolution. Recall is a safety property, so overlapping candidates are merged into one span
// covering all of them (nothing one recognizer found is given up), typed by the most confident one.
import type { Candidate } from './recognizers/types.js';
import type { Finding } from './types.js';

function better(a: Candidate, b: Candidate): boolean {
  if (a.score !== b.score) return a.score > b.score;
  return a.end - a.start > b.end - b.start;
}

/** Requires nothing of the input order. Returns findings sorted by start, pairwise disjoint. */
export function resolveOverlaps(candidates: readonly Candidate[]): Finding[] {
  return resolveOverlapsInPlace([...candidates]);
}

const byStart = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;

/** resolveOverlaps for a caller that owns the array: sorts it in place instead of a copy. */
export function resolveOverlapsInPlace(candidates: Candidate[]): Finding[] {
  if (candidates.length === 0) return [];
  const sorted = candidates.sort(byStart);
  const out: Finding[] = [];
  let group = sorted[0] as Candidate;
  let start = group.start;
  let end = group.end;
  for (let i = 1; i < sorted.length; i++) {
    const c = sorted[i] as Candidate;
    if (c.start < end) {
      if (better(c, group)) group = c;
      if (c.end > end) end = c.end;
      continue;
    }
    out.push(finding(group, start, end));
    group = c;
    start = c.start;
    end = c.end;
  }
  out.push(finding(group, start, end));
  return out;
}

function finding(group: Candidate, start: number, end: number): Finding {
  return { start, end, type: group.type, score: group.score, recognizer: group.recognizer, evidence: group.evidence };
}
