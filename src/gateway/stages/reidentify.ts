// Re-identification inside the boundary: the answer's tokens are resolved in the caller's own
// conversation scope (see deidentify.ts), in the message contents, refusals, a reasoning model's
// reasoning and tool call arguments, whole for a plain answer and on the fly, with bounded hold-back,
// for a stream.
import { REASONING_FIELDS, type ChatResponse } from '../../providers/index.js';
import type { Stage } from '../compose.js';
import type { GatewayDeps } from '../deps.js';
import { Restorer } from '../deid/restore.js';
import { restoreStream } from '../deid/stream-restore.js';
import { whenStreamEnds } from '../stream-end.js';

async function restoreResponse(body: ChatResponse, r: Restorer): Promise<void> {
  for (const choice of body.choices) {
    const m = choice.message;
    if (!m) continue;
    if (typeof m.content === 'string') m.content = await r.restore(m.content);
    if (typeof m['refusal'] === 'string') m['refusal'] = await r.restore(m['refusal'] as string);
    for (const field of REASONING_FIELDS) if (typeof m[field] === 'string') m[field] = await r.restore(m[field] as string);
    for (const tc of m.tool_calls ?? []) {
      if (typeof tc.function?.arguments === 'string') tc.function.arguments = await r.restore(tc.function.arguments, 'json');
    }
  }
}

export function reidentify(deps: GatewayDeps): Stage {
  return async function reidentifyStage(ctx, next) {
    await next();
    // Tokens are stored by a commit that ran alongside the upstream call (deidentify.ts): none resolves before it.
    if (ctx.vaultWrite) await ctx.vaultWrite;
    const scope = ctx.scope;
    const result = ctx.result;
    if (!scope || !result) return;
    const restorer = new Restorer(deps.vault, scope);
    if (result.kind === 'chat') {
      await restoreResponse(result.body, restorer);
      ctx.unresolved = restorer.unresolved;
    } else if (result.kind === 'chat-stream') {
      ctx.result = { kind: 'chat-stream', chunks: whenStreamEnds(restoreStream(result.chunks, restorer), () => void (ctx.unresolved = restorer.unresolved)) };
    }
  };
}
