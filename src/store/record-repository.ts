// Encrypted records (clinical notes, resources): the body sealed under the patient's data key (or the
// tenant's when the record belongs to no patient), bound to (tenant, records, id, body). A bulk write is
// one transaction: after a crash either all of its records are there and readable, or none is.
import type { Envelope } from '../crypto/index.js';
import { TENANT_OWNER } from '../crypto/index.js';
import { checkKind, checkTenant, checkUuid, newId } from './ids.js';
import { patientOwner } from './patient-repository.js';
import { type Sql, toBuffer, valuesList } from './sql.js';

export interface NewRecord {
  /** A UUID; generated when absent. */
  readonly id?: string;
  readonly patientId?: string;
  /** A code such as `note` or `fhir:Observation`; not PHI. */
  readonly kind: string;
  readonly body: string | Uint8Array;
}

export interface StoredRecord {
  readonly tenant: string;
  readonly id: string;
  readonly patientId: string | null;
  readonly kind: string;
  readonly body: Buffer;
  readonly createdAt: Date;
}

interface Row {
  id: string;
  patient_id: string | null;
  kind: string;
  body: Uint8Array;
  created_at: Date;
}

const COLUMNS = 'id, patient_id, kind, body, created_at';
const CHUNK = 500;

export class RecordRepository {
  readonly #sql: Sql;
  readonly #t: string;
  readonly #envelope: Envelope;

  constructor(sql: Sql, schema: string, envelope: Envelope) {
    this.#sql = sql;
    this.#t = `${schema}.records`;
    this.#envelope = envelope;
  }

  async #seal(tenant: string, r: NewRecord): Promise<[string, string | null, string, Buffer]> {
    const id = r.id === undefined ? newId() : checkUuid('Record id', r.id);
    const patientId = r.patientId === undefined ? null : checkUuid('Patient id', r.patientId);
    const body = await this.#envelope.seal(r.body, { tenant, table: 'records', recordId: id, field: 'body' }, patientId ? patientOwner(patientId) : TENANT_OWNER);
    return [id, patientId, checkKind(r.kind), body];
  }

  async put(tenant: string, r: NewRecord): Promise<string> {
    return (await this.putMany(tenant, [r]))[0] as string;
  }

  /** Seals every record, then inserts them all in one transaction. Returns their ids in order. */
  async putMany(tenant: string, records: readonly NewRecord[]): Promise<string[]> {
    checkTenant(tenant);
    const sealed: Array<[string, string | null, string, Buffer]> = [];
    for (const r of records) sealed.push(await this.#seal(tenant, r));
    await this.#sql.transaction(async (tx) => {
      for (let i = 0; i < sealed.length; i += CHUNK) {
        const chunk = sealed.slice(i, i + CHUNK);
        await tx.query(
          `INSERT INTO ${this.#t} (tenant, id, patient_id, kind, body) VALUES ${valuesList(chunk.length, 5)}`,
          chunk.flatMap(([id, patientId, kind, body]) => [tenant, id, patientId, kind, body]),
        );
      }
    });
    return sealed.map(([id]) => id);
  }

  async #open(tenant: string, r: Row): Promise<StoredRecord> {
    const body = await this.#envelope.open(toBuffer(r.body), { tenant, table: 'records', recordId: r.id, field: 'body' });
    return { tenant, id: r.id, patientId: r.patient_id, kind: r.kind, body, createdAt: r.created_at };
  }

  /** Undefined when absent; PHIGATE_CRYPTO_FAILURE / PHIGATE_KEY_MISSING naming the record when it cannot be opened. */
  async get(tenant: string, id: string): Promise<StoredRecord | undefined> {
    checkTenant(tenant);
    checkUuid('Record id', id);
    const { rows } = await this.#sql.query<Row>(`SELECT ${COLUMNS} FROM ${this.#t} WHERE tenant = $1 AND id = $2`, [tenant, id]);
    return rows[0] && this.#open(tenant, rows[0]);
  }

  async listByPatient(tenant: string, patientId: string, limit = 100): Promise<StoredRecord[]> {
    checkTenant(tenant);
    checkUuid('Patient id', patientId);
    const { rows } = await this.#sql.query<Row>(
      `SELECT ${COLUMNS} FROM ${this.#t} WHERE tenant = $1 AND patient_id = $2 ORDER BY created_at, id LIMIT $3`,
      [tenant, patientId, Math.max(1, Math.min(limit, 10_000))],
    );
    const out: StoredRecord[] = [];
    for (const r of rows) out.push(await this.#open(tenant, r));
    return out;
  }

  /** Ids only (no decryption), for checks and paging. */
  async listIds(tenant: string, afterId: string | null, limit: number): Promise<string[]> {
    checkTenant(tenant);
    const { rows } = await this.#sql.query<{ id: string }>(
      `SELECT id FROM ${this.#t} WHERE tenant = $1 AND ($2::uuid IS NULL OR id > $2::uuid) ORDER BY id LIMIT $3`,
      [tenant, afterId, limit],
    );
    return rows.map((r) => r.id);
  }

  async delete(tenant: string, id: string): Promise<boolean> {
    checkTenant(tenant);
    checkUuid('Record id', id);
    return (await this.#sql.query(`DELETE FROM ${this.#t} WHERE tenant = $1 AND id = $2`, [tenant, id])).rowCount > 0;
  }
}
