// /admin/v1/audit: the latest signed checkpoint and publication on demand, inclusion and consistency
// proofs, search, the accounting of disclosures and the SIEM export, with the outputs of the matching
// `phigate audit` subcommands (the same audit functions build them). A patient is named by id (query
// parameter `patient` or the X-Phigate-Patient header, hashed with the gateway's patient key) or by the
// keyed hash the events carry (`patientRef`).
import { z } from 'zod';
import { PRINCIPAL_ID, checkPatientId } from '../access/index.js';
import {
  DISCLOSURE_FORMATS,
  accountDisclosuresFrom,
  consistencyProofReport,
  defaultSince,
  disclosureSearch,
  inclusionProofReport,
  liveProofTree,
  readPaged,
  renderDisclosures,
  searchHit,
  searchPaged,
  toSiemLine,
  type AuditRecord,
  type SearchHit,
} from '../audit/index.js';
import { PhigateError } from '../errors.js';
import type { GatewayDeps } from '../gateway/deps.js';
import { type AdminCall, type AdminReply, type EndpointFactory, type ReplyLine, json } from './endpoint.js';
import { codeParam, countParam, dateParam, limitParam, parseQuery, patientRefParam } from './input.js';

const SEARCH_LIMIT = 1000;
const TEXT = 'text/plain; charset=utf-8';

const patientParams = { patient: z.string().optional(), patientRef: patientRefParam.optional() };

const searchQuery = z.strictObject({
  actor: z.string().regex(PRINCIPAL_ID, 'must be a principal id such as user:dr-lee').optional(),
  ...patientParams,
  vendor: codeParam.optional(),
  action: codeParam.optional(),
  since: dateParam.optional(),
  until: dateParam.optional(),
  limit: limitParam(SEARCH_LIMIT).optional(),
  after: countParam.optional(),
});

const disclosuresQuery = z.strictObject({
  ...patientParams,
  since: dateParam.optional(),
  until: dateParam.optional(),
  format: z.enum(DISCLOSURE_FORMATS as [string, ...string[]]).default('json'),
});

const inclusionQuery = z.strictObject({ index: countParam, size: countParam.optional() });
const consistencyQuery = z.strictObject({ from: countParam, to: countParam.optional() });
const exportQuery = z.strictObject({ from: countParam.optional() });

/** The keyed hash of the patient the call names (at most one way), recorded for the audit event. */
function patientRefOf(deps: GatewayDeps, call: AdminCall, q: { patient?: string | undefined; patientRef?: string | undefined }): string | undefined {
  const header = call.request.headers.get('x-phigate-patient')?.trim() || undefined;
  if ([q.patient, q.patientRef, header].filter((v) => v !== undefined).length > 1) {
    throw new PhigateError('PHIGATE_BAD_INPUT', 'Name the patient once: the patient or patientRef parameter, or the X-Phigate-Patient header');
  }
  if (q.patientRef !== undefined) {
    call.concerns({ ref: q.patientRef });
    return q.patientRef;
  }
  const id = q.patient ?? header;
  if (id === undefined) return undefined;
  checkPatientId(id, q.patient !== undefined ? 'Query parameter patient' : 'X-Phigate-Patient');
  call.concerns({ id });
  return deps.patientHash(id);
}

async function take(records: AsyncIterable<AuditRecord>, n: number): Promise<SearchHit[]> {
  const out: SearchHit[] = [];
  for await (const r of records) {
    const hit = searchHit(r);
    if (hit) out.push(hit);
    if (out.length >= n) break;
  }
  return out;
}

/** SIEM lines, each with the sequence to resume from after it (the `from` of the next call). */
async function* siemLines(records: AsyncIterable<AuditRecord>): AsyncIterable<ReplyLine> {
  for await (const r of records) yield { text: toSiemLine(r), next: r.seq + 1 };
}

const text = (body: string, status = 200, contentType = TEXT, filename?: string): AdminReply => ({ kind: 'text', status, contentType, text: body, ...(filename ? { filename } : {}) });

