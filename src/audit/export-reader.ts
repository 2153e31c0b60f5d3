// Reads the events of an export back (for search, disclosures and SIEM lines without a live store),
// and serves roots and proofs from an export's leaf hashes.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { PhigateError } from '../errors.js';
import { parseAuditEvent } from './event.js';
import { rfc9162 } from './hasher.js';
import type { AuditRecord } from './log.js';
import { consistencyPlan, inclusionPlan } from './proof.js';
import { TreeCache } from './tree-cache.js';

/** Every entry of entries.jsonl, in order; events are validated as they are read. Not an integrity check. */
export async function* readExportRecords(entriesPath: string): AsyncGenerator<AuditRecord> {
  const lines = createInterface({ input: createReadStream(entriesPath), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new PhigateError('PHIGATE_MALFORMED_JSON', `Export line ${n} is not JSON`);
    }
    const digest = typeof o['digest'] === 'string' ? Buffer.from(o['digest'], 'hex') : undefined;
    if (typeof o['seq'] !== 'number' || !digest || digest.length !== 32) throw new PhigateError('PHIGATE_BAD_INPUT', `Export line ${n} is not an audit entry`);
    yield { seq: o['seq'], leafHash: rfc9162.hashLeaf(digest), event: o['event'] === null || o['event'] === undefined ? null : parseAuditEvent(o['event']) };
  }
}

/** Roots and proofs over leaf hashes held in memory (32 bytes each), e.g. from a verified export. */
export class LeafHashTree {
  readonly size: number;
  readonly #cache: TreeCache;

  constructor(leafHashes: Buffer) {
    this.size = leafHashes.length / 32;
    const read = async (start: number, end: number): Promise<Uint8Array[]> => {
      const out: Uint8Array[] = [];
      for (let i = start; i < end; i++) out.push(leafHashes.subarray(i * 32, i * 32 + 32));
      return out;
    };
    this.#cache = new TreeCache(read, rfc9162);
  }

  #check(size: number): void {
    if (!Number.isSafeInteger(size) || size < 0 || size > this.size) throw new PhigateError('PHIGATE_BAD_INPUT', `Tree size ${size} is not within the ${this.size} entries`);
  }

  root(size: number): Promise<Uint8Array> {
    this.#check(size);
    return this.#cache.root(size);
  }

  leafHash(index: number): Promise<Uint8Array> {
    return this.#cache.nodeHash({ level: 0, index }, this.size);
  }

  inclusion(index: number, size: number): Promise<Uint8Array[]> {
    this.#check(size);
    if (!Number.isSafeInteger(index) || index < 0 || index >= size) throw new PhigateError('PHIGATE_BAD_INPUT', `Entry index ${index} is not within a tree of size ${size}`);
    return this.#cache.proof(inclusionPlan(index, size), size);
  }

  consistency(size1: number, size2: number): Promise<Uint8Array[]> {
    this.#check(size2);
    if (!Number.isSafeInteger(size1) || size1 < 0 || size1 > size2) throw new PhigateError('PHIGATE_BAD_INPUT', `Consistency needs 0 <= size1 <= size2, got ${size1} and ${size2}`);
    return this.#cache.proof(consistencyPlan(size1, size2), size2);
  }
}
