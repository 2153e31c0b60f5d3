// Storage for the audit log, sequenced in the database. It has the shape of the audit capability's
// `AuditStorage` (src/audit/storage.ts), so `store.audit` can be handed to the audit log as is.
//
// API (seqs are 0-based leaf indices; ranges are [start, end)):
//   appendBatch(entries)            -> seq of the first; the batch gets contiguous seqs in one transaction
//   size()                          -> number of entries (the next seq)
//   readLeafHashes(start, end)      -> leaf hashes in seq order (end <= size())
//   readEntries(start, end)         -> entries in seq order
//   search({actor, patient, vendor, action, from, to, afterSeq, limit}) -> matching entries by seq
//   erasePayload(seq)               -> drops salt and payload, keeps digest and leaf hash
//   saveCheckpoint({size, root, note}), latestCheckpoint(), listCheckpoints()
//
// Sequencing: `audit_head` holds the size in one row. An append moves that row's size on (which locks
// it) and inserts its entries at size…size+n-1, all in one statement and transaction, so appenders in
// several processes queue on the row lock: seqs are gapless, never duplicated, and never forked, and a
// rolled-back append leaves no hole. Entries are append-only in the database too (a trigger refuses
// deletes and any update other than erasing the payload). A second checkpoint for the same size with a
// different root is refused (PHIGATE_AUDIT_ROOT_MISMATCH): that would be a fork.
import { PhigateError } from '../errors.js';
import { type Sql, toBuffer, toBufferOrNull } from './sql.js';

export interface NewAuditEntry {
  readonly leafHash: Uint8Array;
  readonly digest: Uint8Array;
  readonly salt: Uint8Array;
  /** Canonical JSON of the event (PHI-free by the audit capability's contract). */
  readonly payload: string;
}

export interface StoredAuditEntry {
  readonly seq: number;
  readonly leafHash: Uint8Array;
  readonly digest: Uint8Array;
  readonly salt: Uint8Array | null;
  readonly payload: string | null;
  readonly createdAt: Date;
}

export interface StoredCheckpoint {
  readonly size: number;
  readonly root: Uint8Array;
  readonly note: string;
  readonly createdAt: Date;
}

export interface AuditSearchQuery {
  readonly actor?: string;
  readonly patient?: string;
  readonly vendor?: string;
  readonly action?: string;
  readonly from?: Date;
  readonly to?: Date;
  readonly afterSeq?: number;
  readonly limit: number;
}

interface EntryRow {
  seq: number;
  leaf_hash: Uint8Array;
  digest: Uint8Array;
  salt: Uint8Array | null;
  payload: string | null;
  created_at: Date;
}

const ENTRY_COLUMNS = 'seq, leaf_hash, digest, salt, payload, created_at';
const MAX_READ = 100_000;

function entryFrom(r: EntryRow): StoredAuditEntry {
  return { seq: r.seq, leafHash: toBuffer(r.leaf_hash), digest: toBuffer(r.digest), salt: toBufferOrNull(r.salt), payload: r.payload, createdAt: r.created_at };
}

export class AuditRepository {
  readonly #sql: Sql;
  readonly #schema: string;
  readonly #entries: string;
  readonly #head: string;
  readonly #checkpoints: string;

  constructor(sql: Sql, schema: string) {
    this.#sql = sql;
    this.#schema = schema;
    this.#entries = `${schema}.audit_entries`;
    this.#head = `${schema}.audit_head`;
    this.#checkpoints = `${schema}.audit_checkpoints`;
  }

