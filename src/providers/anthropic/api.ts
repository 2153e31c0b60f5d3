// Where the Anthropic Messages API lives and how to authenticate to it: `{baseUrl}/v1/messages`, the
// key in `x-api-key`, and a pinned `anthropic-version` (the request and event shapes phigate speaks).
export const ANTHROPIC_DEFAULT_BASE_URL = 'https://api.anthropic.com';
export const ANTHROPIC_VERSION = '2023-06-01';
/** max_tokens when neither the request nor the model's config names one (Anthropic requires it). */
export const ANTHROPIC_DEFAULT_MAX_TOKENS = 4096;

/** A base URL given with `/v1` (as OpenAI-style URLs are) gets no second one. */
export function messagesUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '')}/v1/messages`;
}

/** `basicAuth` (`Basic …`, providers/credentials.ts) is sent instead of the API key, never beside it. */
export function requestHeaders(apiKey: string | null, stream: boolean, basicAuth: string | null = null): Record<string, string> {
  const h: Record<string, string> = {
    'content-type': 'application/json',
    accept: stream ? 'text/event-stream' : 'application/json',
    'anthropic-version': ANTHROPIC_VERSION,
  };
  if (basicAuth) h['authorization'] = basicAuth;
  else if (apiKey) h['x-api-key'] = apiKey;
  return h;
}
