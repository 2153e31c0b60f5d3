// `phigate config check [FILE]`: validates a config as `phigate serve` would (schema, files it names, Cedar
// policies) without opening a store or a port, and prints a short summary or every problem with its place.
// The checking itself is src/config/check.ts; this only prints.
import type { Command } from 'commander';
import type { CheckProblem, ConfigCheck, ConfigSummary } from '../../config/index.js';
import { EXIT_INPUT_FAILED, raiseExitCode } from '../exit.js';
import type { CommandModule } from './index.js';

interface CheckOptions {
  json?: boolean;
  /** false with --no-secrets: the vendors' API key references are not resolved. */
  secrets: boolean;
}

/** The store serve would open from the environment; the URL (it may hold a password) is never printed. */
function storeKind(env: Readonly<Record<string, string | undefined>>): 'postgresql' | 'embedded' {
  return env.PHIGATE_DATABASE_URL ? 'postgresql' : 'embedded';
}

const where = (file: string, p: CheckProblem): string => `${p.file ?? file}:${p.line}:${p.col}: ${p.path ? `${p.path}: ` : ''}${p.message}`;

function summaryText(file: string, s: ConfigSummary, store: string): string {
  const list = (items: readonly string[]): string => (items.length > 0 ? items.join(', ') : 'none');
  return (
    `ok: ${file}\n` +
    `  tenant:  ${s.tenant}\n` +
    `  vendors: ${list(s.vendors.map((v) => `${v.id} (${v.provider}; ${v.dataClasses.join(', ')})`))}\n` +
    `  models:  ${list(s.models.map((m) => `${m.id} (${m.service}, ${m.vendor})`))}\n` +
    `  roles:   ${list(s.roles)}\n` +
    `  store:   ${store === 'postgresql' ? 'postgresql (PHIGATE_DATABASE_URL)' : 'embedded (PHIGATE_DATABASE_URL not set)'}\n`
  );
}

async function check(file: string | undefined, opts: CheckOptions): Promise<void> {
  const path = file ?? (process.env.PHIGATE_CONFIG || 'phigate.yaml');
  const { checkConfigFile } = await import('../../config/index.js');
  const { createAccessPolicy } = await import('../../access/cedar/index.js');
  const result: ConfigCheck = checkConfigFile(path, { verify: (config) => void createAccessPolicy(config), secrets: opts.secrets });
  const store = storeKind(process.env);
  if (result.ok) {
    if (opts.json) return void process.stdout.write(`${JSON.stringify({ ok: true, file: path, ...result.summary, store, warnings: result.warnings })}\n`);
    process.stdout.write(summaryText(path, result.summary, store));
    for (const w of result.warnings) process.stderr.write(`phigate: warning: ${where(path, w)}\n`);
    return;
  }
  raiseExitCode(EXIT_INPUT_FAILED);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ ok: false, file: path, problems: result.problems })}\n`);
    return;
  }
  const n = result.problems.length;
  process.stderr.write(`${result.problems.map((p) => where(path, p)).join('\n')}\nphigate: ${path} is not valid: ${n} problem${n === 1 ? '' : 's'} (PHIGATE_BAD_CONFIG)\n`);
}

export const configCommand: CommandModule = {
  register(program: Command): void {
    const config = program.command('config').description('Check phigate.yaml');
    config
      .command('check')
      .description('Validate a config file as serve would, without starting anything')
      .argument('[file]', 'config file (default: PHIGATE_CONFIG, else phigate.yaml)')
      .option('--json', 'print {"ok", "file", ...summary, "warnings"} or {"ok": false, "problems": [{line, col, path, message}]} on stdout')
      .option('--no-secrets', "do not resolve the vendors' API keys (env:VAR, file:PATH): for a machine that does not hold them")
      .addHelpText(
        'after',
        `
Checks what serve checks before it opens anything: YAML, every field, the deny-list and Cedar policy files the
config names, the policies the roles compile to, and that each vendor's API key reference resolves (the
variable is set and not empty, the file is readable; never printed; --no-secrets skips this). Prints ok and
a summary (vendors, models, roles, the store serve would use from PHIGATE_DATABASE_URL) and what a valid config
should still change as warnings on stderr (a user:password@ in a vendor's baseUrl), or every problem as
FILE:LINE:COL: field.path: problem.

Exit codes: 0 valid, 1 not valid, 2 usage error (no such file, bad option).`,
      )
      .action(check);
  },
};
