// `phigate serve`: starts the gateway with the embedded store. The first run sets up <home> (data
// directory, keyring, audit signing and patient-hash keys, a development TLS certificate) and writes a
// commented example config, then prints how to call it. A wrong config stops start-up naming the field.
// On the embedded store, which one process owns, it also makes the first API key (see issueFirstKey).
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { PhigateError } from '../../errors.js';
import type { AuditLog } from '../../audit/index.js';
import type { PhigateConfig } from '../../config/index.js';
import type { Analyzer } from '../../deid/index.js';
import type { Store } from '../../store/index.js';
import { stderrNotes } from '../notes.js';
import { type StoreCliOptions, dataDirOf, hasEmbeddedStore, keyFileOf, withStoreOptions } from '../store-options.js';
import { ensureDevCert } from './certs.js';
import type { CommandModule } from './index.js';

interface ServeOptions extends StoreCliOptions {
  host?: string;
  port?: string;
  insecureHttp?: boolean;
  graceMs: string;
  /** --no-first-key: false. */
  firstKey: boolean;
}

export const EXAMPLE_CONFIG = `# phigate.yaml: written by the first \`phigate serve\`. Every field is documented in the README.
version: 1

server:
  host: 127.0.0.1          # loopback by default; 0.0.0.0 to listen on every interface
  port: 8443
  tenant: default
  # tls: { cert: /etc/phigate/tls/cert.pem, key: /etc/phigate/tls/key.pem }   # default: <home>/tls dev cert
  bodyLimitBytes: 1048576
  upstreamTimeoutMs: 60000
  upstreamRetries: 2
  tokenTtlHours: 24        # how long a conversation's tokens stay resolvable
  # vaultCacheMs: 60000          # a conversation's tokens kept in memory between turns (0: off)
  # analysisThreads: auto        # threads that de-identify beside the event loop (auto: 1 on 2+ cores; 0: none)
  # analysisCacheChars: 8000000  # analyses of repeated message texts kept in memory, keyed by HMAC (0: off)
  # auditProofCacheEntries: 1048576  # leaf hashes of recent audit entries kept for fast proofs (32 bytes each; 0: off)
  # heapGrowthPercent: 30        # how far the JS heap may outgrow its live data before a full GC (0: V8's default)
  # metrics: { access: loopback }  # who may scrape /metrics: loopback | open | token (with token: env:VAR)

# Every vendor in the path. A vendor receives PHI only with dataClasses [phi] and an active, signed BAA
# covering the service; with [deidentified] it receives vault tokens instead of identifiers.
vendors:
  local:
    baseUrl: http://127.0.0.1:11434/v1     # Ollama / vLLM / llama.cpp server on this machine
    allowInsecureLoopback: true            # plain http only to loopback, and only when set
    region: onprem
    dataClasses: [deidentified]
  # openai:
  #   baseUrl: https://api.openai.com/v1
  #   apiKey: env:OPENAI_API_KEY           # secrets by reference only: env:VAR or file:PATH
  #   region: us
  #   dataClasses: [deidentified]
  #   noTrain: true
  #   retentionDays: 30
  #   enforceParams: { store: false }      # set by phigate; a client asking otherwise is refused
  # azure:
  #   baseUrl: https://example.openai.azure.com
  #   azureApiVersion: 2024-10-21
  #   apiKey: file:/run/secrets/azure-openai
  #   region: us
  #   dataClasses: [phi, deidentified]
  #   baa: { signed: true, start: 2025-01-01, end: 2027-01-01, services: [chat, embeddings] }
  # claude:
  #   provider: anthropic                  # OpenAI requests translated to Anthropic's Messages API
  #   apiKey: env:ANTHROPIC_API_KEY        # baseUrl defaults to https://api.anthropic.com
  #   region: us
  #   dataClasses: [deidentified]

models:
  - { id: local-chat, vendor: local, upstream: llama3.1 }
  - { id: local-embed, vendor: local, upstream: nomic-embed-text, service: embeddings }
  # - { id: claude-sonnet, vendor: claude, upstream: claude-sonnet-4-5, maxTokens: 8192 }

# Deny by default: a key's roles must be listed here.
access:
  defaultPurpose: TREAT
  noPatient: deidentified-only   # allow | deidentified-only | deny
  roles:
    clinician: { models: ['*'], purposes: [TREAT, ETREAT], patients: care-team, breakGlass: true }
    analyst: { models: [local-chat], purposes: [HOPERAT], patients: none }
  # The roles compile to Cedar policies; Cedar files add to them (a forbid wins over every permit).
  # policies: [policies/extra.cedar]   # checked against the schema at start-up (README: Authorization policy)
`;

