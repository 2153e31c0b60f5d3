// The server engine: a `pg` connection pool to PostgreSQL, for several gateway processes on one database.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { PhigateError } from '../errors.js';
import { type Queryable, type Sql, type SqlParam, type SqlResult, parseInt8, storeError } from './sql.js';

export interface PostgresOptions {
  /** postgres://user@host:port/db (a password, if any, better comes from PGPASSWORD or a .pgpass file). */
  readonly url: string;
  /** Pool size (default 10). */
  readonly maxConnections?: number;
  readonly connectTimeoutMs?: number;
  /**
   * `off`: commits return before the WAL reaches disk (no data corruption; a PostgreSQL server crash
   * can lose the last few hundred milliseconds of commits, a phigate process crash loses nothing).
   */
  readonly synchronousCommit?: 'on' | 'off';
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable database URL)';
  }
}

const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? parseInt8 : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * Statements with few parameters (every single-row query, and batches, which pass arrays) are named, so
 * each connection parses them once; they are still planned per call (see sessionOptions). Statements
 * with a placeholder per value are rare and stay unnamed, which bounds the statements a connection keeps.
 */
const PREPARE_MAX_PARAMS = 64;
const names = new Map<string, string>();

function statementName(text: string, params: number): string | undefined {
  if (params === 0 || params > PREPARE_MAX_PARAMS) return undefined;
  let name = names.get(text);
  if (!name) {
    name = `phigate_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<R>(text: string, params: readonly SqlParam[] = []): Promise<SqlResult<R>> {
      try {
        const name = statementName(text, params.length);
        const res = name ? await client.query({ name, text, values: params as unknown[] }) : await client.query(text, params as unknown[]);
        return { rows: res.rows as R[], rowCount: res.rowCount ?? res.rows.length };
      } catch (err) {
        throw storeError(err, 'a query');
      }
    },
    async exec(text: string): Promise<void> {
      try {
        await client.query(text);
      } catch (err) {
        throw storeError(err, 'a statement batch');
      }
    },
  };
}

/**
 * Session settings. Custom plans: PostgreSQL caches one generic plan per named statement and connection,
 * built from the table's statistics at that moment; phigate's tables start empty, and a plan made then
 * scans the whole table ever after (until an ANALYZE invalidates it): the vault's look-ups ran 30x slower
 * at 40,000 rows. Planning our statements costs about 0.1 ms; the parse is still saved.
 */
function sessionOptions(opts: PostgresOptions): string {
  const settings = ['-c plan_cache_mode=force_custom_plan'];
  if (opts.synchronousCommit === 'off') settings.push('-c synchronous_commit=off');
  return settings.join(' ');
}

export async function openPostgres(opts: PostgresOptions): Promise<Sql> {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.maxConnections ?? 10,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
    application_name: 'phigate',
    types: TYPES,
    options: sessionOptions(opts),
  });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new PhigateError('PHIGATE_STORE_FAILURE', `PostgreSQL at ${redactUrl(opts.url)} is not reachable`, { cause: err });
  }
  const base = queryable(pool);
  let closed = false;
  return {
    engine: 'postgres',
    query: base.query,
    exec: base.exec,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (err) {
        throw storeError(err, 'connecting');
      }
      let broken = false;
      try {
        await client.query('BEGIN');
        const out = await fn(queryable(client));
        await client.query('COMMIT');
        return out;
      } catch (err) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        throw storeError(err, 'a transaction');
      } finally {
        client.release(broken);
      }
    },
    async withLock<T>(key: readonly [number, number], fn: () => Promise<T>, lockOpts: { wait?: boolean } = {}): Promise<T> {
      // A session lock on a connection of its own, held while fn runs its queries through the pool.
      const client = await pool.connect().catch((err: unknown) => {
        throw storeError(err, 'connecting');
      });
      let taken = false;
      try {
        if (lockOpts.wait === false) {
          const r = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [key[0], key[1]]);
          taken = r.rows[0]?.ok === true;
          if (!taken) throw new PhigateError('PHIGATE_STORE_FAILURE', 'Another process holds this lock; try again when it has finished');
        } else {
          await client.query('SELECT pg_advisory_lock($1, $2)', [key[0], key[1]]);
          taken = true;
        }
        return await fn();
      } catch (err) {
        throw storeError(err, 'a locked operation');
      } finally {
        let broken = false;
        if (taken) await client.query('SELECT pg_advisory_unlock($1, $2)', [key[0], key[1]]).catch(() => (broken = true));
        client.release(broken);
      }
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
