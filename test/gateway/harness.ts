// A running gateway for tests, built from real parts: the store (real PostgreSQL on loopback when it
// answers, in a schema of its own; else embedded PGlite, which takes far longer to start) with a local keyring, the
// token vault, the de-identification analyzer, an audit log in memory, Hono on node:http on loopback,
// and a recording upstream (a real HTTP server). The clock is settable, for BAA expiry.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueApiKey } from '../../src/access/index.js';
import { AuditLog, MemoryAuditStorage, createPatientHasher, generateNoteKey, parseSignerKey, type AuditEvent } from '../../src/audit/index.js';
import { parseConfig, type PhigateConfig } from '../../src/config/index.js';
import { createAnalyzer } from '../../src/deid/index.js';
import { type LogEntry, createGateway, listen, providersFromConfig } from '../../src/gateway/index.js';
import type { Store } from '../../src/store/index.js';
import { TokenVault } from '../../src/vault/index.js';
import { pgliteHarness, postgresHarness, postgresReachable } from '../store/harness.js';
import { type RecordingUpstream, startUpstream } from './upstream.js';

export const T0 = new Date('2026-03-01T12:00:00.000Z');
export const BAA_END = '2026-06-01T00:00:00Z';

export function gatewayYaml(upstreamUrl: string, extra = '', oidcIssuer?: string): string {
  return `
server:
  tenant: clinic-a
  bodyLimitBytes: 65536
  upstreamRetries: 2
  rateLimit: { perMinute: 600, burst: 100 }   # the test clock stands still: no refill within a file
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
models:
  - { id: gpt-deid, vendor: deid, upstream: up-model-1 }
  - { id: gpt-phi, vendor: phi }
  - { id: gpt-expiring, vendor: expiring }
  - { id: gpt-nobaa, vendor: nobaa }
  - { id: embed-deid, vendor: deid, service: embeddings }
access:
  defaultPurpose: TREAT
${oidcIssuer ? `  oidc: { issuer: "${oidcIssuer}", audience: "https://phigate.test", algorithms: [ES256], allowInsecureLoopback: true }\n` : ''}  noPatient: deidentified-only
  roles:
    clinician: { models: ['*'], purposes: [TREAT, ETREAT], patients: care-team, breakGlass: true }
    analyst: { models: [gpt-deid], purposes: [HOPERAT, TREAT], patients: none }
${extra}`;
}

export interface TestGateway {
  readonly url: string;
  readonly upstream: RecordingUpstream;
  readonly store: Store;
  readonly config: PhigateConfig;
  readonly keys: { clinician: string; analyst: string; revoked: string; expired: string };
  readonly logs: string[];
  setNow(d: Date): void;
  auditEvents(): Promise<AuditEvent[]>;
  close(): Promise<void>;
}

export async function startTestGateway(opts: { pieceSize?: number; oidcIssuer?: string } = {}): Promise<TestGateway> {
  const upstream = await startUpstream(opts);
  const dir = mkdtempSync(join(tmpdir(), 'phigate-gw-'));
  const engine = (await postgresReachable()) ? await postgresHarness() : await pgliteHarness();
  const opened = await engine.open();
  const store = opened.store;
  const config = parseConfig(gatewayYaml(upstream.url, '', opts.oidcIssuer), 'test.yaml');
  let now = T0;
  const clock = (): Date => now;
  const storage = new MemoryAuditStorage();
  const { signerKey } = generateNoteKey('phigate-test');
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

  const gateway = createGateway({
    config,
    store,
    vault: TokenVault.fromStore(store, { now: clock }),
    analyzer: createAnalyzer(),
    audit: auditLog,
    patientHash: createPatientHasher(randomBytes(32)),
    providers: providersFromConfig(config, { readFile: () => new Uint8Array(), env: {} }),
    clock,
    log: (e: LogEntry) => logs.push(JSON.stringify(e)),
  });
  const server = await listen(gateway, { host: '127.0.0.1', port: 0 });
  return {
    url: server.url,
    upstream,
    store,
    config,
    keys: { clinician, analyst, revoked, expired },
    logs,
    setNow: (d) => void (now = d),
    async auditEvents() {
      await auditLog.flush();
      const size = await auditLog.size();
      return (await auditLog.read(0, size)).map((r) => r.event as AuditEvent);
    },
    async close() {
      await server.close(1000);
      await upstream.close();
      await auditLog.close();
      await opened.cleanup();
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
