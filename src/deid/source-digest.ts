// The digest a start-up snapshot carries (dictionaries/snapshot.ts, recognizers/regex-facts.ts): SHA-256
// of the source of every module whose code or data made it, read as this process loaded them. A snapshot
// written by other code, or from other word lists, then has another digest and is not used.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The digest of `modules` (paths relative to the module at URL `here`, without extension: the extension is
 * `here`'s, .js when built, .ts under the test runner) with `salt` first; undefined when one cannot be read.
 */
export function sourceDigest(here: string, modules: readonly string[], salt: string): Buffer | undefined {
  const ext = here.slice(here.lastIndexOf('.'));
  const h = createHash('sha256').update(`${salt}\n`);
  try {
    for (const name of modules) h.update(readFileSync(new URL(`${name}${ext}`, here)));
  } catch {
    return undefined;
  }
  return h.digest();
}
