// `phigate eval --gold FILE.jsonl`: runs the detection engine over a labelled corpus and prints the
// same figures as ../shared/tools/score-deid.mjs (token and span recall, precision, per-type rows),
// plus the engine's throughput.
import type { Command } from 'commander';
import type { EvalOptions } from '../eval-action.js';
import { raiseExitCode } from '../exit.js';
import type { CommandModule } from './index.js';

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
      .option('--json', 'print the figures as JSON; each bad gold line as {"error":{"code","message","input","line"}} on stderr')
      .option('--ignore <labels>', 'comma-separated gold labels/types to leave out')
      .option('--by <key>', 'per-row key: type or label', 'type')
      .option('--config <file>', 'phigate.yaml to use (threshold, recognizers, lists)')
      .option('--write-pred <file>', 'also write the detections as {"id","spans"} JSONL')
      .addHelpText('after', HELP)
      .action(async (opts: EvalOptions) => {
        const { runEval } = await import('../eval-action.js');
        raiseExitCode(await runEval(opts));
      });
  },
};
