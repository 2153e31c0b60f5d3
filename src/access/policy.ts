// The authorization policy, deny by default: a pure function of the principal's roles, the model, the
// purpose of use, the patient named, the care-team relation and a break-glass request. The policy is
// data (the `access` section of phigate.yaml); this evaluator decides. Every outcome names a reason
// code for the audit event.
import type { AccessConfig, RoleRule } from '../config/index.js';
import type { ErrorCode } from '../errors.js';

export interface AccessRequest {
  readonly roles: readonly string[];
  readonly model: string;
  readonly purpose: string;
  /** The patient the request names, or null. */
  readonly patient: string | null;
  /** Whether the principal is on that patient's care team (null when not looked up or no patient). */
  readonly onCareTeam: boolean | null;
  readonly breakGlass: boolean;
}

export type AccessDecision =
  | {
      readonly allow: true;
      readonly reason: 'CARE_TEAM' | 'ANY_PATIENT' | 'BREAK_GLASS' | 'NO_PATIENT';
      /** The request may reach only vendors that receive de-identified text. */
      readonly deidentifiedOnly: boolean;
      readonly breakGlass: boolean;
    }
  | { readonly allow: false; readonly code: ErrorCode; readonly message: string };

export const BREAK_GLASS_PURPOSE = 'ETREAT';

function rolesOf(policy: AccessConfig, roles: readonly string[]): RoleRule[] {
  return roles.flatMap((r) => (Object.hasOwn(policy.roles, r) ? [policy.roles[r] as RoleRule] : []));
}

/** Whether the care-team relation matters for this request (so the caller looks it up only then). */
export function needsCareTeam(policy: AccessConfig, req: Omit<AccessRequest, 'onCareTeam'>): boolean {
  return req.patient !== null && rolesOf(policy, req.roles).some((r) => r.patients === 'care-team');
}

export function decide(policy: AccessConfig, req: AccessRequest): AccessDecision {
  const granted = rolesOf(policy, req.roles);
  if (granted.length === 0) return { allow: false, code: 'PHIGATE_FORBIDDEN', message: 'None of your roles is granted access by the gateway policy' };
  const forModel = granted.filter((r) => r.models.includes('*') || r.models.includes(req.model));
  if (forModel.length === 0) return { allow: false, code: 'PHIGATE_MODEL_NOT_ALLOWED', message: `Your roles may not use model ${req.model}; GET /v1/models lists the ones you may` };
  const forPurpose = forModel.filter((r) => r.purposes.includes(req.purpose));
  if (forPurpose.length === 0) return { allow: false, code: 'PHIGATE_FORBIDDEN_PURPOSE', message: `Your roles may not use this model for purpose ${req.purpose}; set X-Phigate-Purpose to one your role allows` };

  if (req.patient === null) {
    if (policy.noPatient === 'deny') {
      return { allow: false, code: 'PHIGATE_PATIENT_REQUIRED', message: 'Name the patient this request concerns (X-Phigate-Patient header or metadata.patient_id)' };
    }
    return { allow: true, reason: 'NO_PATIENT', deidentifiedOnly: policy.noPatient === 'deidentified-only', breakGlass: false };
  }
  if (forPurpose.some((r) => r.patients === 'any')) return { allow: true, reason: 'ANY_PATIENT', deidentifiedOnly: false, breakGlass: false };
  if (req.onCareTeam === true && forPurpose.some((r) => r.patients === 'care-team')) return { allow: true, reason: 'CARE_TEAM', deidentifiedOnly: false, breakGlass: false };
  if (req.breakGlass && req.purpose === BREAK_GLASS_PURPOSE && forPurpose.some((r) => r.breakGlass && r.patients !== 'none')) {
    return { allow: true, reason: 'BREAK_GLASS', deidentifiedOnly: false, breakGlass: true };
  }
  return {
    allow: false,
    code: 'PHIGATE_FORBIDDEN_PATIENT',
    message: 'You are not on this patient\'s care team; in an emergency a role allowed to may send X-Phigate-Break-Glass with a reason',
  };
}

/** Model ids a principal's roles may use (for GET /v1/models). */
export function allowedModels(policy: AccessConfig, roles: readonly string[], all: readonly string[]): string[] {
  const granted = rolesOf(policy, roles);
  if (granted.some((r) => r.models.includes('*'))) return [...all];
  const ids = new Set(granted.flatMap((r) => r.models));
  return all.filter((m) => ids.has(m));
}
