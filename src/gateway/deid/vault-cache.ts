// A short-lived, bounded in-memory cache in front of the token vault, so a conversation's later turns
// (which re-send every earlier message) do not cost two store round trips each. Entries are keyed by
// the full scope, so a token still resolves only in its own scope. Safe with the vault's expiry: an
// entry lives `ttlMs` (default 60 s), far less than a mapping's lifetime, and the vault extends a
// reused mapping's expiry whenever the store is asked. Trade-off, documented: a scope purged in the
// store stays resolvable here for at most `ttlMs`.
import { OldestFirst } from '../../oldest-first.js';
import type { Reservation, TokenScope, TokenizeItem } from '../../vault/index.js';
import { type VaultPort, reserveTokens } from './redact.js';

const MAX_SCOPES = 10_000;

/**
 * The parts joined by NULs, as one string of its own characters. A value is a slice of its request's text,
 * and a slice keeps the whole text it was cut from alive, as does a string concatenated from it (`+` and
 * template literals make a rope that points at its parts): an entry kept the full message (a 4 KB prompt,
 * a 100 KB document) of every identifier of 13 characters or more for as long as it stayed in the cache
 * (50,000 entries). join copies the characters into one new flat string.
 */
function joined(...parts: string[]): string {
  return parts.join('\0');
}

interface Entry {
  readonly value: string;
  readonly until: number;
}

export class CachedVault implements VaultPort {
  readonly #inner: VaultPort;
  readonly #ttlMs: number;
  readonly #max: number;
  readonly #now: () => number;
  readonly #map = new Map<string, Entry>();
  readonly #oldest = new OldestFirst(this.#map);
  // Each scope's keys start with a short number of its own instead of the scope (tenant, kind and a
  // 64-digit id): a request looks up every value and token it carries, and each look-up hashes its
  // whole key (a third less work per request in process). Numbers are never reused, so a scope's keys
  // stay its own.
  readonly #scopes = new Map<string, string>();
  readonly #oldestScope = new OldestFirst(this.#scopes);
  #nextScope = 0;

  constructor(inner: VaultPort, opts: { ttlMs: number; maxEntries?: number; now?: () => number }) {
    this.#inner = inner;
    this.#ttlMs = opts.ttlMs;
    this.#max = opts.maxEntries ?? 50_000;
    this.#now = opts.now ?? Date.now;
  }

  #scopeKey(scope: TokenScope): string {
    const full = `${scope.tenant}\0${scope.kind}\0${scope.id}`;
    let short = this.#scopes.get(full);
    if (short === undefined) {
      // Forgetting an old scope's number only makes its entries unreachable (they expire unread).
      if (this.#scopes.size >= MAX_SCOPES) this.#oldestScope.evict();
      short = (this.#nextScope++).toString(36);
      this.#scopes.set(full, short);
    }
    return short;
  }

  #get(key: string, now: number): string | undefined {
    const e = this.#map.get(key);
    if (!e) return undefined;
    if (e.until <= now) {
      this.#map.delete(key);
      return undefined;
    }
    return e.value;
  }

  #set(key: string, value: string, now: number): void {
    this.#map.delete(key);
    this.#map.set(key, { value, until: now + this.#ttlMs });
    // Oldest first out (Map keeps insertion order).
    while (this.#map.size > this.#max) this.#oldest.evict();
  }

  async tokenizeMany(items: readonly TokenizeItem[], scope: TokenScope, opts?: { ttlMs?: number | null }): Promise<string[]> {
    const r = await this.reserveMany(items, scope, opts);
    if (r.committed) await r.committed;
    return r.tokens;
  }

  /**
   * Cached tokens at once; the others as the store decides them. Those are cached only once their commit
   * succeeded: until then another request must not send them upstream nor resolve them from here.
   */
  async reserveMany(items: readonly TokenizeItem[], scope: TokenScope, opts?: { ttlMs?: number | null }): Promise<Reservation> {
    const now = this.#now();
    const sk = this.#scopeKey(scope);
    const out: Array<string | undefined> = items.map((it) => this.#get(`v\0${sk}\0${it.type}\0${it.value}`, now));
    const missing = items.filter((_, i) => out[i] === undefined);
    if (missing.length === 0) return { tokens: out as string[] };
    const r = await reserveTokens(this.#inner, missing, scope, opts);
    const fresh: Array<{ item: TokenizeItem; token: string }> = [];
    let k = 0;
    for (let i = 0; i < items.length; i++) {
      if (out[i] !== undefined) continue;
      const token = r.tokens[k++] as string;
      out[i] = token;
      fresh.push({ item: items[i] as TokenizeItem, token });
    }
    const keep = (): void => {
      const at = this.#now();
      // Kept: strings of their own (see joined), not ropes over the request's text. Look-ups build theirs as before.
      for (const { item, token } of fresh) {
        this.#set(joined('v', sk, item.type, item.value), token, at);
        this.#set(`t\0${sk}\0${token}`, joined(item.type, item.value), at);
      }
    };
    if (!r.committed) {
      keep();
      return { tokens: out as string[] };
    }
    const committed = r.committed.then(keep);
    committed.catch(() => undefined);
    return { tokens: out as string[], committed };
  }

  async detokenizeMany(tokens: readonly string[], scope: TokenScope): Promise<Map<string, { value: string; type: string }>> {
    const now = this.#now();
    const sk = this.#scopeKey(scope);
    const found = new Map<string, { value: string; type: string }>();
    const missing: string[] = [];
    for (const t of tokens) {
      const hit = this.#get(`t\0${sk}\0${t}`, now);
      if (hit === undefined) missing.push(t);
      else {
        const cut = hit.indexOf('\0');
        found.set(t, { type: hit.slice(0, cut), value: hit.slice(cut + 1) });
      }
    }
    if (missing.length > 0) {
      for (const [t, d] of await this.#inner.detokenizeMany(missing, scope)) {
        found.set(t, d);
        this.#set(`t\0${sk}\0${t}`, `${d.type}\0${d.value}`, now);
      }
    }
    return found;
  }
}
