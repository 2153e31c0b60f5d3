// The work of `phigate deid` (commands/deid.ts declares the command and loads this on use): checks the
// options, builds the engine, and streams every input to its output.
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { analyzerConfigOf } from '../config/deid-policy.js';
import { batchAnalyses, createAnalyzer, LEAN_BATCH, startAnalysisPool } from '../deid/index.js';
import { PhigateError } from '../errors.js';
import { type DeidEngine, createDeidEngine } from './deid-engine.js';
import { type RunContext, deidJsonlInput, deidTextInput, newStats, readWholeText } from './deid-run.js';
import { EXIT_INPUT_FAILED } from './exit.js';
import { renderExplained } from './explain.js';
import { checkWritableFolder } from './file-errors.js';
import { type InputSet, isDirectory, isInside, resolveInputs } from './inputs.js';
import { loadCliConfig, useColor } from './options.js';
import { stderrNotes } from './notes.js';
import { type Sink, atomicFileSink, streamSink } from './output.js';
import { NO_PROGRESS, createProgress } from './progress.js';
import { parseTransformOption } from './transform-option.js';

export interface DeidOptions {
  format: string;
  transform?: string;
  config?: string;
  key?: string;
  patient?: string;
  explain?: boolean;
  color?: boolean;
  out?: string;
  json?: boolean;
  progress?: boolean;
  chunkSize?: string;
  threads?: string;
}

/**
 * `--threads`: a number of analysis threads, or auto: one per core, up to 8 (the reading, parsing and
 * writing left on the main thread take about a tenth of the work, so it needs no core of its own).
 */
function threadsOption(value: string | undefined): number {
  if (value === undefined) return 0;
  if (value === 'auto') return Math.min(8, availableParallelism());
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new PhigateError('PHIGATE_USAGE', '--threads must be auto or a whole number from 0 to 64');
  return n;
}

/** Texts in flight per analysis thread: enough that a thread never waits for the reader. */
const WINDOW_PER_THREAD = 4;

const EXPLAIN_LIMIT = 4 * 1024 * 1024;
const QUIET_BELOW = 8 * 1024 * 1024;

export async function runDeid(inputArg: string | undefined, opts: DeidOptions): Promise<number> {
  if (opts.format !== 'text' && opts.format !== 'jsonl') throw new PhigateError('PHIGATE_USAGE', `--format must be text or jsonl`);
  const maxChunk = opts.chunkSize === undefined ? undefined : Number(opts.chunkSize);
  if (maxChunk !== undefined && !(Number.isInteger(maxChunk) && maxChunk >= 16)) throw new PhigateError('PHIGATE_USAGE', '--chunk-size must be an integer >= 16');
  const threads = threadsOption(opts.threads);
  // An empty id ("--patient $UNSET_VAR") would fail every text with a message about ctx.patientId.
  if (opts.patient !== undefined && opts.patient.trim() === '') throw new PhigateError('PHIGATE_USAGE', '--patient must not be empty (the id of the patient whose dates share one shift)');
  const config = await loadCliConfig(opts.config);
  const transform = opts.transform === undefined ? undefined : parseTransformOption(opts.transform);
  const stderr = (s: string) => process.stderr.write(`${s}\n`);
  // Under --json, stderr carries JSON lines only: notes, progress and errors alike.
  const notes = stderrNotes(opts.json === true);
  const inputs = resolveInputs(inputArg, process.stdin);
  if (inputs.kind === 'stdin' && process.stdin.isTTY) notes.note('reading from the terminal; end with Ctrl-D (or give a FILE)');

  if (inputs.kind === 'dir' && !opts.out) throw new PhigateError('PHIGATE_USAGE', 'a directory input needs --out DIR for the de-identified tree');
  if (inputs.kind === 'dir' && opts.out && isInside(opts.out, inputs.root)) throw new PhigateError('PHIGATE_USAGE', '--out must not be inside the input directory');
  if (inputs.kind !== 'dir' && opts.out && isDirectory(opts.out)) throw new PhigateError('PHIGATE_USAGE', '--out names a directory; for a single input give a file path');
  if (opts.explain && (inputs.kind === 'dir' || opts.format !== 'text')) throw new PhigateError('PHIGATE_USAGE', '--explain takes one text input (a file or stdin)');
  if (opts.out && !opts.explain) checkWritableFolder('--out', inputs.kind === 'dir' ? opts.out : dirname(opts.out), opts.out);

  // Started once every option is checked; stopped whatever happens next.
  const pool = threads > 0 && !opts.explain ? await startAnalysisPool({ threads, config: analyzerConfigOf(config.deid), warmUpMs: 0 }) : null; // a batch warms up on its own texts
  // On this thread, the texts in flight are analysed together, recognizer by recognizer (batchAnalyses).
  const batched = !pool && !opts.explain ? batchAnalyses(createAnalyzer(analyzerConfigOf(config.deid))) : null;
  try {
    const engine = createDeidEngine({
      ...(pool ? { analyzer: pool } : batched ? { analyzer: batched } : {}),
      config,
      ...(transform ? { transform } : {}),
      ...(opts.key !== undefined ? { keyOption: opts.key } : {}),
      env: process.env,
      note: (m) => notes.note(notes.json ? m : `note: ${m}`),
    });
    return await deidInputs(inputs, opts, engine, { window: pool ? threads * WINDOW_PER_THREAD : batched ? LEAN_BATCH : 1, maxChunk, stderr });
  } finally {
    await pool?.close();
  }
}

