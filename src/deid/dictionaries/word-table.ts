// A read-mostly hash table from words to small integers (bit sets, word counts), for the gazetteers of
// tens of thousands of words. Keys live in one flat string and are found by open addressing over typed
// arrays: building it allocates no string per word (start-up), and a look-up hashes the word once and
// compares characters in one contiguous buffer instead of chasing a Map's entries (the per-token path).

/** FNV-1a over UTF-16 code units [from, to) of `s`. */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class WordTable {
  /** Every key, separated by newlines; slots point into it. */
  private pool = '';
  private offsets: Int32Array;
  private lengths: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expectedWords: number) {
    let size = 1024;
    while (size < expectedWords * 2) size *= 2; // load factor at most 1/2: short probe runs
    this.offsets = new Int32Array(size).fill(-1);
    this.lengths = new Int32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The value of `word`, or undefined when absent (like Map.get). */
  get(word: string): number | undefined {
    const slot = this.find(word, 0, word.length);
    return slot < 0 ? undefined : this.values[slot];
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
    for (let s = 0; s <= this.mask; s++) {
      const at = this.offsets[s] as number;
      if (at >= 0) f(this.pool.slice(at, at + (this.lengths[s] as number)), this.values[s] as number);
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
        if (slot >= 0) this.values[slot] = merge(this.values[slot] as number);
        else this.fill(-1 - slot, from, to - from, merge(0));
      }
      from = to + 1;
    }
  }

  private fill(slot: number, at: number, length: number, value: number): void {
    this.offsets[slot] = at;
    this.lengths[slot] = length;
    this.values[slot] = value;
    this.count++;
  }

  private grow(): void {
    const old = { offsets: this.offsets, lengths: this.lengths, values: this.values };
    const size = (this.mask + 1) * 2;
    this.offsets = new Int32Array(size).fill(-1);
    this.lengths = new Int32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    this.count = 0;
    for (let s = 0; s < old.offsets.length; s++) {
      const at = old.offsets[s] as number;
      if (at < 0) continue;
      const length = old.lengths[s] as number;
      let slot = hashOf(this.pool, at, at + length) & this.mask;
      while ((this.offsets[slot] as number) >= 0) slot = (slot + 1) & this.mask;
      this.fill(slot, at, length, old.values[s] as number);
    }
  }

  /** Slot of the key equal to s[from, to); when absent, -1 - the empty slot where it would go. */
  private find(s: string, from: number, to: number): number {
    const length = to - from;
    const pool = this.pool;
    let slot = hashOf(s, from, to) & this.mask;
    for (;;) {
      const at = this.offsets[slot] as number;
      if (at < 0) return -1 - slot;
      if (this.lengths[slot] === length) {
        let k = 0;
        while (k < length && pool.charCodeAt(at + k) === s.charCodeAt(from + k)) k++;
        if (k === length) return slot;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}
