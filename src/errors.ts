// One error type for the whole project: a stable code, a message a person can act on, and never PHI.
// A single table maps each code to an HTTP status and the OpenAI error envelope.

export const ERROR_CODES = {
  PHIGATE_BAD_INPUT: { status: 400, type: 'invalid_request_error' },
  PHIGATE_USAGE: { status: 400, type: 'invalid_request_error' }, // a command line that can't be run as given
  PHIGATE_BAD_CONFIG: { status: 500, type: 'server_error' },
  PHIGATE_INVALID_UTF8: { status: 400, type: 'invalid_request_error' },
  PHIGATE_BINARY_INPUT: { status: 400, type: 'invalid_request_error' },
  PHIGATE_MALFORMED_JSON: { status: 400, type: 'invalid_request_error' },
  PHIGATE_INPUT_TOO_LARGE: { status: 413, type: 'invalid_request_error' },
  PHIGATE_UNKNOWN_TRANSFORM: { status: 400, type: 'invalid_request_error' },
  PHIGATE_BAD_RECOGNIZER: { status: 400, type: 'invalid_request_error' },
  PHIGATE_TOKEN_UNKNOWN: { status: 400, type: 'invalid_request_error' },
  PHIGATE_NOT_FOUND: { status: 404, type: 'invalid_request_error' },
  PHIGATE_METHOD_NOT_ALLOWED: { status: 405, type: 'invalid_request_error' }, // a known path asked with another method (the Allow header lists its methods)
  PHIGATE_FILE_ACCESS: { status: 500, type: 'server_error' }, // a file or directory the command named can't be read or written (the message names the path)
  PHIGATE_UNAUTHENTICATED: { status: 401, type: 'authentication_error' },
  PHIGATE_FORBIDDEN: { status: 403, type: 'permission_error' },
  PHIGATE_CRYPTO_FAILURE: { status: 500, type: 'server_error' },
  PHIGATE_KEY_MISSING: { status: 500, type: 'server_error' },
  PHIGATE_STORE_FAILURE: { status: 500, type: 'server_error' },
  PHIGATE_STORE_IN_USE: { status: 503, type: 'server_error' }, // another process owns the embedded store (its data directory's lock)
  PHIGATE_KMS_UNAVAILABLE: { status: 503, type: 'server_error' }, // the key service (Vault, KMS) did not answer
  PHIGATE_AUDIT_ROOT_MISMATCH: { status: 500, type: 'server_error' },
  PHIGATE_AUDIT_INVALID_PROOF: { status: 400, type: 'invalid_request_error' },
  PHIGATE_AUDIT_INVALID_EVENT: { status: 400, type: 'invalid_request_error' },
  PHIGATE_AUDIT_BAD_SIGNATURE: { status: 500, type: 'server_error' },
  // The gateway (src/gateway, src/access, src/vendors, src/providers).
  PHIGATE_BAD_CREDENTIALS: { status: 401, type: 'authentication_error' }, // an API key or token that is not valid
  PHIGATE_CREDENTIALS_REVOKED: { status: 401, type: 'authentication_error' },
  PHIGATE_CREDENTIALS_EXPIRED: { status: 401, type: 'authentication_error' },
  PHIGATE_TOKEN_SIGNATURE: { status: 401, type: 'authentication_error' }, // an OIDC token not signed by the issuer's keys
  PHIGATE_TOKEN_ALGORITHM: { status: 401, type: 'authentication_error' }, // an algorithm outside the pinned list (alg: none included)
  PHIGATE_TOKEN_AUDIENCE: { status: 401, type: 'authentication_error' },
  PHIGATE_TOKEN_ISSUER: { status: 401, type: 'authentication_error' },
  PHIGATE_TOKEN_NOT_YET_VALID: { status: 401, type: 'authentication_error' },
  PHIGATE_FORBIDDEN_PATIENT: { status: 403, type: 'permission_error' }, // the caller is not on the patient's care team
  PHIGATE_PATIENT_REQUIRED: { status: 403, type: 'permission_error' }, // the policy wants the request to name its patient
  PHIGATE_FORBIDDEN_PURPOSE: { status: 403, type: 'permission_error' },
  PHIGATE_MODEL_NOT_ALLOWED: { status: 403, type: 'permission_error' }, // audited; a caller allowed no request on the model is answered PHIGATE_UNKNOWN_MODEL
  PHIGATE_VENDOR_NOT_ALLOWED: { status: 403, type: 'permission_error' },
  PHIGATE_CONTENT_NOT_ALLOWED: { status: 403, type: 'permission_error' }, // images, audio or files for a de-identified vendor
  PHIGATE_PARAM_NOT_ALLOWED: { status: 400, type: 'invalid_request_error' }, // a client parameter that would switch on storage or training
  PHIGATE_UNKNOWN_MODEL: { status: 404, type: 'invalid_request_error' },
  PHIGATE_UNSUPPORTED_MEDIA_TYPE: { status: 415, type: 'invalid_request_error' },
  PHIGATE_UPSTREAM_ERROR: { status: 502, type: 'server_error' }, // the vendor failed (5xx, unreachable, a broken stream)
  PHIGATE_UPSTREAM_BAD_REQUEST: { status: 400, type: 'invalid_request_error' }, // the vendor refused the request as not valid (its 400 or 422)
  PHIGATE_UPSTREAM_NOT_FOUND: { status: 404, type: 'invalid_request_error' }, // the vendor knows no such model or resource
  PHIGATE_UPSTREAM_TOO_LARGE: { status: 413, type: 'invalid_request_error' }, // larger than the vendor accepts
  PHIGATE_UPSTREAM_CREDENTIALS: { status: 502, type: 'server_error' }, // the vendor refused the gateway's own key for it (its 401 or 403)
  PHIGATE_UPSTREAM_RATE_LIMITED: { status: 503, type: 'server_error' }, // the vendor's 429 after the retries: the gateway's quota, not the caller's
  PHIGATE_UPSTREAM_TIMEOUT: { status: 504, type: 'server_error' },
  PHIGATE_NOT_READY: { status: 503, type: 'server_error' },
  PHIGATE_SHUTTING_DOWN: { status: 503, type: 'server_error' }, // the gateway is stopping: a request after SIGTERM, or a stream cut at the end of the grace period
  PHIGATE_DEID_UNAVAILABLE: { status: 503, type: 'server_error' }, // an analysis thread stopped or is restarting: nothing was sent
  PHIGATE_RATE_LIMITED: { status: 429, type: 'rate_limit_error' },
  PHIGATE_CANNOT_LISTEN: { status: 500, type: 'server_error' }, // the gateway's port is taken, privileged or not on this machine
  PHIGATE_INTERNAL: { status: 500, type: 'server_error' },
} as const satisfies Record<string, { status: number; type: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Messages must never contain PHI: name the field, line or record id, not the value. */
export class PhigateError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, string | number | boolean>> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: Record<string, string | number | boolean> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PhigateError';
    this.code = code;
    this.details = options?.details;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  /**
   * The OpenAI error envelope, so existing clients show the error well. `param` is the request field at
   * fault when one is known (a field this gateway refused, or the one an upstream named), as OpenAI's is.
   */
  toEnvelope(): { error: { message: string; type: string; param: string | null; code: ErrorCode } } {
    const param = this.details?.['upstreamParam'] ?? this.details?.['field'];
    return { error: { message: this.message, type: ERROR_CODES[this.code].type, param: typeof param === 'string' && param !== '' ? param : null, code: this.code } };
  }
}

/**
 * For catch blocks: keeps a PhigateError, and turns anything else into a generic internal error whose
 * message does not echo the original (which might hold input text).
 */
export function normalizeError(err: unknown): PhigateError {
  if (err instanceof PhigateError) return err;
  return new PhigateError('PHIGATE_INTERNAL', 'Internal error', { cause: err });
}
