// The configuration used when there is no config file: what an empty phigate.yaml gives (a test keeps
// the two equal). Built without the schema, so commands that need no config file don't load zod and yaml.
import { deepFreeze } from './freeze.js';
import { DEFAULT_DATE_SHIFT_MAX_DAYS, DEFAULT_THRESHOLD, DEFAULT_TRANSFORM } from './deid-policy.js';
import { DEFAULT_ACCESS, DEFAULT_SERVER } from './gateway-types.js';
import type { PhigateConfig } from './schema.js';

export const DEFAULT_CONFIG: PhigateConfig = deepFreeze({
  version: 1,
  deid: {
    threshold: DEFAULT_THRESHOLD,
    recognizers: [],
    allow: [],
    allowPatterns: [],
    assistantNames: [],
    deny: [],
    disable: [],
    transforms: { default: { ...DEFAULT_TRANSFORM }, byType: {} },
    dateShift: { maxDays: DEFAULT_DATE_SHIFT_MAX_DAYS },
  },
  server: { ...DEFAULT_SERVER, rateLimit: { ...DEFAULT_SERVER.rateLimit }, metrics: { ...DEFAULT_SERVER.metrics } },
  vendors: {},
  models: [],
  access: { ...DEFAULT_ACCESS, roles: {}, oidc: null },
});
