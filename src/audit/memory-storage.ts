// AuditStorage in memory, for unit tests and the benchmark's in-memory figures. Copies on the way in
// and out, so callers cannot change what is stored.
import { PhigateError } from '../errors.js';
import { parseAuditEvent } from './event.js';
import { eventMatches, type AuditSearchQuery, type AuditStorage, type NewAuditEntry, type StoredAuditEntry, type StoredCheckpoint } from './storage.js';

interface Row {
  leafHash: Uint8Array;
  digest: Uint8Array;
  salt: Uint8Array | null;
  payload: string | null;
  createdAt: Date;
}

const copy = (b: Uint8Array): Uint8Array => Uint8Array.from(b);

export class MemoryAuditStorage implements AuditStorage {
  readonly #rows: Row[] = [];
  readonly #checkpoints: StoredCheckpoint[] = [];
  readonly #clock: () => Date;

  constructor(clock: () => Date = () => new Date()) {
    this.#clock = clock;
  }

  async appendBatch(entries: readonly NewAuditEntry[]): Promise<number> {
    const first = this.#rows.length;
    const now = this.#clock();
    for (const e of entries) this.#rows.push({ leafHash: copy(e.leafHash), digest: copy(e.digest), salt: copy(e.salt), payload: e.payload, createdAt: now });
    return first;
  }

  async size(): Promise<number> {
    return this.#rows.length;
  }

  #check(start: number, end: number): void {
    if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && start <= end && end <= this.#rows.length)) {
      throw new PhigateError('PHIGATE_STORE_FAILURE', `Audit range [${start}, ${end}) is outside the log of ${this.#rows.length} entries`);
    }
  }

  async readLeafHashes(start: number, end: number): Promise<Uint8Array[]> {
    this.#check(start, end);
    return this.#rows.slice(start, end).map((r) => copy(r.leafHash));
  }

  #entry(seq: number): StoredAuditEntry {
    const r = this.#rows[seq] as Row;
    return { seq, leafHash: copy(r.leafHash), digest: copy(r.digest), salt: r.salt && copy(r.salt), payload: r.payload, createdAt: r.createdAt };
  }

  async readEntries(start: number, end: number): Promise<StoredAuditEntry[]> {
    this.#check(start, end);
    const out: StoredAuditEntry[] = [];
    for (let seq = start; seq < end; seq++) out.push(this.#entry(seq));
    return out;
  }

  async search(q: AuditSearchQuery): Promise<StoredAuditEntry[]> {
    const out: StoredAuditEntry[] = [];
    for (let seq = (q.afterSeq ?? -1) + 1; seq < this.#rows.length && out.length < q.limit; seq++) {
      const payload = (this.#rows[seq] as Row).payload;
      if (payload !== null && eventMatches(parseAuditEvent(JSON.parse(payload)), q)) out.push(this.#entry(seq));
    }
    return out;
  }

  async erasePayload(seq: number): Promise<boolean> {
    const r = this.#rows[seq];
    if (!r) return false;
    r.salt = null;
    r.payload = null;
    return true;
  }

  async saveCheckpoint(cp: Omit<StoredCheckpoint, 'createdAt'>): Promise<void> {
    this.#checkpoints.push({ size: cp.size, root: copy(cp.root), note: cp.note, createdAt: this.#clock() });
    this.#checkpoints.sort((a, b) => a.size - b.size);
  }

  async latestCheckpoint(): Promise<StoredCheckpoint | undefined> {
    return this.#checkpoints[this.#checkpoints.length - 1];
  }

  async listCheckpoints(): Promise<StoredCheckpoint[]> {
    return [...this.#checkpoints];
  }

  /** Test hook: what an administrator with database access could do. */
  tamper(seq: number, change: Partial<Pick<Row, 'leafHash' | 'digest' | 'payload'>>): void {
    Object.assign(this.#rows[seq] as Row, change);
  }
}
