// An OpenAI chat-completions request into an Anthropic Messages request. The body is built field by
// field from what this module understands; every other client parameter is refused by name
// (PHIGATE_BAD_INPUT), so nothing a client sends reaches Anthropic untranslated. `metadata` and `user`
// are dropped (they identify people). `response_format` becomes a system instruction: Anthropic has no
// JSON mode, so the shape is asked for, not enforced.
import { PhigateError } from '../../errors.js';
import type { ChatRequest } from '../types.js';
import { toConversation, unsupported } from './messages.js';
import type { MessagesRequest, ToolChoice, ToolParam } from './wire.js';

export interface TranslateOptions {
  readonly upstreamModel: string;
  /** max_tokens when the request names none (Anthropic requires one). */
  readonly defaultMaxTokens: number;
  /** The vendor's enforced parameters (Anthropic field names), set as configured. */
  readonly vendorParams: Readonly<Record<string, unknown>>;
  readonly stream: boolean;
}

type Body = Readonly<Record<string, unknown>>;
type Translate = (value: unknown, out: MessagesRequest, body: Body) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ignore: Translate = () => undefined;

function number(field: string, min: number, max: number, why: string): (v: unknown) => number {
  return (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) throw unsupported(field, why);
    return v;
  };
}
const temperature = number('temperature', 0, 1, 'must be between 0 and 1 for Anthropic models');
const topP = number('top_p', 0, 1, 'must be between 0 and 1');

function maxTokens(v: unknown, field: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw unsupported(field, 'must be a positive integer');
  return v;
}

function stopSequences(v: unknown): string[] {
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list) || !list.every((s): s is string => typeof s === 'string')) throw unsupported('stop', 'must be a string or a list of strings');
  return list.filter((s) => s.length > 0);
}

function tools(v: unknown): ToolParam[] {
  if (!Array.isArray(v)) throw unsupported('tools', 'must be a list');
  return v.map((tool: unknown, i): ToolParam => {
    const field = `tools[${i}]`;
    if (!isObject(tool) || tool['type'] !== 'function' || !isObject(tool['function'])) throw unsupported(`${field}.type`, 'must be function for Anthropic models');
    const fn = tool['function'];
    if (typeof fn['name'] !== 'string' || fn['name'].length === 0) throw unsupported(`${field}.function.name`, 'must be a non-empty string');
    const params = fn['parameters'] ?? {};
    if (!isObject(params) || (params['type'] !== undefined && params['type'] !== 'object')) {
      throw unsupported(`${field}.function.parameters`, 'must be a JSON schema of type object for Anthropic models');
    }
    const out: ToolParam = { name: fn['name'], input_schema: { type: 'object', ...params } };
    return typeof fn['description'] === 'string' ? { ...out, description: fn['description'] } : out;
  });
}

function toolChoice(v: unknown, parallel: unknown): ToolChoice {
  const single = parallel === false ? { disable_parallel_tool_use: true } : {};
  if (v === undefined || v === null || v === 'auto') return { type: 'auto', ...single };
  if (v === 'none') return { type: 'none' };
  if (v === 'required') return { type: 'any', ...single };
  if (isObject(v) && v['type'] === 'function' && isObject(v['function']) && typeof v['function']['name'] === 'string') {
    return { type: 'tool', name: v['function']['name'], ...single };
  }
  throw unsupported('tool_choice', 'must be auto, none, required or {type: function, function: {name}} for Anthropic models');
}

const JSON_OBJECT = 'Answer with one JSON object and nothing else: no prose, no code fences.';

/** The instruction standing in for `response_format`, or null for plain text. */
function formatInstruction(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (!isObject(v)) throw unsupported('response_format', 'must be an object');
  if (v['type'] === 'text') return null;
  if (v['type'] === 'json_object') return JSON_OBJECT;
  if (v['type'] === 'json_schema' && isObject(v['json_schema']) && isObject(v['json_schema']['schema'])) {
    return `${JSON_OBJECT} It must validate against this JSON schema: ${JSON.stringify(v['json_schema']['schema'])}`;
  }
  throw unsupported('response_format', 'must be text, json_object or json_schema with a schema');
}

