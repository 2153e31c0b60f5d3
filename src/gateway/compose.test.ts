// The pipeline composer: stages run in order around `next`, errors reach outer stages, next() twice fails.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PhigateError } from '../errors.js';
import { type Stage, compose } from './compose.js';
import type { GatewayContext } from './context.js';

const ctx = (): GatewayContext => ({
  requestId: 'r',
  action: 'models.list',
  startedAt: 0,
  headers: new Headers(),
  request: new Request('http://x/'),
  signal: new AbortController().signal,
  identifiers: {},
  unresolved: 0,
});

test('stages wrap each other like an onion', async () => {
  const seen: string[] = [];
  const stage = (name: string): Stage => async (_c, next) => {
    seen.push(`${name}>`);
    await next();
    seen.push(`<${name}`);
  };
  await compose([stage('a'), stage('b'), stage('c')])(ctx());
  assert.deepEqual(seen, ['a>', 'b>', 'c>', '<c', '<b', '<a']);
});

test('an inner error reaches the outer stage, which sees it', async () => {
  let caught: unknown;
  const outer: Stage = async (_c, next) => {
    try {
      await next();
    } catch (err) {
      caught = err;
      throw err;
    }
  };
  const inner: Stage = async () => {
    throw new PhigateError('PHIGATE_FORBIDDEN', 'no');
  };
  await assert.rejects(compose([outer, inner])(ctx()), { code: 'PHIGATE_FORBIDDEN' });
  assert.ok(caught instanceof PhigateError);
});

test('calling next() twice is refused', async () => {
  const twice: Stage = async (_c, next) => {
    await next();
    await next();
  };
  await assert.rejects(compose([twice, async () => undefined])(ctx()), { code: 'PHIGATE_INTERNAL' });
});
