// One thread of an AnalysisPool: builds its own analyzer (and its own copy of the dictionaries) from the
// config it was started with, says which recognizers it runs, then answers each job with its findings.
import { parentPort, workerData } from 'node:worker_threads';
import { normalizeError } from '../../errors.js';
import type { BatchAnalyzer } from '../analyze.js';
import { bundleStatus, useFlagsOf } from '../engine-bundle.js';
import type { Finding } from '../types.js';
import { FindingsPacker } from './findings-codec.js';
import type { Answer, Job, Jobs, ThreadReply, ThreadStart } from './protocol.js';

const port = parentPort;
if (port === null) throw new Error('analysis-worker runs only as a worker thread of an AnalysisPool');
const reply = (message: ThreadReply): void => port.postMessage(message);

// The engine through its public entry, as the main thread loads it: built, that is the one-piece bundle with
// V8's code cache (engine-bundle.ts), not its 80-odd modules one by one: a process with one thread peaked
// about 12 MiB lower that way (docs/benchmarks-history.md, 2026-12-03, helper gw21). The cache is the one
// recorded under this thread's process's V8 flags, which are not this thread's execArgv.
useFlagsOf((workerData as ThreadStart).processExecArgv);
const { createAnalyzer, LEAN_BATCH, warmUpAnalyzer: warmUp } = await import('../index.js');

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
  // normalizeError keeps a PhigateError (written without text) and hides anything else.
  const failure = (job: Job, err: unknown): Answer => {
    const e = normalizeError(err);
    return { id: job.id, code: e.code, message: e.message };
  };
  // The jobs that arrive in one turn of this thread's loop (a busy pool sends several) are analysed together,
  // recognizer by recognizer (analyzeMany), up to LEAN_BATCH per turn so that the first answers do not wait long
  // and few views are alive at once (the gateway runs with a 4 MiB young generation). A turn's answers go
  // back in one message, packed in order.
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
    const answers: Answer[] = [];
    const transfer: ArrayBuffer[] = [];
    jobs.forEach((job, k) => {
      try {
        const findings = packer.pack(batch ? (batch[k] as Finding[]) : ready.analyze(job.text));
        answers.push({ id: job.id, findings });
        transfer.push(findings.numbers.buffer);
      } catch (err) {
        answers.push(failure(job, err));
      }
    });
    port.postMessage({ kind: 'answers', answers } satisfies ThreadReply, transfer);
  };
  port.on('message', (message: Jobs) => {
    const first = queued.length === 0;
    for (const job of message.jobs) queued.push(job);
    if (first && queued.length > 0) setImmediate(flush);
  });
  // Compile the recognizers' code and regexes now, not on the first real text.
  const warmUpNotes = warmUp(ready, (workerData as ThreadStart).warmUpMs);
  const { bundle, cache } = bundleStatus();
  reply({ kind: 'ready', recognizerIds: ready.recognizerIds, warmUpNotes, engine: { bundle, cache } });
}
