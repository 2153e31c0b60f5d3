// Node hashes for proofs and roots, served from stored leaf hashes. Every perfect subtree of a tile
// (2^tileHeight leaves, 64 by default) or more is kept in memory: 64 bytes per tile, so 1 MB per million
// entries. Nodes below that are computed from one tile of leaf hashes, with recently used tiles cached.
// The leaf hashes of the most recent complete tiles are kept too (32 bytes an entry, the last million
// entries by default, read anyway when the upper levels are built), so a proof for any of them costs no
// read at all; older tiles take one range query. A database round trip's tail (p99 of several ms on a
// busy server) is then out of the common proof's way.
import { OldestFirst } from '../oldest-first.js';
import type { LogHasher } from './hasher.js';
import { foldRight, planNodes, rangeNodes, rehash, type NodeId, type ProofPlan } from './proof.js';

export const DEFAULT_TILE_HEIGHT = 6;
const SYNC_LEAVES = 16_384;

/** A growable column of 32-byte hashes. */
class HashColumn {
  #buf = Buffer.alloc(32 * 64);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  push(hash: Uint8Array): void {
    if ((this.#length + 1) * 32 > this.#buf.length) {
      const bigger = Buffer.alloc(this.#buf.length * 2);
      this.#buf.copy(bigger);
      this.#buf = bigger;
    }
    this.#buf.set(hash, this.#length * 32);
    this.#length++;
  }

  get(i: number): Uint8Array {
    return this.#buf.subarray(i * 32, i * 32 + 32);
  }
}

/** Where level l starts among a complete tile's 2 * TILE - 1 nodes, stored level by level from the leaves. */
function levelOffset(tileHeight: number, level: number): number {
  return 2 ** (tileHeight + 1) - 2 ** (tileHeight + 1 - level);
}

export type LeafReader = (start: number, end: number) => Promise<Uint8Array[]>;

export class TreeCache {
  readonly #read: LeafReader;
  readonly #hasher: LogHasher;
  readonly #upper: HashColumn[] = [];
  #covered = 0;
  #sync: Promise<void> = Promise.resolve();
  readonly #tiles = new Map<number, Promise<Buffer>>();
  readonly #oldest = new OldestFirst(this.#tiles);
  /**
   * Leaf hashes of recent complete tiles in one ring of slots (one allocation, nothing per tile for the
   * garbage collector to trace): tile t lives in slot t % capacity while #slotTile says it does.
   */
  #leafRing: Buffer = Buffer.alloc(0);
  #slotTile: Int32Array = new Int32Array(0);
  readonly #leafTileCapacity: number;
  readonly #capacity: number;
  readonly #height: number;
  readonly #tile: number;
  readonly #tileNodes: number;
  #tail: { tile: number; leaves: Uint8Array[] } | undefined;

