// Re-identification of a stream on the fly. Each text stream (a choice's content, its reasoning when the
// server sends one, each tool call's argument deltas) has a hold-back buffer: the shortest tail that could still grow into a token is held
// until the next delta completes or breaks it, so a token split across chunks or across tool_calls
// argument deltas is restored whole. The hold-back is bounded by the longest possible token, so time to
// first token is never delayed by more than that look-ahead.
import { MAX_TOKEN_LENGTH } from '../../deid/token-map.js';
import { REASONING_FIELDS, type ChatChunk, type ToolCallDelta } from '../../providers/index.js';
import type { Escape, Restorer } from './restore.js';

const isCap = (c: number): boolean => c >= 65 && c <= 90;
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 102);
/** A letter, digit or "_": what may not stand right before a bare token (nor "["), or right after it. */
const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || isCap(c) || (c >= 97 && c <= 122) || c === 95;

/**
 * True when `s` may still grow into a token as a model writes it back (WRITTEN_TOKEN_PATTERN), or is one whose
 * reading the next characters may still change: "[", "[[NAME_01", "[NAME_0123456789ab" (a bracket may follow), and
 * for a tail that opens at a word's start, "N", "NAME_", "NAME_0123456789ab" (a hex digit or a letter after it would
 * make it none). `s` opens where a token could: with "[" anywhere, with a capital after no word character (see safeCut).
 */
export function isTokenPrefix(s: string): boolean {
  if (s.length === 0 || s.length >= MAX_TOKEN_LENGTH) return false;
  let i = 0;
  while (i < s.length && i < 2 && s.charCodeAt(i) === 91) i++;
  const brackets = i;
  if (i === s.length) return true;
  const capsStart = i;
  while (i < s.length && isCap(s.charCodeAt(i))) i++;
  const caps = i - capsStart;
  if (caps > 12 || (caps === 0 && (brackets === 0 || i < s.length))) return false;
  if (i === s.length) return true;
  if (caps < 2 || s.charCodeAt(i) !== 95) return false;
  i++;
  const hexStart = i;
  while (i < s.length && isHex(s.charCodeAt(i))) i++;
  const hex = i - hexStart;
  if (hex > 64) return false;
  if (i === s.length) return true;
  // Something other than a hex digit follows: a bare token is complete (or none), a bracketed one may still close.
  if (brackets === 0 || hex < 12 || s.charCodeAt(i) !== 93) return false;
  // `]` then end: one more `]` may follow. `]]` is complete: nothing to hold.
  return i + 1 === s.length;
}

/**
 * Where the emittable part of `text` ends: before the earliest tail that may still become a token. `before` is the
 * character released right before `text` ('' at a stream's start), which says whether a bare token may open at 0.
 */
export function safeCut(text: string, before = ''): number {
  for (let p = Math.max(0, text.length - MAX_TOKEN_LENGTH + 1); p < text.length; p++) {
    const c = text.charCodeAt(p);
    // A bare token opens at a capital after no word character and no "[" (a "[" before it opens a tail of its own).
    const prev = p > 0 ? text.charCodeAt(p - 1) : before === '' ? -1 : before.charCodeAt(before.length - 1);
    const opens = c === 91 || (isCap(c) && (prev < 0 || (!isWordChar(prev) && prev !== 91)));
    if (opens && isTokenPrefix(text.slice(p))) return p;
  }
  return text.length;
}

export class HoldBack {
  #held = '';
  /** The last character released (before restoring): what stands right before the held text. */
  #before = '';
  readonly #restorer: Restorer;
  readonly #escape: Escape;

  constructor(restorer: Restorer, escape: Escape) {
    this.#restorer = restorer;
    this.#escape = escape;
  }

  /** The emittable part of what is held plus `delta`, restored (synchronously when no look-up is needed). */
  push(delta: string): string | Promise<string> {
    const text = this.#held + delta;
    const cut = safeCut(text, this.#before);
    this.#held = text.slice(cut);
    return this.#release(text.slice(0, cut));
  }

  flush(): string | Promise<string> {
    const t = this.#held;
    this.#held = '';
    return this.#release(t);
  }

  get pending(): boolean {
    return this.#held.length > 0;
  }

  #release(text: string): string | Promise<string> {
    if (text.length === 0) return text;
    const before = this.#before;
    this.#before = text.slice(-1);
    // Read after the character before it, as in the whole answer ("xNAME_0123456789ab" holds no token).
    return this.#restorer.restore(text, this.#escape, before);
  }
}

