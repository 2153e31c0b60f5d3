// The shape a client's request must have before any stage looks inside it. Unknown fields pass here (new
// OpenAI parameters keep working with vendors allowed PHI; routing refuses them for de-identified ones,
// see vendors/deidentified-params.ts); the fields the gateway reads or rewrites are checked, and problems
// name the field path, never its value.
import { z } from 'zod';
import { PhigateError } from '../errors.js';
import type { ChatRequest, EmbeddingsRequest } from '../providers/index.js';

const MAX_MESSAGES = 2048;
const MAX_TOOL_CALLS = 128;

const part = z.looseObject({ type: z.string().min(1).max(64), text: z.string().optional() });
const toolCall = z.looseObject({
  id: z.string().max(256).optional(),
  type: z.string().max(64).optional(),
  function: z.looseObject({ name: z.string().max(256), arguments: z.string() }),
});

const message = z.looseObject({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']),
  content: z.union([z.string(), z.array(part).max(256), z.null()]).optional(),
  name: z.string().max(256).optional(),
  tool_calls: z.array(toolCall).max(MAX_TOOL_CALLS).optional(),
  tool_call_id: z.string().max(256).optional(),
});

const metadata = z.record(z.string().max(64), z.string().max(512)).optional();

const chatSchema = z.looseObject({
  model: z.string().min(1).max(200),
  messages: z.array(message).min(1).max(MAX_MESSAGES),
  stream: z.boolean().optional(),
  metadata,
});

const embeddingsSchema = z.looseObject({
  model: z.string().min(1).max(200),
  input: z.union([z.string(), z.array(z.string()).min(1).max(2048), z.array(z.number()).min(1), z.array(z.array(z.number())).min(1).max(2048)]),
  metadata,
});

function fail(error: z.ZodError): never {
  const issue = error.issues[0];
  const path = issue ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '';
  const what = issue?.code === 'invalid_type' ? `expected ${issue.expected}` : issue?.code === 'invalid_value' ? `expected one of ${issue.values.join(', ')}` : 'is not valid';
  throw new PhigateError('PHIGATE_BAD_INPUT', `Request field ${path || '(body)'} ${what}`, { details: { field: path } });
}

export function parseChatRequest(body: unknown): ChatRequest {
  const r = chatSchema.safeParse(body);
  return r.success ? (r.data as unknown as ChatRequest) : fail(r.error);
}

export function parseEmbeddingsRequest(body: unknown): EmbeddingsRequest {
  const r = embeddingsSchema.safeParse(body);
  return r.success ? (r.data as unknown as EmbeddingsRequest) : fail(r.error);
}
