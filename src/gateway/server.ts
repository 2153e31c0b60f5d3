// Serving the gateway on node:http or node:https (TLS 1.2 or later) through Hono's Node adapter, and
// shutting down gracefully: stop accepting, let in-flight requests and streams finish (up to a
// deadline), then close what is left.
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Gateway } from './app.js';
import { isEventStream } from './respond.js';

export interface ListenOptions {
  readonly host: string;
  readonly port: number;
  /** PEM texts; without them the server speaks plain HTTP. */
  readonly tls?: { readonly cert: string | Buffer; readonly key: string | Buffer } | null;
}

export interface RunningServer {
  readonly port: number;
  readonly url: string;
  /** Stops accepting, waits for in-flight work up to `graceMs`, then closes every connection. */
  close(graceMs?: number): Promise<void>;
}

type Closable = { close(cb?: (err?: Error) => void): unknown; closeAllConnections?: () => void; closeIdleConnections?: () => void };

/**
 * The gateway's handler for Hono's Node adapter. The adapter writes a streamed body's headers on their own
 * (flushHeaders) before its first chunk, which cost a socket write per streamed answer; corked until the
 * end of this tick, the socket sends them with the first events (queued already, see respond.ts).
 */
function handler(gateway: Gateway) {
  return async (request: Request, env?: { outgoing?: { socket?: Socket | null } }): Promise<Response> => {
    const res = await gateway.fetch(request);
    const socket = env?.outgoing?.socket;
    if (socket && isEventStream(res)) {
      socket.cork();
      process.nextTick(() => socket.uncork());
    }
    return res;
  };
}

export async function listen(gateway: Gateway, opts: ListenOptions): Promise<RunningServer> {
  const fetch = handler(gateway);
  const server = opts.tls
    ? createAdaptorServer({
        fetch,
        createServer: createHttpsServer,
        serverOptions: { cert: opts.tls.cert, key: opts.tls.key, minVersion: 'TLSv1.2' },
      })
    : createAdaptorServer({ fetch });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    port,
    url: `${opts.tls ? 'https' : 'http'}://${host}:${port}`,
    async close(graceMs = 10_000) {
      const s = server as unknown as Closable;
      const closed = new Promise<void>((resolve) => s.close(() => resolve()));
      s.closeIdleConnections?.();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([gateway.drained(), new Promise<void>((r) => (timer = setTimeout(r, graceMs)))]);
      clearTimeout(timer);
      s.closeAllConnections?.();
      await closed;
    },
  };
}
