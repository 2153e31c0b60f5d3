// A recording upstream for gateway tests: a real OpenAI-compatible HTTP server on loopback that keeps
// every request it receives and answers by echoing what it was sent (so the tokens it saw come back
// and re-identification can be checked), as plain JSON or as SSE split into small pieces that cut
// tokens in half. Asked for `reasoning_effort`, it also echoes as a reasoning model served by vLLM does
// (`reasoning_content` beside the answer). It can also be told to fail the next N calls with a status, and to
// write the tokens it echoes as a model sometimes does, with their brackets halved or dropped.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly raw: string;
  readonly body: Record<string, unknown>;
}

export interface RecordingUpstream {
  readonly url: string;
  readonly requests: Recorded[];
  /** Fail the next calls with these statuses (or answers: a status, an error body, headers), in order. */
  failNext(...failures: Array<number | ScriptedFailure>): void;
  /** Forgets the failures not yet used (a test whose calls may not have reached the upstream). */
  clearFailures(): void;
  /** How the echo writes the tokens it was sent from now on: whole (as sent), bare ("NAME_7f3a…") or in single brackets. */
  writeTokens(form: TokenForm): void;
  close(): Promise<void>;
}

export type TokenForm = 'whole' | 'bare' | 'single';

const SENT_TOKEN = /\[\[([A-Z]{2,12}_[0-9a-f]{12,64})\]\]/g;
function written(text: string, form: TokenForm): string {
  return form === 'whole' ? text : text.replace(SENT_TOKEN, (_t, inner: string) => (form === 'bare' ? inner : `[${inner}]`));
}

export interface ScriptedFailure {
  readonly status: number;
  readonly error?: Record<string, unknown>;
  readonly headers?: Record<string, string>;
  /** The answer is held until this settles (an upstream slow to fail). */
  readonly after?: Promise<unknown>;
}

type Msg = { role: string; content?: unknown; tool_calls?: Array<{ function: { arguments: string } }> };

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p: { text?: string }) => p.text ?? '').join(' ');
  return '';
}

/** Everything the upstream saw, as one echo (all message texts, names and tool arguments). */
function echoOf(messages: Msg[]): string {
  return messages
    .map((m) => [textOf(m.content), ...(m.tool_calls ?? []).map((t) => t.function.arguments)].join(' '))
    .join(' | ');
}

/** The SDK asks for base64 (little-endian float32) by default; answer in the encoding asked for. */
function vector(v: number[], encoding: unknown): number[] | string {
  return encoding === 'base64' ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v;
}

function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

export async function startUpstream(opts: { pieceSize?: number } = {}): Promise<RecordingUpstream> {
  const requests: Recorded[] = [];
  const failures: ScriptedFailure[] = [];
  const size = opts.pieceSize ?? 5;
  let form: TokenForm = 'whole';
  const server: Server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(parts).toString('utf8');
      const body = JSON.parse(raw) as Record<string, unknown>;
      requests.push({ path: req.url ?? '', headers: req.headers, raw, body });
      const fail = failures.shift();
      if (fail !== undefined) {
        const answer = (): void => void res.writeHead(fail.status, { 'content-type': 'application/json', ...fail.headers }).end(JSON.stringify({ error: fail.error ?? { message: 'scripted failure' } }));
        if (fail.after) void fail.after.then(answer, answer);
        else answer();
        return;
      }
      if (req.url?.endsWith('/embeddings')) {
        const inputs = Array.isArray(body['input']) ? body['input'] : [body['input']];
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({ object: 'list', model: body['model'], data: inputs.map((_, index) => ({ object: 'embedding', index, embedding: vector([0.1, 0.2, index], body['encoding_format']) })), usage: { prompt_tokens: 1, total_tokens: 1 } }),
        );
        return;
      }
      const messages = body['messages'] as Msg[];
      const last = messages[messages.length - 1] as Msg;
      const wantsTool = Array.isArray(body['tools']) && last.role === 'user';
      const echo = written(`Seen: ${echoOf(messages)}`, form);
      const toolArgs = written(JSON.stringify({ note: textOf(last.content), tags: ['x', textOf(last.content)] }), form);
      const base = { id: 'chatcmpl-test', created: 1_700_000_000, model: String(body['model']) };
      const reasoning = body['reasoning_effort'] !== undefined && !wantsTool ? written(`Thinking about ${echoOf(messages)}`, form) : undefined;
      if (body['stream'] !== true) {
        const message = wantsTool
          ? { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'record_note', arguments: toolArgs } }] }
          : { role: 'assistant', content: echo, ...(reasoning === undefined ? {} : { reasoning_content: reasoning }) };
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({ ...base, object: 'chat.completion', choices: [{ index: 0, message, finish_reason: wantsTool ? 'tool_calls' : 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } }),
        );
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const send = (delta: Record<string, unknown>, finish: string | null = null): void => {
        res.write(`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
      };
      send({ role: 'assistant', content: '' });
      if (wantsTool) {
        send({ tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'record_note', arguments: '' } }] });
        for (const p of pieces(toolArgs, size + 2)) send({ tool_calls: [{ index: 0, function: { arguments: p } }] });
        send({}, 'tool_calls');
      } else {
        for (const p of reasoning === undefined ? [] : pieces(reasoning, size)) send({ reasoning_content: p });
        for (const p of pieces(echo, size)) send({ content: p });
        send({}, 'stop');
      }
      res.end('data: [DONE]\n\n');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    failNext: (...s) => void failures.push(...s.map((f) => (typeof f === 'number' ? { status: f } : f))),
    clearFailures: () => void failures.splice(0),
    writeTokens: (f) => void (form = f),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
