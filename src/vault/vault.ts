// The token vault: reversible tokens for the gateway's round trip. tokenize(value, type, scope) gives the
// same token for the same value within a scope (the token is a keyed hash of scope, type and value), and
// token texts are unique across all scopes (a collision lengthens the token), so a token that leaks from
// one conversation into another never resolves there. The original is stored sealed (AES-256-GCM, bound to
// the token); scope and value are stored only as keyed hashes. Detokenize works only within the token's
// scope; mappings can expire and be purged. Safe with several processes on one PostgreSQL: concurrent
// tokenizers derive the same row and the database's unique constraints let one insert win. Concurrent
// calls in one process are coalesced into batches (batcher.ts): a statement or two per batch, in one
// transaction. A batch's tokens are decided by its statements, before the commit (on PostgreSQL reserveMany
// hands them out then, with the commit to wait for: the gateway sends them upstream while the commit reaches
// the disk).
import type { Envelope, LookupHasher } from '../crypto/index.js';
import { PhigateError } from '../errors.js';
import { type Store, type VaultTokenRepository, type VaultTokenRow, checkTenant, storeError } from '../store/index.js';
import { Batcher, Failed, Held, type BatcherOptions } from './batcher.js';
import { TOKEN_HEX_MAX, TOKEN_HEX_MIN, TOKEN_HEX_STEP, formatToken, isTokenType, parseToken } from './token-format.js';

export type ScopeKind = 'conversation' | 'patient' | 'tenant';
const SCOPE_KINDS: readonly ScopeKind[] = ['conversation', 'patient', 'tenant'];

/** Whose tokens: a conversation, a patient or a whole tenant. The id is only ever hashed. */
export interface TokenScope {
  readonly tenant: string;
  readonly kind: ScopeKind;
  readonly id: string;
}

export interface TokenizeItem {
  readonly value: string;
  /** An entity type such as NAME or MRN (2-12 capitals). */
  readonly type: string;
}

export interface Detokenized {
  readonly value: string;
  readonly type: string;
}

export interface TokenizeOptions {
  /** Lifetime of new mappings (and the least remaining lifetime of reused ones); null: no expiry. */
  readonly ttlMs?: number | null;
}

/**
 * Tokens decided but maybe not yet durable: each is the one its value has (or will have once `committed`
 * resolves) in the scope; none resolves, nor may be relied on, before then (no `committed`: they are stored
 * already). `committed` rejects with the
 * store's error when the commit fails; then none of them was stored by this call.
 */
export interface Reservation {
  readonly tokens: string[];
  readonly committed?: Promise<void>;
}

export interface TokenVaultOptions {
  readonly tokens: VaultTokenRepository;
  readonly envelope: Envelope;
  readonly lookup: LookupHasher;
  /** Default lifetime of a mapping (default 24 hours); null: mappings do not expire. */
  readonly ttlMs?: number | null;
  readonly now?: () => Date;
  readonly batching?: BatcherOptions;
  /**
   * Hand tokens out before their commit (reserveMany): worth it where a commit waits for a disk the caller
   * can overlap (PostgreSQL, fsync on); not on the embedded engine, whose commit is CPU on this very thread
   * (PGlite runs with fsync off), where a transaction only adds two statements. Default false; fromStore
   * sets it for PostgreSQL.
   */
  readonly deferCommits?: boolean;
}

const MAX_VALUE_CHARS = 4096;
const MAX_ITEMS = 10_000;

/** One distinct (scope, type, value) to resolve to a token. */
interface Entry {
  readonly key: string;
  readonly tenant: string;
  readonly scopeHash: Buffer;
  readonly valueHash: Buffer;
  readonly type: string;
  readonly value: string;
  readonly hex: string;
  length: number;
  attempted: boolean;
  expiresAt: Date | null;
  ttl: number | null;
  token?: string;
}

interface TokenizeRequest {
  readonly entries: readonly Entry[];
}