export const auditEndpoints: EndpointFactory = (deps, { auditLog: log }) => [
  {
    method: 'GET',
    path: '/audit/checkpoint',
    action: 'admin.audit.checkpoint.read',
    scope: 'audit-read',
    purpose: 'HOPERAT',
    async handle() {
      const latest = await log.latestCheckpoint();
      if (!latest) throw new PhigateError('PHIGATE_NOT_FOUND', 'No checkpoint has been published yet: POST /admin/v1/audit/checkpoint publishes one');
      return text(latest.note);
    },
  },
  {
    method: 'POST',
    path: '/audit/checkpoint',
    action: 'admin.audit.checkpoint.publish',
    scope: 'audit-publish',
    purpose: 'HOPERAT',
    async handle() {
      return text((await log.publishCheckpoint()).note, 201);
    },
  },
  {
    method: 'GET',
    path: '/audit/proofs/inclusion',
    action: 'admin.audit.proof.inclusion',
    scope: 'audit-read',
    purpose: 'HOPERAT',
    async handle(call) {
      const q = parseQuery(inclusionQuery, call.url);
      return json(await inclusionProofReport(await liveProofTree(log), q.index, q.size));
    },
  },
  {
    method: 'GET',
    path: '/audit/proofs/consistency',
    action: 'admin.audit.proof.consistency',
    scope: 'audit-read',
    purpose: 'HOPERAT',
    async handle(call) {
      const q = parseQuery(consistencyQuery, call.url);
      return json(await consistencyProofReport(await liveProofTree(log), q.from, q.to));
    },
  },
  {
    method: 'GET',
    path: '/audit/search',
    action: 'admin.audit.search',
    scope: 'audit-read',
    purpose: 'HOPERAT',
    async handle(call) {
      const q = parseQuery(searchQuery, call.url);
      const patient = patientRefOf(deps, call, q);
      const limit = q.limit ?? 100;
      const hits = await take(
        searchPaged(log, {
          limit: limit + 1,
          ...(q.actor ? { actor: q.actor } : {}),
          ...(patient ? { patient } : {}),
          ...(q.vendor ? { vendor: q.vendor } : {}),
          ...(q.action ? { action: q.action } : {}),
          ...(q.since ? { from: q.since } : {}),
          ...(q.until ? { to: q.until } : {}),
          ...(q.after !== undefined ? { afterSeq: q.after } : {}),
        }),
        limit + 1,
      );
      const data = hits.slice(0, limit);
      // Paging: pass the last entry's seq as `after` for the next page.
      return json({ object: 'list', data, hasMore: hits.length > limit });
    },
  },
  {
    method: 'GET',
    path: '/audit/disclosures',
    action: 'admin.audit.disclosures',
    scope: 'audit-read',
    purpose: 'HOPERAT',
    async handle(call) {
      const q = parseQuery(disclosuresQuery, call.url);
      const patientRef = patientRefOf(deps, call, q);
      if (!patientRef) throw new PhigateError('PHIGATE_BAD_INPUT', 'Name the patient: query parameter patient (or patientRef), or the X-Phigate-Patient header');
      const until = q.until ?? call.now;
      const since = q.since ?? defaultSince(call.now);
      const query = { patientRef, since, until };
      const list = await accountDisclosuresFrom(searchPaged(log, disclosureSearch(query)), query);
      const format = q.format as (typeof DISCLOSURE_FORMATS)[number];
      const body = renderDisclosures(list, format, { since, until, generatedAt: call.now });
      if (format === 'json') return text(body, 200, 'application/json; charset=utf-8');
      return format === 'csv' ? text(body, 200, 'text/csv; charset=utf-8', 'disclosures.csv') : text(body);
    },
  },
  {
    method: 'GET',
    path: '/audit/export',
    action: 'admin.audit.export',
    scope: 'audit-read',
    purpose: 'HOPERAT',
    async handle(call) {
      const q = parseQuery(exportQuery, call.url);
      const from = q.from ?? 0;
      return { kind: 'lines', contentType: 'application/x-ndjson; charset=utf-8', lines: siemLines(readPaged(log, from)), from };
    },
  },
];
