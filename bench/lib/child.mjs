// A bench's helper process (the stub upstream, a gateway under test): spawned with this node, its stdout read
// a line at a time. Lines that arrive before anyone asks are kept, so none is lost between two awaits.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Starts `dir/file` with `argv`; `next()` resolves with its next stdout line, `send(line)` writes one to its stdin. */
export function startChild(dir, file, argv, env = {}, nodeArgs = []) {
  const child = spawn(process.execPath, [...nodeArgs, join(dir, file), ...argv], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const lines = createInterface({ input: child.stdout });
  const queued = [];
  const waiting = [];
  lines.on('line', (l) => (waiting.length > 0 ? waiting.shift()(l) : queued.push(l)));
  const next = () => (queued.length > 0 ? Promise.resolve(queued.shift()) : new Promise((r) => waiting.push(r)));
  return { child, next, send: (line) => child.stdin.write(`${line}\n`) };
}
