// Which configured model the request names. A model this caller can use for no request (so their GET
// /v1/models does not list it) is as unknown to them as a model that does not exist: the same 404, code
// and message, before any other check that could tell the two apart. That is a model the policy grants
// them for no request (PHIGATE_MODEL_NOT_ALLOWED), and one no request of theirs could reach now: its
// vendor's BAA is missing, not started, expired or does not cover it and the vendor takes PHI only, or
// every request the policy lets them send it is held to de-identified vendors and the vendor takes PHI
// only (PHIGATE_VENDOR_NOT_ALLOWED). The audit event and the log keep the real reason (ctx.hidden), the
// model, the vendor and the BAA's state. The client's model string is echoed only when it is the id of a
// configured model the caller may use: one sent to the other service's endpoint is named with the
// endpoint to use.
import type { AccessPolicy } from '../../access/cedar/index.js';
import { PhigateError } from '../../errors.js';
import { isRefusal, readBaa, routeFor } from '../../vendors/index.js';
import type { Stage } from '../compose.js';
import { type GatewayContext, type HiddenRefusal, need } from '../context.js';
import type { GatewayDeps } from '../deps.js';

/** Each service as a message names it, and its endpoint. */
const SERVICES = {
  chat: { kind: 'a chat model', path: '/v1/chat/completions' },
  embeddings: { kind: 'an embeddings model', path: '/v1/embeddings' },
} as const;

const unknownModel = (): PhigateError => new PhigateError('PHIGATE_UNKNOWN_MODEL', 'This gateway has no model by that name; GET /v1/models lists the models you may use');

/** The refusal of a model the caller may not learn exists: told as unknown, the real reason kept for the audit event and log. */
export function unknownToCaller(ctx: GatewayContext, hidden: HiddenRefusal): PhigateError {
  ctx.hidden = hidden;
  return unknownModel();
}

export function resolveModel(deps: GatewayDeps, policy: AccessPolicy): Stage {
  const byId = new Map(deps.config.models.map((m) => [m.id, m]));
  return async function resolveModelStage(ctx, next) {
    const call = need(ctx.call, 'call');
    if (call.kind === 'models') return next();
    const model = byId.get(call.body.model);
    if (!model) throw unknownModel();
    ctx.model = model;
    const reach = policy.modelReach(need(ctx.principal, 'principal'), model.id);
    if (reach === 'none') throw unknownToCaller(ctx, { reason: 'PHIGATE_MODEL_NOT_ALLOWED' });
    const vendor = deps.config.vendors[model.vendor];
    if (vendor) {
      // Read once here, before authorization; the route stage applies this request's access to the same reading.
      ctx.baa = readBaa(model, vendor, deps.clock());
      const route = routeFor(ctx.baa, vendor, { deidentifiedOnly: reach === 'deidentified-only' });
      if (isRefusal(route)) throw unknownToCaller(ctx, { reason: 'PHIGATE_VENDOR_NOT_ALLOWED', baa: route.baa });
    }
    if (model.service !== call.kind) {
      const its = SERVICES[model.service];
      throw new PhigateError('PHIGATE_UNKNOWN_MODEL', `Model ${model.id} is ${its.kind}; use ${its.path} (GET /v1/models lists the models you may use)`);
    }
    await next();
  };
}
