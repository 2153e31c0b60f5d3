// What a valid config does that an operator should still change: it runs, but not as it should stay. Printed
// by `phigate serve` at start-up and by `phigate config check`, each naming the field; never a value.
import type { PhigateConfig } from './schema.js';
import { hasUrlCredentials, urlCredentialsSent } from '../url-credentials.js';

export interface ConfigWarning {
  /** The field: `['vendors', id, 'baseUrl']`. */
  readonly field: readonly string[];
  readonly message: string;
}

export function configWarnings(config: PhigateConfig): ConfigWarning[] {
  const out: ConfigWarning[] = [];
  for (const v of Object.values(config.vendors)) {
    if (!URL.canParse(v.baseUrl) || !hasUrlCredentials(new URL(v.baseUrl))) continue;
    // (basicAuth beside them is refused by validation: only an API key can keep them from being sent.)
    const sent = !urlCredentialsSent(v)
      ? 'they are not sent, since apiKey is set (a request carries one credential); remove them'
      : 'they are sent as basic auth, but the password is written in the config file; move them to basicAuth: { username, password: env:VAR or file:PATH }';
    out.push({ field: ['vendors', v.id, 'baseUrl'], message: `holds a user name and password (user:password@): ${sent}` });
  }
  return out;
}
