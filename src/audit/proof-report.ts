// Inclusion and consistency proofs as the CLI prints them and the admin API returns them: hex hashes
// with the sizes and roots they are for, so a client can check them with verify.ts against a checkpoint
// it trusts. Works over any ProofTree: the live log, or the tree of a verified export.
import { toHex } from './hasher.js';
import type { AuditLog } from './log.js';

export interface ProofTree {
  /** The default tree size: the latest signed checkpoint's, else the log's (nothing signed yet). */
  readonly size: number;
  root(size: number): Promise<Uint8Array>;
  inclusion(index: number, size: number): Promise<{ readonly leafHash: Uint8Array; readonly hashes: readonly Uint8Array[] }>;
  consistency(size1: number, size2: number): Promise<readonly Uint8Array[]>;
}

export interface InclusionProofReport {
  readonly type: 'inclusion';
  readonly index: number;
  readonly size: number;
  readonly leafHash: string;
  readonly root: string;
  readonly hashes: readonly string[];
}

export interface ConsistencyProofReport {
  readonly type: 'consistency';
  readonly size1: number;
  readonly size2: number;
  readonly root1: string;
  readonly root2: string;
  readonly hashes: readonly string[];
}

type LiveLog = Pick<AuditLog, 'latestCheckpoint' | 'size' | 'root' | 'inclusionProof' | 'consistencyProof'>;

/** Proofs over the live log, sized by its latest signed checkpoint by default. */
export async function liveProofTree(log: LiveLog): Promise<ProofTree> {
  const latest = await log.latestCheckpoint();
  return {
    size: latest?.size ?? (await log.size()),
    root: (n) => log.root(n),
    inclusion: (i, n) => log.inclusionProof(i, n),
    consistency: (m, n) => log.consistencyProof(m, n),
  };
}

/** Requires 0 <= index < size <= the log's size (the log throws PHIGATE_BAD_INPUT otherwise). */
export async function inclusionProofReport(tree: ProofTree, index: number, size = tree.size): Promise<InclusionProofReport> {
  const { leafHash, hashes } = await tree.inclusion(index, size);
  return { type: 'inclusion', index, size, leafHash: toHex(leafHash), root: toHex(await tree.root(size)), hashes: hashes.map(toHex) };
}

/** Requires 0 <= size1 <= size2 <= the log's size. */
export async function consistencyProofReport(tree: ProofTree, size1: number, size2 = tree.size): Promise<ConsistencyProofReport> {
  const hashes = await tree.consistency(size1, size2);
  return { type: 'consistency', size1, size2, root1: toHex(await tree.root(size1)), root2: toHex(await tree.root(size2)), hashes: hashes.map(toHex) };
}
