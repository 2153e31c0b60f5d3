// Resolves every vendor's credential references (env:VAR, file:PATH) from the config: its API key, or its
// basic auth password. `serve` (through providersFromConfig) stops at the first that fails; `config check`
// lists them all. A problem names the field (`vendors.<id>.apiKey`, `vendors.<id>.basicAuth.password`) and
// the variable or file, never a value.
import { PhigateError } from '../errors.js';
import type { PhigateConfig } from './schema.js';
import { type ConfigIo, type SecretRef, nodeConfigIo, resolveSecret } from './secrets.js';

export interface VendorKeyProblem {
  /** Where the reference is written: `['vendors', id, 'apiKey']` or `['vendors', id, 'basicAuth', 'password']`. */
  readonly field: readonly string[];
  /** PHIGATE_KEY_MISSING (or the error resolving threw), its message without the field. */
  readonly error: PhigateError;
}

export interface VendorKeys {
  /** Vendor id to key; null for a vendor configured without one (a local model). Absent when it failed. */
  readonly keys: ReadonlyMap<string, string | null>;
  /** Vendor id to its basic auth credentials, for the vendors configured with basicAuth whose password resolved. */
  readonly basicAuth: ReadonlyMap<string, { readonly username: string; readonly password: string }>;
  readonly problems: readonly VendorKeyProblem[];
}

export function resolveVendorApiKeys(config: PhigateConfig, io: ConfigIo = nodeConfigIo): VendorKeys {
  const keys = new Map<string, string | null>();
  const basicAuth = new Map<string, { username: string; password: string }>();
  const problems: VendorKeyProblem[] = [];
  const resolve = (ref: SecretRef, field: readonly string[]): string | undefined => {
    try {
      return new TextDecoder().decode(resolveSecret(ref, io));
    } catch (err) {
      if (!(err instanceof PhigateError)) throw err;
      problems.push({ field, error: err });
      return undefined;
    }
  };
  for (const v of Object.values(config.vendors)) {
    if (v.basicAuth) {
      const password = resolve(v.basicAuth.password, ['vendors', v.id, 'basicAuth', 'password']);
      if (password !== undefined) basicAuth.set(v.id, { username: v.basicAuth.username, password });
    }
    if (!v.apiKey) {
      keys.set(v.id, null);
      continue;
    }
    const key = resolve(v.apiKey, ['vendors', v.id, 'apiKey']);
    if (key !== undefined) keys.set(v.id, key);
  }
  return { keys, basicAuth, problems };
}
