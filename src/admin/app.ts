// The admin API as a Hono sub-app the gateway mounts at /admin/v1. Every call runs the gateway's own
// audit and authenticate stages (API key or OIDC bearer, one audit event per call, refusals included),
// then the admin role rule of src/access (deny by default), then the endpoint. Errors use the gateway's
// envelope; answers are JSON, text (checkpoints, disclosures) or a stream of JSON lines (SIEM export,
// lines-response.ts: cut short by a shutdown or a failure, it ends with an error line and where to resume).
import { Hono } from 'hono';
import { PhigateError, normalizeError } from '../errors.js';
import { type Stage, compose } from '../gateway/compose.js';
import { type GatewayContext, need, newContext } from '../gateway/context.js';
import type { Peer } from '../gateway/app.js';
import type { GatewayDeps } from '../gateway/deps.js';
import { type Metrics, REQUESTS_HELP } from '../gateway/metrics.js';
import { allowedMethods, methodNotAllowed } from '../gateway/methods.js';
import { errorResponse, jsonResponse } from '../gateway/respond.js';
import { audit } from '../gateway/stages/audit.js';
import { authenticate } from '../gateway/stages/authenticate.js';
import { apiKeyEndpoints } from './api-keys.js';
import { auditEndpoints } from './audit.js';
import { adminAuthorize } from './authorize.js';
import { careTeamEndpoints } from './care-team.js';
import type { AdminPorts } from './deps.js';
import type { AdminCall, AdminReply, Endpoint } from './endpoint.js';
import { linesResponse } from './lines-response.js';

export interface AdminApiOptions {
  /** Called when a call starts; the returned function when its answer (stream included) is done. For graceful shutdown. */
  readonly track?: () => () => void;
  /** The gateway's per-credential rate limit, so admin calls draw on the same budget as /v1 calls. */
  readonly limit?: Stage;
  /** The gateway's metrics: admin calls are counted and timed with /v1's, by their action. */
  readonly metrics?: Metrics;
  /** Aborted when the gateway's shutdown begins: a streamed reply still running ends then (lines-response.ts). */
  readonly shutdown?: AbortSignal;
  /** The connection a request came on, as the server passed it to the gateway (to cut a streamed reply short). */
  readonly peerOf?: (request: Request) => Peer | undefined;
}

/** An endpoint as the runner sees it (who may call it is decided by the authorize stage it is run with). */
type Routed = Pick<Endpoint, 'action' | 'purpose' | 'handle'>;

const NO_SUCH_ENDPOINT: Routed = {
  action: 'admin.unknown',
  purpose: 'HSYSADMIN',
  handle: () => Promise.reject(new PhigateError('PHIGATE_INTERNAL', 'No admin endpoint to run')),
};

function headersFor(contentType: string, requestId: string, filename?: string): Record<string, string> {
  return {
    'content-type': contentType,
    'cache-control': 'no-store',
    'x-request-id': requestId,
    ...(filename ? { 'content-disposition': `attachment; filename="${filename}"` } : {}),
  };
}

export function createAdminApi(deps: GatewayDeps, ports: AdminPorts, opts: AdminApiOptions = {}): Hono {
  const track = opts.track ?? (() => () => undefined);
  const limit: Stage = opts.limit ?? ((_ctx, next) => next());
  const auditStage = audit(deps);
  const authenticateStage = authenticate(deps);
  const tenant = deps.config.server.tenant;

  function log(ctx: GatewayContext, status: number, err: PhigateError | undefined): void {
    opts.metrics?.inc('phigate_requests_total', REQUESTS_HELP, { action: ctx.action, status: String(status), code: err?.code ?? 'OK' });
    opts.metrics?.observeDuration({ action: ctx.action }, (performance.now() - ctx.startedAt) / 1000);
    deps.log({
      level: err && err.status >= 500 ? 'error' : 'info',
      event: 'request',
      requestId: ctx.requestId,
      action: ctx.action,
      status,
      ...(err ? { code: err.code } : {}),
      ...(ctx.principal ? { principal: ctx.principal.id } : {}),
      durationMs: Math.round((performance.now() - ctx.startedAt) * 100) / 100,
    });
  }

  async function run(endpoint: Routed, authorizeStage: Stage, request: Request, params: Record<string, string>): Promise<Response> {
    const release = track();
    const ctx = newContext(request, endpoint.action, endpoint.purpose);
    let reply: AdminReply | undefined;
    const handleStage: Stage = async function adminHandleStage(ctx, next) {
      const call: AdminCall = {
        principal: need(ctx.principal, 'principal'),
        tenant,
        request,
        params,
        url: new URL(request.url),
        now: deps.clock(),
        concerns(patient) {
          if ('id' in patient) ctx.patient = patient.id;
          else ctx.patientRef = patient.ref;
        },
        actsOn(target) {
          ctx.target = target;
        },
      };
      reply = await endpoint.handle(call);
      await next();
    };
    try {
      await compose([auditStage, authenticateStage, limit, authorizeStage, handleStage])(ctx);
      const r = need(reply, 'admin reply');
      if (r.kind === 'lines') {
        return linesResponse(r.lines, {
          headers: headersFor(r.contentType, ctx.requestId),
          from: r.from,
          shutdown: opts.shutdown,
          cut: opts.peerOf?.(request)?.cut,
          onEnd(err) {
            if (err) deps.log({ level: err.code === 'PHIGATE_SHUTTING_DOWN' ? 'info' : 'error', event: 'stream_error', requestId: ctx.requestId, action: ctx.action, code: err.code });
            log(ctx, 200, err);
            release();
          },
        });
      }
      log(ctx, r.status, undefined);
      release();
      return r.kind === 'json' ? jsonResponse(r.body, r.status, ctx.requestId) : new Response(r.text, { status: r.status, headers: headersFor(r.contentType, ctx.requestId, r.filename) });
    } catch (err) {
      const e = normalizeError(err);
      log(ctx, e.status, e);
      release();
      return errorResponse(e, ctx.requestId);
    }
  }

  const app = new Hono();
  const endpoints = [...apiKeyEndpoints(deps, ports), ...careTeamEndpoints(deps, ports), ...auditEndpoints(deps, ports)];
  for (const e of endpoints) {
    const authorizeStage = adminAuthorize(e.scope, e.purpose);
    app.on(e.method, e.path, (c) => run(e, authorizeStage, c.req.raw, c.req.param()));
  }
  // Anything else under /admin/v1 still authenticates and is audited before it is told there is no such
  // endpoint, or (a known path, another method) which methods it answers.
  const notFound = adminAuthorize(null, NO_SUCH_ENDPOINT.purpose);
  for (const [path, allow] of allowedMethods(endpoints)) {
    const wrongMethod: Stage = (ctx) => Promise.reject(methodNotAllowed(ctx.request.method, `/admin/v1${path}`, allow));
    app.all(path, (c) => run(NO_SUCH_ENDPOINT, wrongMethod, c.req.raw, {}));
  }
  app.all('*', (c) => run(NO_SUCH_ENDPOINT, notFound, c.req.raw, {}));
  return app;
}
