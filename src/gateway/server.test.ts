// Binding errors at start-up: a taken port gives PHIGATE_CANNOT_LISTEN naming the address and the
// setting to change, both from the early check and from `listen` itself (the port can be taken in between).
import assert from 'node:assert/strict';
import { type AddressInfo, createServer } from 'node:net';
import { after, before, test } from 'node:test';
import type { Gateway } from './app.js';
import { checkCanListen, listen, listenError } from './server.js';

const holder = createServer();
let taken = 0;
before(async () => {
  await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
  taken = (holder.address() as AddressInfo).port;
});
after(() => new Promise<void>((r) => holder.close(() => r())));

const gateway = { fetch: async () => new Response('ok'), drained: async () => undefined, stopAccepting: () => undefined, endStreams: () => undefined } as unknown as Gateway;

test('the early check refuses a taken port with a message naming the address, --port and server.port', async () => {
  await assert.rejects(checkCanListen('127.0.0.1', taken), (err: Error & { code?: string; details?: Record<string, unknown> }) => {
    assert.equal(err.code, 'PHIGATE_CANNOT_LISTEN');
    assert.equal(err.message, `127.0.0.1:${taken} is already in use by another process (an earlier phigate still running?): choose another with --port or server.port (or server.host) in phigate.yaml`);
    assert.deepEqual(err.details, { host: '127.0.0.1', port: taken, errno: 'EADDRINUSE' });
    return true;
  });
});

test('the early check leaves a free port free, and port 0 alone', async () => {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const free = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
  await checkCanListen('127.0.0.1', free);
  const server = await listen(gateway, { host: '127.0.0.1', port: free });
  assert.equal(server.port, free, 'the check released the port it bound');
  await server.close(0);
  await checkCanListen('127.0.0.1', 0);
});

test('listen itself maps a taken port to the same error (the port taken after the check)', async () => {
  await assert.rejects(listen(gateway, { host: '127.0.0.1', port: taken }), { code: 'PHIGATE_CANNOT_LISTEN', message: new RegExp(`^127\\.0\\.0\\.1:${taken} is already in use`) });
});

test('other bind failures name their reason; IPv6 hosts are bracketed', () => {
  const errno = (code: string) => Object.assign(new Error(code), { code });
  assert.match(listenError(errno('EACCES'), '0.0.0.0', 443).message, /^0\.0\.0\.0:443 needs privileges .*ports below 1024/);
  assert.match(listenError(errno('EADDRNOTAVAIL'), '::1', 8443).message, /^\[::1\]:8443 is on an address this machine does not have/);
  assert.match(listenError(errno('EWHATEVER'), '127.0.0.1', 1).message, /^127\.0\.0\.1:1 cannot be listened on \(EWHATEVER\)/);
  assert.match(listenError(null, '127.0.0.1', 1).message, /\(unknown error\)/);
});
