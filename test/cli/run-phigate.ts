// Runs the real `phigate` CLI as a child process (node --import tsx src/cli/main.ts), as a user would.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
/** tsx resolved from the repo, so the CLI can also be started from another working directory. */
export const TSX = import.meta.resolve('tsx');

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly input?: string | Uint8Array;
  readonly env?: Record<string, string>;
  readonly cwd?: string;
  readonly nodeArgs?: readonly string[];
}

export function runPhigate(args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...opts.env };
    // Keys and debugging from the shell that runs the tests would change what the CLI does: only as given.
    for (const name of ['PHIGATE_DEBUG', 'PHIGATE_DEID_KEY', 'PHIGATE_API_KEY', 'PHIGATE_KEYRING_FILE']) if (opts.env?.[name] === undefined) delete env[name];
    delete env.NODE_TEST_CONTEXT; // the child is a CLI, not a test file
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', TSX, MAIN, ...args], { cwd: opts.cwd ?? REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined); // the CLI may exit before reading all of it
    child.stdin.end(opts.input ?? '');
  });
}

/** Every line of `stderr` parsed as a JSON object (what a command given --json may print there); fails on a line that is not one. */
export function jsonLines(stderr: string): Array<Record<string, Record<string, unknown>>> {
  return stderr
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(l);
      } catch {
        throw new Error(`not a JSON line on stderr: ${l}`);
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`not a JSON object on stderr: ${l}`);
      return parsed as Record<string, Record<string, unknown>>;
    });
}
