// The care-team relation between a principal (a clinician's subject id) and a patient. The patient id is
// kept only as a keyed lookup hash, so the table says "this user treats someone" to whoever lacks the key.
import type { LookupHasher } from '../crypto/index.js';
import { checkTenant } from './ids.js';
import type { Sql } from './sql.js';

export class CareTeamRepository {
  readonly #sql: Sql;
  readonly #t: string;
  readonly #lookup: LookupHasher;

  constructor(sql: Sql, schema: string, lookup: LookupHasher) {
    this.#sql = sql;
    this.#t = `${schema}.care_team`;
    this.#lookup = lookup;
  }

  #hash(tenant: string, patientId: string): Buffer {
    return this.#lookup.hash('patient-id', checkTenant(tenant), patientId);
  }

  /** Adds the relation; true when it is new. */
  async add(tenant: string, principal: string, patientId: string): Promise<boolean> {
    const { rowCount } = await this.#sql.query(
      `INSERT INTO ${this.#t} (tenant, principal, patient_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [tenant, principal, this.#hash(tenant, patientId)],
    );
    return rowCount > 0;
  }

  /** Removes the relation; true when it existed. */
  async remove(tenant: string, principal: string, patientId: string): Promise<boolean> {
    const { rowCount } = await this.#sql.query(`DELETE FROM ${this.#t} WHERE tenant = $1 AND principal = $2 AND patient_hash = $3`, [
      tenant,
      principal,
      this.#hash(tenant, patientId),
    ]);
    return rowCount > 0;
  }

  async has(tenant: string, principal: string, patientId: string): Promise<boolean> {
    const { rows } = await this.#sql.query(`SELECT 1 FROM ${this.#t} WHERE tenant = $1 AND principal = $2 AND patient_hash = $3`, [
      tenant,
      principal,
      this.#hash(tenant, patientId),
    ]);
    return rows.length > 0;
  }

  /** The principals related to a patient, sorted. */
  async members(tenant: string, patientId: string): Promise<string[]> {
    const { rows } = await this.#sql.query<{ principal: string }>(`SELECT principal FROM ${this.#t} WHERE tenant = $1 AND patient_hash = $2 ORDER BY principal`, [
      tenant,
      this.#hash(tenant, patientId),
    ]);
    return rows.map((r) => r.principal);
  }

  /** How many patients a principal is related to (the ids are not recoverable). */
  async count(tenant: string, principal: string): Promise<number> {
    const { rows } = await this.#sql.query<{ n: number | string }>(`SELECT count(*) AS n FROM ${this.#t} WHERE tenant = $1 AND principal = $2`, [
      checkTenant(tenant),
      principal,
    ]);
    return Number(rows[0]?.n ?? 0);
  }
}
