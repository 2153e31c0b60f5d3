// The stream transform: SSE events of an OpenAI-compatible upstream into typed chat chunks, ending at
// `[DONE]`. An `error` payload mid-stream becomes PHIGATE_UPSTREAM_ERROR (its text is not passed on).
// Events are taken a network read at a time: a layer of async generators per event cost promises per event.
import { PhigateError } from '../../errors.js';
import { sseReads, type SseEvent } from '../sse.js';
import type { ChatChunk } from '../types.js';

const DONE = Symbol('done');

export async function* chatChunks(provider: string, body: AsyncIterable<Uint8Array>, onBytes?: (b: Uint8Array) => void): AsyncIterable<ChatChunk> {
  try {
    for await (const events of sseReads(body, onBytes)) {
      for (const ev of events) {
        const chunk = chunkOf(provider, ev);
        if (chunk === DONE) return;
        if (chunk) yield chunk;
      }
    }
  } catch (err) {
    if (err instanceof PhigateError) throw err;
    throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${provider} broke off the stream`, { cause: err });
  }
}

/** The chunk an event carries, DONE at `[DONE]`, or null for an empty event. */
function chunkOf(provider: string, ev: SseEvent): ChatChunk | typeof DONE | null {
  if (ev.data === '[DONE]') return DONE;
  if (ev.data.length === 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(ev.data);
  } catch {
    throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${provider} sent a stream event that is not JSON`);
  }
  if (typeof value !== 'object' || value === null) throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${provider} sent a stream event that is not an object`);
  if ('error' in value) throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${provider} reported an error mid-stream`);
  const chunk = value as ChatChunk;
  if (!Array.isArray(chunk.choices)) chunk.choices = [];
  return chunk;
}
