// Applies the migrations on open, safely when several processes start at once: everything runs in one
// transaction under a transaction-scoped advisory lock derived from the schema name, so one starter
// migrates and the others wait, then find nothing to do. Refuses a database that is newer than this
// build, or whose applied migrations were changed after they shipped.
import { createHash } from 'node:crypto';
import { PhigateError } from '../errors.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import { type Sql, quoteIdent } from './sql.js';

export function checksum(m: Migration): string {
  return createHash('sha256').update(m.sql('"__schema__"')).digest('hex');
}

/** Two int4 keys for pg_advisory_(xact_)lock, derived from a label and the schema name. */
export function lockKey(label: string, schema: string): [number, number] {
  const h = createHash('sha256').update(`phigate/${label}\0${schema}`).digest();
  return [h.readInt32BE(0), h.readInt32BE(4)];
}

export interface MigrationResult {
  readonly applied: readonly number[];
  readonly version: number;
}

export async function migrate(sql: Sql, schema: string, migrations: readonly Migration[] = MIGRATIONS): Promise<MigrationResult> {
  const s = quoteIdent(schema);
  const [k1, k2] = lockKey('migrate', schema);
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1, $2)', [k1, k2]);
    await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);`);
    const { rows } = await tx.query<{ version: number; checksum: string }>(`SELECT version, checksum FROM ${s}.schema_migrations ORDER BY version`);
    const known = new Map(migrations.map((m) => [m.version, m]));
    const newest = Math.max(0, ...migrations.map((m) => m.version));
    for (const row of rows) {
      const m = known.get(row.version);
      if (!m) {
        throw new PhigateError('PHIGATE_STORE_FAILURE', `The database schema ${schema} is at migration ${row.version}, newer than this phigate build knows (${newest}); upgrade phigate`);
      }
      if (checksum(m) !== row.checksum) {
        throw new PhigateError('PHIGATE_STORE_FAILURE', `Migration ${row.version} (${m.name}) differs from the one applied to schema ${schema}; migrations must not change once shipped`);
      }
    }
    const done = new Set(rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql(s));
      await tx.query(`INSERT INTO ${s}.schema_migrations (version, name, checksum) VALUES ($1, $2, $3)`, [m.version, m.name, checksum(m)]);
      applied.push(m.version);
    }
    return { applied, version: newest };
  });
}
