// Who is calling: an authenticated principal, as the policy and the audit event see it.
export interface Principal {
  readonly tenant: string;
  /** An opaque subject id such as `user:dr-lee` or `svc:scheduler` (never an email or a name). */
  readonly id: string;
  readonly kind: 'user' | 'service';
  readonly roles: readonly string[];
  /** How the caller proved it: the API key id, for logs and audit. */
  readonly credential: string;
  /** When the credential stops being valid (null: no expiry). */
  readonly expiresAt: Date | null;
}

/** Principal ids land in audit events and logs: an opaque code, never a person's name or email. */
export const PRINCIPAL_ID = /^[A-Za-z][A-Za-z0-9_.:/-]{0,127}$/;
export const ROLE = /^[a-z][a-z0-9_-]{0,31}$/;
