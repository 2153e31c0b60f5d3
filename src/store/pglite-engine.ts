// The embedded engine: PGlite (PostgreSQL compiled to WebAssembly) in this process, on a data directory
// (or in memory for tests). It speaks the same SQL as a PostgreSQL server, so every repository and the
// whole test suite run unchanged on both. One process owns a data directory (see data-dir-lock.ts).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Types only here: the module (some 3 MiB of a process's memory) is imported when an embedded store opens,
// so a gateway on PostgreSQL never loads it.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { PhigateError } from '../errors.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { PGLITE_SETTINGS } from './pglite-settings.js';
import { type Queryable, type Sql, type SqlParam, type SqlResult, parseInt8, storeError } from './sql.js';

export interface PgliteOptions {
  /** A data directory (created 0700 if absent); omitted: in memory, gone on close. */
  readonly dataDir?: string;
  /** Use an existing instance (tests share one per file); it is not closed with the store. */
  readonly instance?: PGlite;
}

const PARSERS = { 20: parseInt8 };

interface PgliteLike {
  query<R>(text: string, params?: unknown[]): Promise<{ rows: R[]; affectedRows?: number }>;
  exec(text: string): Promise<unknown>;
}

function queryable(db: PgliteLike): Queryable {
  return {
    async query<R>(text: string, params: readonly SqlParam[] = []): Promise<SqlResult<R>> {
      try {
        const res = await db.query<R>(text, params as unknown[]);
        return { rows: res.rows, rowCount: res.affectedRows ?? res.rows.length };
      } catch (err) {
        throw storeError(err, 'a query');
      }
    },
    async exec(text: string): Promise<void> {
      try {
        await db.exec(text);
      } catch (err) {
        throw storeError(err, 'a statement batch');
      }
    },
  };
}

/**
 * Runs initdb for an empty data directory in a child process (see pglite-initdb.ts: this process would
 * otherwise keep the ~770 MiB initdb needs). The child builds a sibling directory, which then replaces
 * the empty one in one rename: a start killed half-way leaves the data directory empty, never half-made.
 */
async function initdbInChild(dataDir: string): Promise<void> {
  const base = dataDir.replace(/\/+$/, '');
  const building = `${base}.initdb-${process.pid}`;
  // This process holds the data directory's lock, so any other such sibling is left by a start that died.
  const parent = dirname(base);
  const prefix = `${basename(base)}.initdb-`;
  for (const name of readdirSync(parent)) if (name.startsWith(prefix)) rmSync(join(parent, name), { recursive: true, force: true });
  mkdirSync(building, { mode: 0o700 });
  // The child runs the same file type as this module (.ts under the test runner's loader, .js when built).
  const script = fileURLToPath(new URL(`./pglite-initdb${extname(fileURLToPath(import.meta.url))}`, import.meta.url));
  const execArgv = process.execArgv.filter((a) => !/^--(inspect|cpu-prof|heap-prof)/.test(a));
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [...execArgv, script, building], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (c, signal) => resolve(signal ? null : c));
  });
  if (code !== 0) {
    rmSync(building, { recursive: true, force: true });
    throw new PhigateError('PHIGATE_STORE_FAILURE', `Creating the embedded database in ${dataDir} failed (initdb ${code === null ? 'was killed' : `exited with code ${code}`})`);
  }
  renameSync(building, dataDir);
}

/** Opens PGlite. Creating a new data directory runs initdb (a few seconds); reopening takes about one. */
export async function openPglite(opts: PgliteOptions = {}): Promise<Sql> {
  let lock: DataDirLock | undefined;
  let db: PGlite;
  const owned = opts.instance === undefined;
  if (opts.instance) {
    db = opts.instance;
  } else {
    if (opts.dataDir) {
      mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
      lock = lockDataDir(opts.dataDir);
    }
    try {
      if (opts.dataDir && readdirSync(opts.dataDir).length === 0) await initdbInChild(opts.dataDir);
      const { PGlite } = await import('@electric-sql/pglite');
      db = await PGlite.create(opts.dataDir, { parsers: PARSERS, postgresqlconf: [...PGLITE_SETTINGS] });
    } catch (err) {
      lock?.release();
      throw new PhigateError('PHIGATE_STORE_FAILURE', `Cannot open the embedded database${opts.dataDir ? ` in ${opts.dataDir}` : ''}`, { cause: err });
    }
  }
  const base = queryable(db as unknown as PgliteLike);
  const locks = new Map<string, Promise<void>>();
  let closed = false;

  return {
    engine: 'pglite',
    query: base.query,
    exec: base.exec,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      try {
        return await db.transaction((tx: Transaction) => fn(queryable(tx as unknown as PgliteLike)));
      } catch (err) {
        throw storeError(err, 'a transaction');
      }
    },
    async withLock<T>(key: readonly [number, number], fn: () => Promise<T>, lockOpts: { wait?: boolean } = {}): Promise<T> {
      // One process owns the database, so an in-process mutex is the whole lock.
      const slot = `${key[0]},${key[1]}`;
      const held = locks.get(slot);
      if (held && lockOpts.wait === false) throw new PhigateError('PHIGATE_STORE_FAILURE', 'Another operation holds this lock; try again when it has finished');
      let release!: () => void;
      const mine = new Promise<void>((r) => (release = r));
      const chain = (held ?? Promise.resolve()).then(() => mine);
      locks.set(slot, chain);
      await held;
      try {
        return await fn();
      } finally {
        release();
        if (locks.get(slot) === chain) locks.delete(slot);
      }
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      try {
        if (owned) await db.close();
      } finally {
        lock?.release();
      }
    },
  };
}
