// Data key rows (wrapped keys only) for the envelope: implements crypto's DataKeyStore.
import type { DataKeyRow, DataKeyStore, NewDataKey } from '../crypto/index.js';
import { type Queryable, type Sql, toBuffer, toBufferOrNull, valuesList } from './sql.js';

interface Row {
  key_id: Uint8Array;
  tenant: string;
  owner: string;
  keyring_id: string;
  kek_version: number;
  wrapped: Uint8Array | null;
  created_at: Date;
  destroyed_at: Date | null;
}

const COLUMNS = 'key_id, tenant, owner, keyring_id, kek_version, wrapped, created_at, destroyed_at';

function fromRow(r: Row): DataKeyRow {
  return {
    keyId: toBuffer(r.key_id),
    tenant: r.tenant,
    owner: r.owner,
    keyringId: r.keyring_id,
    kekVersion: r.kek_version,
    wrapped: toBufferOrNull(r.wrapped),
    createdAt: r.created_at,
    destroyedAt: r.destroyed_at,
  };
}

export class DataKeyRepository implements DataKeyStore {
  readonly #sql: Sql;
  readonly #t: string;

  constructor(sql: Sql, schema: string) {
    this.#sql = sql;
    this.#t = `${schema}.data_keys`;
  }

  async get(keyId: Uint8Array): Promise<DataKeyRow | undefined> {
    const { rows } = await this.#sql.query<Row>(`SELECT ${COLUMNS} FROM ${this.#t} WHERE key_id = $1`, [keyId]);
    return rows[0] && fromRow(rows[0]);
  }

  async findActive(tenant: string, owner: string): Promise<DataKeyRow | undefined> {
    const { rows } = await this.#sql.query<Row>(`SELECT ${COLUMNS} FROM ${this.#t} WHERE tenant = $1 AND owner = $2 AND destroyed_at IS NULL`, [tenant, owner]);
    return rows[0] && fromRow(rows[0]);
  }

  async insertOrGetActive(k: NewDataKey): Promise<DataKeyRow> {
    // Two processes creating the first key of an owner at once: the partial unique index lets one win.
    for (let attempt = 0; attempt < 3; attempt++) {
      const { rows } = await this.#sql.query<Row>(
        `INSERT INTO ${this.#t} (key_id, tenant, owner, keyring_id, kek_version, wrapped) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (tenant, owner) WHERE destroyed_at IS NULL DO NOTHING RETURNING ${COLUMNS}`,
        [k.keyId, k.tenant, k.owner, k.keyringId, k.kekVersion, k.wrapped],
      );
      if (rows[0]) return fromRow(rows[0]);
      const winner = await this.findActive(k.tenant, k.owner);
      if (winner) return winner;
    }
    throw new Error('unreachable: data key neither inserted nor found');
  }

  async destroyOwner(tenant: string, owner: string): Promise<Buffer[]> {
    const { rows } = await this.#sql.query<{ key_id: Uint8Array }>(
      `UPDATE ${this.#t} SET wrapped = NULL, destroyed_at = now() WHERE tenant = $1 AND owner = $2 AND destroyed_at IS NULL RETURNING key_id`,
      [tenant, owner],
    );
    return rows.map((r) => toBuffer(r.key_id));
  }

  /** Bulk insert of already-wrapped keys (imports, benchmarks); one statement per 1,000 keys. */
  async insertMany(keys: readonly NewDataKey[], tx?: Queryable): Promise<void> {
    const q = tx ?? this.#sql;
    for (let i = 0; i < keys.length; i += 1000) {
      const chunk = keys.slice(i, i + 1000);
      await q.query(
        `INSERT INTO ${this.#t} (key_id, tenant, owner, keyring_id, kek_version, wrapped) VALUES ${valuesList(chunk.length, 6)}`,
        chunk.flatMap((k) => [k.keyId, k.tenant, k.owner, k.keyringId, k.kekVersion, k.wrapped]),
      );
    }
  }
}
