// What the crash test's writer writes: deterministic ids and bodies, so the test knows what to look for.
import { createHash } from 'node:crypto';

export interface WorkerArgs {
  readonly mode: 'bulk-write' | 'tokenize';
  readonly dataDir?: string;
  readonly databaseUrl?: string;
  readonly schema?: string;
  readonly keyPath: string;
  readonly tenant: string;
  readonly batchSize?: number;
  readonly values?: readonly string[];
}

/** A deterministic UUID for item i of batch b, so the parent knows which ids to look for. */
export function itemId(b: number, i: number): string {
  const h = createHash('sha256').update(`crash/${b}/${i}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function itemBody(b: number, i: number): string {
  return `batch ${b} item ${i} ${'.'.repeat(200 + ((b * 31 + i) % 300))}`;
}

