// Authorization, deny by default: the patient the request names (X-Phigate-Patient or
// metadata.patient_id), the purpose of use (X-Phigate-Purpose), a break-glass request
// (X-Phigate-Break-Glass: <reason>), the care-team relation from the store, and the Cedar policy's decision.
import type { AccessPolicy } from '../../access/cedar/index.js';
import { BREAK_GLASS_PURPOSE, checkPatientId } from '../../access/index.js';
import { PURPOSES_OF_USE } from '../../audit/index.js';
import { PhigateError } from '../../errors.js';
import type { Stage } from '../compose.js';
import { need } from '../context.js';
import type { GatewayDeps } from '../deps.js';

const PURPOSES = new Set(PURPOSES_OF_USE.map((p) => p.code));

function patientOf(ctx: Parameters<Stage>[0]): string | null {
  const header = ctx.headers.get('x-phigate-patient');
  const call = ctx.call;
  const meta = call && call.kind !== 'models' ? (call.body['metadata'] as Record<string, string> | undefined)?.['patient_id'] : undefined;
  const fromHeader = header === null || header.trim() === '' ? null : header.trim();
  const fromBody = typeof meta === 'string' && meta.trim() !== '' ? meta.trim() : null;
  if (fromHeader !== null && fromBody !== null && fromHeader !== fromBody) {
    throw new PhigateError('PHIGATE_BAD_INPUT', 'X-Phigate-Patient and metadata.patient_id name different patients; send one');
  }
  const id = fromHeader ?? fromBody;
  return id === null ? null : checkPatientId(id);
}

export function authorize(deps: GatewayDeps, policy: AccessPolicy): Stage {
  const access = deps.config.access;
  return async function authorizeStage(ctx, next) {
    const principal = need(ctx.principal, 'principal');
    const model = need(ctx.model, 'model');
    const breakGlassReason = ctx.headers.get('x-phigate-break-glass');
    const breakGlass = breakGlassReason !== null;
    if (breakGlass && (breakGlassReason.trim().length < 3 || breakGlassReason.length > 512)) {
      throw new PhigateError('PHIGATE_BAD_INPUT', 'X-Phigate-Break-Glass must give a reason of 3-512 characters');
    }
    const askedPurpose = ctx.headers.get('x-phigate-purpose')?.trim().toUpperCase() || null;
    if (askedPurpose !== null && !PURPOSES.has(askedPurpose)) {
      throw new PhigateError('PHIGATE_BAD_INPUT', `X-Phigate-Purpose must be one of ${[...PURPOSES].join(', ')}`);
    }
    if (breakGlass && askedPurpose !== null && askedPurpose !== BREAK_GLASS_PURPOSE) {
      throw new PhigateError('PHIGATE_BAD_INPUT', `Break-glass requests have purpose ${BREAK_GLASS_PURPOSE}; drop X-Phigate-Purpose or set it to that`);
    }
    ctx.purpose = breakGlass ? BREAK_GLASS_PURPOSE : (askedPurpose ?? access.defaultPurpose);
    ctx.patient = patientOf(ctx);
    const req = { principal, roles: principal.roles, model: model.id, purpose: ctx.purpose, patient: ctx.patient, breakGlass };
    const onCareTeam = policy.needsCareTeam(req) ? await deps.store.careTeam.has(principal.tenant, principal.id, ctx.patient as string) : null;
    const decision = policy.decide({ ...req, onCareTeam });
    if (!decision.allow) throw new PhigateError(decision.code, decision.message);
    ctx.access = { patient: ctx.patient, purpose: ctx.purpose, breakGlass: decision.breakGlass, reason: decision.reason, deidentifiedOnly: decision.deidentifiedOnly };
    await next();
  };
}
