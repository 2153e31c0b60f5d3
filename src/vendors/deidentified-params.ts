// What a request to a vendor that may receive only de-identified text may carry besides its texts. The
// gateway de-identifies the fields it knows to hold text (message contents, names, tool arguments, tool
// results, embedding inputs, a predicted output, the free text of tool schemas); any other field would
// leave as the client wrote it. So for such a vendor the request's fields are checked against the
// parameters below, which hold no other free text about a patient (sampling settings, output shapes), and
// anything else is refused
// with the field's name: a parameter added to the API after this list, or a field a client invented,
// is not a way around de-identification. A vendor allowed to receive PHI gets every field, as before.
import { PhigateError } from '../errors.js';
import { REASONING_FIELDS } from '../providers/index.js';

/** Chat Completions parameters that hold no free text from the caller (besides those de-identified). */
const CHAT_PARAMS: ReadonlySet<string> = new Set([
  'model', 'messages', 'stream', 'stream_options', 'temperature', 'top_p', 'n', 'max_tokens', 'max_completion_tokens',
  'stop', 'presence_penalty', 'frequency_penalty', 'logit_bias', 'logprobs', 'top_logprobs', 'seed',
  'tools', 'tool_choice', 'parallel_tool_calls', 'functions', 'function_call', 'response_format',
  'reasoning_effort', 'verbosity', 'service_tier', 'modalities', 'audio', 'store', 'prediction',
]);

/** Fields of a message: the texts among them are de-identified (see gateway/deid/slots.ts). */
const MESSAGE_FIELDS: ReadonlySet<string> = new Set(['role', 'content', 'name', 'tool_calls', 'tool_call_id', 'function_call', 'refusal', ...REASONING_FIELDS]);

const EMBEDDINGS_PARAMS: ReadonlySet<string> = new Set(['model', 'input', 'encoding_format', 'dimensions']);

const refuse = (field: string): never => {
  throw new PhigateError(
    'PHIGATE_PARAM_NOT_ALLOWED',
    `Parameter ${field} is not sent to a vendor that may receive only de-identified text (phigate cannot tell what it holds); remove it, or use a model whose vendor may receive PHI`,
    { details: { field } },
  );
};

/**
 * Throws PHIGATE_PARAM_NOT_ALLOWED naming the first field of `body` that may not go to a de-identified
 * vendor. A field set to null says nothing and passes (clients echo answers' `"audio": null` back).
 */
export function checkDeidentifiedParams(kind: 'chat' | 'embeddings', body: Readonly<Record<string, unknown>>): void {
  const known = kind === 'chat' ? CHAT_PARAMS : EMBEDDINGS_PARAMS;
  for (const [k, v] of Object.entries(body)) if (v !== null && v !== undefined && !known.has(k)) refuse(k);
  if (kind !== 'chat' || !Array.isArray(body['messages'])) return;
  (body['messages'] as unknown[]).forEach((m, i) => {
    if (typeof m !== 'object' || m === null) return;
    for (const [k, v] of Object.entries(m)) if (v !== null && v !== undefined && !MESSAGE_FIELDS.has(k)) refuse(`messages[${i}].${k}`);
  });
}
