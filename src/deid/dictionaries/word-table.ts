// A read-mostly hash table from words to small integers (bit sets, word counts), for the gazetteers of
// tens of thousands of words. Keys live in one flat string and are found by open addressing over typed
// arrays: building it allocates no string per word (start-up), and a look-up hashes the word once and
// compares characters in one contiguous buffer instead of chasing a Map's entries (the per-token path).

/** FNV-1a over UTF-16 code units [from, to) of `s`, as an Int32 (as the slots keep it). */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

// A slot is four Int32s side by side, so one probe reads one cache line (the table is megabytes, and
// each token probes it at a random place): the key's offset in the pool (-1: empty), its length, its
// value and its hash (compared before the characters, so probing past other keys reads no pool).
const STRIDE = 4;
const OFFSET = 0;
const LENGTH = 1;
const VALUE = 2;
const HASH = 3;

export class WordTable {
  /** Every key, separated by newlines; slots point into it. */
  private pool = '';
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expectedWords: number) {
    let size = 1024;
    while (size < expectedWords * 2) size *= 2; // load factor at most 1/2: short probe runs
    this.slots = emptySlots(size);
    this.mask = size - 1;
  }

  /** The value of `word`, or undefined when absent (like Map.get). */
  get(word: string): number | undefined {
    const slot = this.find(word, 0, word.length);
    return slot < 0 ? undefined : this.slots[slot * STRIDE + VALUE];
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
      const at = slots[s * STRIDE + OFFSET] as number;
      if (at >= 0) f(this.pool.slice(at, at + (slots[s * STRIDE + LENGTH] as number)), slots[s * STRIDE + VALUE] as number);
    }
  }

  /**
   * Appends `text` to the pool in one concatenation and merges each of its lines into the table; a line
   * whose word is already a key only updates that key (its copy in the pool stays unused).
   */
  private addLines(text: string, merge: (old: number) => number): void {
    const base = this.pool.length === 0 ? 0 : this.pool.length + 1;
    // join builds a flat string: a concatenation would leave a rope that every charCodeAt walks.
    this.pool = this.pool.length === 0 ? text : [this.pool, text].join('\n');
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
        if (slot >= 0) this.slots[slot * STRIDE + VALUE] = merge(this.slots[slot * STRIDE + VALUE] as number);
        else this.fill(-1 - slot, from, to - from, merge(0), hashOf(pool, from, to));
      }
      from = to + 1;
    }
  }

  private fill(slot: number, at: number, length: number, value: number, hash: number): void {
    const k = slot * STRIDE;
    this.slots[k + OFFSET] = at;
    this.slots[k + LENGTH] = length;
    this.slots[k + VALUE] = value;
    this.slots[k + HASH] = hash;
    this.count++;
  }

  private grow(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    this.slots = emptySlots(size);
    this.mask = size - 1;
    this.count = 0;
    for (let k = 0; k < old.length; k += STRIDE) {
      const at = old[k + OFFSET] as number;
      if (at < 0) continue;
      const hash = old[k + HASH] as number;
      let slot = hash & this.mask;
      while ((this.slots[slot * STRIDE + OFFSET] as number) >= 0) slot = (slot + 1) & this.mask;
      this.fill(slot, at, old[k + LENGTH] as number, old[k + VALUE] as number, hash);
    }
  }

  /** Slot of the key equal to s[from, to); when absent, -1 - the empty slot where it would go. */
  private find(s: string, from: number, to: number): number {
    const length = to - from;
    const pool = this.pool;
    const slots = this.slots;
    const hash = hashOf(s, from, to);
    let slot = hash & this.mask;
    for (;;) {
      const k = slot * STRIDE;
      const at = slots[k + OFFSET] as number;
      if (at < 0) return -1 - slot;
      if (slots[k + HASH] === hash && slots[k + LENGTH] === length) {
        let i = 0;
        while (i < length && pool.charCodeAt(at + i) === s.charCodeAt(from + i)) i++;
        if (i === length) return slot;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

function emptySlots(size: number): Int32Array {
  const slots = new Int32Array(size * STRIDE);
  for (let k = OFFSET; k < slots.length; k += STRIDE) slots[k] = -1;
  return slots;
}
