// Routing by BAA policy: picks the vendor and data mode for the model (or refuses: 403 with what to change
// when the model is usable but not with this request; as an unknown model, like resolve-model, when no
// request could use it, which only a BAA ending between the two stages leaves for this one), strips what must not
// leave (`metadata`, `user` and the like), refuses fields a de-identified vendor may not get (see
// vendors/deidentified-params.ts), and sets the vendor's enforced parameters on chat requests (the storage
// and training switches they hold are Chat Completions parameters; the embeddings API has none).
import { PhigateError } from '../../errors.js';
import { checkDeidentifiedParams, enforceParams, isRefusal, readBaa, readingHolds, requestRefusal, routeFor } from '../../vendors/index.js';
import type { Stage } from '../compose.js';
import { need } from '../context.js';
import type { GatewayDeps } from '../deps.js';
import { unknownToCaller } from './resolve-model.js';

// Never forwarded: metadata carries the patient id; `user`, `safety_identifier` and `prompt_cache_key`
// identify the caller (or group the caller's requests) to the vendor.
const STRIPPED = ['metadata', 'user', 'safety_identifier', 'prompt_cache_key'] as const;

export function route(deps: GatewayDeps): Stage {
  return async function routeStage(ctx, next) {
    const model = need(ctx.model, 'model');
    const access = need(ctx.access, 'access');
    const call = need(ctx.call, 'call');
    const vendor = deps.config.vendors[model.vendor];
    const provider = deps.providers[model.vendor];
    if (!vendor || !provider) throw new PhigateError('PHIGATE_BAD_CONFIG', `Vendor ${model.vendor} has no provider configured`);
    // resolve-model's reading of the BAA, unless it started or ended since (then read again: an expired BAA
    // is never used, however late in the request it ended).
    const now = deps.clock();
    const reading = ctx.baa && readingHolds(ctx.baa, now) ? ctx.baa : readBaa(model, vendor, now);
    const decision = routeFor(reading, vendor, { deidentifiedOnly: access.deidentifiedOnly });
    if (isRefusal(decision)) {
      if (decision.refused === 'request') throw requestRefusal(model, { vendor: vendor.id, baa: decision.baa });
      throw unknownToCaller(ctx, { reason: 'PHIGATE_VENDOR_NOT_ALLOWED', baa: decision.baa });
    }
    const { mode } = decision;
    if (call.kind !== 'models') {
      const body = { ...call.body } as Record<string, unknown>;
      for (const k of STRIPPED) delete body[k];
      if (mode === 'deidentified') checkDeidentifiedParams(call.kind, body);
      call.body = (call.kind === 'chat' ? enforceParams(body, vendor) : body) as typeof call.body;
    }
    ctx.route = { model, vendor, provider, mode };
    await next();
  };
}
