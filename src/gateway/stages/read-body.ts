// Reads the request body under the size limit (checked on the declared length and again while reading,
// so a lying or absent Content-Length cannot get past it), decodes strict UTF-8 and parses JSON. Each
// failure has its own code; messages give sizes and positions, never content.
import { PhigateError } from '../../errors.js';
import type { ChatRequest, EmbeddingsRequest } from '../../providers/index.js';
import type { Stage } from '../compose.js';
import type { GatewayDeps } from '../deps.js';
import { parseChatRequest, parseEmbeddingsRequest } from '../request-schema.js';

export async function readLimited(req: Request, limit: number): Promise<Uint8Array> {
  const tooLarge = (): PhigateError =>
    new PhigateError('PHIGATE_INPUT_TOO_LARGE', `Request body is larger than ${limit} bytes; send less text or split the request`, { details: { limit } });
  const declared = Number(req.headers.get('content-length') ?? 'NaN');
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (Number.isFinite(declared)) {
    // Node's parser delivers exactly the declared length, already checked: read it in one go, which the
    // server adapter serves straight from the socket, without a web stream (asking for `req.body` first
    // would make it build a whole web Request). A chunked body is read below, counting as it goes.
    const whole = new Uint8Array(await req.arrayBuffer());
    if (whole.byteLength > limit) throw tooLarge();
    return whole;
  }
  if (!req.body) return new Uint8Array(0);
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    parts.push(value);
  }
  return Buffer.concat(parts, size);
}

export function parseJsonBody(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PhigateError('PHIGATE_INVALID_UTF8', 'Request body is not valid UTF-8');
  }
  if (text.trim().length === 0) throw new PhigateError('PHIGATE_MALFORMED_JSON', 'Request body is empty; send a JSON object');
  try {
    return JSON.parse(text);
  } catch (err) {
    const at = /position (\d+)/.exec(err instanceof Error ? err.message : '')?.[1];
    throw new PhigateError('PHIGATE_MALFORMED_JSON', `Request body is not valid JSON${at ? ` (at byte offset about ${at})` : ''}`);
  }
}

export function readBody(deps: GatewayDeps, kind: 'chat' | 'embeddings'): Stage {
  const limit = deps.config.server.bodyLimitBytes;
  return async function readBodyStage(ctx, next) {
    const type = ctx.headers.get('content-type') ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      throw new PhigateError('PHIGATE_UNSUPPORTED_MEDIA_TYPE', 'Send the request body as JSON with `Content-Type: application/json`');
    }
    const json = parseJsonBody(await readLimited(ctx.request, limit));
    ctx.call = kind === 'chat' ? { kind, body: parseChatRequest(json) as ChatRequest } : { kind, body: parseEmbeddingsRequest(json) as EmbeddingsRequest };
    await next();
  };
}
