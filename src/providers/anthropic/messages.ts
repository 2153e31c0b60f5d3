// OpenAI chat messages into Anthropic's shape: every system/developer message joined into one `system`
// prompt, the rest as user/assistant turns with consecutive same-role turns merged (Anthropic wants
// them alternating), tool calls as tool_use blocks and tool messages as tool_result blocks of a user
// turn. Pure; errors name the field, never its content.
import { PhigateError } from '../../errors.js';
import type { ChatMessage, ContentPart, ToolCall } from '../types.js';
import type { ImageBlock, MessageParam, RequestBlock, TextBlock, ToolResultBlock, ToolUseBlock } from './wire.js';

export interface Conversation {
  readonly system: string | null;
  readonly messages: MessageParam[];
}

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);
// Content part types OpenAI defines that Anthropic's Messages API cannot take from phigate.
const KNOWN_PART_TYPES = new Set(['input_audio', 'file', 'audio']);

export function unsupported(field: string, why: string): PhigateError {
  return new PhigateError('PHIGATE_BAD_INPUT', `Request field ${field} ${why}`, { details: { field } });
}

/** Anthropic tool ids must match [A-Za-z0-9_-]+; the same mapping on both sides keeps pairs matched. */
export function toolUseId(id: string | undefined, field: string): string {
  const clean = (id ?? '').replace(/[^A-Za-z0-9_-]/g, '_');
  if (clean.length === 0) throw unsupported(field, 'is required: Anthropic pairs each tool result with its tool call by id');
  return clean;
}

function textBlock(text: string): TextBlock[] {
  // Anthropic refuses empty and whitespace-only text blocks; they carry nothing, so they are dropped.
  return text.trim().length === 0 ? [] : [{ type: 'text', text }];
}

/** The texts of a content that may hold only text (system prompts, tool results, assistant turns). */
function textsOf(content: ChatMessage['content'], field: string): string[] {
  if (content === undefined || content === null) return [];
  if (typeof content === 'string') return [content];
  return content.map((part, j) => {
    const p = part as { type: string; text?: unknown; refusal?: unknown };
    if (p.type === 'text' && typeof p.text === 'string') return p.text;
    if (p.type === 'refusal' && typeof p.refusal === 'string') return p.refusal;
    throw unsupported(`${field}[${j}]`, 'must be a text part here (Anthropic takes images only in user messages)');
  });
}

function imageBlock(part: ContentPart, field: string): ImageBlock {
  const holder = (part as { image_url?: unknown }).image_url;
  const url = typeof holder === 'string' ? holder : typeof holder === 'object' && holder !== null ? (holder as { url?: unknown }).url : undefined;
  if (typeof url !== 'string') throw unsupported(`${field}.image_url.url`, 'must be a string');
  const data = /^data:([a-z]+\/[a-z0-9.+-]+);base64,/i.exec(url);
  if (data) {
    const mediaType = (data[1] as string).toLowerCase();
    if (!IMAGE_TYPES.has(mediaType)) throw unsupported(`${field}.image_url.url`, 'must be a JPEG, PNG, GIF or WebP image for Anthropic models');
    return { type: 'image', source: { type: 'base64', media_type: mediaType, data: url.slice(data[0].length) } };
  }
  if (url.startsWith('https://')) return { type: 'image', source: { type: 'url', url } };
  throw unsupported(`${field}.image_url.url`, 'must be a data: URL (base64) or an https URL');
}

function userBlocks(content: ChatMessage['content'], field: string): RequestBlock[] {
  if (content === undefined || content === null) return [];
  if (typeof content === 'string') return textBlock(content);
  return content.flatMap((part, j): RequestBlock[] => {
    const at = `${field}[${j}]`;
    if (part.type === 'text' && typeof (part as { text?: unknown }).text === 'string') return textBlock((part as TextBlock).text);
    if (part.type === 'image_url') return [imageBlock(part, at)];
    const what = KNOWN_PART_TYPES.has(part.type) ? `of type ${part.type}` : 'of this type';
    throw unsupported(at, `is a content part ${what}, which phigate does not translate for Anthropic models; send text or images`);
  });
}

function toolInput(call: ToolCall, field: string): Record<string, unknown> {
  const args = call.function?.arguments;
  if (typeof args !== 'string' || args.trim() === '') return {};
  let input: unknown;
  try {
    input = JSON.parse(args);
  } catch {
    throw unsupported(`${field}.function.arguments`, 'must be JSON (Anthropic takes tool call arguments as an object)');
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw unsupported(`${field}.function.arguments`, 'must be a JSON object (Anthropic takes tool call arguments as an object)');
  }
  return input as Record<string, unknown>;
}

function assistantBlocks(msg: ChatMessage, field: string): RequestBlock[] {
  if (msg['function_call'] !== undefined && msg['function_call'] !== null) {
    throw unsupported(`${field}.function_call`, 'is legacy function calling, not supported for Anthropic models; use tool_calls');
  }
  const blocks: RequestBlock[] = textsOf(msg.content, `${field}.content`).flatMap(textBlock);
  (msg.tool_calls ?? []).forEach((call, k) => {
    const at = `${field}.tool_calls[${k}]`;
    if (call.type !== undefined && call.type !== 'function') throw unsupported(`${at}.type`, 'must be function for Anthropic models');
    const use: ToolUseBlock = { type: 'tool_use', id: toolUseId(call.id, `${at}.id`), name: call.function.name, input: toolInput(call, at) };
    blocks.push(use);
  });
  return blocks;
}

function toolResultBlock(msg: ChatMessage, field: string): ToolResultBlock {
  const content = textsOf(msg.content, `${field}.content`).flatMap(textBlock);
  const id = toolUseId(msg.tool_call_id, `${field}.tool_call_id`);
  return content.length > 0 ? { type: 'tool_result', tool_use_id: id, content } : { type: 'tool_result', tool_use_id: id };
}

/** Tool results must open a user turn's content; other blocks keep their order after them. */
function toolResultsFirst(blocks: RequestBlock[]): RequestBlock[] {
  const results = blocks.filter((b) => b.type === 'tool_result');
  return results.length === 0 ? blocks : [...results, ...blocks.filter((b) => b.type !== 'tool_result')];
}

/** Throws PHIGATE_BAD_INPUT naming the field for anything Anthropic cannot be given faithfully. */
export function toConversation(messages: readonly ChatMessage[]): Conversation {
  const system: string[] = [];
  const turns: MessageParam[] = [];
  const add = (role: MessageParam['role'], blocks: RequestBlock[]): void => {
    if (blocks.length === 0) return;
    const last = turns.at(-1);
    if (last && last.role === role) last.content.push(...blocks);
    else turns.push({ role, content: [...blocks] });
  };
  messages.forEach((msg, i) => {
    const field = `messages[${i}]`;
    switch (msg.role) {
      case 'system':
      case 'developer':
        system.push(...textsOf(msg.content, `${field}.content`).filter((t) => t.trim().length > 0));
        return;
      case 'user':
        return add('user', userBlocks(msg.content, `${field}.content`));
      case 'assistant':
        return add('assistant', assistantBlocks(msg, field));
      case 'tool':
        return add('user', [toolResultBlock(msg, field)]);
      default:
        throw unsupported(`${field}.role`, 'is function (legacy function calling), not supported for Anthropic models; use tools');
    }
  });
  for (const t of turns) if (t.role === 'user') t.content = toolResultsFirst(t.content);
  if (turns.length === 0) throw unsupported('messages', 'must hold at least one user or assistant message with content for Anthropic models');
  return { system: system.length > 0 ? system.join('\n\n') : null, messages: turns };
}
