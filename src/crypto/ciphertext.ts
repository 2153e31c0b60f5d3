// The versioned ciphertext format for sealed values, and the associated data that binds a ciphertext
// to its place. Layout (format 1):
//
//   0      1 byte   format version (0x01)
//   1      16 bytes data key id
//   17     12 bytes IV
//   29     n bytes  AES-256-GCM ciphertext
//   29+n   16 bytes tag
//
// The GCM associated data is the 17-byte header followed by the place (tenant, table, record id, field),
// each length-prefixed, so a ciphertext copied to another row, column or tenant, or relabelled with
// another key id, fails to open. A new format gets a new version byte; readers keep the old ones.
import { PhigateError } from '../errors.js';
import { IV_BYTES, TAG_BYTES, gcmOpen, gcmSealInto } from './aead.js';

export const FORMAT_V1 = 0x01;
export const KEY_ID_BYTES = 16;
export const HEADER_BYTES = 1 + KEY_ID_BYTES;
export const OVERHEAD_BYTES = HEADER_BYTES + IV_BYTES + TAG_BYTES;

/** Where a sealed value lives. None of these may be PHI: they appear in error messages. */
export interface SealContext {
  readonly tenant: string;
  readonly table: string;
  readonly recordId: string;
  readonly field: string;
}

const AAD_LABEL = Buffer.from('phigate/seal/v1\0', 'utf8');
const MAX_PART_BYTES = 512;

function partLength(name: string, value: string): number {
  const n = typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : 0;
  if (n === 0 || n > MAX_PART_BYTES) {
    throw new PhigateError('PHIGATE_BAD_INPUT', `Seal context ${name} must be 1-${MAX_PART_BYTES} bytes`);
  }
  return n;
}

/** header || label || len(tenant) tenant || len(table) table || len(id) id || len(field) field. */
export function encodeAad(header: Uint8Array, ctx: SealContext): Buffer {
  // Written straight into one buffer: this runs for every seal and open.
  const lt = partLength('tenant', ctx.tenant);
  const lb = partLength('table', ctx.table);
  const lr = partLength('recordId', ctx.recordId);
  const lf = partLength('field', ctx.field);
  const out = Buffer.allocUnsafe(header.length + AAD_LABEL.length + 8 + lt + lb + lr + lf);
  out.set(header, 0);
  let off = header.length + AAD_LABEL.copy(out, header.length);
  off = out.writeUInt16BE(lt, off);
  off += out.write(ctx.tenant, off, 'utf8');
  off = out.writeUInt16BE(lb, off);
  off += out.write(ctx.table, off, 'utf8');
  off = out.writeUInt16BE(lr, off);
  off += out.write(ctx.recordId, off, 'utf8');
  off = out.writeUInt16BE(lf, off);
  out.write(ctx.field, off, 'utf8');
  return out;
}

/** A short, stable description of a place for error messages: tenant/table/recordId/field. */
export function describePlace(ctx: SealContext): string {
  return `${ctx.tenant}/${ctx.table}/${ctx.recordId}/${ctx.field}`;
}

export function formatKeyId(keyId: Uint8Array): string {
  return Buffer.from(keyId.buffer, keyId.byteOffset, keyId.byteLength).toString('hex');
}

export interface ParsedCiphertext {
  readonly version: number;
  readonly keyId: Buffer;
}

/** Reads the header; throws PHIGATE_CRYPTO_FAILURE naming the place when it is not a sealed value. */
export function parseHeader(ciphertext: Uint8Array, ctx: SealContext): ParsedCiphertext {
  if (ciphertext.length < OVERHEAD_BYTES || ciphertext[0] !== FORMAT_V1) {
    const why = ciphertext.length < OVERHEAD_BYTES ? 'is too short' : `has unknown format version ${ciphertext[0]}`;
    throw new PhigateError('PHIGATE_CRYPTO_FAILURE', `Sealed value at ${describePlace(ctx)} ${why}`, {
      details: { place: describePlace(ctx) },
    });
  }
  const buf = Buffer.from(ciphertext.buffer, ciphertext.byteOffset, ciphertext.byteLength);
  return { version: FORMAT_V1, keyId: buf.subarray(1, HEADER_BYTES) };
}

/** Seals under an unwrapped data key. */
export function sealWithKey(key: Uint8Array, keyId: Uint8Array, plaintext: Uint8Array, ctx: SealContext): Buffer {
  if (keyId.length !== KEY_ID_BYTES) throw new PhigateError('PHIGATE_INTERNAL', 'Data key id has the wrong length');
  const out = Buffer.allocUnsafe(OVERHEAD_BYTES + plaintext.length);
  out[0] = FORMAT_V1;
  out.set(keyId, 1);
  const aad = encodeAad(out.subarray(0, HEADER_BYTES), ctx);
  gcmSealInto(key, plaintext, aad, out, HEADER_BYTES);
  return out;
}

/** Opens with an unwrapped data key; throws PHIGATE_CRYPTO_FAILURE naming the place (never the content). */
export function openWithKey(key: Uint8Array, ciphertext: Uint8Array, ctx: SealContext): Buffer {
  const { keyId } = parseHeader(ciphertext, ctx);
  const aad = encodeAad(ciphertext.subarray(0, HEADER_BYTES), ctx);
  const plain = gcmOpen(key, ciphertext.subarray(HEADER_BYTES), aad);
  if (plain === undefined) {
    throw new PhigateError(
      'PHIGATE_CRYPTO_FAILURE',
      `Sealed value at ${describePlace(ctx)} failed authentication (tampered, moved from another place, or sealed under another key); data key ${formatKeyId(keyId)}`,
      { details: { place: describePlace(ctx), keyId: formatKeyId(keyId) } },
    );
  }
  return plain;
}
