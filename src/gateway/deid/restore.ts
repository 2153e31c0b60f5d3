// Re-identification of whole texts: every vault token is looked up in the caller's own conversation
// scope (so a token from someone else's conversation never resolves), and replaced by its original.
// A model may write a token back with its brackets halved or dropped ("NAME_7f3a…", "[NAME_7f3a…]"): those
// are looked up as the token they stand for (WRITTEN_TOKEN_PATTERN). Inside JSON strings (tool arguments)
// the original is escaped as a JSON string body.
import { canonicalToken, WRITTEN_TOKEN_PATTERN, writtenTokenReplacement } from '../../deid/token-map.js';
import type { TokenScope } from '../../vault/index.js';
import type { VaultPort } from './redact.js';

const ALL_TOKENS = new RegExp(WRITTEN_TOKEN_PATTERN.source, 'g');

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

  /**
   * Tokens in `text` not yet looked up (none, most of the time, once a stream is under way), with whether each was
   * written with a bracket; matches opening before `from` are context, not looked up.
   */
  #unknown(text: string, from: number): Map<string, boolean> {
    const wanted = new Map<string, boolean>();
    ALL_TOKENS.lastIndex = 0;
    for (let m = ALL_TOKENS.exec(text); m !== null; m = ALL_TOKENS.exec(text)) {
      if (m.index < from) continue;
      const token = canonicalToken(m[2] as string, m[3] as string);
      if (!this.#known.has(token)) wanted.set(token, (wanted.get(token) ?? false) || m[1] !== undefined || m[4] !== undefined);
    }
    return wanted;
  }

  async #load(wanted: Map<string, boolean>): Promise<void> {
    const found = await this.#vault.detokenizeMany([...wanted.keys()], this.#scope);
    for (const [t, bracketed] of wanted) {
      const hit = found.get(t);
      this.#known.set(t, hit ? hit.value : null);
      // A bare "ABC_0123456789ab" that no token of the conversation is may be any code: not counted.
      if (!hit && bracketed) this.unresolved++;
    }
  }

  /** `text` from `from` on, its known tokens restored (a match opening before `from` is context, kept as it is). */
  #replace(text: string, escape: Escape, from: number): string {
    const out = text.replace(ALL_TOKENS, (written: string, open: string | undefined, type: string, hex: string, close: string | undefined, at: number) => {
      const v = at < from ? undefined : this.#known.get(canonicalToken(type, hex));
      return v === null || v === undefined ? written : writtenTokenReplacement(escapeFor(v, escape), open, close);
    });
    return from === 0 ? out : out.slice(from);
  }

  /**
   * `text` with its tokens restored: synchronously when every token is already known (a stream asks once
   * per delta, and a promise per delta is most of what re-identifying a delta costs), else after one vault
   * look-up for the unknown ones. `before` is the character that came right before `text` in a stream (a
   * bare token is none after a letter, a digit or "_"); it is read, not restored, and not returned.
   */
  restore(text: string, escape: Escape = 'text', before = ''): string | Promise<string> {
    // Every written token holds "_" (most deltas of a stream hold none).
    if (!text.includes('_')) return text;
    // Read with the character before it: a match that opens there is the context's (a stream's hold-back keeps any
    // token from spanning the two), and it tells whether a bare token may open at the text's first character.
    const whole = before === '' ? text : before + text;
    const from = before.length;
    const wanted = this.#unknown(whole, from);
    if (wanted.size === 0) return this.#replace(whole, escape, from);
    return this.#load(wanted).then(() => this.#replace(whole, escape, from));
  }
}
