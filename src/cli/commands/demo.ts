// `phigate demo`: de-identifies the bundled fictional note and shows it before and after, with the
// findings table, so a new user sees in one screen what phigate does (`npm start` runs it).
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parseConfig } from '../../config/index.js';
import { createDeidEngine } from '../deid-engine.js';
import { renderLegend, renderMarked } from '../explain.js';
import { useColor } from '../options.js';
import { packagePath } from '../package-root.js';
import { parseTransformOption } from '../transform-option.js';
import type { CommandModule } from './index.js';

/**
 * A fixed, published key so the demo prints the same surrogates every time. It protects nothing:
 * real use takes --key env:VAR or deid.key from the config.
 */
const DEMO_KEY = new TextEncoder().encode('phigate demo key - not a secret!');
const DEMO_PATIENT = 'demo-patient';
const DEMO_TRANSFORM = 'tag,NAME=surrogate,DATE=date-shift,PHONE=surrogate,EMAIL=surrogate,ADDRESS=surrogate,LOCATION=surrogate,ZIP=generalize,AGE=generalize';

interface DemoOptions {
  transform: string;
  json?: boolean;
  color?: boolean;
}

export const demoCommand: CommandModule = {
  register(program: Command): void {
    program
      .command('demo')
      .description('De-identify a bundled fictional clinical note and show before / after')
      .option('--transform <spec>', 'transforms to show (see phigate deid --help)', DEMO_TRANSFORM)
      .option('--json', 'print {before, after, findings} as JSON')
      .option('--color', 'colour the output even when stdout is not a terminal')
      .option('--no-color', 'never colour output')
      .addHelpText('after', `\nThe note is examples/sample-note.txt in the phigate package; every identifier in it is made up.\nThe demo uses a fixed, public key so its surrogates are stable: never use it for real data.`)
      .action((opts: DemoOptions) => runDemo(opts));
  },
};

function runDemo(opts: DemoOptions): void {
  const notePath = packagePath('examples', 'sample-note.txt');
  const before = readFileSync(notePath, 'utf8');
  const engine = createDeidEngine({
    config: parseConfig('', '<defaults>'),
    transform: parseTransformOption(opts.transform),
    key: DEMO_KEY,
    env: {},
    note: () => undefined,
  });
  const { text: after, findings } = engine.deidentify(before, DEMO_PATIENT);
  if (opts.json) {
    const rows = findings.map((f) => ({ start: f.start, end: f.end, type: f.type, score: f.score, recognizer: f.recognizer, text: before.slice(f.start, f.end) }));
    process.stdout.write(`${JSON.stringify({ note: notePath, before, after, findings: rows }, null, 1)}\n`);
    return;
  }
  const color = useColor(opts.color, process.stdout.isTTY);
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[0m` : s);
  const rule = '─'.repeat(78);
  const out: string[] = [];
  out.push(bold(`BEFORE: ${notePath} (fictional), ${findings.length} identifiers found`), rule, renderMarked(before, findings, { color }).trimEnd(), rule, '');
  out.push(bold(`AFTER: phigate deid --transform ${opts.transform} --patient ${DEMO_PATIENT}`), rule, after.trimEnd(), rule, '');
  out.push(bold('FINDINGS'), ...renderLegend(findings, before));
  out.push('', 'Try: phigate deid --explain FILE, phigate deid --transform NAME=surrogate FILE, phigate eval --gold FILE.jsonl');
  process.stdout.write(`${out.join('\n')}\n`);
}
