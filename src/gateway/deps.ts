// What the gateway is built from, passed in whole: no singletons, no getConfig(). Narrow ports (the
// few repository methods, the vault's two calls, an audit sink) keep tests able to use real parts.
import type { AdminPorts } from '../admin/index.js';
import type { AccessPolicy } from '../access/cedar/index.js';
import type { AuditEvent, PatientHasher } from '../audit/index.js';
import type { ConfigIo, PhigateConfig } from '../config/index.js';
import type { AnalysisPoolStats, AnalysisPort } from '../deid/index.js';
import type { ProviderAdapter } from '../providers/index.js';
import type { ApiKeyRepository, CareTeamRepository } from '../store/index.js';
import type { VaultPort } from './deid/redact.js';
import type { LogFn } from './log.js';

export interface AuditSink {
  /** Resolves once the event is durable; the gateway fails a request whose event could not be written. */
  append(event: AuditEvent): Promise<unknown>;
}

export interface GatewayStore {
  readonly apiKeys: Pick<ApiKeyRepository, 'find'>;
  readonly careTeam: Pick<CareTeamRepository, 'has'>;
}

export interface GatewayDeps {
  readonly config: PhigateConfig;
  readonly store: GatewayStore;
  readonly vault: VaultPort;
  /** In-process (createAnalyzer) or on worker threads (startAnalysisPool, what `serve` uses on 2+ cores). */
  readonly analyzer: AnalysisPort;
  /** The analysis threads' state when `analyzer` is a pool: /metrics shows it as gauges. */
  readonly analysisStats?: () => AnalysisPoolStats;
  readonly audit: AuditSink;
  /** Keyed hash of patient ids for audit events (src/audit createPatientHasher). */
  readonly patientHash: PatientHasher;
  /** One adapter per vendor id of `config.vendors`. */
  readonly providers: Readonly<Record<string, ProviderAdapter>>;
  readonly clock: () => Date;
  readonly log: LogFn;
  /** Readiness of what the gateway depends on (store, audit); /readyz answers 503 while false. */
  readonly ready?: () => Promise<boolean>;
  /** The Cedar policy built from config.access (`serve` builds it first, so a bad policy file stops start-up early); built from the config when absent. */
  readonly accessPolicy?: AccessPolicy;
  /** The admin API's repositories and audit log; with them the gateway serves /admin/v1 (src/admin). */
  readonly admin?: AdminPorts;
  /** Where secrets the config references (server.metrics.token) are read; the process's environment and files when absent. */
  readonly configIo?: ConfigIo;
}