interface DetokenizeRequest {
  readonly tenant: string;
  readonly scopeHash: Buffer;
  readonly tokens: readonly string[];
}

export class TokenVault {
  readonly #tokens: VaultTokenRepository;
  readonly #envelope: Envelope;
  readonly #lookup: LookupHasher;
  readonly #ttlMs: number | null;
  readonly #now: () => Date;
  readonly #tokenizer: Batcher<TokenizeRequest, Reservation>;
  readonly #detokenizer: Batcher<DetokenizeRequest, Map<string, Detokenized>>;
  readonly #deferCommits: boolean;

  constructor(opts: TokenVaultOptions) {
    this.#tokens = opts.tokens;
    this.#envelope = opts.envelope;
    this.#lookup = opts.lookup;
    this.#ttlMs = opts.ttlMs === undefined ? 24 * 3600_000 : opts.ttlMs;
    this.#now = opts.now ?? (() => new Date());
    this.#deferCommits = opts.deferCommits ?? false;
    this.#tokenizer = new Batcher((reqs) => this.#tokenizeBatch(reqs), opts.batching);
    this.#detokenizer = new Batcher((reqs) => this.#detokenizeBatch(reqs), opts.batching);
  }

  static fromStore(store: Store, opts: Omit<TokenVaultOptions, 'tokens' | 'envelope' | 'lookup'> = {}): TokenVault {
    return new TokenVault({ deferCommits: store.engine === 'postgres', ...opts, tokens: store.vaultTokens, envelope: store.envelope, lookup: store.lookup });
  }

