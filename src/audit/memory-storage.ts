// AuditStorage in memory, for unit tests and the benchmark's in-memory figures. Hashes live in
// contiguous buffers (a million small objects would make garbage collection pauses dominate proof
// latency); copies go out, so callers cannot change what is stored.
import { PhigateError } from '../errors.js';
import { parseAuditEvent } from './event.js';
import { eventMatches, type AuditSearchQuery, type AuditStorage, type NewAuditEntry, type StoredAuditEntry, type StoredCheckpoint } from './storage.js';

/** Fixed-width byte records in one growable buffer. */
class Column {
  #buf: Buffer;
  readonly #width: number;

  constructor(width: number) {
    this.#width = width;
    this.#buf = Buffer.alloc(width * 1024);
  }

  set(i: number, bytes: Uint8Array): void {
    if ((i + 1) * this.#width > this.#buf.length) {
      const bigger = Buffer.alloc(Math.max(this.#buf.length * 2, (i + 1) * this.#width));
      this.#buf.copy(bigger);
      this.#buf = bigger;
    }
    this.#buf.set(bytes, i * this.#width);
  }

  get(i: number): Buffer {
    return Buffer.from(this.#buf.subarray(i * this.#width, (i + 1) * this.#width));
  }
}

export class MemoryAuditStorage implements AuditStorage {
  #size = 0;
  readonly #leaves = new Column(32);
  readonly #digests = new Column(32);
  readonly #salts = new Column(16);
  readonly #payloads: (string | null)[] = [];
  readonly #times: Date[] = [];
  readonly #checkpoints: StoredCheckpoint[] = [];
  readonly #clock: () => Date;

  constructor(clock: () => Date = () => new Date()) {
    this.#clock = clock;
  }

  async appendBatch(entries: readonly NewAuditEntry[]): Promise<number> {
    const first = this.#size;
    const now = this.#clock();
    for (const e of entries) {
      const i = this.#size++;
      this.#leaves.set(i, e.leafHash);
      this.#digests.set(i, e.digest);
      this.#salts.set(i, e.salt);
      this.#payloads.push(e.payload);
      this.#times.push(now);
    }
    return first;
  }

  async size(): Promise<number> {
    return this.#size;
  }

  #check(start: number, end: number): void {
    if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && start <= end && end <= this.#size)) {
      throw new PhigateError('PHIGATE_STORE_FAILURE', `Audit range [${start}, ${end}) is outside the log of ${this.#size} entries`);
    }
  }

  async readLeafHashes(start: number, end: number): Promise<Uint8Array[]> {
    this.#check(start, end);
    const out: Uint8Array[] = [];
    for (let i = start; i < end; i++) out.push(this.#leaves.get(i));
    return out;
  }

  #entry(seq: number): StoredAuditEntry {
    const payload = this.#payloads[seq] ?? null;
    return { seq, leafHash: this.#leaves.get(seq), digest: this.#digests.get(seq), salt: payload === null ? null : this.#salts.get(seq), payload, createdAt: this.#times[seq] as Date };
  }

  async readEntries(start: number, end: number): Promise<StoredAuditEntry[]> {
    this.#check(start, end);
    const out: StoredAuditEntry[] = [];
    for (let seq = start; seq < end; seq++) out.push(this.#entry(seq));
    return out;
  }

  async search(q: AuditSearchQuery): Promise<StoredAuditEntry[]> {
    const out: StoredAuditEntry[] = [];
    for (let seq = (q.afterSeq ?? -1) + 1; seq < this.#size && out.length < q.limit; seq++) {
      const payload = this.#payloads[seq];
      if (payload != null && eventMatches(parseAuditEvent(JSON.parse(payload)), q)) out.push(this.#entry(seq));
    }
    return out;
  }

  async erasePayload(seq: number): Promise<boolean> {
    if (!(seq >= 0 && seq < this.#size)) return false;
    this.#payloads[seq] = null;
    this.#salts.set(seq, new Uint8Array(16));
    return true;
  }

  async saveCheckpoint(cp: Omit<StoredCheckpoint, 'createdAt'>): Promise<void> {
    const same = this.#checkpoints.find((c) => c.size === cp.size);
    if (same) {
      if (Buffer.compare(Buffer.from(same.root), Buffer.from(cp.root)) !== 0) {
        throw new PhigateError('PHIGATE_AUDIT_ROOT_MISMATCH', `A checkpoint for size ${cp.size} already exists with a different root`);
      }
      return;
    }
    this.#checkpoints.push({ size: cp.size, root: Uint8Array.from(cp.root), note: cp.note, createdAt: this.#clock() });
    this.#checkpoints.sort((a, b) => a.size - b.size);
  }

  async latestCheckpoint(): Promise<StoredCheckpoint | undefined> {
    return this.#checkpoints[this.#checkpoints.length - 1];
  }

  async listCheckpoints(): Promise<StoredCheckpoint[]> {
    return [...this.#checkpoints];
  }

  /** Test hook: what an administrator with database access could do. */
  tamper(seq: number, change: { leafHash?: Uint8Array; digest?: Uint8Array; payload?: string }): void {
    if (change.leafHash) this.#leaves.set(seq, change.leafHash);
    if (change.digest) this.#digests.set(seq, change.digest);
    if (change.payload !== undefined) this.#payloads[seq] = change.payload;
  }
}
