// Writes files that only make sense together (a signing key and its verifier key) so that a failure never
// leaves one new half beside an old or missing other: every file is written in full to a temporary name
// first, then put in place; if putting one in place fails, the ones already placed are taken back (and
// files they replaced restored). Without `replace`, existing files are never touched: the caller is told.
import * as nodeFs from 'node:fs';
import { dirname, join } from 'node:path';
import { PhigateError } from '../errors.js';
import { fileError } from './file-errors.js';

/** The file system calls the set is written with (tests inject failures). */
export type SetFs = Pick<typeof nodeFs, 'linkSync' | 'renameSync' | 'rmSync' | 'writeFileSync'>;

export interface SetFile {
  readonly path: string;
  readonly text: string;
  /** File mode (default 0644); a secret gets 0600. */
  readonly mode?: number;
}

const tmpName = (path: string, tag: string): string => join(dirname(path), `.${path.split(/[\\/]/).pop() ?? 'file'}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.${tag}`);

/**
 * Writes every file of `files` or none. Throws a file error naming the path that failed (EEXIST, as
 * PHIGATE_FILE_ACCESS "already exists", when `replace` is false and one of them is there). If a file it
 * replaced cannot be put back, the error says where its previous content is kept, and that copy stays.
 */
export function writeFileSet(files: readonly SetFile[], { replace, fs = nodeFs }: { replace: boolean; fs?: SetFs }): void {
  const staged: { file: SetFile; tmp: string }[] = [];
  const placed: { path: string; backup?: string }[] = [];
  try {
    for (const file of files) {
      const tmp = tmpName(file.path, 'tmp');
      staged.push({ file, tmp });
      try {
        fs.writeFileSync(tmp, file.text, { mode: file.mode ?? 0o644, flag: 'wx' });
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
            fs.linkSync(file.path, backup);
          } catch (err) {
            if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
            kept = undefined;
          }
          try {
            fs.renameSync(tmp, file.path);
          } catch (err) {
            // Not replaced: the copy is a second name of the file still in place (renaming it back would do
            // nothing, as both names are one file, and leave the copy behind).
            if (kept) removeQuietly(fs, kept);
            throw err;
          }
          placed.push({ path: file.path, ...(kept ? { backup: kept } : {}) });
        } else {
          // link fails with EEXIST when the name is taken, even by a file made a moment ago: no overwrite race.
          fs.linkSync(tmp, file.path);
          placed.push({ path: file.path });
        }
      } catch (err) {
        throw fileError(err, 'write', file.path);
      }
    }
  } catch (err) {
    throw rollBack(placed, err, fs);
  } finally {
    // Best effort: a temporary file left behind must not turn a written set into a failure, or hide the real one.
    for (const { tmp } of staged) removeQuietly(fs, tmp);
  }
  // Every file is in place: the copies of the old ones are not needed. Best effort: a copy left behind (an
  // `.old` file) is untidy, while taking the new files back now would leave a mismatched set.
  for (const p of placed) if (p.backup) removeQuietly(fs, p.backup);
}

/** Removes a temporary file or a copy, best effort: one left behind (a dot-name) is untidy, never harmful. */
function removeQuietly(fs: SetFs, path: string): void {
  try {
    fs.rmSync(path, { force: true });
  } catch {
    // Left behind.
  }
}

/**
 * Takes back the files placed so far, last first, each on its own: one that cannot be restored does not stop
 * the others, and its previous content stays in its backup, which the error names. Returns the error to throw:
 * the failure that started it, with what could not be put back added.
 */
function rollBack(placed: readonly { path: string; backup?: string }[], cause: unknown, fs: SetFs): unknown {
  const stranded: string[] = [];
  for (const p of [...placed].reverse()) {
    try {
      if (p.backup) fs.renameSync(p.backup, p.path);
      else fs.rmSync(p.path, { force: true });
    } catch {
      stranded.push(p.backup ? `${p.path} (its previous content is kept in ${p.backup})` : `${p.path} (a new file that could not be removed)`);
    }
  }
  if (stranded.length === 0) return cause;
  const first = cause instanceof PhigateError ? cause : fileError(cause, 'write');
  return new PhigateError(first.code, `${first.message}; and could not put back ${stranded.join(', ')}`, { cause });
}
