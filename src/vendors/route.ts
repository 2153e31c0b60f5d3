// Routing by BAA policy: a vendor whose BAA is active and covers the service may receive PHI; a vendor
// that accepts de-identified data receives only de-identified text; anything else is refused with
// PHIGATE_VENDOR_NOT_ALLOWED. A lapsed BAA refuses outright, even for de-identified text: a vendor out
// of contract is out of the path until someone reviews it.
//
// A refusal is of one of two kinds. `model`: no request could reach this model now (its vendor's BAA is
// missing, not started, expired or does not cover it, and the vendor takes PHI only): the gateway answers
// it as an unknown model and GET /v1/models does not list it. `request`: the model is usable, but not with
// this request (one held to de-identified vendors, sent to a vendor that takes PHI only): the caller is
// told what to change.
import type { ModelConfig, VendorConfig } from '../config/index.js';
import { PhigateError } from '../errors.js';
import { baaStatus, type BaaStatus } from './baa.js';

export type DataMode = 'phi' | 'deidentified';

export interface RouteDecision {
  readonly mode: DataMode;
  readonly baa: BaaStatus;
}

export interface RouteRefusal {
  readonly refused: 'model' | 'request';
  readonly baa: BaaStatus;
  /** For operators (logs, the thrown error's message), never for a caller told the model is unknown. */
  readonly why: string;
}

const WHY: Record<Exclude<BaaStatus, 'active'>, string> = {
  none: 'has no BAA',
  unsigned: 'has a BAA that is not signed',
  'not-started': 'has a BAA that has not started yet',
  expired: 'has a BAA that has expired',
  'service-not-covered': 'has a BAA that does not cover this service',
  'tier-not-covered': 'has a BAA that does not cover this model tier',
};

/**
 * The state of the BAA behind a model at one instant, and the next instant it can change (its start or
 * end, in ms; null: none ahead). The only part of a route that depends on the clock.
 */
export interface BaaReading {
  readonly baa: BaaStatus;
  readonly until: number | null;
}

export function readBaa(model: ModelConfig, vendor: VendorConfig, now: Date): BaaReading {
  const baa = baaStatus(vendor.baa, model.service, model.tier, now);
  const t = now.getTime();
  const start = vendor.baa?.start.getTime();
  const end = vendor.baa?.end?.getTime();
  const until = start !== undefined && t < start ? start : end !== undefined && t < end ? end : null;
  return { baa, until };
}

/** Whether a reading still holds at `now` (no start or end of the BAA came between). */
export const readingHolds = (r: BaaReading, now: Date): boolean => r.until === null || now.getTime() < r.until;

/** Where a request goes, or why it may not: pure, the clock passed in. */
export function decideRoute(model: ModelConfig, vendor: VendorConfig, now: Date, opts: { deidentifiedOnly: boolean }): RouteDecision | RouteRefusal {
  return routeFor(readBaa(model, vendor, now), vendor, opts);
}

/** decideRoute from a reading of the BAA (made once per request: see gateway/stages/resolve-model.ts). */
export function routeFor(reading: BaaReading, vendor: VendorConfig, opts: { deidentifiedOnly: boolean }): RouteDecision | RouteRefusal {
  const { baa } = reading;
  if (baa === 'expired') return { refused: 'model', baa, why: WHY.expired };
  if (!opts.deidentifiedOnly && baa === 'active' && vendor.dataClasses.includes('phi')) return { mode: 'phi', baa };
  if (vendor.dataClasses.includes('deidentified')) return { mode: 'deidentified', baa };
  if (opts.deidentifiedOnly && baa === 'active') return { refused: 'request', baa, why: 'receives PHI only, and this request may go only to a vendor of de-identified text' };
  return { refused: 'model', baa, why: baa === 'active' ? 'may not receive this data class' : WHY[baa] };
}

export const isRefusal = (d: RouteDecision | RouteRefusal): d is RouteRefusal => 'refused' in d;

/** What a caller is told when the model is usable but not with this request: what to change. */
export function requestRefusal(model: ModelConfig, details?: Record<string, string>): PhigateError {
  return new PhigateError(
    'PHIGATE_VENDOR_NOT_ALLOWED',
    `Model ${model.id} takes only requests that name their patient; name the patient (X-Phigate-Patient header or metadata.patient_id), or use a model for de-identified text (GET /v1/models lists the models you may use)`,
    details === undefined ? undefined : { details },
  );
}

/** decideRoute, throwing PHIGATE_VENDOR_NOT_ALLOWED on a refusal (its details hold the vendor and BAA state). */
export function routeModel(model: ModelConfig, vendor: VendorConfig, now: Date, opts: { deidentifiedOnly: boolean }): RouteDecision {
  const d = decideRoute(model, vendor, now, opts);
  if (!isRefusal(d)) return d;
  if (d.refused === 'request') throw requestRefusal(model, { vendor: vendor.id, baa: d.baa });
  throw new PhigateError('PHIGATE_VENDOR_NOT_ALLOWED', `Model ${model.id} is refused: vendor ${vendor.id} ${d.why}; use another model or update the vendor registry`, {
    details: { vendor: vendor.id, baa: d.baa },
  });
}

/** Whether some request held (or not) to de-identified vendors can use the model now (GET /v1/models). */
export function modelUsable(model: ModelConfig, vendor: VendorConfig, now: Date, opts: { deidentifiedOnly: boolean }): boolean {
  return !isRefusal(decideRoute(model, vendor, now, opts));
}
