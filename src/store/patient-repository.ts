// Patients: demographics sealed under the patient's own data key, MRN and external id kept only as keyed
// lookup hashes. Shredding a patient erases the lookups and destroys the key, so every value sealed for
// them (demographics, records) becomes unreadable, in this database and in every backup of it.
import type { Envelope, LookupHasher } from '../crypto/index.js';
import { PhigateError } from '../errors.js';
import { checkTenant, checkUuid, newId } from './ids.js';
import { type Sql, isUniqueViolation } from './sql.js';

export interface NewPatient {
  readonly mrn?: string;
  /** An identifier from another system (EHR patient id). */
  readonly externalId?: string;
  /** Name, birth date, address…: sealed as JSON. */
  readonly demographics: Readonly<Record<string, unknown>>;
}

export interface Patient {
  readonly tenant: string;
  /** A random UUID, safe to log and to use in audit events (hashed) and error messages. */
  readonly id: string;
  readonly demographics: Record<string, unknown>;
  readonly createdAt: Date;
}

interface Row {
  id: string;
  sealed: Uint8Array;
  created_at: Date;
  shredded_at: Date | null;
}

export const patientOwner = (id: string): string => `patient:${id}`;

export class PatientRepository {
  readonly #sql: Sql;
  readonly #t: string;
  readonly #envelope: Envelope;
  readonly #lookup: LookupHasher;

  constructor(sql: Sql, schema: string, envelope: Envelope, lookup: LookupHasher) {
    this.#sql = sql;
    this.#t = `${schema}.patients`;
    this.#envelope = envelope;
    this.#lookup = lookup;
  }

  async create(tenant: string, p: NewPatient): Promise<Patient> {
    checkTenant(tenant);
    const id = newId();
    const mrnHash = p.mrn === undefined ? null : this.#lookup.hash('mrn', tenant, p.mrn);
    const extHash = p.externalId === undefined ? null : this.#lookup.hash('patient-id', tenant, p.externalId);
    const sealed = await this.#envelope.seal(JSON.stringify(p.demographics), { tenant, table: 'patients', recordId: id, field: 'demographics' }, patientOwner(id));
    try {
      const { rows } = await this.#sql.query<{ created_at: Date }>(
        `INSERT INTO ${this.#t} (tenant, id, mrn_hash, external_id_hash, sealed) VALUES ($1, $2, $3, $4, $5) RETURNING created_at`,
        [tenant, id, mrnHash, extHash, sealed],
      );
      return { tenant, id, demographics: { ...p.demographics }, createdAt: (rows[0] as { created_at: Date }).created_at };
    } catch (err) {
      await this.#envelope.destroyOwner(tenant, patientOwner(id)).catch(() => undefined); // no orphan key
      if (isUniqueViolation(err)) {
        throw new PhigateError('PHIGATE_BAD_INPUT', `A patient with this MRN or external id already exists in tenant ${tenant}`, { cause: err });
      }
      throw err;
    }
  }

  async #open(tenant: string, row: Row | undefined): Promise<Patient | undefined> {
    if (!row) return undefined;
    const text = await this.#envelope.openText(row.sealed, { tenant, table: 'patients', recordId: row.id, field: 'demographics' });
    return { tenant, id: row.id, demographics: JSON.parse(text) as Record<string, unknown>, createdAt: row.created_at };
  }

  /** Undefined when absent; PHIGATE_KEY_MISSING (naming the patient id) when shredded. */
  async get(tenant: string, id: string): Promise<Patient | undefined> {
    checkTenant(tenant);
    checkUuid('Patient id', id);
    const { rows } = await this.#sql.query<Row>(`SELECT id, sealed, created_at, shredded_at FROM ${this.#t} WHERE tenant = $1 AND id = $2`, [tenant, id]);
    return this.#open(tenant, rows[0]);
  }

  async findByMrn(tenant: string, mrn: string): Promise<Patient | undefined> {
    checkTenant(tenant);
    const { rows } = await this.#sql.query<Row>(`SELECT id, sealed, created_at, shredded_at FROM ${this.#t} WHERE tenant = $1 AND mrn_hash = $2`, [
      tenant,
      this.#lookup.hash('mrn', tenant, mrn),
    ]);
    return this.#open(tenant, rows[0]);
  }

  async findByExternalId(tenant: string, externalId: string): Promise<Patient | undefined> {
    checkTenant(tenant);
    const { rows } = await this.#sql.query<Row>(`SELECT id, sealed, created_at, shredded_at FROM ${this.#t} WHERE tenant = $1 AND external_id_hash = $2`, [
      tenant,
      this.#lookup.hash('patient-id', tenant, externalId),
    ]);
    return this.#open(tenant, rows[0]);
  }

  /**
   * Crypto-shreds a patient: lookups erased first (so the patient can no longer be found), then the
   * data key destroyed. Idempotent; returns the destroyed key ids (empty when already shredded).
   */
  async shred(tenant: string, id: string): Promise<{ found: boolean; destroyedKeys: string[] }> {
    checkTenant(tenant);
    checkUuid('Patient id', id);
    const res = await this.#sql.query(
      `UPDATE ${this.#t} SET mrn_hash = NULL, external_id_hash = NULL, shredded_at = coalesce(shredded_at, now()) WHERE tenant = $1 AND id = $2`,
      [tenant, id],
    );
    const destroyedKeys = await this.#envelope.destroyOwner(tenant, patientOwner(id));
    return { found: res.rowCount > 0, destroyedKeys };
  }
}
