// Test fixtures for the audit capability: plausible events (codes and hashes only) and whole exports
// built directly from sealed events, so verifier tests do not depend on the log service.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuditEvent, type AuditEvent } from '../../src/audit/event.js';
import { sealEvent, type SealedEvent } from '../../src/audit/entry.js';
import { rfc9162 } from '../../src/audit/hasher.js';
import { CompactRange } from '../../src/audit/proof.js';
import { signCheckpoint } from '../../src/audit/checkpoint.js';
import { generateNoteKey, parseSignerKey } from '../../src/audit/note.js';
import { formatCheckpointLine, formatEntryLine } from '../../src/audit/export-format.js';
import type { AuditStorage } from '../../src/audit/storage.js';

const hex = (s: string): string => createHash('sha256').update(s).digest('hex');

export function sampleEvent(i: number, overrides: Partial<Parameters<typeof createAuditEvent>[0]> = {}): AuditEvent {
  const vendors = ['openai', 'anthropic', 'azure-openai'] as const;
  return createAuditEvent({
    time: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
    requestId: `req_${hex(`r${i}`).slice(0, 20)}`,
    actor: { id: `user:u${i % 7}`, roles: i % 2 ? ['physician'] : ['nurse', 'care-team'] },
    action: 'chat.completion',
    patient: hex(`patient-${i % 5}`),
    purpose: i % 3 ? 'TREAT' : 'HOPERAT',
    vendor: vendors[i % 3] as string,
    model: 'gpt-4o-2024-08-06',
    decision: i % 11 === 0 ? 'deny' : 'allow',
    reason: i % 11 === 0 ? 'NO_CARE_RELATION' : 'CARE_TEAM',
    identifiers: { NAME: i % 4, DATE: 1 },
    sent: hex(`sent-${i}`),
    returned: hex(`returned-${i}`),
    ...overrides,
  });
}

/** Deterministic salts, so fixtures are reproducible. */
export function counterRandom(seed = 0): (n: number) => Uint8Array {
  let c = seed;
  return (n) => createHash('sha256').update(`salt-${c++}`).digest().subarray(0, n);
}

export interface BuiltExport {
  readonly sealed: SealedEvent[];
  readonly lines: string[];
  readonly checkpointLines: string[];
  readonly signerKey: string;
  readonly verifierKey: string;
  readonly origin: string;
}

export async function buildExport(n: number, checkpointSizes: readonly number[], erase: readonly number[] = []): Promise<BuiltExport> {
  const origin = 'audit.test.example/phigate';
  const { signerKey, verifierKey } = generateNoteKey(origin);
  const signer = parseSignerKey(signerKey);
  const random = counterRandom();
  const sealed = Array.from({ length: n }, (_, i) => sealEvent(sampleEvent(i), rfc9162, random));
  const range = new CompactRange(rfc9162);
  const roots = new Map<number, Uint8Array>([[0, range.root()]]);
  sealed.forEach((s) => {
    range.append(s.leafHash);
    roots.set(range.size, range.root());
  });
  const checkpointLines: string[] = [];
  for (const size of checkpointSizes) {
    checkpointLines.push(formatCheckpointLine(await signCheckpoint({ origin, size, root: roots.get(size) as Uint8Array }, [signer])));
  }
  const lines = sealed.map((s, seq) =>
    erase.includes(seq)
      ? formatEntryLine({ seq, digest: s.digest, salt: null, event: null })
      : formatEntryLine({ seq, digest: s.digest, salt: s.salt, event: s.canonical }),
  );
  return { sealed, lines, checkpointLines, signerKey, verifierKey, origin };
}

export function writeExportDir(lines: readonly string[], checkpointLines: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-audit-'));
  writeFileSync(join(dir, 'entries.jsonl'), lines.map((l) => `${l}\n`).join(''));
  writeFileSync(join(dir, 'checkpoints.jsonl'), checkpointLines.map((l) => `${l}\n`).join(''));
  return dir;
}

/** A storage that forwards to `inner` except for the methods given (for counting or failing calls). */
export function delegateStorage(inner: AuditStorage, over: Partial<AuditStorage>): AuditStorage {
  return {
    appendBatch: (e) => inner.appendBatch(e),
    size: () => inner.size(),
    readLeafHashes: (s, e) => inner.readLeafHashes(s, e),
    readEntries: (s, e) => inner.readEntries(s, e),
    search: (q) => inner.search(q),
    erasePayload: (seq) => inner.erasePayload(seq),
    saveCheckpoint: (cp) => inner.saveCheckpoint(cp),
    latestCheckpoint: () => inner.latestCheckpoint(),
    listCheckpoints: () => inner.listCheckpoints(),
    ...over,
  };
}
