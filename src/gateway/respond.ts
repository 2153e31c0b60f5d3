// Turning a finished context into an HTTP response, once: JSON for plain answers, SSE for streams
// (serialised here and nowhere else), and the OpenAI error envelope for every error (from the one
// table in src/errors.ts). An error after a stream has started goes out as a final SSE error event.
import { type PhigateError, normalizeError } from '../errors.js';
import { SSE_DONE, toSseData } from '../providers/index.js';
import type { ChatChunk } from '../providers/index.js';
import type { GatewayContext, Result } from './context.js';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

export function jsonResponse(body: unknown, status: number, requestId: string): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, 'x-request-id': requestId } });
}

export function errorResponse(err: PhigateError, requestId: string): Response {
  const headers: Record<string, string> = { ...JSON_HEADERS, 'x-request-id': requestId };
  if (err.status === 401) headers['www-authenticate'] = 'Bearer realm="phigate"';
  const retry = err.details?.['retryAfterS'];
  if (err.code === 'PHIGATE_RATE_LIMITED' && typeof retry === 'number') headers['retry-after'] = String(retry);
  return new Response(JSON.stringify(err.toEnvelope()), { status: err.status, headers });
}

function sseResponse(chunks: AsyncIterable<ChatChunk>, ctx: GatewayContext, onEnd: (err: PhigateError | undefined) => void): Response {
  const encoder = new TextEncoder();
  const it = chunks[Symbol.asyncIterator]();
  let finished = false;
  const finish = (err: PhigateError | undefined): void => {
    if (finished) return;
    finished = true;
    onEnd(err);
  };
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await it.next();
        if (done) {
          controller.enqueue(encoder.encode(SSE_DONE));
          controller.close();
          finish(undefined);
          return;
        }
        controller.enqueue(encoder.encode(toSseData(value)));
      } catch (err) {
        const e = normalizeError(err);
        controller.enqueue(encoder.encode(toSseData(e.toEnvelope())));
        controller.close();
        finish(e);
      }
    },
    async cancel() {
      // The client went away: stop reading upstream (this also ends the audited stream).
      await it.return?.();
      finish(undefined);
    },
  });
  return new Response(stream, {
    status: 200,
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-request-id': ctx.requestId },
  });
}

export function resultResponse(result: Result, ctx: GatewayContext, onStreamEnd: (err: PhigateError | undefined) => void): Response {
  switch (result.kind) {
    case 'chat':
    case 'embeddings':
      return jsonResponse(result.body, 200, ctx.requestId);
    case 'models':
      return jsonResponse({ object: 'list', data: result.ids.map((m) => ({ id: m.id, object: 'model', created: 0, owned_by: m.vendor })) }, 200, ctx.requestId);
    case 'chat-stream':
      return sseResponse(result.chunks, ctx, onStreamEnd);
  }
}
