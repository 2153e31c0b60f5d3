// Every text of a request that leaves the boundary, as slots that can be read and rewritten in place:
// message contents (string and text parts) of every role, participant names, refusals and reasoning,
// tool call arguments (the JSON's string values, each labelled by its keys, which are never rewritten), a
// predicted output, stop sequences, the free text of tool and response-format schemas (descriptions,
// titles, enum values...) and embedding inputs. Media parts are reported, not slotted.
// vendors/deidentified-params.ts lists what else may go to a de-identified vendor.
import { keyLabel } from '../../deid/structured/field-label.js';
import { PhigateError } from '../../errors.js';
import { REASONING_FIELDS, type ChatMessage, type ChatRequest, type ContentPart, type EmbeddingsRequest } from '../../providers/index.js';

export interface Slot {
  get(): string;
  set(text: string): void;
  /**
   * The field the text is the value of, in words ("patient last name", "mrn"): read as the value's label, so
   * that a value alone ("Goodnight", "904173") is read as its field says. Never rewritten, never sent.
   */
  readonly label?: string;
}

export interface SlotSet {
  readonly slots: Slot[];
  /** Content parts that are not text (images, audio, files): allowed only to PHI-allowed vendors. */
  readonly media: number;
  /** Writes rewritten JSON slots back into their argument strings. */
  commit(): void;
}

function field<T extends object, K extends keyof T>(obj: T, key: K, label?: string): Slot {
  return { get: () => obj[key] as string, set: (t) => void (obj[key] = t as T[K]), ...(label ? { label } : {}) };
}

/** String values of a JSON value, recursively, each labelled by its keys (keys are the tool's schema, not data). */
function jsonSlots(value: unknown, out: Slot[], depth = 0, label?: string): void {
  if (depth > 64) throw new PhigateError('PHIGATE_BAD_INPUT', 'Tool call arguments are nested more than 64 levels deep');
  if (Array.isArray(value)) {
    value.forEach((v, i) => (typeof v === 'string' ? out.push(field(value as string[], i, label)) : jsonSlots(v, out, depth + 1, label)));
  } else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const keyed = keyLabel(label, k);
      if (typeof o[k] === 'string') out.push(field(o, k, keyed));
      else jsonSlots(o[k], out, depth + 1, keyed);
    }
  }
}

/** Slots of a JSON-in-a-string field (tool arguments): its values if it parses, else the whole string. */
function argumentSlots(holder: { arguments: string }, slots: Slot[], commits: Array<() => void>): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(holder.arguments);
  } catch {
    slots.push(field(holder, 'arguments'));
    return;
  }
  if (typeof parsed === 'string') {
    slots.push(field(holder, 'arguments'));
    return;
  }
  // An object or array: its strings are rewritten in place, then the whole is written back.
  jsonSlots(parsed, slots);
  commits.push(() => void (holder.arguments = JSON.stringify(parsed)));
}

function contentSlots(msg: ChatMessage, slots: Slot[]): number {
  if (typeof msg.content === 'string') {
    slots.push(field(msg, 'content'));
    return 0;
  }
  let media = 0;
  if (Array.isArray(msg.content)) {
    for (const part of msg.content as ContentPart[]) {
      if (part.type === 'text' && typeof (part as { text?: unknown }).text === 'string') slots.push(field(part as { text: string }, 'text'));
      else if (part.type === 'refusal' && typeof part['refusal'] === 'string') slots.push(field(part as unknown as { refusal: string }, 'refusal'));
      else media++;
    }
  }
  return media;
}

// The free text of a JSON schema: what a tool or field is for ("description", "title"), and values the model
// is told to use ("enum", "examples", "const", "default"). A clinic's tool may describe a patient or list its
// patients; keys, types and names are the schema's and go as written. A token in an enum comes back in the
// model's arguments and is restored there like any other.
const SCHEMA_TEXT_KEYS: ReadonlySet<string> = new Set(['description', 'title', 'const', 'default']);
const SCHEMA_LIST_KEYS: ReadonlySet<string> = new Set(['enum', 'examples']);

/** Slots of the free text in tool definitions and response-format schemas, recursively. */
function schemaSlots(node: unknown, out: Slot[], depth = 0): void {
  if (depth > 64) throw new PhigateError('PHIGATE_BAD_INPUT', 'Tool or response-format schemas are nested more than 64 levels deep');
  if (Array.isArray(node)) {
    for (const v of node) schemaSlots(v, out, depth + 1);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const o = node as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v === 'string') {
      if (SCHEMA_TEXT_KEYS.has(k)) out.push(field(o, k));
    } else if (Array.isArray(v) && SCHEMA_LIST_KEYS.has(k)) {
      v.forEach((x, i) => (typeof x === 'string' ? out.push(field(v as string[], i)) : schemaSlots(x, out, depth + 1)));
    } else schemaSlots(v, out, depth + 1);
  }
}

/** A predicted output (`prediction.content`: the text the answer is expected to repeat, often the note itself). */
function predictionSlots(req: ChatRequest, slots: Slot[]): number {
  const prediction = req['prediction'];
  if (typeof prediction !== 'object' || prediction === null) return 0;
  return contentSlots(prediction as ChatMessage, slots);
}

/** Stop sequences: sent to the vendor, so de-identified like any other text (a token stops the answer as the name would). */
function stopSlots(req: ChatRequest, slots: Slot[]): void {
  const stop = req['stop'];
  if (typeof stop === 'string') slots.push(field(req as unknown as { stop: string }, 'stop'));
  else if (Array.isArray(stop)) stop.forEach((s, i) => typeof s === 'string' && slots.push(field(stop as string[], i)));
}

/** Texts of a message besides its content and name: a refusal, and a reasoning model's reasoning echoed back with its answer. */
const MESSAGE_TEXT_FIELDS = ['refusal', ...REASONING_FIELDS] as const;

export function chatSlots(req: ChatRequest): SlotSet {
  const slots: Slot[] = [];
  const commits: Array<() => void> = [];
  let media = predictionSlots(req, slots);
  stopSlots(req, slots);
  for (const f of ['tools', 'functions', 'response_format'] as const) schemaSlots(req[f], slots);
  for (const msg of req.messages) {
    media += contentSlots(msg, slots);
    if (typeof msg.name === 'string') slots.push(field(msg, 'name', 'name'));
    for (const f of MESSAGE_TEXT_FIELDS) if (typeof msg[f] === 'string') slots.push(field(msg as Record<string, string>, f));
    for (const call of msg.tool_calls ?? []) argumentSlots(call.function, slots, commits);
    const legacy = msg['function_call'] as { arguments?: unknown } | undefined;
    if (legacy && typeof legacy.arguments === 'string') argumentSlots(legacy as { arguments: string }, slots, commits);
  }
  return { slots, media, commit: () => commits.forEach((c) => c()) };
}

export function embeddingSlots(req: EmbeddingsRequest): SlotSet {
  const slots: Slot[] = [];
  let media = 0;
  if (typeof req.input === 'string') slots.push(field(req, 'input'));
  else if (Array.isArray(req.input)) {
    req.input.forEach((v, i) => (typeof v === 'string' ? slots.push(field(req.input as string[], i)) : media++));
  }
  // Pre-tokenised input (arrays of token ids) cannot be inspected: counted with media, refused unless PHI may go.
  return { slots, media, commit: () => undefined };
}
