// C2SP signed notes (https://c2sp.org/signed-note): text signed with Ed25519, with key ids and the
// verifier / signer key string formats of Go's sumdb/note, so other tools can check our checkpoints.
import crypto from 'node:crypto';
import { PhigateError } from '../errors.js';
import { sha256 } from './hasher.js';

export const ALG_ED25519 = 0x01;
const MAX_SIGNATURES = 100;
const MAX_NOTE_BYTES = 1 << 20;
const SIG_PREFIX = '\u2014 '; // em dash, space

export interface NoteSigner {
  readonly name: string;
  /** First 4 bytes of SHA-256(name || 0x0A || 0x01 || public key), big-endian. */
  readonly keyId: number;
  sign(message: Uint8Array): Promise<Uint8Array>;
}

export interface NoteVerifier {
  readonly name: string;
  readonly keyId: number;
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

export interface NoteSignature {
  readonly name: string;
  readonly keyId: number;
  readonly signature: Uint8Array;
}

export interface ParsedNote {
  /** The signed text, ending in a newline. Untrusted until openNote() says otherwise. */
  readonly text: string;
  readonly signatures: readonly NoteSignature[];
}

function malformed(what: string): PhigateError {
  return new PhigateError('PHIGATE_BAD_INPUT', `Malformed signed note: ${what}`);
}

function badKey(what: string): PhigateError {
  return new PhigateError('PHIGATE_BAD_INPUT', `Malformed note key: ${what}`);
}

// Go's unicode.IsSpace: the ASCII spaces, U+0085, U+00A0 and category Zs; \s covers all but U+0085.
const SPACE_OR_PLUS = /[\s\u0085+]/u;
const CONTROL = /[\u0000-\u0009\u000b-\u001f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Key names are non-empty UTF-8 without Unicode spaces or '+'. */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !SPACE_OR_PLUS.test(name) && !LONE_SURROGATE.test(name) && !CONTROL.test(name);
}

/** Standard base64 with padding, rejecting anything Go's StdEncoding would reject. */
function decodeBase64Strict(text: string): Buffer | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}

export function noteKeyId(name: string, alg: number, publicKey: Uint8Array): number {
  const h = sha256(Buffer.concat([Buffer.from(name, 'utf8'), Buffer.from([0x0a, alg]), publicKey]));
  return h.readUInt32BE(0);
}

const hex8 = (id: number): string => id.toString(16).padStart(8, '0');

const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');

function ed25519Public(raw: Uint8Array): crypto.KeyObject {
  return crypto.createPublicKey({ key: Buffer.concat([SPKI_ED25519, raw]), format: 'der', type: 'spki' });
}

function ed25519Private(seed: Uint8Array): crypto.KeyObject {
  return crypto.createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
}

function rawPublicOf(privateKey: crypto.KeyObject): Buffer {
  return crypto.createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519.length);
}

/** `<name>+<hex key id>+<base64(0x01 || public key)>` */
export function formatVerifierKey(name: string, publicKey: Uint8Array): string {
  if (!isValidKeyName(name)) throw badKey('name must be non-empty, without spaces or "+"');
  if (publicKey.length !== 32) throw badKey(`Ed25519 public key must be 32 bytes, got ${publicKey.length}`);
  const material = Buffer.concat([Buffer.from([ALG_ED25519]), publicKey]).toString('base64');
  return `${name}+${hex8(noteKeyId(name, ALG_ED25519, publicKey))}+${material}`;
}

