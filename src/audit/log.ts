// The audit log service: seals events, appends them in batches (concurrent appends share one storage
// transaction), publishes signed checkpoints on an interval and on demand, and serves inclusion and
// consistency proofs from stored leaf hashes. Storage sequences the entries, so several processes can
// run this over one database and still write one linear log.
import { PhigateError } from '../errors.js';
import { signCheckpoint } from './checkpoint.js';
import { sealEvent, type SealedEvent } from './entry.js';
import { isValidatedEvent, parseAuditEvent, type AuditEvent } from './event.js';
import { rfc9162, type LogHasher } from './hasher.js';
import type { NoteSigner } from './note.js';
import { consistencyPlan, inclusionPlan } from './proof.js';
import type { AuditSearchQuery, AuditStorage, StoredAuditEntry, StoredCheckpoint } from './storage.js';
import { TreeCache } from './tree-cache.js';

export interface AuditLogOptions {
  readonly storage: AuditStorage;
  /** The log's name in its checkpoints, e.g. "audit.example.org/phigate". */
  readonly origin: string;
  readonly signers: readonly NoteSigner[];
  readonly hasher?: LogHasher;
  /** Most entries per storage transaction. */
  readonly maxBatch?: number;
  /** Publish a checkpoint this often when the log has grown; 0 turns the timer off. */
  readonly checkpointIntervalMs?: number;
  /** Background checkpoint failures go here (messages carry no PHI). */
  readonly onError?: (err: PhigateError) => void;
  /** Salt source, for deterministic tests. */
  readonly random?: (n: number) => Uint8Array;
  /** Tree cache tuning (see tree-cache.ts): complete tiles kept, and log2 of the leaves per tile. */
  readonly tileCacheSize?: number;
  readonly tileHeight?: number;
  /** Leaf hashes of the most recent entries kept in memory for proofs (default 1,048,576: 32 MiB at most). */
  readonly leafCacheEntries?: number;
}

export interface AppendReceipt {
  readonly seq: number;
  readonly leafHash: Uint8Array;
}

export interface InclusionProof {
  readonly index: number;
  readonly size: number;
  readonly leafHash: Uint8Array;
  readonly hashes: readonly Uint8Array[];
}

export interface AuditRecord {
  readonly seq: number;
  readonly leafHash: Uint8Array;
  readonly event: AuditEvent | null;
}

interface Pending {
  readonly sealed: SealedEvent;
  readonly resolve: (r: AppendReceipt) => void;
  readonly reject: (e: unknown) => void;
}

function storeFailure(what: string, cause: unknown): PhigateError {
  return cause instanceof PhigateError ? cause : new PhigateError('PHIGATE_STORE_FAILURE', `Audit log could not ${what}`, { cause });
}

export function toRecord(e: StoredAuditEntry): AuditRecord {
  return { seq: e.seq, leafHash: e.leafHash, event: e.payload === null ? null : parseAuditEvent(JSON.parse(e.payload)) };
}

export class AuditLog {
  readonly #storage: AuditStorage;
  readonly #origin: string;
  readonly #signers: readonly NoteSigner[];
  readonly #hasher: LogHasher;
  readonly #maxBatch: number;
  readonly #random: ((n: number) => Uint8Array) | undefined;
  readonly #onError: (err: PhigateError) => void;
  readonly #tree: TreeCache;
  readonly #interval: number;
  #queue: Pending[] = [];
  #draining: Promise<void> = Promise.resolve();
  #running = false;
  #knownSize = 0;
  #timer: NodeJS.Timeout | undefined;
  #publishing: Promise<StoredCheckpoint> | null = null;
  #closed = false;

