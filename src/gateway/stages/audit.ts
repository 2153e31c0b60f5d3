// Outermost stage: one audit event per request, refusals included. The event holds codes, counts and
// digests only (the audit capability rejects anything shaped like free text). A non-streamed answer is
// released only after its event is durable; a stream's event is written when the stream ends.
import { createAuditEventFactory, type AuditEvent } from '../../audit/index.js';
import { ENTITY_TYPES } from '../../deid/types.js';
import { type PhigateError, normalizeError } from '../../errors.js';
import type { Stage } from '../compose.js';
import { whenStreamEnds } from '../stream-end.js';
import type { GatewayContext } from '../context.js';
import type { GatewayDeps } from '../deps.js';

export function audit(deps: GatewayDeps): Stage {
  const makeEvent = createAuditEventFactory({
    vendors: Object.keys(deps.config.vendors),
    models: deps.config.models.map((m) => m.id),
    identifierTypes: ENTITY_TYPES,
  });

  function eventOf(ctx: GatewayContext, error: PhigateError | undefined): AuditEvent {
    const wire = ctx.wire;
    // Allowed: the gateway let the call through, whatever came of it. A request the vendor refused or failed
    // (it was sent) is recorded as allowed, with the upstream's code as the reason: it was disclosed.
    const allowed = ctx.access !== undefined && (error === undefined || error.status >= 500 || (wire !== undefined && wire.sentBytes > 0));
    return makeEvent({
      time: deps.clock(),
      requestId: ctx.requestId,
      actor: ctx.principal ? { id: ctx.principal.id, roles: [...ctx.principal.roles] } : { id: 'anonymous', roles: [] },
      action: ctx.action,
      patient: ctx.patientRef ?? (ctx.patient ? deps.patientHash(ctx.patient) : null),
      purpose: ctx.purpose ?? deps.config.access.defaultPurpose,
      vendor: ctx.route?.vendor.id ?? ctx.model?.vendor ?? null,
      model: ctx.model?.id ?? null,
      decision: allowed ? 'allow' : 'deny',
      reason: error ? (ctx.hidden?.reason ?? error.code) : ctx.access?.reason ?? 'OK',
      identifiers: ctx.identifiers,
      sent: wire && wire.sentBytes > 0 ? wire.sent.hex() : null,
      returned: wire && wire.returnedBytes > 0 ? wire.returned.hex() : null,
      target: ctx.target ?? null,
    });
  }

  async function write(ctx: GatewayContext, error: PhigateError | undefined): Promise<void> {
    try {
      await deps.audit.append(eventOf(ctx, error));
    } catch (err) {
      deps.log({ level: 'error', event: 'audit_failure', requestId: ctx.requestId, code: normalizeError(err).code });
      throw normalizeError(err);
    }
  }

  return async function auditStage(ctx, next) {
    let error: PhigateError | undefined;
    try {
      await next();
    } catch (err) {
      error = normalizeError(err);
    }
    const result = ctx.result;
    if (error === undefined && result?.kind === 'chat-stream') {
      ctx.result = { kind: 'chat-stream', chunks: whenStreamEnds(result.chunks, (e) => write(ctx, e).catch(() => undefined)) };
      return;
    }
    try {
      await write(ctx, error);
    } catch (auditError) {
      // Fail closed: an answer whose event is not recorded is not released.
      throw error ?? auditError;
    }
    if (error) throw error;
  }
}
