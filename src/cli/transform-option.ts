// Parses `--transform`: a kind for everything (`surrogate`), kinds per type (`NAME=surrogate,DATE=date-shift`),
// or both (`tag,NAME=surrogate`). Usage errors name the bad part, which is an option value, not input text.
import { TRANSFORM_KINDS } from '../config/deid-policy.js';
import { PhigateError } from '../errors.js';
import { type EntityType, type TransformPolicy, type TransformSpec, ENTITY_TYPES, isEntityType } from '../deid/types.js';

export interface TransformOverride {
  /** A bare kind: replaces the whole policy (every type gets it unless named after it). */
  readonly all?: TransformSpec;
  readonly byType: Partial<Record<EntityType, TransformSpec>>;
}

function kindSpec(kind: string): TransformSpec {
  if (!(TRANSFORM_KINDS as readonly string[]).includes(kind)) {
    throw new PhigateError('PHIGATE_UNKNOWN_TRANSFORM', `--transform: unknown kind "${kind.slice(0, 40)}"; use one of ${TRANSFORM_KINDS.join(', ')}`);
  }
  return { kind } as TransformSpec;
}

export function parseTransformOption(value: string): TransformOverride {
  let all: TransformSpec | undefined;
  const byType: Partial<Record<EntityType, TransformSpec>> = {};
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq < 0) {
      all = kindSpec(part);
      continue;
    }
    const type = part.slice(0, eq).trim().toUpperCase();
    if (!isEntityType(type)) {
      throw new PhigateError('PHIGATE_UNKNOWN_TRANSFORM', `--transform: unknown type "${type.slice(0, 40)}"; use one of ${ENTITY_TYPES.join(', ')}`);
    }
    byType[type] = kindSpec(part.slice(eq + 1).trim());
  }
  if (!all && Object.keys(byType).length === 0) throw new PhigateError('PHIGATE_UNKNOWN_TRANSFORM', '--transform: empty value');
  return all ? { all, byType } : { byType };
}

/** The configured policy with the option applied on top. */
export function applyTransformOverride(policy: TransformPolicy, override: TransformOverride | undefined): TransformPolicy {
  if (!override) return policy;
  if (override.all) return { default: override.all, byType: { ...override.byType } };
  return { default: policy.default, byType: { ...policy.byType, ...override.byType } };
}
