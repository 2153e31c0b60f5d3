// Rows of the token vault: token text, keyed hashes of its scope and value, and the sealed original.
// Several processes tokenizing the same value at once are safe: tokens are derived, so they all try the
// same row, and the unique constraints with ON CONFLICT DO NOTHING let exactly one insert win.
import { type Sql, toBuffer, valuesList } from './sql.js';

export interface VaultTokenRow {
  readonly token: string;
  readonly tenant: string;
  readonly scopeHash: Buffer;
  readonly valueHash: Buffer;
  readonly entityType: string;
  readonly sealed: Buffer;
  readonly expiresAt: Date | null;
}

export interface FoundToken {
  readonly token: string;
  readonly tenant: string;
  readonly entityType: string;
  readonly sealed: Buffer;
  readonly expiresAt: Date | null;
}

const CHUNK = 500;

export class VaultTokenRepository {
  readonly #sql: Sql;
  readonly #t: string;

  constructor(sql: Sql, schema: string) {
    this.#sql = sql;
    this.#t = `${schema}.vault_tokens`;
  }

  /** Inserts the rows that conflict with nothing; returns the tokens inserted. */
  async insertIfAbsent(rows: readonly VaultTokenRow[]): Promise<Set<string>> {
    const inserted = new Set<string>();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const res = await this.#sql.query<{ token: string }>(
        `INSERT INTO ${this.#t} (token, tenant, scope_hash, value_hash, entity_type, sealed, expires_at)
         VALUES ${valuesList(chunk.length, 7, 1, ['', '', '::bytea', '::bytea', '', '::bytea', '::timestamptz'])}
         ON CONFLICT DO NOTHING RETURNING token`,
        chunk.flatMap((r) => [r.token, r.tenant, r.scopeHash, r.valueHash, r.entityType, r.sealed, r.expiresAt]),
      );
      for (const r of res.rows) inserted.add(r.token);
    }
    return inserted;
  }

  /** Existing tokens of a scope by value hash (hex of the hash -> token and expiry). */
  async findByValues(scopeHash: Buffer, valueHashes: readonly Buffer[]): Promise<Map<string, { token: string; expiresAt: Date | null }>> {
    const out = new Map<string, { token: string; expiresAt: Date | null }>();
    for (let i = 0; i < valueHashes.length; i += CHUNK) {
      const chunk = valueHashes.slice(i, i + CHUNK);
      const list = chunk.map((_, j) => `$${j + 2}::bytea`).join(',');
      const { rows } = await this.#sql.query<{ token: string; value_hash: Uint8Array; expires_at: Date | null }>(
        `SELECT token, value_hash, expires_at FROM ${this.#t} WHERE scope_hash = $1 AND value_hash IN (${list})`,
        [scopeHash, ...chunk],
      );
      for (const r of rows) out.set(toBuffer(r.value_hash).toString('hex'), { token: r.token, expiresAt: r.expires_at });
    }
    return out;
  }

  /** Rows for these tokens within a scope (a token of another scope is simply not found). */
  async findTokens(scopeHash: Buffer, tokens: readonly string[]): Promise<Map<string, FoundToken>> {
    const out = new Map<string, FoundToken>();
    for (let i = 0; i < tokens.length; i += CHUNK) {
      const chunk = tokens.slice(i, i + CHUNK);
      const list = chunk.map((_, j) => `$${j + 2}`).join(',');
      const { rows } = await this.#sql.query<{ token: string; tenant: string; entity_type: string; sealed: Uint8Array; expires_at: Date | null }>(
        `SELECT token, tenant, entity_type, sealed, expires_at FROM ${this.#t} WHERE scope_hash = $1 AND token IN (${list})`,
        [scopeHash, ...chunk],
      );
      for (const r of rows) out.set(r.token, { token: r.token, tenant: r.tenant, entityType: r.entity_type, sealed: toBuffer(r.sealed), expiresAt: r.expires_at });
    }
    return out;
  }

  /** Pushes expiry out (never in, never from "no expiry" to an expiry). */
  async extendExpiry(scopeHash: Buffer, tokens: readonly string[], expiresAt: Date | null): Promise<void> {
    if (tokens.length === 0) return;
    const list = tokens.map((_, j) => `$${j + 3}`).join(',');
    await this.#sql.query(
      `UPDATE ${this.#t} SET expires_at = CASE WHEN $2::timestamptz IS NULL THEN NULL ELSE greatest(expires_at, $2::timestamptz) END
       WHERE scope_hash = $1 AND expires_at IS NOT NULL AND token IN (${list})`,
      [scopeHash, expiresAt, ...tokens],
    );
  }

  /** Deletes up to `limit` expired mappings; call until it returns 0. */
  async purgeExpired(now: Date, limit = 10_000): Promise<number> {
    const res = await this.#sql.query(
      `DELETE FROM ${this.#t} WHERE token IN (SELECT token FROM ${this.#t} WHERE expires_at <= $1 ORDER BY expires_at LIMIT $2)`,
      [now, limit],
    );
    return res.rowCount;
  }

  async purgeScope(scopeHash: Buffer): Promise<number> {
    return (await this.#sql.query(`DELETE FROM ${this.#t} WHERE scope_hash = $1`, [scopeHash])).rowCount;
  }

  async count(): Promise<number> {
    const { rows } = await this.#sql.query<{ n: number }>(`SELECT count(*) AS n FROM ${this.#t}`);
    return rows[0]?.n ?? 0;
  }
}
