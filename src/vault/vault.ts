// The token vault: reversible tokens for the gateway's round trip. tokenize(value, type, scope) gives the
// same token for the same value within a scope (the token is a keyed hash of scope, type and value), and
// token texts are unique across all scopes (a collision lengthens the token), so a token that leaks from
// one conversation into another never resolves there. The original is stored sealed (AES-256-GCM, bound to
// the token); scope and value are stored only as keyed hashes. Detokenize works only within the token's
// scope; mappings can expire and be purged. Safe with several processes on one PostgreSQL: concurrent
// tokenizers derive the same row and the database's unique constraints let one insert win.
import type { Envelope, LookupHasher } from '../crypto/index.js';
import { PhigateError } from '../errors.js';
import { type Store, type VaultTokenRepository, type VaultTokenRow, checkTenant } from '../store/index.js';
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

export interface TokenVaultOptions {
  readonly tokens: VaultTokenRepository;
  readonly envelope: Envelope;
  readonly lookup: LookupHasher;
  /** Default lifetime of a mapping (default 24 hours); null: mappings do not expire. */
  readonly ttlMs?: number | null;
  readonly now?: () => Date;
}

const MAX_VALUE_CHARS = 4096;
const MAX_ITEMS = 10_000;

interface Pending {
  readonly item: TokenizeItem;
  readonly valueHash: Buffer;
  readonly hex: string;
  length: number;
}

export class TokenVault {
  readonly #tokens: VaultTokenRepository;
  readonly #envelope: Envelope;
  readonly #lookup: LookupHasher;
  readonly #ttlMs: number | null;
  readonly #now: () => Date;

  constructor(opts: TokenVaultOptions) {
    this.#tokens = opts.tokens;
    this.#envelope = opts.envelope;
    this.#lookup = opts.lookup;
    this.#ttlMs = opts.ttlMs === undefined ? 24 * 3600_000 : opts.ttlMs;
    this.#now = opts.now ?? (() => new Date());
  }

  static fromStore(store: Store, opts: Omit<TokenVaultOptions, 'tokens' | 'envelope' | 'lookup'> = {}): TokenVault {
    return new TokenVault({ ...opts, tokens: store.vaultTokens, envelope: store.envelope, lookup: store.lookup });
  }

