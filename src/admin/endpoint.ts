// One admin endpoint: its method and path under /admin/v1, the audit action code it is recorded as,
// the admin scope that may call it (src/access/admin-policy.ts), the purpose of use its audit event
// carries, and a handler that validates its input and returns a reply.
import type { AdminScope, Principal } from '../access/index.js';
import type { GatewayDeps } from '../gateway/deps.js';
import type { AdminPorts } from './deps.js';

export type AdminAction = `admin.${string}`;

export type AdminReply =
  | { readonly kind: 'json'; readonly status: number; readonly body: unknown }
  | { readonly kind: 'text'; readonly status: number; readonly contentType: string; readonly text: string; readonly filename?: string }
  /**
   * Written as it is read (backpressure), e.g. the SIEM export. `from`, for a reply a client can resume, is
   * where one cut off before any line resumes; each line's `next`, where one resumes after it.
   */
  | { readonly kind: 'lines'; readonly contentType: string; readonly lines: AsyncIterable<ReplyLine>; readonly from?: number };

/** One line of a streamed reply, without its newline. */
export interface ReplyLine {
  readonly text: string;
  /** In a resumable reply, the position a client resumes from after this line (the export's next sequence). */
  readonly next?: number;
}

export interface AdminCall {
  readonly principal: Principal;
  readonly tenant: string;
  readonly request: Request;
  /** Path parameters, percent-decoded. */
  readonly params: Readonly<Record<string, string>>;
  readonly url: URL;
  readonly now: Date;
  /** Records the patient this call concerns; the audit event carries only its keyed hash. Call after validating the id. */
  concerns(patient: { id: string } | { ref: string }): void;
  /** Records the principal or API key (`apikey:<id>`) this call acts on; the audit event carries it. Call after validating it. */
  actsOn(target: string): void;
}

export interface Endpoint {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Hono path under /admin/v1, e.g. `/api-keys/:id/revoke`. */
  readonly path: string;
  readonly action: AdminAction;
  readonly scope: AdminScope;
  readonly purpose: 'HSYSADMIN' | 'HOPERAT';
  handle(call: AdminCall): Promise<AdminReply>;
}

export type EndpointFactory = (deps: GatewayDeps, ports: AdminPorts) => readonly Endpoint[];

export const json = (body: unknown, status = 200): AdminReply => ({ kind: 'json', status, body });
