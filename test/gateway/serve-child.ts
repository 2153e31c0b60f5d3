// `phigate serve` as a child process for tests: started on port 0 with the given arguments, resolved once it
// prints where it listens (http or https), killed at once if it exits before that.
import { type ChildProcess, spawn } from 'node:child_process';
import { MAIN, REPO_ROOT, TSX } from '../cli/run-phigate.js';

export interface Serving {
  readonly child: ChildProcess;
  readonly url: string;
  readonly stderr: () => string;
  readonly exited: Promise<number | null>;
}

/** Starts `phigate serve` with `args` (and `extraEnv` over this process's environment) and resolves once it prints where it listens. */
export async function startServe(args: readonly string[], extraEnv: Readonly<Record<string, string>> = {}): Promise<Serving> {
  const env = { ...process.env, ...extraEnv };
  // A key file named by the shell that runs the tests would change which one serve opens: only as given.
  if (extraEnv['PHIGATE_KEYRING_FILE'] === undefined) delete env['PHIGATE_KEYRING_FILE'];
  delete env.NODE_TEST_CONTEXT; // the child is a CLI, not a test file
  const child = spawn(process.execPath, ['--import', TSX, MAIN, 'serve', '--port', '0', ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /phigate gateway on (https?:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (m) {
        clearInterval(timer);
        resolve(m[1] as string);
      }
    }, 100);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`serve exited early (${code}): ${stderr}`));
    });
  }).catch((err: unknown) => {
    child.kill('SIGKILL');
    throw err;
  });
  return { child, url, stderr: () => stderr, exited };
}
