// A read-mostly hash table from words to small integers (bit sets, word counts), for the gazetteers of
// tens of thousands of words. Keys live in one flat string and are found by open addressing over typed
// arrays: building it allocates no string per word (start-up), and a look-up hashes the word once and
// compares characters in one contiguous buffer instead of chasing a Map's entries (the per-token path).
// `get` first asks a small table of the words it was asked last, which stays in the core's cache.

/** FNV-1a over UTF-16 code units [from, to) of `s`, as an Int32 (as the slots keep it). */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

// A slot is four Int32s side by side, so one probe reads one cache line (the table is megabytes, and
// each token probes it at a random place): the key's hash (compared first, so probing past other keys
// reads nothing more), its length and value packed in one Int32, and the key itself in the last two when
// it has at most eight characters of Latin-1 (most words), else its offset in the pool. So a look-up of
// a short word reads no pool: one cache miss per probe instead of two.
const STRIDE = 4;
const HASH = 0;
/** (value << 16) | length, with POOLED set when the key lives in the pool; 0: an empty slot. */
const META = 1;
/** Characters 0-3 of an inline key (one byte each, first in the low byte), or the pool offset. */
const KEY_LO = 2;
/** Characters 4-7 of an inline key. */
const KEY_HI = 3;
const POOLED = 0x8000;
/** With POOLED: the key holds a character above U+00FF and lives in the wide pool (see WordTable.widePool). */
const WIDE = 0x4000;
const LENGTH_MASK = 0x3fff;
const MAX_VALUE = 0x7fff;
/** Longest key kept in the slot. */
const INLINE_CHARS = 8;

const RECENT_SLOTS = 4096;
const RECENT_MASK = RECENT_SLOTS - 1;
/** In a recent slot's META: the word is a key of the table (its value in the high bits); without it, absent. */
const RECENT_PRESENT = POOLED;

/** Fields per occupied slot in a state: its index, then the slot's four Int32s. */
export const OCCUPIED_FIELDS = 5;

/** What a snapshot keeps of a table: its size in slots, its key count, its occupied slots and its two key pools. */
export interface WordTableState {
  readonly size: number;
  readonly count: number;
  /** OCCUPIED_FIELDS Int32s per key, in slot order. */
  readonly occupied: Int32Array;
  /** The pooled keys of Latin-1 characters only, newline-separated. */
  readonly pool: string;
  /** The pooled keys holding a wider character. */
  readonly widePool: string;
}

export class WordTable {
  /** Every key, separated by newlines; slots of long keys point into it. */
  private pool = '';
  /**
   * Where WIDE keys live. While a table is built it is `pool` itself; a table read from a state holds its
   * pooled keys apart, so that `pool` is a string of one byte a character (a few dozen town names with a
   * wider letter would otherwise make the whole pool, over a megabyte of keys, two bytes a character).
   */
  private widePool = '';
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  /** Read from a snapshot's slots without counting them (see fromSlots): addLines counts them first. */
  private countUnchecked = false;
  /** The words `get` was asked last, by hash (see get): slots as above; META has RECENT_PRESENT when the word is a key. */
  private readonly recent = new Int32Array(RECENT_SLOTS * STRIDE);

  constructor(expectedWords: number) {
    let size = 1024;
    while (size < expectedWords * 2) size *= 2; // load factor at most 1/2: short probe runs
    this.slots = new Int32Array(size * STRIDE);
    this.mask = size - 1;
  }

  /**
   * The table's occupied slots and the keys its slots point to, for a snapshot (see snapshot.ts): only pooled
   * keys are kept (a building table's pool also holds every inline key and every repeated line), Latin-1
   * ones and wide ones in separate pools.
   */
  toState(): WordTableState {
    const occupied: number[] = [];
    const narrow: string[] = [];
    const wide: string[] = [];
    let narrowAt = 0;
    let wideAt = 0;
    const slots = this.slots;
    for (let s = 0; s <= this.mask; s++) {
      const k = s * STRIDE;
      const meta = slots[k + META] as number;
      if (meta === 0) continue;
      let keyAt = slots[k + KEY_LO] as number;
      if ((meta & POOLED) !== 0) {
        const key = this.keyAt(k, meta);
        if ((meta & WIDE) !== 0) {
          wide.push(key);
          keyAt = wideAt;
          wideAt += key.length + 1;
        } else {
          narrow.push(key);
          keyAt = narrowAt;
          narrowAt += key.length + 1;
        }
      }
      occupied.push(s, slots[k + HASH] as number, meta, keyAt, slots[k + KEY_HI] as number);
    }
    return { size: this.mask + 1, count: this.count, occupied: Int32Array.from(occupied), pool: narrow.join('\n'), widePool: wide.join('\n') };
  }

