// Graceful shutdown of `phigate serve` as an operator sees it: a real child process, a slow streaming
// upstream (a real HTTP server here, held mid-answer until the test lets it go), SIGTERM in the middle of a
// streamed answer. The gateway stops accepting at once, lets the stream run to its end within --grace-ms,
// or, once that is over, ends it with a final PHIGATE_SHUTTING_DOWN event (no [DONE]); then it closes the
// store (the stream's audit event is in it) and exits 0.
// Uses PostgreSQL (a fresh schema) when it answers; else the embedded store and its first key.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer, request } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openPostgres } from '../../src/store/index.js';
import { runPhigate } from '../cli/run-phigate.js';
import { TEST_DATABASE_URL, newSchema, postgresReachable } from '../store/harness.js';
import { startServe } from './serve-child.js';

/** An OpenAI-compatible upstream that streams two chunks, then waits for `release()` before the rest (a non-streamed answer: all of it). */
interface SlowUpstream {
  readonly url: string;
  /** Resolves when a streamed answer has sent its first chunks. */
  readonly started: Promise<void>;
  release(): void;
  close(): Promise<void>;
}

async function slowUpstream(): Promise<SlowUpstream> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let started!: () => void;
  const startedP = new Promise<void>((r) => (started = r));
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const chunk = (content: string, finish: string | null = null): string =>
        `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'slow-upstream', choices: [{ index: 0, delta: { content }, finish_reason: finish }] })}\n\n`;
      if (!body.includes('"stream":true')) {
        // A non-streamed answer: nothing until released.
        started();
        void released.then(() => res.end(JSON.stringify({ id: 'c1', object: 'chat.completion', created: 1, model: 'slow-upstream', choices: [{ index: 0, message: { role: 'assistant', content: 'late' }, finish_reason: 'stop' }] })));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(chunk('first '));
      res.write(chunk('second '));
      started();
      void released.then(() => {
        res.write(chunk('third'));
        res.end(`${chunk('', 'stop')}data: [DONE]\n\n`);
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    started: startedP,
    release,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const configYaml = (upstream: string): string => `
server:
  host: 127.0.0.1
  port: 0
  analysisThreads: 0
  upstreamTimeoutMs: 600000
vendors:
  slow:
    baseUrl: ${upstream}
    allowInsecureLoopback: true
    region: us
    dataClasses: [deidentified]
models:
  - { id: slow-chat, vendor: slow, upstream: slow-model }
access:
  defaultPurpose: TREAT
  noPatient: deidentified-only
  roles:
    clinician: { models: ['*'], purposes: [TREAT], patients: care-team }
`;

let dir: string;
/** PostgreSQL: each test's gateway in a schema of its own (dropped after). */
let usePostgres = false;
const schemas: string[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'phigate-shutdown-'));
  usePostgres = await postgresReachable();
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (schemas.length === 0) return;
  const sql = await openPostgres({ url: TEST_DATABASE_URL, maxConnections: 1 });
  for (const s of schemas) await sql.exec(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await sql.close();
});

interface Gateway {
  readonly child: ChildProcess;
  readonly url: string;
  readonly key: string;
  readonly args: readonly string[];
  readonly exited: Promise<number | null>;
}

async function startGateway(name: string, upstream: string, graceMs: number): Promise<Gateway> {
  const own = join(dir, name);
  const config = join(own, 'phigate.yaml');
  const schema = usePostgres ? newSchema() : null;
  if (schema) schemas.push(schema);
  const args = ['--home', join(own, '.phigate'), '--config', config, ...(schema ? ['--database-url', TEST_DATABASE_URL, '--schema', schema] : [])];
  mkdirSync(own, { recursive: true });
  writeFileSync(config, configYaml(upstream));
  const { child, url, exited } = await startServe(['--insecure-http', '--grace-ms', String(graceMs), ...args]);
  // On PostgreSQL the CLI makes a key beside the running gateway; the embedded store's first key is made by serve.
  let key: string;
  if (schema) {
    const made = await runPhigate(['apikeys', 'create', '--principal', 'user:dr-sigterm', '--roles', 'clinician', '--json', ...args]);
    assert.equal(made.code, 0, made.stderr);
    key = (JSON.parse(made.stdout) as { key: string }).key;
  } else key = readFileSync(join(own, '.phigate', 'first-api-key'), 'utf8').trim();
  return { child, url, key, args, exited };
}

/** A streamed chat call; `events` resolves with every SSE data line once the answer ends. */
function streamChat(s: Gateway): { firstEvent: Promise<void>; events: Promise<string[]> } {
  let first!: () => void;
  const firstEvent = new Promise<void>((r) => (first = r));
  const events = new Promise<string[]>((resolve, reject) => {
    const body = JSON.stringify({ model: 'slow-chat', stream: true, messages: [{ role: 'user', content: 'Summarise the visit.' }] });
    const req = request(`${s.url}/v1/chat/completions`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', authorization: `Bearer ${s.key}` } }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => {
        text += d.toString();
        if (text.includes('\n\n')) first();
      });
      res.on('end', () => resolve(text.split('\n\n').filter((e) => e.startsWith('data: ')).map((e) => e.slice(6))));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
  return { firstEvent, events };
}

/** Whether a new connection to the gateway is refused (it stopped accepting). */
function refused(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(`${url}/healthz`, { agent: false }, (res) => {
      res.resume();
      resolve(false);
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'));
    req.end();
  });
}

async function untilRefused(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await refused(url)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail('the gateway kept accepting new connections after SIGTERM');
}

const contentOf = (events: string[]): string =>
  events
    .filter((e) => e !== '[DONE]')
    .map((e) => (JSON.parse(e) as { choices?: Array<{ delta?: { content?: string } }> }).choices?.[0]?.delta?.content ?? '')
    .join('');

test('SIGTERM mid-stream: new connections are refused, the stream runs to its end, then serve exits 0', async () => {
  const upstream = await slowUpstream();
  const s = await startGateway('finish', upstream.url, 600_000);
  try {
    const call = streamChat(s);
    await upstream.started;
    await call.firstEvent;
    s.child.kill('SIGTERM');
    await untilRefused(s.url);
    let exitedEarly = false;
    void s.exited.then(() => (exitedEarly = true));
    upstream.release();
    const events = await call.events;
    assert.equal(exitedEarly, false, 'serve waited for the stream');
    assert.equal(contentOf(events), 'first second third', 'the whole answer arrived');
    assert.equal(events.at(-1), '[DONE]');
    assert.ok(!events.some((e) => e.includes('"error"')), 'no error event');
    assert.equal(await s.exited, 0, 'a clean exit');
  } finally {
    s.child.kill('SIGKILL');
    await upstream.close();
  }
});

test('SIGTERM with a stream that outlasts --grace-ms: it ends with a final PHIGATE_SHUTTING_DOWN event (no [DONE]), audited; exit 0', async () => {
  const upstream = await slowUpstream();
  const s = await startGateway('cut', upstream.url, 300);
  try {
    const call = streamChat(s);
    await upstream.started;
    await call.firstEvent;
    s.child.kill('SIGTERM');
    const events = await call.events;
    assert.equal(contentOf(events.slice(0, -1)), 'first second ', 'what arrived before the cut was passed on');
    const last = JSON.parse(events.at(-1) ?? '{}') as { error?: { code: string; type: string; message: string } };
    assert.equal(last.error?.code, 'PHIGATE_SHUTTING_DOWN');
    assert.match(last.error?.message ?? '', /shutting down .*cut short; send the request again/);
    assert.ok(!events.includes('[DONE]'), 'a cut answer does not claim to be done');
    assert.equal(await s.exited, 0, 'a clean exit');
    // The store was closed after the stream's audit event was written.
    const storeArgs = s.args.filter((a, i) => a !== '--config' && s.args[i - 1] !== '--config');
    const found = await runPhigate(['audit', 'search', '--action', 'chat.completion', '--json', ...storeArgs]);
    assert.equal(found.code, 0, found.stderr);
    const reasons = found.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { event: { reason: string } }).event.reason);
    assert.deepEqual(reasons, ['PHIGATE_SHUTTING_DOWN']);
  } finally {
    s.child.kill('SIGKILL');
    upstream.release();
    await upstream.close();
  }
});

