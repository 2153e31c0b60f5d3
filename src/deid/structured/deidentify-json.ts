// De-identifies structured documents (JSON-like data): each field path is given a type (the whole value
// is that identifier), free-text detection, or keep/drop. The input is never mutated; tokens and
// surrogates agree with those of free text under the same context.
import { PhigateError } from '../../errors.js';
import { checkFindings, replaceAll } from '../apply.js';
import type { TransformContext } from '../transforms/policy.js';
import { createReplacer, createReplacerState, type Replacer } from '../transforms/replacer.js';
import type { TokenMap } from '../token-map.js';
import { isEntityType, type EntityType, type Finding, type TransformPolicy, type TransformSpec } from '../types.js';
import { labelled, pathLabel, valueFindings } from './field-label.js';
import { parsePath, pathMatches, type ConcretePath, type PathSegment } from './json-path.js';

/**
 * What to do at a path. The first rule matching a node applies to it and everything under it, unless a
 * node deeper down matches a rule of its own (the most specific path wins; ties go to the earlier rule).
 */
export type FieldRule =
  | { readonly path: string; readonly type: EntityType; readonly transform?: TransformSpec }
  | { readonly path: string; readonly freeText: true }
  | { readonly path: string; readonly action: 'keep' | 'drop' };

export interface JsonDeidDeps {
  /** Transforms for free text, and for typed rules without their own `transform`. */
  readonly policy: TransformPolicy;
  readonly ctx: TransformContext;
  /** The detector, for free-text rules and `unmatched: 'free-text'` (injected; not imported here). */
  readonly analyze?: (text: string) => readonly Finding[];
  /** String fields no rule covers: kept (default), scanned as free text, or removed. */
  readonly unmatched?: 'keep' | 'free-text' | 'drop';
  /** Deeper documents are refused (default 200), which also stops cyclic objects. */
  readonly maxDepth?: number;
}

export interface PathCounts {
  /** Identifiers replaced at fields under this rule. */
  readonly identifiers: number;
  /** Fields removed by a drop rule (or by `unmatched: 'drop'`). */
  readonly dropped: number;
}

export interface JsonDeidResult {
  readonly doc: unknown;
  /** By rule path as configured, and "(unmatched)": concrete paths could hold data (keys, positions). */
  readonly counts: Readonly<Record<string, PathCounts>>;
  readonly byType: Readonly<Partial<Record<EntityType, number>>>;
  readonly tokens: TokenMap;
}

export const UNMATCHED = '(unmatched)';
const DROP = Symbol('drop');

type Action =
  | { readonly kind: 'typed'; readonly type: EntityType; readonly replacer: Replacer; readonly count: string }
  | { readonly kind: 'free'; readonly replacer: Replacer; readonly count: string }
  | { readonly kind: 'keep' }
  | { readonly kind: 'drop'; readonly count: string };

interface CompiledRule {
  readonly pattern: readonly PathSegment[];
  readonly action: Action;
}

interface Job {
  readonly text: string;
  readonly findings: readonly Finding[];
  readonly replacer: Replacer;
  readonly count: string;
}

