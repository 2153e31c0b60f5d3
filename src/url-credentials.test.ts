// The URL credentials' one home: found, split off (decoded), and sent only by a provider with no credential of its own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasUrlCredentials, splitUrlCredentials, urlCredentialsSent } from './url-credentials.js';

test('found in the user or the password part, split off decoded, the URL left without them', () => {
  assert.equal(hasUrlCredentials(new URL('https://u:p@h.example.org/v1')), true);
  assert.equal(hasUrlCredentials(new URL('https://u@h.example.org/v1')), true);
  assert.equal(hasUrlCredentials(new URL('https://:p@h.example.org/v1')), true);
  assert.equal(hasUrlCredentials(new URL('https://h.example.org/v1')), false);
  assert.deepEqual(splitUrlCredentials('https://u%40x:p%3Aw@h.example.org/v1'), { baseUrl: 'https://h.example.org/v1', credentials: { username: 'u@x', password: 'p:w' } });
  assert.deepEqual(splitUrlCredentials('https://h.example.org/v1'), { baseUrl: 'https://h.example.org/v1', credentials: null });
  assert.deepEqual(splitUrlCredentials('not a url'), { baseUrl: 'not a url', credentials: null });
});

test('sent only when the provider has neither an API key nor basicAuth (the config passes a secret reference)', () => {
  assert.equal(urlCredentialsSent({}), true);
  assert.equal(urlCredentialsSent({ apiKey: null, basicAuth: null }), true);
  assert.equal(urlCredentialsSent({ apiKey: 'sk-x' }), false);
  assert.equal(urlCredentialsSent({ apiKey: { kind: 'env', name: 'K' } }), false);
  assert.equal(urlCredentialsSent({ basicAuth: { username: 'a', password: 'b' } }), false);
});
