// How an event becomes a log leaf. The leaf commits to a salted digest of the event's canonical JSON,
// not to the event itself, so erasing an event's payload and salt (retention, a legal request) leaves
// the tree intact, and the remaining digest reveals nothing that could be confirmed by guessing.
import crypto from 'node:crypto';
import { canonicalEvent } from './event-json.js';
import { bytesEqual, sha256, type LogHasher } from './hasher.js';
import { isValidatedEvent, parseAuditEvent, type AuditEvent } from './event.js';

export const SALT_BYTES = 16;
export const DIGEST_BYTES = 32;

// Domain separation: a digest of an audit event can never equal a digest of anything else we hash.
const DOMAIN = Buffer.from('phigate.audit.event.v1\n', 'utf8');

/** SHA-256(domain || salt || canonical JSON of the event, UTF-8). */
export function eventDigest(salt: Uint8Array, canonicalEvent: string): Buffer {
  if (salt.length !== SALT_BYTES) throw new RangeError(`salt must be ${SALT_BYTES} bytes, got ${salt.length}`);
  const buf = Buffer.allocUnsafe(DOMAIN.length + SALT_BYTES + Buffer.byteLength(canonicalEvent, 'utf8'));
  DOMAIN.copy(buf, 0);
  buf.set(salt, DOMAIN.length);
  buf.write(canonicalEvent, DOMAIN.length + SALT_BYTES, 'utf8');
  return sha256(buf);
}

/** The leaf's data is the 32-byte digest; its Merkle leaf hash is HASH(0x00 || digest). */
export function leafHashOfDigest(hasher: LogHasher, digest: Uint8Array): Uint8Array {
  return hasher.hashLeaf(digest);
}

/** An event ready to append: everything the store keeps for it. */
export interface SealedEvent {
  readonly event: AuditEvent;
  /** The canonical JSON the digest covers; what the store keeps as the payload. */
  readonly canonical: string;
  readonly salt: Uint8Array;
  readonly digest: Uint8Array;
  readonly leafHash: Uint8Array;
}

// randomBytes has a high fixed cost per call; drawing 4 KiB at a time and slicing is ~10x cheaper.
// Each salt is a fresh copy, so no two events share bytes.
let pool = Buffer.alloc(0);
let poolAt = 0;
function pooledRandom(n: number): Uint8Array {
  if (poolAt + n > pool.length) {
    pool = crypto.randomFillSync(Buffer.allocUnsafe(4096));
    poolAt = 0;
  }
  const out = Buffer.from(pool.subarray(poolAt, poolAt + n));
  poolAt += n;
  return out;
}

/** Draws a fresh salt per event; `random` is injectable for deterministic tests. */
export function sealEvent(event: AuditEvent, hasher: LogHasher, random: (n: number) => Uint8Array = pooledRandom): SealedEvent {
  const canonical = canonicalEvent(isValidatedEvent(event) ? event : parseAuditEvent(event));
  const salt = random(SALT_BYTES);
  const digest = eventDigest(salt, canonical);
  return { event, canonical, salt, digest, leafHash: leafHashOfDigest(hasher, digest) };
}

/** True when the salt and event are exactly what the digest committed to. */
export function payloadMatchesDigest(salt: Uint8Array, event: AuditEvent | string, digest: Uint8Array): boolean {
  if (salt.length !== SALT_BYTES || digest.length !== DIGEST_BYTES) return false;
  const canonical = typeof event === 'string' ? event : canonicalEvent(isValidatedEvent(event) ? event : parseAuditEvent(event));
  return bytesEqual(eventDigest(salt, canonical), digest);
}
