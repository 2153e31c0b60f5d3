// Serving the gateway on node:http or node:https (TLS 1.2 or later) through Hono's Node adapter, and
// shutting down gracefully: stop accepting, let in-flight requests and streams finish (up to a
// deadline), end the streams still running with a final error event, then close what is left.
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, type Socket, createServer as createNetServer } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { PhigateError } from '../errors.js';
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
  /**
   * Stops accepting (and tells the gateway when the grace ends, so no upstream retry starts that it would
   * cut), waits for in-flight work up to `graceMs`, then answers the requests still waiting on
   * their upstream with 503 and ends the streams still running with a final PHIGATE_SHUTTING_DOWN event,
   * gives those answers up to FINAL_WRITE_MS to leave, and closes every connection.
   */
  close(graceMs?: number): Promise<void>;
}

/** After the grace period, how long the streams just ended have to send their final event. */
const FINAL_WRITE_MS = 2_000;
/** How often, while shutting down, connections whose answers are done are closed (keep-alive ones stay open otherwise). */
const IDLE_SWEEP_MS = 50;

const sleep = (ms: number): { done: Promise<void>; cancel(): void } => {
  let timer: NodeJS.Timeout | undefined;
  const done = new Promise<void>((r) => (timer = setTimeout(r, ms)));
  return { done, cancel: () => clearTimeout(timer) };
};

type Closable = { close(cb?: (err?: Error) => void): unknown; closeAllConnections?: () => void; closeIdleConnections?: () => void };

/**
 * The gateway's handler for Hono's Node adapter. The adapter writes a streamed body's headers on their own
 * (flushHeaders) before its first chunk, which cost a socket write per streamed answer; corked until the
 * end of this tick, the socket sends them with the first events (queued already, see respond.ts).
 */
function handler(gateway: Gateway) {
  return async (request: Request, env?: { incoming?: { socket?: Socket | null }; outgoing?: { socket?: Socket | null } }): Promise<Response> => {
    const socket = env?.outgoing?.socket;
    const res = await gateway.fetch(request, { remoteAddress: env?.incoming?.socket?.remoteAddress, cut: socket ? () => socket.destroySoon() : undefined });
    if (socket && isEventStream(res)) {
      socket.cork();
      process.nextTick(() => socket.uncork());
    }
    return res;
  };
}

const LISTEN_PROBLEMS: Readonly<Record<string, string>> = {
  EADDRINUSE: 'is already in use by another process (an earlier phigate still running?)',
  EACCES: 'needs privileges this process does not have (ports below 1024 do)',
  EADDRNOTAVAIL: 'is on an address this machine does not have',
};

/**
 * A start-up error that says which address could not be bound and what to change, instead of the
 * system's errno. The port comes from `--port` or `server.port`, so both are named.
 */
export function listenError(err: unknown, host: string, port: number): PhigateError {
  const errno = (err as NodeJS.ErrnoException | null)?.code ?? '';
  const problem = LISTEN_PROBLEMS[errno] ?? `cannot be listened on (${errno || 'unknown error'})`;
  const where = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
  return new PhigateError('PHIGATE_CANNOT_LISTEN', `${where} ${problem}: choose another with --port or server.port (or server.host) in phigate.yaml`, {
    cause: err,
    details: { host, port, errno },
  });
}

function bind(server: { once: NodeJS.EventEmitter['once']; off: NodeJS.EventEmitter['off']; listen(port: number, host: string, cb: () => void): unknown }, host: string, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const failed = (err: unknown): void => reject(listenError(err, host, port));
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      resolve();
    });
  });
}

/**
 * Binds and releases the address at once, so that start-up can stop with a clear error before it opens
 * the store, starts analysis threads or issues a first key. `listen` still maps a later failure (another
 * process may take the port in between).
 */
export async function checkCanListen(host: string, port: number): Promise<void> {
  if (port === 0) return;
  const probe = createNetServer();
  await bind(probe, host, port);
  await new Promise<void>((resolve) => probe.close(() => resolve()));
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
  await bind(server, opts.host, opts.port);
  const port = (server.address() as AddressInfo).port;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    port,
    url: `${opts.tls ? 'https' : 'http'}://${host}:${port}`,
    async close(graceMs = 10_000) {
      const s = server as unknown as Closable;
      gateway.stopAccepting(graceMs);
      let allClosed = false;
      const closed = new Promise<void>((resolve) => s.close(() => resolve())).then(() => void (allClosed = true));
      // A keep-alive connection stays open after its answer: closed as soon as it is idle, so that `closed`
      // means every answer has been sent (the last bytes of one are not cut by closeAllConnections).
      s.closeIdleConnections?.();
      const sweep = setInterval(() => s.closeIdleConnections?.(), IDLE_SWEEP_MS);
      const grace = sleep(graceMs);
      await Promise.race([Promise.all([closed, gateway.drained()]), grace.done]);
      grace.cancel();
      if (!allClosed) {
        gateway.endStreams();
        const final = sleep(FINAL_WRITE_MS);
        await Promise.race([Promise.all([closed, gateway.drained()]), final.done]);
        final.cancel();
      }
      clearInterval(sweep);
      s.closeAllConnections?.();
      await closed;
    },
  };
}
