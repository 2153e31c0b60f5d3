// The audit event: who did what to which patient's data, for what purpose, through which vendor, with
// what outcome. Built only through validation that rejects anything shaped like free text, so PHI has
// no field to slip into: the patient is a keyed hash, payloads are digests, everything else is a code.
import { PhigateError } from '../errors.js';
import { PURPOSES_OF_USE } from './purpose.js';

export type Decision = 'allow' | 'deny';

export interface AuditEvent {
  /** Schema version of the event; part of what the digest commits to. */
  readonly v: 1;
  /** When the gateway decided, RFC 3339 UTC with milliseconds. */
  readonly time: string;
  readonly requestId: string;
  readonly actor: { readonly id: string; readonly roles: readonly string[] };
  readonly action: string;
  /** Keyed hash of the patient id (see patient-ref.ts), never the id; null when no patient is concerned. */
  readonly patient: string | null;
  readonly purpose: string;
  readonly vendor: string | null;
  readonly model: string | null;
  readonly decision: Decision;
  readonly reason: string;
  /** How many identifiers of each type were found in what the request carried. */
  readonly identifiers: Readonly<Record<string, number>>;
  /** SHA-256 (hex) of the bytes sent upstream and of the bytes returned, when there were any. */
  readonly sent: string | null;
  readonly returned: string | null;
  /**
   * What an administrative call acted on: a principal id (`user:dr-lee`, whose key was created or who joined
   * a care team) or an API key id (`apikey:` and 16 hex digits). Absent on every other event, so events
   * without it keep the canonical JSON they always had.
   */
  readonly target?: string;
}

export type AuditEventInput = Omit<AuditEvent, 'v' | 'time' | 'target'> & { readonly time: string | Date; readonly target?: string | null };

/**
 * Closed vocabularies a deployment knows (its vendors and models from the registry, its roles, its
 * actions). A code-shaped single word such as a first name cannot be told from a code by its syntax;
 * a vocabulary can, so gateways should pass one.
 */
export interface EventVocabulary {
  readonly actions?: readonly string[];
  readonly purposes?: readonly string[];
  readonly reasons?: readonly string[];
  readonly roles?: readonly string[];
  readonly vendors?: readonly string[];
  readonly models?: readonly string[];
  readonly identifierTypes?: readonly string[];
}

interface CodeRule {
  readonly pattern: RegExp;
  /** Longest run of digits allowed: long digit runs are how MRNs, SSNs and phone numbers look. */
  readonly maxDigitRun: number;
  readonly describe: string;
}

// Every pattern is anchored with bounded repetition over a single class: linear time.
const RULES = {
  code: { pattern: /^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/, maxDigitRun: 4, describe: '1-64 of A-Z a-z 0-9 _ . : - starting with a letter, at most 4 digits in a row' },
  actor: { pattern: /^[A-Za-z][A-Za-z0-9_.:/-]{0,127}$/, maxDigitRun: 12, describe: '1-128 of A-Z a-z 0-9 _ . : / - starting with a letter (an opaque subject id, not an email)' },
  model: { pattern: /^[A-Za-z][A-Za-z0-9_.:/-]{0,99}$/, maxDigitRun: 8, describe: '1-100 of A-Z a-z 0-9 _ . : / - starting with a letter, at most 8 digits in a row' },
  identifierType: { pattern: /^[A-Z][A-Z0-9_]{0,31}$/, maxDigitRun: 4, describe: '1-32 of A-Z 0-9 _ starting with a letter' },
} as const satisfies Record<string, CodeRule>;

const REQUEST_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z][a-z0-9]{0,15}_[A-Za-z0-9]{8,48})$/;
const HEX_DIGEST = /^[0-9a-f]{64}$/;
const API_KEY_TARGET = /^apikey:[0-9a-f]{16}$/;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const MAX_ROLES = 16;
const MAX_IDENTIFIER_TYPES = 64;
const MAX_COUNT = 1_000_000_000;
const FIELDS = ['requestId', 'actor', 'action', 'patient', 'purpose', 'vendor', 'model', 'decision', 'reason', 'identifiers', 'sent', 'returned', 'time', 'target'];
/** Fields an event may leave out. */
const OPTIONAL = new Set(['v', 'target']);
const STORED_FIELDS = [...FIELDS, 'v'];

/** Never echoes the offending value: it may be exactly the PHI this validation keeps out. */
function reject(field: string, rule: string): never {
  throw new PhigateError('PHIGATE_AUDIT_INVALID_EVENT', `Audit event field ${field} is not valid: expected ${rule}`, { details: { field } });
}

function digitRun(value: string, max: number): boolean {
  let run = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    if (run > max) return true;
  }
  return false;
}

function checkCode(field: string, value: unknown, rule: CodeRule, allowed?: readonly string[]): string {
  if (typeof value !== 'string' || !rule.pattern.test(value) || digitRun(value, rule.maxDigitRun)) reject(field, rule.describe);
  if (allowed && !allowed.includes(value)) reject(field, 'a value from the configured vocabulary');
  return value;
}

function checkNullable<T>(value: unknown, check: (v: unknown) => T): T | null {
  return value === null ? null : check(value);
}

function checkHex(field: string, value: unknown): string {
  if (typeof value !== 'string' || !HEX_DIGEST.test(value)) reject(field, '64 lowercase hex digits (a SHA-256 digest or keyed hash)');
  return value;
}