  #scopeKey(scope: TokenScope): string {
    checkTenant(scope.tenant);
    if (!SCOPE_KINDS.includes(scope.kind)) throw new PhigateError('PHIGATE_BAD_INPUT', 'Token scope kind must be conversation, patient or tenant');
    if (typeof scope.id !== 'string' || scope.id.length === 0 || scope.id.length > 256) throw new PhigateError('PHIGATE_BAD_INPUT', 'Token scope id must be 1-256 characters');
    return `${scope.kind}\0${scope.id}`;
  }

  #scopeHash(scope: TokenScope): Buffer {
    return this.#lookup.hash('vault-scope', scope.tenant, this.#scopeKey(scope));
  }

  async tokenize(value: string, type: string, scope: TokenScope, opts: TokenizeOptions = {}): Promise<string> {
    return (await this.tokenizeMany([{ value, type }], scope, opts))[0] as string;
  }

  /** Tokens for each item, in order; equal items get equal tokens. */
  async tokenizeMany(items: readonly TokenizeItem[], scope: TokenScope, opts: TokenizeOptions = {}): Promise<string[]> {
    if (items.length > MAX_ITEMS) throw new PhigateError('PHIGATE_INPUT_TOO_LARGE', `At most ${MAX_ITEMS} values per tokenize call`);
    const scopeKey = this.#scopeKey(scope);
    const scopeHash = this.#scopeHash(scope);
    const ttl = opts.ttlMs === undefined ? this.#ttlMs : opts.ttlMs;
    const now = this.#now();
    const expiresAt = ttl === null ? null : new Date(now.getTime() + ttl);

    const byKey = new Map<string, Pending>();
    const keys: string[] = [];
    for (const item of items) {
      if (!isTokenType(item.type)) throw new PhigateError('PHIGATE_BAD_INPUT', 'Token type must be 2-12 capital letters');
      if (typeof item.value !== 'string' || item.value.length === 0 || item.value.length > MAX_VALUE_CHARS) {
        throw new PhigateError('PHIGATE_BAD_INPUT', `A value to tokenize must be 1-${MAX_VALUE_CHARS} characters`);
      }
      const material = `${scopeKey}\0${item.type}\0${item.value}`;
      const valueHash = this.#lookup.hash('vault-value', scope.tenant, material);
      const key = valueHash.toString('hex');
      keys.push(key);
      if (!byKey.has(key)) {
        byKey.set(key, { item, valueHash, hex: this.#lookup.hash('vault-token', scope.tenant, material).toString('hex'), length: TOKEN_HEX_MIN });
      }
    }

    const resolved = new Map<string, string>();
    const extend: string[] = [];
    let open = [...byKey.entries()];
    for (let round = 0; open.length > 0; round++) {
      if (round > (TOKEN_HEX_MAX - TOKEN_HEX_MIN) / TOKEN_HEX_STEP + 2) throw new PhigateError('PHIGATE_INTERNAL', 'Token space exhausted');
      // Reuse what exists (written earlier or by a concurrent process)…
      const found = await this.#tokens.findByValues(scopeHash, open.map(([, p]) => p.valueHash));
      for (const [key, hit] of found) {
        resolved.set(key, hit.token);
        if (hit.expiresAt !== null && (expiresAt === null || hit.expiresAt.getTime() < now.getTime() + (ttl as number) / 2)) extend.push(hit.token);
      }
      open = open.filter(([key]) => !resolved.has(key));
      if (open.length === 0) break;
      // …and insert the rest. A row that is not inserted either appeared concurrently (found next round)
      // or collided with another value's token (lengthened next round).
      const rows: VaultTokenRow[] = [];
      for (const [, p] of open) {
        const token = formatToken(p.item.type, p.hex.slice(0, p.length));
        const sealed = await this.#envelope.seal(p.item.value, { tenant: scope.tenant, table: 'vault_tokens', recordId: token, field: 'value' });
        rows.push({ token, tenant: scope.tenant, scopeHash, valueHash: p.valueHash, entityType: p.item.type, sealed, expiresAt });
      }
      const inserted = await this.#tokens.insertIfAbsent(rows);
      const stillOpen: typeof open = [];
      for (const [i, entry] of open.entries()) {
        const token = (rows[i] as VaultTokenRow).token;
        if (inserted.has(token)) resolved.set(entry[0], token);
        else stillOpen.push(entry);
      }
      if (stillOpen.length > 0) {
        const again = await this.#tokens.findByValues(scopeHash, stillOpen.map(([, p]) => p.valueHash));
        for (const [key, p] of stillOpen) if (!again.has(key)) p.length = Math.min(TOKEN_HEX_MAX, p.length + TOKEN_HEX_STEP);
      }
      open = stillOpen;
    }
    if (extend.length > 0) await this.#tokens.extendExpiry(scopeHash, extend, expiresAt);

    return keys.map((key) => resolved.get(key) as string);
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
    const out = new Map<string, Detokenized>();
    if (wanted.length === 0) return out;
    const rows = await this.#tokens.findTokens(scopeHash, wanted);
    const now = this.#now().getTime();
    for (const [token, row] of rows) {
      if (row.expiresAt !== null && row.expiresAt.getTime() <= now) continue;
      const type = (parseToken(token) as { type: string }).type;
      if (row.entityType !== type || row.tenant !== scope.tenant) {
        throw new PhigateError('PHIGATE_CRYPTO_FAILURE', `Vault row for a ${type} token in tenant ${scope.tenant} does not match its token`);
      }
      const value = await this.#envelope.openText(row.sealed, { tenant: scope.tenant, table: 'vault_tokens', recordId: token, field: 'value' });
      out.set(token, { value, type });
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
