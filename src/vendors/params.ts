// Provider parameters that switch off storage and training, which Chat Completions has (the gateway applies
// them to chat requests only; embeddings have no such switch): the gateway sets the vendor's enforced
// parameters itself and refuses a client that asks for anything else (`store: true` is refused always).
// Refusals name the parameter, never the value sent.
import type { VendorConfig } from '../config/index.js';
import { PhigateError } from '../errors.js';

const ALWAYS_FORBIDDEN: Readonly<Record<string, unknown>> = { store: true };

/** A copy of `body` with the vendor's enforced parameters set; throws PHIGATE_PARAM_NOT_ALLOWED. */
export function enforceParams<T extends Record<string, unknown>>(body: T, vendor: VendorConfig): T {
  for (const [k, v] of Object.entries(ALWAYS_FORBIDDEN)) {
    if (Object.hasOwn(body, k) && body[k] === v) {
      throw new PhigateError('PHIGATE_PARAM_NOT_ALLOWED', `Parameter ${k} would have the vendor keep the conversation, which phigate does not allow; remove it`, { details: { field: k } });
    }
  }
  const out: Record<string, unknown> = { ...body };
  for (const [k, v] of Object.entries(vendor.enforceParams)) {
    if (Object.hasOwn(body, k) && body[k] !== v) {
      throw new PhigateError('PHIGATE_PARAM_NOT_ALLOWED', `Parameter ${k} is set by phigate for vendor ${vendor.id}; remove it from the request`, { details: { field: k } });
    }
    out[k] = v;
  }
  return out as T;
}
