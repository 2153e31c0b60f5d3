// Where `phigate audit` reads the log from: an export directory (offline, after the files are read) or
// the live store (--database-url or --data-dir, with the store's key file, --key-file). Both give the same
// records, searches and proofs, so each subcommand is written once.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PhigateError } from '../errors.js';
import { hasEmbeddedStore, keyringFileFromEnv, noEmbeddedStore } from './store-options.js';
import { LocalKeyring } from '../crypto/index.js';
import { openStore, type Store } from '../store/index.js';
import {
  AuditLog,
  LeafHashTree,
  auditStorageOf,
  generateNoteKey,
  parseSignerKey,
  readExportRecords,
  resolveExportPaths,
  verifyExportFiles,
  type AuditRecord,
  type AuditSearchQuery,
  type NoteSigner,
  type NoteVerifier,
  eventMatches,
  liveProofTree,
  readPaged,
  searchPaged,
  type ProofTree,
} from '../audit/index.js';

export interface SourceOptions {
  export?: string;
  databaseUrl?: string;
  dataDir?: string;
  /** The store's key file: --key-file, as serve, keys, apikeys and careteam name it. */
  keyFile?: string;
  /** --key-file's name for audit commands until now (deprecated, hidden; warns). */
  keyringFile?: string;
  /** --key-file's name before that (deprecated, hidden; warns): `keys --keyring` names the keyring kind. */
  keyring?: string;
  schema?: string;
  /** phigate home (`serve --home`): its data/ and keyring.json stand in for --data-dir and --key-file. */
  home?: string;
}

export interface AuditSource {
  /** Matching records by seq, at most query.limit. */
  search(query: AuditSearchQuery): AsyncIterable<AuditRecord>;
  all(): AsyncIterable<AuditRecord>;
  /** Proofs over the log up to its latest signed checkpoint; `verifiers` check an export first. */
  tree(verifiers: () => NoteVerifier[]): Promise<ProofTree>;
  /** The live log, for export and checkpoint publication; undefined for an export. */
  readonly live?: { readonly store: Store; log(signers?: readonly NoteSigner[], origin?: string): AuditLog };
  close(): Promise<void>;
}

const usage = (message: string): PhigateError => new PhigateError('PHIGATE_USAGE', message);

export { STORE_HELP } from './store-options.js';

/**
 * The store's key file from --key-file, or from its deprecated names --keyring-file and --keyring FILE (each with a
 * warning). `keys --keyring` takes a kind; given here, a kind is refused rather than read as a file of that name.
 */
export function storeKeyFileOption(opts: SourceOptions, warn: (message: string) => void): string | undefined {
  if (opts.keyring === 'local' || opts.keyring === 'vault-transit') throw usage(`audit reads the local key file only: give --key-file FILE (--keyring ${opts.keyring} is keys' option)`);
  const named: Array<[string, string | undefined]> = [['--key-file', opts.keyFile], ['--keyring-file', opts.keyringFile], ['--keyring', opts.keyring]];
  const given = named.filter((g): g is [string, string] => g[1] !== undefined);
  const old = given.filter(([name]) => name !== '--key-file').map(([name]) => name);
  if (new Set(given.map(([, file]) => file)).size > 1) throw usage(`Give --key-file only (${old.join(' and ')} ${old.length > 1 ? 'are its old names' : 'is its old name'}, and they differ)`);
  for (const name of old) {
    warn(`${name} FILE is deprecated for audit commands; use --key-file FILE, the store's key file as every command names it${name === '--keyring' ? ' (keys --keyring names the keyring kind)' : ''}`);
  }
  return given[0]?.[1];
}

export async function openAuditSource(opts: SourceOptions, warn: (message: string) => void = () => undefined): Promise<AuditSource> {
  if (opts.export) return exportSource(opts.export);
  const databaseUrl = opts.databaseUrl ?? process.env['PHIGATE_DATABASE_URL'];
  const homeData = opts.home === undefined ? undefined : join(opts.home, 'data');
  const dataDir = opts.dataDir ?? (databaseUrl === undefined && homeData !== undefined && existsSync(homeData) ? homeData : undefined);
  // An empty directory is a store serve is still making: opening it here would run initdb and take it from serve.
  if (!databaseUrl && dataDir !== undefined && !hasEmbeddedStore(dataDir)) throw noEmbeddedStore(dataDir, 'give --export DIR, --database-url URL or the --data-dir of a store');
  const keyring = storeKeyFileOption(opts, warn) ?? keyringFileFromEnv() ?? (opts.home === undefined ? undefined : join(opts.home, 'keyring.json'));
  if (!databaseUrl && !dataDir) throw usage(`Give --export DIR, or the store with --database-url URL, --data-dir DIR or --home DIR (${homeData ?? 'no home'} holds no embedded store)`);
  if (!keyring) throw usage('Opening the store needs its key file: --key-file FILE or PHIGATE_KEYRING_FILE');
  const store = await openStore({
    ...(databaseUrl ? { databaseUrl } : { dataDir: dataDir as string }),
    keyring: LocalKeyring.open({ path: keyring, create: false }),
    ...(opts.schema ? { schema: opts.schema } : {}),
  });
  return storeSource(store);
}

function exportSource(dir: string): AuditSource {
  return {
    async *search(q) {
      let n = 0;
      const paths = await resolveExportPaths([dir]);
      for await (const r of readExportRecords(paths.entries)) {
        if (n >= q.limit) return;
        if (r.event && r.seq > (q.afterSeq ?? -1) && eventMatches(r.event, q)) {
          n++;
          yield r;
        }
      }
    },
    async *all() {
      yield* readExportRecords((await resolveExportPaths([dir])).entries);
    },
    async tree(verifiers) {
      const paths = await resolveExportPaths([dir]);
      const { report, leafHashes } = await verifyExportFiles({ paths, verifiers: verifiers() });
      if (!report.ok) throw new PhigateError('PHIGATE_AUDIT_ROOT_MISMATCH', 'The export does not verify; run `phigate audit verify` for details');
      const tree = new LeafHashTree(leafHashes);
      return {
        size: report.checkpoints.largestSize,
        root: (n) => tree.root(n),
        inclusion: async (i, n) => {
          const hashes = await tree.inclusion(i, n);
          return { leafHash: await tree.leafHash(i), hashes };
        },
        consistency: (m, n) => tree.consistency(m, n),
      };
    },
    async close() {},
  };
}

function storeSource(store: Store): AuditSource {
  const storage = auditStorageOf(store.audit);
  // Reading needs no signing key; a throwaway signer satisfies the constructor and is never used.
  const reader = new AuditLog({ storage, origin: 'phigate-cli', signers: [parseSignerKey(generateNoteKey('phigate-cli').signerKey)], checkpointIntervalMs: 0 });
  return {
    search: (q) => searchPaged(reader, q),
    all: () => readPaged(reader),
    tree: () => liveProofTree(reader),
    live: {
      store,
      log: (signers, origin) => (signers && origin ? new AuditLog({ storage, origin, signers, checkpointIntervalMs: 0 }) : reader),
    },
    async close() {
      await reader.close();
      await store.close();
    },
  };
}