  /**
   * A table over `slots` as they are, not copied (a snapshot's bytes: see snapshot.ts), with the pools their pooled
   * keys point into; throws when they cannot be a table's. The slots are not all read here (a scan of half a million
   * slots cost 7-25 ms of a cold start): one empty slot is looked for, which ends every probe run (they wrap around),
   * and the key count, which decides when the table grows, is counted before the first word is added (addLines).
   * The table writes into `slots` when words are added.
   */
  static fromSlots(size: number, count: number, slots: Int32Array, pool: string, widePool: string): WordTable {
    if (!(size >= 1024 && size <= 1 << 22 && (size & (size - 1)) === 0 && slots.length === size * STRIDE && count >= 0 && count * 2 <= size)) throw new Error('word table: inconsistent slots');
    let k = META;
    while (k < slots.length && slots[k] !== 0) k += STRIDE;
    if (k >= slots.length) throw new Error('word table: no empty slot');
    const table = new WordTable(0);
    table.slots = slots;
    table.mask = size - 1;
    table.count = count;
    table.countUnchecked = true;
    table.pool = pool;
    table.widePool = widePool;
    return table;
  }

  /** The slots of the table a state describes (what fromSlots reads), for a snapshot; throws on a state no table could have had. */
  static slotsOf(state: WordTableState): Int32Array {
    const { size, count, occupied } = state;
    if (!(size >= 1024 && size <= 1 << 22 && (size & (size - 1)) === 0 && occupied.length === count * OCCUPIED_FIELDS && count * 2 <= size)) throw new Error('word table: inconsistent state');
    const slots = new Int32Array(size * STRIDE);
    for (let i = 0; i < occupied.length; i += OCCUPIED_FIELDS) {
      const s = occupied[i] as number;
      if (!(s >= 0 && s < size)) throw new Error('word table: slot out of range');
      slots.set(occupied.subarray(i + 1, i + OCCUPIED_FIELDS), s * STRIDE);
    }
    return slots;
  }

  /** The table toState described; throws on a state no table could have had. */
  static fromState(state: WordTableState): WordTable {
    const { size, count, occupied, pool, widePool } = state;
    // At most 2^22 slots (64 MiB): a state is read from a file, and a damaged size must not allocate gigabytes.
    if (!(size >= 1024 && size <= 1 << 22 && (size & (size - 1)) === 0 && occupied.length === count * OCCUPIED_FIELDS && count * 2 <= size)) throw new Error('word table: inconsistent state');
    const table = new WordTable(0);
    table.slots = new Int32Array(size * STRIDE);
    table.mask = size - 1;
    table.count = count;
    table.pool = pool;
    table.widePool = widePool;
    const slots = table.slots;
    for (let i = 0; i < occupied.length; i += OCCUPIED_FIELDS) {
      const s = occupied[i] as number;
      if (!(s >= 0 && s < size)) throw new Error('word table: slot out of range');
      const k = s * STRIDE;
      slots[k + HASH] = occupied[i + 1] as number;
      slots[k + META] = occupied[i + 2] as number;
      slots[k + KEY_LO] = occupied[i + 3] as number;
      slots[k + KEY_HI] = occupied[i + 4] as number;
    }
    return table;
  }

