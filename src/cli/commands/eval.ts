// `phigate eval --gold FILE.jsonl`: runs the detection engine over a labelled corpus and prints the
// same figures as ../shared/tools/score-deid.mjs (token and span recall, precision, per-type rows),
// plus the engine's throughput.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { createAnalyzer } from '../../deid/index.js';
import { analyzerConfigOf } from '../../config/index.js';
import { type ScoreBy, createScorer, formatMisses, formatScore, parseGoldLine, sampleEvenly, scoreToJson } from '../../deid/eval/index.js';
import { PhigateError, normalizeError } from '../../errors.js';
import { byteLines } from '../byte-lines.js';
import { EXIT_INPUT_FAILED, raiseExitCode } from '../exit.js';
import { resolveInputs } from '../inputs.js';
import { loadCliConfig } from '../options.js';
import { decodeUtf8Line } from '../utf8-input.js';
import type { CommandModule } from './index.js';

interface EvalOptions {
  gold: string;
  misses?: string;
  json?: boolean;
  ignore?: string;
  by: string;
  config?: string;
  writePred?: string;
}

const HELP = `
The gold file holds one note per line: {"id","text","spans":[{"start","end","type","label"?}]}
(offsets in UTF-16 code units, end exclusive). Matching is type-agnostic: an identifier counts as
caught whatever type the engine gave it; per-type rows split the GOLD spans by --by.

  token recall (full)  a gold token is caught iff all its characters inside gold spans are covered
  token precision      of the tokens touched by a detection, the share that are gold PHI
  span overlap/exact   recall of gold spans by any overlap / identical offsets; span precision
  --ignore L1,L2       drops gold spans with these labels or types; detections on them count neither way

--misses N prints a sample of missed tokens and false positives WITH THEIR TEXT and context. Use it on
development corpora only, never on real patients' notes. --write-pred FILE saves the detections as
{"id","spans"} lines for ../shared/tools/score-deid.mjs.`;

export const evalCommand: CommandModule = {
  register(program: Command): void {
    program
      .command('eval')
      .description('Score the detection engine on a labelled JSONL corpus')
      .requiredOption('--gold <file>', 'gold corpus (JSONL)')
      .option('--misses <n>', 'show N missed tokens and N false positives, with text (dev data only)')
      .option('--json', 'print the figures as JSON')
      .option('--ignore <labels>', 'comma-separated gold labels/types to leave out')
      .option('--by <key>', 'per-row key: type or label', 'type')
      .option('--config <file>', 'phigate.yaml to use (threshold, recognizers, lists)')
      .option('--write-pred <file>', 'also write the detections as {"id","spans"} JSONL')
      .addHelpText('after', HELP)
      .action(async (opts: EvalOptions) => {
        raiseExitCode(await runEval(opts));
      });
  },
};

async function runEval(opts: EvalOptions): Promise<number> {
  if (opts.by !== 'type' && opts.by !== 'label') throw new PhigateError('PHIGATE_USAGE', '--by must be type or label');
  const misses = opts.misses === undefined ? 0 : Number(opts.misses);
  if (!Number.isInteger(misses) || misses < 0) throw new PhigateError('PHIGATE_USAGE', '--misses must be a whole number');
  const ignore = (opts.ignore ?? '').split(',').filter(Boolean);
  const config = loadCliConfig(opts.config);
  const analyzer = createAnalyzer(analyzerConfigOf(config.deid));
  const [gold] = resolveInputs(opts.gold, process.stdin).files;
  if (!gold || opts.gold === '-') throw new PhigateError('PHIGATE_USAGE', '--gold must name a file');

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
      const e = normalizeError(err);
      const msg = e.message.startsWith(`${gold.name}:`) ? e.message : `${gold.name}:${entry.line}: ${e.message}`;
      process.stderr.write(`phigate: ${msg} (${e.code})\n`);
    }
  }
  const result = scorer.result();
  if (opts.writePred) writeFileSync(opts.writePred, preds.length ? `${preds.join('\n')}\n` : '');
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
