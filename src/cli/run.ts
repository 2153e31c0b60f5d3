// Builds the `phigate` program from the command list and runs it, turning every failure into an exit
// code and a one-line message (see exit.ts). main.ts only calls runCli.
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { EXIT_OK, EXIT_USAGE, exitCodeFor, formatJsonError, formatTopLevelError } from './exit.js';
import { PhigateError, normalizeError } from '../errors.js';
import { describeFsError } from './file-errors.js';
import { PACKAGE_VERSION } from './package-root.js';

export function buildProgram(): Command {
  const program = new Command('phigate')
    .description('The boundary between clinical data and AI models')
    .version(PACKAGE_VERSION)
    .exitOverride()
    // Set before the commands are added, so they inherit it: runCli prints parse errors in phigate's own form.
    .configureOutput({ outputError: () => undefined })
    .addHelpText('after', '\nExit codes: 0 ok, 1 some inputs failed (the rest were processed), 2 usage or configuration error, 3 the embedded store is in use by another process.');
  for (const command of COMMANDS) command.register(program);
  return program;
}

export async function runCli(argv: readonly string[]): Promise<number> {
  const debug = process.env.PHIGATE_DEBUG === '1';
  const json = wantsJson(argv);
  const report = (err: unknown): void => void process.stderr.write(json ? formatJsonError(err, debug) : formatTopLevelError(err, debug));
  // A reader that goes away (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(Number(process.exitCode ?? EXIT_OK));
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[]);
    return Number(process.exitCode ?? EXIT_OK);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with 0; a bare `phigate` (or group) has shown its help on stderr.
      if (err.exitCode === 0) return EXIT_OK;
      if (err.code === 'commander.help') return EXIT_USAGE;
      report(new PhigateError('PHIGATE_USAGE', err.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim()));
      if (!json) process.stderr.write(`phigate: see \`${commandPath(program, argv).join(' ')} --help\` for usage\n`);
      return EXIT_USAGE;
    }
    // A file-system error no command turned into a PhigateError still names its path and reason.
    const named = describeFsError(err);
    report(named);
    return exitCodeFor(normalizeError(named).code);
  }
}

/**
 * True when the command line asks for JSON before any `--`: `--json`, or `--format json` (audit disclosures'
 * spelling); its errors are printed as JSON too.
 */
export function wantsJson(argv: readonly string[]): boolean {
  const args = argv.slice(2);
  const end = args.indexOf('--');
  const own = end < 0 ? args : args.slice(0, end);
  return own.some((a, i) => a === '--json' || a === '--format=json' || (a === '--format' && own[i + 1] === 'json'));
}

/** The words of the (sub)command the arguments name, for the --help hint: `phigate audit verify`. */
function commandPath(program: Command, argv: readonly string[]): string[] {
  const path = [program.name()];
  let cmd = program;
  for (const word of argv.slice(2)) {
    const sub = cmd.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!sub) {
      if (word.startsWith('-')) continue;
      break;
    }
    path.push(sub.name());
    cmd = sub;
  }
  return path;
}
