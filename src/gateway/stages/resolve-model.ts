// Which configured model the request names. The client's model string is never echoed: it is input.
import { PhigateError } from '../../errors.js';
import type { Stage } from '../compose.js';
import { need } from '../context.js';
import type { GatewayDeps } from '../deps.js';

export function resolveModel(deps: GatewayDeps): Stage {
  const byId = new Map(deps.config.models.map((m) => [m.id, m]));
  return async function resolveModelStage(ctx, next) {
    const call = need(ctx.call, 'call');
    if (call.kind === 'models') return next();
    const model = byId.get(call.body.model);
    const service = call.kind === 'chat' ? 'chat' : 'embeddings';
    if (!model || model.service !== service) {
      throw new PhigateError('PHIGATE_UNKNOWN_MODEL', `The requested model is not a ${service} model of this gateway; GET /v1/models lists the models you may use`);
    }
    ctx.model = model;
    await next();
  };
}
