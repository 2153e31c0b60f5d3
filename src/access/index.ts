// Public face of the access capability: principals, API keys (issue, verify) and the authorization
// policy evaluator (deny by default; roles, care team, purpose of use, break-glass).
export { type Principal, PRINCIPAL_ID, ROLE } from './principal.js';
export { issueApiKey, verifyApiKey, isApiKeyShaped, type NewApiKey, type IssuedApiKey } from './api-keys.js';
export { decide, needsCareTeam, allowedModels, BREAK_GLASS_PURPOSE, type AccessRequest, type AccessDecision } from './policy.js';
export { createOidcVerifier, principalIdFor, type OidcVerifier } from './oidc.js';
