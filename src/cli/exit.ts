// Exit codes and the one place top-level errors are printed. 0: everything went through; 1: some
// inputs failed (the others were processed); 2: the command could not run (usage, config, key); 3: the
// embedded store is held by another process (try again once it stops, unlike a usage error).
// Messages are PhigateError messages (no input text by construction); stacks only with PHIGATE_DEBUG=1.
import { type ErrorCode, normalizeError } from '../errors.js';

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_STORE_IN_USE = 3;

const USAGE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'PHIGATE_USAGE',
  'PHIGATE_BAD_CONFIG',
  'PHIGATE_UNKNOWN_TRANSFORM',
  'PHIGATE_BAD_RECOGNIZER',
  'PHIGATE_KEY_MISSING',
  'PHIGATE_CANNOT_LISTEN',
  // A file the command line names that is not there, or can't be read or written (inputs, --out, key files).
  'PHIGATE_NOT_FOUND',
  'PHIGATE_FILE_ACCESS',
]);

export function exitCodeFor(code: ErrorCode): number {
  if (code === 'PHIGATE_STORE_IN_USE') return EXIT_STORE_IN_USE;
  return USAGE_CODES.has(code) ? EXIT_USAGE : EXIT_INPUT_FAILED;
}

/** `phigate: <message> (<code>)`, plus the stack chain when debugging. */
export function formatTopLevelError(err: unknown, debug: boolean): string {
  const e = normalizeError(err);
  let out = `phigate: ${e.message} (${e.code})\n`;
  if (debug) {
    for (let cur: unknown = err; cur instanceof Error; cur = cur.cause) out += `${cur.stack ?? String(cur)}\n`;
  }
  return out;
}

/** `{"error":{"code","message"}}` on one line, for a command given --json (the stack, when debugging, follows as text). */
export function formatJsonError(err: unknown, debug: boolean): string {
  const e = normalizeError(err);
  const json = `${JSON.stringify({ error: { code: e.code, message: e.message } })}\n`;
  return debug ? json + formatTopLevelError(err, true).split('\n').slice(1).join('\n') : json;
}

/** Commands record partial failure here; the highest code wins. */
export function raiseExitCode(code: number): void {
  process.exitCode = Math.max(Number(process.exitCode ?? 0), code);
}

/**
 * `{"error":{"code","message","input","line"}}` on one line for one failed input or line, as a command given
 * --json reports it: the top-level error's shape, plus where (names and numbers only, never the text).
 */
export function formatJsonInputError(input: string, line: number | undefined, err: unknown): string {
  const e = normalizeError(err);
  const at = typeof e.details?.line === 'number' ? e.details.line : line;
  // Decoding errors start with `input:line: `; here the place has fields of its own.
  const placed = `${input}:${at !== undefined ? `${at}:` : ''} `;
  const message = e.message.startsWith(placed) ? e.message.slice(placed.length) : e.message;
  return JSON.stringify({ error: { code: e.code, message, input, ...(at !== undefined ? { line: at } : {}) } });
}

/** `phigate: <input>:<line>: <message> (<code>)` for one failed input or line; names and numbers only. */
export function formatInputError(input: string, line: number | undefined, err: unknown): string {
  const e = normalizeError(err);
  // Decoding errors already start with `input:line:`.
  const text = e.message.startsWith(`${input}:`) ? e.message : `${input}${line !== undefined ? `:${line}` : ''}: ${e.message}`;
  return `phigate: ${text} (${e.code})`;
}
