// The admin API's authorization stage: the caller's roles against the endpoint's scope, by the one rule
// in src/access/admin-policy.ts (deny by default). It records the decision in the context, so the audit
// stage writes the call as allowed with the granting role as its reason, or as denied with the code.
import { type AdminScope, decideAdmin } from '../access/index.js';
import { PhigateError } from '../errors.js';
import type { Stage } from '../gateway/compose.js';
import { need } from '../gateway/context.js';

/** `scope` null: no endpoint matched; refused (after authentication) as not found. */
export function adminAuthorize(scope: AdminScope | null, purpose: string): Stage {
  return async function adminAuthorizeStage(ctx, next) {
    if (scope === null) throw new PhigateError('PHIGATE_NOT_FOUND', 'No such admin endpoint: the Admin API section of the README lists the methods and paths under /admin/v1');
    const decision = decideAdmin(need(ctx.principal, 'principal').roles, scope);
    if (!decision.allow) throw new PhigateError(decision.code, decision.message);
    ctx.access = { patient: null, purpose, breakGlass: false, reason: decision.reason, deidentifiedOnly: false };
    await next();
  };
}