  #scopeKey(scope: TokenScope): string {
    checkTenant(scope.tenant);
    if (!SCOPE_KINDS.includes(scope.kind)) throw new PhigateError('PHIGATE_BAD_INPUT', 'Token scope kind must be conversation, patient or tenant');
    if (typeof scope.id !== 'string' || scope.id.length === 0 || scope.id.length > 256) throw new PhigateError('PHIGATE_BAD_INPUT', 'Token scope id must be 1-256 characters');
    return `${scope.kind}\0${scope.id}`;
  }

  /** Running share of tokenized values that were already stored (decides read-first or insert-first). */
  #storedShare = 0.5;

  #observe(stored: number, of: number): void {
    if (of > 0) this.#storedShare = 0.8 * this.#storedShare + 0.2 * (stored / of);
  }

  // A conversation asks for its scope's hash on every call; an HMAC each time was a tenth of the CPU
  // of a tokenize. Bounded, and keyed by the scope itself (ids the caller already holds).
  readonly #scopeHashes = new Map<string, Buffer>();

  #scopeHash(scope: TokenScope, scopeKey = this.#scopeKey(scope)): Buffer {
    const key = `${scope.tenant}\0${scopeKey}`;
    let hash = this.#scopeHashes.get(key);
    if (!hash) {
      hash = this.#lookup.hash('vault-scope', scope.tenant, scopeKey);
      if (this.#scopeHashes.size >= 4096) this.#scopeHashes.clear();
      this.#scopeHashes.set(key, hash);
    }
    return hash;
  }

  async tokenize(value: string, type: string, scope: TokenScope, opts: TokenizeOptions = {}): Promise<string> {
    return (await this.tokenizeMany([{ value, type }], scope, opts))[0] as string;
  }

  /** Tokens for each item, in order; equal items get equal tokens. Resolves once they are stored. */
  async tokenizeMany(items: readonly TokenizeItem[], scope: TokenScope, opts: TokenizeOptions = {}): Promise<string[]> {
    const r = await this.reserveMany(items, scope, opts);
    if (r.committed) await r.committed;
    return r.tokens;
  }

  /** tokenizeMany's tokens as soon as they are decided, with the commit that stores them (see Reservation). */
  async reserveMany(items: readonly TokenizeItem[], scope: TokenScope, opts: TokenizeOptions = {}): Promise<Reservation> {
    if (items.length > MAX_ITEMS) throw new PhigateError('PHIGATE_INPUT_TOO_LARGE', `At most ${MAX_ITEMS} values per tokenize call`);
    const scopeKey = this.#scopeKey(scope);
    const scopeHash = this.#scopeHash(scope, scopeKey);
    const ttl = opts.ttlMs === undefined ? this.#ttlMs : opts.ttlMs;
    const expiresAt = ttl === null ? null : new Date(this.#now().getTime() + ttl);
    const entries = items.map((item): Entry => {
      if (!isTokenType(item.type)) throw new PhigateError('PHIGATE_BAD_INPUT', 'Token type must be 2-12 capital letters');
      if (typeof item.value !== 'string' || item.value.length === 0 || item.value.length > MAX_VALUE_CHARS) {
        throw new PhigateError('PHIGATE_BAD_INPUT', `A value to tokenize must be 1-${MAX_VALUE_CHARS} characters`);
      }
      const material = `${scopeKey}\0${item.type}\0${item.value}`;
      const valueHash = this.#lookup.hash('vault-value', scope.tenant, material);
      return {
        key: `${scopeHash.toString('hex')}:${valueHash.toString('hex')}`,
        tenant: scope.tenant,
        scopeHash,
        valueHash,
        type: item.type,
        value: item.value,
        hex: this.#lookup.hash('vault-token', scope.tenant, material).toString('hex'),
        length: TOKEN_HEX_MIN,
        attempted: false,
        expiresAt,
        ttl,
      };
    });
    if (entries.length === 0) return { tokens: [] };
    return this.#tokenizer.submit({ entries });
  }

  /**
   * Reads run on their own; the writes (new rows, pushed-out expiries) share one transaction, opened at
   * the first of them. The tokens are handed out once decided, before the commit, which the callers then
   * wait for (see Reservation). Sealing happens before the transaction opens, so a batch never holds a
   * connection while it waits for another (a data key's first look-up).
   */
  async #tokenizeBatch(reqs: readonly TokenizeRequest[]): Promise<Held<Reservation>> {
    const writes = new LazyTransaction(this.#tokens, this.#deferCommits);
    let lists: string[][];
    try {
      lists = await this.#decide(reqs, writes);
    } catch (err) {
      await writes.end(err).catch(() => undefined);
      throw err;
    }
    if (!writes.begun) return new Held(lists.map((t) => ({ tokens: t })), Promise.resolve());
    const committed = writes.end();
    // Handled here: a caller whose request ended early never waits for the commit, and must not crash the process.
    committed.catch(() => undefined);
    return new Held(lists.map((t) => ({ tokens: t, committed })), committed);
  }

  async #decide(reqs: readonly TokenizeRequest[], writes: LazyTransaction): Promise<string[][]> {
    // Distinct entries across the batch; the longest requested lifetime wins.
    const byKey = new Map<string, Entry>();
    for (const e of reqs.flatMap((r) => r.entries)) {
      const seen = byKey.get(e.key);
      if (!seen) byKey.set(e.key, { ...e });
      else if (seen.expiresAt !== null && (e.expiresAt === null || e.expiresAt > seen.expiresAt)) Object.assign(seen, { expiresAt: e.expiresAt, ttl: e.ttl });
    }
    const now = this.#now().getTime();
    const extend = new Map<string, { scopeHash: Buffer; expiresAt: Date | null; tokens: string[] }>();
    const reuse = (e: Entry, token: string, storedExpiry: Date | null) => {
      e.token = token;
      // A reused mapping that would expire before half the requested lifetime is pushed out.
      if (storedExpiry !== null && (e.expiresAt === null || storedExpiry.getTime() < now + (e.ttl as number) / 2)) {
        const slot = `${e.scopeHash.toString('hex')}:${e.expiresAt?.getTime() ?? 'never'}`;
        const group = extend.get(slot) ?? { scopeHash: e.scopeHash, expiresAt: e.expiresAt, tokens: [] };
        group.tokens.push(token);
        extend.set(slot, group);
      }
    };
    let open = [...byKey.values()];
    // Which statement goes first: in a conversation's later turns most values are already stored (a read
    // finds them, and nothing is sealed), in a new one most are not (an insert takes them in one
    // statement). A running estimate of the share already stored picks; either order gives the same tokens.
    const readFirst = this.#storedShare >= 0.5;
    for (let round = 0; open.length > 0; round++) {
      if (round > (TOKEN_HEX_MAX - TOKEN_HEX_MIN) / TOKEN_HEX_STEP + 2) throw new PhigateError('PHIGATE_INTERNAL', 'Token space exhausted');
      // A candidate that was refused and is still not found collided with another value's token: it
      // grows by four hex digits. (Refused and then found: another process stored the value meanwhile.)
      if (round > 0 || readFirst) {
        // In the transaction once it is open (its own rows, and no second connection while it holds one).
        const found = await (writes.open ?? this.#tokens).findByValues(open);
        let stored = 0;
        for (const e of open) {
          const hit = found.get(e.key);
          if (hit) {
            reuse(e, hit.token, hit.expiresAt);
            stored++;
          } else if (e.attempted) e.length = Math.min(TOKEN_HEX_MAX, e.length + TOKEN_HEX_STEP);
        }
        if (round === 0) this.#observe(stored, open.length);
        open = open.filter((e) => e.token === undefined);
        if (open.length === 0) break;
      }
      // Another round (a token that collided): sealing may look up a data key, which must not wait behind
      // this batch's own open transaction (PGlite has one connection): what it wrote is committed first.
      if (writes.open) await writes.commitNow();
      const rows: VaultTokenRow[] = [];
      for (const e of open) {
        const token = formatToken(e.type, e.hex.slice(0, e.length));
        const sealed = await this.#envelope.seal(e.value, { tenant: e.tenant, table: 'vault_tokens', recordId: token, field: 'value' });
        rows.push({ token, tenant: e.tenant, scopeHash: e.scopeHash, valueHash: e.valueHash, entityType: e.type, sealed, expiresAt: e.expiresAt });
      }
      const inserted = await (await writes.repo()).insertIfAbsent(rows);
      open.forEach((e, i) => {
        const token = (rows[i] as VaultTokenRow).token;
        if (inserted.has(token)) e.token = token;
        else e.attempted = true;
      });
      if (round === 0 && !readFirst) this.#observe(open.length - inserted.size, open.length);
      open = open.filter((e) => e.token === undefined);
    }
    for (const g of extend.values()) await (await writes.repo()).extendExpiry(g.scopeHash, g.tokens, g.expiresAt);
    return reqs.map((r) => r.entries.map((e) => (byKey.get(e.key) as Entry).token as string));
  }

  /** The original of a token in its scope; PHIGATE_TOKEN_UNKNOWN if it is not of this scope, or expired. */
  async detokenize(token: string, scope: TokenScope): Promise<Detokenized> {
    const hit = (await this.detokenizeMany([token], scope)).get(token);
    if (!hit) throw new PhigateError('PHIGATE_TOKEN_UNKNOWN', 'The token is not known in this scope, or it has expired');
    return hit;
  }

  /** Originals of the tokens known (and unexpired) in this scope; others are left out. */
  async detokenizeMany(tokens: readonly string[], scope: TokenScope): Promise<Map<string, Detokenized>> {
    if (tokens.length > MAX_ITEMS) throw new PhigateError('PHIGATE_INPUT_TOO_LARGE', `At most ${MAX_ITEMS} tokens per detokenize call`);
    const scopeHash = this.#scopeHash(scope);
    const wanted = [...new Set(tokens.filter((t) => parseToken(t) !== undefined))];
    if (wanted.length === 0) return new Map();
    return this.#detokenizer.submit({ tenant: scope.tenant, scopeHash, tokens: wanted });
  }

  async #detokenizeBatch(reqs: readonly DetokenizeRequest[]): Promise<Array<Map<string, Detokenized> | Failed>> {
    const pairs = new Map<string, { scopeHash: Buffer; token: string }>();
    for (const r of reqs) for (const token of r.tokens) pairs.set(`${r.scopeHash.toString('hex')}:${token}`, { scopeHash: r.scopeHash, token });
    const rows = await this.#tokens.findTokens([...pairs.values()]);
    const now = this.#now().getTime();
    const out: Array<Map<string, Detokenized> | Failed> = [];
    for (const r of reqs) {
      // A row that fails to open fails its own caller only, not the others in the batch.
      try {
        const m = new Map<string, Detokenized>();
        for (const token of r.tokens) {
          const row = rows.get(`${r.scopeHash.toString('hex')}:${token}`);
          if (!row || (row.expiresAt !== null && row.expiresAt.getTime() <= now)) continue;
          const type = (parseToken(token) as { type: string }).type;
          if (row.entityType !== type || row.tenant !== r.tenant) {
            throw new PhigateError('PHIGATE_CRYPTO_FAILURE', `Vault row for a ${type} token in tenant ${r.tenant} does not match its token`);
          }
          const value = await this.#envelope.openText(row.sealed, { tenant: r.tenant, table: 'vault_tokens', recordId: token, field: 'value' });
          m.set(token, { value, type });
        }
        out.push(m);
      } catch (err) {
        out.push(new Failed(err));
      }
    }
    return out;
  }

  /** Deletes every expired mapping; returns how many. */
  async purgeExpired(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.#tokens.purgeExpired(this.#now());
      total += n;
      if (n === 0) return total;
    }
  }

  /** Deletes every mapping of a scope (end of a conversation, a deletion request). */
  async purgeScope(scope: TokenScope): Promise<number> {
    return this.#tokens.purgeScope(this.#scopeHash(scope));
  }
}

