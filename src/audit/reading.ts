// Reading a live log in pages, for the CLI and the admin API alike: searches of any length without one
// huge query, every entry in order (SIEM output), and a search hit as both print it.
import { toHex } from './hasher.js';
import type { AuditLog, AuditRecord } from './log.js';
import type { AuditSearchQuery } from './storage.js';

const PAGE = 1000;

/** Matching records by ascending seq, at most `query.limit`, fetched a page at a time. */
export async function* searchPaged(log: Pick<AuditLog, 'search'>, query: AuditSearchQuery): AsyncIterable<AuditRecord> {
  let after = query.afterSeq ?? -1;
  let left = query.limit;
  while (left > 0) {
    const want = Math.min(PAGE, left);
    const page = await log.search({ ...query, afterSeq: after, limit: want });
    yield* page;
    if (page.length < want) return;
    left -= page.length;
    after = (page[page.length - 1] as AuditRecord).seq;
  }
}

/** Entries [from, size at the start of the call), in order; later appends are not included. */
export async function* readPaged(log: Pick<AuditLog, 'size' | 'read'>, from = 0): AsyncIterable<AuditRecord> {
  const size = await log.size();
  for (let start = from; start < size; start += PAGE) yield* await log.read(start, Math.min(size, start + PAGE));
}

export interface SearchHit {
  readonly seq: number;
  readonly leafHash: string;
  readonly event: NonNullable<AuditRecord['event']>;
}

/** A search result as JSON (`phigate audit search --json`, GET /admin/v1/audit/search); null for an erased entry. */
export function searchHit(r: AuditRecord): SearchHit | null {
  return r.event ? { seq: r.seq, leafHash: toHex(r.leafHash), event: r.event } : null;
}
