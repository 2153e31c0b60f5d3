// The wire to an upstream: node:http / node:https with keep-alive agents (one pool per provider), TLS
// 1.2 or later for https. Cheaper per call than fetch's web streams; bodies come back as async
// iterables of bytes, which is all the adapters and the SSE parser need.
import { Agent as HttpAgent, type IncomingMessage, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface UpstreamResponse {
  readonly status: number;
  header(name: string): string | null;
  readonly body: AsyncIterable<Uint8Array>;
  /** Drops the rest of the body (and the connection, if it was mid-body). */
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
          cancel: () => res.destroy(),
        });
      });
      req.on('error', reject);
      req.end(body);
    });
}

export async function readAll(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of body) parts.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  return Buffer.concat(parts);
}
