import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Metrics } from './metrics.js';

test('a counter keeps one series per label set, whatever order the labels come in', () => {
  const m = new Metrics();
  m.inc('phigate_requests_total', 'Requests.', { action: 'chat.completion', status: '200', code: 'OK' });
  m.inc('phigate_requests_total', 'Requests.', { code: 'OK', status: '200', action: 'chat.completion' });
  m.inc('phigate_requests_total', 'Requests.', { action: 'chat.completion', status: '403', code: 'PHIGATE_FORBIDDEN' }, 2);
  const text = m.render();
  assert.match(text, /^phigate_requests_total\{action="chat.completion",code="OK",status="200"\} 2$/m);
  assert.match(text, /^phigate_requests_total\{action="chat.completion",code="PHIGATE_FORBIDDEN",status="403"\} 2$/m);
  assert.equal(text.match(/^phigate_requests_total\{/gm)?.length, 2);
});

test('label values cannot break the exposition format', () => {
  const m = new Metrics();
  m.inc('x_total', 'X.', { model: 'a"b\\c\nd' });
  assert.match(m.render(), /^x_total\{model="a_b_c_d"\} 1$/m);
});

test('the duration histogram is cumulative by bucket, with sum and count', () => {
  const m = new Metrics();
  for (const s of [0.003, 0.02, 0.02, 7]) m.observeDuration({ action: 'chat.completion' }, s);
  const text = m.render({ phigate_in_flight_requests: 3 });
  const bucket = (le: string): string | undefined => new RegExp(`^phigate_request_duration_seconds_bucket\\{action="chat.completion",le="${le}"\\} (\\d+)$`, 'm').exec(text)?.[1];
  assert.deepEqual([bucket('0.005'), bucket('0.025'), bucket('5'), bucket('10'), bucket('\\+Inf')], ['1', '3', '3', '4', '4']);
  assert.match(text, /^phigate_request_duration_seconds_count\{action="chat.completion"\} 4$/m);
  assert.match(text, /^phigate_request_duration_seconds_sum\{action="chat.completion"\} 7.043$/m);
  assert.match(text, /^phigate_in_flight_requests 3$/m);
});