  /** The value of `word`, or undefined when absent (like Map.get). */
  get(word: string): number | undefined {
    const length = word.length;
    const hash = hashOf(word, 0, length);
    // Words of a note repeat, and the common ones across notes: a small table of the words asked last (64 KiB,
    // which stays in the core's cache) answers most asks without reading the big table at a random place.
    const recent = this.recent;
    const k = (hash & RECENT_MASK) * STRIDE;
    const meta = recent[k + META] as number;
    if (recent[k + HASH] === hash && (meta & LENGTH_MASK) === length && length <= INLINE_CHARS) {
      let i = 0;
      while (i < length && inlineChar(recent, k, i) === word.charCodeAt(i)) i++;
      if (i === length) return (meta & RECENT_PRESENT) === 0 ? undefined : meta >>> 16;
    }
    const slot = this.findHashed(word, 0, length, hash);
    const value = slot < 0 ? undefined : (this.slots[slot * STRIDE + META] as number) >>> 16;
    if (length <= INLINE_CHARS) {
      let lo = 0;
      let hi = 0;
      for (let i = 0; i < length; i++) {
        const c = word.charCodeAt(i);
        if (c > 0xff) return value;
        if (i < 4) lo |= c << (i * 8);
        else hi |= c << ((i - 4) * 8);
      }
      recent[k + HASH] = hash;
      recent[k + META] = value === undefined ? length : (value << 16) | RECENT_PRESENT | length;
      recent[k + KEY_LO] = lo;
      recent[k + KEY_HI] = hi;
    }
    return value;
  }

  has(word: string): boolean {
    return this.find(word, 0, word.length) >= 0;
  }

  /** ORs `bits` into the value of every non-empty line of `text` (a generated list), adding new words. */
  orLines(text: string, bits: number): void {
    this.addLines(text, (old) => old | bits);
  }

  /** ORs `bits` into the value of each word, adding the new ones. */
  orWords(words: readonly string[], bits: number): void {
    this.addLines(words.join('\n'), (old) => old | bits);
  }

  /** Sets each word's value to the larger of its value and `value`. */
  maxWords(words: readonly string[], value: number): void {
    this.addLines(words.join('\n'), (old) => Math.max(old, value));
  }

  /** Calls `f` with each key and its value. */
  forEach(f: (word: string, value: number) => void): void {
    const slots = this.slots;
    for (let s = 0; s <= this.mask; s++) {
      const k = s * STRIDE;
      const meta = slots[k + META] as number;
      if (meta === 0) continue;
      f(this.keyAt(k, meta), meta >>> 16);
    }
  }

  /** The key of the occupied slot at k, whose META is `meta`. */
  private keyAt(k: number, meta: number): string {
    const length = meta & LENGTH_MASK;
    if ((meta & POOLED) !== 0) {
      const at = this.slots[k + KEY_LO] as number;
      return ((meta & WIDE) !== 0 ? this.widePool : this.pool).slice(at, at + length);
    }
    let key = '';
    for (let i = 0; i < length; i++) key += String.fromCharCode(inlineChar(this.slots, k, i));
    return key;
  }

  /**
   * Appends `text` to the pool in one concatenation and merges each of its lines into the table; a line
   * whose word is already a key only updates that key (its copy in the pool stays unused).
   */
  private addLines(text: string, merge: (old: number) => number): void {
    this.recent.fill(0); // values change: what get remembers may be stale
    if (this.countUnchecked) {
      // The count decides when the table grows: taken from the slots themselves, whatever the snapshot said.
      let occupied = 0;
      for (let k = META; k < this.slots.length; k += STRIDE) if (this.slots[k] !== 0) occupied++;
      this.count = occupied;
      this.countUnchecked = false;
    }
    // A table read from a state keeps its wide keys apart: a building table has one pool.
    if (this.widePool !== this.pool) this.mergeWidePool();
    const base = this.pool.length === 0 ? 0 : this.pool.length + 1;
    // join builds a flat string: a concatenation would leave a rope that every charCodeAt walks.
    this.pool = this.pool.length === 0 ? text : [this.pool, text].join('\n');
    this.widePool = this.pool;
    const pool = this.pool;
    // Room for every line first, so that a miss can fill the empty slot its probe ended on.
    let lines = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
    while ((this.count + lines) * 2 > this.mask + 1) this.grow();
    for (let from = base; from < pool.length; ) {
      let to = pool.indexOf('\n', from);
      if (to < 0) to = pool.length;
      if (to > from) {
        const slot = this.find(pool, from, to);
        if (slot >= 0) {
          const k = slot * STRIDE + META;
          const meta = this.slots[k] as number;
          this.slots[k] = (checkedValue(merge(meta >>> 16)) << 16) | (meta & 0xffff);
        } else this.fill(-1 - slot, pool, from, to, checkedValue(merge(0)));
      }
      from = to + 1;
    }
  }

