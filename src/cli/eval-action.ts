// The work of `phigate eval` (commands/eval.ts declares the command and loads this on use): streams the
// gold corpus through the analyzer and the scorer, then prints the reference scorer's table.
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { analyzerConfigOf } from '../config/deid-policy.js';
import { type ScoreBy, createScorer, formatMisses, formatScore, parseGoldLine, sampleEvenly, scoreToJson } from '../deid/eval/index.js';
import { createAnalyzer } from '../deid/index.js';
import { PhigateError } from '../errors.js';
import { byteLines } from './byte-lines.js';
import { EXIT_INPUT_FAILED, formatInputError, formatJsonInputError } from './exit.js';
import { checkWritableFolder, fileError } from './file-errors.js';
import { isDirectory, resolveInputs } from './inputs.js';
import { loadCliConfig } from './options.js';
import { decodeUtf8Line } from './utf8-input.js';

export interface EvalOptions {
  gold: string;
  misses?: string;
  json?: boolean;
  ignore?: string;
  by: string;
  config?: string;
  writePred?: string;
}

/** Bad gold lines printed before the rest are only counted (as phigate deid does per input). */
const MAX_REPORTED_LINES = 20;

export async function runEval(opts: EvalOptions): Promise<number> {
  if (opts.by !== 'type' && opts.by !== 'label') throw new PhigateError('PHIGATE_USAGE', '--by must be type or label');
  const misses = opts.misses === undefined ? 0 : Number(opts.misses);
  if (!Number.isInteger(misses) || misses < 0) throw new PhigateError('PHIGATE_USAGE', '--misses must be a whole number');
  const ignore = (opts.ignore ?? '').split(',').filter(Boolean);
  const config = await loadCliConfig(opts.config);
  const analyzer = createAnalyzer(analyzerConfigOf(config.deid));
  if (opts.gold === '-') throw new PhigateError('PHIGATE_USAGE', '--gold must name a file');
  const golds = resolveInputs(opts.gold, process.stdin, '--gold');
  const [gold] = golds.files;
  if (!gold || golds.kind !== 'file') throw new PhigateError('PHIGATE_USAGE', `--gold must name a file, and ${opts.gold} is a directory`);
  if (opts.writePred && isDirectory(opts.writePred)) throw new PhigateError('PHIGATE_USAGE', `--write-pred names a directory (${opts.writePred}); give a file path`);
  if (opts.writePred) checkWritableFolder('--write-pred', dirname(opts.writePred), opts.writePred);

  const scorer = createScorer({ by: opts.by as ScoreBy, ignore });
  const preds: string[] = [];
  let chars = 0;
  let analyzeMs = 0;
  let failed = 0;
  for await (const entry of byteLines(gold.open())) {
    try {
      if (entry.tooLong) throw new PhigateError('PHIGATE_INPUT_TOO_LARGE', 'line is longer than the limit');
      const line = decodeUtf8Line(entry.bytes, gold.name, entry.line);
      if (line.trim() === '') continue;
      const doc = parseGoldLine(line);
      const t0 = performance.now();
      const findings = analyzer.analyze(doc.text);
      analyzeMs += performance.now() - t0;
      chars += doc.text.length;
      const spans = findings.map((f) => ({ start: f.start, end: f.end, type: f.type }));
      scorer.add(doc, spans);
      if (opts.writePred) preds.push(JSON.stringify({ id: doc.id, spans }));
    } catch (err) {
      failed++;
      // --json: every failure as one JSON object. A file that is no gold at all (a text note, a CSV) fails on every line: the first few say so.
      if (opts.json) process.stderr.write(`${formatJsonInputError(gold.name, entry.line, err)}\n`);
      else if (failed <= MAX_REPORTED_LINES) process.stderr.write(`${formatInputError(gold.name, entry.line, err)}\n`);
      else if (failed === MAX_REPORTED_LINES + 1) process.stderr.write(`phigate: ${gold.name}: more bad lines; only the first ${MAX_REPORTED_LINES} are shown\n`);
    }
  }
  const result = scorer.result();
  if (opts.writePred) {
    try {
      writeFileSync(opts.writePred, preds.length ? `${preds.join('\n')}\n` : '');
    } catch (err) {
      throw fileError(err, 'write', opts.writePred, '--write-pred: ');
    }
  }
  const seconds = analyzeMs / 1000;
  const throughput = {
    notes: result.notes,
    chars,
    seconds: Number(seconds.toFixed(3)),
    charsPerSecond: seconds > 0 ? Math.round(chars / seconds) : null,
    notesPerSecond: seconds > 0 ? Number((result.notes / seconds).toFixed(1)) : null,
  };

  if (opts.json) {
    const out = {
      ...scoreToJson(result),
      throughput,
      ...(misses > 0
        ? {
            misses: { total: result.misses.length, sample: sampleEvenly(result.misses, misses) },
            falsePositives: { total: result.falsePositives.length, sample: sampleEvenly(result.falsePositives, misses) },
          }
        : {}),
      failedLines: failed,
    };
    process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
  } else {
    const lines = formatScore(result);
    lines.push(`\nthroughput:    ${result.notes} notes, ${chars} chars in ${throughput.seconds.toFixed(3)} s of analysis = ${throughput.charsPerSecond ?? 'n/a'} chars/s (${throughput.notesPerSecond ?? 'n/a'} notes/s)`);
    if (misses > 0) lines.push(...formatMisses(result, misses));
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return failed > 0 ? EXIT_INPUT_FAILED : 0;
}
