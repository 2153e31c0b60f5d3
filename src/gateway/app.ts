// The gateway application: the endpoints, each a pipeline of named stages (audit outermost, then
// authenticate, read the body, resolve the model, authorize, route, de-identify, re-identify, call
// upstream), and the health endpoints. Runs on any fetch-style server (Hono on node:http by default).
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { Hono } from 'hono';
import { createAccessPolicy } from '../access/cedar/index.js';
import { createAdminApi } from '../admin/index.js';
import { cacheAnalyses } from '../deid/analysis-cache.js';
import type { AnalysisPoolStats } from '../deid/pool/analysis-pool.js';
import { PhigateError, normalizeError } from '../errors.js';
import type { Draining } from '../providers/index.js';
import { type Stage, compose } from './compose.js';
import { type Action, type GatewayContext, newContext } from './context.js';
import { CachedVault } from './deid/vault-cache.js';
import type { GatewayDeps } from './deps.js';
import { errorResponse, jsonResponse, resultResponse } from './respond.js';
import { audit } from './stages/audit.js';
import { authenticate } from './stages/authenticate.js';
import { authorize } from './stages/authorize.js';
import { callUpstream } from './stages/call-upstream.js';
import { deidentify } from './stages/deidentify.js';
import { listModels } from './stages/list-models.js';
import { readBody } from './stages/read-body.js';
import { reidentify } from './stages/reidentify.js';
import { resolveModel } from './stages/resolve-model.js';
import { Metrics, REQUESTS_HELP, UNRESOLVED_HELP } from './metrics.js';
import { metricsGuard } from './metrics-access.js';
import { allowedMethods, methodNotAllowed } from './methods.js';
import { RateLimiter } from './rate-limit.js';
import { route } from './stages/route.js';

/** What the server knows of a request's connection. */
export interface Peer {
  /** The TCP peer's address (for server.metrics.access: loopback); undefined when not known. */
  readonly remoteAddress?: string | undefined;
  /**
   * Ends the connection once what was written has left, the answer left unfinished (no last chunk): how a
   * streamed body cut short is told from a whole one, without the HTTP adapter's error path.
   */
  readonly cut?: (() => void) | undefined;
}

export interface Gateway {
  /** The fetch-style handler (Request in, Response out). */
  fetch(request: Request, peer?: Peer): Promise<Response>;
  /** Requests (and streams) still in flight, for graceful shutdown. */
  readonly inFlight: number;
  /** Resolves when nothing is in flight. */
  drained(): Promise<void>;
  /**
   * Shutdown begins, with `graceMs` (when given) before endStreams: requests that still arrive (on open
   * connections) get 503 PHIGATE_SHUTTING_DOWN, and an upstream retry whose backoff would outlast the grace
   * period does not start (the caller gets the last upstream error at once, audited).
   */
  stopAccepting(graceMs?: number): void;
  /**
   * The grace period is over: requests still waiting on their upstream get 503 PHIGATE_SHUTTING_DOWN (audited), and
   * streams still reading from it end with a final PHIGATE_SHUTTING_DOWN event (no `[DONE]`: see respond.ts).
   */
  endStreams(): void;
}

const CUT_SHORT = 'The gateway is shutting down and its grace period is over: this answer was cut short; send the request again';

/** The BAA state behind a vendor refusal, told the caller or hidden from them, for the log line (never for the caller). */
function baaOf(ctx: GatewayContext, err: PhigateError): { baa?: string } {
  const baa = ctx.hidden?.baa ?? err.details?.['baa'];
  return typeof baa === 'string' ? { baa } : {};
}

/** Gauges of the analysis threads when the analyzer is a pool (startAnalysisPool); none otherwise. */
function analysisGauges(stats: AnalysisPoolStats | undefined): Record<string, number> {
  if (stats === undefined) return {};
  return { phigate_analysis_threads_ready: stats.ready, phigate_analysis_pending_texts: stats.pending, phigate_analysis_thread_restarts: stats.restarts };
}

