// Resolves every vendor's API key reference (env:VAR, file:PATH) from the config. `serve` (through
// providersFromConfig) stops at the first that fails; `config check` lists them all. A problem names the
// field (`vendors.<id>.apiKey`) and the variable or file, never a value.
import { PhigateError } from '../errors.js';
import type { PhigateConfig } from './schema.js';
import { type ConfigIo, nodeConfigIo, resolveSecret } from './secrets.js';

export interface VendorKeyProblem {
  /** Where the reference is written: `['vendors', id, 'apiKey']`. */
  readonly field: readonly string[];
  /** PHIGATE_KEY_MISSING (or the error resolving threw), its message without the field. */
  readonly error: PhigateError;
}

export interface VendorKeys {
  /** Vendor id to key; null for a vendor configured without one (a local model). Absent when it failed. */
  readonly keys: ReadonlyMap<string, string | null>;
  readonly problems: readonly VendorKeyProblem[];
}

export function resolveVendorApiKeys(config: PhigateConfig, io: ConfigIo = nodeConfigIo): VendorKeys {
  const keys = new Map<string, string | null>();
  const problems: VendorKeyProblem[] = [];
  for (const v of Object.values(config.vendors)) {
    if (!v.apiKey) {
      keys.set(v.id, null);
      continue;
    }
    try {
      keys.set(v.id, new TextDecoder().decode(resolveSecret(v.apiKey, io)));
    } catch (err) {
      if (!(err instanceof PhigateError)) throw err;
      problems.push({ field: ['vendors', v.id, 'apiKey'], error: err });
    }
  }
  return { keys, problems };
}