function readOrCreateKey(path: string, make: () => string): string {
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const v = make();
  writeFileSync(path, `${v}\n`, { mode: 0o600, flag: 'wx' });
  return v;
}

/** The first key's principal, lifetime and file (under --home). */
const FIRST_KEY_PRINCIPAL = 'user:local-admin';
const FIRST_KEY_HOURS = 24;
const FIRST_KEY_FILE = 'first-api-key';

interface FirstKey {
  readonly path: string;
  readonly roles: readonly string[];
  readonly expiresAt: Date;
  /** Set when the key on file is no longer usable: `expired` or `revoked`. */
  readonly inactive?: string;
}

/**
 * The embedded store allows one process, so `phigate apikeys create` cannot run beside `serve`: when the tenant has
 * no active API key and no OpenID provider is configured, serve makes the first key itself, for FIRST_KEY_PRINCIPAL
 * with the admin role and the roles of access.roles, for FIRST_KEY_HOURS only. Its creation goes to the audit log
 * (or the key is revoked again) and the key to <home>/first-api-key (0600, beside the keyring, never to a log);
 * lasting keys are then made with it through the admin API.
 */
async function issueFirstKey(store: Store, config: PhigateConfig, auditLog: AuditLog, home: string): Promise<FirstKey | null> {
  if (config.access.oidc !== null) return null;
  const now = new Date();
  const tenant = config.server.tenant;
  const { issueApiKey, listApiKeys, revokeApiKey } = await import('../../access/index.js');
  if ((await listApiKeys(store.apiKeys, tenant, now)).some((k) => k.status === 'active')) return null;
  const roles = ['admin', ...Object.keys(config.access.roles).filter((r) => r !== 'admin')].slice(0, 16);
  const expiresAt = new Date(now.getTime() + FIRST_KEY_HOURS * 3600_000);
  const issued = await issueApiKey(store.apiKeys, { tenant, principal: FIRST_KEY_PRINCIPAL, kind: 'user', roles, label: 'first key, made by phigate serve', expiresAt });
  const { createAuditEvent } = await import('../../audit/index.js');
  try {
    await auditLog.append(
      createAuditEvent({
        time: now,
        requestId: randomUUID(),
        actor: { id: 'system:serve', roles: [] },
        action: 'admin.apikey.create',
        patient: null,
        purpose: 'HSYSADMIN',
        vendor: null,
        model: null,
        decision: 'allow',
        reason: 'FIRST_KEY',
        identifiers: {},
        sent: null,
        returned: null,
        target: FIRST_KEY_PRINCIPAL,
      }),
    );
  } catch (err) {
    // A key whose making is not on record is not handed out.
    await revokeApiKey(store.apiKeys, tenant, issued.row.id, new Date()).catch(() => undefined);
    throw err;
  }
  const path = join(home, FIRST_KEY_FILE);
  // A file left from an earlier key is replaced, never appended to.
  rmSync(path, { force: true });
  writeFileSync(path, `${issued.key}\n`, { mode: 0o600, flag: 'wx' });
  return { path, roles, expiresAt };
}

/** A path or name as one shell word: bare when it is plain, else in single quotes. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./~-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * `apikeys create` with the store options serve was given, so the key lands in the same store and tenant:
 * --home, and --data-dir, --key-file, --schema and --config when they are not the defaults. A database URL
 * holds a password: it is never printed; the command reads it from PHIGATE_DATABASE_URL (set it if the URL
 * was given on the command line).
 */
export function createKeyCommand(o: ServeOptions, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const args = ['npx phigate apikeys create --principal user:you --roles clinician', `--home ${shellWord(o.home)}`];
  if (o.dataDir !== undefined && !o.databaseUrl) args.push(`--data-dir ${shellWord(o.dataDir)}`);
  if (o.keyFile !== undefined) args.push(`--key-file ${shellWord(o.keyFile)}`);
  if (o.databaseUrl && o.schema !== 'phigate') args.push(`--schema ${shellWord(o.schema)}`);
  if (o.config !== (env.PHIGATE_CONFIG ?? 'phigate.yaml')) args.push(`--config ${shellWord(o.config)}`);
  return args.join(' ');
}

