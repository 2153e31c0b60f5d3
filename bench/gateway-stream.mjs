#!/usr/bin/env node
// `node bench/gateway-stream.mjs [--dist DIR] [--answers N]`: CPU time per streamed answer of the
// gateway's stream pipeline in one process, without sockets: the upstream's SSE bytes (the answer of
// bench:gateway's stub: ~1,200 characters with vault tokens, 26 events, in one read) parsed into chunks,
// re-identified, wrapped as the audit stage does, and served as the SSE response body, read to the end.
// Each stage is added in turn, so the table shows what each costs. On a machine too busy for
// bench:gateway's requests/s to mean much, this is the figure that still compares two builds.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--dist');
const dist = at >= 0 ? resolve(args[at + 1]) : resolve(here, '..', 'dist');
const nAt = args.indexOf('--answers');
const N = nAt >= 0 ? Number(args[nAt + 1]) : 3000;
if (!existsSync(join(dist, 'gateway', 'respond.js'))) {
  process.stderr.write(`bench:gateway-stream: ${dist} holds no built gateway: run npm run build, or give --dist a built tree\n`);
  process.exit(2);
}
const imp = (p) => import(join(dist, p));
const [{ chatChunks }, { restoreStream }, { Restorer }, { resultResponse }, { toSseData }] = await Promise.all([
  imp('providers/openai-compatible/stream.js'), imp('gateway/deid/stream-restore.js'), imp('gateway/deid/restore.js'), imp('gateway/respond.js'), imp('providers/sse.js'),
]);

// The audit stage's wrapper (src/gateway/stages/audit.ts), with an audit write that costs nothing.
async function* audited(chunks) {
  try {
    yield* chunks;
  } finally {
    await Promise.resolve();
  }
}

const token = (i) => `[[NAME_${(0xabcdef012345 + i).toString(16)}]]`;
let text = '';
for (let i = 0; i < 20; i++) text += `The patient reported steady improvement after the change in medication. ${token(i % 5)} was reviewed on rounds today. `;
text = text.slice(0, 1200);
const base = { id: 'chatcmpl-bench', created: 1_700_000_000, model: 'bench-model' };
const event = (delta, finish = null) => `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
const size = Math.ceil(text.length / 24);
let sse = event({ role: 'assistant', content: '' });
for (let i = 0; i < text.length; i += size) sse += event({ content: text.slice(i, i + size) });
const bytes = Buffer.from(`${sse}${event({}, 'stop')}data: [DONE]\n\n`);
const originals = new Map([0, 1, 2, 3, 4].map((i) => [token(i), { value: `Person ${i}`, type: 'NAME' }]));
const vault = {
  async detokenizeMany(tokens) {
    return new Map(tokens.filter((t) => originals.has(t)).map((t) => [t, originals.get(t)]));
  },
};
async function* upstream() {
  yield bytes;
}
const restored = () => restoreStream(chatChunks('bench', upstream()), new Restorer(vault, { tenant: 't', kind: 'conversation', id: 'bench' }));
const encoder = new TextEncoder();
const drain = async (chunks) => {
  let n = 0;
  for await (const _ of chunks) n++;
  return n;
};

const stages = [
  ['parse (SSE bytes to chunks)', () => drain(chatChunks('bench', upstream()))],
  ['+ re-identify', () => drain(restored())],
  ['+ audit wrapper', () => drain(audited(restored()))],
  ['+ serialise (SSE text, bytes)', async () => {
    let out = '';
    for await (const c of audited(restored())) out += toSseData(c);
    return encoder.encode(out).length;
  }],
  ['+ response (bursts, Response body, read)', async () => {
    const res = await resultResponse({ kind: 'chat-stream', chunks: audited(restored()) }, { requestId: 'bench' }, () => undefined);
    let n = 0;
    for await (const part of res.body) n += part.length;
    return n;
  }],
];
process.stdout.write(`bench:gateway-stream: ${dist}, ${N} answers per stage after 2,000 untimed\n`);
for (const [name, run] of stages) {
  for (let i = 0; i < 2000; i++) await run();
  const c0 = process.cpuUsage();
  for (let i = 0; i < N; i++) await run();
  const c = process.cpuUsage(c0);
  process.stdout.write(`  ${name.padEnd(42)} ${((c.user + c.system) / N).toFixed(0).padStart(5)} µs CPU per answer\n`);
}
