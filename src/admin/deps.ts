// What the admin API needs beyond the gateway's own dependencies: the full repositories for keys and
// care teams (the gateway only reads them) and the audit log itself (the gateway only appends to it).
import type { AuditLog } from '../audit/index.js';
import type { ApiKeyRepository, CareTeamRepository } from '../store/index.js';

export interface AdminStore {
  readonly apiKeys: Pick<ApiKeyRepository, 'insert' | 'list' | 'find' | 'revoke'>;
  readonly careTeam: Pick<CareTeamRepository, 'add' | 'remove' | 'has' | 'members' | 'count'>;
}

export type AdminAuditLog = Pick<AuditLog, 'latestCheckpoint' | 'publishCheckpoint' | 'inclusionProof' | 'consistencyProof' | 'root' | 'size' | 'read' | 'search'>;

/** Passed as `admin` in GatewayDeps; without it the gateway serves no /admin/v1. */
export interface AdminPorts {
  readonly store: AdminStore;
  readonly auditLog: AdminAuditLog;
}
