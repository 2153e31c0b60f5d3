// Who is calling: an API key or an OIDC access token as a bearer token (the OpenAI SDKs send
// `Authorization: Bearer <apiKey>`); `phg_` keys go to the store, anything else to the OIDC verifier.
// No credentials, a malformed or unknown key, a revoked key and an expired key each get their own code.
// A verified key is trusted for `server.authCacheMs` (default 2 s) without asking the store again, keyed
// by a hash of the presented key; so a revocation takes effect within that time.
import { type Principal, createOidcVerifier, isApiKeyShaped, verifyApiKey } from '../../access/index.js';
import { PhigateError } from '../../errors.js';
import { OldestFirst } from '../../oldest-first.js';
import type { Stage } from '../compose.js';
import type { GatewayDeps } from '../deps.js';
import { sha256 } from '../digest.js';

const BEARER = /^Bearer[ \t]+([\x21-\x7e]{1,8192})[ \t]*$/i;

const MAX_CACHED = 10_000;

export function authenticate(deps: GatewayDeps): Stage {
  const ttl = deps.config.server.authCacheMs;
  const tenant = deps.config.server.tenant;
  const oidc = deps.config.access.oidc ? createOidcVerifier(deps.config.access.oidc, tenant) : null;
  const check = (presented: string, now: Date): Promise<Principal> => {
    if (isApiKeyShaped(presented)) return verifyApiKey(deps.store.apiKeys, tenant, presented, now);
    if (oidc) return oidc.verify(presented, now);
    throw new PhigateError('PHIGATE_BAD_CREDENTIALS', 'The API key is not valid: phigate keys start with phg_ (this gateway accepts no OIDC tokens)');
  };
  const cache = new Map<string, { principal: Principal; until: number; expiresAt: number }>();
  const oldest = new OldestFirst(cache);

  async function verify(presented: string): Promise<Principal> {
    const now = deps.clock();
    if (ttl <= 0) return check(presented, now);
    const id = sha256(presented, 'base64');
    const hit = cache.get(id);
    const t = now.getTime();
    if (hit && hit.until > t && hit.expiresAt > t) return hit.principal;
    cache.delete(id);
    const principal = await check(presented, now);
    cache.set(id, { principal, until: t + ttl, expiresAt: principal.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY });
    if (cache.size > MAX_CACHED) oldest.evict();
    return principal;
  }

  return async function authenticateStage(ctx, next) {
    const header = ctx.headers.get('authorization');
    if (header === null || header.trim() === '') {
      throw new PhigateError('PHIGATE_UNAUTHENTICATED', 'No credentials: send an API key as `Authorization: Bearer phg_...`');
    }
    const m = BEARER.exec(header);
    if (!m) throw new PhigateError('PHIGATE_BAD_CREDENTIALS', 'The Authorization header must be `Bearer <API key>`');
    ctx.principal = await verify(m[1] as string);
    await next();
  };
}
