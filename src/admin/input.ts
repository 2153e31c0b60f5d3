// Validating what an admin call carries: query parameters and JSON bodies through zod schemas, with
// errors that name the parameter or field and say what is expected, never what was sent (it may be a
// patient id or a secret). Bodies are read under a small fixed limit.
import { z } from 'zod';
import { PhigateError } from '../errors.js';
import { parseJsonBody, readLimited } from '../gateway/stages/read-body.js';

/** Admin bodies are a few fields; anything larger is a mistake or an attack. */
export const ADMIN_BODY_LIMIT = 16 * 1024;

type Where = 'query' | 'body';

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : `${out ? '.' : ''}${String(seg)}`;
  return out;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const seg of path) v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  return v;
}

function describe(issue: z.core.$ZodIssue, raw: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(raw, issue.path) === undefined ? 'is required' : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
    case 'too_big':
      return `must be ${issue.message.replace(/^Too (small|big): expected \w+ to (have|be) /, '')}`;
    default:
      // Our schemas give their own messages for formats and refinements; zod's never echo the input.
      return issue.message;
  }
}

function fail(error: z.ZodError, raw: unknown, where: Where, allowed: readonly string[]): never {
  // An unknown name first: it is usually a misspelling of the parameter reported missing.
  const issue = error.issues.find((i) => i.code === 'unrecognized_keys') ?? (error.issues[0] as z.core.$ZodIssue);
  if (issue.code === 'unrecognized_keys') {
    // The unknown names are input; the allowed names are ours.
    const what = where === 'query' ? 'an unknown query parameter' : 'an unknown field';
    throw new PhigateError('PHIGATE_BAD_INPUT', `The request has ${what}; this endpoint takes ${allowed.length ? allowed.join(', ') : 'none'}`);
  }
  const path = formatPath(issue.path);
  const subject = where === 'query' ? `Query parameter ${path}` : path ? `Body field ${path}` : 'The request body';
  throw new PhigateError('PHIGATE_BAD_INPUT', `${subject} ${describe(issue, raw)}`, { details: { field: path } });
}

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

/** Query parameters (each at most once) against a strict object schema of strings. */
export function parseQuery<S extends ObjectSchema>(schema: S, url: URL): z.output<S> {
  const allowed = Object.keys(schema.shape);
  const raw: Record<string, string> = {};
  for (const [k, v] of url.searchParams) {
    if (Object.hasOwn(raw, k)) {
      const name = allowed.find((a) => a === k);
      throw new PhigateError('PHIGATE_BAD_INPUT', name ? `Query parameter ${name} is given more than once; send it once` : `A query parameter is given more than once; this endpoint takes ${allowed.join(', ')}`);
    }
    raw[k] = v;
  }
  const r = schema.safeParse(raw);
  return r.success ? r.data : fail(r.error, raw, 'query', allowed);
}

/** A JSON body (Content-Type application/json, at most ADMIN_BODY_LIMIT bytes) against a schema. */
export async function parseBody<S extends ObjectSchema>(schema: S, request: Request): Promise<z.output<S>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new PhigateError('PHIGATE_UNSUPPORTED_MEDIA_TYPE', 'Send the request body as JSON with `Content-Type: application/json`');
  }
  const value = parseJsonBody(await readLimited(request, ADMIN_BODY_LIMIT));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new PhigateError('PHIGATE_BAD_INPUT', 'The request body must be a JSON object');
  const r = schema.safeParse(value);
  return r.success ? r.data : fail(r.error, value, 'body', Object.keys(schema.shape));
}

// Shared parameter shapes.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const DATE_HINT = 'must be a date such as 2026-03-01 or 2026-03-01T10:00:00Z';

export const dateParam = z
  .string()
  .regex(ISO_DATE, DATE_HINT)
  .transform((s) => new Date(s))
  .refine((d) => !Number.isNaN(d.getTime()), DATE_HINT);

export const countParam = z
  .string()
  .regex(/^\d{1,15}$/, 'must be a non-negative integer')
  .transform(Number);

export function limitParam(max: number): z.ZodType<number, string> {
  return z
    .string()
    .regex(/^\d{1,6}$/, `must be an integer from 1 to ${max}`)
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, `must be an integer from 1 to ${max}`);
}

/** A code such as an action or vendor id (the audit event's code syntax). */
export const codeParam = z.string().regex(/^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/, 'must be a code: 1-64 of A-Z a-z 0-9 _ . : - starting with a letter');

/** A patient's keyed hash as audit events carry it. */
export const patientRefParam = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits (the patient hash of audit events)');
