// What the audit log needs from storage. The store capability implements it over SQL (PGlite or
// PostgreSQL); memory-storage.ts implements it for unit tests. Sequencing happens in storage, inside the
// append transaction, so several gateway processes share one linear log.
import type { AuditEvent } from './event.js';

// The entry and checkpoint shapes are the store's (audit depends on store, never the reverse); they are
// re-exported here so the rest of the audit code and the in-memory storage need no store import.
import type { AuditSearchQuery, NewAuditEntry, StoredAuditEntry, StoredCheckpoint } from '../store/index.js';
export type { AuditSearchQuery, NewAuditEntry, StoredAuditEntry, StoredCheckpoint };

export interface AuditStorage {
  /**
   * Appends the entries in one transaction and returns the seq of the first; the others follow
   * contiguously. Seqs start at 0 and have no gaps: once this resolves, the entries are durable.
   */
  appendBatch(entries: readonly NewAuditEntry[]): Promise<number>;
  /** Number of entries, i.e. the next seq. */
  size(): Promise<number>;
  /** Leaf hashes of seqs [start, end), in order. Requires end <= size(). */
  readLeafHashes(start: number, end: number): Promise<Uint8Array[]>;
  /** Entries [start, end), in order. */
  readEntries(start: number, end: number): Promise<StoredAuditEntry[]>;
  /** Entries matching the query, by ascending seq, at most `limit`. */
  search(query: AuditSearchQuery): Promise<StoredAuditEntry[]>;
  /** Drops an entry's salt and payload, keeping its digest and leaf hash. False when there is no such entry. */
  erasePayload(seq: number): Promise<boolean>;
  saveCheckpoint(checkpoint: Omit<StoredCheckpoint, 'createdAt'>): Promise<void>;
  latestCheckpoint(): Promise<StoredCheckpoint | undefined>;
  /** Every checkpoint, by ascending size. */
  listCheckpoints(): Promise<StoredCheckpoint[]>;
}

/** Parses a stored payload back into an event, or null when erased. */
export type PayloadParser = (payload: string) => AuditEvent;

/** Whether an event matches a search query's event fields (used by storages that filter in memory). */
export function eventMatches(event: AuditEvent, q: AuditSearchQuery): boolean {
  if (q.actor !== undefined && event.actor.id !== q.actor) return false;
  if (q.patient !== undefined && event.patient !== q.patient) return false;
  if (q.vendor !== undefined && event.vendor !== q.vendor) return false;
  if (q.action !== undefined && event.action !== q.action) return false;
  if (q.from !== undefined && event.time < q.from.toISOString()) return false;
  if (q.to !== undefined && event.time > q.to.toISOString()) return false;
  return true;
}
