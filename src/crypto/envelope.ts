// Envelope encryption: every value is sealed with AES-256-GCM under a data key; data keys are wrapped by
// the keyring's KEK and stored (wrapped) through a DataKeyStore. Data keys belong to an owner: a patient
// (so that destroying the patient's key crypto-shreds their records), a tenant per calendar month (data
// not tied to a patient; monthly keys keep each key far below the GCM random-IV usage limit), or the
// system (the lookup-hash secret). Unwrapped keys are cached in memory, bounded in size and time.
import { randomBytes } from 'node:crypto';
import { PhigateError } from '../errors.js';
import { KEY_BYTES } from './aead.js';
import { type SealContext, describePlace, formatKeyId, openWithKey, parseHeader, sealWithKey } from './ciphertext.js';
import { DataKeyCache, type DataKeyCacheOptions } from './data-key-cache.js';
import type { DataKeyRow, DataKeyStore } from './data-keys.js';
import type { Keyring } from './keyring.js';

/** `tenant` (the tenant's key for the current month), `patient:<id>`, or `system:<name>`. */
export type KeyOwner = string;

export const TENANT_OWNER: KeyOwner = 'tenant';
const OWNER_PATTERN = /^(?:tenant|patient:[A-Za-z0-9_.-]{1,64}|system:[a-z0-9-]{1,32}|scope:[A-Za-z0-9_.-]{1,64})$/;
const SYSTEM_TENANT = '_system';

export interface EnvelopeOptions {
  readonly keyring: Keyring;
  readonly keys: DataKeyStore;
  readonly cache?: DataKeyCacheOptions;
  readonly now?: () => Date;
}

/** What a wrapped data key is bound to: its id and tenant. */
export function dataKeyBinding(keyId: Uint8Array, tenant: string): Buffer {
  return Buffer.concat([Buffer.from('phigate/dk/v1\0'), keyId, Buffer.from(tenant, 'utf8')]);
}

function withPlace(err: unknown, what: string): never {
  if (err instanceof PhigateError) {
    throw new PhigateError(err.code, `${what}: ${err.message}`, { cause: err, details: { ...(err.details ?? {}) } });
  }
  throw err;
}

export class Envelope {
  readonly keyring: Keyring;
  readonly #keys: DataKeyStore;
  readonly #cache: DataKeyCache;
  /** `${tenant}\0${owner}` -> key id (hex), with the cache's lifetime. */
  readonly #owners: DataKeyCache;
  readonly #inflight = new Map<string, Promise<unknown>>();
  readonly #now: () => Date;

  constructor(opts: EnvelopeOptions) {
    this.keyring = opts.keyring;
    this.#keys = opts.keys;
    this.#cache = new DataKeyCache(opts.cache);
    this.#owners = new DataKeyCache(opts.cache);
    this.#now = opts.now ?? (() => new Date());
  }

  /** Seals `plaintext` for `ctx` under the owner's data key (created on first use). */
  async seal(plaintext: Uint8Array | string, ctx: SealContext, owner: KeyOwner = TENANT_OWNER): Promise<Buffer> {
    const bytes = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
    const keyId = await this.keyIdFor(ctx.tenant, owner);
    const hex = keyId.toString('hex');
    const cached = this.#cache.get(hex);
    if (cached) return sealWithKey(cached.key, keyId, bytes, ctx);
    const key = await this.#load(keyId, ctx.tenant, `Cannot seal ${describePlace(ctx)}`);
    try {
      return sealWithKey(key, keyId, bytes, ctx);
    } finally {
      key.fill(0);
    }
  }

  /** Opens a sealed value; errors name the place and data key, never the content. */
  async open(ciphertext: Uint8Array, ctx: SealContext): Promise<Buffer> {
    const { keyId } = parseHeader(ciphertext, ctx);
    const cached = this.#cache.get(keyId.toString('hex'));
    if (cached) {
      this.#checkTenant(cached.tenant, keyId, ctx);
      return openWithKey(cached.key, ciphertext, ctx);
    }
    const key = await this.#load(keyId, ctx.tenant, `Cannot open ${describePlace(ctx)}`, ctx);
    try {
      return openWithKey(key, ciphertext, ctx);
    } finally {
      key.fill(0);
    }
  }

  async openText(ciphertext: Uint8Array, ctx: SealContext): Promise<string> {
    const b = await this.open(ciphertext, ctx);
    const s = b.toString('utf8');
    b.fill(0);
    return s;
  }

