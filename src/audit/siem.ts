// Audit entries as JSON lines for a SIEM, with Elastic Common Schema names where one fits. Carries
// the same codes and hashes as the log and nothing more; erased entries keep only their position.
import { toHex } from './hasher.js';
import type { AuditEvent } from './event.js';

export interface SiemEntry {
  readonly seq: number;
  readonly leafHash: Uint8Array;
  readonly event: AuditEvent | null;
}

export function toSiemLine(entry: SiemEntry): string {
  const e = entry.event;
  const phigateBase = { seq: entry.seq, leaf_hash: toHex(entry.leafHash) };
  if (!e) return JSON.stringify({ event: { kind: 'event', dataset: 'phigate.audit' }, phigate: { ...phigateBase, erased: true } });
  return JSON.stringify({
    '@timestamp': e.time,
    event: {
      kind: 'event',
      dataset: 'phigate.audit',
      action: e.action,
      outcome: e.decision === 'allow' ? 'success' : 'failure',
      reason: e.reason,
    },
    // ECS user.target: the principal an administrative call acted on (an API key target stays in phigate.target).
    user: { id: e.actor.id, roles: e.actor.roles, ...(e.target !== undefined && !e.target.startsWith('apikey:') ? { target: { id: e.target } } : {}) },
    phigate: {
      ...phigateBase,
      request_id: e.requestId,
      patient_ref: e.patient,
      purpose_of_use: e.purpose,
      vendor: e.vendor,
      model: e.model,
      decision: e.decision,
      identifiers: e.identifiers,
      sent_sha256: e.sent,
      returned_sha256: e.returned,
      ...(e.target !== undefined ? { target: e.target } : {}),
    },
  });
}
