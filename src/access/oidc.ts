// OIDC bearer tokens: JWT access tokens from one configured issuer, verified with jose. The issuer's
// keys come from its discovery document's jwks_uri (the document's `issuer` must match exactly), and
// jose's remote key set refetches on an unknown key id, so the issuer can rotate keys. Algorithms are
// pinned by the config (never `none`); iss, aud, exp and nbf are checked against the injected clock.
// Each failure has its own code; messages never quote the token or its claims.
import { createHash } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { OidcConfig } from '../config/index.js';
import { PhigateError } from '../errors.js';
import { PRINCIPAL_ID, ROLE, type Principal } from './principal.js';

export interface OidcVerifier {
  verify(token: string, now: Date): Promise<Principal>;
}

const DIGIT_RUN = /\d{13}/;

/** An opaque principal id for a subject: the subject itself when it is code-shaped, else its hash. */
export function principalIdFor(sub: string): string {
  const id = `oidc:${sub}`;
  if (PRINCIPAL_ID.test(id) && !DIGIT_RUN.test(id)) return id;
  return `oidc:h_${createHash('sha256').update(sub).digest('base64url').slice(0, 22)}`;
}

function rolesOf(payload: JWTPayload, claim: string): string[] {
  const raw = payload[claim];
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(' ') : [];
  return [...new Set(list.filter((r): r is string => typeof r === 'string' && ROLE.test(r)))].slice(0, 16);
}

function refusal(err: unknown): PhigateError {
  if (err instanceof PhigateError) return err;
  if (err instanceof errors.JWTExpired) return new PhigateError('PHIGATE_CREDENTIALS_EXPIRED', 'The bearer token has expired: get a new one from your identity provider');
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'aud') return new PhigateError('PHIGATE_TOKEN_AUDIENCE', 'The bearer token was issued for another audience: request it for this gateway');
    if (err.claim === 'iss') return new PhigateError('PHIGATE_TOKEN_ISSUER', 'The bearer token comes from an issuer this gateway does not trust');
    if (err.claim === 'nbf') return new PhigateError('PHIGATE_TOKEN_NOT_YET_VALID', 'The bearer token is not valid yet (nbf): check the clocks');
    return new PhigateError('PHIGATE_BAD_CREDENTIALS', `The bearer token's ${err.claim} claim is not valid`);
  }
  if (err instanceof errors.JOSEAlgNotAllowed) return new PhigateError('PHIGATE_TOKEN_ALGORITHM', 'The bearer token is signed with an algorithm this gateway does not accept');
  if (err instanceof errors.JWSSignatureVerificationFailed || err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWKSMultipleMatchingKeys) {
    return new PhigateError('PHIGATE_TOKEN_SIGNATURE', "The bearer token's signature does not match the issuer's keys");
  }
  if (err instanceof errors.JWKSTimeout || (err instanceof errors.JOSEError && err.code === 'ERR_JOSE_GENERIC')) {
    return new PhigateError('PHIGATE_KMS_UNAVAILABLE', "The identity provider's keys could not be fetched; try again", { cause: err });
  }
  return new PhigateError('PHIGATE_BAD_CREDENTIALS', 'The bearer token is not a valid signed JWT');
}

/** Reads the alg from the header before verification, so `alg: none` gets its own clear refusal. */
function headerAlg(token: string): string | undefined {
  const head = token.split('.')[0] ?? '';
  try {
    const h = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: unknown };
    return typeof h.alg === 'string' ? h.alg : undefined;
  } catch {
    return undefined;
  }
}

export function createOidcVerifier(cfg: OidcConfig, tenant: string, fetchImpl: typeof fetch = fetch): OidcVerifier {
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  const discover = async (): Promise<ReturnType<typeof createRemoteJWKSet>> => {
    const url = `${cfg.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    const res = await fetchImpl(url, { signal: AbortSignal.timeout(5000) });
    if (!res.ok) throw new PhigateError('PHIGATE_KMS_UNAVAILABLE', `OIDC discovery answered HTTP ${res.status}`);
    const doc = (await res.json()) as { issuer?: unknown; jwks_uri?: unknown };
    if (doc.issuer !== cfg.issuer) throw new PhigateError('PHIGATE_BAD_CONFIG', 'The OIDC discovery document names another issuer than access.oidc.issuer');
    if (typeof doc.jwks_uri !== 'string') throw new PhigateError('PHIGATE_BAD_CONFIG', 'The OIDC discovery document has no jwks_uri');
    const jwks = new URL(doc.jwks_uri);
    const loopback = jwks.hostname === 'localhost' || /^127\./.test(jwks.hostname) || jwks.hostname === '[::1]';
    if (jwks.protocol !== 'https:' && !(cfg.allowInsecureLoopback && loopback)) throw new PhigateError('PHIGATE_BAD_CONFIG', 'The OIDC jwks_uri must be https');
    return createRemoteJWKSet(jwks, { timeoutDuration: 5000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
  };

  return {
    async verify(token, now) {
      const alg = headerAlg(token);
      if (alg === undefined) throw new PhigateError('PHIGATE_BAD_CREDENTIALS', 'The bearer token is not a valid signed JWT');
      if (!(cfg.algorithms as readonly string[]).includes(alg)) throw refusal(new errors.JOSEAlgNotAllowed('alg'));
      try {
        keys ??= discover().catch((err: unknown) => {
          keys = undefined; // try discovery again next time
          throw err;
        });
        const { payload } = await jwtVerify(token, await keys, {
          issuer: cfg.issuer,
          audience: cfg.audience,
          algorithms: [...cfg.algorithms],
          clockTolerance: cfg.clockToleranceSec,
          currentDate: now,
          requiredClaims: ['exp', 'sub'],
        });
        const sub = payload.sub as string;
        const id = principalIdFor(sub);
        return { tenant, id, kind: 'user', roles: rolesOf(payload, cfg.rolesClaim), credential: id, expiresAt: new Date((payload.exp as number) * 1000) };
      } catch (err) {
        throw refusal(err);
      }
    },
  };
}
