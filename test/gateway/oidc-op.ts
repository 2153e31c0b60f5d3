// A real OpenID provider on loopback for tests (the oidc-provider package): client-credentials grants
// issue ES256-signed JWT access tokens for the resource (audience) asked for, with a `roles` claim.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type JWTPayload, SignJWT, exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

export const AUDIENCE = 'https://phigate.test';

export interface TestOp {
  readonly issuer: string;
  /** A token for `resource` (default: the gateway's audience) from the client-credentials grant. */
  token(opts?: { resource?: string; client?: 'clinician-app' | 'no-roles-app' }): Promise<string>;
  readonly kid: string;
  /** Signs arbitrary claims with the OP's real key (to test claim checks the signature cannot catch). */
  signWithOpKey(claims: JWTPayload): Promise<string>;
  close(): Promise<void>;
}

export async function startOp(): Promise<TestOp> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'op-key-1', alg: 'ES256', use: 'sig' };
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const roles: Record<string, string[]> = { 'clinician-app': ['clinician'], 'no-roles-app': [] };
  const provider = new Provider(issuer, {
    clients: Object.keys(roles).map((id) => ({ client_id: id, client_secret: `${id}-secret`, grant_types: ['client_credentials'], redirect_uris: [], response_types: [], id_token_signed_response_alg: 'ES256' })),
    jwks: { keys: [jwk] },
    ttl: { ClientCredentials: 600 },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, resource: string) => ({ scope: 'api', audience: resource, accessTokenFormat: 'jwt', accessTokenTTL: 600, jwt: { sign: { alg: 'ES256' } } }),
      },
    },
    extraTokenClaims: (_ctx: unknown, token: { clientId?: string }) => ({ roles: roles[token.clientId ?? ''] ?? [] }),
  });
  server.on('request', provider.callback());
  return {
    issuer,
    kid: jwk.kid,
    signWithOpKey: (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: jwk.kid }).sign(privateKey),
    async token(opts = {}) {
      const client = opts.client ?? 'clinician-app';
      const res = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${client}:${client}-secret`).toString('base64')}` },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'api', resource: opts.resource ?? AUDIENCE }).toString(),
      });
      const body = (await res.json()) as { access_token?: string; error?: string; error_description?: string };
      if (!body.access_token) throw new Error(`token request failed: ${body.error} ${body.error_description}`);
      return body.access_token;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
