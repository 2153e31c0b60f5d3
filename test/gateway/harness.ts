// A running gateway for tests, built from real parts: the store (real PostgreSQL on loopback when it
// answers, in a schema of its own; else embedded PGlite, which takes far longer to start) with a local keyring, the
// token vault, the de-identification analyzer, an audit log in memory, Hono on node:http on loopback,
// and a recording upstream (a real HTTP server). The clock is settable, for BAA expiry. With `admin`, the
// gateway also serves /admin/v1, and the audit log lives in the store (so the CLI can read it too).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueApiKey } from '../../src/access/index.js';
import { AuditLog, type AuditStorage, MemoryAuditStorage, auditStorageOf, createPatientHasher, generateNoteKey, parseSignerKey, type AuditEvent } from '../../src/audit/index.js';
import { analyzerConfigOf, loadConfig, parseConfig, type PhigateConfig } from '../../src/config/index.js';
import { type AnalysisPool, createAnalyzer, startAnalysisPool } from '../../src/deid/index.js';
import { type LogEntry, type VaultPort, createGateway, listen, providersFromConfig } from '../../src/gateway/index.js';
import type { Sql, Store } from '../../src/store/index.js';
import { TokenVault } from '../../src/vault/index.js';
import { pgliteHarness, postgresHarness, postgresReachable } from '../store/harness.js';
import { type RecordingUpstream, startUpstream } from './upstream.js';

export const T0 = new Date('2026-03-01T12:00:00.000Z');
export const BAA_END = '2026-06-01T00:00:00Z';

/** More vendors and models (YAML lines indented as entries of those sections), e.g. another provider's. */
export interface ExtraConfig {
  /** Lines of the server section, indented as its fields. */
  readonly server?: string;
  /** `{upstream}` stands for the recording upstream's URL, `{upstream-host}` for its host and port. */
  readonly vendors?: string;
  readonly models?: string;
  /** Lines of access.roles, indented as its entries. */
  readonly roles?: string;
  /** Lines of the deid section, indented as its fields (the analyzer is built from it, as serve builds it). */
  readonly deid?: string;
}

export function gatewayYaml(upstreamUrl: string, extra = '', oidcIssuer?: string, more: ExtraConfig = {}): string {
  return `${more.deid ? `\ndeid:\n${more.deid}` : ''}
server:
  tenant: clinic-a
  bodyLimitBytes: 65536
  upstreamRetries: 2
  rateLimit: { perMinute: 600, burst: 100 }   # the test clock stands still: no refill within a file
${more.server ?? ''}
vendors:
  deid:
    baseUrl: ${upstreamUrl}
    allowInsecureLoopback: true
    region: us
    dataClasses: [deidentified]
    enforceParams: { store: false }
  phi:
    baseUrl: ${upstreamUrl}
    allowInsecureLoopback: true
    region: us
    dataClasses: [phi]
    baa: { signed: true, start: 2025-01-01, services: [chat, embeddings] }
    noTrain: true
    retentionDays: 0
    enforceParams: { store: false }
  expiring:
    baseUrl: ${upstreamUrl}
    allowInsecureLoopback: true
    region: eu
    dataClasses: [phi]
    baa: { signed: true, start: 2025-01-01, end: "${BAA_END}", services: [chat] }
  nobaa:
    baseUrl: ${upstreamUrl}
    allowInsecureLoopback: true
    region: us
    dataClasses: [phi]
${(more.vendors ?? '').replaceAll('{upstream}', upstreamUrl).replaceAll('{upstream-host}', new URL(upstreamUrl).host)}
models:
  - { id: gpt-deid, vendor: deid, upstream: up-model-1 }
  - { id: gpt-phi, vendor: phi }
  - { id: gpt-expiring, vendor: expiring }
  - { id: gpt-nobaa, vendor: nobaa }
  - { id: embed-deid, vendor: deid, service: embeddings }
${more.models ?? ''}
access:
  defaultPurpose: TREAT
${oidcIssuer ? `  oidc: { issuer: "${oidcIssuer}", audience: "https://phigate.test", algorithms: [ES256], allowInsecureLoopback: true }\n` : ''}  noPatient: deidentified-only
  roles:
    clinician: { models: ['*'], purposes: [TREAT, ETREAT], patients: care-team, breakGlass: true }
    analyst: { models: [gpt-deid], purposes: [HOPERAT, TREAT], patients: none }
${more.roles ?? ''}
${extra}`;
}

