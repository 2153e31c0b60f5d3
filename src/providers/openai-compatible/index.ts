// The OpenAI-compatible adapter (OpenAI, Azure OpenAI, vLLM, Ollama, llama.cpp server): request bodies
// go out as given (the gateway has already shaped them), responses come back typed.
import { PhigateError } from '../../errors.js';
import { type BasicCredentials, basicAuthHeader, splitUrlCredentials } from '../credentials.js';
import { checkUpstreamUrl, postWithRetry, type UpstreamPolicy } from '../http.js';
import { type Transport, type UpstreamResponse, nodeTransport, readAll } from '../transport.js';
import type { CallOptions, ChatChunk, ChatRequest, ChatResponse, EmbeddingsRequest, EmbeddingsResponse, ProviderAdapter } from '../types.js';
import { type Endpoint, endpointUrl, requestHeaders } from './api.js';
import { chatChunks } from './stream.js';

// Whole bodies only (no streaming decode), so one decoder serves every call.
const UTF8 = new TextDecoder();

export interface OpenAiCompatibleOptions {
  readonly id: string;
  readonly baseUrl: string;
  readonly apiKey?: string | null;
  /** Basic auth for an upstream behind a proxy that asks for it (instead of an API key). */
  readonly basicAuth?: BasicCredentials | null;
  readonly allowInsecureLoopback?: boolean;
  readonly azureApiVersion?: string | null;
  readonly timeoutMs?: number;
  readonly retries?: number;
  readonly backoffMs?: number;
  /** The wire (default: node:http/https keep-alive pools of this adapter). */
  readonly transport?: Transport;
}

export function openaiCompatible(opts: OpenAiCompatibleOptions): ProviderAdapter {
  checkUpstreamUrl(opts.id, opts.baseUrl, opts.allowInsecureLoopback ?? false);
  const fromUrl = splitUrlCredentials(opts.baseUrl);
  const api = { baseUrl: fromUrl.baseUrl.replace(/\/+$/, ''), apiKey: opts.apiKey ?? null, basicAuth: basicAuthHeader(opts, fromUrl.credentials), azureApiVersion: opts.azureApiVersion ?? null };
  const policy: UpstreamPolicy = { timeoutMs: opts.timeoutMs ?? 60_000, retries: opts.retries ?? 2, ...(opts.backoffMs === undefined ? {} : { backoffMs: opts.backoffMs }) };
  const id = opts.id;
  const transport = opts.transport ?? nodeTransport();

  async function post(endpoint: Endpoint, body: Record<string, unknown>, call: CallOptions, stream: boolean): Promise<UpstreamResponse> {
    const text = JSON.stringify(api.azureApiVersion ? { ...body, model: undefined } : { ...body, model: call.upstreamModel });
    // Encoded once: the same bytes are digested for the audit event and sent.
    const bytes = Buffer.from(text);
    call.tap?.sent(bytes);
    return postWithRetry(id, endpointUrl(api, endpoint, call.upstreamModel), requestHeaders(api, stream), bytes, policy, { stream, signal: call.signal, stop: call.stop, draining: call.draining, transport, model: call.upstreamModel });
  }

  async function json<T>(res: UpstreamResponse, call: CallOptions): Promise<T> {
    const bytes = res.bytes ?? (await readAll(res.body));
    call.tap?.received(bytes);
    try {
      return JSON.parse(UTF8.decode(bytes)) as T;
    } catch {
      throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${id} answered with a body that is not JSON`);
    }
  }

  return {
    id,
    async chat(req: ChatRequest, call: CallOptions): Promise<ChatResponse> {
      const res = await post('chat/completions', { ...req, stream: false }, call, false);
      const out = await json<ChatResponse>(res, call);
      if (!out || !Array.isArray(out.choices)) throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${id} answered without choices`);
      return out;
    },
    async chatStream(req: ChatRequest, call: CallOptions): Promise<AsyncIterable<ChatChunk>> {
      const res = await post('chat/completions', { ...req, stream: true }, call, true);
      return chatChunks(id, res.body, call.tap ? (b) => call.tap?.received(b) : undefined);
    },
    async embeddings(req: EmbeddingsRequest, call: CallOptions): Promise<EmbeddingsResponse> {
      const res = await post('embeddings', { ...req }, call, false);
      const out = await json<EmbeddingsResponse>(res, call);
      if (!out || !Array.isArray(out.data)) throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${id} answered without data`);
      return out;
    },
  };
}
