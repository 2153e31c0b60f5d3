// RFC 8785 (JCS) canonical JSON for the values audit events hold, so that an event's digest does not
// depend on key order or spacing and any JCS implementation can recompute it.
import { PhigateError } from '../errors.js';

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

// A lone surrogate cannot be encoded as UTF-8, and JCS forbids it.
const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

function fail(path: string, why: string): never {
  throw new PhigateError('PHIGATE_BAD_INPUT', `Cannot canonicalize JSON at ${path}: ${why}`);
}

function write(value: unknown, path: string, depth: number): string {
  if (depth > 16) fail(path, 'nested too deeply');
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) fail(path, 'number is not finite');
      // ECMAScript number serialization is what JCS specifies.
      return JSON.stringify(value);
    case 'string':
      if (!wellFormed(value)) fail(path, 'string holds a lone surrogate');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v, i) => write(v, `${path}[${i}]`, depth + 1)).join(',')}]`;
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) fail(path, 'only plain objects are allowed');
      // Default sort compares UTF-16 code units, which is the order JCS requires.
      const keys = Object.keys(value).sort();
      const parts: string[] = [];
      for (const k of keys) {
        const v = (value as Record<string, unknown>)[k];
        if (v === undefined) continue;
        if (!wellFormed(k)) fail(path, 'a key holds a lone surrogate');
        parts.push(`${JSON.stringify(k)}:${write(v, `${path}.${k}`, depth + 1)}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      return fail(path, `type ${typeof value} is not JSON`);
  }
}

/** The JCS serialization of a JSON value. Properties whose value is undefined are left out. */
export function canonicalJson(value: unknown): string {
  return write(value, '$', 0);
}
