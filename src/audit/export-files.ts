// Reads an export from disk for the offline verifier: finds the files, reads checkpoints, and checks
// entry lines in parallel worker threads for large exports (inline for small ones), feeding the results
// in file order to ExportVerifier.
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PhigateError } from '../errors.js';
import { CHECKPOINTS_FILE, ENTRIES_FILE, KEYS_FILE, parseCheckpointLine } from './export-format.js';
import { checkLines, decodeLines, splitLines, unpack, type PackedResults } from './export-lines.js';
import { ExportVerifier, type VerifyReport } from './export-verifier.js';
import { rfc9162 } from './hasher.js';
import type { NoteVerifier } from './note.js';
import type { WorkerJob } from './export-worker.js';

export interface ExportPaths {
  readonly entries: string;
  readonly checkpoints: string;
  /** The log's verifier keys as shipped in the export; only a fallback for pinned keys. */
  readonly keys?: string;
}

/** Accepts an export directory, or the entries and checkpoints files named explicitly. */
export async function resolveExportPaths(paths: readonly string[]): Promise<ExportPaths> {
  if (paths.length === 1) {
    const only = paths[0] as string;
    if ((await stat(only)).isDirectory()) {
      const keys = join(only, KEYS_FILE);
      const hasKeys = await stat(keys).then(
        (s) => s.isFile(),
        () => false,
      );
      return { entries: join(only, ENTRIES_FILE), checkpoints: join(only, CHECKPOINTS_FILE), ...(hasKeys ? { keys } : {}) };
    }
  }
  const entries = paths.find((p) => p.endsWith(ENTRIES_FILE)) ?? paths[0];
  const checkpoints = paths.find((p) => p.endsWith(CHECKPOINTS_FILE)) ?? paths[1];
  if (paths.length !== 2 || !entries || !checkpoints || entries === checkpoints) {
    throw new PhigateError('PHIGATE_BAD_INPUT', `Give an export directory, or ${ENTRIES_FILE} and ${CHECKPOINTS_FILE}`);
  }
  return { entries, checkpoints };
}

export interface VerifyExportOptions {
  readonly paths: ExportPaths;
  readonly verifiers: readonly NoteVerifier[];
  readonly origin?: string;
  /** Worker threads for checking lines; 0 checks inline. Default: one per core, at most 4. */
  readonly workers?: number;
  /** Exports smaller than this are checked inline, where threads cost more than they save. */
  readonly parallelFromBytes?: number;
  /** Signed checkpoint notes kept from elsewhere (a witness, an earlier audit): they catch a cut-off export. */
  readonly extraCheckpoints?: readonly string[];
}

export interface VerifiedExport {
  readonly report: VerifyReport;
  /** 32 bytes per entry, for proofs built from an export. */
  readonly leafHashes: Buffer;
}

export async function verifyExportFiles(options: VerifyExportOptions): Promise<VerifiedExport> {
  const verifier = new ExportVerifier({ hasher: rfc9162, verifiers: options.verifiers, ...(options.origin ? { origin: options.origin } : {}) });
  for (const line of splitLines(await readFile(options.paths.checkpoints, 'utf8'))) {
    if (line.trim() !== '') verifier.addCheckpoint(parseCheckpointLine(line));
  }
  for (const note of options.extraCheckpoints ?? []) verifier.addCheckpoint(note);
  const size = (await stat(options.paths.entries)).size;
  const workers = options.workers ?? Math.min(4, availableParallelism());
  const feed = (r: PackedResults): void => {
    for (let i = 0; i < r.count; i++) verifier.addEntry(unpack(r, i));
  };
  if (workers <= 0 || size < (options.parallelFromBytes ?? 16 * 1024 * 1024)) {
    await readInline(options.paths.entries, feed);
  } else {
    await readParallel(options.paths.entries, size, workers, feed);
  }
  return { report: verifier.finish(), leafHashes: verifier.leafHashes() };
}

