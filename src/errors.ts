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
  PHIGATE_UNAUTHENTICATED: { status: 401, type: 'authentication_error' },
  PHIGATE_FORBIDDEN: { status: 403, type: 'permission_error' },
  PHIGATE_CRYPTO_FAILURE: { status: 500, type: 'server_error' },
  PHIGATE_KEY_MISSING: { status: 500, type: 'server_error' },
  PHIGATE_STORE_FAILURE: { status: 500, type: 'server_error' },
  PHIGATE_KMS_UNAVAILABLE: { status: 503, type: 'server_error' }, // the key service (Vault, KMS) did not answer
  PHIGATE_AUDIT_ROOT_MISMATCH: { status: 500, type: 'server_error' },
  PHIGATE_AUDIT_INVALID_PROOF: { status: 400, type: 'invalid_request_error' },
  PHIGATE_AUDIT_INVALID_EVENT: { status: 400, type: 'invalid_request_error' },
  PHIGATE_AUDIT_BAD_SIGNATURE: { status: 500, type: 'server_error' },
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

  /** The OpenAI error envelope, so existing clients show the error well. */
  toEnvelope(): { error: { message: string; type: string; code: ErrorCode } } {
    return { error: { message: this.message, type: ERROR_CODES[this.code].type, code: this.code } };
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
