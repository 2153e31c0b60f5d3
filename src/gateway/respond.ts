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

// Resolves on the next turn of the event loop: by then every event parsed from the upstream bytes that
// have arrived has been through the pipeline (microtasks), so they can leave in one write.
const NEXT_TURN = Symbol('next turn');
const nextTurn = (): Promise<typeof NEXT_TURN> => new Promise((resolve) => setImmediate(resolve, NEXT_TURN));

function sseResponse(chunks: AsyncIterable<ChatChunk>, ctx: GatewayContext, onEnd: (err: PhigateError | undefined) => void): Response {
  const encoder = new TextEncoder();
  const it = chunks[Symbol.asyncIterator]();
  let finished = false;
  // A next() still running when the last write went out: the next pull takes it up (never two at once).
  let pending: Promise<IteratorResult<ChatChunk>> | undefined;
  const finish = (err: PhigateError | undefined): void => {
    if (finished) return;
    finished = true;
    onEnd(err);
  };
  const stream = new ReadableStream<Uint8Array>({
    // One write per burst of events rather than one per event: an upstream packet often holds many
    // events, and a socket write costs more than the event. The first event waits for nothing more
    // than the end of the current turn, so time to first token does not change.
    async pull(controller) {
      let out = '';
      try {
        let step: IteratorResult<ChatChunk> | typeof NEXT_TURN = await (pending ?? it.next());
        pending = undefined;
        // One timer per write, not per event: every event of this burst races the same end of turn.
        const turnEnd = nextTurn();
        for (;;) {
          if (step === NEXT_TURN) break;
          if (step.done) {
            controller.enqueue(encoder.encode(out + SSE_DONE));
            controller.close();
            finish(undefined);
            return;
          }
          out += toSseData(step.value);
          const next = it.next();
          step = await Promise.race([next, turnEnd]);
          if (step === NEXT_TURN) pending = next;
        }
        controller.enqueue(encoder.encode(out));
      } catch (err) {
        pending = undefined;
        const e = normalizeError(err);
        controller.enqueue(encoder.encode(out + toSseData(e.toEnvelope())));
        controller.close();
        finish(e);
      }
    },
    async cancel() {
      // The client went away: stop reading upstream (this also ends the audited stream). A next() still
      // running is served first: async generators queue return() behind it.
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
