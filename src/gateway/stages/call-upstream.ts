// The innermost stage: one call to the routed provider, with a tap that hashes the exact bytes sent
// and returned for the audit event (and keeps nothing else). `stop` (the end of the shutdown's grace
// period) ends a stream still reading from its upstream; `draining` (the shutdown begun) keeps a retry the
// grace period would cut from starting.
import type { Draining } from '../../providers/index.js';
import type { Stage } from '../compose.js';
import { need } from '../context.js';
import { WireDigest } from '../digest.js';

export function callUpstream(stop?: AbortSignal, draining?: Draining): Stage {
  return async function callUpstreamStage(ctx, next) {
    const call = need(ctx.call, 'call');
    const route = need(ctx.route, 'route');
    const wire = (ctx.wire = { sent: new WireDigest(), returned: new WireDigest(), sentBytes: 0, returnedBytes: 0 });
    const opts = {
      upstreamModel: route.model.upstream,
      maxTokens: route.model.maxTokens,
      signal: ctx.signal,
      ...(stop === undefined ? {} : { stop }),
      ...(draining === undefined ? {} : { draining }),
      tap: {
        sent(body: Uint8Array) {
          wire.sent.update(body);
          wire.sentBytes += body.byteLength;
        },
        received(bytes: Uint8Array) {
          wire.returned.update(bytes);
          wire.returnedBytes += bytes.byteLength;
        },
      },
    };
    if (call.kind === 'chat') {
      ctx.result = call.body.stream === true ? { kind: 'chat-stream', chunks: await route.provider.chatStream(call.body, opts) } : { kind: 'chat', body: await route.provider.chat(call.body, opts) };
    } else if (call.kind === 'embeddings') {
      ctx.result = { kind: 'embeddings', body: await route.provider.embeddings(call.body, opts) };
    }
    await next();
  };
}
