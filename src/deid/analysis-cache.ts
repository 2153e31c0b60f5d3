// A bounded in-memory cache of analyses, for callers that see the same texts again and again: a chat
// conversation re-sends every earlier message (and its system prompt) on each turn, so without a cache
// the tenth turn analyses ten messages. Keys are HMAC-SHA256 digests under a random key made per cache,
// so the cache holds no text and its keys are no dictionary for guessing texts; values are findings
// (offsets, types, scores, recognizer ids), which carry no text by the analyzer's contract.
import { createHmac, randomBytes } from 'node:crypto';
import { OldestFirst } from '../oldest-first.js';
import type { AnalysisPort, Analyzer, Finding } from './types.js';

export interface AnalysisCacheOptions {
  /** Total characters of the texts whose analyses are kept (default 8 million); 0 disables the cache. */
  readonly maxChars?: number;
  /** Texts shorter than this are analysed every time: cheaper than hashing and bookkeeping (default 256). */
  readonly minChars?: number;
}

export interface CacheStats {
  readonly hits: number;
  readonly misses: number;
  readonly entries: number;
  readonly chars: number;
}

/** The wrapped analyzer, sync or async as it was, with hit and miss counts (for metrics and tests). */
export interface CachedAnalyzer<A extends AnalysisPort = Analyzer> {
  readonly recognizerIds: readonly string[];
  readonly stats: CacheStats;
  readonly analyze: A['analyze'];
}

interface Entry {
  readonly findings: readonly Finding[];
  readonly chars: number;
}

const isPromise = (v: Finding[] | Promise<Finding[]>): v is Promise<Finding[]> => !Array.isArray(v);

/**
 * Wraps an analyzer with a least-recently-used cache of its results. An async analyzer (a thread pool)
 * stays async; two callers asking for the same text while it is being analysed share one analysis.
 */
export function cacheAnalyses<A extends AnalysisPort>(analyzer: A, opts: AnalysisCacheOptions = {}): CachedAnalyzer<A> {
  const maxChars = opts.maxChars ?? 8_000_000;
  const minChars = opts.minChars ?? 256;
  const key = randomBytes(32);
  const entries = new Map<string, Entry>();
  const oldest = new OldestFirst(entries);
  const inFlight = new Map<string, Promise<Finding[]>>();
  let chars = 0;
  let hits = 0;
  let misses = 0;

  function keep(digest: string, findings: readonly Finding[], length: number): void {
    // Frozen findings (an analysis thread's) are kept as they are; others are copied so no caller can change them.
    entries.set(digest, { findings: Object.freeze(findings.map((f) => (Object.isFrozen(f) ? f : Object.freeze({ ...f })))), chars: length });
    chars += length;
    while (chars > maxChars) {
      const evicted = oldest.evict();
      if (evicted === undefined) break;
      chars -= evicted[1].chars;
    }
  }

  function analyze(text: string): Finding[] | Promise<Finding[]> {
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
    const running = inFlight.get(digest);
    if (running) {
      hits++;
      return running.then((f) => f.slice());
    }
    misses++;
    const found = analyzer.analyze(text);
    if (!isPromise(found)) {
      keep(digest, found, text.length);
      return found;
    }
    const shared = found.then(
      (f) => {
        inFlight.delete(digest);
        keep(digest, f, text.length);
        return f;
      },
      (err: unknown) => {
        inFlight.delete(digest);
        throw err;
      },
    );
    inFlight.set(digest, shared);
    // Each caller gets its own list: one may sort or trim it without touching another's.
    return shared.then((f) => f.slice());
  }

  return {
    recognizerIds: analyzer.recognizerIds,
    get stats(): CacheStats {
      return { hits, misses, entries: entries.size, chars };
    },
    // Sync in, sync out; async in, async out (isPromise above keeps the kinds apart).
    analyze: analyze as A['analyze'],
  };
}
