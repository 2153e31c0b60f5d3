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
  const text = decodeUtf8(readReferencedFile(path, `config file ${path}`, io), `config file ${path}`);
  const parsed = parseConfig(text, path);
  const deny = parsed.deid.deny.map((d): DenyListConfig => (d.file === undefined ? d : { ...d, values: readRoster(d.file, io) }));
  const policies = parsed.access.policies.map((p) => ({ ...p, text: decodeUtf8(readReferencedFile(p.file, `policy file ${p.file}`, io), `policy file ${p.file}`) }));
  return deepFreeze({ ...parsed, deid: { ...parsed.deid, deny }, access: { ...parsed.access, policies } });
}

/** One value per line; blank lines and lines starting with `#` are skipped. */
export function parseRoster(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

function readRoster(file: string, io: ConfigIo): string[] {
  const what = `deny-list file ${file}`;
  return parseRoster(decodeUtf8(readReferencedFile(file, what, io), what));
}

function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PhigateError('PHIGATE_BAD_CONFIG', `${what} is not valid UTF-8`);
  }
}
