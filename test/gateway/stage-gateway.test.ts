// bench:gateway-stages serves the gateway through a timing wrapper (bench/lib/stage-gateway.mjs). It must
// hand the gateway every argument the server gives fetch (the connection's peer: its address, its cut)
// and every call of the server's shutdown, or the bench measures a gateway that behaves otherwise (its
// /metrics refused for want of the peer's address; a run that crashed at its end for want of endStreams).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timedGateway } from '../../bench/lib/stage-gateway.mjs';
import { type Gateway, type Peer, listen } from '../../src/gateway/index.js';

test('the timing wrapper passes the peer to fetch and the shutdown calls through, and times fetch', async () => {
  const calls: string[] = [];
  const peers: Array<Peer | undefined> = [];
  let inFlight = 0;
  const inner: Gateway = {
    async fetch(_request, peer) {
      peers.push(peer);
      return new Response('ok');
    },
    get inFlight() {
      return inFlight;
    },
    drained: async () => void calls.push('drained'),
    stopAccepting: (graceMs) => void calls.push(`stopAccepting ${graceMs}`),
    endStreams: () => void calls.push('endStreams'),
  };
  const record: Record<string, number> = {};
  const wrapped = timedGateway(inner, () => record);
  inFlight = 3;
  assert.equal(wrapped.inFlight, 3, 'a getter of the gateway, read when asked');
  const server = await listen(wrapped, { host: '127.0.0.1', port: 0 });
  try {
    assert.equal(await (await fetch(`${server.url}/anything`)).text(), 'ok');
  } finally {
    inFlight = 0;
    await server.close(50);
  }
  assert.equal(peers.length, 1);
  assert.equal(peers[0]?.remoteAddress, '127.0.0.1', "the connection's address reached the gateway");
  assert.equal(typeof peers[0]?.cut, 'function', 'and the means to cut an answer short');
  assert.ok(record['fetch'] !== undefined && record['fetchEnd'] !== undefined && record['fetchEnd'] >= record['fetch'], 'fetch was timed');
  assert.deepEqual(calls.slice(0, 2), ['stopAccepting 50', 'drained'], 'the shutdown reached the gateway');
});
