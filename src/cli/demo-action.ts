// The work of `phigate demo` (commands/demo.ts declares the command and loads this on use).
import { readFileSync } from 'node:fs';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import { createDeidEngine } from './deid-engine.js';
import { renderLegend, renderMarked } from './explain.js';
import { useColor } from './options.js';
import { packagePath } from './package-root.js';
import { parseTransformOption } from './transform-option.js';

/**
 * A fixed, published key so the demo prints the same surrogates every time. It protects nothing:
 * real use takes --key env:VAR or deid.key from the config.
 */
const DEMO_KEY = new TextEncoder().encode('phigate demo key - not a secret!');
const DEMO_PATIENT = 'demo-patient';

export interface DemoOptions {
  transform: string;
  json?: boolean;
  color?: boolean;
}

export async function runDemo(opts: DemoOptions): Promise<void> {
  const notePath = packagePath('examples', 'sample-note.txt');
  const before = readFileSync(notePath, 'utf8');
  const engine = createDeidEngine({
    config: DEFAULT_CONFIG,
    transform: parseTransformOption(opts.transform),
    key: DEMO_KEY,
    env: {},
    note: () => undefined,
  });
  const { text: after, findings } = await engine.deidentify(before, DEMO_PATIENT);
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