/** Streams every input through the engine, `window` texts at a time (or explains the one input). */
async function deidInputs(
  inputs: InputSet,
  opts: DeidOptions,
  engine: DeidEngine,
  { window, maxChunk, stderr }: { window: number; maxChunk: number | undefined; stderr: (line: string) => void },
): Promise<number> {
  if (opts.explain) {
    const file = inputs.files[0]!;
    const text = await readWholeText(file, EXPLAIN_LIMIT);
    process.stdout.write(renderExplained(text, await engine.analyzer.analyze(text), { color: useColor(opts.color, process.stdout.isTTY) }));
    return 0;
  }
  if (engine.needsPatient && opts.format === 'text' && opts.patient === undefined) {
    throw new PhigateError('PHIGATE_USAGE', 'DATE is set to date-shift: pass --patient ID (the patient whose dates share one shift)');
  }

  // On a terminal progress shows unless asked for JSON; --progress shows it anywhere (as JSON lines with --json).
  const showProgress = opts.progress === true || (process.stderr.isTTY === true && opts.json !== true);
  const totalBytes = inputs.kind === 'file' ? inputs.files[0]!.size : undefined;
  const progress = showProgress
    ? createProgress({
        write: (s) => process.stderr.write(s),
        tty: process.stderr.isTTY === true,
        json: opts.json === true,
        ...(inputs.kind === 'dir' ? { totalInputs: inputs.files.length } : {}),
        ...(totalBytes !== undefined ? { totalBytes } : {}),
        quietBelowBytes: inputs.kind === 'dir' || opts.progress ? 0 : QUIET_BELOW,
      })
    : NO_PROGRESS;

  const stats = newStats();
  const ctx: RunContext = { engine, patientId: opts.patient, progress, stats, report: stderr, json: opts.json === true, window, ...(maxChunk ? { maxChunk } : {}) };
  const started = performance.now();
  for (const file of inputs.files) {
    const sink: Sink = opts.out ? atomicFileSink(inputs.kind === 'dir' ? join(opts.out, file.relativePath) : opts.out) : streamSink(process.stdout);
    if (opts.format === 'jsonl') await deidJsonlInput(file, sink, ctx);
    else await deidTextInput(file, sink, ctx);
  }
  progress.finish();

  if (opts.json) {
    const summary = {
      inputs: stats.inputs,
      failedInputs: stats.failedInputs,
      ...(opts.format === 'jsonl' ? { records: stats.records, failedRecords: stats.failedRecords } : {}),
      bytes: stats.bytes,
      seconds: Number(((performance.now() - started) / 1000).toFixed(3)),
      findings: stats.findingsByType,
      errorCount: stats.errorCount,
      errors: stats.errors,
    };
    (opts.out ? process.stdout : process.stderr).write(`${JSON.stringify(summary)}\n`);
  }
  return stats.errorCount > 0 ? EXIT_INPUT_FAILED : 0;
}
