// An Anthropic Messages answer as an OpenAI chat.completion: text blocks joined into the message
// content, tool_use blocks as tool_calls (input serialised as the arguments string), stop reasons and
// usage in OpenAI's terms. Blocks phigate does not ask for (thinking, server tools) are skipped. Pure.
import type { ChatResponse, ToolCall } from '../types.js';
import type { MessagesResponse, Usage } from './wire.js';

const FINISH: Readonly<Record<string, string>> = {
  end_turn: 'stop',
  stop_sequence: 'stop',
  pause_turn: 'stop',
  max_tokens: 'length',
  model_context_window_exceeded: 'length',
  tool_use: 'tool_calls',
  refusal: 'content_filter',
};

/** OpenAI's finish_reason for an Anthropic stop_reason (a reason added later reads as `stop`). */
export function finishReason(stop: string | null | undefined): string | null {
  if (stop === null || stop === undefined) return null;
  return (Object.hasOwn(FINISH, stop) ? FINISH[stop] : undefined) ?? 'stop';
}

export interface OpenAiUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

/** Cache reads and writes count as prompt tokens, as OpenAI counts cached tokens in prompt_tokens. */
export function usageOf(u: Usage | undefined): OpenAiUsage | undefined {
  if (!u) return undefined;
  const n = (v: number | null | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  const prompt = n(u.input_tokens) + n(u.cache_creation_input_tokens) + n(u.cache_read_input_tokens);
  const completion = n(u.output_tokens);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

export function fromMessagesResponse(res: MessagesResponse, created: number): ChatResponse {
  const texts: string[] = [];
  const calls: ToolCall[] = [];
  for (const block of res.content) {
    if (block.type === 'text' && typeof block['text'] === 'string') texts.push(block['text']);
    else if (block.type === 'tool_use' && typeof block['id'] === 'string' && typeof block['name'] === 'string') {
      calls.push({ id: block['id'], type: 'function', function: { name: block['name'], arguments: JSON.stringify(block['input'] ?? {}) } });
    }
  }
  const message: ChatResponse['choices'][number]['message'] = { role: 'assistant', content: texts.length > 0 || calls.length === 0 ? texts.join('') : null };
  if (calls.length > 0) message.tool_calls = calls;
  const usage = usageOf(res.usage);
  return {
    id: res.id,
    object: 'chat.completion',
    created,
    model: res.model,
    choices: [{ index: 0, message, finish_reason: finishReason(res.stop_reason) ?? 'stop' }],
    ...(usage ? { usage } : {}),
  };
}
