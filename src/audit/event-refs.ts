// How an audit event refers to things without holding them. The patient is a keyed hash (HMAC-SHA256)
// of the patient id, so the log can be searched and accounted per patient by whoever holds the key and
// by no one else; payloads are SHA-256 digests. The key is passed in by the caller (from the crypto
// capability's keyring once it exists).
import crypto from 'node:crypto';
import { PhigateError } from '../errors.js';

export type PatientHasher = (patientId: string) => string;

const DOMAIN = 'phigate.audit.patient.v1\n';
const MAX_ID_LENGTH = 256;

/**
 * Requires a key of at least 32 bytes. The id is NFC-normalised and trimmed, so "MRN 1" typed twice
 * hashes the same; namespacing ids (e.g. "mrn:hospital-a:12345") is the caller's choice, made once.
 */
export function createPatientHasher(key: Uint8Array): PatientHasher {
  if (key.length < 32) throw new PhigateError('PHIGATE_KEY_MISSING', `Patient hash key must be at least 32 bytes, got ${key.length}`);
  const k = Buffer.from(key);
  return (patientId) => {
    const id = patientId.normalize('NFC').trim();
    if (id.length === 0 || id.length > MAX_ID_LENGTH) {
      throw new PhigateError('PHIGATE_BAD_INPUT', `Patient id must be 1 to ${MAX_ID_LENGTH} characters`);
    }
    return crypto.createHmac('sha256', k).update(DOMAIN).update(id, 'utf8').digest('hex');
  };
}

/** Digest of bytes sent to or returned from a vendor, for the event's `sent` and `returned` fields. */
export function payloadDigest(bytes: Uint8Array | string): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