async function readInline(path: string, feed: (r: PackedResults) => void): Promise<void> {
  // Cut on newline bytes and decode whole lines at once: 0x0A never occurs inside a multi-byte UTF-8
  // sequence. Only the line split across two chunks is copied.
  let carry: Buffer = Buffer.alloc(0);
  for await (const data of createReadStream(path, { highWaterMark: 4 << 20 })) {
    const chunk = data as Buffer;
    const first = chunk.indexOf(0x0a);
    if (first < 0) {
      carry = Buffer.concat([carry, chunk]);
      continue;
    }
    const head = Buffer.concat([carry, chunk.subarray(0, first + 1)]);
    const last = chunk.lastIndexOf(0x0a);
    feed(checkLines(splitLines(decodeLines(head))));
    if (last > first) feed(checkLines(splitLines(decodeLines(chunk.subarray(first + 1, last + 1)))));
    carry = Buffer.from(chunk.subarray(last + 1));
  }
  if (carry.length > 0) feed(checkLines(splitLines(decodeLines(carry))));
}

/** Byte offsets that cut the file into about `parts` pieces, each starting at a line start. */
async function lineBoundaries(path: string, size: number, parts: number): Promise<number[]> {
  const cuts = [0];
  const fh = await open(path, 'r');
  try {
    const probe = Buffer.alloc(1 << 16);
    for (let k = 1; k < parts; k++) {
      let pos = Math.max(Math.floor((size * k) / parts), cuts[cuts.length - 1] as number);
      for (;;) {
        const { bytesRead } = await fh.read(probe, 0, probe.length, pos);
        if (bytesRead === 0) {
          pos = size;
          break;
        }
        const nl = probe.subarray(0, bytesRead).indexOf(0x0a);
        if (nl >= 0) {
          pos += nl + 1;
          break;
        }
        pos += bytesRead;
      }
      if (pos > (cuts[cuts.length - 1] as number) && pos < size) cuts.push(pos);
    }
  } finally {
    await fh.close();
  }
  cuts.push(size);
  return cuts;
}

// Running from TypeScript sources (tests, tsx), a worker needs the tsx loader registered first.
function spawnWorker(): Worker {
  const self = import.meta.url;
  if (self.endsWith('.ts')) {
    const target = new URL('./export-worker.ts', self).href;
    return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(target)}); })`, { eval: true });
  }
  return new Worker(new URL('./export-worker.js', self));
}

async function readParallel(path: string, size: number, workerCount: number, feed: (r: PackedResults) => void): Promise<void> {
  // Pieces of about 4 MiB: more pieces than workers lets the main thread fold early pieces while workers
  // check later ones, and small pieces keep each worker's garbage young (an 80 MiB piece runs ~2x slower).
  const cuts = await lineBoundaries(path, size, Math.max(workerCount * 4, Math.ceil(size / (4 << 20))));
  const jobs: WorkerJob[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) jobs.push({ id: i, path, start: cuts[i] as number, end: cuts[i + 1] as number });
  const done = new Map<number, PackedResults>();
  let nextJob = 0;
  let nextFeed = 0;
  const pool = Array.from({ length: Math.min(workerCount, jobs.length) }, spawnWorker);
  try {
    await new Promise<void>((resolve, reject) => {
      const give = (w: Worker): void => {
        const job = jobs[nextJob++];
        if (job) w.postMessage(job);
      };
      for (const w of pool) {
        w.on('message', (m: { id: number; result?: PackedResults; error?: string }) => {
          if (m.error || !m.result) {
            reject(new PhigateError('PHIGATE_INTERNAL', `Export verification worker failed: ${m.error ?? 'no result'}`));
            return;
          }
          done.set(m.id, m.result);
          give(w);
          try {
            while (done.has(nextFeed)) {
              const r = done.get(nextFeed) as PackedResults;
              done.delete(nextFeed++);
              feed(r);
            }
          } catch (err) {
            reject(err);
            return;
          }
          if (nextFeed === jobs.length) resolve();
        });
        w.on('error', reject);
        give(w);
      }
      if (jobs.length === 0) resolve();
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
