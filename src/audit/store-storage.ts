// The audit log's storage on the store capability (PGlite or PostgreSQL). The store's AuditRepository
// was written to the AuditStorage shape, so this is a typed hand-over; the compiler checks they agree.
import type { AuditRepository } from '../store/index.js';
import type { AuditStorage } from './storage.js';

export function auditStorageOf(repository: AuditRepository): AuditStorage {
  return repository;
}
