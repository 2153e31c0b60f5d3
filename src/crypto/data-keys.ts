// What the envelope needs from storage for data keys: the crypto capability defines it, the store
// implements it over SQL. Rows hold only wrapped keys (and null once destroyed), never a plaintext key.

export interface DataKeyRow {
  readonly keyId: Buffer;
  readonly tenant: string;
  /** Whose key: `patient:<id>`, `tenant:<yyyy-mm>`, `system:<name>`; never PHI. */
  readonly owner: string;
  readonly keyringId: string;
  readonly kekVersion: number;
  /** Null once destroyed (crypto-shredded). */
  readonly wrapped: Uint8Array | null;
  readonly createdAt: Date;
  readonly destroyedAt: Date | null;
}

export interface NewDataKey {
  readonly keyId: Buffer;
  readonly tenant: string;
  readonly owner: string;
  readonly keyringId: string;
  readonly kekVersion: number;
  readonly wrapped: Uint8Array;
}

export interface DataKeyStore {
  get(keyId: Uint8Array): Promise<DataKeyRow | undefined>;
  /** The live (not destroyed) key of an owner, if any. */
  findActive(tenant: string, owner: string): Promise<DataKeyRow | undefined>;
  /** Inserts unless the owner already has a live key; returns the live key either way (first writer wins). */
  insertOrGetActive(key: NewDataKey): Promise<DataKeyRow>;
  /** Destroys every live key of an owner (wrapped key erased); returns their ids. */
  destroyOwner(tenant: string, owner: string): Promise<Buffer[]>;
}

/** A data key with the KEK version that is not yet at the rotation's target. */
export interface RewrapCandidate {
  readonly keyId: Buffer;
  readonly tenant: string;
  readonly kekVersion: number;
  readonly wrapped: Uint8Array;
}

export interface RewrapUpdate {
  readonly keyId: Buffer;
  /** The wrapped key that was read: the update applies only if the row still holds it. */
  readonly previous: Uint8Array;
  readonly wrapped: Uint8Array;
  readonly kekVersion: number;
}

export interface RotationJob {
  readonly id: number;
  readonly keyringId: string;
  readonly targetVersion: number;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  /** Key id after which the current pass resumes; null at the start of a pass. */
  readonly cursor: Buffer | null;
  readonly rewrapped: number;
  /** Keys below the target when the job started (for progress). */
  readonly total: number;
}

export interface KeyVersionCount {
  readonly keyringId: string;
  readonly kekVersion: number;
  readonly live: number;
  readonly destroyed: number;
}

/** Persistence for rotation: progress is saved with each batch, so a rotation can resume after a crash. */
export interface RotationStore {
  /** Runs `fn` while holding the rotation lock (one rotation at a time across processes). */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  unfinishedJob(keyringId: string): Promise<RotationJob | undefined>;
  createJob(keyringId: string, targetVersion: number): Promise<RotationJob>;
  /** Live keys of this keyring below `version`, by key id after `after`. */
  pending(keyringId: string, version: number, after: Buffer | null, limit: number): Promise<RewrapCandidate[]>;
  countPending(keyringId: string, version: number): Promise<number>;
  /** Applies a batch of re-wraps and advances the job in one transaction; returns rows changed. */
  applyRewrap(jobId: number, updates: readonly RewrapUpdate[], cursor: Buffer | null): Promise<number>;
  /** Starts a new pass (cursor back to null) without counting anything. */
  restartPass(jobId: number): Promise<void>;
  finishJob(jobId: number): Promise<void>;
  countsByVersion(): Promise<KeyVersionCount[]>;
}
