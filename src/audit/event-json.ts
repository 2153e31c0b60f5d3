// The canonical (RFC 8785) JSON of a validated audit event, written field by field: the generic
// canonicalJson() gives the same bytes (a property test checks) but costs several times more, and every
// append pays for it.
import type { AuditEvent } from './event.js';

// Validation admits only [A-Za-z0-9_.:/-] in every string field (codes, hex digests, ids, times), none of
// which JSON escapes, so quoting is enough. Only ever call this with a validated event.
const str = (s: string): string => `"${s}"`;
const orNull = (v: string | null): string => (v === null ? 'null' : str(v));

function identifiers(ids: Readonly<Record<string, number>>): string {
  const keys = Object.keys(ids).sort();
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    out += `${i ? ',' : ''}${str(k)}:${ids[k] as number}`;
  }
  return `${out}}`;
}

/** Keys in UTF-16 code unit order, as JCS requires. Requires a validated event (see sealEvent). */
export function canonicalEvent(e: AuditEvent): string {
  return (
    `{"action":${str(e.action)},"actor":{"id":${str(e.actor.id)},"roles":[${e.actor.roles.map((r) => str(r)).join(',')}]}` +
    `,"decision":${str(e.decision)},"identifiers":${identifiers(e.identifiers)},"model":${orNull(e.model)}` +
    `,"patient":${orNull(e.patient)},"purpose":${str(e.purpose)},"reason":${str(e.reason)},"requestId":${str(e.requestId)}` +
    `,"returned":${orNull(e.returned)},"sent":${orNull(e.sent)}${e.target === undefined ? '' : `,"target":${str(e.target)}`}` +
    `,"time":${str(e.time)},"v":${e.v},"vendor":${orNull(e.vendor)}}`
  );
}
