// Persistence for KEK rotation (crypto's RotationStore): the job row with its cursor and count, the
// batched re-wrap updates, and the lock that keeps rotations one at a time across processes.
import type { KeyVersionCount, RewrapCandidate, RewrapUpdate, RotationJob, RotationStore } from '../crypto/index.js';
import { PhigateError } from '../errors.js';
import { lockKey } from './migrate.js';
import { type Sql, toBuffer, toBufferOrNull, valuesList } from './sql.js';

interface JobRow {
  id: number;
  keyring_id: string;
  target_version: number;
  started_at: Date;
  finished_at: Date | null;
  cursor_key: Uint8Array | null;
  rewrapped: number;
  total: number;
}

const JOB_COLUMNS = 'id, keyring_id, target_version, started_at, finished_at, cursor_key, rewrapped, total';

function jobFrom(r: JobRow): RotationJob {
  return {
    id: r.id,
    keyringId: r.keyring_id,
    targetVersion: r.target_version,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    cursor: toBufferOrNull(r.cursor_key),
    rewrapped: r.rewrapped,
    total: r.total,
  };
}

export class RotationRepository implements RotationStore {
  readonly #sql: Sql;
  readonly #keys: string;
  readonly #jobs: string;
  readonly #lock: [number, number];

  constructor(sql: Sql, schema: string, schemaName: string) {
    this.#sql = sql;
    this.#keys = `${schema}.data_keys`;
    this.#jobs = `${schema}.kek_rotations`;
    this.#lock = lockKey('rotate', schemaName);
  }

  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.#sql.withLock(this.#lock, fn, { wait: false }).catch((err: unknown) => {
      if (err instanceof PhigateError && /holds this lock/.test(err.message)) {
        throw new PhigateError('PHIGATE_STORE_FAILURE', 'Another key rotation is running on this store; wait for it to finish (phigate keys status shows its progress)', { cause: err });
      }
      throw err;
    });
  }

  async unfinishedJob(keyringId: string): Promise<RotationJob | undefined> {
    const { rows } = await this.#sql.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM ${this.#jobs} WHERE keyring_id = $1 AND finished_at IS NULL`, [keyringId]);
    return rows[0] && jobFrom(rows[0]);
  }

  async lastJob(keyringId: string): Promise<RotationJob | undefined> {
    const { rows } = await this.#sql.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM ${this.#jobs} WHERE keyring_id = $1 ORDER BY id DESC LIMIT 1`, [keyringId]);
    return rows[0] && jobFrom(rows[0]);
  }

  async createJob(keyringId: string, targetVersion: number): Promise<RotationJob> {
    const total = await this.countPending(keyringId, targetVersion);
    const { rows } = await this.#sql.query<JobRow>(
      `INSERT INTO ${this.#jobs} (keyring_id, target_version, total) VALUES ($1, $2, $3) RETURNING ${JOB_COLUMNS}`,
      [keyringId, targetVersion, total],
    );
    return jobFrom(rows[0] as JobRow);
  }

  async pending(keyringId: string, version: number, after: Buffer | null, limit: number): Promise<RewrapCandidate[]> {
    const { rows } = await this.#sql.query<{ key_id: Uint8Array; tenant: string; kek_version: number; wrapped: Uint8Array }>(
      `SELECT key_id, tenant, kek_version, wrapped FROM ${this.#keys}
       WHERE keyring_id = $1 AND kek_version < $2 AND destroyed_at IS NULL AND ($3::bytea IS NULL OR key_id > $3::bytea)
       ORDER BY key_id LIMIT $4`,
      [keyringId, version, after, limit],
    );
    return rows.map((r) => ({ keyId: toBuffer(r.key_id), tenant: r.tenant, kekVersion: r.kek_version, wrapped: toBuffer(r.wrapped) }));
  }

  async countPending(keyringId: string, version: number): Promise<number> {
    const { rows } = await this.#sql.query<{ n: number }>(
      `SELECT count(*) AS n FROM ${this.#keys} WHERE keyring_id = $1 AND kek_version < $2 AND destroyed_at IS NULL`,
      [keyringId, version],
    );
    return rows[0]?.n ?? 0;
  }

  async applyRewrap(jobId: number, updates: readonly RewrapUpdate[], cursor: Buffer | null): Promise<number> {
    return this.#sql.transaction(async (tx) => {
      let changed = 0;
      if (updates.length > 0) {
        // Applies only where the row still holds what was read: a key destroyed meanwhile stays destroyed.
        const res = await tx.query(
          `UPDATE ${this.#keys} AS d SET wrapped = v.wrapped, kek_version = v.kek_version
           FROM (VALUES ${valuesList(updates.length, 4, 1, ['::bytea', '::bytea', '::bytea', '::integer'])}) AS v(key_id, previous, wrapped, kek_version)
           WHERE d.key_id = v.key_id AND d.wrapped = v.previous AND d.destroyed_at IS NULL`,
          updates.flatMap((u) => [u.keyId, u.previous, u.wrapped, u.kekVersion]),
        );
        changed = res.rowCount;
      }
      await tx.query(`UPDATE ${this.#jobs} SET cursor_key = $2, rewrapped = rewrapped + $3, updated_at = now() WHERE id = $1`, [jobId, cursor, changed]);
      return changed;
    });
  }

  async restartPass(jobId: number): Promise<void> {
    await this.#sql.query(`UPDATE ${this.#jobs} SET cursor_key = NULL, updated_at = now() WHERE id = $1`, [jobId]);
  }

  async finishJob(jobId: number): Promise<void> {
    await this.#sql.query(`UPDATE ${this.#jobs} SET finished_at = now(), cursor_key = NULL, updated_at = now() WHERE id = $1`, [jobId]);
  }

  async countsByVersion(): Promise<KeyVersionCount[]> {
    const { rows } = await this.#sql.query<{ keyring_id: string; kek_version: number; live: number; destroyed: number }>(
      `SELECT keyring_id, kek_version,
              count(*) FILTER (WHERE destroyed_at IS NULL) AS live,
              count(*) FILTER (WHERE destroyed_at IS NOT NULL) AS destroyed
       FROM ${this.#keys} GROUP BY keyring_id, kek_version ORDER BY keyring_id, kek_version`,
    );
    return rows.map((r) => ({ keyringId: r.keyring_id, kekVersion: r.kek_version, live: r.live, destroyed: r.destroyed }));
  }
}
