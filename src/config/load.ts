// The config loader: reads phigate.yaml, the roster files its deny lists name and its Cedar policy
// files. File access comes in through `ConfigIo` so tests can pass their own.
import { PhigateError } from '../errors.js';
import type { DenyListConfig } from './deid-policy.js';
import { deepFreeze } from './freeze.js';
import { parseConfig } from './parse.js';
import type { PhigateConfig } from './schema.js';
import { type ConfigIo, nodeConfigIo, readReferencedFile } from './secrets.js';

/** Reads and validates `path`; deny lists that name roster files come back with their values filled in. */
export function loadConfig(path: string, io: ConfigIo = nodeConfigIo): PhigateConfig {
  return withReferencedFiles(parseConfig(readText(path, `config file ${path}`, io), path), (file, what) => readText(file, what, io));
}

/** A file the config names, as text: `what` names it in errors (`deny-list file x.txt`). */
export function readText(file: string, what: string, io: ConfigIo): string {
  return decodeUtf8(readReferencedFile(file, what, io), what);
}

/**
 * The parsed config with the files it names read in: deny-list rosters and Cedar policy files. `read` returns
 * a file's text; `field` is where the config names it (`deid.deny.NAME`), for a checker that reports there.
 */
export function withReferencedFiles(parsed: PhigateConfig, read: (file: string, what: string, field: readonly PropertyKey[]) => string): PhigateConfig {
  const deny = parsed.deid.deny.map((d): DenyListConfig => (d.file === undefined ? d : { ...d, values: parseRoster(read(d.file, `deny-list file ${d.file}`, ['deid', 'deny', d.type])) }));
  const policies = parsed.access.policies.map((p, i) => ({ ...p, text: read(p.file, `policy file ${p.file}`, ['access', 'policies', i, 'file']) }));
  return deepFreeze({ ...parsed, deid: { ...parsed.deid, deny }, access: { ...parsed.access, policies } });
}

/** One value per line; blank lines and lines starting with `#` are skipped. */
export function parseRoster(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PhigateError('PHIGATE_BAD_CONFIG', `${what} is not valid UTF-8`);
  }
}
