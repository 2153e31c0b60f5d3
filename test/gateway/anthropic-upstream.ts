// A recording fake of Anthropic's Messages API for gateway tests: a real HTTP server on loopback that
// checks x-api-key and anthropic-version, checks each request the way Anthropic does (known fields
// only, alternating turns, tool results first and paired with the previous turn's tool_use ids), keeps
// every request, and answers by echoing what it saw (so tokens come back for re-identification), as
// JSON or as SSE events cut into small pieces. It can fail the next calls or break a stream with an
// `error` event whose message quotes the request, as a real upstream error might.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface AnthropicRecorded {
  readonly headers: IncomingMessage['headers'];
  readonly raw: string;
  readonly body: Record<string, unknown>;
}

export interface FakeAnthropic {
  /** The base URL (requests go to `{url}/v1/messages`). */
  readonly url: string;
  readonly requests: AnthropicRecorded[];
  /** Why requests were refused with 400 (the checks a real Anthropic makes). */
  readonly rejections: string[];
  failNext(...statuses: number[]): void;
  /** The next streamed answer sends a few deltas, then an `error` event quoting the request. */
  breakNextStream(): void;
  close(): Promise<void>;
}

type Block = { type: string; text?: string; id?: string; input?: unknown; tool_use_id?: string; content?: Array<{ text?: string }> };
type Turn = { role: string; content: Block[] };

const KNOWN_FIELDS = new Set(['model', 'max_tokens', 'messages', 'system', 'stop_sequences', 'temperature', 'top_p', 'top_k', 'tools', 'tool_choice', 'stream', 'metadata', 'service_tier']);

/** What Anthropic would refuse with 400, or null. */
function problem(body: Record<string, unknown>): string | null {
  for (const k of Object.keys(body)) if (!KNOWN_FIELDS.has(k)) return `${k}: Extra inputs are not permitted`;
  if (typeof body['model'] !== 'string') return 'model: required';
  if (!Number.isInteger(body['max_tokens']) || (body['max_tokens'] as number) < 1) return 'max_tokens: required';
  const turns = body['messages'] as Turn[];
  if (!Array.isArray(turns) || turns.length === 0) return 'messages: at least one message is required';
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i] as Turn;
    if (t.role !== 'user' && t.role !== 'assistant') return `messages.${i}.role`;
    if (i > 0 && turns[i - 1]?.role === t.role) return `messages.${i}: roles must alternate`;
    if (!Array.isArray(t.content) || t.content.length === 0) return `messages.${i}.content: non-empty list expected`;
    const firstOther = t.content.findIndex((b) => b.type !== 'tool_result');
    if (firstOther >= 0 && t.content.slice(firstOther).some((b) => b.type === 'tool_result')) return `messages.${i}: tool_result blocks must come first`;
    const uses = new Set((turns[i - 1]?.content ?? []).filter((b) => b.type === 'tool_use').map((b) => b.id));
    for (const b of t.content) {
      if (b.type === 'text' && (typeof b.text !== 'string' || b.text.trim() === '')) return `messages.${i}: text blocks must be non-empty`;
      if (b.type === 'tool_result' && !uses.has(b.tool_use_id)) return `messages.${i}: tool_result without a matching tool_use`;
      if (b.type === 'tool_use' && (typeof b.input !== 'object' || b.input === null)) return `messages.${i}: tool_use.input must be an object`;
    }
  }
  return null;
}

function blockText(b: Block): string {
  if (b.type === 'text') return b.text ?? '';
  if (b.type === 'tool_use') return JSON.stringify(b.input);
  if (b.type === 'tool_result') return (b.content ?? []).map((c) => c.text ?? '').join(' ');
  return '';
}

/** Everything the upstream saw, as one echo: the system prompt, every text, tool input and tool result. */
function echoOf(body: Record<string, unknown>): string {
  const turns = body['messages'] as Turn[];
  return [typeof body['system'] === 'string' ? body['system'] : '', ...turns.map((t) => t.content.map(blockText).join(' '))].join(' | ');
}

function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function sse(res: ServerResponse, type: string, data: Record<string, unknown> = {}): void {
  res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
}

export async function startFakeAnthropic(opts: { apiKey: string; pieceSize?: number }): Promise<FakeAnthropic> {
  const requests: AnthropicRecorded[] = [];
  const rejections: string[] = [];
  const failures: number[] = [];
  let breakStream = false;
  const size = opts.pieceSize ?? 4;
  const error = (res: ServerResponse, status: number, type: string, message: string): void =>
    void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'error', error: { type, message } }));

  const server: Server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/messages') return error(res, 404, 'not_found_error', 'Not found');
      if (req.headers['x-api-key'] !== opts.apiKey) return error(res, 401, 'authentication_error', 'invalid x-api-key');
      if (req.headers['anthropic-version'] !== '2023-06-01') return error(res, 400, 'invalid_request_error', 'anthropic-version header is required');
      const raw = Buffer.concat(parts).toString('utf8');
      const body = JSON.parse(raw) as Record<string, unknown>;
      requests.push({ headers: req.headers, raw, body });
      const fail = failures.shift();
      if (fail !== undefined) return error(res, fail, 'api_error', `scripted failure; request was: ${raw}`);
      const refused = problem(body);
      if (refused) {
        rejections.push(refused);
        return error(res, 400, 'invalid_request_error', refused);
      }
      const turns = body['messages'] as Turn[];
      const lastBlock = turns.at(-1)?.content.at(-1);
      const lastText = lastBlock?.type === 'text' ? (lastBlock.text ?? '') : '';
      const wantsTool = Array.isArray(body['tools']) && turns.at(-1)?.role === 'user' && lastBlock?.type === 'text';
      const echo = `Seen: ${echoOf(body)}`;
      const input = { note: lastText, tags: ['x', lastText] };
      const base = { id: 'msg_fake1', type: 'message', role: 'assistant', model: String(body['model']) };
      const usage = { input_tokens: raw.length, output_tokens: echo.length };
      if (body['stream'] !== true) {
        const content = wantsTool ? [{ type: 'tool_use', id: 'toolu_fake1', name: 'record_note', input }] : [{ type: 'text', text: echo }];
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...base, content, stop_reason: wantsTool ? 'tool_use' : 'end_turn', stop_sequence: null, usage }));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      sse(res, 'message_start', { message: { ...base, content: [], stop_reason: null, usage: { input_tokens: usage.input_tokens, output_tokens: 1 } } });
      sse(res, 'ping');
      if (breakStream) {
        breakStream = false;
        sse(res, 'content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
        sse(res, 'content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'Partial' } });
        sse(res, 'error', { error: { type: 'overloaded_error', message: `Overloaded while answering: ${raw}` } });
        res.end();
        return;
      }
      if (wantsTool) {
        sse(res, 'content_block_start', { index: 0, content_block: { type: 'tool_use', id: 'toolu_fake1', name: 'record_note', input: {} } });
        for (const p of pieces(JSON.stringify(input), size + 2)) sse(res, 'content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json: p } });
      } else {
        sse(res, 'content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
        for (const p of pieces(echo, size)) sse(res, 'content_block_delta', { index: 0, delta: { type: 'text_delta', text: p } });
      }
      sse(res, 'content_block_stop', { index: 0 });
      sse(res, 'message_delta', { delta: { stop_reason: wantsTool ? 'tool_use' : 'end_turn', stop_sequence: null }, usage: { output_tokens: usage.output_tokens } });
      sse(res, 'message_stop');
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    rejections,
    failNext: (...s) => void failures.push(...s),
    breakNextStream: () => void (breakStream = true),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
