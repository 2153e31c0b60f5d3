// The one SQL interface both engines implement (PGlite and a `pg` Pool), so every repository runs the
// same queries on either. Errors from the driver are turned into PHIGATE_STORE_FAILURE carrying the
// SQLSTATE and constraint name only: driver messages can quote values, and values may be PHI.
import { PhigateError } from '../errors.js';

export type SqlScalar = string | number | boolean | null | Uint8Array | Date;
/** Arrays travel as one parameter (`unnest($1::bytea[])`): one statement text for any batch size. */
export type SqlParam = SqlScalar | readonly SqlScalar[];

export interface SqlResult<R> {
  readonly rows: R[];
  readonly rowCount: number;
}

export interface Queryable {
  query<R = Record<string, unknown>>(text: string, params?: readonly SqlParam[]): Promise<SqlResult<R>>;
  /** Several statements, no parameters (migrations). */
  exec(text: string): Promise<void>;
}

export type Engine = 'pglite' | 'postgres';

export interface Sql extends Queryable {
  readonly engine: Engine;
  /** Runs `fn` in one transaction (READ COMMITTED); commits if it resolves, rolls back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` while holding a session advisory lock (held on its own connection for PostgreSQL, an
   * in-process mutex for PGlite, which one process owns). Fails at once if `wait` is false and it is taken.
   */
  withLock<T>(key: readonly [number, number], fn: () => Promise<T>, opts?: { wait?: boolean }): Promise<T>;
  close(): Promise<void>;
}

export const SQLSTATE_UNIQUE_VIOLATION = '23505';

interface DriverError {
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
}

/** A store error that names the SQLSTATE and constraint, never values. */
export function storeError(err: unknown, what: string): PhigateError {
  if (err instanceof PhigateError) return err;
  const e = (err ?? {}) as DriverError;
  const sqlstate = typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : undefined;
  const constraint = typeof e.constraint === 'string' ? e.constraint.slice(0, 63) : undefined;
  const details: Record<string, string> = {};
  if (sqlstate) details['sqlstate'] = sqlstate;
  if (constraint) details['constraint'] = constraint;
  const tail = sqlstate ? ` (SQLSTATE ${sqlstate}${constraint ? `, ${constraint}` : ''})` : '';
  return new PhigateError('PHIGATE_STORE_FAILURE', `Database error during ${what}${tail}`, { cause: err, details });
}

export function isUniqueViolation(err: unknown): boolean {
  return err instanceof PhigateError && err.details?.['sqlstate'] === SQLSTATE_UNIQUE_VIOLATION;
}

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

/** A checked, quoted SQL identifier (schema names come from configuration). */
export function quoteIdent(name: string): string {
  if (!IDENT.test(name)) throw new PhigateError('PHIGATE_BAD_CONFIG', 'Store schema name must be 1-63 of a-z 0-9 _ starting with a letter or _');
  return `"${name}"`;
}

/** Parses int8 text as a JS number, refusing values that would lose precision. */
export function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new PhigateError('PHIGATE_STORE_FAILURE', 'A 64-bit integer from the database exceeds 2^53');
  return n;
}

/** `($1,$2,$3),($4,$5,$6)…` for `rows` rows of `cols` columns, starting at $`from`. */
export function valuesList(rows: number, cols: number, from = 1, casts: readonly string[] = []): string {
  const out: string[] = [];
  let n = from;
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < cols; c++) cells.push(`$${n++}${casts[c] ?? ''}`);
    out.push(`(${cells.join(',')})`);
  }
  return out.join(',');
}

/** Normalises a bytea value from either driver to a Buffer (pg gives Buffer, PGlite Uint8Array). */
export function toBuffer(v: unknown): Buffer {
  if (Buffer.isBuffer(v)) return v;
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  throw new PhigateError('PHIGATE_STORE_FAILURE', 'Expected a bytea value from the database');
}

export function toBufferOrNull(v: unknown): Buffer | null {
  return v === null || v === undefined ? null : toBuffer(v);
}
