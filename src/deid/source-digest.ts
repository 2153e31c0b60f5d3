// The digest a start-up snapshot carries (dictionaries/snapshot.ts, recognizers/regex-facts.ts): SHA-256
// of the source of every module whose code or data made it, read as this process loaded them. A snapshot
// written by other code, or from other word lists, then has another digest and is not used.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Where one digest's sources are read, one after another: a file read into a buffer of its own takes fresh memory, and on
 * a virtual machine each new page costs a fault of some microseconds (the word lists are 1.6 MB, read at every start).
 */
let scratch = Buffer.allocUnsafeSlow(0);

/** The bytes of `file`, in `scratch` (valid until the next call). */
function readInto(file: URL): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (scratch.length < size) scratch = Buffer.allocUnsafeSlow(Math.max(size, 2 * scratch.length));
    let read = 0;
    while (read < size) {
      const n = readSync(fd, scratch, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return scratch.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * The digest of `modules` (paths relative to the module at URL `here`, without extension: the extension is
 * `here`'s, .js when built, .ts under the test runner) with `salt` first; undefined when one cannot be read.
 */
export function sourceDigest(here: string, modules: readonly string[], salt: string): Buffer | undefined {
  const ext = here.slice(here.lastIndexOf('.'));
  const h = createHash('sha256').update(`${salt}\n`);
  try {
    for (const name of modules) h.update(readInto(new URL(`${name}${ext}`, here)));
  } catch {
    return undefined;
  } finally {
    scratch = Buffer.allocUnsafeSlow(0); // not kept: a digest is taken once or twice a process
  }
  return h.digest();
}
