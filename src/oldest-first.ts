// Evicting a Map's oldest entries (a Map keeps insertion order) in constant time. `map.keys().next()`
// looks constant but starts at the front of V8's table and steps over every entry deleted since the
// table was last rebuilt, so a full cache that drops its oldest entry on each insert paid up to the
// table's size per insert (170 µs at 50,000 entries, the vault cache's bound). One iterator, kept from
// call to call, starts where the last eviction stopped: every entry before it has been evicted, and an
// entry set again (deleted, then set) moves to the end, after it.

export class OldestFirst<K, V> {
  readonly #map: Map<K, V>;
  #it: Iterator<[K, V]> | null = null;

  constructor(map: Map<K, V>) {
    this.#map = map;
  }

  /** Deletes the oldest entry and returns it; undefined when the map is empty. */
  evict(): [K, V] | undefined {
    for (let fresh = false; ; fresh = true) {
      this.#it ??= this.#map.entries();
      const r = this.#it.next();
      if (!r.done) {
        this.#map.delete(r.value[0]);
        return r.value;
      }
      // An iterator that reached the end stays there: entries set since are read by a new one.
      this.#it = null;
      if (fresh) return undefined;
    }
  }
}