/**
 * The first key an earlier run left in <home>/first-api-key, as the store knows it (roles, expiry, whether it is
 * still active), so every start's banner says where it is; null when there is no such file or key.
 */
async function firstKeyOnFile(store: Store, config: PhigateConfig, home: string): Promise<FirstKey | null> {
  const path = join(home, FIRST_KEY_FILE);
  let id: string | undefined;
  try {
    id = /^phg_([0-9a-f]{16})_/.exec(readFileSync(path, 'utf8'))?.[1];
  } catch {
    return null;
  }
  const { listApiKeys } = await import('../../access/index.js');
  const view = (await listApiKeys(store.apiKeys, config.server.tenant, new Date())).find((k) => k.id === id);
  if (!view) return null;
  return { path, roles: view.roles, expiresAt: new Date(view.expiresAt ?? Number.NaN), ...(view.status === 'active' ? {} : { inactive: view.status }) };
}

/** Step 1 of the banner: where the caller's key comes from. */
function keyStep(o: ServeOptions, firstKey: FirstKey | null): string {
  const create = createKeyCommand(o);
  if (firstKey && !firstKey.inactive) {
    return (
      `  1. your key:       export PHIGATE_API_KEY=$(cat ${firstKey.path})\n` +
      `                     (${FIRST_KEY_PRINCIPAL}: ${firstKey.roles.join(', ')}; expires ${firstKey.expiresAt.toISOString()}; make lasting keys with it: POST /admin/v1/api-keys)\n`
    );
  }
  // A first key that expired or was revoked is named too, so nobody keeps exporting a dead key.
  const dead = firstKey ? `                     (the first key in ${firstKey.path} is ${firstKey.inactive}; use a lasting key made with it)\n` : '';
  if (o.databaseUrl) {
    // The URL (and its password) stays out of the banner: the CLI takes it from the environment.
    const urlStep = process.env.PHIGATE_DATABASE_URL === o.databaseUrl ? '' : `                     (first: export PHIGATE_DATABASE_URL=<the URL given to serve>)\n`;
    return `  1. create a key:   ${create}\n${urlStep}                     then: export PHIGATE_API_KEY=<the key it prints once>\n`;
  }
  // The embedded store is this process's alone: the CLI cannot open it while serve runs.
  return `  1. a key:          POST /admin/v1/api-keys with an admin key (README: Admin API), or stop phigate and run\n                     ${create}\n${dead}`;
}

/** A whole number in [min, max] from an option, or a usage error naming the option. */
function intOption(name: string, text: string, min: number, max: number): number {
  const n = /^\d{1,15}$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new PhigateError('PHIGATE_USAGE', `${name} must be a whole number from ${min} to ${max}`);
  return n;
}

