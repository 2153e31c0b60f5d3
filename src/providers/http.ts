// Calls to upstreams: https only (plain http only to a loopback host when allowed), a timeout per
// attempt, and retries with exponential backoff and jitter on 429, 5xx and network errors. A stream is
// retried only until the upstream answers: once a byte could have reached the caller, never again.
// While the gateway shuts down, a retry whose backoff would end after the grace period does not start:
// the caller gets the last upstream error at once, instead of an answer the end of the grace would cut.
// Upstream error bodies are not passed on: they can quote the request, which may hold identifiers; only
// the names in them (error type, code, param) are, and the status picks the code (see upstream-errors.ts).
import { PhigateError } from '../errors.js';
import { type Transport, type UpstreamResponse, readAll } from './transport.js';
import type { Draining } from './types.js';
import { upstreamHttpError } from './upstream-errors.js';

export interface UpstreamPolicy {
  readonly timeoutMs: number;
  readonly retries: number;
  /** Base of the backoff (doubles per attempt, with full jitter), and its cap. */
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
}

export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || h === '[::1]' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** Throws PHIGATE_BAD_CONFIG for a base URL the gateway must not send data to. */
export function checkUpstreamUrl(id: string, baseUrl: string, allowInsecureLoopback: boolean): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new PhigateError('PHIGATE_BAD_CONFIG', `Provider ${id}: baseUrl is not a URL`);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && allowInsecureLoopback && isLoopbackHost(url.hostname)) return url;
  throw new PhigateError('PHIGATE_BAD_CONFIG', `Provider ${id}: upstream must be https (plain http only to a loopback host with allowInsecureLoopback)`);
}

/** A body already read: iterated only by callers that do not take `bytes` (no generator made otherwise). */
function bufferedBody(bytes: Buffer): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      yield bytes;
    },
  };
}

const RETRYABLE = (status: number): boolean => status === 429 || status >= 500;

/** During a shutdown, whether a retry after `waitMs` of backoff would start before the grace period is over. */
function retryFits(waitMs: number, draining: Draining | undefined): boolean {
  if (draining?.signal.aborted !== true) return true;
  const left = draining.graceLeftMs();
  return left === undefined || waitMs < left;
}

/**
 * The backoff before a retry. Ends early with `failure` (the last upstream error) when the shutdown leaves
 * the retry no time (it began during the wait with too little grace left, or the grace is over), and with
 * `cancelled` when the caller leaves: neither waits out the backoff for nothing.
 */
function backoff(ms: number, failure: PhigateError, cancelled: () => PhigateError, opts: { signal?: AbortSignal | undefined; stop?: AbortSignal | undefined; draining?: Draining | undefined }): Promise<void> {
  const endsAt = performance.now() + ms;
  const signals = [opts.signal, opts.stop, opts.draining?.signal].filter((s): s is AbortSignal => s !== undefined);
  return new Promise<void>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const done = (err?: PhigateError): void => {
      clearTimeout(timer);
      for (const s of signals) s.removeEventListener('abort', check);
      if (err) reject(err);
      else resolve();
    };
    function check(): void {
      if (opts.signal?.aborted) done(cancelled());
      else if (opts.stop?.aborted || !retryFits(endsAt - performance.now(), opts.draining)) done(failure);
    }
    timer = setTimeout(() => done(), ms);
    for (const s of signals) s.addEventListener('abort', check);
    check();
  });
}

/** Retry-After in milliseconds: delay-seconds or an HTTP date (RFC 9110); null when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d{1,10}$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

/** The first bytes of an error body (enough for its type, code and param), the rest dropped. */
const ERROR_BODY_MAX = 16 * 1024;

async function errorBody(res: UpstreamResponse): Promise<Uint8Array | undefined> {
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const c of res.body) {
      parts.push(Buffer.from(c));
      size += c.byteLength;
      if (size >= ERROR_BODY_MAX) break;
    }
  } catch {
    // A body that breaks off says nothing more than its status.
  }
  res.cancel();
  return parts.length === 0 ? undefined : Buffer.concat(parts).subarray(0, ERROR_BODY_MAX);
}

/**
 * A stream body that fails with PHIGATE_UPSTREAM_TIMEOUT when the upstream sends nothing for `idleMs`:
 * a provider that stalls mid-answer must not hold the caller's stream (and a gateway slot) forever. `stop`
 * fails it with its reason at once (the gateway shutting down), through the same race: no promise more per read.
 */
