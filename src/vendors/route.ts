// Routing by BAA policy: a vendor whose BAA is active and covers the service may receive PHI; a vendor
// that accepts de-identified data receives only de-identified text; anything else is refused with
// PHIGATE_VENDOR_NOT_ALLOWED. A lapsed BAA refuses outright, even for de-identified text: a vendor out
// of contract is out of the path until someone reviews it.
import type { ModelConfig, VendorConfig } from '../config/index.js';
import { PhigateError } from '../errors.js';
import { baaStatus, type BaaStatus } from './baa.js';

export type DataMode = 'phi' | 'deidentified';

export interface RouteDecision {
  readonly mode: DataMode;
  readonly baa: BaaStatus;
}

const WHY: Record<Exclude<BaaStatus, 'active'>, string> = {
  none: 'has no BAA',
  unsigned: 'has a BAA that is not signed',
  'not-started': 'has a BAA that has not started yet',
  expired: 'has a BAA that has expired',
  'service-not-covered': 'has a BAA that does not cover this service',
  'tier-not-covered': 'has a BAA that does not cover this model tier',
};

export function routeModel(model: ModelConfig, vendor: VendorConfig, now: Date, opts: { deidentifiedOnly: boolean }): RouteDecision {
  const baa = baaStatus(vendor.baa, model.service, model.tier, now);
  const refuse = (why: string): never => {
    throw new PhigateError('PHIGATE_VENDOR_NOT_ALLOWED', `Model ${model.id} is refused: vendor ${vendor.id} ${why}; use another model or update the vendor registry`, {
      details: { vendor: vendor.id, baa },
    });
  };
  if (baa === 'expired') refuse(WHY.expired);
  if (!opts.deidentifiedOnly && baa === 'active' && vendor.dataClasses.includes('phi')) return { mode: 'phi', baa };
  if (vendor.dataClasses.includes('deidentified')) return { mode: 'deidentified', baa };
  if (opts.deidentifiedOnly && baa === 'active') refuse('receives PHI only, and a request naming no patient may go only to de-identified vendors');
  return refuse(baa === 'active' ? 'may not receive this data class' : WHY[baa]);
}

/** Whether a model can currently be used at all (for GET /v1/models). */
export function modelUsable(model: ModelConfig, vendor: VendorConfig, now: Date): boolean {
  try {
    routeModel(model, vendor, now, { deidentifiedOnly: false });
    return true;
  } catch {
    return false;
  }
}
