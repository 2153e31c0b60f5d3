// Public face of the admin API: a Hono sub-app for /admin/v1 (API keys, care teams, the audit log),
// authenticated and audited like /v1 and authorized by the admin roles of src/access/admin-policy.ts.
export { createAdminApi, type AdminApiOptions } from './app.js';
export type { AdminPorts, AdminStore, AdminAuditLog } from './deps.js';
export type { Endpoint, AdminReply, AdminCall, AdminAction } from './endpoint.js';
export { ADMIN_BODY_LIMIT } from './input.js';
