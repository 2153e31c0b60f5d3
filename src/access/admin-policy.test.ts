// The admin API's role rule, one row per scope and role: deny by default, separation of duties.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type AdminScope, decideAdmin } from './admin-policy.js';

const rows: Array<[AdminScope, string[], string]> = [
  ['api-keys', ['admin'], 'ROLE_ADMIN'],
  ['care-team', ['clinician', 'admin'], 'ROLE_ADMIN'],
  ['audit-read', ['auditor'], 'ROLE_AUDITOR'],
  ['audit-read', ['compliance'], 'ROLE_COMPLIANCE'],
  ['audit-publish', ['admin'], 'ROLE_ADMIN'],
  ['audit-publish', ['compliance'], 'ROLE_COMPLIANCE'],
  ['api-keys', ['auditor', 'compliance'], 'PHIGATE_FORBIDDEN'],
  ['care-team', ['auditor'], 'PHIGATE_FORBIDDEN'],
  ['audit-read', ['admin'], 'PHIGATE_FORBIDDEN'],
  ['api-keys', [], 'PHIGATE_FORBIDDEN'],
  ['audit-read', ['clinician', 'analyst'], 'PHIGATE_FORBIDDEN'],
  ['api-keys', ['Admin', 'admins'], 'PHIGATE_FORBIDDEN'],
];

for (const [scope, roles, want] of rows) {
  test(`${scope} with [${roles.join(', ')}]: ${want}`, () => {
    const d = decideAdmin(roles, scope);
    assert.equal(d.allow ? d.reason : d.code, want);
    if (!d.allow) assert.match(d.message, /needs the role/);
  });
}
