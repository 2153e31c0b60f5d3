// Worker thread entry for the offline verifier: reads one byte range of entries.jsonl (cut on line
// boundaries by the caller), checks its lines and sends back the packed results.
import { openSync, readSync, closeSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { checkLines, decodeLines, splitLines } from './export-lines.js';

export interface WorkerJob {
  readonly id: number;
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

function readRange(path: string, start: number, end: number): Buffer {
  const buf = Buffer.allocUnsafe(end - start);
  const fd = openSync(path, 'r');
  try {
    let done = 0;
    while (done < buf.length) {
      const n = readSync(fd, buf, done, buf.length - done, start + done);
      if (n === 0) break;
      done += n;
    }
    return buf.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}

parentPort?.on('message', (job: WorkerJob) => {
  try {
    const text = decodeLines(readRange(job.path, job.start, job.end));
    const r = checkLines(splitLines(text));
    parentPort?.postMessage({ id: job.id, result: r }, [r.seqs.buffer as ArrayBuffer, r.leaves.buffer as ArrayBuffer, r.status.buffer as ArrayBuffer]);
  } catch (err) {
    parentPort?.postMessage({ id: job.id, error: err instanceof Error ? err.message : 'worker failed' });
  }
});