  constructor(options: AuditLogOptions) {
    if (options.signers.length === 0) throw new PhigateError('PHIGATE_BAD_CONFIG', 'The audit log needs at least one checkpoint signer');
    this.#storage = options.storage;
    this.#origin = options.origin;
    this.#signers = options.signers;
    this.#hasher = options.hasher ?? rfc9162;
    this.#maxBatch = options.maxBatch ?? 1000;
    this.#random = options.random;
    this.#onError = options.onError ?? (() => undefined);
    this.#interval = options.checkpointIntervalMs ?? 60_000;
    this.#tree = new TreeCache((s, e) => this.#storage.readLeafHashes(s, e), this.#hasher, {
      ...(options.tileCacheSize ? { tileCacheSize: options.tileCacheSize } : {}),
      ...(options.tileHeight ? { tileHeight: options.tileHeight } : {}),
      ...(options.leafCacheEntries !== undefined ? { leafCacheEntries: options.leafCacheEntries } : {}),
    });
  }

  get origin(): string {
    return this.#origin;
  }

  /**
   * Starts publishing checkpoints on the interval (the timer does not keep the process alive) and
   * builds the in-memory tile cache in the background, so the first proof does not pay for reading
   * every leaf hash.
   */
  start(): void {
    this.size()
      .then((n) => this.#tree.sync(n))
      .catch((err: unknown) => this.#onError(storeFailure('read the tree', err)));
    if (this.#interval <= 0 || this.#timer) return;
    this.#timer = setInterval(() => {
      this.#publishIfGrown().catch((err: unknown) => this.#onError(storeFailure('publish a checkpoint', err)));
    }, this.#interval);
    this.#timer.unref();
  }

  /**
   * Appends one event. Resolves once the entry is durable in storage, with its seq; appends made while
   * a transaction is in flight are written together in the next one. An event not made by
   * createAuditEvent / parseAuditEvent is validated first (PHIGATE_AUDIT_INVALID_EVENT).
   */
  append(event: AuditEvent): Promise<AppendReceipt> {
    if (this.#closed) return Promise.reject(new PhigateError('PHIGATE_INTERNAL', 'The audit log is closed'));
    let sealed: SealedEvent;
    try {
      // The choke point: whatever was not built by the event constructors is validated here.
      sealed = sealEvent(isValidatedEvent(event) ? event : parseAuditEvent(event), this.#hasher, this.#random);
    } catch (err) {
      return Promise.reject(err);
    }
    return new Promise<AppendReceipt>((resolve, reject) => {
      this.#queue.push({ sealed, resolve, reject });
      if (!this.#running) {
        this.#running = true;
        this.#draining = this.#drain();
      }
    });
  }

  async #drain(): Promise<void> {
    // Group commit: wait one turn of the event loop, so appends from the I/O callbacks already due (other
    // requests finishing at the same moment) join this batch. This matters most on the embedded engine,
    // whose statements run on this thread: while one runs, no other append can queue behind it.
    await new Promise<void>((resolve) => setImmediate(resolve));
    for (;;) {
      // The flag is cleared in the same synchronous step that finds the queue empty, so an append
      // arriving at any later point starts a new drain instead of being stranded.
      if (this.#queue.length === 0) {
        this.#running = false;
        return;
      }
      const batch = this.#queue.splice(0, this.#maxBatch);
      try {
        const first = await this.#storage.appendBatch(
          batch.map((p) => ({ leafHash: p.sealed.leafHash, digest: p.sealed.digest, salt: p.sealed.salt, payload: p.sealed.canonical })),
        );
        this.#knownSize = Math.max(this.#knownSize, first + batch.length);
        batch.forEach((p, i) => p.resolve({ seq: first + i, leafHash: p.sealed.leafHash }));
      } catch (err) {
        const failure = storeFailure('append events', err);
        for (const p of batch) p.reject(failure);
      }
    }
  }

  /** Waits until every append made so far has been written (or failed). */
  async flush(): Promise<void> {
    while (this.#running) await this.#draining;
  }

  async size(): Promise<number> {
    const n = await this.#storage.size();
    this.#knownSize = Math.max(this.#knownSize, n);
    return n;
  }

  async #checkSize(size: number): Promise<void> {
    if (!Number.isSafeInteger(size) || size < 0) throw new PhigateError('PHIGATE_BAD_INPUT', `Tree size must be a non-negative integer, got ${size}`);
    if (size > this.#knownSize && size > (await this.size())) {
      throw new PhigateError('PHIGATE_BAD_INPUT', `Tree size ${size} is beyond the log's ${this.#knownSize} entries`);
    }
  }

  /** MTH of the first `size` entries. */
  async root(size: number): Promise<Uint8Array> {
    await this.#checkSize(size);
    return this.#tree.root(size);
  }

  /** Inclusion proof of entry `index` in the tree of the first `size` entries (normally a checkpoint's size). */
  async inclusionProof(index: number, size: number): Promise<InclusionProof> {
    await this.#checkSize(size);
    if (!Number.isSafeInteger(index) || index < 0 || index >= size) {
      throw new PhigateError('PHIGATE_BAD_INPUT', `Entry index ${index} is not within a tree of size ${size}`);
    }
    const [leafHash, hashes] = await Promise.all([this.#tree.nodeHash({ level: 0, index }, size), this.#tree.proof(inclusionPlan(index, size), size)]);
    return { index, size, leafHash, hashes };
  }

  /** Consistency proof between the trees of the first size1 and size2 entries. */
  async consistencyProof(size1: number, size2: number): Promise<Uint8Array[]> {
    await this.#checkSize(size2);
    if (!Number.isSafeInteger(size1) || size1 < 0 || size1 > size2) {
      throw new PhigateError('PHIGATE_BAD_INPUT', `Consistency needs 0 <= size1 <= size2, got ${size1} and ${size2}`);
    }
    return this.#tree.proof(consistencyPlan(size1, size2), size2);
  }

  /** Signs and stores a checkpoint of the log as it is now. Concurrent calls share one publication. */
  publishCheckpoint(): Promise<StoredCheckpoint> {
    this.#publishing ??= this.#publish().finally(() => {
      this.#publishing = null;
    });
    return this.#publishing;
  }

  async #publish(): Promise<StoredCheckpoint> {
    try {
      const size = await this.size();
      const root = await this.#tree.root(size);
      const note = await signCheckpoint({ origin: this.#origin, size, root }, this.#signers);
      await this.#storage.saveCheckpoint({ size, root, note });
      return { size, root, note, createdAt: new Date() };
    } catch (err) {
      throw storeFailure('publish a checkpoint', err);
    }
  }

  async #publishIfGrown(): Promise<void> {
    const [latest, size] = await Promise.all([this.#storage.latestCheckpoint(), this.size()]);
    // An empty log has nothing to attest: the first checkpoint waits for the first entry.
    if (size > 0 && (!latest || latest.size < size)) await this.publishCheckpoint();
  }

  latestCheckpoint(): Promise<StoredCheckpoint | undefined> {
    return this.#storage.latestCheckpoint();
  }

  listCheckpoints(): Promise<StoredCheckpoint[]> {
    return this.#storage.listCheckpoints();
  }

  /** Entries [start, end) with their events parsed (null where erased). */
  async read(start: number, end: number): Promise<AuditRecord[]> {
    return (await this.#storage.readEntries(start, end)).map(toRecord);
  }

  /** Entries [start, end) as stored (digest, salt and canonical payload), e.g. for exports. */
  readStored(start: number, end: number): Promise<StoredAuditEntry[]> {
    return this.#storage.readEntries(start, end);
  }

  async search(query: AuditSearchQuery): Promise<AuditRecord[]> {
    return (await this.#storage.search(query)).map(toRecord);
  }

  /** Erases one entry's payload and salt (retention, legal request); the tree and proofs are unaffected. */
  erasePayload(seq: number): Promise<boolean> {
    return this.#storage.erasePayload(seq);
  }

  /** Stops the checkpoint timer and waits for pending appends. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    await this.flush();
    if (this.#publishing) await this.#publishing.catch(() => undefined);
  }
}
