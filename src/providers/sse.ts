// Server-sent events: parsed once at the edge into typed events, and serialised once on the way out.
// The parser bounds how much it buffers, so an upstream that never ends an event cannot exhaust memory.
import { PhigateError } from '../errors.js';

export interface SseEvent {
  readonly event: string | null;
  readonly data: string;
}

const MAX_EVENT_CHARS = 4 * 1024 * 1024;

/**
 * An SSE decoder fed one network read at a time: `push` returns the events that read completed. Being
 * synchronous, a consumer handles every event of a read without a promise per event.
 */
class SseDecoder {
  readonly #decoder = new TextDecoder('utf-8');
  #buf = '';

  push(bytes: Uint8Array): SseEvent[] {
    this.#buf += this.#decoder.decode(bytes, { stream: true });
    const events = this.#drain();
    if (this.#buf.length > MAX_EVENT_CHARS) throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Upstream sent an event longer than ${MAX_EVENT_CHARS} characters`);
    return events;
  }

  /** The body ended: a last event without its blank line still counts. */
  end(): SseEvent[] {
    this.#buf += this.#decoder.decode();
    const events = this.#drain();
    if (this.#buf.trim().length > 0) {
      this.#buf += '\n\n';
      events.push(...this.#drain());
    }
    return events;
  }

  #drain(): SseEvent[] {
    const events: SseEvent[] = [];
    for (;;) {
      const m = /\r\n\r\n|\n\n|\r\r/.exec(this.#buf);
      if (!m) return events;
      const block = this.#buf.slice(0, m.index);
      this.#buf = this.#buf.slice(m.index + m[0].length);
      const ev = parseBlock(block);
      if (ev) events.push(ev);
    }
  }
}

/**
 * The events of an SSE byte stream, in order, one array per network read that completed any (and one for
 * what the end completes): consumers take a read's events in a plain loop, at one promise per read rather
 * than per event. Comments and `id:`/`retry:` fields are skipped.
 */
export async function* sseReads(body: AsyncIterable<Uint8Array>, onBytes?: (b: Uint8Array) => void): AsyncIterable<SseEvent[]> {
  const decoder = new SseDecoder();
  for await (const bytes of body) {
    onBytes?.(bytes);
    const events = decoder.push(bytes);
    if (events.length > 0) yield events;
  }
  const last = decoder.end();
  if (last.length > 0) yield last;
}

// The usual block: one `data: ` line (what OpenAI-compatible upstreams send for every chunk), taken
// without splitting it into lines; anything else goes through the general parse below.
const DATA_PREFIX = 'data: ';

function parseBlock(block: string): SseEvent | null {
  if (block.startsWith(DATA_PREFIX) && block.indexOf('\n') < 0 && block.indexOf('\r') < 0) return { event: null, data: block.slice(DATA_PREFIX.length) };
  let event: string | null = null;
  const data: string[] = [];
  for (const line of block.split(/\r\n|\n|\r/)) {
    if (line.length === 0 || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
  }
  return data.length === 0 && event === null ? null : { event, data: data.join('\n') };
}

/** One `data:` event; JSON never holds raw newlines, so a single line suffices. */
export function toSseData(value: unknown): string {
  return `data: ${JSON.stringify(value)}\n\n`;
}

export const SSE_DONE = 'data: [DONE]\n\n';
