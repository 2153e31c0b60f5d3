// Public face of the access capability: principals, API keys (issue, verify, list, revoke), the
// care-team relation, the authorization policy's request and decision types (the evaluator, on Cedar, is
// src/access/cedar/index.ts) and the admin API's role rule.
export { type Principal, PRINCIPAL_ID, ROLE } from './principal.js';
export {
  issueApiKey,
  issuableRoles,
  verifyApiKey,
  isApiKeyShaped,
  apiKeyView,
  issuedKeyView,
  listApiKeys,
  revokeApiKey,
  parseKeyExpiry,
  API_KEY_ID,
  type NewApiKey,
  type IssuedApiKey,
  type ApiKeyView,
  type ApiKeyStatus,
} from './api-keys.js';
export {
  PATIENT_ID,
  checkPatientId,
  checkPrincipalId,
  addCareTeamMember,
  removeCareTeamMember,
  isCareTeamMember,
  careTeamOf,
  careTeamPatientCount,
} from './care-team.js';
export {
  BREAK_GLASS_PURPOSE,
  ALLOW_REASONS,
  DENY_CODES,
  type AccessRequest,
  type AccessDecision,
  type AllowReason,
  type DenyCode,
} from './policy.js';
export { decideAdmin, ADMIN_ROLES, ADMIN_GRANTS, type AdminRole, type AdminScope, type AdminDecision } from './admin-policy.js';
export { createOidcVerifier, principalIdFor, type OidcVerifier } from './oidc.js';
