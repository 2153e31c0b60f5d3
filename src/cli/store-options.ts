// Store options shared by the gateway's admin commands (apikeys, careteam) and serve: the embedded
// store under --home (or --data-dir) or PostgreSQL by --database-url, the local keyring file, and the
// tenant (from the config file's server.tenant unless --tenant is given).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { PhigateError } from '../errors.js';
import type { Store } from '../store/index.js';

export interface StoreCliOptions {
  home: string;
  databaseUrl?: string;
  dataDir?: string;
  schema: string;
  keyFile?: string;
  config: string;
  tenant?: string;
  json?: boolean;
}

const env = process.env;

/** The store's key file every command that opens the store takes: the option, else PHIGATE_KEYRING_FILE, else the home's. */
export const KEY_FILE_DEFAULT = 'PHIGATE_KEYRING_FILE, else <home>/keyring.json';

/** PHIGATE_KEYRING_FILE, the store's key file, when set and not empty (read when the command runs). */
export function keyringFileFromEnv(): string | undefined {
  const file = process.env['PHIGATE_KEYRING_FILE'];
  return file === undefined || file === '' ? undefined : file;
}

export function withStoreOptions(cmd: Command): Command {
  return cmd
    .option('--home <dir>', 'phigate home: data/, keyring.json, audit and TLS keys', env.PHIGATE_HOME ?? '.phigate')
    .option('--database-url <url>', 'PostgreSQL URL (default: PHIGATE_DATABASE_URL; embedded store if unset)', env.PHIGATE_DATABASE_URL)
    .option('--data-dir <dir>', 'embedded store directory (default: <home>/data)')
    .option('--schema <name>', 'PostgreSQL schema', 'phigate')
    .option('--key-file <path>', `local keyring file (default: ${KEY_FILE_DEFAULT})`)
    .option('--config <file>', 'config file (for server.tenant)', env.PHIGATE_CONFIG ?? 'phigate.yaml')
    .option('--tenant <id>', 'tenant (default: server.tenant of the config, else "default")')
    .option('--json', 'print the result as JSON')
    .hook('preAction', (command) => checkNamedConfig(command));
}

/**
 * Without a phigate.yaml the admin commands use the default tenant and check no roles; that is right for
 * the default name, but a --config (or PHIGATE_CONFIG) that names a missing file is a typo whose key or
 * care-team entry would land in the wrong tenant: a usage error naming it. serve writes a missing config.
 */
function checkNamedConfig(command: Command): void {
  if (command.name() === 'serve') return;
  const config = command.getOptionValue('config') as string;
  const named = command.getOptionValueSource('config') === 'cli' || env.PHIGATE_CONFIG !== undefined;
  if (named && !existsSync(config)) {
    const from = command.getOptionValueSource('config') === 'cli' ? '--config' : 'PHIGATE_CONFIG';
    throw new PhigateError('PHIGATE_NOT_FOUND', `${from}: cannot read ${config}: no such file or directory (ENOENT)`);
  }
}

/**
 * An embedded store is there to open: its directory holds a database. An empty one is a store being made
 * (serve's first start, before initdb has filled it); opening it would run initdb here and take the
 * directory from serve, so the admin commands treat it as absent.
 */
export function hasEmbeddedStore(dataDir: string): boolean {
  try {
    return readdirSync(dataDir).length > 0;
  } catch {
    return false;
  }
}

/** The usage error for a data directory with no store, saying when it is one being made. */
export function noEmbeddedStore(dataDir: string, hint: string): PhigateError {
  const making = existsSync(dataDir) ? ' (it is empty: phigate serve may be creating it; wait until it listens)' : '';
  return new PhigateError('PHIGATE_USAGE', `No embedded store in ${dataDir}${making}: ${hint}`);
}

export function dataDirOf(o: StoreCliOptions): string {
  return o.dataDir ?? join(o.home, 'data');
}

/** --key-file, else PHIGATE_KEYRING_FILE, else <home>/keyring.json (the precedence of every command that opens the store). */
export function keyFileOf(o: { home: string; keyFile?: string | undefined }): string {
  return o.keyFile ?? keyringFileFromEnv() ?? join(o.home, 'keyring.json');
}

export async function tenantOf(o: StoreCliOptions): Promise<string> {
  if (o.tenant) return o.tenant;
  if (!existsSync(o.config)) return 'default';
  const { loadConfig } = await import('../config/index.js');
  return loadConfig(o.config).server.tenant;
}

/** Opens the store (creating the embedded one and the keyring only when `create`). */
export async function withStore<T>(o: StoreCliOptions, fn: (store: Store) => Promise<T>, create = false): Promise<T> {
  const dataDir = dataDirOf(o);
  if (!o.databaseUrl && !create && !hasEmbeddedStore(dataDir)) throw noEmbeddedStore(dataDir, 'run phigate serve once to set it up, or pass --database-url');
  const { LocalKeyring } = await import('../crypto/index.js');
  const keyring = LocalKeyring.open({ path: keyFileOf(o), create });
  const { openStore } = await import('../store/index.js');
  try {
    const store = await openStore({ ...(o.databaseUrl ? { databaseUrl: o.databaseUrl, maxConnections: 3 } : { dataDir }), schema: o.schema, keyring }).catch((err: unknown) => {
      // Most often a running `phigate serve` owns the embedded store: say what to do instead.
      if (err instanceof PhigateError && err.code === 'PHIGATE_STORE_IN_USE') {
        throw new PhigateError(err.code, `${err.message}. If it is phigate serve, stop it first, or use the admin API while it runs (POST /admin/v1/api-keys, /admin/v1/care-team; README: Admin API)`, { details: err.details });
      }
      throw err;
    });
    try {
      return await fn(store);
    } finally {
      await store.close();
    }
  } finally {
    await keyring.close();
  }
}

export function print(o: { json?: boolean }, json: unknown, text: string): void {
  process.stdout.write(o.json ? `${JSON.stringify(json, null, 2)}\n` : text);
}

/** How `phigate audit`'s reading subcommands find the log (their --help). */
export const STORE_HELP = `
Sources: --export DIR reads an export; otherwise the live store is opened from --database-url (or
PHIGATE_DATABASE_URL) or --data-dir (embedded), with --key-file FILE (or PHIGATE_KEYRING_FILE), the key file
the store was created with, named as serve, keys, apikeys and careteam name it (--keyring-file and --keyring,
its old names here, still work and warn). Without them, the embedded store and key file of --home (default
.phigate, or PHIGATE_HOME) are read, as \`phigate serve\` set them up.`;
