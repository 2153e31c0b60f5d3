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

/**
 * The SSE answer, returned once its first burst of events is ready: the server adapter then sends the
 * headers and that burst in one socket write (a Response whose body has nothing queued yet had its headers
 * flushed alone: three writes per streamed answer instead of two). The first burst waits for nothing more
 * than the first event and the end of that turn, as every burst does, so time to first token is unchanged.
 */
async function sseResponse(chunks: AsyncIterable<ChatChunk>, ctx: GatewayContext, onEnd: (err: PhigateError | undefined) => void): Promise<Response> {
  const encoder = new TextEncoder();
  const it = chunks[Symbol.asyncIterator]();
  let finished = false;
  // A next() still running when the last write went out: the next burst takes it up (never two at once).
  let pending: Promise<IteratorResult<ChatChunk>> | undefined;
  const finish = (err: PhigateError | undefined): void => {
    if (finished) return;
    finished = true;
    onEnd(err);
  };
  // One write per burst of events rather than one per event: an upstream packet often holds many
  // events, and a socket write costs more than the event. A burst starts at the next event and ends
  // with the current turn of the event loop (or the stream); `end` says the stream is over.
  async function burst(): Promise<{ text: string; end: boolean }> {
    let out = '';
    try {
      let step: IteratorResult<ChatChunk> | typeof NEXT_TURN = await (pending ?? it.next());
      pending = undefined;
      // One timer per burst, not per event: every event of this burst races the same end of turn.
      const turnEnd = nextTurn();
      for (;;) {
        if (step === NEXT_TURN) return { text: out, end: false };
        if (step.done) {
          finish(undefined);
          return { text: out + SSE_DONE, end: true };
        }
        out += toSseData(step.value);
        const next = it.next();
        step = await Promise.race([next, turnEnd]);
        if (step === NEXT_TURN) pending = next;
      }
    } catch (err) {
      pending = undefined;
      const e = normalizeError(err);
      finish(e);
      return { text: out + toSseData(e.toEnvelope()), end: true };
    }
  }
  const send = (controller: ReadableStreamDefaultController<Uint8Array>, b: { text: string; end: boolean }): void => {
    controller.enqueue(encoder.encode(b.text));
    if (b.end) controller.close();
  };
  const first = await burst();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      send(controller, first);
    },
    async pull(controller) {
      send(controller, await burst());
    },
    async cancel() {
      // The client went away: stop reading upstream (this also ends the audited stream). A next() still
      // running is served first: async generators queue return() behind it.
      await it.return?.();
      finish(undefined);
    },
  });
  const res = new Response(stream, {
    status: 200,
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-request-id': ctx.requestId },
  });
  EVENT_STREAMS.add(res);
  return res;
}

// The SSE responses made here, so the server can tell them apart without reading their headers.
const EVENT_STREAMS = new WeakSet<Response>();

/** True for an SSE answer of resultResponse (whose first events are queued in its body already). */
export function isEventStream(res: Response): boolean {
  return EVENT_STREAMS.has(res);
}

/** The response of a finished context; a stream's once its first events are ready (see sseResponse). */
export function resultResponse(result: Result, ctx: GatewayContext, onStreamEnd: (err: PhigateError | undefined) => void): Response | Promise<Response> {
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
