// Checks a phigate.yaml without starting anything (`phigate config check`): the same parsing, schema and
// referenced files as loadConfig, plus any check the caller adds (serve's Cedar compilation), with every
// problem collected and placed at a line, column and field path instead of stopping at the first. The
// vendors' API keys are resolved as serve resolves them (vendor-keys.ts), unless the caller skips them.
import { PhigateError, normalizeError } from '../errors.js';
import { readText, withReferencedFiles } from './load.js';
import { type ConfigProblem, type Locate, formatPath, parseConfigText } from './parse.js';
import type { PhigateConfig } from './schema.js';
import { type ConfigIo, nodeConfigIo, readReferencedFile } from './secrets.js';
import { configWarnings } from './config-warnings.js';
import { resolveVendorApiKeys } from './vendor-keys.js';

/** A problem, in the config file or (with `file`) in a file the config names, such as a Cedar policy file. */
export interface CheckProblem extends ConfigProblem {
  readonly file?: string;
}

/** What a valid config sets up, for a person to glance at: no secrets, no addresses. */
export interface ConfigSummary {
  readonly tenant: string;
  readonly vendors: readonly { readonly id: string; readonly provider: string; readonly dataClasses: readonly string[] }[];
  readonly models: readonly { readonly id: string; readonly vendor: string; readonly service: string }[];
  readonly roles: readonly string[];
}

/** `warnings`: what a valid config should still change (config-warnings.ts), placed as problems are. */
export type ConfigCheck =
  | { readonly ok: true; readonly config: PhigateConfig; readonly summary: ConfigSummary; readonly warnings: readonly CheckProblem[] }
  | { readonly ok: false; readonly problems: readonly CheckProblem[] };

function placedWarnings(config: PhigateConfig, locate: Locate): CheckProblem[] {
  return configWarnings(config).map((w) => ({ ...locate(w.field), path: formatPath(w.field), message: w.message }));
}

export interface CheckOptions {
  readonly io?: ConfigIo;
  /** More checks on the loaded config (serve's Cedar policy); a PHIGATE_BAD_CONFIG it throws becomes problems. */
  readonly verify?: (config: PhigateConfig) => void;
  /** Resolve the vendors' API key references (env:VAR, file:PATH) as serve does (default true); false on a machine without the secrets. */
  readonly secrets?: boolean;
}

export function summarize(config: PhigateConfig): ConfigSummary {
  return {
    tenant: config.server.tenant,
    vendors: Object.values(config.vendors).map((v) => ({ id: v.id, provider: v.provider, dataClasses: v.dataClasses })),
    models: config.models.map((m) => ({ id: m.id, vendor: m.vendor, service: m.service })),
    roles: Object.keys(config.access.roles),
  };
}

/** Parses and validates config text (no file access: files it names are not read). */
export function checkConfigText(text: string, sourceName: string): ConfigCheck {
  const parsed = parseConfigText(text, sourceName);
  return parsed.ok ? { ok: true, config: parsed.config, summary: summarize(parsed.config), warnings: placedWarnings(parsed.config, parsed.locate) } : parsed;
}

/**
 * Checks the config file at `path` as `phigate serve` loads it. A file that can't be read at all (missing,
 * unreadable) throws PHIGATE_BAD_CONFIG, as loadConfig does: that is the command line's mistake, not the file's.
 */
export function checkConfigFile(path: string, opts: CheckOptions = {}): ConfigCheck {
  const io = opts.io ?? nodeConfigIo;
  const bytes = readReferencedFile(path, `config file ${path}`, io);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problems: [{ line: 1, col: 1, path: '', message: 'the file is not valid UTF-8' }] };
  }
  const parsed = parseConfigText(text, path);
  if (!parsed.ok) return parsed;
  const problems: CheckProblem[] = [];
  const config = withReferencedFiles(parsed.config, (file, what, field) => {
    try {
      return readText(file, what, io);
    } catch (err) {
      problems.push({ ...parsed.locate(field), path: formatPath(field), message: normalizeError(err).message });
      return '';
    }
  });
  if (problems.length === 0 && opts.verify) problems.push(...verifyProblems(config, opts.verify, parsed.locate));
  if (opts.secrets !== false) {
    for (const { field, error } of resolveVendorApiKeys(config, io).problems) problems.push({ ...parsed.locate(field), path: formatPath(field), message: error.message });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config, summary: summarize(config), warnings: placedWarnings(config, parsed.locate) };
}

/** `file:line:col: message` lines (a policy file's own places) or `field.path: message` lines (placed in the config). */
const FILE_PLACE = /^(.+?):(\d{1,9}):(\d{1,9}): (.*)$/;
const FIELD_PLACE = /^(access(?:\.[\w-]{1,100}){0,4}): (.*)$/;

function verifyProblems(config: PhigateConfig, verify: (config: PhigateConfig) => void, locate: Locate): CheckProblem[] {
  try {
    verify(config);
    return [];
  } catch (err) {
    if (!(err instanceof PhigateError) || err.code !== 'PHIGATE_BAD_CONFIG') throw err;
    return err.message.split('\n').map((line): CheckProblem => {
      const inFile = FILE_PLACE.exec(line);
      if (inFile) return { file: inFile[1] as string, line: Number(inFile[2]), col: Number(inFile[3]), path: 'access.policies', message: inFile[4] as string };
      const field = FIELD_PLACE.exec(line);
      const path = field ? (field[1] as string) : 'access';
      return { ...locate(path.split('.')), path, message: field ? (field[2] as string) : line };
    });
  }
}
