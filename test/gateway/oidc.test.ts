// OIDC bearer tokens against a real OpenID provider on loopback (oidc-provider): discovery, JWKS,
// pinned algorithms, iss/aud/exp checks, and roles from the token. Each refusal (no credentials is in
// refusals.test.ts) has its own code and an audit event.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SignJWT, generateKeyPair } from 'jose';
import OpenAI from 'openai';
import { T0, type TestGateway, startTestGateway } from './harness.js';
import { AUDIENCE, type TestOp, startOp } from './oidc-op.js';

let op: TestOp;
let gw: TestGateway;
before(async () => {
  op = await startOp();
  gw = await startTestGateway({ oidcIssuer: op.issuer });
});
after(async () => {
  await gw?.close();
  await op?.close();
});

// The OP's tokens carry the real time; the gateway's clock follows it for these tests.
const realNow = (): void => gw.setNow(new Date());

async function refused(token: string, code: string): Promise<void> {
  const res = await fetch(`${gw.url}/v1/models`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(res.status, 401, code);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, code);
  const ev = (await gw.auditEvents()).find((e) => e.requestId === res.headers.get('x-request-id'));
  assert.equal(ev?.decision, 'deny');
  assert.equal(ev?.reason, code);
}

test('a token from the trusted issuer works with the openai SDK; roles come from the token', async () => {
  realNow();
  const client = new OpenAI({ apiKey: await op.token(), baseURL: `${gw.url}/v1`, maxRetries: 0 });
  const res = await client.chat.completions.create({ model: 'gpt-deid', messages: [{ role: 'user', content: 'Hello from an OIDC client' }] });
  assert.match(res.choices[0]?.message.content ?? '', /Hello from an OIDC client/);
  const ev = (await gw.auditEvents()).at(-1);
  assert.equal(ev?.actor.id, 'oidc:clinician-app');
  assert.deepEqual(ev?.actor.roles, ['clinician']);
  const none = new OpenAI({ apiKey: await op.token({ client: 'no-roles-app' }), baseURL: `${gw.url}/v1`, maxRetries: 0 });
  // A token whose roles grant nothing: every model is as unknown to it as one that does not exist.
  await assert.rejects(none.chat.completions.create({ model: 'gpt-deid', messages: [{ role: 'user', content: 'x' }] }), (err: unknown) => err instanceof OpenAI.NotFoundError && err.code === 'PHIGATE_UNKNOWN_MODEL');
  const refusal = (await gw.auditEvents()).at(-1);
  assert.deepEqual([refusal?.actor.id, refusal?.decision, refusal?.reason, refusal?.model], ['oidc:no-roles-app', 'deny', 'PHIGATE_MODEL_NOT_ALLOWED', 'gpt-deid']);
});

test('wrong audience', async () => {
  realNow();
  await refused(await op.token({ resource: 'https://another-api.test' }), 'PHIGATE_TOKEN_AUDIENCE');
});

test('expired token', async () => {
  const token = await op.token();
  try {
    gw.setNow(new Date(Date.now() + 3600_000));
    await refused(token, 'PHIGATE_CREDENTIALS_EXPIRED');
  } finally {
    gw.setNow(T0);
  }
});

test('wrongly signed token (right kid and claims, another key)', async () => {
  realNow();
  const { privateKey } = await generateKeyPair('ES256');
  const forged = await new SignJWT({ roles: ['clinician'] })
    .setProtectedHeader({ alg: 'ES256', kid: op.kid })
    .setIssuer(op.issuer)
    .setAudience(AUDIENCE)
    .setSubject('clinician-app')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(privateKey);
  await refused(forged, 'PHIGATE_TOKEN_SIGNATURE');
});

test('alg: none, and an algorithm outside the pinned list', async () => {
  realNow();
  const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const claims = { iss: op.issuer, aud: AUDIENCE, sub: 'clinician-app', roles: ['clinician'], exp: Math.floor(Date.now() / 1000) + 300 };
  await refused(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`, 'PHIGATE_TOKEN_ALGORITHM');
  const { privateKey } = await generateKeyPair('RS256');
  const rs = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: op.kid }).sign(privateKey);
  await refused(rs, 'PHIGATE_TOKEN_ALGORITHM');
});

test('a token from another issuer', async () => {
  realNow();
  const { privateKey } = await generateKeyPair('ES256');
  const other = await new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: op.kid }).setIssuer('https://evil.test').setAudience(AUDIENCE).setSubject('x').setExpirationTime('5m').sign(privateKey);
  // The signature is checked before the claims: a foreign token fails on the key first.
  await refused(other, 'PHIGATE_TOKEN_SIGNATURE');
});

test('right key, wrong issuer; and a token not valid yet', async () => {
  realNow();
  const now = Math.floor(Date.now() / 1000);
  const base = { aud: AUDIENCE, sub: 'clinician-app', roles: ['clinician'], exp: now + 300 };
  await refused(await op.signWithOpKey({ ...base, iss: 'https://evil.test' }), 'PHIGATE_TOKEN_ISSUER');
  await refused(await op.signWithOpKey({ ...base, iss: op.issuer, nbf: now + 120 }), 'PHIGATE_TOKEN_NOT_YET_VALID');
  assert.equal((await fetch(`${gw.url}/v1/models`, { headers: { authorization: `Bearer ${await op.signWithOpKey({ ...base, iss: op.issuer })}` } })).status, 200, 'the same claims with the right issuer pass');
});

test('garbage that is neither an API key nor a JWT', async () => {
  await refused('not-a-token', 'PHIGATE_BAD_CREDENTIALS');
});