  /** Appends the wide pool to the pool and points the wide keys' slots there. */
  private mergeWidePool(): void {
    const base = this.pool.length + 1;
    this.pool = [this.pool, this.widePool].join('\n');
    this.widePool = this.pool;
    const slots = this.slots;
    for (let k = 0; k < slots.length; k += STRIDE) if (((slots[k + META] as number) & WIDE) !== 0) slots[k + KEY_LO] = (slots[k + KEY_LO] as number) + base;
  }

  /** Writes the key pool[from, to) and its value into an empty slot. */
  private fill(slot: number, pool: string, from: number, to: number, value: number): void {
    const k = slot * STRIDE;
    const length = to - from;
    if (length > LENGTH_MASK) throw new Error('word table: key too long');
    let wide = false;
    for (let i = from; !wide && i < to; i++) if (pool.charCodeAt(i) > 0xff) wide = true;
    const inline = length <= INLINE_CHARS && !wide;
    this.slots[k + HASH] = hashOf(pool, from, to);
    this.slots[k + META] = (value << 16) | length | (inline ? 0 : POOLED) | (wide ? WIDE : 0);
    if (inline) {
      let lo = 0;
      let hi = 0;
      for (let i = 0; i < length; i++) {
        const c = pool.charCodeAt(from + i);
        if (i < 4) lo |= c << (i * 8);
        else hi |= c << ((i - 4) * 8);
      }
      this.slots[k + KEY_LO] = lo;
      this.slots[k + KEY_HI] = hi;
    } else {
      this.slots[k + KEY_LO] = from;
      this.slots[k + KEY_HI] = 0;
    }
    this.count++;
  }

  /**
   * Shrinks the slots to the fewest (a power of two, at least 1,024) that keep the load factor at most 1/2,
   * once a table is built: its size was a guess made before its words were known (the towns' start words
   * filled 12% of theirs), and every slot is memory in every thread that reads the tables. Same keys, same
   * values; only where they sit changes.
   */
  fit(): void {
    let size = 1024;
    while (size < this.count * 2) size *= 2;
    if (size < this.mask + 1) this.resize(size);
  }

  private grow(): void {
    this.resize((this.mask + 1) * 2);
  }

  private resize(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(size * STRIDE);
    this.mask = size - 1;
    for (let k = 0; k < old.length; k += STRIDE) {
      if (old[k + META] === 0) continue;
      let slot = (old[k + HASH] as number) & this.mask;
      while (this.slots[slot * STRIDE + META] !== 0) slot = (slot + 1) & this.mask;
      this.slots.set(old.subarray(k, k + STRIDE), slot * STRIDE);
    }
  }

  /** Slot of the key equal to s[from, to); when absent, -1 - the empty slot where it would go. */
  private find(s: string, from: number, to: number): number {
    return this.findHashed(s, from, to, hashOf(s, from, to));
  }

  /** find, given the key's hash. */
  private findHashed(s: string, from: number, to: number, hash: number): number {
    const length = to - from;
    const slots = this.slots;
    let slot = hash & this.mask;
    for (;;) {
      const k = slot * STRIDE;
      const meta = slots[k + META] as number;
      if (meta === 0) return -1 - slot;
      if (slots[k + HASH] === hash && (meta & LENGTH_MASK) === length) {
        let i = 0;
        if ((meta & POOLED) === 0) {
          while (i < length && inlineChar(slots, k, i) === s.charCodeAt(from + i)) i++;
        } else {
          const pool = (meta & WIDE) !== 0 ? this.widePool : this.pool;
          const at = slots[k + KEY_LO] as number;
          while (i < length && pool.charCodeAt(at + i) === s.charCodeAt(from + i)) i++;
        }
        if (i === length) return slot;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/** Character i (below INLINE_CHARS) of the inline key of the slot at k. */
function inlineChar(slots: Int32Array, k: number, i: number): number {
  return i < 4 ? ((slots[k + KEY_LO] as number) >>> (i * 8)) & 0xff : ((slots[k + KEY_HI] as number) >>> ((i - 4) * 8)) & 0xff;
}

function checkedValue(value: number): number {
  if (!(value >= 0 && value <= MAX_VALUE)) throw new Error('word table: value out of range');
  return value;
}
