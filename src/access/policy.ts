// The typed semantics of the config's `access.roles`: deny by default, roles, models, purposes, the care
// team, break-glass, and what a request naming no patient gets. The gateway decides with Cedar
// (src/access/cedar/, where these roles compile to permit policies); this module stays as the reference
// those compiled policies are property-tested and benchmarked against, and it explains a Cedar default
// deny: which role condition failed, so the refusal keeps its specific code.
import type { AccessConfig, RoleRule } from '../config/index.js';
import type { ErrorCode } from '../errors.js';
import type { Principal } from './principal.js';

export interface AccessRequest {
  /** Who asks (Cedar's User entity); the typed semantics look only at the roles. */
  readonly principal: Pick<Principal, 'id' | 'kind'>;
  readonly roles: readonly string[];
  readonly model: string;
  readonly purpose: string;
  /** The patient the request names, or null. */
  readonly patient: string | null;
  /** Whether the principal is on that patient's care team (null when not looked up or no patient). */
  readonly onCareTeam: boolean | null;
  readonly breakGlass: boolean;
}

export const ALLOW_REASONS = ['NO_PATIENT', 'ANY_PATIENT', 'CARE_TEAM', 'BREAK_GLASS'] as const;
export type AllowReason = (typeof ALLOW_REASONS)[number];

export const DENY_CODES = ['PHIGATE_FORBIDDEN', 'PHIGATE_MODEL_NOT_ALLOWED', 'PHIGATE_FORBIDDEN_PURPOSE', 'PHIGATE_PATIENT_REQUIRED', 'PHIGATE_FORBIDDEN_PATIENT'] as const;
export type DenyCode = (typeof DENY_CODES)[number] & ErrorCode;

export type AccessDecision =
  | {
      readonly allow: true;
      readonly reason: AllowReason;
      /** The request may reach only vendors that receive de-identified text. */
      readonly deidentifiedOnly: boolean;
      readonly breakGlass: boolean;
    }
  | { readonly allow: false; readonly code: DenyCode; readonly message: string };

export const BREAK_GLASS_PURPOSE = 'ETREAT';

/** What each refusal tells the caller to change (never input text beyond the model id and purpose code). */
export function denial(code: DenyCode, req: Pick<AccessRequest, 'model' | 'purpose'>): AccessDecision & { allow: false } {
  const messages: Record<DenyCode, string> = {
    PHIGATE_FORBIDDEN: 'None of your roles is granted access by the gateway policy',
    PHIGATE_MODEL_NOT_ALLOWED: `Your roles may not use model ${req.model}; GET /v1/models lists the ones you may`,
    PHIGATE_FORBIDDEN_PURPOSE: `Your roles may not use this model for purpose ${req.purpose}; set X-Phigate-Purpose to one your role allows`,
    PHIGATE_PATIENT_REQUIRED: 'Name the patient this request concerns (X-Phigate-Patient header or metadata.patient_id)',
    PHIGATE_FORBIDDEN_PATIENT: "You are not on this patient's care team; in an emergency a role allowed to may send X-Phigate-Break-Glass with a reason",
  };
  return { allow: false, code, message: messages[code] };
}

function rolesOf(policy: AccessConfig, roles: readonly string[]): RoleRule[] {
  return roles.flatMap((r) => (Object.hasOwn(policy.roles, r) ? [policy.roles[r] as RoleRule] : []));
}

/** Whether a configured role of the caller depends on the care-team relation for this request. */
export function needsCareTeam(policy: AccessConfig, req: Omit<AccessRequest, 'onCareTeam'>): boolean {
  return req.patient !== null && rolesOf(policy, req.roles).some((r) => r.patients === 'care-team');
}

export function decide(policy: AccessConfig, req: AccessRequest): AccessDecision {
  const granted = rolesOf(policy, req.roles);
  if (granted.length === 0) return denial('PHIGATE_FORBIDDEN', req);
  const forModel = granted.filter((r) => r.models.includes('*') || r.models.includes(req.model));
  if (forModel.length === 0) return denial('PHIGATE_MODEL_NOT_ALLOWED', req);
  const forPurpose = forModel.filter((r) => r.purposes.includes(req.purpose));
  if (forPurpose.length === 0) return denial('PHIGATE_FORBIDDEN_PURPOSE', req);

  if (req.patient === null) {
    if (policy.noPatient === 'deny') return denial('PHIGATE_PATIENT_REQUIRED', req);
    return { allow: true, reason: 'NO_PATIENT', deidentifiedOnly: policy.noPatient === 'deidentified-only', breakGlass: false };
  }
  if (forPurpose.some((r) => r.patients === 'any')) return { allow: true, reason: 'ANY_PATIENT', deidentifiedOnly: false, breakGlass: false };
  if (req.onCareTeam === true && forPurpose.some((r) => r.patients === 'care-team')) return { allow: true, reason: 'CARE_TEAM', deidentifiedOnly: false, breakGlass: false };
  if (req.breakGlass && req.purpose === BREAK_GLASS_PURPOSE && forPurpose.some((r) => r.breakGlass && r.patients !== 'none')) {
    return { allow: true, reason: 'BREAK_GLASS', deidentifiedOnly: false, breakGlass: true };
  }
  return denial('PHIGATE_FORBIDDEN_PATIENT', req);
}
