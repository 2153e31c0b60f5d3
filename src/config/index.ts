// Public face of the config capability: one validated phigate.yaml, safe defaults, secrets by reference.
// parse/load use zod and yaml; defaults.ts, deid-policy.ts and secrets.ts don't, so a command that runs
// without a config file can import just those and start faster.
export { parseConfig, type ConfigProblem } from './parse.js';
export { loadConfig, parseRoster } from './load.js';
export { checkConfigFile, checkConfigText, type CheckProblem, type ConfigCheck, type ConfigSummary } from './check.js';
export { type PhigateConfig, CONFIG_VERSION } from './schema.js';
export { DEFAULT_CONFIG } from './defaults.js';
export { resolveVendorApiKeys, type VendorKeyProblem, type VendorKeys } from './vendor-keys.js';
export { type SecretRef, type ConfigIo, parseSecretRef, describeSecretRef, resolveSecret, nodeConfigIo } from './secrets.js';
export {
  type DeidConfig,
  type DenyListConfig,
  analyzerConfigOf,
  transformPolicyOf,
  TRANSFORM_KINDS,
  VALIDATOR_NAMES,
  DEFAULT_THRESHOLD,
  DEFAULT_DATE_SHIFT_MAX_DAYS,
  DEFAULT_TRANSFORM,
} from './deid-policy.js';
export { transformSpecSchema } from './sections/deid.js';
export { checkRegex, type RegexCheck } from '../deid/recognizers/regex-safety.js';
export {
  type ServerConfig,
  type MetricsAccessConfig,
  type MetricsAccess,
  METRICS_ACCESS,
  type VendorConfig,
  type ModelConfig,
  type AccessConfig,
  type OidcConfig,
  JWT_ALGORITHMS,
  type RoleRule,
  type PolicyFileConfig,
  type BaaConfig,
  type Service,
  type DataClass,
  type NoPatientRule,
  SERVICES,
  DATA_CLASSES,
  DEFAULT_SERVER,
  DEFAULT_ACCESS,
} from './gateway-types.js';
export { configWarnings, type ConfigWarning } from './config-warnings.js';