  #checkTenant(keyTenant: string, keyId: Uint8Array, ctx: SealContext): void {
    if (keyTenant !== ctx.tenant) {
      throw new PhigateError('PHIGATE_CRYPTO_FAILURE', `Cannot open ${describePlace(ctx)}: it names data key ${formatKeyId(keyId)} of another tenant`, {
        details: { place: describePlace(ctx), keyId: formatKeyId(keyId) },
      });
    }
  }

  #resolveOwner(owner: KeyOwner): string {
    if (!OWNER_PATTERN.test(owner)) throw new PhigateError('PHIGATE_BAD_INPUT', 'Data key owner must be tenant, patient:<id>, scope:<id> or system:<name>');
    return owner === TENANT_OWNER ? `tenant:${this.#now().toISOString().slice(0, 7)}` : owner;
  }

  /** The id of the owner's live data key, creating (and wrapping) one if there is none. */
  async keyIdFor(tenant: string, owner: KeyOwner): Promise<Buffer> {
    const resolved = this.#resolveOwner(owner);
    const slot = `${tenant}\0${resolved}`;
    const known = this.#owners.get(slot);
    if (known) return Buffer.from(known.key);
    return this.#once(`owner\0${slot}`, async () => {
      const row = (await this.#keys.findActive(tenant, resolved)) ?? (await this.#create(tenant, resolved));
      this.#owners.set(slot, Buffer.from(row.keyId), tenant);
      return row.keyId;
    });
  }

  async #create(tenant: string, owner: string): Promise<DataKeyRow> {
    const keyId = randomBytes(16);
    const key = randomBytes(KEY_BYTES);
    try {
      const wrapped = await this.keyring.wrap(key, dataKeyBinding(keyId, tenant));
      const row = await this.#keys.insertOrGetActive({ keyId, tenant, owner, keyringId: this.keyring.id, kekVersion: wrapped.kekVersion, wrapped: wrapped.wrapped });
      if (row.keyId.equals(keyId)) this.#cache.set(keyId.toString('hex'), Buffer.from(key), tenant);
      return row;
    } finally {
      key.fill(0);
    }
  }

  /** Loads, checks and unwraps a data key; returns a private copy the caller zeroes. */
  async #load(keyId: Buffer, tenant: string, what: string, ctx?: SealContext, attempt = 0): Promise<Buffer> {
    const hex = keyId.toString('hex');
    await this.#once(`key\0${hex}`, async () => {
      const row = await this.#keys.get(keyId);
      const id = formatKeyId(keyId);
      if (!row) throw new PhigateError('PHIGATE_KEY_MISSING', `${what}: data key ${id} does not exist`, { details: { keyId: id } });
      if (row.destroyedAt || !row.wrapped) {
        const when = row.destroyedAt ? row.destroyedAt.toISOString() : 'an unknown date';
        throw new PhigateError('PHIGATE_KEY_MISSING', `${what}: data key ${id} was destroyed (crypto-shredded) on ${when}`, {
          details: { keyId: id, destroyed: true },
        });
      }
      if (row.keyringId !== this.keyring.id) {
        throw new PhigateError('PHIGATE_KEY_MISSING', `${what}: data key ${id} is wrapped by keyring ${row.keyringId}, but the configured keyring is ${this.keyring.id}`, {
          details: { keyId: id, keyring: row.keyringId },
        });
      }
      let key: Buffer;
      try {
        key = await this.keyring.unwrap({ kekVersion: row.kekVersion, wrapped: row.wrapped }, dataKeyBinding(keyId, row.tenant));
      } catch (err) {
        withPlace(err, `${what} (data key ${id})`);
      }
      this.#cache.set(hex, key, row.tenant);
    });
    const cached = this.#cache.get(hex);
    if (!cached) {
      // Evicted between loading and here (a tiny cache under load): load again, a bounded number of times.
      if (attempt < 3) return this.#load(keyId, tenant, what, ctx, attempt + 1);
      throw new PhigateError('PHIGATE_INTERNAL', `${what}: data key cache is too small to hold a key`);
    }
    if (ctx) this.#checkTenant(cached.tenant, keyId, ctx);
    else if (cached.tenant !== tenant) throw new PhigateError('PHIGATE_INTERNAL', `${what}: data key belongs to another tenant`);
    return Buffer.from(cached.key);
  }

  /** Single flight: concurrent callers for the same slot share one store/KMS round trip. */
  async #once<T>(slot: string, fn: () => Promise<T>): Promise<T> {
    const running = this.#inflight.get(slot);
    if (running) return running as Promise<T>;
    const p = fn().finally(() => this.#inflight.delete(slot));
    this.#inflight.set(slot, p);
    return p;
  }

  /**
   * Crypto-shredding: destroys the owner's data keys, so everything sealed under them can no longer be
   * opened, here at once and in other processes once their caches expire. Returns the destroyed key ids.
   */
  async destroyOwner(tenant: string, owner: KeyOwner): Promise<string[]> {
    const resolved = this.#resolveOwner(owner);
    const ids = await this.#keys.destroyOwner(tenant, resolved);
    this.#owners.delete(`${tenant}\0${resolved}`);
    for (const id of ids) this.#cache.delete(id.toString('hex'));
    return ids.map((id) => formatKeyId(id));
  }

  /**
   * A system secret (e.g. the lookup-hash key): random, wrapped by the KEK like a data key, never used to
   * encrypt. Returns a copy the caller keeps.
   */
  async systemSecret(name: string): Promise<Buffer> {
    const keyId = await this.keyIdFor(SYSTEM_TENANT, `system:${name}`);
    return this.#load(keyId, SYSTEM_TENANT, `Cannot load system secret ${name}`);
  }

  /** Forgets every cached key (e.g. after a test destroys keys behind the envelope's back). */
  clearCache(): void {
    this.#cache.clear();
    this.#owners.clear();
  }
}
