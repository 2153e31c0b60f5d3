// A streamed reply of JSON lines (the SIEM export), written as the client reads it (backpressure). It ends
// cleanly only when every line has been written. Cut short (the gateway's shutdown began, or reading the
// log failed), it writes one last line naming the error and, for a resumable reply, where to resume:
//   {"error":{"message":…,"type":…,"param":null,"code":"PHIGATE_SHUTTING_DOWN"},"phigate":{"resume_from":N}}
// then aborts the chunked body (no terminating chunk): a client cannot take a cut export for a whole one,
// and it can carry on from N (the `from` parameter) at another replica or once the gateway is back.
//
// The export ends when the shutdown begins, not when its grace period ends as a chat stream does: it can be
// resumed at no cost, while a long one would hold the shutdown for the whole grace period.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { PhigateError, normalizeError } from '../errors.js';
import type { ReplyLine } from './endpoint.js';

export interface LinesResponseOptions {
  readonly headers: Readonly<Record<string, string>>;
  /** Where a resumable reply starts (see AdminReply); undefined for one that cannot be resumed. */
  readonly from?: number | undefined;
  /** Aborted when the gateway begins to shut down. */
  readonly shutdown?: AbortSignal | undefined;
  /**
   * Ends the connection after what was written, the body unfinished (the server's Peer.cut). Without it the
   * body is errored, which the HTTP adapter answers by destroying the connection too, but logs on the console.
   */
  readonly cut?: (() => void) | undefined;
  /** Called once: when the last line is written (no error), the client goes away (none), or the reply is cut short. */
  onEnd(err: PhigateError | undefined): void;
}

const STOPPED = Symbol('stopped');

const SHUTTING_DOWN = 'The gateway is shutting down: this export was cut short; call again with from set to phigate.resume_from (at another replica, or once it is back)';

export function linesResponse(lines: AsyncIterable<ReplyLine>, opts: LinesResponseOptions): Response {
  const encoder = new TextEncoder();
  const it = lines[Symbol.asyncIterator]();
  // The position after the last line queued for the client: where it resumes.
  let resumeFrom = opts.from;
  let ended = false;
  // The error line is queued: the next pull, once the client's writer has taken it, aborts the body.
  let aborting = false;
  let onShutdown = (): void => undefined;
  // Resolves when the reply is cut: a read of the log in progress is not waited for (the pull it holds
  // would keep the stream from asking for the next one, the one that ends the connection).
  let stop = (): void => undefined;
  const stopped = new Promise<typeof STOPPED>((resolve) => (stop = () => resolve(STOPPED)));
  const end = (err: PhigateError | undefined): void => {
    if (ended) return;
    ended = true;
    opts.shutdown?.removeEventListener('abort', onShutdown);
    opts.onEnd(err);
  };
  const cut = (controller: ReadableStreamDefaultController<Uint8Array>, err: PhigateError): void => {
    if (ended) return;
    aborting = true;
    stop();
    const resume = resumeFrom === undefined ? {} : { phigate: { resume_from: resumeFrom } };
    controller.enqueue(encoder.encode(`${JSON.stringify({ ...err.toEnvelope(), ...resume })}\n`));
    end(err);
    // Runs after a read in progress settles (an async generator queues it), closing the log reader.
    it.return?.().catch(() => undefined);
  };
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      onShutdown = () => cut(controller, new PhigateError('PHIGATE_SHUTTING_DOWN', SHUTTING_DOWN));
      if (opts.shutdown?.aborted) onShutdown();
      else opts.shutdown?.addEventListener('abort', onShutdown, { once: true });
    },
    async pull(controller) {
      if (aborting) {
        // The error line has been handed to the socket: the connection ends once it has left (the adapter then
        // cancels this body); else give it a turn to leave, and error the body.
        if (opts.cut) return opts.cut();
        await nextTurn();
        controller.error(new Error('cut short'));
        return;
      }
      try {
        const next = it.next();
        next.catch(() => undefined); // a read that fails after a cut is nobody's to handle
        const step = await Promise.race([next, stopped]);
        // Cut while this line was read: it is not sent, and resume_from is before it.
        if (step === STOPPED || aborting) return;
        const { done, value } = step;
        if (done) {
          controller.close();
          end(undefined);
          return;
        }
        controller.enqueue(encoder.encode(`${value.text}\n`));
        if (value.next !== undefined) resumeFrom = value.next;
      } catch (err) {
        if (!aborting) cut(controller, normalizeError(err));
      }
    },
    async cancel() {
      end(undefined);
      await it.return?.();
    },
  });
  return new Response(body, { status: 200, headers: opts.headers });
}
