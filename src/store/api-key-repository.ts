// Rows of the gateway's API keys: the key id, whom it stands for, its roles, and a salted hash of the
// secret (never the secret). Issuing and checking secrets is the access capability's job; this only stores.
import { PhigateError } from '../errors.js';
import { checkTenant } from './ids.js';
import { type Sql, toBuffer } from './sql.js';

export type PrincipalKind = 'user' | 'service';

export interface ApiKeyRow {
  readonly id: string;
  readonly tenant: string;
  readonly principal: string;
  readonly principalKind: PrincipalKind;
  readonly roles: readonly string[];
  readonly label: string;
  readonly salt: Buffer;
  readonly secretHash: Buffer;
  readonly createdAt: Date;
  readonly expiresAt: Date | null;
  readonly revokedAt: Date | null;
}

export type NewApiKeyRow = Omit<ApiKeyRow, 'createdAt' | 'revokedAt'>;

interface Raw {
  id: string;
  tenant: string;
  principal: string;
  principal_kind: string;
  roles: string;
  label: string;
  salt: unknown;
  secret_hash: unknown;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
}

const COLUMNS = 'id, tenant, principal, principal_kind, roles, label, salt, secret_hash, created_at, expires_at, revoked_at';

function toRow(r: Raw): ApiKeyRow {
  return {
    id: r.id,
    tenant: r.tenant,
    principal: r.principal,
    principalKind: r.principal_kind === 'service' ? 'service' : 'user',
    roles: JSON.parse(r.roles) as string[],
    label: r.label,
    salt: toBuffer(r.salt),
    secretHash: toBuffer(r.secret_hash),
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
  };
}

export class ApiKeyRepository {
  readonly #sql: Sql;
  readonly #t: string;

  constructor(sql: Sql, schema: string) {
    this.#sql = sql;
    this.#t = `${schema}.api_keys`;
  }

  async insert(row: NewApiKeyRow): Promise<ApiKeyRow> {
    checkTenant(row.tenant);
    const { rows } = await this.#sql.query<Raw>(
      `INSERT INTO ${this.#t} (id, tenant, principal, principal_kind, roles, label, salt, secret_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [row.id, row.tenant, row.principal, row.principalKind, JSON.stringify(row.roles), row.label, row.salt, row.secretHash, row.expiresAt],
    );
    return toRow(rows[0] as Raw);
  }

  async find(id: string): Promise<ApiKeyRow | undefined> {
    const { rows } = await this.#sql.query<Raw>(`SELECT ${COLUMNS} FROM ${this.#t} WHERE id = $1`, [id]);
    return rows[0] ? toRow(rows[0]) : undefined;
  }

  async list(tenant: string): Promise<ApiKeyRow[]> {
    checkTenant(tenant);
    const { rows } = await this.#sql.query<Raw>(`SELECT ${COLUMNS} FROM ${this.#t} WHERE tenant = $1 ORDER BY created_at, id`, [tenant]);
    return rows.map(toRow);
  }

  /** Marks the key revoked (idempotent: an earlier revocation time is kept). */
  async revoke(tenant: string, id: string, at: Date): Promise<ApiKeyRow> {
    checkTenant(tenant);
    const { rows } = await this.#sql.query<Raw>(
      `UPDATE ${this.#t} SET revoked_at = COALESCE(revoked_at, $3) WHERE tenant = $1 AND id = $2 RETURNING ${COLUMNS}`,
      [tenant, id, at],
    );
    if (!rows[0]) throw new PhigateError('PHIGATE_NOT_FOUND', `No API key ${id} in tenant ${tenant}`);
    return toRow(rows[0]);
  }
}
