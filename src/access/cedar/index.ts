// Public face of the Cedar authorization evaluator. Kept apart from src/access/index.ts so commands that
// only manage keys or care teams do not load its WebAssembly module (about 4 MB, tens of ms).
export { createAccessPolicy, type AccessPolicy, type AccessPolicyConfig, type ModelReach } from './authorizer.js';
export { compileRoles, cedarString, type CedarPolicy } from './compile.js';
export { CEDAR_SCHEMA } from './schema.js';
