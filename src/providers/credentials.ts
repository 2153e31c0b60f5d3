// How a provider authenticates to its upstream besides a vendor API key: HTTP basic auth (a self-hosted model
// behind a proxy that asks for it), from the vendor's basicAuth or, failing that, from a user:password@ written
// in the base URL. A request carries one credential: the URL's are sent only when the provider has none of
// its own (no apiKey, no basicAuth), and never left in the URL for node:http to add beside another. The
// URL's credentials themselves (finding, splitting, when they are sent) are src/url-credentials.ts's, which
// the config's checks share.
import { type UrlCredentials, splitUrlCredentials, urlCredentialsSent } from '../url-credentials.js';

export { splitUrlCredentials };
export type BasicCredentials = UrlCredentials;

/** The Authorization header value of basic auth (RFC 7617, UTF-8). */
export function basicAuthorization(c: BasicCredentials): string {
  return `Basic ${Buffer.from(`${c.username}:${c.password}`, 'utf8').toString('base64')}`;
}

/**
 * The basic auth header a provider sends: its basicAuth, else the URL's credentials when it has no API key;
 * null when it sends none (it may still send its API key).
 */
export function basicAuthHeader(opts: { readonly basicAuth?: BasicCredentials | null | undefined; readonly apiKey?: string | null | undefined }, fromUrl: BasicCredentials | null): string | null {
  const basic = opts.basicAuth ?? (urlCredentialsSent(opts) ? fromUrl : null);
  return basic ? basicAuthorization(basic) : null;
}