/** The HTTP answers read from a raw connection until the server closes it: status, x-request-id and error code of each. */
function answersOf(raw: string): Array<{ status: number; requestId: string; code: string; message: string }> {
  return raw
    .split(/(?=HTTP\/1\.1 \d{3} )/)
    .filter((a) => a.startsWith('HTTP/1.1 '))
    .map((a) => ({
      status: Number(a.slice(9, 12)),
      requestId: /^x-request-id: (.+)$/im.exec(a)?.[1]?.trim() ?? '',
      code: /"code":"(\w+)"/.exec(a)?.[1] ?? '',
      message: /"message":"([^"]*)"/.exec(a)?.[1] ?? '',
    }));
}

test('SIGTERM with a non-streamed request still waiting on its upstream past --grace-ms: a 503 PHIGATE_SHUTTING_DOWN answer, audited; an admin call after SIGTERM is refused with 503', async () => {
  const upstream = await slowUpstream();
  const s = await startGateway('wait', upstream.url, 3_000);
  try {
    // One connection: the chat request, then (after SIGTERM) an admin call pipelined behind it, so the
    // connection is busy, not idle, and stays open for it.
    const { hostname: host, port } = new URL(s.url);
    const socket = connect(Number(port), host);
    let raw = '';
    socket.on('data', (d: Buffer) => (raw += d.toString()));
    const closed = new Promise<void>((r) => socket.on('close', () => r()));
    const body = JSON.stringify({ model: 'slow-chat', messages: [{ role: 'user', content: 'Summarise the visit.' }] });
    socket.write(`POST /v1/chat/completions HTTP/1.1\r\nhost: ${host}\r\nauthorization: Bearer ${s.key}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await upstream.started;
    s.child.kill('SIGTERM');
    await untilRefused(s.url);
    socket.write(`GET /admin/v1/api-keys HTTP/1.1\r\nhost: ${host}\r\nauthorization: Bearer ${s.key}\r\n\r\n`);
    await closed;
    const [chat, admin, ...more] = answersOf(raw);
    assert.deepEqual(more, [], raw);
    assert.equal(chat?.status, 503, raw);
    assert.equal(chat?.code, 'PHIGATE_SHUTTING_DOWN');
    assert.match(chat?.message ?? '', /grace period is over.*send the request again/);
    assert.notEqual(chat?.requestId, 'none', 'the chat answer came from its pipeline');
    assert.deepEqual([admin?.status, admin?.code], [503, 'PHIGATE_SHUTTING_DOWN'], raw);
    assert.match(admin?.requestId ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'the refusal after SIGTERM has a request id of its own');
    assert.equal(await s.exited, 0, 'a clean exit');
    const storeArgs = s.args.filter((a, i) => a !== '--config' && s.args[i - 1] !== '--config');
    const found = await runPhigate(['audit', 'search', '--action', 'chat.completion', '--json', ...storeArgs]);
    assert.equal(found.code, 0, found.stderr);
    const events = found.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { event: { reason: string; requestId: string } }).event);
    assert.deepEqual(events.map((e) => [e.reason, e.requestId]), [['PHIGATE_SHUTTING_DOWN', chat?.requestId]], 'the answer was audited before the store closed');
  } finally {
    s.child.kill('SIGKILL');
    upstream.release();
    await upstream.close();
  }
});
