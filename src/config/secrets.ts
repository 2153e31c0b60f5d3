// Secrets are referenced, never written, in the config: `env:VAR` or `file:/path`. This module parses
// those references and fetches a secret's bytes when a component needs it. Errors name the variable or
// the file, never the content. File and environment access come in through `ConfigIo`.
import { readFileSync } from 'node:fs';
import { PhigateError } from '../errors.js';

export type SecretRef =
  | { readonly kind: 'env'; readonly name: string }
  | { readonly kind: 'file'; readonly path: string };

export interface ConfigIo {
  readFile(path: string): Uint8Array;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const nodeConfigIo: ConfigIo = { readFile: (p) => readFileSync(p), env: process.env };

/** Largest config, roster or secret file read (bytes): a guard against pointing `file:` at the wrong thing. */
export const MAX_REFERENCED_FILE = 64 * 1024 * 1024;

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

export const SECRET_REF_HINT = 'expected env:VAR or file:PATH (secrets are never written in the config file)';

/** Parses `env:VAR` or `file:PATH`; undefined for anything else (never echo the value: it may be a key). */
export function parseSecretRef(value: string): SecretRef | undefined {
  if (value.startsWith('env:')) {
    const name = value.slice(4);
    return ENV_NAME.test(name) ? { kind: 'env', name } : undefined;
  }
  if (value.startsWith('file:')) {
    const path = value.slice(5);
    return path.length > 0 && !path.includes('\0') ? { kind: 'file', path } : undefined;
  }
  return undefined;
}

/** How a secret reference is named in messages: the variable or the path, never the content. */
export function describeSecretRef(ref: SecretRef): string {
  return ref.kind === 'env' ? `environment variable ${ref.name}` : `file ${ref.path}`;
}

/** Fetches a secret's bytes (trailing newlines in a file are dropped). Throws PHIGATE_KEY_MISSING. */
export function resolveSecret(ref: SecretRef, io: ConfigIo = nodeConfigIo): Uint8Array {
  const what = describeSecretRef(ref);
  if (ref.kind === 'env') {
    const value = io.env[ref.name];
    if (value === undefined || value === '') throw new PhigateError('PHIGATE_KEY_MISSING', `${what} is not set or empty`);
    return new TextEncoder().encode(value);
  }
  let bytes = readReferencedFile(ref.path, what, io, 'PHIGATE_KEY_MISSING');
  while (bytes.length > 0 && (bytes[bytes.length - 1] === 0x0a || bytes[bytes.length - 1] === 0x0d)) bytes = bytes.subarray(0, -1);
  if (bytes.length === 0) throw new PhigateError('PHIGATE_KEY_MISSING', `${what} is empty`);
  return bytes;
}

/** Reads a file the config refers to; the error names `what` and the errno code. */
export function readReferencedFile(path: string, what: string, io: ConfigIo, code: 'PHIGATE_BAD_CONFIG' | 'PHIGATE_KEY_MISSING' = 'PHIGATE_BAD_CONFIG'): Uint8Array {
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