function splitKey(text: string, parts: number): string[] {
  // The base64 material may itself contain '+', so split only the leading fields.
  const out: string[] = [];
  let rest = text;
  for (let i = 0; i < parts - 1; i++) {
    const at = rest.indexOf('+');
    if (at < 0) throw badKey(`expected ${parts} fields separated by "+"`);
    out.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  out.push(rest);
  return out;
}

function checkKeyFields(name: string, idHex: string, material: string, wantLength: number): { keyId: number; raw: Buffer } {
  if (!isValidKeyName(name)) throw badKey('invalid key name');
  if (!/^[0-9a-f]{8}$/.test(idHex)) throw badKey('key id must be 8 lowercase hex digits');
  const bytes = decodeBase64Strict(material);
  if (!bytes || bytes.length !== wantLength + 1) throw badKey('key material is not base64 of the right length');
  if (bytes[0] !== ALG_ED25519) throw badKey(`unsupported key algorithm ${bytes[0]}`);
  return { keyId: Number.parseInt(idHex, 16), raw: bytes.subarray(1) };
}

/** Parses a verifier key and checks that its key id matches its name and public key. */
export function parseVerifierKey(vkey: string): NoteVerifier {
  const [name = '', idHex = '', material = ''] = splitKey(vkey.trim(), 3);
  const { keyId, raw } = checkKeyFields(name, idHex, material, 32);
  if (noteKeyId(name, ALG_ED25519, raw) !== keyId) throw badKey(`key id ${idHex} does not match the name and public key`);
  let key: crypto.KeyObject;
  try {
    key = ed25519Public(raw);
  } catch (cause) {
    throw new PhigateError('PHIGATE_BAD_INPUT', 'Malformed note key: not an Ed25519 public key', { cause });
  }
  return {
    name,
    keyId,
    verify: (message, signature) => signature.length === 64 && crypto.verify(null, message, key, signature),
  };
}

/** Parses a signer key, `PRIVATE+KEY+<name>+<hex key id>+<base64(0x01 || 32-byte seed)>` (Go's format). */
export function parseSignerKey(skey: string): NoteSigner {
  const [p1, p2, name = '', idHex = '', material = ''] = splitKey(skey.trim(), 5);
  if (p1 !== 'PRIVATE' || p2 !== 'KEY') throw badKey('signer keys start with PRIVATE+KEY+');
  const { keyId, raw } = checkKeyFields(name, idHex, material, 32);
  const privateKey = ed25519Private(raw);
  if (noteKeyId(name, ALG_ED25519, rawPublicOf(privateKey)) !== keyId) throw badKey(`key id ${idHex} does not match the name and key`);
  return { name, keyId, sign: async (message) => crypto.sign(null, message, privateKey) };
}

/** The verifier key that matches a signer key string. */
export function verifierKeyFromSignerKey(skey: string): string {
  const [, , name = '', , material = ''] = splitKey(skey.trim(), 5);
  parseSignerKey(skey);
  const seed = (decodeBase64Strict(material) as Buffer).subarray(1);
  return formatVerifierKey(name, rawPublicOf(ed25519Private(seed)));
}

/** A fresh Ed25519 key pair in the signer and verifier string formats. The signer key is a secret. */
export function generateNoteKey(name: string): { signerKey: string; verifierKey: string } {
  if (!isValidKeyName(name)) throw badKey('name must be non-empty, without spaces or "+"');
  const seed = crypto.randomBytes(32);
  const pub = rawPublicOf(ed25519Private(seed));
  const keyId = hex8(noteKeyId(name, ALG_ED25519, pub));
  const material = Buffer.concat([Buffer.from([ALG_ED25519]), seed]).toString('base64');
  return { signerKey: `PRIVATE+KEY+${name}+${keyId}+${material}`, verifierKey: formatVerifierKey(name, pub) };
}

function checkText(text: string): void {
  if (text.length === 0 || !text.endsWith('\n')) throw malformed('text must be non-empty and end in a newline');
  if (text.includes('\n\n')) throw malformed('text must not contain a blank line');
  if (CONTROL.test(text) || LONE_SURROGATE.test(text)) throw malformed('text must be UTF-8 without control characters');
}

/** Signs `text` with each signer: text, blank line, one signature line per signer. */
export async function signNote(text: string, signers: readonly NoteSigner[]): Promise<string> {
  checkText(text);
  if (signers.length === 0) throw malformed('at least one signer is needed');
  const message = Buffer.from(text, 'utf8');
  let out = `${text}\n`;
  for (const s of signers) {
    const sig = await s.sign(message);
    const blob = Buffer.alloc(4 + sig.length);
    blob.writeUInt32BE(s.keyId, 0);
    blob.set(sig, 4);
    out += `${SIG_PREFIX}${s.name} ${blob.toString('base64')}\n`;
  }
  return out;
}

/** Splits a note into text and signature lines and checks their syntax. Verifies nothing. */
export function parseNote(note: string): ParsedNote {
  if (Buffer.byteLength(note, 'utf8') > MAX_NOTE_BYTES) throw malformed('note is larger than 1 MiB');
  if (CONTROL.test(note) || LONE_SURROGATE.test(note)) throw malformed('note must be UTF-8 without control characters');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw malformed('no blank line before the signatures');
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  if (block.length === 0 || !block.endsWith('\n')) throw malformed('signature lines must end in a newline');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) throw malformed(`more than ${MAX_SIGNATURES} signatures`);
  const signatures = lines.map((line, i) => {
    if (!line.startsWith(SIG_PREFIX)) throw malformed(`signature line ${i + 1} does not start with an em dash and a space`);
    const rest = line.slice(SIG_PREFIX.length);
    const space = rest.indexOf(' ');
    const name = rest.slice(0, space);
    const blob = space > 0 ? decodeBase64Strict(rest.slice(space + 1)) : undefined;
    if (!isValidKeyName(name) || !blob || blob.length < 5) throw malformed(`signature line ${i + 1} is not "— <name> <base64>"`);
    return { name, keyId: blob.readUInt32BE(0), signature: blob.subarray(4) };
  });
  return { text, signatures };
}

export interface OpenedNote {
  readonly text: string;
  /** The signatures that verified under the given keys, one per key. */
  readonly verified: readonly NoteSignature[];
}

/**
 * Verifies a note against trusted keys. Signatures by unknown keys are ignored; a signature by a known
 * key that does not verify fails the whole note, and so does a note with no signature by a known key.
 */
export function openNote(note: string, verifiers: readonly NoteVerifier[]): OpenedNote {
  const parsed = parseNote(note);
  const message = Buffer.from(parsed.text, 'utf8');
  const verified: NoteSignature[] = [];
  const seen = new Set<string>();
  for (const sig of parsed.signatures) {
    const v = verifiers.find((k) => k.name === sig.name && k.keyId === sig.keyId);
    if (!v) continue;
    const id = `${sig.name}+${hex8(sig.keyId)}`;
    if (seen.has(id)) continue;
    if (!v.verify(message, sig.signature)) {
      throw new PhigateError('PHIGATE_AUDIT_BAD_SIGNATURE', `Signed note has an invalid signature by ${id}`, { details: { key: id } });
    }
    seen.add(id);
    verified.push(sig);
  }
  if (verified.length === 0) {
    const names = parsed.signatures.map((s) => `${s.name}+${hex8(s.keyId)}`).join(', ') || 'none';
    throw new PhigateError('PHIGATE_AUDIT_BAD_SIGNATURE', `Signed note has no signature by a trusted key (signed by: ${names})`);
  }
  return { text: parsed.text, verified };
}
