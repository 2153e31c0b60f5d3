// Rows of the token vault: token text, keyed hashes of its scope and value, and the sealed original.
// Several processes tokenizing the same value at once are safe: tokens are derived, so they all try the
// same row, and the unique constraints with ON CONFLICT DO NOTHING let exactly one insert win.
// Batches travel as arrays (`unnest`), so each statement has one text whatever the batch size and is
// parsed once per connection. Plans are made per call (postgres-engine.ts): a generic plan cached while
// the table was empty scanned the whole table ever after, 30x slower at 40,000 rows.
import { type Queryable, type Sql, toBuffer } from './sql.js';

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
  readonly #sql: Sql | Queryable;
  readonly #schema: string;
  readonly #t: string;

  constructor(sql: Sql | Queryable, schema: string) {
    this.#sql = sql;
    this.#schema = schema;
    this.#t = `${schema}.vault_tokens`;
  }

  /**
   * Runs `fn` with this repository inside one transaction (already inside one: in that). `fn` may hand its
   * results out before it returns (the vault's tokens are decided once its statements ran): the returned
   * promise is the commit.
   */
  async transaction<T>(fn: (tx: VaultTokenRepository) => Promise<T>): Promise<T> {
    const sql = this.#sql;
    if (!('transaction' in sql)) return fn(this);
    return sql.transaction((tx) => fn(new VaultTokenRepository(tx, this.#schema)));
  }

  /**
   * Inserts the rows that conflict with nothing (neither their token text nor their scope and value is
   * taken) and returns the tokens inserted; one statement per chunk, the cheapest a new value can cost.
   */
  async insertIfAbsent(rows: readonly VaultTokenRow[]): Promise<Set<string>> {
    const inserted = new Set<string>();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const res = await this.#sql.query<{ token: string }>(
        `INSERT INTO ${this.#t} (token, tenant, scope_hash, value_hash, entity_type, sealed, expires_at)
         SELECT * FROM unnest($1::text[], $2::text[], $3::bytea[], $4::bytea[], $5::text[], $6::bytea[], $7::timestamptz[])
         ON CONFLICT DO NOTHING
         RETURNING token`,
        [
          chunk.map((r) => r.token),
          chunk.map((r) => r.tenant),
          chunk.map((r) => r.scopeHash),
          chunk.map((r) => r.valueHash),
          chunk.map((r) => r.entityType),
          chunk.map((r) => r.sealed),
          chunk.map((r) => r.expiresAt),
        ],
      );
      for (const r of res.rows) inserted.add(r.token);
    }
    return inserted;
  }

  /** Existing mappings for (scope hash, value hash) pairs: key `scopeHex:valueHex` -> token and expiry. */
  async findByValues(pairs: readonly { scopeHash: Buffer; valueHash: Buffer }[]): Promise<Map<string, { token: string; expiresAt: Date | null }>> {
    const out = new Map<string, { token: string; expiresAt: Date | null }>();
    for (let i = 0; i < pairs.length; i += CHUNK) {
      const chunk = pairs.slice(i, i + CHUNK);
      const { rows } = await this.#sql.query<{ token: string; scope_hash: Uint8Array; value_hash: Uint8Array; expires_at: Date | null }>(
        `SELECT t.token, t.scope_hash, t.value_hash, t.expires_at FROM ${this.#t} t
           JOIN unnest($1::bytea[], $2::bytea[]) AS i (scope_hash, value_hash) ON t.scope_hash = i.scope_hash AND t.value_hash = i.value_hash`,
        [chunk.map((p) => p.scopeHash), chunk.map((p) => p.valueHash)],
      );
      for (const r of rows) out.set(`${toBuffer(r.scope_hash).toString('hex')}:${toBuffer(r.value_hash).toString('hex')}`, { token: r.token, expiresAt: r.expires_at });
    }
    return out;
  }

  /** Rows for (scope hash, token) pairs: a token asked for in another scope is simply not found. */
  async findTokens(pairs: readonly { scopeHash: Buffer; token: string }[]): Promise<Map<string, FoundToken & { scopeHash: Buffer }>> {
    const out = new Map<string, FoundToken & { scopeHash: Buffer }>();
    for (let i = 0; i < pairs.length; i += CHUNK) {
      const chunk = pairs.slice(i, i + CHUNK);
      const { rows } = await this.#sql.query<{ token: string; scope_hash: Uint8Array; tenant: string; entity_type: string; sealed: Uint8Array; expires_at: Date | null }>(
        `SELECT t.token, t.scope_hash, t.tenant, t.entity_type, t.sealed, t.expires_at FROM ${this.#t} t
           JOIN unnest($1::text[], $2::bytea[]) AS i (token, scope_hash) ON t.token = i.token AND t.scope_hash = i.scope_hash`,
        [chunk.map((p) => p.token), chunk.map((p) => p.scopeHash)],
      );
      for (const r of rows) {
        out.set(`${toBuffer(r.scope_hash).toString('hex')}:${r.token}`, {
          token: r.token,
          scopeHash: toBuffer(r.scope_hash),
          tenant: r.tenant,
          entityType: r.entity_type,
          sealed: toBuffer(r.sealed),
          expiresAt: r.expires_at,
        });
      }
    }
    return out;
  }

  /** Pushes expiry out (never in, never from "no expiry" to an expiry). */
  async extendExpiry(scopeHash: Buffer, tokens: readonly string[], expiresAt: Date | null): Promise<void> {
    if (tokens.length === 0) return;
    await this.#sql.query(
      `UPDATE ${this.#t} SET expires_at = CASE WHEN $2::timestamptz IS NULL THEN NULL ELSE greatest(expires_at, $2::timestamptz) END
       WHERE scope_hash = $1 AND expires_at IS NOT NULL AND token = ANY($3::text[])`,
      [scopeHash, expiresAt, [...tokens]],
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
