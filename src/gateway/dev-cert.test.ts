// The development certificate: parses as X.509 with the right names and dates, verifies with its own
// key, and a real TLS 1.2+ handshake to 127.0.0.1 succeeds when the client trusts it (and fails otherwise).
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { once } from 'node:events';
import { createServer, request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { createDevCertificate } from './dev-cert.js';

test('a self-signed certificate for localhost and loopback addresses', () => {
  const now = new Date('2026-03-01T00:00:00Z');
  const c = createDevCertificate({ now, days: 30 });
  const x = new X509Certificate(c.certPem);
  assert.match(x.subjectAltName ?? '', /DNS:localhost/);
  assert.match(x.subjectAltName ?? '', /IP Address:127\.0\.0\.1/);
  assert.equal(x.checkHost('localhost'), 'localhost');
  assert.equal(x.checkIP('127.0.0.1'), '127.0.0.1');
  assert.equal(new Date(x.validTo).getTime(), Math.floor(c.notAfter.getTime() / 1000) * 1000);
  assert.ok(x.verify(x.publicKey), 'signed by its own key');
  assert.equal(x.ca, false);
});

test('every certificate parses: its serial is positive and minimal in DER (a leading zero byte was refused)', () => {
  // Before the fix about one serial in 256 began with 0x00 and a byte under 0x80, which OpenSSL rejects.
  for (let i = 0; i < 600; i++) {
    const x = new X509Certificate(createDevCertificate().certPem);
    assert.equal(x.serialNumber.length, 32, 'sixteen bytes');
    assert.match(x.serialNumber, /^[4-7]/);
  }
});

test('a TLS handshake works for a client that trusts it, and only then', async () => {
  const c = createDevCertificate();
  const server = createServer({ cert: c.certPem, key: c.keyPem, minVersion: 'TLSv1.2' }, (_req, res) => res.end('ok'));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  const get = (ca?: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/', ...(ca ? { ca } : {}) }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve(body));
      });
      req.on('error', reject);
      req.end();
    });
  try {
    assert.equal(await get(c.certPem), 'ok');
    await assert.rejects(get(), /self[- ]signed/i);
  } finally {
    server.close();
  }
});
