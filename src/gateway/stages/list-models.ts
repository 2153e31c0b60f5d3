// GET /v1/models: only the models this caller's roles may use, on vendors usable right now.
import { allowedModels } from '../../access/index.js';
import { modelUsable } from '../../vendors/index.js';
import type { Stage } from '../compose.js';
import { need } from '../context.js';
import type { GatewayDeps } from '../deps.js';

export function listModels(deps: GatewayDeps): Stage {
  return async function listModelsStage(ctx, next) {
    const principal = need(ctx.principal, 'principal');
    const now = deps.clock();
    const ids = allowedModels(deps.config.access, principal.roles, deps.config.models.map((m) => m.id));
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
