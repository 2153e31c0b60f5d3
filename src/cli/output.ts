// Where the CLI's results go: a writer that respects backpressure (awaits 'drain'), and files written
// atomically (a temporary file renamed into place), so a failed input never leaves a half-written output.
import { once } from 'node:events';
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { fileError } from './file-errors.js';

export interface Sink {
  write(text: string): Promise<void>;
  /** Finishes the output (renames a file into place). */
  close(): Promise<void>;
  /** Drops the output (removes a temporary file); for stdout, nothing can be taken back. */
  abort(): Promise<void>;
}

/** Writes to a stream the CLI doesn't own (stdout): never ends it. */
export function streamSink(stream: Writable): Sink {
  return {
    async write(text) {
      if (text.length > 0 && !stream.write(text)) await drained(stream);
    },
    async close() {},
    async abort() {},
  };
}

/**
 * Writes `path` through `path.<random>.tmp`; the file appears only when `close` succeeds. Creates parent folders.
 * A folder or file that can't be made fails the first write or the close with an error naming `path`.
 */
export function atomicFileSink(path: string): Sink {
  const tmp = `${path}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`;
  let failed: Error | undefined;
  let stream: Writable & { closed: boolean };
  try {
    mkdirSync(dirname(path), { recursive: true });
    stream = createWriteStream(tmp, { flags: 'wx', mode: 0o600 });
    stream.on('error', (err) => (failed = fileError(err, 'write', path)));
  } catch (err) {
    failed = fileError(err, 'write', path);
    stream = { closed: true } as Writable & { closed: boolean };
  }
  const end = async () => {
    if (!stream.closed) {
      stream.end();
      await once(stream, 'close').catch(() => undefined);
    }
  };
  return {
    async write(text) {
      if (failed) throw failed;
      if (text.length > 0 && !stream.write(text)) {
        await drained(stream).catch((err: unknown) => {
          throw (failed ??= fileError(err, 'write', path));
        });
      }
      if (failed) throw failed;
    },
    async close() {
      await end();
      if (failed) {
        rmSync(tmp, { force: true });
        throw failed;
      }
      try {
        renameSync(tmp, path);
      } catch (err) {
        rmSync(tmp, { force: true });
        throw fileError(err, 'write', path);
      }
    },
    async abort() {
      await end();
      rmSync(tmp, { force: true });
    },
  };
}

async function drained(stream: Writable): Promise<void> {
  // 'error' rejects the wait, so a closed pipe doesn't hang the CLI; the abort removes both listeners.
  const ac = new AbortController();
  try {
    await Promise.race([once(stream, 'drain', { signal: ac.signal }), once(stream, 'error', { signal: ac.signal }).then(([err]) => Promise.reject(err))]);
  } finally {
    ac.abort();
  }
}
