// The per-request context every stage reads and fills in: explicit and typed, never ambient. What a
// stage adds is optional until that stage has run; `need()` turns "a stage ran out of order" into an
// internal error instead of a silent undefined.
import { randomUUID } from 'node:crypto';
import type { Principal } from '../access/index.js';
import type { ModelConfig, VendorConfig } from '../config/index.js';
import { type ErrorCode, PhigateError } from '../errors.js';
import type { ChatChunk, ChatRequest, ChatResponse, EmbeddingsRequest, EmbeddingsResponse, ProviderAdapter } from '../providers/index.js';
import type { TokenScope } from '../vault/index.js';
import type { BaaReading, BaaStatus, DataMode } from '../vendors/index.js';
import type { WireDigest } from './digest.js';

/** `admin.*`: the admin API's calls (src/admin), which go through the same audit and authenticate stages. */
export type Action = 'chat.completion' | 'embeddings.create' | 'models.list' | `admin.${string}`;

export type Call =
  | { readonly kind: 'chat'; body: ChatRequest }
  | { readonly kind: 'embeddings'; body: EmbeddingsRequest }
  | { readonly kind: 'models' };

export type Result =
  | { readonly kind: 'chat'; readonly body: ChatResponse }
  | { readonly kind: 'chat-stream'; readonly chunks: AsyncIterable<ChatChunk> }
  | { readonly kind: 'embeddings'; readonly body: EmbeddingsResponse }
  | { readonly kind: 'models'; readonly ids: readonly { id: string; vendor: string }[] };

export interface AccessGrant {
  readonly patient: string | null;
  readonly purpose: string;
  readonly breakGlass: boolean;
  readonly reason: string;
  readonly deidentifiedOnly: boolean;
}

export interface Route {
  readonly model: ModelConfig;
  readonly vendor: VendorConfig;
  readonly provider: ProviderAdapter;
  readonly mode: DataMode;
}

export interface GatewayContext {
  readonly requestId: string;
  readonly action: Action;
  readonly startedAt: number;
  readonly headers: Headers;
  /** The raw request, read by the body stage (under the size limit). */
  readonly request: Request;
  /** Aborts the upstream call: the client went away, or (set by deidentify) the vault's commit failed. */
  signal: AbortSignal;
  principal?: Principal;
  call?: Call;
  model?: ModelConfig;
  /** The model vendor's BAA as resolve-model read it (the route stage reuses it while it holds). */
  baa?: BaaReading;
  access?: AccessGrant;
  route?: Route;
  /** The vault scope of this conversation's tokens (set when text is de-identified). */
  scope?: TokenScope;
  /**
   * The commit of the tokens sent upstream, made while the upstream call runs (set by deidentify when new
   * tokens were stored): the answer is re-identified and returned only once it resolved.
   */
  vaultWrite?: Promise<void>;
  /** Identifiers found in what the request carried, by type. */
  identifiers: Record<string, number>;
  /** The patient and purpose the request named (set by authorize before it decides, so refusals are audited with them). */
  patient?: string | null;
  /** The patient's keyed hash, when a call named the patient by it (admin audit searches) rather than by id. */
  patientRef?: string;
  /** What an administrative call acted on (a principal id or `apikey:<id>`), for the audit event. */
  target?: string;
  purpose?: string;
  /** Running SHA-256 of the bytes sent upstream and returned (the audit event's digests). */
  wire?: Wire;
  result?: Result;
  /**
   * The real reason of a refusal the caller is told as another (a model they may not use, refused as unknown):
   * the audit event and the log record this, the caller sees the error's own code.
   */
  hidden?: HiddenRefusal;
  /** Tokens in the answer that did not resolve in the caller's scope (the model made them up or garbled them). */
  unresolved: number;
}

export interface HiddenRefusal {
  readonly reason: ErrorCode;
  /** The state of the model vendor's BAA, when that is why (for the log). */
  readonly baa?: BaaStatus;
}

export interface Wire {
  readonly sent: WireDigest;
  readonly returned: WireDigest;
  sentBytes: number;
  returnedBytes: number;
}

/** The context a request starts with: its id, action and clock, nothing found or decided yet. */
export function newContext(request: Request, action: Action, purpose?: string): GatewayContext {
  return {
    requestId: randomUUID(),
    action,
    startedAt: performance.now(),
    headers: request.headers,
    request,
    signal: request.signal,
    identifiers: {},
    unresolved: 0,
    ...(purpose === undefined ? {} : { purpose }),
  };
}

export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new PhigateError('PHIGATE_INTERNAL', `Gateway stage order: ${what} is not set`);
  return value;
}
