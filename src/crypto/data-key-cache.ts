// Unwrapped data keys in memory, bounded in size and time, so that sealing and opening a record costs
// one AES-GCM operation and not a KMS round trip. Least recently used keys (to within a second) go
// first; expired and evicted keys are zeroed. The time bound also bounds how long another process keeps
// using a key after it was destroyed elsewhere (crypto-shredding takes effect everywhere within `ttlMs`).
import { OldestFirst } from '../oldest-first.js';

export interface CachedKey {
  readonly key: Buffer;
  readonly tenant: string;
}

interface Entry extends CachedKey {
  expiresAt: number;
  touchedAt: number;
}

/** A hot key moves to the young end at most this often: a Map delete + set on every hit costs more than the AES. */
const TOUCH_EVERY_MS = 1000;

export interface DataKeyCacheOptions {
  /** Default 10,000 keys. */
  readonly maxEntries?: number;
  /** Default 5 minutes. */
  readonly ttlMs?: number;
  readonly now?: () => number;
}

export class DataKeyCache {
  readonly #map = new Map<string, Entry>();
  readonly #oldest = new OldestFirst(this.#map);
  readonly #max: number;
  readonly #ttl: number;
  readonly #now: () => number;

  constructor(opts: DataKeyCacheOptions = {}) {
    this.#max = opts.maxEntries ?? 10_000;
    this.#ttl = opts.ttlMs ?? 5 * 60_000;
    this.#now = opts.now ?? Date.now;
    if (!(this.#max >= 1) || !(this.#ttl >= 0)) throw new RangeError('DataKeyCache needs maxEntries >= 1 and ttlMs >= 0');
  }

  get size(): number {
    return this.#map.size;
  }

  get(id: string): CachedKey | undefined {
    const e = this.#map.get(id);
    if (!e) return undefined;
    const now = this.#now();
    if (e.expiresAt <= now) {
      this.delete(id);
      return undefined;
    }
    if (now - e.touchedAt >= TOUCH_EVERY_MS) {
      // Re-insert to mark as recently used (Map keeps insertion order).
      e.touchedAt = now;
      this.#map.delete(id);
      this.#map.set(id, e);
    }
    return e;
  }

  /** Takes ownership of `key` (it is zeroed on eviction). */
  set(id: string, key: Buffer, tenant: string): void {
    this.delete(id);
    const now = this.#now();
    this.#map.set(id, { key, tenant, expiresAt: now + this.#ttl, touchedAt: now });
    while (this.#map.size > this.#max) {
      // Zeroed as delete() does.
      this.#oldest.evict()?.[1].key.fill(0);
    }
  }

  delete(id: string): void {
    const e = this.#map.get(id);
    if (e) {
      e.key.fill(0);
      this.#map.delete(id);
    }
  }

  clear(): void {
    for (const id of [...this.#map.keys()]) this.delete(id);
  }
}
