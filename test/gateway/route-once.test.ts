// The BAA is read once per request, by resolve-model before authorization (so a model no request could
// reach answers as an unknown one), and the route stage applies the request's access to that reading.
// A BAA that ends between the two stages is never used: the route stage reads it again once its end
// has passed, and refuses the model as unknown, the real reason kept for the audit event.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAccessPolicy } from '../../src/access/cedar/index.js';
import { parseConfig } from '../../src/config/index.js';
import { PhigateError } from '../../src/errors.js';
import { type GatewayContext, type Stage, compose } from '../../src/gateway/index.js';
import { newContext } from '../../src/gateway/context.js';
import type { GatewayDeps } from '../../src/gateway/deps.js';
import { resolveModel } from '../../src/gateway/stages/resolve-model.js';
import { route } from '../../src/gateway/stages/route.js';
import { BAA_END, gatewayYaml } from './harness.js';

const config = parseConfig(gatewayYaml('http://127.0.0.1:9/v1'), 'test.yaml');
const policy = createAccessPolicy(config);
const provider = {} as GatewayDeps['providers'][string];

/** resolve-model, then a stand-in for authorize that moves the clock to `later`, then route. */
async function run(model: string, first: Date, later: Date): Promise<{ ctx: GatewayContext; error?: PhigateError }> {
  let now = first;
  const deps = { config, clock: () => now, providers: Object.fromEntries(Object.keys(config.vendors).map((v) => [v, provider])) } as unknown as GatewayDeps;
  const authorizeLate: Stage = async function authorizeLate(ctx, next) {
    ctx.access = { patient: 'pt-1', purpose: 'TREAT', breakGlass: false, reason: 'OK', deidentifiedOnly: false };
    now = later;
    await next();
  };
  const ctx = newContext(new Request('http://localhost/v1/chat/completions', { method: 'POST' }), 'chat.completion');
  ctx.principal = { tenant: 'clinic-a', id: 'user:dr-lee', kind: 'user', roles: ['clinician'], credential: 'k', expiresAt: null };
  ctx.call = { kind: 'chat', body: { model, messages: [{ role: 'user', content: 'hi' }] } };
  try {
    await compose([resolveModel(deps, policy), authorizeLate, route(deps)])(ctx);
    return { ctx };
  } catch (err) {
    return { ctx, error: err as PhigateError };
  }
}

const end = new Date(BAA_END);
const justBefore = new Date(end.getTime() - 1);

test('a BAA active at resolve-model routes PHI when it still holds at the route stage', async () => {
  const { ctx, error } = await run('gpt-expiring', new Date(end.getTime() - 10), justBefore);
  assert.equal(error, undefined);
  assert.equal(ctx.route?.mode, 'phi');
  assert.equal(ctx.baa?.until, end.getTime(), 'the reading carried in the context');
});

test('a BAA that ends between resolve-model and the route stage is not used: the model is refused as unknown', async () => {
  const { ctx, error } = await run('gpt-expiring', justBefore, end);
  assert.ok(error instanceof PhigateError);
  assert.equal(error.code, 'PHIGATE_UNKNOWN_MODEL', 'told as unknown, exactly as at resolve-model');
  assert.equal(ctx.route, undefined, 'no route');
  assert.deepEqual(ctx.hidden, { reason: 'PHIGATE_VENDOR_NOT_ALLOWED', baa: 'expired' }, 'the real reason kept');
});

test('a BAA already ended at resolve-model is refused there, before any later stage', async () => {
  const { ctx, error } = await run('gpt-expiring', end, end);
  assert.equal(error?.code, 'PHIGATE_UNKNOWN_MODEL');
  assert.equal(ctx.access, undefined, 'refused before authorization');
});
