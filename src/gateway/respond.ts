// Turning a finished context into an HTTP response, once: JSON for plain answers, SSE for streams
// (serialised here and nowhere else), and the OpenAI error envelope for every error (from the one
// table in src/errors.ts). An error after a stream has started goes out as a final SSE error event.
// Answers name the model as the caller asked for it (the gateway's id), not the vendor's name for it:
// clients match the answer's `model` against what they sent.
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
  // The gateway's own limit, or a vendor's passed on (PHIGATE_UPSTREAM_RATE_LIMITED).
  if (typeof retry === 'number') headers['retry-after'] = String(retry);
  const allow = err.details?.['allow'];
  if (err.code === 'PHIGATE_METHOD_NOT_ALLOWED' && typeof allow === 'string') headers['allow'] = allow;
  return new Response(JSON.stringify(err.toEnvelope()), { status: err.status, headers });
}

/**
 * The SSE answer, returned once its first burst of events is ready: the server adapter then sends the
 * headers and that burst in one socket write (a Response whose body has nothing queued yet had its headers
 * flushed alone: three writes per streamed answer instead of two).
 *
 * One write per burst of events rather than one per event: an upstream packet often holds many events,
 * and a socket write costs more than the event. A burst is what the pipeline turns out in one turn of the
 * event loop: the first event of a burst schedules the burst's write for the end of that turn (by then
 * every event parsed from the bytes that have arrived has been through the pipeline, as microtasks), so
 * the first event waits for nothing more and time to first token does not change. The events are taken
 * in a plain loop, one await per event: racing each event against the end of the turn (as before) made
 * two promises and two reactions per event, a third of what serving a streamed answer cost in process.
 * Backpressure holds: the loop stops while the body already has a burst queued that nobody has read.
 */
async function sseResponse(chunks: AsyncIterable<ChatChunk>, ctx: GatewayContext, onEnd: (err: PhigateError | undefined) => void): Promise<Response> {
  const encoder = new TextEncoder();
  const model = ctx.model?.id;
  const it = chunks[Symbol.asyncIterator]();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    pull() {
      wanted?.();
      wanted = undefined;
    },
    async cancel() {
      // The client went away: stop reading upstream (this also ends the audited stream). A next() still
      // running is served first: async generators queue return() behind it.
      stopped = true;
      wanted?.();
      await it.return?.();
      finish(undefined);
    },
  });
  let out = '';
  let scheduled = false;
  let stopped = false;
  let finished = false;
  /** Resolves the loop's wait for the reader (set while the loop waits). */
  let wanted: (() => void) | undefined;
  let firstWrite!: () => void;
  const first = new Promise<void>((resolve) => (firstWrite = resolve));
  const finish = (err: PhigateError | undefined): void => {
    if (finished) return;
    finished = true;
    onEnd(err);
  };
  const write = (): void => {
    scheduled = false;
    if (out.length > 0 && !stopped) controller.enqueue(encoder.encode(out));
    out = '';
    firstWrite();
  };
  const end = (err: PhigateError | undefined): void => {
    try {
      write();
      if (!stopped) controller.close();
    } finally {
      stopped = true;
      finish(err);
    }
  };
  const pump = async (): Promise<void> => {
    try {
      for (;;) {
        // Backpressure: a burst is queued and unread (a slow client); wait until the reader asks for more.
        if ((controller.desiredSize ?? 1) <= 0) await new Promise<void>((resolve) => (wanted = resolve));
        if (stopped) return;
        const step = await it.next();
        if (stopped) return;
        if (step.done) {
          out += SSE_DONE;
          return end(undefined);
        }
        if (model !== undefined) step.value.model = model;
        out += toSseData(step.value);
        if (!scheduled) {
          scheduled = true;
          setImmediate(write);
        }
      }
    } catch (err) {
      const e = normalizeError(err);
      // The error event ends the stream, with no `[DONE]` after it (the shutdown's cut included): the openai
      // SDK throws at the error event either way, and a client that skips events without `choices` must not
      // read a cut answer as finished because `[DONE]` followed.
      out += toSseData(e.toEnvelope());
      end(e);
    }
  };
  // pump() handles its own errors; a stream the client already cancelled is all that could still throw.
  void pump().catch(() => undefined);
  await first;
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
      if (ctx.model) result.body.model = ctx.model.id;
      return jsonResponse(result.body, 200, ctx.requestId);
    case 'models':
      return jsonResponse({ object: 'list', data: result.ids.map((m) => ({ id: m.id, object: 'model', created: 0, owned_by: m.vendor })) }, 200, ctx.requestId);
    case 'chat-stream':
      return sseResponse(result.chunks, ctx, onStreamEnd);
  }
}
