// BAA status and routing: which data mode each vendor gets, and that every refusal is
// PHIGATE_VENDOR_NOT_ALLOWED, with expiry decided by the clock passed in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ModelConfig, VendorConfig } from '../config/index.js';
import { PhigateError } from '../errors.js';
import { baaStatus } from './baa.js';
import { enforceParams } from './params.js';
import { decideRoute, readBaa, readingHolds, routeFor, routeModel } from './route.js';

const start = new Date('2025-01-01T00:00:00Z');
const end = new Date('2026-01-01T00:00:00Z');
const inside = new Date('2025-06-01T00:00:00Z');
const baa = { signed: true, start, end, services: ['chat'] as const, tiers: ['enterprise'] };

const vendor = (over: Partial<VendorConfig>): VendorConfig => ({
  id: 'v',
  provider: 'openai-compatible',
  baseUrl: 'https://x',
  apiKey: null,
  basicAuth: null,
  allowInsecureLoopback: false,
  azureApiVersion: null,
  region: 'us',
  dataClasses: ['phi'],
  baa: { ...baa, services: [...baa.services] },
  noTrain: true,
  retentionDays: 0,
  enforceParams: { store: false },
  ...over,
});
const model: ModelConfig = { id: 'm', vendor: 'v', upstream: 'm', service: 'chat', tier: 'enterprise' };

test('baaStatus at the edges of its dates, services and tiers', () => {
  const b = vendor({}).baa;
  assert.equal(baaStatus(b, 'chat', 'enterprise', inside), 'active');
  assert.equal(baaStatus(b, 'chat', 'enterprise', start), 'active', 'start is inclusive');
  assert.equal(baaStatus(b, 'chat', 'enterprise', new Date(start.getTime() - 1)), 'not-started');
  assert.equal(baaStatus(b, 'chat', 'enterprise', new Date(end.getTime() - 1)), 'active');
  assert.equal(baaStatus(b, 'chat', 'enterprise', end), 'expired', 'end is exclusive: refused from that moment');
  assert.equal(baaStatus(b, 'embeddings', 'enterprise', inside), 'service-not-covered');
  assert.equal(baaStatus(b, 'chat', 'free', inside), 'tier-not-covered');
  assert.equal(baaStatus(b, 'chat', null, inside), 'tier-not-covered');
  assert.equal(baaStatus({ ...baa, services: ['chat'], signed: false }, 'chat', 'enterprise', inside), 'unsigned');
  assert.equal(baaStatus(null, 'chat', null, inside), 'none');
});

const refused = (fn: () => unknown): void => assert.throws(fn, (e: unknown) => e instanceof PhigateError && e.code === 'PHIGATE_VENDOR_NOT_ALLOWED');

test('routing by data class and BAA', () => {
  assert.equal(routeModel(model, vendor({}), inside, { deidentifiedOnly: false }).mode, 'phi');
  assert.equal(routeModel(model, vendor({ dataClasses: ['phi', 'deidentified'] }), inside, { deidentifiedOnly: true }).mode, 'deidentified');
  assert.equal(routeModel(model, vendor({ dataClasses: ['deidentified'], baa: null }), inside, { deidentifiedOnly: false }).mode, 'deidentified');
  assert.equal(routeModel(model, vendor({ dataClasses: ['phi', 'deidentified'] }), new Date(start.getTime() - 1), { deidentifiedOnly: false }).mode, 'deidentified', 'before the BAA starts: de-identified only');
  refused(() => routeModel(model, vendor({ baa: null }), inside, { deidentifiedOnly: false }));
  refused(() => routeModel(model, vendor({}), end, { deidentifiedOnly: false }));
  refused(() => routeModel(model, vendor({ dataClasses: ['phi', 'deidentified'] }), end, { deidentifiedOnly: false }));
  refused(() => routeModel(model, vendor({}), inside, { deidentifiedOnly: true }));
  refused(() => routeModel({ ...model, service: 'embeddings' }, vendor({}), inside, { deidentifiedOnly: false }));
});

test('a refusal no request could avoid is of the model; one a request naming its patient avoids is of the request', () => {
  const kind = (v: VendorConfig, now: Date, deidentifiedOnly: boolean): string => {
    const d = decideRoute(model, v, now, { deidentifiedOnly });
    return 'refused' in d ? `${d.refused}:${d.baa}` : d.mode;
  };
  assert.equal(kind(vendor({}), inside, true), 'request:active');
  assert.equal(kind(vendor({}), inside, false), 'phi');
  assert.equal(kind(vendor({}), new Date(start.getTime() - 1), false), 'model:not-started');
  assert.equal(kind(vendor({}), new Date(start.getTime() - 1), true), 'model:not-started');
  assert.equal(kind(vendor({}), end, false), 'model:expired');
  assert.equal(kind(vendor({ dataClasses: ['phi', 'deidentified'] }), end, true), 'model:expired');
  assert.equal(kind(vendor({ baa: null }), inside, false), 'model:none');
  assert.equal(kind(vendor({ dataClasses: ['phi', 'deidentified'] }), new Date(start.getTime() - 1), false), 'deidentified');
  assert.throws(() => routeModel(model, vendor({}), inside, { deidentifiedOnly: true }), (e: unknown) => e instanceof PhigateError && /name the patient/.test(e.message) && e.details?.['baa'] === 'active');
});

test('enforced parameters are set, and a client asking otherwise is refused', () => {
  const v = vendor({ enforceParams: { store: false, safety: 'strict' } });
  assert.deepEqual(enforceParams({ model: 'm' }, v), { model: 'm', store: false, safety: 'strict' });
  assert.deepEqual(enforceParams({ model: 'm', store: false }, v), { model: 'm', store: false, safety: 'strict' });
  for (const body of [{ store: true }, { safety: 'off' }]) {
    assert.throws(() => enforceParams(body, v), { code: 'PHIGATE_PARAM_NOT_ALLOWED' });
  }
  assert.throws(() => enforceParams({ store: true }, vendor({ enforceParams: {} })), { code: 'PHIGATE_PARAM_NOT_ALLOWED' }, 'store: true is refused for every vendor');
});

test('a reading of the BAA holds until its next start or end, and routes as decideRoute does', () => {
  const v = vendor({ dataClasses: ['phi', 'deidentified'] });
  const before = new Date(start.getTime() - 1);
  assert.deepEqual(readBaa(model, v, before), { baa: 'not-started', until: start.getTime() });
  assert.deepEqual(readBaa(model, v, inside), { baa: 'active', until: end.getTime() });
  assert.deepEqual(readBaa(model, v, end), { baa: 'expired', until: null });
  assert.deepEqual(readBaa(model, vendor({ baa: null }), inside), { baa: 'none', until: null });
  assert.deepEqual(readBaa(model, vendor({ baa: { ...baa, services: ['chat'], end: null } }), inside), { baa: 'active', until: null }, 'no end: holds for good');
  const r = readBaa(model, v, inside);
  assert.equal(readingHolds(r, new Date(end.getTime() - 1)), true);
  assert.equal(readingHolds(r, end), false, 'not at the instant the BAA ends');
  for (const at of [before, inside, end]) {
    for (const deidentifiedOnly of [false, true]) {
      for (const vv of [v, vendor({}), vendor({ dataClasses: ['deidentified'] })]) {
        assert.deepEqual(routeFor(readBaa(model, vv, at), vv, { deidentifiedOnly }), decideRoute(model, vv, at, { deidentifiedOnly }));
      }
    }
  }
});
