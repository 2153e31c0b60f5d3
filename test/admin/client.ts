// A small fetch client for the admin API in tests: one call, its status, error code, body and request id.
import { issueApiKey } from '../../src/access/index.js';
import type { TestGateway } from '../gateway/harness.js';

export interface AdminAnswer {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly requestId: string;
  readonly contentType: string;
  /** The Allow header (405 answers). */
  readonly allow: string | null;
  readonly text: string;
  json<T = Record<string, unknown>>(): T;
}

export interface CallOptions {
  /** An API key or OIDC token; null sends no Authorization header. */
  readonly key: string | null;
  readonly body?: unknown;
  /** A raw body (sent as is, with the content type below). */
  readonly raw?: string;
  readonly contentType?: string;
  readonly headers?: Record<string, string>;
}

export async function adminCall(gw: TestGateway, method: string, path: string, o: CallOptions): Promise<AdminAnswer> {
  const headers: Record<string, string> = { ...(o.headers ?? {}) };
  if (o.key !== null) headers['authorization'] = `Bearer ${o.key}`;
  const body = o.raw ?? (o.body === undefined ? undefined : JSON.stringify(o.body));
  if (body !== undefined) headers['content-type'] = o.contentType ?? 'application/json';
  const res = await fetch(`${gw.url}/admin/v1${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let error = { code: '', message: '' };
  if (res.status >= 400) error = (JSON.parse(text) as { error: { code: string; message: string } }).error;
  return {
    status: res.status,
    code: error.code,
    message: error.message,
    requestId: res.headers.get('x-request-id') ?? '',
    contentType: res.headers.get('content-type') ?? '',
    allow: res.headers.get('allow'),
    text,
    json: <T>() => JSON.parse(text) as T,
  };
}

/** Keys for the admin roles (and one with no admin role), issued straight into the store. */
export async function adminKeys(gw: TestGateway): Promise<{ admin: string; auditor: string; compliance: string; both: string }> {
  const tenant = gw.config.server.tenant;
  const issue = async (principal: string, roles: string[]): Promise<string> => (await issueApiKey(gw.store.apiKeys, { tenant, principal, kind: 'user', roles })).key;
  return {
    admin: await issue('user:it-admin', ['admin']),
    auditor: await issue('user:auditor-1', ['auditor']),
    compliance: await issue('svc:compliance-bot', ['compliance']),
    both: await issue('user:solo-admin', ['admin', 'auditor']),
  };
}
