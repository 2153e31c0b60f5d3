// A bounded in-memory cache of analyses, for callers that see the same texts again and again: a chat
// conversation re-sends every earlier message (and its system prompt) on each turn, so without a cache
// the tenth turn analyses ten messages. Keys are HMAC-SHA256 digests under a random key made per cache,
// so the cache holds no text and its keys are no dictionary for guessing texts; values are findings
// (offsets, types, scores, recognizer ids), which carry no text by the analyzer's contract.
import { createHmac, randomBytes } from 'node:crypto';
import type { Analyzer, Finding } from './types.js';

export interface AnalysisCacheOptions {
  /** Total characters of the texts whose analyses are kept (default 8 million); 0 disables the cache. */
  readonly maxChars?: number;
  /** Texts shorter than this are analysed every time: cheaper than hashing and bookkeeping (default 256). */
  readonly minChars?: number;
}

export interface CachedAnalyzer extends Analyzer {
  /** Hits and misses so far (for metrics and tests). */
  readonly stats: { readonly hits: number; readonly misses: number; readonly entries: number; readonly chars: number };
}

interface Entry {
  readonly findings: readonly Finding[];
  readonly chars: number;
}

/** Wraps an analyzer with a least-recently-used cache of its results. */
export function cacheAnalyses(analyzer: Analyzer, opts: AnalysisCacheOptions = {}): CachedAnalyzer {
  const maxChars = opts.maxChars ?? 8_000_000;
  const minChars = opts.minChars ?? 256;
  const key = randomBytes(32);
  const entries = new Map<string, Entry>();
  let chars = 0;
  let hits = 0;
  let misses = 0;

  return {
    recognizerIds: analyzer.recognizerIds,
    get stats() {
      return { hits, misses, entries: entries.size, chars };
    },
    analyze(text: string): Finding[] {
      if (typeof text !== 'string' || maxChars === 0 || text.length < minChars || text.length > maxChars) return analyzer.analyze(text);
      const digest = createHmac('sha256', key).update(text).digest('base64');
      const seen = entries.get(digest);
      if (seen) {
        // Re-insert: Map order is the recency order, oldest first.
        entries.delete(digest);
        entries.set(digest, seen);
        hits++;
        return seen.findings.slice();
      }
      misses++;
      const findings = analyzer.analyze(text);
      entries.set(digest, { findings: Object.freeze(findings.map((f) => Object.freeze({ ...f }))), chars: text.length });
      chars += text.length;
      for (const [k, e] of entries) {
        if (chars <= maxChars) break;
        entries.delete(k);
        chars -= e.chars;
      }
      return findings;
    },
  };
}
