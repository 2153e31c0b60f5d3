// Public face of the config capability: one validated phigate.yaml, safe defaults, secrets by reference.
export { parseConfig, type ConfigProblem } from './parse.js';
export { loadConfig, resolveSecret, parseRoster, nodeConfigIo, type ConfigIo } from './load.js';
export { type PhigateConfig, CONFIG_VERSION } from './schema.js';
export { type SecretRef, parseSecretRef, describeSecretRef } from './secret-ref.js';
export {
  type DeidConfig,
  type DenyListConfig,
  analyzerConfigOf,
  transformPolicyOf,
  transformSpecSchema,
  TRANSFORM_KINDS,
  VALIDATOR_NAMES,
  DEFAULT_THRESHOLD,
  DEFAULT_DATE_SHIFT_MAX_DAYS,
  DEFAULT_TRANSFORM,
} from './sections/deid.js';
export { checkRegex, type RegexCheck } from './regex-safety.js';
