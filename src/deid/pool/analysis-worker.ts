// One thread of an AnalysisPool: builds its own analyzer (and its own copy of the dictionaries) from the
// config it was started with, says which recognizers it runs, then answers each job with its findings.
import { parentPort, workerData } from 'node:worker_threads';
import { normalizeError } from '../../errors.js';
import { createAnalyzer } from '../analyze.js';
import type { Analyzer } from '../types.js';
import { FindingsPacker } from './findings-codec.js';
import type { Job, ThreadReply, ThreadStart } from './protocol.js';
import { warmUp } from './warm-up.js';

const port = parentPort;
if (port === null) throw new Error('analysis-worker runs only as a worker thread of an AnalysisPool');
const reply = (message: ThreadReply): void => port.postMessage(message);

let analyzer: Analyzer | undefined;
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
  port.on('message', (job: Job) => {
    try {
      const findings = packer.pack(ready.analyze(job.text));
      port.postMessage({ kind: 'done', id: job.id, findings } satisfies ThreadReply, [findings.numbers.buffer]);
    } catch (err) {
      // normalizeError keeps a PhigateError (written without text) and hides anything else.
      const e = normalizeError(err);
      reply({ kind: 'failed', id: job.id, code: e.code, message: e.message });
    }
  });
  // Compile the recognizers' code and regexes now, not on the first real text.
  const warmUpNotes = warmUp(ready, (workerData as ThreadStart).warmUpMs);
  reply({ kind: 'ready', recognizerIds: ready.recognizerIds, warmUpNotes });
}
