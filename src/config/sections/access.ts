// The schema of the `access` section of phigate.yaml: the authorization policy as data (roles, the
// models and purposes each may use, patient access, break-glass), what a request naming no patient gets,
// and Cedar policy files that add to the roles.
import { z } from 'zod';
import { PURPOSES_OF_USE } from '../../audit/purpose.js';
import { DEFAULT_ACCESS, JWT_ALGORITHMS, type AccessConfig } from '../gateway-types.js';

const PURPOSE_CODES = PURPOSES_OF_USE.map((p) => p.code) as [string, ...string[]];

const roleSchema = z.strictObject({
  models: z.array(z.string().min(1).max(100)).default([]),
  purposes: z.array(z.enum(PURPOSE_CODES)).min(1),
  patients: z.enum(['care-team', 'any', 'none']).default('none'),
  breakGlass: z.boolean().default(false),
});

const oidcSchema = z
  .strictObject({
    issuer: z.url({ protocol: /^https?$/, error: 'expected the issuer URL' }),
    audience: z.string().min(1).max(512),
    algorithms: z.array(z.enum(JWT_ALGORITHMS)).min(1).default(['RS256', 'ES256']),
    rolesClaim: z.string().min(1).max(128).default('roles'),
    clockToleranceSec: z.int().min(0).max(300).default(30),
    allowInsecureLoopback: z.boolean().default(false),
  })
  .superRefine((o, ctx) => {
    const u = new URL(o.issuer);
    const loopback = u.hostname === 'localhost' || u.hostname === '[::1]' || /^127\./.test(u.hostname);
    if (u.protocol === 'http:' && !(loopback && o.allowInsecureLoopback)) {
      ctx.addIssue({ code: 'custom', path: ['issuer'], message: 'must be https (plain http only to a loopback issuer with allowInsecureLoopback: true)' });
    }
  });

export const accessSectionSchema = z.strictObject({
  defaultPurpose: z.enum(PURPOSE_CODES).default(DEFAULT_ACCESS.defaultPurpose),
  oidc: oidcSchema.optional(),
  noPatient: z.enum(['allow', 'deidentified-only', 'deny']).default(DEFAULT_ACCESS.noPatient),
  roles: z.record(z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, 'expected 1-32 of a-z 0-9 _ - starting with a letter'), roleSchema).default({}),
  /** Cedar policy files (paths relative to the config file), checked against the schema at start-up. */
  policies: z.array(z.string().min(1).max(4096)).max(100).default([]),
});

/** Policy file paths become absolute (relative to the config's directory); loadConfig reads them. */
export function toAccessConfig(raw: z.output<typeof accessSectionSchema>, resolvePath: (p: string) => string): AccessConfig {
  return { ...raw, oidc: raw.oidc ?? null, policies: raw.policies.map((p) => ({ file: resolvePath(p), text: null })) };
}
