// The gateway's authorization evaluator, deny by default: the compiled `access.roles` and the policy
// files become one Cedar policy set, parsed and validated once at start-up and kept inside the
// WebAssembly module; each request is then one statefulIsAuthorized call. Cedar's answer maps onto
// AccessDecision: an allow's reason comes from the determining permits' @reason, a forbid's refusal
// from its @code/@message, and a default deny is explained by the typed role semantics (which role
// condition failed), so refusals keep their specific codes.
import { createHash } from 'node:crypto';
import { type AuthorizationAnswer, type AuthorizationCall, type EntityJson, policyToJson, preparsePolicySet, statefulIsAuthorized, validate } from './wasm.js';
import { PURPOSES_OF_USE } from '../../audit/purpose.js';
import type { AccessConfig, ModelConfig } from '../../config/index.js';
import { PhigateError } from '../../errors.js';
import { OldestFirst } from '../../oldest-first.js';
import type { Principal } from '../principal.js';
import { type AccessDecision, type AccessRequest, ALLOW_REASONS, type AllowReason, BREAK_GLASS_PURPOSE, decide as explain, denial, needsCareTeam as rolesNeedCareTeam } from '../policy.js';
import { type CedarPolicy, compileRoles } from './compile.js';
import { readPolicyFiles } from './policy-files.js';
import { CEDAR_SCHEMA, INVOKE } from './schema.js';

export interface AccessPolicy {
  /** Whether the care-team relation matters for this request (so the caller looks it up only then). */
  needsCareTeam(req: Omit<AccessRequest, 'onCareTeam'>): boolean;
  decide(req: AccessRequest): AccessDecision;
  /** The models of `all` this principal may use for some request (GET /v1/models), as `decide` says. */
  allowedModels(principal: Pick<Principal, 'id' | 'kind' | 'roles'>, all: readonly string[]): string[];
  /**
   * What this principal may send a model in the requests `decide` allows: `identified` when some allowed
   * request is not held to de-identified vendors (it names a patient, or noPatient is `allow`),
   * `deidentified-only` when every allowed one is, `none` when none is allowed.
   */
  modelReach(principal: Pick<Principal, 'id' | 'kind' | 'roles'>, model: string): ModelReach;
  /** The compiled roles, then the policy files' policies: the whole policy set. */
  readonly policies: readonly CedarPolicy[];
  /** Every role a policy names (`access.roles` and roles only policy files know), sorted. */
  readonly roles: readonly string[];
}

export type ModelReach = 'identified' | 'deidentified-only' | 'none';

export interface AccessPolicyConfig {
  readonly access: AccessConfig;
  /** Model entities (vendor, service) for policies that look at `resource`. */
  readonly models: readonly ModelConfig[];
}

const PROBE_PATIENT = 'phigate:probe';
const LISTING_CACHE = 10_000;
const DECISION_CACHE = 10_000;

/** Role entity ids anywhere in a policy's JSON form (scope constraints and literals alike). */
function rolesIn(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) for (const n of node) rolesIn(n, out);
  else if (node !== null && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o['type'] === 'Role' && typeof o['id'] === 'string') out.add(o['id']);
    for (const v of Object.values(o)) rolesIn(v, out);
  }
}

/** What the policies can tell apart and name, read from their JSON form (where literals are unescaped). */
function mentions(compiled: readonly CedarPolicy[], files: readonly CedarPolicy[]): { purposes: string[]; careTeamInFiles: boolean; roles: string[] } {
  const roles = new Set<string>();
  const jsonOf = (p: CedarPolicy): string => {
    const answer = policyToJson(p.text);
    if (answer.type !== 'success') return p.text;
    rolesIn(answer.json, roles);
    return JSON.stringify(answer.json);
  };
  const fromFiles = files.map(jsonOf);
  const all = [...compiled.map(jsonOf), ...fromFiles].join('\n');
  const named = PURPOSES_OF_USE.map((p) => p.code).filter((code) => all.includes(`"${code}"`));
  // Purposes no policy names can't be told apart (Cedar compares entities only to literals): one stands for all.
  const other = PURPOSES_OF_USE.find((p) => !named.includes(p.code));
  return { purposes: other ? [...named, other.code] : named, careTeamInFiles: fromFiles.some((j) => j.includes('"onCareTeam"')), roles: [...roles].sort() };
}

