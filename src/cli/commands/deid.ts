// `phigate deid [FILE|DIR|-]`: de-identifies text or JSONL from a file, a directory tree or stdin.
import type { Command } from 'commander';
import type { DeidOptions } from '../deid-action.js';
import { raiseExitCode } from '../exit.js';
import type { CommandModule } from './index.js';

const HELP = `
Input: a file, a directory (every file under it, with --out DIR; the tree is mirrored), or stdin (- or
nothing). Text is processed in pieces split at blank lines, so files of any size stream in flat memory.

  --format jsonl   each line {"id","text"[,"patient"]} -> {"id","text","findings":[{"start","end","type",
                   "score","recognizer"}]} (findings are offsets in the INPUT text), one line per good
                   input line, in order. Bad lines are reported on stderr by line number and skipped.
  --transform      a kind for everything (tag, redact, mask, surrogate, date-shift, token, generalize),
                   kinds per type (NAME=surrogate,DATE=date-shift), or both (tag,NAME=surrogate).
  --key            where the surrogate/token/date-shift key lives: env:VAR or file:PATH (at least 16
                   bytes). Without it: the key itself from PHIGATE_DEID_KEY, else deid.key of --config,
                   else a one-off key (results then differ from run to run). The key is never printed.
  --json           a summary (counts by type, errors by input and line); on stdout when --out is given,
                   else on stderr after the text. Each failed input or line is also one JSON line on
                   stderr, {"error":{"code","message","input","line"}}, every one of them.

Errors name the input and line, never the text. In a directory, a file that goes away or cannot be read
while the run is under way is reported by name and skipped; the others go through. Exit codes: 0 ok, 1 some
inputs failed (the rest were processed; a text input that fails leaves no --out file, a JSONL file keeps its
good lines), 2 usage or configuration error.

Examples:
  phigate deid note.txt
  phigate deid --transform NAME=surrogate,DATE=date-shift --patient p-104 --key env:PHIGATE_DEID_KEY note.txt
  phigate deid --format jsonl notes.jsonl > deid.jsonl
  phigate deid notes/ --out deid-notes/ --json
  phigate deid --explain note.txt
  phigate deid --format jsonl --threads auto archive.jsonl --out deid.jsonl   (one analysis thread per core)`;

export const deidCommand: CommandModule = {
  register(program: Command): void {
    program
      .command('deid')
      .description('De-identify clinical text (files, directories, stdin; text or JSONL)')
      .argument('[input]', 'file, directory, or - for stdin (default)')
      .option('--format <format>', 'text or jsonl', 'text')
      .option('--transform <spec>', 'transform kind, or TYPE=kind pairs (default: tag)')
      .option('--config <file>', 'phigate.yaml to use')
      .option('--key <ref>', 'key for surrogates/tokens/date shift: env:VAR or file:PATH (default: PHIGATE_DEID_KEY)')
      .option('--patient <id>', 'patient id for date shifting (one shift per patient)')
      .option('--explain', 'show the text with findings highlighted and a legend, instead of de-identifying')
      .option('--color', 'colour --explain output even when stdout is not a terminal')
      .option('--no-color', 'never colour output')
      .option('--out <path>', 'output file (for one input) or directory (for a directory input)')
      .option('--json', 'print a JSON summary')
      .option('--progress', 'show progress on stderr even when it is not a terminal')
      .option('--threads <n>', 'analysis threads beside the reader: a number, or auto (one per core, up to 8); default 0, for large inputs', undefined)
      .addOption(hiddenChunkSize(program))
      .addHelpText('after', HELP)
      .action(async (input: string | undefined, opts: DeidOptions) => {
        // Loaded on use, so `phigate --help` and other commands don't load the engine.
        const { runDeid } = await import('../deid-action.js');
        raiseExitCode(await runDeid(input, opts));
      });
  },
};

function hiddenChunkSize(program: Command) {
  // For tests of the chunked path on small inputs; not part of the documented interface.
  return program.createOption('--chunk-size <chars>').hideHelp();
}
