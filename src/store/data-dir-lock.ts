// One process per embedded data directory: PGlite is Postgres in this process, and two processes
// writing one data directory would corrupt it. The lock is a file beside the directory holding the
// owner's pid, created exclusively; a lock left by a process that no longer exists (killed) is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { PhigateError } from '../errors.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

export function lockDataDir(dataDir: string): DataDirLock {
  const path = `${dataDir.replace(/\/+$/, '')}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          rmSync(path, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new PhigateError('PHIGATE_STORE_FAILURE', `Cannot create the data directory lock ${path}`, { cause: err });
      }
    }
    let owner = NaN;
    try {
      owner = Number.parseInt(readFileSync(path, 'utf8'), 10);
    } catch {
      continue; // removed meanwhile: try again
    }
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
      // What to do is in the message: the CLI adds its own hints (the admin API) after it.
      throw new PhigateError('PHIGATE_STORE_IN_USE', `Data directory ${dataDir} is in use by process ${owner}; the embedded store allows one process: stop that one and run this again (use PostgreSQL for several)`, {
        details: { pid: owner },
      });
    }
    if (owner === process.pid) {
      throw new PhigateError('PHIGATE_STORE_FAILURE', `Data directory ${dataDir} is already open in this process`);
    }
    rmSync(path, { force: true }); // stale: its process is gone
  }
  throw new PhigateError('PHIGATE_STORE_FAILURE', `Cannot take the data directory lock ${path}`);
}
