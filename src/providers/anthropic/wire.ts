// The Anthropic Messages API as it appears on the wire (version 2023-06-01): only the fields phigate
// sends or reads. Everything the gateway passes on is built from these shapes, never copied from a
// client body, so no client field can reach Anthropic unless a translator put it there.

export interface TextBlock {
  readonly type: 'text';
  text: string;
}

export interface ImageBlock {
  readonly type: 'image';
  readonly source: { readonly type: 'base64'; readonly media_type: string; readonly data: string } | { readonly type: 'url'; readonly url: string };
}

export interface ToolUseBlock {
  readonly type: 'tool_use';
  readonly id: string;
  readonly name: string;
  readonly input: Record<string, unknown>;
}

export interface ToolResultBlock {
  readonly type: 'tool_result';
  readonly tool_use_id: string;
  readonly content?: TextBlock[];
}

export type RequestBlock = TextBlock | ImageBlock | ToolUseBlock | ToolResultBlock;

export interface MessageParam {
  readonly role: 'user' | 'assistant';
  content: RequestBlock[];
}

export interface ToolParam {
  readonly name: string;
  readonly description?: string;
  readonly input_schema: Record<string, unknown>;
}

export type ToolChoice =
  | { readonly type: 'auto' | 'any'; readonly disable_parallel_tool_use?: boolean }
  | { readonly type: 'tool'; readonly name: string; readonly disable_parallel_tool_use?: boolean }
  | { readonly type: 'none' };

export interface MessagesRequest {
  model: string;
  max_tokens: number;
  messages: MessageParam[];
  system?: string;
  stop_sequences?: string[];
  temperature?: number;
  top_p?: number;
  tools?: ToolParam[];
  tool_choice?: ToolChoice;
  stream?: boolean;
  [vendorParam: string]: unknown;
}

/** Blocks an answer may hold; kinds phigate does not translate (thinking, server tools) are skipped. */
export type ResponseBlock =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'tool_use'; readonly id: string; readonly name: string; readonly input: unknown }
  | { readonly type: string; readonly [k: string]: unknown };

export interface Usage {
  readonly input_tokens?: number;
  readonly output_tokens?: number;
  readonly cache_creation_input_tokens?: number | null;
  readonly cache_read_input_tokens?: number | null;
}

export interface MessagesResponse {
  readonly id: string;
  readonly type: 'message';
  readonly model: string;
  readonly content: ResponseBlock[];
  readonly stop_reason: string | null;
  readonly usage?: Usage;
}

/** Stream events, by their `type` (the SSE `event:` line repeats it). */
export type StreamEvent =
  | { readonly type: 'message_start'; readonly message: { readonly id: string; readonly model: string; readonly usage?: Usage } }
  | { readonly type: 'content_block_start'; readonly index: number; readonly content_block: ResponseBlock }
  | { readonly type: 'content_block_delta'; readonly index: number; readonly delta: { readonly type: string; readonly text?: string; readonly partial_json?: string } }
  | { readonly type: 'content_block_stop'; readonly index: number }
  | { readonly type: 'message_delta'; readonly delta: { readonly stop_reason?: string | null }; readonly usage?: Usage }
  | { readonly type: 'message_stop' }
  | { readonly type: 'ping' }
  | { readonly type: 'error'; readonly error?: { readonly type?: string } };