/** The request shapes GET /v1/models tries per model: each purpose that matters, with and without a patient. */
function probesFor(purposes: readonly string[]): Array<Pick<AccessRequest, 'purpose' | 'patient' | 'onCareTeam' | 'breakGlass'>> {
  return [...new Set([...purposes, BREAK_GLASS_PURPOSE])].flatMap((purpose) => [
    { purpose, patient: null, onCareTeam: null, breakGlass: false },
    { purpose, patient: PROBE_PATIENT, onCareTeam: true, breakGlass: false },
    { purpose, patient: PROBE_PATIENT, onCareTeam: false, breakGlass: false },
    ...(purpose === BREAK_GLASS_PURPOSE ? [{ purpose, patient: PROBE_PATIENT, onCareTeam: false, breakGlass: true }] : []),
  ]);
}

function mustSucceed(answer: { type: string; errors?: ReadonlyArray<{ message: string }> }, what: string): void {
  if (answer.type !== 'success') throw new PhigateError('PHIGATE_INTERNAL', `${what} failed: ${answer.errors?.map((e) => e.message).join('; ') ?? 'unknown error'}`);
}

/** The compiled roles must validate too: a model id that breaks them is a config error naming the role. */
function checkCompiled(compiled: readonly CedarPolicy[]): void {
  const checked = validate({ schema: CEDAR_SCHEMA, policies: { staticPolicies: Object.fromEntries(compiled.map((p) => [p.id, p.text])) } });
  const errors = checked.type === 'failure' ? checked.errors.map((e) => ({ policyId: '', error: e })) : checked.validationErrors;
  if (errors.length === 0) return;
  const origin = (id: string): string => compiled.find((p) => p.id === id)?.origin ?? 'access.roles';
  throw new PhigateError('PHIGATE_BAD_CONFIG', errors.map((e) => `${origin(e.policyId)}: does not compile to a valid Cedar policy (${e.error.message})`).join('\n'));
}

