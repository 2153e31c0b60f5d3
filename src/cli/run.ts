// Builds the `phigate` program from the command list and runs it, turning every failure into an exit
// code and a one-line message (see exit.ts). main.ts only calls runCli.
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { EXIT_OK, EXIT_USAGE, exitCodeFor, formatTopLevelError } from './exit.js';
import { normalizeError } from '../errors.js';
import { describeFsError } from './file-errors.js';
import { PACKAGE_VERSION } from './package-root.js';

export function buildProgram(): Command {
  const program = new Command('phigate')
    .description('The boundary between clinical data and AI models')
    .version(PACKAGE_VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', '\nExit codes: 0 ok, 1 some inputs failed (the rest were processed), 2 usage or configuration error, 3 the embedded store is in use by another process.');
  for (const command of COMMANDS) command.register(program);
  return program;
}

export async function runCli(argv: readonly string[]): Promise<number> {
  const debug = process.env.PHIGATE_DEBUG === '1';
  // A reader that goes away (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(Number(process.exitCode ?? EXIT_OK));
  });
  try {
    await buildProgram().parseAsync(argv as string[]);
    return Number(process.exitCode ?? EXIT_OK);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    // A file-system error no command turned into a PhigateError still names its path and reason.
    const named = describeFsError(err);
    process.stderr.write(formatTopLevelError(named, debug));
    return exitCodeFor(normalizeError(named).code);
  }
}
