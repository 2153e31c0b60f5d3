// Writes files that only make sense together (a signing key and its verifier key) so that a failure never
// leaves one new half beside an old or missing other: every file is written in full to a temporary name
// first, then put in place; if putting one in place fails, the ones already placed are taken back (and
// files they replaced restored). Without `replace`, existing files are never touched: the caller is told.
import { linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileError } from './file-errors.js';

export interface SetFile {
  readonly path: string;
  readonly text: string;
  /** File mode (default 0644); a secret gets 0600. */
  readonly mode?: number;
}

const tmpName = (path: string, tag: string): string => join(dirname(path), `.${path.split(/[\\/]/).pop() ?? 'file'}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.${tag}`);

/**
 * Writes every file of `files` or none. Throws a file error naming the path that failed (EEXIST, as
 * PHIGATE_FILE_ACCESS "already exists", when `replace` is false and one of them is there).
 */
export function writeFileSet(files: readonly SetFile[], { replace }: { replace: boolean }): void {
  const staged: { file: SetFile; tmp: string }[] = [];
  const placed: { path: string; backup?: string }[] = [];
  try {
    for (const file of files) {
      const tmp = tmpName(file.path, 'tmp');
      staged.push({ file, tmp });
      try {
        writeFileSync(tmp, file.text, { mode: file.mode ?? 0o644, flag: 'wx' });
      } catch (err) {
        throw fileError(err, 'write', file.path);
      }
    }
    for (const { file, tmp } of staged) {
      try {
        if (replace) {
          // A hard link keeps the file being replaced, so a later failure can put it back.
          const backup = tmpName(file.path, 'old');
          let kept: string | undefined = backup;
          try {
            linkSync(file.path, backup);
          } catch (err) {
            if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
            kept = undefined;
          }
          placed.push({ path: file.path, ...(kept ? { backup: kept } : {}) });
          renameSync(tmp, file.path);
        } else {
          // link fails with EEXIST when the name is taken, even by a file made a moment ago: no overwrite race.
          linkSync(tmp, file.path);
          placed.push({ path: file.path });
        }
      } catch (err) {
        throw fileError(err, 'write', file.path);
      }
    }
    for (const p of placed) if (p.backup) rmSync(p.backup, { force: true });
  } catch (err) {
    for (const p of placed.reverse()) {
      if (p.backup) renameSync(p.backup, p.path);
      else rmSync(p.path, { force: true });
    }
    throw err;
  } finally {
    for (const { tmp } of staged) rmSync(tmp, { force: true });
  }
}
