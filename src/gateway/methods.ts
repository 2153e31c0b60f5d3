// A known path asked with a method it does not answer: 405 with an `Allow` header (RFC 9110), in the
// OpenAI envelope, rather than the 404 of a path that does not exist. Shared by /v1 and the admin API.
import { PhigateError } from '../errors.js';

export interface MethodRoute {
  readonly method: string;
  readonly path: string;
}

/** Each path's methods, in alphabetical order; HEAD beside GET, since the server answers HEAD as GET. */
export function allowedMethods(routes: Iterable<MethodRoute>): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const { method, path } of routes) {
    const methods = byPath.get(path) ?? [];
    for (const m of method === 'GET' ? ['GET', 'HEAD'] : [method]) if (!methods.includes(m)) methods.push(m);
    byPath.set(path, methods.sort());
  }
  return byPath;
}

/** PHIGATE_METHOD_NOT_ALLOWED for `path` (the route as declared, never the request's own path). */
export function methodNotAllowed(method: string, path: string, allow: readonly string[]): PhigateError {
  const uses = allow.filter((m) => m !== 'HEAD');
  return new PhigateError('PHIGATE_METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}; use ${uses.join(' or ')}`, { details: { allow: allow.join(', ') } });
}
