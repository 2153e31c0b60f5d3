// The whole phigate.yaml schema: one strict section per capability. A new section (server, store, keys,
// vendors, audit) is one entry in `configSchema` plus its converter in `toConfig`.
import { z } from 'zod';
import type { DeidConfig } from './deid-policy.js';
import type { AccessConfig, ModelConfig, ServerConfig, VendorConfig } from './gateway-types.js';
import { accessSectionSchema, toAccessConfig } from './sections/access.js';
import { deidSectionSchema, toDeidConfig } from './sections/deid.js';
import { serverSectionSchema, toServerConfig } from './sections/server.js';
import { modelsSectionSchema, toModelConfigs, toVendorConfigs, vendorsSectionSchema } from './sections/vendors.js';

export const CONFIG_VERSION = 1;

export const configSchema = z
  .strictObject({
    version: z.literal(CONFIG_VERSION).default(CONFIG_VERSION),
    deid: deidSectionSchema.default(deidSectionSchema.parse({})),
    server: serverSectionSchema.default(serverSectionSchema.parse({})),
    vendors: vendorsSectionSchema.default({}),
    models: modelsSectionSchema.default([]),
    access: accessSectionSchema.default(accessSectionSchema.parse({})),
  })
  .superRefine((c, ctx) => {
    // Cross-section references: every model names a configured vendor, ids are unique, roles name models.
    const ids = new Set<string>();
    c.models.forEach((m, i) => {
      if (!Object.hasOwn(c.vendors, m.vendor)) ctx.addIssue({ code: 'custom', path: ['models', i, 'vendor'], message: `no vendor "${m.vendor}" under vendors` });
      else if (m.service === 'embeddings' && c.vendors[m.vendor]?.provider === 'anthropic') {
        ctx.addIssue({ code: 'custom', path: ['models', i, 'service'], message: `vendor "${m.vendor}" is an Anthropic vendor, and Anthropic has no embeddings API` });
      }
      if (ids.has(m.id)) ctx.addIssue({ code: 'custom', path: ['models', i, 'id'], message: `duplicate model id "${m.id}"` });
      ids.add(m.id);
    });
    for (const [role, rule] of Object.entries(c.access.roles)) {
      rule.models.forEach((id, i) => {
        if (id !== '*' && !ids.has(id)) ctx.addIssue({ code: 'custom', path: ['access', 'roles', role, 'models', i], message: `no model "${id}" under models` });
      });
    }
  });

/** The validated configuration. Frozen: components receive it and can't change it for others. */
export interface PhigateConfig {
  readonly version: typeof CONFIG_VERSION;
  readonly deid: DeidConfig;
  readonly server: ServerConfig;
  readonly vendors: Readonly<Record<string, VendorConfig>>;
  readonly models: readonly ModelConfig[];
  readonly access: AccessConfig;
}

export function toConfig(raw: z.output<typeof configSchema>, resolvePath: (p: string) => string): PhigateConfig {
  return {
    version: raw.version,
    deid: toDeidConfig(raw.deid, resolvePath),
    server: toServerConfig(raw.server, resolvePath),
    vendors: toVendorConfigs(raw.vendors),
    models: toModelConfigs(raw.models),
    access: toAccessConfig(raw.access, resolvePath),
  };
}
