// The stream transform: SSE events of an OpenAI-compatible upstream into typed chat chunks, ending at
// `[DONE]`. An `error` payload mid-stream becomes PHIGATE_UPSTREAM_ERROR (its text is not passed on).
import { PhigateError } from '../../errors.js';
import { parseSse } from '../sse.js';
import type { ChatChunk } from '../types.js';

export async function* chatChunks(provider: string, body: AsyncIterable<Uint8Array>, onBytes?: (b: Uint8Array) => void): AsyncIterable<ChatChunk> {
  try {
    yield* events(provider, body, onBytes);
  } catch (err) {
    if (err instanceof PhigateError) throw err;
    throw new PhigateError('PHIGATE_UPSTREAM_ERROR', `Provider ${provider} broke off the stream`, { cause: err });
  }
}

async function* events(provider: string, body: AsyncIterable<Uint8Array>, onBytes?: (b: Uint8Array) => void): AsyncIterable<ChatChunk> {
  for await (const ev of parseSse(body, onBytes)) {
    if (ev.data === '[DONE]') return;
    if (ev.data.length === 0) continue;
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
    yield chunk;
  }
}
