// Which configured model the request names. A model the policy lets this caller use for no request (so their
// GET /v1/models does not list it) is as unknown to them as a model that does not exist: the same 404, code
// and message, before any other check that could tell the two apart. The audit event and the log keep the
// real reason (PHIGATE_MODEL_NOT_ALLOWED, ctx.hiddenReason) and the model. The client's model string is
// echoed only when it is the id of a configured model the caller may use: one sent to the other service's
// endpoint is named with the endpoint to use.
import type { AccessPolicy } from '../../access/cedar/index.js';
import { PhigateError } from '../../errors.js';
import type { Stage } from '../compose.js';
import { need } from '../context.js';
import type { GatewayDeps } from '../deps.js';

/** Each service as a message names it, and its endpoint. */
const SERVICES = {
  chat: { kind: 'a chat model', path: '/v1/chat/completions' },
  embeddings: { kind: 'an embeddings model', path: '/v1/embeddings' },
} as const;

const unknownModel = (): PhigateError => new PhigateError('PHIGATE_UNKNOWN_MODEL', 'This gateway has no model by that name; GET /v1/models lists the models you may use');

export function resolveModel(deps: GatewayDeps, policy: AccessPolicy): Stage {
  const byId = new Map(deps.config.models.map((m) => [m.id, m]));
  return async function resolveModelStage(ctx, next) {
    const call = need(ctx.call, 'call');
    if (call.kind === 'models') return next();
    const model = byId.get(call.body.model);
    if (!model) throw unknownModel();
    if (policy.allowedModels(need(ctx.principal, 'principal'), [model.id]).length === 0) {
      ctx.model = model;
      ctx.hiddenReason = 'PHIGATE_MODEL_NOT_ALLOWED';
      throw unknownModel();
    }
    if (model.service !== call.kind) {
      const its = SERVICES[model.service];
      throw new PhigateError('PHIGATE_UNKNOWN_MODEL', `Model ${model.id} is ${its.kind}; use ${its.path} (GET /v1/models lists the models you may use)`);
    }
    ctx.model = model;
    await next();
  };
}
