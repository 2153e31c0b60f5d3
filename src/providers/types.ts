// The one adapter interface every upstream provider implements, and the OpenAI-shaped messages the
// gateway speaks on both sides. Shapes keep unknown fields (`[k: string]: unknown`) so new OpenAI
// parameters pass through; the gateway decides which of them may leave.
export interface TextPart {
  readonly type: 'text';
  text: string;
}
/** Images, audio, files: carried unchanged, allowed only to PHI-allowed vendors. */
export interface OtherPart {
  readonly type: string;
  [k: string]: unknown;
}
export type ContentPart = TextPart | OtherPart;

export interface ToolCall {
  id: string;
  type: 'function' | string;
  function: { name: string; arguments: string };
}

export interface ChatMessage {
  role: 'system' | 'developer' | 'user' | 'assistant' | 'tool' | 'function';
  content?: string | ContentPart[] | null;
  name?: string;
  tool_calls?: ToolCall[];
  tool_call_id?: string;
  [k: string]: unknown;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  stream?: boolean;
  [k: string]: unknown;
}

export interface ChatChoice {
  index: number;
  message: ChatMessage;
  finish_reason: string | null;
  [k: string]: unknown;
}

export interface ChatResponse {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: ChatChoice[];
  [k: string]: unknown;
}

export interface ToolCallDelta {
  index: number;
  id?: string;
  type?: string;
  function?: { name?: string; arguments?: string };
}

export interface ChunkDelta {
  role?: string;
  content?: string | null;
  tool_calls?: ToolCallDelta[];
  [k: string]: unknown;
}

export interface ChatChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  choices: Array<{ index: number; delta: ChunkDelta; finish_reason: string | null; [k: string]: unknown }>;
  [k: string]: unknown;
}

export interface EmbeddingsRequest {
  model: string;
  input: string | string[] | number[] | number[][];
  [k: string]: unknown;
}

export interface EmbeddingsResponse {
  object: 'list';
  data: Array<{ object: 'embedding'; index: number; embedding: number[] | string }>;
  model: string;
  [k: string]: unknown;
}

/** Sees the exact bytes on the wire (for the audit event's digests); never stores them. */
export interface WireTap {
  /** The request body as sent (UTF-8). */
  sent(body: Uint8Array): void;
  received(bytes: Uint8Array): void;
}

/** A shutdown that has begun (or not yet), as an upstream call sees it. */
export interface Draining {
  /** Aborted when shutdown begins. */
  readonly signal: AbortSignal;
  /** Milliseconds left of the grace period; undefined before shutdown begins, or when it has no limit. */
  graceLeftMs(): number | undefined;
}

export interface CallOptions {
  /** The vendor's model name (or Azure deployment). */
  readonly upstreamModel: string;
  /** The model's configured output limit, for providers that require one (Anthropic's max_tokens). */
  readonly maxTokens?: number | undefined;
  readonly signal?: AbortSignal;
  /** The gateway shutting down: its reason, a PhigateError, is thrown where an answer (its head, its body, a stream's next bytes) was awaited. */
  readonly stop?: AbortSignal;
  /** The gateway's shutdown before its grace period is over: no retry starts that the grace period would cut. */
  readonly draining?: Draining;
  readonly tap?: WireTap;
}

export interface ProviderAdapter {
  readonly id: string;
  chat(req: ChatRequest, opts: CallOptions): Promise<ChatResponse>;
  /** Resolves once the upstream has answered with a stream (retries happen before that, never after). */
  chatStream(req: ChatRequest, opts: CallOptions): Promise<AsyncIterable<ChatChunk>>;
  embeddings(req: EmbeddingsRequest, opts: CallOptions): Promise<EmbeddingsResponse>;
}
