// The schema of the `vendors` and `models` sections of phigate.yaml: every vendor in the path with its
// BAA, data classes and enforced parameters, and the models clients may name, each mapped to a vendor.
import { z } from 'zod';
import { DATA_CLASSES, DEFAULT_BASE_URLS, PROVIDER_KINDS, SERVICES, type ModelConfig, type VendorConfig } from '../gateway-types.js';
import { hasUrlCredentials } from '../../url-credentials.js';
import { secretRef } from './secret-ref.js';

const ID = /^[a-z][a-z0-9_-]{0,31}$/;
const ID_HINT = 'expected 1-32 of a-z 0-9 _ - starting with a letter';

// YAML gives dates as strings (core schema); a date alone means 00:00 UTC.
const instant = z.union([z.string(), z.date()]).transform((v, ctx): Date => {
  const d = v instanceof Date ? v : /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : new Date(v);
  if (Number.isNaN(d.getTime()) || (typeof v === 'string' && !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(v))) {
    ctx.addIssue({ code: 'custom', message: 'expected a date YYYY-MM-DD or an RFC 3339 time with zone' });
    return z.NEVER;
  }
  return d;
});

const baaSchema = z
  .strictObject({
    signed: z.boolean(),
    start: instant,
    end: instant.optional(),
    services: z.array(z.enum(SERVICES)).min(1),
    tiers: z.array(z.string().min(1).max(64)).max(32).default([]),
  })
  .superRefine((b, ctx) => {
    if (b.end && b.end.getTime() <= b.start.getTime()) ctx.addIssue({ code: 'custom', path: ['end'], message: 'must be after start' });
  });

const paramValue = z.union([z.string().max(256), z.number(), z.boolean(), z.null()]);

// For an Anthropic vendor, enforceParams are Messages API fields set on every request; these ones the
// gateway builds itself (or Anthropic does not know), so an operator cannot set them there.
const ANTHROPIC_RESERVED_PARAMS: Readonly<Record<string, string>> = {
  model: 'is set from models[].upstream',
  messages: 'is built from the request',
  system: 'is built from the request',
  stream: 'is set from the request',
  tools: 'is built from the request',
  tool_choice: 'is built from the request',
  metadata: 'is never sent to Anthropic (it could identify people)',
  store: 'is an OpenAI switch that Anthropic does not have (retention is set by your agreement with Anthropic); remove it',
};

const vendorSchema = z
  .strictObject({
    provider: z.enum(PROVIDER_KINDS).default('openai-compatible'),
    baseUrl: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
    apiKey: secretRef.optional(),
    basicAuth: z
      .strictObject({
        username: z.string().min(1).max(256).regex(/^[^:\s]+$/, 'must hold no colon or white space'),
        password: secretRef,
      })
      .optional(),
    allowInsecureLoopback: z.boolean().default(false),
    azureApiVersion: z.string().regex(/^[0-9a-z-]{1,40}$/).optional(),
    region: z.string().min(1).max(64),
    dataClasses: z.array(z.enum(DATA_CLASSES)).min(1),
    baa: baaSchema.optional(),
    noTrain: z.boolean().default(false),
    retentionDays: z.int().min(0).max(36_500).optional(),
    enforceParams: z.record(z.string().regex(/^[a-z_][a-z0-9_]{0,63}$/), paramValue).default({}),
  })
  .superRefine((v, ctx) => {
    // A phi vendor without an active BAA is allowed in the registry (one under negotiation, one whose
    // BAA lapsed): routing refuses it at request time with PHIGATE_VENDOR_NOT_ALLOWED.
    if (v.provider === 'anthropic') {
      if (v.azureApiVersion !== undefined) ctx.addIssue({ code: 'custom', path: ['azureApiVersion'], message: 'applies to provider openai-compatible only; remove it' });
      for (const k of Object.keys(v.enforceParams)) {
        const why = Object.hasOwn(ANTHROPIC_RESERVED_PARAMS, k) ? ANTHROPIC_RESERVED_PARAMS[k] : undefined;
        if (why) ctx.addIssue({ code: 'custom', path: ['enforceParams', k], message: `for provider anthropic, ${k} ${why}` });
      }
    }
    // One credential per upstream: a request never carries two (a bearer key and basic auth, or both the
    // URL's user:password@ and basicAuth).
    if (v.basicAuth !== undefined && v.apiKey !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['basicAuth'], message: 'cannot be set together with apiKey: an upstream gets one credential; remove one of them' });
    }
    if (v.basicAuth !== undefined && v.baseUrl !== undefined && URL.canParse(v.baseUrl) && hasUrlCredentials(new URL(v.baseUrl))) {
      ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: 'holds user:password@ while basicAuth is set: remove the credentials from the URL' });
    }
    if (v.baseUrl === undefined) {
      if (!DEFAULT_BASE_URLS[v.provider]) ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: `is required for provider ${v.provider}` });
      return;
    }
    const url = new URL(v.baseUrl);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) || url.hostname.startsWith('127.');
    if (url.protocol === 'http:' && !(loopback && v.allowInsecureLoopback)) {
      ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: 'must be https (plain http only to a loopback host with allowInsecureLoopback: true)' });
    }
  });

export const vendorsSectionSchema = z.record(z.string().regex(ID, ID_HINT), vendorSchema);

export const modelsSectionSchema = z.array(
  z.strictObject({
    id: z.string().regex(/^[A-Za-z][A-Za-z0-9_.:/-]{0,99}$/, 'expected 1-100 of A-Z a-z 0-9 _ . : / - starting with a letter'),
    vendor: z.string().regex(ID, ID_HINT),
    upstream: z.string().min(1).max(200).optional(),
    service: z.enum(SERVICES).default('chat'),
    tier: z.string().min(1).max(64).optional(),
    maxTokens: z.int().min(1).max(1_000_000).optional(),
  }),
);

export function toVendorConfigs(raw: z.output<typeof vendorsSectionSchema>): Record<string, VendorConfig> {
  const out: Record<string, VendorConfig> = {};
  for (const [id, v] of Object.entries(raw)) {
    out[id] = {
      id,
      provider: v.provider,
      baseUrl: (v.baseUrl ?? DEFAULT_BASE_URLS[v.provider] ?? '').replace(/\/+$/, ''),
      apiKey: v.apiKey ?? null,
      basicAuth: v.basicAuth ?? null,
      allowInsecureLoopback: v.allowInsecureLoopback,
      azureApiVersion: v.azureApiVersion ?? null,
      region: v.region,
      dataClasses: v.dataClasses,
      baa: v.baa ? { signed: v.baa.signed, start: v.baa.start, end: v.baa.end ?? null, services: v.baa.services, tiers: v.baa.tiers } : null,
      noTrain: v.noTrain,
      retentionDays: v.retentionDays ?? null,
      enforceParams: v.enforceParams,
    };
  }
  return out;
}

export function toModelConfigs(raw: z.output<typeof modelsSectionSchema>): ModelConfig[] {
  return raw.map((m) => ({ id: m.id, vendor: m.vendor, upstream: m.upstream ?? m.id, service: m.service, tier: m.tier ?? null, ...(m.maxTokens === undefined ? {} : { maxTokens: m.maxTokens }) }));
}
