// Public face of the providers capability: one adapter interface for every upstream, the
// OpenAI-compatible and Anthropic adapters, SSE parsing and the upstream HTTP policy (https only, retries, timeouts).
export type * from './types.js';
export { openaiCompatible, type OpenAiCompatibleOptions } from './openai-compatible/index.js';
export { anthropic, type AnthropicOptions } from './anthropic/index.js';
export { sseReads, toSseData, SSE_DONE, type SseEvent } from './sse.js';
export { checkUpstreamUrl, isLoopbackHost, postWithRetry, type UpstreamPolicy } from './http.js';
export { nodeTransport, readAll, type Transport, type UpstreamResponse } from './transport.js';
export { REASONING_FIELDS } from './reasoning.js';
