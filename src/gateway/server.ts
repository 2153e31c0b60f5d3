// Serving the gateway on node:http or node:https (TLS 1.2 or later) through Hono's Node adapter, and
// shutting down gracefully: stop accepting, let in-flight requests and streams finish (up to a
// deadline), then close what is left.
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Gateway } from './app.js';

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

export async function listen(gateway: Gateway, opts: ListenOptions): Promise<RunningServer> {
  const server = opts.tls
    ? createAdaptorServer({
        fetch: gateway.fetch,
        createServer: createHttpsServer,
        serverOptions: { cert: opts.tls.cert, key: opts.tls.key, minVersion: 'TLSv1.2' },
      })
    : createAdaptorServer({ fetch: gateway.fetch });
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
