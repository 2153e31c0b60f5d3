// `phigate demo`: de-identifies the bundled fictional note and shows it before and after, with the
// findings table, so a new user sees in one screen what phigate does (`npm start` runs it).
import type { Command } from 'commander';
import type { DemoOptions } from '../demo-action.js';
import type { CommandModule } from './index.js';

/** Surrogates and date shifts where they read naturally, tags for the rest. */
const DEMO_TRANSFORM_DEFAULT = 'tag,NAME=surrogate,DATE=date-shift,PHONE=surrogate,EMAIL=surrogate,ADDRESS=surrogate,LOCATION=surrogate,ZIP=generalize,AGE=generalize';

export const demoCommand: CommandModule = {
  register(program: Command): void {
    program
      .command('demo')
      .description('De-identify a bundled fictional clinical note and show before / after')
      .option('--transform <spec>', 'transforms to show (see phigate deid --help)', DEMO_TRANSFORM_DEFAULT)
      .option('--json', 'print {before, after, findings} as JSON')
      .option('--color', 'colour the output even when stdout is not a terminal')
      .option('--no-color', 'never colour output')
      .addHelpText('after', `\nThe note is examples/sample-note.txt in the phigate package; every identifier in it is made up.\nThe demo uses a fixed, public key so its surrogates are stable: never use it for real data.`)
      .action(async (opts: DemoOptions) => {
        const { runDemo } = await import('../demo-action.js');
        await runDemo(opts);
      });
  },
};
