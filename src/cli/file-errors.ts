// File-system failures as the CLI reports them: a PhigateError that names the path and the reason
// (`cannot write out/note.txt: permission denied (EACCES)`), instead of an internal error or a stack
// trace. Only the path and the errno code are used, never what was being read or written.
import { accessSync, constants, mkdirSync, readFileSync } from 'node:fs';
import { PhigateError } from '../errors.js';

type FsError = NodeJS.ErrnoException & { code: string };

export function isFsError(err: unknown): err is FsError {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && typeof (err as NodeJS.ErrnoException).syscall === 'string';
}

/** Plain words for the errno codes a person meets on the command line. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory',
  EEXIST: 'already exists',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** `permission denied (EACCES)`, or the bare code when it has no plain words here. */
export function fsReason(code: string | undefined): string {
  if (!code) return 'unreadable';
  const words = REASONS[code];
  return words ? `${words} (${code})` : code;
}

const NOT_FOUND = new Set(['ENOENT', 'ENOTDIR']);

/**
 * `cannot <verb> <path>: <reason>` as PHIGATE_NOT_FOUND (nothing there) or PHIGATE_FILE_ACCESS (there, but
 * not readable or writable). `path` is the path as the user gave it; the error's own path is used without it.
 */
export function fileError(err: unknown, verb: string, path?: string, prefix = ''): PhigateError {
  if (err instanceof PhigateError) return err;
  const e = err as NodeJS.ErrnoException;
  const where = path ?? e.path ?? 'a file';
  const code = e.code !== undefined && NOT_FOUND.has(e.code) ? 'PHIGATE_NOT_FOUND' : 'PHIGATE_FILE_ACCESS';
  return new PhigateError(code, `${prefix}cannot ${verb} ${where}: ${fsReason(e.code)}`, { cause: err });
}

/** The verb for a failed system call, for errors that reach the top level unconverted. */
function verbOf(syscall: string | undefined): string {
  switch (syscall) {
    case 'mkdir':
      return 'create the directory';
    case 'rename':
    case 'write':
    case 'copyfile':
    case 'unlink':
      return 'write';
    case 'scandir':
    case 'opendir':
      return 'list';
    default:
      return 'open';
  }
}

/** A file-system error that names a path becomes its PhigateError; anything else is left as it is. */
export function describeFsError(err: unknown): unknown {
  if (!isFsError(err) || err.path === undefined) return err;
  return fileError(err, verbOf(err.syscall));
}

/**
 * Reads a file named by an option (a key file, a checkpoint, a token file): a missing or unreadable
 * file is a usage error that names the option and the path.
 */
export function readOptionFile(option: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw fileError(err, 'read', path, `${option}: `);
  }
}

/**
 * Makes the folder an output option writes into and checks it can be written, before any input is read: an
 * output under a file, on a read-only disk or in a folder without permission is a usage error naming the
 * option and the path, not a failure after the work is done.
 */
export function checkWritableFolder(option: string, folder: string, out: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch (err) {
    // mkdir over a file says EEXIST ("already exists"), which reads as if the output were the problem.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new PhigateError('PHIGATE_FILE_ACCESS', `${option}: cannot write ${out}: ${folder} is a file, not a directory`);
    throw fileError(err, 'write', out, `${option}: `);
  }
}
