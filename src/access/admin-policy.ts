// Who may use the admin API, deny by default. Fixed role names, separate from the `access.roles` of
// phigate.yaml (which grant models, not administration): `admin` manages API keys and care teams,
// `auditor` and `compliance` read the audit log. Administrators do not read the audit log by default
// (separation of duties); give a key both roles where one person does both. Publishing a checkpoint
// adds no entries, it signs the log as it stands, so every admin role may ask for one.

export const ADMIN_ROLES = ['admin', 'auditor', 'compliance'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

export type AdminScope = 'api-keys' | 'care-team' | 'audit-read' | 'audit-publish';

export const ADMIN_GRANTS: Readonly<Record<AdminScope, readonly AdminRole[]>> = {
  'api-keys': ['admin'],
  'care-team': ['admin'],
  'audit-read': ['auditor', 'compliance'],
  'audit-publish': ['admin', 'auditor', 'compliance'],
};

export type AdminDecision =
  | { readonly allow: true; readonly role: AdminRole; /** The audit event's reason code. */ readonly reason: `ROLE_${Uppercase<AdminRole>}` }
  | { readonly allow: false; readonly code: 'PHIGATE_FORBIDDEN'; readonly message: string };

export function decideAdmin(roles: readonly string[], scope: AdminScope): AdminDecision {
  const granted = ADMIN_GRANTS[scope];
  const role = granted.find((r) => roles.includes(r));
  if (role) return { allow: true, role, reason: `ROLE_${role.toUpperCase() as Uppercase<AdminRole>}` };
  return { allow: false, code: 'PHIGATE_FORBIDDEN', message: `This admin endpoint needs the role ${granted.join(' or ')}; ask an administrator for a key or token with it` };
}
