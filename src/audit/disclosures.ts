// The accounting of disclosures (HIPAA 45 CFR 164.528): for one patient, each time information about
// them left the boundary for a vendor, with the date, the recipient, what kind of information and why.
import { PhigateError } from '../errors.js';
import type { AuditEvent } from './event.js';
import { describePurpose } from './purpose.js';
import type { AuditSearchQuery } from './storage.js';

export interface Disclosure {
  readonly seq: number;
  readonly date: string;
  readonly recipient: string;
  readonly model: string | null;
  readonly purpose: string;
  readonly purposeDescription: string;
  readonly identifiers: Readonly<Record<string, number>>;
  readonly description: string;
  readonly requestId: string;
}

export interface DisclosureQuery {
  /** Keyed hash of the patient id, made with the same key as the log's events. */
  readonly patientRef: string;
  readonly since: Date;
  readonly until?: Date;
}

/** The accounting period the rule gives a patient: six years back from `now`. */
export function defaultSince(now: Date): Date {
  const d = new Date(now.getTime());
  d.setUTCFullYear(d.getUTCFullYear() - 6);
  return d;
}

export function describeIdentifiers(ids: Readonly<Record<string, number>>): string {
  const parts = Object.keys(ids)
    .sort()
    .filter((k) => (ids[k] ?? 0) > 0)
    .map((k) => `${k} x${ids[k] as number}`);
  return parts.length > 0 ? `Identifiers by type: ${parts.join(', ')}` : 'No identifiers detected';
}

/** A disclosure is an allowed request about this patient that reached a vendor. Denied ones are not. */
export function isDisclosureOf(event: AuditEvent, patientRef: string): boolean {
  return event.patient === patientRef && event.decision === 'allow' && event.vendor !== null;
}

export function accountDisclosures(entries: Iterable<{ seq: number; event: AuditEvent | null }>, q: DisclosureQuery): Disclosure[] {
  const from = q.since.toISOString();
  const to = q.until?.toISOString();
  const out: Disclosure[] = [];
  for (const { seq, event } of entries) {
    if (!event || !isDisclosureOf(event, q.patientRef)) continue;
    if (event.time < from || (to !== undefined && event.time > to)) continue;
    out.push({
      seq,
      date: event.time,
      recipient: event.vendor as string,
      model: event.model,
      purpose: event.purpose,
      purposeDescription: describePurpose(event.purpose),
      identifiers: event.identifiers,
      description: describeIdentifiers(event.identifiers),
      requestId: event.requestId,
    });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
}

/** The log search that finds every record an accounting for `q` may include (the patient, the period). */
export function disclosureSearch(q: DisclosureQuery): AuditSearchQuery {
  return { patient: q.patientRef, from: q.since, ...(q.until ? { to: q.until } : {}), limit: Number.MAX_SAFE_INTEGER };
}

/** accountDisclosures over the records of disclosureSearch(q), from a live log or an export. */
export async function accountDisclosuresFrom(records: AsyncIterable<{ seq: number; event: AuditEvent | null }>, q: DisclosureQuery): Promise<Disclosure[]> {
  const found: Array<{ seq: number; event: AuditEvent | null }> = [];
  for await (const r of records) found.push(r);
  return accountDisclosures(found, q);
}

export type DisclosureFormat = 'text' | 'json' | 'csv';
export const DISCLOSURE_FORMATS: readonly DisclosureFormat[] = ['text', 'json', 'csv'];

export interface AccountingMeta {
  readonly since: Date;
  readonly until: Date;
  readonly generatedAt: Date;
}

/** RFC 4180 quoting, plus a leading apostrophe on cells a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CSV_COLUMNS = ['date', 'recipient', 'model', 'purpose', 'purpose_code', 'description', 'request_id', 'seq'] as const;

export function renderDisclosures(list: readonly Disclosure[], format: DisclosureFormat, meta: AccountingMeta): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ since: meta.since.toISOString(), until: meta.until.toISOString(), generatedAt: meta.generatedAt.toISOString(), disclosures: list }, null, 2)}\n`;
    case 'csv': {
      const rows = list.map((d) => [d.date, d.recipient, d.model ?? '', d.purposeDescription, d.purpose, d.description, d.requestId, String(d.seq)].map(csvCell).join(','));
      return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
    }
    case 'text': {
      const head = `Accounting of disclosures, ${meta.since.toISOString().slice(0, 10)} to ${meta.until.toISOString().slice(0, 10)} (${list.length} disclosure${list.length === 1 ? '' : 's'})`;
      if (list.length === 0) return `${head}\n`;
      const lines = list.map((d) => `${d.date.slice(0, 10)}  ${d.recipient}${d.model ? ` (${d.model})` : ''}\n    Purpose: ${d.purposeDescription}\n    Information: ${d.description}\n    Reference: request ${d.requestId}, log entry ${d.seq}`);
      return `${head}\n\n${lines.join('\n\n')}\n`;
    }
    default:
      throw new PhigateError('PHIGATE_BAD_INPUT', 'Disclosure format must be text, json or csv');
  }
}
