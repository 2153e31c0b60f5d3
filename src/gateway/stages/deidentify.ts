// De-identification of everything that leaves, for vendors that may receive only de-identified text:
// every slot (contents, names, tool arguments, tool results, embedding inputs) gets vault tokens of the
// conversation's scope. Media goes only to PHI-allowed vendors. For PHI vendors the text is analysed
// for the audit event's counts and sent as is.
import { PhigateError } from '../../errors.js';
import type { ChatRequest } from '../../providers/index.js';
import type { TokenScope } from '../../vault/index.js';
import type { Stage } from '../compose.js';
import { type GatewayContext, need } from '../context.js';
import type { GatewayDeps } from '../deps.js';
import { sha256 } from '../digest.js';
import { redactSlots } from '../deid/redact.js';
import { chatSlots, embeddingSlots } from '../deid/slots.js';

const CONVERSATION = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

/** What identifies a conversation without a header: its opening (system and first user message). */
function openingDigest(body: ChatRequest): string {
  const first = body.messages.find((m) => m.role === 'user');
  const system = body.messages.find((m) => m.role === 'system' || m.role === 'developer');
  return sha256(JSON.stringify([system?.content ?? null, first?.content ?? null]), 'hex');
}

/**
 * The vault scope: the caller, the patient and the conversation, hashed together. Tokens resolve only in
 * the scope that made them, so only the same caller in the same conversation gets originals back.
 */
export function conversationScope(ctx: GatewayContext, tenant: string): TokenScope {
  const principal = need(ctx.principal, 'principal');
  const call = need(ctx.call, 'call');
  const header = ctx.headers.get('x-phigate-conversation');
  if (header !== null && !CONVERSATION.test(header)) {
    throw new PhigateError('PHIGATE_BAD_INPUT', 'X-Phigate-Conversation must be 1-128 of A-Z a-z 0-9 _ . : - (an opaque id)');
  }
  const conversation = header !== null ? `h:${header}` : call.kind === 'chat' ? `d:${openingDigest(call.body)}` : `r:${ctx.requestId}`;
  const id = sha256(JSON.stringify([principal.id, ctx.patient ?? null, conversation]), 'hex');
  return { tenant, kind: 'conversation', id };
}

export function deidentify(deps: GatewayDeps): Stage {
  const ttlMs = deps.config.server.tokenTtlHours * 3600_000;
  return async function deidentifyStage(ctx, next) {
    const call = need(ctx.call, 'call');
    const { mode } = need(ctx.route, 'route');
    if (call.kind === 'models') return next();
    const scope = mode === 'deidentified' ? conversationScope(ctx, deps.config.server.tenant) : null;
    const set = call.kind === 'chat' ? chatSlots(call.body) : embeddingSlots(call.body);
    if (mode === 'deidentified' && set.media > 0) {
      throw new PhigateError('PHIGATE_CONTENT_NOT_ALLOWED', 'Images, audio, files and pre-tokenised input go only to vendors allowed to receive PHI; use such a model or send text');
    }
    const { counts, committed } = await redactSlots(set.slots, deps.analyzer, scope ? { vault: deps.vault, scope, ttlMs } : null);
    set.commit();
    ctx.identifiers = counts;
    if (scope) ctx.scope = scope;
    if (!committed) return next();
    // The tokens are decided; their commit (a disk flush on PostgreSQL) runs while the upstream call is made.
    // reidentify waits for it before it resolves anything. A failed commit aborts the call and fails the
    // request with the store's error, as when the commit came first: whatever else failed meanwhile.
    const stop = new AbortController();
    ctx.signal = AbortSignal.any([ctx.signal, stop.signal]);
    ctx.vaultWrite = committed;
    committed.catch(() => stop.abort());
    try {
      await next();
    } catch (err) {
      await committed;
      throw err;
    }
    await committed;
  };
}
