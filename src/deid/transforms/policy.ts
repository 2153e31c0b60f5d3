// Transform policy and context: which transform each type gets, and the checks made before any text
// is touched, so a misconfiguration fails the same way whatever the input holds.
import { PhigateError } from '../../errors.js';
import type { TokenMap } from '../token-map.js';
import { ENTITY_TYPES, type EntityType, type TransformPolicy, type TransformSpec } from '../types.js';
import { checkMaxDays } from './date-shift.js';
import { checkKey, type TransformKey } from './keyed.js';
import { checkKeepLast, checkMaskChar } from './markers.js';

/** Per-call inputs of the keyed transforms. Never logged; none of it appears in results or errors. */
export interface TransformContext {
  /** Secret for surrogates, date shifts and tokens (>= 16 bytes). Not needed for redact/tag/mask/generalize. */
  readonly key?: TransformKey;
  /** Token scope (a conversation or patient id): same value + same scope => same token. Default ''. */
  readonly scope?: string;
  /** The patient whose dates are shifted; required when DATE is under date-shift. */
  readonly patientId?: string;
  /** Tokens already issued in this scope: reused as they are and never collided with. */
  readonly tokens?: TokenMap;
}

const KINDS = new Set(['redact', 'tag', 'mask', 'surrogate', 'date-shift', 'token', 'generalize']);
const KEYED = new Set(['surrogate', 'date-shift', 'token']);

function checkSpec(spec: unknown, where: string): TransformSpec {
  if (typeof spec !== 'object' || spec === null || typeof (spec as { kind?: unknown }).kind !== 'string') {
    throw new PhigateError('PHIGATE_BAD_CONFIG', `Transform policy ${where} must be an object with a "kind"`);
  }
  const s = spec as TransformSpec;
  if (!KINDS.has(s.kind)) {
    throw new PhigateError(
      'PHIGATE_UNKNOWN_TRANSFORM',
      `Unknown transform kind at ${where}; use one of ${[...KINDS].join(', ')}`,
    );
  }
  if (s.kind === 'mask') {
    checkMaskChar(s.char);
    checkKeepLast(s.keepLast);
  }
  if (s.kind === 'date-shift') checkMaxDays(s.maxDays);
  return s;
}

/** The spec a type gets under `policy` (its own entry, else the default). */
export function specFor(policy: TransformPolicy, type: EntityType): TransformSpec {
  return policy.byType?.[type] ?? policy.default;
}

/**
 * Checks the policy and that the context holds what it needs: a key for keyed kinds, a patient id
 * when dates are shifted. Throws PhigateError (BAD_CONFIG, UNKNOWN_TRANSFORM, KEY_MISSING, BAD_INPUT).
 */
export function checkPolicy(policy: TransformPolicy, ctx: TransformContext): void {
  if (typeof policy !== 'object' || policy === null) {
    throw new PhigateError('PHIGATE_BAD_CONFIG', 'Transform policy must be an object with a "default"');
  }
  checkSpec(policy.default, 'default');
  for (const [type, spec] of Object.entries(policy.byType ?? {})) {
    if (spec === undefined) continue; // an absent entry means "use the default", as in specFor
    if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
      throw new PhigateError('PHIGATE_BAD_CONFIG', `Transform policy names an unknown type "${type.slice(0, 20)}"`);
    }
    checkSpec(spec, `byType.${type}`);
  }
  const kinds = new Set(ENTITY_TYPES.map((t) => specFor(policy, t).kind));
  const keyed = [...kinds].filter((k) => KEYED.has(k));
  if (keyed.length > 0) checkKey(ctx.key, `the ${keyed.join(', ')} transform`);
  if (specFor(policy, 'DATE').kind === 'date-shift' && (typeof ctx.patientId !== 'string' || ctx.patientId === '')) {
    throw new PhigateError(
      'PHIGATE_BAD_INPUT',
      'date-shift needs ctx.patientId (the patient whose dates share one shift); none was given',
    );
  }
  if (ctx.scope !== undefined && typeof ctx.scope !== 'string') {
    throw new PhigateError('PHIGATE_BAD_INPUT', 'ctx.scope must be a string');
  }
}