  async appendBatch(entries: readonly NewAuditEntry[]): Promise<number> {
    if (entries.length === 0) return this.size();
    // One statement, so one round trip and one commit: audit_append (migration 4) moves the head row's
    // size on, which takes its lock (waiting for another appender's commit and then reading its new size),
    // and inserts the batch numbered from there. Both commit together or not at all. A statement already
    // sent when its process dies still runs to its end: the log may hold events that were never
    // acknowledged, never fewer.
    // Payloads are canonical JSON, one line each: joined by newlines and split again in SQL, they cross as
    // one text parameter. As a text[] the driver escaped each payload twice (backslashes, then quotes, and
    // a payload is full of quotes) and concatenated an array literal, the largest allocation site of a gateway
    // request (3% of its bytes in a sampling profile of bench:gateway).
    // A payload that is empty or holds a newline (none the audit log writes) goes as an array, as before.
    const oneLine = entries.every((e) => e.payload.length > 0 && !e.payload.includes('\n'));
    const payloads = oneLine ? `string_to_array($4::text, E'\\n')` : '$4::text[]';
    const { rows } = await this.#sql.query<{ first: number }>(`SELECT ${this.#schema}.audit_append($1::bytea[], $2::bytea[], $3::bytea[], ${payloads}) AS first`, [
      entries.map((e) => e.leafHash),
      entries.map((e) => e.digest),
      entries.map((e) => e.salt),
      oneLine ? entries.map((e) => e.payload).join('\n') : entries.map((e) => e.payload),
    ]);
    const row = rows[0];
    if (!row || row.first === null) throw new PhigateError('PHIGATE_STORE_FAILURE', 'The audit append did not store its batch');
    return Number(row.first);
  }

  async size(): Promise<number> {
    const { rows } = await this.#sql.query<{ size: number }>(`SELECT size FROM ${this.#head} WHERE id = 1`);
    return (rows[0] as { size: number }).size;
  }

  #checkRange(start: number, end: number): void {
    if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && start <= end && end - start <= MAX_READ)) {
      throw new PhigateError('PHIGATE_STORE_FAILURE', `Audit range [${start}, ${end}) is not a range of at most ${MAX_READ} entries`);
    }
  }

  /** A short read is either a range past the end or a gap; which one is worth a second query only then. */
  async #checkComplete(got: number, start: number, end: number): Promise<void> {
    if (got === end - start) return;
    const size = await this.size();
    if (end > size) throw new PhigateError('PHIGATE_STORE_FAILURE', `Audit range [${start}, ${end}) is outside the log of ${size} entries`);
    throw new PhigateError('PHIGATE_STORE_FAILURE', `Audit entries [${start}, ${end}) have a gap: ${got} of ${end - start} found`);
  }

  // One round trip each: proofs read a tile of leaf hashes per cache miss, and latency is the point.
  async readLeafHashes(start: number, end: number): Promise<Uint8Array[]> {
    this.#checkRange(start, end);
    const { rows } = await this.#sql.query<{ leaf_hash: Uint8Array }>(`SELECT leaf_hash FROM ${this.#entries} WHERE seq >= $1 AND seq < $2 ORDER BY seq`, [start, end]);
    await this.#checkComplete(rows.length, start, end);
    return rows.map((r) => toBuffer(r.leaf_hash));
  }

  async readEntries(start: number, end: number): Promise<StoredAuditEntry[]> {
    this.#checkRange(start, end);
    const { rows } = await this.#sql.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM ${this.#entries} WHERE seq >= $1 AND seq < $2 ORDER BY seq`, [start, end]);
    await this.#checkComplete(rows.length, start, end);
    return rows.map(entryFrom);
  }

  /** Filters on the event's fields inside the stored JSON; erased entries never match. */
  async search(q: AuditSearchQuery): Promise<StoredAuditEntry[]> {
    const limit = Math.max(0, Math.min(q.limit, MAX_READ));
    const { rows } = await this.#sql.query<EntryRow>(
      `SELECT ${ENTRY_COLUMNS} FROM ${this.#entries} WHERE seq > $1 AND payload IS NOT NULL
         AND ($2::text IS NULL OR (payload::jsonb)->'actor'->>'id' = $2::text)
         AND ($3::text IS NULL OR (payload::jsonb)->>'patient' = $3::text)
         AND ($4::text IS NULL OR (payload::jsonb)->>'vendor' = $4::text)
         AND ($5::text IS NULL OR (payload::jsonb)->>'action' = $5::text)
         AND ($6::text IS NULL OR (payload::jsonb)->>'time' >= $6::text)
         AND ($7::text IS NULL OR (payload::jsonb)->>'time' <= $7::text)
       ORDER BY seq LIMIT $8`,
      [q.afterSeq ?? -1, q.actor ?? null, q.patient ?? null, q.vendor ?? null, q.action ?? null, q.from?.toISOString() ?? null, q.to?.toISOString() ?? null, limit],
    );
    return rows.map(entryFrom);
  }

  async erasePayload(seq: number): Promise<boolean> {
    const res = await this.#sql.query(`UPDATE ${this.#entries} SET salt = NULL, payload = NULL WHERE seq = $1`, [seq]);
    return res.rowCount > 0;
  }

  async saveCheckpoint(cp: Omit<StoredCheckpoint, 'createdAt'>): Promise<void> {
    const res = await this.#sql.query(`INSERT INTO ${this.#checkpoints} (size, root, note) VALUES ($1, $2, $3) ON CONFLICT (size) DO NOTHING`, [cp.size, cp.root, cp.note]);
    if (res.rowCount > 0) return;
    const { rows } = await this.#sql.query<{ root: Uint8Array }>(`SELECT root FROM ${this.#checkpoints} WHERE size = $1`, [cp.size]);
    if (!rows[0] || !toBuffer(rows[0].root).equals(Buffer.from(cp.root))) {
      throw new PhigateError('PHIGATE_AUDIT_ROOT_MISMATCH', `A checkpoint for size ${cp.size} already exists with a different root`);
    }
  }

  async latestCheckpoint(): Promise<StoredCheckpoint | undefined> {
    const { rows } = await this.#sql.query<{ size: number; root: Uint8Array; note: string; created_at: Date }>(
      `SELECT size, root, note, created_at FROM ${this.#checkpoints} ORDER BY size DESC LIMIT 1`,
    );
    const r = rows[0];
    return r && { size: r.size, root: toBuffer(r.root), note: r.note, createdAt: r.created_at };
  }

  async listCheckpoints(): Promise<StoredCheckpoint[]> {
    const { rows } = await this.#sql.query<{ size: number; root: Uint8Array; note: string; created_at: Date }>(
      `SELECT size, root, note, created_at FROM ${this.#checkpoints} ORDER BY size`,
    );
    return rows.map((r) => ({ size: r.size, root: toBuffer(r.root), note: r.note, createdAt: r.created_at }));
  }
}