/**
 * A transaction begun on first use and ended by end(): a commit, or a rollback when given an error. Not
 * deferring: no transaction, each statement commits on its own.
 */
class LazyTransaction {
  readonly #base: VaultTokenRepository;
  readonly #defer: boolean;
  #repo: Promise<VaultTokenRepository> | undefined;
  #commit: Promise<void> | undefined;
  #finish: ((err?: unknown) => void) | undefined;
  /** The transaction's repository once it has begun. */
  open: VaultTokenRepository | undefined;

  constructor(base: VaultTokenRepository, defer: boolean) {
    this.#base = base;
    this.#defer = defer;
  }

  /** Whether a transaction is open, to be ended. */
  get begun(): boolean {
    return this.#commit !== undefined;
  }

  repo(): Promise<VaultTokenRepository> {
    if (!this.#defer) return Promise.resolve(this.#base);
    this.#repo ??= new Promise<VaultTokenRepository>((resolve, reject) => {
      const held = new Promise<void>((done, fail) => (this.#finish = (err?: unknown) => (err === undefined ? done() : fail(err))));
      // Handled: a transaction that failed to begin never waits for it.
      held.catch(() => undefined);
      this.#commit = this.#base.transaction(async (tx) => {
        this.open = tx;
        resolve(tx);
        await held;
      });
      this.#commit.catch(reject);
    });
    return this.#repo;
  }

  /** Commits what is open, and waits for it; the next write begins a new transaction. */
  async commitNow(): Promise<void> {
    const done = this.end();
    this.#repo = this.#commit = this.#finish = this.open = undefined;
    await done;
  }

  /**
   * Commits (or with `err`, rolls back); resolves when that is done. Nothing begun: nothing to do. A failed
   * commit is told as its statement's failure, as when each statement committed on its own.
   */
  end(err?: unknown): Promise<void> {
    if (this.#commit === undefined) return Promise.resolve();
    this.#finish?.(err ?? undefined);
    if (err !== undefined) return this.#commit;
    return this.#commit.catch((failed: unknown) => {
      throw failed instanceof PhigateError && failed.code === 'PHIGATE_STORE_FAILURE' && failed.cause !== undefined ? storeError(failed.cause, 'a query') : failed;
    });
  }
}
