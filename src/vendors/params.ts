// Provider parameters that switch off storage and training: the gateway sets the vendor's enforced
// parameters itself and refuses a client that asks for anything else (`store: true` is refused always).
import type { VendorConfig } from '../config/index.js';
import { PhigateError } from '../errors.js';

const ALWAYS_FORBIDDEN: Readonly<Record<string, unknown>> = { store: true };

/** A copy of `body` with the vendor's enforced parameters set; throws PHIGATE_PARAM_NOT_ALLOWED. */
export function enforceParams<T extends Record<string, unknown>>(body: T, vendor: VendorConfig): T {
  for (const [k, v] of Object.entries(ALWAYS_FORBIDDEN)) {
    if (Object.hasOwn(body, k) && body[k] === v) {
      throw new PhigateError('PHIGATE_PARAM_NOT_ALLOWED', `Parameter ${k}: ${String(v)} is not allowed through phigate (it would keep data at the vendor); remove it`);
    }
  }
  const out: Record<string, unknown> = { ...body };
  for (const [k, v] of Object.entries(vendor.enforceParams)) {
    if (Object.hasOwn(body, k) && body[k] !== v) {
      throw new PhigateError('PHIGATE_PARAM_NOT_ALLOWED', `Parameter ${k} is set by phigate for vendor ${vendor.id}; remove it from the request`);
    }
    out[k] = v;
  }
  return out as T;
}
