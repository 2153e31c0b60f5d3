// A stream's end, however it comes: the stages that must act once a streamed answer is over (its audit event,
// the count of tokens that did not resolve) wrap its chunks with this.
import { type PhigateError, normalizeError } from '../errors.js';

/** Passes chunks through and calls `done` once, when the stream ends, fails (with its error) or is abandoned. */
export async function* whenStreamEnds<T>(chunks: AsyncIterable<T>, done: (e: PhigateError | undefined) => void | Promise<void>): AsyncIterable<T> {
  let error: PhigateError | undefined;
  try {
    yield* chunks;
  } catch (err) {
    error = normalizeError(err);
    throw err;
  } finally {
    await done(error);
  }
}
