// The wire to an upstream: node:http / node:https with keep-alive agents (one pool per provider), TLS
// 1.2 or later for https. Cheaper per call than fetch's web streams; bodies come back as async
// iterables of bytes, which is all the adapters and the SSE parser need.
import { Agent as HttpAgent, type IncomingMessage, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface UpstreamResponse {
  readonly status: number;
  header(name: string): string | null;
  readonly body: AsyncIterable<Uint8Array>;
  /** Drops the rest of the body: drained when it has all arrived, else the connection is closed. */
  cancel(): void;
}

export type Transport = (url: string, headers: Record<string, string>, body: string, signal: AbortSignal) => Promise<UpstreamResponse>;

export function nodeTransport(opts: { maxSockets?: number } = {}): Transport {
  const http = new HttpAgent({ keepAlive: true, maxSockets: opts.maxSockets ?? 256 });
  const https = new HttpsAgent({ keepAlive: true, maxSockets: opts.maxSockets ?? 256, minVersion: 'TLSv1.2' });
  return (url, headers, body, signal) =>
    new Promise<UpstreamResponse>((resolve, reject) => {
      const u = new URL(url);
      const secure = u.protocol === 'https:';
      const send = secure ? httpsRequest : httpRequest;
      const req = send(u, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, agent: secure ? https : http, signal }, (res: IncomingMessage) => {
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
      req.end(body);
    });
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
  const parts: Buffer[] = [];
  for await (const c of body) parts.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  // A buffered answer comes back as one chunk: no copy then.
  return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
}
