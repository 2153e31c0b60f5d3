// A snapshot of the dictionaries' word tables: `npm run build` writes one next to the built module
// (scripts/build-startup-snapshots.mjs), and start-up reads it instead of hashing some 110,000 words into the
// tables again (about 110 ms of a cold start, against a few). The snapshot holds a digest of every module
// the tables are made from (the word lists, the lexicon, and the code that builds, writes and reads them;
// see source-digest.ts): one that does not match this code is not used, and the tables are built as
// before. Pure: bytes in, bytes out; reading the file and the digest are the caller's.
// Format 3 keeps each table's slots whole, empty ones included, so a table reads them where the file's bytes
// were read (no copy: format 2 kept the occupied slots only and copied 227,000 of them into new arrays, and
// every page of fresh memory costs a page fault, which is dear on this kind of virtual machine).
import { WordTable, type WordTableState } from './word-table.js';

/** "PGWT" read as a little-endian Int32: on a machine of the other byte order the magic does not match. */
const MAGIC = 0x54574750;
const FORMAT = 3;
const DIGEST_BYTES = 32;
/** magic, format, then the digest, then maxCityWords and the number of tables. */
const HEADER_INTS = 2 + DIGEST_BYTES / 4 + 2;
/** Per table: size, count, pool bytes (Latin-1), wide pool bytes (UTF-8); then its slots (4 Int32s a slot) and the pools. */
const TABLE_HEADER_INTS = 4;
/** Int32s a slot (WordTable's STRIDE). */
const SLOT_INTS = 4;

export interface TableSnapshot {
  readonly tables: readonly WordTable[];
  readonly maxCityWords: number;
}

const padded = (n: number): number => (n + 3) & ~3;

export function encodeSnapshot(snapshot: TableSnapshot, digest: Uint8Array): Uint8Array {
  if (digest.length !== DIGEST_BYTES) throw new Error('word table snapshot: the digest must be 32 bytes');
  const states: Array<{ state: WordTableState; slots: Int32Array; pool: Buffer; widePool: Buffer }> = snapshot.tables.map((t) => {
    const state = t.toState();
    // Latin-1 bytes read back as a string of one byte a character, with no decoding (see WordTable.widePool).
    const pool = Buffer.from(state.pool, 'latin1');
    const widePool = Buffer.from(state.widePool, 'utf8');
    // Pooled keys are found by UTF-16 offset: each pool must come back with every code unit where it was.
    if (pool.toString('latin1') !== state.pool || widePool.toString('utf8') !== state.widePool) throw new Error('word table snapshot: a key is not well-formed UTF-16');
    return { state, slots: WordTable.slotsOf(state), pool, widePool };
  });
  let bytes = HEADER_INTS * 4;
  for (const { slots, pool, widePool } of states) bytes += TABLE_HEADER_INTS * 4 + slots.byteLength + padded(pool.length) + padded(widePool.length);
  const out = new Uint8Array(bytes);
  const ints = new Int32Array(out.buffer);
  ints[0] = MAGIC;
  ints[1] = FORMAT;
  out.set(digest, 8);
  let at = 2 + DIGEST_BYTES / 4;
  ints[at++] = snapshot.maxCityWords;
  ints[at++] = states.length;
  for (const { state, slots, pool, widePool } of states) {
    ints[at++] = state.size;
    ints[at++] = state.count;
    ints[at++] = pool.length;
    ints[at++] = widePool.length;
    ints.set(slots, at);
    at += slots.length;
    out.set(pool, at * 4);
    at += padded(pool.length) / 4;
    out.set(widePool, at * 4);
    at += padded(widePool.length) / 4;
  }
  return out;
}

/** Bytes of the header up to the end of the digest: enough to tell whose snapshot a file is. */
export const SNAPSHOT_HEADER_BYTES = 8 + DIGEST_BYTES;

/** Whether `header` (a snapshot's first SNAPSHOT_HEADER_BYTES) has this format, byte order and digest. */
export function snapshotHeaderHolds(header: Uint8Array, digest: Uint8Array): boolean {
  if (header.length < SNAPSHOT_HEADER_BYTES || digest.length !== DIGEST_BYTES) return false;
  const view = new DataView(header.buffer, header.byteOffset, header.length);
  if (view.getInt32(0, true) !== MAGIC || view.getInt32(4, true) !== FORMAT) return false;
  for (let i = 0; i < DIGEST_BYTES; i++) if (header[8 + i] !== digest[i]) return false;
  return true;
}

/**
 * The tables of a snapshot made from inputs with this digest, or undefined when the bytes are not such
 * a snapshot (another digest, another format or byte order, truncated, inconsistent). The tables' slots
 * are views of `bytes` (of a copy when `bytes` does not start on a 4-byte boundary): the tables write into
 * them when words are added, so `bytes` must be the caller's to give away.
 */
export function decodeSnapshot(bytes: Uint8Array, digest: Uint8Array): TableSnapshot | undefined {
  if (bytes.length < HEADER_INTS * 4 || bytes.length % 4 !== 0) return undefined;
  // The Int32 views need 4-byte alignment: a pooled Buffer may start anywhere.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const ints = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
  if (ints[0] !== MAGIC || ints[1] !== FORMAT) return undefined;
  const stored = aligned.subarray(8, 8 + DIGEST_BYTES);
  if (digest.length !== DIGEST_BYTES || !stored.every((b, i) => b === digest[i])) return undefined;
  let at = 2 + DIGEST_BYTES / 4;
  const maxCityWords = ints[at++] as number;
  const count = ints[at++] as number;
  const tables: WordTable[] = [];
  try {
    for (let t = 0; t < count; t++) {
      if (at + TABLE_HEADER_INTS > ints.length) return undefined;
      const size = ints[at++] as number;
      const keys = ints[at++] as number;
      const poolBytes = ints[at++] as number;
      const widePoolBytes = ints[at++] as number;
      // Checked before any view is made: a damaged size must not reach past the bytes.
      if (!(size > 0 && size <= 1 << 22) || poolBytes < 0 || widePoolBytes < 0 || at + size * SLOT_INTS + (padded(poolBytes) + padded(widePoolBytes)) / 4 > ints.length) return undefined;
      const slots = ints.subarray(at, at + size * SLOT_INTS);
      at += size * SLOT_INTS;
      const pool = Buffer.from(aligned.buffer, aligned.byteOffset + at * 4, poolBytes).toString('latin1');
      at += padded(poolBytes) / 4;
      const widePool = Buffer.from(aligned.buffer, aligned.byteOffset + at * 4, widePoolBytes).toString('utf8');
      at += padded(widePoolBytes) / 4;
      tables.push(WordTable.fromSlots(size, keys, slots, pool, widePool));
    }
  } catch {
    return undefined;
  }
  return at === ints.length ? { tables, maxCityWords } : undefined;
}