export function createGateway(given: GatewayDeps): Gateway {
  const ttlMs = given.config.server.vaultCacheMs;
  const cacheChars = given.config.server.analysisCacheChars;
  // Later turns re-send every earlier message: their analyses and tokens come from memory.
  const deps: GatewayDeps = {
    ...given,
    ...(ttlMs > 0 ? { vault: new CachedVault(given.vault, { ttlMs }) } : {}),
    ...(cacheChars > 0 ? { analyzer: cacheAnalyses(given.analyzer, { maxChars: cacheChars }) } : {}),
  };
  const limiter = new RateLimiter(deps.config.server.rateLimit);
  const limit: Stage = async function rateLimitStage(ctx, next) {
    if (ctx.principal) limiter.take(ctx.principal.credential, deps.clock().getTime());
    await next();
  };
  const metrics = new Metrics();
  // Read now: a scrape token that is not set stops start-up rather than refusing every scrape.
  const mayScrape = metricsGuard(deps.config.server.metrics, deps.configIo);
  // Each request's connection, as the server passed it to fetch (Hono's routes see the Request only).
  const peers = new WeakMap<Request, Peer>();
  // Parsed and validated once: a policy file with an error stops start-up here.
  const policy = deps.accessPolicy ?? createAccessPolicy(deps.config);
  // Aborted when the grace period of a shutdown is over; every stream listens to it, so no listener limit.
  const closing = new AbortController();
  setMaxListeners(0, closing.signal);
  // Aborted when shutdown begins: calls waiting to retry an upstream check whether the grace leaves them time.
  const begun = new AbortController();
  setMaxListeners(0, begun.signal);
  let graceEndsAt: number | undefined;
  const draining: Draining = { signal: begun.signal, graceLeftMs: () => (graceEndsAt === undefined ? undefined : graceEndsAt - performance.now()) };
  let accepting = true;
  const chat = compose([audit(deps), authenticate(deps), limit, readBody(deps, 'chat'), resolveModel(deps, policy), authorize(deps, policy), route(deps), deidentify(deps), reidentify(deps), callUpstream(closing.signal, draining)]);
  const embeddings = compose([audit(deps), authenticate(deps), limit, readBody(deps, 'embeddings'), resolveModel(deps, policy), authorize(deps, policy), route(deps), deidentify(deps), reidentify(deps), callUpstream(closing.signal, draining)]);
  const models = compose([audit(deps), authenticate(deps), limit, listModels(deps, policy)]);

  let inFlight = 0;
  let waiters: Array<() => void> = [];
  const release = (): void => {
    inFlight--;
    if (inFlight === 0) {
      for (const w of waiters) w();
      waiters = [];
    }
  };

  async function run(action: Action, pipeline: (ctx: GatewayContext) => Promise<void>, request: Request): Promise<Response> {
    if (!accepting) return shuttingDown();
    inFlight++;
    const ctx = newContext(request, action);
    const done = (err: PhigateError | undefined, status: number): void => {
      metrics.inc('phigate_requests_total', REQUESTS_HELP, { action, status: String(status), code: err?.code ?? 'OK' });
      for (const [type, n] of Object.entries(ctx.identifiers)) metrics.inc('phigate_identifiers_total', 'Identifiers found in requests, by type.', { type }, n);
      // A token in an answer that is none of the caller's conversation (a model's invention, or another conversation's):
      // left as written, and counted, since a steady rate says a model garbles tokens or a caller probes for others'.
      if (ctx.unresolved > 0) metrics.inc('phigate_unresolved_tokens_total', UNRESOLVED_HELP, { action }, ctx.unresolved);
      if (ctx.route && ctx.wire && ctx.wire.sentBytes > 0) {
        metrics.inc('phigate_upstream_requests_total', 'Calls to upstream providers.', { vendor: ctx.route.vendor.id, model: ctx.route.model.id, mode: ctx.route.mode });
      }
      deps.log({
        level: err && err.status >= 500 ? 'error' : 'info',
        event: 'request',
        requestId: ctx.requestId,
        action,
        status,
        ...(err ? { code: err.code } : {}),
        ...(err && ctx.hidden ? { reason: ctx.hidden.reason } : {}),
        ...(ctx.principal ? { principal: ctx.principal.id } : {}),
        ...(ctx.model ? { model: ctx.model.id } : {}),
        ...(ctx.route ? { vendor: ctx.route.vendor.id, mode: ctx.route.mode } : ctx.model ? { vendor: ctx.model.vendor } : {}),
        ...(err ? baaOf(ctx, err) : {}),
        identifiers: Object.values(ctx.identifiers).reduce((a, b) => a + b, 0),
        ...(ctx.unresolved > 0 ? { unresolvedTokens: ctx.unresolved } : {}),
        durationMs: Math.round((performance.now() - ctx.startedAt) * 100) / 100,
      });
      release();
    };
    try {
      await pipeline(ctx);
      if (!ctx.result) throw new PhigateError('PHIGATE_INTERNAL', 'The pipeline produced no result');
      const streaming = ctx.result.kind === 'chat-stream';
      metrics.observeDuration({ action }, (performance.now() - ctx.startedAt) / 1000);
      const res = await resultResponse(ctx.result, ctx, (err) => done(err, 200));
      if (!streaming) done(undefined, res.status);
      return res;
    } catch (err) {
      const e = normalizeError(err);
      done(e, e.status);
      return errorResponse(e, ctx.requestId);
    }
  }

  /**
   * A refusal outside the pipelines (no such path, a method the path does not answer, a request after shutdown
   * began): a request id of its own, as every answer has, and a log line under it, so a caller's report of the
   * id leads somewhere.
   */
  const refuse = (err: PhigateError): Response => {
    const requestId = randomUUID();
    deps.log({ level: err.status >= 500 ? 'error' : 'info', event: 'request', requestId, status: err.status, code: err.code });
    return errorResponse(err, requestId);
  };

  /** A request after shutdown began, on a connection still open: refused, and the connection closed after it. */
  const shuttingDown = (): Response => {
    const res = refuse(new PhigateError('PHIGATE_SHUTTING_DOWN', 'The gateway is shutting down; send the request again (to another replica, or once it is back)'));
    res.headers.set('connection', 'close');
    return res;
  };

  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async () => {
    const ok = accepting && (deps.ready ? await deps.ready().catch(() => false) : true);
    // Probes come every few seconds: an id of their own, not a log line each.
    return ok ? jsonResponse({ status: 'ready' }, 200, randomUUID()) : errorResponse(new PhigateError('PHIGATE_NOT_READY', 'Not ready: the store, the audit log or the analysis threads are not available yet'), randomUUID());
  });
  app.get('/metrics', (c) => {
    const refused = mayScrape(peers.get(c.req.raw)?.remoteAddress, c.req.header('authorization') ?? null);
    if (refused) {
      const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' };
      if (refused.status === 401) headers['www-authenticate'] = 'Bearer realm="phigate-metrics"';
      return new Response(refused.body, { status: refused.status, headers });
    }
    return new Response(metrics.render({ phigate_in_flight_requests: inFlight, phigate_resident_memory_bytes: process.memoryUsage().rss, ...analysisGauges(given.analysisStats?.()) }), {
      headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' },
    });
  });
  app.get('/v1/models', (c) => run('models.list', models, c.req.raw));
  app.post('/v1/chat/completions', (c) => run('chat.completion', chat, c.req.raw));
  app.post('/v1/embeddings', (c) => run('embeddings.create', embeddings, c.req.raw));
  if (deps.admin) {
    const track = (): (() => void) => {
      inFlight++;
      return release;
    };
    // Refused like /v1 once shutdown began: a key issued or a care team changed now might never be answered.
    app.use('/admin/v1/*', async (_c, next) => (accepting ? next() : shuttingDown()));
    // The same policy as /v1, so the admin API knows the roles that only policy files name.
    app.route('/admin/v1', createAdminApi({ ...deps, accessPolicy: policy }, deps.admin, { track, limit, metrics, shutdown: begun.signal, peerOf: (request) => peers.get(request) }));
  }
  const routes = [
    { method: 'GET', path: '/healthz' },
    { method: 'GET', path: '/readyz' },
    { method: 'GET', path: '/metrics' },
    { method: 'GET', path: '/v1/models' },
    { method: 'POST', path: '/v1/chat/completions' },
    { method: 'POST', path: '/v1/embeddings' },
  ];
  // Registered after the routes above, so only the other methods reach these.
  for (const [path, allow] of allowedMethods(routes)) app.all(path, (c) => refuse(methodNotAllowed(c.req.method, path, allow)));
  app.notFound(() => refuse(new PhigateError('PHIGATE_NOT_FOUND', 'No such endpoint: phigate serves /v1/chat/completions, /v1/embeddings and /v1/models')));
  app.onError((err) => refuse(normalizeError(err)));

  return {
    fetch(request, peer) {
      if (peer) peers.set(request, peer);
      return Promise.resolve(app.fetch(request));
    },
    get inFlight() {
      return inFlight;
    },
    drained: () => (inFlight === 0 ? Promise.resolve() : new Promise((r) => waiters.push(r))),
    stopAccepting(graceMs) {
      accepting = false;
      if (graceMs !== undefined) graceEndsAt = performance.now() + graceMs;
      begun.abort();
    },
    endStreams() {
      closing.abort(new PhigateError('PHIGATE_SHUTTING_DOWN', CUT_SHORT));
    },
  };
}

export type { Stage };