/** Parses and validates every policy once; throws PHIGATE_BAD_CONFIG naming the file, line and column. */
export function createAccessPolicy(config: AccessPolicyConfig): AccessPolicy {
  const { access } = config;
  const compiled = compileRoles(access);
  checkCompiled(compiled);
  const fromFiles = readPolicyFiles(access.policies, new Set(compiled.map((p) => p.id)));
  const policies = [...compiled, ...fromFiles];
  const order = new Map(policies.map((p, i) => [p.id, { policy: p, index: i }]));
  // The care team is looked up when a caller's role depends on it (typed needsCareTeam) or, for every
  // request naming a patient, when a policy file reads onCareTeam.
  const { purposes, careTeamInFiles, roles } = mentions(compiled, fromFiles);
  const probes = probesFor(purposes);

  // The wasm module keeps preparsed sets by name for the whole process: name them by content, so
  // gateways with the same policies share one and different ones never collide.
  const staticPolicies = Object.fromEntries(policies.map((p) => [p.id, p.text]));
  const setId = `phigate-${createHash('sha256').update(JSON.stringify(staticPolicies)).digest('hex').slice(0, 32)}`;
  mustSucceed(preparsePolicySet(setId, { staticPolicies }), 'Preparsing the Cedar policy set');

  const modelEntities = new Map(config.models.map((m) => [m.id, modelEntity(m)]));

  function ask(req: AccessRequest): AuthorizationAnswer {
    // No schema per request: it halves the cost of a call, and what it would check is settled before:
    // the policies were validated against it at start-up, and cedarRequest builds the schema's shapes
    // from values the gateway has checked (a purpose code, an opaque patient id).
    return statefulIsAuthorized({ ...cedarRequest(req, modelEntities.get(req.model)), preparsedPolicySetId: setId });
  }

  const determining = (ids: readonly string[], effect: 'permit' | 'forbid'): CedarPolicy[] =>
    ids
      .flatMap((id) => {
        const hit = order.get(id);
        return hit && hit.policy.effect === effect ? [hit] : [];
      })
      .sort((a, b) => a.index - b.index)
      .map((h) => h.policy);

  function decide(req: AccessRequest): AccessDecision {
    const answer = ask(req);
    // Never Cedar's own messages: they may quote entity ids (a patient id) from the request.
    if (answer.type === 'failure') throw new PhigateError('PHIGATE_INTERNAL', 'The authorization policy could not be evaluated for this request');
    const { decision, diagnostics } = answer.response;
    const forbids = determining(diagnostics.reason, 'forbid');
    const forbid = forbids[0];
    if (decision === 'deny' && forbid) {
      if (forbid.message !== undefined) return { allow: false, code: forbid.code ?? 'PHIGATE_FORBIDDEN', message: forbid.message };
      return forbid.code ? denial(forbid.code, req) : { allow: false, code: 'PHIGATE_FORBIDDEN', message: `The gateway policy "${forbid.id}" forbids this request` };
    }
    // Cedar skips a policy whose evaluation errors; a forbid that could not be evaluated fails closed.
    if (determining(diagnostics.errors.map((e) => e.policyId), 'forbid').length > 0) {
      return { allow: false, code: 'PHIGATE_FORBIDDEN', message: 'A gateway policy could not be evaluated for this request; ask an administrator to check the policy files' };
    }
    if (decision === 'allow') {
      const reasons = determining(diagnostics.reason, 'permit').map((p) => p.reason ?? derivedReason(req));
      const reason = ALLOW_REASONS.find((r) => reasons.includes(r)) ?? derivedReason(req);
      return { allow: true, reason, deidentifiedOnly: req.patient === null && access.noPatient !== 'allow', breakGlass: reason === 'BREAK_GLASS' };
    }
    // Default deny: no permit applies. The role semantics say which condition failed.
    const why = explain(access, req);
    return why.allow ? { allow: false, code: 'PHIGATE_FORBIDDEN', message: 'No gateway policy permits this request' } : why;
  }

  // Decisions are a pure function of the request (the policies are fixed for the process), and one
  // Cedar call costs a few hundred microseconds: a conversation's turns ask the same question again.
  // Keys are digests, so the cache keeps no patient id.
  const decided = new Map<string, AccessDecision>();
  const oldest = new OldestFirst(decided);
  function decideCached(req: AccessRequest): AccessDecision {
    const key = createHash('sha256')
      .update(JSON.stringify([req.principal.id, req.principal.kind, req.roles, req.model, req.purpose, req.patient, req.onCareTeam, req.breakGlass]))
      .digest('base64');
    const hit = decided.get(key);
    if (hit) return hit;
    const decision = Object.freeze(decide(req));
    if (decided.size >= DECISION_CACHE) oldest.evict();
    decided.set(key, decision);
    return decision;
  }

  const reached = new Map<string, ModelReach>();
  const modelReach: AccessPolicy['modelReach'] = (principal, model) => {
    const key = JSON.stringify([principal.id, principal.kind, principal.roles, model]);
    let reach = reached.get(key);
    if (reach === undefined) {
      const who = { id: principal.id, kind: principal.kind };
      const decisions = probes.map((probe) => decideCached({ principal: who, roles: principal.roles, model, ...probe }));
      reach = decisions.some((d) => d.allow && !d.deidentifiedOnly) ? 'identified' : decisions.some((d) => d.allow) ? 'deidentified-only' : 'none';
      if (reached.size >= LISTING_CACHE) reached.clear();
      reached.set(key, reach);
    }
    return reach;
  };
  return {
    policies,
    roles,
    decide: decideCached,
    needsCareTeam: (req) => req.patient !== null && (careTeamInFiles || rolesNeedCareTeam(access, req)),
    modelReach,
    allowedModels: (principal, all) => all.filter((model) => modelReach(principal, model) !== 'none'),
  };
}

/** The Cedar request for an AccessRequest: principal, action, resource, context and the two entities. */
export function cedarRequest(req: AccessRequest, model: EntityJson | undefined): Omit<AuthorizationCall, 'policies'> {
  const user: EntityJson = { uid: { type: 'User', id: req.principal.id }, attrs: { kind: req.principal.kind }, parents: req.roles.map((r) => ({ type: 'Role', id: r })) };
  return {
    principal: { type: 'User', id: req.principal.id },
    action: INVOKE,
    resource: { type: 'Model', id: req.model },
    context: {
      purpose: { __entity: { type: 'Purpose', id: req.purpose } },
      ...(req.patient === null ? {} : { patient: { __entity: { type: 'Patient', id: req.patient } } }),
      onCareTeam: req.onCareTeam === true,
      breakGlass: req.breakGlass,
    },
    entities: model ? [user, model] : [user],
  };
}

/** The entity of a configured model (policies may read its vendor and service). */
export function modelEntity(m: ModelConfig): EntityJson {
  return { uid: { type: 'Model', id: m.id }, attrs: { vendor: m.vendor, service: m.service }, parents: [] };
}

/** The reason of a permit without @reason (a policy file's): what the request was allowed on. */
function derivedReason(req: AccessRequest): AllowReason {
  if (req.patient === null) return 'NO_PATIENT';
  if (req.onCareTeam === true) return 'CARE_TEAM';
  return req.breakGlass ? 'BREAK_GLASS' : 'ANY_PATIENT';
}
