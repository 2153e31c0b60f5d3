// References to secrets held outside the config text: `env:VAR` or `file:/path`. The config file names
// where a secret lives; `resolveSecret` (load.ts) fetches it only when a component needs it.
import { z } from 'zod';

export type SecretRef =
  | { readonly kind: 'env'; readonly name: string }
  | { readonly kind: 'file'; readonly path: string };

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

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

export const SECRET_REF_HINT = 'expected env:VAR or file:PATH (secrets are never written in the config file)';

export const secretRefSchema = z.string().transform((value, ctx): SecretRef => {
  const ref = parseSecretRef(value);
  if (!ref) {
    ctx.addIssue({ code: 'custom', message: SECRET_REF_HINT });
    return z.NEVER;
  }
  return ref;
});
