// Re-identification of whole texts: every vault token is looked up in the caller's own conversation
// scope (so a token from someone else's conversation never resolves), and replaced by its original.
// Inside JSON strings (tool arguments) the original is escaped as a JSON string body.
import { TOKEN_PATTERN } from '../../deid/index.js';
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

  async #load(text: string): Promise<void> {
    const wanted = [...new Set(text.match(ALL_TOKENS) ?? [])].filter((t) => !this.#known.has(t));
    if (wanted.length === 0) return;
    const found = await this.#vault.detokenizeMany(wanted, this.#scope);
    for (const t of wanted) {
      const hit = found.get(t);
      this.#known.set(t, hit ? hit.value : null);
      if (!hit) this.unresolved++;
    }
  }

  async restore(text: string, escape: Escape = 'text'): Promise<string> {
    if (!text.includes('[[')) return text;
    await this.#load(text);
    return text.replace(ALL_TOKENS, (t) => {
      const v = this.#known.get(t);
      return v === null || v === undefined ? t : escapeFor(v, escape);
    });
  }
}
