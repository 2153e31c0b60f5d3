// `phigate keys status | rotate | retire`: the KEK keyring and the data keys it wraps. Rotation creates a
// new KEK version and re-wraps every data key (no data is re-encrypted), online and resumable, with
// progress on stderr; retire disables old versions once nothing needs them. Prints counts, versions and
// key ids only, never data.
import { join } from 'node:path';
import type { Command } from 'commander';
import { PhigateError } from '../../errors.js';
import type { Keyring } from '../../crypto/index.js';
import type { Store } from '../../store/index.js';
import { KEY_FILE_DEFAULT, keyFileOf } from '../store-options.js';
import type { CommandModule } from './index.js';

interface StoreOptions {
  home: string;
  databaseUrl?: string;
  dataDir?: string;
  schema: string;
  keyring: string;
  keyFile?: string;
  vaultAddr?: string;
  vaultMount: string;
  vaultKey: string;
  vaultNamespace?: string;
  vaultTokenFile?: string;
  json?: boolean;
}

interface RotateOptions extends StoreOptions {
  batchSize: string;
  newVersion: boolean;
}

const env = process.env;

const HELP = `
Store: --database-url (or PHIGATE_DATABASE_URL) selects PostgreSQL; otherwise the embedded store in
--data-dir (default <home>/data; home is .phigate or PHIGATE_HOME). Keyring: --keyring local (the key
file: --key-file, else PHIGATE_KEYRING_FILE, else <home>/keyring.json, created 0600 on first run) or vault-transit (HashiCorp Vault Transit:
--vault-addr or VAULT_ADDR, token from VAULT_TOKEN or --vault-token-file, never on the command line).

rotate   new KEK version, then every data key re-wrapped in batches; progress is saved, so an
         interrupted rotation resumes when run again (without creating another version). Old versions
         keep decrypting until you retire them. --no-new-version only finishes re-wrapping to the
         current latest version (e.g. after rotating the key in Vault yourself).
retire   disables KEK versions below the latest (local: their key material is deleted from the key file;
         Vault: min_decryption_version). Refused while any data key still needs them.`;

function storeOptions(cmd: Command): Command {
  return cmd
    .option('--home <dir>', 'phigate home: data/ and keyring.json', env.PHIGATE_HOME ?? '.phigate')
    .option('--database-url <url>', 'PostgreSQL URL (default: PHIGATE_DATABASE_URL; embedded store if unset)', env.PHIGATE_DATABASE_URL)
    .option('--data-dir <dir>', 'embedded store directory (default: <home>/data)')
    .option('--schema <name>', 'PostgreSQL schema', 'phigate')
    .option('--keyring <kind>', 'local or vault-transit', env.PHIGATE_KEYRING ?? 'local')
    .option('--key-file <path>', `local key file (default: ${KEY_FILE_DEFAULT})`)
    .option('--vault-addr <url>', 'Vault address (default: VAULT_ADDR)', env.VAULT_ADDR)
    .option('--vault-mount <path>', 'Transit mount', 'transit')
    .option('--vault-key <name>', 'Transit key name', 'phigate')
    .option('--vault-namespace <ns>', 'Vault Enterprise namespace (default: VAULT_NAMESPACE)', env.VAULT_NAMESPACE)
    .option('--vault-token-file <path>', 'read the Vault token from this file instead of VAULT_TOKEN')
    .option('--json', 'print the result as JSON');
}

async function openKeyring(o: StoreOptions, create: boolean): Promise<Keyring> {
  const crypto = await import('../../crypto/index.js');
  if (o.keyring === 'local') return crypto.LocalKeyring.open({ path: keyFileOf(o), create });
  if (o.keyring === 'vault-transit') {
    if (!o.vaultAddr) throw new PhigateError('PHIGATE_USAGE', 'The vault-transit keyring needs --vault-addr or VAULT_ADDR');
    const { readOptionFile } = await import('../file-errors.js');
    const token = o.vaultTokenFile ? readOptionFile('--vault-token-file', o.vaultTokenFile).trim() : (env.VAULT_TOKEN ?? '');
    return new crypto.VaultTransitKeyring({ address: o.vaultAddr, token, mount: o.vaultMount, keyName: o.vaultKey, ...(o.vaultNamespace ? { namespace: o.vaultNamespace } : {}) });
  }
  throw new PhigateError('PHIGATE_USAGE', '--keyring must be local or vault-transit');
}

async function withStore<T>(o: StoreOptions, fn: (store: Store, keyring: Keyring) => Promise<T>, create = false): Promise<T> {
  const { hasEmbeddedStore, noEmbeddedStore } = await import('../store-options.js');
  const dataDir = o.dataDir ?? join(o.home, 'data');
  if (!o.databaseUrl && !create && !hasEmbeddedStore(dataDir)) throw noEmbeddedStore(dataDir, 'use --home or --data-dir, or --database-url for PostgreSQL');
  const keyring = await openKeyring(o, create);
  const { openStore } = await import('../../store/index.js');
  const store = await openStore({ ...(o.databaseUrl ? { databaseUrl: o.databaseUrl, maxConnections: 3 } : { dataDir }), schema: o.schema, keyring });
  try {
    return await fn(store, keyring);
  } finally {
    await store.close();
    await keyring.close();
  }
}

