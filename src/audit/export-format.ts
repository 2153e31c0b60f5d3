// The export format: one JSON line per log entry (entries.jsonl) and one per signed checkpoint
// (checkpoints.jsonl). Entry lines put the event last and in canonical JSON, so the verifier can hash
// the event's bytes as they stand instead of parsing and re-serialising a million objects.
import { canonicalJson } from './canonical-json.js';
import { DIGEST_BYTES, SALT_BYTES, eventDigest, leafHashOfDigest } from './entry.js';
import { bytesEqual, type LogHasher } from './hasher.js';

export const EXPORT_FORMAT = 'phigate-audit-export/v1';
export const ENTRIES_FILE = 'entries.jsonl';
export const CHECKPOINTS_FILE = 'checkpoints.jsonl';
export const KEYS_FILE = 'log-keys.txt';
export const MANIFEST_FILE = 'manifest.json';

/** An entry as exported: the digest always, the salt and event unless the payload was erased. */
export interface ExportEntry {
  readonly seq: number;
  readonly digest: Uint8Array;
  readonly salt: Uint8Array | null;
  /** Canonical JSON of the event. */
  readonly event: string | null;
}

export function formatEntryLine(e: ExportEntry): string {
  const salt = e.salt ? `"${Buffer.from(e.salt).toString('hex')}"` : 'null';
  return `{"seq":${e.seq},"digest":"${Buffer.from(e.digest).toString('hex')}","salt":${salt},"event":${e.event ?? 'null'}}`;
}

export function formatCheckpointLine(note: string): string {
  return JSON.stringify({ note });
}

export function parseCheckpointLine(line: string): string | undefined {
  try {
    const v = JSON.parse(line) as unknown;
    const note = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)['note'] : undefined;
    return typeof note === 'string' ? note : undefined;
  } catch {
    return undefined;
  }
}

export type LineProblem = 'unreadable' | 'payload-mismatch';

/** What checking one entry line tells, before its position in the log is considered. */
export interface LineResult {
  /** null when the line could not be read at all. */
  readonly seq: number | null;
  readonly leafHash: Uint8Array | null;
  readonly problem: LineProblem | null;
  readonly erased: boolean;
}

function fromHex(text: string, bytes: number): Buffer | undefined {
  if (text.length !== bytes * 2) return undefined;
  // Buffer.from stops at the first non-hex pair, so a full-length result means every digit was valid.
  const b = Buffer.from(text, 'hex');
  return b.length === bytes ? b : undefined;
}

interface Fields {
  seq: number;
  digest: Buffer;
  salt: Buffer | null;
  event: string | null;
  hasEvent: boolean;
  /** The event re-serialised from a parse, for lines not written in our exact layout. */
  canonicalEvent?: () => string | null;
}

const P_SEQ = '{"seq":';
const P_DIGEST = ',"digest":"';
const P_SALT = '","salt":';
const P_EVENT = ',"event":';

/** Our own layout, read without JSON.parse; undefined when the line is laid out any other way. */
function fastFields(line: string): Fields | undefined {
  if (!line.startsWith(P_SEQ) || !line.endsWith('}')) return undefined;
  const d = line.indexOf(P_DIGEST, P_SEQ.length);
  if (d < 0) return undefined;
  const seqText = line.slice(P_SEQ.length, d);
  if (!/^(?:0|[1-9][0-9]{0,15})$/.test(seqText)) return undefined;
  const digestStart = d + P_DIGEST.length;
  const digest = fromHex(line.slice(digestStart, digestStart + 64), DIGEST_BYTES);
  if (!digest || !line.startsWith(P_SALT, digestStart + 64)) return undefined;
  let at = digestStart + 64 + P_SALT.length;
  let salt: Buffer | null = null;
  if (line.startsWith('null', at)) {
    at += 4;
  } else {
    if (line[at] !== '"' || line[at + 2 * SALT_BYTES + 1] !== '"') return undefined;
    const s = fromHex(line.slice(at + 1, at + 1 + 2 * SALT_BYTES), SALT_BYTES);
    if (!s) return undefined;
    salt = s;
    at += 2 * SALT_BYTES + 2;
  }
  if (!line.startsWith(P_EVENT, at)) return undefined;
  const eventText = line.slice(at + P_EVENT.length, -1);
  return { seq: Number(seqText), digest, salt, event: eventText === 'null' ? null : eventText, hasEvent: eventText !== 'null' };
}

function slowFields(line: string): Fields | undefined {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const seq = o['seq'];
  const digest = typeof o['digest'] === 'string' ? fromHex(o['digest'], DIGEST_BYTES) : undefined;
  const salt = o['salt'] === null ? null : typeof o['salt'] === 'string' ? fromHex(o['salt'], SALT_BYTES) : undefined;
  const event = o['event'];
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0 || !digest || salt === undefined) return undefined;
  if (event !== null && (typeof event !== 'object' || Array.isArray(event))) return undefined;
  return {
    seq,
    digest,
    salt,
    event: null,
    hasEvent: event !== null,
    canonicalEvent: () => {
      if (event === null) return null;
      try {
        return canonicalJson(event);
      } catch {
        return null;
      }
    },
  };
}

/**
 * Reads one entry line and checks its payload against its digest. The leaf hash comes from the digest
 * alone, so an erased payload still yields the leaf; an edited payload yields 'payload-mismatch'.
 */
export function checkEntryLine(line: string, hasher: LogHasher): LineResult {
  const fast = fastFields(line);
  const f = fast ?? slowFields(line);
  if (!f) return { seq: null, leafHash: null, problem: 'unreadable', erased: false };
  const leafHash = leafHashOfDigest(hasher, f.digest);
  const event = fast ? f.event : (f.canonicalEvent?.() ?? null);
  if (f.salt === null && !f.hasEvent) return { seq: f.seq, leafHash, problem: null, erased: true };
  if (f.salt === null || event === null) return { seq: f.seq, leafHash, problem: 'payload-mismatch', erased: false };
  let ok = bytesEqual(eventDigest(f.salt, event), f.digest);
  // A line re-serialised by another tool (key order, spacing) still verifies after canonicalisation.
  if (!ok && fast) {
    const slow = slowFields(line)?.canonicalEvent?.();
    ok = slow != null && bytesEqual(eventDigest(f.salt, slow), f.digest);
  }
  return { seq: f.seq, leafHash, problem: ok ? null : 'payload-mismatch', erased: false };
}
