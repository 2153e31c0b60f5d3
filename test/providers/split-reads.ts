// A byte stream as network reads cut at arbitrary offsets (inside multi-byte characters too), for tests
// that prove a parser gives the same result whatever the reads.

/** `text` as UTF-8 reads cut at `cuts` (taken modulo the length, in order; empty reads included). */
export async function* splitReads(text: string, cuts: readonly number[] = []): AsyncIterable<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  for (const c of [...cuts.map((c) => c % (bytes.length + 1))].sort((a, b) => a - b)) {
    yield bytes.subarray(at, Math.max(at, c));
    at = Math.max(at, c);
  }
  yield bytes.subarray(at);
}
