// GET /v1/models: only the models this caller can use for some request now: the policy grants them some
// request on it, and a request they may send can reach its vendor (not one whose BAA has lapsed, nor one
// that takes PHI only when every request the policy lets them send it is held to de-identified vendors).
// resolve-model answers a model left out here as unknown.
import type { AccessPolicy } from '../../access/cedar/index.js';
import { modelUsable } from '../../vendors/index.js';
import type { Stage } from '../compose.js';
import { need } from '../context.js';
import type { GatewayDeps } from '../deps.js';

export function listModels(deps: GatewayDeps, policy: AccessPolicy): Stage {
  return async function listModelsStage(ctx, next) {
    const principal = need(ctx.principal, 'principal');
    const now = deps.clock();
    const usable = deps.config.models.filter((m) => {
      const vendor = deps.config.vendors[m.vendor];
      const reach = policy.modelReach(principal, m.id);
      return reach !== 'none' && vendor !== undefined && modelUsable(m, vendor, now, { deidentifiedOnly: reach === 'deidentified-only' });
    });
    ctx.purpose = deps.config.access.defaultPurpose;
    ctx.access = { patient: null, purpose: ctx.purpose, breakGlass: false, reason: 'NO_PATIENT', deidentifiedOnly: false };
    ctx.result = { kind: 'models', ids: usable.map((m) => ({ id: m.id, vendor: m.vendor })) };
    await next();
  };
}
