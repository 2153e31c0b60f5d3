// The wire to an upstream: node:http / node:https with keep-alive agents (one pool per provider), TLS
// 1.2 or later for https. Cheaper per call than fetch's web streams; bodies come back as async
// iterables of bytes, which is all the adapters and the SSE parser need.
import { Agent as HttpAgent, type IncomingMessage, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';

export interface UpstreamResponse {
  readonly status: number;
  header(name: string): string | null;
  readonly body: AsyncIterable<Uint8Array>;
  /** Drops the rest of the body: drained when it has all arrived, else the connection is closed. */
  cancel(): void;
  /** The whole body, when it has been read already (postWithRetry's answers to non-stream calls). */
  readonly bytes?: Buffer;
}

export type Transport = (url: string, headers: Record<string, string>, body: Buffer, signal: AbortSignal) => Promise<UpstreamResponse>;

/** What node:http needs of a URL, parsed once per URL (a provider calls one or two URLs). */
interface Target {
  readonly secure: boolean;
  readonly protocol: string;
  readonly hostname: string;
  readonly port: string;
  readonly path: string;
}

const MAX_TARGETS = 256;

export function nodeTransport(opts: { maxSockets?: number } = {}): Transport {
  const http = new HttpAgent({ keepAlive: true, maxSockets: opts.maxSockets ?? 256 });
  const https = new HttpsAgent({ keepAlive: true, maxSockets: opts.maxSockets ?? 256, minVersion: 'TLSv1.2' });
  const targets = new Map<string, Target>();
  const targetOf = (url: string): Target => {
    let t = targets.get(url);
    if (t === undefined) {
      const u = new URL(url);
      // An IPv6 literal keeps its brackets in URL.hostname; node:http wants them off.
      const hostname = u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname;
      // A user:password@ in the URL is not sent from here: the adapters decide which one credential goes (credentials.ts).
      t = { secure: u.protocol === 'https:', protocol: u.protocol, hostname, port: u.port, path: `${u.pathname}${u.search}` };
      if (targets.size >= MAX_TARGETS) targets.clear();
      targets.set(url, t);
    }
    return t;
  };
  return (url, headers, body, signal) =>
    new Promise<UpstreamResponse>((resolve, reject) => {
      if (signal.aborted) {
        reject(abortError());
        return;
      }
      const t = targetOf(url);
      const send = t.secure ? httpsRequest : httpRequest;
      const options = { protocol: t.protocol, hostname: t.hostname, port: t.port, path: t.path, method: 'POST', headers: { ...headers, 'content-length': String(body.length) }, agent: t.secure ? https : http };
      const req = send(options, (res: IncomingMessage) => {
        resolve({
          status: res.statusCode ?? 0,
          header: (name) => {
            const v = res.headers[name.toLowerCase()];
            return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
          },
          body: res,
          cancel: () => drainOrDrop(res),
        });
      });
      req.on('error', reject);
      // The abort wired by hand, as node:http's `signal` option does it (the request destroyed with an AbortError,
      // the head's wait and the body's stream alike), with one listener on the signal and one on the request:
      // the option's end-of-stream watch put seven listeners on every request.
      const onAbort = (): void => {
        req.destroy(abortError());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      req.once('close', () => signal.removeEventListener('abort', onAbort));
      req.end(body);
    });
}

/** What node:http's `signal` option fails an aborted call with (the caller tells cancellation from timeout by its own signal). */
function abortError(): Error {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  return err;
}

// A stream's consumer stops at `[DONE]`, usually a packet before the end of the HTTP body. Draining that
// little rest keeps the keep-alive connection for the next call (closing it cost a new TCP connection per
// streamed answer); an answer still being sent after a short grace (a consumer that left mid-stream) is
// dropped, so the upstream stops generating.
const DRAIN_GRACE_MS = 100;
const DRAIN_MAX_BYTES = 16 * 1024;

function drainOrDrop(res: IncomingMessage): void {
  if (res.destroyed || res.readableEnded) return;
  if (res.complete) {
    res.resume();
    return;
  }
  let bytes = 0;
  // The caller has left: a late reset of this connection concerns no one (and must not crash the process).
  res.on('error', () => undefined);
  const timer = setTimeout(() => res.destroy(), DRAIN_GRACE_MS);
  res.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > DRAIN_MAX_BYTES) res.destroy();
  });
  res.once('close', () => clearTimeout(timer));
  res.resume();
}

export async function readAll(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  if (body instanceof Readable) return readStream(body);
  const parts: Buffer[] = [];
  for await (const c of body) parts.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  // A buffered answer comes back as one chunk: no copy then.
  return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
}

/**
 * A node stream read to its end with 'data' events: what async iteration of it does, without a promise and
 * an iterator result per chunk (an upstream answer was a tenth of the gateway's CPU per call).
 */
function readStream(body: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer | Uint8Array | string): void => {
      const b = Buffer.isBuffer(c) ? c : Buffer.from(c);
      parts.push(b);
      size += b.length;
    };
    // The 'error' listener stays: an error after the end must not go unhandled (done() again does nothing).
    const done = (err?: Error | null): void => {
      body.off('data', onData);
      body.off('end', done);
      body.off('close', closed);
      if (err) reject(err);
      else resolve(parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size));
    };
    // Closed before its end (the connection dropped, or the call was aborted): as async iteration does.
    const closed = (): void => {
      if (!body.readableEnded) done(body.errored ?? new Error('The body ended early'));
    };
    body.on('data', onData);
    body.once('end', done);
    body.once('error', done);
    body.once('close', closed);
  });
}