function checkTarget(value: unknown): string {
  if (typeof value === 'string' && API_KEY_TARGET.test(value)) return value;
  return checkCode('target', value, { ...RULES.actor, describe: `${RULES.actor.describe}, or apikey: and 16 hex digits` });
}

function checkTime(value: unknown): string {
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString()) : value;
  if (typeof text !== 'string' || !TIME.test(text) || new Date(text).toISOString() !== text) {
    reject('time', 'an RFC 3339 UTC time with milliseconds (YYYY-MM-DDTHH:MM:SS.sssZ)');
  }
  return text;
}

function checkPlainObject(field: string, value: unknown, allowedKeys: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) reject(field, 'an object');
  for (const key of Object.keys(value)) {
    if (!allowedKeys.includes(key)) reject(field, `only the fields ${allowedKeys.join(', ')}`);
  }
  return value as Record<string, unknown>;
}

function checkRoles(value: unknown, allowed?: readonly string[]): string[] {
  if (!Array.isArray(value) || value.length > MAX_ROLES) reject('actor.roles', `a list of at most ${MAX_ROLES} role codes`);
  const roles = value.map((r, i) => checkCode(`actor.roles[${i}]`, r, RULES.code, allowed));
  if (new Set(roles).size !== roles.length) reject('actor.roles', 'distinct role codes');
  return roles;
}

function checkIdentifiers(value: unknown, allowed?: readonly string[]): Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) reject('identifiers', 'an object of counts by identifier type');
  const entries = Object.entries(value);
  if (entries.length > MAX_IDENTIFIER_TYPES) reject('identifiers', `at most ${MAX_IDENTIFIER_TYPES} identifier types`);
  const out: Record<string, number> = {};
  for (const [type, count] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    checkCode('identifiers (a type)', type, RULES.identifierType, allowed);
    if (!Number.isSafeInteger(count) || (count as number) < 0 || (count as number) > MAX_COUNT) {
      reject('identifiers (a count)', `an integer from 0 to ${MAX_COUNT}`);
    }
    out[type] = count as number;
  }
  return out;
}

// Events that passed build(): the log's append re-validates anything else, so a hand-made object cast
// to AuditEvent cannot carry free text past this module.
const VALIDATED = new WeakSet<object>();

/** True for events made by this module's constructors (validated and frozen). */
export function isValidatedEvent(event: unknown): event is AuditEvent {
  return typeof event === 'object' && event !== null && VALIDATED.has(event);
}

function deepFreeze<T>(event: T): T {
  const e = event as unknown as AuditEvent;
  Object.freeze(e.actor.roles);
  Object.freeze(e.actor);
  Object.freeze(e.identifiers);
  return Object.freeze(event);
}

function build(input: unknown, vocabulary: EventVocabulary, fields: readonly string[]): AuditEvent {
  const o = checkPlainObject('(event)', input, fields);
  const actor = checkPlainObject('actor', o['actor'], ['id', 'roles']);
  const decision = o['decision'];
  if (decision !== 'allow' && decision !== 'deny') reject('decision', '"allow" or "deny"');
  if (typeof o['requestId'] !== 'string' || !REQUEST_ID.test(o['requestId'])) {
    reject('requestId', 'a UUID or a prefixed opaque id such as req_2b7Qm9xT4kLp8VzA');
  }
  const event: AuditEvent = {
    v: 1,
    time: checkTime(o['time']),
    requestId: o['requestId'],
    actor: { id: checkCode('actor.id', actor['id'], RULES.actor), roles: checkRoles(actor['roles'], vocabulary.roles) },
    action: checkCode('action', o['action'], RULES.code, vocabulary.actions),
    patient: checkNullable(o['patient'], (v) => checkHex('patient', v)),
    purpose: checkCode('purpose', o['purpose'], RULES.code, vocabulary.purposes ?? PURPOSES_OF_USE.map((p) => p.code)),
    vendor: checkNullable(o['vendor'], (v) => checkCode('vendor', v, RULES.code, vocabulary.vendors)),
    model: checkNullable(o['model'], (v) => checkCode('model', v, RULES.model, vocabulary.models)),
    decision,
    reason: checkCode('reason', o['reason'], RULES.code, vocabulary.reasons),
    identifiers: checkIdentifiers(o['identifiers'], vocabulary.identifierTypes),
    sent: checkNullable(o['sent'], (v) => checkHex('sent', v)),
    returned: checkNullable(o['returned'], (v) => checkHex('returned', v)),
    // Only when there is one: the object then has no `target` key at all (see AuditEvent.target).
    ...(o['target'] === undefined || o['target'] === null ? {} : { target: checkTarget(o['target']) }),
  };
  for (const f of fields) if (!(f in o) && !OPTIONAL.has(f)) reject(f, 'a value (use null where the field allows none)');
  if (fields === STORED_FIELDS && o['v'] !== 1) reject('v', 'schema version 1');
  VALIDATED.add(event);
  return deepFreeze(event);
}

export type AuditEventFactory = (input: AuditEventInput) => AuditEvent;

/** A validating constructor bound to a deployment's vocabularies. */
export function createAuditEventFactory(vocabulary: EventVocabulary = {}): AuditEventFactory {
  return (input) => build(input, vocabulary, FIELDS);
}

/** Validates and freezes an event with syntax checks only (purpose must still be a known code). */
export const createAuditEvent: AuditEventFactory = createAuditEventFactory();

/** Reads an event back from storage or an export, with the same validation as at construction. */
export function parseAuditEvent(value: unknown, vocabulary: EventVocabulary = {}): AuditEvent {
  return build(value, vocabulary, STORED_FIELDS);
}
