// Who may scrape /metrics (server.metrics.access). The metrics carry no PHI, but they show which models and
// vendors are used, how much and how often refused: `loopback` (the default) serves them to this host only,
// `token` to a scraper with the bearer token, `open` to anyone who reaches the port. A refusal is plain text
// that names the setting, never the token.
import { createHash, timingSafeEqual } from 'node:crypto';
import { type ConfigIo, type MetricsAccessConfig, nodeConfigIo, resolveSecret } from '../config/index.js';
import { PhigateError } from '../errors.js';
import { isLoopbackHost } from '../providers/http.js';

/** A refused scrape: its status and plain-text body. */
export interface MetricsRefusal {
  readonly status: 401 | 403;
  readonly body: string;
}

/** Decides a scrape from the TCP peer's address (undefined when unknown) and the Authorization header. */
export type MetricsGuard = (peer: string | undefined, authorization: string | null) => MetricsRefusal | null;

/** 127.0.0.0/8, ::1 and IPv4-mapped 127.x: the connection comes from this host (the upstream URL check's test, on a peer address). */
export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && isLoopbackHost(address.replace(/^::ffff:/i, ''));
}

const digest = (bytes: Uint8Array | string): Buffer => createHash('sha256').update(bytes).digest();

/** The guard for `config`; the token (access: token) is read now, so a missing one stops start-up. */
export function metricsGuard(config: MetricsAccessConfig, io: ConfigIo = nodeConfigIo): MetricsGuard {
  switch (config.access) {
    case 'open':
      return () => null;
    case 'loopback':
      return (peer) =>
        isLoopback(peer) ? null : { status: 403, body: '/metrics is served to clients on this host only (server.metrics.access: loopback); scrape it from this host, or set server.metrics.access to token or open\n' };
    case 'token': {
      if (config.token === null) throw new PhigateError('PHIGATE_BAD_CONFIG', 'server.metrics.token: access: token needs the scrape token');
      let token: Uint8Array;
      try {
        token = resolveSecret(config.token, io);
      } catch (err) {
        throw new PhigateError('PHIGATE_KEY_MISSING', `server.metrics.token: ${(err as Error).message}`);
      }
      // Compared as digests: equal lengths for timingSafeEqual, and no timing hint of the token's length.
      const expected = digest(token);
      return (_peer, authorization) => {
        const sent = /^Bearer +(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
        if (sent !== undefined && timingSafeEqual(digest(sent), expected)) return null;
        return { status: 401, body: '/metrics needs the scrape token (server.metrics.access: token): send Authorization: Bearer <token>\n' };
      };
    }
  }
}
