// Progress on stderr for long runs: inputs done, bytes read and rate. Counts only, never names or text.
// On a terminal it redraws one line; elsewhere (--progress into a log) it prints a line every few seconds;
// for a command given --json, that line is a JSON object ({"progress":{...}}).

export interface ProgressOptions {
  readonly write: (s: string) => void;
  readonly tty: boolean;
  /** One JSON object per line ({"progress":{...}}), for a command given --json; never redrawn in place. */
  readonly json?: boolean;
  /** Total bytes when known (a single file), for a percentage. */
  readonly totalBytes?: number;
  /** Total inputs when known (a directory). */
  readonly totalInputs?: number;
  /** Bytes processed before anything is shown (small jobs stay quiet). */
  readonly quietBelowBytes?: number;
  readonly now?: () => number;
}

export interface Progress {
  addBytes(n: number): void;
  inputDone(): void;
  /** Clears the terminal line (or prints a last line) and stops. */
  finish(): void;
}

export const NO_PROGRESS: Progress = { addBytes() {}, inputDone() {}, finish() {} };

export function createProgress(opts: ProgressOptions): Progress {
  const now = opts.now ?? Date.now;
  const started = now();
  const inPlace = opts.tty && opts.json !== true;
  const interval = inPlace ? 200 : 2000;
  let bytes = 0;
  let inputs = 0;
  let last = -Infinity;
  let shown = false;
  let lastLine = '';

  const render = (): string => {
    const secs = Math.max(0.001, (now() - started) / 1000);
    if (opts.json) {
      const progress = {
        ...(opts.totalInputs !== undefined ? { inputs, totalInputs: opts.totalInputs } : {}),
        bytes,
        ...(opts.totalBytes ? { totalBytes: opts.totalBytes } : {}),
        bytesPerSecond: Math.round(bytes / secs),
      };
      return JSON.stringify({ progress });
    }
    const parts: string[] = [];
    if (opts.totalInputs !== undefined) parts.push(`${inputs}/${opts.totalInputs} inputs`);
    const pct = opts.totalBytes ? ` (${Math.min(100, Math.floor((100 * bytes) / opts.totalBytes))}%)` : '';
    parts.push(`${formatBytes(bytes)}${opts.totalBytes ? ` of ${formatBytes(opts.totalBytes)}` : ''}${pct}`);
    parts.push(`${formatBytes(bytes / secs)}/s`);
    return `phigate: ${parts.join(', ')}`;
  };
  const tick = (force: boolean) => {
    if (bytes < (opts.quietBelowBytes ?? 0) && !force) return;
    const t = now();
    if (!force && t - last < interval) return;
    last = t;
    const line = render();
    // In a log, a line that says nothing new is noise.
    if (!inPlace && line === lastLine) return;
    lastLine = line;
    shown = true;
    opts.write(inPlace ? `\r${line}\x1b[K` : `${line}\n`);
  };
  return {
    addBytes(n) {
      bytes += n;
      tick(false);
    },
    inputDone() {
      inputs++;
      tick(false);
    },
    finish() {
      if (!shown) return;
      if (inPlace) opts.write('\r\x1b[K');
      else tick(true);
    },
  };
}

export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return `${u === 0 ? Math.round(n) : n.toFixed(1)} ${units[u]}`;
}