async function serve(o: ServeOptions): Promise<void> {
  // Option values are checked before anything is created (home, config, store).
  const portOption = o.port === undefined ? undefined : intOption('--port', o.port, 0, 65535);
  const grace = intOption('--grace-ms', o.graceMs, 0, 3_600_000);
  // Under --json, what serve says on stderr is JSON lines (as its log is), the banner a note.
  const notes = stderrNotes(o.json === true);
  const firstRun = !existsSync(o.home);
  if (!existsSync(o.config)) {
    writeFileSync(o.config, EXAMPLE_CONFIG, { flag: 'wx' });
    notes.note(`wrote an example config to ${o.config}; edit its vendors and models.`);
  }
  const { configWarnings, loadConfig } = await import('../../config/index.js');
  const config = loadConfig(o.config);
  for (const w of configWarnings(config)) notes.warn(`${o.config}: ${w.field.join('.')}: ${w.message}`);
  // The Cedar policy (roles and policy files) is checked before anything is opened or created.
  const { createAccessPolicy } = await import('../../access/cedar/index.js');
  const accessPolicy = createAccessPolicy(config);
  // So are the vendors' API keys (env:VAR, file:PATH): a missing one stops start-up naming its field.
  const { providersFromConfig } = await import('../../gateway/providers-from-config.js');
  const providers = providersFromConfig(config);
  const host = o.host ?? config.server.host;
  const port = portOption ?? config.server.port;
  const { isLoopbackHost } = await import('../../providers/index.js');
  if (o.insecureHttp && !isLoopbackHost(host)) throw new PhigateError('PHIGATE_USAGE', '--insecure-http is allowed only on a loopback host');
  // A taken port stops start-up here, before the store is opened, threads started or a first key issued.
  const { checkCanListen } = await import('../../gateway/server.js');
  await checkCanListen(host, port);
  mkdirSync(o.home, { recursive: true, mode: 0o700 });

  let tls: { cert: Buffer; key: Buffer } | null = null;
  let devCert: string | null = null;
  if (!o.insecureHttp) {
    const files = config.server.tls ?? (await ensureDevCert(o.home));
    if (!config.server.tls) devCert = files.cert;
    try {
      tls = { cert: readFileSync(files.cert), key: readFileSync(files.key) };
    } catch (err) {
      throw new PhigateError('PHIGATE_BAD_CONFIG', `server.tls: cannot read ${files.cert} or ${files.key} (${(err as NodeJS.ErrnoException).code ?? 'unreadable'})`);
    }
  }

  const audit = await import('../../audit/index.js');
  const signerKey = readOrCreateKey(join(o.home, 'audit-signer.key'), () => {
    const k = audit.generateNoteKey('phigate-gateway');
    writeFileSync(join(o.home, 'audit-verifier.vkey'), `${k.verifierKey}\n`, { flag: 'wx' });
    return k.signerKey;
  });
  const patientKey = Buffer.from(readOrCreateKey(join(o.home, 'audit-patient.key'), () => (globalThis.crypto.getRandomValues(Buffer.alloc(32)) as Buffer).toString('hex')), 'hex');

  const { LocalKeyring } = await import('../../crypto/index.js');
  const { openStore } = await import('../../store/index.js');
  // What is opened from here on is closed again, last first, at shutdown or when start-up fails after it.
  const opened: Array<() => Promise<void> | void> = [];
  const closeAll = async (): Promise<void> => {
    for (const close of opened.splice(0).reverse()) await close();
  };
  const orClose = async (err: unknown): Promise<never> => {
    await closeAll().catch(() => undefined);
    throw err;
  };
  const keyring = LocalKeyring.open({ path: keyFileOf(o), create: true });
  opened.push(() => keyring.close());
  // initdb takes a few seconds (longer on a busy machine): say why start-up pauses.
  if (!o.databaseUrl && !hasEmbeddedStore(dataDirOf(o))) notes.note(`creating the embedded store in ${dataDirOf(o)} (first run; this takes a few seconds) ...`);
  const store = await openStore({ ...(o.databaseUrl ? { databaseUrl: o.databaseUrl } : { dataDir: dataDirOf(o) }), schema: o.schema, keyring }).catch(orClose);
  opened.push(() => store.close());
  // The pool alone, not the engine's barrel: with analysis threads the event loop never analyses, and the
  // analyzer's modules (recognizers, lexicon, word tables) are loaded by each thread, not here.
  const { resolveAnalysisThreads, startAnalysisPool } = await import('../../deid/pool/analysis-pool.js');
  const { analyzerConfigOf } = await import('../../config/index.js');
  const { TokenVault } = await import('../../vault/index.js');
  const gw = await import('../../gateway/index.js');
  gw.applyHeapGrowthLimit(config.server.heapGrowthPercent);
  const log = gw.jsonLogger();
  // Analysis on worker threads when there is a core for them: the event loop keeps serving meanwhile.
  const threads = resolveAnalysisThreads(config.server.analysisThreads);
  // Either way the analyzer has read the warm-up notes before the gateway listens: no cold first request.
  const pool = threads > 0 ? await startAnalysisPool({ threads, config: analyzerConfigOf(config.deid) }).catch(orClose) : null;
  if (pool) opened.push(() => pool.close());
  const inProcessAnalyzer = async (): Promise<Analyzer> => {
    const { createAnalyzer, warmUpAnalyzer, WARM_UP_MS } = await import('../../deid/index.js');
    const analyzer = createAnalyzer(analyzerConfigOf(config.deid));
    warmUpAnalyzer(analyzer, WARM_UP_MS);
    return analyzer;
  };
  const auditLog = new audit.AuditLog({
    storage: audit.auditStorageOf(store.audit),
    origin: 'phigate-gateway',
    signers: [audit.parseSignerKey(signerKey)],
    onError: (e) => log({ level: 'error', event: 'audit_failure', code: e.code }),
    leafCacheEntries: config.server.auditProofCacheEntries,
  });
  auditLog.start();
  opened.push(() => auditLog.close());
  // Made now, or left by an earlier run: the banner says where it is on every start.
  const firstKey = o.databaseUrl ? null : ((o.firstKey ? await issueFirstKey(store, config, auditLog, o.home).catch(orClose) : null) ?? (await firstKeyOnFile(store, config, o.home).catch(orClose)));
  const gateway = gw.createGateway({
    config,
    store,
    vault: TokenVault.fromStore(store, { ttlMs: config.server.tokenTtlHours * 3600_000 }),
    analyzer: pool ?? (await inProcessAnalyzer().catch(orClose)),
    ...(pool ? { analysisStats: () => pool.stats } : {}),
    audit: auditLog,
    patientHash: audit.createPatientHasher(patientKey),
    providers,
    clock: () => new Date(),
    log,
    // Not ready while every analysis thread is restarting: a load balancer sends the calls elsewhere.
    ready: async () => (pool === null || pool.stats.ready > 0) && (await auditLog.size()) >= 0,
    admin: { store, auditLog },
    accessPolicy,
  });
  // The port can still be taken between the check above and here: close what was opened, then say so.
  const server = await gw.listen(gateway, { host, port, tls }).catch(orClose);
  log({ level: 'info', event: 'listening', port: server.port, analysisThreads: threads });
  const ca = devCert ? `NODE_EXTRA_CA_CERTS=${devCert} ` : '';
  if (notes.json) notes.note(`phigate gateway on ${server.url}${firstKey && !firstKey.inactive ? `; first API key in ${firstKey.path}` : ''}${devCert ? `; dev CA certificate ${devCert}` : ''}`);
  else process.stderr.write(
    `\nphigate gateway on ${server.url}${firstRun ? ` (first run: set up ${o.home})` : ''}\n` +
      keyStep(o, firstKey) +
      `  2. call it:        ${ca}node -e "const OpenAI=require('openai'); new OpenAI({baseURL:'${server.url}/v1', apiKey:process.env.PHIGATE_API_KEY})` +
      `.chat.completions.create({model:'${config.models.find((m) => m.service === 'chat')?.id ?? 'MODEL'}',messages:[{role:'user',content:'Hello'}]}).then(r=>console.log(r.choices[0].message.content))"\n` +
      `  health:            curl ${devCert ? `--cacert ${devCert} ` : ''}${server.url}/healthz\n\n`,
  );

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log({ level: 'info', event: 'shutdown' });
    await server.close(grace);
    await closeAll();
  };
  // A store or audit log that fails to close is logged and fails the exit code, never an unhandled rejection.
  const stopOrLog = (): void =>
    void stop().catch((err: unknown) => {
      log({ level: 'error', event: 'shutdown', code: err instanceof PhigateError ? err.code : 'PHIGATE_INTERNAL' });
      process.exitCode = 1;
    });
  process.once('SIGINT', stopOrLog);
  process.once('SIGTERM', stopOrLog);
}

export const serveCommand: CommandModule = {
  register(program: Command): void {
    withStoreOptions(program.command('serve').description('Run the OpenAI-compatible gateway (first run sets up the embedded store, keys and a dev TLS certificate)'))
      .option('--host <host>', 'listen address (default: server.host)')
      .option('--port <port>', 'listen port (default: server.port)')
      .option('--insecure-http', 'plain HTTP without TLS (loopback only; for local tests)')
      .option('--grace-ms <ms>', 'on SIGTERM, how long in-flight requests and streams may finish', '10000')
      .option('--no-first-key', `on the embedded store, do not make the first API key when there is none (<home>/${FIRST_KEY_FILE}, ${FIRST_KEY_HOURS} h)`)
      .addHelpText('after', '\nStops with an error naming the field when phigate.yaml is wrong. SIGTERM/SIGINT stop accepting, let in-flight streams finish, then exit.')
      .action(serve);
  },
};
