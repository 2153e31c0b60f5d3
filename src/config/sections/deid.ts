// The schema of the `deid` section of phigate.yaml: detection settings (threshold, custom recognizers,
// allow and deny lists, disabled recognizers) and the transform policy with its key reference.
import { z } from 'zod';
import { ENTITY_TYPES, type CustomRecognizerSpec, type EntityType, type TransformPolicy, type TransformSpec } from '../../deid/types.js';
import {
  type DeidConfig,
  type DenyListConfig,
  DEFAULT_DATE_SHIFT_MAX_DAYS,
  DEFAULT_THRESHOLD,
  DEFAULT_TRANSFORM,
  VALIDATOR_NAMES,
} from '../deid-policy.js';
import { checkRegex } from '../../deid/recognizers/regex-safety.js';
import { type SecretRef, SECRET_REF_HINT, parseSecretRef } from '../secrets.js';

const secretRefSchema = z.string().transform((value, ctx): SecretRef => {
  const ref = parseSecretRef(value);
  if (!ref) {
    ctx.addIssue({ code: 'custom', message: SECRET_REF_HINT });
    return z.NEVER;
  }
  return ref;
});

const entityType = z.enum(ENTITY_TYPES);
const word = z.string().trim().min(1).max(200);

/** A transform as `tag` or `{ kind: mask, keepLast: 4 }`; the short form is the kind alone. */
export const transformSpecSchema = z.preprocess(
  (v) => (typeof v === 'string' ? { kind: v } : v),
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('redact') }),
    z.strictObject({ kind: z.literal('tag') }),
    z.strictObject({
      kind: z.literal('mask'),
      char: z.string().length(1).optional(),
      keepLast: z.int().min(0).max(8).optional(),
    }),
    z.strictObject({ kind: z.literal('surrogate') }),
    z.strictObject({ kind: z.literal('date-shift'), maxDays: z.int().min(1).max(3650).optional() }),
    z.strictObject({ kind: z.literal('token') }),
    z.strictObject({ kind: z.literal('generalize') }),
  ]),
);

const transformsSchema = z
  .strictObject({
    default: transformSpecSchema.optional(),
    ...Object.fromEntries(ENTITY_TYPES.map((t) => [t, transformSpecSchema.optional()])),
  })
  .transform((raw): TransformPolicy => {
    const specs = raw as Partial<Record<EntityType | 'default', TransformSpec>>;
    const byType: Partial<Record<EntityType, TransformSpec>> = {};
    for (const t of ENTITY_TYPES) {
      const spec = specs[t];
      if (spec) byType[t] = spec;
    }
    return { default: specs.default ?? DEFAULT_TRANSFORM, byType };
  });

const recognizerSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'expected lower-case letters, digits, ".", "_" or "-" (at most 64)'),
    type: entityType,
    pattern: z.string(),
    flags: z.string().max(5).optional(),
    score: z.number().min(0).max(1).optional(),
    context: z.array(word).max(200).optional(),
    contextWindow: z.int().min(1).max(1000).optional(),
    requireContext: z.boolean().optional(),
    validator: z.enum(VALIDATOR_NAMES).optional(),
  })
  .superRefine((r, ctx) => {
    const check = checkRegex(r.pattern, r.flags ?? '');
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', path: [check.field], message: `rejected: ${check.reason}` });
    }
    if (r.requireContext && !(r.context && r.context.length > 0)) {
      ctx.addIssue({ code: 'custom', path: ['requireContext'], message: 'requireContext needs at least one context word' });
    }
  });

/** A placeholder pattern, as `'\\{\\{\\w{1,40}\\}\\}'` or `{ pattern, flags: i }`: checked like a recognizer's pattern. */
const allowPatternSchema = z
  .preprocess((v) => (typeof v === 'string' ? { pattern: v } : v), z.strictObject({ pattern: z.string(), flags: z.string().max(5).optional() }))
  .superRefine((p, ctx) => {
    const check = checkRegex(p.pattern, p.flags ?? '');
    if (!check.ok) ctx.addIssue({ code: 'custom', path: [check.field], message: `rejected: ${check.reason}` });
  });

const assistantName = z.string().trim().regex(/^\p{L}[\p{L}\d'’.-]{0,39}$/u, 'expected one word of letters (an assistant\'s name, at most 40 characters)');

const denyEntrySchema = z.union([z.array(word).max(100_000), z.string().regex(/^file:.+/)], {
  error: 'expected a list of values or file:PATH to a roster file (one value per line)',
});

const denySchema = z.strictObject(Object.fromEntries(ENTITY_TYPES.map((t) => [t, denyEntrySchema.optional()])));

export const deidSectionSchema = z
  .strictObject({
    threshold: z.number().min(0).max(1).default(DEFAULT_THRESHOLD),
    recognizers: z.array(recognizerSchema).max(500).default([]),
    allow: z.array(word).max(100_000).default([]),
    allowPatterns: z.array(allowPatternSchema).max(200).default([]),
    assistantNames: z.array(assistantName).max(200).default([]),
    deny: denySchema.default({}),
    disable: z.array(z.string().min(1).max(64)).max(500).default([]),
    transforms: transformsSchema.default({ default: DEFAULT_TRANSFORM, byType: {} }),
    key: secretRefSchema.optional(),
    dateShift: z.strictObject({ maxDays: z.int().min(1).max(3650).default(DEFAULT_DATE_SHIFT_MAX_DAYS) }).default({ maxDays: DEFAULT_DATE_SHIFT_MAX_DAYS }),
  })
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.recognizers.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['recognizers', i, 'id'], message: `duplicate recognizer id "${r.id}"` });
      seen.add(r.id);
    });
  });

type DeidSectionOutput = z.output<typeof deidSectionSchema>;

/** Turns the schema's output into DeidConfig; `file:` deny lists become paths relative to `baseDir`. */
export function toDeidConfig(raw: DeidSectionOutput, resolvePath: (p: string) => string): DeidConfig {
  const deny: DenyListConfig[] = [];
  for (const t of ENTITY_TYPES) {
    const entry = raw.deny[t] as string[] | string | undefined;
    if (entry === undefined) continue;
    deny.push(typeof entry === 'string' ? { type: t, values: [], file: resolvePath(entry.slice(5)) } : { type: t, values: entry });
  }
  const recognizers = raw.recognizers.map((r): CustomRecognizerSpec => dropUndefined({ ...r }));
  return dropUndefined({
    threshold: raw.threshold,
    recognizers,
    allow: raw.allow,
    allowPatterns: raw.allowPatterns.map((p) => dropUndefined({ ...p })),
    assistantNames: raw.assistantNames,
    deny,
    disable: raw.disable,
    transforms: raw.transforms,
    key: raw.key,
    dateShift: raw.dateShift,
  });
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

