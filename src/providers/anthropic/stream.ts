// Anthropic stream events into the chat.completion.chunk objects the OpenAI-compatible adapter yields,
// so streaming re-identification works unchanged: a first chunk with the role, content deltas, tool
// calls numbered in order of appearance (id, type and name on the first delta, argument fragments
// after), one chunk with the finish_reason, and a usage chunk when stream_options.include_usage asks.
// An upstream `error` event becomes PHIGATE_UPSTREAM_ERROR naming only Anthropic's error type.
import { PhigateError } from '../../errors.js';
import { sseReads } from '../sse.js';
import type { ChatChunk, ChunkDelta } from '../types.js';
import { finishReason, usageOf } from './response.js';
import type { StreamEvent, Usage } from './wire.js';

interface ToolState {
  readonly index: number;
  hasArguments: boolean;
}

const ERROR_TYPE = /^[a-z_]{1,64}$/;

/** message_delta repeats usage cumulatively; a count it leaves out (or sends as null) keeps its value. */
function mergeUsage(was: Usage, now: Usage | undefined): Usage {
  const out: Record<string, number> = { ...(was as Record<string, number>) };
  for (const [k, v] of Object.entries(now ?? {})) if (typeof v === 'number') out[k] = v;
  return out as Usage;
}

/** One message's stream, event by event. Pure: each event in, the chunks it stands for out. */
export class StreamTranslator {
  readonly #provider: string;
  readonly #created: number;
  readonly #includeUsage: boolean;
  #id: string | null = null;
  #model = '';
  #usage: Usage = {};
  readonly #tools = new Map<number, ToolState>();
  #finished = false;
  #stopped = false;

  constructor(provider: string, opts: { created: number; includeUsage: boolean }) {
    this.#provider = provider;
    this.#created = opts.created;
    this.#includeUsage = opts.includeUsage;
  }

  /** True once the answer is complete (a stop reason or message_stop arrived). */
  get complete(): boolean {
    return this.#finished || this.#stopped;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  push(ev: StreamEvent): ChatChunk[] {
    if (this.#stopped) return [];
    switch (ev.type) {
      case 'message_start':
        this.#id = String(ev.message?.id ?? '');
        this.#model = String(ev.message?.model ?? '');
        this.#usage = { ...ev.message?.usage };
        return [this.#chunk({ role: 'assistant', content: '' })];
      case 'content_block_start':
        return this.#blockStart(ev.index, ev.content_block as { type: string; [k: string]: unknown });
      case 'content_block_delta':
        return this.#blockDelta(ev.index, ev.delta);
      case 'content_block_stop': {
        // A tool called without arguments still gets a JSON object, as OpenAI gives.
        const tool = this.#tools.get(ev.index);
        if (!tool || tool.hasArguments) return [];
        tool.hasArguments = true;
        return [this.#chunk({ tool_calls: [{ index: tool.index, function: { arguments: '{}' } }] })];
      }
      case 'message_delta':
        this.#started();
        this.#usage = mergeUsage(this.#usage, ev.usage);
        if (ev.delta?.stop_reason === undefined || ev.delta.stop_reason === null) return [];
        this.#finished = true;
        return [this.#chunk({}, finishReason(ev.delta.stop_reason))];
      case 'message_stop': {
        this.#started();
        this.#stopped = true;
        const usage = usageOf(this.#usage);
        return this.#includeUsage && usage ? [{ ...this.#base(), choices: [], usage }] : [];
      }
      case 'error': {
        const type = ev.error?.type;
        const what = typeof type === 'string' && ERROR_TYPE.test(type) ? ` (${type})` : '';
        throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${this.#provider} reported an error mid-stream${what}`, what ? { details: { upstreamType: type as string } } : undefined);
      }
      default:
        return []; // ping, and event types added later
    }
  }

  #blockStart(index: number, block: { type: string; [k: string]: unknown }): ChatChunk[] {
    this.#started();
    if (block.type === 'text' && typeof block['text'] === 'string' && block['text'].length > 0) return [this.#chunk({ content: block['text'] })];
    if (block.type !== 'tool_use') return [];
    const tool: ToolState = { index: this.#tools.size, hasArguments: false };
    this.#tools.set(index, tool);
    const input = block['input'];
    const preset = typeof input === 'object' && input !== null && Object.keys(input).length > 0 ? JSON.stringify(input) : '';
    tool.hasArguments = preset.length > 0;
    return [this.#chunk({ tool_calls: [{ index: tool.index, id: String(block['id'] ?? ''), type: 'function', function: { name: String(block['name'] ?? ''), arguments: preset } }] })];
  }

  #blockDelta(index: number, delta: { type: string; text?: string; partial_json?: string }): ChatChunk[] {
    this.#started();
    if (delta?.type === 'text_delta') return typeof delta.text === 'string' && delta.text.length > 0 ? [this.#chunk({ content: delta.text })] : [];
    if (delta?.type !== 'input_json_delta') return []; // thinking, signatures, citations: not translated
    const tool = this.#tools.get(index);
    if (!tool) throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${this.#provider} sent tool input for a block that is not a tool call`);
    if (typeof delta.partial_json !== 'string' || delta.partial_json.length === 0) return [];
    tool.hasArguments = true;
    return [this.#chunk({ tool_calls: [{ index: tool.index, function: { arguments: delta.partial_json } }] })];
  }

  #started(): void {
    if (this.#id === null) throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${this.#provider} sent a stream that did not open with message_start`);
  }

  #base(): Pick<ChatChunk, 'id' | 'object' | 'created' | 'model'> {
    return { id: this.#id ?? '', object: 'chat.completion.chunk', created: this.#created, model: this.#model };
  }

  #chunk(delta: ChunkDelta, finish: string | null = null): ChatChunk {
    return { ...this.#base(), choices: [{ index: 0, delta, finish_reason: finish }] };
  }
}

function eventOf(provider: string, data: string): StreamEvent {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${provider} sent a stream event that is not JSON`);
  }
  if (typeof value !== 'object' || value === null || typeof (value as { type?: unknown }).type !== 'string') {
    throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${provider} sent a stream event without a type`);
  }
  return value as StreamEvent;
}

/** The SSE body of a streamed Messages call as chat chunks; bytes after message_stop are read and dropped. */
export async function* anthropicChunks(
  provider: string,
  body: AsyncIterable<Uint8Array>,
  opts: { created: number; includeUsage: boolean; onBytes?: ((b: Uint8Array) => void) | undefined },
): AsyncIterable<ChatChunk> {
  const t = new StreamTranslator(provider, opts);
  try {
    for await (const events of sseReads(body, opts.onBytes)) {
      for (const ev of events) {
        if (ev.data.length === 0) continue;
        for (const chunk of t.push(eventOf(provider, ev.data))) yield chunk;
      }
    }
  } catch (err) {
    if (err instanceof PhigateError) throw err;
    throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${provider} broke off the stream`, { cause: err });
  }
  if (!t.complete) throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${provider} ended the stream before the answer was complete`);
}
