// An upstream's error answer as the gateway's own error: its HTTP status picks a stable code (the caller's
// request refused, the vendor's key refused, the vendor busy, the vendor failing), and the message names
// the vendor, the model and the upstream's error type, code and param. Those three are names (an error
// type, a code, a field path), kept only when they look like one; the upstream's message is never read
// out, since it can quote the request.
import { type ErrorCode, PhigateError } from '../errors.js';

interface Refusal {
  readonly code: ErrorCode;
  /** What the reader should do, after the facts. */
  readonly advice: string;
}

const BAD_REQUEST: Refusal = { code: 'PHIGATE_UPSTREAM_BAD_REQUEST', advice: 'the vendor found the request not valid; change it as its error type, code and param say' };
const CREDENTIALS: Refusal = {
  code: 'PHIGATE_UPSTREAM_CREDENTIALS',
  advice: "the vendor refused the gateway's own key for it (the vendor's apiKey in phigate.yaml), not the caller's: the operator should check that key",
};

const BY_STATUS: Readonly<Record<number, Refusal>> = {
  400: BAD_REQUEST,
  422: BAD_REQUEST,
  401: CREDENTIALS,
  403: CREDENTIALS,
  404: { code: 'PHIGATE_UPSTREAM_NOT_FOUND', advice: "the vendor knows no such model or resource: check the model's upstream name in phigate.yaml, or the ids the request names" },
  413: { code: 'PHIGATE_UPSTREAM_TOO_LARGE', advice: 'the request is larger than the vendor accepts; send less' },
  429: { code: 'PHIGATE_UPSTREAM_RATE_LIMITED', advice: "the vendor is limiting the gateway's calls (every caller's, not only yours); retry later" },
};

const FAILED: Refusal = { code: 'PHIGATE_UPSTREAM_ERROR', advice: 'the vendor failed to answer; retry later' };

/** An error type, code or field path: a short name, no spaces (anything else is dropped, not quoted). */
const NAME = /^[A-Za-z0-9][\w.\-[\]]{0,63}$/;

function nameOf(v: unknown): string | undefined {
  const s = typeof v === 'number' && Number.isInteger(v) ? String(v) : v;
  return typeof s === 'string' && NAME.test(s) ? s : undefined;
}

/**
 * The type, code and param of an error body: OpenAI's `{"error": {type, code, param}}`, Anthropic's
 * `{"type": "error", "error": {type}}` and vLLM's flat `{type, code, param}`. Anything else gives nothing.
 */
export function upstreamErrorNames(body: Uint8Array | undefined): { type?: string; code?: string; param?: string } {
  if (body === undefined || body.byteLength === 0) return {};
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch {
    return {};
  }
  if (typeof json !== 'object' || json === null) return {};
  const inner = (json as { error?: unknown }).error;
  const e = (typeof inner === 'object' && inner !== null ? inner : json) as Record<string, unknown>;
  const out: { type?: string; code?: string; param?: string } = {};
  const type = nameOf(e['type']);
  const code = nameOf(e['code']);
  const param = nameOf(e['param']);
  if (type !== undefined) out.type = type;
  if (code !== undefined) out.code = code;
  if (param !== undefined) out.param = param;
  return out;
}

/**
 * The gateway error for an upstream's non-2xx answer. `retryAfterS` (the upstream's Retry-After, in whole
 * seconds) is kept in the details, which the HTTP layer passes on as Retry-After.
 */
export function upstreamHttpError(vendor: string, model: string | undefined, status: number, body: Uint8Array | undefined, retryAfterS: number | null): PhigateError {
  const refusal = BY_STATUS[status] ?? FAILED;
  const names = upstreamErrorNames(body);
  const facts = [`HTTP ${status}`, ...(names.type ? [`type ${names.type}`] : []), ...(names.code ? [`code ${names.code}`] : []), ...(names.param ? [`param ${names.param}`] : [])];
  const retry = retryAfterS === null ? '' : ` (Retry-After ${retryAfterS} s)`;
  const what = model === undefined ? '' : ` for model ${model}`;
  const details: Record<string, string | number> = { status };
  if (names.type) details['upstreamType'] = names.type;
  if (names.code) details['upstreamCode'] = names.code;
  if (names.param) details['upstreamParam'] = names.param;
  if (retryAfterS !== null) details['retryAfterS'] = retryAfterS;
  return new PhigateError(refusal.code, `Vendor ${vendor} answered ${facts.join(', ')}${what}: ${refusal.advice}${retry}`, { details });
}