  /**
   * tileHeight: log2 of the leaves per tile (1-10, default 6): higher keeps less in memory and makes a
   * tile miss cost more (a longer read and 2^tileHeight - 1 hashes). tileCacheSize: complete tiles kept.
   * leafCacheEntries: leaf hashes of the most recent complete tiles kept (default 1,048,576, 32 MiB at
   * most; 0 keeps none).
   */
  constructor(read: LeafReader, hasher: LogHasher, options: { tileCacheSize?: number; tileHeight?: number; leafCacheEntries?: number } = {}) {
    this.#read = read;
    this.#hasher = hasher;
    this.#capacity = options.tileCacheSize ?? 4096;
    this.#height = options.tileHeight ?? DEFAULT_TILE_HEIGHT;
    if (!Number.isInteger(this.#height) || this.#height < 1 || this.#height > 10) throw new RangeError(`tileHeight must be 1 to 10, got ${this.#height}`);
    this.#tile = 2 ** this.#height;
    this.#tileNodes = 2 * this.#tile - 1;
    const leafEntries = options.leafCacheEntries ?? 1_048_576;
    if (!Number.isSafeInteger(leafEntries) || leafEntries < 0) throw new RangeError(`leafCacheEntries must be a non-negative integer, got ${leafEntries}`);
    this.#leafTileCapacity = Math.floor(leafEntries / this.#tile);
  }

  /** Leaves covered by complete tiles already folded into the upper levels. */
  get covered(): number {
    return this.#covered;
  }

  /** Makes sure every complete tile below `size` is folded in. Runs one sync at a time. */
  async sync(size: number): Promise<void> {
    const target = Math.floor(size / this.#tile) * this.#tile;
    if (target <= this.#covered) return this.#sync;
    this.#sync = this.#sync.then(() => this.#extend(target));
    return this.#sync;
  }

  async #extend(target: number): Promise<void> {
    while (this.#covered < target) {
      const end = Math.min(target, this.#covered + SYNC_LEAVES);
      const leaves = await this.#read(this.#covered, end);
      if (leaves.length !== end - this.#covered) {
        throw new RangeError(`storage returned ${leaves.length} leaf hashes for [${this.#covered}, ${end})`);
      }
      for (let t = 0; t * this.#tile < leaves.length; t++) {
        const tileIndex = this.#covered / this.#tile;
        const tileLeaves = leaves.slice(t * this.#tile, (t + 1) * this.#tile);
        this.#keepLeaves(tileIndex, tileLeaves);
        const nodes = this.#buildTile(tileLeaves);
        this.#remember(tileIndex, Promise.resolve(nodes));
        this.#pushUpper(0, tileIndex, nodes.subarray((this.#tileNodes - 1) * 32));
        this.#covered += this.#tile;
      }
    }
  }

  #pushUpper(k: number, index: number, hash: Uint8Array): void {
    let col = this.#upper[k];
    if (!col) {
      col = new HashColumn();
      this.#upper[k] = col;
    }
    col.push(hash);
    if (index % 2 === 1) this.#pushUpper(k + 1, (index - 1) / 2, this.#hasher.hashChildren(col.get(index - 1), hash));
  }

  /** All nodes of a complete tile, level by level from its leaves (an array, or packed in one buffer). */
  #buildTile(leaves: readonly Uint8Array[] | Buffer): Buffer {
    const nodes = Buffer.alloc(this.#tileNodes * 32);
    if (Buffer.isBuffer(leaves)) leaves.copy(nodes, 0);
    else leaves.forEach((leaf, i) => nodes.set(leaf, i * 32));
    for (let level = 1; level <= this.#height; level++) {
      const below = levelOffset(this.#height, level - 1);
      const here = levelOffset(this.#height, level);
      for (let i = 0; i < 2 ** (this.#height - level); i++) {
        const l = nodes.subarray((below + 2 * i) * 32, (below + 2 * i + 1) * 32);
        const r = nodes.subarray((below + 2 * i + 1) * 32, (below + 2 * i + 2) * 32);
        nodes.set(this.#hasher.hashChildren(l, r), (here + i) * 32);
      }
    }
    return nodes;
  }

  #keepLeaves(tile: number, leaves: readonly Uint8Array[]): void {
    if (this.#leafTileCapacity === 0) return;
    const tileBytes = this.#tile * 32;
    const slot = tile % this.#leafTileCapacity;
    if (slot >= this.#slotTile.length) {
      // Grow by doubling up to the capacity, so a small log holds a small ring.
      const slots = Math.min(this.#leafTileCapacity, Math.max(16, slot + 1, this.#slotTile.length * 2));
      const ring = Buffer.alloc(slots * tileBytes);
      this.#leafRing.copy(ring);
      const owners = new Int32Array(slots).fill(-1);
      owners.set(this.#slotTile);
      this.#leafRing = ring;
      this.#slotTile = owners;
    }
    leaves.forEach((leaf, i) => this.#leafRing.set(leaf, slot * tileBytes + i * 32));
    this.#slotTile[slot] = tile;
  }

  /** The kept leaf hashes of a complete tile, packed, or undefined. */
  #keptLeaves(tile: number): Buffer | undefined {
    if (this.#leafTileCapacity === 0) return undefined;
    const slot = tile % this.#leafTileCapacity;
    if (this.#slotTile[slot] !== tile) return undefined;
    const tileBytes = this.#tile * 32;
    return this.#leafRing.subarray(slot * tileBytes, (slot + 1) * tileBytes);
  }

  #remember(tile: number, nodes: Promise<Buffer>): void {
    this.#tiles.delete(tile);
    this.#tiles.set(tile, nodes);
    if (this.#tiles.size > this.#capacity) this.#oldest.evict();
  }

  #completeTile(tile: number): Promise<Buffer> {
    const cached = this.#tiles.get(tile);
    if (cached) {
      this.#remember(tile, cached);
      return cached;
    }
    const kept = this.#keptLeaves(tile);
    if (kept) {
      const built = Promise.resolve(this.#buildTile(kept));
      this.#remember(tile, built);
      return built;
    }
    const loading = this.#read(tile * this.#tile, (tile + 1) * this.#tile).then((leaves) => this.#buildTile(leaves));
    loading.catch(() => this.#tiles.delete(tile));
    this.#remember(tile, loading);
    return loading;
  }

  /** Leaves [tile * TILE, size) of the last, incomplete tile; reads only what is new since last time. */
  async #partialTile(tile: number, size: number): Promise<Uint8Array[]> {
    const start = tile * this.#tile;
    const have = this.#tail?.tile === tile ? this.#tail.leaves : [];
    if (start + have.length >= size) return have.slice(0, size - start);
    const more = await this.#read(start + have.length, size);
    const leaves = [...have, ...more];
    this.#tail = { tile, leaves };
    return leaves;
  }

  /** The hash of a perfect subtree that lies within the first `size` leaves. */
  async nodeHash(id: NodeId, size: number): Promise<Uint8Array> {
    const width = 2 ** id.level;
    const begin = id.index * width;
    if (begin + width > size) throw new RangeError(`node ${id.level}/${id.index} is not within a tree of size ${size}`);
    if (id.level >= this.#height) {
      await this.sync(size);
      return (this.#upper[id.level - this.#height] as HashColumn).get(id.index);
    }
    const tile = Math.floor(begin / this.#tile);
    if ((tile + 1) * this.#tile <= size) {
      const nodes = await this.#completeTile(tile);
      const at = levelOffset(this.#height, id.level) + (id.index - tile * 2 ** (this.#height - id.level));
      return nodes.subarray(at * 32, at * 32 + 32);
    }
    const leaves = await this.#partialTile(tile, size);
    let row = leaves.slice(begin - tile * this.#tile, begin - tile * this.#tile + width);
    while (row.length > 1) {
      const up: Uint8Array[] = [];
      for (let i = 0; i < row.length; i += 2) up.push(this.#hasher.hashChildren(row[i] as Uint8Array, row[i + 1] as Uint8Array));
      row = up;
    }
    return row[0] as Uint8Array;
  }

  async #hashes(ids: readonly NodeId[], size: number): Promise<Map<string, Uint8Array>> {
    const out = new Map<string, Uint8Array>();
    const hashes = await Promise.all(ids.map((id) => this.nodeHash(id, size)));
    ids.forEach((id, i) => out.set(`${id.level}/${id.index}`, hashes[i] as Uint8Array));
    return out;
  }

  /** MTH of the first `size` leaves. */
  async root(size: number): Promise<Uint8Array> {
    if (size === 0) return this.#hasher.emptyRoot();
    const ids = rangeNodes(0, size);
    const got = await this.#hashes(ids, size);
    return foldRight(ids.map((id) => got.get(`${id.level}/${id.index}`) as Uint8Array), this.#hasher);
  }

  /** The proof hashes a plan calls for, in the tree of the first `size` leaves. */
  async proof(plan: ProofPlan, size: number): Promise<Uint8Array[]> {
    const got = await this.#hashes(planNodes(plan), size);
    return rehash(plan, (id) => got.get(`${id.level}/${id.index}`) as Uint8Array, this.#hasher);
  }
}
