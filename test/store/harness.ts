// Engines for tests: one embedded PGlite (in memory) shared by a test file, and a real PostgreSQL on
// 127.0.0.1:5432. Every store a test opens lives in a fresh schema `t_<random>`, dropped afterwards, so
// test files running in parallel on one PostgreSQL never collide. When PostgreSQL is not reachable the
// PostgreSQL half is skipped with a loud message, except under CI=true, where it fails.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalKeyring, type DataKeyCacheOptions, type Keyring } from '../../src/crypto/index.js';
import { openPglite, openPostgres, openStoreOn, type Sql, type Store } from '../../src/store/index.js';

export const TEST_DATABASE_URL = process.env.PHIGATE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const PG_NOT_RUN = 'PostgreSQL not reachable: PostgreSQL half NOT run';

export interface Opened {
  readonly store: Store;
  /** The engine under the store, for tests that play an attacker with database access. */
  readonly sql: Sql;
  /** Quoted schema name, for such SQL. */
  readonly s: string;
  readonly schema: string;
  readonly keyring: Keyring;
  readonly keyDir: string;
  /** Opens a second store on the same schema and keyring, as another process would (own cache; own pool on PostgreSQL). */
  reopen(opts?: { keyring?: Keyring; sharedEngine?: boolean; keyCache?: DataKeyCacheOptions }): Promise<Store>;
  cleanup(): Promise<void>;
}

export interface EngineHarness {
  readonly name: 'pglite' | 'postgres';
  open(opts?: { keyring?: Keyring }): Promise<Opened>;
  /** A new engine handle of its own (a separate pool on PostgreSQL; the shared instance for PGlite). */
  extraSql(): Promise<{ sql: Sql; close(): Promise<void> }>;
  close(): Promise<void>;
}

export function tempDir(prefix = 'phigate-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function newSchema(): string {
  return `t_${randomBytes(6).toString('hex')}`;
}

function harness(name: 'pglite' | 'postgres', base: Sql, extra: () => Promise<{ sql: Sql; close(): Promise<void> }>): EngineHarness {
  const cleanups: Array<() => Promise<void>> = [];
  return {
    name,
    extraSql: extra,
    async open(opts = {}) {
      const schema = newSchema();
      const keyDir = tempDir('phigate-keys-');
      const keyring = opts.keyring ?? LocalKeyring.open({ path: join(keyDir, 'keyring.json') });
      const store = await openStoreOn(base, { schema, keyring, ownsSql: false });
      const others: Array<() => Promise<void>> = [];
      let done = false;
      const cleanup = async () => {
        if (done) return;
        done = true;
        for (const c of others) await c();
        await store.close();
        await base.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await keyring.close();
        rmSync(keyDir, { recursive: true, force: true });
      };
      cleanups.push(cleanup);
      return {
        store,
        sql: base,
        s: `"${schema}"`,
        schema,
        keyring,
        keyDir,
        async reopen(o = {}) {
          const k = o.keyring ?? LocalKeyring.open({ path: join(keyDir, 'keyring.json') });
          const engine = name === 'postgres' && o.sharedEngine !== true ? await extra() : { sql: base, close: async () => {} };
          let s2: Store;
          try {
            s2 = await openStoreOn(engine.sql, { schema, keyring: k, ownsSql: false, ...(o.keyCache ? { keyCache: o.keyCache } : {}) });
          } catch (err) {
            await engine.close();
            throw err;
          }
          others.push(async () => {
            await s2.close();
            await engine.close();
          });
          return s2;
        },
        cleanup,
      };
    },
    async close() {
      for (const c of cleanups) await c();
      await base.close();
    },
  };
}

/** One in-memory PGlite for the whole test file. */
export async function pgliteHarness(): Promise<EngineHarness> {
  const sql = await openPglite();
  return harness('pglite', sql, async () => ({ sql, close: async () => {} }));
}

/** Whether PostgreSQL answers, within two seconds. */
export async function postgresReachable(): Promise<boolean> {
  try {
    const sql = await openPostgres({ url: TEST_DATABASE_URL, maxConnections: 1, connectTimeoutMs: 2000 });
    await sql.close();
    return true;
  } catch {
    return false;
  }
}

export async function postgresHarness(): Promise<EngineHarness> {
  const sql = await openPostgres({ url: TEST_DATABASE_URL, maxConnections: 6 });
  return harness('postgres', sql, async () => {
    const own = await openPostgres({ url: TEST_DATABASE_URL, maxConnections: 4 });
    return { sql: own, close: () => own.close() };
  });
}

/**
 * How the PostgreSQL half runs here: `{ skip: false }` when reachable; otherwise a skip reason, printed
 * loudly, or under CI=true a failure (CI must run both halves).
 */
export async function postgresGate(): Promise<{ skip: false } | { skip: string; mustFail: boolean }> {
  if (await postgresReachable()) return { skip: false };
  const mustFail = process.env.CI === 'true';
  process.stderr.write(`\n${'!'.repeat(72)}\n!! ${PG_NOT_RUN} (${TEST_DATABASE_URL})${mustFail ? ' -- and CI=true, so this FAILS' : ''}\n${'!'.repeat(72)}\n\n`);
  return { skip: PG_NOT_RUN, mustFail };
}

/** Runs `define` (which declares tests) for both engines: PGlite always, PostgreSQL per postgresGate(). */
export async function forEachEngine(title: string, define: (h: () => Promise<EngineHarness>, engine: 'pglite' | 'postgres') => void): Promise<void> {
  describe(`${title} [pglite]`, () => define(pgliteHarness, 'pglite'));
  const gate = await postgresGate();
  if (gate.skip === false) {
    describe(`${title} [postgres]`, () => define(postgresHarness, 'postgres'));
  } else if (gate.mustFail) {
    test(`${title} [postgres]`, () => assert.fail(`${PG_NOT_RUN} at ${TEST_DATABASE_URL}, and CI=true requires it`));
  } else {
    test(`${title} [postgres]`, { skip: gate.skip }, () => undefined);
  }
}
