// The deid section as the rest of phigate sees it: its type, defaults and the views the analyzer and the
// transforms take. No zod here, so commands that run without a config file start fast.
import {
  ENTITY_TYPES,
  type AnalyzerConfig,
  type CustomRecognizerSpec,
  type EntityType,
  type TransformKind,
  type TransformPolicy,
  type TransformSpec,
  type ValidatorName,
} from '../deid/types.js';
import type { SecretRef } from './secrets.js';

export const TRANSFORM_KINDS = ['redact', 'tag', 'mask', 'surrogate', 'date-shift', 'token', 'generalize'] as const satisfies readonly TransformKind[];
export const VALIDATOR_NAMES = ['luhn', 'npi', 'ssn', 'aba-routing', 'iban', 'dea', 'vin'] as const satisfies readonly ValidatorName[];

// Compile-time proof that the lists above name every kind and validator in deid/types.ts.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
const allKinds: Missing<TransformKind, (typeof TRANSFORM_KINDS)[number]> = true;
const allValidators: Missing<ValidatorName, (typeof VALIDATOR_NAMES)[number]> = true;
void allKinds;
void allValidators;

export const DEFAULT_THRESHOLD = 0.5;
export const DEFAULT_DATE_SHIFT_MAX_DAYS = 365;
export const DEFAULT_TRANSFORM: TransformSpec = { kind: 'tag' };


/** A deny list after parsing: inline values, or a roster file whose values the loader fills in. */
export interface DenyListConfig {
  readonly type: EntityType;
  readonly values: readonly string[];
  /** Absolute path of the roster file, when the list came from one. */
  readonly file?: string;
}

export interface DeidConfig {
  readonly threshold: number;
  readonly recognizers: readonly CustomRecognizerSpec[];
  readonly allow: readonly string[];
  /** Placeholder patterns never reported (template slots): see AnalyzerConfig.allowPatterns. */
  readonly allowPatterns: readonly { readonly pattern: string; readonly flags?: string }[];
  /** A site's own assistant names, read as the built-in ones: see AnalyzerConfig.assistantNames. */
  readonly assistantNames: readonly string[];
  readonly deny: readonly DenyListConfig[];
  readonly disable: readonly string[];
  readonly transforms: TransformPolicy;
  /** Where the surrogate/token/date-shift key lives; absent = the caller decides (the CLI makes a one-off key). */
  readonly key?: SecretRef;
  readonly dateShift: { readonly maxDays: number };
}

/** The analyzer's view of the section. Roster files must have been read (loadConfig does it). */
export function analyzerConfigOf(deid: DeidConfig): AnalyzerConfig {
  return {
    threshold: deid.threshold,
    recognizers: deid.recognizers,
    allow: deid.allow,
    allowPatterns: deid.allowPatterns,
    assistantNames: deid.assistantNames,
    deny: deid.deny.map((d) => ({ type: d.type, values: d.values })),
    disable: deid.disable,
  };
}

/** The transform policy, with `dateShift.maxDays` filled into date-shift specs that don't set their own. */
export function transformPolicyOf(deid: DeidConfig): TransformPolicy {
  const fill = (spec: TransformSpec): TransformSpec =>
    spec.kind === 'date-shift' && spec.maxDays === undefined ? { kind: 'date-shift', maxDays: deid.dateShift.maxDays } : spec;
  const byType: Partial<Record<EntityType, TransformSpec>> = {};
  for (const [t, spec] of Object.entries(deid.transforms.byType ?? {}) as [EntityType, TransformSpec][]) byType[t] = fill(spec);
  return { default: fill(deid.transforms.default), byType };
}
