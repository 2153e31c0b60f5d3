// One thread of an AnalysisPool: builds its own analyzer (and its own copy of the dictionaries) from the
// config it was started with, says which recognizers it runs, then answers each job with its findings.
import { parentPort, workerData } from 'node:worker_threads';
import { normalizeError } from '../../errors.js';
import { createAnalyzer, LEAN_BATCH, type BatchAnalyzer } from '../analyze.js';
import type { Finding } from '../types.js';
import { FindingsPacker } from './findings-codec.js';
import type { Job, ThreadReply, ThreadStart } from './protocol.js';
import { warmUp } from './warm-up.js';

const port = parentPort;
if (port === null) throw new Error('analysis-worker runs only as a worker thread of an AnalysisPool');
const reply = (message: ThreadReply): void => port.postMessage(message);

let analyzer: BatchAnalyzer | undefined;
try {
  analyzer = createAnalyzer((workerData as ThreadStart).config);
} catch (err) {
  // A config error (a custom recognizer's regex, say) names the field, never input text.
  const e = normalizeError(err);
  reply({ kind: 'start-failed', code: e.code, message: e.message });
}

if (analyzer !== undefined) {
  const ready = analyzer;
  const packer = new FindingsPacker();
  const answer = (job: Job, findings: Finding[]): void => {
    const packed = packer.pack(findings);
    port.postMessage({ kind: 'done', id: job.id, findings: packed } satisfies ThreadReply, [packed.numbers.buffer]);
  };
  // normalizeError keeps a PhigateError (written without text) and hides anything else.
  const fail = (job: Job, err: unknown): void => {
    const e = normalizeError(err);
    reply({ kind: 'failed', id: job.id, code: e.code, message: e.message });
  };
  // The jobs that arrive in one turn of this thread's loop (a busy pool sends several) are analysed together,
  // recognizer by recognizer (analyzeMany), up to LEAN_BATCH per turn so that the first answers do not wait long
  // and few views are alive at once (the gateway runs with a 4 MiB young generation).
  let queued: Job[] = [];
  const flush = (): void => {
    const jobs = queued.slice(0, LEAN_BATCH);
    queued = queued.slice(jobs.length);
    if (queued.length > 0) setImmediate(flush);
    let batch: Finding[][] | undefined;
    try {
      batch = jobs.length > 1 ? ready.analyzeMany(jobs.map((job) => job.text)) : undefined;
    } catch {
      batch = undefined; // a bad text: each job is read alone, so that only its own fails
    }
    jobs.forEach((job, k) => {
      try {
        answer(job, batch ? (batch[k] as Finding[]) : ready.analyze(job.text));
      } catch (err) {
        fail(job, err);
      }
    });
  };
  port.on('message', (job: Job) => {
    queued.push(job);
    if (queued.length === 1) setImmediate(flush);
  });
  // Compile the recognizers' code and regexes now, not on the first real text.
  const warmUpNotes = warmUp(ready, (workerData as ThreadStart).warmUpMs);
  reply({ kind: 'ready', recognizerIds: ready.recognizerIds, warmUpNotes });
}
