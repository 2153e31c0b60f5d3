// The gateway's sections of phigate.yaml as the rest of phigate sees them (server, vendors, models,
// access): types and defaults only, no zod, so code that takes a config does not load the schema.
import type { SecretRef } from './secrets.js';

export const SERVICES = ['chat', 'embeddings'] as const;
export type Service = (typeof SERVICES)[number];

export const DATA_CLASSES = ['phi', 'deidentified'] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

/** How the gateway talks to a vendor: the OpenAI chat API as is, or translated to Anthropic's Messages API. */
export const PROVIDER_KINDS = ['openai-compatible', 'anthropic'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** Where a provider kind lives when its vendor names no baseUrl (openai-compatible always names one). */
export const DEFAULT_BASE_URLS: Readonly<Partial<Record<ProviderKind, string>>> = { anthropic: 'https://api.anthropic.com' };

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  /** The tenant every request of this gateway belongs to (keys, care teams and vault scopes are per tenant). */
  readonly tenant: string;
  /** PEM files; without them the gateway serves plain HTTP, which `serve` allows on loopback only. */
  readonly tls: { readonly cert: string; readonly key: string } | null;
  readonly bodyLimitBytes: number;
  readonly upstreamTimeoutMs: number;
  readonly upstreamRetries: number;
  /** How long a conversation's tokens stay resolvable (hours). */
  readonly tokenTtlHours: number;
  /** How long a verified API key is trusted without asking the store again (so revocation takes up to this long); 0: always ask. */
  readonly authCacheMs: number;
  /** How long the gateway keeps a conversation's token mappings in memory (saves store round trips); 0: off. */
  readonly vaultCacheMs: number;
  /** Worker threads that read the texts (de-identification) beside the event loop; 0: on the event loop; `auto`: 1 on 2+ cores. */
  readonly analysisThreads: number | 'auto';
  /** Characters of message texts whose analyses are cached in memory (keyed hashes, no text); 0: off. */
  readonly analysisCacheChars: number;
  /** Leaf hashes of the most recent audit entries kept in memory, so their proofs need no read (32 bytes each); 0: off. */
  readonly auditProofCacheEntries: number;
  /** Requests per minute per API key (a token bucket refilled continuously), with a burst allowance; 0: no limit. */
  readonly rateLimit: { readonly perMinute: number; readonly burst: number };
  /** How far the JavaScript heap may grow over its live data before a full collection, in percent; 0: V8's default (up to 300%). */
  readonly heapGrowthPercent: number;
  /** Who may scrape /metrics. */
  readonly metrics: MetricsAccessConfig;
}

/** `open`: anyone who reaches the port; `loopback`: clients on this host only; `token`: a bearer token (from `token`). */
export const METRICS_ACCESS = ['loopback', 'open', 'token'] as const;
export type MetricsAccess = (typeof METRICS_ACCESS)[number];

export interface MetricsAccessConfig {
  readonly access: MetricsAccess;
  /** The scrape token's reference (`access: token` only). */
  readonly token: SecretRef | null;
}

export interface BaaConfig {
  readonly signed: boolean;
  /** The agreement applies from `start` (inclusive) to `end` (exclusive); a date alone means 00:00 UTC. */
  readonly start: Date;
  readonly end: Date | null;
  readonly services: readonly Service[];
  /** Product tiers covered (e.g. `enterprise`); empty: every tier. */
  readonly tiers: readonly string[];
}

export interface BasicAuthConfig {
  readonly username: string;
  readonly password: SecretRef;
}

export interface VendorConfig {
  readonly id: string;
  readonly provider: ProviderKind;
  readonly baseUrl: string;
  readonly apiKey: SecretRef | null;
  /** HTTP basic auth for an upstream behind a proxy that asks for it (never with apiKey). */
  readonly basicAuth: BasicAuthConfig | null;
  /** Plain http is accepted only for a loopback host and only when this is set (local vLLM, Ollama). */
  readonly allowInsecureLoopback: boolean;
  /** Azure OpenAI deployment paths: `/openai/deployments/{model}/...?api-version=`. */
  readonly azureApiVersion: string | null;
  readonly region: string;
  readonly dataClasses: readonly DataClass[];
  readonly baa: BaaConfig | null;
  /** What the vendor promised (documentation for auditors); enforcement is `enforceParams`. */
  readonly noTrain: boolean;
  readonly retentionDays: number | null;
  /** Request parameters the gateway always sets (e.g. `store: false`); a client asking otherwise is refused. */
  readonly enforceParams: Readonly<Record<string, string | number | boolean | null>>;
}

export interface ModelConfig {
  /** What clients ask for. */
  readonly id: string;
  readonly vendor: string;
  /** The vendor's name for it (the Azure deployment name for Azure). */
  readonly upstream: string;
  readonly service: Service;
  readonly tier: string | null;
  /** Output limit sent when a request names none, for providers that require one (Anthropic). */
  readonly maxTokens?: number;
}

/** What a request naming no patient may do: go anywhere, go only de-identified, or be refused. */
export type NoPatientRule = 'allow' | 'deidentified-only' | 'deny';

export interface RoleRule {
  /** Model ids this role may use; `*` for every configured model. */
  readonly models: readonly string[];
  readonly purposes: readonly string[];
  /** Patient access: only patients on the principal's care team, any patient, or none. */
  readonly patients: 'care-team' | 'any' | 'none';
  /** May override the care-team check with `X-Phigate-Break-Glass: <reason>` (flagged and audited). */
  readonly breakGlass: boolean;
}

export const JWT_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;

/** OIDC bearer tokens (JWT access tokens) from one issuer. */
export interface OidcConfig {
  readonly issuer: string;
  readonly audience: string;
  /** Pinned: a token signed with anything else (`none` included) is refused. */
  readonly algorithms: readonly (typeof JWT_ALGORITHMS)[number][];
  /** The claim holding role names (a list or a space-separated string). */
  readonly rolesClaim: string;
  readonly clockToleranceSec: number;
  /** Plain http discovery only to a loopback issuer when set (test identity providers). */
  readonly allowInsecureLoopback: boolean;
}

export interface AccessConfig {
  readonly defaultPurpose: string;
  readonly oidc: OidcConfig | null;
  readonly noPatient: NoPatientRule;
  readonly roles: Readonly<Record<string, RoleRule>>;
  /** Cedar policy files added to the compiled roles (src/access/cedar), in config order. */
  readonly policies: readonly PolicyFileConfig[];
}

/** A Cedar policy file: `text` is null until loadConfig has read it (the policy refuses to start without it). */
export interface PolicyFileConfig {
  /** Absolute path, as error messages name it. */
  readonly file: string;
  readonly text: string | null;
}

export const DEFAULT_SERVER: ServerConfig = {
  host: '127.0.0.1',
  port: 8443,
  tenant: 'default',
  tls: null,
  bodyLimitBytes: 1024 * 1024,
  upstreamTimeoutMs: 60_000,
  upstreamRetries: 2,
  tokenTtlHours: 24,
  authCacheMs: 2_000,
  vaultCacheMs: 60_000,
  analysisThreads: 'auto',
  analysisCacheChars: 8_000_000,
  auditProofCacheEntries: 1_048_576,
  rateLimit: { perMinute: 600, burst: 60 },
  heapGrowthPercent: 30,
  metrics: { access: 'loopback', token: null },
};

export const DEFAULT_ACCESS: AccessConfig = { defaultPurpose: 'TREAT', oidc: null, noPatient: 'deidentified-only', roles: {}, policies: [] };
