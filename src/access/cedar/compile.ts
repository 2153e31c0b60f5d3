// Compiles the config's `access.roles` (and `noPatient`) into Cedar permit policies, so existing
// configs keep their meaning: one permit per way a role may be allowed, each annotated with the reason
// the gateway audits. Pure text generation; the evaluator validates the result against the schema.
import type { AccessConfig, RoleRule } from '../../config/index.js';
import { type AllowReason, BREAK_GLASS_PURPOSE, type DenyCode } from '../policy.js';

export interface CedarPolicy {
  /** The policy's id in the policy set: `role:<role>:<reason>` or a policy file's `@id`. */
  readonly id: string;
  readonly text: string;
  readonly effect: 'permit' | 'forbid';
  /** A permit's `@reason` (the audited allow reason); absent: derived from the request. */
  readonly reason?: AllowReason;
  /** A forbid's `@code` and `@message`: what the caller is told. */
  readonly code?: DenyCode;
  readonly message?: string;
  /** Where it came from, for start-up errors: `access.roles.nurse` or `file:line:col`. */
  readonly origin: string;
}

/** A Cedar string literal (the escapes Cedar accepts: `\\`, `\"` and `\u{..}` for control characters). */
export function cedarString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const cp = ch.codePointAt(0) as number;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (cp < 0x20 || cp === 0x7f) out += `\\u{${cp.toString(16)}}`;
    else out += ch;
  }
  return `${out}"`;
}

const list = (type: string, ids: readonly string[]): string => `[${ids.map((id) => `${type}::${cedarString(id)}`).join(', ')}]`;

/** Each way a role may be allowed: its reason and the extra condition on the context. */
function grants(rule: RoleRule, noPatient: AccessConfig['noPatient']): Array<{ reason: AllowReason; when: string }> {
  const out: Array<{ reason: AllowReason; when: string }> = [];
  if (noPatient !== 'deny') out.push({ reason: 'NO_PATIENT', when: '!(context has patient)' });
  if (rule.patients === 'any') out.push({ reason: 'ANY_PATIENT', when: 'context has patient' });
  if (rule.patients === 'care-team') out.push({ reason: 'CARE_TEAM', when: 'context has patient && context.onCareTeam' });
  if (rule.breakGlass && rule.patients !== 'none' && rule.purposes.includes(BREAK_GLASS_PURPOSE)) {
    out.push({ reason: 'BREAK_GLASS', when: `context has patient && context.breakGlass && context.purpose == Purpose::"${BREAK_GLASS_PURPOSE}"` });
  }
  return out;
}

/**
 * The permits for `access.roles`, in role order. A role with no models grants nothing and compiles to
 * nothing; `noPatient: deny` simply has no permit for a request without a patient (deny by default).
 */
export function compileRoles(access: AccessConfig): CedarPolicy[] {
  return Object.entries(access.roles).flatMap(([role, rule]) => {
    if (rule.models.length === 0) return [];
    const common = [
      ...(rule.models.includes('*') ? [] : [`${list('Model', rule.models)}.contains(resource)`]),
      `${list('Purpose', rule.purposes)}.contains(context.purpose)`,
    ];
    return grants(rule, access.noPatient).map(({ reason, when }) => {
      const id = `role:${role}:${reason.toLowerCase().replace('_', '-')}`;
      const text = [
        `@id(${cedarString(id)})`,
        `@reason("${reason}")`,
        `permit (principal in Role::${cedarString(role)}, action == Action::"invoke", resource)`,
        `when { ${[...common, when].join(' && ')} };`,
      ].join('\n');
      return { id, text, effect: 'permit', reason, origin: `access.roles.${role}` } as const;
    });
  });
}
