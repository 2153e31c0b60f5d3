// Applies a transform policy to the findings of one text: validates the spans, replaces each one, and
// returns the new text with a map from every output span back to its input span.
import { PhigateError } from '../errors.js';
import { replacedFrom } from './name-title.js';
import type { TransformContext } from './transforms/policy.js';
import { createReplacer, createReplacerState, type Replacer } from './transforms/replacer.js';
import type { TokenMap } from './token-map.js';
import { isEntityType, type EntityType, type Finding, type TransformKind, type TransformPolicy } from './types.js';

/** One replaced span. Offsets are UTF-16 code units, ends exclusive. */
export interface Replacement {
  /** The span in the input text that was replaced (a NAME's titles before it are kept, so not always the finding's). */
  readonly start: number;
  readonly end: number;
  /** The span of its replacement in the output text. */
  readonly outStart: number;
  readonly outEnd: number;
  readonly type: EntityType;
  /** The transform applied, after fallbacks (a generalised NAME is tagged, so its kind is `tag`). */
  readonly kind: TransformKind;
}

export interface TransformResult {
  readonly text: string;
  /** One per finding, in input order. Text between replacements is copied unchanged. */
  readonly replacements: readonly Replacement[];
  /** The tokens this result uses (new and reused): merge into the scope's map to reverse them later. */
  readonly tokens: TokenMap;
}

/**
 * Throws PHIGATE_BAD_INPUT unless findings are in-range, non-empty, of a known type, sorted by start and
 * non-overlapping. Messages give indexes and offsets only, never text.
 */
export function checkFindings(text: string, findings: readonly Finding[]): void {
  let prevEnd = 0;
  findings.forEach((f, i) => {
    const ok =
      Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end > f.start && f.end <= text.length;
    if (!ok) {
      throw new PhigateError(
        'PHIGATE_BAD_INPUT',
        `Finding ${i} has offsets outside the text or an empty span (start ${f.start}, end ${f.end}, length ${text.length})`,
      );
    }
    if (!isEntityType(f.type)) throw new PhigateError('PHIGATE_BAD_INPUT', `Finding ${i} has an unknown type`);
    if (f.start < prevEnd) {
      throw new PhigateError(
        'PHIGATE_BAD_INPUT',
        `Findings must be sorted by start and must not overlap (finding ${i} starts at ${f.start}, before the previous one ends at ${prevEnd})`,
      );
    }
    prevEnd = f.end;
  });
}

/**
 * Replaces each finding of `text` under `policy` (see TransformSpec for the kinds). Deterministic for a
 * given key, scope and patient id. Replacements are computed in document order (so token lengthening
 * and surrogate redraws are reproducible) and the text is assembled in one pass, which is equivalent to
 * applying the spans end to start without copying the text once per span.
 *
 * No surrogate reproduces another identifier of the text (see AvoidSet for the exact rule); doing so
 * may redraw a surrogate, which is then specific to this text. `alsoAvoid` adds identifiers from
 * elsewhere in the same document.
 */
export function applyTransforms(
  text: string,
  findings: readonly Finding[],
  policy: TransformPolicy,
  ctx: TransformContext,
  alsoAvoid: Iterable<readonly [value: string, type: EntityType]> = [],
): TransformResult {
  if (typeof text !== 'string') throw new PhigateError('PHIGATE_BAD_INPUT', 'Text to transform must be a string');
  checkFindings(text, findings);
  const values = findings.map((f) => [text.slice(f.start, f.end), f.type] as const);
  const replacer = createReplacer(policy, ctx, createReplacerState([...values, ...alsoAvoid]));
  return replaceAll(text, findings, replacer);
}

/** Assembles the output for checked findings with a given replacer (shared by structured input). */
export function replaceAll(text: string, findings: readonly Finding[], replacer: Replacer): TransformResult {
  const pieces: string[] = [];
  const replacements: Replacement[] = [];
  let inPos = 0;
  let outPos = 0;
  findings.forEach((f) => {
    // A person's titles are no identifier and say who the person is: "Dr. [NAME]", "Mr. [[NAME_..]]"; and "Mr. Vance"
    // and "Vance" then get the same token (a surrogate keeps titles either way).
    const start = replacedFrom(text, f);
    const between = text.slice(inPos, start);
    pieces.push(between);
    outPos += between.length;
    const { text: out, kind } = replacer.replace(f.type, text.slice(start, f.end));
    pieces.push(out);
    replacements.push({ start, end: f.end, outStart: outPos, outEnd: outPos + out.length, type: f.type, kind });
    outPos += out.length;
    inPos = f.end;
  });
  pieces.push(text.slice(inPos));
  return { text: pieces.join(''), replacements, tokens: replacer.tokens() };
}

/**
 * Maps an offset in the output back to the input: inside a replacement it gives that replacement's
 * input span; elsewhere the matching input offset. Replacements must come from one TransformResult.
 */
export function mapOutputOffset(
  replacements: readonly Replacement[],
  outOffset: number,
): { readonly start: number; readonly end: number } {
  let delta = 0;
  for (const r of replacements) {
    if (outOffset < r.outStart) break;
    if (outOffset < r.outEnd) return { start: r.start, end: r.end };
    delta = r.end - r.outEnd;
  }
  return { start: outOffset + delta, end: outOffset + delta };
}