async function* idleLimited(provider: string, res: UpstreamResponse, idleMs: number, stop: AbortSignal | undefined): AsyncGenerator<Uint8Array> {
  const it = res.body[Symbol.asyncIterator]();
  let finished = false;
  let interrupt: ((reason: unknown) => void) | undefined;
  const onStop = (): void => interrupt?.(stop?.reason);
  stop?.addEventListener('abort', onStop, { once: true });
  try {
    for (;;) {
      if (stop?.aborted) throw stop.reason;
      let timer: NodeJS.Timeout | undefined;
      const idle = new Promise<never>((_, reject) => {
        interrupt = reject;
        timer = setTimeout(() => reject(new PhigateError('PHIGATE_UPSTREAM_TIMEOUT', `Provider ${provider} sent nothing for ${idleMs} ms in the middle of a stream`)), idleMs);
      });
      try {
        const next = await Promise.race([it.next(), idle]);
        if (next.done) {
          finished = true;
          return;
        }
        yield next.value;
      } finally {
        clearTimeout(timer);
      }
    }
  } finally {
    stop?.removeEventListener('abort', onStop);
    // Stalled, failed, stopped, or the consumer stopped early: drop the rest of the upstream body.
    if (!finished) res.cancel();
  }
}

/**
 * POSTs `body` and returns a successful response (status 2xx). For `stream`, the attempt's timeout
 * covers the wait for the response head and then each wait for the next bytes of the stream (an idle
 * timeout); the caller's signal aborts the rest.
 */
export async function postWithRetry(
  provider: string,
  url: string,
  headers: Record<string, string>,
  body: Buffer,
  policy: UpstreamPolicy,
  opts: {
    stream: boolean;
    signal?: AbortSignal | undefined;
    stop?: AbortSignal | undefined;
    draining?: Draining | undefined;
    transport: Transport;
    /** The vendor's model name, for error messages. */ model?: string;
  },
): Promise<UpstreamResponse> {
  const base = policy.backoffMs ?? 100;
  const cap = policy.maxBackoffMs ?? 5_000;
  const cancelled = (): PhigateError => new PhigateError('PHIGATE_UPSTREAM_ERROR', `Call to provider ${provider} was cancelled`);
  /** The backoff before retry `attempt + 1`: the upstream's Retry-After when it gave one, else full jitter; capped. */
  const waitBefore = (retryAfter: number | null, attempt: number): number => Math.min(cap, retryAfter ?? Math.random() * base * 2 ** attempt);
  for (let attempt = 0; ; attempt++) {
    // A caller already gone (before the call, or during a backoff) sends nothing: an abort listener added now
    // would never fire, and the attempt would wait out its whole timeout.
    if (opts.signal?.aborted) throw cancelled();
    // The gateway shutting down (its grace period over): the wait for an answer ends with the stop's reason,
    // so the caller gets that error as an answer instead of a cut connection.
    if (opts.stop?.aborted) throw opts.stop.reason;
    const ctl = new AbortController();
    const onAbort = (): void => ctl.abort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    opts.stop?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ctl.abort();
    }, policy.timeoutMs);
    /** Set when this attempt's error is the answer (no retry): the catch passes it on as it is. */
    let final = false;
    let failure: PhigateError;
    let wait: number;
    try {
      const res = await opts.transport(url, headers, body, ctl.signal);
      if (res.status >= 200 && res.status < 300) {
        if (opts.stream) clearTimeout(timer);
        if (!opts.stream) {
          // Read the body inside the attempt's timeout; hand back a buffered response.
          const bytes = await readAll(res.body);
          return { status: res.status, header: (n) => res.header(n), body: bufferedBody(bytes), cancel: () => undefined, bytes };
        }
        return { status: res.status, header: (n) => res.header(n), body: idleLimited(provider, res, policy.timeoutMs, opts.stop), cancel: () => res.cancel() };
      }
      const after = retryAfterMs(res.header('retry-after'));
      wait = waitBefore(after, attempt);
      final = !RETRYABLE(res.status) || attempt >= policy.retries || !retryFits(wait, opts.draining);
      // The answer's body (read within the attempt's timeout) names what went wrong: the error if this is the
      // last attempt, or if a shutdown cuts the backoff short.
      failure = upstreamHttpError(provider, opts.model, res.status, await errorBody(res), after === null ? null : Math.ceil(after / 1000));
      if (final) throw failure;
    } catch (err) {
      if (opts.stop?.aborted) throw opts.stop.reason;
      if (final || err instanceof PhigateError) throw err;
      if (opts.signal?.aborted) throw cancelled();
      failure = timedOut
        ? new PhigateError('PHIGATE_UPSTREAM_TIMEOUT', `Provider ${provider} did not answer within ${policy.timeoutMs} ms`)
        : new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${provider} could not be reached`, { cause: err });
      wait = waitBefore(null, attempt);
      if (attempt >= policy.retries || !retryFits(wait, opts.draining)) throw failure;
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      opts.stop?.removeEventListener('abort', onAbort);
    }
    await backoff(wait, failure, cancelled, opts);
  }
}
