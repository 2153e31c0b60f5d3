// Resolves what a command was asked to read: stdin, one file, or every file under a directory (in a
// stable, sorted order, skipping dot-files and not following symbolic links out of the tree).
import { createReadStream, lstatSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { PhigateError } from '../errors.js';
import { fileError } from './file-errors.js';

export interface InputFile {
  /** How the input is named in messages: the path as given (or under the directory), or `<stdin>`. */
  readonly name: string;
  /** Path relative to the input directory, for mirroring into --out; the base name for a single file. */
  readonly relativePath: string;
  /** Size in bytes when known. */
  readonly size?: number;
  open(): AsyncIterable<Uint8Array>;
}

export type InputSet =
  | { readonly kind: 'stdin'; readonly files: readonly InputFile[] }
  | { readonly kind: 'file'; readonly files: readonly InputFile[] }
  | { readonly kind: 'dir'; readonly root: string; readonly files: readonly InputFile[] };

const READ_CHUNK = 64 * 1024;

/** `option` names the option the path came from in errors (`--gold: cannot read ...`). */
export function resolveInputs(arg: string | undefined, stdin: AsyncIterable<Uint8Array>, option?: string): InputSet {
  if (arg === undefined || arg === '-') {
    return { kind: 'stdin', files: [{ name: '<stdin>', relativePath: 'stdin', open: () => stdin }] };
  }
  let stat;
  try {
    stat = statSync(arg);
  } catch (err) {
    // A usage-class error (exit 2): the command line names an input that is not there.
    throw fileError(err, 'read', arg, option ? `${option}: ` : '');
  }
  if (stat.isDirectory()) {
    const root = resolve(arg);
    let paths: string[];
    try {
      paths = walk(root);
    } catch (err) {
      throw fileError(err, 'list');
    }
    const files = paths.map((abs): InputFile => {
      const rel = relative(root, abs);
      const size = sizeOf(abs);
      return { name: join(arg, rel), relativePath: rel, ...(size !== undefined ? { size } : {}), open: () => createReadStream(abs, { highWaterMark: READ_CHUNK }) };
    });
    return { kind: 'dir', root, files };
  }
  if (!stat.isFile()) throw new PhigateError('PHIGATE_BAD_INPUT', `${arg} is not a regular file or a directory`);
  const base = arg.split(/[\\/]/).pop() ?? arg;
  return { kind: 'file', files: [{ name: arg, relativePath: base, size: stat.size, open: () => createReadStream(arg, { highWaterMark: READ_CHUNK }) }] };
}

/**
 * A listed file's size; undefined when it went away (or became unreadable) since it was listed: it stays in the
 * list, and opening it fails that one input, named, while the others go through.
 */
function sizeOf(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

/** Regular files under `dir`, sorted by path; dot-entries and symbolic links are skipped. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full));
    else if (e.isFile()) out.push(full);
  }
  return out;
}

/** True if `inner` is `outer` or inside it (so --out inside the input directory can be refused). */
export function isInside(inner: string, outer: string): boolean {
  const a = resolve(inner);
  const b = resolve(outer);
  return a === b || a.startsWith(b.endsWith(sep) ? b : b + sep);
}

export function isDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}
