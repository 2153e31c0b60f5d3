// Who may scrape /metrics (server.metrics.access), on real gateways listening on every address: a scrape
// from this host over loopback, and one from this host's own non-loopback address (so the server sees a
// peer that is not loopback, as it would a scraper on another machine).
import assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import { after, before, describe, test } from 'node:test';
import { type TestGateway, startTestGateway } from './harness.js';

/** This host's first non-internal IPv4 address, if it has one. */
const outside = Object.values(networkInterfaces())
  .flat()
  .find((a) => a !== undefined && a.family === 'IPv4' && !a.internal)?.address;
const noOutside = outside === undefined ? 'this host has no non-loopback IPv4 address' : false;

const TOKEN = 'scrape-token-7f3a9c';

async function scrape(gw: TestGateway, via: string, authorization?: string): Promise<{ status: number; type: string; body: string; challenge: string | null }> {
  const { port } = new URL(gw.url);
  const res = await fetch(`http://${via}:${port}/metrics`, authorization ? { headers: { authorization } } : {});
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text(), challenge: res.headers.get('www-authenticate') };
}

describe('server.metrics.access: loopback (the default)', () => {
  let gw: TestGateway;
  before(async () => (gw = await startTestGateway({ host: '0.0.0.0' })));
  after(() => gw.close());
  test('a scrape over loopback is served', async () => {
    const r = await scrape(gw, '127.0.0.1');
    assert.equal(r.status, 200);
    assert.match(r.body, /^# HELP phigate_/m);
  });
  test('a scrape from another address is refused with 403 in plain text naming the setting', { skip: noOutside }, async () => {
    const r = await scrape(gw, outside as string);
    assert.equal(r.status, 403);
    assert.match(r.type, /^text\/plain/);
    assert.match(r.body, /server\.metrics\.access: loopback/);
    assert.doesNotMatch(r.body, /phigate_/, 'no metric in the refusal');
  });
});

describe('server.metrics.access: token', () => {
  let gw: TestGateway;
  before(async () => (gw = await startTestGateway({ host: '0.0.0.0', more: { server: '  metrics: { access: token, token: env:METRICS_TOKEN }' }, env: { METRICS_TOKEN: TOKEN } })));
  after(() => gw.close());
  test('without the token, or with another, 401 with a Bearer challenge, even over loopback', async () => {
    for (const auth of [undefined, 'Bearer nope', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const r = await scrape(gw, '127.0.0.1', auth);
      assert.equal(r.status, 401, String(auth));
      assert.equal(r.challenge, 'Bearer realm="phigate-metrics"');
      assert.match(r.body, /server\.metrics\.access: token/);
      assert.ok(!r.body.includes(TOKEN), 'the token is never echoed');
    }
  });
  test('with the token, served from any address', async () => {
    assert.equal((await scrape(gw, '127.0.0.1', `Bearer ${TOKEN}`)).status, 200);
    if (outside !== undefined) assert.match((await scrape(gw, outside, `Bearer ${TOKEN}`)).body, /^# HELP phigate_/m);
  });
});

describe('server.metrics.access: open', () => {
  let gw: TestGateway;
  before(async () => (gw = await startTestGateway({ host: '0.0.0.0', more: { server: '  metrics: { access: open }' } })));
  after(() => gw.close());
  test('a scrape from another address is served', { skip: noOutside }, async () => {
    const r = await scrape(gw, outside as string);
    assert.equal(r.status, 200);
    assert.match(r.body, /^# HELP phigate_/m);
  });
});
