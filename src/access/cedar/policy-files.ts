// User Cedar policy files (`access.policies` in phigate.yaml): parsed and validated against the schema
// once, at start-up. Every problem is reported as `file:line:col: what is wrong`, the config's error
// style, and stops the gateway. Annotations the gateway reads: `@id`, a permit's `@reason` (the audited
// allow reason) and a forbid's `@code` and `@message` (what the refused caller is told).
import { basename } from 'node:path';
import { type DetailedError, policySetTextToParts, policyToJson, validate } from './wasm.js';
import type { PolicyFileConfig } from '../../config/index.js';
import { PhigateError } from '../../errors.js';
import { ALLOW_REASONS, type AllowReason, DENY_CODES, type DenyCode } from '../policy.js';
import type { CedarPolicy } from './compile.js';
import { CEDAR_SCHEMA } from './schema.js';

export interface PolicyProblem {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

const MAX_MESSAGE = 300;

/** Line and column (1-based, in characters) of a character offset. */
function lineColOf(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: [...before.slice(lineStart)].length + 1 };
}

/** Cedar reports UTF-8 byte offsets; the character offset of one. */
function charOffset(text: string, byteOffset: number): number {
  return Buffer.from(text, 'utf8').subarray(0, byteOffset).toString('utf8').length;
}

/** Cedar's message without its internal policy id (`policy0`), with its hint. */
function describe(err: DetailedError): string {
  const message = err.message.replace(/^for policy `[^`]*`[,:] ?/, '');
  return err.help ? `${message} (${err.help})` : message;
}

function problemAt(file: string, text: string, err: DetailedError): PolicyProblem {
  const at = err.sourceLocations?.[0]?.start ?? 0;
  return { file, ...lineColOf(text, charOffset(text, at)), message: describe(err) };
}

/**
 * The policies of one file in text order, with their character offsets. policySetTextToParts returns
 * them sorted by Cedar's ids (policy0, policy1, policy10, ...), so the text order is rebuilt from that.
 */
function splitPolicies(text: string, parts: readonly string[]): Array<{ text: string; offset: number }> {
  const ids = parts.map((_, i) => `policy${i}`).sort();
  const inOrder: string[] = [];
  ids.forEach((id, k) => (inOrder[Number(id.slice('policy'.length))] = parts[k] as string));
  let from = 0;
  return inOrder.map((part) => {
    const offset = text.indexOf(part, from);
    from = offset + part.length;
    return { text: part, offset };
  });
}

function checkAnnotations(effect: 'permit' | 'forbid', notes: Readonly<Record<string, string>>, problem: (m: string) => void): void {
  const reason = notes['reason'];
  const code = notes['code'];
  const message = notes['message'];
  if (reason !== undefined && (effect !== 'permit' || !(ALLOW_REASONS as readonly string[]).includes(reason))) {
    problem(`@reason belongs on a permit and is one of ${ALLOW_REASONS.join(', ')}`);
  }
  if (code !== undefined && (effect !== 'forbid' || !(DENY_CODES as readonly string[]).includes(code))) problem(`@code belongs on a forbid and is one of ${DENY_CODES.join(', ')}`);
  if (message !== undefined && (effect !== 'forbid' || message.trim().length < 3 || message.length > MAX_MESSAGE)) {
    problem(`@message belongs on a forbid and has 3-${MAX_MESSAGE} characters`);
  }
}

type Located = { readonly policy: CedarPolicy; readonly line: number; readonly col: number };

/** One file's policies, or its problems (parse errors first: validation needs a parsed file). */
function readFile(file: string, text: string): { policies: Located[]; problems: PolicyProblem[] } {
  const checked = validate({ schema: CEDAR_SCHEMA, policies: { staticPolicies: text }, validationSettings: { mode: 'strict' } });
  if (checked.type === 'failure') {
    const parts = policySetTextToParts(text);
    if (parts.type === 'success' && parts.policy_templates.length > 0) {
      const at = text.indexOf(parts.policy_templates[0] as string);
      return { policies: [], problems: [{ file, ...lineColOf(text, Math.max(at, 0)), message: 'templates (?principal, ?resource) are not supported: write static policies' }] };
    }
    return { policies: [], problems: checked.errors.map((e) => problemAt(file, text, e)) };
  }
  const problems = checked.validationErrors.map((v) => problemAt(file, text, v.error));
  const parts = policySetTextToParts(text);
  if (parts.type === 'failure') return { policies: [], problems: parts.errors.map((e) => problemAt(file, text, e)) };
  const policies = splitPolicies(text, parts.policies).flatMap(({ text: policyText, offset }): Located[] => {
    const at = lineColOf(text, offset);
    const json = policyToJson(policyText);
    if (json.type === 'failure') {
      problems.push(...json.errors.map((e) => ({ file, ...at, message: describe(e) })));
      return [];
    }
    const notes = json.json.annotations ?? {};
    checkAnnotations(json.json.effect, notes, (message) => problems.push({ file, ...at, message }));
    const policy: CedarPolicy = {
      id: notes['id'] ?? `${basename(file)}:${at.line}:${at.col}`,
      text: policyText,
      effect: json.json.effect,
      ...(notes['reason'] !== undefined ? { reason: notes['reason'] as AllowReason } : {}),
      ...(notes['code'] !== undefined ? { code: notes['code'] as DenyCode } : {}),
      ...(notes['message'] !== undefined ? { message: notes['message'] } : {}),
      origin: `${file}:${at.line}:${at.col}`,
    };
    return [{ policy, ...at }];
  });
  return { policies, problems };
}

/**
 * The policies of every file, after the compiled ones (whose ids they may not reuse). Throws
 * PHIGATE_BAD_CONFIG listing every problem as `file:line:col: message`.
 */
export function readPolicyFiles(files: readonly PolicyFileConfig[], taken: ReadonlySet<string>): CedarPolicy[] {
  const problems: PolicyProblem[] = [];
  const ids = new Map<string, string>([...taken].map((id) => [id, 'access.roles']));
  const policies: CedarPolicy[] = [];
  for (const { file, text } of files) {
    if (text === null) throw new PhigateError('PHIGATE_BAD_CONFIG', `policy file ${file} was not read: load the config with loadConfig`);
    const read = readFile(file, text);
    problems.push(...read.problems);
    for (const { policy, line, col } of read.policies) {
      const other = ids.get(policy.id);
      if (other !== undefined) problems.push({ file, line, col, message: `policy id "${policy.id}" is already used (${other}); give this one another @id` });
      ids.set(policy.id, policy.origin);
      policies.push(policy);
    }
  }
  if (problems.length > 0) {
    const lines = problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`);
    throw new PhigateError('PHIGATE_BAD_CONFIG', lines.join('\n'), { details: { source: 'access.policies', problems: problems.length } });
  }
  return policies;
}
