// What the audit log needs from storage. The store capability implements it over SQL (PGlite or
// PostgreSQL); memory-storage.ts implements it for unit tests. Sequencing happens in storage, inside the
// append transaction, so several gateway processes share one linear log.
import type { AuditEvent } from './event.js';

export interface NewAuditEntry {
  readonly leafHash: Uint8Array;
  readonly digest: Uint8Array;
  readonly salt: Uint8Array;
  /** Canonical JSON of the event: the payload the digest commits to. */
  readonly payload: string;
}

export interface StoredAuditEntry {
  readonly seq: number;
  readonly leafHash: Uint8Array;
  readonly digest: Uint8Array;
  /** Null once the payload was erased. */
  readonly salt: Uint8Array | null;
  readonly payload: string | null;
  readonly createdAt: Date;
}

export interface StoredCheckpoint {
  readonly size: number;
  readonly root: Uint8Array;
  /** The signed note, exactly as published. */
  readonly note: string;
  readonly createdAt: Date;
}

/** All given fields must match; times compare with the event's time. */
export interface AuditSearchQuery {
  readonly actor?: string;
  readonly patient?: string;
  readonly vendor?: string;
  readonly action?: string;
  readonly from?: Date;
  readonly to?: Date;
  /** Only entries with seq > afterSeq, for paging. */
  readonly afterSeq?: number;
  readonly limit: number;
}

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