/** The test config with `access.policies` naming Cedar files (name -> text), read by the real loader. */
function withPolicyFiles(upstreamUrl: string, policies: Readonly<Record<string, string>>, opts: { oidcIssuer?: string; more?: ExtraConfig }): PhigateConfig {
  const dir = '/phigate-test';
  const yaml = gatewayYaml(upstreamUrl, `  policies: [${Object.keys(policies).join(', ')}]\n`, opts.oidcIssuer, opts.more);
  const files = new Map([[`${dir}/test.yaml`, yaml], ...Object.entries(policies).map(([name, text]) => [`${dir}/${name}`, text] as const)]);
  const readFile = (path: string): Uint8Array => {
    const text = files.get(path);
    if (text === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  };
  return loadConfig(`${dir}/test.yaml`, { readFile, env: {} });
}

export interface TestGateway {
  readonly url: string;
  readonly upstream: RecordingUpstream;
  readonly store: Store;
  readonly config: PhigateConfig;
  readonly keys: { clinician: string; analyst: string; revoked: string; expired: string };
  readonly logs: string[];
  readonly auditLog: AuditLog;
  /** The log's checkpoint verifier key and the patient hash key (for the CLI and for checks). */
  readonly verifierKey: string;
  readonly patientKey: Buffer;
  /** Where the store lives, for a CLI run against it (PostgreSQL only: the PGlite one is in memory). */
  /** The analysis threads, when started with `analysisThreads`. */
  readonly pool: AnalysisPool | null;
  readonly storeAt: { readonly engine: 'pglite' | 'postgres'; readonly schema: string; readonly keyFile: string };
  /** The store's SQL connection (for a test that changes the database under the gateway). */
  readonly sql: Sql;
  setNow(d: Date): void;
  auditEvents(): Promise<AuditEvent[]>;
  /** The server's graceful shutdown (as on SIGTERM) with this grace period; close() then leaves the server alone. */
  shutdown(graceMs: number): Promise<void>;
  close(): Promise<void>;
}

export async function startTestGateway(
  opts: {
    pieceSize?: number;
    analysisThreads?: number;
    oidcIssuer?: string;
    more?: ExtraConfig;
    env?: Record<string, string>;
    admin?: boolean;
    policies?: Readonly<Record<string, string>>;
    host?: string;
    /** Wraps the audit log's storage (e.g. to hold a read while a test acts). */
    wrapAuditStorage?: (storage: AuditStorage) => AuditStorage;
    /** Wraps the token vault (e.g. to hold or fail its commits). */
    wrapVault?: (vault: TokenVault) => VaultPort;
    /** The embedded engine even when PostgreSQL is reachable. */
    engine?: 'pglite';
  } = {},
): Promise<TestGateway> {
  const upstream = await startUpstream(opts);
  const dir = mkdtempSync(join(tmpdir(), 'phigate-gw-'));
  const engine = opts.engine !== 'pglite' && (await postgresReachable()) ? await postgresHarness() : await pgliteHarness();
  const opened = await engine.open();
  const store = opened.store;
  const config = opts.policies ? withPolicyFiles(upstream.url, opts.policies, opts) : parseConfig(gatewayYaml(upstream.url, '', opts.oidcIssuer, opts.more), 'test.yaml');
  let now = T0;
  const clock = (): Date => now;
  const own = opts.admin ? auditStorageOf(store.audit) : new MemoryAuditStorage();
  const storage = opts.wrapAuditStorage ? opts.wrapAuditStorage(own) : own;
  const { signerKey, verifierKey } = generateNoteKey('phigate-test');
  const patientKey = randomBytes(32);
  const auditLog = new AuditLog({ storage, origin: 'test/phigate', signers: [parseSignerKey(signerKey)], checkpointIntervalMs: 0 });
  const logs: string[] = [];
  const tenant = config.server.tenant;
  const issue = async (principal: string, roles: string[], expiresAt: Date | null = null): Promise<string> =>
    (await issueApiKey(store.apiKeys, { tenant, principal, kind: 'user', roles, expiresAt })).key;
  const clinician = await issue('user:dr-lee', ['clinician']);
  const analyst = await issue('user:analyst-1', ['analyst']);
  const revoked = await issue('user:dr-gone', ['clinician']);
  const expired = await issue('user:dr-old', ['clinician'], new Date(T0.getTime() - 1000));
  await store.apiKeys.revoke(tenant, (/^phg_([0-9a-f]{16})_/.exec(revoked) as RegExpExecArray)[1] as string, T0);
  await store.careTeam.add(tenant, 'user:dr-lee', 'pt-1001');

  // As `serve` does on a machine with cores to spare: analysis on worker threads.
  const pool = opts.analysisThreads ? await startAnalysisPool({ threads: opts.analysisThreads, config: analyzerConfigOf(config.deid) }) : null;
  const gateway = createGateway({
    config,
    store,
    vault: (opts.wrapVault ?? ((v: TokenVault): VaultPort => v))(TokenVault.fromStore(store, { now: clock })),
    analyzer: pool ?? createAnalyzer(analyzerConfigOf(config.deid)),
    ...(pool ? { analysisStats: () => pool.stats } : {}),
    audit: auditLog,
    patientHash: createPatientHasher(patientKey),
    providers: providersFromConfig(config, { readFile: () => new Uint8Array(), env: opts.env ?? {} }),
    clock,
    log: (e: LogEntry) => logs.push(JSON.stringify(e)),
    ...(opts.admin ? { admin: { store, auditLog } } : {}),
    configIo: { readFile: () => new Uint8Array(), env: opts.env ?? {} },
  });
  const server = await listen(gateway, { host: opts.host ?? '127.0.0.1', port: 0 });
  let shutDown: Promise<void> | undefined;
  return {
    url: server.url,
    pool,
    upstream,
    store,
    config,
    keys: { clinician, analyst, revoked, expired },
    logs,
    auditLog,
    verifierKey,
    patientKey,
    storeAt: { engine: engine.name, schema: opened.schema, keyFile: join(opened.keyDir, 'keyring.json') },
    sql: opened.sql,
    setNow: (d) => void (now = d),
    async auditEvents() {
      await auditLog.flush();
      const size = await auditLog.size();
      return (await auditLog.read(0, size)).map((r) => r.event as AuditEvent);
    },
    shutdown: (graceMs) => (shutDown ??= server.close(graceMs)),
    async close() {
      await (shutDown ?? server.close(1000));
      await pool?.close();
      await upstream.close();
      await auditLog.close();
      await opened.cleanup();
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
