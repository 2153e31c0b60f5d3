// The schema of the `server` section of phigate.yaml: listener, TLS files, limits, upstream timeouts and who may scrape /metrics.
import { z } from 'zod';
import { DEFAULT_SERVER, METRICS_ACCESS, type ServerConfig } from '../gateway-types.js';
import { secretRef } from './secret-ref.js';

export const serverSectionSchema = z.strictObject({
  host: z.string().min(1).max(255).default(DEFAULT_SERVER.host),
  port: z.int().min(0).max(65535).default(DEFAULT_SERVER.port),
  tenant: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'expected 1-64 of A-Z a-z 0-9 _ . - starting with a letter or digit')
    .default(DEFAULT_SERVER.tenant),
  tls: z.strictObject({ cert: z.string().min(1), key: z.string().min(1) }).optional(),
  bodyLimitBytes: z.int().min(1024).max(64 * 1024 * 1024).default(DEFAULT_SERVER.bodyLimitBytes),
  upstreamTimeoutMs: z.int().min(100).max(600_000).default(DEFAULT_SERVER.upstreamTimeoutMs),
  upstreamRetries: z.int().min(0).max(5).default(DEFAULT_SERVER.upstreamRetries),
  tokenTtlHours: z.number().min(0.01).max(24 * 365).default(DEFAULT_SERVER.tokenTtlHours),
  authCacheMs: z.int().min(0).max(60_000).default(DEFAULT_SERVER.authCacheMs),
  vaultCacheMs: z.int().min(0).max(600_000).default(DEFAULT_SERVER.vaultCacheMs),
  analysisThreads: z.union([z.literal('auto'), z.int().min(0).max(64)], { error: 'expected auto or a whole number from 0 to 64' }).default(DEFAULT_SERVER.analysisThreads),
  analysisCacheChars: z.int().min(0).max(1_000_000_000).default(DEFAULT_SERVER.analysisCacheChars),
  auditProofCacheEntries: z.int().min(0).max(1_000_000_000).default(DEFAULT_SERVER.auditProofCacheEntries),
  rateLimit: z
    .strictObject({ perMinute: z.int().min(0).max(10_000_000), burst: z.int().min(1).max(1_000_000) })
    .default({ ...DEFAULT_SERVER.rateLimit }),
  heapGrowthPercent: z.int().min(0).max(400).default(DEFAULT_SERVER.heapGrowthPercent),
  metrics: z
    .strictObject({ access: z.enum(METRICS_ACCESS).default(DEFAULT_SERVER.metrics.access), token: secretRef.optional() })
    .superRefine((m, ctx) => {
      if (m.access === 'token' && m.token === undefined) ctx.addIssue({ code: 'custom', path: ['token'], message: 'access: token needs the scrape token: token: env:VAR or file:PATH' });
      if (m.access !== 'token' && m.token !== undefined) ctx.addIssue({ code: 'custom', path: ['token'], message: `is used with access: token only (access is ${m.access}); remove it or set access: token` });
    })
    .default({ access: DEFAULT_SERVER.metrics.access }),
});

export function toServerConfig(raw: z.output<typeof serverSectionSchema>, resolvePath: (p: string) => string): ServerConfig {
  const { tls, metrics, ...rest } = raw;
  return { ...rest, tls: tls ? { cert: resolvePath(tls.cert), key: resolvePath(tls.key) } : null, metrics: { access: metrics.access, token: metrics.token ?? null } };
}
