// A user name and password written into a URL (`https://user:secret@host/`), in one place for the two
// layers that meet them in a vendor's baseUrl: the config (validation refuses them beside basicAuth,
// config-warnings.ts warns of them) and the providers (providers/credentials.ts sends them as basic auth).
// A request carries one credential: the URL's go only when the provider has none of its own.

export interface UrlCredentials {
  readonly username: string;
  readonly password: string;
}

export function hasUrlCredentials(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}

/** The base URL without its user:password@, and those credentials (null when it has none). */
export function splitUrlCredentials(baseUrl: string): { readonly baseUrl: string; readonly credentials: UrlCredentials | null } {
  if (!URL.canParse(baseUrl)) return { baseUrl, credentials: null };
  const url = new URL(baseUrl);
  if (!hasUrlCredentials(url)) return { baseUrl, credentials: null };
  const credentials = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  url.username = '';
  url.password = '';
  return { baseUrl: url.toString(), credentials };
}

/** Whether a provider sends its URL's credentials: only when it has no API key and no basicAuth of its own. */
export function urlCredentialsSent(own: { readonly basicAuth?: unknown; readonly apiKey?: unknown }): boolean {
  return (own.basicAuth === undefined || own.basicAuth === null) && !own.apiKey;
}
