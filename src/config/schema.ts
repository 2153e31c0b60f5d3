// The whole phigate.yaml schema: one strict section per capability. A new section (server, store, keys,
// vendors, audit) is one entry in `configSchema` plus its converter in `toConfig`.
import { z } from 'zod';
import type { DeidConfig } from './deid-policy.js';
import { deidSectionSchema, toDeidConfig } from './sections/deid.js';

export const CONFIG_VERSION = 1;

export const configSchema = z.strictObject({
  version: z.literal(CONFIG_VERSION).default(CONFIG_VERSION),
  deid: deidSectionSchema.default(deidSectionSchema.parse({})),
});

/** The validated configuration. Frozen: components receive it and can't change it for others. */
export interface PhigateConfig {
  readonly version: typeof CONFIG_VERSION;
  readonly deid: DeidConfig;
}

export function toConfig(raw: z.output<typeof configSchema>, resolvePath: (p: string) => string): PhigateConfig {
  return { version: raw.version, deid: toDeidConfig(raw.deid, resolvePath) };
}
