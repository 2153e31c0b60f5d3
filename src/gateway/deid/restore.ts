// Re-identification of whole texts: every vault token is looked up in the caller's own conversation
// scope (so a token from someone else's conversation never resolves), and replaced by its original.
// Inside JSON strings (tool arguments) the original is escaped as a JSON string body.
import { TOKEN_PATTERN } from '../../deid/token-map.js';
import type { TokenScope } from '../../vault/index.js';
import type { VaultPort } from './redact.js';

const ALL_TOKENS = new RegExp(TOKEN_PATTERN.source, 'g');

export type Escape = 'text' | 'json';

export function escapeFor(value: string, escape: Escape): string {
  return escape === 'json' ? JSON.stringify(value).slice(1, -1) : value;
}

/** Resolves tokens through the vault, caching originals for the request (streams ask many times). */
export class Restorer {
  readonly #vault: VaultPort;
  readonly #scope: TokenScope;
  readonly #known = new Map<string, string | null>();
  unresolved = 0;

  constructor(vault: VaultPort, scope: TokenScope) {
    this.#vault = vault;
    this.#scope = scope;
  }

  /** Tokens in `text` not yet looked up (none, most of the time, once a stream is under way). */
  #unknown(text: string): string[] {
    const wanted: string[] = [];
    // match() with /g builds no capture arrays (an exec loop does, one per token).
    for (const t of text.match(ALL_TOKENS) ?? []) {
      if (!this.#known.has(t) && !wanted.includes(t)) wanted.push(t);
    }
    return wanted;
  }

  async #load(wanted: string[]): Promise<void> {
    const found = await this.#vault.detokenizeMany(wanted, this.#scope);
    for (const t of wanted) {
      const hit = found.get(t);
      this.#known.set(t, hit ? hit.value : null);
      if (!hit) this.unresolved++;
    }
  }

  #replace(text: string, escape: Escape): string {
    return text.replace(ALL_TOKENS, (t) => {
      const v = this.#known.get(t);
      return v === null || v === undefined ? t : escapeFor(v, escape);
    });
  }

  /**
   * `text` with its tokens restored: synchronously when every token is already known (a stream asks once
   * per delta, and a promise per delta is most of what re-identifying a delta costs), else after one vault
   * look-up for the unknown ones.
   */
  restore(text: string, escape: Escape = 'text'): string | Promise<string> {
    if (!text.includes('[[')) return text;
    const wanted = this.#unknown(text);
    if (wanted.length === 0) return this.#replace(text, escape);
    return this.#load(wanted).then(() => this.#replace(text, escape));
  }
}