// Translated here (or read by the caller, like stream and stream_options); anything else is checked below.
const TRANSLATED: Readonly<Record<string, Translate>> = {
  model: ignore, // the vendor's model name is used
  messages: ignore, // toConversation
  stream: ignore,
  stream_options: ignore, // include_usage is honoured by the stream translator
  metadata: ignore, // never forwarded: it can carry the patient id
  user: ignore, // never forwarded: it identifies the caller
  max_tokens: ignore,
  max_completion_tokens: ignore,
  response_format: ignore,
  parallel_tool_calls: ignore, // read with tool_choice
  temperature: (v, out) => void (out.temperature = temperature(v)),
  top_p: (v, out) => void (out.top_p = topP(v)),
  stop: (v, out) => {
    const seqs = stopSequences(v);
    if (seqs.length > 0) out.stop_sequences = seqs;
  },
  tools: (v, out, body) => {
    const list = tools(v);
    if (list.length === 0) return;
    out.tools = list;
    const choice = body['tool_choice'];
    if ((choice !== undefined && choice !== null) || body['parallel_tool_calls'] === false) out.tool_choice = toolChoice(choice, body['parallel_tool_calls']);
  },
  tool_choice: (v, _out, body) => {
    const hasTools = Array.isArray(body['tools']) && body['tools'].length > 0;
    if (!hasTools && v !== 'auto' && v !== 'none') throw unsupported('tool_choice', 'needs tools');
  },
};

const deepEqual = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

// OpenAI parameters Anthropic has no equivalent for: accepted only at their neutral value.
const NEUTRAL_ONLY: Readonly<Record<string, { readonly neutral: (v: unknown) => boolean; readonly why: string }>> = {
  n: { neutral: (v) => v === 1, why: 'must be 1: Anthropic models return one choice' },
  logprobs: { neutral: (v) => v === false, why: 'is not available: Anthropic models return no log probabilities' },
  top_logprobs: { neutral: (v) => v === 0, why: 'is not available: Anthropic models return no log probabilities' },
  logit_bias: { neutral: (v) => deepEqual(v, {}), why: 'is not available for Anthropic models' },
  presence_penalty: { neutral: (v) => v === 0, why: 'has no Anthropic equivalent; remove it' },
  frequency_penalty: { neutral: (v) => v === 0, why: 'has no Anthropic equivalent; remove it' },
  modalities: { neutral: (v) => deepEqual(v, ['text']), why: 'may only be [text] for Anthropic models' },
  store: { neutral: (v) => v === false, why: 'is an OpenAI storage switch; Anthropic has none' },
  functions: { neutral: () => false, why: 'is legacy function calling, not supported for Anthropic models; use tools' },
  function_call: { neutral: () => false, why: 'is legacy function calling, not supported for Anthropic models; use tool_choice' },
};

// Parameter names are echoed only when they look like parameter names (they are client input).
const PARAM_NAME = /^[a-z][a-z0-9_]{0,63}$/;

function refuseOthers(body: Body, vendorParams: Readonly<Record<string, unknown>>): void {
  for (const [k, v] of Object.entries(body)) {
    if (v === undefined || v === null || Object.hasOwn(TRANSLATED, k) || Object.hasOwn(vendorParams, k)) continue;
    const rule = Object.hasOwn(NEUTRAL_ONLY, k) ? NEUTRAL_ONLY[k] : undefined;
    if (rule?.neutral(v)) continue;
    if (rule) throw unsupported(k, rule.why);
    if (PARAM_NAME.test(k)) throw unsupported(k, 'is not supported for Anthropic models; remove it');
    throw new PhigateError('PHIGATE_BAD_INPUT', 'The request carries a parameter that is not supported for Anthropic models; remove it');
  }
}

/** Throws PHIGATE_BAD_INPUT naming the field for anything that cannot be translated faithfully. */
export function toMessagesRequest(req: ChatRequest, opts: TranslateOptions): MessagesRequest {
  const body = req as Body;
  refuseOthers(body, opts.vendorParams);
  const conversation = toConversation(req.messages);
  const limit = body['max_completion_tokens'] ?? body['max_tokens'];
  const field = body['max_completion_tokens'] !== undefined && body['max_completion_tokens'] !== null ? 'max_completion_tokens' : 'max_tokens';
  const out: MessagesRequest = {
    ...opts.vendorParams,
    model: opts.upstreamModel,
    max_tokens: limit === undefined || limit === null ? opts.defaultMaxTokens : maxTokens(limit, field),
    messages: conversation.messages,
  };
  const instruction = formatInstruction(body['response_format']);
  const system = [conversation.system, instruction].filter((s): s is string => s !== null).join('\n\n');
  if (system.length > 0) out.system = system;
  for (const [k, translate] of Object.entries(TRANSLATED)) {
    const v = body[k];
    if (v !== undefined && v !== null) translate(v, out, body);
  }
  if (opts.stream) out.stream = true;
  return out;
}
