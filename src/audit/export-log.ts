// Writes an export of the log for the offline verifier (entries.jsonl, checkpoints.jsonl, the log's
// verifier keys and a manifest), and SIEM JSON lines. Exports always start at entry 0: the verifier
// recomputes the whole tree.
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { PhigateError } from '../errors.js';
import { CHECKPOINTS_FILE, ENTRIES_FILE, EXPORT_FORMAT, KEYS_FILE, MANIFEST_FILE, formatCheckpointLine, formatEntryLine } from './export-format.js';
import { toHex } from './hasher.js';
import type { AuditLog } from './log.js';
import { toSiemLine } from './siem.js';

export interface ExportOptions {
  /** Verifier keys written to log-keys.txt, for auditors who have not pinned the keys elsewhere. */
  readonly verifierKeys: readonly string[];
  /** Publish a fresh checkpoint first, so the export ends exactly at a signed size. Default true. */
  readonly publish?: boolean;
  readonly chunk?: number;
  readonly now?: () => Date;
}

export interface ExportSummary {
  readonly entries: number;
  readonly checkpoints: number;
  readonly root: string;
}

async function write(out: WriteStream | Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

async function end(out: WriteStream | Writable): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(() => resolve());
  });
}

export async function exportLog(log: AuditLog, dir: string, options: ExportOptions): Promise<ExportSummary> {
  const latest = options.publish === false ? await log.latestCheckpoint() : await log.publishCheckpoint();
  if (!latest) throw new PhigateError('PHIGATE_BAD_INPUT', 'The log has no checkpoint yet: publish one before exporting');
  const size = latest.size;
  const chunk = options.chunk ?? 10_000;
  await mkdir(dir, { recursive: true });
  const out = createWriteStream(join(dir, ENTRIES_FILE));
  try {
    for (let start = 0; start < size; start += chunk) {
      const rows = await log.readStored(start, Math.min(size, start + chunk));
      let text = '';
      for (const r of rows) text += `${formatEntryLine({ seq: r.seq, digest: r.digest, salt: r.salt, event: r.payload })}\n`;
      await write(out, text);
    }
  } finally {
    await end(out);
  }
  const checkpoints = (await log.listCheckpoints()).filter((cp) => cp.size <= size);
  await writeFile(join(dir, CHECKPOINTS_FILE), checkpoints.map((cp) => `${formatCheckpointLine(cp.note)}\n`).join(''));
  await writeFile(join(dir, KEYS_FILE), options.verifierKeys.map((k) => `${k}\n`).join(''));
  const manifest = {
    format: EXPORT_FORMAT,
    origin: log.origin,
    entries: size,
    root: toHex(latest.root),
    checkpoints: checkpoints.length,
    exportedAt: (options.now?.() ?? new Date()).toISOString(),
    note: 'Verify with: phigate audit verify <this directory> --verifier-key <the log verifier key you trust>',
  };
  await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return { entries: size, checkpoints: checkpoints.length, root: toHex(latest.root) };
}

/** Entries [from, to) as SIEM JSON lines. */
export async function exportSiem(log: AuditLog, out: Writable, range: { from: number; to: number; chunk?: number }): Promise<number> {
  const chunk = range.chunk ?? 10_000;
  let n = 0;
  for (let start = range.from; start < range.to; start += chunk) {
    const records = await log.read(start, Math.min(range.to, start + chunk));
    let text = '';
    for (const r of records) text += `${toSiemLine(r)}\n`;
    n += records.length;
    await write(out, text);
  }
  return n;
}
