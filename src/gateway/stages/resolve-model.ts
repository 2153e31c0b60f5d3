// Which configured model the request names. The client's model string is echoed only when it is the id of
// a configured model (config, not input): a model sent to the other service's endpoint is named with the
// endpoint to use, but only to a caller the policy lets use it; to others it is as unknown as a model that
// does not exist, so the message reveals no model that GET /v1/models would not show them.
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
    if (model.service !== call.kind) {
      if (policy.allowedModels(need(ctx.principal, 'principal'), [model.id]).length === 0) throw unknownModel();
      const its = SERVICES[model.service];
      throw new PhigateError('PHIGATE_UNKNOWN_MODEL', `Model ${model.id} is ${its.kind}; use ${its.path} (GET /v1/models lists the models you may use)`);
    }
    ctx.model = model;
    await next();
  };
}
