// Public face of the store capability: one SQL schema on embedded PGlite or PostgreSQL, typed
// repositories on top. Only this capability speaks SQL.
export { openStore, openStoreOn, DEFAULT_SCHEMA, type Store, type StoreConfig, type OpenOnOptions } from './open-store.js';
export type { Engine, Sql } from './sql.js';
export { storeError } from './sql.js';
export { openPglite, type PgliteOptions } from './pglite-engine.js';
export { openPostgres, redactUrl, type PostgresOptions } from './postgres-engine.js';
export { checkTenant } from './ids.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export { migrate, type MigrationResult } from './migrate.js';
export type { AuditRepository, NewAuditEntry, StoredAuditEntry, StoredCheckpoint, AuditSearchQuery } from './audit-repository.js';
export type { DataKeyRepository } from './data-key-repository.js';
export type { PatientRepository, NewPatient, Patient } from './patient-repository.js';
export type { RecordRepository, NewRecord, StoredRecord } from './record-repository.js';
export type { RotationRepository } from './rotation-repository.js';
export type { VaultTokenRepository, VaultTokenRow, FoundToken } from './vault-token-repository.js';
export type { ApiKeyRepository, ApiKeyRow, NewApiKeyRow, PrincipalKind } from './api-key-repository.js';
export type { CareTeamRepository } from './care-team-repository.js';
