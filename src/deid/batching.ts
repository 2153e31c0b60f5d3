// Texts analysed together on this thread: the analyze() calls made before the event loop turns (up to a
// batch of them) are answered by one analyzeMany, which reads them recognizer by recognizer (see
// BatchAnalyzer). For callers with many texts in flight at once, such as the CLI's stream of records.
import { BATCH, type BatchAnalyzer } from './analyze.js';
import type { AsyncAnalyzer, Finding } from './types.js';

interface Waiting {
  readonly text: string;
  readonly resolve: (findings: Finding[]) => void;
  readonly reject: (err: unknown) => void;
}

export function batchAnalyses(analyzer: BatchAnalyzer, size: number = BATCH): AsyncAnalyzer {
  let queue: Waiting[] = [];
  let scheduled = false;

  function flush(): void {
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    let results: Finding[][];
    try {
      results = analyzer.analyzeMany(batch.map((w) => w.text));
    } catch {
      // One bad text fails only its own answer: the batch is read again text by text.
      for (const w of batch) {
        try {
          w.resolve(analyzer.analyze(w.text));
        } catch (err) {
          w.reject(err);
        }
      }
      return;
    }
    batch.forEach((w, k) => w.resolve(results[k] as Finding[]));
  }

  return {
    recognizerIds: analyzer.recognizerIds,
    analyze(text: string): Promise<Finding[]> {
      return new Promise((resolve, reject) => {
        queue.push({ text, resolve, reject });
        if (queue.length >= size) flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(() => {
            scheduled = false;
            flush();
          });
        }
      });
    },
  };
}
