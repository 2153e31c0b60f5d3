// Where an OpenAI-compatible upstream lives and how to authenticate to it: OpenAI, vLLM, Ollama and
// llama.cpp use `{baseUrl}/chat/completions` with a bearer key; Azure OpenAI uses deployment paths with
// an api-version and an `api-key` header.
export interface OpenAiCompatibleApi {
  readonly baseUrl: string;
  readonly apiKey: string | null;
  /** `Basic …` (providers/credentials.ts): sent instead of the API key, never beside it. */
  readonly basicAuth: string | null;
  readonly azureApiVersion: string | null;
}

export type Endpoint = 'chat/completions' | 'embeddings';

export function endpointUrl(api: OpenAiCompatibleApi, endpoint: Endpoint, model: string): string {
  if (api.azureApiVersion) {
    return `${api.baseUrl}/openai/deployments/${encodeURIComponent(model)}/${endpoint}?api-version=${encodeURIComponent(api.azureApiVersion)}`;
  }
  return `${api.baseUrl}/${endpoint}`;
}

export function requestHeaders(api: OpenAiCompatibleApi, stream: boolean): Record<string, string> {
  const h: Record<string, string> = { 'content-type': 'application/json', accept: stream ? 'text/event-stream' : 'application/json' };
  if (api.basicAuth) h['authorization'] = api.basicAuth;
  else if (api.apiKey) {
    if (api.azureApiVersion) h['api-key'] = api.apiKey;
    else h['authorization'] = `Bearer ${api.apiKey}`;
  }
  return h;
}
