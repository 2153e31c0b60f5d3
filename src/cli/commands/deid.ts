// `phigate deid [FILE|DIR|-]`: de-identifies text or JSONL from a file, a directory tree or stdin.
import { join } from 'node:path';
import type { Command } from 'commander';
import { PhigateError } from '../../errors.js';
import { createDeidEngine } from '../deid-engine.js';
import { type RunContext, deidJsonlInput, deidTextInput, newStats, readWholeText } from '../deid-run.js';
import { EXIT_INPUT_FAILED, raiseExitCode } from '../exit.js';
import { renderExplained } from '../explain.js';
import { isDirectory, isInside, resolveInputs } from '../inputs.js';
import { type Sink, atomicFileSink, streamSink } from '../output.js';
import { NO_PROGRESS, createProgress } from '../progress.js';
import { parseTransformOption } from '../transform-option.js';
import { loadCliConfig, useColor } from '../options.js';
import type { CommandModule } from './index.js';

interface DeidOptions {
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
}

const EXPLAIN_LIMIT = 4 * 1024 * 1024;
const QUIET_BELOW = 8 * 1024 * 1024;

const HELP = `
Input: a file, a directory (every file under it, with --out DIR; the tree is mirrored), or stdin (- or
nothing). Text is processed in pieces split at blank lines, so files of any size stream in flat memory.

  --format jsonl   each line {"id","text"[,"patient"]} -> {"id","text","findings":[{"start","end","type",
                   "score","recognizer"}]} (findings are offsets in the INPUT text), one line per good
                   input line, in order. Bad lines are reported on stderr by line number and skipped.
  --transform      a kind for everything (tag, redact, mask, surrogate, date-shift, token, generalize),
                   kinds per type (NAME=surrogate,DATE=date-shift), or both (tag,NAME=surrogate).
  --key            where the surrogate/token/date-shift key lives: env:VAR or file:PATH (at least 16
                   bytes). Without it a one-off key is used and results differ from run to run.
  --json           a summary (counts by type, errors by input and line); on stdout when --out is given,
                   else on stderr after the text.

Errors name the input and line, never the text. Exit codes: 0 ok, 1 some inputs failed (the rest were
processed; a failed input's --out file is not written), 2 usage or configuration error.

Examples:
  phigate deid note.txt
  phigate deid --transform NAME=surrogate,DATE=date-shift --patient p-104 --key env:PHIGATE_KEY note.txt
  phigate deid --format jsonl notes.jsonl > deid.jsonl
  phigate deid notes/ --out deid-notes/ --json
  phigate deid --explain note.txt`;

export const deidCommand: CommandModule = {
  register(program: Command): void {
    program
      .command('deid')
      .description('De-identify clinical text (files, directories, stdin; text or JSONL)')
      .argument('[input]', 'file, directory, or - for stdin (default)')
      .option('--format <format>', 'text or jsonl', 'text')
      .option('--transform <spec>', 'transform kind, or TYPE=kind pairs (default: tag)')
      .option('--config <file>', 'phigate.yaml to use')
      .option('--key <ref>', 'key for surrogates/tokens/date shift: env:VAR or file:PATH')
      .option('--patient <id>', 'patient id for date shifting (one shift per patient)')
      .option('--explain', 'show the text with findings highlighted and a legend, instead of de-identifying')
      .option('--color', 'colour --explain output even when stdout is not a terminal')
      .option('--no-color', 'never colour output')
      .option('--out <path>', 'output file (for one input) or directory (for a directory input)')
      .option('--json', 'print a JSON summary')
      .option('--progress', 'show progress on stderr even when it is not a terminal')
      .addOption(hiddenChunkSize(program))
      .addHelpText('after', HELP)
      .action(async (input: string | undefined, opts: DeidOptions) => {
        raiseExitCode(await runDeid(input, opts));
      });
  },
};

function hiddenChunkSize(program: Command) {
  // For tests of the chunked path on small inputs; not part of the documented interface.
  return program.createOption('--chunk-size <chars>').hideHelp();
}

async function runDeid(inputArg: string | undefined, opts: DeidOptions): Promise<number> {
  if (opts.format !== 'text' && opts.format !== 'jsonl') throw new PhigateError('PHIGATE_USAGE', `--format must be text or jsonl`);
  const maxChunk = opts.chunkSize === undefined ? undefined : Number(opts.chunkSize);
  if (maxChunk !== undefined && !(Number.isInteger(maxChunk) && maxChunk >= 16)) throw new PhigateError('PHIGATE_USAGE', '--chunk-size must be an integer >= 16');
  const config = loadCliConfig(opts.config);
  const transform = opts.transform === undefined ? undefined : parseTransformOption(opts.transform);
  const stderr = (s: string) => process.stderr.write(`${s}\n`);
  const inputs = resolveInputs(inputArg, process.stdin);

  if (inputs.kind === 'dir' && !opts.out) throw new PhigateError('PHIGATE_USAGE', 'a directory input needs --out DIR for the de-identified tree');
  if (inputs.kind === 'dir' && opts.out && isInside(opts.out, inputs.root)) throw new PhigateError('PHIGATE_USAGE', '--out must not be inside the input directory');
  if (inputs.kind !== 'dir' && opts.out && isDirectory(opts.out)) throw new PhigateError('PHIGATE_USAGE', '--out names a directory; for a single input give a file path');
  if (opts.explain && (inputs.kind === 'dir' || opts.format !== 'text')) throw new PhigateError('PHIGATE_USAGE', '--explain takes one text input (a file or stdin)');

  const engine = createDeidEngine({
    config,
    ...(transform ? { transform } : {}),
    ...(opts.key !== undefined ? { keyOption: opts.key } : {}),
    env: process.env,
    note: (m) => stderr(`phigate: note: ${m}`),
  });

  if (opts.explain) {
    const file = inputs.files[0]!;
    const text = await readWholeText(file, EXPLAIN_LIMIT);
    process.stdout.write(renderExplained(text, engine.analyzer.analyze(text), { color: useColor(opts.color, process.stdout.isTTY) }));
    return 0;
  }
  if (engine.needsPatient && opts.format === 'text' && opts.patient === undefined) {
    throw new PhigateError('PHIGATE_USAGE', 'DATE is set to date-shift: pass --patient ID (the patient whose dates share one shift)');
  }

  const showProgress = process.stderr.isTTY === true || opts.progress === true;
  const totalBytes = inputs.kind === 'file' ? inputs.files[0]!.size : undefined;
  const progress = showProgress
    ? createProgress({
        write: (s) => process.stderr.write(s),
        tty: process.stderr.isTTY === true,
        ...(inputs.kind === 'dir' ? { totalInputs: inputs.files.length } : {}),
        ...(totalBytes !== undefined ? { totalBytes } : {}),
        quietBelowBytes: inputs.kind === 'dir' || opts.progress ? 0 : QUIET_BELOW,
      })
    : NO_PROGRESS;

  const stats = newStats();
  const ctx: RunContext = { engine, patientId: opts.patient, progress, stats, report: stderr, ...(maxChunk ? { maxChunk } : {}) };
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