// Shared, so a delta without tool calls (nearly every one) allocates no array.
const NO_TOOL_CALLS: readonly ToolCallDelta[] = [];

interface ChoiceState {
  content: HoldBack;
  tools: Map<number, HoldBack>;
  /** By field, made on a choice's first reasoning delta. */
  reasoning: Map<string, HoldBack> | null;
}

/** False for a chunk whose every choice is left with an empty delta and no finish (nothing to send). */
function chunkHasContent(chunk: ChatChunk): boolean {
  if (chunk.choices.length === 0) return true; // usage-only and similar chunks pass as they are
  for (const c of chunk.choices) {
    if (c.finish_reason !== null && c.finish_reason !== undefined) return true;
    const d = c.delta ?? {};
    // A plain loop: this runs for every event of every stream.
    for (const k in d) {
      const v = d[k];
      if (v !== '' && v !== null) return true;
    }
  }
  return false;
}

/** The chunks with every token restored; synthetic chunks carry held-back text out before a finish. */
export async function* restoreStream(chunks: AsyncIterable<ChatChunk>, restorer: Restorer): AsyncIterable<ChatChunk> {
  const states = new Map<number, ChoiceState>();
  const stateOf = (i: number): ChoiceState => {
    let s = states.get(i);
    if (!s) states.set(i, (s = { content: new HoldBack(restorer, 'text'), tools: new Map(), reasoning: null }));
    return s;
  };
  let last: ChatChunk | undefined;

  /** Held-back text of a choice, appended to `delta` (after what it already carries, so order holds). */
  async function flushInto(index: number, delta: ChatChunk['choices'][number]['delta']): Promise<boolean> {
    const s = states.get(index);
    if (!s) return false;
    let any = false;
    const content = await s.content.flush();
    if (content.length > 0) {
      delta.content = (typeof delta.content === 'string' ? delta.content : '') + content;
      any = true;
    }
    for (const [field, hb] of s.reasoning ?? []) {
      const text = await hb.flush();
      if (text.length === 0) continue;
      const had = delta[field];
      delta[field] = (typeof had === 'string' ? had : '') + text;
      any = true;
    }
    for (const [ti, hb] of s.tools) {
      const args = await hb.flush();
      if (args.length === 0) continue;
      const calls = (delta.tool_calls ??= []);
      const existing = calls.find((c) => c.index === ti);
      if (existing) existing.function = { ...existing.function, arguments: (existing.function?.arguments ?? '') + args };
      else calls.push({ index: ti, function: { arguments: args } });
      any = true;
    }
    return any;
  }

  for await (const chunk of chunks) {
    last = chunk;
    for (const choice of chunk.choices) {
      const s = stateOf(choice.index);
      const d = choice.delta ?? (choice.delta = {});
      if (typeof d.content === 'string' && d.content.length > 0) {
        const restored = s.content.push(d.content);
        d.content = typeof restored === 'string' ? restored : await restored;
      }
      for (const field of REASONING_FIELDS) {
        const text = d[field];
        if (typeof text !== 'string' || text.length === 0) continue;
        const reasoning = (s.reasoning ??= new Map());
        let hb = reasoning.get(field);
        if (!hb) reasoning.set(field, (hb = new HoldBack(restorer, 'text')));
        const restored = hb.push(text);
        d[field] = typeof restored === 'string' ? restored : await restored;
      }
      for (const tc of d.tool_calls ?? NO_TOOL_CALLS) {
        if (typeof tc.function?.arguments !== 'string') continue;
        let hb = s.tools.get(tc.index);
        if (!hb) s.tools.set(tc.index, (hb = new HoldBack(restorer, 'json')));
        tc.function.arguments = await hb.push(tc.function.arguments);
      }
      if (choice.finish_reason) await flushInto(choice.index, d);
    }
    if (chunkHasContent(chunk)) yield chunk;
  }
  // A stream that ended without a finish_reason: whatever is still held goes out in one last chunk.
  if (last) {
    for (const index of states.keys()) {
      const delta: ChatChunk['choices'][number]['delta'] = {};
      if (await flushInto(index, delta)) {
        yield { id: last.id, object: 'chat.completion.chunk', created: last.created, model: last.model, choices: [{ index, delta, finish_reason: null }] };
      }
    }
  }
}
