// The Anthropic adapter: OpenAI chat requests translated into Messages API calls and the answers
// (plain and streamed) translated back, so the rest of the gateway sees only OpenAI shapes. The same
// upstream rules as every adapter: https only (plain http to loopback when allowed), timeouts, retries
// before a stream starts, and upstream error bodies never passed on (they can quote the request).
import { PhigateError } from '../../errors.js';
import { type BasicCredentials, basicAuthHeader, splitUrlCredentials } from '../credentials.js';
import { checkUpstreamUrl, postWithRetry, type UpstreamPolicy } from '../http.js';
import { type Transport, type UpstreamResponse, nodeTransport, readAll } from '../transport.js';
import type { CallOptions, ChatChunk, ChatRequest, ChatResponse, EmbeddingsResponse, ProviderAdapter } from '../types.js';
import { ANTHROPIC_DEFAULT_BASE_URL, ANTHROPIC_DEFAULT_MAX_TOKENS, messagesUrl, requestHeaders } from './api.js';
import { toMessagesRequest } from './request.js';
import { fromMessagesResponse } from './response.js';
import { anthropicChunks } from './stream.js';
import type { MessagesResponse } from './wire.js';

// Whole bodies only (no streaming decode), so one decoder serves every call.
const UTF8 = new TextDecoder();

export { ANTHROPIC_DEFAULT_BASE_URL, ANTHROPIC_VERSION } from './api.js';
export { toMessagesRequest, type TranslateOptions } from './request.js';
export { fromMessagesResponse, finishReason } from './response.js';
export { StreamTranslator, anthropicChunks } from './stream.js';

export interface AnthropicOptions {
  readonly id: string;
  /** Default https://api.anthropic.com (requests go to `{baseUrl}/v1/messages`). */
  readonly baseUrl?: string;
  readonly apiKey?: string | null;
  /** Basic auth for an upstream behind a proxy that asks for it (instead of an API key). */
  readonly basicAuth?: BasicCredentials | null;
  readonly allowInsecureLoopback?: boolean;
  /** The vendor's enforced parameters (Anthropic field names), set on every request. */
  readonly vendorParams?: Readonly<Record<string, unknown>>;
  /** max_tokens when neither the request nor the model config names one. */
  readonly defaultMaxTokens?: number;
  readonly timeoutMs?: number;
  readonly retries?: number;
  readonly backoffMs?: number;
  readonly transport?: Transport;
  /** Seconds since the epoch for `created` (Anthropic answers carry no time). */
  readonly now?: () => number;
}

export function anthropic(opts: AnthropicOptions): ProviderAdapter {
  const baseUrl = opts.baseUrl ?? ANTHROPIC_DEFAULT_BASE_URL;
  checkUpstreamUrl(opts.id, baseUrl, opts.allowInsecureLoopback ?? false);
  const id = opts.id;
  const fromUrl = splitUrlCredentials(baseUrl);
  const url = messagesUrl(fromUrl.baseUrl);
  const apiKey = opts.apiKey ?? null;
  const basicAuth = basicAuthHeader(opts, fromUrl.credentials);
  const vendorParams = opts.vendorParams ?? {};
  const policy: UpstreamPolicy = { timeoutMs: opts.timeoutMs ?? 60_000, retries: opts.retries ?? 2, ...(opts.backoffMs === undefined ? {} : { backoffMs: opts.backoffMs }) };
  const transport = opts.transport ?? nodeTransport();
  const now = opts.now ?? ((): number => Math.floor(Date.now() / 1000));

  async function post(req: ChatRequest, call: CallOptions, stream: boolean): Promise<UpstreamResponse> {
    const body = toMessagesRequest(req, { upstreamModel: call.upstreamModel, defaultMaxTokens: call.maxTokens ?? opts.defaultMaxTokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS, vendorParams, stream });
    // Encoded once: the same bytes are digested for the audit event and sent.
    const bytes = Buffer.from(JSON.stringify(body));
    call.tap?.sent(bytes);
    return postWithRetry(id, url, requestHeaders(apiKey, stream, basicAuth), bytes, policy, { stream, signal: call.signal, stop: call.stop, draining: call.draining, transport, model: call.upstreamModel });
  }

  return {
    id,
    async chat(req: ChatRequest, call: CallOptions): Promise<ChatResponse> {
      const res = await post(req, call, false);
      const bytes = res.bytes ?? (await readAll(res.body));
      call.tap?.received(bytes);
      let out: MessagesResponse;
      try {
        out = JSON.parse(UTF8.decode(bytes)) as MessagesResponse;
      } catch {
        throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${id} answered with a body that is not JSON`);
      }
      if (!out || typeof out !== 'object' || !Array.isArray(out.content)) throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${id} answered without content`);
      return fromMessagesResponse(out, now());
    },
    async chatStream(req: ChatRequest, call: CallOptions): Promise<AsyncIterable<ChatChunk>> {
      const res = await post(req, call, true);
      const options = req['stream_options'] as { include_usage?: unknown } | null | undefined;
      return anthropicChunks(id, res.body, { created: now(), includeUsage: options?.include_usage === true, onBytes: call.tap ? (b) => call.tap?.received(b) : undefined });
    },
    async embeddings(): Promise<EmbeddingsResponse> {
      throw new PhigateError('PHIGATE_BAD_INPUT', `Vendor ${id} is an Anthropic vendor, and Anthropic has no embeddings API; use an embeddings model of another vendor`);
    },
  };
}