function compileRules(rules: readonly FieldRule[], deps: JsonDeidDeps, replacerFor: (p: TransformPolicy) => Replacer): CompiledRule[] {
  return rules.map((rule, i) => {
    const pattern = parsePath(rule.path);
    if ('type' in rule) {
      if (!isEntityType(rule.type)) throw new PhigateError('PHIGATE_BAD_CONFIG', `Field rule ${i} names an unknown type`);
      const policy = rule.transform ? { default: rule.transform } : deps.policy;
      return { pattern, action: { kind: 'typed', type: rule.type, replacer: replacerFor(policy), count: rule.path } };
    }
    if ('freeText' in rule && rule.freeText === true) {
      if (!deps.analyze) throw new PhigateError('PHIGATE_BAD_CONFIG', `Field rule ${i} is free text but no analyze function was given`);
      return { pattern, action: { kind: 'free', replacer: replacerFor(deps.policy), count: rule.path } };
    }
    if ('action' in rule && (rule.action === 'keep' || rule.action === 'drop')) {
      return { pattern, action: rule.action === 'keep' ? { kind: 'keep' } : { kind: 'drop', count: rule.path } };
    }
    throw new PhigateError('PHIGATE_BAD_CONFIG', `Field rule ${i} needs one of "type", "freeText: true" or "action"`);
  });
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** A number that went through a typed rule stays a number when its replacement still reads as one. */
function restoreNumber(out: string): string | number {
  return /^-?\d{1,15}(\.\d{1,15})?$/.test(out) && String(Number(out)) === out ? Number(out) : out;
}

/**
 * De-identifies `doc` by `rules`. Object keys are kept as they are (they are schema, not data);
 * booleans and null are kept; numbers are transformed under typed rules only. Throws PhigateError:
 * BAD_CONFIG for bad rules or policy, BAD_INPUT for data that is not JSON-like or nests too deep.
 */
export function deidentifyJson(doc: unknown, rules: readonly FieldRule[], deps: JsonDeidDeps): JsonDeidResult {
  const maxDepth = deps.maxDepth ?? 200;
  const unmatched = deps.unmatched ?? 'keep';
  if (!['keep', 'free-text', 'drop'].includes(unmatched)) {
    throw new PhigateError('PHIGATE_BAD_CONFIG', 'unmatched must be "keep", "free-text" or "drop"');
  }
  if (!Number.isInteger(maxDepth) || maxDepth < 1) throw new PhigateError('PHIGATE_BAD_CONFIG', 'maxDepth must be a positive integer');
  if (unmatched === 'free-text' && !deps.analyze) {
    throw new PhigateError('PHIGATE_BAD_CONFIG', 'unmatched: "free-text" needs an analyze function');
  }
  const state = createReplacerState([]); // its avoid set is filled by the first pass
  const replacers = new Map<TransformPolicy, Replacer>();
  const replacerFor = (p: TransformPolicy): Replacer => {
    let r = replacers.get(p);
    if (!r) replacers.set(p, (r = createReplacer(p, deps.ctx, state)));
    return r;
  };
  const compiled = compileRules(rules, deps, replacerFor);
  const unmatchedAction: Action =
    unmatched === 'free-text' ? { kind: 'free', replacer: replacerFor(deps.policy), count: UNMATCHED }
    : unmatched === 'drop' ? { kind: 'drop', count: UNMATCHED }
    : { kind: 'keep' };
  const counts = new Map<string, { identifiers: number; dropped: number }>(); // a Map: paths are user text
  const bump = (path: string, field: 'identifiers' | 'dropped', n: number): void => {
    const c = counts.get(path) ?? { identifiers: 0, dropped: 0 };
    c[field] += n;
    counts.set(path, c);
  };

  // What a leaf needs; both passes decide alike, so pass 2 meets the jobs in pass 1's order.
  const plan = (value: string | number, action: Action): 'drop' | 'keep' | 'job' => {
    if (action.kind === 'drop') return typeof value === 'string' ? 'drop' : 'keep';
    if (action.kind === 'keep' || (action.kind === 'free' && typeof value !== 'string')) return 'keep';
    return action.kind === 'typed' && String(value).trim() === '' ? 'keep' : 'job';
  };
  const makeJob = (value: string | number, action: Action, path: readonly (string | number)[]): Job => {
    const text = String(value);
    if (action.kind === 'free') {
      // Read after its keys, as a form prints the field: "mrn: 904173" (field-label.ts).
      const label = text.length === 0 ? undefined : pathLabel(path);
      const read = label === undefined ? text : labelled(label, text);
      const raw = (deps.analyze as NonNullable<JsonDeidDeps['analyze']>)(read);
      checkFindings(read, raw);
      const findings = label === undefined ? raw : valueFindings(label, raw);
      return { text, findings, replacer: action.replacer, count: action.count };
    }
    if (action.kind !== 'typed') throw new PhigateError('PHIGATE_INTERNAL', 'No job for this field');
    const start = text.length - text.trimStart().length;
    const end = text.trimEnd().length;
    const finding: Finding = { start, end, type: action.type, score: 1, recognizer: 'field-rule', evidence: [] };
    return { text, findings: [finding], replacer: action.replacer, count: action.count };
  };

  type Leaf = (value: string | number, action: Action, path: readonly (string | number)[]) => unknown;
  const visit = (node: unknown, path: (string | number)[], inherited: Action | undefined, leaf: Leaf, build: boolean): unknown => {
    if (path.length > maxDepth) throw new PhigateError('PHIGATE_BAD_INPUT', `Document nests deeper than ${maxDepth} levels`);
    const action = compiled.find((r) => pathMatches(r.pattern, path as ConcretePath))?.action ?? inherited;
    if (action?.kind === 'drop' && (Array.isArray(node) || isPlainObject(node))) {
      if (build) bump(action.count, 'dropped', 1);
      return DROP;
    }
    if (typeof node === 'string' || (typeof node === 'number' && Number.isFinite(node))) {
      return leaf(node, action ?? (typeof node === 'string' ? unmatchedAction : { kind: 'keep' }), path);
    }
    if (node === null || typeof node === 'boolean' || typeof node === 'number') return node;
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      node.forEach((item, i) => {
        const v = visit(item, [...path, i], action, leaf, build);
        if (build && v !== DROP) out.push(v);
      });
      return out;
    }
    if (isPlainObject(node)) {
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(node)) {
        const v = visit(item, [...path, k], action, leaf, build);
        // defineProperty, so a "__proto__" key stays data and never becomes the prototype
        if (build && v !== DROP) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    throw new PhigateError('PHIGATE_BAD_INPUT', 'Document holds a value that is not JSON data');
  };

  // Pass 1 finds every identifier, so that pass 2 keeps every surrogate clear of all of them.
  const jobs: Job[] = [];
  visit(doc, [], undefined, (value, action, path) => {
    if (plan(value, action) !== 'job') return undefined;
    const job = makeJob(value, action, path);
    jobs.push(job);
    for (const f of job.findings) state.avoid.add(job.text.slice(f.start, f.end), f.type);
    return undefined;
  }, false);

  let next = 0;
  const byType: Partial<Record<EntityType, number>> = {};
  const result = visit(doc, [], undefined, (value, action) => {
    const what = plan(value, action);
    if (what === 'drop') {
      bump((action as { count: string }).count, 'dropped', 1);
      return DROP;
    }
    if (what === 'keep') return value;
    const job = jobs[next++] as Job;
    const { text, replacements } = replaceAll(job.text, job.findings, job.replacer);
    bump(job.count, 'identifiers', replacements.length);
    for (const r of replacements) byType[r.type] = (byType[r.type] ?? 0) + 1;
    return typeof value === 'number' ? restoreNumber(text) : text;
  }, true);

  const tokens: Record<string, { value: string; type: EntityType }> = {};
  for (const [t, e] of state.issued) tokens[t] = e;
  return { doc: result === DROP ? undefined : result, counts: Object.fromEntries(counts), byType, tokens };
}
