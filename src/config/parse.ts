// parseConfig: phigate.yaml text in, a validated and frozen PhigateConfig out. Pure (no file or env
// access); every problem is reported as `source:line:col: field.path: what was expected`, without values.
import { dirname, isAbsolute, resolve } from 'node:path';
import type { z } from 'zod';
import { PhigateError } from '../errors.js';
import { deepFreeze } from './freeze.js';
import { type PhigateConfig, configSchema, toConfig } from './schema.js';
import { readYaml } from './yaml-source.js';

export interface ConfigProblem {
  readonly line: number;
  readonly col: number;
  /** Dotted field path, e.g. `deid.recognizers[0].pattern`; empty for problems with the whole file. */
  readonly path: string;
  readonly message: string;
}

/** Where a field is written in the source: its line and column. */
export type Locate = (path: readonly PropertyKey[]) => { line: number; col: number };

/** The validated config and where its fields are written, or every problem found; never throws. */
export type ParsedConfig = { readonly ok: true; readonly config: PhigateConfig; readonly locate: Locate } | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

/** parseConfig's work, returning the problems instead of throwing them. */
export function parseConfigText(text: string, sourceName: string): ParsedConfig {
  const read = readYaml(text);
  if (!read.ok) return { ok: false, problems: read.problems.map((p) => ({ ...p, path: '' })) };
  const result = configSchema.safeParse(read.source.data);
  if (!result.success) {
    const problems = result.error.issues
      .flatMap((issue) => toProblems(issue, read.source.locate))
      .sort((a, b) => a.line - b.line || a.col - b.col);
    return { ok: false, problems };
  }
  const baseDir = dirname(resolve(sourceName));
  return { ok: true, config: deepFreeze(toConfig(result.data, (p) => (isAbsolute(p) ? p : resolve(baseDir, p)))), locate: (path) => read.source.locate(path) };
}

/**
 * `sourceName` is used in messages and to resolve relative `file:` paths (against its directory).
 * Throws PHIGATE_BAD_CONFIG listing every problem found.
 */
export function parseConfig(text: string, sourceName: string): PhigateConfig {
  const parsed = parseConfigText(text, sourceName);
  if (!parsed.ok) throw configError(sourceName, parsed.problems);
  return parsed.config;
}

type Issue = z.core.$ZodIssue;

function toProblems(issue: Issue, locate: (path: readonly PropertyKey[], keyOf?: string) => { line: number; col: number }): ConfigProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      ...locate(issue.path, key),
      path: formatPath([...issue.path, key]),
      message: 'unknown field',
    }));
  }
  return [{ ...locate(issue.path), path: formatPath(issue.path), message: describe(issue) }];
}

/** A message for one issue. Zod's own messages never include the input; ours don't either. */
function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1];
      return received === 'undefined' ? `required field is missing (expected ${issue.expected})` : `expected ${issue.expected}${received ? `, got ${received}` : ''}`;
    }
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      return options ? `expected one of ${options.map(String).join(', ')}` : issue.message;
    }
    case 'too_small':
    case 'too_big':
      return issue.message.replace(/^Too (small|big): /, '');
    default:
      return issue.message;
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : `${out ? '.' : ''}${String(seg)}`;
  return out;
}

export function configError(sourceName: string, problems: readonly ConfigProblem[]): PhigateError {
  const lines = problems.map((p) => `${sourceName}:${p.line}:${p.col}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
  return new PhigateError('PHIGATE_BAD_CONFIG', lines.join('\n'), { details: { source: sourceName, problems: problems.length } });
}
