// The config loader: reads phigate.yaml and the roster files its deny lists name, and resolves secret
// references on demand. File and environment access come in through `ConfigIo` so tests can pass their own.
import { readFileSync } from 'node:fs';
import { PhigateError } from '../errors.js';
import { deepFreeze, parseConfig } from './parse.js';
import type { PhigateConfig } from './schema.js';
import { type SecretRef, describeSecretRef } from './secret-ref.js';
import type { DenyListConfig } from './sections/deid.js';

export interface ConfigIo {
  readFile(path: string): Uint8Array;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const nodeConfigIo: ConfigIo = { readFile: (p) => readFileSync(p), env: process.env };

/** Largest roster or secret file read (bytes): a guard against pointing `file:` at the wrong thing. */
export const MAX_REFERENCED_FILE = 64 * 1024 * 1024;

/** Reads and validates `path`; deny lists that name roster files come back with their values filled in. */
export function loadConfig(path: string, io: ConfigIo = nodeConfigIo): PhigateConfig {
  const text = decodeUtf8(readReferenced(path, `config file ${path}`, io), `config file ${path}`);
  const parsed = parseConfig(text, path);
  const deny = parsed.deid.deny.map((d): DenyListConfig => (d.file === undefined ? d : { ...d, values: readRoster(d.file, io) }));
  return deepFreeze({ ...parsed, deid: { ...parsed.deid, deny } });
}

/** One value per line; blank lines and lines starting with `#` are skipped. */
export function parseRoster(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

function readRoster(file: string, io: ConfigIo): string[] {
  return parseRoster(decodeUtf8(readReferenced(file, `deny-list file ${file}`, io), `deny-list file ${file}`));
}

/**
 * Fetches a secret's bytes (a trailing newline in a file is dropped). Errors name the variable or file,
 * never the content.
 */
export function resolveSecret(ref: SecretRef, io: ConfigIo = nodeConfigIo): Uint8Array {
  const what = describeSecretRef(ref);
  if (ref.kind === 'env') {
    const value = io.env[ref.name];
    if (value === undefined || value === '') throw new PhigateError('PHIGATE_KEY_MISSING', `${what} is not set or empty`);
    return new TextEncoder().encode(value);
  }
  let bytes = readReferenced(ref.path, what, io, 'PHIGATE_KEY_MISSING');
  while (bytes.length > 0 && (bytes[bytes.length - 1] === 0x0a || bytes[bytes.length - 1] === 0x0d)) bytes = bytes.subarray(0, -1);
  if (bytes.length === 0) throw new PhigateError('PHIGATE_KEY_MISSING', `${what} is empty`);
  return bytes;
}

function readReferenced(path: string, what: string, io: ConfigIo, code: 'PHIGATE_BAD_CONFIG' | 'PHIGATE_KEY_MISSING' = 'PHIGATE_BAD_CONFIG'): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new PhigateError(code, `cannot read ${what} (${reason})`);
  }
  if (bytes.length > MAX_REFERENCED_FILE) throw new PhigateError(code, `${what} is larger than ${MAX_REFERENCED_FILE} bytes`);
  return bytes;
}

function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new PhigateError('PHIGATE_BAD_CONFIG', `${what} is not valid UTF-8`);
  }
}
