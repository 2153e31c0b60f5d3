// How a provider authenticates to its upstream besides a vendor API key: HTTP basic auth (a self-hosted model
// behind a proxy that asks for it), from the vendor's basicAuth or, failing that, from a user:password@ written
// in the base URL. A request carries one credential: the URL's are sent only when the provider has none of
// its own (no apiKey, no basicAuth), and never left in the URL for node:http to add beside another.
export interface BasicCredentials {
  readonly username: string;
  readonly password: string;
}

/** The Authorization header value of basic auth (RFC 7617, UTF-8). */
export function basicAuthorization(c: BasicCredentials): string {
  return `Basic ${Buffer.from(`${c.username}:${c.password}`, 'utf8').toString('base64')}`;
}

/** The base URL without its user:password@, and those credentials (null when it has none). */
export function splitUrlCredentials(baseUrl: string): { readonly baseUrl: string; readonly credentials: BasicCredentials | null } {
  if (!URL.canParse(baseUrl)) return { baseUrl, credentials: null };
  const url = new URL(baseUrl);
  if (url.username === '' && url.password === '') return { baseUrl, credentials: null };
  const credentials = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  url.username = '';
  url.password = '';
  return { baseUrl: url.toString(), credentials };
}

/**
 * The basic auth header a provider sends: its basicAuth, else the URL's credentials when it has no API key;
 * null when it sends none (it may still send its API key).
 */
export function basicAuthHeader(opts: { readonly basicAuth?: BasicCredentials | null | undefined; readonly apiKey?: string | null | undefined }, fromUrl: BasicCredentials | null): string | null {
  const basic = opts.basicAuth ?? (opts.apiKey ? null : fromUrl);
  return basic ? basicAuthorization(basic) : null;
}
