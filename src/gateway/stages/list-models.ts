// GET /v1/models: only the models the policy lets this caller use for some request, on vendors usable right now.
import type { AccessPolicy } from '../../access/cedar/index.js';
import { modelUsable } from '../../vendors/index.js';
import type { Stage } from '../compose.js';
import { need } from '../context.js';
import type { GatewayDeps } from '../deps.js';

export function listModels(deps: GatewayDeps, policy: AccessPolicy): Stage {
  return async function listModelsStage(ctx, next) {
    const principal = need(ctx.principal, 'principal');
    const now = deps.clock();
    const ids = policy.allowedModels(principal, deps.config.models.map((m) => m.id));
    const usable = deps.config.models.filter((m) => {
      const vendor = deps.config.vendors[m.vendor];
      return ids.includes(m.id) && vendor !== undefined && modelUsable(m, vendor, now);
    });
    ctx.purpose = deps.config.access.defaultPurpose;
    ctx.access = { patient: null, purpose: ctx.purpose, breakGlass: false, reason: 'NO_PATIENT', deidentifiedOnly: false };
    ctx.result = { kind: 'models', ids: usable.map((m) => ({ id: m.id, vendor: m.vendor })) };
    await next();
  };
}
