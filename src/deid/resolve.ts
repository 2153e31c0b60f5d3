// Overlap resolution. Recall is a safety property, so overlapping candidates are merged into one span
// covering all of them (nothing one recognizer found is given up), typed by the most confident one when the
// rest of the span is only punctuation and blanks ("#SF-998877" stays the MRN its cue found in "SF-998877").
// Otherwise by a candidate that covers all of it (the most confident of those), else by the longest: a type's
// transforms keep what they take for that type's own text ("ZIP=generalize" keeps all but a ZIP's last digits),
// so "12 Elm St, Akron, OH 44368" typed ZIP by its ZIP's higher score would keep the street and the town.
import type { Candidate } from './recognizers/types.js';
import type { Finding } from './types.js';

function better(a: Candidate, b: Candidate): boolean {
  if (a.score !== b.score) return a.score > b.score;
  return a.end - a.start > b.end - b.start;
}

/** a describes more of a merged span than b: it is longer, or as long and better. */
function wider(a: Candidate, b: Candidate): boolean {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  return la !== lb ? la > lb : better(a, b);
}

/** Requires nothing of the input order. Returns findings sorted by start, pairwise disjoint. */
export function resolveOverlaps(text: string, candidates: readonly Candidate[]): Finding[] {
  return resolveOverlapsInPlace(text, [...candidates]);
}

/** text[from, to) holds a letter or a digit. */
function holdsWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xaa && /[\p{L}\p{N}]/u.test(text[i] as string))) return true;
  }
  return false;
}

/** The candidate whose type the merged span [start, end) takes. */
function typeGiver(text: string, best: Candidate, covering: Candidate, longest: Candidate, start: number, end: number): Candidate {
  if (!holdsWord(text, start, best.start) && !holdsWord(text, best.end, end)) return best;
  return covering.end === end ? covering : longest;
}

const byStart = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;

/** resolveOverlaps for a caller that owns the array: sorts it in place instead of a copy. */
export function resolveOverlapsInPlace(text: string, candidates: Candidate[]): Finding[] {
  if (candidates.length === 0) return [];
  const sorted = candidates.sort(byStart);
  const out: Finding[] = [];
  // Sorted by start, then by end descending: only candidates starting at the group's start can cover the merged
  // span, and the first of them reaches furthest. `covering` is the best of those reaching as far as the first.
  let best = sorted[0] as Candidate;
  let covering = best;
  let longest = best;
  let start = covering.start;
  let end = covering.end;
  for (let i = 1; i < sorted.length; i++) {
    const c = sorted[i] as Candidate;
    if (c.start < end) {
      if (better(c, best)) best = c;
      if (c.start === start && c.end === covering.end && better(c, covering)) covering = c;
      if (wider(c, longest)) longest = c;
      if (c.end > end) end = c.end;
      continue;
    }
    out.push(finding(typeGiver(text, best, covering, longest, start, end), start, end));
    best = c;
    covering = c;
    longest = c;
    start = c.start;
    end = c.end;
  }
  out.push(finding(typeGiver(text, best, covering, longest, start, end), start, end));
  return out;
}

function finding(group: Candidate, start: number, end: number): Finding {
  return { start, end, type: group.type, score: group.score, recognizer: group.recognizer, evidence: group.evidence };
}
