// Structured log lines: codes, ids, numbers and durations only. There is deliberately no field for a
// body, a header value or a message from upstream, so nothing that may hold PHI has a place to go.
export interface LogEntry {
  readonly level: 'info' | 'warn' | 'error';
  readonly event: 'request' | 'upstream_retry' | 'audit_failure' | 'stream_error' | 'listening' | 'shutdown';
  readonly requestId?: string;
  readonly action?: string;
  readonly status?: number;
  readonly code?: string;
  /** The real reason of a refusal the caller was told as `code` (a model they may not use, refused as unknown). */
  readonly reason?: string;
  readonly principal?: string;
  readonly model?: string;
  readonly vendor?: string;
  /** A refused vendor's BAA state (active, expired, not-started...), with the refusal's code or reason. */
  readonly baa?: string;
  readonly mode?: string;
  readonly durationMs?: number;
  readonly identifiers?: number;
  /** Tokens in the answer that are none of the caller's conversation, left as written (a count, never the token). */
  readonly unresolvedTokens?: number;
  readonly port?: number;
  /** Worker threads de-identifying beside the event loop (at start-up). */
  readonly analysisThreads?: number;
}

export type LogFn = (entry: LogEntry) => void;

/** One JSON line per entry on a writable (stderr by default). */
export function jsonLogger(write: (line: string) => void = (l) => process.stderr.write(l)): LogFn {
  return (entry) => write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
}
