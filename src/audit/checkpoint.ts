// C2SP checkpoints (https://c2sp.org/tlog-checkpoint): the log's origin, tree size and root hash as the
// text of a signed note. A checkpoint is what an auditor keeps and what every later state must extend.
import { PhigateError } from '../errors.js';
import { openNote, signNote, type NoteSigner, type NoteSignature, type NoteVerifier } from './note.js';

export interface Checkpoint {
  /** Unique name of the log, by convention a schema-less URL such as "audit.example.org/phigate". */
  readonly origin: string;
  readonly size: number;
  readonly root: Uint8Array;
  /** Optional extension lines, opaque to verifiers. */
  readonly extensions?: readonly string[];
}

const SIZE = /^(?:0|[1-9][0-9]{0,15})$/;
const BASE64_32 = /^[A-Za-z0-9+/]{43}=$/;

function malformed(what: string): PhigateError {
  return new PhigateError('PHIGATE_BAD_INPUT', `Malformed checkpoint: ${what}`);
}

function checkLine(what: string, line: string): void {
  if (line.length === 0 || line.includes('\n')) throw malformed(`${what} must be one non-empty line`);
}

/** The checkpoint body: origin, decimal size, base64 root, then any extension lines. */
export function formatCheckpoint(cp: Checkpoint): string {
  checkLine('origin', cp.origin);
  if (!Number.isSafeInteger(cp.size) || cp.size < 0) throw malformed(`size must be a non-negative integer, got ${cp.size}`);
  if (cp.root.length !== 32) throw malformed(`root must be 32 bytes, got ${cp.root.length}`);
  for (const ext of cp.extensions ?? []) checkLine('an extension', ext);
  const lines = [cp.origin, String(cp.size), Buffer.from(cp.root).toString('base64'), ...(cp.extensions ?? [])];
  return `${lines.join('\n')}\n`;
}

export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw malformed('text must end in a newline');
  const lines = text.slice(0, -1).split('\n');
  const [origin, size, root, ...extensions] = lines;
  if (!origin || !size || !root) throw malformed('needs an origin, a size and a root hash line');
  if (!SIZE.test(size) || !Number.isSafeInteger(Number(size))) throw malformed('size must be decimal without leading zeros');
  if (!BASE64_32.test(root)) throw malformed('root must be the base64 of 32 bytes');
  if (extensions.some((e) => e.length === 0)) throw malformed('extension lines must not be empty');
  return { origin, size: Number(size), root: Buffer.from(root, 'base64'), extensions };
}

export async function signCheckpoint(cp: Checkpoint, signers: readonly NoteSigner[]): Promise<string> {
  return signNote(formatCheckpoint(cp), signers);
}

export interface OpenedCheckpoint {
  readonly checkpoint: Checkpoint;
  readonly verified: readonly NoteSignature[];
}

/**
 * Verifies the note's signatures, then parses the checkpoint. With `origin`, a checkpoint of another log
 * is rejected even when signed by a trusted key (keys may be shared across logs).
 */
export function openCheckpoint(note: string, verifiers: readonly NoteVerifier[], origin?: string): OpenedCheckpoint {
  const opened = openNote(note, verifiers);
  const checkpoint = parseCheckpoint(opened.text);
  if (origin !== undefined && checkpoint.origin !== origin) {
    throw new PhigateError('PHIGATE_AUDIT_BAD_SIGNATURE', `Checkpoint is for another log (origin differs from the expected "${origin}")`);
  }
  return { checkpoint, verified: opened.verified };
}
