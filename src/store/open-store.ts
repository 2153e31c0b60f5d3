// Opens the store: picks the engine (PostgreSQL when a URL is given, else embedded PGlite on a data
// directory), applies migrations, and wires the envelope and the typed repositories on top. The rest of
// the code sees only these repositories; no SQL leaves this capability.
import type { DataKeyCacheOptions, Keyring } from '../crypto/index.js';
import { Envelope, LookupHasher } from '../crypto/index.js';
import { PhigateError } from '../errors.js';
import { ApiKeyRepository } from './api-key-repository.js';
import { AuditRepository } from './audit-repository.js';
import { CareTeamRepository } from './care-team-repository.js';
import { DataKeyRepository } from './data-key-repository.js';
import { migrate } from './migrate.js';
import { PatientRepository } from './patient-repository.js';
import { openPglite } from './pglite-engine.js';
import { openPostgres } from './postgres-engine.js';
import { RecordRepository } from './record-repository.js';
import { RotationRepository } from './rotation-repository.js';
import { type Engine, type Sql, quoteIdent } from './sql.js';
import { VaultTokenRepository } from './vault-token-repository.js';

export interface StoreConfig {
  /** PostgreSQL URL. When set, the embedded engine is not used. */
  readonly databaseUrl?: string;
  /** Embedded engine's data directory; required unless `databaseUrl` or `memory` is set. */
  readonly dataDir?: string;
  /** Embedded engine in memory (tests, demos): nothing reaches the disk, everything is gone on close. */
  readonly memory?: boolean;
  /** PostgreSQL schema holding the tables (default `phigate`). */
  readonly schema?: string;
  readonly keyring: Keyring;
  /** Bounds of the in-memory cache of unwrapped data keys. */
  readonly keyCache?: DataKeyCacheOptions;
  /** PostgreSQL pool size (default 10). */
  readonly maxConnections?: number;
  /**
   * `strict` (default): a tokenize returns once its mapping is on disk. `relaxed` (PostgreSQL only):
   * vault writes use synchronous_commit=off on a pool of their own, several times faster on disks with
   * slow fsync; a PostgreSQL server crash can then lose mappings made in the last few hundred
   * milliseconds (their tokens no longer re-identify; nothing leaks), a phigate crash loses nothing.
   */
  readonly vaultDurability?: 'strict' | 'relaxed';
}

export interface Store {
  readonly engine: Engine;
  readonly schema: string;
  readonly envelope: Envelope;
  readonly lookup: LookupHasher;
  readonly dataKeys: DataKeyRepository;
  readonly rotation: RotationRepository;
  readonly patients: PatientRepository;
  readonly records: RecordRepository;
  readonly vaultTokens: VaultTokenRepository;
  readonly audit: AuditRepository;
  readonly apiKeys: ApiKeyRepository;
  readonly careTeam: CareTeamRepository;
  close(): Promise<void>;
}

export const DEFAULT_SCHEMA = 'phigate';

export async function openStore(cfg: StoreConfig): Promise<Store> {
  let sql: Sql;
  if (cfg.databaseUrl) {
    sql = await openPostgres({ url: cfg.databaseUrl, ...(cfg.maxConnections ? { maxConnections: cfg.maxConnections } : {}) });
  } else if (cfg.dataDir || cfg.memory) {
    sql = await openPglite(cfg.memory ? {} : { dataDir: cfg.dataDir as string });
  } else {
    throw new PhigateError('PHIGATE_BAD_CONFIG', 'The store needs a PostgreSQL URL or an embedded data directory');
  }
  let vaultSql: Sql | undefined;
  try {
    if (cfg.vaultDurability === 'relaxed' && cfg.databaseUrl) {
      vaultSql = await openPostgres({ url: cfg.databaseUrl, maxConnections: Math.max(2, Math.ceil((cfg.maxConnections ?? 10) / 2)), synchronousCommit: 'off' });
    }
    return await openStoreOn(sql, {
      schema: cfg.schema ?? DEFAULT_SCHEMA,
      keyring: cfg.keyring,
      ...(cfg.keyCache ? { keyCache: cfg.keyCache } : {}),
      ...(vaultSql ? { vaultSql } : {}),
      ownsSql: true,
    });
  } catch (err) {
    await sql.close().catch(() => undefined);
    await vaultSql?.close().catch(() => undefined);
    throw err;
  }
}

export interface OpenOnOptions {
  readonly schema: string;
  readonly keyring: Keyring;
  readonly keyCache?: DataKeyCacheOptions;
  /** Close the engine(s) with the store (false when tests share one engine between stores). */
  readonly ownsSql: boolean;
  /** A separate engine for vault token writes (relaxed durability); the main one otherwise. */
  readonly vaultSql?: Sql;
}

/** Migrates and wires a store on an engine that is already open. */
export async function openStoreOn(sql: Sql, opts: OpenOnOptions): Promise<Store> {
  const s = quoteIdent(opts.schema);
  await migrate(sql, opts.schema);
  const dataKeys = new DataKeyRepository(sql, s);
  const envelope = new Envelope({ keyring: opts.keyring, keys: dataKeys, ...(opts.keyCache ? { cache: opts.keyCache } : {}) });
  const secret = await envelope.systemSecret('lookup');
  const lookup = new LookupHasher(secret);
  secret.fill(0);
  let closed = false;
  return {
    engine: sql.engine,
    schema: opts.schema,
    envelope,
    lookup,
    dataKeys,
    rotation: new RotationRepository(sql, s, opts.schema),
    patients: new PatientRepository(sql, s, envelope, lookup),
    records: new RecordRepository(sql, s, envelope),
    vaultTokens: new VaultTokenRepository(opts.vaultSql ?? sql, s),
    audit: new AuditRepository(sql, s),
    apiKeys: new ApiKeyRepository(sql, s),
    careTeam: new CareTeamRepository(sql, s, lookup),
    async close() {
      if (closed) return;
      closed = true;
      envelope.clearCache();
      lookup.dispose();
      if (opts.ownsSql) {
        await sql.close();
        await opts.vaultSql?.close();
      }
    },
  };
}
