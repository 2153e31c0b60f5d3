// The analyzer: runs every recognizer in the registry over one document view, drops allowed words and
// weak candidates, and resolves overlaps into a sorted, non-overlapping list of findings.
import { getDictionaries } from './dictionaries/index.js';
import { buildRegistry } from './recognizers/registry.js';
import type { Candidate, DocumentView } from './recognizers/types.js';
import { resolveOverlaps } from './resolve.js';
import { tokenize } from './text/tokens.js';
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

export function createDocumentView(text: string): DocumentView {
  return { text, lower: lowerSameLength(text), tokens: tokenize(text), allCaps: isAllCaps(text), dict: getDictionaries() };
}

export function createAnalyzer(config: AnalyzerConfig = {}): Analyzer {
  const threshold = config.threshold ?? 0.5;
  const recognizers = buildRegistry(config);
  const allow = new Set((config.allow ?? []).map((w) => w.trim().toLowerCase()));
  getDictionaries(); // load now, so the first request does not pay for it

  return {
    recognizerIds: recognizers.map((r) => r.id),
    analyze(text: string): Finding[] {
      if (text.length === 0) return [];
      const doc = createDocumentView(text);
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