function print(o: StoreOptions, json: unknown, text: string): void {
  process.stdout.write(o.json ? `${JSON.stringify(json, null, 2)}\n` : text);
}

async function status(o: StoreOptions): Promise<void> {
  await withStore(o, async (store, keyring) => {
    const ks = await keyring.status();
    const counts = await store.rotation.countsByVersion();
    const running = await store.rotation.unfinishedJob(keyring.id);
    const last = running ?? (await store.rotation.lastJob(keyring.id));
    const mine = counts.filter((c) => c.keyringId === keyring.id);
    const foreign = counts.filter((c) => c.keyringId !== keyring.id && c.live > 0);
    const stale = mine.filter((c) => c.kekVersion < ks.latestVersion).reduce((n, c) => n + c.live, 0);
    const json = {
      keyring: { id: ks.id, kind: ks.kind, latestVersion: ks.latestVersion, decryptableVersions: ks.decryptableVersions },
      store: { engine: store.engine, schema: store.schema },
      dataKeys: counts,
      belowLatest: stale,
      rotation: last ? { ...last, cursor: last.cursor?.toString('hex') ?? null, running: last.finishedAt === null } : null,
    };
    const lines = [
      `keyring    ${ks.id} (${ks.kind})`,
      `KEK        latest v${ks.latestVersion}; can unwrap ${ks.decryptableVersions.map((v) => `v${v}`).join(', ') || 'nothing'}`,
      `store      ${store.engine}, schema ${store.schema}`,
      `data keys  ${mine.map((c) => `v${c.kekVersion}: ${c.live} live${c.destroyed ? `, ${c.destroyed} destroyed` : ''}`).join(' | ') || 'none yet'}`,
      ...(foreign.length ? [`           ${foreign.reduce((n, c) => n + c.live, 0)} live keys are wrapped by another keyring (${[...new Set(foreign.map((c) => c.keyringId))].join(', ')})`] : []),
      `rotation   ${
        !last ? 'never run' : last.finishedAt === null ? `UNFINISHED to v${last.targetVersion}: ${last.rewrapped}/${last.total} re-wrapped (run phigate keys rotate to resume)` : `last to v${last.targetVersion}, finished ${last.finishedAt.toISOString()} (${last.rewrapped} re-wrapped)`
      }`,
      stale > 0 ? `action     ${stale} data keys below v${ks.latestVersion}: run phigate keys rotate --no-new-version` : ks.decryptableVersions.length > 1 ? `action     old versions are no longer needed: phigate keys retire` : `action     none`,
    ];
    print(o, json, `${lines.join('\n')}\n`);
  });
}

async function rotate(o: RotateOptions): Promise<void> {
  const batchSize = Number(o.batchSize);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw new PhigateError('PHIGATE_USAGE', '--batch-size must be 1-10000');
  await withStore(
    o,
    async (store, keyring) => {
      const { rotateKeys } = await import('../../crypto/index.js');
      let shown = 0;
      const report = await rotateKeys({
        keyring,
        store: store.rotation,
        batchSize,
        newVersion: o.newVersion,
        onProgress: (p) => {
          if (Date.now() - shown < 1000 && p.rewrapped < p.total) return;
          shown = Date.now();
          // Under --json, stderr carries JSON lines only.
          if (o.json) return void process.stderr.write(`${JSON.stringify({ progress: { targetVersion: p.targetVersion, rewrapped: p.rewrapped, total: p.total } })}\n`);
          const pct = p.total > 0 ? ` (${Math.min(100, Math.floor((100 * p.rewrapped) / p.total))}%)` : '';
          process.stderr.write(`phigate keys rotate: v${p.targetVersion}, re-wrapped ${p.rewrapped}/${p.total}${pct}\n`);
        },
      });
      print(
        o,
        report,
        `${report.resumed ? 'Resumed' : 'Rotated'} ${report.keyringId} to KEK v${report.targetVersion}: ${report.rewrapped} data keys re-wrapped (${report.rewrappedThisRun} in this run, ${report.durationMs} ms). ` +
          `Old versions still decrypt; run phigate keys retire when every process has picked up v${report.targetVersion}.\n`,
      );
    },
    true,
  );
}

async function retire(o: StoreOptions): Promise<void> {
  await withStore(o, async (store, keyring) => {
    const { retireOldVersions } = await import('../../crypto/index.js');
    const r = await retireOldVersions({ keyring, store: store.rotation });
    print(o, r, `Retired KEK versions below v${r.retiredBelow} of ${r.keyringId}.\n`);
  });
}

export const keysCommand: CommandModule = {
  register(program: Command): void {
    const keys = program.command('keys').description('Key-encryption keys: status, rotation by re-wrapping, retirement').addHelpText('after', HELP);
    storeOptions(keys.command('status').description('Show KEK versions, data keys per version and rotation progress')).action(status);
    storeOptions(keys.command('rotate').description('Create a new KEK version and re-wrap every data key (resumable)'))
      .option('--batch-size <n>', 'data keys per batch (one KMS call and one transaction each)', '500')
      .option('--no-new-version', 'only finish re-wrapping to the current latest version')
      .action(rotate);
    storeOptions(keys.command('retire').description('Disable KEK versions below the latest once no data key needs them')).action(retire);
  },
};
